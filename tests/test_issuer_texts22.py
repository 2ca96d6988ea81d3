"""Issuer issue 12 (texts22): a bare council or committee header completed for sure from the level its standing body
or its own sentence prints. Headers written for these tests."""

from __future__ import annotations

import pytest

from extractors.header import parse_header

_BARE_ROW = "{body} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/{symbol} | {place}, ngày 4 tháng 5 năm 2018 |\n"


@pytest.mark.parametrize(
    ("body", "symbol", "place", "text", "issuer"),
    [
        (  # the council's standing body prints the level under the header
            "HỘI ĐỒNG NHÂN DÂN",
            "NQ-HĐND",
            "Sơn La",
            "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH\nCăn cứ …;\nĐiều 1. Các đại biểu Hội đồng nhân dân tỉnh Sơn La …",
            "HĐND tỉnh Sơn La",
        ),
        (  # the city names itself the author with a capitalised level
            "ỦY BAN NHÂN DÂN",
            "KH-UBND",
            "Hải Phòng",
            "KẾ HOẠCH\nThực hiện Đề án, Ủy ban nhân dân Thành phố ban hành Kế hoạch như sau: thành phố Hải Phòng …",
            "UBND thành phố Hải Phòng",
        ),
        (  # the standing body's level, the province never written in full: sure since session 31 (no city is a tỉnh)
            "HỘI ĐỒNG NHÂN DÂN",
            "NQ-HĐND",
            "Sơn La",
            "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH\nCăn cứ …;\nĐiều 1. Các đại biểu Hội đồng nhân dân tỉnh …",
            "HĐND tỉnh Sơn La",
        ),
        (  # a city's standing body, its name never written: a province's city shares the dateline's name
            "HỘI ĐỒNG NHÂN DÂN",
            "NQ-HĐND",
            "Sơn La",
            "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ\nCăn cứ …;\nĐiều 1. Các đại biểu Hội đồng nhân dân …",
            None,
        ),
    ],
)
def test_a_bare_header_is_completed_from_the_printed_level(
    body: str, symbol: str, place: str, text: str, issuer: str | None
) -> None:
    header = parse_header(_BARE_ROW.format(body=body, symbol=symbol, place=place) + text + "\n")
    assert header.issuer == issuer
