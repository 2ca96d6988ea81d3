"""Draw scenario 50's texts as Nghệ An's paper: `.venv/bin/python -m samples.scenario_blind50.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are the shared `Paper` (samples/scan_render.py), and
the crease of a sheet folded in two scenario 38's; what is drawn here is Nghệ An's: the seal's ring of each issuer (the
Tỉnh ủy and its Văn phòng, UBND tỉnh, the HĐND tỉnh whose Thường trực signs, the Văn phòng Đoàn ĐBQH và HĐND, a sở and
the Ban Quản lý Khu kinh tế Đông Nam round the province), the province's receiving offices and fax line, and UBND
tỉnh's digital-signature box on some of its decisions. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi,
seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "TỈNH NGHỆ AN"
OFFICES = (
    "VĂN PHÒNG UBND TỈNH NGHỆ AN",
    "SỞ NGOẠI VỤ TỈNH NGHỆ AN",
    "VĂN PHÒNG TỈNH ỦY NGHỆ AN",
    "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH NGHỆ AN",
)
FAX_LINE = "0238 3844"


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Tỉnh ủy's own, or its Văn phòng round it; UBND
    tỉnh's or HĐND tỉnh's in full (the Thường trực seals with the HĐND's seal); any other unit round the province
    ("SỞ NGOẠI VỤ * TỈNH NGHỆ AN", "VĂN PHÒNG * ĐOÀN ĐBQH VÀ HĐND TỈNH NGHỆ AN")."""
    left = header_left(text)
    if left[0].startswith("TỈNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"):
        return f"{left[0]} {left[1]}"
    if left[0] == "ĐOÀN ĐBQH VÀ HĐND":
        return f"{left[2]} * {left[0]} {left[1]}"
    return f"{' '.join(left[1:])} * {PROVINCE}"


SIGNED = SignedBox("/QĐ-UBND", 0.4, 1, partial(signed_box, province="Nghệ An"))
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at={}), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
