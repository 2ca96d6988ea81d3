"""Draw scenario 46's texts as Hưng Yên's paper: `.venv/bin/python -m samples.scenario_blind46.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Hưng Yên's: the seal's ring of each issuer
(the Tỉnh ủy and its Văn phòng, UBND tỉnh, a sở, the Ban Quản lý các khu công nghiệp, Trường Đại học Thái Bình, the
Bệnh viện, UBND xã Hưng Hà), the province's receiving offices, UBND tỉnh's digital-signature box on some of its
decisions, and a crease through "Vương quốc Hà Lan" on 960, the third of its four countries. Each text of `texts/`
becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "TỈNH HƯNG YÊN"
OFFICES = (
    "VĂN PHÒNG UBND TỈNH HƯNG YÊN",
    "SỞ NỘI VỤ TỈNH HƯNG YÊN",
    "VĂN PHÒNG TỈNH ỦY HƯNG YÊN",
    "BAN QUẢN LÝ CÁC KCN TỈNH HƯNG YÊN",
)
FAX_LINE = "0221 3862"
FOLD_AT = {"qd-960": 1290}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through a country of a list."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Tỉnh ủy's own, or its Văn phòng round it; UBND tỉnh's
    (or a xã's) in full; any other unit's name round the province ("TRƯỜNG ĐẠI HỌC THÁI BÌNH * TỈNH HƯNG YÊN")."""
    left = header_left(text)
    if left[0].startswith("TỈNH ỦY"):
        return left[0] if len(left) == 1 else f"{left[1]} * {left[0]}"
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"ỦY BAN NHÂN DÂN {left[1]}"
    return f"{' '.join(left[1:])} * {PROVINCE}"


SIGNED = SignedBox("/QĐ-UBND", 0.45, None, partial(signed_box, province="Hưng Yên"))
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
