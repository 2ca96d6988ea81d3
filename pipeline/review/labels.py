"""People's answers as an evaluation set `congvan eval` reads: every correction measures the extractor.

Each corrected document becomes `<id>.json` (id: the first 16 hex digits of its sha256) with the contract's
field names, as `samples/eval` labels are, plus `labelled_fields`: only the fields a person answered are
scored (the rest of the record is the machine's and would only measure the machine against itself). A skip
labels the value null — nobody can read it, so the extractor should not claim to. Beside it goes the
document's file as eval reads it: `<id>.scan.pdf` / `<id>.scan.png` for PDFs and images (other image formats
converted to PNG, several frames to one PDF), `<id>.txt` for plain text and Word files (the text as read);
a scan whose file is gone gets its label alone.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from PIL import Image

from pipeline.evaluate.scoring import LABELLED_FIELDS
from pipeline.review.crops import document_file
from pipeline.store.queue.fields import FIELDS

_NOT_LABELS = ("source", "text", "pages", "errors", "status", "extractor_version")
"""Keys of the contract record that are provenance, not extracted fields."""


@dataclass
class Export:
    """What `export_labels` wrote, and the documents whose file could not be found (label written alone)."""

    labels: list[Path] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def _put(record: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for key in parents:
        if not isinstance(record.get(key), dict):
            record[key] = {}
        record = record[key]
    record[last] = value


def label_record(document_json: str, answers: list[tuple[str, str | None]]) -> dict[str, Any]:
    """The label of one document: its record with each answered field (name, value) replaced by the answer."""
    record = {k: v for k, v in json.loads(document_json).items() if k not in _NOT_LABELS}
    labelled = []
    for name, value in answers:
        spec = FIELDS.get(name)
        if spec is None:
            continue  # a link between documents is scored by the link evaluation, not as a field
        _put(record, spec.label_key, value)
        labelled.append(name)
    record[LABELLED_FIELDS] = sorted(labelled)
    return record


def _write_input(source: Path, kind: str, text: str, out: Path, doc_id: str) -> Path:
    if kind == "pdf":
        target = out / f"{doc_id}.scan.pdf"
        shutil.copyfile(source, target)
        return target
    if kind == "image":
        with Image.open(source) as image:
            if image.format == "PNG" and getattr(image, "n_frames", 1) == 1:
                target = out / f"{doc_id}.scan.png"
                shutil.copyfile(source, target)
                return target
            frames = [frame.convert("RGB") for frame in _frames(image)]
        if len(frames) == 1:
            target = out / f"{doc_id}.scan.png"
            frames[0].save(target, format="PNG")
        else:
            target = out / f"{doc_id}.scan.pdf"
            frames[0].save(target, format="PDF", save_all=True, append_images=frames[1:])
        return target
    target = out / f"{doc_id}.txt"
    target.write_text(text, encoding="utf-8")
    return target


def _frames(image: Image.Image) -> list[Image.Image]:
    frames = []
    for index in range(getattr(image, "n_frames", 1)):
        image.seek(index)
        frames.append(image.copy())
    return frames


def export_labels(con: duckdb.DuckDBPyConnection, out: Path) -> Export:
    """Write a label (and the document's file) for every document with at least one answer of a field."""
    out.mkdir(parents=True, exist_ok=True)
    rows = con.execute(
        """SELECT c.sha256, d.kind, d.text, d.document_json, list((c.field, c.value) ORDER BY c.field)
           FROM v_corrections c JOIN documents d USING (sha256)
           WHERE c.target = '' AND c.field IN (SELECT unnest($fields::VARCHAR[]))
           GROUP BY ALL ORDER BY c.sha256""",
        {"fields": list(FIELDS)},
    ).fetchall()
    done = Export()
    for sha256, kind, text, document_json, answers in rows:
        doc_id = sha256[:16]
        label = out / f"{doc_id}.json"
        record = label_record(document_json, [(name, value) for name, value in answers])
        label.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        done.labels.append(label)
        if kind not in ("pdf", "image"):
            done.files.append(_write_input(Path(), "txt", text or "", out, doc_id))
            continue
        source = document_file(con, sha256)[0]
        if source is None:
            done.missing.append(sha256)
        else:
            done.files.append(_write_input(source, kind, text or "", out, doc_id))
    return done
