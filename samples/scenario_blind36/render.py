"""Draw scenario 36's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind36.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is what lies on the typed text (design.md, "Real
paperwork"). The page, its pen-filled number and day, the red seal over the signer's title, the signature, the "ĐẾN"
stamp, the digital-signature box and the scanner, photocopier or fax are scenario 34's renderer, the "SAO Y" stamp
scenario 35's and the machine's time `samples.scan_render`'s, imported; what is Cà Mau's is drawn here: the seal's
ring of each issuer (a sở, the Văn phòng, a xã's party committee, the women's union) and the receiving offices of this
province. Each text of `texts/` becomes `scans/<stem>.pdf`, A4 at 200 dpi, seeded by the file's name: the same bytes
on every run."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PIL import Image

from samples.scan_render import header_left, stamp_time
from samples.scenario_blind34.render import copied, issued, received, render_texts, sealed, signed_box
from samples.scenario_blind35.render import copy_stamp

HERE = Path(__file__).parent
PROVINCE = "Cà Mau"
OFFICES = ("VĂN PHÒNG UBND TỈNH CÀ MAU", "SỞ NỘI VỤ TỈNH CÀ MAU", "VĂN PHÒNG TỈNH ỦY CÀ MAU")
FAX_LINE = "0290 3831"


def issuer_ring(stem: str, text: str) -> str:
    """What the seal's ring says: the body that signs, from the header's left column (a rule's issuer, a decision's
    UBND or Tỉnh ủy, a report's unit)."""
    left = header_left(text)
    if left[0].startswith("ĐẢNG BỘ"):
        unit = left[1]
        return "TỈNH ỦY CÀ MAU" if unit == "TỈNH ỦY" else f"{unit} * TỈNH CÀ MAU"
    if stem.startswith("qd-") or left == ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"]:
        return "ỦY BAN NHÂN DÂN TỈNH CÀ MAU"
    unit = " ".join(left[1:]).removeprefix("BCH ")
    if left[0].startswith("ỦY BAN NHÂN DÂN TỈNH"):
        return f"{unit} * UBND TỈNH CÀ MAU"
    return unit if unit.endswith("CÀ MAU") else f"{unit} * TỈNH CÀ MAU"


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, issuer_ring(stem, text))
    day = issued(text)
    if stem.startswith("bc-") or rng.random() < 0.4:
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)), OFFICES)
    number = next(line for line in text.split("\n") if line.startswith("Số"))
    if not stem.startswith("bc-") and number.endswith("-UBND") and rng.random() < 0.45:
        signed_box(pages[0], stamp_time(day, rng, 3).strftime("%d.%m.%Y %H:%M:%S +07:00"), PROVINCE)
    if stem.startswith("bc-") and rng.random() < 0.3:
        copy_stamp(pages[0], rng)
    return copied(pages, rng, np_rng, day, (0.5, 0.8), FAX_LINE)


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
