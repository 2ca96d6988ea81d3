"""Render scenario 26's texts as the scans an office files: `.venv/bin/python -m samples.scenario_blind26.render`.

Why: congvan is measured on scans, and real ones are not clean prints. What this draws follows the design brief's
"Real paperwork" notes: grey 200-dpi A4 pages; the number's digits and the date's day left blank in print and filled
by pen in near-black strokes; a red round seal (the issuer round the ring, a star in the middle) over the left of the
signer's title, under a blue signature; ruled tables; page numbers from page 2; a red "ĐẾN" received stamp over the
body on some files, its own number and date by pen. Each file then comes back as a flat-bed scan (colour, grey paper,
a slight turn), a photocopy (grey, uneven toner, a dark binding edge, streaks, speckles) or a fax (thresholded, half
the vertical resolution, a sender line with its own date). Everything is seeded by the file name, so a re-run gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1500, 150, 2180
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 28, 30)
PEN = (22, 22, 34)  # the pen on scans is near-black, not blue (design brief)
SEAL = (205, 32, 45)
SIGNATURE = (30, 55, 165)
BODY_SIZE = 36
LINE = 50

ISSUERS = {
    "BCT": "BỘ CÔNG THƯƠNG",
    "ĐU": "ĐẢNG ỦY BỘ CÔNG THƯƠNG",
    "ĐHĐL": "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC",
}


def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), size)


# Each digit as the pen draws it: strokes of points in a unit box (x right, y down), smoothed when curved.
DIGITS: dict[str, tuple[list[tuple[float, float]], bool]] = {
    "0": (
        [(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.35, 1.0), (0.75, 0.9), (0.9, 0.45), (0.7, 0.05), (0.45, 0.02)],
        True,
    ),
    "1": ([(0.25, 0.22), (0.55, 0.0), (0.52, 1.0)], False),
    "2": ([(0.1, 0.25), (0.35, 0.0), (0.75, 0.05), (0.85, 0.3), (0.5, 0.65), (0.08, 1.0), (0.95, 0.98)], True),
    "3": (
        [(0.12, 0.1), (0.5, 0.0), (0.85, 0.18), (0.45, 0.48), (0.88, 0.65), (0.8, 0.92), (0.4, 1.0), (0.08, 0.88)],
        True,
    ),
    "4": ([(0.7, 1.0), (0.68, 0.0), (0.05, 0.68), (0.98, 0.68)], False),
    "5": (
        [(0.88, 0.0), (0.25, 0.02), (0.18, 0.45), (0.6, 0.4), (0.9, 0.65), (0.75, 0.95), (0.35, 1.0), (0.08, 0.85)],
        True,
    ),
    "6": (
        [(0.8, 0.02), (0.35, 0.15), (0.12, 0.6), (0.3, 0.98), (0.75, 0.9), (0.82, 0.6), (0.45, 0.48), (0.15, 0.65)],
        True,
    ),
    "7": ([(0.05, 0.06), (0.95, 0.0), (0.38, 1.0)], False),
    "8": (
        [
            (0.5, 0.48),
            (0.15, 0.28),
            (0.3, 0.02),
            (0.72, 0.05),
            (0.8, 0.28),
            (0.5, 0.48),
            (0.15, 0.75),
            (0.35, 1.0),
            (0.75, 0.98),
            (0.88, 0.72),
            (0.5, 0.48),
        ],
        True,
    ),
    "9": ([(0.85, 0.3), (0.5, 0.5), (0.15, 0.35), (0.3, 0.02), (0.75, 0.05), (0.85, 0.35), (0.78, 1.0)], True),
    "/": ([(0.85, 0.0), (0.15, 1.0)], False),
}


def smooth(points: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """Round the corners of a stroke by cutting each one a quarter of the way in (Chaikin), ends kept: the pen does
    not turn sharp corners on a curved digit or a signature."""
    pts = np.asarray(points, dtype=np.float64)
    for _ in range(rounds):
        near, far = 0.75 * pts[:-1] + 0.25 * pts[1:], 0.25 * pts[:-1] + 0.75 * pts[1:]
        pts = np.vstack([pts[:1], np.stack([near, far], axis=1).reshape(-1, 2), pts[-1:]])
    return [(float(x), float(y)) for x, y in pts]


def pen_write(draw: ImageDraw.ImageDraw, text: str, x: float, baseline: float, rng: np.random.Generator) -> float:
    """Write digits by hand from (x, baseline): each one a little bigger or smaller, slanted, and off the line."""
    height = rng.uniform(34, 44)
    slant = rng.uniform(0.12, 0.3)
    width = rng.integers(3, 5)
    for ch in text:
        if ch == " ":
            x += height * 0.4
            continue
        stroke, curved = DIGITS[ch]
        h = height * rng.uniform(0.9, 1.08)
        w = h * rng.uniform(0.5, 0.62)
        top = baseline - h + rng.normal(0, 2.5)
        pts = [(p[0] + rng.normal(0, 0.03), p[1] + rng.normal(0, 0.03)) for p in stroke]
        path = smooth(pts) if curved else pts
        xy = [(x + px * w + (1 - py) * h * slant, top + py * h) for px, py in path]
        draw.line(xy, fill=PEN, width=int(width), joint="curve")
        x += w + rng.uniform(4, 10)
    return x


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: float = TOP
    marks: list[tuple[str, float, float]] = field(default_factory=list)


class Layout:
    """Typesets one document onto A4 pages, leaving the hand-filled blanks and noting where seals go."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.pages: list[Page] = []
        self.regular = font(BODY_SIZE)
        self.bold = font(BODY_SIZE, bold=True)
        self.italic = font(BODY_SIZE, italic=True)
        self.small = font(28)
        self.small_bold = font(28, bold=True)
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        image = Image.new("RGB", (WIDTH, HEIGHT), "white")
        page = Page(image, ImageDraw.Draw(image))
        self.pages.append(page)
        if len(self.pages) > 1:
            number = str(len(self.pages))
            f = self.small
            page.draw.text(((WIDTH - page.draw.textlength(number, font=f)) / 2, 80), number, font=f, fill=INK)
            page.y = TOP + 20

    def need(self, height: float) -> None:
        if self.page.y + height > BOTTOM:
            self.new_page()

    def text_at(self, x: float, y: float, text: str, f: ImageFont.FreeTypeFont) -> None:
        self.page.draw.text((x, y), text, font=f, fill=INK)

    def centered(self, text: str, cx: float, f: ImageFont.FreeTypeFont, y: float | None = None) -> float:
        w = self.page.draw.textlength(text, font=f)
        self.text_at(cx - w / 2, self.page.y if y is None else y, text, f)
        return w

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont | None = None, indent: float = 60) -> None:
        f = f or self.regular
        words = text.split()
        line: list[str] = []
        first = True
        width = RIGHT - LEFT
        for word in words:
            trial = " ".join([*line, word])
            room = width - (indent if first else 0)
            if line and self.page.draw.textlength(trial, font=f) > room:
                self._justify(line, f, indent if first else 0, room)
                line, first = [word], False
            else:
                line.append(word)
        if line:
            self.need(LINE)
            self.text_at(LEFT + (indent if first else 0), self.page.y, " ".join(line), f)
            self.page.y += LINE

    def _justify(self, words: list[str], f: ImageFont.FreeTypeFont, indent: float, room: float) -> None:
        self.need(LINE)
        gaps = len(words) - 1
        used = sum(self.page.draw.textlength(w, font=f) for w in words)
        space = (room - used) / gaps if gaps else 0
        x = LEFT + indent
        for word in words:
            self.text_at(x, self.page.y, word, f)
            x += self.page.draw.textlength(word, font=f) + space
        self.page.y += LINE

    def header(self, lines: list[str]) -> None:
        """The two-column head: issuer left, national motto right; the number and the day blank for the pen."""
        lcx, rcx = 470, 1130
        rows: list[tuple[str, str]] = []
        i = 0
        while i < len(lines):
            left, _, right = lines[i].partition("\t")
            nxt = lines[i + 1].partition("\t") if i + 1 < len(lines) else ("", "", "")
            if re.match(r"Số:? ", left) and not right and not nxt[0] and nxt[2]:
                right, i = nxt[2], i + 1  # the number and the place-and-date share a row on paper
            rows.append((left.strip(), right.strip()))
            i += 1
        party = any("ĐẢNG CỘNG SẢN" in r for _, r in rows)
        for k, (left, right) in enumerate(rows):
            y = self.page.y
            if left:
                self.header_cell(left, lcx, y, bold=k > 0 or party, first=k == 0)
            if right:
                self.header_cell(right, rcx, y, bold=k == 0 or "Độc lập" in right, first=False)
                if "Độc lập" in right or ("ĐẢNG CỘNG SẢN" in right and party):
                    w = self.page.draw.textlength(right, font=self.bold)
                    self.page.draw.line([(rcx - w / 2, y + 44), (rcx + w / 2, y + 44)], fill=INK, width=2)
            if k == 1 and not party and left:
                w = self.page.draw.textlength(left, font=self.small_bold) * 0.5
                self.page.draw.line([(lcx - w / 2, y + 42), (lcx + w / 2, y + 42)], fill=INK, width=2)
            self.page.y += LINE
        self.page.y += LINE * 0.6

    def header_cell(self, text: str, cx: float, y: float, bold: bool, first: bool) -> None:
        number = re.match(r"(Số:? ?)(\d+)(.*)$", text)
        dated = re.match(r"(.*ngày )(\d+)( tháng .*)$", text)
        f = self.small_bold if bold or first else self.small
        if number or dated:
            head, digits, tail = (number or dated).groups()  # type: ignore[union-attr]
            f = self.small if number else font(30, italic=True)
            blank = 26 * len(digits) + 50
            total = self.page.draw.textlength(head, font=f) + blank + self.page.draw.textlength(tail, font=f)
            x = cx - total / 2
            self.text_at(x, y, head, f)
            x += self.page.draw.textlength(head, font=f)
            pen_write(self.page.draw, digits, x + self.rng.uniform(8, 20), y + 31, self.rng)
            self.text_at(x + blank, y, tail, f)
            return
        self.centered(text, cx, f, y)

    def title(self, lines: list[str]) -> None:
        for k, text in enumerate(lines):
            if set(text) <= {"-"}:
                self.need(LINE)
                self.page.draw.line([(WIDTH / 2 - 60, self.page.y + 20), (WIDTH / 2 + 60, self.page.y + 20)], fill=INK)
                self.page.y += LINE * 0.6
                continue
            f = font(40, bold=True) if k == 0 else self.bold
            self.need(LINE)
            self.centered(text, (LEFT + RIGHT) / 2, f)
            self.page.y += LINE + (6 if k == 0 else 0)
        self.page.y += LINE * 0.4

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table: the widest cell of each column sets its width, the last column takes the rest."""
        f = self.small
        cols = max(len(r) for r in rows)
        widths = [max(self.page.draw.textlength(r[c], font=f) for r in rows if c < len(r)) + 24 for c in range(cols)]
        widths[-1] = max(RIGHT - LEFT - sum(widths[:-1]), 120)
        if sum(widths) > RIGHT - LEFT:
            scale = (RIGHT - LEFT) / sum(widths)
            widths = [w * scale for w in widths]
        height = 44
        for k, row in enumerate(rows):
            self.need(height)
            y = self.page.y
            x: float = LEFT
            for c, cell in enumerate(row):
                self.page.draw.rectangle([x, y, x + widths[c], y + height], outline=INK, width=2)
                cf = self.small_bold if k == 0 else f
                text = cell
                while self.page.draw.textlength(text, font=cf) > widths[c] - 12 and len(text) > 4:
                    cf = font(int(cf.size) - 1, bold=k == 0)
                self.text_at(x + 8, y + 7, text, cf)
                x += widths[c]
            self.page.y += height
        self.page.y += LINE * 0.4

    def signature(self, lines: list[str], issuer: str) -> None:
        """Recipients left in small type; the signer's title right, then a gap for the seal and the signature."""
        left = [ln.partition("\t")[0].strip() for ln in lines]
        right = [ln.partition("\t")[2].strip() for ln in lines]
        titles = [r for r in right[:-1] if r]
        name = right[-1] if right[-1] else lines[-1].strip()
        self.need(LINE * 7)
        y0 = self.page.y
        rcx = 1150
        for k, text in enumerate(left):
            if text:
                f = font(26, bold=True, italic=True) if k == 0 else font(24)
                self.text_at(LEFT, y0 + k * 34, text, f)
        for k, text in enumerate(titles):
            self.centered(text, rcx, self.bold, y0 + k * 46)
        title_y = y0 + (len(titles) - 1) * 46
        name_y = y0 + max(len(titles) * 46 + 190, len(left) * 34 + 20)
        self.centered(name, rcx, self.bold, name_y)
        title_w = max((self.page.draw.textlength(t, font=self.bold) for t in titles), default=200)
        seal_x = rcx - title_w / 2 + self.rng.uniform(-20, 40)
        seal_y = title_y + self.rng.uniform(70, 110)
        self.page.marks.append(("signature", rcx + self.rng.uniform(-60, 30), (title_y + name_y) / 2 + 20))
        self.page.marks.append((f"seal:{issuer}", seal_x, seal_y))
        self.page.y = name_y + LINE * 1.5


def seal(issuer: str, rng: np.random.Generator) -> Image.Image:
    """A red round seal: two rings, the issuer's name round the band, a star in the middle, ink unevenly taken."""
    size = 330
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=255, width=7)
    d.ellipse([70, 70, size - 70, size - 70], outline=255, width=3)
    f = font(33, bold=True)
    text = f"{issuer} *"
    step = 2 * math.pi / (len(text) + 2)
    start = -math.pi / 2 - step * len(text) / 2
    for k, ch in enumerate(text):
        angle = start + k * step
        glyph = Image.new("L", (44, 44), 0)
        ImageDraw.Draw(glyph).text((22, 22), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        r = c - 38
        im.paste(255, (int(c + r * math.cos(angle) - 22), int(c + r * math.sin(angle) - 22)), glyph)
    star = [
        (c + (46 if k % 2 == 0 else 19) * math.cos(-math.pi / 2 + k * math.pi / 5),
         c + (46 if k % 2 == 0 else 19) * math.sin(-math.pi / 2 + k * math.pi / 5))
        for k in range(10)
    ]  # fmt: skip
    d.polygon(star, fill=255)
    alpha = np.asarray(im, dtype=np.float32) / 255
    uneven = rng.uniform(0.55, 1.0, (size // 30 + 1, size // 30 + 1))
    patches = np.kron(uneven, np.ones((30, 30)))[:size, :size]
    alpha *= patches * (rng.random((size, size)) > 0.08)
    out = Image.fromarray((alpha * 225).astype(np.uint8)).rotate(rng.uniform(-25, 25))
    return out.filter(ImageFilter.GaussianBlur(0.8))


def signature_mask(rng: np.random.Generator) -> Image.Image:
    """A blue signature: a fast stroke that loops back on itself a few times, then a flourish under it."""
    im = Image.new("L", (440, 200), 0)
    d = ImageDraw.Draw(im)
    x, pts = 30.0, [(30.0, 120.0)]
    for k in range(int(rng.integers(8, 13))):
        x += rng.uniform(-18, 55) if k % 3 else rng.uniform(20, 45)
        pts.append((min(max(x, 20), 410), 100 + rng.uniform(-75, 45)))
    d.line(smooth(pts, 4), fill=235, width=int(rng.integers(3, 6)), joint="curve")
    tail = [(pts[-1][0], pts[-1][1]), (300, 170 + rng.uniform(-10, 10)), (60, 165), (20 + rng.uniform(0, 30), 150)]
    d.line(smooth(tail, 4), fill=235, width=3, joint="curve")
    return im.filter(ImageFilter.GaussianBlur(0.6))


def stamp_ink(image: Image.Image, mask: Image.Image, colour: tuple[int, int, int], x: float, y: float) -> None:
    """Ink laid over the print: multiplies, as ink on paper does, instead of covering it."""
    w, h = mask.size
    box = (int(x - w / 2), int(y - h / 2))
    region = image.crop((*box, box[0] + w, box[1] + h))
    base = np.asarray(region, dtype=np.float32)
    a = np.asarray(mask, dtype=np.float32)[..., None] / 255
    inked = base * (1 - a) + base * np.array(colour, dtype=np.float32) / 255 * a
    image.paste(Image.fromarray(inked.clip(0, 255).astype(np.uint8)), box)


def received_stamp(page: Page, issued: dt.date, rng: np.random.Generator) -> None:
    """The receiving office's "ĐẾN" stamp over the body, its number and date filled by pen."""
    stamp = Image.new("RGB", (470, 230), "white")
    d = ImageDraw.Draw(stamp)
    d.rectangle([4, 4, 466, 226], outline=(0, 0, 0), width=5)
    d.text((20, 14), "VỤ TỔ CHỨC CÁN BỘ", font=font(30, bold=True), fill=(0, 0, 0))
    d.text((20, 70), "ĐẾN", font=font(62, bold=True), fill=(0, 0, 0))
    d.text((200, 78), "Số:", font=font(32), fill=(0, 0, 0))
    d.text((200, 140), "Ngày:", font=font(32), fill=(0, 0, 0))
    d.text((20, 178), "Chuyển:", font=font(28), fill=(0, 0, 0))
    mask = Image.fromarray(255 - np.asarray(stamp.convert("L"))).rotate(rng.uniform(-6, 6), expand=True)
    x, y = rng.uniform(600, 1150), rng.uniform(700, 1500)
    stamp_ink(page.image, mask, (200, 40, 90), x, y)
    got = issued + dt.timedelta(days=int(rng.integers(1, 6)))
    left, top = x - mask.size[0] / 2, y - mask.size[1] / 2
    pen_write(page.draw, str(rng.integers(1200, 4800)), left + 270, top + 118, rng)
    pen_write(page.draw, f"{got.day}/{got.month}/{got.year % 100}", left + 300, top + 178, rng)


def ink_marks(pages: list[Page], rng: np.random.Generator) -> None:
    for page in pages:
        for kind, x, y in page.marks:
            if kind == "signature":
                stamp_ink(page.image, signature_mask(rng), SIGNATURE, x, y)
            else:
                stamp_ink(page.image, seal(kind.split(":", 1)[1], rng), SEAL, x, y)


def typeset(text: str, issuer: str, rng: np.random.Generator) -> list[Page]:
    lines = text.split("\n")
    blank = lines.index("")
    layout = Layout(rng)
    layout.header(lines[:blank])
    i = blank + 1
    end = next(k for k in range(i, len(lines)) if not lines[k].strip())
    layout.title(lines[i:end])
    i = end
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            layout.page.y += LINE * 0.3
            i += 1
            continue
        if line.startswith("Nơi nhận:"):
            end = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
            layout.signature(lines[i:end], issuer)
            i = end
            continue
        if "\t" in line:
            end = next((k for k in range(i, len(lines)) if "\t" not in lines[k]), len(lines))
            layout.table([row.split("\t") for row in lines[i:end]])
            i = end
            continue
        stripped = line.strip()
        if stripped.isupper() or re.fullmatch(r"Chương [IVX]+", stripped) or stripped == "QUYẾT ĐỊNH:":
            layout.need(LINE * 2)
            layout.centered(stripped, (LEFT + RIGHT) / 2, layout.bold)
            layout.page.y += LINE
        elif re.match(r"\(Ban hành kèm theo", stripped):
            layout.paragraph(stripped, layout.italic, indent=0)
        else:
            layout.paragraph(stripped)
        i += 1
    return layout.pages


def flatbed(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Grey paper, the scanner's noise and a slight turn; colour kept."""
    arr = np.asarray(image, dtype=np.float32)
    paper = np.array([236, 233, 224], dtype=np.float32) * rng.uniform(0.95, 1.0)
    lit = arr / 255 * paper + rng.normal(0, 3, arr.shape[:2])[..., None]
    out = Image.fromarray(lit.clip(0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=(60, 60, 60))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def photocopy(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Grey: uneven toner, a dark binding edge, drum streaks and speckles."""
    grey = np.asarray(image.convert("L"), dtype=np.float32)
    h, w = grey.shape
    toner = Image.fromarray((rng.uniform(0.75, 1.25, (12, 9)) * 127).astype(np.uint8)).resize(
        (w, h), Image.Resampling.BILINEAR
    )
    strength = np.asarray(toner, dtype=np.float32) / 127
    dark = 255 - grey
    out = 255 - dark * strength * rng.uniform(0.9, 1.1)
    out *= rng.uniform(0.84, 0.92)
    edge = np.clip(1 - np.arange(w) / rng.uniform(60, 120), 0, 1) ** 1.5
    out *= 1 - 0.85 * edge[None, :]
    for x in rng.integers(0, w, int(rng.integers(2, 6))):
        out[:, x : x + int(rng.integers(1, 4))] *= rng.uniform(0.55, 0.8)
    specks = rng.random((h, w)) < 0.0015
    out[specks] = rng.uniform(0, 90, int(specks.sum()))
    out += rng.normal(0, 4, (h, w))
    img = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return img.rotate(rng.uniform(-1.2, 1.2), resample=Image.Resampling.BILINEAR, fillcolor=40)


def fax(image: Image.Image, rng: np.random.Generator, sent: dt.datetime, page: int, pages: int) -> Image.Image:
    """Thresholded, half the vertical resolution, the sender's line on top with its own date and page count."""
    grey = image.convert("L")
    d = ImageDraw.Draw(grey)
    line = f"{sent:%d/%m/%Y %H:%M}   FROM: VP BO CONG THUONG   FAX: 024 2220 2525   P.{page:02d}/{pages:02d}"
    d.text((60, 18), line, font=ImageFont.truetype(str(FONTS / "LiberationMono-Regular.ttf"), 26), fill=0)
    w, h = grey.size
    coarse = grey.resize((w, h // 2), Image.Resampling.BILINEAR)
    arr = np.asarray(coarse, dtype=np.float32) + rng.normal(0, 18, (h // 2, w))
    bw = Image.fromarray(np.where(arr > rng.uniform(150, 175), 255, 0).astype(np.uint8))
    return bw.resize((w, h), Image.Resampling.NEAREST).convert("1")


def issue_date(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m, "every document carries its date"
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def issuer_of(text: str) -> str:
    number = re.search(r"^Số:? (\S+)", text, re.MULTILINE)
    assert number
    suffix = re.split(r"[-/]", number[1])[-1]
    if suffix in ISSUERS:
        return ISSUERS[suffix]
    lines = text.split("\n")
    unit = lines[1].partition("\t")[0].strip()
    return unit or "BỘ CÔNG THƯƠNG"


def render(stem: str, text: str, out: Path) -> None:
    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "little"))
    pages = typeset(text, issuer_of(text), rng)
    ink_marks(pages, rng)
    issued = issue_date(text)
    if stem.startswith("bc-") or rng.random() < 0.35:
        received_stamp(pages[0], issued, rng)
    mode = ["scan", "photocopy", "fax"][int(rng.choice(3, p=[0.45, 0.35, 0.2]))]
    sent = dt.datetime.combine(issued + dt.timedelta(days=int(rng.integers(0, 4))), dt.time(8, 0))
    sent += dt.timedelta(minutes=int(rng.integers(0, 540)))
    images = []
    for k, page in enumerate(pages, 1):
        if mode == "scan":
            images.append(flatbed(page.image, rng))
        elif mode == "photocopy":
            images.append(photocopy(page.image, rng))
        else:
            images.append(fax(page.image, rng, sent, k, len(pages)))
    extra = {} if mode == "fax" else {"quality": 40}  # a fax is bilevel: CCITT G4, no JPEG quality
    stamp = dt.datetime.combine(issued, dt.time(9, 0)).timetuple()  # fixed dates: a re-run gives the same bytes
    images[0].save(
        out, "PDF", resolution=DPI, save_all=True, append_images=images[1:], creationDate=stamp, modDate=stamp, **extra
    )


def main(argv: list[str]) -> int:
    texts = sorted((HERE / "texts").glob("*.txt"))
    if argv:
        texts = [t for t in texts if t.stem in argv]
    scans = HERE / "scans"
    scans.mkdir(exist_ok=True)
    for path in texts:
        render(path.stem, path.read_text(encoding="utf-8"), scans / f"{path.stem}.pdf")
        print(path.stem, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
