"""Documents with values no machine read for sure, built in code for the review tests (fictional people)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PIL import Image, ImageDraw

from schemas.document import Box, Document, ErrorItem, Funding, Page, Signer, TextSource, Word
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


def scanned_png(folder: Path, label: str, *, text_on_page: str = "") -> Document:
    """A real PNG "scan" on disk (a dispatch header drawn with PIL) whose number the extractor could not read,
    with OCR words placed where the drawing put them, so crops are cut from the actual file."""
    image = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(image)
    draw.text((120, 100), "UY BAN NHAN DAN", fill=0, font_size=32)
    draw.text((120, 170), "So:   ?? /UBND-VP", fill=0, font_size=32)
    draw.text((500, 400), "CONG VAN", fill=0, font_size=48)
    path = folder / f"{label}.png"
    image.save(path, format="PNG")
    data = path.read_bytes()
    words = [
        Word(text="Số:", box=Box(left=120, top=170, width=60, height=34), confidence=90.0, line=2),
        Word(text="??/UBND-VP", box=Box(left=210, top=170, width=250, height=34), confidence=12.0, line=2),
    ]
    text = f"UBND\nSố: ??/UBND-VP\nCÔNG VĂN\n{text_on_page}"
    return Document.model_validate(
        {
            "source": {"path": str(path), "sha256": hashlib.sha256(data).hexdigest(), "pages": 1,
                       "text_source": "ocr", "kind": "image", "size_bytes": len(data), "ocr_confidence": 70.0},
            "text": text,
            "pages": [Page(number=1, source=TextSource.OCR, confidence=70.0, text=text, words=words).model_dump()],
            "extractor_version": "1",
            "symbol": "UBND-VP",
            "subject": "V/v đoàn công tác",
            "errors": [{"code": "number.unreadable", "message": "cannot read number '??/UBND-VP'", "page": 1}],
        }
    )  # fmt: skip


def three_trips_one_person(ocr_confidence: float = 88.5, first_paid_by: str | None = None) -> list[Document]:
    """Three 2024 trips of one official (t3, t5, t7): the third breaks the default two-trips-a-year rule (a
    date-based check); `first_paid_by`: a firm pays the first one, which breaks the no-enterprise rule (a check
    on the decision's values, not its dates)."""
    trips = []
    for month in (3, 5, 7):
        document = decision(f"t{month}", number=f"{10 + month}/QĐ-UBND", issued=dt.date(2024, month, 1),
                            start=dt.date(2024, month, 10), end=dt.date(2024, month, 14),
                            members=[("Lục Văn Thịnh", "Giám đốc", "Sở Nông nghiệp")],
                            destinations=[("Lào", "LA")])  # fmt: skip
        read = document.source.model_copy(update={"ocr_confidence": ocr_confidence})
        trip = document.trip
        if first_paid_by and month == 3 and trip is not None:
            trip = trip.model_copy(update={"funding": Funding.ENTERPRISE, "sponsor": first_paid_by})
        trips.append(document.model_copy(update={"source": read, "trip": trip}))
    return trips


def three_trips_one_misspelt_person() -> list[Document]:
    """`three_trips_one_person` with the third decision's member read with a letter slip ("Thjnh"): the match that
    makes it his third trip scores under the person threshold, a doubt a person settles."""
    trips = three_trips_one_person(ocr_confidence=95.0)
    third = trips[2]
    assert third.trip is not None
    member = third.trip.members[0].model_copy(update={"name": "Lục Văn Thjnh"})
    return [*trips[:2], third.model_copy(update={"trip": third.trip.model_copy(update={"members": [member]})})]
