"""Comparator of the extracted rules: each rule by kind + value + scope (what a check uses: its parameter and
who it binds)."""

from __future__ import annotations

from collections.abc import Hashable

from pipeline.evaluate.scoring import Record, register_field


@register_field("rules")
def rules(record: Record) -> set[Hashable]:
    items: set[Hashable] = set()
    for rule in record.get("rules") or []:
        value = rule.get("value")
        items.add((rule["kind"], None if value is None else float(value), rule.get("scope") or "all"))
    return items
