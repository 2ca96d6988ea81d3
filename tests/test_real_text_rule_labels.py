"""The hand labels of the trip rules stated in the real texts
(benchmarks/real_text_rule_labels_{dev,blind,blind2,blind3,blind4,blind5,dev2,blind6}.json): each file names real texts,
the splits are the ones planned or listed before labelling, and every rule is one the rule base can hold. Labels are
never compared with congvan's output here: `congvan eval … --rule-labels` does that."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from schemas.rules import VALUE_RANGE, RuleKind, Severity

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "samples" / "real" / "texts"
BENCHMARKS = ROOT / "benchmarks"
SPLITS = ("dev", "blind", "blind2", "blind3", "blind4", "blind5", "dev2", "blind6")
RULE_KEYS = {"kind", "value", "scope", "severity", "unit", "definition"}
SCOPES = {"all", "key_leader", "managed_cadre"}
SEVERITIES = {Severity.BREACH.value, Severity.WARNING.value}
UNITS = {None, "people", "times_per_year", "working_days", "days_per_country", "countries", "days"}
DEFINITION_KEYS = {"term", "includes", "excludes"}


def _json(name: str) -> dict[str, Any]:
    data = json.loads((BENCHMARKS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _labels(split: str) -> dict[str, list[dict[str, Any]]]:
    return {key: rules for key, rules in _json(f"real_text_rule_labels_{split}.json").items() if key != "note"}


def _rules() -> list[tuple[str, dict[str, Any]]]:
    return [(name, rule) for split in SPLITS for name, rules in _labels(split).items() for rule in rules]


@pytest.mark.parametrize("split", SPLITS)
def test_every_key_names_a_real_text_and_the_file_has_a_note(split: str) -> None:
    data = _json(f"real_text_rule_labels_{split}.json")
    assert isinstance(data.get("note"), str) and data["note"].strip()
    for name, rules in _labels(split).items():
        assert (TEXTS / name).is_file(), f"{name}: no such text in samples/real/texts"
        assert isinstance(rules, list), name


def test_dev_and_blind_are_disjoint_and_are_the_planned_splits() -> None:
    splits = _json("real_text_rule_splits.json")
    dev, blind = set(_labels("dev")), set(_labels("blind"))
    assert not dev & blind
    assert dev == set(splits["dev"]) and blind == set(splits["blind"])
    assert set(splits["pinned_dev"]) <= dev


def test_blind2_is_its_planned_list_and_shares_no_text_with_the_first_splits() -> None:
    """blind2 was planned (its list committed) before any of it was labelled or its new texts collected; a text
    scored or tuned on in dev or blind would not be blind."""
    splits = _json("real_text_rule_splits.json")
    blind2 = set(_labels("blind2"))
    assert blind2 == set(splits["blind2"])
    assert not blind2 & (set(_labels("dev")) | set(_labels("blind")))
    earlier = {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not blind2 & earlier


def test_blind3_is_its_planned_list_and_shares_no_text_with_the_earlier_splits() -> None:
    """blind3 was planned (its list committed) before any of it was labelled or its new texts collected; a text
    labelled for rules before (dev, blind, blind2 or the first labels) would not be blind."""
    splits = _json("real_text_rule_splits.json")
    blind3 = set(_labels("blind3"))
    assert blind3 == set(splits["blind3"])
    assert not blind3 & (set(_labels("dev")) | set(_labels("blind")) | set(_labels("blind2")))
    earlier = {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not blind3 & earlier


def test_blind4_is_its_planned_list_and_shares_no_text_with_the_earlier_splits() -> None:
    """blind4 was planned (its list committed) before any of it was labelled or its new texts collected; a text
    labelled for rules before (dev, blind, blind2, blind3 or the first labels) would not be blind."""
    splits = _json("real_text_rule_splits.json")
    blind4 = set(_labels("blind4"))
    assert blind4 == set(splits["blind4"])
    assert not blind4 & (set(_labels("dev")) | set(_labels("blind")) | set(_labels("blind2")) | set(_labels("blind3")))
    earlier = {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not blind4 & earlier


def test_blind5_is_its_planned_list_and_shares_no_text_with_the_earlier_splits() -> None:
    """blind5 was planned (its list committed) before any of it was labelled or its new texts collected; a text
    labelled for rules before (dev, blind, blind2 … blind4 or the first labels) would not be blind."""
    splits = _json("real_text_rule_splits.json")
    blind5 = set(_labels("blind5"))
    assert blind5 == set(splits["blind5"])
    earlier_splits = ("dev", "blind", "blind2", "blind3", "blind4")
    assert not blind5 & {name for split in earlier_splits for name in _labels(split)}
    earlier = {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not blind5 & earlier


def test_dev2_is_its_listed_split_and_shares_no_text_with_the_earlier_splits() -> None:
    """dev2 (a development split from the start) holds texts never labelled for rules before, so its first score is
    a first sight of them."""
    splits = _json("real_text_rule_splits.json")
    dev2 = set(_labels("dev2"))
    assert dev2 == set(splits["dev2"])
    earlier = {name for split in SPLITS if split not in ("dev2", "blind6") for name in _labels(split)}
    earlier |= {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not dev2 & earlier


def test_blind6_is_its_planned_list_and_shares_no_text_with_the_earlier_splits() -> None:
    """blind6 was planned (its list committed) before any of it was labelled or its new texts collected; a text
    labelled for rules before (dev, blind, blind2 … blind5, dev2 or the first labels) would not be blind."""
    splits = _json("real_text_rule_splits.json")
    blind6 = set(_labels("blind6"))
    assert blind6 == set(splits["blind6"])
    earlier = {name for split in SPLITS if split != "blind6" for name in _labels(split)}
    earlier |= {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert not blind6 & earlier


def test_no_blind_text_was_tuned_on_before() -> None:
    """The texts of the earlier rule labels were scored and tuned on, so none may sit in the blind split."""
    earlier = {key for key in _json("real_text_rule_labels.json") if key.startswith("rt-")}
    assert earlier and not earlier & set(_labels("blind"))


def test_the_dev_notes_name_no_blind_text() -> None:
    """Whoever tunes on dev or dev2 reads its note: the blind texts' judgement calls stay in the blind file."""
    blind = [
        *_labels("blind"),
        *_labels("blind2"),
        *_labels("blind3"),
        *_labels("blind4"),
        *_labels("blind5"),
        *_labels("blind6"),
    ]
    for split in ("dev", "dev2"):
        note = _json(f"real_text_rule_labels_{split}.json")["note"]
        assert [name for name in blind if name.removesuffix(".txt") in note] == [], split


@pytest.mark.parametrize(("name", "rule"), _rules(), ids=lambda item: item if isinstance(item, str) else "")
def test_every_rule_is_one_the_rule_base_can_hold(name: str, rule: dict[str, Any]) -> None:
    assert set(rule) == RULE_KEYS, name
    kind = RuleKind(rule["kind"])
    value = rule["value"]
    if kind in VALUE_RANGE:
        low, high = VALUE_RANGE[kind]
        assert value is None or (isinstance(value, int) and low <= value <= high), (name, kind, value)
    else:
        assert value is None, (name, kind, value)
    assert rule["scope"] in SCOPES, name
    assert rule["severity"] in SEVERITIES, name
    assert rule["unit"] in UNITS, name
    assert rule["definition"] is None or set(rule["definition"]) == DEFINITION_KEYS, name
    if kind == RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT:
        assert rule["scope"] == "key_leader", name
