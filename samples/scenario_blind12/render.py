"""Render this scenario's texts as scans the way real originals look (`scans/<stem>.pdf`).

Why: the scenario measures congvan on paper it was not tuned on, so the scans carry what real provincial originals
carry (the design notes on real paperwork): greyish A4 at 200 dpi, slightly skewed; the number and the day of the date
(for some files the month too) filled in by pen in near-black after printing; a red round seal with the issuer's name
over the signer's title; a blue signature; light noise. Deterministic: every random draw is seeded by the file stem.

    .venv/bin/python -m samples.scenario_blind12.render [STEM ...]
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 190, 150, 170, 170
SIZE = 30  # about 11 pt at 200 dpi
LINE = 44
COL = (PAGE_W - MARGIN_L - MARGIN_R) / 80  # a column of the text files, in pixels
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 28, 32)
PEN = (18, 20, 30)
SEAL = (200, 35, 40)
BLUE = (30, 60, 170)
TITLES = {"QUYẾT ĐỊNH", "BÁO CÁO", "CHỈ THỊ"}
SIGNER = re.compile(r"^(KT\. |TM\. )?(PHÓ )?(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)$")


def font(style: str = "Regular", size: int = SIZE) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), size)


def rng_for(stem: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big"))


@dataclass
class Run:
    """A piece of a line: printed text, or digits the clerk wrote by hand."""

    text: str
    hand: bool = False


def runs_of(line: str, month_by_hand: bool) -> list[Run]:
    """Split the number line and the date line so their blanks are filled by hand."""
    number = re.match(r"^(Số: ?)(\d+)(/.*)$", line)
    if number:
        return [Run(number[1] + "   "), Run(number[2], hand=True), Run("  " + number[3])]
    date = re.search(r"(.*ngày )(\d+)( tháng )(\d+)( năm \d{4}.*)$", line)
    if date and "," in date[1][-12:]:
        month = [Run(date[4], hand=True)] if month_by_hand else [Run(date[4])]
        return [Run(date[1] + " "), Run(date[2], hand=True), Run(" " + date[3]), *month, Run(date[5])]
    return [Run(line)]


class Page:
    def __init__(self, rng: np.random.Generator) -> None:
        shade = int(rng.integers(228, 240))
        self.img = Image.new("RGB", (PAGE_W, PAGE_H), (shade, shade, shade - 4))
        self.draw = ImageDraw.Draw(self.img)
        self.y = MARGIN_T
        self.marks: list[tuple[str, int, int]] = []  # signer title position, for the seal and signature


def hand_digits(page: Page, x: float, y: int, digits: str, rng: np.random.Generator) -> float:
    """Write digits as a pen would: slanted, uneven size and baseline, near-black ink, slightly blurred."""
    for ch in digits:
        size = int(SIZE * rng.uniform(1.05, 1.35))
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size // 2, size // 3), ch, font=font("Italic", size), fill=255, stroke_width=1)
        glyph = glyph.rotate(float(rng.uniform(-12, 8)), resample=Image.Resampling.BICUBIC)
        glyph = glyph.filter(ImageFilter.GaussianBlur(0.7))
        dy = int(rng.integers(-8, 4)) - size // 3
        page.img.paste(Image.new("RGB", glyph.size, PEN), (int(x) - size // 2, y + dy), glyph)
        x += size * rng.uniform(0.5, 0.62)
    return x + 6


def draw_runs(page: Page, x: float, runs: list[Run], rng: np.random.Generator, style: str = "Regular") -> None:
    for run in runs:
        if run.hand:
            x = hand_digits(page, x, page.y, run.text, rng)
            continue
        page.draw.text((x, page.y), run.text, font=font(style), fill=INK)
        x += page.draw.textlength(run.text, font=font(style))


def wrap(text: str, width: float, style: str = "Regular") -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if cur and font(style).getlength(trial) > width:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    return [*lines, cur]


def layout(text: str, rng: np.random.Generator) -> list[Page]:
    """Lay the text out line by line: column blocks (header, tables, signature zone) keep their character columns,
    plain paragraphs wrap, the document's title and subject are centred in bold."""
    pages = [Page(rng)]
    month_by_hand = bool(rng.random() < 0.35)
    centred = False
    width = PAGE_W - MARGIN_L - MARGIN_R
    for raw in text.splitlines():
        page = pages[-1]
        if page.y > PAGE_H - MARGIN_B - LINE:
            pages.append(Page(rng))
            page = pages[-1]
        stripped = raw.strip()
        if not stripped:
            centred = False
            page.y += LINE // 2
            continue
        if stripped in TITLES or stripped.startswith("CHỦ TỊCH ỦY BAN NHÂN DÂN") or stripped == "QUYẾT ĐỊNH:":
            centred = stripped in TITLES
            w = page.draw.textlength(stripped, font=font("Bold"))
            page.draw.text(((PAGE_W - w) / 2, page.y), stripped, font=font("Bold"), fill=INK)
            page.y += LINE
            continue
        if centred:
            w = page.draw.textlength(stripped, font=font("Bold"))
            page.draw.text(((PAGE_W - w) / 2, page.y), stripped, font=font("Bold"), fill=INK)
            page.y += LINE
            continue
        if re.search(r"\S {3,}\S", raw) or raw.startswith("   "):
            for m in re.finditer(r"\S+(?: {1,2}\S+)*", raw):
                x = MARGIN_L + m.start() * COL
                piece = m.group()
                bold = piece.isupper() and len(piece) > 3
                if SIGNER.match(piece):
                    page.marks.append((piece, int(x), page.y))
                draw_runs(page, x, runs_of(piece, month_by_hand), rng, "Bold" if bold else "Regular")
            page.y += LINE
            continue
        if SIGNER.match(stripped):
            page.marks.append((stripped, MARGIN_L, page.y))
        runs = runs_of(stripped, month_by_hand)
        if len(runs) > 1:
            draw_runs(page, MARGIN_L, runs, rng)
            page.y += LINE
            continue
        for i, piece in enumerate(wrap(stripped, width)):
            if page.y > PAGE_H - MARGIN_B - LINE:
                pages.append(Page(rng))
                page = pages[-1]
            page.draw.text(
                (MARGIN_L + (40 if i == 0 and not stripped.startswith(("-", "+")) else 0), page.y),
                piece,
                font=font(),
                fill=INK,
            )
            page.y += LINE
    return pages


def issuer(text: str) -> str:
    """The issuing body as its seal names it: the header's left-column capitals."""
    names = []
    for raw in text.splitlines()[:4]:
        left = re.split(r" {3,}", raw.strip())[0]
        if left.isupper() and "CỘNG HÒA" not in left and not left.startswith("SỐ"):
            names.append(left)
    name = " ".join(names) or "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"
    return name if "CẦN THƠ" in name else f"{name} - TP. CẦN THƠ"


def seal(page: Page, cx: int, cy: int, name: str, rng: np.random.Generator) -> None:
    """A red round seal: two rings, the issuer's name around the top, a star in the middle; ink uneven."""
    r = 150
    layer = Image.new("L", (2 * r + 40, 2 * r + 40), 0)
    d = ImageDraw.Draw(layer)
    c = r + 20
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=7)
    d.ellipse((c - r + 22, c - r + 22, c + r - 22, c + r - 22), outline=255, width=3)
    small = font("Bold", 26)
    letters = f"★ {name} ★"
    span = math.radians(300)
    for i, ch in enumerate(letters):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(letters)
        g = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(g).text((10, 6), ch, font=small, fill=255)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        px, py = c + (r - 40) * math.cos(a) - 20, c + (r - 40) * math.sin(a) - 20
        layer.paste(255, (int(px), int(py)), g)
    turn = float(rng.uniform(-0.2, 0.2))
    star = [
        (
            c + (36 if k % 2 == 0 else 15) * math.cos(turn - math.pi / 2 + k * math.pi / 5),
            c + (36 if k % 2 == 0 else 15) * math.sin(turn - math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    noise = (rng.random((layer.height, layer.width)) * 255).astype(np.uint8)
    mask = np.minimum(np.asarray(layer), np.where(noise > 40, 230, 90)).astype(np.uint8)
    tint = Image.new("RGB", layer.size, SEAL)
    page.img.paste(tint, (cx - c, cy - c), Image.fromarray(mask).rotate(float(rng.uniform(0, 360))))


def signature(page: Page, x: int, y: int, rng: np.random.Generator) -> None:
    """A blue scribble: a few joined loops drawn as a thick polyline."""
    pts = []
    t = np.linspace(0, 1, 160)
    loops = rng.uniform(3, 6)
    for k in t:
        pts.append(
            (
                x + 260 * k + 22 * math.sin(2 * math.pi * loops * k),
                y + 40 * math.sin(2 * math.pi * (loops * k + 0.25)) * (1 - 0.6 * k) - 30 * k,
            )
        )
    page.draw.line(pts, fill=BLUE, width=4, joint="curve")
    page.draw.line([(x - 10, y + 45), (x + 300, y + 30)], fill=BLUE, width=3)


def finish(page: Page, rng: np.random.Generator) -> Image.Image:
    """Skew, grey noise, a little blur: the scanner's part."""
    img = page.img.rotate(float(rng.uniform(-0.9, 0.9)), resample=Image.Resampling.BICUBIC, fillcolor=(232, 232, 228))
    arr = np.asarray(img).astype(np.int16)
    arr += rng.normal(0, 7, arr.shape[:2])[..., None].astype(np.int16)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return img.filter(ImageFilter.GaussianBlur(0.5))


def render(stem: str) -> Path:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rng = rng_for(stem)
    pages = layout(text, rng)
    signed = [p for p in pages if p.marks] or [pages[-1]]
    page = signed[-1]
    if page.marks:
        title, x, y = page.marks[-1]
        width = int(page.draw.textlength(title, font=font("Bold")))
        signature(page, x + width // 2 - 110, y + 90, rng)
        seal(page, x + int(rng.integers(-40, 10)), y + 40, issuer(text), rng)
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    images = [finish(p, rng) for p in pages]
    images[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=images[1:], quality=45)
    return out


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    for stem in stems:
        print(render(stem))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
