"""Destinations: CLDR names plus aliases, one name and ISO code each; Vietnamese places never."""

import pytest

from extractors.places import code_of, find_cities, find_destinations


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("đi công tác tại Nhật Bản và Hàn Quốc", ["JP", "KR"]),
        ("sang Xinh-ga-po; đoàn làm việc tại Singapore", ["SG"]),
        ("thăm Hoa Kỳ (Mỹ)", ["US"]),
        ("làm việc với Liên bang Nga, CHDCND Lào và Vương quốc Campuchia", ["RU", "LA", "KH"]),
        ("tới Ô-xtrây-li-a và Vương quốc Anh", ["AU", "GB"]),
        ("Cộng hòa Liên bang Đức, Cộng hòa Pháp", ["DE", "FR"]),
        ("OCR: đi Nhat Ban, Han Quoc", ["JP", "KR"]),
        ("tỉnh Lào Cai giáp Trung Quốc", ["CN"]),
        ("UBND tỉnh Quảng Nam, huyện Mỹ Đức, Việt Nam", []),
        ("ông Nguyễn Duy Anh học tiếng Anh; Pháp luật quy định; Lao động", []),
    ],
)
def test_places_destinations(text: str, codes: list[str]) -> None:
    assert [d.code for d in find_destinations(text)] == codes


def test_places_one_canonical_name_per_country() -> None:
    names = [d.name for d in find_destinations("Singapore, Nga, Lào, Campuchia, Úc, Anh")]
    assert names == ["Xinh-ga-po", "Liên bang Nga", "Lào", "Campuchia", "Ô-xtrây-li-a", "Anh"]


@pytest.mark.parametrize(("name", "code"), [("Hoa Kỳ", "US"), ("Mỹ", "US"), ("Han Quoc", "KR"), ("Lạng Sơn", None)])
def test_places_code_of(name: str, code: str | None) -> None:
    assert code_of(name) == code


def test_places_cities_with_their_country() -> None:
    assert find_cities("họp tại Tokyo rồi sang Phnôm Pênh") == [("Tokyo", "JP"), ("Phnôm Pênh", "KH")]
