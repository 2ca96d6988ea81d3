"""Draw scenario 51's texts as Quảng Trị's paper: `.venv/bin/python -m samples.scenario_blind51.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are the shared `Paper` (samples/scan_render.py), and
the crease of a sheet folded in two scenario 38's; what is drawn here is Quảng Trị's (merged with Quảng Bình, seat in
Đồng Hới): the seal's ring of each issuer (the Tỉnh ủy and its Văn phòng, UBND tỉnh, and round the province a sở, the
Ban Quản lý Khu kinh tế and Trường Đại học Quảng Bình), the province's receiving offices and fax line, and UBND
tỉnh's digital-signature box on some of its decisions. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi,
seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "TỈNH QUẢNG TRỊ"
OFFICES = (
    "VĂN PHÒNG UBND TỈNH QUẢNG TRỊ",
    "SỞ NGOẠI VỤ TỈNH QUẢNG TRỊ",
    "VĂN PHÒNG TỈNH ỦY QUẢNG TRỊ",
)
FAX_LINE = "0232 3822"


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Tỉnh ủy's own, or its Văn phòng round it; UBND
    tỉnh's in full; any other unit round the province ("SỞ CÔNG THƯƠNG * TỈNH QUẢNG TRỊ")."""
    left = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in left if line and line != "*"]
    if left[0].startswith("TỈNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"{left[0]} {left[1]}"
    return f"{' '.join(left[1:])} * {PROVINCE}"


SIGNED = SignedBox("/QĐ-UBND", 0.4, 1, partial(signed_box, province="Quảng Trị"))
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at={}), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
