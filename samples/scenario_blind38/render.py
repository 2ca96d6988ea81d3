"""Draw scenario 38's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind38.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, imported; what is drawn here
besides is Thái Nguyên's: the seal's ring of each issuer (UBND tỉnh, a sở, a phường, the Tỉnh ủy or one of its Ban,
Đại học Thái Nguyên or a member school), the province's receiving offices, UBND tỉnh's digital-signature box on some
of its decisions, and the crease of a sheet folded in two for the envelope — on 512 across the line that names
"Ma-lai-xi-a", the middle of its "các nước: A, B và C". Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200
dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Mapping
from functools import partial
from pathlib import Path

import numpy as np
from PIL import Image

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import PAGE_H, Page, signed_box

HERE = Path(__file__).parent
PROVINCE = "Thái Nguyên"
OFFICES = (
    "VĂN PHÒNG UBND TỈNH THÁI NGUYÊN",
    "BAN TỔ CHỨC TỈNH ỦY THÁI NGUYÊN",
    "VĂN PHÒNG TỈNH ỦY THÁI NGUYÊN",
    "ĐẠI HỌC THÁI NGUYÊN",
)
FAX_LINE = "0208 3855"
FOLD_AT = {"qd-512": 1250}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through a country of a list."""


def crease(page: Page, y: int, rng: random.Random) -> None:
    """A sheet folded in two across `y`: the ink worn along the crease (unevenly along it), a grey crease line, a soft
    shadow above it. Drawn in place, so the page's later marks land on the folded paper."""
    a = np.asarray(page.image, dtype=np.float32)
    np_rng = np.random.default_rng(rng.getrandbits(32))
    wear = np.clip(np_rng.normal(0.55, 0.2, a.shape[1]), 0.1, 0.9)
    profile = np.exp(-(((np.arange(-5, 6)) / 3.0) ** 2))
    band = a[y - 5 : y + 6]
    a[y - 5 : y + 6] = band + (255 - band) * (profile[:, None] * wear[None, :])[..., None]
    a[y - 18 : y - 5] *= np.linspace(1.0, 0.94, 13, dtype=np.float32)[:, None, None]
    a[y] *= 0.82
    page.image.paste(Image.fromarray(a.clip(0, 255).astype(np.uint8)))


def folded(stem: str, page: Page, at: Mapping[str, int] = FOLD_AT) -> None:
    """Half the sheets came folded in two, a little off the middle; those of `at` (stem → pixels from the top) where
    it says: a province's renderer passes its own."""
    rng = random.Random(int.from_bytes(hashlib.sha256(f"fold {stem}".encode()).digest()[:8], "big"))
    if stem in at:
        crease(page, at[stem], rng)
    elif not stem.startswith("00-") and rng.random() < 0.5:
        crease(page, round(PAGE_H * rng.uniform(0.46, 0.54)), rng)


def issuer_ring(text: str) -> str:
    """What the seal's ring says, read from the header's left column: a body of one line ("TỈNH ỦY THÁI NGUYÊN"); a
    people's committee and its tỉnh, phường or xã on two lines, as one name; else the unit (second line) round its
    parent (first line), as a sở's seal reads "SỞ Y TẾ * TỈNH THÁI NGUYÊN"."""
    left = header_left(text)
    if len(left) == 1:
        return left[0]
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"{left[0]} {left[1]}"
    return f"{left[1]} * {left[0].removeprefix('UBND ')}"


SIGNED = SignedBox("/QĐ-UBND", 0.45, 3, partial(signed_box, province=PROVINCE))
PAPER = Paper(HERE, issuer_ring, OFFICES, FAX_LINE, folded, signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
