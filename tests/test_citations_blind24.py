"""Citations of blind24 as development (issue 12, texts21): an amending law's name ended by the sentence's own "và
sửa đổi …", a date whose "năm" was typed "tháng" again, a guidance "of" a body that cites a dispatch by number.
Sentences written here."""

import pytest

from extractors.citations import find_citations
from extractors.dates import find_dates


def _found(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.kind, c.number, c.date.isoformat() if c.date else None) for c in find_citations(text)]


def test_an_amending_laws_name_ends_before_the_decrees_own_and_amending() -> None:
    text = (
        "Căn cứ Nghị định số 12/2017/NĐ-CP ngày 5/2/2017 của Chính phủ hướng dẫn Luật sửa đổi, bổ sung một số điều "
        "của Luật Hải quan và Luật Xuất nhập khẩu và sửa đổi một số điều tại các Nghị định về hải quan;"
    )
    laws = [c.text for c in find_citations(text) if c.kind == "luat"]
    assert laws == ["Luật sửa đổi, bổ sung một số điều của Luật Hải quan và Luật Xuất nhập khẩu"]


def test_an_amending_laws_name_keeps_a_list_of_laws_joined_by_va() -> None:
    text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 9 tháng 1 năm 2024;"
    laws = [c.text for c in find_citations(text) if c.kind == "luat"]
    assert laws == ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở ngày 9 tháng 1 năm 2024"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ký ngày 7 tháng 3 tháng 2015 tại Hà Nội", "2015-03-07"),
        ("ngày 7 tháng 3 năm 2015", "2015-03-07"),
        ("ngày 7 tháng 3 tháng 11 năm 2015", None),
        ("ngày 7 tháng 3 tháng 15 người", None),
    ],
)
def test_thang_typed_again_for_nam_before_a_four_digit_year(text: str, value: str | None) -> None:
    found = [m.value.isoformat() for m in find_dates(text) if m.value]
    assert found == ([value] if value else [])


def test_a_directive_dated_with_thang_typed_for_nam() -> None:
    text = "Căn cứ Chỉ thị 22/CT-TTg ngày 4 tháng 9 tháng 2012 của Thủ tướng Chính phủ về việc đi công tác nước ngoài;"
    assert ("chi_thi", "22/CT-TTg", "2012-09-04") in _found(text)


def test_a_guidance_of_a_body_at_a_dispatch_is_the_dispatch() -> None:
    text = (
        "Sở Tài chính đã có Công văn số 4410/STC-QLNS ngày 8/6/2022 trả lời. Đơn vị thực hiện theo hướng dẫn của "
        "Sở Tài chính tại công văn số 4410/STC-QLNS nêu trên."
    )
    assert [kind for kind, number, _ in _found(text) if number == "4410/STC-QLNS"] == ["cong_van"]


def test_a_kind_with_its_issuer_before_the_number_is_still_read() -> None:
    text = "Thi hành Quyết định của Ban Bí thư số 45-QĐ/TW, ngày 3-5-2001 về công tác đối ngoại,"
    assert ("quyet_dinh", "45-QĐ/TW", "2001-05-03") in _found(text)
