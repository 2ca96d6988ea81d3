"""DOCX: paragraphs and tables in document order, as one page.

A table's row becomes one line with its cells joined by " | " (the trips extractor reads member tables
that way). A layout table — the borderless two-column table Word templates use for the header (issuing
body | national motto) or the signature area ("Nơi nhận:" | signer) — is read column by column instead,
so it comes out as the same two blocks an OCR'd page gives.
"""

from __future__ import annotations

import io
import re
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell

from schemas.document import Page, TextSource
from schemas.errors import ErrorCode, InputError

CELL_SEPARATOR = " | "
_LAYOUT_MARKERS = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|ĐẢNG CỘNG SẢN VIỆT NAM|Nơi nhận", re.IGNORECASE)


def _unique_cells(cells: list[_Cell]) -> list[_Cell]:
    """python-docx repeats a merged cell once per grid column it spans; keep it once."""
    seen: set[int] = set()
    unique = []
    for cell in cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            unique.append(cell)
    return unique


def _cell_lines(cell: _Cell) -> list[str]:
    return [p.text.strip() for p in cell.paragraphs if p.text.strip()]


def table_lines(table: Table) -> list[str]:
    """A data table row by row ("a | b | c"); a layout table column by column."""
    rows = [_unique_cells(list(row.cells)) for row in table.rows]
    text = "\n".join(cell.text for row in rows for cell in row)
    if _LAYOUT_MARKERS.search(text) and max((len(r) for r in rows), default=0) <= 2:
        columns = max(len(r) for r in rows)
        return [
            line for column in range(columns) for row in rows if column < len(row) for line in _cell_lines(row[column])
        ]
    lines = []
    for row in rows:
        cells = [" ".join(_cell_lines(cell)) for cell in row]
        if any(cells):
            lines.append(CELL_SEPARATOR.join(cells))
    return lines


def read_docx(data: bytes) -> list[Page]:
    """The document's body as one page of lines."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"DOCX cannot be opened: {error}", code=ErrorCode.DOCX_CORRUPT) from error
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(table_lines(block))
        elif block.text.strip():
            lines.append(block.text.strip())
    return [Page(number=1, source=TextSource.DOCX, text="\n".join(lines))]
