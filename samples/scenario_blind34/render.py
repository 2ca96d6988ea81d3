"""Draw scenario 34's texts as a province's paper: `.venv/bin/python -m samples.scenario_blind34.render [STEM…]`.

Why: congvan reads scans, and what makes real scans hard is not the typed text but what lies on it — numbers and
days written in by pen after signing, a red seal over the signer's title, a signature, an office's "ĐẾN" stamp over
the body, and a scanner, a photocopier or a fax between the paper and the file (design.md, "Real paperwork"). Each
text of `texts/` becomes `scans/<stem>.pdf`: A4 pages at 200 dpi, one image each. Everything random is seeded by
the file's name, so a run writes the same pages every time."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = round(210 / 25.4 * DPI), round(297 / 25.4 * DPI)  # A4
LEFT, RIGHT, TOP, BOTTOM = 230, PAGE_W - 150, 150, PAGE_H - 170  # margins of about 3 cm left, 2 cm elsewhere
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK, PEN, RED, BLUE = (18, 18, 22), (28, 28, 38), (205, 32, 40), (35, 55, 150)
"""Print; pen (the digits written in on real scans are near-black, not blue); the seal; the signature."""


def font(size: int, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), size)


BODY, SMALL, HEAD = font(35), font(29), font(33, "Bold")
BOLD, ITALIC, SMALL_BOLD, TITLE = font(35, "Bold"), font(35, "Italic"), font(29, "Bold"), font(39, "Bold")
LINE = 50  # body line pitch, about 1.2 lines at 13 pt

# --- pen digits: a stroke font, jittered per stroke --------------------------------------------------------------

STROKES: dict[str, list[tuple[float, float]]] = {
    "0": [(0.5, 0), (0.15, 0.2), (0.1, 0.6), (0.35, 1), (0.75, 0.92), (0.9, 0.45), (0.72, 0.08), (0.45, 0.02)],
    "1": [(0.25, 0.22), (0.55, 0), (0.52, 1)],
    "2": [(0.1, 0.25), (0.35, 0.02), (0.72, 0.06), (0.82, 0.3), (0.6, 0.55), (0.1, 1), (0.92, 0.97)],
    "3": [(0.12, 0.12), (0.5, 0), (0.82, 0.2), (0.48, 0.47), (0.86, 0.7), (0.55, 1), (0.1, 0.9)],
    "4": [(0.7, 1), (0.66, 0), (0.05, 0.68), (0.95, 0.68)],
    "5": [(0.85, 0.02), (0.25, 0), (0.18, 0.45), (0.62, 0.4), (0.9, 0.7), (0.6, 1), (0.1, 0.9)],
    "6": [(0.8, 0.04), (0.4, 0.12), (0.15, 0.58), (0.25, 0.95), (0.6, 1), (0.85, 0.75), (0.6, 0.52), (0.2, 0.65)],
    "7": [(0.08, 0.02), (0.92, 0), (0.38, 1)],
    "8": [
        (0.5, 0.47),
        (0.18, 0.24),
        (0.5, 0),
        (0.82, 0.24),
        (0.5, 0.47),
        (0.14, 0.76),
        (0.5, 1),
        (0.86, 0.74),
        (0.5, 0.47),
    ],
    "9": [(0.85, 0.32), (0.5, 0.5), (0.15, 0.3), (0.48, 0), (0.85, 0.28), (0.8, 0.7), (0.48, 1)],
    "/": [(0.8, 0), (0.2, 1)],
}


def spline(points: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """Chaikin's corner cutting: each round puts two points on every segment, at a quarter and three quarters, so the
    polyline rounds into a hand's stroke while keeping its two ends."""
    for _ in range(rounds):
        if len(points) < 3:
            return points
        cut = [points[0]]
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            cut += [(0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by)]
        points = [*cut, points[-1]]
    return points


def pen_digits(draw: ImageDraw.ImageDraw, x: float, y: float, text: str, height: int, rng: random.Random) -> float:
    """Write `text` (digits, "/") by hand with its baseline at y; returns the x after it."""
    slant = rng.uniform(0.12, 0.3)
    width = rng.choice((3, 3, 4))
    for ch in text:
        h = height * rng.uniform(0.9, 1.08)
        w = h * (0.36 if ch == "1" else 0.58)
        top = y - h + rng.uniform(-3, 3)
        pts = [(px + rng.uniform(-0.05, 0.05), py + rng.uniform(-0.04, 0.04)) for px, py in STROKES[ch]]
        curve = [(x + px * w + (1 - py) * h * slant, top + py * h) for px, py in spline(pts)]
        draw.line(curve, fill=PEN, width=width, joint="curve")
        x += w + rng.uniform(4, 10)
    return x


# --- layout ------------------------------------------------------------------------------------------------------


@dataclass
class Run:
    """A piece of a line: printed text in a font, or a blank the pen fills later (`pen`: the digits written)."""

    text: str
    face: ImageFont.FreeTypeFont
    pen: str = ""


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int = TOP
    pens: list[tuple[float, float, str, int]] = field(default_factory=list)
    signer: tuple[int, int, int, int] | None = None  # the right column's box: title to name


def new_page() -> Page:
    image = Image.new("RGB", (PAGE_W, PAGE_H), "white")
    return Page(image, ImageDraw.Draw(image))


def width(runs: list[Run]) -> float:
    return sum(r.face.getlength(r.text) for r in runs)


def put(page: Page, runs: list[Run], x: float, y: int) -> None:
    """Print the runs from x with their baseline at y; a pen run leaves its blank and is written after the seal."""
    for r in runs:
        if r.pen:
            page.pens.append((x + 6, y, r.pen, 40))
        else:
            page.draw.text((x, y), r.text, font=r.face, fill=INK, anchor="ls")
        x += r.face.getlength(r.text)


def centred(page: Page, runs: list[Run], middle: float, y: int) -> None:
    put(page, runs, middle - width(runs) / 2, y)


def wrap(words: list[Run], room: float, first_indent: float) -> Iterator[tuple[list[Run], bool]]:
    """Lines of words that fit `room`, each with whether it is the paragraph's last."""
    line: list[Run] = []
    used = first_indent
    space = BODY.getlength(" ")
    for w in words:
        wlen = w.face.getlength(w.text)
        if line and used + wlen > room:
            yield line, False
            line, used = [], 0.0
        line.append(w)
        used += wlen + space
    if line:
        yield line, True


def paragraph(
    page: Page, text: str, pages: list[Page], *, indent: int = 60, face: ImageFont.FreeTypeFont = BODY
) -> Page:
    """A justified paragraph; "Điều N." and a section heading start in bold."""
    words = [Run(w, face) for w in text.split(" ")]
    heading = re.match(r"(Điều \d+\.|Chương [IVX]+|[IVX]+\.)", text)
    if heading:
        for k in range(len(heading[1].split(" "))):
            words[k] = Run(words[k].text, BOLD)
    room = RIGHT - LEFT
    first = True
    for line, last in wrap(words, room, indent):
        page = room_for(page, LINE, pages)
        x0 = LEFT + (indent if first else 0)
        gaps = len(line) - 1
        space = BODY.getlength(" ") if last or not gaps else (RIGHT - x0 - width(line)) / gaps
        x = float(x0)
        for w in line:
            put(page, [w], x, page.y + 36)
            x += w.face.getlength(w.text) + space
        page.y += LINE
        first = False
    return page


def room_for(page: Page, need: int, pages: list[Page]) -> Page:
    if page.y + need <= BOTTOM:
        return page
    nxt = new_page()
    pages.append(nxt)
    label = str(len(pages))
    nxt.draw.text((PAGE_W / 2, 95), label, font=SMALL, fill=INK, anchor="ms")
    return nxt


def table(page: Page, rows: list[list[str]], pages: list[Page]) -> Page:
    """A ruled table, column widths by their longest cell, cells wrapped."""
    cols = max(len(r) for r in rows)
    rows = [r + [""] * (cols - len(r)) for r in rows]
    longest = [max(SMALL.getlength(r[c]) for r in rows) + 30 for c in range(cols)]
    total = RIGHT - LEFT
    widths = [max(70.0, min(w, total * 0.55)) for w in longest]
    widths = [w * total / sum(widths) for w in widths]
    for i, row in enumerate(rows):
        face = SMALL_BOLD if i == 0 and not row[0].strip().isdigit() else SMALL
        cells = [list(wrap([Run(w, face) for w in cell.split(" ")], widths[c] - 20, 0)) for c, cell in enumerate(row)]
        height = max(len(c) for c in cells) * 38 + 16
        page = room_for(page, height, pages)
        x = float(LEFT)
        for c, lines in enumerate(cells):
            page.draw.rectangle((x, page.y, x + widths[c], page.y + height), outline=INK, width=2)
            for k, (line, _) in enumerate(lines):
                put(page, [Run(w.text + " ", w.face) for w in line], x + 10, page.y + 36 + 38 * k)
            x += widths[c]
        page.y += height
    page.y += 20
    return page


NUMBER = re.compile(r"^(Số:? ?)(\d+)(.*)$")
DATE = re.compile(r"^(.*?ngày )(\d+)( tháng )(\d+)( năm \d{4})$")


def number_runs(line: str, fill: bool) -> list[Run]:
    m = NUMBER.match(line)
    if not (m and fill):
        return [Run(line, BODY)]
    return [Run(m[1], BODY), blank(m[2], BODY), Run(m[3], BODY)]


def blank(digits: str, face: ImageFont.FreeTypeFont) -> Run:
    """Room left in print for the pen to write `digits` in."""
    spaces = math.ceil((30 * len(digits) + 34) / face.getlength(" "))
    return Run(" " * spaces, face, pen=digits)


def date_runs(line: str, day: bool, month: bool) -> list[Run]:
    m = DATE.match(line)
    if not m:
        return [Run(line, ITALIC)]
    out = [Run(m[1], ITALIC)]
    out.append(blank(m[2], ITALIC) if day else Run(m[2], ITALIC))
    out.append(Run(m[3], ITALIC))
    out.append(blank(m[4], ITALIC) if month else Run(m[4], ITALIC))
    return [*out, Run(m[5], ITALIC)]


def header(page: Page, lines: list[str], rng: random.Random) -> tuple[Page, int]:
    """The two columns above the title: issuer left, motto right, number left and place and date right (the number
    and the day left blank for the pen on most documents). Returns the page and the lines used."""
    left_mid, right_mid = LEFT + 300, LEFT + 900
    fill_number, fill_day, fill_month = rng.random() < 0.93, rng.random() < 0.92, rng.random() < 0.35
    used = 0
    while used < len(lines) and not lines[used].startswith("Số"):
        cols = lines[used].split("\t")
        if cols[0].strip():
            centred(page, [Run(cols[0], HEAD if used else SMALL_BOLD)], left_mid, page.y + 34)
        if len(cols) > 1:
            centred(page, [Run(cols[1], HEAD)], right_mid, page.y + 34)
        if used == 1 and len(cols) > 1:
            page.draw.line((right_mid - 190, page.y + 46, right_mid + 190, page.y + 46), fill=INK, width=2)
        page.y += 44
        used += 1
    page.y += 14
    number = lines[used]
    centred(page, number_runs(number, fill_number), left_mid, page.y + 34)
    used += 1
    if used < len(lines) and "ngày" in lines[used]:
        centred(page, date_runs(lines[used], fill_day, fill_month), right_mid, page.y + 34)
        used += 1
    page.y += 50
    while used < len(lines) and lines[used].startswith(("V/v", "chuyến")):
        centred(page, [Run(lines[used], SMALL)], left_mid, page.y + 30)
        page.y += 38
        used += 1
    page.y += 20
    return page, used


def signature(page: Page, lines: list[str], pages: list[Page]) -> Page:
    """ "Nơi nhận" and its list left in small type; the signer's title, blank room and name right."""
    page = room_for(page, 40 + 44 * len(lines), pages)
    page.y += 20
    top = page.y
    right_mid = LEFT + 930
    rights: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        left, _, right = line.partition("\t")
        if left:
            face = font(27, "BoldItalic") if i == 0 else font(25)
            page.draw.text((LEFT, top + 30 + 34 * i), left, font=face, fill=INK, anchor="ls")
        if right:
            rights.append((i, right))
    y = top + 34
    for k, (_, text) in enumerate(rights):
        last = k == len(rights) - 1
        if last:
            y = max(y + 170, top + 34 * (rights[-1][0]) + 30)
        centred(page, [Run(text, BOLD)], right_mid, y)
        y += 44
    page.signer = (right_mid - 260, top, right_mid + 260, y)
    page.y = max(top + 34 * len(lines), y) + 30
    return page


def typeset(text: str, rng: random.Random) -> list[Page]:
    """The text on A4 pages: header, titles centred, paragraphs justified, tab-separated lines as ruled tables, the
    signature block in two columns, "\\f" a page break."""
    pages = [new_page()]
    page = pages[0]
    for part_no, part in enumerate(text.split("\f")):
        if part_no:
            page = new_page()
            pages.append(page)
        lines = part.strip("\n").split("\n")
        i = 0
        if part_no == 0:
            page, i = header(page, lines, rng)
        subject = False
        while i < len(lines):
            line = lines[i]
            if line.startswith("Nơi nhận:"):  # the signature block runs to the end of its page
                page = signature(page, lines[i:], pages)
                break
            if "\t" in line:
                ruled = list(itertools.takewhile(lambda row: "\t" in row, lines[i:]))
                page = table(page, [row.split("\t") for row in ruled], pages)
                i += len(ruled)
                continue
            if not line.strip():
                subject = False
                page.y += 12
            elif re.fullmatch(r"Chương [IVX]+", line):
                centred(page, [Run(line, BOLD)], (LEFT + RIGHT) / 2, page.y + 36)
                page.y += 46
            elif (line.isupper() and not re.match(r"[IVX]+\. ", line)) or line in ("Phụ lục", "QUYẾT ĐỊNH:"):
                page = room_for(page, 60, pages)
                centred(page, [Run(line, TITLE)], (LEFT + RIGHT) / 2, page.y + 40)
                page.y += 52
                subject = line in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY CHẾ", "DANH SÁCH", "Phụ lục")
            elif subject or line.startswith("(Kèm theo"):
                centred(page, [Run(line, BOLD)], (LEFT + RIGHT) / 2, page.y + 36)
                page.y += 46
            elif line.startswith(("Kính gửi", "- ")) and len(line) < 90:
                page = room_for(page, LINE, pages)
                put(page, [Run(line, BODY)], LEFT + 60, page.y + 36)
                page.y += LINE
            else:
                page = paragraph(page, line, pages)
            i += 1
    return pages


# --- marks on the paper ------------------------------------------------------------------------------------------


def ring_text(
    layer: Image.Image, centre: tuple[int, int], radius: float, text: str, face: ImageFont.FreeTypeFont
) -> None:
    """Letters round the seal's ring, upright to the centre, from the lower left clockwise over the top."""
    span = 300.0
    step = span / max(len(text), 1)
    for k, ch in enumerate(text):
        angle = math.radians(-240 + step * (k + 0.5))
        glyph = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), ch, font=face, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x = centre[0] + radius * math.cos(angle) - 30
        y = centre[1] + radius * math.sin(angle) - 30
        layer.paste(Image.new("L", (60, 60), 255), (int(x), int(y)), glyph)


def star(draw: ImageDraw.ImageDraw, c: tuple[int, int], r: float) -> None:
    pts = []
    for k in range(10):
        a = math.radians(-90 + 36 * k)
        rr = r if k % 2 == 0 else r * 0.4
        pts.append((c[0] + rr * math.cos(a), c[1] + rr * math.sin(a)))
    draw.polygon(pts, fill=255)


def seal(
    image: Image.Image, centre: tuple[int, int], issuer: str, rng: random.Random, np_rng: np.random.Generator
) -> None:
    """A red round seal, its ink uneven, laid over what is printed (multiplied, so the print shows through)."""
    size = 300
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = (size // 2, size // 2)
    d.ellipse((6, 6, size - 6, size - 6), outline=255, width=7)
    d.ellipse((52, 52, size - 52, size - 52), outline=255, width=3)
    ring_text(mask, c, 120, issuer, font(26, "Bold"))
    star(d, c, 46)
    ink = np.asarray(mask, dtype=np.float32) / 255
    ink *= np.clip(np_rng.normal(0.85, 0.18, ink.shape), 0.25, 1.0)
    mask = Image.fromarray((ink * 255).astype(np.uint8)).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    tint(image, mask, RED, (centre[0] - size // 2, centre[1] - size // 2))


def tint(image: Image.Image, mask: Image.Image, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Lay ink of `colour` through `mask` at `at`, multiplying with the page (ink over ink darkens)."""
    x, y = at
    box = (x, y, x + mask.width, y + mask.height)
    under = np.asarray(image.crop(box), dtype=np.float32)
    alpha = np.asarray(mask, dtype=np.float32)[..., None] / 255
    over = under * (1 - alpha) + under * np.array(colour, dtype=np.float32) / 255 * alpha
    image.paste(Image.fromarray(over.clip(0, 255).astype(np.uint8)), box[:2])


def scribble(image: Image.Image, x0: int, y0: int, y1: int, rng: random.Random) -> None:
    """A signature: loops and a long tail in blue ink, from x0 across the room between title (y0) and name (y1)."""
    mid_y = (y0 + y1) / 2 + rng.uniform(-15, 15)
    pts = [(x0 + 60 + rng.uniform(-10, 10), mid_y + rng.uniform(-30, 30))]
    x = pts[0][0]
    for _ in range(rng.randint(6, 9)):
        x += rng.uniform(25, 55)
        pts.append((x, mid_y + rng.uniform(-55, 45)))
    pts.append((x + rng.uniform(80, 140), mid_y + rng.uniform(-40, 10)))
    left, top = int(x0), int(mid_y - 120)
    layer = Image.new("L", (int(x - x0 + 200), 240), 0)
    curve = [(px - left, py - top) for px, py in spline(pts, 4)]
    ImageDraw.Draw(layer).line(curve, fill=235, width=rng.choice((3, 4)), joint="curve")
    tint(image, layer, BLUE, (left, top))


OFFICES = ("VĂN PHÒNG UBND TỈNH ĐỒNG NAI", "SỞ NỘI VỤ TỈNH ĐỒNG NAI", "BAN TỔ CHỨC TỈNH ỦY ĐỒNG NAI")


def received(page: Page, rng: random.Random, dated: dt.date, offices: tuple[str, ...] = OFFICES) -> None:
    """An office's "ĐẾN" stamp in red-violet ink over the body, its number and date written in by pen; `offices`:
    the receiving offices to choose from (another province's renderer passes its own)."""
    w, h = 470, 200
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((3, 3, w - 3, h - 3), outline=255, width=5)
    d.text((w / 2, 40), rng.choice(offices), font=font(24, "Bold"), fill=255, anchor="ms")
    d.text((20, 105), "ĐẾN", font=font(46, "Bold"), fill=255, anchor="ls")
    d.text((150, 90), "Số: ..................", font=font(27), fill=255, anchor="ls")
    d.text((150, 135), "Ngày: ...............", font=font(27), fill=255, anchor="ls")
    d.text((20, 180), "Chuyển: ..............................", font=font(25), fill=255, anchor="ls")
    mask = mask.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    x = rng.randint(LEFT + 80, RIGHT - mask.width - 40)
    y = rng.randint(430, 640)
    colour = rng.choice(((170, 30, 80), (200, 40, 50), (120, 40, 140)))
    tint(page.image, mask, colour, (x, y))
    draw = ImageDraw.Draw(page.image)
    pen_digits(draw, x + 225, y + 88, str(rng.randint(120, 3900)), 36, rng)
    pen_digits(draw, x + 250, y + 133, f"{dated.day}/{dated.month}", 34, rng)


def signature_box(page: Page, lines: tuple[str, ...], width: int = 560, size: int = 22) -> None:
    """An electronic document system's digital-signature box, top right, in green: `lines` say who signed, the body
    and the time (a ministry's renderer passes its own, and a wider box or smaller type for a long name)."""
    d = page.draw
    x, y = RIGHT - width, 40
    d.rectangle((x, y, x + width, y + 100), outline=(40, 90, 40), width=2)
    small = font(size)
    for k, line in enumerate(lines):
        d.text((x + 12, y + 28 + 30 * k), line, font=small, fill=(40, 90, 40), anchor="ls")


def signed_box(page: Page, when: str, province: str = "Đồng Nai") -> None:
    """The digital-signature box some decisions of UBND tỉnh carry at the top."""
    lines = (f"Ký bởi: Ủy ban nhân dân tỉnh {province}", f"Cơ quan: Tỉnh {province}", f"Thời gian ký: {when}")
    signature_box(page, lines)


# --- the copy that reaches the file -----------------------------------------------------------------------------


def flatbed(image: Image.Image, rng: random.Random, np_rng: np.random.Generator) -> Image.Image:
    """Cream paper, uneven light, a slight turn, scanner noise."""
    a = np.asarray(image, dtype=np.float32) / 255
    yy, xx = np.mgrid[0:PAGE_H, 0:PAGE_W].astype(np.float32)
    light = 1 - 0.07 * ((xx / PAGE_W - rng.uniform(0.3, 0.7)) ** 2 + (yy / PAGE_H - rng.uniform(0.3, 0.7)) ** 2)
    paper = np.array((0.97, 0.95, 0.89), dtype=np.float32) * light[..., None]
    a = a * paper
    out = Image.fromarray((a.clip(0, 1) * 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC, fillcolor=(236, 232, 220))
    return out.filter(ImageFilter.GaussianBlur(0.6))


def photocopy(image: Image.Image, rng: random.Random, np_rng: np.random.Generator) -> Image.Image:
    """Grey, hard contrast, uneven toner, a dark binding edge, drum streaks and specks; the seal turns grey."""
    g = np.asarray(image.convert("L"), dtype=np.float32) / 255
    g = np.clip((g - 0.15) * 1.35, 0, 1)
    toner = Image.fromarray((np_rng.normal(0.5, 0.12, (PAGE_H // 24, PAGE_W // 24)).clip(0, 1) * 255).astype(np.uint8))
    blotch = np.asarray(toner.resize((PAGE_W, PAGE_H), Image.Resampling.BILINEAR), dtype=np.float32) / 255
    g = np.where(
        g < 0.6, g * (0.7 + 0.6 * blotch), g - 0.05 * blotch
    )  # uneven toner on the print, a faint cast on paper
    edge = np.linspace(0, 1, PAGE_W, dtype=np.float32)
    g *= np.clip(0.55 + 6 * edge, 0, 1)[None, :] if rng.random() < 0.7 else 1
    for _ in range(rng.randint(1, 3)):
        x = rng.randint(0, PAGE_W - 8)
        g[:, x : x + rng.randint(2, 6)] *= rng.uniform(0.75, 0.9)
    specks = np_rng.random(g.shape) < 0.0009
    g[specks] = 0.1
    out = Image.fromarray((g.clip(0, 1) * 255).astype(np.uint8), "L")
    out = out.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=90)
    return out.filter(ImageFilter.GaussianBlur(0.5))


def fax(
    image: Image.Image, rng: random.Random, sender: str, page_no: int, pages: int, line: str = "0251 3822"
) -> Image.Image:
    """Half the vertical resolution, black and white, a sender line (`line`: the fax number but its last digits) with
    its own date and page count."""
    d = ImageDraw.Draw(image)
    d.text(
        (LEFT - 120, 40),
        f"{sender}    FAX: {line} {rng.randint(100, 999)}    P.{page_no}/{pages}",
        font=font(24),
        fill=INK,
    )
    g = image.convert("L").resize((PAGE_W, PAGE_H // 2), Image.Resampling.BILINEAR).resize((PAGE_W, PAGE_H))
    g = g.filter(ImageFilter.GaussianBlur(0.5))
    return g.point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.Dither.NONE)


# --- one document -----------------------------------------------------------------------------------------------


def issued(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m, "no place-and-date line"
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def issuer_ring(stem: str, text: str) -> str:
    """What the seal's ring says: the body that signs."""
    if "/TU" in text.split("\n\n")[0] or "TỈNH ỦY" in text[:120]:
        unit = text.split("\n")[1].split("\t")[0]
        return "TỈNH ỦY ĐỒNG NAI" if unit == "TỈNH ỦY" else f"{unit} * TỈNH ỦY ĐỒNG NAI"
    if stem.startswith(("qd-", "00-")):
        return "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"
    unit = text.split("\n")[1].split("\t")[0]
    return f"{unit} * ĐỒNG NAI" if len(unit) < 30 else unit


SealDraw = Callable[[Image.Image, tuple[int, int], str, random.Random, np.random.Generator], None]
"""How a seal is laid on a page: (image, centre, ring, the file's two random streams)."""


def sealed(
    stem: str, text: str, ring: str, draw_seal: SealDraw = seal
) -> tuple[random.Random, np.random.Generator, list[Page]]:
    """The file's random streams (seeded by its name) and its pages typeset, each signer's title signed and sealed
    with `ring` round the seal (`draw_seal`: a ministry's own, or none on what has no seal): the start every province's
    renderer shares."""
    seed = int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big")
    rng, np_rng = random.Random(seed), np.random.default_rng(seed)
    pages = typeset(text, rng)
    for page in pages:
        if page.signer:
            x0, y0, _, y1 = page.signer
            scribble(page.image, x0 + 120, y0 + 60, y1 - 40, rng)
            centre = (x0 + 110 + rng.randint(-20, 20), y0 + 95 + rng.randint(-15, 15))
            draw_seal(page.image, centre, ring, rng, np_rng)
    return rng, np_rng, pages


def copied(
    pages: list[Page],
    rng: random.Random,
    np_rng: np.random.Generator,
    day: dt.date,
    shares: tuple[float, float] = (0.58, 0.82),
    line: str = "0251 3822",
) -> list[Image.Image]:
    """The pen's digits written in, then the copy that reaches the file: a flat-bed scan, a photocopy or a fax, up to
    the cumulative `shares`; `line`: the fax number but its last digits."""
    for page in pages:
        draw = ImageDraw.Draw(page.image)
        for x, y, digits, h in page.pens:
            pen_digits(draw, x, y, digits, h, rng)
    how = rng.random()
    if how < shares[0]:
        return [flatbed(p.image, rng, np_rng) for p in pages]
    if how < shares[1]:
        return [photocopy(p.image, rng, np_rng) for p in pages]
    sender = f"{day:%d/%m/%Y} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
    return [fax(p.image, rng, sender, k + 1, len(pages), line) for k, p in enumerate(pages)]


def render(stem: str, text: str) -> list[Image.Image]:
    rng, np_rng, pages = sealed(stem, text, issuer_ring(stem, text))
    day = issued(text)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.33):
        received(pages[0], rng, day + dt.timedelta(days=rng.randint(1, 6)))
    if stem.startswith("qd-") and "/QĐ-UBND" in text[:300] and rng.random() < 0.4:
        when = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
        when += dt.timedelta(days=rng.randint(0, 4))
        signed_box(pages[0], when.strftime("%d.%m.%Y %H:%M:%S +07:00"))
    return copied(pages, rng, np_rng, day)


FIXED = time.strptime("2026-12-06", "%Y-%m-%d")


def write_pdf(images: list[Image.Image], target: Path) -> None:
    """One image a page at 200 dpi; JPEG for colour and grey (greys lower: they come from photocopies), CCITT for the
    fax's black and white; fixed dates so that the bytes do not change between runs."""
    quality = {"RGB": {"quality": 30}, "L": {"quality": 26}}.get(images[0].mode, {})
    options = {"resolution": DPI, "creationDate": FIXED, "modDate": FIXED, **quality}
    images[0].save(target, "PDF", save_all=True, append_images=images[1:], **options)


def render_texts(folder: Path, draw: Callable[[str, str], list[Image.Image]], stems: list[str]) -> None:
    """Draw every text of `folder`/texts (or the `stems` named) with `draw` into `folder`/scans/<stem>.pdf: the loop
    every province's renderer shares."""
    out = folder / "scans"
    out.mkdir(exist_ok=True)
    for path in sorted((folder / "texts").glob("*.txt")):
        if not stems or path.stem in stems:
            write_pdf(draw(path.stem, path.read_text(encoding="utf-8")), out / f"{path.stem}.pdf")


def main(stems: list[str]) -> None:
    """Render every text, or the `stems` named."""
    render_texts(HERE, render, stems)


if __name__ == "__main__":
    main(sys.argv[1:])
