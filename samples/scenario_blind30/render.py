"""Draw scenario blind 30's texts as scanned paperwork: `.venv/bin/python -m samples.scenario_blind30.render`.

Why: the scenario is scored on scans that look like the province's real ones (design brief, "Real paperwork"): 200-dpi
A4, the number and the day of the date left blank in print and written by pen in near-black strokes, a red round seal
over the signer's title with a blue signature, red "ĐẾN" stamps over the body, and the copy's own damage (a flat-bed
scan, a photocopy or a fax). Every random choice is seeded by the file's name, so a rerun gives the same bytes.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype/liberation2")
HERE = Path(__file__).parent
DPI = 200
W, H = round(210 / 25.4 * DPI), round(297 / 25.4 * DPI)  # A4
LEFT, RIGHT, TOP, BOTTOM = 220, W - 130, 150, H - 170
PEN, SEAL, SIGN = (28, 26, 34), (205, 38, 48), (35, 55, 170)  # near-black pen, seal red, signature blue
DIGITS = """
0: 50,0 15,20 10,60 35,100 75,90 90,45 75,5 50,0
1: 25,25 60,0 55,100
2: 10,25 40,0 80,10 80,40 10,100 90,95
3: 10,10 70,0 75,35 35,45 85,60 75,95 10,90
4: 65,100 65,0 5,70 95,70
5: 85,0 20,0 15,45 70,40 85,75 50,100 10,90
6: 80,5 30,25 12,70 40,100 80,80 70,50 20,60
7: 5,5 90,0 40,100 | 30,50 75,50
8: 50,45 15,25 45,0 80,20 50,45 15,75 45,100 85,75 | 85,75 50,45
9: 80,35 50,50 15,30 45,0 80,20 75,60 55,100
"""
"""How a hand writes each digit: strokes ("|" between) of points in a 100 by 100 box, x right and y down."""


def strokes(spec: str) -> list[list[tuple[float, float]]]:
    return [
        [(int(x) / 100, int(y) / 100) for x, y in (point.split(",") for point in stroke.split())]
        for stroke in spec.split("|")
    ]


DIGIT_STROKES = {line[0]: strokes(line[2:]) for line in DIGITS.strip().splitlines()}


def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), size)


@dataclass
class Pen:
    """Handwritten marks to draw on a page after the print: (x, y, text, height) of digits by pen."""

    digits: list[tuple[int, int, str, int]] = field(default_factory=list)


@dataclass
class Page:
    ink: Image.Image
    pen: Pen
    signature: tuple[int, int] | None = None  # the left of the signer's title line
    stamp_at: tuple[int, int] | None = None


class Typist:
    """Lays the text out on A4 pages in the form of a Vietnamese administrative document."""

    def __init__(self) -> None:
        self.size = 33
        self.body = font(self.size)
        self.bold = font(self.size, bold=True)
        self.small = font(28)
        self.pages: list[Page] = []
        self.new_page()

    def new_page(self) -> None:
        ink = Image.new("L", (W, H), 255)
        self.pages.append(Page(ink, Pen()))
        self.draw = ImageDraw.Draw(ink)
        self.y = TOP
        if len(self.pages) > 1:
            self.draw.text((W // 2, 70), str(len(self.pages)), font=self.small, fill=0, anchor="mt")

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: int) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def line(
        self, text: str, f: ImageFont.FreeTypeFont | None = None, x: int = LEFT, centre: int | None = None
    ) -> None:
        f = f or self.body
        self.room(self.size + 14)
        if centre is not None:
            self.draw.text((centre, self.y), text, font=f, fill=0, anchor="mt")
        else:
            self.draw.text((x, self.y), text, font=f, fill=0)
        self.y += self.size + 14

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont | None = None, indent: int = 60) -> None:
        f = f or self.body
        words, x0, row = text.split(), LEFT + indent, ""
        for word in words:
            trial = f"{row} {word}".strip()
            if f.getlength(trial) > RIGHT - x0:
                self.line(row, f, x=x0)
                row, x0 = word, LEFT
            else:
                row = trial
        if row:
            self.line(row, f, x=x0)

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table: the columns share the width by their longest cell, the long ones wrap."""
        cols = max(len(r) for r in rows)
        rows = [r + [""] * (cols - len(r)) for r in rows]
        need = [max(self.small.getlength(r[c]) for r in rows) + 24 for c in range(cols)]
        width = RIGHT - LEFT
        first = min(need[0], 80)
        rest = sum(need[1:]) or 1
        wanted = [max(150.0, (width - first) * n / rest) for n in need[1:]]
        scale = (width - first) / sum(wanted)
        widths = [int(first)] + [int(w * scale) for w in wanted]
        for r in rows:
            cells = [self.wrap(cell, widths[c] - 20) for c, cell in enumerate(r)]
            height = max(len(c) for c in cells) * 36 + 14
            self.room(height)
            x = LEFT
            for c, lines in enumerate(cells):
                self.draw.rectangle([x, self.y, x + widths[c], self.y + height], outline=0, width=2)
                for k, text in enumerate(lines):
                    self.draw.text((x + 10, self.y + 8 + 36 * k), text, font=self.small, fill=0)
                x += widths[c]
            self.y += height
        self.y += 12

    def wrap(self, text: str, width: int) -> list[str]:
        out, row = [], ""
        for word in text.split():
            trial = f"{row} {word}".strip()
            if self.small.getlength(trial) > width and row:
                out.append(row)
                row = word
            else:
                row = trial
        return [*out, row] if row else out or [""]


def blank(digits: str) -> str:
    """The spaces a printed form leaves for `digits` to be written by pen (a pen digit is about 30 px wide)."""
    return " " * ((30 * len(digits) + 20) // 8 + 1)


def render_header(t: Typist, lines: list[str], hand: dict[str, bool]) -> int:
    """The two-column header: issuer left, motto right; then the number (left) and the place and date (right).
    Returns the index of the first line after it."""
    k = 0
    left_col, right_col = [], []
    while k < len(lines) and not lines[k].startswith("Số"):
        a, _, b = lines[k].partition("\t")
        left_col.append(a)
        if b:
            right_col.append(b)
        k += 1
    cl, cr = LEFT + 230, RIGHT - 370
    y0 = t.y
    for i, text in enumerate(left_col):
        size = 33 if len(text) < 22 else 26
        t.draw.text((cl, y0 + 44 * i), text, font=font(size, bold=i > 0), fill=0, anchor="mt")
    motto = font(30, bold=True)
    for i, text in enumerate(right_col):
        t.draw.text((cr, y0 + 44 * i), text, font=motto, fill=0, anchor="mt")
    if right_col:
        w = motto.getlength(right_col[-1])
        yl = y0 + 44 * len(right_col) + 2
        t.draw.line([cr - w / 2 + 30, yl, cr + w / 2 - 30, yl], fill=0, width=2)
    t.y = y0 + 44 * max(len(left_col), len(right_col)) + 30
    number_line, date_line = lines[k], lines[k + 1]
    if date_line.startswith("V/v"):  # a công văn's subject under its number
        t.draw.text((cl, t.y + 46), date_line, font=font(26), fill=0, anchor="mt")
        date_line = lines[k + 2]
        k += 1
    m = re.match(r"(Số:? )(\d+)(.*)$", number_line)
    assert m, number_line
    printed = m[1] + (blank(m[2]) if hand["number"] else m[2]) + m[3]
    t.draw.text((cl, t.y), printed, font=t.body, fill=0, anchor="mt")
    if hand["number"]:
        start = cl - t.body.getlength(printed) / 2 + t.body.getlength(m[1])
        t.page.pen.digits.append((int(start + 6), t.y - 6, m[2], 40))
    d = re.match(r"(.+?, ngày )(\d+)( tháng )(\d+)( năm \d{4})$", date_line)
    assert d, date_line
    day = blank(d[2]) if hand["day"] else d[2]
    month = blank(d[4]) if hand["month"] else d[4]
    printed = d[1] + day + d[3] + month + d[5]
    f = font(33, italic=True)
    t.draw.text((cr, t.y), printed, font=f, fill=0, anchor="mt")
    x0 = cr - f.getlength(printed) / 2
    if hand["day"]:
        t.page.pen.digits.append((int(x0 + f.getlength(d[1]) + 4), t.y - 6, d[2], 40))
    if hand["month"]:
        t.page.pen.digits.append((int(x0 + f.getlength(d[1] + day + d[3]) + 4), t.y - 6, d[4], 40))
    t.y += 80
    return k + 2


SIGN_TITLE = re.compile(r"^(?:KT\.|TM\.|T/M|K/T|TL\.|TUQ\.|Q\.)?\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ/ .]+$")


def render_signature(t: Typist, lines: list[str]) -> None:
    """ "Nơi nhận" and its list on the left, the signer's title, the space for seal and signature and the name on the
    right (the texts type the two columns either with a tab or one after the other)."""
    left_col: list[str] = []
    right_col: list[str] = []
    for text in lines:
        a, tab, b = text.partition("\t")
        if tab:
            if a:
                left_col.append(a)
            right_col.append(b)
        elif text.startswith(("Nơi nhận", "- ")):
            left_col.append(text)
        else:
            right_col.append(text)
    title = [r for r in right_col if r.strip() and r == r.upper()]
    name = [r for r in right_col if r.strip() and r != r.upper()]
    t.room(max(len(left_col) * 32, 420) + 20)
    y0, cr = t.y, RIGHT - 330
    for i, text in enumerate(left_col):
        f = font(26, bold=True, italic=True) if i == 0 else font(24)
        t.draw.text((LEFT, y0 + 32 * i), text, font=f, fill=0)
    for i, text in enumerate(title):
        t.draw.text((cr, y0 + 44 * i), text, font=t.bold, fill=0, anchor="mt")
    yname = y0 + 44 * len(title) + 230
    for text in name:
        t.draw.text((cr, yname), text, font=t.bold, fill=0, anchor="mt")
    width = t.bold.getlength(title[-1]) if title else 200
    t.page.signature = (int(cr - width / 2), y0 + 44 * max(len(title) - 1, 0))
    t.y = max(y0 + 32 * len(left_col), yname + 50) + 20


def typeset(text: str, hand: dict[str, bool]) -> list[Page]:
    t = Typist()
    raw = text.split("\n")
    k = render_header(t, raw, hand)
    body = raw[k:]
    i = 0
    heading_done = False
    while i < len(body):
        text = body[i]
        if text.startswith("\f"):
            t.new_page()
            text = text[1:]
        if not text.strip():
            t.y += 14
            i += 1
            continue
        if text.startswith("Nơi nhận"):
            j = i
            while j < len(body) and not body[j].startswith("\f"):
                j += 1
            render_signature(t, body[i:j])
            i = j
            continue
        if "\t" in text and re.match(r"^(TT|\d+)\t", text):
            rows = []
            while i < len(body) and re.match(r"^(TT|\d+)\t", body[i]):
                rows.append(body[i].split("\t"))
                i += 1
            t.table(rows)
            continue
        upper = text.strip() == text.strip().upper() and len(text) < 60
        if upper and not heading_done:
            t.line(text, t.bold, centre=(LEFT + RIGHT) // 2)
            subtitle = body[i + 1] if i + 1 < len(body) else ""
            if subtitle.strip() and subtitle != subtitle.upper():
                for sub in body[i + 1 : i + 4]:
                    if not sub.strip() or sub.startswith(("Căn cứ", "- Căn cứ", "Kính gửi")):
                        break
                    t.line(sub, t.bold, centre=(LEFT + RIGHT) // 2)
                    i += 1
            heading_done = True
            t.y += 10
            i += 1
            continue
        if upper:
            t.line(text, t.bold, centre=(LEFT + RIGHT) // 2)
        else:
            t.paragraph(text, indent=60)
        i += 1
    return t.pages


def stroke_digit(draw: ImageDraw.ImageDraw, x: float, y: float, ch: str, h: int, rng: random.Random) -> float:
    """One digit by pen at (x, y) of height h; returns its advance."""
    w = h * 0.55
    slant = rng.uniform(0.12, 0.28)
    for stroke in DIGIT_STROKES[ch]:
        pts = []
        for px, py in stroke:
            jx, jy = rng.gauss(0, 0.04), rng.gauss(0, 0.04)
            yy = (py + jy) * h
            pts.append((x + (px + jx) * w + (h - yy) * slant, y + yy))
        draw.line(pts, fill=(*PEN, 255), width=rng.choice([3, 4, 4, 5]), joint="curve")
    return w + rng.uniform(4, 10)


def pen_text(draw: ImageDraw.ImageDraw, x: float, y: float, text: str, h: int, rng: random.Random) -> None:
    for ch in text:
        if ch.isdigit():
            x += stroke_digit(draw, x, y, ch, h, rng)
        else:
            draw.text((x, y + h * 0.2), ch, font=font(int(h * 0.8)), fill=(*PEN, 255))
            x += h * 0.35


def seal(issuer: str, rng: random.Random) -> Image.Image:
    """A red round seal: two rings, the issuer's name round the top, a star in the middle."""
    size = 380
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=(*SEAL, 230), width=9)
    d.ellipse([62, 62, size - 62, size - 62], outline=(*SEAL, 230), width=4)
    f = font(30, bold=True)
    text = issuer.upper()
    span = 300.0
    for k, ch in enumerate(text):
        angle = math.radians(-90 - span / 2 + span * (k + 0.5) / len(text))
        r = c - 36
        glyph = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((22, 22), ch, font=f, fill=(*SEAL, 230), anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        im.alpha_composite(glyph, (int(c + r * math.cos(angle) - 22), int(c + r * math.sin(angle) - 22)))
    star = [
        (
            c + (55 if k % 2 == 0 else 22) * math.cos(math.radians(-90 + 36 * k)),
            c + (55 if k % 2 == 0 else 22) * math.sin(math.radians(-90 + 36 * k)),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=(*SEAL, 220))
    im = im.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    alpha = np.array(im.getchannel("A"), dtype=np.float32)
    alpha *= np.clip(np.random.default_rng(rng.randrange(1 << 30)).normal(0.85, 0.18, alpha.shape), 0.3, 1.0)
    im.putalpha(Image.fromarray(alpha.astype(np.uint8)))
    return im


def signature(rng: random.Random) -> Image.Image:
    im = Image.new("RGBA", (420, 170), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    loops, phase = rng.randint(3, 6), rng.uniform(0, math.pi)
    pts = []
    for k in range(160):
        u = k / 159
        x = 30 + 300 * u + 28 * math.sin(2 * math.pi * loops * u + phase)
        y = 95 - 45 * math.cos(2 * math.pi * loops * u) * (1 - 0.6 * u) - 20 * u
        pts.append((x, y))
    d.line(pts, fill=(*SIGN, 235), width=4, joint="curve")
    x = pts[-1][0]
    d.line([(pts[0][0] - 10, 120), (x + 40, rng.uniform(50, 90))], fill=(*SIGN, 220), width=3)
    return im


def received_stamp(rng: random.Random, issued: tuple[int, int, int]) -> Image.Image:
    """A receiving office's "ĐẾN" stamp with its own number and date by pen, a few days after the document's."""
    im = Image.new("RGBA", (430, 230), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    colour = (*SEAL, 215)
    d.rectangle([4, 4, 425, 225], outline=colour, width=5)
    office = rng.choice(["SỞ NỘI VỤ", "VĂN PHÒNG UBND TỈNH", "VĂN PHÒNG TỈNH ỦY"])
    d.text((20, 14), office, font=font(26, True), fill=colour)
    d.text((20, 58), "ĐẾN", font=font(56, True), fill=colour)
    d.text((170, 70), "Số:", font=font(30), fill=colour)
    d.text((20, 140), "Ngày:", font=font(30), fill=colour)
    d.text((20, 185), "Chuyển:", font=font(26), fill=colour)
    day, month, year = issued
    day = min(28, day + rng.randint(1, 6))
    pen_text(d, 230, 58, str(rng.randint(120, 4800)), 42, rng)
    pen_text(d, 115, 128, f"{day}/{month}/{year % 100}", 40, rng)
    return im.rotate(rng.uniform(-8, 8), expand=True, resample=Image.Resampling.BICUBIC)


def paint(base: np.ndarray, layer: Image.Image, at: tuple[int, int]) -> None:
    """Multiply a coloured RGBA layer onto the page (ink over ink darkens, as on paper)."""
    x, y = at
    arr = np.asarray(layer, dtype=np.float32) / 255.0
    h, w = arr.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if x1 <= x0 or y1 <= y0:
        return
    part = arr[y0 - y : y1 - y, x0 - x : x1 - x]
    alpha = part[..., 3:4]
    region = base[y0:y1, x0:x1]
    base[y0:y1, x0:x1] = region * (1 - alpha + alpha * part[..., :3])


def finish(page: Page, rng: random.Random, issuer: str, stamped: bool, issued: tuple[int, int, int]) -> np.ndarray:
    """The printed page with its pen digits, seal, signature and stamp, as RGB floats 0..1."""
    base = np.repeat((np.asarray(page.ink, dtype=np.float32) / 255.0)[..., None], 3, axis=2)
    marks = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(marks)
    for x, y, text, h in page.pen.digits:
        pen_text(d, x, y, text, h, rng)
    paint(base, marks, (0, 0))
    if page.signature:
        x, y = page.signature
        paint(base, signature(rng), (x + 40, y + 70))
        paint(base, seal(issuer, rng), (x - 210 + rng.randint(-20, 20), y - 60 + rng.randint(-20, 20)))
    if stamped:
        paint(base, received_stamp(rng, issued), (LEFT + rng.randint(300, 700), TOP + rng.randint(420, 700)))
    return base


def degrade(rgb: np.ndarray, how: str, rng: random.Random, page: int, pages: int, sent: str) -> Image.Image:
    gen = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if how == "scan":
        paper = np.array([0.97, 0.94, 0.86], dtype=np.float32)
        light = 1.0 - 0.07 * ((xx / W - rng.uniform(0.2, 0.8)) ** 2 + (yy / H - 0.5) ** 2)
        out = rgb * paper * light[..., None] + gen.normal(0, 0.015, rgb.shape).astype(np.float32)
        im = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8), "RGB")
        im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=(230, 226, 214))
        return im.filter(ImageFilter.GaussianBlur(0.6))
    grey = rgb.mean(axis=2)
    if how == "copy":
        patches = np.clip(gen.normal(1.0, 0.08, (H // 8 + 1, W // 8 + 1)), 0.8, 1.2)
        toner = np.kron(patches, np.ones((8, 8)))[:H, :W]
        shade = 0.9 - (0.9 - grey * 0.9) * toner
        shade[:, : rng.randint(25, 60)] *= 0.35  # the binding edge
        for _ in range(rng.randint(1, 3)):
            x = rng.randrange(W)
            shade[:, x : x + rng.randint(1, 3)] *= 0.75  # drum streaks
        specks = gen.random((H, W)) < 0.0006
        shade[specks] = 0.1
        im = Image.fromarray((np.clip(shade, 0, 1) * 255).astype(np.uint8), "L")
        im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=200)
        return im.filter(ImageFilter.GaussianBlur(0.7))
    im = Image.fromarray((np.clip(grey, 0, 1) * 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(im)
    sender = f"{sent}   FAX: 0263 3822 {rng.randint(100, 999)}   P.{page:02d}/{pages:02d}"
    d.text((60, 20), sender, font=font(26), fill=0)
    im = im.resize((W, H // 2), Image.Resampling.BILINEAR).resize((W, H), Image.Resampling.NEAREST)
    arr = np.asarray(im, dtype=np.float32) / 255.0 + gen.normal(0, 0.06, (H, W)).astype(np.float32)
    return Image.fromarray(((arr > 0.55) * 255).astype(np.uint8), "L").convert("1")


def issuer_of(stem: str, text: str) -> str:
    """The name round the seal: the body whose header is on the document."""
    for line in text.split("\n")[:4]:
        left = line.split("\t")[0].strip()
        if left.startswith(("SỞ", "BAN", "BỆNH", "CÔNG TY", "XÃ", "ĐẢNG ỦY", "BCH")):
            return left.title().replace("Bch", "Hội LHPN")
    if stem.endswith("-qd") or stem.startswith("00-1"):
        return "Tỉnh ủy Lâm Đồng"
    return "Ủy ban nhân dân tỉnh Lâm Đồng"


def render(stem: str, out: Path) -> int:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rng = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
    hand = {"number": rng.random() < 0.9, "day": rng.random() < 0.9, "month": rng.random() < 0.25}
    date = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert date
    issued = (int(date[1]), int(date[2]), int(date[3]))
    pages = typeset(text, hand)
    how = rng.choices(["scan", "copy", "fax"], weights=[5, 3, 2])[0]
    stamped = stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35)
    day = min(28, issued[0] + rng.randint(0, 3))
    sent = f"{day:02d}/{issued[1]:02d}/{issued[2]} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"
    images = []
    for k, page in enumerate(pages, 1):
        rgb = finish(page, rng, issuer_of(stem, text), stamped and k == 1, issued)
        images.append(degrade(rgb, how, rng, k, len(pages), sent))
    first, rest = images[0], images[1:]
    jpeg = {} if first.mode == "1" else {"quality": 38}  # a fax page is stored as CCITT, the others as JPEG
    made = time.strptime(f"{issued[2]}-{issued[1]}-{issued[0]}", "%Y-%m-%d")  # not the clock: same bytes each run
    first.save(
        out / f"{stem}.pdf",
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=rest,
        creationDate=made,
        modDate=made,
        **jpeg,
    )
    return len(images)


def main(argv: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    total = sum(render(stem, out) for stem in stems)
    print(f"{len(stems)} documents, {total} pages in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
