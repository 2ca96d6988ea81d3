"""Document numbers and symbols ("số và ký hiệu"): one grammar for the header and for citations.

Three families (Nghị định 30/2020/NĐ-CP and party rules): state normative with a year "15/2024/QĐ-UBND",
administrative "1271/UBND-NC" (a công văn has no type abbreviation), party "1438-CV/TU", "05-KH/BTC-SNV".
Values are kept as printed with the spaces OCR or typists put around separators removed, and with the
look-alike letters tesseract produces in type abbreviations repaired ("QD" cannot be a type, "QĐ" is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Type abbreviations (state and party) → the kind of document they name.
TYPE_ABBREVIATIONS: dict[str, str] = {
    "QĐ": "quyet_dinh",
    "CT": "chi_thi",
    "QC": "quy_che",
    "QyĐ": "quy_dinh",
    "QĐi": "quy_dinh",
    "TB": "thong_bao",
    "HD": "huong_dan",
    "HĐ": "hop_dong",
    "CTr": "chuong_trinh",
    "KH": "ke_hoach",
    "PA": "phuong_an",
    "ĐA": "de_an",
    "BC": "bao_cao",
    "BB": "bien_ban",
    "TTr": "to_trinh",
    "CĐ": "cong_dien",
    "GM": "giay_moi",
    "NQ": "nghi_quyet",
    "NĐ": "nghi_dinh",
    "TT": "thong_tu",
    "TTLT": "thong_tu_lien_tich",
    "CV": "cong_van",
    "KL": "ket_luan",
    "SY": "sao_y",
    "SL": "sao_luc",
    "TS": "trich_sao",
    "L": "luat",
    "QH": "luat",
}
COPY_TYPES = {"SY", "SL", "TS"}
"""Symbols of copies (sao y, sao lục, trích sao): a copy's own number is never the document's number."""

# OCR look-alikes in the type part: only applied where the repaired form is a known abbreviation.
_REPAIRS = {
    "QD": "QĐ", "ND": "NĐ", "DA": "ĐA", "CD": "CĐ", "QyD": "QyĐ", "QDi": "QĐi", "HDND": "HĐND",
    "TIr": "TTr", "Tlr": "TTr",  # tờ trình: a T read as I or l
}  # fmt: skip

_SYMBOL_PART = r"[A-ZĐÐ][A-Za-zĐÐđ0-9]*"
NUMBER_PATTERN = (
    r"(?P<num>\d{1,5}[a-z]?)?[ \t]*(?P<sep>[/-])[ \t]*(?:(?P<year>(?:19|20)\d{2})[ \t]*/[ \t]*)?"
    rf"(?P<symbol>{_SYMBOL_PART}(?:[ \t]?[-/][ \t]?{_SYMBOL_PART})*)"
)


@dataclass(frozen=True)
class DocNumber:
    """A parsed number: `number` is the full value ("15/2024/QĐ-UBND") or None when the digits are blank;
    `symbol` is the number without its serial ("2024/QĐ-UBND", "KH/TU", "UBND-VP")."""

    number: str | None
    symbol: str
    type_abbr: str | None
    party: bool
    start: int
    end: int

    @property
    def kind(self) -> str | None:
        return TYPE_ABBREVIATIONS.get(self.type_abbr) if self.type_abbr else None


def repair_symbol(symbol: str) -> str:
    """Fold Ð to Đ and repair OCR look-alikes part by part ("QD-UBND" → "QĐ-UBND", "HDND" → "HĐND")."""
    symbol = symbol.replace("Ð", "Đ").replace("ð", "đ")
    parts = re.split(r"([-/])", re.sub(r"\s+", "", symbol))
    return "".join(_REPAIRS.get(part, part) for part in parts)


def _type_of(symbol: str, party: bool) -> str | None:
    parts = re.split(r"[-/]", symbol)
    first = parts[0]
    if first in TYPE_ABBREVIATIONS:
        return first
    if party and first:
        return first
    return None


def parse_number(text: str, pos: int = 0, *, require_digits: bool = False) -> DocNumber | None:
    """The number starting at the beginning of `text` (after optional spaces), or None.

    "Số: /UBND-VP" gives number None with symbol "UBND-VP". A symbol needs a letter, so dates
    ("21-7-2014") never parse as numbers.
    """
    match = re.match(rf"[ \t]*{NUMBER_PATTERN}", text)
    if not match:
        return None
    return _build(match, pos, require_digits)


def _build(match: re.Match[str], pos: int, require_digits: bool) -> DocNumber | None:
    num = match.group("num")
    if require_digits and not num:
        return None
    symbol = repair_symbol(match.group("symbol"))
    party = match.group("sep") == "-" and match.group("year") is None
    type_abbr = _type_of(symbol, party)
    if num:
        year = f"{match.group('year')}/" if match.group("year") else ""
        number: str | None = f"{num}{match.group('sep')}{year}{symbol}"
    else:
        number = None
    if match.group("year"):
        symbol = f"{match.group('year')}/{symbol}"
    return DocNumber(number, symbol, type_abbr, party, pos + match.start("num" if num else "sep"), pos + match.end())
