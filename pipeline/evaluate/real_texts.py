"""`congvan eval samples/real/texts --split dev`: score the extractors on real texts labelled by hand.

Each text (`<id>.txt`) is kept as found, after two `# source:` / `# retrieved` lines that say where it came
from; the eval strips those lines and extracts the rest as a user's saved web page would be, from a file.
`splits.json` names the ids of each split: `dev` (tuned on), `blind` and `blind2` (scored once, now consumed),
`blind3` (collected after `blind2` was scored), `blind4` (collected after `blind3`), `blind5` (collected after
`blind4` was scored), `blind6` (collected after `blind5` was scored), `blind7` (collected after `blind6` was
scored), `blind8` (collected after `blind7` was scored), `blind9` (collected after `blind8` was scored),
`blind10` (collected after `blind9` was scored; scored once, then development), `blind11` (collected in the
same session as `blind10`, scored once at the end) and the later ones; a split is any list of ids in the file,
so a new blind split needs no code; no split means all of them. Only fields a
label states are scored: the corpus labels header fields, citations, people and destinations, not trips or rules.
Destinations are scored twice: by country (`destinations`, the ISO codes, as on the rendered set) and as places
(`places`: country and the name folded to plain letters, its state form dropped, so "Viêng Chăn" and "Viêng chăn"
agree, "CH Séc" and "Séc" too, but Vientiane does not).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path

from extractors.vntext import fold, squash
from pipeline.evaluate.real_scans import RealEvaluation, score_real_document
from pipeline.evaluate.scoring import Comparator, Record, load_field_plugins
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Document

TEXT_FIELDS = ("doc_type", "number", "issue_date", "issuer", "signer", "citations", "people", "destinations")
SOURCE_LINE = "# "


def strip_source_lines(text: str) -> str:
    """The text as found, without the leading `# source:` / `# retrieved …` lines the corpus adds."""
    lines = text.splitlines(keepends=True)
    while lines and lines[0].startswith(SOURCE_LINE):
        lines.pop(0)
    return "".join(lines)


_STATE_FORM = re.compile(
    r"^(?:(?:cong hoa(?: dan chu nhan dan| nhan dan| lien bang| xa hoi chu nghia| hoi giao| dan chu)?"
    r"|lien bang|vuong quoc|dai cong quoc|cong quoc|nha nuoc|hop chung quoc|toa thanh)"
    r"(?: \((?:chdcnd|chnd|chlb|ch|lb)\))?"
    r"|chdcnd|chnd|chlb|ch|lb) (?=\S)"
)
"""A state's form before a country's name, full or short ("Cộng hòa Cuba", "CH Séc", "CHLB Đức", "Vương quốc
Campuchia", the Holy See's "Tòa thánh Vatican"), or full with its short form in brackets ("Cộng hòa Dân chủ Nhân dân
(CHDCND) Lào"): a text writes it or not from one sentence to the next ("tại Cuba … đến Cộng hoà Cuba"), and which
mention a label or the extractor names a place by is no part of where the delegation went."""


def fold_place(name: str) -> str:
    """A place name without tone marks, case, hyphen spacing or state form: the key two spellings of one place
    share."""
    return _STATE_FORM.sub("", squash(fold(name).replace("-", " ").replace(".", " ")))


def places(record: Record) -> set[Hashable]:
    """(country, folded name) of each place the delegation goes to: `places` when the record has them,
    else `destinations` given as objects (the labels' form)."""
    items = record.get("places") or [d for d in record.get("destinations") or [] if isinstance(d, dict)]
    return {(item.get("country"), fold_place(item.get("name") or "")) for item in items if item.get("name")}


def text_comparators() -> dict[str, Comparator]:
    """The comparators scored on real texts, shared with the rendered set's eval, plus places."""
    shared = load_field_plugins()
    comparators = {name: shared[name] for name in TEXT_FIELDS}
    comparators["places"] = places
    return comparators


def load_text_labels(directory: Path, split: str | None) -> tuple[list[tuple[str, Path, Record]], list[str]]:
    """(id, text path, label) of the labelled texts of `split` (all when None), and the problems met."""
    problems: list[str] = []
    splits_path = directory / "splits.json"
    try:
        splits = json.loads(splits_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [], [f"{splits_path}: no readable split file ({error})"]
    if split is not None and split not in splits:
        return [], [f"{splits_path}: no split {split!r}"]
    names = [split] if split else [name for name, ids in splits.items() if isinstance(ids, list)]
    wanted = {doc_id for name in names for doc_id in splits[name]}
    labelled: list[tuple[str, Path, Record]] = []
    for doc_id in sorted(wanted):
        label_path, text_path = directory / f"{doc_id}.json", directory / f"{doc_id}.txt"
        try:
            label = json.loads(label_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            problems.append(f"{label_path}: unreadable label ({error})")
            continue
        if not text_path.is_file():
            problems.append(f"{text_path}: labelled text is missing")
            continue
        labelled.append((doc_id, text_path, label))
    return labelled, problems


def evaluate_texts(
    directory: Path,
    settings: Settings,
    *,
    split: str | None = None,
    extractor: Callable[[Path, Settings], Document] = extract_file,
) -> tuple[RealEvaluation, list[str]]:
    """Extract every labelled text of `split` (source lines stripped) and score the fields its label states."""
    labelled, problems = load_text_labels(directory, split)
    comparators = text_comparators()
    evaluation = RealEvaluation(split=split)
    with tempfile.TemporaryDirectory(prefix="congvan-eval-") as scratch:
        for doc_id, text_path, label in labelled:
            found_as = Path(scratch) / text_path.name
            found_as.write_text(strip_source_lines(text_path.read_text(encoding="utf-8")), encoding="utf-8")
            document = extractor(found_as, settings)
            evaluation.extractor_version = evaluation.extractor_version or document.extractor_version
            predicted = document.model_dump(mode="json")
            if document.status.value == "failed":
                evaluation.failed[doc_id] = "; ".join(f"{e.code}: {e.message}" for e in document.errors)
                predicted = {}
            evaluation.scored.append(doc_id)
            stated = {name: c for name, c in comparators.items() if _states(label, name)}
            score_real_document(evaluation, doc_id, predicted, label, stated)
    return evaluation, problems


def _states(label: Record, field: str) -> bool:
    """Whether the label speaks of `field` (a null value says "the text has none", and is scored)."""
    return (field if field != "places" else "destinations") in label
