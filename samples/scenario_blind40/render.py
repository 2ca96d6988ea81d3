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

import datetime as dt
import sys
from pathlib import Path

from PIL import Image

from samples.scenario_blind34.render import RIGHT, Page, copied, font, issued, received, render_texts, sealed
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
    column = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in column if line]
    if len(left) == 1 or left[1].startswith("VỤ "):
        return MINISTRY
    return f"{' '.join(left[1:])} * {left[0]}"


def signed_box(page: Page, when: str) -> None:
    """The digital-signature box of the Bộ's electronic document system, top right."""
    d = page.draw
    x, y = RIGHT - 560, 40
    d.rectangle((x, y, x + 560, y + 100), outline=(40, 90, 40), width=2)
    for k, line in enumerate(("Ký bởi: Bộ Tư pháp", "Cơ quan: Bộ Tư pháp", f"Thời gian ký: {when}")):
        d.text((x + 12, y + 28 + 30 * k), line, font=font(22), fill=(40, 90, 40), anchor="ls")


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, ring(text))
    folded(stem, pages[0], FOLD_AT)
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    if stem.startswith("qd-") and "/QĐ-BTP" in text[:300] and rng.random() < 0.45:
        when = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        signed_box(pages[0], f"{when + dt.timedelta(days=rng.randint(0, 2)):%d.%m.%Y %H:%M:%S} +07:00")
    return copied(pages, rng, np_rng, day, (0.55, 0.82), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
