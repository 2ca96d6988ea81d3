"""People in the blind23 phrasings, written anew (issue 12): an abbreviated membership before the post, and a
chain whose last link is "…, kiêm trưởng Đoàn" (the role taken instead of the first office)."""

import pytest

from extractors.people import find_people
from extractors.units import split_membership


def _triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.unit) for p in find_people(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn do đồng chí Trần Văn Tám, UV BCH Trung ương Đoàn, Tỉnh ủy viên, Bí thư Tỉnh đoàn Nghệ An dẫn đầu.",
        "Tham dự có ông Trần Văn Tám, UV BTV Tỉnh ủy, Bí thư Tỉnh đoàn Nghệ An.",
    ],
)
def test_an_abbreviated_membership_before_the_post_is_skipped(text: str) -> None:
    assert ("Trần Văn Tám", "Bí thư", "Tỉnh đoàn Nghệ An") in _triples(text)


def test_split_membership_reads_uv_as_uy_vien() -> None:
    assert split_membership("UV BCH Trung ương Hội, Chủ tịch Hội Nông dân tỉnh")[1] == "Chủ tịch Hội Nông dân tỉnh"
    assert split_membership("UVTT Hội đồng, Chủ tịch")[1] == "UVTT Hội đồng, Chủ tịch"


@pytest.mark.parametrize(
    "text",
    [
        "Giám đốc Sở Y tế, Giám đốc Bệnh viện tỉnh Quảng Ngãi, kiêm trưởng Đoàn công tác Lê Thị Mai cho biết thêm.",
        "Giám đốc Sở Y tế, kiêm Trưởng đoàn Lê Thị Mai cho biết thêm.",
    ],
)
def test_a_chain_ending_with_kiem_truong_doan_gives_the_first_office(text: str) -> None:
    assert ("Lê Thị Mai", "Giám đốc", "Sở Y tế") in _triples(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Đoàn đã gặp Chánh án Tòa án Tối cao bang Victoria Anne Ferguson; Chủ tịch Thượng viện Shaun Leane.",
            ("Anne Ferguson", "Chánh án", "Tòa án Tối cao bang Victoria"),
        ),
        (
            "Bộ trưởng đã hội kiến Chánh án Tòa án Nhân dân Tối cao Lào Viengthong Siphandone.",
            ("Viengthong Siphandone", "Chánh án", "Tòa án Nhân dân Tối cao Lào"),
        ),
    ],
)
def test_a_foreign_chief_justice_is_named_after_the_title(text: str, person: tuple[str, str, str]) -> None:
    assert person in _triples(text)
