"""Draw scenario 39's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind39.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, imported; the crease of a
sheet folded in two and the seal's ring read from the header are scenario 38's, imported. What is drawn here besides
is Đồng Tháp's: its receiving offices (Sở Ngoại vụ receives the files), its fax line, UBND tỉnh's digital-signature
box on some decisions, a red "SAO Y" box on the reports filed as copies, and the creases put on purpose — on 455
across the line that names "Ma-lai-xi-a", the middle of its "các nước: A, B và C". Each text of `texts/` becomes
`scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from samples.scenario_blind34.render import (
    LEFT,
    RIGHT,
    Page,
    copied,
    font,
    issued,
    received,
    render_texts,
    sealed,
    signed_box,
    tint,
)
from samples.scenario_blind38.render import folded, issuer_ring

HERE = Path(__file__).parent
PROVINCE = "Đồng Tháp"
OFFICES = (
    "SỞ NGOẠI VỤ TỈNH ĐỒNG THÁP",
    "VĂN PHÒNG UBND TỈNH ĐỒNG THÁP",
    "BAN TỔ CHỨC TỈNH ỦY ĐỒNG THÁP",
    "VĂN PHÒNG TỈNH ỦY ĐỒNG THÁP",
)
FAX_LINE = "0273 3872"
FOLD_AT = {"qd-455": 1008}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through a country of a list."""


def copy_mark(page: Page, rng: random.Random) -> None:
    """The red box a clerk stamps on a copy filed instead of the original ("SAO Y"), in the top margin."""
    w, h = 250, 84
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((3, 3, w - 3, h - 3), outline=255, width=5)
    draw.text((w / 2, 58), "SAO Y", font=font(44, "Bold"), fill=255, anchor="ms")
    mask = mask.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    x = rng.randint(LEFT + 520, RIGHT - mask.width - 300)
    tint(page.image, mask, (205, 35, 45), (x, rng.randint(25, 60)))


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, issuer_ring(text))
    folded(stem, pages[0], FOLD_AT)
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 5)), OFFICES)
    if stem.startswith("bc-") and rng.random() < 0.3:
        copy_mark(pages[0], rng)
    if stem.startswith("qd-") and "/QĐ-UBND" in text[:300] and rng.random() < 0.45:
        when = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        signed_box(pages[0], f"{when + dt.timedelta(days=rng.randint(0, 3)):%d.%m.%Y %H:%M:%S} +07:00", PROVINCE)
    return copied(pages, rng, np_rng, day, (0.55, 0.83), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
