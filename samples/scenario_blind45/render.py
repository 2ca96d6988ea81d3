"""Draw scenario 45's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind45.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease scenario 38's,
both imported; what is drawn here is Cao Bằng's: each issuer's seal ring (Tỉnh ủy, UBND tỉnh, a sở, Văn phòng UBND
tỉnh, the geopark's board, the college, a xã or phường), the province's receiving offices, the UBND's
digital-signature box on some decisions, and a crease through "Bí thư Đảng ủy xã Trà Lĩnh" on 612, the member that
makes its two key leaders of one xã. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the
file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "CAO BẰNG"
OFFICES = ("VĂN PHÒNG UBND TỈNH CAO BẰNG", "VĂN PHÒNG TỈNH ỦY CAO BẰNG", "SỞ NỘI VỤ TỈNH CAO BẰNG")
FAX_LINE = "0206 3852"
FOLD_AT = {"qd-612": 1082}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through the prose list of 612's members."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Tỉnh ủy's ("TỈNH ỦY CAO BẰNG"); a people's committee
    of the tỉnh, a xã or a phường on two lines, as one name; else the unit round the tỉnh ("SỞ CÔNG THƯƠNG * CAO
    BẰNG"), or the unit alone when its name already ends with the tỉnh's."""
    left = header_left(text)
    if left[0].startswith("TỈNH ỦY"):
        return left[0]
    if left[0] == "ỦY BAN NHÂN DÂN" and len(left) == 2:
        return f"ỦY BAN NHÂN DÂN {left[1]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"{left[2]} * UBND {left[1]}"
    unit = " ".join(left[1:])
    return unit if unit.endswith(PROVINCE) else f"{unit} * {PROVINCE}"


SIGNED = SignedBox("/QĐ-UBND", 0.4, 2, partial(signed_box, province="Cao Bằng"))
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
