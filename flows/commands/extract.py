"""`congvan extract`: files in, one Document per file out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from flows.terminal import printable
from pipeline.ingest.extract import extract_files
from pipeline.settings import Settings
from schemas.document import Document, Status


def _summary(document: Document) -> str:
    source = document.source
    parts = [
        f"{printable(source.path)}: {document.status.value}",
        f"{source.kind or '?'}, {source.pages} page(s)",
        f"text from {source.text_source.value}" if source.text_source else "",
        f"OCR confidence {source.ocr_confidence:.0f}" if source.ocr_confidence is not None else "",
        f"{document.doc_type.value}" if document.doc_type else "",
        f"number {document.number}" if document.number else "",
        f"dated {document.issue_date.isoformat()}" if document.issue_date else "",
        f"{len(document.text)} characters",
    ]
    return ", ".join(part for part in parts if part)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="one JSON object per file and line (the extraction contract)")
def extract(files: tuple[Path, ...], as_json: bool) -> None:
    """Read FILES (folders are expanded) and print what was extracted from each.

    Every file is processed even when some fail; each failure is one line on stderr
    ("congvan: PATH: reason") and the exit status is then 1.

    Example: congvan extract samples/documents --json > documents.jsonl
    """
    settings = Settings()
    failed = 0
    for document in extract_files(files, settings):
        if as_json:
            click.echo(json.dumps(document.model_dump(mode="json"), ensure_ascii=False))
        else:
            click.echo(_summary(document))
        if document.status is Status.FAILED:
            failed += 1
            reason = "; ".join(f"{error.message} [{error.code}]" for error in document.errors)
            click.echo(f"congvan: {printable(document.source.path)}: {printable(reason)}", err=True)
    if failed:
        raise click.exceptions.Exit(1)
