"""Digital signatures of a PDF: who signed and when, read from its signature fields, not from pixels.

Real files are signed by the issuing body ("Ủy ban nhân dân tỉnh Quảng Ngãi"), sometimes by the signer in
person, and then by the provincial gazette centre ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC"). The boxes they show
are drawn by annotation appearances that are no page text (pdfplumber sees no characters) and that OCR
reads poorly; the signature field itself holds the signing time (`/M`) and the signer's certificate. Each
field becomes the text its box shows ("Ký bởi: … Thời gian ký: …") on its page's `stamp_layers`, which the
stamps extractor reads like any stamp: a bound on the issue date, never the issue date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from schemas.document import Box, TextBox

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})'?(\d{2})'?)?")


def _fields(items: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every form field, kids included (depth-limited: malformed forms may loop)."""
    for item in resolve1(items) or []:
        field = resolve1(item)
        if not isinstance(field, dict) or depth > 8:
            continue
        yield field
        if "Kids" in field:
            yield from _fields(field["Kids"], depth + 1)


def signing_time(value: Any) -> dt.datetime | None:
    """A PDF date ("D:20250207145955+07'00'") as an aware datetime, or None."""
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value or "")
    match = _PDF_DATE.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    zone = None
    if match.group(7):
        offset = dt.timedelta(hours=int(match.group(8)), minutes=int(match.group(9) or 0))
        zone = dt.timezone(offset if match.group(7) == "+" else -offset)
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def signer_name(contents: bytes) -> str | None:
    """The common name of the signing certificate (the one that is no certificate authority), or None."""
    try:
        certificates = pkcs7.load_der_pkcs7_certificates(contents.rstrip(b"\0"))
    except ValueError:
        return None
    for certificate in certificates:
        try:
            authority = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            authority = False
        names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        if not authority and names:
            return str(names[0].value)
    return None


def signature_boxes(data: bytes, *, dpi: int = 300) -> dict[int, list[TextBox]]:
    """Page number (1-based) → the signature boxes on it, as the text they show, with their place on the
    page at `dpi`: every widget, so one signature may come several times (its box, and the number and day
    it writes into the form). A PDF without signature fields, or one pdfminer cannot parse, has none."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        form = resolve1(document.catalog.get("AcroForm"))
        if not isinstance(form, dict):
            return {}
        pages = {page.pageid: (number, page.mediabox) for number, page in enumerate(PDFPage.create_pages(document), 1)}
        found: dict[int, list[TextBox]] = {}
        for field in _fields(form.get("Fields")):
            value = resolve1(field.get("V"))
            kind = resolve1(field.get("FT"))
            if getattr(kind, "name", None) != "Sig" or not isinstance(value, dict):
                continue
            signed = signing_time(resolve1(value.get("M")))
            if signed is None:
                continue
            name = signer_name(resolve1(value.get("Contents")) or b"") or ""
            page = pages.get(getattr(field.get("P"), "objid", None), (1, None))
            text = f"Ký bởi: {name}\nThời gian ký: {signed:%d/%m/%Y %H:%M:%S}{_offset(signed)}"
            box = _box(resolve1(field.get("Rect")), page[1], dpi)
            found.setdefault(page[0], []).append(TextBox(text=text, box=box))
        return found
    except Exception:  # pdfminer raises many types on malformed files; signatures are a bonus, not a need
        return {}


def _offset(signed: dt.datetime) -> str:
    offset = signed.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    return f" {'+' if minutes >= 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _box(rect: Any, mediabox: Any, dpi: int) -> Box | None:
    """A PDF rectangle (points, origin bottom left) as a box on the page image (pixels, origin top left)."""
    if not isinstance(rect, list | tuple) or len(rect) != 4 or not mediabox:
        return None
    scale = dpi / 72
    x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    top = float(mediabox[3]) - max(y0, y1)
    width, height = abs(x1 - x0) * scale, abs(y1 - y0) * scale
    return Box(
        left=round(min(x0, x1) * scale),
        top=round(top * scale),
        width=max(1, round(width)),
        height=max(1, round(height)),
    )
