"""A legal site's copy that prints its metadata instead of the document's header.

Some document sites (cinet.vn's "văn bản" pages) keep no header block: the copy opens with the number alone on
its line, then one line that runs the signature block and the issuing body together, "KT BỘ TRƯỞNG THỨ TRƯỞNG
Trần Văn A Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -" (the site's "signed by … on behalf of …"), then the kind and
subject ("CÔNG VĂN Về việc …", "Công văn V/v …"). The form is read only whole: a number that is the whole first
line, a metadata line with a body in capitals after "Theo", a name at the end of the signature part; else None and
the text is read as any other.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.docnumber import DocNumber, parse_number
from extractors.doctype import TITLES
from extractors.people import FAMILY_NAMES
from extractors.signer_text import SIGNING_TITLE_RE
from extractors.titles import canonical
from extractors.vntext import LOWER, UPPER, Line, fold, is_upper_line, readable_case, squash
from schemas.document import DocType

_NAME = rf"[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,4}}"
_METADATA = re.compile(
    rf"^(?P<block>(?P<mode>KT|TM|TL|TUQ)\.?\s*[{UPPER},.\s]*?)\s*[-–]?\s*(?P<name>{_NAME})"
    rf"\s+Theo\s+(?P<issuer>[{UPPER}][{UPPER},&\s-]*[{UPPER}])\s*[-–]?\s*$"
)
"""The metadata line: a signing mode and title(s) in capitals or the site's abbreviation, the name, "Theo" and the
issuing body in capitals."""
_ABBREVIATED_BLOCK = re.compile(r"^(?P<mode>KT|TM|TL|TUQ)(?P<head>BT|CT|TTG)\s*,\s*(?P<own>TT|PCT|PTTG)$")
"""The site's abbreviation of a block: "KTBT, TT" is "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"."""
_DEPUTIES = {("BT", "TT"): "Thứ trưởng", ("CT", "PCT"): "Phó Chủ tịch", ("TTG", "PTTG"): "Phó Thủ tướng"}
"""The abbreviated signer's own title, read only when it is the deputy of the head it signs for: "TT" alone is also
a Thủ tướng, a Tổng Thư ký or a Thanh tra, but under "KTBT" only a Thứ trưởng signs."""
_KIND_OPENING = re.compile(r"^(?P<kind>[^\n]*?)\s+(?:v/v|ve viec)\b")


class SiteHeader(NamedTuple):
    """What a site's metadata form says: the number, the issuing body as printed (capitals), the signer's mode and
    title (readable case) and name, and the kind its subject line opens with."""

    number: DocNumber
    issuer: str
    mode: str
    title: str
    name: str
    doc_type: DocType | None


def site_header(top: list[Line]) -> SiteHeader | None:
    """The metadata form of a site's copy, read from the text's first lines (`top`, blank ones dropped), or None."""
    if len(top) < 2:
        return None
    first = squash(top[0].text)
    number = parse_number(first, top[0].start, require_digits=True)
    if number is None or number.number is None or number.number != first:
        return None
    match = _METADATA.match(squash(top[1].text))
    if match is None or match.group("name").split()[0] not in FAMILY_NAMES:
        return None
    signer = _mode_and_title(match.group("block"))
    if signer is None:
        return None
    kind = _kind(top[2].text) if len(top) > 2 else None
    return SiteHeader(number, match.group("issuer"), signer[0], signer[1], match.group("name"), kind)


def _mode_and_title(block: str) -> tuple[str, str] | None:
    """(mode, the signer's own title) of the block: the last title written out ("KT BỘ TRƯỞNG THỨ TRƯỞNG" → KT.,
    Thứ trưởng), or the site's abbreviation of a deputy ("KTBT, TT")."""
    block = block.strip(" ,.-")
    short = _ABBREVIATED_BLOCK.match(block.upper())
    if short is not None:
        title = _DEPUTIES.get((short.group("head"), short.group("own")))
        return (f"{short.group('mode')}.", title) if title else None
    mode = re.match(r"(KT|TM|TL|TUQ)\.?\s*", block)
    titles = SIGNING_TITLE_RE.findall(block[mode.end() :] if mode else "")
    if mode is None or len(titles) < 2 or not is_upper_line(block):
        return None  # the head signed for and the signer's own title: both, or the block is no block
    return f"{mode.group(1)}.", canonical(readable_case(titles[-1]))


def _kind(line: str) -> DocType | None:
    """The kind a subject line opens with ("CÔNG VĂN Về việc …", "Công văn V/v …"), or None."""
    opening = _KIND_OPENING.match(fold(squash(line)))
    return TITLES.get(opening.group("kind")) if opening else None
