"""Date and number formatting, and the citations documents make, in the forms Vietnamese documents use."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from schemas.document import Citation


def _month(month: int) -> str:
    """Months 1 and 2 take a leading zero in state documents (Nghị định 30/2020/NĐ-CP)."""
    return f"{month:02d}" if month <= 2 else str(month)


def words(day: dt.date, party: bool = False) -> str:
    """'ngày 05 tháng 02 năm 2025' (state) or 'ngày 5 tháng 2 năm 2025' (party style, no padding)."""
    if party:
        return f"ngày {day.day} tháng {day.month} năm {day.year}"
    return f"ngày {day.day:02d} tháng {_month(day.month)} năm {day.year}"


def slash(day: dt.date, year: bool = True) -> str:
    """'05/3/2025' — day padded under 10, month padded only for 1 and 2."""
    text = f"{day.day:02d}/{_month(day.month)}"
    return f"{text}/{day.year}" if year else text


def hyphen(day: dt.date, short_year: bool = False) -> str:
    """Party style: '21-7-2014' or '31-3-16'."""
    year = f"{day.year % 100:02d}" if short_year else str(day.year)
    return f"{day.day}-{day.month}-{year}"


def symbol_of(number: str) -> str:
    """The number without its serial: '15/2024/QĐ-UBND' → '2024/QĐ-UBND', '05-KH/TU' → 'KH/TU'."""
    if "/" in number and (number.index("/") < number.index("-") if "-" in number else True):
        return number.split("/", 1)[1]
    return number.split("-", 1)[1]


@dataclass(frozen=True)
class Ref:
    """A document that can be cited: its kind label as written, number, date and issuer."""

    kind: str  # contract slug: quyet_dinh, chi_thi, ...
    label: str  # "Quyết định", "Chỉ thị"
    number: str | None
    date: dt.date | None
    issuer: str | None  # issuer as the citation writes it
    about: str = ""  # trailing description: "về công tác văn thư"
    party: bool = False
    title: str | None = None  # for laws: "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam"


def cite(ref: Ref, rng: random.Random, form: str | None = None) -> tuple[str, Citation]:
    """The citation as written in one of the usual forms, and its ground truth.

    Forms: 'full' (số, ngày, của), 'words' (date in words), 'bare' (number only, no 'số', no date),
    'law' (a law by name and year).
    """
    if ref.title is not None:
        year = ref.date.year if ref.date else None
        if ref.date and (form or rng.choice(["year", "date"])) == "date":
            text = f"{ref.title} {words(ref.date)}"
            return text, Citation(text=text, kind=ref.kind, number=ref.number, date=ref.date, issuer=None)
        text = f"{ref.title} năm {year}"
        return text, Citation(text=text, kind=ref.kind, number=None, date=None, issuer=None)
    form = form or rng.choice(["full", "full", "words", "bare"] if not ref.party else ["full", "full"])
    assert ref.number is not None
    if form == "bare":
        text = f"{ref.label} {ref.number}"
        return text, Citation(text=text, kind=ref.kind, number=ref.number, date=None, issuer=None)
    assert ref.date is not None
    if ref.party:
        date_text = rng.choice([f", ngày {hyphen(ref.date)}", f" ngày {hyphen(ref.date)}"])
    elif form == "words":
        date_text = f" {words(ref.date)}"
    else:
        date_text = f" ngày {slash(ref.date)}"
    issuer = f" của {ref.issuer}" if ref.issuer else ""
    text = f"{ref.label} số {ref.number}{date_text}{issuer}"
    truth = Citation(text=text, kind=ref.kind, number=ref.number, date=ref.date, issuer=ref.issuer)
    return text, truth


CT38 = Ref("chi_thi", "Chỉ thị", "38-CT/TW", dt.date(2014, 7, 21), "Bộ Chính trị", party=True)
ND30 = Ref("nghi_dinh", "Nghị định", "30/2020/NĐ-CP", dt.date(2020, 3, 5), "Chính phủ")
TT04 = Ref("thong_tu", "Thông tư", "04/2020/TT-BNG", dt.date(2020, 9, 25), "Bộ Ngoại giao")
LUAT_XNC = Ref(
    "luat", "Luật", None, dt.date(2019, 11, 22), None, title="Luật Xuất cảnh, nhập cảnh của công dân Việt Nam"
)
LUAT_CQDP_2015 = Ref("luat", "Luật", None, dt.date(2015, 6, 19), None, title="Luật Tổ chức chính quyền địa phương")
LUAT_CQDP_2025 = Ref("luat", "Luật", None, dt.date(2025, 2, 19), None, title="Luật Tổ chức chính quyền địa phương")
