"""The real-text corpus (samples/real/texts): every text has its source line and a hand label, every label
loads as the contract's fields allow, destinations are well-formed places, and the blind/dev split covers
every id exactly once. Labels are never compared with congvan's output here: that is the evaluation's job."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from schemas.document import Document, Source

TEXTS = Path(__file__).resolve().parents[1] / "samples" / "real" / "texts"
NOT_LABELS = {"splits.json", "label-notes.json"}
PLACE_KEYS = {"name", "country", "level"}
LEVELS = {"country", "region", "city"}
LABEL_KEYS = {
    "doc_type",
    "number",
    "symbol",
    "issue_date",
    "issuer",
    "parent_issuer",
    "place",
    "subject",
    "signer",
    "recipients",
    "citations",
    "people",
    "destinations",
    "destination_codes",
}


def _ids() -> list[str]:
    return sorted(path.stem for path in TEXTS.glob("rt-*.txt"))


def _label(doc_id: str) -> dict[str, Any]:
    data = json.loads((TEXTS / f"{doc_id}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _comparable(text: str) -> str:
    """NFC, whitespace collapsed, and the look-alike Latin eth (Ð, used by some pages) read as Đ."""
    return " ".join(unicodedata.normalize("NFC", text).replace("Ð", "Đ").split())


@cache
def _iso_codes() -> frozenset[str]:
    import babel

    codes = (str(code) for code in babel.Locale("en").territories)
    return frozenset(code for code in codes if re.fullmatch(r"[A-Z]{2}", code))


def test_corpus_has_the_size_the_issue_asks() -> None:
    assert len(_ids()) >= 60


def test_every_text_has_a_label_and_every_label_a_text() -> None:
    labels = {path.stem for path in TEXTS.glob("*.json") if path.name not in NOT_LABELS}
    assert labels == set(_ids())


@pytest.mark.parametrize("doc_id", _ids())
def test_text_starts_with_its_source(doc_id: str) -> None:
    lines = (TEXTS / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    assert re.fullmatch(r"# source: https?://\S+", lines[0]), lines[0]
    assert lines[1].startswith("# retrieved via search tool"), lines[1]
    assert any(line.strip() for line in lines[2:]), "no text after the source lines"


@pytest.mark.parametrize("doc_id", _ids())
def test_label_loads_as_document_fields(doc_id: str) -> None:
    label = _label(doc_id)
    assert set(label) == LABEL_KEYS
    fields = {key: value for key, value in label.items() if key != "destinations"}
    Document(source=Source(path=f"{doc_id}.txt", sha256="0" * 64, pages=1), **fields)


@pytest.mark.parametrize("doc_id", _ids())
def test_destinations_are_well_formed_places(doc_id: str) -> None:
    label = _label(doc_id)
    text = _comparable((TEXTS / f"{doc_id}.txt").read_text(encoding="utf-8"))
    codes: list[str] = []
    for place in label["destinations"]:
        assert set(place) == PLACE_KEYS, place
        assert place["level"] in LEVELS, place
        assert place["country"] in _iso_codes() and place["country"] != "VN", place
        assert _comparable(place["name"]) in text, f"{place['name']!r} is not written in the text"
        if place["country"] not in codes:
            codes.append(place["country"])
    assert label["destination_codes"] == codes


@pytest.mark.parametrize("doc_id", _ids())
def test_labelled_values_are_written_in_the_text(doc_id: str) -> None:
    """Names and numbers are copied from the text, so a typo in a label shows up here."""
    label = _label(doc_id)
    text = _comparable((TEXTS / f"{doc_id}.txt").read_text(encoding="utf-8"))
    names = [person["name"] for person in label["people"]]
    if label["signer"] and label["signer"]["name"]:
        names.append(label["signer"]["name"])
        assert label["signer"]["name"] in names[:-1], "the signer is one of the people"
    for name in names:
        assert _comparable(name) in text, f"{name!r} is not written in the text"
    for value in [label["number"], *(citation["number"] for citation in label["citations"])]:
        if value:
            assert _comparable(value) in text, f"{value!r} is not written in the text"


def test_split_covers_every_text_once() -> None:
    """dev, the blind splits (the third from rt-101, the fourth from rt-131, the fifth from rt-161, the sixth from
    rt-191, the seventh from rt-221, the eighth from rt-251, the ninth from rt-281, the tenth from rt-311, the eleventh
    from rt-341) share no
    id and cover all."""
    splits = json.loads((TEXTS / "splits.json").read_text(encoding="utf-8"))
    blind, dev = set(splits["blind"]), set(splits["dev"])
    blind2, blind3, blind4 = set(splits["blind2"]), set(splits["blind3"]), set(splits["blind4"])
    blind5, blind6, blind7 = set(splits["blind5"]), set(splits["blind6"]), set(splits["blind7"])
    blind8, blind9, blind10 = set(splits["blind8"]), set(splits["blind9"]), set(splits["blind10"])
    blind11 = set(splits["blind11"])
    assert isinstance(splits["seed"], int) and splits["method"]
    assert not blind & dev and not blind2 & (blind | dev) and not blind3 & (blind | dev | blind2)
    assert not blind4 & (blind | dev | blind2 | blind3)
    assert not blind5 & (blind | dev | blind2 | blind3 | blind4)
    assert not blind6 & (blind | dev | blind2 | blind3 | blind4 | blind5)
    assert not blind7 & (blind | dev | blind2 | blind3 | blind4 | blind5 | blind6)
    assert not blind8 & (blind | dev | blind2 | blind3 | blind4 | blind5 | blind6 | blind7)
    assert not blind9 & (blind | dev | blind2 | blind3 | blind4 | blind5 | blind6 | blind7 | blind8)
    assert not blind10 & (blind | dev | blind2 | blind3 | blind4 | blind5 | blind6 | blind7 | blind8 | blind9)
    assert not blind11 & (blind | dev | blind2 | blind3 | blind4 | blind5 | blind6 | blind7 | blind8 | blind9 | blind10)
    assert (
        blind | dev | blind2 | blind3 | blind4 | blind5 | blind6 | blind7 | blind8 | blind9 | blind10 | blind11
        == set(_ids())
    )
    assert 0.25 <= len(blind) / len(blind | dev) <= 0.4
    assert len(blind2) == 25 and all("rt-075" < doc_id <= "rt-100" for doc_id in blind2)
    assert len(blind3) == 30 and all("rt-100" < doc_id <= "rt-130" for doc_id in blind3)
    assert len(blind4) == 30 and all("rt-130" < doc_id <= "rt-160" for doc_id in blind4)
    assert len(blind5) == 30 and all("rt-160" < doc_id <= "rt-190" for doc_id in blind5)
    assert len(blind6) == 30 and all("rt-190" < doc_id <= "rt-220" for doc_id in blind6)
    assert len(blind7) == 30 and all("rt-220" < doc_id <= "rt-250" for doc_id in blind7)
    assert len(blind8) == 30 and all("rt-250" < doc_id <= "rt-280" for doc_id in blind8)
    assert len(blind9) == 30 and all("rt-280" < doc_id <= "rt-310" for doc_id in blind9)
    assert len(blind10) == 30 and all("rt-310" < doc_id <= "rt-340" for doc_id in blind10)
    assert len(blind11) == 30 and all(doc_id > "rt-340" for doc_id in blind11)


def test_label_notes_name_existing_texts() -> None:
    notes = json.loads((TEXTS / "label-notes.json").read_text(encoding="utf-8"))
    assert set(notes) <= set(_ids())
