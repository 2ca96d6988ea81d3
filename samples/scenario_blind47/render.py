"""Draw scenario 47's texts as Lai Châu's paper: `.venv/bin/python -m samples.scenario_blind47.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Lai Châu's: the seal's ring of each issuer
(the Tỉnh ủy and its Văn phòng, UBND tỉnh, a sở, UBND xã Phong Thổ and UBND phường Tân Phong round the province), the
province's receiving offices, UBND tỉnh's digital-signature box on some of its decisions, and a crease through the
line of 980 that names its three countries. 1020's member table breaks onto its second page where the text has its
form feed. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes
on every run."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PIL import Image

from samples.scenario_blind34.render import copied, issued, received, render_texts, sealed, signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "TỈNH LAI CHÂU"
OFFICES = (
    "VĂN PHÒNG UBND TỈNH LAI CHÂU",
    "SỞ NGOẠI VỤ TỈNH LAI CHÂU",
    "VĂN PHÒNG TỈNH ỦY LAI CHÂU",
    "BAN TỔ CHỨC TỈNH ỦY LAI CHÂU",
)
FAX_LINE = "0213 3876"
FOLD_AT = {"qd-980": 995}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through 980's list of countries."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Tỉnh ủy's own, or its Văn phòng round it; UBND tỉnh's
    in full; a xã's or phường's UBND, or a sở, round the province ("SỞ NGOẠI VỤ * TỈNH LAI CHÂU")."""
    left = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in left if line and line != "*"]
    if left[0].startswith("TỈNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        unit = f"ỦY BAN NHÂN DÂN {left[1]}"
        return unit if left[1] == PROVINCE else f"{unit} * {PROVINCE}"
    return f"{' '.join(left[1:])} * {PROVINCE}"


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, ring(text))
    folded(stem, pages[0], FOLD_AT)
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.4):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 5)), OFFICES)
    if stem.startswith("qd-") and "/QĐ-UBND" in text[:300] and rng.random() < 0.5:
        when = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        signed_box(pages[0], f"{when:%d.%m.%Y %H:%M:%S} +07:00", "Lai Châu")
    return copied(pages, rng, np_rng, day, (0.5, 0.8), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
