"""Draw scenario 48's texts as the Bộ Y tế's paper: `.venv/bin/python -m samples.scenario_blind48.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the signature, the "ĐẾN" stamp and the
scanner, photocopier or fax are `samples.scan_render.Paper`'s, and the crease of a sheet folded in two scenario 38's.
What is declared and drawn here is the ministry's: its own seal (the ring "BỘ Y TẾ" round a cogwheel and a star, as a
ministry's seal carries the national emblem), each unit's round seal "BỆNH VIỆN BẠCH MAI * BỘ Y TẾ", no seal at all on
a report signed by a delegation's trưởng đoàn (a delegation has none), the ministry's receiving offices and its
digital-signature box on some decisions. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by
the file's name: the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import sys
from functools import partial
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from samples.scan_render import Paper, header_left
from samples.scenario_blind34.render import RED, Page, font, ring_text, seal, signature_box, star, tint
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
MINISTRY = "BỘ Y TẾ"
OFFICES = ("VĂN PHÒNG BỘ Y TẾ", "VỤ HỢP TÁC QUỐC TẾ - BỘ Y TẾ", "VỤ TỔ CHỨC CÁN BỘ - BỘ Y TẾ")
FAX_LINE = "024 6273"
FOLD_AT = {"qd-640-dhyhn": 1195}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through 640's line "Niu Di-lân"."""


def ring(text: str) -> str:
    """The seal's ring: the ministry's own, or the unit's under "BỘ Y TẾ" in the header's left column (the unit that
    signs) round it."""
    left = header_left(text)
    return f"{left[1]} * {MINISTRY}" if len(left) > 1 else MINISTRY


def ministry_seal(image: Image.Image, centre: tuple[int, int], rng: random.Random, np_rng: np.random.Generator) -> None:
    """The ministry's seal: a double ring, "BỘ Y TẾ" and "HÀ NỘI" round it, and at its heart an emblem drawn as a
    toothed wheel round a star, in uneven red ink laid over the print."""
    size = 320
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = (size // 2, size // 2)
    d.ellipse((6, 6, size - 6, size - 6), outline=255, width=8)
    d.ellipse((16, 16, size - 16, size - 16), outline=255, width=2)
    ring_text(mask, c, 126, f"{MINISTRY} * HÀ NỘI * {MINISTRY}", font(28, "Bold"))
    d.ellipse((c[0] - 78, c[1] - 78, c[0] + 78, c[1] + 78), outline=255, width=3)
    for k in range(18):  # the wheel's teeth
        a = math.radians(20 * k)
        x, y = c[0] + 70 * math.cos(a), c[1] + 70 * math.sin(a)
        d.ellipse((x - 6, y - 6, x + 6, y + 6), fill=255)
    d.ellipse((c[0] - 52, c[1] - 52, c[0] + 52, c[1] + 52), outline=255, width=4)
    star(d, c, 40)
    ink = np.asarray(mask, dtype=np.float32) / 255
    ink *= np.clip(np_rng.normal(0.85, 0.18, ink.shape), 0.25, 1.0)
    mask = Image.fromarray((ink * 255).astype(np.uint8)).rotate(rng.uniform(-20, 20), resample=Image.Resampling.BICUBIC)
    tint(image, mask, RED, (centre[0] - size // 2, centre[1] - size // 2))


def sealed_by(
    image: Image.Image, centre: tuple[int, int], ring: str, rng: random.Random, np_rng: np.random.Generator
) -> None:
    """The seal `ring` names: the ministry's, a unit's round seal, or none on a delegation's report ("ĐOÀN CÔNG TÁC
    …": a delegation has no seal)."""
    if ring == MINISTRY:
        ministry_seal(image, centre, rng, np_rng)
    elif not ring.startswith("ĐOÀN CÔNG TÁC"):
        seal(image, centre, ring, rng, np_rng)


def ministry_box(stem: str, text: str, page: Page, day: dt.date, rng: random.Random) -> None:
    """The digital-signature box the ministry's decisions sent through its document system carry at the top: on some
    of what is numbered "/QĐ-BYT", whatever the file's name, signed on its printed day to the minute."""
    if re.search(r"^Số:? \d+/QĐ-BYT$", text, re.M) and rng.random() < 0.45:
        when = dt.datetime.combine(day, dt.time(rng.randint(7, 18), rng.randint(0, 59)))
        lines = ("Người ký: Bộ Y tế", "Email: byt@moh.gov.vn", f"Thời gian ký: {when:%d.%m.%Y %H:%M:%S} +07:00")
        signature_box(page, lines)


PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=ministry_box, seal=sealed_by)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
