"""A legal site's copy that prints its metadata instead of the document's header.

Some document sites (cinet.vn's "văn bản" pages) keep no header block: the copy opens with the number alone on
its line, then one line that runs the signature block and the issuing body together, "KT BỘ TRƯỞNG THỨ TRƯỞNG
Trần Văn A Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -" (the site's "signed by … on behalf of …"), then the kind and
subject ("CÔNG VĂN Về việc …", "Công văn V/v …", "Công văn Số: 12/BNG-LS ngày 5 tháng 3 năm 2013 Về việc …"). The
signature part is a block written out ("KT BỘ TRƯỞNG THỨ TRƯỞNG", a head signing alone: "THỦ TƯỚNG") or the site's
abbreviation of one ("KTBT, TT", "TLBT, Vụ TVHDT", "BT", "BT, Chủ nhiệm"). The form is read only whole: a number
that is the whole first line, a metadata line with a body or an authority in capitals after "Theo", a block read
whole and a name at the end of the signature part; else None and the text is read as any other.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from extractors.dates import date_at
from extractors.docnumber import DocNumber, parse_number
from extractors.doctype import TITLES
from extractors.issuer import is_authority, starts_a_body
from extractors.people import FAMILY_NAMES
from extractors.signer_text import SIGNING_TITLE_RE
from extractors.titles import canonical
from extractors.vntext import LOWER, UPPER, Line, fold, is_upper_line, readable_case, squash
from schemas.document import DocType

_NAME = rf"[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,4}}"
_METADATA = re.compile(
    rf"^(?P<block>[^\n]{{1,60}}?)\s*[-–]?\s*(?P<name>{_NAME})"
    rf"\s+Theo\s+(?P<issuer>[{UPPER}][{UPPER},&\s-]*[{UPPER}])\s*[-–]?\s*$"
)
"""The metadata line: the signature block (read whole by `_mode_and_title`), the name, "Theo" and the issuing body in
capitals."""
_ABBREVIATED_BLOCK = re.compile(r"^(?i:(?P<mode>KT|TM|TL|TUQ)?(?P<head>BT|CT|TTG))(?:\s*,\s*(?P<own>.+))?$")
"""The site's abbreviation of a block: a mode glued to the head it signs for, then the signer's own title after a
comma ("KTBT, TT" is "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"); without a mode the head signs himself ("BT", "BT, Chủ nhiệm")."""
_HEADS = {"BT": "Bộ trưởng", "CT": "Chủ tịch", "TTG": "Thủ tướng"}
_DEPUTIES = {("BT", "TT"): "Thứ trưởng", ("CT", "PCT"): "Phó Chủ tịch", ("TTG", "PTTG"): "Phó Thủ tướng"}
"""The abbreviated signer's own title, read only when it is the deputy of the head it signs for: "TT" alone is also
a Thủ tướng, a Tổng Thư ký or a Thanh tra, but under "KTBT" only a Thứ trưởng signs."""
_UNIT_HEAD = re.compile(rf"(?P<unit>Vụ|Cục) T(?=[{UPPER}]{{2,}}$)")
"""A unit's head abbreviated before the unit's initials ("Vụ TVHDT": Vụ trưởng Vụ Văn hóa dân tộc), who signs TL. or
TUQ. for the minister."""
_KIND_OPENING = re.compile(r"^(?P<kind>[^\n]*?)(?:\s+so\s*:?\s*(?P<dated>[^\n]*?))?\s+(?P<subject>(?:v/v|ve viec)\b)")
"""The kind before the subject, with the number and date the site may print between them ("Công văn Số: 12/BNG-LS
ngày 5 tháng 3 năm 2013 Về việc …")."""


class SiteHeader(NamedTuple):
    """What a site's metadata form says: the number, the issuing body as printed (capitals), the signer's mode (None
    for a head signing himself), title (readable case) and name, and what the subject line gives: the kind it opens
    with, the issue date it may print after the number (None when it prints none) and the subject (offsets into the
    whole text; None when the line opens no subject)."""

    number: DocNumber
    issuer: str
    mode: str | None
    title: str
    name: str
    doc_type: DocType | None
    issue_date: dt.date | None
    subject: tuple[int, int] | None


def site_header(top: list[Line]) -> SiteHeader | None:
    """The metadata form of a site's copy, read from the text's first lines (`top`, blank ones dropped), or None."""
    if len(top) < 2 or " Theo " not in top[1].text:
        return None
    first = _DASH_SPACES.sub(r"\1", squash(top[0].text))  # "2321/VPCP – QHQT": the site spaced the dash
    number = parse_number(first, top[0].start, require_digits=True)
    if number is None or number.number is None or number.number != first:
        return None
    match = _METADATA.match(squash(top[1].text))
    if match is None or match.group("name").split()[0] not in FAMILY_NAMES:
        return None
    issuer = match.group("issuer")
    signer = _mode_and_title(match.group("block"))
    if signer is None or not (starts_a_body(issuer) or is_authority(issuer)):
        return None
    kind, issue_date, subject = _subject_line(top[2], number) if len(top) > 2 else (None, None, None)
    return SiteHeader(number, issuer, signer[0], signer[1], match.group("name"), kind, issue_date, subject)


_DASH_SPACES = re.compile(r"\s*([-–])\s*")


def _mode_and_title(block: str) -> tuple[str | None, str] | None:
    """(mode, the signer's own title) of the block: the last title written out after the last mode ("KT BỘ TRƯỞNG
    THỨ TRƯỞNG" → KT., Thứ trưởng; "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → KT., Phó Chủ tịch; "TM. ỦY BAN
    NHÂN DÂN CHỦ TỊCH" → TM., Chủ tịch; "THỦ TƯỚNG" alone → no mode, Thủ tướng), or the site's abbreviation
    (`_ABBREVIATED_BLOCK`)."""
    block = block.strip(" ,.-")
    short = _ABBREVIATED_BLOCK.match(block)
    if short is not None:
        return _abbreviated(short)
    if not is_upper_line(block):
        return None
    modes = list(_MODE.finditer(block))
    if not modes:  # the head signing himself: his title alone
        alone = SIGNING_TITLE_RE.fullmatch(block)
        return (None, canonical(readable_case(alone.group()))) if alone else None
    if modes[0].start() > 0:
        return None
    mode, after = modes[-1].group(1), block[modes[-1].end() :]
    titles = list(SIGNING_TITLE_RE.finditer(after))
    if not titles or after[titles[-1].end() :].strip():
        return None  # the signer's own title ends the block
    if len(titles) >= 2 or (mode == "TM" and starts_a_body(after[: titles[0].start()])):
        return f"{mode}.", canonical(readable_case(titles[-1].group()))
    return None  # the head signed for (or the body) and the signer's own title: both, or the block is no block


_MODE = re.compile(r"(?<![^\W\d_])(KT|TM|TL|TUQ)(?![^\W\d_])\.?\s*")
"""A mode word of a block ("KT", "TM.")."""


def _abbreviated(short: re.Match[str]) -> tuple[str | None, str] | None:
    """(mode, title) of an abbreviated block: a deputy under KT. (`_DEPUTIES`), a unit's head under TL. or TUQ.
    (`_UNIT_HEAD`), the head himself without a mode, alone or with his second office written out ("BT, Chủ nhiệm":
    the Bộ trưởng, Chủ nhiệm who heads the Government Office); None for any other."""
    mode, head, own = (short.group("mode") or "").upper(), short.group("head").upper(), short.group("own")
    if mode == "KT" and own is not None:
        title = _DEPUTIES.get((head, own.upper()))
        return ("KT.", title) if title else None
    if mode in ("TL", "TUQ") and own is not None and (unit := _UNIT_HEAD.match(own)) is not None:
        return f"{mode}.", f"{unit.group('unit')} trưởng"
    if mode or (own is not None and SIGNING_TITLE_RE.fullmatch(own) is None):
        return None
    return None, _HEADS[head] if own is None else f"{_HEADS[head]}, {canonical(own)}"


def _subject_line(line: Line, number: DocNumber) -> tuple[DocType | None, dt.date | None, tuple[int, int] | None]:
    """(kind, issue date, subject's offsets) of the line after the metadata: the kind it opens with ("CÔNG VĂN Về
    việc …", "Công văn V/v …"), the date printed after the site's number when it prints one, the subject from "Về
    việc" / "V/v" to the line's end."""
    opening = _KIND_OPENING.match(fold(line.text))
    if opening is None:
        return None, None, None
    issue_date = None
    if opening.group("dated") is not None:
        dated = _DASH_SPACES.sub(r"\1", line.text[opening.start("dated") : opening.end("dated")])
        printed = parse_number(dated)
        if printed is not None and _dashless(printed.number) == _dashless(number.number):  # the site's own number
            found = date_at(dated, printed.end)
            issue_date = found.value if found is not None else None
    kind = TITLES.get(squash(opening.group("kind")))
    return kind, issue_date, (line.start + opening.start("subject"), line.start + len(line.text.rstrip()))


def _dashless(number: str | None) -> str | None:
    """A number with its en dashes as hyphens: the site prints one number both ways ("4340/BVHTTDL –DSVH" above,
    "4340/BVHTTDL-DSVH" in the subject line)."""
    return number.replace("–", "-") if number else None
