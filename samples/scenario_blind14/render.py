"""Render scenario 14's texts as grey A4 scans (200 dpi, one PDF each) the way the originals come back from a scanner.

    .venv/bin/python -m samples.scenario_blind14.render [STEM ...]

Why each effect: the number after "Số:" and the day of the date are left blank on the printed form and filled in by
pen after signing (near-black ink, uneven strokes); the red seal lies over the signer's title and name, the blue
signature across it, and a grey scanner turns both into mid-grey; pages come back slightly turned, on off-white
paper with speckle. A few decisions carry the digital-signature box of the issuing office at the top, and a few
reports the incoming-mail stamp of Sở Nội vụ, each with its own date that is not the document's. Deterministic: each
file's randomness is seeded by its name.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).parent
TEXTS, SCANS = HERE / "texts", HERE / "scans"
DPI = 200
PAGE = (1654, 2339)  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 230, 1654 - 150, 150, 2339 - 170
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
INK, PEN, SEAL, SIGNATURE = 18, 28, 0.58, 0.45
"""Grey levels of print and pen; the seal and the signature multiply the page (red and blue ink read as grey)."""


def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style}.ttf"), size)


BODY, BODY_B, SMALL, SMALL_B, SMALL_I = font(35), font(35, True), font(29), font(29, True), font(29, italic=True)
HEAD, HEAD_B, TITLE = font(32), font(32, True), font(38, True)
LINE = 47


# ---- hand-written digits: centre lines of each digit in a 0.6 x 1 box, smoothed, drawn with a jittered pen


STROKES = {
    "0": ["30,0 8,15 2,50 10,88 30,100 50,85 56,50 50,12 30,0"],
    "1": ["12,22 38,0 36,100"],
    "2": ["4,25 20,3 44,3 54,24 40,55 2,98 60,97"],
    "3": ["5,10 30,0 50,12 45,35 22,48 50,60 56,82 34,100 4,90"],
    "4": ["42,100 44,0 0,68 60,68"],
    "5": ["55,0 12,2", "12,2 7,45 35,37 55,58 50,88 28,100 2,90"],
    "6": ["50,4 24,12 5,50 8,86 30,100 52,84 50,60 30,50 7,62"],
    "7": ["0,2 60,0 24,100"],
    "8": ["30,47 8,30 12,7 30,0 50,10 50,30 30,47 5,70 10,95 30,100 52,92 55,70 30,47"],
    "9": ["52,33 34,47 10,40 5,15 28,0 50,10 52,33 47,70 33,100"],
}
"""Each digit's pen strokes: points (x, y) in hundredths of its height, x up to 60, y from the top."""
DIGITS = {
    d: [[(int(x) / 100, int(y) / 100) for x, y in (pt.split(",") for pt in s.split())] for s in strokes]
    for d, strokes in STROKES.items()
}


def smooth(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a pen moves in curves, not in polygons."""
    if len(points) < 3:
        return points

    def spline(a: float, b: float, c: float, d: float, t: float) -> float:
        return 0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (3 * b - a - 3 * c + d) * t**3)

    padded = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1 : i + 3]
        for s in range(steps):
            t = s / steps
            out.append((spline(p0[0], p1[0], p2[0], p3[0], t), spline(p0[1], p1[1], p2[1], p3[1], t)))
    out.append(padded[-2])
    return out


def handwrite(draw: ImageDraw.ImageDraw, x: float, baseline: float, digits: str, rng: random.Random) -> None:
    """Digits by pen: each a little different in size, slant and stroke, bottoms near the printed baseline."""
    height = rng.uniform(40, 50)
    slant = rng.uniform(0.12, 0.28)
    for ch in digits:
        h = height * rng.uniform(0.92, 1.08)
        top = baseline - h + rng.uniform(-4, 3)
        for stroke in DIGITS[ch]:
            jittered = [(px + rng.uniform(-0.03, 0.03), py + rng.uniform(-0.025, 0.025)) for px, py in stroke]
            path = [(x + (px + slant * (1 - py)) * h, top + py * h) for px, py in smooth(jittered)]
            draw.line(path, fill=PEN, width=rng.choice((4, 5)), joint="curve")
        x += h * rng.uniform(0.68, 0.8)


# ---- layout of a document's text


@dataclass
class Block:
    kind: str  # header | title | centre | para | table | sign | break
    lines: list[str]


TITLES = ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY CHẾ", "DANH SÁCH ĐOÀN CÔNG TÁC")
CENTRED = ("Chương ", "Kính gửi:")


def is_upper(line: str) -> bool:
    return line.upper() == line and any(c.isalpha() for c in line)


def blocks(text: str) -> list[Block]:
    """Cut a text into what a typist lays out differently: headers, centred titles, paragraphs, tables, signature."""
    lines = [*text.rstrip("\n").split("\n"), ""]
    out: list[Block] = []
    i = 0

    def run() -> list[str]:
        """The non-blank lines from i on, and i past the blanks after them."""
        nonlocal i
        taken = []
        while i < len(lines) and lines[i].strip():
            taken.append(lines[i])
            i += 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        return taken

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith(("ỦY BAN NHÂN DÂN", "UBND TỈNH")) and (not out or out[-1].kind == "sign"):
            if out:
                out.append(Block("break", []))
            out.append(Block("header", run()))
        elif line.startswith("Nơi nhận:"):
            recipients, title, name = run(), run(), run()
            out.append(Block("sign", [*recipients, "|", *title, "|", *name]))
        elif line in TITLES:
            if line.startswith("DANH SÁCH"):
                out.append(Block("break", []))
            out.extend(Block("title" if k == 0 else "centre", [ln]) for k, ln in enumerate(run()))
        elif "\t" in line:
            rows = []
            while "\t" in lines[i]:
                rows.append(lines[i])
                i += 1
            out.append(Block("table", rows))
        else:
            heading = (is_upper(line) and not re.match(r"^[IVX]+\. ", line)) or line.startswith(CENTRED)
            out.append(Block("centre" if heading else "para", [line]))
            i += 1
    return out


class Pages:
    """Pages being typed: the current page, a cursor, a new numbered page when the text runs over."""

    def __init__(self) -> None:
        self.pages: list[Image.Image] = []
        self.new()

    def new(self) -> None:
        self.page = Image.new("L", PAGE, 255)
        self.draw = ImageDraw.Draw(self.page)
        self.pages.append(self.page)
        self.y = TOP
        if len(self.pages) > 1:
            self.centre(str(len(self.pages)), SMALL, 0)
            self.y = TOP + 60

    def need(self, height: int) -> None:
        if self.y + height > BOTTOM:
            self.new()

    def centre(self, text: str, f: ImageFont.FreeTypeFont, height: int = LINE, x0: int = LEFT, x1: int = RIGHT) -> None:
        width = self.draw.textlength(text, font=f)
        self.draw.text(((x0 + x1 - width) / 2, self.y), text, font=f, fill=INK)
        self.y += height

    def words(
        self,
        text: str,
        indent: int,
        first_bold: int,
        f: ImageFont.FreeTypeFont = BODY,
        x0: int = LEFT,
        x1: int = RIGHT,
        gap: int = LINE,
    ) -> None:
        """A paragraph, wrapped and justified, its first `first_bold` words bold ("Điều 1.")."""
        tokens = [(w, BODY_B if k < first_bold and f is BODY else f) for k, w in enumerate(text.split())]
        line: list[tuple[str, ImageFont.FreeTypeFont]] = []
        start = x0 + indent

        def width(items: list[tuple[str, ImageFont.FreeTypeFont]]) -> float:
            return sum(self.draw.textlength(w, font=wf) for w, wf in items)

        def flush(items: list[tuple[str, ImageFont.FreeTypeFont]], left: int, last: bool) -> None:
            self.need(gap)
            space = self.draw.textlength(" ", font=f)
            if not last and len(items) > 1:
                space = (x1 - left - width(items)) / (len(items) - 1)
            x: float = left
            for w, wf in items:
                self.draw.text((x, self.y), w, font=wf, fill=INK)
                x += self.draw.textlength(w, font=wf) + space
            self.y += gap

        for token in tokens:
            trial = [*line, token]
            if line and width(trial) + self.draw.textlength(" ", font=f) * (len(trial) - 1) > x1 - start:
                flush(line, start, last=False)
                line, start = [token], x0
            else:
                line = trial
        if line:
            flush(line, start, last=True)


def blank_form(line: str) -> tuple[str, str, str]:
    """A number or date line split around what the pen fills in: (printed before, by hand, printed after)."""
    m = re.match(r"^(Số: )(\d+)(/.*)$", line) or re.match(r"^(.*, ngày )(\d+)( tháng .*)$", line)
    assert m, line
    return m[1], m[2], m[3]


def header(p: Pages, lines: list[str], rng: random.Random) -> None:
    """Issuer (left) and motto (right) columns; the number and the day are blanks filled in by pen."""
    left = [ln for ln in lines if not ln.startswith(("CỘNG HÒA", "Độc lập")) and ", ngày " not in ln]
    right = [ln for ln in lines if ln.startswith(("CỘNG HÒA", "Độc lập"))]
    dated = [ln for ln in lines if ", ngày " in ln]
    top, mid_left, mid_right = p.y, (80 + 700) // 2, (700 + 1560) // 2
    y = top
    for ln in left:
        if ln.startswith("Số:"):
            y += 14
            filled_blank(p, ln, HEAD, mid_left, y, 170, rng)
        else:
            f = HEAD if ln.startswith("UBND TỈNH") else HEAD_B
            p.draw.text((mid_left - p.draw.textlength(ln, font=f) / 2, y), ln, font=f, fill=INK)
            rule_y = y + 44
        y += 44
    p.draw.line([(mid_left - 90, rule_y), (mid_left + 90, rule_y)], fill=INK, width=2)
    y_right = top
    for k, ln in enumerate(right):
        f = HEAD_B if k == 0 else font(34, True)
        width = p.draw.textlength(ln, font=f)
        p.draw.text((mid_right - width / 2, y_right), ln, font=f, fill=INK)
        y_right += 44
    p.draw.line([(mid_right - width / 2, y_right + 2), (mid_right + width / 2, y_right + 2)], fill=INK, width=2)
    y_right += 30
    for ln in dated:
        filled_blank(p, ln, font(33, italic=True), mid_right, y_right, 90, rng)
        y_right += 44
    p.y = max(y, y_right) + 40


def filled_blank(
    p: Pages, line: str, f: ImageFont.FreeTypeFont, centre: int, y: int, gap: int, rng: random.Random
) -> None:
    """A printed line with a blank of `gap` pixels, and the digits the pen wrote in it."""
    before, digits, after = blank_form(line)
    x = centre - (p.draw.textlength(before, font=f) + gap + p.draw.textlength(after, font=f)) / 2
    p.draw.text((x, y), before, font=f, fill=INK)
    gap_x = x + p.draw.textlength(before, font=f)
    p.draw.text((gap_x + gap, y), after, font=f, fill=INK)
    handwrite(p.draw, gap_x + rng.uniform(4, 14), y + 31, digits, rng)


def seal(page: Image.Image, cx: int, cy: int, issuer: str, rng: random.Random) -> None:
    """A round seal, two rings and the issuer around a star, multiplied over the page (red ink in a grey scan)."""
    size = 380
    layer = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(layer)
    d.ellipse((8, 8, size - 8, size - 8), outline=0, width=9)
    d.ellipse((70, 70, size - 70, size - 70), outline=0, width=4)
    text = f" {issuer.upper()} * "
    f = font(30, True)
    while sum(d.textlength(c, font=f) for c in text) > 0.9 * 2 * math.pi * 150:
        f = font(int(f.size) - 2, True)
    total = sum(d.textlength(c, font=f) for c in text)
    angle = -math.pi / 2 - (total / 150) / 2
    for ch in text:
        w = d.textlength(ch, font=f)
        angle += (w / 2) / 150
        glyph = Image.new("L", (44, 44), 255)
        ImageDraw.Draw(glyph).text((22 - w / 2, 4), ch, font=f, fill=0)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC, fillcolor=255)
        gx, gy = size / 2 + 150 * math.cos(angle), size / 2 + 150 * math.sin(angle)
        layer.paste(0, (int(gx - 22), int(gy - 22)), ImageOps.invert(glyph))
        angle += (w / 2) / 150
    star = [
        (
            size / 2 + (60 if k % 2 == 0 else 24) * math.cos(-math.pi / 2 + k * math.pi / 5),
            size / 2 + (60 if k % 2 == 0 else 24) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=0)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, fillcolor=255)
    # uneven inking: some of the stamp is faint
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(128, 60, (size, size))
    rough = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(6))
    faint = np.clip(np.asarray(rough, dtype=np.float32) - 150, 0, 255) * 1.4
    ink = np.minimum(255, np.asarray(layer, dtype=np.float32) + faint)
    factor = 1 - (1 - ink / 255) * (1 - SEAL)
    box = (cx - size // 2, cy - size // 2)
    region = np.asarray(page.crop((*box, box[0] + size, box[1] + size)), dtype=np.float32)
    page.paste(Image.fromarray((region * factor).astype(np.uint8)), box)


def signature(page: Image.Image, x: int, y: int, rng: random.Random) -> None:
    """A looping scribble across the signer's space, multiplied over the page (blue ink in a grey scan)."""
    layer = Image.new("L", (520, 200), 255)
    d = ImageDraw.Draw(layer)
    points = [(20.0, 120.0)]
    for _ in range(rng.randint(7, 10)):
        px = points[-1][0]
        points.append((min(500, max(10, px + rng.uniform(-25, 75))), rng.uniform(20, 180)))
    d.line(smooth(points, 10), fill=0, width=5, joint="curve")
    d.line([(points[1][0], 150), (points[-1][0] + 10, rng.uniform(60, 100))], fill=0, width=4)
    factor = 1 - (1 - np.asarray(layer, dtype=np.float32) / 255) * (1 - SIGNATURE)
    region = np.asarray(page.crop((x, y, x + 520, y + 200)), dtype=np.float32)
    page.paste(Image.fromarray((region * factor).astype(np.uint8)), (x, y))


def sign_block(p: Pages, lines: list[str], issuer: str, rng: random.Random) -> None:
    cut = lines.index("|")
    recipients, rest = lines[:cut], lines[cut + 1 :]
    title, name = rest[: rest.index("|")], rest[-1]
    if p.y + max(38 * len(recipients) + 20, 44 * len(title) + 270) > PAGE[1] - 100:
        p.new()
    top = p.y + 10
    p.y = top
    for k, ln in enumerate(recipients):
        f = SMALL if k else font(29, True, True)
        for part in wrap(p.draw, ln, f, 820 - LEFT):
            p.draw.text((LEFT - 40 + (0 if part == ln or part.startswith("- ") else 16), p.y), part, font=f, fill=INK)
            p.y += 38
    bottom_left = p.y
    p.y = top
    for ln in title:
        p.centre(ln, font(33, True), 44, 860, RIGHT)
    sign_y = p.y
    p.y += 190
    p.centre(name, font(34, True), 50, 860, RIGHT)
    centre_x = (860 + RIGHT) // 2
    seal(p.page, centre_x - rng.randint(100, 160), sign_y + rng.randint(10, 60), issuer, rng)
    signature(p.page, centre_x - 230 + rng.randint(-20, 20), sign_y + 10, rng)
    p.y = max(p.y, bottom_left) + 20


def wrap(draw: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    """The text cut into lines no wider than `width`."""
    out, cur = [], ""
    for w in text.split():
        trial = f"{cur} {w}".strip()
        if draw.textlength(trial, font=f) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = trial
    return [*out, cur]


def table(p: Pages, rows: list[str]) -> None:
    """The annexed member list: bordered cells, the text of each cell wrapped inside it."""
    cols = [LEFT - 60, LEFT + 20, LEFT + 470, RIGHT - 160, RIGHT + 40]
    for r, row in enumerate(rows):
        cells = row.split("\t")
        f = SMALL_B if r == 0 else SMALL
        wrapped = [wrap(p.draw, cell, f, cols[c + 1] - cols[c] - 16) for c, cell in enumerate(cells)]
        height = 40 * max(len(w) for w in wrapped) + 14
        p.need(height)
        for c, lines in enumerate(wrapped):
            for k, ln in enumerate(lines):
                x = cols[c] + 8 if c in (1, 2) else (cols[c] + cols[c + 1] - p.draw.textlength(ln, font=f)) / 2
                p.draw.text((x, p.y + 7 + 40 * k), ln, font=f, fill=INK)
        for c in cols:
            p.draw.line([(c, p.y), (c, p.y + height)], fill=INK, width=2)
        p.draw.line([(cols[0], p.y), (cols[-1], p.y)], fill=INK, width=2)
        p.y += height
        p.draw.line([(cols[0], p.y), (cols[-1], p.y)], fill=INK, width=2)
    p.y += 20


def digital_box(p: Pages, issued: dt.date, rng: random.Random) -> None:
    """The signing office's digital-signature box, its time some days after the printed date."""
    when = issued + dt.timedelta(days=rng.randint(0, 6))
    x, y = RIGHT - 520, 40
    p.draw.rectangle((x, y, x + 520, y + 100), outline=90, width=2)
    p.draw.text((x + 12, y + 8), "Ký bởi: Văn phòng UBND tỉnh Khánh Hòa", font=font(24), fill=70)
    p.draw.text(
        (x + 12, y + 40),
        f"Thời gian ký: {when:%d/%m/%Y} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        font=font(24),
        fill=70,
    )
    p.draw.text((x + 12, y + 70), "Email: vpubnd@khanhhoa.gov.vn", font=font(22), fill=70)


def incoming_stamp(page: Image.Image, issued: dt.date, rng: random.Random) -> None:
    """Sở Nội vụ's incoming-mail stamp over the body, with its own number and date."""
    layer = Image.new("L", (430, 190), 255)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, 426, 186), outline=0, width=5)
    d.text((20, 14), "SỞ NỘI VỤ KHÁNH HÒA", font=font(30, True), fill=0)
    d.text((20, 60), f"ĐẾN  Số: {rng.randint(1200, 4800)}", font=font(30, True), fill=0)
    d.text((20, 104), f"Ngày: {issued + dt.timedelta(days=rng.randint(1, 4)):%d/%m/%y}", font=font(30, True), fill=0)
    d.text((20, 146), "Chuyển: P. HTQT", font=font(28), fill=0)
    layer = layer.rotate(rng.uniform(-8, 8), expand=True, fillcolor=255)
    factor = 1 - (1 - np.asarray(layer, dtype=np.float32) / 255) * 0.5
    x, y = rng.randint(800, 1100), rng.randint(820, 1100)
    region = np.asarray(page.crop((x, y, x + layer.width, y + layer.height)), dtype=np.float32)
    page.paste(Image.fromarray((region * factor).astype(np.uint8)), (x, y))


def scanned(page: Image.Image, rng: random.Random) -> Image.Image:
    """Paper tone, a slight turn, speckle and a little blur: what comes back from the scanner."""
    page = page.rotate(rng.uniform(-1.1, 1.1), resample=Image.Resampling.BICUBIC, fillcolor=255)
    ink = np.asarray(page, dtype=np.float32)
    tone = 236 * (ink / 255) ** 1.05 + 4
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3, tone.shape)
    specks = np.random.default_rng(rng.randint(0, 2**31)).random(tone.shape) < 0.0004
    grey = np.clip(tone + noise - specks * 120, 0, 255).astype(np.uint8)
    return Image.fromarray(grey).filter(ImageFilter.GaussianBlur(0.5))


def seal_text(header_lines: list[str]) -> str:
    """What the seal of the issuing body reads: its name from the header, with the province for a sở or board."""
    skip = ("UBND TỈNH", "Số:", "CỘNG HÒA", "Độc lập")
    name = " ".join(ln for ln in header_lines if not ln.startswith(skip) and ", ngày " not in ln)
    return f"{name} - KHÁNH HÒA" if name.startswith(("SỞ", "BAN")) else name


def render(stem: str) -> tuple[list[Image.Image], dt.datetime]:
    """The scanned pages of one text, and when the scanner saw them (a few days after the printed date)."""
    text = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8")
    rng = random.Random(zlib.crc32(stem.encode()))
    issued = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert issued, stem
    day = dt.date(int(issued[3]), int(issued[2]), int(issued[1]))
    p = Pages()
    if stem.startswith("qd-") and rng.random() < 0.35:
        digital_box(p, day, rng)
    parts = blocks(text)
    issuer = seal_text(parts[0].lines)
    body_started = False
    for block in parts:
        ln = block.lines[0] if block.lines else ""
        if block.kind == "break":
            p.new()
        elif block.kind == "header":
            if any(x.startswith("Số:") for x in block.lines):
                header(p, block.lines, rng)
            else:
                header_plain(p, block.lines)
        elif block.kind == "title":
            p.need(LINE * 3)
            p.y += 10
            p.centre(ln, TITLE, 58)
        elif block.kind == "centre":
            p.need(LINE * 2)
            p.y += 16 if is_upper(ln) else 0
            plain = ln.startswith(("(", "Kính")) or ln.endswith(")")
            p.centre(ln, BODY if plain else BODY_B, LINE + (10 if is_upper(ln) else 0))
        elif block.kind == "para":
            if not body_started:
                p.y += 14
                body_started = True
            bold = 2 if ln.startswith("Điều ") else 0
            if re.match(r"^Điều \d+\. [^.]{0,60}$", ln) or re.match(r"^[IVX]+\. ", ln):
                bold = len(ln.split())
            p.words(ln, 70, bold)
        elif block.kind == "table":
            table(p, block.lines)
        elif block.kind == "sign":
            sign_block(p, block.lines, issuer, rng)
    pages = p.pages
    if stem.startswith("bc-") and rng.random() < 0.3:
        incoming_stamp(pages[0], day, rng)
    when = dt.datetime.combine(day, dt.time(rng.randint(1, 9), rng.randint(0, 59))) + dt.timedelta(rng.randint(1, 9))
    return [scanned(page, rng) for page in pages], when


def header_plain(p: Pages, lines: list[str]) -> None:
    """The header of an annexed Quy chế: issuer and motto, no number or date."""
    left = [ln for ln in lines if not ln.startswith(("CỘNG HÒA", "Độc lập"))]
    right = [ln for ln in lines if ln.startswith(("CỘNG HÒA", "Độc lập"))]
    top = p.y
    for k, ln in enumerate(left):
        f = HEAD_B
        p.draw.text(((80 + 700 - p.draw.textlength(ln, font=f)) / 2, top + 44 * k), ln, font=f, fill=INK)
    for k, ln in enumerate(right):
        f = HEAD_B if k == 0 else font(34, True)
        p.draw.text(((700 + 1560 - p.draw.textlength(ln, font=f)) / 2, top + 44 * k), ln, font=f, fill=INK)
    p.y = top + 44 * max(len(left), len(right)) + 40


def main(argv: list[str]) -> int:
    SCANS.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in TEXTS.glob("*.txt"))
    for stem in stems:
        pages, when = render(stem)
        stamp = when.timetuple()
        pages[0].save(
            SCANS / f"{stem}.pdf",
            save_all=True,
            append_images=pages[1:],
            resolution=DPI,
            quality=40,
            creationDate=stamp,
            modDate=stamp,
            producer="Scanner",
            title="Scan",
        )
        print(stem, len(pages), (SCANS / f"{stem}.pdf").stat().st_size // 1024, "KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
