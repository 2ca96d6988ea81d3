"""A typed decision as a scan would give it, for the trip readers' tests: one OCR word per typed word."""

from __future__ import annotations

from schemas.document import Box, DocType, Document, Page, Source, TextSource, Word


def read_decision(
    text: str,
    source: TextSource = TextSource.OCR,
    confidence: dict[str, float] | None = None,
    blank_after: int = -1,
) -> Document:
    """`text` as read, each word 10 px after the one before at its `confidence` (95 unless given), and a blank of
    70 px (over two word heights) after the word `blank_after` (an index); a typed source has no words."""
    words = [
        Word(
            text=word,
            box=Box(left=40 * index + 70 * (index > blank_after >= 0), top=10, width=30, height=30),
            confidence=(confidence or {}).get(word, 95.0),
        )
        for index, word in enumerate(text.replace("\n", " ").split())
    ]
    page = Page(number=1, source=source, text=text, words=words if source is TextSource.OCR else [])
    return Document(
        source=Source(path="x.pdf", sha256="0", pages=1, text_source=source),
        text=text,
        pages=[page],
        doc_type=DocType.QUYET_DINH,
    )
