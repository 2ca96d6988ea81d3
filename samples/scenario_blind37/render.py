"""Draw scenario 37's texts as a ministry's paper: `.venv/bin/python -m samples.scenario_blind37.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day in near-black ink, the red seal over the signer's title, the
signature, the "ĐẾN" stamp and the scanner, photocopier or fax are scenario 34's renderer, imported; what is drawn here
besides is the Bộ Xây dựng's: the seal's ring of each issuer (the Bộ, the Đảng ủy Bộ, a Cục, Vụ, Viện, school,
hospital or journal under it), the ministry's receiving offices, and the ministry's digital-signature box ("Ký bởi: Bộ
Xây dựng", 0–3 days after the printed date) that some decisions and reports carry at the top. Each text of `texts/`
becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PIL import Image

from samples.scan_render import stamp_time
from samples.scenario_blind34.render import RIGHT, Page, copied, font, issued, received, render_texts, sealed

HERE = Path(__file__).parent
MINISTRY = "BỘ XÂY DỰNG"
OFFICES = ("VĂN PHÒNG BỘ XÂY DỰNG", "VỤ HỢP TÁC QUỐC TẾ - BỘ XÂY DỰNG", "VỤ TỔ CHỨC CÁN BỘ - BỘ XÂY DỰNG")
FAX_LINE = "024 3821"
SIGNED = (30, 80, 50)


def issuer_ring(text: str) -> str:
    """What the seal's ring says: the body that signs, read from the header's left column (a party body's second line
    under the Đảng ủy Bộ; a unit's second line under the Bộ; the Bộ itself when the column has one line)."""
    left = [line.split("\t")[0].strip() for line in text.split("\nSố")[0].split("\n")]
    if left[0].startswith("ĐẢNG"):
        return f"{left[1]} * {left[0]}"
    unit = left[1] if len(left) > 1 else ""
    return f"{MINISTRY} * {unit}" if unit else MINISTRY


def ministry_box(page: Page, when: dt.datetime) -> None:
    """The ministry's digital-signature box, top right, in dark green."""
    d = page.draw
    x, y = RIGHT - 580, 36
    d.rectangle((x, y, x + 580, y + 130), outline=SIGNED, width=2)
    lines = (
        "Ký bởi: Bộ Xây dựng",
        "Email: vanthu@moc.gov.vn",
        "Cơ quan: Bộ Xây dựng",
        f"Thời gian ký: {when:%d.%m.%Y %H:%M:%S} +07:00",
    )
    for k, line in enumerate(lines):
        d.text((x + 12, y + 28 + 30 * k), line, font=font(22), fill=SIGNED, anchor="ls")


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, issuer_ring(text))
    day = issued(text)
    party = "/ĐU" in text[:200] or "BC/BTCĐU" in text[:200]
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    if not party and not stem.startswith("00-") and rng.random() < 0.4:
        ministry_box(pages[0], stamp_time(day, rng, 3))
    return copied(pages, rng, np_rng, day, (0.55, 0.82), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
