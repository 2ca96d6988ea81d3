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

import datetime as dt
import sys
from pathlib import Path

from PIL import Image

from samples.scenario_blind34.render import RIGHT, Page, copied, font, issued, received, render_texts, sealed
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
    column = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    left = [line for line in column if line]
    unit = " ".join(left[2:])
    return f"{unit} * {MINISTRY}" if unit else MINISTRY


def signed_box(page: Page, when: str) -> None:
    """The digital-signature box of the Bộ's electronic document system, top right."""
    d = page.draw
    x, y = RIGHT - 600, 40
    d.rectangle((x, y, x + 600, y + 100), outline=(40, 90, 40), width=2)
    lines = (
        "Ký bởi: Bộ Văn hóa, Thể thao và Du lịch",
        "Cơ quan: Bộ Văn hóa, Thể thao và Du lịch",
        f"Thời gian ký: {when}",
    )
    for k, line in enumerate(lines):
        d.text((x + 12, y + 28 + 30 * k), line, font=font(21), fill=(40, 90, 40), anchor="ls")


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, ring(text))
    folded(stem, pages[0], FOLD_AT)
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    if stem.startswith("qd-") and "/QĐ-BVHTTDL" in text[:300] and rng.random() < 0.45:
        when = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.randint(0, 59), rng.randint(0, 59)))
        signed_box(pages[0], f"{when + dt.timedelta(days=rng.randint(0, 2)):%d.%m.%Y %H:%M:%S} +07:00")
    return copied(pages, rng, np_rng, day, (0.55, 0.82), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
