"""Render the seventh scenario's typed texts as scanned originals (Quảng Trị 2026): texts/*.txt → scans/*.pdf.

    PYTHONPATH=$PWD .venv/bin/python -m samples.scenario_blind7.render [STEM ...]

Why: the scenario's measure is congvan on scans that look like the real paperwork (design.md, "Real paperwork"):
a two-column header whose number and day of the date are left blank and filled by pen, a red round seal over the
left of the signer's title, a pen signature, incoming-mail stamps over the body of some reports, ruled tables,
paper tone, grain, slight blur and skew. Each page is a JPEG inside a minimal PDF; the same text gives the same
bytes (every random choice is seeded by the file's stem).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import math
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, W - 157, 150, H - 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
PT = 200 / 72  # pixels per point
INK = (20, 20, 22)
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
CENTRED_BOLD = {"QUYẾT ĐỊNH", "BÁO CÁO", "QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"}
STAMPED = 0.5  # share of reports carrying an incoming-mail stamp


@cache
def font(points: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), round(points * PT))


@dataclass
class Doc:
    """A typed text split into the parts a printed form places differently."""

    issuer: list[str]
    number: str
    subject: list[str]
    motto: list[str]
    place_date: str
    body: list[str]
    recipients: list[str]
    sign: list[str]


def parse(text: str) -> Doc:
    lines = text.rstrip("\n").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("Số: "))
    j = lines.index("", i)
    k = lines.index("", j + 1)
    n = lines.index("Nơi nhận:", k)
    m = lines.index("", n)
    return Doc(
        issuer=lines[:i],
        number=lines[i][4:],
        subject=lines[i + 1 : j],
        motto=lines[j + 1 : k - 1],
        place_date=lines[k - 1],
        body=lines[k + 1 : n],
        recipients=lines[n + 1 : m],
        sign=lines[m + 1 :],
    )


# ---- pen strokes -------------------------------------------------------------------------------------------------

DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [
        [(0.5 + 0.42 * math.sin(t / 12 * 2 * math.pi), 0.5 - 0.5 * math.cos(t / 12 * 2 * math.pi)) for t in range(14)]
    ],
    "1": [[(0.25, 0.22), (0.6, 0.0), (0.58, 1.0)]],
    "2": [[(0.1, 0.25), (0.3, 0.02), (0.7, 0.02), (0.86, 0.25), (0.6, 0.58), (0.08, 1.0), (0.92, 0.98)]],
    "3": [
        [
            (0.12, 0.12),
            (0.5, 0.0),
            (0.82, 0.16),
            (0.72, 0.4),
            (0.42, 0.48),
            (0.82, 0.6),
            (0.86, 0.86),
            (0.5, 1.0),
            (0.1, 0.9),
        ]
    ],
    "4": [[(0.68, 1.0), (0.7, 0.0), (0.05, 0.68), (0.95, 0.68)]],
    "5": [[(0.86, 0.0), (0.22, 0.02), (0.16, 0.46), (0.52, 0.38), (0.86, 0.56), (0.84, 0.86), (0.5, 1.0), (0.1, 0.9)]],
    "6": [
        [
            (0.8, 0.04),
            (0.42, 0.1),
            (0.14, 0.52),
            (0.2, 0.9),
            (0.5, 1.0),
            (0.82, 0.84),
            (0.8, 0.6),
            (0.5, 0.48),
            (0.18, 0.62),
        ]
    ],
    "7": [[(0.04, 0.02), (0.95, 0.0), (0.42, 1.0)]],
    "8": [
        [
            (0.5, 0.48),
            (0.18, 0.3),
            (0.28, 0.04),
            (0.72, 0.04),
            (0.82, 0.3),
            (0.5, 0.48),
            (0.14, 0.72),
            (0.3, 0.99),
            (0.7, 0.99),
            (0.86, 0.72),
            (0.5, 0.48),
        ]
    ],
    "9": [[(0.82, 0.34), (0.5, 0.5), (0.18, 0.34), (0.3, 0.04), (0.7, 0.02), (0.84, 0.3), (0.74, 1.0)]],
    "/": [[(0.8, 0.0), (0.2, 1.0)]],
}


def chaikin(points: list[tuple[float, float]], rounds: int = 2) -> list[tuple[float, float]]:
    """Corner cutting: a few jittered points become a smooth ballpoint stroke."""
    for _ in range(rounds):
        out = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        points = [*out, points[-1]]
    return points


def pen_colour(rng: np.random.Generator) -> tuple[int, int, int]:
    """Near-black on most scans, dark-blue ballpoint on some."""
    return (28, 28, 36) if rng.random() < 0.6 else (24, 36, 112)


def pen_digits(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    text: str,
    height: float,
    rng: np.random.Generator,
    colour: tuple[int, int, int],
) -> float:
    """Write digits by hand from (x, y) = top-left; returns the x after the last one."""
    slant = rng.uniform(0.15, 0.32)
    width = rng.uniform(3.2, 4.4)
    for ch in text:
        h = height * rng.uniform(0.9, 1.08)
        w = h * 0.58
        dy = rng.normal(0, height * 0.05)
        for stroke in DIGITS[ch]:
            pts = [
                (x + (px + slant * (1 - py)) * w + rng.normal(0, h * 0.025), y + dy + py * h + rng.normal(0, h * 0.025))
                for px, py in stroke
            ]
            draw.line(chaikin(pts), fill=colour, width=round(width), joint="curve")
        x += w * rng.uniform(0.95, 1.2)
    return x


def signature(draw: ImageDraw.ImageDraw, cx: float, cy: float, rng: np.random.Generator) -> None:
    """A looping scrawl about 260 px wide, in blue ink."""
    n = int(rng.integers(7, 12))
    xs = np.linspace(cx - 130, cx + 130, n) + rng.normal(0, 18, n)
    ys = cy + rng.normal(0, 38, n)
    pts = [(float(a), float(b)) for a, b in zip(xs, ys, strict=True)]
    loop = int(rng.integers(1, n - 2))
    pts[loop:loop] = [(pts[loop][0] - 30, pts[loop][1] - 60), (pts[loop][0] + 10, pts[loop][1] - 70)]
    draw.line(chaikin(pts, 3), fill=(22, 40, 150), width=4, joint="curve")
    draw.line(chaikin([(cx - 90, cy + 45), (cx + 40, cy + 30), (cx + 150, cy + 52)], 2), fill=(22, 40, 150), width=3)


# ---- seal and incoming stamp -------------------------------------------------------------------------------------


def seal_layer(name: str, rng: np.random.Generator) -> Image.Image:
    """A red round seal (about 3.6 cm) with the issuer's name around the ring and a star in the middle, as alpha."""
    r = 142
    img = Image.new("L", (2 * r + 8, 2 * r + 8), 0)
    d = ImageDraw.Draw(img)
    c = r + 4
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=7)
    d.ellipse((c - r + 48, c - r + 48, c + r - 48, c + r - 48), outline=255, width=3)
    star = [
        (
            c + (46 if k % 2 == 0 else 19) * math.sin(k * math.pi / 5),
            c - (46 if k % 2 == 0 else 19) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    text = f"{name} *" if "QUẢNG TRỊ" in name else f"{name} * TỈNH QUẢNG TRỊ *"
    f = font(8.5, bold=True)
    step = min(2 * math.pi / len(text), 0.21)
    for k, ch in enumerate(text):
        a = -math.pi / 2 + (k - (len(text) - 1) / 2) * step + rng.normal(0, 0.004)
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + (r - 26) * math.cos(a), c + (r - 26) * math.sin(a)
        img.paste(glyph, (round(gx - 20), round(gy - 20)), glyph)
    ink = np.asarray(img, dtype=np.float32) / 255
    ink *= rng.uniform(0.55, 1.0, ink.shape) * rng.uniform(0.7, 0.9)  # uneven ink
    return Image.fromarray((ink * 255).astype(np.uint8)).rotate(
        float(rng.uniform(-25, 25)), resample=Image.Resampling.BICUBIC
    )


def stamp_layer(rng: np.random.Generator) -> Image.Image:
    """An incoming-mail stamp of the provincial office, as alpha; its number and date are written by pen later."""
    img = Image.new("L", (470, 240), 0)
    d = ImageDraw.Draw(img)
    d.rectangle((4, 4, 465, 235), outline=255, width=5)
    d.text((235, 30), "VĂN PHÒNG UBND TỈNH QUẢNG TRỊ", font=font(8.5, bold=True), fill=255, anchor="mm")
    d.text((235, 84), "CÔNG VĂN ĐẾN" if rng.random() < 0.6 else "ĐẾN", font=font(15, bold=True), fill=255, anchor="mm")
    d.text((30, 120), "Số: ..................", font=font(11), fill=255)
    d.text((30, 176), "Ngày: ........./........./2026", font=font(11), fill=255)
    return img


def multiply(page: np.ndarray, alpha: Image.Image, xy: tuple[int, int], colour: tuple[int, int, int]) -> None:
    """Lay ink of this colour over the page where alpha says, as ink on paper does (text under it stays dark)."""
    a = np.asarray(alpha, dtype=np.float32)[..., None] / 255
    x, y = xy
    h, w = a.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, page.shape[1]), min(y + h, page.shape[0])
    a = a[y0 - y : y1 - y, x0 - x : x1 - x]
    tint = np.array(colour, dtype=np.float32) / 255
    page[y0:y1, x0:x1] *= 1 - a + a * tint


# ---- layout ------------------------------------------------------------------------------------------------------


def wrap(draw: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=f) + (indent if not lines else 0) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


class Pages:
    """Pages being typeset top-down; a new page starts when the next block does not fit."""

    def __init__(self) -> None:
        self.pages: list[Image.Image] = []
        self.new()

    def new(self) -> None:
        self.pages.append(Image.new("RGB", (W, H), "white"))
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = float(TOP)

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new()


def header(p: Pages, doc: Doc, rng: np.random.Generator, colour: tuple[int, int, int]) -> None:
    """Issuer and number left, motto and place-date right; the number and the day are written by pen."""
    d, lx, rx = p.draw, LEFT + 210, 1160
    y = TOP
    for line in doc.issuer:
        bold = not line.startswith("UBND TỈNH")  # the superior body is printed plain, the issuer bold
        d.text((lx, y), line, font=font(12.5, bold=bold), fill=INK, anchor="mt")
        y += 46
    d.line((lx - 70, y + 4, lx + 70, y + 4), fill=INK, width=2)
    y += 30
    number, _, rest = doc.number.partition("/")
    f = font(13)
    gap = 30 + 26 * len(number)
    total = d.textlength("Số: ", font=f) + gap + d.textlength("/" + rest, font=f)
    x = lx - total / 2
    d.text((x, y), "Số: ", font=f, fill=INK)
    x += d.textlength("Số: ", font=f)
    d.text((x + gap, y), "/" + rest, font=f, fill=INK)
    pen_digits(d, x + 8, y - 14, number, 46, rng, colour)
    y += 48
    for line in doc.subject:
        d.text((lx, y), line, font=font(12), fill=INK, anchor="mt")
        y += 40
    ry = TOP
    d.text((rx, ry), doc.motto[0], font=font(12.5, bold=True), fill=INK, anchor="mt")
    ry += 46
    d.text((rx, ry), doc.motto[1], font=font(13.5, bold=True), fill=INK, anchor="mt")
    width = d.textlength(doc.motto[1], font=font(13.5, bold=True))
    d.line((rx - width / 2, ry + 48, rx + width / 2, ry + 48), fill=INK, width=2)
    ry += 86
    place, _, after = doc.place_date.partition(" ngày ")
    day, _, tail = after.partition(" ")
    fi = font(13, italic=True)
    left_part, right_part = f"{place} ngày", f" {tail}"
    gap = 78
    total = d.textlength(left_part, font=fi) + gap + d.textlength(right_part, font=fi)
    x = rx - total / 2
    d.text((x, ry), left_part, font=fi, fill=INK)
    x += d.textlength(left_part, font=fi)
    d.text((x + gap, ry), right_part, font=fi, fill=INK)
    pen_digits(d, x + 14, ry - 12, day, 44, rng, colour)
    p.y = max(y, ry + 48) + 60


def table(p: Pages, rows: list[list[str]]) -> None:
    """A ruled grid; column widths follow the longest cell, cells wrap."""
    f, fb = font(12), font(12, bold=True)
    d = p.draw
    longest = [max(d.textlength(r[c], font=f) for r in rows) for c in range(len(rows[0]))]
    span = RIGHT - LEFT
    widths = [max(70.0, w + 24) for w in longest]
    if sum(widths) > span:
        fixed = [w for w in widths if w <= 110]
        scale = (span - sum(fixed)) / (sum(widths) - sum(fixed))
        widths = [w if w <= 110 else w * scale for w in widths]
    widths[-1] += span - sum(widths)
    for k, row in enumerate(rows):
        cells = [wrap(d, cell, fb if k == 0 else f, w - 20) for cell, w in zip(row, widths, strict=True)]
        height = 40 * max(len(c) for c in cells) + 16
        p.room(height)
        d = p.draw
        x = float(LEFT)
        for cell, w in zip(cells, widths, strict=True):
            d.rectangle((x, p.y, x + w, p.y + height), outline=INK, width=2)
            for n, line in enumerate(cell):
                centred = k == 0 or (len(cell) == 1 and len(line) <= 3)
                tx = x + w / 2 if centred else x + 10
                d.text(
                    (tx, p.y + 8 + 40 * n), line, font=fb if k == 0 else f, fill=INK, anchor="ma" if centred else "la"
                )
            x += w
        p.y += height
    p.y += 18


def body(p: Pages, lines: list[str]) -> None:
    """Titles centred and bold, legal bases italic, paragraphs indented and wrapped, tables drawn as grids."""
    k, title_next, addressees = 0, False, False
    width = RIGHT - LEFT
    while k < len(lines):
        line = lines[k]
        if line.startswith("|"):
            rows = []
            while k < len(lines) and lines[k].startswith("|"):
                rows.append([c.strip() for c in lines[k].strip().strip("|").split("|")])
                k += 1
            table(p, rows)
            continue
        k += 1
        if not line:
            p.y += 14
            addressees = False
            continue
        if line in CENTRED_BOLD or title_next:
            f = font(14 if line in {"QUYẾT ĐỊNH", "BÁO CÁO"} else 13, bold=True)
            for part in wrap(p.draw, line, f, width - 200):
                p.room(50)
                p.draw.text(((LEFT + RIGHT) / 2, p.y), part, font=f, fill=INK, anchor="mt")
                p.y += 50
            title_next = line in {"QUYẾT ĐỊNH", "BÁO CÁO"}
            continue
        f = font(13, italic=line.startswith(("Căn cứ", "Xét đề nghị")))
        indent, hang = 60, 0
        if line.startswith("Kính gửi"):
            indent, addressees = 230, line == "Kính gửi:"
        elif addressees:
            indent = hang = 330
        for n, part in enumerate(wrap(p.draw, line, f, width - hang, indent - hang)):
            p.room(48)
            p.draw.text((LEFT + (indent if n == 0 else hang), p.y), part, font=f, fill=INK)
            p.y += 48


def closing(p: Pages, doc: Doc, rng: np.random.Generator) -> tuple[int, Image.Image, tuple[int, int]]:
    """'Nơi nhận' left; signer's title, signature and name right (kept on one page); returns the seal to lay over
    the left of the title, and where."""
    p.room(60 + 46 * max(len(doc.recipients) + 1, 7))
    d, y0, cx = p.draw, p.y + 20, 1180
    d.text((LEFT, y0), "Nơi nhận:", font=font(12, bold=True, italic=True), fill=INK)
    for n, line in enumerate(doc.recipients):
        d.text((LEFT, y0 + 40 + 34 * n), line, font=font(11), fill=INK)
    titles = doc.sign[: doc.sign.index("")]
    name = doc.sign[-1]
    y = y0
    widest = 0.0
    for line in titles:
        d.text((cx, y), line, font=font(13, bold=True), fill=INK, anchor="mt")
        widest = max(widest, d.textlength(line, font=font(13, bold=True)))
        y += 46
    signature(d, cx + 30, y + 110, rng)
    d.text((cx, y + 230), name, font=font(13, bold=True), fill=INK, anchor="mt")
    issuer = " ".join(line for line in doc.issuer if not line.startswith("UBND TỈNH"))
    seal = seal_layer(issuer, rng)
    sx = int(cx - widest / 2 - seal.width / 2 + rng.uniform(40, 90))
    sy = int(y0 - 30 + rng.uniform(0, 50))
    p.y = y + 300
    return len(p.pages) - 1, seal, (sx, sy)


def age(img: np.ndarray, rng: np.random.Generator) -> Image.Image:
    """Paper tone, grain, specks, slight blur and skew."""
    tone = np.array([rng.uniform(236, 248), rng.uniform(232, 243), rng.uniform(218, 232)], dtype=np.float32)
    shade = 1 - 0.04 * np.linspace(0, 1, img.shape[1])[None, :, None] * rng.uniform(0.3, 1)
    out = img * tone * shade + rng.normal(0, 4.5, img.shape[:2])[..., None]
    for _ in range(int(rng.integers(30, 90))):
        x, y = int(rng.integers(0, W - 4)), int(rng.integers(0, H - 4))
        out[y : y + int(rng.integers(1, 4)), x : x + int(rng.integers(1, 4))] *= rng.uniform(0.3, 0.7)
    page = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9))
    )
    fill = tuple(int(v) for v in tone)
    return page.rotate(float(rng.uniform(-0.9, 0.9)), resample=Image.Resampling.BICUBIC, fillcolor=fill)


def issued(doc: Doc) -> dt.date:
    day, month, year = (int(v) for v in re.findall(r"\d+", doc.place_date))
    return dt.date(year, month, day)


def incoming(page: np.ndarray, received: dt.date, rng: np.random.Generator, colour: tuple[int, int, int]) -> np.ndarray:
    """The incoming stamp over the body of page 1, with its register number and the day received filled by pen."""
    alpha = stamp_layer(rng).rotate(float(rng.uniform(-6, 6)), resample=Image.Resampling.BICUBIC, expand=True)
    sx, sy = int(rng.uniform(LEFT - 60, 900)), int(rng.uniform(640, 900))
    multiply(page, alpha, (sx, sy), (96, 48, 150) if rng.random() < 0.7 else (190, 40, 60))
    ink = Image.fromarray((page * 255).astype(np.uint8))
    draw = ImageDraw.Draw(ink)
    pen_digits(draw, sx + 110, sy + 116, str(int(rng.integers(1200, 9800))), 40, rng, colour)
    pen_digits(draw, sx + 118, sy + 170, f"{received.day:02d}", 38, rng, colour)
    pen_digits(draw, sx + 255, sy + 170, f"{received.month:02d}", 38, rng, colour)
    return np.asarray(ink, dtype=np.float32) / 255


def render(text: str, stem: str) -> tuple[list[bytes], bool]:
    """One document's pages as JPEG bytes, and whether an incoming stamp lies on page 1."""
    rng = np.random.default_rng(int(hashlib.sha256(stem.encode()).hexdigest()[:16], 16))
    doc = parse(text)
    colour = pen_colour(rng)
    p = Pages()
    header(p, doc, rng, colour)
    body(p, doc.body)
    index, seal, xy = closing(p, doc, rng)
    arrays = [np.asarray(pg, dtype=np.float32) / 255 for pg in p.pages]
    multiply(arrays[index], seal, xy, (205, 32, 40))
    stamped = stem.startswith("bc-") and rng.random() < STAMPED
    if stamped:
        arrays[0] = incoming(arrays[0], issued(doc) + dt.timedelta(days=int(rng.integers(1, 6))), rng, colour)
    out = []
    for arr in arrays:
        buf = io.BytesIO()
        age(arr, rng).save(buf, "JPEG", quality=80, optimize=False)
        out.append(buf.getvalue())
    return out, stamped


def pdf(jpegs: list[bytes]) -> bytes:
    """A minimal PDF: one A4 page per JPEG, no dates or ids, so the same pages give the same file."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for jpeg in jpegs:
        page, image, content = len(objects) + 1, len(objects) + 2, len(objects) + 3
        kids.append(f"{page} 0 R")
        draw = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
        objects += [
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
            f"/Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {content} 0 R >>".encode(),
            f"<< /Type /XObject /Subtype /Image /Width {W} /Height {H} /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            f"/Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode()
            + jpeg
            + b"\nendstream",
            f"<< /Length {len(draw)} >>\nstream\n".encode() + draw + b"\nendstream",
        ]
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main(stems: list[str]) -> int:
    scans = HERE / "scans"
    scans.mkdir(exist_ok=True)
    for path in sorted((HERE / "texts").glob("*.txt")):
        if stems and path.stem not in stems:
            continue
        pages, stamped = render(path.read_text(encoding="utf-8"), path.stem)
        (scans / f"{path.stem}.pdf").write_bytes(pdf(pages))
        print(path.stem, f"{len(pages)} page(s)", "incoming stamp" if stamped else "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
