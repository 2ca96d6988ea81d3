"""Members in running text read from noisy scans through real OCR (slow): a decision whose Điều 1 names twelve
people inline ("gồm các đồng chí: …; …"), one a line ("- Ông …;"), or with labels ("bà X, chức vụ: …, ông Y …"),
the list running on across the page break."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from extractors.members import find_members
from samples.tools.render import scan_pages
from samples.tools.specs import DocSpec, GroundTruth, Para
from tests.tablepaper import MEMBERS, TITLES_AND_UNITS

PEOPLE = [(name, title, unit) for (name, _), (title, unit) in zip(MEMBERS, TITLES_AND_UNITS, strict=True)]
TRIP = "đi công tác tại Nhật Bản từ ngày 10/3/2025 đến ngày 16/3/2025"


def _honorific(name: str) -> str:
    return "bà" if " Thị " in name else "ông"


FORMS = {
    "inline": [
        "Điều 1. Cử đoàn công tác của tỉnh gồm các đồng chí: "
        + "; ".join(f"đồng chí {n}, {t} {u}" for n, t, u in PEOPLE)
        + f" {TRIP}."
    ],
    "lines": [
        f"Điều 1. Cử các ông, bà có tên sau đây {TRIP}:",
        *(f"- {_honorific(n).capitalize()} {n}, {t} {u};" for n, t, u in PEOPLE),
    ],
    "labels": [
        "Điều 1. Cử "
        + ", ".join(f"{_honorific(n)} {n}, chức vụ: {t} {u}" for n, t, u in PEOPLE[:-1])
        + f" và bà {PEOPLE[-1][0]}, chức vụ: {PEOPLE[-1][1]} {PEOPLE[-1][2]} {TRIP}."
    ],
}


def _decision(paragraphs: list[str]) -> DocSpec:
    """A decision whose bases fill the first page so that the member list runs on to the second."""
    bases = [
        f"Căn cứ Nghị quyết số {10 + i}/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh về việc ban hành quy "
        "định quản lý đoàn ra, đoàn vào trên địa bàn tỉnh Hà Tĩnh;"
        for i in range(14)
    ]
    return DocSpec(
        id="members-in-prose",
        left=["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 12/QĐ-UBND"],
        issuer_lines=2,
        right=[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Tĩnh, ngày 02 tháng 3 năm 2025",
        ],
        title=["QUYẾT ĐỊNH", "Về việc cử cán bộ đi công tác nước ngoài"],
        body=[Para(text=text) for text in [*bases, *paragraphs, "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm."]],
        truth=GroundTruth(doc_type="quyet_dinh"),
    )


@pytest.mark.slow
@pytest.mark.parametrize("form", sorted(FORMS))
def test_members_in_running_text_read_from_a_scan(form: str) -> None:
    """Every member found (names compared as the scenario scorer does, ratio ≥ 85), ≥ 80% with their title."""
    from extractors.text.scan import ocr_page

    pages = [ocr_page(image, number) for number, image in enumerate(scan_pages(_decision(FORMS[form]), seed=3), 1)]
    assert len(pages) == 2
    text = "\f".join(page.text for page in pages)
    found = find_members(text)
    names = [member.name for member in found]
    assert all(any(fuzz.ratio(name, n) >= 85 for n in names) for name, _, _ in PEOPLE), text
    with_title = sum(
        any(fuzz.ratio(name, m.name) >= 85 and fuzz.ratio(title, m.title or "") >= 85 for m in found)
        for name, title, _ in PEOPLE
    )
    assert with_title >= 0.8 * len(PEOPLE), text


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "10 Nguyễn Thành Tâm Đạo diễn, Đoàn ca múa nhạc dân tộc\n11 Thạch Ngọc Hiếu Kỹ thuật âm thanh\n",
            ["Nguyễn Thành Tâm", "Thạch Ngọc Hiếu"],
        ),
        ("3. Kha Văn Đực Lái xe, Văn phòng Sở\n", ["Kha Văn Đực"]),
        ("Điều 2. Kinh phí: ngân sách thành phố năm 2026.\n", []),  # the article after the table: no row
    ],
)
def test_table_rows_whose_cell_borders_the_scan_lost_are_still_rows(tail: str, expected: list[str]) -> None:
    """Issue 13 (blind scenario 12, 318 on scans): the grid's last rows read without " | " right after its rows."""
    head = "TT | Họ và tên | Chức vụ / Đơn vị\n1 | Thạch Thị Sa Rinh | Giám đốc Sở VHTTDL, Trưởng đoàn\n"
    head += "2 | Triệu Hoàng Vũ | Diễn viên, Đoàn ca múa nhạc dân tộc\n"
    names = [m.name for m in find_members(head + tail)]
    assert names == ["Thạch Thị Sa Rinh", "Triệu Hoàng Vũ", *expected]


def test_a_name_cell_whose_capital_l_a_scan_read_as_l_and_a_speck() -> None:
    """Issue 13 (blind scenario 43's scans): "l.ù Văn Chiến" in a ruled table's name column is Lù Văn Chiến; the
    first word without a family name under it stays no name."""
    from extractors.members import find_members

    rows = (
        "TT | Họ và tên | Chức vụ, đơn vị\n"
        "1 | Bạc Cầm Hoa | Giám đốc Sở Văn hóa, Thể thao và Du lịch - Trưởng đoàn\n"
        "2 | {name} | Trưởng phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch\n"
    )
    assert [m.name for m in find_members(rows.format(name="l.ù Văn Chiến"))] == ["Bạc Cầm Hoa", "Lù Văn Chiến"]
    assert "Lx Văn Chiến" not in [m.name for m in find_members(rows.format(name="l.x Văn Chiến"))]
