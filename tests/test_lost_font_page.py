"""A page whose font lost the Vietnamese letters outside Latin-1 and that prints no motto (issue 12, texts24; blind42
as development): told from a foreign text by the documents it cites ("số", or the "s" left of it, before a number
and its symbol), read with `text.marks_lost` for what survives — kinds from a closed set, numbers and dates from
their digits — never spelt back. The page is written here as such a font prints it."""

from pathlib import Path

from extractors.language import is_vietnamese, lost_marks
from extractors.lost_marks import lost_form
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import DocType, Status

_LOST_FONT = (
    "Tm hon t chc Hi ch xuân 2021\n\n"
    "UBND huyn Yên Phong va ban hành Cng vn s 115/UBND-VH&TT v vic tm hon t chc Hi ch xuân. Vic tm hon "
    "nhm thc hin Ch th s 05/CT-TTg ngày 28-1-2021 ca Th tng Chính ph; Công in s 210/C-BVHTTDL ngày "
    "2-2-2021 ca B Vn hóa, Th thao và Du lch v vic phòng, chng dch trong hot ng l hi.\n"
)
_ONE_CODE = (
    "The report lists the form s 12/AB-CD among the annexes and describes how each office fills it in each year."
)


def test_a_page_citing_documents_the_vietnamese_way_lost_its_marks() -> None:
    assert not is_vietnamese(_LOST_FONT) and lost_marks(_LOST_FONT)


def test_one_code_in_a_foreign_text_is_no_citation_of_a_vietnamese_page() -> None:
    assert not is_vietnamese(_ONE_CODE) and not lost_marks(_ONE_CODE)


def test_a_letter_the_font_kept_still_fits_its_phrase() -> None:
    assert lost_form("Công văn").fullmatch("Công vn") is not None
    assert lost_form("Công điện").fullmatch("Công in") is not None
    assert lost_form("Công văn").fullmatch("Cảng vn") is None


def test_the_page_is_read_for_its_citations_and_no_header(tmp_path: Path) -> None:
    path = tmp_path / "lost-font.txt"
    path.write_text(_LOST_FONT, encoding="utf-8")
    document = extract_file(path, Settings())
    assert document.status is Status.PARTIAL and [error.code for error in document.errors] == ["text.marks_lost"]
    assert (document.doc_type, document.number, document.issuer, document.issue_date) == (
        DocType.OTHER,
        None,
        None,
        None,
    )
    assert sorted((c.kind, c.number, str(c.date)) for c in document.citations) == [
        ("chi_thi", "05/CT-TTg", "2021-01-28"),
        ("cong_dien", "210/C-BVHTTDL", "2021-02-02"),
        ("cong_van", "115/UBND-VH&TT", "None"),
    ]
