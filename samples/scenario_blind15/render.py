"""Render scenario 15's texts as photocopied A4 scans (240 dpi, near-binarised grey, one PDF each).

    .venv/bin/python -m samples.scenario_blind15.render [STEM ...]

Why each effect: these are the copies an office keeps — the signed original run through a copier, then scanned — so
print is hard black on white with toner specks and a dark band where the copier lid did not close, while the seal
(red) and the signature (blue) come out mid-grey. The number after "Số" and the day of the date are filled in by pen
after signing; some documents carry the "ĐẾN" stamp of the receiving office with its own number and later date,
written by hand. Pages are slightly turned and shifted. Deterministic: each file's randomness is seeded by its name.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
TEXTS, SCANS = HERE / "texts", HERE / "scans"
DPI = 240
PAGE = (1984, 2806)  # A4 at 240 dpi
LEFT, RIGHT, TOP, BOTTOM = 280, 1984 - 190, 230, 2806 - 200
FONTS = Path("/usr/share/fonts/truetype/liberation2")
LINE = 58
INK, PEN, SEAL_GREY, SIGN_GREY, STAMP_GREY = 10, 30, 125, 95, 110


def font(size: int, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), size)


BODY, BOLD, ITALIC = font(40), font(40, "Bold"), font(40, "Italic")
HEAD, HEAD_B, DATE_I = font(37), font(37, "Bold"), font(39, "Italic")
SMALL, SMALL_B, TITLE = font(31), font(31, "BoldItalic"), font(44, "Bold")


# ---- pen: each digit a few polylines in a 6 x 10 box, corner-cut (Chaikin) and drawn with a wavering nib

DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(3, 0), (1, 2), (0, 5), (1, 8.5), (3, 10), (5, 8.5), (6, 5), (5, 1.5), (3, 0)]],
    "1": [[(1, 2.5), (3.5, 0), (3.2, 10)]],
    "2": [[(0.5, 2.5), (2, 0.3), (4.5, 0.3), (5.5, 2.5), (4, 5.5), (0, 10), (6, 9.8)]],
    "3": [[(0.5, 1), (3, 0), (5, 1.3), (4.5, 3.8), (2.2, 5), (5, 6.2), (5.6, 8.5), (3, 10), (0.3, 9)]],
    "4": [[(4.5, 10), (4.5, 0), (0, 7), (6, 7)]],
    "5": [[(5.5, 0), (1, 0.2), (0.6, 4.5), (3.5, 3.8), (5.5, 6), (5, 9), (2.5, 10), (0.2, 9)]],
    "6": [[(5, 0.4), (2.5, 1.2), (0.5, 5), (0.8, 8.8), (3, 10), (5.2, 8.5), (5, 6), (3, 5), (0.7, 6.2)]],
    "7": [[(0, 0.3), (6, 0), (2.4, 10)], [(1.5, 5), (4.5, 5)]],
    "8": [
        [
            (3, 4.7),
            (0.8, 3),
            (1.2, 0.7),
            (3, 0),
            (5, 1),
            (5, 3),
            (3, 4.7),
            (0.5, 7),
            (1, 9.5),
            (3, 10),
            (5.2, 9.2),
            (5.5, 7),
            (3, 4.7),
        ]
    ],
    "9": [[(5.2, 3.3), (3.4, 4.7), (1, 4), (0.5, 1.5), (2.8, 0), (5, 1), (5.2, 3.3), (4.7, 7), (3.3, 10)]],
    "/": [[(5, 0), (1, 10)]],
}


def chaikin(points: list[tuple[float, float]], rounds: int = 2) -> list[tuple[float, float]]:
    for _ in range(rounds):
        out = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        points = [*out, points[-1]]
    return points


def pen(draw: ImageDraw.ImageDraw, x: float, baseline: float, text: str, rng: random.Random, size: float = 46) -> float:
    """Write digits and slashes by hand from (x, baseline); returns the x after the last one."""
    slant = rng.uniform(0.12, 0.3)
    scale = size / 10 * rng.uniform(0.9, 1.1)
    width = rng.choice([3, 4, 4, 5])
    for ch in text:
        strokes = DIGITS.get(ch)
        if strokes is None:
            x += scale * 4
            continue
        grow = rng.uniform(0.85, 1.15)
        lift = rng.uniform(-3, 3)
        for stroke in strokes:
            wobbly = [(px + rng.uniform(-0.6, 0.6), py + rng.uniform(-0.5, 0.5)) for px, py in stroke]
            pts = [
                (x + (px + (10 - py) * slant) * scale * grow, baseline - (10 - py) * scale * grow + lift)
                for px, py in chaikin(wobbly)
            ]
            for a, b in itertools.pairwise(pts):
                draw.line([a, b], fill=PEN + rng.randint(0, 25), width=width + rng.choice([0, 0, 1]))
        x += (6 if ch != "/" else 5) * scale * grow + rng.uniform(6, 14)
    return x


# ---- the text's structure


@dataclass
class Doc:
    header: list[list[str | None]]
    body: list[str]
    sign_titles: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: str = ""


def parse(text: str) -> Doc:
    """Header rows (left and right column, a tab between), body lines, and the signature block at the end."""
    lines = text.rstrip("\n").split("\n")
    cut = lines.index("")
    header: list[list[str | None]] = []
    for line in lines[:cut]:
        if line.startswith("\t") and header and header[-1][1] is None:
            header[-1][1] = line[1:]
        elif "\t" in line:
            left, right = line.split("\t", 1)
            header.append([left or None, right])
        else:
            header.append([line, None])
    rest = lines[cut + 1 :]
    first_sign = next(i for i, ln in enumerate(rest) if ln.startswith("\t"))
    doc = Doc(header, rest[:first_sign])
    for line in rest[first_sign:]:
        if line.startswith("\t") and not doc.recipients:
            doc.sign_titles.append(line[1:])
        elif line.startswith("\t"):
            doc.signer = line[1:]
        else:
            doc.recipients.append(line)
    return doc


def issued(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


# ---- pages


class Pages:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pages: list[Image.Image] = []
        self.new()

    def new(self) -> None:
        self.page = Image.new("L", PAGE, 255)
        self.draw = ImageDraw.Draw(self.page)
        self.pages.append(self.page)
        self.y = TOP
        if len(self.pages) > 1:
            self.centre(str(len(self.pages)), HEAD, x0=0, x1=PAGE[0], y=TOP - 110)

    def need(self, height: int) -> None:
        if self.y + height > BOTTOM:
            self.new()

    def centre(
        self, text: str, f: ImageFont.FreeTypeFont, x0: int = LEFT, x1: int = RIGHT, y: int | None = None
    ) -> None:
        w = self.draw.textlength(text, font=f)
        self.draw.text(((x0 + x1 - w) / 2, self.y if y is None else y), text, font=f, fill=INK)

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.draw.line([(x0, y), (x1, y)], fill=INK, width=3)

    def paragraph(self, text: str, indent: int = 70, bold_prefix: str = "", f: ImageFont.FreeTypeFont = BODY) -> None:
        """Justified lines with a first-line indent; a bold lead ("Điều 3.") where the text has one."""
        words = text.split()
        first = True
        while words:
            x0 = LEFT + (indent if first else 0)
            line: list[str] = []
            while words and self.draw.textlength(" ".join([*line, words[0]]), font=f) <= RIGHT - x0:
                line.append(words.pop(0))
            if not line:
                line.append(words.pop(0))
            self.need(LINE)
            gaps = len(line) - 1
            spare = RIGHT - x0 - self.draw.textlength(" ".join(line), font=f)
            extra = spare / gaps if words and gaps else 0
            x = float(x0)
            for k, word in enumerate(line):
                wf = BOLD if bold_prefix and first and k < len(bold_prefix.split()) else f
                self.draw.text((x, self.y), word, font=wf, fill=INK)
                x += self.draw.textlength(word + " ", font=wf) + extra
            self.y += LINE
            first = False


def filled(p: Pages, x: float, y: float, text: str, f: ImageFont.FreeTypeFont, blank: str, hand: bool) -> float:
    """Print `text` with `blank` left empty and written in by pen; returns the x after it."""
    before, after = text.split(blank, 1)
    p.draw.text((x, y), before, font=f, fill=INK)
    x += p.draw.textlength(before, font=f)
    if hand:
        gap = max(110, 38 * len(blank) + 40)
        pen(p.draw, x + p.rng.uniform(10, 30), y + f.size * 0.95 + p.rng.uniform(-6, 4), blank, p.rng)
        x += gap
    else:
        p.draw.text((x, y), blank, font=f, fill=INK)
        x += p.draw.textlength(blank, font=f)
    p.draw.text((x, y), after, font=f, fill=INK)
    return x + p.draw.textlength(after, font=f)


def header(p: Pages, doc: Doc, hand: bool) -> None:
    left_mid, right_mid = (LEFT + 560) / 2 + 40, 1290
    for k, (left, right) in enumerate(doc.header):
        y = p.y
        if left:
            number = re.match(r"Số:? ?(\d+)", left)
            f = HEAD_B if k == 1 else HEAD
            if number:
                w = p.draw.textlength(left, font=HEAD) + (90 if hand else 0)
                filled(p, left_mid - w / 2, y, left, HEAD, number[1], hand)
            elif left.startswith("V/v") or k > 3:
                p.centre(left, SMALL, x0=LEFT - 80, x1=int(2 * left_mid - LEFT + 80))
            else:
                p.centre(left, f, x0=int(2 * left_mid - 900), x1=900)
            party = any(row[0] == "*" for row in doc.header)
            if k == 1 and not party:
                w = p.draw.textlength(left, font=f) * 0.45
                p.rule(left_mid - w / 2, left_mid + w / 2, y + 48)
        if right:
            day = re.search(r"ngày (\d+) tháng", right)
            if day:
                w = p.draw.textlength(right, font=DATE_I) + (60 if hand else 0)
                filled(p, right_mid - w / 2, y + 8, right, DATE_I, day[1], hand)
            else:
                p.centre(right, HEAD_B, x0=2 * right_mid - PAGE[0] + 60, x1=PAGE[0] - 60)
                if k == 1 or right.startswith("ĐẢNG"):
                    w = p.draw.textlength(right, font=HEAD_B)
                    p.rule(right_mid - w / 2 + 10, right_mid + w / 2 - 10, y + 50)
        p.y += 52 + (14 if k == 1 else 0)
    p.y += 45


DOC_TYPES = ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH")


def body(p: Pages, doc: Doc) -> None:
    lines = doc.body
    i = 0
    subject = False
    while i < len(lines):
        line = lines[i]
        if not line:
            p.y += 16
        elif line == "-----":
            p.rule(PAGE[0] / 2 - 120, PAGE[0] / 2 + 120, p.y + 2)
            p.y += 30
            subject = False
        elif "\t" in line:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            table(p, rows)
            continue
        elif line in DOC_TYPES:
            p.need(4 * LINE)
            p.centre(line, TITLE)
            p.y += LINE + 6
            subject = True
        elif re.match(r"Điều \d+\.", line):
            lead = re.match(r"Điều \d+\.", line)
            assert lead
            short_heading = len(line) < 70 and not line.endswith(".")
            if short_heading:
                p.need(2 * LINE)
                p.paragraph(line, bold_prefix=line)
            else:
                p.paragraph(line, bold_prefix=lead[0])
        elif re.match(r"[IVX]+\. ", line):
            p.need(2 * LINE)
            p.paragraph(line, bold_prefix=line)
        elif subject or re.fullmatch(r"Chương [IVX]+", line) or (line == line.upper() and len(line) < 70):
            centred(p, line, BOLD)
        elif line.startswith("Kính gửi:"):
            p.y += 10
            p.centre(line, ITALIC)
            p.y += LINE
        else:
            p.paragraph(line)
        i += 1


def centred(p: Pages, text: str, f: ImageFont.FreeTypeFont, width: int = 1300) -> None:
    """A centred line, wrapped when it is wider than `width` (long subjects)."""
    words, line = text.split(), ""
    lines = []
    for word in words:
        if p.draw.textlength(f"{line} {word}".strip(), font=f) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    p.need(LINE * len(lines))
    for ln in lines:
        p.centre(ln, f)
        p.y += LINE


def table(p: Pages, rows: list[list[str]]) -> None:
    """The member table: numbered, name, post; wrapped cells, ruled grid."""
    cols = [LEFT, LEFT + 95, LEFT + 620, RIGHT]
    f_head = SMALL_B
    for r, row in enumerate(rows):
        cells = [[], [], []]  # type: list[list[str]]
        for c, text in enumerate(row[:3]):
            width = cols[c + 1] - cols[c] - 24
            words, line = text.split(), ""
            for word in words:
                if p.draw.textlength(f"{line} {word}".strip(), font=SMALL) > width:
                    cells[c].append(line)
                    line = word
                else:
                    line = f"{line} {word}".strip()
            cells[c].append(line)
        height = 44 * max(len(c) for c in cells) + 16
        p.need(height + 4)
        top = p.y
        for c, cell in enumerate(cells):
            for k, text in enumerate(cell):
                f = f_head if r == 0 else SMALL
                x = cols[c] + 12 if c else (cols[0] + cols[1] - p.draw.textlength(text, font=f)) / 2
                p.draw.text((x, top + 8 + 44 * k), text, font=f, fill=INK)
        for x in cols:
            p.draw.line([(x, top), (x, top + height)], fill=INK, width=2)
        p.draw.line([(cols[0], top), (cols[-1], top)], fill=INK, width=2)
        p.draw.line([(cols[0], top + height), (cols[-1], top + height)], fill=INK, width=2)
        p.y = top + height
    p.y += 20


def ring_text(size: int, text: str, star: bool) -> Image.Image:
    """A round seal: two rings, the issuer's name round the edge, a star or a line in the middle (as a mask)."""
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    d.ellipse([4, 4, size - 4, size - 4], outline=255, width=9)
    d.ellipse([60, 60, size - 60, size - 60], outline=255, width=4)
    f = font(34, "Bold")
    chars = list(text)
    span = 300
    for k, ch in enumerate(chars):
        angle = math.radians(-90 - span / 2 + span * (k + 0.5) / len(chars))
        r = size / 2 - 34
        glyph = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(glyph).text((24, 24), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        cx, cy = size / 2 + r * math.cos(angle), size / 2 + r * math.sin(angle)
        mask.paste(255, (int(cx - 24), int(cy - 24)), glyph)
    c = size / 2
    if star:
        pts = [
            (
                c + (60 if k % 2 == 0 else 24) * math.cos(math.radians(-90 + 36 * k)),
                c + (60 if k % 2 == 0 else 24) * math.sin(math.radians(-90 + 36 * k)),
            )
            for k in range(10)
        ]
        d.polygon(pts, fill=255)
    else:
        d.line([(c - 70, c - 14), (c + 70, c - 14)], fill=255, width=4)
        d.line([(c - 70, c + 14), (c + 70, c + 14)], fill=255, width=4)
    return mask


def press(page: Image.Image, mask: Image.Image, x: int, y: int, grey: int, rng: random.Random) -> None:
    """Ink the mask onto the page, unevenly (a stamp never inks evenly), darkening what is under it."""
    arr = np.asarray(mask, dtype=np.float32) / 255
    noise = np.random.default_rng(rng.randrange(2**32)).normal(128, 60, (mask.height, mask.width)).clip(0, 255)
    blurred = Image.fromarray(noise.astype(np.uint8)).filter(ImageFilter.GaussianBlur(6))
    uneven = np.asarray(blurred, dtype=np.float32)
    strength = arr * np.clip(0.75 + (uneven - 128) / 160 + rng.uniform(-0.05, 0.1), 0.15, 1)
    region = np.asarray(page.crop((x, y, x + mask.width, y + mask.height)), dtype=np.float32)
    inked = np.minimum(region, region * (1 - strength) + grey * strength)
    page.paste(Image.fromarray(inked.astype(np.uint8)), (x, y))


def scrawl(page: Image.Image, x: int, y: int, rng: random.Random) -> None:
    """A signature: a quick looped stroke with a flourish, in blue ink read as grey."""
    layer = Image.new("L", (560, 240), 0)
    d = ImageDraw.Draw(layer)
    a, b, c = rng.uniform(2, 4), rng.uniform(0.6, 1.4), rng.uniform(0, 6)
    pts = []
    for k in range(260):
        t = k / 259
        px = 40 + 420 * t + 35 * math.sin(2 * math.pi * a * t + c)
        py = 120 - 70 * math.sin(2 * math.pi * (a * t + b)) * (1 - t) - 30 * t
        pts.append((px, py))
    d.line(pts, fill=255, width=rng.choice([4, 5, 6]), joint="curve")
    d.line([(60, 190), (300, 150 + rng.uniform(-20, 20)), (520, 170)], fill=255, width=4)
    press(page, layer.rotate(rng.uniform(-8, 8)), x, y, SIGN_GREY, rng)


def seal_name(doc: Doc) -> tuple[str, bool]:
    """The seal's ring text from the header's left column; a star in the middle for the Tỉnh ủy and the UBNDs."""
    top, unit = (row[0] or "" for row in doc.header[:2])
    if top.startswith("ĐẢNG BỘ"):
        return f"{unit} * ĐẢNG CỘNG SẢN VIỆT NAM", True
    if top == "ỦY BAN NHÂN DÂN":
        suffix = "" if unit == "TỈNH LÀO CAI" else " * TỈNH LÀO CAI"
        return f"ỦY BAN NHÂN DÂN {unit}{suffix}", True
    return f"{unit} * TỈNH LÀO CAI", False


def sign_block(p: Pages, doc: Doc) -> None:
    block = (len(doc.sign_titles) + 6) * LINE
    p.need(block)
    mid = 1370
    top = p.y + 20
    for k, title in enumerate(doc.sign_titles):
        w = p.draw.textlength(title, font=BOLD)
        p.draw.text((mid - w / 2, top + k * LINE), title, font=BOLD, fill=INK)
    y = top
    p.draw.text((LEFT, y), "Nơi nhận:", font=SMALL_B, fill=INK)
    for k, line in enumerate(doc.recipients[1:], 1):
        p.draw.text((LEFT, y + 38 * k), line, font=SMALL, fill=INK)
    name_y = top + (len(doc.sign_titles) + 4) * LINE
    w = p.draw.textlength(doc.signer, font=BOLD)
    p.draw.text((mid - w / 2, name_y), doc.signer, font=BOLD, fill=INK)
    rng = p.rng
    scrawl(p.page, int(mid - 280 + rng.uniform(-40, 60)), int(name_y - 230 + rng.uniform(-15, 15)), rng)
    ring, star = seal_name(doc)
    seal = ring_text(400, ring, star).rotate(rng.uniform(0, 360), resample=Image.Resampling.BICUBIC)
    sx = int(mid - 470 + rng.uniform(-30, 40))
    sy = int(name_y - 400 + rng.uniform(-40, 10))  # over the title and the signature, hardly over the name
    press(p.page, seal, sx, sy, SEAL_GREY, rng)
    p.y = max(name_y + LINE, y + 38 * len(doc.recipients)) + 20


def working_after(day: dt.date, n: int) -> dt.date:
    while n:
        day += dt.timedelta(days=1)
        n -= day.weekday() < 5
    return day


def received_stamp(p: Pages, doc_date: dt.date, rng: random.Random) -> None:
    """The receiving office's "ĐẾN" stamp, top left, its number and date written in by the clerk."""
    office = rng.choice(["SỞ NGOẠI VỤ TỈNH LÀO CAI", "VĂN PHÒNG UBND TỈNH LÀO CAI", "SỞ NỘI VỤ TỈNH LÀO CAI"])
    layer = Image.new("L", (520, 176), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle([3, 3, 516, 172], outline=255, width=5)
    f, fb = font(25, "Bold"), font(40, "Bold")
    d.text((260, 24), office, font=f, fill=255, anchor="mm")
    d.text((18, 48), "ĐẾN", font=fb, fill=255)
    d.text((140, 58), "Số: ....................", font=f, fill=255)
    d.text((18, 100), "Ngày: ....../....../20.....", font=f, fill=255)
    d.text((18, 138), "Chuyển: ..........................", font=f, fill=255)
    x, y = 70 + rng.randint(-20, 60), 22 + rng.randint(-8, 8)
    press(p.page, layer.rotate(rng.uniform(-3, 3), expand=False), x, y, STAMP_GREY, rng)
    got = working_after(doc_date, rng.randint(1, 3))
    pen(p.draw, x + 215, y + 86, str(rng.randint(120, 2900)), rng, size=32)
    pen(p.draw, x + 100, y + 128, f"{got.day:02d}/{got.month:02d}", rng, size=30)
    pen(p.draw, x + 395, y + 128, f"{got.year % 100}", rng, size=30)


def copied(page: Image.Image, rng: random.Random, lid: bool) -> Image.Image:
    """Photocopy, then scan: hard tone curve, toner specks, a lid shadow, a slight turn and shift."""
    blurred = np.asarray(page.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float64)
    arr = np.interp(blurred, [0, 90, 185, 215, 255], [0, 12, 150, 250, 255])
    h, w = arr.shape
    for _ in range(rng.randint(60, 220)):
        sx, sy, r = rng.randrange(w), rng.randrange(h), rng.choice([1, 1, 1, 1, 2, 2, 3])
        arr[max(sy - r, 0) : sy + r, max(sx - r, 0) : sx + r] = rng.randint(0, 90)
    if lid:
        band = rng.randint(25, 70)
        ramp = np.linspace(40, 255, band)[None, :]
        side = rng.choice(["left", "right"])
        if side == "left":
            arr[:, :band] = np.minimum(arr[:, :band], ramp)
        else:
            arr[:, w - band :] = np.minimum(arr[:, w - band :], ramp[:, ::-1])
    out = Image.fromarray(arr.astype(np.uint8))
    out = out.rotate(
        rng.uniform(-0.8, 0.8),
        resample=Image.Resampling.BICUBIC,
        fillcolor=255,
        translate=(rng.randint(-18, 18), rng.randint(-14, 14)),
    )
    return out.point(lambda v: 0 if v < 60 else 255 if v > 232 else v)


def render(stem: str) -> tuple[list[Image.Image], dt.date]:
    text = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8")
    rng = random.Random(zlib.crc32(stem.encode()))
    doc = parse(text)
    hand = rng.random() > 0.12
    p = Pages(rng)
    header(p, doc, hand)
    body(p, doc)
    sign_block(p, doc)
    day = issued(text)
    if not stem.startswith("00-a") and rng.random() < (0.65 if stem.startswith("bc-") else 0.3):
        first = p.pages[0]
        p.page, p.draw = first, ImageDraw.Draw(first)
        received_stamp(p, day, rng)
    lid = rng.random() < 0.4
    return [copied(page, rng, lid and k == 0) for k, page in enumerate(p.pages)], day


def main(argv: list[str]) -> int:
    SCANS.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in TEXTS.glob("*.txt"))
    for stem in stems:
        pages, day = render(stem)
        when = dt.datetime.combine(working_after(day, 2), dt.time(15, 20)).timetuple()
        pages[0].save(
            SCANS / f"{stem}.pdf",
            save_all=True,
            append_images=pages[1:],
            resolution=DPI,
            quality=28,
            creationDate=when,
            modDate=when,
            producer="Copier scan",
            title="Scan",
        )
        print(stem, len(pages), (SCANS / f"{stem}.pdf").stat().st_size // 1024, "KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
