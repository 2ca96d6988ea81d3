"""Draw scenario 48's texts as the Bộ Y tế's paper: `.venv/bin/python -m samples.scenario_blind48.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the signature, the "ĐẾN" stamp and the
scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet folded in two scenario 38's, both
imported. What is drawn here is the ministry's: its own seal (the ring "BỘ Y TẾ" round a cogwheel and a star, as a
ministry's seal carries the national emblem), each unit's round seal "BỆNH VIỆN BẠCH MAI * BỘ Y TẾ", no seal at all on
a report signed by a delegation's trưởng đoàn (a delegation has none), the ministry's receiving offices and its
digital-signature box on some decisions. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by
the file's name: the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from samples.scenario_blind34.render import (
    RED,
    RIGHT,
    Page,
    copied,
    font,
    issued,
    received,
    render_texts,
    ring_text,
    scribble,
    seal,
    star,
    tint,
    typeset,
)
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
MINISTRY = "BỘ Y TẾ"
OFFICES = ("VĂN PHÒNG BỘ Y TẾ", "VỤ HỢP TÁC QUỐC TẾ - BỘ Y TẾ", "VỤ TỔ CHỨC CÁN BỘ - BỘ Y TẾ")
FAX_LINE = "024 6273"
FOLD_AT = {"qd-640-dhyhn": 1195}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through 640's line "Niu Di-lân"."""


def unit(text: str) -> str | None:
    """The header's left column under "BỘ Y TẾ" (the unit that signs), None for the ministry itself."""
    left = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in left if line]
    return left[1] if len(left) > 1 else None


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


def signed(stem: str, text: str) -> tuple[random.Random, np.random.Generator, list[Page]]:
    """The pages typeset, each signer's title signed and sealed: the ministry's seal, a unit's ring "UNIT * BỘ Y TẾ",
    or none on a delegation's report ("ĐOÀN CÔNG TÁC …")."""
    seed = int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big")
    rng, np_rng = random.Random(seed), np.random.default_rng(seed)
    pages = typeset(text, rng)
    body = unit(text)
    for page in pages:
        if page.signer:
            x0, y0, _, y1 = page.signer
            scribble(page.image, x0 + 120, y0 + 60, y1 - 40, rng)
            centre = (x0 + 110 + rng.randint(-20, 20), y0 + 95 + rng.randint(-15, 15))
            if body is None:
                ministry_seal(page.image, centre, rng, np_rng)
            elif not body.startswith("ĐOÀN CÔNG TÁC"):
                seal(page.image, centre, f"{body} * {MINISTRY}", rng, np_rng)
    return rng, np_rng, pages


def signature_box(page: Page, when: dt.datetime) -> None:
    """The digital-signature box the ministry's decisions sent through its document system carry at the top."""
    green = (40, 90, 40)
    x, y = RIGHT - 560, 40
    page.draw.rectangle((x, y, x + 560, y + 100), outline=green, width=2)
    lines = ("Người ký: Bộ Y tế", "Email: byt@moh.gov.vn", f"Thời gian ký: {when:%d.%m.%Y %H:%M:%S} +07:00")
    for k, line in enumerate(lines):
        page.draw.text((x + 12, y + 28 + 30 * k), line, font=font(22), fill=green, anchor="ls")


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = signed(stem, text)
    folded(stem, pages[0], FOLD_AT)
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    if re.search(r"^Số:? \d+/QĐ-BYT$", text, re.M) and rng.random() < 0.45:
        signature_box(pages[0], dt.datetime.combine(day, dt.time(rng.randint(7, 18), rng.randint(0, 59))))
    return copied(pages, rng, np_rng, day, (0.55, 0.82), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
