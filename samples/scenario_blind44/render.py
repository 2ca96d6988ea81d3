"""Draw scenario 44's texts as a ministry's paper: `.venv/bin/python -m samples.scenario_blind44.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, and the crease of a sheet
folded in two scenario 38's, both imported; what is drawn here besides is Bộ Nội vụ's: the seal's ring of each issuer
(the Bộ itself, which also seals what its Vụ sign; a Cục, Văn phòng Bộ, the Trung tâm Lao động ngoài nước, Học viện
Hành chính và Quản trị công, Trường Đại học Lao động - Xã hội), the ministry's receiving offices, and a crease through
"Liên bang Thụy Sĩ" on 790, the third of its four countries. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at
200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from samples.scan_render import Paper, header_left
from samples.scenario_blind38.render import folded

HERE = Path(__file__).parent
MINISTRY = "BỘ NỘI VỤ"
OFFICES = ("VỤ HỢP TÁC QUỐC TẾ - BỘ NỘI VỤ", "VĂN PHÒNG BỘ NỘI VỤ", "VỤ TỔ CHỨC CÁN BỘ - BỘ NỘI VỤ")
FAX_LINE = "024 3826"
FOLD_AT = {"qd-790": 1052}
"""Where a sheet's crease is put on purpose (pixels from the top of page 1): through a country of the list."""


def ring(text: str) -> str:
    """The seal's ring, read from the header's left column: the Bộ's own on what the Bộ or a Vụ (no seal of its own)
    issues; any other unit's name round the Bộ's ("CỤC VIỆC LÀM * BỘ NỘI VỤ")."""
    left = header_left(text)
    if len(left) == 1 or left[1].startswith("VỤ "):
        return MINISTRY
    return f"{' '.join(left[1:])} * {left[0]}"


PAPER = Paper(
    HERE, ring, OFFICES, FAX_LINE, partial(folded, at=FOLD_AT), received_share=0.4, received_within=5, shares=(0.5, 0.8)
)
render = PAPER.render
main = PAPER.main


if __name__ == "__main__":
    main(sys.argv[1:])
