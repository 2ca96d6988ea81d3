"""Draw scenario 25's texts as the scans an office files: `.venv/bin/python -m samples.scenario_blind25.render`.

Why: the scenario is scored on scans, and a scan is only a fair test when it carries what real originals carry (the
design brief, "Real paperwork"): the number's digits and the date's day left blank in print and filled by pen in
near-black, a red round seal with the issuer round its ring over the left of the signer's title, a blue signature,
ruled tables, page numbers from page 2, an incoming "ĐẾN" stamp over the body, sometimes the signing software's box,
and the damage of how the copy travelled: a flat-bed scan, a photocopy or a fax. Everything is drawn with Pillow and
numpy and seeded by the file name, so the same text gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
TEXTS, SCANS = HERE / "texts", HERE / "scans"
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
MM = DPI / 25.4
LEFT, RIGHT, TOP, BOTTOM = round(30 * MM), W - round(18 * MM), round(20 * MM), H - round(22 * MM)
FONTS = Path("/usr/share/fonts/truetype/liberation2")  # complete Vietnamese glyphs (fonts-liberation2)
SIZE, SMALL = 36, 30  # 13 pt and 11 pt at 200 dpi
LINE = round(SIZE * 1.32)
INK = (22, 22, 24)
PEN = (24, 24, 34)  # pen ink on a scan is near-black, not blue
SEAL_RED = (212, 38, 44)
SIGN_BLUE = (34, 58, 170)
STYLE_FILES = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}


@cache
def font(style: str = "r", size: int = SIZE) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{STYLE_FILES[style]}.ttf"), size)


def width(text: str, style: str = "r", size: int = SIZE) -> int:
    return round(font(style, size).getlength(text))


def rng_for(name: str, salt: str = "") -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(f"{name}{salt}".encode()).digest()[:8], "big"))


# --- handwriting ------------------------------------------------------------------------------------------------

GLYPHS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0.02), (0.18, 0.25), (0.15, 0.7), (0.45, 0.98), (0.8, 0.72), (0.82, 0.25), (0.5, 0.02)]],
    "1": [[(0.3, 0.25), (0.58, 0.02)], [(0.58, 0.02), (0.55, 1.0)]],
    "2": [[(0.15, 0.28), (0.35, 0.04), (0.68, 0.05), (0.8, 0.3), (0.6, 0.58), (0.14, 0.98), (0.88, 0.96)]],
    "3": [[(0.16, 0.12), (0.55, 0.02), (0.78, 0.22), (0.42, 0.47), (0.82, 0.66), (0.68, 0.95), (0.14, 0.9)]],
    "4": [[(0.64, 0.02), (0.1, 0.68)], [(0.1, 0.68), (0.92, 0.68)], [(0.64, 0.02), (0.62, 1.0)]],
    "5": [[(0.82, 0.04), (0.28, 0.04), (0.22, 0.44), (0.6, 0.38), (0.84, 0.64), (0.66, 0.96), (0.14, 0.9)]],
    "6": [
        [(0.74, 0.04), (0.34, 0.3), (0.18, 0.7), (0.42, 0.98), (0.76, 0.82), (0.72, 0.55), (0.36, 0.52), (0.2, 0.68)]
    ],
    "7": [[(0.06, 0.16), (0.1, 0.05), (0.92, 0.04)], [(0.92, 0.04), (0.42, 1.0)]],
    "8": [
        [(0.5, 0.5), (0.2, 0.28), (0.5, 0.02), (0.8, 0.27), (0.5, 0.5), (0.16, 0.76), (0.5, 0.98), (0.84, 0.74)],
        [(0.84, 0.74), (0.5, 0.5)],
    ],
    "9": [[(0.8, 0.32), (0.5, 0.5), (0.18, 0.34), (0.42, 0.04), (0.8, 0.18), (0.74, 0.6), (0.55, 1.0)]],
    "/": [[(0.85, 0.0), (0.15, 1.0)]],
}


def catmull(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A smooth pen path through the points (Catmull-Rom), as a hand moves rather than a polygon."""
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]

    def spline(a: float, b: float, c: float, d: float, t: float) -> float:
        return 0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (3 * b - a - 3 * c + d) * t**3)

    out: list[tuple[float, float]] = []
    for k in range(1, len(pts) - 2):
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = pts[k - 1], pts[k], pts[k + 1], pts[k + 2]
        for s in range(steps):
            t = s / steps
            out.append((spline(ax, bx, cx, dx, t), spline(ay, by, cy, dy, t)))
    out.append(pts[-2])
    return out


def handwrite(draw: ImageDraw.ImageDraw, x: float, baseline: float, text: str, rnd: random.Random) -> float:
    """Pen digits from `x` on `baseline`: each glyph's skeleton jittered, slanted and drawn with a varying stroke.
    Returns the x after the last glyph."""
    height = rnd.uniform(40, 52)
    slant = rnd.uniform(0.12, 0.3)
    stroke = rnd.uniform(3.2, 4.4)
    for ch in text:
        if ch == " ":
            x += height * 0.4
            continue
        glyph_w = height * (0.32 if ch in "1/" else 0.6)
        top = baseline - height * rnd.uniform(0.94, 1.06)
        for path in GLYPHS[ch]:
            pts = [(px + rnd.uniform(-0.05, 0.05), py + rnd.uniform(-0.04, 0.04)) for px, py in path]
            smooth = catmull(pts)
            xy = [(x + px * glyph_w + (1 - py) * height * slant, top + py * height) for px, py in smooth]
            for k in range(len(xy) - 1):
                w = max(2, round(stroke * (0.8 + 0.4 * math.sin(k / 3.0 + rnd.random()))))
                draw.line([xy[k], xy[k + 1]], fill=PEN, width=w)
                draw.ellipse([xy[k][0] - w / 2, xy[k][1] - w / 2, xy[k][0] + w / 2, xy[k][1] + w / 2], fill=PEN)
        x += glyph_w + height * rnd.uniform(0.12, 0.22)
    return x


# --- layout -----------------------------------------------------------------------------------------------------


@dataclass
class PenField:
    """Digits printed blank and filled by pen after signing."""

    page: int
    x: float
    baseline: float
    digits: str


@dataclass
class Sealing:
    page: int
    title_x: float
    title_y: float
    name_y: float
    ring: str


@dataclass
class Doc:
    """The pages being drawn, the cursor, and what is added after the print (pen, seal, signature, stamps)."""

    name: str
    pages: list[Image.Image] = field(default_factory=list)
    y: float = TOP
    pen: list[PenField] = field(default_factory=list)
    sealing: Sealing | None = None
    signer: str = ""

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.pages[-1])

    def new_page(self) -> None:
        self.pages.append(Image.new("RGB", (W, H), "white"))
        self.y = TOP
        if len(self.pages) > 1:
            number = str(len(self.pages))
            self.draw.text(((W - width(number, "r", SMALL)) / 2, TOP - 40), number, font=font("r", SMALL), fill=INK)
            self.y = TOP + 30

    def room(self, needed: float) -> None:
        if self.y + needed > BOTTOM:
            self.new_page()

    def text(self, x: float, text: str, style: str = "r", size: int = SIZE) -> None:
        self.draw.text((x, self.y), text, font=font(style, size), fill=INK)

    def centred(self, text: str, cx: float, style: str = "r", size: int = SIZE, underline: bool = False) -> None:
        x = cx - width(text, style, size) / 2
        self.text(x, text, style, size)
        if underline:
            u = self.y + size * 1.08
            w = width(text, style, size)
            self.draw.line([(x + w * 0.1, u), (x + w * 0.9, u)], fill=INK, width=2)


def words(text: str, style: str) -> list[tuple[str, str]]:
    return [(w, style) for w in text.split()]


def runs_of(line: str) -> list[tuple[str, str]]:
    """A body line's words with their style: an article's number bold ("Điều 2."), or the whole line when it is a
    heading ("Điều 3. Số lần đi công tác …" in a Quy định, a roman-numbered part, "Nơi nhận:")."""
    article = re.match(r"(Điều \d+\.)(.*)$", line)
    if article:
        rest = article[2].strip()
        heading = len(rest) < 90 and not rest.endswith((".", ":", ";", "./."))
        return words(article[1], "b") + words(rest, "b" if heading else "r")
    if re.match(r"^[IVX]+\. [A-ZĐ ,À-Ỹ]+$", line):
        return words(line, "b")
    return words(line, "r")


def paragraph(doc: Doc, runs: list[tuple[str, str]], indent: float = 60, size: int = SIZE) -> None:
    """Justified lines, the first indented, breaking between words; a page break falls between lines."""
    lines: list[list[tuple[str, str]]] = [[]]
    avail = RIGHT - LEFT - indent
    used = 0.0
    for word, style in runs:
        w = width(word + " ", style, size)
        if lines[-1] and used + w - width(" ", style, size) > avail:
            lines.append([])
            used, avail = 0.0, RIGHT - LEFT
        lines[-1].append((word, style))
        used += w
    step = round(size * 1.32)
    for k, line in enumerate(lines):
        doc.room(step)
        x0 = LEFT + (indent if k == 0 else 0)
        span = RIGHT - x0
        natural = sum(width(w, s, size) for w, s in line)
        gaps = len(line) - 1
        space: float = width(" ", "r", size)
        if k < len(lines) - 1 and gaps:
            space = max(space, (span - natural) / gaps)
        x = float(x0)
        for word, style in line:
            doc.draw.text((x, doc.y), word, font=font(style, size), fill=INK)
            x += width(word, style, size) + space
        doc.y += step


def table(doc: Doc, rows: list[list[str]]) -> None:
    """A ruled table: the first row is the header (bold); columns share the width by their longest cell."""
    cols = max(len(r) for r in rows)
    rows = [r + [""] * (cols - len(r)) for r in rows]
    size = SMALL
    need = [max(width(r[c], "r", size) for r in rows) + 24 for c in range(cols)]
    need[0] = min(need[0], 70)
    scale = (RIGHT - LEFT) / sum(need)
    widths = [n * scale for n in need]
    step = round(size * 1.3)
    for k, row in enumerate(rows):
        style = "b" if k == 0 else "r"
        cells = [wrap(cell, widths[c] - 16, style, size) for c, cell in enumerate(row)]
        height = max(len(c) for c in cells) * step + 14
        doc.room(height)
        x = float(LEFT)
        for c, lines in enumerate(cells):
            doc.draw.rectangle([x, doc.y, x + widths[c], doc.y + height], outline=INK, width=2)
            for j, text in enumerate(lines):
                tx = x + (widths[c] - width(text, style, size)) / 2 if c == 0 or k == 0 else x + 8
                doc.draw.text((tx, doc.y + 7 + j * step), text, font=font(style, size), fill=INK)
            x += widths[c]
        doc.y += height
    doc.y += 12


def wrap(text: str, avail: float, style: str, size: int) -> list[str]:
    out = [""]
    for word in text.split():
        trial = f"{out[-1]} {word}".strip()
        if out[-1] and width(trial, style, size) > avail:
            out.append(word)
        else:
            out[-1] = trial
    return out


def header(doc: Doc, rows: list[list[str]]) -> None:
    """The two columns: the issuer (its parent on the first line for a body under UBND tỉnh or a party committee's
    star) and the motto; then "Số:" with its digits left blank, and the place and date with the day left blank."""
    lcx, rcx = LEFT + 250, LEFT + (RIGHT - LEFT) * 0.68
    left = [r[0] for r in rows]
    party = left[0].startswith("TỈNH ỦY")
    for k, row in enumerate(rows):
        l_text, r_text = row[0], row[1] if len(row) > 1 else ""
        if l_text.startswith("Số"):
            numbered(doc, l_text, r_text, lcx, rcx)
            continue
        sub = k == 0 and not party and len(rows) > 2 and l_text.startswith(("UBND", "SỞ Y TẾ"))
        doc.centred(l_text, lcx, "r" if sub else "b", SIZE - 2)
        if r_text:
            doc.centred(r_text, rcx, "b", SIZE - 2 if k == 0 else SIZE - 1, underline=k == 1)
        if k == 1 and not party:
            lw = width(l_text, "b", SIZE - 2) * 0.4
            doc.draw.line([(lcx - lw / 2, doc.y + SIZE + 6), (lcx + lw / 2, doc.y + SIZE + 6)], fill=INK, width=2)
        doc.y += LINE
    doc.y += LINE * 0.4


def numbered(doc: Doc, left: str, right: str, lcx: float, rcx: float) -> None:
    doc.y += 10
    m = re.match(r"(Số:? )(\d+)(.*)$", left)
    assert m, left
    gap = 30 + 36 * len(m[2])  # room for the pen: about 36 px a handwritten digit
    lw = width(m[1], "r") + gap + width(m[3], "r")
    x = lcx - lw / 2
    doc.text(x, m[1])
    doc.pen.append(PenField(len(doc.pages) - 1, x + width(m[1], "r") + 6, doc.y + SIZE * 0.82, m[2]))
    doc.text(x + width(m[1], "r") + gap, m[3])
    d = re.match(r"(.+ngày )(\d+)( tháng .+)$", right)
    assert d, right
    gap = 30 + 36 * len(d[2])
    rw = width(d[1], "i") + gap + width(d[3], "i")
    x = rcx - rw / 2
    doc.text(x, d[1], "i")
    doc.pen.append(PenField(len(doc.pages) - 1, x + width(d[1], "i") + 4, doc.y + SIZE * 0.82, d[2]))
    doc.text(x + width(d[1], "i") + gap, d[3], "i")
    doc.y += LINE


def signature_block(doc: Doc, rows: list[list[str]], ring: str) -> None:
    """ "Nơi nhận:" and its list on the left in small type; the signer's titles and name on the right with room for
    the signature and the seal between them."""
    rcx = LEFT + (RIGHT - LEFT) * 0.7
    titles = [r[1] for r in rows if len(r) > 1 and r[1]][:-1]
    name = rows[-1][1]
    doc.room(LINE * (len(rows) + 6))
    top = doc.y + 20
    y = top
    for k, row in enumerate(rows):
        style = "bi" if k == 0 else "r"
        doc.draw.text((LEFT, y), row[0], font=font(style, SMALL - 4 if k else SMALL - 2), fill=INK)
        y += (SMALL - 2) * 1.25
    y_right = top
    for t in titles:
        doc.draw.text((rcx - width(t, "b") / 2, y_right), t, font=font("b"), fill=INK)
        y_right += LINE
    title_w = max(width(t, "b") for t in titles) if titles else 200
    name_y = y_right + LINE * 3.2
    doc.draw.text((rcx - width(name, "b") / 2, name_y), name, font=font("b"), fill=INK)
    doc.sealing = Sealing(len(doc.pages) - 1, rcx - title_w / 2, y_right - LINE * 0.6, name_y, ring)
    doc.signer = name
    doc.y = max(y, name_y + LINE) + LINE


def layout(name: str, text: str) -> Doc:
    doc = Doc(name)
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    head = [ln.split("\t") for ln in blocks[0].splitlines()]
    header(doc, head)
    ring = seal_ring(head)
    title = blocks[1].splitlines()
    doc.room(LINE * 3)
    for k, line in enumerate(title):
        size = SIZE + 2 if k == 0 else SIZE
        for part in wrap(line, RIGHT - LEFT - 40, "b", size):
            doc.centred(part, (LEFT + RIGHT) / 2, "b", size)
            doc.y += LINE
    cx = (LEFT + RIGHT) / 2
    doc.draw.line([(cx - 90, doc.y + 4), (cx + 90, doc.y + 4)], fill=INK, width=2)
    doc.y += LINE * 0.6
    for block in blocks[2:]:
        lines = block.splitlines()
        if lines[0].startswith("Nơi nhận:"):
            signature_block(doc, [ln.split("\t") for ln in lines], ring)
            continue
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.count("\t") >= 3:
                rows = []
                while k < len(lines) and lines[k].count("\t") >= 3:
                    rows.append(lines[k].split("\t"))
                    k += 1
                table(doc, rows)
                continue
            if line.isupper() or re.match(r"^(Chương [IVX]+|QUYẾT ĐỊNH:)$", line) or line == "*":
                doc.room(LINE)
                doc.centred(line, cx, "b")
                doc.y += LINE
            elif line.startswith("(") and line.endswith(")"):
                doc.room(LINE)
                doc.centred(line, cx, "i", SIZE - 2)
                doc.y += LINE
            else:
                paragraph(doc, runs_of(line), indent=0 if line.startswith("- ") else 60)
            k += 1
        doc.y += LINE * 0.25
    return doc


def seal_ring(head: list[list[str]]) -> str:
    """The issuer as its seal spells it round the ring: the body, then its province."""
    left = [r[0] for r in head if r[0] and not r[0].startswith("Số") and r[0] != "*"]
    body = left[-1] if len(left) > 1 and left[0].startswith(("UBND", "SỞ Y TẾ")) else " ".join(left)
    body = body.replace("UBND", "ỦY BAN NHÂN DÂN")
    return body if "NINH BÌNH" in body else f"{body} * NINH BÌNH"


# --- ink after the print ------------------------------------------------------------------------------------------


def fill_pen(doc: Doc, rnd: random.Random) -> None:
    for f in doc.pen:
        handwrite(
            ImageDraw.Draw(doc.pages[f.page]), f.x + rnd.uniform(-4, 6), f.baseline + rnd.uniform(-5, 3), f.digits, rnd
        )


def multiply(
    page: Image.Image, layer: Image.Image, colour: tuple[int, int, int], at: tuple[int, int], rnd: random.Random
) -> None:
    """Lay an ink layer (an L mask) on the page as ink does: it darkens what is under it, unevenly."""
    mask = np.asarray(layer, dtype=np.float32) / 255.0
    grain = np.random.default_rng(rnd.randrange(2**32)).uniform(0.55, 1.0, mask.shape).astype(np.float32)
    alpha = (mask * grain * rnd.uniform(0.7, 0.92))[..., None]
    x, y = at
    h, w = mask.shape
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if x0 >= x1 or y0 >= y1:
        return
    region = np.asarray(page, dtype=np.float32).copy()
    a = alpha[y0 - y : y1 - y, x0 - x : x1 - x]
    tint = np.array(colour, dtype=np.float32) / 255.0
    region[y0:y1, x0:x1] *= 1 - a + a * tint
    page.paste(Image.fromarray(region.clip(0, 255).astype(np.uint8)))


def seal(ring: str, rnd: random.Random) -> Image.Image:
    """A round seal: two rings, the issuer's name round the upper arc, a star in the middle."""
    r = 150
    size = 2 * r + 20
    img = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=7)
    d.ellipse([c - r + 52, c - r + 52, c + r - 52, c + r - 52], outline=255, width=3)
    star = [
        (
            c + (44 if k % 2 == 0 else 18) * math.sin(k * math.pi / 5),
            c - (44 if k % 2 == 0 else 18) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    f = font("b", 27)
    letters = list(ring)
    spread = min(300.0, 11.5 * len(letters))
    for k, ch in enumerate(letters):
        angle = -spread / 2 + spread * (k + 0.5) / len(letters)
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        rad = math.radians(angle)
        gx, gy = c + (r - 27) * math.sin(rad), c - (r - 27) * math.cos(rad)
        img.paste(255, (round(gx - 20), round(gy - 20)), glyph)
    return img.rotate(rnd.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def signature_strokes(rnd: random.Random) -> Image.Image:
    """A signer's flourish: a few connected loops and a long underline, in one pen movement."""
    img = Image.new("L", (420, 170), 0)
    d = ImageDraw.Draw(img)
    x, y = 30.0, 100.0
    pts = [(x, y)]
    for _ in range(rnd.randint(5, 8)):
        x += rnd.uniform(25, 55)
        pts.append((x, y - rnd.uniform(30, 80)))
        pts.append((x + rnd.uniform(5, 20), y + rnd.uniform(-5, 25)))
    pts.append((x + 60, y - 20))
    pts.append((rnd.uniform(20, 60), y + rnd.uniform(25, 45)))
    pts.append((rnd.uniform(330, 400), y + rnd.uniform(10, 35)))
    path = catmull(pts, 10)
    for k in range(len(path) - 1):
        d.line([path[k], path[k + 1]], fill=255, width=rnd.choice((3, 4)))
    return img


def sign_and_seal(doc: Doc, rnd: random.Random) -> None:
    s = doc.sealing
    if s is None:
        return
    page = doc.pages[s.page]
    mid = (s.title_y + s.name_y) / 2
    sig = signature_strokes(rnd)
    multiply(page, sig, SIGN_BLUE, (round(s.title_x + 90), round(mid - 90)), rnd)
    ring = seal(s.ring, rnd)
    multiply(page, ring, SEAL_RED, (round(s.title_x - ring.width / 2 + 30), round(mid - ring.height / 2)), rnd)


def received_stamp(doc: Doc, dated: dt.date, rnd: random.Random) -> None:
    """Sở Nội vụ's incoming stamp, its number and date by pen, over the body of page 1."""
    img = Image.new("L", (560, 250), 0)
    d = ImageDraw.Draw(img)
    d.rectangle([4, 4, 555, 245], outline=255, width=5)
    d.text((280, 36), "SỞ NỘI VỤ TỈNH NINH BÌNH", font=font("b", 30), fill=255, anchor="mm")
    d.text((28, 78), "ĐẾN", font=font("b", 62), fill=255)
    d.text((190, 84), "Số: ....................", font=font("r", 32), fill=255)
    d.text((190, 140), "Ngày: .................", font=font("r", 32), fill=255)
    d.text((28, 196), "Chuyển: ........................................", font=font("r", 28), fill=255)
    stamp = img.rotate(rnd.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    x = rnd.randint(LEFT + 120, RIGHT - stamp.width - 20)
    y = rnd.randint(round(H * 0.3), round(H * 0.48))
    page = doc.pages[0]
    multiply(page, stamp, SEAL_RED, (x, y), rnd)
    pen = ImageDraw.Draw(page)
    came = dated + dt.timedelta(days=rnd.randint(1, 6))
    handwrite(pen, x + 270, y + 128, str(rnd.randint(150, 4800)), rnd)
    handwrite(pen, x + 290, y + 184, f"{came.day}/{came.month}/{came.year % 100:02d}", rnd)


def signing_box(doc: Doc, signer: str, dated: dt.date, rnd: random.Random) -> None:
    """The signing software's box at the top right, its time days after the printed date."""
    when = dt.datetime.combine(
        dated + dt.timedelta(days=rnd.randint(0, 17)),
        dt.time(rnd.randint(7, 17), rnd.randint(0, 59), rnd.randint(0, 59)),
    )
    lines = [f"Ký bởi: {signer}", "Cơ quan: Tỉnh Ninh Bình", f"Thời gian ký: {when:%d.%m.%Y %H:%M:%S} +07:00"]
    f = font("r", 20)
    bw = max(width(ln, "r", 20) for ln in lines) + 24
    d = doc.draw if len(doc.pages) == 1 else ImageDraw.Draw(doc.pages[0])
    x, y = RIGHT - bw + 40, 22
    d.rectangle([x, y, x + bw, y + 96], outline=(200, 40, 40), width=2)
    for k, ln in enumerate(lines):
        d.text((x + 12, y + 8 + k * 28), ln, font=f, fill=(200, 40, 40))


# --- how the copy travelled -------------------------------------------------------------------------------------


def scanned(page: Image.Image, rnd: random.Random) -> Image.Image:
    """A flat-bed scan: greyish paper, a slight turn, soft focus, sensor noise; colour kept."""
    noise = np.random.default_rng(rnd.randrange(2**32))
    a = np.asarray(page, dtype=np.float32)
    tone = rnd.uniform(0.9, 0.96)
    shade = low_frequency(noise, 0.97, 1.0)
    a = a * tone * shade[..., None] + noise.normal(0, 3.5, a.shape)
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = img.rotate(rnd.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC, fillcolor=(228, 228, 224))
    return img.filter(ImageFilter.GaussianBlur(0.7))


def photocopied(page: Image.Image, rnd: random.Random) -> Image.Image:
    """A photocopy: grey, uneven toner, a dark binding edge, drum streaks down the page, speckles."""
    noise = np.random.default_rng(rnd.randrange(2**32))
    a = np.asarray(page.convert("L"), dtype=np.float32)
    ink = 1 - a / 255.0
    toner = low_frequency(noise, 0.55, 1.0)
    a = 255 * (1 - np.clip(ink * toner * 1.15, 0, 1))
    a = a * rnd.uniform(0.84, 0.9) + noise.normal(0, 5, a.shape)
    edge = rnd.randint(50, 110)
    ramp = np.linspace(0.25, 1.0, edge) ** 0.6
    if rnd.random() < 0.6:
        a[:, :edge] *= ramp[None, :]
    else:
        a[:edge, :] *= ramp[:, None]
    for _ in range(rnd.randint(2, 5)):
        col = rnd.randint(0, W - 6)
        a[:, col : col + rnd.randint(1, 4)] -= rnd.uniform(25, 70)
    spots = noise.random(a.shape) < 0.0009
    a[spots] = noise.uniform(0, 90, int(spots.sum()))
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8), "L")
    img = img.rotate(rnd.uniform(-1.0, 1.0), resample=Image.Resampling.BILINEAR, fillcolor=70)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def faxed(
    page: Image.Image, number: int, pages: int, sender: str, sent: dt.datetime, rnd: random.Random
) -> Image.Image:
    """A fax: the sender's line with its own date on top, half the vertical resolution, black and white."""
    img = page.convert("L")
    d = ImageDraw.Draw(img)
    d.text(
        (40, 6),
        f"{sent:%d/%m/%Y %H:%M}   FAX 0229 38{rnd.randint(10000, 99999)}   {sender}   TR. {number:02d}/{pages:02d}",
        font=ImageFont.truetype(str(FONTS / "LiberationMono-Regular.ttf"), 24),
        fill=0,
    )
    img = img.rotate(rnd.uniform(-0.5, 0.5), resample=Image.Resampling.BILINEAR, fillcolor=255)
    coarse = img.resize((W, H // 2), Image.Resampling.BILINEAR).resize((W, H), Image.Resampling.NEAREST)
    a = np.asarray(coarse, dtype=np.float32)
    a += np.random.default_rng(rnd.randrange(2**32)).normal(0, 14, a.shape)
    return Image.fromarray(np.where(a < rnd.uniform(150, 175), 0, 255).astype(np.uint8), "L").convert("1")


def low_frequency(noise: np.random.Generator, lo: float, hi: float) -> np.ndarray:
    """A smooth random field over the page between lo and hi (toner, light fall-off)."""
    small = noise.random((8, 6)).astype(np.float32)
    field_ = np.asarray(Image.fromarray((small * 255).astype(np.uint8), "L").resize((W, H), Image.Resampling.BICUBIC))
    return lo + (hi - lo) * field_.astype(np.float32) / 255.0


# --- files --------------------------------------------------------------------------------------------------------


def issued(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def render(path: Path) -> list[Image.Image]:
    name = path.stem
    text = path.read_text(encoding="utf-8")
    rnd = rng_for(name)
    doc = layout(name, text)
    fill_pen(doc, rnd)
    sign_and_seal(doc, rnd)
    dated = issued(text)
    if name.startswith("bc-") or rnd.random() < 0.35:
        received_stamp(doc, dated, rnd)
    if rnd.random() < 0.25:
        signing_box(doc, doc.signer, dated, rnd)
    how = rnd.choices(["scan", "photocopy", "fax"], weights=[45, 35, 20])[0]
    if how == "scan":
        return [scanned(p, rnd) for p in doc.pages]
    if how == "photocopy":
        return [photocopied(p, rnd) for p in doc.pages]
    sent = dt.datetime.combine(
        dated + dt.timedelta(days=rnd.randint(0, 4)), dt.time(rnd.randint(7, 17), rnd.randint(0, 59))
    )
    sender = seal_ring([ln.split("\t") for ln in text.splitlines()[:2]]).replace(" * ", " ")
    return [faxed(p, k + 1, len(doc.pages), sender, sent, rnd) for k, p in enumerate(doc.pages)]


def save(pages: list[Image.Image], out: Path) -> None:
    first, *rest = pages
    quality = {} if first.mode == "1" else {"quality": 38}  # a fax goes as CCITT G4, the others as JPEG
    first.save(out, "PDF", resolution=DPI, save_all=True, append_images=rest, **quality)


def texts(names: Sequence[str]) -> Iterator[Path]:
    paths = sorted(TEXTS.glob("*.txt"))
    return iter([p for p in paths if not names or p.stem in names])


def main(argv: list[str]) -> int:
    SCANS.mkdir(exist_ok=True)
    for path in texts(argv):
        save(render(path), SCANS / f"{path.stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
