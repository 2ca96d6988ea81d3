"""Numbers met in blind24 (issue 12, texts21): a tax office's six-digit serial, and a dispatch cited with a space
where its slash went ("số 15486 BTC-QLN"). Phrasings written here, not copied from the corpus."""

import pytest

from extractors.citations import find_citations
from extractors.docnumber import parse_number
from extractors.header import parse_header


@pytest.mark.parametrize(
    ("text", "number", "party"),
    [
        ("230417/CTHCM-TTHT", "230417/CTHCM-TTHT", False),
        ("9203 BNG-LS ngày 3/4/2019", "9203 BNG-LS", False),
        ("77 SNV-TCBC", "77 SNV-TCBC", False),
        ("84 QĐ/TWĐTN", "84 QĐ/TWĐTN", True),
    ],
)
def test_six_digit_serials_and_a_slash_lost_before_a_bodys_abbreviation(text: str, number: str, party: bool) -> None:
    found = parse_number(text)
    assert found is not None and (found.number, found.party) == (number, party)


@pytest.mark.parametrize("text", ["2020 BTC-Q", "1234567/CT-TTHT", "15 trường-THCS"])
def test_no_number_from_a_cut_symbol_or_seven_digits(text: str) -> None:
    found = parse_number(text)
    assert found is None or found.number is None


def test_a_lost_slash_is_no_party_number_and_names_no_type() -> None:
    found = parse_number("9203 BNG-LS")
    assert found is not None and (found.type_abbr, found.kind) == (None, None)


def test_a_tax_offices_six_digit_number_in_its_header() -> None:
    text = (
        "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BÌNH DƯƠNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 118804/CTBDU-TTHT\nV/v hóa đơn điện tử\n"
        "Bình Dương, ngày 2 tháng 12 năm 2021\nKính gửi: Công ty Y\n"
    )
    header = parse_header(text)
    assert (header.number, header.doc_type) == ("118804/CTBDU-TTHT", "cong_van")


def test_a_dispatch_cited_with_its_slash_lost() -> None:
    text = "Theo đề nghị của Bộ Ngoại giao (công văn số 9203 BNG-LS ngày 03 tháng 4 năm 2019), Thủ tướng đồng ý."
    cited = [(c.kind, c.number, c.date) for c in find_citations(text)]
    assert ("cong_van", "9203 BNG-LS", "2019-04-03") in [(k, n, str(d)) for k, n, d in cited]
