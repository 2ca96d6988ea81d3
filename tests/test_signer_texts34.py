"""Signature blocks of central dispatches copied from the web (blind66 and blind67 as development): a deputy's
"PHÓ" wrapped onto the mode's line, and a ministry's letter its portal copied without the header whose block
names the signer's body under the title. Documents written for these tests in the forms such copies print."""

from __future__ import annotations

import pytest

from extractors.header import parse_header

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(
    ("mode_line", "title_line", "title"),
    [
        ("KT THỦ TƯỚNG CHÍNH PHỦ PHÓ", "THỦ TƯỚNG", "Phó Thủ tướng"),  # "PHÓ" wrapped onto the mode's line
        ("KT. THỦ TƯỚNG PHÓ", "PHÓ THỦ TƯỚNG", "Phó Thủ tướng"),  # the title has its own "PHÓ": none added
        ("KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Phó Thủ tướng"),  # the usual block, unchanged
    ],
)
def test_a_deputy_word_wrapped_onto_the_mode_line_begins_the_title(mode_line: str, title_line: str, title: str) -> None:
    text = (
        f"CHÍNH PHỦ\n{_MOTTO}Số: 12/CP-CN\nV/v điều chỉnh quy hoạch\nHà Nội, ngày 3 tháng 4 năm 2003\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Nam Định\n\nThủ tướng Chính phủ có ý kiến như sau: đồng ý./.\n\n"
        f"{mode_line}\n{title_line}\nTrần Văn Bình\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Trần Văn Bình"
    assert signer.mode == "KT." and signer.title == title


def test_a_headerless_letters_block_gives_its_title_over_the_body_line() -> None:
    text = (
        "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố\n\n"
        "Bộ Giáo dục và Đào tạo xin gửi dự thảo quy chế tới các sở để góp ý trước ngày 15/6/2011.\n\n"
        "Xin trân trọng cảm ơn.\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\n"
        "TL. BỘ TRƯỞNG\nCỤC TRƯỞNG\nCỤC NHÀ GIÁO VÀ CÁN BỘ QUẢN LÝ CƠ SỞ GIÁO DỤC\n \nLê Văn Nam\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Lê Văn Nam"
    assert (signer.mode, signer.title) == ("TL.", "Cục trưởng")


def test_a_headerless_letters_close_without_a_block_keeps_no_title() -> None:
    text = (
        "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố\n\n"
        "Bộ Giáo dục và Đào tạo xin gửi dự thảo quy chế tới các sở để góp ý trước ngày 15/6/2011.\n\n"
        "Xin trân trọng cảm ơn.\n\nBan soạn thảo\n\nLê Văn Nam\n"
    )
    signer = parse_header(text).signer
    assert signer is None or signer.title is None
