"""Documents with values no machine read for sure, built in code for the review tests (fictional people)."""

from __future__ import annotations

import datetime as dt

from schemas.document import Box, Document, ErrorItem, Page, Signer, TextSource, Word
from tests.store_factory import decision, sha


def unread_decision(
    label: str, *, number: str = "152/QĐ-UBND", path: str | None = None, version: str = "1"
) -> Document:
    """A scanned decision whose number the extractor could not read: number null, `number.unreadable`.

    Page 1 carries OCR words, so the item gets the box of the "Số:" line."""
    document = decision(
        label,
        number=number,
        issued=dt.date(2025, 3, 2),
        start=dt.date(2025, 3, 10),
        end=dt.date(2025, 3, 14),
        members=[("Lục Văn Thịnh", "Giám đốc", "Sở Nông nghiệp")],
        destinations=[("Nhật Bản", "JP")],
        version=version,
        path=path,
    )
    words = [
        Word(text="Số:", box=Box(left=200, top=300, width=60, height=30), confidence=91.0, line=3),
        Word(text="l5?/QĐ-UBND", box=Box(left=270, top=300, width=220, height=30), confidence=22.0, line=3),
        Word(text="QUYẾT", box=Box(left=900, top=500, width=120, height=40), confidence=95.0, line=5),
    ]
    page1 = document.pages[0].model_copy(update={"words": words})
    return document.model_copy(
        update={
            "number": None,
            "pages": [page1, *document.pages[1:]],
            "errors": [ErrorItem(code="number.unreadable", message="cannot read number 'l5?/QĐ-UBND'", page=1)],
        }
    )


def faint_signer(label: str) -> Document:
    """A scanned decision whose signer's name was read under a seal, with low word confidence."""
    document = decision(
        label,
        number="77/QĐ-UBND",
        issued=dt.date(2025, 5, 2),
        start=dt.date(2025, 5, 10),
        end=dt.date(2025, 5, 14),
        members=[("Hà Thị Mai", "Phó Giám đốc", "Sở Tài chính")],
        destinations=[("Lào", "LA")],
    )
    page2 = document.pages[1]
    words = [
        Word(text="Đỗ", box=Box(left=1500, top=2900, width=50, height=35), confidence=41.0, line=9),
        Word(text="Hữu", box=Box(left=1560, top=2900, width=70, height=35), confidence=55.0, line=9),
        Word(text="Lâm", box=Box(left=1640, top=2900, width=70, height=35), confidence=38.0, line=9),
    ]
    signer = document.signer or Signer()
    return document.model_copy(
        update={"pages": [document.pages[0], page2.model_copy(update={"words": words})], "signer": signer}
    )


def blank_number_memo(label: str, *, source: TextSource) -> Document:
    """A one-page memo whose "Số:" slot is blank, read from a scan or from a Word file."""
    text = "CÔNG VĂN\nSố: /UBND-VP\nV/v tổ chức đoàn công tác"
    return Document.model_validate(
        {
            "source": {"path": f"/inbox/{label}", "sha256": sha(label), "pages": 1, "text_source": source.value,
                       "kind": "pdf" if source is TextSource.OCR else "docx"},
            "text": text,
            "pages": [Page(number=1, source=source, text=text).model_dump()],
            "extractor_version": "1",
            "symbol": "UBND-VP",
            "errors": [{"code": "number.blank", "message": "number left blank; symbol kept"}],
        }
    )  # fmt: skip
