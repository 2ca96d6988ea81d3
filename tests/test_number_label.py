"""The "Số:" label of a document's number and its OCR readings are spelled once (`docnumber.NUMBER_LABEL`): every
reader of a header's number takes the same ones.

Why: the readings were spelled in five places (the number's line, a label inside a flattened line, the issuer's
part before the label, a text that lost its marks, a scan's label word), each with its own few, so a scan's "S6:"
or "Sø:" was the label for one reader and not for the next."""

import pytest

from extractors.docnumber import NUMBER_LABEL_RE
from extractors.header import parse_header
from extractors.issuer import issuer_part
from extractors.vntext import fold

READINGS = ["Số", "SỐ", "Sô", "So", "S6", "S0", "Sø"]


@pytest.mark.parametrize("label", READINGS)
def test_the_numbers_line_takes_every_reading(label: str) -> None:
    assert NUMBER_LABEL_RE.match(fold(f"{label}: 12/QĐ-UBND"))


@pytest.mark.parametrize("label", READINGS)
def test_the_issuers_part_stops_at_every_reading(label: str) -> None:
    assert issuer_part(f"{label}: TỈNH ĐÔNG SƠN D2] ì /QĐ-UBND") == "TỈNH ĐÔNG SƠN"


@pytest.mark.parametrize("label", READINGS)
def test_a_label_inside_a_flattened_line_takes_every_reading(label: str) -> None:
    header = parse_header(
        f"ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN {label}: 45/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – "
        "Hạnh phúc\nĐông Sơn, ngày 3 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
    )
    assert header.number == "45/QĐ-UBND"
