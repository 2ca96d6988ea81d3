"""Draw scenario 40's texts as a ministry's paper: `.venv/bin/python -m samples.scenario_blind40.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Bộ Tư pháp's: the seal's ring of each
issuer (the Bộ itself, which also seals what its Vụ sign; a Cục, Văn phòng Bộ, Học viện Tư pháp, Trường Đại học Luật Hà
Nội, Báo Pháp luật Việt Nam), the ministry's receiving offices, the Bộ's digital-signature box on some of its
decisions, and a crease through "Cộng hòa In-đô-nê-xi-a" on 1205, the middle of its "các nước: A, B và C". Each text of
`texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, SignedBox, header_left
from samples.scenario_blind34.render import Page, signature_box
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
MINISTRY = "BỘ TƯ PHÁP"
OFFICES = ("VỤ HỢP TÁC QUỐC TẾ - BỘ TƯ PHÁP", "VĂN PHÒNG BỘ TƯ PHÁP", "VỤ TỔ CHỨC CÁN BỘ - BỘ TƯ PHÁP")
FAX_LINE = "024 6273"
FOLD_AT = {"qd-1205": 1314}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through the middle country of a list."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Bộ's own ("BỘ TƯ PHÁP") on what the Bộ or a Vụ (which
    has no seal of its own) issues; any other unit's name, on one or two lines, round the Bộ's ("HỌC VIỆN TƯ PHÁP * BỘ
    TƯ PHÁP")."""
    left = header_left(text)
    if len(left) == 1 or left[1].startswith("VỤ "):
        return MINISTRY
    return f"{' '.join(left[1:])} * {left[0]}"


def signed_box(page: Page, when: str) -> None:
    """The digital-signature box of the Bộ's electronic document system, top right."""
    signature_box(page, ("Ký bởi: Bộ Tư pháp", "Cơ quan: Bộ Tư pháp", f"Thời gian ký: {when}"))


SIGNED = SignedBox("/QĐ-BTP", 0.45, 2, signed_box)
PAPER = Paper(HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), signed=SIGNED)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
