"""Draw scenario 33's texts as the scans a provincial archive holds, seeded by file name (same bytes on every run).

Why: the scenario is measured on scans that look like real ones (docs: design brief, "Real paperwork"): the number
and the day (sometimes the month) left blank in print and filled by pen in near-black strokes, a red round seal over
the signer's title with a blue signature, a red "ĐẾN" stamp of the receiving office over the body, and the copy's
own damage — a flat-bed colour scan, a photocopy or a fax.

    .venv/bin/python -m samples.scenario_blind33.render          (writes scans/*.pdf beside texts/)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, W - 150, 150, H - 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (20, 20, 24)
PEN = (28, 28, 36)
RED = (205, 35, 45)
BLUE = (35, 55, 165)
Font = ImageFont.FreeTypeFont


def font(size: int, style: str = "Regular") -> Font:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), size)


BODY, BOLD, ITALIC = font(36), font(36, "Bold"), font(36, "Italic")
HEAD, HEAD_BOLD, SMALL, SMALL_BOLD = font(32), font(32, "Bold"), font(28), font(28, "Bold")
TITLE = font(40, "Bold")
LINE = 48


def rng_for(name: str) -> random.Random:
    return random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))


# ---- hand-written digits -------------------------------------------------------------------------------------------
DIGITS: dict[str, list[tuple[float, float]]] = {
    "0": [(0.5 + 0.42 * math.cos(a / 8 * math.pi), 0.5 + 0.5 * math.sin(a / 8 * math.pi)) for a in range(-4, 14)],
    "1": [(0.3, 0.22), (0.62, 0.0), (0.58, 1.0)],
    "2": [(0.1, 0.25), (0.35, 0.02), (0.72, 0.04), (0.88, 0.28), (0.7, 0.55), (0.1, 1.0), (0.95, 0.98)],
    "3": [
        (0.1, 0.1),
        (0.5, 0.0),
        (0.85, 0.15),
        (0.78, 0.4),
        (0.42, 0.5),
        (0.85, 0.6),
        (0.9, 0.85),
        (0.5, 1.0),
        (0.1, 0.9),
    ],
    "4": [(0.72, 1.0), (0.68, 0.0), (0.05, 0.7), (0.98, 0.68)],
    "5": [(0.88, 0.0), (0.22, 0.02), (0.15, 0.45), (0.55, 0.38), (0.88, 0.6), (0.85, 0.86), (0.5, 1.0), (0.1, 0.9)],
    "6": [
        (0.8, 0.05),
        (0.4, 0.12),
        (0.15, 0.5),
        (0.18, 0.86),
        (0.48, 1.0),
        (0.82, 0.84),
        (0.78, 0.58),
        (0.45, 0.5),
        (0.16, 0.66),
    ],
    "7": [(0.05, 0.02), (0.95, 0.0), (0.38, 1.0)],
    "8": [
        (0.5, 0.48),
        (0.15, 0.28),
        (0.22, 0.04),
        (0.52, 0.0),
        (0.8, 0.06),
        (0.84, 0.28),
        (0.5, 0.48),
        (0.12, 0.72),
        (0.22, 0.96),
        (0.52, 1.0),
        (0.82, 0.94),
        (0.88, 0.7),
        (0.5, 0.48),
    ],
    "9": [(0.85, 0.34), (0.5, 0.5), (0.15, 0.34), (0.2, 0.05), (0.55, 0.0), (0.86, 0.2), (0.84, 0.52), (0.66, 1.0)],
}
"""Each digit as one pen stroke through points of a unit box (x right, y down)."""


def smooth(points: Sequence[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """A Catmull-Rom curve through the points: a pen's stroke rather than a polygon."""
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for k in range(1, len(pts) - 2):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[k - 1], pts[k], pts[k + 1], pts[k + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                (
                    0.5
                    * (
                        2 * x1 + (x2 - x0) * t + (2 * x0 - 5 * x1 + 4 * x2 - x3) * t2 + (3 * x1 - x0 - 3 * x2 + x3) * t3
                    ),
                    0.5
                    * (
                        2 * y1 + (y2 - y0) * t + (2 * y0 - 5 * y1 + 4 * y2 - y3) * t2 + (3 * y1 - y0 - 3 * y2 + y3) * t3
                    ),
                )
            )
    out.append(pts[-2])
    return out


def stroke(
    draw: ImageDraw.ImageDraw, points: Sequence[tuple[float, float]], color: tuple[int, int, int], width: int
) -> None:
    draw.line(points, fill=color, width=width, joint="curve")
    r = width / 2
    for x, y in points[:: max(1, len(points) // 12)]:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=color)


def pen_digits(draw: ImageDraw.ImageDraw, x: float, baseline: float, digits: str, rnd: random.Random) -> float:
    """Writes `digits` by hand from x, standing on the baseline; returns the x after them."""
    height = rnd.uniform(30, 40)
    slant = rnd.uniform(0.1, 0.3)
    for ch in digits:
        w = height * rnd.uniform(0.5, 0.62)
        top = baseline - height + rnd.uniform(-4, 4)
        pts = [
            (
                x + (px + rnd.uniform(-0.05, 0.05)) * w + (1 - py) * slant * height,
                top + (py + rnd.uniform(-0.04, 0.04)) * height,
            )
            for px, py in DIGITS[ch]
        ]
        stroke(draw, smooth(pts), PEN, rnd.choice((3, 4, 4, 5)))
        x += w + rnd.uniform(4, 10)
    return x


# ---- seal, signature, stamp ----------------------------------------------------------------------------------------
def seal(ring: str, rnd: random.Random) -> Image.Image:
    """A red round seal: the issuer round the ring, a star in the middle, uneven ink."""
    size = 330
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse((6, 6, size - 6, size - 6), outline=(*RED, 255), width=7)
    d.ellipse((46, 46, size - 46, size - 46), outline=(*RED, 255), width=3)
    star = [
        (c + r * math.cos(math.pi / 2 + k * math.pi / 5), c - r * math.sin(math.pi / 2 + k * math.pi / 5))
        for k, r in zip(range(10), [42, 17] * 5, strict=True)
    ]
    d.polygon(star, fill=(*RED, 255))
    f = font(25, "Bold")
    chars = list(ring)
    span = 300.0
    for k, ch in enumerate(chars):
        a = math.radians(120 + span * (k + 0.5) / len(chars))  # clockwise from lower left, over the top
        glyph = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=(*RED, 255), anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + 134 * math.cos(a) - 20, c + 134 * math.sin(a) - 20
        img.alpha_composite(glyph, (int(gx), int(gy)))
    alpha = np.asarray(img.getchannel("A"), dtype=np.float32)
    alpha *= 0.7 + 0.3 * noise_field(rnd, (size, size), 12)
    img.putalpha(Image.fromarray(alpha.clip(0, 255).astype(np.uint8)))
    return img.rotate(rnd.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def signature(draw: ImageDraw.ImageDraw, x: float, y: float, rnd: random.Random) -> None:
    """A blue scrawl: a few loops and a long tail."""
    pts = [(x, y)]
    for _ in range(rnd.randint(6, 9)):
        px, py = pts[-1]
        pts.append((px + rnd.uniform(15, 55), py + rnd.uniform(-45, 45)))
    pts.append((pts[-1][0] + rnd.uniform(80, 140), pts[-1][1] - rnd.uniform(10, 40)))
    stroke(draw, smooth(pts, 8), BLUE, 4)


def signed_box(draw: ImageDraw.ImageDraw, signer: str, issued: dt.date, rnd: random.Random) -> None:
    """The digital-signature box a printed copy of an e-signed document carries at the top, signed days later."""
    when = issued + dt.timedelta(days=rnd.randint(0, 4))
    stamp = f"{when:%d.%m.%Y} {rnd.randint(7, 17):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d} +07:00"
    lines = (f"Ký bởi: {signer}", "Cơ quan: Tỉnh Bắc Ninh", f"Thời gian ký: {stamp}")
    draw.rectangle((1080, 22, 1610, 128), outline=(40, 110, 60), width=2)
    for k, line in enumerate(lines):
        draw.text((1092, 30 + 32 * k), line, font=font(22), fill=(40, 110, 60))


def den_stamp(office: str, received: dt.date, rnd: random.Random) -> Image.Image:
    """The receiving office's "ĐẾN" stamp, its number and date filled by pen."""
    img = Image.new("RGBA", (470, 230), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    color = (190, 30, 60, 230)
    d.rectangle((4, 4, 466, 226), outline=color, width=5)
    d.text((235, 34), office, font=font(24, "Bold"), fill=color, anchor="mm")
    d.text((60, 100), "ĐẾN", font=font(52, "Bold"), fill=color, anchor="mm")
    d.text((140, 92), "Số:", font=font(28, "Bold"), fill=color, anchor="lm")
    d.text((140, 140), "Ngày:", font=font(28, "Bold"), fill=color, anchor="lm")
    d.text((140, 190), "Chuyển:", font=font(26), fill=color, anchor="lm")
    pen_digits(d, 200, 108, str(rnd.randint(120, 4800)), rnd)
    x = pen_digits(d, 230, 156, f"{received.day:02d}", rnd)
    d.text((x + 4, 140), "/", font=font(30), fill=color, anchor="lm")
    pen_digits(d, x + 22, 156, f"{received.month:02d}", rnd)
    return img.rotate(rnd.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)


# ---- layout --------------------------------------------------------------------------------------------------------
@dataclass
class Sheet:
    """The pages of one document as they are drawn, and where the next line goes."""

    rnd: random.Random
    pages: list[Image.Image] = field(default_factory=list)
    y: float = TOP

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.pages[-1])

    def draw_on(self, page: int) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.pages[page])

    def new_page(self) -> None:
        self.pages.append(Image.new("RGB", (W, H), "white"))
        self.y = TOP
        if len(self.pages) > 1:
            self.draw.text((W / 2, 80), str(len(self.pages)), font=HEAD, fill=INK, anchor="mm")
            self.y = TOP + 10

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def centred(self, text: str, f: Font, cx: float = (LEFT + RIGHT) / 2, width: float = RIGHT - LEFT) -> None:
        for line in wrap(text, f, width):
            self.room(LINE)
            self.draw.text((cx, self.y), line, font=f, fill=INK, anchor="ma")
            self.y += LINE

    def paragraph(
        self, text: str, f: Font = BODY, indent: float = 60, left: float = LEFT, right: float = RIGHT
    ) -> None:
        lines = wrap(text, f, right - left - indent, first_only=True, rest_width=right - left)
        for k, line in enumerate(lines):
            self.room(LINE)
            x0 = left + (indent if k == 0 else 0)
            words = line.split(" ")
            last = k == len(lines) - 1
            if last or len(words) < 2:
                self.draw.text((x0, self.y), line, font=f, fill=INK)
            else:  # justified, as the offices type
                gap = (right - x0 - sum(f.getlength(w) for w in words)) / (len(words) - 1)
                x = x0
                for w in words:
                    self.draw.text((x, self.y), w, font=f, fill=INK)
                    x += f.getlength(w) + gap
            self.y += LINE

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table; the header row bold; cells wrap within columns sized to their text."""
        ncol = max(len(r) for r in rows)
        rows = [r + [""] * (ncol - len(r)) for r in rows]
        need = [max(SMALL.getlength(r[c]) for r in rows) + 24 for c in range(ncol)]
        need[0] = max(need[0], 70)
        total = RIGHT - LEFT
        widths = [n * total / sum(need) for n in need]
        if ncol > 1 and widths[0] > 90:
            spare = widths[0] - 90
            widths[0] = 90
            widths[1:] = [w + spare / (ncol - 1) for w in widths[1:]]
        for k, row in enumerate(rows):
            f = SMALL_BOLD if k == 0 else SMALL
            cells = [wrap(cell, f, w - 16) for cell, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in cells) * 38 + 14
            if self.y + height > BOTTOM:
                self.new_page()
            x: float = LEFT
            for cell, w in zip(cells, widths, strict=True):
                self.draw.rectangle((x, self.y, x + w, self.y + height), outline=INK, width=2)
                for j, line in enumerate(cell):
                    self.draw.text((x + 8, self.y + 8 + 38 * j), line, font=f, fill=INK)
                x += w
            self.y += height
        self.y += 12


def wrap(text: str, f: Font, width: float, first_only: bool = False, rest_width: float | None = None) -> list[str]:
    """Greedy word wrap; with `first_only`, the first line is `width` wide and the others `rest_width`."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        limit = width if not lines or not first_only else (rest_width or width)
        trial = f"{line} {word}".strip()
        if line and f.getlength(trial) > limit:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines or [""]


# ---- a document ----------------------------------------------------------------------------------------------------
LEFT_COL, RIGHT_COL = (LEFT + 380) / 2 + 60, 1130.0
NUMBER = re.compile(r"^(Số:?) (\d+)(\S+)$")
DATE = re.compile(r"^(.+?, ngày )(\d+)( tháng )(\d+)( năm \d{4})$")
TYPES = ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH")


def segments(sheet: Sheet, x: float, parts: Sequence[tuple[str, bool]], f: Font) -> None:
    """Prints the printed parts and leaves a gap the pen fills for the hand-written ones, from x on this line."""
    for text, by_hand in parts:
        if by_hand:
            x = pen_digits(sheet.draw, x + 10, sheet.y + 34, text, sheet.rnd) + 10
        else:
            sheet.draw.text((x, sheet.y), text, font=f, fill=INK)
            x += f.getlength(text)


def width_of(parts: Sequence[tuple[str, bool]], f: Font) -> float:
    return sum(len(t) * 24 + 20 if hand else f.getlength(t) for t, hand in parts)


def header_line(sheet: Sheet, line: str, k: int, pen: dict[str, bool]) -> None:
    left, _, right = line.partition("\t")
    y = sheet.y
    if left:
        number = NUMBER.match(left)
        if number:
            parts = [(number[1] + " ", False), (number[2], pen["number"]), (number[3], False)]
            segments(sheet, LEFT_COL - width_of(parts, HEAD) / 2, parts, HEAD)
        else:
            f = HEAD if k == 0 and right else HEAD_BOLD
            sheet.draw.text((LEFT_COL, y), left, font=f, fill=INK, anchor="ma")
            if left == left.upper() and k > 0 and left != "*":
                half = f.getlength(left) / 4
                sheet.draw.line((LEFT_COL - half, y + 40, LEFT_COL + half, y + 40), fill=INK, width=2)
    if right:
        date = DATE.match(right)
        if date:
            parts = [
                (date[1], False),
                (date[2], pen["day"]),
                (date[3], False),
                (date[4], pen["month"]),
                (date[5], False),
            ]
            segments(sheet, RIGHT_COL - width_of(parts, ITALIC) / 2, parts, font(34, "Italic"))
        else:
            f = HEAD_BOLD if right.isupper() else font(34, "Bold")
            sheet.draw.text((RIGHT_COL, y), right, font=f, fill=INK, anchor="ma")
            if not right.isupper():
                half = f.getlength(right) / 2
                sheet.draw.line((RIGHT_COL - half, y + 42, RIGHT_COL + half, y + 42), fill=INK, width=2)
    sheet.y += 44


def signature_block(sheet: Sheet, left: list[str], right: list[str], ring: str) -> None:
    """ "Nơi nhận" on the left; the signer's title, the seal over its left, the signature and the name on the right."""
    titles, name = right[:-1], right[-1]
    needed = max(len(left) * 34, len(titles) * 44 + 260)
    sheet.room(min(needed, BOTTOM - TOP - 10))
    y0 = sheet.y
    draw = sheet.draw
    for k, line in enumerate(left):
        f = font(26, "BoldItalic") if k == 0 else font(24)
        draw.text((LEFT, y0 + 34 * k), line, font=f, fill=INK)
    for k, line in enumerate(titles):
        draw.text((RIGHT_COL, y0 + 44 * k), line, font=HEAD_BOLD, fill=INK, anchor="ma")
    name_y = y0 + 44 * len(titles) + 190
    draw.text((RIGHT_COL, name_y), name, font=font(34, "Bold"), fill=INK, anchor="ma")
    rnd = sheet.rnd
    title_w = max(HEAD_BOLD.getlength(t) for t in titles)
    stamp = seal(ring, rnd)
    sx = int(RIGHT_COL - title_w / 2 - 170 + rnd.uniform(-25, 35))
    sy = int(y0 + 44 * len(titles) / 2 - 120 + rnd.uniform(-20, 30))
    signature(draw, RIGHT_COL - 60 + rnd.uniform(-30, 30), y0 + 44 * len(titles) + 95, rnd)
    sheet.pages[-1].paste(stamp, (sx, sy), stamp)
    sheet.y = max(y0 + 34 * len(left), name_y + 60) + 20


def lay_out(text: str, ring: str, rnd: random.Random, pen: dict[str, bool]) -> Sheet:
    sheet = Sheet(rnd)
    lines = text.split("\n")
    k = 0
    while k < len(lines) and not (lines[k] in TYPES or lines[k].startswith("V/v ")):
        header_line(sheet, lines[k], k, pen)
        k += 1
    sheet.y += 30
    first_body = True
    while k < len(lines):
        line = lines[k]
        if line.startswith("\f"):
            sheet.new_page()
            line = line[1:]
        if not line.strip():
            k += 1
            continue
        if line.startswith("V/v "):
            sheet.draw.text((LEFT_COL, sheet.y - 10), line, font=font(26), fill=INK, anchor="ma")
            sheet.y += 60
        elif line in TYPES:
            sheet.y += 10
            sheet.centred(line, TITLE)
            sheet.centred(lines[k + 1], font(34, "Bold"))
            sheet.y += 20
            k += 1
        elif line == "Nơi nhận:":
            left = [line]
            while k + 1 < len(lines) and lines[k + 1].startswith("- "):
                k += 1
                left.append(lines[k])
            right = []
            while k + 1 < len(lines) and lines[k + 1].startswith("\t"):
                k += 1
                right.append(lines[k].strip())
            sheet.y += 20
            signature_block(sheet, left, right, ring)
        elif "\t" in line:
            rows = []
            while k < len(lines) and "\t" in lines[k] and not lines[k].startswith("\t"):
                rows.append(lines[k].split("\t"))
                k += 1
            sheet.table(rows)
            continue
        elif (line == line.upper() and any(c.isalpha() for c in line)) or re.match(r"^Chương [IVX]+$", line):
            sheet.centred(line, BOLD)
        elif line.startswith(("Kính gửi:", "- ")):
            sheet.paragraph(line, BODY, indent=60 if first_body else 0)
        else:
            sheet.paragraph(line)
        first_body = False
        k += 1
    return sheet


# ---- copies --------------------------------------------------------------------------------------------------------
def noise_field(rnd: random.Random, shape: tuple[int, int], cells: int) -> np.ndarray:
    """Low-frequency noise in [0, 1]: uneven light, uneven toner."""
    small = np.random.default_rng(rnd.randrange(1 << 30)).random((cells, cells)) * 255
    big = Image.fromarray(small.astype(np.uint8)).resize((shape[1], shape[0]), Image.Resampling.BICUBIC)
    return np.asarray(big, dtype=np.float32) / 255


def scanned(page: Image.Image, rnd: random.Random) -> Image.Image:
    """A flat-bed colour scan: cream paper, uneven light, a slight turn, sensor noise."""
    page = page.rotate(rnd.uniform(-0.9, 0.9), resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    arr = np.asarray(page, dtype=np.float32) / 255
    paper = np.array([rnd.uniform(0.94, 0.98), rnd.uniform(0.91, 0.95), rnd.uniform(0.82, 0.88)], dtype=np.float32)
    light = 1 - 0.1 * noise_field(rnd, arr.shape[:2], 3)[..., None]
    arr = arr * paper * light + np.random.default_rng(rnd.randrange(1 << 30)).normal(0, 0.015, arr.shape[:2])[..., None]
    out = Image.fromarray((arr.clip(0, 1) * 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.6))


def photocopied(page: Image.Image, rnd: random.Random) -> Image.Image:
    """A photocopy: grey, more contrast, uneven toner, a dark binding edge, drum streaks, specks; a grey seal."""
    page = page.rotate(rnd.uniform(-0.6, 0.6), resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    g = np.asarray(page.convert("L"), dtype=np.float32)
    g = ((g - 35) * 1.2).clip(0, 255)
    toner = 0.75 + 0.4 * noise_field(rnd, g.shape, 6)
    g = (255 - (255 - g) * toner).astype(np.float32)
    edge = rnd.randint(30, 70)
    side = np.linspace(1, 0, edge) ** 2 * rnd.uniform(90, 150)
    if rnd.random() < 0.5:
        g[:, :edge] -= side
    else:
        g[:, -edge:] -= side[::-1]
    for _ in range(rnd.randint(1, 4)):
        x = rnd.randrange(W)
        g[:, x : x + rnd.randint(1, 3)] -= rnd.uniform(25, 70)
    noise = np.random.default_rng(rnd.randrange(1 << 30))
    ys, xs = noise.integers(0, g.shape[0], 500), noise.integers(0, g.shape[1], 500)
    g[ys, xs] = noise.uniform(0, 120, 500)
    return Image.fromarray(g.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def faxed(page: Image.Image, rnd: random.Random, sender: str) -> Image.Image:
    """A fax: the sender's line at the top, half the vertical resolution, black and white."""
    page = page.copy()
    ImageDraw.Draw(page).text(
        (70, 30), sender, font=ImageFont.truetype(str(FONTS / "LiberationMono-Regular.ttf"), 24), fill=INK
    )
    g = page.convert("L").rotate(rnd.uniform(-0.4, 0.4), resample=Image.Resampling.BILINEAR, fillcolor=255)
    g = g.resize((W, H // 2), Image.Resampling.BILINEAR).resize((W, H), Image.Resampling.NEAREST)
    arr = np.asarray(g, dtype=np.float32) + np.random.default_rng(rnd.randrange(1 << 30)).normal(0, 18, (H, W))
    return Image.fromarray(((arr > 150) * 255).astype(np.uint8)).convert("1")


# ---- the scenario --------------------------------------------------------------------------------------------------
RINGS = (
    (r"-QĐ/TU$|-QĐi/TU$", "TỈNH ỦY BẮC NINH * ĐẢNG CỘNG SẢN VIỆT NAM"),
    (r"/QĐ-UBND$|/UBND-NV$", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"),
    (r"BTGDVTU$", "BAN TUYÊN GIÁO VÀ DÂN VẬN * TỈNH ỦY BẮC NINH"),
    (r"-SCT$", "SỞ CÔNG THƯƠNG * TỈNH BẮC NINH"),
    (r"-SNNMT$", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG * BẮC NINH"),
    (r"-SVHTTDL$", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH * BẮC NINH"),
    (r"-SGDĐT$", "SỞ GIÁO DỤC VÀ ĐÀO TẠO * TỈNH BẮC NINH"),
    (r"-BVĐK$", "BỆNH VIỆN ĐA KHOA TỈNH BẮC NINH"),
    (r"-BQLKCN$", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP * BẮC NINH"),
    (r"-HND$", "HỘI NÔNG DÂN TỈNH BẮC NINH"),
    (r"-TLND$", "CÔNG TY TNHH MTV THỦY LỢI NAM ĐUỐNG"),
    (r"/BC-UBND$", "ỦY BAN NHÂN DÂN PHƯỜNG TỪ SƠN"),
)
"""The seal's ring by the issuer the document's number names."""
OFFICES = ("SỞ NỘI VỤ TỈNH BẮC NINH", "VĂN PHÒNG UBND TỈNH BẮC NINH", "VĂN PHÒNG TỈNH ỦY BẮC NINH")


def ring_of(number: str) -> str:
    return next(ring for pattern, ring in RINGS if re.search(pattern, number))


def render(path: Path, out: Path) -> tuple[int, str, bool]:
    """One text → one PDF; returns its pages, the kind of copy and whether it carries an "ĐẾN" stamp."""
    rnd = rng_for(path.stem)
    text = path.read_text(encoding="utf-8")
    number = re.search(r"^Số:? (\S+)", text, re.M)
    assert number, path
    pen = {
        "number": not path.stem.startswith("00-1") and rnd.random() < 0.97,
        "day": rnd.random() < 0.9,
        "month": rnd.random() < 0.4,
    }
    sheet = lay_out(text, ring_of(number[1]), rnd, pen)
    issued = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert issued, path
    day = dt.date(int(issued[3]), int(issued[2]), int(issued[1]))
    if number[1].endswith("/QĐ-UBND") and rnd.random() < 0.3:
        signed_box(sheet.draw_on(0), "Ủy ban nhân dân tỉnh Bắc Ninh", day, rnd)
    stamped = path.stem.startswith("bc-") or (path.stem.startswith("qd-") and rnd.random() < 0.35)
    if stamped:
        office = OFFICES[2] if re.search(r"TU$", number[1]) else rnd.choice(OFFICES[:2])
        stamp = den_stamp(office, day + dt.timedelta(days=rnd.randint(1, 5)), rnd)
        sheet.pages[0].paste(stamp, (rnd.randint(LEFT, RIGHT - stamp.width), rnd.randint(420, 820)), stamp)
    copy = "scan" if path.stem.startswith("00-") else rnd.choices(("scan", "photocopy", "fax"), (0.5, 0.36, 0.14))[0]
    sent = day + dt.timedelta(days=rnd.randint(1, 6))
    fax_head = f"FROM: {ring_of(number[1])[:28]:<28}  {sent:%d/%m/%y} {rnd.randint(7, 17):02d}:{rnd.randint(0, 59):02d}"
    pages: list[Image.Image] = []
    for k, page in enumerate(sheet.pages, 1):
        if copy == "scan":
            pages.append(scanned(page, rnd))
        elif copy == "photocopy":
            pages.append(photocopied(page, rnd))
        else:
            pages.append(faxed(page, rnd, ascii_only(f"{fax_head}  P.{k:02d}/{len(sheet.pages):02d}")))
    jpeg = {"scan": {"quality": 40}, "photocopy": {"quality": 45}, "fax": {}}[copy]  # a fax page is CCITT-coded
    save: Callable[..., None] = pages[0].save
    scanned_on = dt.datetime(sent.year, sent.month, sent.day, 9, 30).timetuple()  # not now: the same bytes every run
    save(
        out,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=pages[1:],
        creationDate=scanned_on,
        modDate=scanned_on,
        **jpeg,
    )
    return len(pages), copy, stamped


def ascii_only(text: str) -> str:
    """A fax machine's header has no Vietnamese letters."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def main() -> None:
    (HERE / "scans").mkdir(exist_ok=True)
    done = [render(path, HERE / "scans" / f"{path.stem}.pdf") for path in sorted((HERE / "texts").glob("*.txt"))]
    size = sum(p.stat().st_size for p in (HERE / "scans").glob("*.pdf"))
    copies = Counter(copy for _, copy, _ in done)
    print(
        f"{sum(n for n, _, _ in done)} pages, {size / 1e6:.1f} MB; {dict(copies)}; {sum(s for *_, s in done)} stamped"
    )


if __name__ == "__main__":
    main()
