"""Regressions for the causes of the forty-seventh blind scenario's misses and extras, on sentences of our own.

Why: each case here lost a trip or made a wrong finding on a hand-written scenario (Lai Châu 2026): a party
committee's decision sending a delegation "thăm, làm việc tại tỉnh …" of a neighbouring country named by its
provinces only (no country, no "đi") was read as no trip at all.
"""

from __future__ import annotations

from extractors.trips import is_trip_decision
from schemas.document import DocType, Document, Source


def _decision(text: str) -> Document:
    return Document(source=Source(path="d.txt", sha256="d" * 64, pages=1), text=text, doc_type=DocType.QUYET_DINH)


def test_a_delegation_sent_to_foreign_provinces_without_a_country_is_a_trip() -> None:
    """ "cử đoàn … thăm, làm việc tại tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà": no country, no "đi", yet the
    gazetteer knows both provinces of Lào; a visit to a Vietnamese province stays no trip."""
    abroad = (
        "QUYẾT ĐỊNH\ncử đoàn đại biểu Tỉnh ủy thăm, làm việc tại tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà\n"
        "Điều 1. Cử đoàn đại biểu Tỉnh ủy thăm hữu nghị, làm việc từ ngày 20/4/2026 đến ngày 24/4/2026."
    )
    assert is_trip_decision(_decision(abroad))
    home = abroad.replace("tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà", "tỉnh Điện Biên và tỉnh Sơn La")
    assert not is_trip_decision(_decision(home))
