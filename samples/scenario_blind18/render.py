"""Render the An Giang scenario's texts as scanned PDFs the way real provincial paperwork arrives.

    PYTHONPATH=. .venv/bin/python -m samples.scenario_blind18.render [STEM ...]

Why: congvan is measured on scans, not on typed text. Each page is typeset from its text (a tab splits a line into
the left and right columns of the header and signature zone; a "TT\tHọ và tên…" line starts a ruled table), then
the marks real originals carry are added: the digits of the number and the day of the date pen-filled in near-black,
a red round seal over the left of the signer's title with a signature across it, sometimes a received ("ĐẾN") stamp
with pen-written number and date; finally each file comes back as a flat-bed scan, a photocopy or a fax. Everything is
seeded by the file name, so a re-run gives the same bytes' content.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation2" / "LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation2" / "LiberationSerif-Bold.ttf"
SERIF_ITALIC = FONTS / "liberation2" / "LiberationSerif-Italic.ttf"
SANS_BOLD = FONTS / "dejavu" / "DejaVuSans-Bold.ttf"
HAND = FONTS / "dejavu" / "DejaVuSansCondensed-Oblique.ttf"
INK = (22, 22, 26)
PEN = (28, 26, 34)
SEAL_RED = (205, 32, 38)
TITLES = ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH", "BÁO CÁO CÁ NHÂN")
CENTRED = re.compile(
    r"^(?:BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH|QUYẾT ĐỊNH:|CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG|Chương [IVX]+|"
    r"QUY ĐỊNH CHUNG|QUẢN LÝ ĐOÀN RA|CHẾ ĐỘ BÁO CÁO VÀ TỔ CHỨC THỰC HIỆN|\*)$"
)
TABLE_ROW = re.compile(r"^\d+\t")


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw


class Typesetter:
    """Lays text lines on A4 pages at the document's resolution; remembers where the marks must go."""

    def __init__(self, dpi: int, rnd: random.Random) -> None:
        self.dpi, self.rnd = dpi, rnd
        self.w, self.h = int(8.27 * dpi), int(11.69 * dpi)
        self.left, self.right = self.mm(30), self.w - self.mm(18)
        self.top, self.bottom = self.mm(18), self.h - self.mm(20)
        size = int(13 / 72 * dpi)
        self.font = ImageFont.truetype(str(SERIF), size)
        self.small = ImageFont.truetype(str(SERIF), int(11 / 72 * dpi))
        self.bold = ImageFont.truetype(str(SERIF_BOLD), size)
        self.italic = ImageFont.truetype(str(SERIF_ITALIC), size)
        self.pen = ImageFont.truetype(str(HAND), int(15 / 72 * dpi))
        self.lh = int(size * 1.38)
        self.pages: list[Page] = []
        self.y = 0
        self.new_page()
        self.signature: tuple[int, int, int, int] | None = None  # page, x, y of the title, y of the name

    def mm(self, v: float) -> int:
        return int(v / 25.4 * self.dpi)

    def new_page(self) -> None:
        image = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        page = Page(image, ImageDraw.Draw(image))
        self.pages.append(page)
        self.y = self.top
        if len(self.pages) > 1:
            n = str(len(self.pages))
            page.draw.text(((self.w - self.font.getlength(n)) / 2, self.mm(8)), n, font=self.font, fill=INK)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, lines: int) -> None:
        if self.y + lines * self.lh > self.bottom:
            self.new_page()

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
        words, out, line = text.split(" "), [], ""
        for word in words:
            trial = f"{line} {word}".strip()
            if font.getlength(trial) <= width or not line:
                line = trial
            else:
                out.append(line)
                line = word
        return [*out, line]

    def text(self, x: float, s: str, font: ImageFont.FreeTypeFont) -> None:
        self.page.draw.text((x, self.y), s, font=font, fill=INK)

    def centred(self, s: str, font: ImageFont.FreeTypeFont, lo: int, hi: int) -> None:
        for part in self.wrap(s, font, hi - lo):
            self.need(1)
            self.text(lo + (hi - lo - font.getlength(part)) / 2, part, font)
            self.y += self.lh

    def paragraph(self, s: str, indent: bool) -> None:
        width = self.right - self.left
        parts = self.wrap(s, self.font, width - (self.mm(10) if indent else 0))
        for i, part in enumerate(parts):
            self.need(1)
            x = self.left + (self.mm(10) if indent and i == 0 else 0)
            self.text(x, part, self.font)
            self.y += self.lh

    def hand(self, x: float, y: float, digits: str) -> float:
        """Pen-filled digits: a slanted, slightly larger, jittered near-black hand; returns the end x."""
        for ch in digits:
            side = int(self.pen.size * 2)
            glyph = Image.new("L", (side, side), 0)
            ImageDraw.Draw(glyph).text((self.pen.size // 2, self.pen.size // 3), ch, font=self.pen, fill=255)
            glyph = glyph.rotate(self.rnd.uniform(-9, 9), resample=Image.Resampling.BICUBIC)
            glyph = glyph.filter(ImageFilter.MaxFilter(3)) if self.rnd.random() < 0.5 else glyph
            dy = self.rnd.randint(-4, 4) - self.pen.size // 4
            self.page.image.paste(PEN, (int(x - self.pen.size // 2), int(y + dy)), glyph)
            x += self.pen.getlength(ch) * self.rnd.uniform(0.95, 1.2)
        return x + self.mm(1)

    def number_line(self, left: str, right: str, lo: int, hi: int) -> None:
        """ "Số: 497/QĐ-UBND" with the digits by pen, "…, ngày 24 tháng 02 năm 2026" with the day by pen."""
        m = re.match(r"^(Số:? )(\d+)(.*)$", left)
        x: float = lo + self.mm(6)
        if m:
            self.text(x, m[1], self.font)
            x = self.hand(x + self.font.getlength(m[1]) + self.mm(2), self.y, m[2])
            self.text(x, m[3], self.font)
        else:
            self.text(x, left, self.font)
        d = re.match(r"^(.*ngày )(\d+)( tháng )(\d+)(.*)$", right)
        if d:
            by_pen_month = self.rnd.random() < 0.2
            total = sum(self.italic.getlength(p) for p in d.groups()) + self.mm(8)
            x = hi - total - self.mm(2)
            self.page.draw.text((x, self.y), d[1], font=self.italic, fill=INK)
            x = self.hand(x + self.italic.getlength(d[1]) + self.mm(2), self.y, d[2])
            self.page.draw.text((x, self.y), d[3], font=self.italic, fill=INK)
            x += self.italic.getlength(d[3])
            if by_pen_month:
                x = self.hand(x + self.mm(2), self.y, d[4])
            else:
                self.page.draw.text((x, self.y), d[4], font=self.italic, fill=INK)
                x += self.italic.getlength(d[4])
            self.page.draw.text((x, self.y), d[5], font=self.italic, fill=INK)
        self.y += self.lh

    def table(self, rows: list[list[str]]) -> None:
        widths = [0.08, 0.27, 0.47, 0.18]
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + int(w * (self.right - self.left)))
        for r, row in enumerate(rows):
            font = self.bold if r == 0 else self.font
            cells = [
                self.wrap(c, font, xs[i + 1] - xs[i] - self.mm(3)) for i, c in enumerate(row + [""] * (4 - len(row)))
            ]
            height = max(len(c) for c in cells) * self.lh + self.mm(2)
            if self.y + height > self.bottom:
                self.new_page()
            top = self.y
            for i, lines in enumerate(cells):
                for k, line in enumerate(lines):
                    self.page.draw.text(
                        (xs[i] + self.mm(1.5), top + self.mm(1) + k * self.lh), line, font=font, fill=INK
                    )
            self.page.draw.rectangle((xs[0], top, xs[-1], top + height), outline=INK, width=2)
            for x in xs[1:-1]:
                self.page.draw.line((x, top, x, top + height), fill=INK, width=2)
            self.y = top + height
        self.y += self.mm(2)

    def render(self, text: str) -> None:
        lines = text.split("\n")
        mid = self.left + int(0.42 * (self.right - self.left))
        i = 0
        in_header, after_title, in_sign = True, False, False
        while i < len(lines):
            line = lines[i]
            left, _, right = line.partition("\t")
            if in_header and re.match(r"^Số:? ", line):
                self.number_line(left, right, self.left - self.mm(12), self.right)
                in_header = False
            elif in_header and line and not line.startswith("Số"):
                font = self.bold if left.isupper() or right.isupper() else self.font
                if left:
                    self.page.draw.text(
                        (self.left - self.mm(12) + (mid - self.left - self.font.getlength(left)) / 2, self.y),
                        left,
                        font=font if left != "*" else self.font,
                        fill=INK,
                    )
                if right:
                    rfont = self.bold if right.isupper() else self.font
                    self.page.draw.text(
                        (mid + (self.right - mid - rfont.getlength(right)) / 2, self.y), right, font=rfont, fill=INK
                    )
                self.y += self.lh
            elif line.startswith("Nơi nhận:") or line.startswith("Xác nhận của") or in_sign:
                in_sign = True
                self.sign_zone(lines[i:], mid)
                break
            elif line in TITLES:
                self.y += self.lh // 2
                self.centred(line, self.bold, self.left, self.right)
                after_title = True
            elif after_title and line != "-----" and line:
                self.centred(line, self.bold if line.isupper() else self.font, self.left, self.right)
            elif line == "-----":
                cx = (self.left + self.right) // 2
                self.page.draw.line((cx - self.mm(20), self.y, cx + self.mm(20), self.y), fill=INK, width=2)
                self.y += self.lh // 2
                after_title = False
            elif line.startswith("TT\t"):
                rows = [line.split("\t")]
                while i + 1 < len(lines) and TABLE_ROW.match(lines[i + 1]):
                    i += 1
                    rows.append(lines[i].split("\t"))
                self.table(rows)
            elif CENTRED.match(line):
                self.centred(line, self.bold, self.left, self.right)
            elif not line:
                self.y += self.lh // 3
            else:
                after_title = False
                bold = bool(re.match(r"^(?:Điều \d+\.|[IVX]+\. )", line)) and len(line) < 60
                if bold:
                    self.need(1)
                    self.text(self.left + self.mm(10), line, self.bold)
                    self.y += self.lh
                else:
                    self.paragraph(line, indent=not line.startswith(("- ", "TT")))
            i += 1

    def sign_zone(self, lines: list[str], mid: int) -> None:
        """ "Nơi nhận:" on the left in small type, title and name centred on the right with room to sign."""
        self.need(len(lines) + 5)
        self.y += self.lh // 2
        top = self.y
        lefts = [ln.partition("\t")[0] for ln in lines if ln.partition("\t")[0]]
        rights = [ln.partition("\t")[2] for ln in lines if ln.partition("\t")[2]]
        y = top
        for k, s in enumerate(lefts):
            font = self.bold if k == 0 and s.endswith(":") else self.small
            self.page.draw.text((self.left - self.mm(10), y), s, font=font, fill=INK)
            y += int(self.lh * 0.85)
        name = rights[-1] if rights else ""
        titles = rights[:-1]
        y2 = top
        centre = mid + (self.right - mid) // 2
        for s in titles:
            self.page.draw.text((centre - self.bold.getlength(s) / 2, y2), s, font=self.bold, fill=INK)
            y2 += self.lh
        name_y = y2 + self.mm(22)
        self.page.draw.text((centre - self.bold.getlength(name) / 2, name_y), name, font=self.bold, fill=INK)
        if titles:
            self.signature = (len(self.pages) - 1, centre, top, name_y)
        self.y = max(y, name_y + self.lh)


def seal(size: int, ring_text: str, rnd: random.Random) -> Image.Image:
    """A red round seal: two rings, the issuer's name round the ring, a star in the middle; alpha for blending."""
    img = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse((4, 4, size - 4, size - 4), outline=255, width=max(3, size // 55))
    d.ellipse((size * 0.2, size * 0.2, size * 0.8, size * 0.8), outline=255, width=max(2, size // 90))
    font = ImageFont.truetype(str(SANS_BOLD), max(10, size // 12))
    text = ring_text.upper()
    span = min(300.0, 13.0 * len(text))
    for k, ch in enumerate(text):
        angle = -span / 2 + span * (k + 0.5) / len(text)
        glyph = Image.new("L", (int(font.size * 2), int(font.size * 2)), 0)
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 3), ch, font=font, fill=255)
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        r = size * 0.37
        gx = c + r * math.sin(math.radians(angle)) - font.size
        gy = c - r * math.cos(math.radians(angle)) - font.size
        img.paste(255, (int(gx), int(gy)), glyph)
    star = [
        (
            c + size * (0.14 if k % 2 == 0 else 0.06) * math.sin(math.radians(36 * k)),
            c - size * (0.14 if k % 2 == 0 else 0.06) * math.cos(math.radians(36 * k)),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    noise = np.array(img, dtype=np.float32) * np.clip(
        np.random.default_rng(rnd.randint(0, 10**6)).normal(0.85, 0.2, (size, size)), 0.2, 1
    )
    return Image.fromarray(noise.astype(np.uint8)).rotate(rnd.uniform(0, 360), resample=Image.Resampling.BICUBIC)


def signature(draw: ImageDraw.ImageDraw, x: int, y: int, width: int, rnd: random.Random, dpi: int) -> None:
    """A signature: a few looping strokes in dark blue ink across the space above the name."""
    colour = (30, 40, 120)
    points = []
    for k in range(60):
        t = k / 59
        px = x + t * width
        py = y + math.sin(t * math.pi * rnd.uniform(3, 6)) * dpi * 0.08 + rnd.uniform(-3, 3) - t * dpi * 0.1
        points.append((px, py))
    draw.line(points, fill=colour, width=max(2, dpi // 90), joint="curve")
    draw.line(
        [(x + width * 0.1, y + dpi * 0.12), (x + width * 0.9, y - dpi * 0.05)], fill=colour, width=max(2, dpi // 110)
    )


def received_stamp(t: Typesetter, rnd: random.Random, after: str) -> Image.Image:
    """A purple-red rectangular "ĐẾN" stamp with its own pen-written number and date."""
    w, h = t.mm(52), t.mm(24)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    colour = (150, 30, 90, 230)
    d.rectangle((2, 2, w - 3, h - 3), outline=colour, width=3)
    font = ImageFont.truetype(str(SANS_BOLD), t.mm(3.2))
    d.text((t.mm(3), t.mm(2)), "VĂN PHÒNG UBND TỈNH AN GIANG", font=font, fill=colour)
    d.text((t.mm(3), t.mm(7.5)), "ĐẾN   Số:", font=font, fill=colour)
    d.text((t.mm(3), t.mm(13)), "Ngày:", font=font, fill=colour)
    d.text((t.mm(3), t.mm(18)), "Chuyển:", font=font, fill=colour)
    hand = ImageFont.truetype(str(HAND), t.mm(4.2))
    d.text((t.mm(21), t.mm(6.5)), str(rnd.randint(1200, 9800)), font=hand, fill=(20, 20, 60, 255))
    d.text((t.mm(15), t.mm(12)), after, font=hand, fill=(20, 20, 60, 255))
    return img.rotate(rnd.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)


def issuer(text: str) -> str:
    first = [ln.partition("\t")[0] for ln in text.split("\n")[:4]]
    words = " ".join(w for w in first if w and w != "*" and not w.startswith("Số"))
    return words.replace("ỦY BAN NHÂN DÂN", "UBND") or "AN GIANG"


def mark(t: Typesetter, text: str, rnd: random.Random, stem: str) -> None:
    """Seal and signature over the signer's title; a received stamp on most reports and some decisions."""
    if t.signature and "Người báo cáo" not in text:
        page, centre, top, name_y = t.signature
        image = t.pages[page].image
        size = t.mm(38)
        alpha = seal(size, issuer(text), rnd)
        x = int(centre - t.mm(30) + rnd.uniform(-t.mm(3), t.mm(3)))
        y = int((top + name_y) / 2 - size / 2 + rnd.uniform(-t.mm(3), t.mm(3)))
        red = Image.new("RGB", alpha.size, SEAL_RED)
        image.paste(red, (x, y), alpha.point(lambda v: int(v * 0.8)))
    if t.signature:
        page, centre, top, name_y = t.signature
        d = ImageDraw.Draw(t.pages[page].image)
        signature(d, int(centre - t.mm(18)), int(name_y - t.mm(10)), t.mm(36), rnd, t.dpi)
    dated = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    if dated and ((stem.startswith("bc-") and rnd.random() < 0.8) or rnd.random() < 0.25):
        day, month, year = int(dated[1]) + rnd.randint(1, 4), int(dated[2]), int(dated[3]) % 100
        stamp = received_stamp(t, rnd, f"{min(day, 28)}/{month}/{year}")
        image = t.pages[0].image
        image.paste(stamp, (int(t.left + rnd.uniform(0, t.mm(40))), int(t.mm(62) + rnd.uniform(0, t.mm(25)))), stamp)


def degrade(page: Image.Image, mode: str, rnd: random.Random, dpi: int, stem: str) -> Image.Image:
    """Scan (grey paper, noise, skew), photocopy (uneven toner, dark edge, streak) or fax (thresholded, coarse)."""
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    skew = rnd.uniform(-1.2, 1.2)
    if mode == "fax":
        grey = page.convert("L").rotate(skew, fillcolor=255, resample=Image.Resampling.BILINEAR)
        w, h = grey.size
        coarse = grey.resize((w, h // 2), Image.Resampling.BILINEAR).resize((w, h), Image.Resampling.NEAREST)
        arr = np.array(coarse, dtype=np.float32) + rng.normal(0, 25, (h, w))
        out = Image.fromarray(np.where(arr < 150, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(out)
        font = ImageFont.truetype(str(SERIF), int(9 / 72 * dpi))
        d.text(
            (int(0.3 * dpi), int(0.12 * dpi)),
            f"FAX: 0296 3852 {rnd.randint(100, 999)}   {stem.upper()}   P.01",
            font=font,
            fill=0,
        )
        return out.convert("1")
    arr = np.array(page.rotate(skew, fillcolor=(255, 255, 255), resample=Image.Resampling.BICUBIC), dtype=np.float32)
    h, w, _ = arr.shape
    paper = rnd.uniform(222, 238)
    arr = arr * (paper / 255.0)
    if mode == "photocopy":
        yy, xx = np.mgrid[0:h, 0:w]
        toner = 1.0 + 0.18 * np.sin(yy / h * math.pi * rnd.uniform(1, 3)) * np.cos(xx / w * math.pi)
        arr = np.clip(128 + (arr - 128) * 1.35 * toner[..., None], 0, 255)
        edge = int(0.25 * dpi * rnd.uniform(0.3, 1.0))
        arr[:, :edge] *= np.linspace(0.25, 1, edge)[None, :, None]
        sx = rnd.randint(w // 5, 4 * w // 5)
        arr[:, sx : sx + 3] *= 0.75
    arr += rng.normal(0, 5 if mode == "scan" else 8, (h, w, 1))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.6))


def render(stem: str) -> int:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rnd = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
    dpi = rnd.choice([200, 220, 240])
    t = Typesetter(dpi, rnd)
    t.render(text)
    mark(t, text, rnd, stem)
    roll = rnd.random()
    mode = "scan" if roll < 0.5 else "photocopy" if roll < 0.82 else "fax"
    pages = [degrade(p.image, mode, rnd, dpi, stem) for p in t.pages]
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    if mode == "fax":  # CCITT pages take no JPEG quality
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)
    else:
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi, quality=35)
    return len(pages)


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    total = sum(render(stem) for stem in stems)
    size = sum(p.stat().st_size for p in (HERE / "scans").glob("*.pdf"))
    print(f"{len(stems)} files, {total} pages, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
