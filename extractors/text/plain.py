"""Plain text: UTF-8, UTF-16 (with a byte-order mark), and the legacy Windows-1258 code page.

Windows-1258 writes Vietnamese tone marks as separate combining characters, so the decoded text is
NFC-composed (also done for every page by `extractors.normalize`). Without a BOM, UTF-8 is tried first;
otherwise charset-normalizer's candidates and cp1258 compete on how Vietnamese the decoded text looks.
A form feed separates pages.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

from extractors.language import vietnamese_share
from schemas.document import Page, TextSource
from schemas.errors import ErrorCode, InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was decoded from."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: dict[str, str] = {"cp1258": data.decode("cp1258", errors="replace")}
    for match in charset_normalizer.from_bytes(data):
        candidates.setdefault(match.encoding, str(match))
    encoding = max(candidates, key=lambda name: vietnamese_share(unicodedata.normalize("NFC", candidates[name])))
    return candidates[encoding], encoding


def read_plain(data: bytes) -> list[Page]:
    """Decoded, NFC-composed pages."""
    text, _ = decode_text(data)
    if "\x00" in text:
        raise InputError("text file contains NUL characters: not a text file", code=ErrorCode.FILE_UNSUPPORTED)
    text = unicodedata.normalize("NFC", text)
    return [
        Page(number=number, source=TextSource.PLAIN, text=page) for number, page in enumerate(text.split("\f"), start=1)
    ]
