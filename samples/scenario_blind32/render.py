"""Draw scenario 32's texts as the scans a ministry's archive holds.

    .venv/bin/python -m samples.scenario_blind32.render [STEM ...]

Why: congvan reads paper, not typed text. Each `texts/<stem>.txt` becomes `scans/<stem>.pdf` of 200-dpi A4 pages: the
header in two columns, the number and the day (sometimes the month) left blank in print and filled by pen in near-black
strokes, ruled tables, "Nơi nhận" beside the signer's block, a red round seal over the left of the signer's title and a
blue signature, a red "ĐẾN" stamp of the receiving office over the body of every report and of some decisions; then the
page goes through a flat-bed scanner, a photocopier or a fax. Everything is seeded by the file's name, so a run gives
the same bytes every time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import sys
import time
from dataclasses import dataclass
from itertools import groupby, pairwise
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from samples.tools.render import DPI as SHARED_DPI
from samples.tools.render import font as shared_font
from samples.tools.render import wrap as shared_wrap

HERE = Path(__file__).parent
DPI = 200
WIDTH, HEIGHT = (round(mm / 25.4 * DPI) for mm in (210, 297))  # A4
LEFT, RIGHT, TOP, BOTTOM = 190, WIDTH - 154, 150, HEIGHT - 139
INK, PEN, SEAL, SIGNATURE = (20, 20, 24), (28, 26, 34), (205, 30, 40), (30, 60, 170)
"""Print, the near-black pen of hand-filled digits, the seal's red, the signature's blue."""
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM")
DATE_LINE = re.compile(r"^(?P<place>[^,]+), ngày (?P<day>\d+) tháng (?P<month>\d+) năm (?P<year>\d{4})$")
NUMBER_LINE = re.compile(r"^(?P<lead>Số:? )(?P<digits>\d+)(?P<rest>\S*)$")


def font(size: int, style: str = "regular") -> ImageFont.FreeTypeFont:
    """The shared samples' serif with Vietnamese glyphs, `size` pixels high at this renderer's 200 dpi."""
    return shared_font(style, size * 72 / SHARED_DPI)


def wrap(text: str, size: int, style: str, width: float) -> list[str]:
    """The lines a paragraph breaks into at `size` pixels within `width`, by the shared samples' word wrap."""
    return [" ".join(words) for words in shared_wrap(text, style, size * 72 / SHARED_DPI, width)] or [""]


# ---------------------------------------------------------------- pen digits
PEN_STROKES = """
0 50,0 15,20 10,60 40,100 80,80 90,35 60,0 45,2
1 25,25 60,0 | 60,0 50,100
2 10,25 40,0 80,10 80,40 10,100 90,95
3 15,10 60,0 80,25 40,48 85,70 60,100 10,90
4 65,100 60,0 5,70 95,68
5 85,0 25,2 20,45 70,45 85,75 50,100 10,90
6 75,2 30,30 15,75 45,100 80,80 60,50 20,65
7 10,5 90,0 40,100 | 30,50 75,48
8 50,48 15,25 45,0 80,22 20,75 50,100 85,75 50,48
9 80,35 50,50 20,30 45,0 80,20 70,60 50,100
/ 80,-5 20,105
: 50,30 52,33 | 50,80 52,83
"""
STROKES = {
    row[0]: [
        [(int(x) / 100, int(y) / 100) for x, y in (p.split(",") for p in part.split())] for part in row[2:].split(" | ")
    ]
    for row in PEN_STROKES.strip().splitlines()
}
"""Each character as the pen draws it: strokes (split by "|") of points in hundredths of a unit box, y down."""


PEN_HEIGHT = 36


def room_for(digits: str, fnt: ImageFont.FreeTypeFont) -> str:
    """The blank the form leaves for digits to be written by pen: wider than the pen will need."""
    return " " * math.ceil((len(digits) * 0.85 * PEN_HEIGHT + 16) / fnt.getlength(" "))


def pen_write(draw: ImageDraw.ImageDraw, text: str, x: float, y: float, height: float, rng: random.Random) -> float:
    """Write `text` by pen from (x, y) (top left), slanted and uneven; returns the x after it."""
    slant = rng.uniform(0.12, 0.28)
    for ch in text:
        if ch == " ":
            x += height * 0.4
            continue
        h = height * rng.uniform(0.9, 1.1)
        w = h * rng.uniform(0.5, 0.62)
        top = y + rng.uniform(-3, 3)
        width = rng.choice((3, 3, 4))
        for stroke in STROKES.get(ch, []):
            pts = [
                (x + px * w + (1 - py) * h * slant + rng.uniform(-1.5, 1.5), top + py * h + rng.uniform(-1.5, 1.5))
                for px, py in stroke
            ]
            smooth = spline(pts) if len(pts) > 2 else pts
            draw.line(smooth, fill=PEN, width=width, joint="curve")
        x += w + h * rng.uniform(0.12, 0.25)
    return x


def spline(points: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """The polyline with its corners cut a few times (Chaikin): a pen does not draw corners."""
    for _ in range(rounds):
        cut = [points[0]]
        for (ax, ay), (bx, by) in pairwise(points):
            cut += [(0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by)]
        points = [*cut, points[-1]]
    return points


# ---------------------------------------------------------------- layout
@dataclass
class Doc:
    stem: str
    header: list[str]
    title: list[str]
    body: list[str]
    recipients: list[str]
    signer: list[str]

    @property
    def is_report(self) -> bool:
        return self.stem.startswith("bc-")


def parse(stem: str, text: str) -> Doc:
    """Split a text into header, title, body, recipients and signer (the lines after the recipients)."""
    lines = text.rstrip("\n").split("\n")
    first_blank = lines.index("")
    header, rest = lines[:first_blank], lines[first_blank + 1 :]
    second_blank = rest.index("")
    title, rest = rest[:second_blank], rest[second_blank + 1 :]
    foot = max(i for i, line in enumerate(rest) if line == "Nơi nhận:")
    body, tail = rest[:foot], rest[foot + 1 :]
    recipients = [line for line in tail if line.startswith("- ")]
    signer = [line for line in tail[len(recipients) :]]
    return Doc(stem, header, title, body, recipients, signer)


class Page:
    def __init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH, HEIGHT), "white")
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP


class Layout:
    """Pages drawn from top to bottom, a new page when the next line would pass the bottom margin."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pages = [Page()]
        self.line = 44

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        number = str(len(self.pages))
        self.page.draw.text((WIDTH // 2, 80), number, font=font(28), fill=INK, anchor="mt")

    def room(self, height: int) -> None:
        if self.page.y + height > BOTTOM:
            self.new_page()

    def centered(self, text: str, fnt: ImageFont.FreeTypeFont, cx: int, y: int) -> None:
        self.page.draw.text((cx, y), text, font=fnt, fill=INK, anchor="mt")

    def paragraph(self, text: str, *, bold: bool = False, indent: int = 60) -> None:
        style = "bold" if bold else "regular"
        fnt = font(31, style)
        for k, row in enumerate(wrap(text, 31, style, RIGHT - LEFT - (indent if text else 0))):
            self.room(self.line)
            x = LEFT + (indent if k == 0 else 0)
            self.page.draw.text((x, self.page.y), row, font=fnt, fill=INK)
            self.page.y += self.line

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table: column widths by the longest cell, cells wrapped, a header row in bold."""
        fnt, bold = font(27), font(27, "bold")
        columns = max(len(r) for r in rows)
        rows = [r + [""] * (columns - len(r)) for r in rows]
        longest = [max(fnt.getlength(r[c]) for r in rows) + 24 for c in range(columns)]
        total = RIGHT - LEFT
        widths = [max(70, int(w * total / sum(longest))) for w in longest]
        widths[-1] = total - sum(widths[:-1])
        for i, row in enumerate(rows):
            style = "bold" if i == 0 else "regular"
            cells = [wrap(cell, 27, style, w - 20) for cell, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in cells) * 36 + 14
            self.room(height)
            x, y = LEFT, self.page.y
            for cell, w in zip(cells, widths, strict=True):
                self.page.draw.rectangle((x, y, x + w, y + height), outline=INK, width=2)
                for k, part in enumerate(cell):
                    self.page.draw.text((x + 10, y + 8 + 36 * k), part, font=bold if i == 0 else fnt, fill=INK)
                x += w
            self.page.y += height
        self.page.y += 12


def header(lay: Layout, doc: Doc, pen: bool, pen_month: bool) -> list[tuple[int, int, int, int]]:
    """The two-column header; returns the boxes where the pen wrote (number, day, month)."""
    rng, draw = lay.rng, lay.page.draw
    left = [line for line in doc.header if line not in MOTTO and not DATE_LINE.match(line)]
    right = [line for line in doc.header if line in MOTTO]
    dated = next(line for line in doc.header if DATE_LINE.match(line))
    boxes: list[tuple[int, int, int, int]] = []
    cx_left, cx_right = 470, 1130
    y = TOP
    small, bold = font(27), font(27, "bold")
    issuers = [line for line in left if line != "*" and not NUMBER_LINE.match(line) and not line.startswith("V/v")]
    for line in left:
        m = NUMBER_LINE.match(line)
        if m:
            y += 10
            lead, rest = m["lead"], m["rest"]
            shown = f"{lead}{room_for(m['digits'], small) if pen else m['digits']}{rest}"
            x0 = cx_left - small.getlength(shown) / 2
            draw.text((x0, y), shown, font=small, fill=INK)
            if pen:
                start = x0 + small.getlength(lead) + 6
                end = pen_write(draw, m["digits"], start, y - 6, PEN_HEIGHT, rng)
                boxes.append((int(start), y - 10, int(end), y + 36))
            y += 42
        elif line.startswith("V/v"):
            for part in wrap(line, 25, "italic", 560):
                draw.text((cx_left, y), part, font=font(25, "italic"), fill=INK, anchor="mt")
                y += 34
        elif line == "*":
            draw.text((cx_left, y), line, font=small, fill=INK, anchor="mt")
            y += 30
        else:
            own = line == issuers[-1]
            draw.text((cx_left, y), line, font=bold if own else small, fill=INK, anchor="mt")
            y += 38
            if own:
                w = bold.getlength(line) * 0.4
                draw.line((cx_left - w / 2, y, cx_left + w / 2, y), fill=INK, width=2)
                y += 10
    y_left_end = y
    y = TOP
    for line in right:
        fnt = bold if line.isupper() else font(29, "bold")
        draw.text((cx_right, y), line, font=fnt, fill=INK, anchor="mt")
        y += 40
        if not line.isupper():
            w = fnt.getlength(line)
            draw.line((cx_right - w / 2, y, cx_right + w / 2, y), fill=INK, width=2)
            y += 8
    y += 30
    m = DATE_LINE.match(dated)
    assert m
    italic = font(28, "italic")
    month = room_for(m["month"], italic) if pen and pen_month else m["month"]
    day = room_for(m["day"], italic) if pen else m["day"]
    parts = [f"{m['place']}, ngày ", day, " tháng ", month, f" năm {m['year']}"]
    x = cx_right - italic.getlength("".join(parts)) / 2
    for k, part in enumerate(parts):
        draw.text((x, y), part, font=italic, fill=INK)
        if pen and part.strip() == "" and part:
            digits = m["day"] if k == 1 else m["month"]
            end = pen_write(draw, digits, x + 4, y - 8, PEN_HEIGHT, rng)
            boxes.append((int(x), y - 12, int(end), y + 36))
        x += italic.getlength(part)
    lay.page.y = max(y_left_end, y + 40) + 40
    return boxes


def title(lay: Layout, doc: Doc) -> None:
    for k, line in enumerate(doc.title):
        size = 34 if k == 0 else 30
        fnt = font(size, "bold")
        for part in wrap(line, size, "bold", 1100):
            lay.room(46)
            lay.centered(part, fnt, WIDTH // 2, lay.page.y)
            lay.page.y += 46
    w = 260
    lay.page.draw.line((WIDTH / 2 - w / 2, lay.page.y + 4, WIDTH / 2 + w / 2, lay.page.y + 4), fill=INK, width=2)
    lay.page.y += 36


def body(lay: Layout, doc: Doc) -> None:
    """Paragraphs (an article, a point, a member's line each), centred headings and ruled tables (lines with tabs)."""
    for is_table, group in groupby(doc.body, key=lambda line: "\t" in line):
        if is_table:
            lay.table([line.split("\t") for line in group])
            continue
        for line in group:
            text = line
            if text.startswith("\f"):
                lay.new_page()
                text = text[1:]
            if not text:
                lay.page.y += 16
            elif (text.isupper() and len(text) < 70) or text in ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH"):
                lay.room(50)
                lay.centered(text, font(31, "bold"), WIDTH // 2, lay.page.y)
                lay.page.y += 50
            else:
                lay.paragraph(text)


def signature_block(lay: Layout, doc: Doc) -> tuple[int, int, int]:
    """ "Nơi nhận" on the left, the signer on the right; returns the title's centre and top, and the name's top."""
    titles = [line for line in doc.signer if line and line != doc.signer[-1]]
    name = doc.signer[-1]
    needed = max(len(doc.recipients) * 30 + 50, len(titles) * 40 + 300)
    lay.room(needed + 40)
    draw, top = lay.page.draw, lay.page.y + 30
    draw.text((LEFT, top), "Nơi nhận:", font=font(26, "bolditalic"), fill=INK)
    for k, line in enumerate(doc.recipients):
        draw.text((LEFT, top + 36 + 30 * k), line, font=font(23), fill=INK)
    cx = 1150
    for k, line in enumerate(titles):
        draw.text((cx, top + 40 * k), line, font=font(29, "bold"), fill=INK, anchor="mt")
    name_top = top + 40 * len(titles) + 210
    draw.text((cx, name_top), name, font=font(30, "bold"), fill=INK, anchor="mt")
    lay.page.y = top + needed
    return cx, top, name_top


# ---------------------------------------------------------------- ink on top
def ring_text(image: Image.Image, text: str, cx: int, cy: int, radius: int, color: tuple[int, int, int]) -> None:
    """Letters round a ring, upright towards the centre, as on a seal."""
    fnt = font(22, "bold")
    step = 360 / max(len(text) + 6, 1)
    for k, ch in enumerate(text):
        angle = -90 - (len(text) - 1) * step / 2 + k * step
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=fnt, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle - 90, resample=Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(angle)) - 20
        y = cy + radius * math.sin(math.radians(angle)) - 20
        image.paste(Image.new("RGB", (40, 40), color), (int(x), int(y)), glyph)


def seal(page: Page, cx: int, cy: int, issuer: str, rng: random.Random) -> None:
    """A red round seal: two rings, the issuer round them, a star; pressed unevenly and multiplied over the print."""
    size = 330
    layer = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(layer)
    c = size // 2
    d.ellipse((8, 8, size - 8, size - 8), outline=SEAL, width=7)
    d.ellipse((58, 58, size - 58, size - 58), outline=SEAL, width=3)
    ring_text(layer, issuer.upper()[:34], c, c, 128, SEAL)
    star = [
        (c + r * math.cos(math.radians(-90 + 36 * k)), c + r * math.sin(math.radians(-90 + 36 * k)))
        for k, r in zip(range(10), [34, 14] * 5, strict=True)
    ]
    d.polygon(star, fill=SEAL)
    layer = layer.rotate(rng.uniform(-25, 25), fillcolor="white", resample=Image.Resampling.BICUBIC)
    ink = np.asarray(layer, dtype=np.float32) / 255
    fade = 0.55 + 0.45 * np.clip(np.random.default_rng(rng.randrange(1 << 30)).random((size, size, 1)) * 1.6, 0, 1)
    ink = 1 - (1 - ink) * fade
    x0, y0 = cx - c, cy - c
    base = np.asarray(page.image, dtype=np.float32) / 255
    base[y0 : y0 + size, x0 : x0 + size] *= ink
    page.image.paste(Image.fromarray((base * 255).astype(np.uint8)))
    page.draw = ImageDraw.Draw(page.image)


def signature(page: Page, cx: int, y: int, rng: random.Random) -> None:
    """A blue scribble of a few loops across the space above the name."""
    pts = []
    x = cx - 150
    for k in range(9):
        pts.append((x + k * 36 + rng.uniform(-10, 10), y + rng.uniform(-45, 45) * (1 if k % 2 else -1)))
    page.draw.line(spline(pts, 4), fill=SIGNATURE, width=4, joint="curve")
    page.draw.line(
        [(cx - 170, y + 40), (cx + 60, y + 20 + rng.uniform(-8, 8)), (cx + 170, y + 30)], fill=SIGNATURE, width=3
    )


def received_stamp(page: Page, rng: random.Random, office: str, number: str, day: str) -> None:
    """The receiving office's "ĐẾN" stamp over the body, its number and date by pen."""
    w, h = 470, 230
    layer = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, w - 4, h - 4), outline=SEAL, width=5)
    d.text((w // 2, 14), office.upper(), font=font(24, "bold"), fill=SEAL, anchor="mt")
    d.text((24, 62), "ĐẾN", font=font(44, "bold"), fill=SEAL)
    d.text((150, 68), "Số: ........................", font=font(26), fill=SEAL)
    d.text((150, 118), "Ngày: ....../....../20....", font=font(26), fill=SEAL)
    d.text((24, 172), "Chuyển: ..................................", font=font(26), fill=SEAL)
    pen_write(d, number, 210, 52, 40, rng)
    pen_write(d, day, 235, 102, 40, rng)
    layer = layer.rotate(rng.uniform(-6, 6), expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    x0 = rng.randint(LEFT + 200, RIGHT - layer.width)
    y0 = rng.randint(560, 820)  # over the first lines of the body, below the title
    base = np.asarray(page.image, dtype=np.float32) / 255
    stamp = np.asarray(layer, dtype=np.float32) / 255
    base[y0 : y0 + layer.height, x0 : x0 + layer.width] *= 1 - (1 - stamp) * 0.85
    page.image.paste(Image.fromarray((base * 255).astype(np.uint8)))
    page.draw = ImageDraw.Draw(page.image)


# ---------------------------------------------------------------- the copy
def scanned(image: Image.Image, rng: random.Random) -> Image.Image:
    """A flat-bed scan: cream paper, light falling off to one side, a slight turn, sensor noise."""
    a = np.asarray(image, dtype=np.float64)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float64)
    light = 1 - 0.08 * (xx / WIDTH if rng.random() < 0.5 else 1 - xx / WIDTH) - 0.04 * yy / HEIGHT
    paper = np.array([250, 244, 228], dtype=np.float64) / 255
    a = a * paper * light[..., None]
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.rotate(rng.uniform(-0.8, 0.8), fillcolor=(236, 232, 218), resample=Image.Resampling.BICUBIC)


def photocopied(image: Image.Image, rng: random.Random) -> Image.Image:
    """A photocopy: grey, toner heavier in patches, a dark binding edge, drum streaks, specks; the seal turns grey."""
    g = np.asarray(image.convert("L"), dtype=np.float64)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    patches = np.asarray(
        Image.fromarray((noise.random((24, 17)) * 255).astype(np.uint8)).resize(
            (WIDTH, HEIGHT), Image.Resampling.BICUBIC
        ),
        dtype=np.float64,
    )
    g = 255 - (255 - g) * (0.8 + 0.45 * patches / 255)
    g = g * 0.93 + 8
    edge = np.clip(1 - np.arange(WIDTH, dtype=np.float64) / 70, 0, 1) * 150
    g -= edge[None, :]
    for _ in range(rng.randint(1, 3)):
        x = rng.randint(0, WIDTH - 4)
        g[:, x : x + rng.randint(1, 3)] -= rng.uniform(25, 60)
    specks = noise.random(g.shape) < 0.0006
    g[specks] = 40
    out = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out.rotate(rng.uniform(-1.2, 1.2), fillcolor=200, resample=Image.Resampling.BICUBIC)


def faxed(image: Image.Image, rng: random.Random, page: int, pages: int, sent: str) -> Image.Image:
    """A fax: a sender line with its own date and page count, half the vertical resolution, black and white."""
    g = image.convert("L")
    d = ImageDraw.Draw(g)
    d.text(
        (60, 30), f"{sent}   FROM: 024 3869 {rng.randint(1000, 9999)}   P.{page:02d}/{pages:02d}", font=font(24), fill=0
    )
    half = g.resize((WIDTH, HEIGHT // 2), Image.Resampling.BILINEAR).resize((WIDTH, HEIGHT), Image.Resampling.NEAREST)
    a = np.asarray(half, dtype=np.float32)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 18, a.shape)
    return Image.fromarray(((a > 150) * 255).astype(np.uint8)).convert("1")


# ---------------------------------------------------------------- a document
OFFICES = ("Cục Hợp tác quốc tế", "Văn phòng Bộ GDĐT", "Vụ Tổ chức cán bộ", "Thanh tra Bộ GDĐT")


def issuer_of(doc: Doc) -> str:
    lines = [line for line in doc.header if line not in MOTTO and line != "*" and not NUMBER_LINE.match(line)]
    own = [line for line in lines if not DATE_LINE.match(line) and not line.startswith("V/v")]
    return own[-1] if own else "BỘ GIÁO DỤC VÀ ĐÀO TẠO"


def render(stem: str, text: str) -> list[Image.Image]:
    rng = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
    doc = parse(stem, text)
    lay = Layout(rng)
    pen = rng.random() < 0.93
    header(lay, doc, pen, pen_month=pen and rng.random() < 0.4)
    title(lay, doc)
    body(lay, doc)
    cx, top, name_top = signature_block(lay, doc)
    signed = lay.page
    seal(signed, cx - 110, top + 95, issuer_of(doc), rng)
    signature(signed, cx, (top + name_top) // 2 + 40, rng)
    m = DATE_LINE.match(next(line for line in doc.header if DATE_LINE.match(line)))
    assert m
    dated = dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    if doc.is_report or rng.random() < 0.35:
        came = dated + dt.timedelta(days=rng.randint(1, 4))
        received_stamp(lay.pages[0], rng, rng.choice(OFFICES), str(rng.randint(120, 4800)), f"{came.day}/{came.month}")
    kind = rng.choices(("scan", "copy", "fax"), weights=(0.5, 0.37, 0.13))[0]
    pages = [p.image for p in lay.pages]
    if kind == "scan":
        return [scanned(p, rng) for p in pages]
    if kind == "copy":
        return [photocopied(p, rng) for p in pages]
    sent = f"{dated + dt.timedelta(days=rng.randint(0, 5)):%d/%m/%Y} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
    return [faxed(p, rng, k + 1, len(pages), sent) for k, p in enumerate(pages)]


def save(images: list[Image.Image], path: Path) -> None:
    """One PDF of the pages; the grey and colour ones as JPEG, the fax's black and white as CCITT."""
    when = time.strptime("2026-12-22", "%Y-%m-%d")  # a fixed creation date: the same bytes on every run
    if images[0].mode == "1":
        images[0].save(path, save_all=True, append_images=images[1:], resolution=DPI, creationDate=when, modDate=when)
    else:
        images[0].save(
            path, save_all=True, append_images=images[1:], resolution=DPI, quality=38, creationDate=when, modDate=when
        )


def main(argv: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    for stem in stems:
        save(render(stem, (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")), out / f"{stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
