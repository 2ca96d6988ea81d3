"""Signature blocks a web copy ran onto one line (blind69 as development, session 37): the mode, the head's title,
its body and the signer's own title together ("KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ PHÓ CHỦ NHIỆM"), and a block
with no mode whose title is followed by a body named with a title's word ("Phó Chủ tịch Hội đồng Bộ trưởng").
Documents written for these tests in the forms such copies print."""

from __future__ import annotations

import pytest

from extractors.header import parse_header

_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/VPCP-QHQT\n"
    "V/v xét tặng Huân chương\nHà Nội, ngày 11 tháng 11 năm 2002\nKính gửi: Bộ Ngoại giao\n\n"
    "Văn phòng Chính phủ xin thông báo Bộ Ngoại giao biết, thực hiện./.\n\n"
)


@pytest.mark.parametrize(
    ("block", "mode", "title"),
    [
        ("KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ PHÓ CHỦ NHIỆM", "KT.", "Phó Chủ nhiệm"),  # rt-1565's line
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ PHÓ CHỦ NHIỆM", "KT.", "Phó Chủ nhiệm"),
        ("KT. BỘ TRƯỞNG BỘ NGOẠI GIAO THỨ TRƯỞNG", "KT.", "Thứ trưởng"),  # a deputy's title without "PHÓ"
        ("KT. CHỦ TỊCH UBND TỈNH PHÓ CHỦ TỊCH", "KT.", "Phó Chủ tịch"),
        ("KT. CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG PHÓ CHỦ TỊCH", "KT.", "Phó Chủ tịch"),  # "Bộ trưởng" ends the body
        ("TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ HỢP TÁC QUỐC TẾ", "TL.", "Vụ trưởng"),  # by order: the unit's head
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "TM.", "Chủ tịch"),  # for a body: its head's title after it
        ("KT/ CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT.", "Phó Chủ tịch"),  # the slash for the dot, on two lines
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT.", "Phó Chủ tịch"),  # the last mode is the signer's
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM", None, None),  # one double title: the superior's, the signer's below
    ],
)
def test_a_block_run_onto_one_line_gives_the_signers_own_title(block: str, mode: str | None, title: str) -> None:
    if title is None:
        block, mode, title = f"{block}\nPHÓ CHỦ NHIỆM", "KT.", "Phó Chủ nhiệm"
    signer = parse_header(f"{_HEAD}{block}\nVăn Trọng Lý\n").signer
    assert signer is not None and signer.name == "Văn Trọng Lý"
    assert (signer.mode, signer.title) == (mode, title)


@pytest.mark.parametrize(
    "title_line",
    ["Phó Chủ tịch Hội đồng Bộ trưởng", "Phó Chủ tịch Hội đồng Bộ trưởng\n\n(Đã ký)"],
)
def test_a_title_ending_a_councils_name_is_no_signers_title(title_line: str) -> None:
    text = (
        "HỘI ĐỒNG BỘ TRƯỞNG\nSố: 151-HĐBT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 8 tháng 12 năm 1981\n\nQUYẾT ĐỊNH\n\nĐiều 2- Các đồng chí Bộ trưởng chịu trách nhiệm thi hành "
        f"Quyết định này.\n\n{title_line}\n\nVõ Chí Công\n"
    )
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Võ Chí Công"
    assert (signer.mode, signer.title) == (None, "Phó Chủ tịch")


def test_the_words_between_two_titles_keep_the_second() -> None:
    text = f"{_HEAD}KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG\nVăn Trọng Lý\n"
    signer = parse_header(text).signer
    assert signer is not None and (signer.mode, signer.title) == ("KT.", "Phó Chánh Văn phòng")
