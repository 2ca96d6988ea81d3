"""Render scenario 22's typed texts as scanned paper: `.venv/bin/python -m samples.scenario_blind22.render`.

Why: the scenario is scored on scans, and real ministry paperwork reaches the reader as a grey, slightly skewed image
with the number and the day of the date filled in by pen after signing, a red seal over the signer's title with a
signature across it, an incoming-mail stamp on some, and photocopy or fax damage on many. Each file's look is seeded
by its name, so the scans are reproducible.
"""

from __future__ import annotations

import math
import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation2" / "LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation2" / "LiberationSerif-Bold.ttf"
SERIF_ITALIC = FONTS / "liberation2" / "LiberationSerif-Italic.ttf"
SANS_BOLD = FONTS / "liberation2" / "LiberationSans-Bold.ttf"
HAND = FONTS / "dejavu" / "DejaVuSansCondensed-Oblique.ttf"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
DOC_TYPES = ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY CHẾ")
RED = (200, 30, 35)


@dataclass
class Look:
    """How one file comes back from the copier: its resolution, kind of damage and stamps."""

    dpi: int
    mode: str  # scan | photocopy | fax
    skew: float
    received: bool
    rng: random.Random


@dataclass
class Page:
    ink: Image.Image  # L: 255 paper, 0 black print
    colour: list[tuple[str, tuple[float, float], dict[str, object]]] = field(default_factory=list)


def font(path: Path, pt: float, dpi: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), round(pt * dpi / 72))


class Writer:
    """Lays the text out on A4 pages top to bottom, opening a new page when one is full."""

    def __init__(self, look: Look) -> None:
        self.look = look
        mm = look.dpi / 25.4
        self.mm = mm
        self.w, self.h = round(210 * mm), round(297 * mm)
        self.left, self.right = round(30 * mm), round(190 * mm)
        self.top, self.bottom = round(20 * mm), round(277 * mm)
        self.body = font(SERIF, 13, look.dpi)
        self.bold = font(SERIF_BOLD, 13, look.dpi)
        self.italic = font(SERIF_ITALIC, 13, look.dpi)
        self.small = font(SERIF, 11, look.dpi)
        self.small_bold = font(SERIF_BOLD, 11, look.dpi)
        self.hand = font(HAND, 15, look.dpi)
        self.step = round(13 * look.dpi / 72 * 1.32)
        self.pages: list[Page] = []
        self.y: float = self.top
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page(Image.new("L", (self.w, self.h), 255)))
        self.draw = ImageDraw.Draw(self.pages[-1].ink)
        self.y = self.top
        if len(self.pages) > 1:
            label = str(len(self.pages))
            self.draw.text(((self.w - self.small.getlength(label)) / 2, self.top - 6 * self.mm), label, 0, self.small)

    def room(self, lines: int = 1) -> None:
        if self.y + lines * self.step > self.bottom:
            self.new_page()

    def centred(self, text: str, f: ImageFont.FreeTypeFont, x0: float, x1: float, y: float) -> None:
        self.draw.text(((x0 + x1 - f.getlength(text)) / 2, y), text, 0, f)

    def wrap(self, text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
        out, line = [], ""
        for word in text.split(" "):
            trial = f"{line} {word}".strip()
            if line and f.getlength(trial) > width:
                out.append(line)
                line = word
            else:
                line = trial
        return [*out, line]

    def pen(self, text: str, x: float, y: float) -> float:
        """Digits written by hand: near-black, each glyph tilted and shifted a little; returns the end x."""
        rng = self.look.rng
        for ch in text:
            size = round(self.hand.size * 1.4)
            glyph = Image.new("L", (size, size), 0)
            ImageDraw.Draw(glyph).text((size * 0.15, size * 0.05), ch, 255, self.hand, stroke_width=1)
            glyph = glyph.rotate(rng.uniform(-12, 8), resample=Image.Resampling.BICUBIC)
            dark = Image.new("L", glyph.size, rng.randint(15, 45))
            self.pages[-1].ink.paste(dark, (round(x), round(y - size * 0.12 + rng.uniform(-3, 3))), glyph)
            x += self.hand.getlength(ch) * rng.uniform(0.95, 1.2)
        return x

    def header(self, issuer: list[str], number: str | None, date: str | None) -> None:
        col = self.left + (self.right - self.left) * 0.42
        y0 = self.y
        for i, line in enumerate(issuer):
            f = self.bold if i == len(issuer) - 1 else self.body
            self.centred(line, f, self.left - 10 * self.mm, col, y0 + i * self.step)
        rule_y = y0 + len(issuer) * self.step + 4
        mid = (self.left - 10 * self.mm + col) / 2
        self.draw.line((mid - 14 * self.mm, rule_y, mid + 14 * self.mm, rule_y), 0, 2)
        self.centred(MOTTO[0], self.small_bold, col, self.right + 8 * self.mm, y0)
        self.centred(MOTTO[1], self.bold, col, self.right + 8 * self.mm, y0 + self.step)
        mid_r = (col + self.right + 8 * self.mm) / 2
        half = self.bold.getlength(MOTTO[1]) / 2
        self.draw.line((mid_r - half, y0 + 2 * self.step + 2, mid_r + half, y0 + 2 * self.step + 2), 0, 2)
        self.y = max(rule_y, y0 + 2 * self.step) + self.step * 0.6
        if number:
            self.number_line(number, mid)
        if date:
            self.date_line(date, mid_r)
        self.y += self.step * 1.6

    def number_line(self, line: str, mid: float) -> None:
        m = re.match(r"Số: (\d+)(/.+)", line)
        assert m, line
        gap = self.hand.getlength(m[1]) + 14
        x = mid - (self.body.getlength("Số: ") + gap + self.body.getlength(m[2])) / 2
        self.draw.text((x, self.y), "Số: ", 0, self.body)
        x += self.body.getlength("Số: ")
        self.pen(m[1], x + 4, self.y)
        self.draw.text((x + gap, self.y), m[2], 0, self.body)

    def date_line(self, line: str, mid: float) -> None:
        m = re.match(r"(.+ngày )(\d+)( .+)", line)
        assert m, line
        gap = self.hand.getlength(m[2]) + 24
        total = self.italic.getlength(m[1]) + gap + self.italic.getlength(m[3])
        x = mid - total / 2
        self.draw.text((x, self.y), m[1], 0, self.italic)
        x += self.italic.getlength(m[1])
        self.pen(m[2], x + 8, self.y)
        self.draw.text((x + gap, self.y), m[3], 0, self.italic)

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, indent: bool = True) -> None:
        first = 10 * self.mm if indent else 0
        for i, line in enumerate(self.wrap(text, f, self.right - self.left - first)):
            self.room()
            self.draw.text((self.left + (first if i == 0 else 0), self.y), line, 0, f)
            self.y += self.step

    def centred_line(self, text: str, f: ImageFont.FreeTypeFont) -> None:
        for line in self.wrap(text, f, self.right - self.left):
            self.room()
            self.centred(line, f, self.left, self.right, self.y)
            self.y += self.step

    def table(self, rows: list[list[str]]) -> None:
        width = self.right - self.left + 8 * self.mm
        x0 = self.left - 4 * self.mm
        weights = [max(len(r[i]) for r in rows) ** 0.8 + 3 for i in range(len(rows[0]))]
        cols = [width * w / sum(weights) for w in weights]
        pad = 6
        for n, row in enumerate(rows):
            f = self.small_bold if n == 0 else self.small
            cells = [self.wrap(c, f, cw - 2 * pad) for c, cw in zip(row, cols, strict=True)]
            height = max(len(c) for c in cells) * self.small.size * 1.25 + 2 * pad
            if self.y + height > self.bottom:
                self.new_page()
            x = x0
            for cell, cw in zip(cells, cols, strict=True):
                self.draw.rectangle((x, self.y, x + cw, self.y + height), outline=0, width=2)
                for k, line in enumerate(cell):
                    self.draw.text((x + pad, self.y + pad + k * self.small.size * 1.25), line, 0, f)
                x += cw
            self.y += height
        self.y += self.step * 0.4

    def signature(self, recipients: list[str], block: list[str], seal: str | None) -> None:
        """Nơi nhận on the left, the signer's block on the right; the seal over the left of the title."""
        lines = len(block) + 3
        self.room(max(lines, len(recipients)))
        y0 = self.y + self.step * 0.3
        col = self.left + (self.right - self.left) * 0.46
        for i, line in enumerate(recipients):
            f = font(SERIF_BOLD, 11, self.look.dpi) if i == 0 else font(SERIF, 10, self.look.dpi)
            self.draw.text((self.left - 6 * self.mm, y0 + i * self.small.size * 1.2), line, 0, f)
        titles = [b for b in block if b][:-1]
        name = block[-1]
        y = y0
        for t in titles:
            self.centred(t, self.bold, col, self.right + 6 * self.mm, y)
            y += self.step
        sign_y = y
        y += self.step * 3.2
        self.centred(name, self.bold, col, self.right + 6 * self.mm, y)
        page = self.pages[-1]
        cx = (col + self.right + 6 * self.mm) / 2
        if seal:
            r = 18 * self.mm
            page.colour.append(("seal", (cx - 0.55 * r, y0 + self.step * 1.2 + 0.4 * r), {"text": seal, "r": r}))
        page.colour.append(("signature", (cx - 18 * self.mm, sign_y + self.step * 0.4), {"w": 38 * self.mm}))
        self.y = max(y + self.step * 1.5, y0 + len(recipients) * self.small.size * 1.2)


def parse_blocks(text: str) -> list[tuple[str, list[str]]]:
    """The text as (kind, lines) blocks: header, body, signature, and a second header for an attached Quy chế."""
    lines = text.rstrip("\n").split("\n")
    blocks: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        head = []
        while i < len(lines) and not lines[i].startswith(("Số:", "QUY CHẾ", "QUYẾT ĐỊNH", "BÁO CÁO")):
            head.append(lines[i])
            i += 1
        if i < len(lines) and lines[i].startswith("Số:"):
            head += lines[i : i + 2]
            i += 2
        blocks.append(("header", head))
        body = []
        while i < len(lines) and lines[i] != "Nơi nhận:":
            body.append(lines[i])
            i += 1
        blocks.append(("body", body))
        if i >= len(lines):
            break
        sig = []
        while i < len(lines) and (lines[i] in ("Nơi nhận:", "") or lines[i].startswith("- ")):
            sig.append(lines[i])
            i += 1
        while i < len(lines) and lines[i] == lines[i].upper() and lines[i]:
            sig.append(lines[i])
            i += 1
        while i < len(lines) and not lines[i]:
            i += 1
        sig.append(lines[i])
        i += 1
        blocks.append(("signature", sig))
        while i < len(lines) and not lines[i]:
            i += 1
    return blocks


def write(text: str, look: Look, seal: str) -> list[Page]:
    w = Writer(look)
    after_type = False
    for kind, lines in parse_blocks(text):
        if kind == "header":
            if w.y > w.top:
                w.new_page()
            motto = [ln for ln in lines if ln not in MOTTO]
            number = next((ln for ln in motto if ln.startswith("Số:")), None)
            date = next((ln for ln in motto if "ngày" in ln), None)
            issuer = [ln for ln in motto if ln not in (number, date)]
            w.header(issuer, number, date)
        elif kind == "body":
            k = 0
            while k < len(lines):
                line = lines[k]
                if "\t" in line:
                    rows = []
                    while k < len(lines) and "\t" in lines[k]:
                        rows.append(lines[k].split("\t"))
                        k += 1
                    w.table(rows)
                    continue
                if not line:
                    w.y += w.step * 0.35
                elif line in DOC_TYPES or (line.isupper() and len(line) < 60) or line.startswith("Chương "):
                    w.centred_line(line, w.bold)
                    after_type = line in DOC_TYPES
                elif after_type or line.startswith(("(Ban hành", "Kính gửi")):
                    w.centred_line(line, w.italic if line.startswith("(") else w.bold)
                    after_type = False
                elif line == "QUYẾT ĐỊNH:":
                    w.centred_line(line, w.bold)
                elif re.match(r"(Điều \d+\. [^.]{0,60}$|[IV]+\. )", line):
                    w.paragraph(line, w.bold)
                else:
                    w.paragraph(line, w.body)
                k += 1
        else:
            recipients = [ln for ln in lines if ln.startswith(("Nơi nhận", "- "))]
            block = [ln for ln in lines if ln not in recipients and ln]
            w.signature(recipients, block, None if block[0] == "TRƯỞNG ĐOÀN" else seal)
    return w.pages


def draw_seal(layer: Image.Image, centre: tuple[float, float], r: float, text: str, dpi: int) -> None:
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    for rad, width in ((r, 5), (r * 0.93, 2), (r * 0.62, 3)):
        d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=255, width=width)
    f = font(SANS_BOLD, 7.5, dpi)
    span = 300.0
    step = span / max(len(text), 1)
    for i, ch in enumerate(text):
        angle = math.radians(-90 - span / 2 + i * step + step / 2)
        glyph = Image.new("L", (round(f.size * 2), round(f.size * 2)), 0)
        ImageDraw.Draw(glyph).text((f.size * 0.5, f.size * 0.4), ch, 255, f)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = cx + r * 0.78 * math.cos(angle) - glyph.width / 2
        gy = cy + r * 0.78 * math.sin(angle) - glyph.height / 2
        layer.paste(255, (round(gx), round(gy)), glyph)
    star = [
        (cx + r * (0.3 if k % 2 == 0 else 0.12) * math.cos(math.radians(-90 + k * 36)),
         cy + r * (0.3 if k % 2 == 0 else 0.12) * math.sin(math.radians(-90 + k * 36)))
        for k in range(10)
    ]  # fmt: skip
    d.polygon(star, fill=255)


def draw_signature(layer: Image.Image, start: tuple[float, float], width: float, rng: random.Random) -> None:
    d = ImageDraw.Draw(layer)
    x, y = start
    points = []
    for k in range(60):
        t = k / 59
        points.append((x + width * t, y + 40 * math.sin(t * rng.uniform(9, 14)) * (1 - t * 0.5) + rng.uniform(-5, 5)))
    d.line(points, fill=255, width=4, joint="curve")
    d.line((x + width * 0.1, y + 50, x + width * 1.05, y - 20), fill=255, width=3)


def draw_received(layer: Image.Image, at: tuple[float, float], dpi: int, rng: random.Random, day: str) -> None:
    """An incoming-mail stamp: its own number and a pen-written date."""
    d = ImageDraw.Draw(layer)
    mm = dpi / 25.4
    x, y = at
    d.rectangle((x, y, x + 58 * mm, y + 26 * mm), outline=255, width=4)
    f, big = font(SANS_BOLD, 9, dpi), font(SANS_BOLD, 15, dpi)
    d.text((x + 4 * mm, y + 2 * mm), "VĂN PHÒNG BỘ NN&MT", 255, f)
    d.text((x + 4 * mm, y + 7 * mm), "ĐẾN", 255, big)
    d.text((x + 22 * mm, y + 8 * mm), f"Số: {rng.randint(1200, 9800)}", 255, f)
    d.text((x + 4 * mm, y + 15 * mm), f"Ngày: {day}", 255, f)
    d.text((x + 4 * mm, y + 20 * mm), "Chuyển: HTQT", 255, f)


def finish(page: Page, look: Look, index: int, total: int, sent: str) -> Image.Image:
    """Paper, coloured ink, skew and the copier's damage."""
    rng = look.rng
    ink = np.asarray(page.ink, dtype=np.float32) / 255
    h, w = ink.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    paper = 232 + 8 * np.sin(xx / w * rng.uniform(2, 5)) * np.cos(yy / h * rng.uniform(1, 3))
    rgb = np.repeat((paper * (0.1 + 0.9 * ink))[..., None], 3, axis=2)
    red = Image.new("L", page.ink.size, 0)
    blue = Image.new("L", page.ink.size, 0)
    for kind, at, opts in page.colour:
        if kind == "seal":
            draw_seal(red, at, float(str(opts["r"])), str(opts["text"]), look.dpi)
        elif kind == "signature":
            draw_signature(blue, at, float(str(opts["w"])), rng)
        else:
            draw_received(red, at, look.dpi, rng, str(opts["day"]))
    red_a = np.asarray(red.filter(ImageFilter.GaussianBlur(1.2)), dtype=np.float32)[..., None] / 255 * 0.8
    blue_a = np.asarray(blue.filter(ImageFilter.GaussianBlur(0.8)), dtype=np.float32)[..., None] / 255 * 0.85
    rgb = rgb * (1 - red_a) + np.minimum(rgb, np.array(RED, dtype=np.float32)) * red_a
    rgb = rgb * (1 - blue_a) + np.minimum(rgb, np.array((30, 40, 120), dtype=np.float32)) * blue_a
    rgb += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4, rgb.shape)
    img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    img = img.rotate(look.skew, resample=Image.Resampling.BICUBIC, fillcolor=(226, 226, 224))
    if look.mode == "scan":
        return img.filter(ImageFilter.GaussianBlur(0.5))
    grey = np.asarray(img.convert("L"), dtype=np.float32)
    if look.mode == "photocopy":
        toner = 0.8 + 0.35 * (xx / w) * rng.uniform(0.6, 1.0)
        grey = 255 - (255 - grey) * toner * 1.25
        edge = int(w * rng.uniform(0.015, 0.03))
        grey[:, :edge] *= np.linspace(0.25, 1, edge)[None, :]
        streak = rng.randint(w // 5, w - w // 5)
        grey[:, streak : streak + 3] *= 0.75
        speckle = np.random.default_rng(rng.randint(0, 2**31)).random(grey.shape) < 0.0007
        grey[speckle] = 40
        return Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
    low = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").resize((w, h // 2), Image.Resampling.BILINEAR)
    fax = low.resize((w, h), Image.Resampling.NEAREST).point(lambda v: 255 if v > 150 else 0)
    d = ImageDraw.Draw(fax)
    f = font(SERIF, 8, look.dpi)
    d.rectangle((0, 0, w, round(7 * look.dpi / 25.4)), fill=255)
    d.text((20, 8), f"FROM : BO NN&MT - VP    FAX : 024 3843 {rng.randint(1000, 9999)}    {sent}", 0, f)
    d.text((w - 300, 8), f"P.{index:03d}/{total:03d}", 0, f)
    return fax.convert("1")


def look_for(stem: str) -> Look:
    rng = random.Random(zlib.crc32(stem.encode()))
    mode = "scan" if stem.startswith("00-") else rng.choices(["scan", "photocopy", "fax"], weights=[5, 4, 2])[0]
    dpi = 200 if mode != "scan" else rng.choice([200, 220])
    received = (stem.startswith("bc-") and rng.random() < 0.8) or (stem.startswith("qd-") and rng.random() < 0.2)
    return Look(dpi=dpi, mode=mode, skew=rng.uniform(-0.9, 0.9), received=received, rng=rng)


def seal_text(text: str) -> str:
    first = text.split("\n", 2)
    issuer = first[1] if text.startswith("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n") else "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    return f"{issuer} * "


def later(text: str, rng: random.Random) -> tuple[str, str]:
    """The received stamp's day and the fax line's time: one to four days after the document's printed date."""
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    day, month, year = int(m[1]) + rng.randint(1, 4), int(m[2]), int(m[3])
    if day > 28:
        day, month = day - 28, month % 12 + 1
    return (
        f"{day}/{month}/{str(year)[2:]}",
        f"{day:02d}/{month:02d}/{year} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}",
    )


def render(stem: str) -> Path:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    look = look_for(stem)
    pages = write(text, look, seal_text(text))
    stamp_day, sent = later(text, look.rng)
    if look.received:
        at = (pages[0].ink.width * look.rng.uniform(0.1, 0.45), pages[0].ink.height * look.rng.uniform(0.2, 0.3))
        pages[0].colour.append(("received", at, {"day": stamp_day}))
    images = [finish(p, look, i + 1, len(pages), sent) for i, p in enumerate(pages)]
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    if images[0].mode == "1":
        images[0].save(out, save_all=True, append_images=images[1:], resolution=look.dpi)
    else:
        images[0].save(out, save_all=True, append_images=images[1:], resolution=look.dpi, quality=38)
    return out


def main() -> None:
    for path in sorted((HERE / "texts").glob("*.txt")):
        render(path.stem)


if __name__ == "__main__":
    main()
