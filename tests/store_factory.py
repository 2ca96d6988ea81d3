"""Documents built in code for the store tests (fictional people, units and numbers)."""

from __future__ import annotations

import datetime as dt
import hashlib

from schemas.document import (
    Citation,
    DocType,
    Document,
    ExtractedRule,
    Funding,
    Page,
    Person,
    ReportInfo,
    Signer,
    Source,
    Span,
    TextSource,
    Trip,
    TripMember,
)

ISSUER = "UBND tỉnh Lâm Hải"


def sha(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def decision(
    label: str,
    *,
    number: str,
    issued: dt.date,
    start: dt.date,
    end: dt.date,
    members: list[tuple[str, str, str]],
    destinations: list[tuple[str, str]],
    version: str = "1",
    path: str | None = None,
    issuer: str = ISSUER,
) -> Document:
    """A decision sending `members` (name, title, unit) to `destinations` (country, ISO code)."""
    names = ", ".join(f"ông {name}" for name, _, _ in members)
    page1 = f"QUYẾT ĐỊNH Số: {number}\nCử đoàn công tác gồm {names} đi {destinations[0][0]}."
    page2 = "Thời gian công tác theo kế hoạch.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Hữu Lâm"
    text = f"{page1}\f{page2}"
    signer_at = text.index("Đỗ Hữu Lâm")
    return Document(
        source=Source(path=path or f"/inbox/{label}.pdf", sha256=sha(label), pages=2, text_source=TextSource.OCR,
                      ocr_confidence=88.5, kind="pdf", size_bytes=1000 + len(label)),
        text=text,
        pages=[Page(number=1, source=TextSource.OCR, confidence=90.0, text=page1),
               Page(number=2, source=TextSource.OCR, confidence=87.0, text=page2)],
        extractor_version=version,
        doc_type=DocType.QUYET_DINH,
        number=number,
        issuer=issuer,
        place="Lâm Hải",
        issue_date=issued,
        subject="Về việc cử cán bộ đi công tác nước ngoài",
        signer=Signer(name="Đỗ Hữu Lâm", title="Phó Chủ tịch", mode="KT.",
                      span=Span(page=2, start=signer_at, end=signer_at + len("Đỗ Hữu Lâm"))),
        citations=[Citation(text="Quy định số 12-QĐi/TU ngày 03/4/2019", kind="quy_dinh", number="12-QĐi/TU",
                            date=dt.date(2019, 4, 3), issuer="Tỉnh ủy Lâm Hải", span=Span(page=1, start=0, end=5))],
        destinations=[country for country, _ in destinations],
        destination_codes=[code for _, code in destinations],
        trip=Trip(start=start, end=end,
                  members=[TripMember(name=n, title=t, unit=u, role="trưởng đoàn" if i == 0 else None)
                           for i, (n, t, u) in enumerate(members)],
                  destinations=[country for country, _ in destinations],
                  destination_codes=[code for _, code in destinations],
                  funding=Funding.STATE_BUDGET, purpose="Khảo sát mô hình nông nghiệp"),
    )  # fmt: skip


def report(
    label: str,
    *,
    number: str,
    dated: dt.date,
    decision_number: str,
    decision_date: dt.date,
    reporter: str,
    unit: str,
) -> Document:
    """A trip report answering a decision."""
    text = f"BÁO CÁO Số: {number}\nKết quả chuyến công tác theo Quyết định số {decision_number}.\n{reporter}"
    return Document(
        source=Source(path=f"/inbox/{label}.docx", sha256=sha(label), pages=1, text_source=TextSource.DOCX,
                      kind="docx"),
        text=text,
        pages=[Page(number=1, source=TextSource.DOCX, text=text)],
        extractor_version="1",
        doc_type=DocType.BAO_CAO,
        number=number,
        issuer=unit,
        issue_date=dated,
        citations=[Citation(text=f"Quyết định số {decision_number}", kind="quyet_dinh", number=decision_number,
                            date=decision_date, span=Span(start=text.index("Quyết"), end=text.index(".\n")))],
        report=ReportInfo(reporter=reporter, reporting_unit=unit, decision_number=decision_number,
                          decision_date=decision_date),
    )  # fmt: skip


def dispatch(label: str, *, number: str, issued: dt.date, deadline_days: int) -> Document:
    """A dispatch stating a report deadline rule and citing a directive."""
    sentence = f"Báo cáo kết quả chuyến đi trong vòng {deadline_days:02d} ngày làm việc sau khi về nước."
    text = f"CÔNG VĂN Số: {number}\nThực hiện Chỉ thị số 38-CT/TW ngày 21/7/2014.\n{sentence}"
    return Document(
        source=Source(path=f"/inbox/{label}.txt", sha256=sha(label), pages=1, text_source=TextSource.PLAIN),
        text=text,
        pages=[Page(number=1, source=TextSource.PLAIN, text=text)],
        extractor_version="1",
        doc_type=DocType.CONG_VAN,
        number=number,
        issuer=ISSUER,
        issue_date=issued,
        people=[Person(name="Vũ Thị Ngân", title="Chánh Văn phòng", span=Span(start=0, end=3))],
        citations=[Citation(text="Chỉ thị số 38-CT/TW ngày 21/7/2014", kind="chi_thi", number="38-CT/TW",
                            date=dt.date(2014, 7, 21), issuer="Ban Bí thư")],
        rules=[ExtractedRule(kind="report_deadline_working_days", value=deadline_days, unit="working_days",
                             sentence=sentence, span=Span(start=text.index(sentence),
                                                          end=text.index(sentence) + len(sentence)))],
    )  # fmt: skip


def numbered_decisions(count: int, prefix: str = "d") -> list[Document]:
    """`count` distinct small decisions (for batch, bulk and kill tests)."""
    return [
        decision(
            f"{prefix}{i}",
            number=f"{100 + i}/QĐ-UBND",
            issued=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300),
            start=dt.date(2024, 2, 1) + dt.timedelta(days=i % 300),
            end=dt.date(2024, 2, 6) + dt.timedelta(days=i % 300),
            members=[
                (f"Người Thứ {i}", "Giám đốc", "Sở Công Thương"),
                (f"Người Phụ {i}", "Chuyên viên", "Sở Công Thương"),
            ],
            destinations=[("Nhật Bản", "JP")],
        )
        for i in range(count)
    ]
