"""Plain text: UTF-8, UTF-16 (with a byte-order mark), and the legacy Windows-1258 code page.

Windows-1258 writes Vietnamese tone marks as separate combining characters, so the decoded text is
NFC-composed (also done for every page by `extractors.normalize`). Without a BOM, UTF-8 is tried first;
otherwise charset-normalizer's candidates and cp1258 compete on how Vietnamese the decoded text looks.
A form feed separates pages. A table typed with tabs (three cells or more a line, two lines or more in a row)
becomes lines of cells joined by " | ", the form every other reader gives a table's rows (`extractors.members`
reads its columns by the header's words); tabs elsewhere (a two-column header, an indented signature) stay.
"""

from __future__ import annotations

import codecs
import re
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


_TAB = re.compile(r" *\t *")
TABLE_CELLS = 3
"""The fewest cells of a typed table's row: a two-column header ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …") is no table."""


def _cells(line: str) -> list[str]:
    """A line's tab-separated cells, empty ones kept but those closing the line."""
    return _TAB.split(line.rstrip(" \t\r"))


def tab_tables(text: str) -> str:
    """Rows of a table typed with tabs as cells joined by " | " (see the module's doc); a row's empty cells kept."""
    lines = text.split("\n")
    rows = [len(_cells(line)) >= TABLE_CELLS for line in lines]
    table = [row and ((i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])) for i, row in enumerate(rows)]
    return "\n".join(
        " | ".join(_cells(line)) if in_table else line for line, in_table in zip(lines, table, strict=True)
    )


def read_plain(data: bytes) -> list[Page]:
    """Decoded, NFC-composed pages, tables typed with tabs as rows of cells."""
    text, _ = decode_text(data)
    if "\x00" in text:
        raise InputError("text file contains NUL characters: not a text file", code=ErrorCode.FILE_UNSUPPORTED)
    text = tab_tables(unicodedata.normalize("NFC", text))
    return [
        Page(number=number, source=TextSource.PLAIN, text=page) for number, page in enumerate(text.split("\f"), start=1)
    ]
