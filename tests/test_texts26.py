"""Session 26 (texts26, issue 12): headed documents' citations and kinds left from blind45 + blind46, each on a
snippet written here: a company's letter numbered without a slash, a kind qualified before a "số" that lost its mark,
the page title above a header whose number has a stray space, a công văn whose symbol opens with a body's "CT", and a
page that lost every marked letter (a number before its dateline, an Đề án printed "n")."""

from pathlib import Path

from extractors.citations import find_citations
from extractors.docnumber import parse_number
from extractors.doctype import classify
from extractors.issuer import finished_issuer, supreme_body
from extractors.people import find_people
from extractors.places import find_places
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import DocType


def _cited(text: str, own_number: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.number, str(c.date) if c.date else None) for c in find_citations(text, own_number)]


def test_a_letter_numbered_by_digits_and_capitals_is_cited_with_its_date() -> None:
    text = (
        "Cục Thuế nhận được công văn\nsố 190301MD đề ngày 08/03/2019 của Công ty TNHH A bổ sung cho công văn số "
        "181101MD đề ngày 21/11/2018, công văn số 181101MD đề ngày 24/12/2018 của công ty."
    )
    assert _cited(text) == [
        ("cong_van", "190301MD", "2019-03-08"),
        ("cong_van", "181101MD", "2018-11-21"),
        ("cong_van", "181101MD", "2018-12-24"),
    ]


def test_digits_and_capitals_need_so_and_a_date() -> None:
    """Without "số" before it or a date after it, "2019MD" is no number read for sure."""
    assert _cited("theo công văn 190301MD của Công ty A.") == []
    assert _cited("theo công văn số 190301MD của Công ty A.") == []


def test_a_qualified_kind_before_a_so_that_lost_its_mark() -> None:
    text = "Khai thác công văn đính chính s 2736/TCHQ-TXNK ngày 03/6/2021 (mục công văn đến s 4291 ngày 03/6/2021)."
    assert _cited(text) == [("cong_van", "2736/TCHQ-TXNK", "2021-06-03")]


def test_a_page_title_above_a_header_whose_number_has_a_stray_space_is_the_document_itself() -> None:
    text = (
        "Hướng dẫn số 04/2011/HD-VKSTC-V4\n\nVIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO\n\nSố: 04/HD-VKSTC- V4\n\n"
        "Hà Nội, ngày 20 tháng 01 năm 2011\n\nHƯỚNG DẪN\n\nThực hiện Chỉ thị số 01/2011/CT-VKSTC ngày 01/01/2011."
    )
    assert _cited(text, own_number="04/HD-VKSTC-V4") == [("chi_thi", "01/2011/CT-VKSTC", "2011-01-01")]


def test_a_v_v_line_makes_a_deciding_kinds_abbreviation_a_bodys() -> None:
    """ "CT" is a chỉ thị's type and Cục Thuế's (or a company's) initials: under a "V/v" line and no title the
    document is a công văn; without the V/v line the type stands."""
    number = parse_number("26998/CT-TTHT")
    assert classify(None, number, has_vv=True, abbreviated_vv=True) == DocType.CONG_VAN
    assert classify(None, number, has_vv=False) == DocType.CHI_THI
    assert classify(None, parse_number("12/TB-UBND"), has_vv=True, abbreviated_vv=True) == DocType.THONG_BAO


def test_a_spelled_out_subject_leaves_a_decisions_abbreviation_its_kind(tmp_path: Path) -> None:
    """A scan that lost a decision's "QUYẾT ĐỊNH" title keeps its spelled-out "Về việc …" subject, which every
    decision prints: the number's "QĐ" stands (only the abbreviated "V/v" marks a công văn)."""
    assert classify(None, parse_number("1402/QĐ-UBND"), has_vv=True) == DocType.QUYET_DINH
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH A\nSố: 14/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "A, ngày 3 tháng 3 năm 2026\nVề việc cử cán bộ đi công tác nước ngoài\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH A\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nĐiều 1. Cử ông Nguyễn Văn B đi công tác tại Lào.\n"
    )
    path = tmp_path / "lost-title.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_file(path, Settings()).doc_type == DocType.QUYET_DINH
    path.write_text(text.replace("Về việc", "V/v"), encoding="utf-8")
    assert extract_file(path, Settings()).doc_type == DocType.CONG_VAN


_JOINED_CELL = (
    "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH A\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n|\nSố: 2699/CT-TTHT\nV/v ưu đãi thuế\n|\nHà Nội, ngày 26 tháng 04 năm 2019\n|\n"
    "Kính gửi: Công ty TNHH B\nCục Thuế tỉnh A nhận được công văn số 19/CV-B của Công ty. Cục Thuế có ý kiến như sau.\n"
)


def test_a_v_v_line_joined_onto_the_number_line_is_a_cong_van(tmp_path: Path) -> None:
    """A web copy's cell ("Số: …" / "V/v …" between "|" rows) joined into one line keeps the V/v after the number."""
    path = tmp_path / "joined.txt"
    path.write_text(_JOINED_CELL, encoding="utf-8")
    assert extract_file(path, Settings()).doc_type == DocType.CONG_VAN


_LOST = (
    "UBND TNH AN GIANG CNG HO X HI CH NGHA VIT NAM\n\nS TI CHNH c l p - T do - Hanh phuc\n\n"
    "S: 07 /HD-STC An Giang, ngay 12 thang 01 nm 2017\n\nHNG DN\n"
    "Thc hin K hoch s 4350/KH-UBND ngy 08/10/2014 ca y ban nhn dn tnh; n s 3020/A-UBND ngy 28/9/2009 ca y "
    "ban nhn dn tnh; n s 3021/KH-UBND ngy 29/9/2009.\n"
)


def test_a_number_before_its_dateline_without_marks_ends_at_the_place(tmp_path: Path) -> None:
    path = tmp_path / "lost.txt"
    path.write_text(_LOST, encoding="utf-8")
    document = extract_file(path, Settings())
    assert document.number == "07/HD-STC"
    assert "number.unreadable" not in [error.code for error in document.errors]


def test_a_de_an_without_marks_is_cited_only_where_its_type_agrees(tmp_path: Path) -> None:
    """ "n s 3020/A-UBND": "Đề án" and its "ĐA" lost alike; "n s 3021/KH-UBND" names no Đề án."""
    path = tmp_path / "lost.txt"
    path.write_text(_LOST, encoding="utf-8")
    cited = [(c.kind, c.number, str(c.date)) for c in extract_file(path, Settings()).citations]
    assert ("de_an", "3020/A-UBND", "2009-09-28") in cited
    assert "3021/KH-UBND" not in [number for _, number, _ in cited]


def _offices(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_an_office_chain_before_a_foreign_holder_gives_its_first_office() -> None:
    """ "Phó Thủ tướng, Chủ tịch Hội hữu nghị Campuchia-Việt Nam, bà X": the chain's first office; the friendship
    body's two countries joined by a hyphen are places, no name."""
    text = "Ngày 29/7, Phó Thủ tướng, Chủ tịch Hội hữu nghị Campuchia-Việt Nam, bà Men Sam Ol, đã tiếp Đoàn."
    assert _offices(text) == [("Men Sam Ol", "Phó Thủ tướng")]
    text = "Ngày 29/7, Chủ tịch Hội hữu nghị Campuchia-Việt Nam, bà Men Sam Ol, đã tiếp Đoàn."
    assert _offices(text) == [("Men Sam Ol", "Chủ tịch")]


def test_a_quotes_source_in_lower_case_before_the_holder() -> None:
    text = "Bản tin trích lời phát ngôn viên chính phủ Thái lan, ông Surapong Suebwonglee nói rằng họ sẵn sàng."
    assert _offices(text) == [("Surapong Suebwonglee", "Phát ngôn viên")]
    assert _offices("Hội nghị có các giám đốc sở, ông Nguyễn Văn An phát biểu.") == [("Nguyễn Văn An", None)]


def test_an_office_named_before_is_and_its_holder() -> None:
    text = "Để triển khai MOU này, Bộ trưởng tiền nhiệm của bà là ông Ze Zung Bo đã có chuyến thăm."
    assert _offices(text) == [("Ze Zung Bo", "Bộ trưởng tiền nhiệm")]
    people = find_people("Giám đốc Sở Ngoại vụ hiện nay là ông Nguyễn Văn An cho biết.")
    assert [(p.title, p.unit) for p in people] == [("Giám đốc", "Sở Ngoại vụ")]
    assert _offices("Trưởng đoàn là ông Nguyễn Văn An.") == [("Nguyễn Văn An", None)]  # a role, no office
    assert _offices("Người được cử làm Giám đốc là ông Nguyễn Văn An.") == [("Nguyễn Văn An", None)]


def test_a_capital_spelt_as_one_word_is_the_same_place() -> None:
    """ "Phnomphenh" in the sending sentence and "Phnom Penh" in a caption: one place, as first written."""
    text = (
        "Đoàn cựu chiến binh tỉnh vừa có chuyến thăm lại chiến trường xưa ở tỉnh Kratie và Phnomphenh (Vương quốc "
        "Campuchia).\nĐoàn chụp ảnh lưu niệm ở thủ đô Phnom Penh, Campuchia."
    )
    assert [p.name for p in find_places(text) if p.country == "KH" and p.level.value == "city"] == ["Phnomphenh"]


def test_a_bodys_abbreviation_split_by_a_space_is_one_symbol() -> None:
    text = "Căn cứ Thông tư số 28/2009/TT-BGD ĐT ngày 21 tháng 10 năm 2009 ban hành quy định về chế độ làm việc;"
    assert _cited(text) == [("thong_tu", "28/2009/TT-BGDĐT", "2009-10-21")]


def test_a_sentence_dated_before_the_issuer_after_cua_dates_its_document() -> None:
    text = (
        "Căn cứ chế độ báo cáo áp dụng đối với Bộ, Ngành, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội (BHXH) Việt Nam "
        "ban hành Công văn số 2070/BHXH-KHTC về báo cáo thống kê hàng tháng."
    )
    assert _cited(text) == [("cong_van", "2070/BHXH-KHTC", "2009-06-29")]


def test_the_own_number_cited_with_another_years_date_is_an_earlier_document() -> None:
    text = "Thực hiện chỉ đạo của UBND tỉnh tại Chỉ thị số 07/CT-UBND ngày 31/5/2021; các sở đã triển khai."
    assert _cited(text, own_number="07/CT-UBND") == []
    cited = [(c.number, str(c.date)) for c in find_citations(text, "07/CT-UBND", own_year=2023)]
    assert cited == [("07/CT-UBND", "2021-05-31")]
    assert find_citations(text, "07/CT-UBND", own_year=2021) == []


def test_a_number_with_its_year_cited_with_two_dates_of_that_year_is_one_document() -> None:
    text = (
        "Căn cứ Nghị định số 60/2003/NĐ-CP ngày 26 tháng 06 năm 2003 của Chính phủ; Thông tư số 59/2003/TT-BTC ngày "
        "23/6/2003 của Bộ Tài chính hướng dẫn Nghị định số 60/2003/NĐ-CP ngày 6 tháng 6 năm 2003 của Chính phủ qui "
        "định chi tiết; Chỉ thị số 12/CT-UBND ngày 3/4/2019 và Chỉ thị số 12/CT-UBND ngày 5/6/2020."
    )
    cited = find_citations(text)
    assert [(c.number, str(c.date), c.issuer) for c in cited] == [
        ("60/2003/NĐ-CP", "2003-06-26", "Chính phủ"),
        ("59/2003/TT-BTC", "2003-06-23", "Bộ Tài chính"),
        ("12/CT-UBND", "2019-04-03", None),
        ("12/CT-UBND", "2020-06-05", None),
    ]


def test_a_lists_next_number_right_after_the_first_keeps_the_lists_kind() -> None:
    """ "các công điện số 247/MT … và 36/MT …": both công điện; after a description, a number with no type under a
    typed kind is still a công văn."""
    text = "Chiểu đề nghị trong các công điện số 247/MT ngày 13-7-1949 và 36/MT ngày 9-9-1949, nay quyết định."
    assert _cited(text) == [("cong_dien", "247/MT", "1949-07-13"), ("cong_dien", "36/MT", "1949-09-09")]
    text = (
        "Căn cứ các Công văn của Bộ Tài chính: Số 1060/BTC-QLGCS ngày 3/2/2024 hướng dẫn Nghị định số "
        "104/2024/NĐ-CP; số 1187/BTC-ĐT ngày 5/2/2024 về việc báo cáo."
    )
    assert ("cong_van", "1187/BTC-ĐT", "2024-02-05") in _cited(text)


def test_a_cut_ministry_is_finished_by_the_abbreviation_its_number_holds() -> None:
    """ "BỘ VĂN HOÁ, THỂ THAO" over "Số: 274/CT-BVHTTDL" (the cell's last line lost, no line under the title naming
    it): the one ministry it starts, since the symbol holds its initials; without them it stays unread."""
    assert finished_issuer("Bộ Văn hoá, Thể thao", [], "274/CT-BVHTTDL") == "Bộ Văn hóa, Thể thao và Du lịch"
    assert finished_issuer("Bộ Văn hoá, Thể thao", [], "274/CT-UBND") is None
    assert finished_issuer("Bộ Văn hoá, Thể thao", []) is None


def test_a_judicial_bodys_line_kept_alone_is_the_supreme_one_its_symbol_names() -> None:
    assert supreme_body("Viện Kiểm sát nhân dân", "01/2009/CT-VKSTC") == "Viện Kiểm sát nhân dân tối cao"
    assert supreme_body("Tòa án nhân dân", "12/2020/QĐ-TANDTC") == "Tòa án nhân dân tối cao"
    assert supreme_body("Viện Kiểm sát nhân dân", "15/QĐ-VKS") == "Viện Kiểm sát nhân dân"
    assert supreme_body("Viện Kiểm sát nhân dân tỉnh Hà Nam", "15/QĐ-VKSTC") == "Viện Kiểm sát nhân dân tỉnh Hà Nam"


def test_a_council_whose_copy_lost_a_letter_is_named_in_running_form(tmp_path: Path) -> None:
    """ "HỘI ĐNG NHÂN DÂN / TỈNH TRÀ VINH": restored and written as a whole header would read, "HĐND tỉnh …"."""
    text = (
        "HỘI ĐNG NHÂN DÂN\nTỈNH TRÀ VINH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 85/2019/NQ-HĐND\n\nTrà Vinh, ngày 12 tháng 07 năm 2019\n\nNGHỊ QUYẾT\nVề việc ban hành quy định\n"
    )
    path = tmp_path / "council.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_file(path, Settings()).issuer == "HĐND tỉnh Trà Vinh"


def _laws(text: str) -> list[tuple[str, str | None]]:
    return [(c.text, str(c.date) if c.date else None) for c in find_citations(text) if c.kind == "luat"]


def test_an_organic_law_named_in_lower_case() -> None:
    """ "Luật tổ chức Hội đồng Bộ trưởng" (an older text's case): a law, read to its date."""
    text = "Căn cứ điều 16 của Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981;"
    assert _laws(text) == [("Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981", "1981-07-04")]
    assert _laws("Căn cứ Luật này, các cơ quan thực hiện.") == []


def test_a_bill_is_no_law_cited() -> None:
    text = "Ông A, Tổ trưởng Tổ biên tập Dự án Luật HTX (sửa đổi) làm trưởng đoàn; dự thảo Luật Đất đai (sửa đổi)."
    assert _laws(text) == []


def test_a_known_laws_title_written_with_a_dash_is_kept_as_written() -> None:
    text = "Căn cứ Luật thi đua – khen thưởng ngày 26 tháng 11 năm 2003;"
    assert _laws(text) == [("Luật thi đua – khen thưởng ngày 26 tháng 11 năm 2003", "2003-11-26")]


def test_a_glued_khmer_name_after_an_honorific_and_before_its_office() -> None:
    text = "Đoàn tiếp nhận tặng phẩm từ Ngài DyVichea, Chủ tịch Hội LHTN Campuchia tỉnh Svay Rieng."
    assert _offices(text) == [("DyVichea", "Chủ tịch")]
    assert _offices("Ông DyVichea cho biết.") == []  # no office: nothing says it is a person


def test_the_head_of_a_unit_is_an_office() -> None:
    text = "Đoàn được nghe bà Jieun Park – Trưởng đơn vị về Hợp tác Pháp chế thuộc Bộ giới thiệu về Bộ."
    assert _offices(text) == [("Jieun Park", "Trưởng đơn vị")]
