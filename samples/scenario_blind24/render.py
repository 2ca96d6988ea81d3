"""Render scenario_blind24's texts as an office's scans: `.venv/bin/python -m samples.scenario_blind24.render`.

Why: issue 13 scores congvan on scans, and real ones are not clean prints (design brief, "Real paperwork"): the number
and the day of the date are left blank on the printed form and filled by pen after signing, in near-black ink; a red
round seal with the issuer's name round its ring and a star sits over the left of the signer's title, under a blue
signature; incoming-mail stamps ("ĐẾN", with their own number and date) lie over the body text; a file comes back
from a flat-bed scanner, a photocopier (uneven toner, a dark binding edge, streaks, speckles) or a fax machine
(thresholded, coarse vertical resolution, a sender line with its own date). Each file is drawn from its own text,
seeded by its file name, as A4 pages at 200 dpi; tables are ruled and pages from the second are numbered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import random
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 150, 150, 170
TEXT_W = W - LEFT - RIGHT
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (22, 22, 26)
PEN = (28, 28, 40)  # pen ink on real scans is near-black, not blue
SEAL_RED = (214, 38, 48)
SIGN_BLUE = (32, 52, 165)
BODY_PT, SMALL_PT, HEAD_PT = 13, 11, 12


def px(points: float) -> int:
    return round(points * DPI / 72)


@cache
def font(style: str = "Regular", points: float = BODY_PT, family: str = "Serif") -> ImageFont.FreeTypeFont:
    """Liberation (Times- and Arial-like, complete Vietnamese: Debian's fonts-liberation2)."""
    return ImageFont.truetype(str(FONTS / f"Liberation{family}-{style}.ttf"), px(points))


def seed(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


@dataclass
class Blank:
    """A gap left in the print for the pen: its box on page 1 and the digits written in it."""

    box: tuple[int, int, int, int]
    digits: str


@dataclass
class SignBlock:
    """Where the signer's title and name were printed, for the seal and the signature."""

    page: int
    title_box: tuple[int, int, int, int]
    name_top: int


@dataclass
class Layout:
    pages: list[Image.Image] = field(default_factory=list)
    y: int = TOP
    blanks: list[Blank] = field(default_factory=list)
    signs: list[SignBlock] = field(default_factory=list)

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.pages[-1])

    def new_page(self) -> None:
        self.pages.append(Image.new("RGB", (W, H), "white"))
        self.y = TOP
        if len(self.pages) > 1:  # page numbers from the second page, top centre
            number = str(len(self.pages))
            f = font("Regular", BODY_PT)
            self.draw.text(((W - f.getlength(number)) / 2, TOP - px(26)), number, font=f, fill=INK)

    def room(self, height: int) -> None:
        if self.y + height > H - BOTTOM:
            self.new_page()


def line_height(f: ImageFont.FreeTypeFont) -> int:
    return round(f.size * 1.32)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int) -> list[str]:
    words, lines, current = text.split(), list[str](), ""
    for word in words:
        trial = f"{current} {word}".strip()
        limit = width - (indent if not lines else 0)
        if current and f.getlength(trial) > limit:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def justified(draw: ImageDraw.ImageDraw, x: int, y: int, line: str, f: ImageFont.FreeTypeFont, width: int) -> None:
    words = line.split()
    if len(words) < 2:
        draw.text((x, y), line, font=f, fill=INK)
        return
    gap = (width - sum(f.getlength(w) for w in words)) / (len(words) - 1)
    gap = min(gap, f.getlength(" ") * 2.5)
    cx = float(x)
    for word in words:
        draw.text((cx, y), word, font=f, fill=INK)
        cx += f.getlength(word) + gap


def paragraph(lay: Layout, text: str, f: ImageFont.FreeTypeFont, indent: int = px(36)) -> None:
    lines = wrap(text, f, TEXT_W, indent)
    lh = line_height(f)
    for k, line in enumerate(lines):
        lay.room(lh)
        x = LEFT + (indent if k == 0 else 0)
        width = TEXT_W - (indent if k == 0 else 0)
        if k < len(lines) - 1:
            justified(lay.draw, x, lay.y, line, f, width)
        else:
            lay.draw.text((x, lay.y), line, font=f, fill=INK)
        lay.y += lh
    lay.y += px(3)


def centred(lay: Layout, text: str, f: ImageFont.FreeTypeFont, underline: bool = False) -> None:
    for line in wrap(text, f, TEXT_W - px(40), 0):
        lh = line_height(f)
        lay.room(lh)
        w = f.getlength(line)
        x = LEFT + (TEXT_W - w) / 2
        lay.draw.text((x, lay.y), line, font=f, fill=INK)
        if underline:
            lay.draw.line((x + w * 0.2, lay.y + lh - 4, x + w * 0.8, lay.y + lh - 4), fill=INK, width=2)
        lay.y += lh


def with_blank(text: str, pattern: str) -> tuple[str, str, str] | None:
    """Split a printed line around the digits a clerk fills by pen: (before, digits, after)."""
    m = re.search(pattern, text)
    return (text[: m.start(1)], m[1], text[m.end(1) :]) if m else None


def header_cell(lay: Layout, text: str, centre: float, f: ImageFont.FreeTypeFont, y: int, pattern: str = "") -> None:
    """One header line centred on `centre`; the digits `pattern` finds are left blank, their box kept for the pen."""
    parts = with_blank(text, pattern) if pattern else None
    if parts is None:
        lay.draw.text((centre - f.getlength(text) / 2, y), text, font=f, fill=INK)
        return
    before, digits, after = parts
    gap = px(11) * len(digits) + px(14)
    total = f.getlength(before) + gap + f.getlength(after)
    x = centre - total / 2
    lay.draw.text((x, y), before, font=f, fill=INK)
    x0 = x + f.getlength(before)
    lay.draw.text((x0 + gap, y), after, font=f, fill=INK)
    lay.blanks.append(Blank((round(x0), y - px(4), round(x0 + gap), round(y + f.size + px(2))), digits))


def header(lay: Layout, rows: Sequence[str]) -> None:
    """The two-column head: issuer, number (left); motto or party name, place and date (right)."""
    left_c, right_c = LEFT + TEXT_W * 0.22, LEFT + TEXT_W * 0.69
    party = rows[0].split("\t")[-1].startswith("ĐẢNG CỘNG SẢN")
    for k, row in enumerate(rows):
        left, _, right = row.partition("\t")
        lh = line_height(font("Regular", HEAD_PT))
        lf = font("Bold" if k == 1 or (party and k == 0) else "Regular", HEAD_PT)
        if left.startswith("Số"):
            header_cell(lay, left, left_c, font("Regular", HEAD_PT), lay.y, r"^Số:? (\d+)[-/]")
        elif left:
            header_cell(lay, left, left_c, lf, lay.y)
        if right:
            if "ngày" in right:
                header_cell(lay, right, right_c, font("Italic", HEAD_PT + 1), lay.y, r"ngày (\d+) tháng")
            else:
                rf = font("Bold", HEAD_PT + (0.5 if k == 0 else 0))
                header_cell(lay, right, right_c, rf, lay.y)
                if k == 1 or (party and k == 0):
                    w = rf.getlength(right)
                    lay.draw.line((right_c - w / 2, lay.y + lh - 3, right_c + w / 2, lay.y + lh - 3), fill=INK, width=2)
        if k == 1 and not party:
            lay.draw.line((left_c - px(30), lay.y + lh - 3, left_c + px(30), lay.y + lh - 3), fill=INK, width=2)
        lay.y += lh + px(2)
    lay.y += px(14)


def table(lay: Layout, rows: Sequence[list[str]]) -> None:
    """A ruled table (TT, họ tên, chức vụ, đơn vị); long cells wrap; the head row is bold and repeated on a new page."""
    widths = [0.07, 0.29, 0.32, 0.32]
    cols = [round(TEXT_W * w) for w in widths]
    f, bold = font("Regular", BODY_PT - 1), font("Bold", BODY_PT - 1)
    lh = line_height(f)

    def draw_row(cells: list[str], cf: ImageFont.FreeTypeFont) -> None:
        wrapped = [wrap(c, cf, w - px(12), 0) or [""] for c, w in zip(cells, cols, strict=True)]
        height = max(len(c) for c in wrapped) * lh + px(10)
        if lay.y + height > H - BOTTOM:
            lay.new_page()
            draw_row(rows[0], bold)
        x = LEFT
        for lines, w in zip(wrapped, cols, strict=True):
            lay.draw.rectangle((x, lay.y, x + w, lay.y + height), outline=INK, width=2)
            for k, text in enumerate(lines):
                tx = x + (w - cf.getlength(text)) / 2 if w == cols[0] or cf is bold else x + px(6)
                lay.draw.text((tx, lay.y + px(5) + k * lh), text, font=cf, fill=INK)
            x += w
        lay.y += height

    for k, cells in enumerate(rows):
        draw_row(cells, bold if k == 0 else f)
    lay.y += px(8)


def signature_block(lay: Layout, rows: Sequence[str]) -> None:
    """'Nơi nhận' on the left in small type; the signer's titles, a space for seal and signature, and the name on
    the right. Kept on one page."""
    left = [r.partition("\t")[0] for r in rows]
    right = [r.partition("\t")[2] for r in rows if r.partition("\t")[2]]
    titles, name = right[:-1], right[-1]
    small, tf = font("Regular", SMALL_PT), font("Bold", BODY_PT)
    lh_small, lh = line_height(small), line_height(tf)
    height = max(len(left) * lh_small, (len(titles) + 5) * lh) + px(10)
    lay.room(height)
    y0 = lay.y
    for k, text in enumerate(left):
        f = font("BoldItalic", SMALL_PT + 1) if text.startswith("Nơi nhận") else small
        lay.draw.text((LEFT, y0 + k * lh_small), text, font=f, fill=INK)
    centre = LEFT + TEXT_W * 0.70
    widths = [tf.getlength(t) for t in titles]
    for k, text in enumerate(titles):
        lay.draw.text((centre - widths[k] / 2, y0 + k * lh), text, font=tf, fill=INK)
    name_top = y0 + (len(titles) + 4) * lh
    lay.draw.text((centre - tf.getlength(name) / 2, name_top), name, font=tf, fill=INK)
    box = (round(centre - max(widths) / 2), y0, round(centre + max(widths) / 2), y0 + len(titles) * lh)
    lay.signs.append(SignBlock(len(lay.pages) - 1, box, name_top))
    lay.y = y0 + height


TITLE_START = re.compile(r"^(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,:]+|Chương [IVX]+)$")
HEADING = re.compile(r"^(?:[IVX]+\. |Điều \d+\. [^.]{0,60}$)")


def sign_rows(lines: Sequence[str], start: int) -> int:
    """The end (exclusive) of the signature block starting at `start`."""
    end = start
    while end < len(lines) and (not lines[end] or "\t" in lines[end] or lines[end].startswith(("- ", "Nơi nhận"))):
        end += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return end


def layout(text: str) -> Layout:
    lines = text.rstrip("\n").split("\n")
    lay = Layout()
    lay.new_page()
    first_blank = lines.index("")
    header(lay, lines[:first_blank])
    k, body = first_blank, font("Regular", BODY_PT)
    seen_body = False
    while k < len(lines):
        line = lines[k]
        if not line:
            lay.y += px(6)
            k += 1
        elif line.startswith("Nơi nhận"):
            end = sign_rows(lines, k)
            signature_block(lay, lines[k:end])
            k = end
        elif line.count("\t") == 3:
            end = k
            while end < len(lines) and lines[end].count("\t") == 3:
                end += 1
            table(lay, [r.split("\t") for r in lines[k:end]])
            k = end
        elif TITLE_START.match(line) and not HEADING.match(line):
            if seen_body and line.startswith(("DANH SÁCH", "QUY CHẾ")):
                lay.new_page()
            end = k
            while end < len(lines) and lines[end]:
                end += 1
            for j, title in enumerate(lines[k:end]):
                big = j == 0 and line in ("QUYẾT ĐỊNH", "BÁO CÁO", "CHỈ THỊ", "QUY CHẾ")
                style = "Bold" if title.isupper() or big or line.startswith("Chương") else "BoldItalic"
                centred(lay, title, font(style, BODY_PT + (1 if big else 0)), underline=title == lines[end - 1] and big)
            k = end
        else:
            seen_body = True
            if HEADING.match(line):
                paragraph(lay, line, font("Bold", BODY_PT), indent=px(36) if line.startswith("Điều") else 0)
            elif line.startswith(("- Căn cứ", "- Xét", "Căn cứ", "Xét", "Theo đề nghị")):
                paragraph(lay, line, font("Italic", BODY_PT))
            else:
                paragraph(lay, line, body)
            k += 1
    return lay


# --- ink: pen, seal, signature, stamps -----------------------------------------------------------------------------

DIGITS: dict[str, list[tuple[float, float]]] = {
    "0": [(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.4, 1.0), (0.8, 0.85), (0.9, 0.35), (0.6, 0.0), (0.45, 0.05)],
    "1": [(0.25, 0.25), (0.55, 0.0), (0.5, 1.0)],
    "2": [(0.1, 0.25), (0.35, 0.0), (0.75, 0.05), (0.8, 0.35), (0.1, 1.0), (0.9, 0.97)],
    "3": [(0.1, 0.12), (0.5, 0.0), (0.82, 0.2), (0.45, 0.48), (0.85, 0.72), (0.5, 1.0), (0.08, 0.9)],
    "4": [(0.65, 1.0), (0.7, 0.0), (0.05, 0.68), (0.95, 0.68)],
    "5": [(0.85, 0.0), (0.25, 0.02), (0.18, 0.45), (0.6, 0.38), (0.88, 0.68), (0.55, 1.0), (0.1, 0.9)],
    "6": [(0.78, 0.05), (0.35, 0.22), (0.12, 0.68), (0.4, 1.0), (0.8, 0.82), (0.72, 0.52), (0.4, 0.5), (0.15, 0.7)],
    "7": [(0.05, 0.03), (0.92, 0.02), (0.38, 1.0)],
    "8": [(0.55, 0.48), (0.15, 0.25), (0.5, 0.0), (0.85, 0.22), (0.45, 0.52), (0.12, 0.8), (0.5, 1.0), (0.88, 0.75)],
    "9": [(0.85, 0.3), (0.5, 0.52), (0.15, 0.3), (0.5, 0.0), (0.85, 0.28), (0.72, 1.0)],
    "/": [(0.85, 0.0), (0.15, 1.0)],
}
"""Each character as one pen stroke through these points (x right, y down, in a unit box)."""


def smooth(points: Sequence[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a pen's curve, not a polyline."""
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t * t
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t**3
                    )
                    for j in range(2)
                )
            )
    out.append(points[-1])
    return out  # type: ignore[return-value]


def stroke(
    draw: ImageDraw.ImageDraw, path: Sequence[tuple[float, float]], width: float, colour: tuple[int, ...]
) -> None:
    for (x0, y0), (x1, y1) in itertools.pairwise(path):
        draw.line((x0, y0, x1, y1), fill=colour, width=max(1, round(width)))
        r = width / 2
        draw.ellipse((x1 - r, y1 - r, x1 + r, y1 + r), fill=colour)


def handwrite(img: Image.Image, text: str, box: tuple[int, int, int, int], rng: random.Random) -> None:
    """Digits by pen in a box: slanted, uneven size and baseline, near-black."""
    x0, y0, _, y1 = box
    height = (y1 - y0) * rng.uniform(0.95, 1.2)
    width = height * 0.55
    x = x0 + rng.uniform(2, 8)
    draw = ImageDraw.Draw(img)
    slant = rng.uniform(0.12, 0.3)
    colour = tuple(c + rng.randint(-6, 6) for c in PEN)
    for ch in text:
        h = height * rng.uniform(0.88, 1.05)
        base = y1 - rng.uniform(-3, 5)
        pts = [
            (x + (px_ + (1 - py) * slant) * width * rng.uniform(0.9, 1.1), base - h + py * h + rng.uniform(-1.5, 1.5))
            for px_, py in DIGITS[ch]
        ]
        stroke(draw, smooth(pts), rng.uniform(3.2, 4.6), colour)
        x += width * rng.uniform(0.85, 1.05)


def ring_text(layer: Image.Image, text: str, centre: float, radius: float, f: ImageFont.FreeTypeFont) -> None:
    """The issuer's name round the seal's ring, clockwise from the lower left, upright to the centre."""
    total = sum(f.getlength(c) for c in text) / radius  # radians the text takes
    angle = -math.pi / 2 - total / 2  # centred on the top
    for ch in text:
        step = f.getlength(ch) / radius
        a = angle + step / 2
        glyph = Image.new("L", (round(f.size * 2), round(f.size * 2)), 0)
        ImageDraw.Draw(glyph).text((f.size / 2, f.size / 2), ch, font=f, fill=255)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        gx = centre + radius * math.cos(a) - glyph.width / 2
        gy = centre + radius * math.sin(a) - glyph.height / 2
        layer.paste(Image.new("L", glyph.size, 255), (round(gx), round(gy)), glyph)
        angle += step


def star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=255)


def seal_mask(issuer: str, rng: random.Random) -> Image.Image:
    """The seal's ink as a mask: two rings, the issuer round the ring, a star, uneven ink, a random turn."""
    size = 330
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = size / 2
    d.ellipse((6, 6, size - 6, size - 6), outline=255, width=7)
    d.ellipse((52, 52, size - 52, size - 52), outline=255, width=3)
    f = font("Bold", 8.6, "Sans")
    text = issuer.upper()
    while sum(f.getlength(ch) for ch in text) > 2 * math.pi * 128 * 0.93 and f.size > 12:
        f = ImageFont.truetype(f.path, f.size - 1)
    ring_text(mask, text, c, 128, f)
    star(d, c, c, 48)
    mask = mask.rotate(rng.uniform(-35, 35), resample=Image.Resampling.BICUBIC)
    ink = np.asarray(mask, dtype=np.float32) / 255
    blotch = np.asarray(
        Image.fromarray(np.uint8(np.random.default_rng(rng.randrange(2**32)).uniform(0, 255, (22, 22)))).resize(
            (size, size), Image.Resampling.BICUBIC
        ),
        dtype=np.float32,
    )
    ink *= np.clip(0.6 + blotch / 255 * 0.7, 0, 1) * rng.uniform(0.85, 1.0)
    return Image.fromarray(np.uint8(np.clip(ink * 255, 0, 255)))


def multiply(page: Image.Image, mask: Image.Image, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Ink over print: each pixel darkens by the ink's colour where the mask lays it."""
    x, y = at
    region = (x, y, x + mask.width, y + mask.height)
    base = np.asarray(page.crop(region), dtype=np.float32)
    a = np.asarray(mask, dtype=np.float32)[..., None] / 255
    tinted = base * (np.array(colour, dtype=np.float32) / 255)
    page.paste(Image.fromarray(np.uint8(base * (1 - a) + tinted * a)), region[:2])


def signature(rng: random.Random, width: int, height: int) -> Image.Image:
    """A blue signature: a few looping cursive strokes and a flourish."""
    mask = Image.new("L", (width, height), 0)
    d = ImageDraw.Draw(mask)
    loops = rng.randint(3, 6)
    pts = []
    for k in range(loops * 8 + 1):
        t = k / (loops * 8)
        x = width * (0.08 + 0.75 * t) + 18 * math.sin(2 * math.pi * loops * t + rng.uniform(0, 1))
        y = height * 0.5 + height * 0.32 * math.sin(2 * math.pi * loops * t * 0.5 + 1.3) * (1 - 0.5 * t)
        pts.append((x + rng.uniform(-4, 4), y + rng.uniform(-4, 4)))
    stroke(d, smooth(pts, 6), rng.uniform(2.6, 3.6), (255,))
    tail = [(width * 0.2, height * 0.78), (width * 0.55, height * 0.7), (width * 0.95, height * 0.6)]
    stroke(d, smooth(tail, 12), 2.4, (255,))
    return mask


def received_stamp(page: Image.Image, rng: random.Random, printed: dt.date) -> None:
    """An incoming-mail stamp of Sở Nội vụ over the body text, its number and date by pen."""
    w, h = 500, 240
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((3, 3, w - 3, h - 3), outline=255, width=4)
    f, big = font("Bold", 10, "Sans"), font("Bold", 17, "Sans")
    d.text((16, 12), "SỞ NỘI VỤ THÀNH PHỐ HÀ NỘI", font=f, fill=255)
    d.text((16, 70), "ĐẾN", font=big, fill=255)
    d.text((160, 72), "Số: .....................", font=f, fill=255)
    d.text((160, 132), "Ngày: ..................", font=f, fill=255)
    d.text((16, 190), "Chuyển: ................................", font=f, fill=255)
    turn = rng.uniform(-4, 4)
    mask = mask.rotate(turn, expand=False, resample=Image.Resampling.BICUBIC)
    ink = np.asarray(mask, dtype=np.float32) * rng.uniform(0.7, 0.9)
    x, y = rng.randint(LEFT, W - RIGHT - w), rng.randint(int(H * 0.32), int(H * 0.55))
    colour = rng.choice([(200, 40, 60), (185, 35, 95)])
    multiply(page, Image.fromarray(np.uint8(ink)), colour, (x, y))
    got = printed + dt.timedelta(days=rng.randint(1, 6))
    handwrite(page, str(rng.randint(1200, 4800)), (x + 235, y + 62, x + 420, y + 100), rng)
    handwrite(page, f"{got.day}/{got.month}/{got.year % 100}", (x + 255, y + 124, x + 470, y + 160), rng)


def digital_signature_box(page: Image.Image, issuer: str, printed: dt.date, rng: random.Random) -> None:
    """The signing software's box at the top: its time is a few days after the printed date."""
    signed = dt.datetime.combine(printed + dt.timedelta(days=rng.randint(0, 4)), dt.time(rng.randint(7, 17)))
    signed += dt.timedelta(minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    d = ImageDraw.Draw(page)
    f = font("Regular", 8, "Sans")
    lines = [f"Ký bởi: {issuer}", "Email: vanthu@hanoi.gov.vn", f"Thời gian ký: {signed:%d.%m.%Y %H:%M:%S} +07:00"]
    d.rectangle((LEFT - 60, 40, LEFT + 420, 40 + 28 * len(lines) + 12), outline=(40, 90, 40), width=2)
    for k, text in enumerate(lines):
        d.text((LEFT - 48, 46 + 28 * k), text, font=f, fill=(30, 80, 30))


# --- the file as it comes back: scanner, photocopier, fax ----------------------------------------------------------


def low_frequency(rng: np.random.Generator, shape: tuple[int, ...], cells: int = 6) -> np.ndarray:
    grid = Image.fromarray(np.uint8(rng.uniform(0, 255, (cells, cells))))
    return np.asarray(grid.resize((shape[1], shape[0]), Image.Resampling.BICUBIC), dtype=np.float32) / 255


def flatbed(page: Image.Image, rng: random.Random) -> Image.Image:
    g = np.random.default_rng(rng.randrange(2**32))
    turned = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(turned.filter(ImageFilter.GaussianBlur(0.7)), dtype=np.float64)
    paper = np.array([236, 234, 229], dtype=np.float32) * (0.96 + 0.04 * low_frequency(g, arr.shape[:2]))[..., None]
    arr = arr / 255 * paper + g.normal(0, 3.5, arr.shape[:2])[..., None]
    return Image.fromarray(np.uint8(np.clip(arr, 0, 255)))


def photocopy(page: Image.Image, rng: random.Random) -> Image.Image:
    g = np.random.default_rng(rng.randrange(2**32))
    grey = page.convert("L").rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=255)
    arr = np.asarray(grey.filter(ImageFilter.GaussianBlur(0.9)), dtype=np.float64)
    toner = 0.75 + 0.4 * low_frequency(g, arr.shape)  # uneven toner: faint and heavy patches
    dark = (255 - arr) * toner
    arr = 255 - np.clip(dark * 1.25, 0, 255)
    arr = arr * 0.93 + 4
    edge = rng.randint(50, 110)  # the binding edge, dark on one side
    ramp = np.linspace(1, 0, edge) ** 1.6
    side = slice(0, edge) if rng.random() < 0.5 else slice(W - edge, W)
    ramp = ramp if side.start == 0 else ramp[::-1]
    arr[:, side] = arr[:, side] * (1 - 0.8 * ramp) + 15 * ramp
    for _ in range(rng.randint(1, 3)):  # drum streaks
        x = rng.randrange(W)
        arr[:, x : x + rng.randint(1, 3)] -= rng.uniform(30, 70)
    n = rng.randint(600, 1500)  # speckles
    ys, xs = g.integers(0, H - 3, n), g.integers(0, W - 3, n)
    for y, x in zip(ys, xs, strict=True):
        arr[y : y + rng.randint(1, 3), x : x + rng.randint(1, 3)] = rng.uniform(20, 90)
    arr += g.normal(0, 4, arr.shape)
    return Image.fromarray(np.uint8(np.clip(arr, 0, 255)))


def fax(page: Image.Image, rng: random.Random, sent: dt.datetime, pages: tuple[int, int]) -> Image.Image:
    g = np.random.default_rng(rng.randrange(2**32))
    grey = page.convert("L")
    d = ImageDraw.Draw(grey)
    f = font("Regular", 8.5, "Mono")
    line = f"{sent:%d/%m/%Y %H:%M}  FROM: 024 3825 {rng.randint(1000, 9999)}  SO NOI VU HA NOI"
    d.text((40, 14), f"{line}    P.{pages[0]:02d}/{pages[1]:02d}", font=f, fill=0)
    coarse = grey.resize((W, H // 2), Image.Resampling.BOX).resize((W, H), Image.Resampling.NEAREST)
    arr = np.asarray(coarse, dtype=np.float64) + g.normal(0, 18, (H, W))
    bw = arr > rng.uniform(135, 165)
    return Image.fromarray(bw).convert("1")


@dataclass(frozen=True)
class Document:
    stem: str
    text: str

    @property
    def printed(self) -> dt.date:
        m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", self.text)
        assert m, self.stem
        return dt.date(int(m[3]), int(m[2]), int(m[1]))

    @property
    def issuer(self) -> str:
        """The seal's name: the header's left column, its superior body first."""
        rows = [r.partition("\t")[0] for r in self.text.split("\n")[:3]]
        rows = [r for r in rows if r and not r.startswith(("Số", "*"))]
        if rows[0] == "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI":
            return "ĐẢNG CỘNG SẢN VIỆT NAM * THÀNH ỦY HÀ NỘI"
        if rows[0] == "ỦY BAN NHÂN DÂN":
            return f"ỦY BAN NHÂN DÂN {rows[1]}"
        return " * ".join(rows).replace("UBND", "ỦY BAN NHÂN DÂN")


def render(doc: Document) -> list[Image.Image]:
    rng = seed(doc.stem)
    lay = layout(doc.text)
    first = lay.pages[0]
    for blank in lay.blanks:
        handwrite(first, blank.digits, blank.box, rng)
    for sign in lay.signs:
        page = lay.pages[sign.page]
        x0, y0, x1, _ = sign.title_box
        sig = signature(rng, 400, 170)
        multiply(page, sig, SIGN_BLUE, (round((x0 + x1) / 2 - 170), sign.name_top - 165))
        seal = seal_mask(doc.issuer, rng)
        cx, cy = x0 + rng.randint(-10, 40), (y0 + sign.name_top) / 2 + rng.randint(-20, 20)
        multiply(page, seal, SEAL_RED, (round(cx - seal.width / 2), round(cy - seal.height / 2)))
    if doc.stem.startswith("bc-") or rng.random() < 0.3:
        received_stamp(first, rng, doc.printed)
    if rng.random() < 0.3:
        digital_signature_box(first, doc.issuer.split(" * ")[-1].title(), doc.printed, rng)
    kind = rng.choices(["scan", "copy", "fax"], weights=[5, 3, 2])[0]
    if kind == "scan":
        return [flatbed(p, rng) for p in lay.pages]
    if kind == "copy":
        return [photocopy(p, rng) for p in lay.pages]
    sent = dt.datetime.combine(doc.printed + dt.timedelta(days=rng.randint(1, 9)), dt.time(rng.randint(7, 17)))
    sent += dt.timedelta(minutes=rng.randint(0, 59))
    return [fax(p, rng, sent, (k + 1, len(lay.pages))) for k, p in enumerate(lay.pages)]


def save(pages: Sequence[Image.Image], path: Path) -> None:
    first, *rest = pages
    jpeg = {} if first.mode == "1" else {"quality": 38}  # a fax page is bilevel: CCITT G4, no JPEG quality
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=DPI, **jpeg)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stems", nargs="*", help="only these texts (default: all)")
    parser.add_argument("--png", type=Path, help="also write each page as PNG here (to look at)")
    args = parser.parse_args(argv)
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / "texts").glob("*.txt")):
        if args.stems and path.stem not in args.stems:
            continue
        pages = render(Document(path.stem, path.read_text(encoding="utf-8")))
        save(pages, out / f"{path.stem}.pdf")
        if args.png:
            args.png.mkdir(parents=True, exist_ok=True)
            for k, page in enumerate(pages, 1):
                page.save(args.png / f"{path.stem}-{k}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
