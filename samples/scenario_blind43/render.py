"""Draw scenario 43's texts as Điện Biên's paper: `.venv/bin/python -m samples.scenario_blind43.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the seal's ring read
from the header and the crease of a sheet folded in two scenario 38's, all imported; what is drawn here besides is
Điện Biên's: the Ban Thường vụ's Quy định sealed with the Tỉnh ủy's own seal, the province's receiving offices, UBND
tỉnh's digital-signature box on some of its decisions, and a crease through "Vương quốc Thái Lan, Vương quốc
Campuchia" on 812, the middle of its "các nước: A, B, C và D". Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at
200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded, issuer_ring

HERE = Path(__file__).parent
OFFICES = (
    "VĂN PHÒNG UBND TỈNH ĐIỆN BIÊN",
    "VĂN PHÒNG TỈNH ỦY ĐIỆN BIÊN",
    "SỞ NGOẠI VỤ TỈNH ĐIỆN BIÊN",
)
FAX_LINE = "0215 3825"
FOLD_AT = {"qd-812": 858}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through the middle of a country list."""


def ring(text: str) -> str:
    """The seal's ring: scenario 38's reading of the header's left column, the Ban Thường vụ's line aside (its
    Quy định carry the Tỉnh ủy's seal)."""
    return issuer_ring(text.replace("\nBAN THƯỜNG VỤ\n", "\n", 1))


SIGNED = SignedBox("/QĐ-UBND", 0.4, 3, partial(signed_box, province="Điện Biên"))
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
