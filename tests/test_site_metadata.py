"""A site's copy that prints its metadata instead of the header: the number alone on the first line, then one line
with the signature block, the name, "Theo" and the issuing body (`extractors.site_metadata`)."""

import pytest

from extractors.header import parse_header
from schemas.document import DocType

BODY = "\n\nKính gửi: Thủ tướng Chính phủ\n\nThực hiện chỉ đạo của Chính phủ, Bộ đề nghị như sau.\n"


@pytest.mark.parametrize(
    ("text", "number", "issuer", "mode", "title", "name", "kind"),
    [
        (
            "215/BNG-LS\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Phạm Văn Hòa Theo BỘ NGOẠI GIAO -\n\nCÔNG VĂN Về việc cấp hộ chiếu",
            "215/BNG-LS",
            "Bộ Ngoại giao",
            "KT.",
            "Thứ trưởng",
            "Phạm Văn Hòa",
            DocType.CONG_VAN,
        ),
        (
            "77/UBND-NV\n\nKT CHỦ TỊCH PHÓ CHỦ TỊCH -Đỗ Thị Lan Theo ỦY BAN NHÂN DÂN TỈNH KON TUM -\n\n"
            "Công văn V/v cử cán bộ đi nước ngoài",
            "77/UBND-NV",
            "UBND tỉnh Kon Tum",
            "KT.",
            "Phó Chủ tịch",
            "Đỗ Thị Lan",
            DocType.CONG_VAN,
        ),
        (
            "1203/BTC-HTQT\n\nKTBT, TT Lê Quang Minh Theo BỘ TÀI CHÍNH -\n\nCông văn V/v đón đoàn Lào",
            "1203/BTC-HTQT",
            "Bộ Tài chính",
            "KT.",
            "Thứ trưởng",
            "Lê Quang Minh",
            DocType.CONG_VAN,
        ),
        (
            "45/QĐ-BYT\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Vũ Ngọc An Theo BỘ Y TẾ\n\nQuyết định về việc cử đoàn công tác",
            "45/QĐ-BYT",
            "Bộ Y tế",
            "KT.",
            "Thứ trưởng",
            "Vũ Ngọc An",
            DocType.QUYET_DINH,
        ),
    ],
)
def test_metadata_form_gives_number_issuer_and_signer(text, number, issuer, mode, title, name, kind):
    header = parse_header(text + BODY)
    assert (header.number, header.issuer, header.doc_type) == (number, issuer, kind)
    assert header.signer is not None
    assert (header.signer.mode, header.signer.title, header.signer.name) == (mode, title, name)


@pytest.mark.parametrize(
    "text",
    [
        # "TT" under "KT. Chủ tịch" is no deputy of a Chủ tịch: the abbreviation is not read
        "1203/UBND-NV\n\nKTCT, TT Lê Quang Minh Theo ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH -\n\nCông văn V/v đoàn ra",
        # no signing title besides the head's: no block
        "1203/BTC-HTQT\n\nKT BỘ TRƯỞNG Lê Quang Minh Theo BỘ TÀI CHÍNH -\n\nCông văn V/v đoàn ra",
        # the number is not the whole first line: a sentence citing it
        "Công văn 1203/BTC-HTQT\n\nKTBT, TT Lê Quang Minh Theo BỘ TÀI CHÍNH -\n\nCông văn V/v đoàn ra",
        # "Theo" followed by a sentence, not a body in capitals
        "1203/BTC-HTQT\n\nKTBT, TT Lê Quang Minh Theo đề nghị của Bộ Tài chính\n\nCông văn V/v đoàn ra",
        # no name after the title: the words are no Vietnamese name
        "1203/BTC-HTQT\n\nKT BỘ TRƯỞNG THỨ TRƯỞNG Theo BỘ TÀI CHÍNH -\n\nCông văn V/v đoàn ra",
    ],
)
def test_other_first_lines_are_no_metadata_form(text):
    header = parse_header(text + BODY)
    assert header.signer is None or header.signer.name != "Lê Quang Minh"
    assert header.issuer is None
