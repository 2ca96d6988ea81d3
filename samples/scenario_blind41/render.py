"""Draw scenario 41's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind41.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Tỉnh Quảng Ngãi's: the seal's ring of each
body (Tỉnh ủy, UBND tỉnh, a sở or Văn phòng round the tỉnh, a xã's or phường's UBND, Trường Đại học Phạm Văn Đồng,
Bệnh viện Đa khoa tỉnh round Sở Y tế, the Ban Quản lý Cửa khẩu quốc tế Bờ Y whose name takes two lines), the
province's receiving offices, UBND tỉnh's digital-signature box on some of its decisions, and a crease through the
Bí thư Đảng ủy xã Bờ Y's row of 520's four-column table. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at
200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import signed_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
PROVINCE = "Quảng Ngãi"
OFFICES = ("SỞ NỘI VỤ TỈNH QUẢNG NGÃI", "VĂN PHÒNG UBND TỈNH QUẢNG NGÃI", "BAN TỔ CHỨC TỈNH ỦY QUẢNG NGÃI")
FAX_LINE = "0255 3822"
FOLD_AT = {"qd-520": 1597}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through a row of the ruled table."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: a body of one line ("TỈNH ỦY QUẢNG NGÃI"); a people's
    committee and its tỉnh, xã or phường as one name; else the unit, on one or two lines, round its parent ("SỞ CÔNG
    THƯƠNG * TỈNH QUẢNG NGÃI", "BAN QUẢN LÝ CỬA KHẨU QUỐC TẾ BỜ Y * TỈNH QUẢNG NGÃI")."""
    left = header_left(text)
    if len(left) == 1:
        return left[0]
    if left[0] == "ỦY BAN NHÂN DÂN":
        return f"{left[0]} {left[1]}"
    return f"{' '.join(left[1:])} * {left[0].removeprefix('UBND ')}"


SIGNED = SignedBox("/QĐ-UBND", 0.45, 2, partial(signed_box, province=PROVINCE))
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
