"""The shared scan renderer's reading of a header: the seal's ring of scenarios 36 and 38–50 starts from it.

Why: a slip in `header_left` would put another ring round every seal and change committed scans whose first scores
were measured on them; the renderers' byte-exactness is checked by re-rendering, this pins the reading itself."""

from __future__ import annotations

from samples.scan_render import header_left

PARTY = "TỈNH ỦY LAI CHÂU\tĐẢNG CỘNG SẢN VIỆT NAM\nVĂN PHÒNG\n*\n\nSố 48-BC/VPTU\tLai Châu, ngày 2 tháng 3 năm 2026\n"
MINISTRY = "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n\nSố: 95/QĐ-BYT\nHà Nội\n"


def test_left_column_without_star_and_blanks() -> None:
    assert header_left(PARTY) == ["TỈNH ỦY LAI CHÂU", "VĂN PHÒNG"]


def test_right_column_only_lines_are_dropped() -> None:
    assert header_left(MINISTRY) == ["BỘ Y TẾ"]


def test_stops_at_the_number() -> None:
    assert header_left("SỞ Y TẾ\nSố: 1/QĐ\nBAN\n") == ["SỞ Y TẾ"]
