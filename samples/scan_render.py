"""A province's or ministry's paper as its scenario declares it, drawn by one `Paper.render` for every scenario.

Why: from scenario 38 on, each renderer drew the same marks in the same order (the seal, a sheet folded in two, the
"ĐẾN" stamp, a "SAO Y" mark, the digital-signature box, the copy that reaches the file) and differed only in their
values: which ring, offices, fax line and creases, how often each mark is drawn and how late. The committed scans are
byte-exact and the first scores were measured on them, so `render` draws the file's random streams in the order those
renderers did: a mark that a scenario does not have draws nothing. A scenario whose seal or signature box follows
rules of its own (scenario 48's ministry) passes its own drawing for that mark, in the same place of the order."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from samples.scenario_blind34.render import Page, SealDraw, copied, issued, received, render_texts, seal, sealed

BoxDraw = Callable[[str, str, Page, dt.date, random.Random], None]
"""How a signature box is put on page 1, or not: (stem, text, page, printed day, the file's random stream)."""


def header_left(text: str) -> list[str]:
    """The lines of the header's left column (the issuer and its parent), above the number "Số": the first tab column
    of each, without the blanks and the "*" a party body puts under its name. Scenarios 36 and 38 on read their seal's
    ring from these."""
    column = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    return [line for line in column if line and line != "*"]


def stamp_time(day: dt.date, rng: random.Random, late: int | None) -> dt.datetime:
    """A machine's time on the document, in office hours, 0 to `late` days after its printed date (None: that day,
    with no draw for the delay)."""
    at = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
    return at if late is None else at + dt.timedelta(days=rng.randint(0, late))


@dataclass(frozen=True)
class SignedBox:
    """The digital-signature box some decisions carry at the top: on a `share` of the decisions whose number has
    `mark` ("/QĐ-UBND"), timed by `stamp_time` with `late`, drawn by `draw` (page, "dd.mm.yyyy HH:MM:SS +07:00")."""

    mark: str
    share: float
    late: int | None
    draw: Callable[[Page, str], None]

    def __call__(self, stem: str, text: str, page: Page, day: dt.date, rng: random.Random) -> None:
        """The box on page 1 of a decision that the rule picks (a `BoxDraw`)."""
        if stem.startswith("qd-") and self.mark in text[:300] and rng.random() < self.share:
            self.draw(page, f"{stamp_time(day, rng, self.late):%d.%m.%Y %H:%M:%S} +07:00")


@dataclass(frozen=True)
class Paper:
    """What a scenario's scans carry besides the typed text. `folder`: the scenario's (texts/ in, scans/ out);
    `ring`: the seal's ring read from a text, `seal` how it is drawn (scenario 34's round seal unless the scenario has
    its own); `offices`, `fax_line`: the receiving offices and the fax number but its last digits; `fold`: how a sheet
    came folded (scenario 38's `folded` with the creases put on purpose), None for none; every report and a
    `received_share` of the decisions stamped "ĐẾN" 1 to `received_within` days after the printed date; `copy_mark`: a
    mark on a `copy_share` of the reports filed as copies; `signed`: the digital-signature box (a `SignedBox`, or a
    scenario's own `BoxDraw`); `shares`: the cumulative shares of flat-bed scans and photocopies (the rest are
    faxes)."""

    folder: Path
    ring: Callable[[str], str]
    offices: tuple[str, ...]
    fax_line: str
    fold: Callable[[str, Page], None] | None = None
    received_share: float = 0.35
    received_within: int = 6
    copy_mark: Callable[[Page, random.Random], None] | None = None
    copy_share: float = 0.3
    signed: BoxDraw | None = None
    shares: tuple[float, float] = (0.55, 0.82)
    seal: SealDraw = seal

    def render(self, stem: str, text: str) -> list[Image.Image]:
        """The pages of `texts/<stem>.txt` as they reach the file, the same bytes on every run."""
        rng, np_rng, pages = sealed(stem, text, self.ring(text), self.seal)
        if self.fold:
            self.fold(stem, pages[0])
        day = issued(text)
        if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < self.received_share):
            received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, self.received_within)), self.offices)
        if self.copy_mark and stem.startswith("bc-") and rng.random() < self.copy_share:
            self.copy_mark(pages[0], rng)
        if self.signed:
            self.signed(stem, text, pages[0], day, rng)
        return copied(pages, rng, np_rng, day, self.shares, self.fax_line)

    def main(self, stems: list[str]) -> None:
        """Render every text, or the `stems` named."""
        render_texts(self.folder, self.render, stems)
