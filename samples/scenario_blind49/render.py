"""Draw scenario 49's texts as Hải Phòng's paper: `.venv/bin/python -m samples.scenario_blind49.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are `samples.scan_render.Paper`'s, and the crease of a
sheet folded in two scenario 38's; what is declared here is Hải Phòng's: the seal's ring of each issuer (the Thành
ủy and its Văn phòng, UBND thành phố, a sở, the Ban quản lý Khu kinh tế, the city's port company, Trường Đại học Hải
Phòng, UBND đặc khu Cát Hải round the city), the city's receiving offices, UBND thành phố's digital-signature box on
some of its decisions (a city's, not a tỉnh's), and a crease through 820's list of three countries. Each text of
`texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import Page, signature_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
CITY = "THÀNH PHỐ HẢI PHÒNG"
OFFICES = (
    "VĂN PHÒNG UBND THÀNH PHỐ HẢI PHÒNG",
    "SỞ NGOẠI VỤ THÀNH PHỐ HẢI PHÒNG",
    "VĂN PHÒNG THÀNH ỦY HẢI PHÒNG",
    "BAN QUẢN LÝ KHU KINH TẾ HẢI PHÒNG",
)
FAX_LINE = "0225 3842"
FOLD_AT = {"qd-820": 905}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through 820's three countries."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Thành ủy's own, or its Văn phòng round it; UBND
    thành phố's in full; a đặc khu's UBND, or any unit under the city ("SỞ XÂY DỰNG * THÀNH PHỐ HẢI PHÒNG"), round
    the city."""
    left = header_left(text)
    if left[0].startswith("THÀNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        unit = f"ỦY BAN NHÂN DÂN {left[1]}"
        return unit if left[1] == CITY else f"{unit} * {CITY}"
    return f"{' '.join(left[1:])} * {CITY}"


def city_box(page: Page, when: str) -> None:
    """UBND thành phố's digital-signature box."""
    signature_box(
        page, ("Ký bởi: Ủy ban nhân dân thành phố Hải Phòng", "Cơ quan: Thành phố Hải Phòng", f"Thời gian ký: {when}")
    )


SIGNED = SignedBox("/QĐ-UBND", 0.45, 1, city_box)
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
