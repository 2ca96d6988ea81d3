"""Citations: every form, once each in order, identity by number + date, the own number excluded."""

import datetime as dt
import re

import pytest

from extractors import nlp
from extractors.citations import extract_citations, find_citations
from extractors.normalize import normalize_text
from extractors.paragraphs import unwrap_lines
from schemas.document import Document, Source


@pytest.mark.parametrize(
    ("text", "kind", "number", "date", "issuer"),
    [
        (
            "Căn cứ Quyết định số 40/2020/QĐ-UBND ngày 23/11/2020 của UBND tỉnh;",
            "quyet_dinh",
            "40/2020/QĐ-UBND",
            dt.date(2020, 11, 23),
            "UBND tỉnh",
        ),
        (
            "thực hiện Chỉ thị số 38-CT/TW, ngày 21-7-2014 của Bộ Chính trị (khóa XI) về tăng cường",
            "chi_thi",
            "38-CT/TW",
            dt.date(2014, 7, 21),
            "Bộ Chính trị",
        ),
        (
            "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
            "nghi_dinh",
            "30/2020/NĐ-CP",
            dt.date(2020, 3, 5),
            "Chính phủ",
        ),
        ("Căn cứ Thông tư 04/2020/TT-BNG;", "thong_tu", "04/2020/TT-BNG", None, None),
        (
            "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam năm 2019;",
            "luat",
            None,
            None,
            None,
        ),
        (
            "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "luat",
            None,
            dt.date(2015, 6, 19),
            None,
        ),
        (
            "Quy định số 86-QĐ/TW, ngày 28/10/2022 của Ban Bí thư Trung ương Đảng;",
            "quy_dinh",
            "86-QĐ/TW",
            dt.date(2022, 10, 28),
            "Ban Bí thư Trung ương Đảng",
        ),
        ("Kế hoạch số 162- KH/TU ngày 9/1/2018 của Tỉnh ủy", "ke_hoach", "162-KH/TU", dt.date(2018, 1, 9), "Tỉnh ủy"),
        ("theo Quyét định só 12/QD-UBND ngay 02/01/2024", "quyet_dinh", "12/QĐ-UBND", dt.date(2024, 1, 2), None),
        # the kind is the word written (samples/real/texts/README.md), whatever the symbol names
        (
            "Văn bản số 77/BC-SNV ngày 3/3/2023 của Sở Ngoại vụ",
            "van_ban",
            "77/BC-SNV",
            dt.date(2023, 3, 3),
            "Sở Ngoại vụ",
        ),
        # a party body's "TƯ" (Trung ương): the whole symbol, never "13-NQ/T"
        ("Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),", "nghi_quyet", "13-NQ/TƯ", None, "Tỉnh ủy"),
        ("theo Kết luận số 445-KL/TƯ ngày 13/5/2022", "ket_luan", "445-KL/TƯ", dt.date(2022, 5, 13), None),
        # the date after "được ban hành ngày" / "được ký ngày"
        (
            "Chi tiết xem tại Công văn 30/TANDTC-HTQT được ban hành ngày 29/01/2018.",
            "cong_van",
            "30/TANDTC-HTQT",
            dt.date(2018, 1, 29),
            None,
        ),
        ("theo Chỉ thị số 05/CT-UBND được ký ngày 3/4/2019", "chi_thi", "05/CT-UBND", dt.date(2019, 4, 3), None),
        # a symbol that names no kind: the word written, not a guess at "công văn"
        (
            "theo văn bản số 215/VP-HC ngày 5/6/2022 của Văn phòng",
            "van_ban",
            "215/VP-HC",
            dt.date(2022, 6, 5),
            "Văn phòng",
        ),
    ],
)
def test_citations_forms(text: str, kind: str, number: str | None, date: dt.date | None, issuer: str | None) -> None:
    (citation,) = find_citations(text)
    assert (citation.kind, citation.number, citation.date, citation.issuer) == (kind, number, date, issuer)


def test_citations_once_each_in_order_of_first_mention() -> None:
    text = (
        "Thực hiện Chỉ thị số 38-CT/TW ngày 21-7-2014 của Bộ Chính trị và Quyết định số 5/QĐ-UBND. "
        "Theo tinh thần Chỉ thị số 38-CT/TW, các cơ quan thực hiện."
    )
    assert [c.number for c in find_citations(text)] == ["38-CT/TW", "5/QĐ-UBND"]


def test_citations_reused_party_number_with_another_date_is_another_document() -> None:
    text = "Chỉ thị số 38-CT/TW ngày 21-7-2014 của Bộ Chính trị; Chỉ thị số 38-CT/TW ngày 10-5-2024 của Bộ Chính trị."
    assert [c.date for c in find_citations(text)] == [dt.date(2014, 7, 21), dt.date(2024, 5, 10)]


def test_citations_lists_share_the_kind() -> None:
    found = find_citations("các Quyết định số 12/QĐ-UBND và số 15/QĐ-UBND của UBND tỉnh")
    assert [(c.kind, c.number) for c in found] == [("quyet_dinh", "12/QĐ-UBND"), ("quyet_dinh", "15/QĐ-UBND")]


def test_citations_own_number_and_attached_list_are_not_citations() -> None:
    text = "Quyết định số 215/QĐ-SNV ngày 7/4/2024. (Kèm theo Quyết định số 9/QĐ-UBND ngày 1/2/2024)"
    assert find_citations(text, own_number="215/QĐ-SNV", own_symbol="QĐ-UBND") == []


def test_citations_spans_point_at_the_citation() -> None:
    text = "Căn cứ Thông tư 04/2020/TT-BNG;"
    (citation,) = find_citations(text)
    assert citation.span is not None and text[citation.span.start : citation.span.end] == "Thông tư 04/2020/TT-BNG"


def test_citations_same_result_with_and_without_spacy() -> None:
    text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; Thông tư liên tịch số 8/2015/TTLT-BNG."
    with_spacy = find_citations(text)
    nlp.enabled["spacy"] = False
    try:
        without = find_citations(text)
    finally:
        nlp.enabled["spacy"] = True
    assert with_spacy == without
    assert [c.kind for c in with_spacy] == ["nghi_dinh", "thong_tu_lien_tich"]


def test_citations_are_found_by_concurrent_threads_from_a_cold_start() -> None:
    """The ingest flow extracts documents on threads: the first calls must share one spaCy vocabulary."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from extractors import citations

    nlp._spacy_nlp.cache_clear()
    citations._matcher.cache_clear()
    text = "Thực hiện Quyết định số 689/QĐ-UBND ngày 02/6/2025 của Chủ tịch UBND tỉnh về việc cử cán bộ."
    barrier = Barrier(4)

    def cite(_: int) -> list[str | None]:
        barrier.wait()
        return [c.number for c in find_citations(text)]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(cite, range(4)))
    assert results == [["689/QĐ-UBND"]] * 4


@pytest.mark.parametrize(
    ("text", "names", "date"),
    [
        (
            "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Xây dựng ngày 29 tháng 6 năm 2024;",
            ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Xây dựng ngày 29 tháng 6 năm 2024"],
            dt.date(2024, 6, 29),
        ),
        (
            "Căn cứ Luật sửa đổi bổ sung một số điều của Luật Cán bộ, công chức năm 2019;",
            ["Luật sửa đổi bổ sung một số điều của Luật Cán bộ, công chức năm 2019"],
            None,
        ),
        (  # two laws cited side by side stay two citations
            "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 và Luật Xây dựng ngày 18 tháng 6 năm 2014;",
            ["Luật Đất đai ngày 18 tháng 01 năm 2024", "Luật Xây dựng ngày 18 tháng 6 năm 2014"],
            dt.date(2024, 1, 18),
        ),
    ],
)
def test_citations_amending_law_is_one_citation(text: str, names: list[str], date: dt.date | None) -> None:
    found = find_citations(text)
    assert [c.text for c in found] == names
    assert all(c.kind == "luat" for c in found)
    assert found[0].date == date


AMENDING_2019 = (
    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
    " ngày 22/11/2019"
)


@pytest.mark.parametrize(
    "read",
    [  # as tesseract read real scans: the phrase broken over lines, its marks dropped or changed
        "Luật sửa\nđổi, bố sưng một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính\nquyên địa phương"
        " ngày 22/11/2019;",
        "Luật\nsửa đồi, bồ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức\nchính quyền địa phương"
        " ngày 22/11/2019;",
        "Luật sửa\nđôi, bô sung một sô điểu của Luật Tổ chức Chính phủ và Luật Tô chức chính\nquyên địa phương"
        " ngày 22/11/2019;",
    ],
)
def test_ocr_amending_law_broken_over_lines_is_one_citation_with_its_name_spelt(read: str) -> None:
    text = unwrap_lines(normalize_text(f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; {read}"))
    found = find_citations(text)
    assert [c.text for c in found] == ["Luật Tổ chức chính quyền địa phương ngày 19/6/2015", AMENDING_2019]
    assert found[1].date == dt.date(2019, 11, 22)


@pytest.mark.parametrize("spacy_on", [True, False])
def test_a_kind_then_a_colon_then_numbered_documents(spacy_on: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    text = "Theo đề nghị của Bộ Tài chính tại nội dung các Công văn: Số\n1060/BTC-QLGCS ngày 23/01/2025 về việc"
    assert [(c.kind, c.number, c.date) for c in find_citations(text)] == [
        ("cong_van", "1060/BTC-QLGCS", dt.date(2025, 1, 23))
    ]
    assert find_citations("Chương trình: 3 ngày tại Nhật Bản") == []  # a colon before no "Số": no citation


def test_an_amending_law_in_lower_case_running_text_is_no_citation() -> None:
    assert find_citations("dự thảo luật sửa đổi, bổ sung một số điều đang được lấy ý kiến") == []


def test_citation_whose_kind_or_number_runs_over_a_line_end() -> None:
    text = "Căn cứ Nghị định số\n115/2021/NĐ-CP ngày 16/12/2021; tại Quyết\nđịnh số 165/QĐ-UBND ngày 03/02/2025;"
    assert [c.number for c in find_citations(text)] == ["115/2021/NĐ-CP", "165/QĐ-UBND"]


def test_citations_law_name_wrapped_and_with_va() -> None:
    """QĐ 33/2009/QĐ-UBND of Tiền Giang, legal-library copy (thuvienphapluat.vn): the law's name wraps at the
    margin and holds "và" ("Luật Tổ chức Hội đồng\\nnhân dân và Ủy ban nhân dân ngày 26/11/2003")."""
    document = Document(
        source=Source(path="x.txt", sha256="0", pages=1),
        text="Căn cứ Luật Tổ chức Hội đồng\nnhân dân và Ủy ban nhân dân ngày 26/11/2003;\nCăn cứ Luật Công nghệ",
    )
    first = extract_citations(document).citations[0]
    assert (first.text, first.date) == (
        "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003",
        dt.date(2003, 11, 26),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a web copy glues the kind's words, the serial to the type, or the date's "ngày" to the symbol
        (
            "Xét đề nghị của Sở (côngvăn số 27/CV-SNgV ngày 3 tháng 5 năm 2012), Bộ có ý kiến:",
            ("cong_van", "27/CV-SNgV", "2012-05-03"),
        ),
        ("theo quyếtđịnh số 88/QĐ-UBND ngày 12/01/2015 của UBND tỉnh", ("quyet_dinh", "88/QĐ-UBND", "2015-01-12")),
        ("(công văn số 412CV/BYT/KH ngày 2 tháng 8 năm 2004)", ("cong_van", "412CV/BYT/KH", "2004-08-02")),
        ("(công văn số 77/SNV-TCNgày 9 tháng 6 năm 2016), Thủ tướng đồng ý", ("cong_van", "77/SNV-TC", "2016-06-09")),
        ("theo Quyết định số 45/2016/QĐ-TTgngày 19/10/2016 về", ("quyet_dinh", "45/2016/QĐ-TTg", "2016-10-19")),
        # a kind written short before "số"
        ("Thái Bình (Nguồn: CV số 518/UBND-NC ngày 14/3/2019)", ("cong_van", "518/UBND-NC", "2019-03-14")),
        # a colon after "số"
        ("Theo đề nghị tại văn bản số: 215/VP-HC ngày 5/6/2022, Bộ trả lời", ("van_ban", "215/VP-HC", "2022-06-05")),
    ],
)
def test_glued_and_short_citation_forms(text: str, expected: tuple[str, str, str]) -> None:
    found = [(c.kind, c.number, c.date.isoformat() if c.date else None) for c in find_citations(text)]
    assert found == [expected]


def test_a_law_named_again_after_its_number_is_one_citation() -> None:
    text = (
        "Căn cứ Luật Lâm nghiệp số 16/2017/QH14;\n"
        "Căn cứ Nghị định số 156/2018/NĐ-CP quy định chi tiết một số điều của Luật lâm nghiệp;\n"
        "Căn cứ Luật Đất đai năm 2013;"
    )
    found = [(c.kind, c.number) for c in find_citations(text)]
    assert found == [("luat", "16/2017/QH14"), ("nghi_dinh", "156/2018/NĐ-CP"), ("luat", None)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("thay thế Quyết định số 12/1998/QĐ.UB ngày 3/2/1998 của UBND tỉnh", "12/1998/QĐ.UB"),
        ("bãi bỏ Quyết định số 2210/GD&ĐT ngày 01 tháng 9 năm 1995 của Bộ trưởng", "2210/GD&ĐT"),
        ("theo Công văn số 45/UBND-VX. Các sở thực hiện", "45/UBND-VX"),
    ],
)
def test_old_symbols_joined_by_a_dot_or_an_ampersand(text: str, number: str) -> None:
    assert [c.number for c in find_citations(text)] == [number]


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "thực hiện theo Thông tư của Bộ Tài chính số 102/2012/TT-BTC ngày 21/6/2012 về chế độ",
            ("thong_tu", "102/2012/TT-BTC", "Bộ Tài chính"),
        ),
        (
            "căn cứ Nghị quyết của Hội đồng nhân dân tỉnh số 12/NQ-HĐND;",
            ("nghi_quyet", "12/NQ-HĐND", "Hội đồng nhân dân tỉnh"),
        ),
        # "của" before another document: that document is the citation, with no issuer read before it
        ("một số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018", ("nghi_dinh", "61/2018/NĐ-CP", None)),
    ],
)
def test_an_issuer_between_the_kind_and_the_number(
    spacy_on: bool, text: str, expected: tuple[str, str, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    assert [(c.kind, c.number, c.issuer) for c in find_citations(text)] == [expected]


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "văn bản" is what the writer called it: the symbol's type is not read in its place
        ("theo văn bản số 1011/CV-TU ngày 14/12/2007 của Tỉnh ủy", [("van_ban", "1011/CV-TU")]),
        ("Bộ có văn bản số: 3909/TTr-BNG-THKT ngày 6/11/2007 trình Thủ tướng", [("van_ban", "3909/TTr-BNG-THKT")]),
        (
            "Xét văn bản số 45/SNgV-LS và Công văn số 46/SNgV-LS",
            [("van_ban", "45/SNgV-LS"), ("cong_van", "46/SNgV-LS")],
        ),
    ],
)
def test_van_ban_is_the_word_written(
    spacy_on: bool, text: str, expected: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    assert [(c.kind, c.number) for c in find_citations(text)] == expected


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party document or a news item cites by serial alone, with a date, a comma or "của" after it
        (
            "thực hiện Quy chế số 27, ngày 28/6/2024 và Quyết định số 1643, ngày 15/10/2024 của Ban Thường vụ",
            [("quy_che", "27", "2024-06-28"), ("quyet_dinh", "1643", "2024-10-15")],
        ),
        ("UBND tỉnh có công văn 2933 ngày 11/5/2022 về việc tổ chức", [("cong_van", "2933", "2022-05-11")]),
        ("theo Kế hoạch số 85 của Tỉnh ủy về đối ngoại", [("ke_hoach", "85", None)]),
        ("Thông báo số 112, ngày 3 tháng 4 năm 2019 của Thường trực", [("thong_bao", "112", "2019-04-03")]),
        # a year after a kind is no number unless "số" says so; a document's serial before a verb is its number
        ("triển khai Kế hoạch 2024, các sở báo cáo", []),
        ("Kế hoạch số 2024, ngày 3/4/2024 của UBND tỉnh", [("ke_hoach", "2024", "2024-04-03")]),
        ("trong Quyết định số 15 đã nêu", [("quyet_dinh", "15", None)]),
        ("trong kế hoạch số 15 đã nêu", []),
    ],
)
def test_a_number_without_a_symbol(
    spacy_on: bool, text: str, expected: list[tuple[str, str, str | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    found = [(c.kind, c.number, c.date.isoformat() if c.date else None) for c in find_citations(text)]
    assert found == expected


@pytest.mark.parametrize("spacy_on", [True, False])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("và Báo cáo thẩm định số 312/BC-STP ngày 05/12/2013 của Sở Tư pháp", ("bao_cao", "312/BC-STP")),
        ("Xét Tờ trình đề nghị số 15/TTr-SNV ngày 3/4/2020 của Sở Nội vụ", ("to_trinh", "15/TTr-SNV")),
        ("theo Công điện khẩn số 02/CĐ-UBND ngày 1/2/2021", ("cong_dien", "02/CĐ-UBND")),
        # the first kind word is the document's; a longer kind phrase is still one kind
        ("thực hiện Thông báo kết luận số 123-TB/TU ngày 5/3/2020 của Ban Thường vụ", ("thong_bao", "123-TB/TU")),
        (
            "theo Thông tư liên tịch số 02/2009/TTLT-BNG-BNV ngày 27/5/2009",
            ("thong_tu_lien_tich", "02/2009/TTLT-BNG-BNV"),
        ),
    ],
)
def test_a_kind_with_words_that_say_which_before_its_number(
    spacy_on: bool, text: str, expected: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(nlp.enabled, "spacy", spacy_on)
    assert [(c.kind, c.number) for c in find_citations(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch thực hiện số 5, ngày 3/4/2020 đạt",  # words between: the number must have a symbol
        "Báo cáo kết quả số 15 ngày 3/4/2020",
        "Kế hoạch này số 5/KH-UBND ngày 3/4/2020",  # "này" says which document, not which kind
    ],
)
def test_words_between_a_kind_and_a_bare_or_pointed_number_make_no_citation(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ngày 13/06/2025, Bộ trưởng Bộ Ngoại giao ban hành Thông tư 08/2025/TT-BNG hướng dẫn", "2025-06-13"),
        ("nợ đọng.\nNgày 21/04/2015, Thủ tướng Chính phủ đã ban hành Chỉ thị số 06/CT-TTg về", "2015-04-21"),
        ("Ngày 5 tháng 3 năm 2020, Sở Ngoại vụ có Công văn số 15/SNgV-LS gửi các sở", "2020-03-05"),
        ("Ngày 2/8/2019, Chủ tịch UBND tỉnh đã ký Quyết định số 1201/QĐ-UBND phê duyệt", "2019-08-02"),
        # no year, another date in the clause, or a verb that does not issue: no date
        ("Ngày 5/3, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về", None),
        ("Ngày 5/3/2020, sau cuộc họp ngày 1/3/2020, Sở ban hành Công văn số 15/SNV-TC", None),
        ("Ngày 5/3/2020, Sở nhận được Công văn số 15/SNV-TC của Bộ", None),
    ],
)
def test_a_citation_dated_by_the_sentence_that_issues_it(text: str, date: str | None) -> None:
    (citation,) = find_citations(text)
    assert (citation.date.isoformat() if citation.date else None) == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who enacted the law stands between its name and its date
        (
            "Căn cứ Luật Tổ chức HĐND và UBND do Chủ tịch nước Cộng hòa XHCN Việt Nam công bố ngày 26/11/2003;",
            ("luật tổ chức hđnd và ubnd", "2003-11-26"),
        ),
        (
            "Căn cứ Luật Đất đai đã được Quốc hội khóa XIII, kỳ họp thứ 6 thông qua ngày 29 tháng 11 năm 2013;",
            ("luật đất đai", "2013-11-29"),
        ),
        # titles of laws and ordinances no longer in force, still cited by the documents of their time
        (
            "Thực hiện quy định của Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005, Bộ thông báo:",
            ("luật ký kết, gia nhập và thực hiện điều ước quốc tế", None),
        ),
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03/12/2004;",
            ("luật ban hành văn bản quy phạm pháp luật của hội đồng nhân dân, ủy ban nhân dân", "2004-12-03"),
        ),
        (
            "Căn cứ Pháp lệnh Cán bộ, công chức ngày 26 tháng 02 năm 1998;",
            ("pháp lệnh cán bộ, công chức", "1998-02-26"),
        ),
    ],
)
def test_law_names_end_where_the_name_ends(text: str, expected: tuple[str, str | None]) -> None:
    (law,) = find_citations(text)
    name = re.sub(r"\s+(?:năm\s+\d{4}|ngày\s+\d.*)$", "", law.text).casefold()
    assert (name, law.date.isoformat() if law.date else None) == expected


def test_an_ordinance_named_with_a_lower_case_word_is_a_phap_lenh() -> None:
    text = (
        "Căn cứ Pháp lệnh về ký kết và thực hiện điều ước quốc tế của nước Cộng hòa xã hội chủ nghĩa Việt Nam"
        " ngày 17/10/1989;"
    )
    (law,) = find_citations(text)
    assert (law.kind, law.date) == ("phap_lenh", dt.date(1989, 10, 17))


def test_a_law_whose_date_was_left_out_before_its_number() -> None:
    (law,) = find_citations("Căn cứ Luật Cư trú ngày số 68/2020/QH14;")
    assert law.number == "68/2020/QH14"


def test_a_page_title_naming_the_document_itself_is_no_citation() -> None:
    text = "Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐUBND\n"
    text += "Căn cứ Quyết định số 2468/QĐUBND ngày 02/11/2018 của Ủy ban nhân dân tỉnh;"
    assert [c.number for c in find_citations(text, own_number="1961/QĐUBND")] == ["2468/QĐUBND"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("các Nghị định số 61/2018/NĐ-CP; số 92/2017/NĐCP ngày 07/8/2017 sửa đổi", "nghi_dinh"),
        ("các Quyết định số 12/QĐ-UBND; số 1961/QĐUBND ngày 1/2/2019", "quyet_dinh"),
    ],
)
def test_a_listed_number_that_lost_its_hyphen_keeps_its_type(text: str, kind: str) -> None:
    assert find_citations(text)[-1].kind == kind


def test_a_law_with_its_date_glued_on() -> None:
    """A web copy that glued "ngày" to a known law's last word (written here)."""
    found = find_citations("Căn cứ Luật Tổ chức chính quyền địa phươngngày 19 tháng 6 năm 2015;")
    assert [(c.kind, c.date) for c in found] == [("luat", dt.date(2015, 6, 19))]
    assert found[0].text.startswith("Luật Tổ chức chính quyền địa phương ngày")


def test_another_decision_of_the_same_body_after_kem_theo_is_cited() -> None:
    """An appendix's "(Kèm theo Quyết định số …)" names the document itself; "kèm theo" inside a sentence names
    another decision of the same body (written here)."""
    text = "Điều 1. Bổ sung thủ tục được công bố kèm theo Quyết định số 45/QĐ-UBND ngày 03/4/2012 của UBND tỉnh."
    found = find_citations(text, own_number="210/QĐ-UBND", own_symbol="QĐ-UBND")
    assert [c.number for c in found] == ["45/QĐ-UBND"]
    assert find_citations("(Kèm theo Quyết định số 45/QĐ-UBND)", own_number=None, own_symbol="QĐ-UBND") == []


def test_a_class_mark_after_the_symbol_is_part_of_the_number() -> None:
    """A letter's class written as a small letter after a dash ("-m", secret) ends its number; its date follows
    (written here)."""
    found = find_citations("Theo đề nghị của Bộ Công an (công văn số 512-CV/CA-XNC-m ngày 3/2/2011), Văn phòng")
    assert [(c.number, c.date) for c in found] == [("512-CV/CA-XNC-m", dt.date(2011, 2, 3))]
    assert find_citations("công văn số 512/CA-XNC-mật ngày 3/2/2011")[0].number == "512/CA-XNC"


@pytest.mark.parametrize("spacy", [True, False])
def test_so_glued_to_the_kind(monkeypatch: pytest.MonkeyPatch, spacy: bool) -> None:
    """A web copy glued "số" to the kind ("Thông tưsố"): one token the phrase matcher misses (written here)."""
    monkeypatch.setitem(nlp.enabled, "spacy", spacy)
    found = find_citations("thực hiện Thông tưsố 21/2019/TT-BTC ngày 5/4/2019 của Bộ Tài chính về chế độ")
    assert [(c.kind, c.number, c.date) for c in found] == [("thong_tu", "21/2019/TT-BTC", dt.date(2019, 4, 5))]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Thông tư số 21/2019/TT-BTC ngày 5/4/2019 về chế độ công tác phí (Thông tư 21), đặc biệt là "
        "các khoản chi theo Thông tư 21, đề nghị",
        "Sau một năm thực hiện Thông tư 21, đặc biệt là quy định của Thông tư số 21/2019/TT-BTC ngày 5/4/2019.",
    ],
)
def test_a_mention_by_the_serial_alone_is_the_full_citation(text: str) -> None:
    """ "Thông tư 21" before or after "Thông tư số 21/2019/TT-BTC" is that circular, not one numbered "21"
    (written here); a bare number of another kind stays its own."""
    assert [(c.number, c.date) for c in find_citations(text)] == [("21/2019/TT-BTC", dt.date(2019, 4, 5))]
    other = find_citations("Quyết định 21, ngày 2/3/2018 và Thông tư số 21/2019/TT-BTC ngày 5/4/2019")
    assert [c.number for c in other] == ["21", "21/2019/TT-BTC"]


def test_a_programme_by_its_serial_is_a_short_name() -> None:
    """ "Chương trình 135 của Chính phủ", "Đề án 30 của UBND tỉnh" name a programme by its short name: no document
    to cite (written here); with "số" the office cites it ("Kế hoạch số 85 của Tỉnh ủy", kept above)."""
    assert find_citations("thực hiện Chương trình 135 của Chính phủ về hỗ trợ") == []
    assert find_citations("Tổ công tác thực hiện Đề án 06 của Ủy ban nhân dân tỉnh, đề nghị") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau khi có Nghị quyết 18, các đơn vị sắp xếp", ("nghi_quyet", "18")),
        ("Công điện 1102 yêu cầu các địa phương chủ động ứng phó", ("cong_dien", "1102")),
        ("Theo Chỉ thị 05 về tiết kiệm chi thường xuyên, các sở", ("chi_thi", "05")),
        ("UBND tỉnh đã có Công văn 3318 gửi các huyện đề nghị rà soát", ("cong_van", "3318")),
        ("Thông báo 217 nêu rõ các đoàn đi nước ngoài phải báo cáo", ("thong_bao", "217")),
    ],
)
def test_a_document_named_by_its_bare_serial_is_cited_as_written(text: str, expected: tuple[str, str]) -> None:
    """A document of a kind named by its serial alone, with no "số", date or symbol, in a news sentence ("Chỉ thị 11
    về chăm lo Tết"): every document identified by a number is cited (the corpus rule), its number as written."""
    assert [(c.kind, c.number) for c in find_citations(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh xây dựng Kế hoạch 5 năm 2021-2025 về hợp tác quốc tế",
        "Nghị định 3 năm trước đã quy định",
        "Ông Giám đốc quyết định 2 việc quan trọng",
        "Quyết định 3 lần mới thông qua",
        "ban hành nhiều văn bản 2 cấp",
    ],
)
def test_a_count_after_a_kind_is_no_serial(text: str) -> None:
    """A number that counts years, times or levels after a kind word, a lower-case kind (a verb), a plan's or a
    "văn bản"'s bare number: no citation."""
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quyết định số 31/2021/QĐ-UBND ban hành ngày 3/4/2021 của UBND tỉnh", ("2021-04-03", "UBND tỉnh")),
        (
            "theo Quyết định số 31/QĐ-UBND do UBND tỉnh Cao Bằng ban hành ngày 3/4/2021,",
            ("2021-04-03", "UBND tỉnh Cao Bằng"),
        ),
        ("Công văn số 77/BNG-LS ngày 5-6-2019 của Bộ Ngoại giao về việc cấp hộ chiếu", ("2019-06-05", "Bộ Ngoại giao")),
        ("Công văn số 77/UBND-NC của UBND tỉnh giao Sở Ngoại vụ", (None, "UBND tỉnh")),
        (
            "Căn cứ Kế hoạch số 9/KH-UBND của UBND tỉnh Cao Bằng ngày 3/4/2021 về việc",
            ("2021-04-03", "UBND tỉnh Cao Bằng"),
        ),
        ("Căn cứ Kế hoạch số 9/KH-UBND của UBND tỉnh, ngày 3/4/2021 đoàn đã", (None, "UBND tỉnh")),
    ],
)
def test_date_and_issuer_written_as_who_issued_it(text: str, expected: tuple[str | None, str]) -> None:
    """ "… ban hành ngày D", "do X ban hành ngày D" after the number; "Bộ Ngoại giao" is a ministry's whole name
    ("giao" ends an issuer elsewhere: "của UBND tỉnh giao Sở …"). Written here."""
    found = find_citations(text)[0]
    assert (found.date.isoformat() if found.date else None, found.issuer) == expected


def test_citations_kind_glued_to_a_bracket() -> None:
    """A web copy's "thôn(công văn số …)": the kind glued by a bracket to the word before, one token."""
    text = "Xét đề nghị của Bộ Nông nghiệp và Phát triển nông thôn(công văn số 77/BNN-HTQT ngày 2/5/2008) về việc ký."
    (citation,) = find_citations(text)
    assert (citation.kind, citation.number, citation.date) == ("cong_van", "77/BNN-HTQT", dt.date(2008, 5, 2))


def test_citations_dated_by_the_sentence_that_issued_them_attached() -> None:
    """ "Ngày 5/3/2015, UBND tỉnh đã ban hành kèm theo Quyết định số …": the news item's date is the decision's."""
    text = "Ngày 5/3/2015, UBND tỉnh đã ban hành kèm theo Quyết định số 812/QĐ-UBND về quản lý hộ chiếu."
    (citation,) = find_citations(text)
    assert (citation.number, citation.date) == ("812/QĐ-UBND", dt.date(2015, 3, 5))


def test_citations_an_ordinance_known_by_its_long_title() -> None:
    """An ordinance whose title starts "về" in lower case and holds "và" before lower-case words: read whole
    from the known titles, with its date."""
    text = (
        "Căn cứ Pháp lệnh về quyền ưu đãi, miễn trừ dành cho cơ quan đại diện ngoại giao, cơ quan lãnh sự và cơ "
        "quan đại diện của tổ chức quốc tế tại Việt Nam ngày 23/8/1993;"
    )
    (citation,) = find_citations(text)
    assert (citation.kind, citation.date) == ("phap_lenh", dt.date(1993, 8, 23))
    assert citation.text.endswith("tại Việt Nam ngày 23/8/1993")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "quy định tại Điều 53 của LuậtKý kết, gia nhập và thực hiện điều ước quốc tế năm 2005, Bộ thông báo:",
            ["Luật Ký kết, gia nhập và thực hiện điều ước quốc tế năm 2005"],
        ),
        ("Căn cứ LuậtĐất đai ngày 29/11/2013;", ["Luật Đất đai ngày 29/11/2013"]),
        ("các Luậtsư của Đoàn luật sư tỉnh", []),  # a small letter glued on: another word
    ],
)
def test_citations_a_law_kind_glued_to_its_name(text: str, cited: list[str]) -> None:
    """A web copy glues the kind word to the law's name ("LuậtKý kết"): the law is cited all the same."""
    assert [citation.text for citation in find_citations(text, ocr=False)] == cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;", ("Luật Tổ chức HĐND và UBND", dt.date(2003, 11, 26))),
        ("Căn cứ Luật tổ chức HĐND UBND, ngày 26/11/2003;", ("Luật tổ chức HĐND UBND", dt.date(2003, 11, 26))),
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004;",
            ("Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND", dt.date(2004, 12, 3)),
        ),
        (
            "Căn cứ Luật ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004;",
            ("Luật ban hành văn bản quy phạm pháp luật của HĐND, UBND năm 2004", None),
        ),
    ],
)
def test_citations_a_known_law_with_bodies_written_short(text: str, cited: tuple[str, dt.date | None]) -> None:
    """ "HĐND" and "UBND" inside a law's title are its bodies written short: the known title is found whole (the
    2004 law on the councils' and committees' legal documents is not the shorter law on legal documents), and the
    name is kept as the text writes it."""
    (citation,) = find_citations(text, ocr=False)
    assert citation.text.startswith(cited[0]) and citation.date == cited[1]


@pytest.mark.parametrize(
    ("text", "kind", "number", "date"),
    [
        (
            "Căn cứ Luật Ngân hàng Nhà nước Việt Nam s 46/2010/QH12ngày 16 tháng 6 năm 2010;",
            "luat",
            "46/2010/QH12",
            dt.date(2010, 6, 16),
        ),
        ("Căn cứ Luật Du lịch số 09/2017/QH14 ngày 19/6/2017;", "luat", "09/2017/QH14", dt.date(2017, 6, 19)),
        (
            "Căn cứPháp lệnh Ngoại hối s 28/2005/PL-UBTVQH11 ngày 13 tháng 12 năm 2005;",
            "phap_lenh",
            "28/2005/PL-UBTVQH11",
            dt.date(2005, 12, 13),
        ),
        (
            "Căn cứ Nghị định s 70/2014/NĐ-CP ngày 17 tháng 7 năm 2014 của Chính phủ;",
            "nghi_dinh",
            "70/2014/NĐ-CP",
            dt.date(2014, 7, 17),
        ),
    ],
)
def test_citations_number_after_a_lost_letter_so(text: str, kind: str, number: str, date: dt.date) -> None:
    """A page whose font lost "ố" prints "s" for "số"; a law's number after its name is read with the date after it,
    and a kind word glued to the word before ("cứPháp lệnh") still starts a citation."""
    (citation,) = find_citations(text, ocr=False)
    assert (citation.kind, citation.number, citation.date) == (kind, number, date)


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Luật Thanh tra s 2010 và các văn bản hướng dẫn;",  # "s" before a year: no number
        "Căn cứ Luật Thanh tra s 12/2011/NĐ-CP;",  # a decree's symbol after "s" is no law's number
    ],
)
def test_citations_lost_letter_so_needs_a_law_symbol(text: str) -> None:
    """ "s" is read as "số" only before a law's own symbol: the law is cited without a number otherwise."""
    law = next(citation for citation in find_citations(text, ocr=False) if citation.kind == "luat")
    assert law.number is None


def test_citations_a_law_cut_by_the_end_of_the_copy_is_no_citation() -> None:
    """A copy that stops inside a law's name ("Luật Ngân sách nh") names no law for sure."""
    text = "Căn cứ Luật Tổ chức Chính phủ ngày 19/6/2015;\nCăn cứ Luật Ngân sách nh"
    assert [citation.text for citation in find_citations(text, ocr=False)] == ["Luật Tổ chức Chính phủ ngày 19/6/2015"]


def test_citations_a_heading_in_capitals_names_the_body_s_document() -> None:
    """A heading in capitals prints the symbol's small letters as capitals ("106/QĐ-TTG"): one document with the
    body's "106/QĐ-TTg", in the body's spelling."""
    text = (
        "KẾ HOẠCH TRIỂN KHAI QUYẾT ĐỊNH 106/QĐ-TTG NGÀY 19/01/2012 CỦA THỦ TƯỚNG CHÍNH PHỦ\n"
        "Thực hiện Quyết định số 106/QĐ-TTg ngày 19/01/2012 của Thủ tướng Chính phủ, Bộ ban hành kế hoạch."
    )
    assert [(c.number, c.date) for c in find_citations(text)] == [("106/QĐ-TTg", dt.date(2012, 1, 19))]


def test_citations_different_symbols_are_not_merged_by_case() -> None:
    """Only the same symbol in capitals is merged: "12/QĐ-UBND" and "12/QĐ-UBNDT" stay two documents."""
    text = "Căn cứ Quyết định số 12/QĐ-UBND ngày 3/4/2019 và Quyết định số 12/QĐ-UBNDT ngày 3/4/2019."
    assert [c.number for c in find_citations(text)] == ["12/QĐ-UBND", "12/QĐ-UBNDT"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Căn cứ Nghị định số 136/2007/NĐ-CP ngày 17/8/2007 và Nghị định số 65/2012/NĐ-CP sửa đổi Nghị định số "
            "136/2007/N",
            ["136/2007/NĐ-CP", "65/2012/NĐ-CP"],
        ),
        ("Theo đề nghị của Sở Ngoại vụ tại Công văn số 351/SNgV-LS-NVNONN", ["351/SNgV-LS-NVNONN"]),
        ("Căn cứ Quyết định số 12/QĐ-UBND ngày 3/4/2019; xem Quyết định số 12/QĐ-UBND", ["12/QĐ-UBND"]),
    ],
)
def test_citations_a_number_cut_by_the_copy_s_end(text: str, numbers: list[str]) -> None:
    """A number at the copy's very end that starts a number cited before is that document cut short, no other
    one; a number at the end that starts no other is kept."""
    assert [c.number for c in find_citations(text)] == numbers


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        (
            "(LuatVietnam) Ngày 24/12/2012, Thủ tướng Chính phủ đã ban hành Quyết định số 58/2012/QĐ-TTg về hộ chiếu.",
            "58/2012/QĐ-TTg",
            dt.date(2012, 12, 24),
        ),
        (
            "Căn cứ Thông tư số 09/2000/TT-BCA (A18) ngày 07 tháng 6 năm 2000 của Bộ Công an;",
            "09/2000/TT-BCA",
            dt.date(2000, 6, 7),
        ),
        (
            "Xét Tờ trình số 1289 TTr/NG-LPQT ngày 5 tháng 5 năm 2004 của Bộ Ngoại giao,",
            "1289 TTr/NG-LPQT",
            dt.date(2004, 5, 5),
        ),
    ],
)
def test_citations_dates_past_a_source_or_a_code(text: str, number: str, date: dt.date) -> None:
    """The date of a cited document past what a copy puts around it: a news item's source in brackets before the
    dating sentence, a unit's code in brackets after the number; a tờ trình's number whose dash was lost."""
    (citation,) = find_citations(text)
    assert (citation.number, citation.date) == (number, date)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("tham dự Hội nghị các nước thành viên Công ước Luật Biển tại Niu Oóc;", []),
        ("Công ước của Liên hợp quốc về Luật Biển năm 1982 quy định như sau", []),
        (
            "Căn cứ vào Hiến pháp nước Việt Nam Dân chủ Cộng hòa và Luật Tổ chức Quốc hội;",
            ["Hiến pháp nước Việt Nam Dân chủ Cộng hòa", "Luật Tổ chức Quốc hội"],
        ),
        ("Căn cứ Luật Biển Việt Nam năm 2012;", ["Luật Biển Việt Nam năm 2012"]),
    ],
)
def test_citations_conventions_are_no_laws_and_the_old_constitution_is(text: str, cited: list[str]) -> None:
    """ "Luật" in a convention's name ("Công ước Luật Biển") is no Vietnamese law; the 1946/1959 Constitution is
    cited by the state's old name."""
    assert [c.text for c in find_citations(text, ocr=False)] == cited


def test_citations_the_decision_issuing_a_quy_che_under_its_title_is_no_citation() -> None:
    """A text with no number of its own: "(Ban hành kèm theo Quyết định số …)" under its title in capitals names the
    decision that issued it (the text itself); the same bracket in a sentence names another document."""
    own = "QUY CHẾ QUẢN LÝ HOẠT ĐỘNG ĐỐI NGOẠI (Ban hành kèm theo Quyết định số: 4068/QĐ-HVCTQG ngày 11/9/2014)"
    assert find_citations(own) == []
    cited = "Sở thực hiện Quy chế quản lý đoàn ra (ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 3/4/2019)."
    assert [c.number for c in find_citations(cited)] == ["12/QĐ-UBND"]


@pytest.mark.parametrize(
    ("text", "kind", "number", "date"),
    [
        ("Căn cứ Ngh đnh s 82/2001/NĐ-CP ngày 06 tháng 11 năm 2001;", "nghi_dinh", "82/2001/NĐ-CP", "2001-11-06"),
        ("Căn cứ Quyt đnh s 58/2012/QĐ-TTg ngày 24/12/2012;", "quyet_dinh", "58/2012/QĐ-TTg", "2012-12-24"),
        ("Căn cứ Thông t s 02/2012/TT-BNG ngày 3/4/2012;", "thong_tu", "02/2012/TT-BNG", "2012-04-03"),
        ("Căn cứ Ch th số 11/CT-TTg ngày 5/5/2012;", "chi_thi", "11/CT-TTg", "2012-05-05"),
        ("theo Nghquyt 11/NQ-CP ngày 5/5/2012;", "nghi_quyet", "11/NQ-CP", "2012-05-05"),
    ],
)
def test_citations_a_kind_that_lost_its_marked_letters_is_read_when_its_number_names_it(
    text: str, kind: str, number: str, date: str
) -> None:
    """A web copy whose font lost the letters with marks ("Ngh đnh", "Quyt đnh", "Thông t"): the kind is read when
    the number's own type abbreviation names the same kind."""
    (citation,) = find_citations(text)
    assert (citation.kind, citation.number, str(citation.date)) == (kind, number, date)


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Quyt đnh s 58/2012/NĐ-CP ngày 24/12/2012;",  # the number names another kind
        "Thông t 5 người đi công tác",  # no symbol: nothing says which document
        "Ch th 12/2019 về việc",  # no type abbreviation
    ],
)
def test_citations_a_kind_with_lost_letters_is_not_guessed(text: str) -> None:
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Theo Tờ trình số 881/TTr – SNV ngày 16/10/2006 của Sở Nội vụ;", "881/TTr–SNV"),
        ("Theo Tờ trình số 881/TTr–SNV ngày 16/10/2006 của Sở Nội vụ;", "881/TTr–SNV"),
        ("Căn cứ Quyết định số 12/2003/QĐ – UBND ngày 1/2/2003;", "12/2003/QĐ–UBND"),
        ("Căn cứ Báo cáo số 7/BC – STC ngày 1/2/2003;", "7/BC–STC"),
    ],
)
def test_citations_a_body_after_an_en_dash_set_with_spaces_is_part_of_the_symbol(text: str, number: str) -> None:
    (citation,) = find_citations(text)
    assert citation.number == number and citation.date is not None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Căn cứ Quyết định số 12/QĐ-UBND – Ban hành quy chế ngày 1/2/2003;", "12/QĐ-UBND"),
        ("theo Quyết định số 12/QĐ-UBND – UBND tỉnh đã giao", "12/QĐ-UBND"),
        ("theo Báo cáo số 15/BC – Sở Nội vụ ngày 1/2/2003", "15/BC"),
    ],
)
def test_citations_a_sentence_dash_after_a_whole_symbol_is_no_part_of_it(text: str, number: str) -> None:
    """Only a type alone takes a body after a spaced en dash, and only a body in capitals."""
    (citation,) = find_citations(text)
    assert citation.number == number


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Căn cứ Luật Ngân sách nhà nước số 01/2002/QH11 ngày 16 tháng 12 năm 2002; số 83/2015/QH13 ngày 25 tháng 6"
            " năm 2015;",
            [("01/2002/QH11", "2002-12-16"), ("83/2015/QH13", "2015-06-25")],
        ),
        (
            "Căn cứ Luật Đầu tư công số 49/2014/QH13 và số 39/2019/QH14;",
            [("49/2014/QH13", "None"), ("39/2019/QH14", "None")],
        ),
        (  # the number after is no law's: another document's list, not this law's
            "Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13; số 163/2016/NĐ-CP;",
            [("83/2015/QH13", "None")],
        ),
        ("Căn cứ Luật Ngân sách nhà nước năm 2015; số 83/2015/QH13;", [(None, "None")]),  # the first has no number
    ],
)
def test_citations_a_second_law_number_under_one_name_is_another_law(
    text: str, numbers: list[tuple[str | None, str]]
) -> None:
    cited = [c for c in find_citations(text) if c.kind == "luat"]
    assert [(c.number, str(c.date)) for c in cited] == numbers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Luật Cán bộ công chức năm 2009;", "Luật Cán bộ công chức năm 2009"),
        ("Căn cứ Luật Cán bộ, công chức năm 2008;", "Luật Cán bộ, công chức năm 2008"),
        ("Căn cứ Luật cán bộ, công chức;", "Luật cán bộ, công chức"),
    ],
)
def test_citations_a_known_law_written_without_its_comma_keeps_the_text_wording(text: str, name: str) -> None:
    """A known title read with a comma left out is the same law in the text's own words (labels write it so)."""
    for ocr in (True, False):
        (citation,) = find_citations(text, ocr=ocr)
        assert citation.text == name


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Theo quy định của Hiến pháp và Luật tổ chức Quốc hội, tại kỳ họp", ["Hiến pháp", "Luật tổ chức Quốc hội"]),
        ("Căn cứ Hiến pháp;", ["Hiến pháp"]),
        ("Căn cứ vào Hiến pháp, Luật Tổ chức Chính phủ;", ["Hiến pháp", "Luật Tổ chức Chính phủ"]),
        ("thực hiện nhiệm vụ theo quy định của Hiến pháp và pháp luật;", []),
        ("hành vi trái Hiến pháp, pháp luật", []),
    ],
)
def test_citations_the_constitution_named_alone_beside_a_law_or_as_a_basis(text: str, cited: list[str]) -> None:
    """ "Hiến pháp" alone is cited when a law named by its title stands beside it or a "Căn cứ" line cites it; the set
    phrase "Hiến pháp và pháp luật" names no text."""
    assert [c.text for c in find_citations(text, ocr=False)] == cited


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("Thực hiện NĐ số 82/2001/NĐ-CP ngày 06/11/2001 của Chính phủ;", "nghi_dinh", "82/2001/NĐ-CP"),
        ("Theo TT số 02/2012/TT-BNG ngày 3/4/2012;", "thong_tu", "02/2012/TT-BNG"),
        ("theo KH số 45/KH-UBND ngày 3/4/2012", "ke_hoach", "45/KH-UBND"),
        ("Nguồn: CV số 3422/UBND-NV", "cong_van", "3422/UBND-NV"),
    ],
)
def test_citations_a_kind_written_short_before_so(text: str, kind: str, number: str) -> None:
    (citation,) = find_citations(text)
    assert (citation.kind, citation.number) == (kind, number)


@pytest.mark.parametrize("text", ["Theo CT số 12/QĐ-UBND;", "Theo TT số 12 ngày 3/4/2012;"])
def test_citations_a_short_kind_whose_number_names_another_is_not_read(text: str) -> None:
    """ "CT", "TT" abbreviate other words too (Công ty, Trung tâm): read only when the number's type names the kind."""
    assert find_citations(text) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND", ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"]),
        ("Căn cứ Nghị định số 136/2007/NĐ-CP, 94/2015/NĐ-CP của Chính phủ;", ["136/2007/NĐ-CP", "94/2015/NĐ-CP"]),
        ("theo Công văn số 12/UBND-NC, 2/3 số đơn vị đã báo cáo", ["12/UBND-NC"]),  # a fraction, no number
        ("Quyết định số 12/QĐ-UBND ngày 3/4/2019, 25 đơn vị tham gia", ["12/QĐ-UBND"]),  # a count
    ],
)
def test_citations_a_list_item_without_so_is_read_when_it_has_a_symbol(text: str, numbers: list[str]) -> None:
    assert [c.number for c in find_citations(text)] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Căn cứ Chỉ thị số 05–CT/TW ngày 15/5/2016", ["05–CT/TW"]),
        ("Theo Công văn số 123/UBND–VP ngày 06/11/2001;", ["123/UBND–VP"]),
        ("Quy định 228 – QĐ/TW về việc Đảng viên đi nước ngoài", []),  # a headline's spaced dash: no number
        ("Căn cứ Thông báo số 656 – TB/HNDTW ngày 18 tháng 7 năm 2013 của Hội", ["656–TB/HNDTW"]),  # after "số"
    ],
)
def test_citations_an_en_dash_for_a_hyphen_inside_a_number(text: str, numbers: list[str]) -> None:
    assert [c.number for c in find_citations(text)] == numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Ban Thường vụ Huyện ủy có Công văn số 245-/CV/HU về việc đi nước ngoài.", ["245-/CV/HU"]),
        # the slip, then the number as it should be: one document, first form kept
        ("Theo Thông báo số 88-/TB/TU, … Thông báo số 88-TB/TU của Tỉnh ủy nêu rõ", ["88-/TB/TU"]),
        ("Thông báo số 88-/TB/TU và Thông báo số 89-TB/TU", ["88-/TB/TU", "89-TB/TU"]),
    ],
)
def test_citations_a_party_serial_with_a_hyphen_and_a_slash_typed(text: str, numbers: list[str]) -> None:
    assert [c.number for c in find_citations(text)] == numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xét đề nghị của Bộ (công văn số 1330/BVHTTDL-HTQT ngày 05 tháng 11 năm 2007 vàcông văn số "
            "1650/BVHTTDL-HTQT ngày 21 tháng 11 năm 2007) về việc",
            [("cong_van", "1330/BVHTTDL-HTQT"), ("cong_van", "1650/BVHTTDL-HTQT")],
        ),
        (
            "Căn cứ Nghị định số 12/2019/NĐ-CP vàQuyết định số 45/QĐ-TTg ngày 3/5/2019;",
            [("nghi_dinh", "12/2019/NĐ-CP"), ("quyet_dinh", "45/QĐ-TTg")],
        ),
        (
            "theo Tờ trình số 12/TTr-BNG vàcông văn 3/BNG-LS ngày 4/5/2020 của Bộ Ngoại giao",
            [("to_trinh", "12/TTr-BNG"), ("cong_van", "3/BNG-LS")],
        ),
    ],
)
def test_citations_a_kind_glued_to_the_and_before_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.kind, c.number) for c in find_citations(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn làm việc với Khoa Luật Đại học quốc gia Hà Nội và Hội Luật gia,gặp gỡ các chuyên gia.",
        "Ông là giảng viên Trường Đại học Luật Hà Nội, nghiên cứu về hợp đồng.",
        "Bà tốt nghiệp cử nhân Luật tại Pháp năm 2001.",
    ],
)
def test_citations_law_as_a_school_or_degree_is_no_law(text: str) -> None:
    """ "Luật" after "Khoa", "Đại học", "cử nhân" is what is studied, not a law's kind."""
    assert [c for c in find_citations(text) if c.kind == "luat"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the name run on by what the text says of it, and written short with initials, after a numbered mention
        "Thực hiện Luật Thuế xuất khẩu, thuế nhập khẩu đối với hàng gia công.\nV/v thực hiện Luật Thuế XK, thuế NK\n"
        "Quốc hội thông qua Luật Thuế xuất khẩu, Thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016.",
        "Triển khai Luật Thuế XK, thuế NK;\n"
        "Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016;",
    ],
)
def test_citations_a_law_named_short_or_run_on_is_the_numbered_one(text: str) -> None:
    assert [c.number for c in find_citations(text)] == ["107/2016/QH13"]


def test_citations_initials_must_stand_for_the_words() -> None:
    """ "Luật Thuế TN" is no short form of "Luật Thuế xuất khẩu": the initials must be the words'."""
    text = "Triển khai Luật Thuế XK;\nCăn cứ Luật Thuế nhập khẩu số 107/2016/QH13 ngày 06/4/2016;"
    assert len([c for c in find_citations(text) if c.kind == "luat"]) == 2


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            [dt.date(2015, 6, 19), dt.date(2015, 6, 19)],
        ),
        # each law its own number and date: no sharing
        (
            "Căn cứ Luật Đất đai và Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014;",
            [None, dt.date(2014, 6, 18)],
        ),
        ("Căn cứ Luật Đất đai; Luật Xây dựng ngày 18 tháng 6 năm 2014;", [None, dt.date(2014, 6, 18)]),
    ],
)
def test_citations_two_laws_joined_by_va_share_the_date_after_them(text: str, dates: list[dt.date | None]) -> None:
    assert [c.date for c in find_citations(text)] == dates


def test_citations_a_title_amending_a_regulation_cites_the_decision_that_issued_it() -> None:
    """In decision 3728, "SỬA ĐỔI … QUY ĐỊNH … BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND" is the amended one's."""
    text = (
        "VỀ VIỆC SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUY ĐỊNH ĐÁNH GIÁ CÁN BỘ BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 4631/QĐ-UBND "
        "NGÀY 19 THÁNG 10 NĂM 2018\n"
    )
    cited = find_citations(text, own_number="3728/QĐ-UBND", own_symbol="QĐ-UBND")
    assert [c.number for c in cited] == ["4631/QĐ-UBND"]
    # the appendix's bracket under its title names the decision itself
    attached = "QUY ĐỊNH ĐÁNH GIÁ CÁN BỘ\n(BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 3729/QĐ-UBND NGÀY 19 THÁNG 10 NĂM 2019)\n"
    assert find_citations(attached, own_number="3728/QĐ-UBND", own_symbol="QĐ-UBND") == []
