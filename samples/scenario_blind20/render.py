"""Render scenario 20's texts as scans the way a city office's paperwork comes back: `scans/<stem>.pdf`.

    .venv/bin/python -m samples.scenario_blind20.render [STEM ...]

Why its own renderer: the scans are the scenario's measure, so they should carry what real ones carry (design.md,
"Real paperwork"): grey paper, a slight skew, the digits of the number and the day of the date filled in by pen in
near-black ink after printing, a red round seal over the left of the signer's title with a signature across it,
ruled tables, page numbers from page 2, and one of three ways back into the office — a flat-bed scan, a photocopy
(uneven toner, a dark binding edge, a streak) or a fax (thresholded, coarse lines, a sender line with its own date);
some carry an incoming "ĐẾN" stamp with a pen-written number and date. Every choice is seeded by the file name, so a
re-run gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
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
FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation2/LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation2/LiberationSerif-Bold.ttf"
SERIF_ITALIC = FONTS / "liberation2/LiberationSerif-Italic.ttf"
HAND = FONTS / "dejavu/DejaVuSansCondensed-Oblique.ttf"
SANS_BOLD = FONTS / "dejavu/DejaVuSans-Bold.ttf"
A4_MM = (210.0, 297.0)
INK = (28, 26, 30)
PEN = (22, 22, 34)
RED = (205, 32, 38)
TITLES = {"QUYẾT ĐỊNH", "BÁO CÁO", "QUY CHẾ", "QUYẾT ĐỊNH:", "BAN THƯỜNG VỤ THÀNH ỦY QUYẾT ĐỊNH"}


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    signatures: list[tuple[int, int, int]] = field(default_factory=list)


class Typesetter:
    """Lays the text's lines on A4 pages: header columns, titles, justified body, ruled tables, signature block."""

    def __init__(self, dpi: int, rng: random.Random, issuer: str) -> None:
        self.dpi, self.rng, self.issuer = dpi, rng, issuer
        self.px = dpi / 25.4
        self.width, self.height = (round(v * self.px) for v in A4_MM)
        self.left, self.right = round(30 * self.px), self.width - round(18 * self.px)
        self.top, self.bottom = round(20 * self.px), self.height - round(20 * self.px)
        size = round(13.5 / 72 * dpi)
        self.font = ImageFont.truetype(str(SERIF), size)
        self.bold = ImageFont.truetype(str(SERIF_BOLD), size)
        self.small = ImageFont.truetype(str(SERIF), round(size * 0.82))
        self.small_bold = ImageFont.truetype(str(SERIF_BOLD), round(size * 0.82))
        self.italic = ImageFont.truetype(str(SERIF_ITALIC), size)
        self.hand = ImageFont.truetype(str(HAND), round(size * 1.25))
        self.line = round(size * 1.42)
        self.pages: list[Page] = []
        self.y = 0
        self.new_page()

    def new_page(self) -> None:
        image = Image.new("RGB", (self.width, self.height), (255, 255, 255))
        self.pages.append(Page(image, ImageDraw.Draw(image)))
        self.y = self.top
        if len(self.pages) > 1:
            self.centre(str(len(self.pages)), self.left, self.right, self.small)
            self.y += self.line // 2

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return self.pages[-1].draw

    def room(self, lines: int = 1) -> None:
        if self.y + lines * self.line > self.bottom:
            self.new_page()

    def centre(self, text: str, x0: int, x1: int, font: ImageFont.FreeTypeFont) -> None:
        w = font.getlength(text)
        self.draw.text((x0 + (x1 - x0 - w) / 2, self.y), text, font=font, fill=INK)
        self.y += self.line

    def wrap(self, text: str, width: float, font: ImageFont.FreeTypeFont, indent: float = 0) -> list[str]:
        words, lines, cur = text.split(), list[str](), ""
        for word in words:
            trial = f"{cur} {word}".strip()
            if font.getlength(trial) + (indent if not lines else 0) > width and cur:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return [*lines, cur] if cur else lines

    def paragraph(self, text: str, font: ImageFont.FreeTypeFont | None = None) -> None:
        font = font or self.font
        indent = round(10 * self.px)
        width = self.right - self.left
        lines = self.wrap(text, width, font, indent)
        for i, line in enumerate(lines):
            self.room()
            x0 = self.left + (indent if i == 0 else 0)
            words = line.split()
            if i < len(lines) - 1 and len(words) > 1:
                space = (width - (x0 - self.left) - sum(font.getlength(w) for w in words)) / (len(words) - 1)
                x = float(x0)
                for word in words:
                    self.draw.text((x, self.y), word, font=font, fill=INK)
                    x += font.getlength(word) + space
            else:
                self.draw.text((x0, self.y), line, font=font, fill=INK)
            self.y += self.line

    def pen_digits(self, x: float, y: float, digits: str) -> float:
        """Digits filled in by pen on the printed form: a hand-like face, near-black, each a little off its line."""
        for ch in digits:
            dx, dy = self.rng.uniform(-2, 3), self.rng.uniform(-6, 3)
            side = int(self.hand.size * 2)
            glyph = Image.new("L", (side, side), 0)
            ImageDraw.Draw(glyph).text((self.hand.size // 2, self.hand.size // 4), ch, font=self.hand, fill=255)
            glyph = glyph.rotate(self.rng.uniform(-12, 8), resample=Image.Resampling.BICUBIC)
            self.pages[-1].image.paste(
                PEN, (round(x + dx - self.hand.size // 2), round(y + dy - self.line * 0.35)), glyph
            )
            x += self.hand.getlength(ch) * self.rng.uniform(0.85, 1.05)
        return x

    def filled(self, x: float, text: str, pattern: str, font: ImageFont.FreeTypeFont) -> None:
        """Print `text` at x with the group of `pattern` written by pen (the form's blank) instead of typed."""
        m = re.search(pattern, text)
        if not m:
            self.draw.text((x, self.y), text, font=font, fill=INK)
            return
        before, digits, after = text[: m.start(1)], m[1], text[m.end(1) :]
        self.draw.text((x, self.y), before, font=font, fill=INK)
        x += font.getlength(before) + font.getlength(" ") * 0.6
        x = self.pen_digits(x, self.y, digits) + font.getlength(" ") * 0.4
        self.draw.text((x, self.y), after, font=font, fill=INK)

    def header(self, rows: list[tuple[str, str]]) -> None:
        """The two-column top: issuer left, motto (and place-date) right; the number and the day are pen-filled."""
        split = self.left + round((self.right - self.left) * 0.42)
        for left, right in rows:
            self.room()
            if not left and not right:
                self.y += self.line // 3
                continue
            if left.startswith("V/v"):
                for line in self.wrap(left, split - self.left, self.small):
                    self.draw.text((self.left, self.y), line, font=self.small, fill=INK)
                    self.y += round(self.line * 0.85)
                continue
            for text, x0, x1 in ((left, self.left - round(8 * self.px), split), (right, split, self.right)):
                if not text:
                    continue
                font = self.small_bold if text.isupper() or text == "*" else self.small
                if text.startswith("Độc lập"):
                    font = self.bold
                elif x0 < split and font.getlength(text) > x1 - x0:
                    font = ImageFont.truetype(
                        str(SERIF_BOLD), round(self.small.size * (x1 - x0) / font.getlength(text))
                    )
                if text.startswith("Số"):
                    font = self.font
                    w = font.getlength(text) + self.hand.size
                    self.filled(x0 + (x1 - x0 - w) / 2, text, r"^Số:? ?(\d+)", font)
                elif "ngày" in text and "tháng" in text:
                    w = self.italic.getlength(text)
                    self.filled(x0 + (x1 - x0 - w) / 2, text, r"ngày (\d+) tháng", self.italic)
                else:
                    w = font.getlength(text)
                    self.draw.text((x0 + (x1 - x0 - w) / 2, self.y), text, font=font, fill=INK)
                    if text.startswith("Độc lập"):
                        y = self.y + self.line * 0.9
                        self.draw.line((x0 + (x1 - x0 - w) / 2, y, x0 + (x1 + w - x0) / 2, y), fill=INK, width=2)
            self.y += self.line

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table; column widths follow the longest cell, text wrapped inside."""
        width = self.right - self.left
        longest = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(len(rows[0]))]
        share = [max(4, min(n, 60)) for n in longest]
        cols = [width * s / sum(share) for s in share]
        pad = round(1.5 * self.px)
        for k, row in enumerate(rows):
            font = self.small_bold if k == 0 else self.small
            cells = [self.wrap(c, cols[i] - 2 * pad, font) for i, c in enumerate(row)]
            height = max(len(c) for c in cells) * round(self.line * 0.85) + pad
            if self.y + height > self.bottom:
                self.new_page()
            x = float(self.left)
            for i, lines in enumerate(cells):
                self.draw.rectangle((x, self.y, x + cols[i], self.y + height), outline=INK, width=2)
                for j, line in enumerate(lines):
                    self.draw.text(
                        (x + pad, self.y + pad // 2 + j * round(self.line * 0.85)), line, font=font, fill=INK
                    )
                x += cols[i]
            self.y += height
        self.y += self.line // 3

    def signature_block(self, rows: list[tuple[str, str]]) -> None:
        """Nơi nhận on the left in small type, the signer's title and name centred on the right, the name last."""
        if self.y + (len(rows) + 3) * self.line > self.bottom:
            self.new_page()
        split = self.left + round((self.right - self.left) * 0.48)
        title_y, name_y = None, None
        for k, (left, right) in enumerate(rows):
            if left:
                font = self.small_bold if left.startswith("Nơi nhận") else self.small
                self.draw.text((self.left, self.y), left, font=font, fill=INK)
            if right:
                last = k == len(rows) - 1
                y = self.y + (self.line * 2 if last else 0)
                font = self.bold
                w = font.getlength(right)
                self.draw.text((split + (self.right - split - w) / 2, y), right, font=font, fill=INK)
                if title_y is None:
                    title_y = self.y
                if last:
                    name_y = y
            self.y += round(self.line * 0.85)
        self.y += self.line * 2
        if title_y is not None:
            self.pages[-1].signatures.append((split, title_y, name_y or title_y))


def subtitle_line(previous: tuple[str, object], line: str) -> bool:
    """A line of the subject under the document type ("BÁO CÁO / Kết quả …", the Quy chế's several lines)."""
    kind, value = previous
    return (kind == "title" and value in ("QUYẾT ĐỊNH", "BÁO CÁO")) or (
        (kind == "subtitle" or previous == ("title", "QUY CHẾ")) and not line.startswith("(")
    )


def parse_blocks(text: str) -> list[tuple[str, object]]:
    """The text's lines grouped as the typesetter lays them: header rows, titles, tables, paragraphs, signature."""
    lines = text.rstrip("\n").split("\n")
    blocks: list[tuple[str, object]] = []
    i = 0
    head: list[tuple[str, str]] = []
    while i < len(lines) and lines[i] not in TITLES and not lines[i].startswith("Kính gửi"):
        left, _, right = lines[i].partition("\t")
        if left.startswith("Đà Nẵng, ngày") and not right:
            left, right = "", left
        head.append((left, right))
        i += 1
    blocks.append(("header", head))
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            blocks.append(("gap", None))
        elif line.startswith("Nơi nhận") or (line.startswith("\t") and lines[i + 1 : i + 2] and "\t" in lines[i + 1]):
            rows = []
            while i < len(lines) and lines[i].strip():
                left, _, right = lines[i].partition("\t")
                rows.append((left, right.strip()))
                i += 1
            blocks.append(("signature", rows))
            continue
        elif line.startswith(("Số", "THÀNH ỦY", "ĐOÀN", "ỦY BAN", "UBND")) and "\t" in line:
            rows = []
            while i < len(lines) and lines[i].strip() and lines[i] not in TITLES:
                left, _, right = lines[i].partition("\t")
                rows.append((left, right))
                i += 1
            blocks.append(("header", rows))
            continue
        elif "\t" in line:
            cells = []
            while i < len(lines) and "\t" in lines[i]:
                cells.append(lines[i].split("\t"))
                i += 1
            blocks.append(("table", cells))
            continue
        elif re.match(r"^[IVX]+\. ", line):
            blocks.append(("heading", line))
        elif line in TITLES or (line.isupper() and len(line) < 60) or line.startswith(("Chương ", "Về việc", "V/v")):
            blocks.append(("title", line))
        elif set(line) <= {"-", "*"}:
            blocks.append(("rule", line))
        elif subtitle_line(blocks[-1], line):
            blocks.append(("subtitle", line))
        else:
            blocks.append(("para", line))
        i += 1
    return blocks


def typeset(text: str, dpi: int, rng: random.Random) -> list[Page]:
    issuer = text.split("\n", 1)[0].split("\t")[0]
    ts = Typesetter(dpi, rng, issuer)
    for kind, value in parse_blocks(text):
        if kind == "header":
            ts.header(value)  # type: ignore[arg-type]
        elif kind == "gap":
            ts.y += ts.line // 3
        elif kind == "title":
            ts.room(3)
            ts.centre(str(value), ts.left, ts.right, ts.bold)
        elif kind == "subtitle":
            for line in ts.wrap(str(value), (ts.right - ts.left) * 0.8, ts.bold):
                ts.room()
                ts.centre(line, ts.left, ts.right, ts.bold)
        elif kind == "heading":
            ts.room(2)
            ts.draw.text((ts.left, ts.y), str(value), font=ts.bold, fill=INK)
            ts.y += ts.line
        elif kind == "rule":
            if str(value).startswith("----------"):
                ts.new_page()
            else:
                w = round(25 * ts.px)
                mid = (ts.left + ts.right) // 2
                ts.draw.line((mid - w, ts.y + ts.line // 2, mid + w, ts.y + ts.line // 2), fill=INK, width=2)
                ts.y += ts.line
        elif kind == "table":
            ts.table(value)  # type: ignore[arg-type]
        elif kind == "signature":
            ts.signature_block(value)  # type: ignore[arg-type]
        else:
            ts.paragraph(str(value))
    for page in ts.pages:
        for x, title_y, name_y in page.signatures:
            seal(page.image, x, title_y, name_y, ts, rng)
    return ts.pages


def seal(image: Image.Image, split: int, title_y: int, name_y: int, ts: Typesetter, rng: random.Random) -> None:
    """A red round seal over the left of the signer's title, the issuer round its ring, a star inside; a signature
    across title and name."""
    r = round(19 * ts.px)
    cx = split + round((ts.right - split) * 0.28) + rng.randint(-r // 5, r // 5)
    cy = title_y + round(ts.line * 1.8) + rng.randint(-r // 6, r // 6)
    layer = Image.new("L", (2 * r + 4, 2 * r + 4), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((2, 2, 2 * r + 2, 2 * r + 2), outline=255, width=max(3, r // 14))
    d.ellipse((r // 3 + 2, r // 3 + 2, 2 * r - r // 3 + 2, 2 * r - r // 3 + 2), outline=255, width=max(2, r // 30))
    font = ImageFont.truetype(str(SANS_BOLD), max(10, r // 6))
    label = f"{ts.issuer} * ĐÀ NẴNG *".upper()
    for k, ch in enumerate(label):
        angle = -math.pi / 2 - math.pi * 0.95 + 2 * math.pi * 0.95 * k / max(1, len(label) - 1)
        side = int(font.size * 2)
        glyph = Image.new("L", (side, side), 0)
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 2), ch, font=font, fill=255)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = r + 2 + (r * 0.83) * math.cos(angle) - font.size
        gy = r + 2 + (r * 0.83) * math.sin(angle) - font.size
        layer.paste(255, (round(gx), round(gy)), glyph)
    star = [
        (
            r + 2 + r * 0.3 * (1 if k % 2 == 0 else 0.4) * math.cos(-math.pi / 2 + k * math.pi / 5),
            r + 2 + r * 0.3 * (1 if k % 2 == 0 else 0.4) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    alpha = np.asarray(layer, dtype=np.float32) / 255
    alpha *= np.clip(np.random.default_rng(rng.randint(0, 2**31)).normal(0.8, 0.18, alpha.shape), 0.2, 1)
    layer = Image.fromarray((alpha * 255).astype(np.uint8)).rotate(rng.uniform(-25, 25))
    image.paste(RED, (cx - r - 2, cy - r - 2), layer)
    ink = (rng.randint(20, 45), rng.randint(30, 60), rng.randint(110, 150))
    d = ImageDraw.Draw(image)
    x0, y0 = cx - r * 0.2, title_y + ts.line * 2.2
    pts = []
    for k in range(40):
        t = k / 39
        pts.append(
            (x0 + t * r * 2.6 + rng.uniform(-3, 3), y0 + math.sin(t * rng.uniform(9, 14)) * ts.line * 0.6 - t * 10)
        )
    d.line(pts, fill=ink, width=max(2, ts.dpi // 90), joint="curve")
    d.line((x0 + r * 0.4, y0 + ts.line * 0.7, x0 + r * 2.4, y0 + ts.line * 0.3), fill=ink, width=max(2, ts.dpi // 110))
    del name_y


def received_stamp(image: Image.Image, ts: Typesetter, dated: dt.date, rng: random.Random) -> None:
    """An incoming "ĐẾN" stamp in violet ink over the upper body, its number and date written by pen."""
    w, h = round(62 * ts.px), round(24 * ts.px)
    x = rng.randint(ts.left, ts.right - w)
    y = rng.randint(round(60 * ts.px), round(95 * ts.px))
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((1, 1, w - 2, h - 2), outline=255, width=3)
    font = ImageFont.truetype(str(SANS_BOLD), h // 8)
    d.text((6, 4), "VĂN PHÒNG UBND TP ĐÀ NẴNG", font=font, fill=255)
    d.text((6, 4 + h // 4), "ĐẾN  Số:", font=font, fill=255)
    d.text((6, 4 + h // 2), "Ngày:", font=font, fill=255)
    hand = ImageFont.truetype(str(HAND), h // 5)
    received = dated + dt.timedelta(days=rng.randint(1, 4))
    d.text((w // 2, 2 + h // 4), str(rng.randint(1200, 9800)), font=hand, fill=255)
    d.text((w // 3, 2 + h // 2), f"{received.day}/{received.month}/{received.year % 100}", font=hand, fill=255)
    layer = layer.rotate(rng.uniform(-6, 6), expand=True)
    image.paste((92, 48, 150), (x, y), layer)


def degrade(image: Image.Image, mode: str, rng: random.Random, stamp_line: str) -> Image.Image:
    """Back into the office as a flat-bed scan, a photocopy or a fax."""
    seed = np.random.default_rng(rng.randint(0, 2**31))
    image = image.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(image, dtype=np.float32)
    h, w, _ = arr.shape
    if mode == "fax":
        grey = arr.mean(axis=2)
        grey = np.where(grey + seed.normal(0, 25, grey.shape) < 150, 0, 255).astype(np.uint8)
        small = (
            Image.fromarray(grey).resize((w, h // 2), Image.Resampling.NEAREST).resize((w, h), Image.Resampling.NEAREST)
        )
        out = small.convert("RGB")
        ImageDraw.Draw(out).text((40, 12), stamp_line, font=ImageFont.truetype(str(SERIF), h // 150), fill=(0, 0, 0))
        return out
    paper = np.array([236, 233, 226], dtype=np.float32) - seed.uniform(0, 18)
    arr = arr / 255 * paper
    if mode == "photocopy":
        toner = np.linspace(rng.uniform(0.75, 0.95), 1.0, w)[None, :, None]
        arr = (255 - (255 - arr) * toner * 1.15).astype(np.float32)
        edge = round(w * rng.uniform(0.015, 0.035))
        arr[:, :edge] *= np.linspace(0.25, 1, edge)[None, :, None]
        streak = rng.randint(w // 5, w - w // 5)
        arr[:, streak : streak + 3] *= 0.75
    arr += seed.normal(0, 7 if mode == "scan" else 11, (h, w, 1))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.6 if mode == "scan" else 0.8))


def render(stem: str) -> Path:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rng = random.Random(zlib.crc32(stem.encode()))
    dpi = rng.choice([200, 210, 220])
    pages = typeset(text, dpi, rng)
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    dated = dt.date(int(m[3]), int(m[2]), int(m[1])) if m else dt.date(2026, 1, 1)
    mode = rng.choices(["scan", "photocopy", "fax"], weights=[5, 4, 2])[0]
    ts = Typesetter(dpi, rng, "")
    if stem.startswith("bc-") or rng.random() < 0.25:
        received_stamp(pages[0].image, ts, dated, rng)
    sent = dated + dt.timedelta(days=rng.randint(0, 3))
    fax_line = f"{sent.strftime('%d/%m/%Y')} 09:{rng.randint(10, 59)}  FAX +84 236 38{rng.randint(10000, 99999)}  P.01"
    images = [degrade(p.image, mode, rng, fax_line) for p in pages]
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=38)
    return out


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    for stem in stems:
        print(render(stem))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
