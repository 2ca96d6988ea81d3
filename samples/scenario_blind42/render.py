"""Draw scenario 42's texts as a ministry's paper: `.venv/bin/python -m samples.scenario_blind42.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Bộ Văn hóa, Thể thao và Du lịch's: the seal's
ring of each issuer (the Bộ, whose name its header splits over two lines; a Cục, Văn phòng Bộ, Nhà hát Chèo Việt Nam,
Bảo tàng Lịch sử quốc gia, Trường Đại học Văn hóa Hà Nội round the Bộ's name), the ministry's receiving offices, the
Bộ's digital-signature box on some of its decisions, and a crease across the art troupe table of 705 (whose list runs
over two pages). Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same
bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import Page, signature_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
MINISTRY = "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
OFFICES = (
    "CỤC HỢP TÁC QUỐC TẾ - BỘ VHTTDL",
    "VĂN PHÒNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "VỤ TỔ CHỨC CÁN BỘ - BỘ VHTTDL",
)
FAX_LINE = "024 3943"
FOLD_AT = {"qd-705": 1500}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): across the troupe's table."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column, where the Bộ's name takes the first two lines: the Bộ's
    own when nothing follows; else the unit's name under it, on one or two lines, round the Bộ's ("NHÀ HÁT CHÈO VIỆT
    NAM * BỘ VĂN HÓA, …")."""
    left = header_left(text)
    unit = " ".join(left[2:])
    return f"{unit} * {MINISTRY}" if unit else MINISTRY


def signed_box(page: Page, when: str) -> None:
    """The digital-signature box of the Bộ's electronic document system, top right (its long name: wider, smaller)."""
    body = "Bộ Văn hóa, Thể thao và Du lịch"
    signature_box(page, (f"Ký bởi: {body}", f"Cơ quan: {body}", f"Thời gian ký: {when}"), width=600, size=21)


SIGNED = SignedBox("/QĐ-BVHTTDL", 0.45, 2, signed_box)
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
