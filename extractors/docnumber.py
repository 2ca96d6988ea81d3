"""Document numbers and symbols ("số và ký hiệu"): one grammar for the header and for citations.

Three families (Nghị định 30/2020/NĐ-CP and party rules): state normative with a year "15/2024/QĐ-UBND",
administrative "1271/UBND-NC" (a công văn has no type abbreviation), party "1438-CV/TU", "05-KH/BTC-SNV".
Values are kept as printed with the spaces OCR or typists put around separators removed, and with the
look-alike letters tesseract produces in type abbreviations repaired ("QD" cannot be a type, "QĐ" is).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from extractors.vntext import UPPER, Line, fold, is_syllable

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
    "QyD": "QyĐ", "QDi": "QĐi", "HDND": "HĐND",
    "TIr": "TTr", "Tlr": "TTr",  # tờ trình: a T read as I or l
}  # fmt: skip
_TYPE_REPAIRS = {"QD": "QĐ", "ND": "NĐ", "DA": "ĐA", "CD": "CĐ"}
"""Two letters that are a document type with its "Đ" lost, only where the type stands (the symbol's first part of
letters: "45/2019/ND-CP"); after it they are a body's letters as printed ("105/2019/NQ-ND", "325-NV-DC-ND")."""

_SYMBOL_PART = rf"[A-ZĐÐ][{UPPER}a-zÐđ0-9]*"
"""A symbol part: a capital, then letters and digits; capitals with tone marks too (a party body's "TƯ" for
"Trung ương": "445-KL/TƯ" is not "445-KL/T")."""
_DOTTED_PART = r"[ \t]?\.[A-ZĐÐ][A-ZĐÐ0-9]*(?![^\W\d_])(?![/–-])|\.[A-ZĐÐ][A-ZĐÐ0-9]*(?![^\W\d_])"
"""A part joined by a dot, as older provincial symbols print it ("63/2002/QĐ.UB"), a typist's space maybe before the
dot ("1755/VPCP-V .I", taken out as around the other separators; then not before a slash: "12/UBND .V/v"): capitals
right after the dot and no lower-case letter after them, so a sentence's full stop ("12/QĐ-UBND. Theo …") never
joins the next word."""
_DASHED_BODY = (
    rf"(?:{'|'.join(sorted(TYPE_ABBREVIATIONS, key=len, reverse=True))})[ \t]*–[ \t]*[A-ZĐ][A-ZĐ0-9]{{1,7}}(?![^\W\d_])"
)
"""A type, then its body after an en dash a copy set with spaces ("881/TTr – SNV"): only right after the type,
where a body must follow, and only a body in capitals, so a sentence's dash after a whole symbol ("12/QĐ-UBND –
Ban hành …") is no part of it; kept as printed, the spaces taken out ("881/TTr–SNV")."""
_EN_DASH_PART = r"[ \t]?–[A-ZĐ][A-ZĐ0-9]*(?![^\W\d_])"
"""A part after an en dash a web copy's typography put for a hyphen ("123/UBND–VP"; "4144/GDĐT –VP" with a typist's
space before it): capitals only and no letter after them, so a word glued on by a dash ("12/QĐ-UBND–Ban hành") is
none."""
_AMPERSAND_PART = rf"[ \t]?&{_SYMBOL_PART}"
"""A part joined by "&", as bodies named for two fields write it ("2386/BKHĐT-KTĐP&LT", "2865/GDĐT–KT&KĐCL", a
Sở GD&ĐT's): glued to the capital after it (a typist's space maybe before it, taken out)."""
_BODY_PARTS = (
    "UBND", "HĐND", "VPUB", "CP", "TTg", "TW", "TU", "BTV", "BCH", "BNG", "BNV", "BTC", "BCA", "BQP", "BKHĐT",
    "BYT", "BGDĐT", "BTTTT", "BVHTTDL", "BNNPTNT", "SNV", "SNgV", "STC", "SYT", "SCT", "SGDĐT", "SKHĐT",
    "SNNPTNT", "SNNMT", "STNMT", "SVHTTDL", "STTTT", "SXD", "SGTVT", "STP", "SLĐTBXH", "VP", "NC", "KT", "KTN",
    "KTNS", "VX", "TH", "HCSN", "BQL", "BQLKKT", "BTCTU", "BTGTU", "UBKTTU", "BDVTU", "MTTQ", "CTrTT", "TTT",
    "VPCP", "TƯ", "BCĐ", "ĐĐBQH", "ĐBQH",
)  # fmt: skip
_BODY_PART_SET = frozenset(_BODY_PARTS)
_LOST_SLASH_BODIES = "|".join(sorted((part for part in _BODY_PARTS if len(part) > 1), key=len, reverse=True))
"""Bodies' abbreviations a copy may print after a space where the slash went ("15486 BTC-QLN" for 15486/BTC-QLN)."""
_MIXED_TYPES = "|".join(t for t in TYPE_ABBREVIATIONS if not t.isupper())
"""Types written with a small letter ("TTr", "CTr"): after a lost dash too ("Tờ trình số 1289 TTr/NG-LPQT")."""
_GLUED_TYPES = "|".join(sorted((t for t in TYPE_ABBREVIATIONS if len(t) > 1 and t.isupper()), key=len, reverse=True))
NUMBER_PATTERN = (
    rf"(?P<num>\d{{1,6}}(?:[a-z]|(?:{_GLUED_TYPES})(?=/[A-ZĐ]))?)?"
    rf"(?:[ \t]*(?P<sep>(?<=\d)-/(?=[A-ZĐ])|[/-]|(?:(?<=\d)|(?<=\d[ \t]))–(?=[A-ZĐ]))[ \t]*"
    rf"|(?<=\d)(?P<lost>[ \t])(?=(?:[A-ZĐ]{{1,4}}|{_MIXED_TYPES})/[A-ZĐ]|(?:{_LOST_SLASH_BODIES})-[A-ZĐ]{{2}}))"
    r"(?:(?P<year>(?:19|20)\d{2})[ \t]*/[ \t]*)?"
    rf"(?P<symbol>(?:{_DASHED_BODY}|{_SYMBOL_PART})"
    rf"(?:[ \t]?[-/][ \t]?{_SYMBOL_PART}|{_EN_DASH_PART}|{_DOTTED_PART}|{_AMPERSAND_PART})*)"
)
"""A number and its symbol: "12/QĐ-UBND", "38-CT/TW", "45/2019/NĐ-CP"; a party number whose dash a copy lost
("Quyết định số 84 QĐ/TWĐTN": a type and a slash after the space), or a dispatch's slash ("công văn số 15486 BTC-QLN":
a body's abbreviation and a hyphen after the space), keeps the space as written; a six-digit serial is a tax
office's ("101322/CTHN-TTHT"); an en dash a web
copy's typography put for a hyphen ("05–CT/TW", "123/UBND–VP", unspaced inside the number) is kept, after a
typist's space too when glued to the symbol ("130 –CP"; set with spaces on both sides after the serial, "228 – QĐ/TW",
it is a headline's dash: no number), and so is a party serial's hyphen typed
before a slash as well ("1057-/CV/TU", a slip: the hyphen of "1057-CV/TU" and the slash of "1057/CV"); a type glued to
the serial ("Số: 2811CV/NG-LS", an old ministry's style) is part of the serial, as printed."""
_NUMBER_AT = re.compile(rf"[ \t]*{NUMBER_PATTERN}")
"""`NUMBER_PATTERN` after any spaces, compiled once (as a string, the `re` module's cache dropped it on real texts)."""


NUMBER_LABEL = r"s[o60\u00f8]"
"""The "Số" label of a document's number, folded ("Số", "SỐ", "Sô", "So" all fold to "so") with OCR's readings of its
"ố" as "6", "0" or "ø" ("S6:", "Sø:"): the one spelling the readers of a header's number put their context around."""
NUMBER_LABEL_MARKS_LOST = r"(?:sa|se|s)"
"""Readings of the label that are one only with the punctuation after it: a fax's "ố" read "ấ", "ẽ" or "é" ("Sấ:",
"Sẽ:") and "S:" where the "ố" is lost; alone, "sẽ" is a word and "s" a letter."""

NUMBER_LABEL_RE = re.compile(
    rf"^[ \t]*(?:{NUMBER_LABEL}|s(?=[ \t]*:[ \t]*\d))[ \t]*[:.;]?[ \t]*"
    r"(?=[\d/-]|[ \t]*$|\S{1,4}[ \t]*/|\S{1,4}[ \t]*-[ \t]*[a-z]{1,6}/[a-z])"
)
"""The "Số:" label (`NUMBER_LABEL`) at a line start (folded text; a web copy that lost the "ố" leaves "S:" before the
digits), before a number or a blank one — or before up to four characters of garble and a symbol: "/…", or a party's
"-TYPE/BODY" ("Số l297 -QĐ/TU": the pen's 1287 read with a letter)."""


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
    """Fold Ð to Đ and repair OCR look-alikes part by part ("QD-UBND" → "QĐ-UBND", "HDND" → "HĐND", a "Đ" read
    twice: "QĐĐ" → "QĐ"); a known part with a real doubled letter stays ("ĐĐBQH", the Đoàn đại biểu Quốc hội)."""
    symbol = symbol.replace("Ð", "Đ").replace("ð", "đ")
    parts = re.split(r"([-–/.])", re.sub(r"\s+", "", symbol))
    first = next((k for k, part in enumerate(parts) if part[:1].isalpha()), None)
    return "".join(
        (_TYPE_REPAIRS if k == first else {}).get(part) or _REPAIRS.get(part, _single_d(part))
        for k, part in enumerate(parts)
    )


def _single_d(part: str) -> str:
    """A symbol part with a "Đ" OCR read twice or more made single ("QĐĐĐ" → "QĐ"), unless the part is a known one
    that doubles it, or is such a part with its "Đ" read once more ("ĐĐĐBQH" → "ĐĐBQH"). An unknown part keeps a
    pair: two words that start with "Đ" give one ("ĐĐBĐVN", Cục Đo đạc, Bản đồ …), so only a known part read once
    (`QĐĐ`) or a run of three, which no abbreviation writes, is a slip."""
    if part in KNOWN_SYMBOL_PARTS:
        return part
    doubled = re.sub("Đ{3,}", "ĐĐ", part)
    if doubled in KNOWN_SYMBOL_PARTS:
        return doubled
    single = re.sub("Đ{2,}", "Đ", part)
    slip = single in KNOWN_SYMBOL_PARTS or "ĐĐĐ" in part or _glued_type(single, KNOWN_SYMBOL_PARTS) is not None
    return single if slip else part  # "QĐĐUBND": a type glued to a body, the hyphen read as a second "Đ"


def _type_of(symbol: str, party: bool) -> str | None:
    parts = re.split(r"[-–/. ]", symbol)
    first = parts[0]
    if first in TYPE_ABBREVIATIONS:
        return first
    glued = next(
        (abbr for abbr in _TYPES_LONGEST_FIRST if first.startswith(abbr) and first[len(abbr) :] in _BODY_PARTS), None
    )
    if glued:
        return glued  # a copy that lost the hyphen: "92/2017/NĐCP", "1961/QĐUBND"
    if party and first:
        return first
    return None


_SMALL_PART = re.compile(r"[-/](?P<part>[a-zđ][^\W\d_]+)(?![^\W\d_])")
"""A symbol part after the symbol's separator that opens with a small letter ("1045/QĐ-syT"): the pattern stops before
it, so the number read would be cut ("1045/QĐ")."""


def _small_read_part(match: re.Match[str]) -> tuple[int, int, str] | None:
    """A known part a scan read partly in small letters right after the symbol (`_SMALL_PART`: "syT" for "SYT", the
    Sở Y tế's), as (start, end, the part in capitals); None when there is none or it is no known part in capitals."""
    found = _SMALL_PART.match(match.string, match.end())
    if found is None or (part := found["part"].upper().replace("Ð", "Đ")) not in KNOWN_SYMBOL_PARTS:
        return None
    return found.start("part"), found.end("part"), part


def _as_typed(number: DocNumber, part: str, printed: str) -> DocNumber:
    """`number` with its last `part` as the copy typed it, wholly in small letters ("6-NV/ct", an old decree's): a
    typist's case, which the number keeps as printed; a part read partly small ("syT") is a scan's misread."""

    def typed(value: str) -> str:
        at = value.rfind(part)
        return value[:at] + printed + value[at + len(part) :]

    return replace(number, number=typed(number.number) if number.number else None, symbol=typed(number.symbol))


def parse_number(text: str, pos: int = 0, *, require_digits: bool = False) -> DocNumber | None:
    """The number starting at the beginning of `text` (after optional spaces), or None.

    "Số: /UBND-VP" gives number None with symbol "UBND-VP". A symbol needs a letter, so dates
    ("21-7-2014") never parse as numbers. A known part read partly in small letters after the symbol is its own
    part in capitals ("1045/QĐ-syT" → "1045/QĐ-SYT", `_small_read_part`), the text's offsets unchanged.
    """
    match = _NUMBER_AT.match(text)
    if not match:
        return None
    if (small := _small_read_part(match)) is not None:
        start, end, part = small
        parsed = parse_number(text[:start] + part + text[end:], pos, require_digits=require_digits)
        printed = text[start:end]
        return _as_typed(parsed, part, printed) if parsed is not None and printed.islower() else parsed
    glued = _glued_word_start(match)
    if glued is not None:
        match = _NUMBER_AT.match(text[:glued]) or match
    elif _runs_into_letter(match) or _toned_unknown(_last_part(match)) or _split_word(match):
        return None  # the symbol stops inside a word, or runs into one: a cut symbol is never a number
    else:
        return _build(match, pos, require_digits, _lost_hyphen_parts(text, match))
    return _build(match, pos, require_digits, ([], match.end()))


_LOST_HYPHEN_RE = re.compile(rf"[ \t](?P<part>{_SYMBOL_PART})(?![^\W\d_])")
_UNIT_CODE_RE = re.compile(r"[A-Z]\d{1,3}")
"""A unit's code inside a symbol ("05/CT-BCA-V28": the Bộ Công an's department V28)."""


_SPLIT_TERM_RE = re.compile(r"[ \t](?P<term>1[1-6])(?![\w/-])")
"""A National Assembly term a typist set off by a space ("Luật … số 83/2015/QH 13"): the term is part of the symbol."""


def _lost_hyphen_parts(text: str, match: re.Match[str]) -> tuple[list[str], int]:
    """The symbol parts after a space where a copy lost every hyphen of the number ("86/QĐ UBND", "282/QĐ TTg",
    "05/CT BCA V28" for 86/QĐ-UBND, 282/QĐ-TTg, 05/CT-BCA-V28), and where the number then ends. Only in a symbol
    with no hyphen of its own (a copy that kept its hyphens lost none: "12/QĐ-UBND UBND tỉnh" ends at the first
    UBND), only a known body's abbreviation after a known part, and a unit's code only after such a body, so that
    the words after a number ("ngày", "CỘNG HÒA", "Bình Phước") never join it."""
    parts: list[str] = []
    end = match.end()
    last = _last_part(match)
    if last in ("QH", "UBTVQH") and (term := _SPLIT_TERM_RE.match(match.string, end)) is not None:
        return [term["term"]], term.end()  # "83/2015/QH 13": the National Assembly's term split off by a space
    if re.search(r"[-–]", match.group("symbol")):
        return parts, end
    while (found := _LOST_HYPHEN_RE.match(text, end)) is not None:
        part = repair_symbol(found["part"])
        body = part in _BODY_PART_SET or (parts and _UNIT_CODE_RE.fullmatch(part) is not None)
        if last not in KNOWN_SYMBOL_PARTS or not body:
            break
        parts.append(part)
        last, end = part, found.end()
    return parts, end


def _toned_unknown(part: str) -> bool:
    """A symbol part with a capital bearing a tone or vowel mark that no known part has: a capitalised word glued
    on ("367-QĐ/TWĐTN-VPĐOÀN TNCS …", the header's next cell), unless the part is a known one ("TƯ") or ends with a
    digit as a unit's code does and no word ("2866-CV/NG-CÂu2": the foreign ministry's second European department)."""
    if part in KNOWN_SYMBOL_PARTS or part[-1:].isdigit():
        return False
    return re.search(r"[^\x00-\x7fĐÐ]", part.replace("đ", "")) is not None


def _last_part(match: re.Match[str]) -> str:
    """The symbol's last part ("UBND" of "12/QĐ-UBND"), where a cut or a glued word shows."""
    return re.split(r"[-–/.]", match.group("symbol"))[-1].strip()


def _runs_into_letter(match: re.Match[str]) -> bool:
    """The symbol is followed right away by a letter no symbol part holds (a small letter with a tone mark):
    where it ends cannot be told, so no value rather than a cut one."""
    end = match.end()
    return end < len(match.string) and match.string[end].isalpha()


_WORD_REST = re.compile(r"[ \t](?P<rest>[^\W\d_A-ZĐ]+)")


def _split_word(match: re.Match[str]) -> bool:
    """The symbol's last part is the start of a word a copy split with a space ("379/KHXH-Quy ết định": "Quy" and
    "ết" spell "Quyết"): a capital and small letters that, with the small letters after the space, make one
    syllable; the part is the word's, so where the symbol ends cannot be told ("05/Cty về …" stays)."""
    last = _last_part(match)
    rest = _WORD_REST.match(match.string, match.end())
    return (
        rest is not None and re.fullmatch(r"[A-ZĐ][^\W\d_A-ZĐ]+", last) is not None and is_syllable(last + rest["rest"])
    )


def _glued_word_start(match: re.Match[str]) -> int | None:
    """Where the word a copy glued to the symbol starts ("Số: 05/2017/TT-BNGHà Nội, ngày …": the number cell run
    into the place's; "Số: 2597/VPCP-NCV/v tổ chức …": the subject line's "V/v"), when the symbol runs into a
    letter it cannot hold: after the longest known part the last part starts with ("BNG"), else before the last
    part's final capital ("…-HTQTHà"); None when neither can be told."""
    end = match.end()
    last = _last_part(match)
    if match.string.startswith("/v", end) and last.endswith("V") and last not in KNOWN_SYMBOL_PARTS and len(last) >= 2:
        return end - 1  # the subject's "V/v" glued on: "2597/VPCP-NCV/v tổ chức …" (not a known part's V: "SNV")
    toned = _toned_unknown(last)
    if not toned and not _runs_into_letter(match):
        return None
    known = max(
        (part for part in KNOWN_SYMBOL_PARTS if last.startswith(part) and len(part) < len(last)), key=len, default=None
    )
    if known is not None and len(known) >= 2:
        return end - (len(last) - len(known))
    if len(last) >= 3 and last[-1].isupper() and not toned:
        return end - 1
    return None


_SPACED_EN_DASH_PART = re.compile(r"[ \t]–[ \t](?P<part>[A-ZĐ][A-ZĐ0-9]*)(?![^\W\d_])")


def with_spaced_en_dash_part(number: DocNumber, rest: str, offset: int) -> DocNumber:
    """A header's number with the known part a typist set after an en dash with spaces on both sides ("Số: 4144
    /GDĐT – VP", the Văn phòng's dispatch; `rest`: the number line after its label, which starts at `offset`): on
    the "Số:" line nothing but the dateline follows the number, so the dash is the symbol's. In running text such a
    dash ends the number ("12/QĐ-UBND – UBND tỉnh đã giao"), so `parse_number` never takes it."""
    found = _SPACED_EN_DASH_PART.match(rest, number.end - offset)
    if found is None or found["part"] not in KNOWN_SYMBOL_PARTS:
        return number
    joined = f"–{found['part']}"
    full = None if number.number is None else number.number + joined
    return DocNumber(full, number.symbol + joined, number.type_abbr, number.party, number.start, offset + found.end())


def number_after_label(line: Line, folded: str) -> DocNumber | None:
    """The number after a "Số:" label that starts the line (`folded`: the whole folded text), or None."""
    match = NUMBER_LABEL_RE.match(folded[line.start : line.end])
    if not match:
        return None
    return parse_number(line.text[match.end() :], line.start + match.end())


def _build(match: re.Match[str], pos: int, require_digits: bool, lost: tuple[list[str], int]) -> DocNumber | None:
    """The number of `match`, with the parts a lost hyphen left after a space (`lost`: parts and where they end)
    kept as printed, space included ("86/QĐ UBND"); a National Assembly term set off by a space joins its body
    ("QH 13" → "QH13")."""
    num = match.group("num")
    if require_digits and not num:
        return None
    parts, end = lost
    symbol = repair_symbol(match.group("symbol"))
    symbol = f"{symbol}{parts[0]}" if parts and parts[0].isdigit() else " ".join([symbol, *parts])
    sep = match.group("sep") or match.group("lost")
    party = sep != "/" and match.group("year") is None and not (match.group("lost") and "/" not in symbol)
    type_abbr = _type_of(symbol, party)
    if num:
        year = f"{match.group('year')}/" if match.group("year") else ""
        number: str | None = f"{num}{sep}{year}{symbol}"
    else:
        number = None
    if match.group("year"):
        symbol = f"{match.group('year')}/{symbol}"
    return DocNumber(number, symbol, type_abbr, party, pos + match.start("num" if num else "sep"), pos + end)


_TYPES_LONGEST_FIRST = sorted(TYPE_ABBREVIATIONS, key=len, reverse=True)
_TERM_PARTS = tuple(f"{body}{term}" for body in ("QH", "UBTVQH") for term in range(11, 17))
"""The National Assembly and its Standing Committee with their term ("31/2024/QH15", "UBTVQH15")."""
KNOWN_SYMBOL_PARTS = frozenset([*TYPE_ABBREVIATIONS, *_BODY_PARTS, *_TERM_PARTS])
"""Symbol parts of state and party bodies ("UBND", "HĐND", "SGDĐT", "BQLKKT"): what an OCR'd part is
corrected towards (`correct_ocr_symbol`). The pipeline adds the parts of an office's own documents
(`symbol_parts`), so its own units' abbreviations are learnt."""

OCR_MISREADS = (("LI", "U"), ("O", "Q"), ("QB", "QD"))
"""Letters of a symbol that tesseract reads for others on a damaged line, and what they stand for: "LI" for "U", "O"
for "Q" ("OĐ-LIBND" for "QĐ-UBND", a stamp's frame across the line), "QB" for "QĐ" (folded "QD": the stroke of
the "Đ" read as a "B"'s bowl, "520/QB-LIBND" under a received stamp). Read as meant by `as_meant`; the one-letter
ones are also `_OCR_LOOKALIKES`."""
_OCR_LOOKALIKES = {frozenset(pair) for pair in ("rT", "Il", "l1", "I1", "O0", "DĐ", "CG", "B8", "S5", "gq")} | {
    frozenset((read, meant)) for read, meant in OCR_MISREADS if len(read) == len(meant) == 1
}
"""Character pairs tesseract confuses in capitals-and-digits symbols ("CTrTT" read as "CTTTT")."""


def as_meant(folded_symbol: str) -> str:
    """A folded (lower-case) symbol with the letters of `OCR_MISREADS` read as what they stand for ("od-libnd" →
    "qd-ubnd")."""
    for read, meant in OCR_MISREADS:
        folded_symbol = folded_symbol.replace(read.lower(), meant.lower())
    return folded_symbol


_PART = re.compile(rf"{_SYMBOL_PART}")


def symbol_parts(numbers: Iterable[str]) -> frozenset[str]:
    """The parts with letters of numbers or symbols ("05-KH/BTC-SNV" → KH, BTC, SNV): what a store of
    documents knows of the bodies it hears from."""
    return frozenset(
        part
        for number in numbers
        for part in re.split(r"[-/]", repair_symbol(number))
        if _PART.fullmatch(part) and sum(character.isalpha() for character in part) >= 2
    )


def _lookalike(read: str, known: str) -> bool:
    """Same length, exactly one position differs, and the two characters there are OCR look-alikes."""
    if len(read) != len(known):
        return False
    diffs = [(a, b) for a, b in zip(read, known, strict=True) if a != b]
    return len(diffs) == 1 and frozenset(diffs[0]) in _OCR_LOOKALIKES


def correct_ocr_symbol(number: str, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> str:
    """An OCR'd number with each unknown part (3+ letters) replaced by the one known part it is a look-alike
    of: one edit away (rapidfuzz finds those among however many parts the store knows), that edit a
    look-alike character; failing that, the one known part it is with a stray digit taken out. A part with
    no such twin, or with two, stays as read (a wrong symbol is worse than an odd one)."""
    pieces = re.split(r"([-/])", number)
    for index, part in enumerate(pieces):
        if len(part) < 3 or part in known or not re.search(r"[^\W\d_]", part):
            continue
        near = process.extract(part, known, scorer=Levenshtein.distance, score_cutoff=1, limit=None)
        twins = (
            [candidate for candidate, _, _ in near if _lookalike(part, candidate)]
            or _without_stray_digit(part, known)
            or _without_doubled_letter(part, known)
            or _without_slip(part, known)
            or _small_capitals(part, known)
        )
        if len(twins) == 1:
            pieces[index] = twins[0]
    return "".join(pieces)


_TRIPLED = re.compile(r"([^\W\d_])\1\1")
"""A letter three times over ("SNVVV"): what an OCR slip leaves, as no abbreviation has it."""
_TRAILING_SMALL = re.compile(r"[A-ZĐ][a-zđ]$")
"""A small letter after the capitals at a part's end ("QĐb": a speck beside the "Đ" read as a letter)."""


def _lettered_parts(symbol: str) -> list[str]:
    """A symbol's parts that hold a letter (the serial, a year and the separators left out)."""
    return [part for part in re.split(r"[-–/.\s]", symbol) if re.search(r"[^\W\d_]", part)]


def slipped_parts(symbol: str, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> list[str]:
    """The parts of an OCR'd number or symbol that are no known part and show a slip no repair undid
    (`correct_ocr_symbol`, `typed_by_title`): a letter three times over, a type part (the first) ending in a small
    letter after its capitals, a part one slip from two known parts ("TTTr": "TTT" or "TTr"). What it says cannot
    be told, so the number is none rather than one that looks sure ("1204/QĐb-ĐHBK"). A part unknown with no such
    mark ("ĐHBK", an office's own unit; "BCĐ389QNg", a province's "QNg" after the type) is kept as read. A type part
    of one unknown letter ("2702/Q-BCT") lost a letter: which type it was is not sure."""
    parts = _lettered_parts(symbol)
    return [
        part
        for index, part in enumerate(parts)
        if part not in known
        and (
            _TRIPLED.search(part)
            or (index == 0 and _TRAILING_SMALL.search(part))
            or (index == 0 and len(part) == 1 and len(parts) > 1)
            or len(_without_slip(part, known, run=2)) > 1
        )
    ]


def typed_by_title(number: str, doc_type: str | None, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> str:
    """An OCR'd number or symbol whose type part (the first with letters, before a "-") is no known part, given
    the abbreviation of `doc_type` (what the document's title says it is) when the part is that abbreviation
    with one character misread ("89/Qb-UBND" of a QUYẾT ĐỊNH → "89/QĐ-UBND"); as read otherwise, and when two
    abbreviations of the type are as near."""
    found = re.match(r"^((?:\d+[/-])?(?:\d{4}/)?)([^\W\d_]+)(?=-)", number)
    if found is None or found.group(2) in known:
        return number
    twin = title_abbreviation(found.group(2), doc_type, slips=True)
    return found.group(1) + twin + number[found.end() :] if twin is not None else number


def garbled_symbol(symbol: str) -> bool:
    """A symbol of one or two unknown letters alone ("V" of "Số: / V/ /BC-SHTT", the pen's digits read as letters):
    no number's symbol, whatever follows it."""
    parts = _lettered_parts(symbol)
    return len(parts) == 1 and len(parts[0]) <= 2 and parts[0] not in KNOWN_SYMBOL_PARTS


_GARBLED_LEAD = re.compile(r"^((?:[^\W\d_]{1,2}/)+)([^\W\d_]+)-")


def after_garbled_lead(symbol: str, doc_type: str | None, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> str | None:
    """An OCR'd symbol from the title's type on, when unknown parts of one or two letters stand before it ("E/BC-SNV"
    of a BÁO CÁO → "BC-SNV": "Số: 1/E /BC-SNV", the pen's 176 read as "1/E" before the printed "/BC-SNV"); None when
    the symbol starts otherwise. Those parts are the pen's, so the digits read with them are too."""
    found = _GARBLED_LEAD.match(symbol)
    if found is None or TYPE_ABBREVIATIONS.get(found.group(2)) != doc_type or doc_type is None:
        return None
    if any(part in known for part in found.group(1).split("/") if part):
        return None
    return symbol[found.end(1) :]


def title_abbreviation(part: str, doc_type: str | None, *, slips: bool = False) -> str | None:
    """The one abbreviation of `doc_type` that `part` is with one character misread ("Qb" of a QUYẾT ĐỊNH → "QĐ"),
    or, with `slips`, with one OCR slip undone (`_without_slip`: "QĐĐ", "QĐb" of a QUYẾT ĐỊNH → "QĐ"); None: none,
    or two as near."""
    abbreviations = frozenset(abbr for abbr, kind in TYPE_ABBREVIATIONS.items() if kind == doc_type)
    twins = [
        abbreviation
        for abbreviation in sorted(abbreviations)
        if len(abbreviation) == len(part) and sum(a != b for a, b in zip(abbreviation, part, strict=True)) == 1
    ] or (
        _without_slip(part, abbreviations, run=2)
        + _without_stroke(part, abbreviations)
        + _with_lost_letter(part, abbreviations)
        if slips
        else []
    )
    return twins[0] if len(twins) == 1 else None


def _with_lost_letter(part: str, known: frozenset[str]) -> list[str]:
    """The known parts `part` is with one letter OCR lost ("Q" of a QUYẾT ĐỊNH's "QĐ": the "Đ" faded); only where
    the title says which type the part is."""
    return sorted(
        k for k in known if len(k) == len(part) + 1 and any(k[:i] + k[i + 1 :] == part for i in range(len(k)))
    )


def _without_stroke(part: str, known: frozenset[str]) -> list[str]:
    """The known parts `part` is with one thin stroke OCR read between its letters taken out ("TTIr" → "TTr": a
    speck read as an "I", "l" or "1")."""
    return sorted({part[:index] + part[index + 1 :] for index in range(1, len(part)) if part[index] in "Il1|"} & known)


def hyphenated(number: str, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> str:
    """An OCR'd number or symbol whose first lettered part is a known type glued to a known body, with the
    hyphen OCR lost put back ("415/QĐUBND" → "415/QĐ-UBND"); as read otherwise. Not for text layers: a copy
    that wrote "1961/QĐUBND" keeps it (`_type_of` still reads its type)."""
    found = re.match(r"^((?:\d+[/-])?(?:\d{4}/)?)([^\W\d_]+)(?=$|[-/])", number)
    if found is None or found.group(2) in known:
        return number
    part = found.group(2)
    glued = _glued_type(part, known)
    return f"{found.group(1)}{glued}-{part[len(glued) :]}{number[found.end() :]}" if glued else number


def _glued_type(part: str, known: frozenset[str]) -> str | None:
    """The known type a symbol part starts with when the rest is a known part ("QĐUBND" → "QĐ"), else None."""
    return next((abbr for abbr in _TYPES_LONGEST_FIRST if part.startswith(abbr) and part[len(abbr) :] in known), None)


def _without_doubled_letter(part: str, known: frozenset[str]) -> list[str]:
    """The known parts `part` is with the "D" of a "DĐ" taken out: tesseract reads a "Đ" as "DĐ" ("QDĐ-UBND" for
    QĐ-UBND). Only that pair: doubled letters are real in abbreviations ("ĐĐBQH", "TTT"), and other
    look-alike neighbours ("CG") too."""
    return sorted(
        {part[:index] + part[index + 1 :] for index in range(len(part) - 1) if part[index : index + 2] == "DĐ"} & known
    )


def _without_slip(part: str, known: frozenset[str], run: int = 3) -> list[str]:
    """The known parts `part` is with one slip undone: a letter's run of `run` or more read too often shortened
    ("TTTTr" → "TTr"; a doubled letter, `run` 2, only where the title says which part it is: doubled letters are
    real in abbreviations, "ĐĐBQH", "TTT"), or a small letter after its capitals taken off ("QĐb" → "QĐ": a speck
    after the "Đ"; "TTrb" → "TTr")."""
    shorter = {
        part[: found.start()] + found.group(1) * keep + part[found.end() :]
        for found in re.finditer(r"([^\W\d_])\1+", part)
        if len(found.group()) >= run
        for keep in range(1, len(found.group()))
    }
    if re.search(r"[A-ZĐ][^\W\d_]*[a-zđ]$", part):
        shorter.add(part[:-1])
    return sorted(shorter & known)


_CAPITAL_THEN_SMALL = re.compile(r"[A-ZĐ][a-zđ]{2,}")
"""A symbol part of one capital and two or more small letters: a scan's reading of capitals as small letters
("Bcr"), or a part written so ("05/Cty" of a company, a real scan's citation): repaired only towards a known part."""


def _small_capitals(part: str, known: frozenset[str]) -> list[str]:
    """The known parts of capitals `part` is with its small letters read as capitals, one of them a look-alike
    ("Bcr" → "BCT": the issuer's own part, its "C" and "T" read small and the "T" as "r")."""
    if not _CAPITAL_THEN_SMALL.fullmatch(part):
        return []

    def same(read: str, meant: str) -> bool:
        return read == meant or read.upper() == meant or frozenset((read, meant)) in _OCR_LOOKALIKES

    return sorted(k for k in known if len(k) == len(part) and k.isupper() and all(map(same, part, k)))


def _without_stray_digit(part: str, known: frozenset[str]) -> list[str]:
    """The known parts `part` is with one digit between two letters taken out: a speck or a stroke read
    as a digit inside letters ("TT1g" → "TTg"); no abbreviation has a digit there."""
    return sorted(
        {
            part[:index] + part[index + 1 :]
            for index in range(1, len(part) - 1)
            if part[index].isdigit() and part[index - 1].isalpha() and part[index + 1].isalpha()
        }
        & known
    )


_OWN_PART_REACH = 2
"""Edits (marks aside) within which an unexplained symbol part stands for the issuer's own abbreviation misread."""


def _capitals_explained(part: str, own: str) -> bool:
    """Every capital of `part` is, in order, an initial of `own` (marks aside): a shortening of the issuer's
    abbreviation ("ĐHBK" of "TĐHBKHN", "SNgV" of "SNV": small letters are the word's own), not a misreading."""
    initials = iter(_fold_upper(own))
    return all(_fold_upper(letter) in initials for letter in part if letter.isupper())


def _fold_upper(text: str) -> str:
    """`text` in capitals without marks ("Đ" as "D"): how a symbol part compares when OCR may have lost a mark."""
    return "".join(letter.upper() for letter in fold(text))


def misread_own_parts(symbol: str, own: str, known: frozenset[str] = KNOWN_SYMBOL_PARTS) -> list[str]:
    """The lettered parts of an OCR'd header symbol that stand for the issuer's own abbreviation `own`
    (`issuer.symbol_abbreviation`) misread: no known part, a capital that no word of the issuer starts with, and
    within two edits of `own` ("BGDIDT", "GIDT", "BGDPT" for the Bộ Giáo dục và Đào tạo's "BGDĐT": the "Đ" read as
    "ID", as "P"). Such a part does not say the symbol for sure. A part far from `own` (another body's, a unit's
    "TH") or made of its initials ("ĐHBK") is not one, nor one that goes on past `own` ("BNNMT" when the header's
    issuer was read cut short as "Bộ Nông nghiệp": the name's lost words, not a misreading)."""
    if len(own) < 3:
        return []
    return [
        part
        for part in _lettered_parts(symbol)
        if part not in known
        and part != own
        and not _capitals_explained(part, own)
        and not _fold_upper(part).startswith(_fold_upper(own))
        and Levenshtein.distance(_fold_upper(part), _fold_upper(own)) <= _OWN_PART_REACH
    ]


def one_letter_misread(part: str, own: str) -> bool:
    """`part` is `own` with one of its letters read as one or two other characters, the rest exact ("BGDIDT",
    "BGDPT" of "BGDĐT"): what one glyph misread by OCR leaves; a letter lost or two misread ("GIDT") is not."""
    return any(
        part.startswith(own[:index])
        and part.endswith(own[index + 1 :])
        and 1 <= len(part) - len(own) + 1 <= 2
        and part[index : len(part) - len(own) + index + 1] != own[index]
        for index in range(len(own))
    )


def with_part(number: str, read: str, meant: str) -> str:
    """`number` with its symbol part `read` (a whole part between separators) written as `meant`."""
    pieces = re.split(r"([-/])", number)
    return "".join(meant if piece == read else piece for piece in pieces)
