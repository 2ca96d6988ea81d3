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

import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image, ImageDraw

from samples.scan_render import Paper, SignedBox
from samples.scenario_blind34.render import (
    LEFT,
    RIGHT,
    Page,
    font,
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


SIGNED = SignedBox("/QĐ-UBND", 0.45, 3, partial(signed_box, province=PROVINCE))
PAPER = Paper(
    HERE,
    issuer_ring,
    OFFICES,
    FAX_LINE,
    partial(folded, at=FOLD_AT),
    received_within=5,
    copy_mark=copy_mark,
    signed=SIGNED,
    shares=(0.55, 0.83),
)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
