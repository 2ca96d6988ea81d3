"""Real texts of issue 12 (blind51/52 as development, session 29): an acting head's signature, the 1940s committee
titles, a ward named after a person, a pháp lệnh with its issuer before its number, the old hyphenated kind words,
symbols typed in small letters, a body's "ND" that is no decree's type, the document's own number written another
way in its title line. The texts are made up for the tests."""

from pathlib import Path

import pytest

from extractors.citations import find_citations
from extractors.docnumber import parse_number
from extractors.header import parse_header
from extractors.people import find_people
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings

HEAD = """CHỦ TỊCH NƯỚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12-LCT
Hà Nội, ngày 02 tháng 3 năm 1981
LỆNH
Tặng thưởng Huân chương Lao động cho tập thể công nhân nhà máy dệt.
"""


@pytest.mark.parametrize("glue", ["\n", ""])
def test_an_acting_head_signs_with_the_office_only(glue: str) -> None:
    text = HEAD + f"QUYỀN CHỦ TỊCH\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{glue}Trần Văn Lâm\n"
    signer = parse_header(text).signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Trần Văn Lâm", "Chủ tịch nước")


def test_the_1940s_committee_titles_are_read_whole() -> None:
    text = (
        "Cử các ông sau đây vào Ủy ban Kháng chiến Khu 4:\n\nLê Văn Hiến, Ủy viên nhân dân\n\n"
        "Phạm Đức Thắng, Ủy viên hành chính.\n"
    )
    titles = {person.name: person.title for person in find_people(text)}
    assert titles == {"Lê Văn Hiến": "Ủy viên nhân dân", "Phạm Đức Thắng": "Ủy viên hành chính"}


def test_a_ward_named_after_a_person_is_no_person() -> None:
    text = (
        "1. Nhân dân và Cán bộ phường Trần Hưng Đạo, thành phố Nam Định;\n2. Chủ tịch UBND phường Lê Lợi Hoàng Văn Nam."
    )
    people = find_people(text)
    assert [(p.name, p.title) for p in people] == [("Hoàng Văn Nam", "Chủ tịch")]


def test_a_phap_lenh_with_its_issuer_before_its_number_is_that_number() -> None:
    text = (
        "Căn cứ Pháp lệnh Thư viện của Uỷ ban Thường vụ Quốc hội số 31/2000/PL-UBTVQH10, ngày 28 tháng 12 năm 2000;\n"
        "Căn cứ Nghị định số 72/2002/NĐ-CP hướng dẫn một số điều của Pháp lệnh Thư viện;\n"
        "Căn cứ Luật Đất đai của Quốc hội số nhiều điều;\n"
    )
    cited = [(c.kind, c.number, str(c.date), c.issuer) for c in find_citations(text, ocr=False)]
    assert cited[0] == ("phap_lenh", "31/2000/PL-UBTVQH10", "2000-12-28", "Uỷ ban Thường vụ Quốc hội")
    assert [c[0] for c in cited] == ["phap_lenh", "nghi_dinh", "luat"]  # the later mention by name is the same one
    assert cited[2][1:] == (None, "None", None)  # no law's number after "của": the issuer is no part of it


def test_a_kind_written_with_hyphens_is_read() -> None:
    text = "Chiếu Sắc-lệnh số 45 ngày 12 tháng 3 năm 1946 và Nghị-định số 7-NV ngày 2-4-1946 của Bộ Nội vụ;"
    cited = [(c.kind, c.number, str(c.date)) for c in find_citations(text, ocr=False)]
    assert cited == [("sac_lenh", "45", "1946-03-12"), ("nghi_dinh", "7-NV", "1946-04-02")]


def test_a_symbol_typed_in_small_letters_is_kept_as_typed_and_one_with_its_capitals() -> None:
    text = (
        "Chiểu Sắc lệnh số 5-sl ngày 10-1-1947 và Thông tư liên bộ số 9-NV/ct ngày 20-1-1947;\n"
        "Chiểu Sắc lệnh số 12/sl ngày 2/2/47 sửa đổi Sắc lệnh 5-SL ngày 10-1-47;"
    )
    cited = [(c.number, c.date_short_year) for c in find_citations(text, ocr=False)]
    assert [number for number, _ in cited] == ["5-sl", "9-NV/ct", "12/sl"]
    assert parse_number("1045/QĐ-syT") is not None
    assert parse_number("1045/QĐ-syT").number == "1045/QĐ-SYT"  # partly small: a scan's misread, in capitals


@pytest.mark.parametrize(
    ("printed", "read"),
    [("105/2019/NQ-ND", "105/2019/NQ-ND"), ("325-NV-DC-ND", "325-NV-DC-ND"), ("45/2019/ND-CP", "45/2019/NĐ-CP")],
)
def test_nd_is_a_decree_s_type_only_where_the_type_stands(printed: str, read: str) -> None:
    number = parse_number(printed)
    assert number is not None
    assert number.number == read


def test_the_document_s_own_number_with_other_separators_is_no_citation(tmp_path: Path) -> None:
    path = tmp_path / "thong-tu.txt"
    path.write_text(
        "BỘ TÀI CHÍNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 77/2001/TT-BTC\n\n"
        "Hà Nội, ngày 04 tháng 9 năm 2001\n\nTHÔNG TƯ\n\nCỦA BỘ TÀI CHÍNH SỐ 77 /2001/TT/BTC NGÀY 4 THÁNG 9 NĂM 2001 "
        "HƯỚNG DẪN BỔ SUNG THÔNG TƯ SỐ 12/2001/TT-BTC NGÀY 4/5/2001\n\nBộ Tài chính bổ sung thông tư số "
        "12/2001/TT-BTC ngày 4/5/2001 như sau:\n",
        encoding="utf-8",
    )
    document = extract_file(path, Settings())
    assert document.number == "77/2001/TT-BTC"
    assert [c.number for c in document.citations] == ["12/2001/TT-BTC"]


def test_a_name_signed_on_its_own_line_in_cell_marks_is_the_signer(tmp_path: Path) -> None:
    path = tmp_path / "sac-lenh.txt"
    path.write_text(
        "SẮC LỆNH\nCỦA CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ SỐ 12-SL NGÀY 2 THÁNG 3 NĂM 1951\n"
        "Chiểu sắc lệnh số 5-SL ngày 20 tháng 8 năm 1950;\nRA SẮC LỆNH:\nĐiều 1: Nay đặt Huân chương.\n"
        "| Tôn Đức Thắng (Đã ký)\n|\n",
        encoding="utf-8",
    )
    signer = extract_file(path, Settings()).signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Tôn Đức Thắng", None)


def test_a_title_keeps_the_dash_it_was_printed_with() -> None:
    text = (
        "ông Trần Văn Hải, Phó Chủ tịch - Tổng thư ký Hội Nông dân và ông Lê Văn Minh, Phó Chủ tịch – Tổng thư ký Hội."
    )
    assert [p.title for p in find_people(text)] == ["Phó Chủ tịch - Tổng thư ký", "Phó Chủ tịch – Tổng thư ký"]


def test_the_constitution_with_its_two_words_glued_is_cited() -> None:
    cited = find_citations("Căn cứ vào điều 50 của Hiếnpháp năm 1980;", ocr=False)
    assert [(c.kind, c.text) for c in cited] == [("hien_phap", "Hiếnpháp năm 1980")]


def test_an_authority_line_in_capitals_names_the_head_of_state() -> None:
    text = "SẮC LỆNH\nCHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA TÔN ĐỨC THẮNG\nChiểu sắc lệnh số 5-SL;\n"
    people = [(p.name, p.title) for p in find_people(text)]
    assert people == [("Tôn Đức Thắng", "Chủ tịch nước")]
    heading = "SẮC LỆNH\nCHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA BAN HÀNH LUẬT\n"
    assert find_people(heading) == []  # capitals that are no name from a family
