"""Draw scenario 47's texts as Lai Châu's paper: `.venv/bin/python -m samples.scenario_blind47.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are `samples.scan_render.Paper`'s, and the crease of a
sheet folded in two scenario 38's; what is declared here is Lai Châu's: the seal's ring of each issuer (the Tỉnh ủy
and its Văn phòng, UBND tỉnh, a sở, UBND xã Phong Thổ and UBND phường Tân Phong round the province), the province's
receiving offices, UBND tỉnh's digital-signature box on some of its decisions, and a crease through the line of 980
that names its three countries. 1020's member table breaks onto its second page where the text has its form feed.
Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every
run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import signed_box
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
    left = header_left(text)
    if left[0].startswith("TỈNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        unit = f"ỦY BAN NHÂN DÂN {left[1]}"
        return unit if left[1] == PROVINCE else f"{unit} * {PROVINCE}"
    return f"{' '.join(left[1:])} * {PROVINCE}"


SIGNED = SignedBox("/QĐ-UBND", 0.5, None, partial(signed_box, province="Lai Châu"))
PAPER = Paper(
    HERE,
    ring,
    OFFICES,
    FAX_LINE,
    partial(folded, at=FOLD_AT),
    received_share=0.4,
    received_within=5,
    signed=SIGNED,
    shares=(0.5, 0.8),
)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
