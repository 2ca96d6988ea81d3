"""What the citation tests compare: each cited document of a text as (kind, number, ISO date)."""

from __future__ import annotations

from extractors.citations import find_citations


def cited(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(kind, number, date) of every citation `find_citations` reads in `text`, in order."""
    return [(c.kind, c.number, c.date.isoformat() if c.date else None) for c in find_citations(text)]
