"""A title's kind broken over two lines by a web copy ("THÔNG" / "TƯ"), development of texts25b."""

from extractors.header import parse_header
from schemas.document import DocType

_CIRCULAR = (
    "BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\n--------\n|\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "--------\n|\nSố: 15/2011/TT-BTNMT\n|\nHà Nội, ngày 28\ntháng 6 năm 2011\n|\n"
    "{kind}\nQUY\nĐỊNH VỀ QUẢN LÝ CHẤT LƯỢNG\n"
    "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCăn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;\n"
    "Bộ trưởng ban hành Thông tư quy định về quản lý chất lượng như sau:\nQUY ĐỊNH:\nĐiều 1. Phạm vi\n"
)


def test_a_kind_broken_over_two_lines_is_the_title_not_an_enacting_word_below() -> None:
    """ "THÔNG" / "TƯ" is the title (a thông tư: other); the enacting "QUY ĐỊNH:" below names no kind of its own."""
    assert parse_header(_CIRCULAR.format(kind="THÔNG\nTƯ")).doc_type == DocType.OTHER


def test_one_word_lines_that_are_no_kind_do_not_join() -> None:
    """ "BẢN" / "TIN" joined is no kind: the title is looked for further on as before."""
    assert parse_header(_CIRCULAR.format(kind="BẢN\nTIN")).doc_type == DocType.QUY_DINH
