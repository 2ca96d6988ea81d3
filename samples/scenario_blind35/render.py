"""Draw scenario 35's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind35.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day, the red seal over the signer's title, the signature, the "ĐẾN"
stamp and the scanner, photocopier or fax are scenario 34's renderer, imported; what is drawn here besides is
Vĩnh Long's: the seal's ring and the receiving offices of this province, the provincial gazette centre's box ("TRUNG
TÂM CÔNG BÁO VÀ TIN HỌC …", 0–17 days after the printed date) that some decisions of UBND tỉnh carry beside or
instead of the digital-signature box, and a red "SAO Y" stamp on the copies a unit files of some reports. Each text
of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from samples.scan_render import stamp_time
from samples.scenario_blind34.render import (
    LEFT,
    RED,
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

HERE = Path(__file__).parent
PROVINCE = "Vĩnh Long"
OFFICES = ("VĂN PHÒNG UBND TỈNH VĨNH LONG", "SỞ NỘI VỤ TỈNH VĨNH LONG", "VĂN PHÒNG TỈNH ỦY VĨNH LONG")
FAX_LINE = "0270 3823"
GAZETTE = (40, 70, 130)


def issuer_ring(stem: str, text: str) -> str:
    """What the seal's ring says: the body that signs (a report's unit from its header's left column)."""
    head = text.split("\nSố")[0].split("\n")
    left = [line.split("\t")[0].strip() for line in head]
    if "ĐẢNG" in left[0] or left[0].startswith("TỈNH ỦY"):
        unit = left[1]
        return "TỈNH ỦY VĨNH LONG" if unit == "TỈNH ỦY" else f"{unit} * TỈNH ỦY VĨNH LONG"
    if stem.startswith(("qd-", "00-")):
        return "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG"
    unit = " ".join(x for x in left[1:] if x).removeprefix("BCH ")
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"ỦY BAN NHÂN DÂN {unit}"
    return unit if unit.endswith("VĨNH LONG") else f"{unit} * VĨNH LONG"


def gazette_box(page: Page, when: str) -> None:
    """The provincial gazette centre's stamp of publication, top left, in dark blue."""
    d = page.draw
    x, y = LEFT - 120, 30
    d.rectangle((x, y, x + 620, y + 96), outline=GAZETTE, width=2)
    for k, line in enumerate(("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC", f"TỈNH {PROVINCE.upper()}", when)):
        d.text(
            (x + 310, y + 28 + 30 * k), line, font=font(22, "Bold" if k < 2 else "Regular"), fill=GAZETTE, anchor="ms"
        )


def copy_stamp(page: Page, rng: random.Random) -> None:
    """A red "SAO Y" stamp of the unit's office, slightly turned, above the title."""
    mask = Image.new("L", (260, 90), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((3, 3, 256, 86), outline=255, width=5)
    d.text((130, 62), "SAO Y", font=font(48, "Bold"), fill=255, anchor="ms")
    mask = mask.rotate(rng.uniform(-8, 8), expand=True, resample=Image.Resampling.BICUBIC)
    tint(page.image, mask, RED, (rng.randint(RIGHT - 420, RIGHT - 300), rng.randint(330, 380)))


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, issuer_ring(stem, text))
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    number = next(line for line in text.split("\n") if line.startswith("Số"))
    if not stem.startswith("bc-") and number.endswith("-UBND"):
        box = rng.random()
        if box < 0.35:
            signed_box(pages[0], stamp_time(day, rng, 4).strftime("%d.%m.%Y %H:%M:%S +07:00"), PROVINCE)
        if 0.25 < box < 0.55:
            gazette_box(pages[0], stamp_time(day, rng, 17).strftime("%d.%m.%Y %H:%M:%S +07:00"))
    if stem.startswith("bc-") and rng.random() < 0.25:
        copy_stamp(pages[0], rng)
    return copied(pages, rng, np_rng, day, (0.55, 0.82), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
