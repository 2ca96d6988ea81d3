"""Citations of blind21/blind22 as development (issue 12): numbers and kinds broken over (blank) lines, văn bản hợp
nhất and sắc lệnh, laws cited with a bare year, decrees and resolutions named by a bare serial in lower case.
Sentences written here."""

import pytest

from extractors.citations import citation_key, find_citations


def _found(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.kind, c.number, c.date.isoformat() if c.date else None) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "ban hành kèm theo Thông tư số 58/2011/TT-\nBGDĐT ngày 12/12/2011 của Bộ trưởng",
            ("thong_tu", "58/2011/TT-BGDĐT", "2011-12-12"),
        ),
        ("Căn cứ Quyết định số 7/QĐ-\n\nUBND ngày 3/4/2021 của UBND tỉnh;", ("quyet_dinh", "7/QĐ-UBND", "2021-04-03")),
        ("Thực hiện Công văn số 12/UBND- \nKGVX ngày 1/2/2020;", ("cong_van", "12/UBND-KGVX", "2020-02-01")),
        (
            "Xét đề nghị tại Tờ trình số \n\n1179/TTr-SGDĐT ngày 10/9/2021.",
            ("to_trinh", "1179/TTr-SGDĐT", "2021-09-10"),
        ),
        ("theo Công \n\nvăn số 3566/BGDĐT-GDTX ngày 14/9/2020 về việc", ("cong_van", "3566/BGDĐT-GDTX", "2020-09-14")),
        ("Căn cứ Nghị định\n\nsố 12/2020/NĐ-CP ngày 1/2/2020;", ("nghi_dinh", "12/2020/NĐ-CP", "2020-02-01")),
    ],
)
def test_broken_over_lines(text: str, cited: tuple[str, str, str]) -> None:
    assert cited in _found(text)


def test_a_heading_over_a_numbered_list_is_no_citation() -> None:
    assert _found("QUYẾT ĐỊNH\n\n1. Phê duyệt kế hoạch") == []


def test_a_symbol_hyphen_before_a_lower_case_line_is_kept_apart() -> None:
    assert ("thong_tu", "58/2011/TT-BGDĐT", None) not in _found("Thông tư số 58/2011/TT-\nbổ sung")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Căn cứ Văn bản hợp nhất số 05/VBHN-BNG ngày 2/3/2019 của Bộ Ngoại giao;",
            ("van_ban_hop_nhat", "05/VBHN-BNG", "2019-03-02"),
        ),
        (
            "Văn bản hợp nhất 23/VBHN-BGDĐT ngày 29/8/2014 ban hành Quy chế",
            ("van_ban_hop_nhat", "23/VBHN-BGDĐT", "2014-08-29"),
        ),
        ("Chiểu sắc lệnh số 83 ngày 17 tháng 9 năm 1947 thành lập Viện;", ("sac_lenh", "83", "1947-09-17")),
        ("Căn cứ Sắc lệnh số 45/SL ngày 29/3/1946;", ("sac_lenh", "45/SL", "1946-03-29")),
    ],
)
def test_consolidated_texts_and_decrees_of_the_president(text: str, cited: tuple[str, str, str]) -> None:
    assert cited in _found(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Luật viên chức 2010 hiện hành không có quy định cấm.", "Luật viên chức 2010"),
        (
            "theo Điều 9 Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019.",
            "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019",
        ),
        ("Căn cứ Luật Cán bộ, công chức năm 2008;", "Luật Cán bộ, công chức năm 2008"),
    ],
)
def test_a_law_with_its_year(text: str, written: str) -> None:
    assert [c.text for c in find_citations(text)] == [written]


def test_a_law_with_a_year_is_the_law_named_again() -> None:
    first, second = (
        find_citations("Luật Đất đai 2013 quy định; theo Luật Đất đai, …")[0],
        find_citations("Luật Đất đai")[0],
    )
    assert citation_key(first) == citation_key(second)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Chính phủ ban hành nghị quyết 19 và nghị định 35 với phương châm mới.",
            [("nghi_quyet", "19", None), ("nghi_dinh", "35", None)],
        ),
        ("Thủ tướng chỉ đạo theo nghị quyết 01 liên quan đến tai nạn.", [("nghi_quyet", "01", None)]),
        ("Bộ đã ban hành thông tư 15 hướng dẫn thi hành.", [("thong_tu", "15", None)]),
    ],
)
def test_bare_serials_of_decrees_in_lower_case(text: str, cited: list[tuple[str, str, None]]) -> None:
    assert _found(text) == cited


@pytest.mark.parametrize(
    "text",
    [
        "UBND tỉnh quyết định 2 nội dung quan trọng.",
        "Giám đốc chỉ thị 3 đơn vị phải báo cáo.",
        "thông báo 5 người trúng tuyển.",
    ],
)
def test_lower_case_verbs_with_a_count_are_no_citation(text: str) -> None:
    assert _found(text) == []
