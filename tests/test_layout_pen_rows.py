"""Pen digits written high on the header's "Số:" row and dateline are laid out on their own rows, not as one row with
the issuer's line and the motto above them."""

from __future__ import annotations

from extractors.text.layout import arrange_words
from schemas.document import Box, Word


def _words(*words: tuple[str, int, int, int, int, int, float]) -> list[Word]:
    return [
        Word(text=t, box=Box(left=x, top=y, width=w, height=h), confidence=c, block=1, line=line)
        for t, x, y, w, h, line, c in words
    ]


BODY = ["Căn", "cứ", "Luật", "Tổ", "chức", "chính", "quyền", "địa", "phương", "ngày"]
"""A body line's words, 38 px tall: the page's median word height, by which segments are cut."""
HEADER = _words(  # scenario 24's qd-2734: page 1's header as tesseract read it (300 dpi), and the title
    ("ỦY", 545, 226, 66, 45, 0, 96.0),
    ("BAN", 627, 236, 100, 35, 0, 96.0),
    ("NHÂN", 744, 226, 137, 45, 0, 72.0),
    ("DÂN", 899, 226, 102, 45, 0, 72.0),
    ("CỘNG", 1125, 226, 154, 58, 0, 76.0),
    ("HÒA", 1295, 227, 119, 47, 0, 96.0),
    ("XÃ", 1425, 227, 75, 47, 0, 96.0),
    ("HỘI", 1514, 226, 98, 58, 0, 96.0),
    ("CHỦ", 1630, 222, 112, 52, 0, 96.0),
    ("NGHĨA", 1759, 228, 177, 46, 0, 96.0),
    ("VIỆT", 1943, 226, 130, 59, 0, 95.0),
    ("NAM", 2088, 238, 121, 36, 0, 96.0),
    ("THÀNH", 525, 301, 182, 45, 1, 93.0),
    ("PHỐ", 722, 300, 104, 46, 1, 89.0),
    ("HÀ", 840, 301, 73, 46, 1, 96.0),
    ("NỘI", 927, 302, 91, 53, 1, 96.0),
    ("Độc", 1365, 310, 82, 46, 1, 96.0),
    ("lập", 1460, 309, 64, 48, 1, 93.0),
    ("-", 1539, 331, 15, 6, 1, 92.0),
    ("Tự", 1565, 311, 34, 35, 1, 96.0),
    ("do", 1641, 310, 52, 36, 1, 93.0),
    ("-", 1708, 331, 14, 6, 1, 93.0),
    ("Hạnh", 1736, 304, 115, 51, 1, 96.0),
    ("phúc", 1867, 310, 102, 46, 1, 96.0),
    ("Số:", 493, 384, 61, 37, 2, 96.0),
    ("27", 580, 352, 78, 91, 2, 93.0),
    ("$4J_", 673, 356, 66, 80, 2, 2.0),
    ("QÐ-UBND", 814, 386, 240, 42, 2, 47.0),
    ("Hà", 1224, 375, 64, 51, 2, 96.0),
    ("Nội,", 1303, 386, 89, 48, 2, 96.0),
    ("ngày", 1409, 386, 104, 51, 2, 96.0),
    ("⁄⁄", 1541, 345, 44, 104, 2, 4.0),
    ("†", 1602, 322, 26, 121, 2, 67.0),
    ("tháng", 1693, 386, 120, 51, 2, 96.0),
    ("10", 1833, 373, 49, 53, 2, 96.0),
    ("năm", 1897, 388, 89, 38, 2, 96.0),
    ("2026", 2002, 388, 108, 37, 2, 96.0),
    ("QUYẾT", 1030, 560, 170, 47, 3, 96.0),
    ("ĐỊNH", 1215, 560, 130, 47, 3, 96.0),
    *((word, 300 + 160 * k, 700 + 60 * row, 140, 38, 4 + row, 96.0) for row in range(6) for k, word in enumerate(BODY)),
)


def test_pen_digits_written_high_stay_on_the_row_they_are_written_on() -> None:
    """Before, the pen's "Số: 27 $4J_" (body 356-436) and the pen day "†" (322-443) reached the rows above and made
    one row of issuer, motto, "Số:" and dateline: "Số: 27 $4J_ THÀNH PHỐ HÀ NỘI QĐ-UBND"."""
    layout, _ = arrange_words(HEADER, 2480, 3508)
    lines = layout.text.split("\n")
    assert "THÀNH PHỐ HÀ NỘI" in lines
    assert "Số: 27 $4J_ QÐ-UBND" in lines
    assert any(line.startswith("Hà Nội, ngày") and line.endswith("năm 2026") for line in lines)
