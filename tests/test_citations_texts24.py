"""Citations and doc_type issue 12 (texts24, blind41-42 as development): a Quy chế whose copy ran its title, subject
and "(Ban hành kèm theo …)" onto one line after a list's dash; one number and symbol cited under two kinds. Sentences
written for these tests."""

from __future__ import annotations

from extractors.citations import find_citations
from extractors.doctype import copied_title_type
from schemas.document import DocType

_RUN_ON = (
    "- QUY CHẾ Về công tác thi đua, khen thưởng của Sở Nội vụ (Ban hành kèm theo Quyết định số 12/2020/QĐ-UBND "
    "ngày 3 tháng 4 năm 2020 của Ủy ban nhân dân tỉnh) Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi điều chỉnh Quy chế "
    "này quy định việc khen thưởng theo Luật Thi đua, khen thưởng năm 2003."
)


def test_a_quy_che_run_onto_one_line_after_a_dash_is_typed_by_its_title() -> None:
    assert copied_title_type([_RUN_ON]) is DocType.QUY_CHE


def test_a_quy_che_run_onto_one_line_does_not_cite_its_issuing_decision() -> None:
    assert [c.number for c in find_citations(_RUN_ON)] == [None]  # the law alone


def test_kem_theo_inside_a_sentence_still_cites() -> None:
    text = "Sở đã triển khai Quy chế được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 5/3/2020 của UBND tỉnh."
    assert [c.number for c in find_citations(text)] == ["81/QĐ-UBND"]


def test_one_number_and_symbol_under_two_kinds_is_one_document() -> None:
    text = (
        "Thực hiện Thông báo số 31/TB-VPCP ngày 25/2/2021 của Văn phòng Chính phủ, UBND huyện yêu cầu các xã thực "
        "hiện nghiêm Kết luận số 31/TB-VPCP ngày 25/02/2021 và Thông báo số 31/TB-UBND ngày 02/02/2021."
    )
    assert [(c.kind, c.number) for c in find_citations(text)] == [
        ("thong_bao", "31/TB-VPCP"),
        ("thong_bao", "31/TB-UBND"),
    ]
