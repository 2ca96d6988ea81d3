"""Render scenario 17's texts as scanned paper: `.venv/bin/python -m samples.scenario_blind17.render`.

Why: the scenario measures congvan on what an office's scanner gives, not on clean text. Each text becomes an A4
page set at 200 dpi on grey paper: the number and the day of the date left blank in print and filled by pen in
near-black, a red round seal over the left of the signer's title with a signature across it, a received stamp
("CÔNG VĂN ĐẾN") with its own pen-written number and date on most reports, then a flat-bed scan, a photocopy or a
fax of it. Everything is seeded by the file's name, so a re-run gives the same pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
TEXTS = HERE / "texts"
SCANS = HERE / "scans"
DPI = 200
WIDTH, HEIGHT = 1654, 2339
LEFT, RIGHT, TOP, BOTTOM = 190, 140, 150, 190
SPLIT = 0.43
"""Share of the text width taken by the left column of the header and of the signature block."""
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
HAND_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf")
INK = (28, 26, 30)
PEN = (22, 22, 34)
RED = (205, 32, 38)
BLUE = (38, 52, 150)
BODY = 36
SMALL = 30
LINE = 1.38


@cache
def font(size: int, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style}.ttf"), size)


@cache
def hand_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), size)


@dataclass
class Sheet:
    """The pages being typed, the pen marks still to add, and where the signature block landed."""

    rng: random.Random
    pages: list[Image.Image] = field(default_factory=list)
    y: int = TOP
    seal_at: tuple[int, int, int] | None = None  # page, x, y

    @property
    def page(self) -> Image.Image:
        return self.pages[-1]

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.page)

    def new_page(self) -> None:
        self.pages.append(Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255)))
        self.y = TOP
        if len(self.pages) > 1:
            label = str(len(self.pages))
            w = self.draw.textlength(label, font=font(SMALL))
            self.draw.text(((WIDTH - w) / 2, 70), label, font=font(SMALL), fill=INK)

    def room(self, height: int) -> None:
        if self.y + height > HEIGHT - BOTTOM:
            self.new_page()


def text_width() -> int:
    return WIDTH - LEFT - RIGHT


def column(right: bool) -> tuple[int, int]:
    """x and width of the left or right column of a two-column line."""
    split = int(text_width() * SPLIT)
    return (LEFT + split, text_width() - split) if right else (LEFT - 40, split + 40)


def centred(sheet: Sheet, text: str, f: ImageFont.FreeTypeFont, x: int, w: int) -> tuple[int, int]:
    tw = int(sheet.draw.textlength(text, font=f))
    left = x + (w - tw) // 2
    sheet.draw.text((left, sheet.y), text, font=f, fill=INK)
    return left, tw


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}".strip()
        limit = width - (indent if not lines else 0)
        if current and font_len(trial, f) > limit:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current] if current else lines


def font_len(text: str, f: ImageFont.FreeTypeFont) -> float:
    return f.getlength(text)


def pen_text(page: Image.Image, text: str, x: int, y: int, size: int, rng: random.Random, colour=PEN) -> None:
    """Hand-filled characters: each glyph a little tilted, shifted and thickened, in pen ink."""
    for ch in text:
        tile = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(tile).text((size // 2, size // 4), ch, font=hand_font(size), fill=255)
        tile = tile.filter(ImageFilter.MaxFilter(3)).rotate(rng.uniform(-12, 8), resample=Image.Resampling.BICUBIC)
        ink = Image.new("RGB", tile.size, colour)
        page.paste(ink, (x - size // 2, y - size // 4 + rng.randint(-4, 4)), tile)
        x += int(hand_font(size).getlength(ch) * rng.uniform(0.9, 1.15)) + 2


def number_line(sheet: Sheet, line: str, x: int, w: int) -> None:
    """ "Số: 215/QĐ-BYT" printed as "Số:        /QĐ-BYT" with the number pen-filled into the gap."""
    m = re.match(r"Số: (\d+)(/.*)", line)
    assert m, line
    f = font(BODY)
    gap = 150
    total = font_len("Số: ", f) + gap + font_len(m[2], f)
    left = int(x + (w - total) / 2)
    sheet.draw.text((left, sheet.y), "Số: ", font=f, fill=INK)
    after = left + int(font_len("Số: ", f))
    sheet.draw.text((after + gap, sheet.y), m[2], font=f, fill=INK)
    width = hand_font(44).getlength(m[1]) * 1.05
    pen_text(sheet.page, m[1], int(after + gap - width - 8), sheet.y - 6, 44, sheet.rng)


def date_line(sheet: Sheet, line: str, x: int, w: int) -> None:
    """ "Hà Nội, ngày 27 tháng 02 năm 2026" in italics with the day pen-filled into a blank."""
    m = re.match(r"(.*ngày )(\d+)( tháng.*)", line)
    assert m, line
    f = font(BODY, "Italic")
    gap = 70
    total = font_len(m[1], f) + gap + font_len(m[3], f)
    left = int(x + (w - total) / 2)
    sheet.draw.text((left, sheet.y), m[1], font=f, fill=INK)
    after = left + int(font_len(m[1], f))
    sheet.draw.text((after + gap, sheet.y), m[3], font=f, fill=INK)
    pen_text(sheet.page, m[2], after + 10, sheet.y - 6, 42, sheet.rng)


def table(sheet: Sheet, rows: list[list[str]]) -> None:
    """A ruled table, its columns sized to their longest cell, long cells wrapped."""
    shares = [0.07, 0.27, 0.17, 0.49]
    widths = [int(text_width() * s) for s in shares]
    for i, row in enumerate(rows):
        cells = [wrap(c, font(SMALL, "Bold" if i == 0 else "Regular"), widths[k] - 16, 0) for k, c in enumerate(row)]
        height = int(max(len(c) for c in cells) * SMALL * 1.3 + 16)
        sheet.room(height)
        x = LEFT
        for k, lines in enumerate(cells):
            sheet.draw.rectangle([x, sheet.y, x + widths[k], sheet.y + height], outline=INK, width=2)
            for n, text in enumerate(lines):
                style = "Bold" if i == 0 else "Regular"
                sheet.draw.text((x + 8, sheet.y + 8 + n * SMALL * 1.3), text, font=font(SMALL, style), fill=INK)
            x += widths[k]
        sheet.y += height
    sheet.y += 16


def paragraph(sheet: Sheet, text: str, bold_lead: bool) -> None:
    f = font(BODY)
    indent = 60
    lines = wrap(text, f, text_width(), indent)
    for n, line in enumerate(lines):
        sheet.room(int(BODY * LINE))
        x = LEFT + (indent if n == 0 else 0)
        lead = re.match(r"(Điều \d+\.|[IV]+\.|\d+\.)(.*)", line) if n == 0 and bold_lead else None
        if lead:
            sheet.draw.text((x, sheet.y), lead[1], font=font(BODY, "Bold"), fill=INK)
            x += int(font_len(lead[1], font(BODY, "Bold")))
            line = lead[2]
        sheet.draw.text((x, sheet.y), line, font=f, fill=INK)
        sheet.y += int(BODY * LINE)


def typeset(stem: str, text: str, rng: random.Random) -> Sheet:
    """Lay the text out: two-column header, centred titles, paragraphs, tables, the signature block."""
    sheet = Sheet(rng)
    sheet.new_page()
    lines = text.rstrip("\n").split("\n")
    signing = False
    rows: list[list[str]] = []
    title_next = False
    for i, line in enumerate(lines):
        if line.count("\t") >= 3:
            rows.append(line.split("\t"))
            continue
        if rows:
            table(sheet, rows)
            rows = []
        if line.startswith("Nơi nhận:"):
            signing = True
            sheet.room(560)
            sheet.y += 20
        if not line.strip():
            sheet.y += int(BODY * (0.9 if signing else 0.5))
            continue
        if "\t" in line:
            left, right = line.split("\t")
            if i < 6 or (line.startswith("\t") and "ngày" in right and not signing):
                header_line(sheet, left, right, stem)
            else:
                signature_line(sheet, left, right)
            continue
        if signing:
            sheet.draw.text((column(False)[0] + 40, sheet.y), line, font=font(SMALL - 4), fill=INK)
            sheet.y += int(SMALL * 1.2)
            continue
        if line.startswith("Số: "):
            number_line(sheet, line, *column(False))
            sheet.y += int(BODY * LINE)
            continue
        if line.startswith("V/v "):
            x, w = column(False)
            for part in wrap(line, font(SMALL), w, 0):
                centred(sheet, part, font(SMALL), x, w)
                sheet.y += int(SMALL * 1.25)
            continue
        if line.isupper() or line.endswith("QUYẾT ĐỊNH:") or title_next:
            sheet.room(int(BODY * 1.6))
            size = 40 if line in ("QUYẾT ĐỊNH", "BÁO CÁO") else BODY
            for part in wrap(line, font(size, "Bold"), text_width() - 200, 0):
                centred(sheet, part, font(size, "Bold"), LEFT, text_width())
                sheet.y += int(size * 1.3)
            title_next = line in ("QUYẾT ĐỊNH", "BÁO CÁO")
            continue
        if line.startswith("Kính gửi"):
            centred(sheet, line, font(BODY), LEFT, text_width())
            sheet.y += int(BODY * LINE)
            continue
        if line.startswith("- ") and not signing:
            sheet.draw.text((LEFT + 260, sheet.y), line, font=font(BODY), fill=INK)
            sheet.y += int(BODY * LINE)
            continue
        paragraph(sheet, line, bold_lead=True)
    return sheet


def header_line(sheet: Sheet, left: str, right: str, stem: str) -> None:
    if left:
        x, w = column(False)
        bold = left != "BỘ Y TẾ" or stem.startswith("00-") or "QĐ-BYT" in stem
        centred(sheet, left, font(SMALL + 2, "Bold" if bold else "Regular"), x, w)
    if right:
        x, w = column(True)
        if "ngày" in right:
            date_line(sheet, right, x, w)
        else:
            left_x, tw = centred(sheet, right, font(SMALL + 2, "Bold"), x, w)
            if right.startswith("Độc lập"):
                sheet.draw.line([left_x, sheet.y + SMALL + 8, left_x + tw, sheet.y + SMALL + 8], fill=INK, width=2)
    sheet.y += int(SMALL * 1.35)


def signature_line(sheet: Sheet, left: str, right: str) -> None:
    """Left: "Nơi nhận:" and its list; right: the signer's title, or after a gap for seal and signature, the name."""
    if left:
        style = "BoldItalic" if left.startswith("Nơi nhận") else "Regular"
        sheet.draw.text(
            (column(False)[0] + 40, sheet.y),
            left,
            font=font(SMALL - 2 if style == "Regular" else SMALL, style),
            fill=INK,
        )
    if right:
        x, w = column(True)
        is_name = not right.isupper()
        if is_name:
            sheet.y = max(sheet.y, (sheet.seal_at[2] if sheet.seal_at else sheet.y) + 270)
        left_x, _ = centred(sheet, right, font(BODY, "Bold"), x, w)
        if not is_name and sheet.seal_at is None:
            sheet.seal_at = (len(sheet.pages) - 1, left_x, sheet.y)
    sheet.y += int(SMALL * 1.2)


def seal(issuer: str, rng: random.Random) -> Image.Image:
    """A round red seal: two rings, the issuer's name round the top, a star in the middle; RGBA."""
    r = 150
    size = 2 * r + 20
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size // 2
    ink = (*RED, 185)
    d.ellipse([c - r, c - r, c + r, c + r], outline=ink, width=7)
    d.ellipse([c - r + 48, c - r + 48, c + r - 48, c + r - 48], outline=ink, width=3)
    letters = list(issuer)
    span = min(300.0, 14.0 * len(letters))
    f = font(26, "Bold")
    for k, ch in enumerate(letters):
        angle = -90 - span / 2 + span * (k + 0.5) / len(letters)
        tile = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((10, 4), ch, font=f, fill=ink)
        tile = tile.rotate(-angle - 90, resample=Image.Resampling.BICUBIC)
        rad = math.radians(angle)
        img.alpha_composite(tile, (int(c + (r - 26) * math.cos(rad)) - 20, int(c + (r - 26) * math.sin(rad)) - 20))
    star = [
        (c + (40 if k % 2 == 0 else 16) * math.cos(math.radians(-90 + 36 * k)),
         c + (40 if k % 2 == 0 else 16) * math.sin(math.radians(-90 + 36 * k)))
        for k in range(10)
    ]  # fmt: skip
    d.polygon(star, fill=ink)
    alpha = np.array(img)[:, :, 3].astype(float)
    alpha *= np.clip(np.random.default_rng(rng.randint(0, 10**6)).normal(0.85, 0.2, alpha.shape), 0.2, 1.0)
    out = np.array(img)
    out[:, :, 3] = alpha.astype(np.uint8)
    return Image.fromarray(out).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def signature(page: Image.Image, x: int, y: int, rng: random.Random) -> None:
    """A quick looping pen signature across the seal's right half."""
    d = ImageDraw.Draw(page)
    points = []
    loops = rng.randint(3, 5)
    for k in range(loops * 24):
        t = k / 24 * 2 * math.pi
        points.append((x + k * rng.uniform(2.6, 3.4) + 26 * math.cos(t), y + 34 * math.sin(t) + rng.uniform(-2, 2)))
    d.line(points, fill=BLUE, width=4, joint="curve")
    end = points[-1]
    d.line([(x - 20, y + 44), (end[0] + 40, y + 10)], fill=BLUE, width=3)


def received_stamp(page: Image.Image, receiver: str, dated: dt.date, rng: random.Random) -> None:
    """A rectangular "CÔNG VĂN ĐẾN" stamp of the receiving office in violet, with a pen-written number and date
    one to four days after the document's, over the right of the header and the title."""
    w, h = 430, 190
    tile = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(tile)
    ink = (120, 70, 175, 170)
    d.rectangle([2, 2, w - 3, h - 3], outline=ink, width=4)
    d.text((20, 12), receiver, font=font(24, "Bold"), fill=ink)
    d.text((110, 46), "CÔNG VĂN ĐẾN", font=font(30, "Bold"), fill=ink)
    d.text((20, 92), "Số: ..................", font=font(26), fill=ink)
    d.text((20, 136), "Ngày: ......../......../20....", font=font(26), fill=ink)
    tile = tile.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    x, y = rng.randint(LEFT + 760, LEFT + 880), rng.randint(330, 430)
    page.paste(tile, (x, y), tile)
    pen_text(page, str(rng.randint(1200, 4800)), x + 90, y + 82, 36, rng)
    later = dated + dt.timedelta(days=rng.randint(1, 4))
    pen_text(page, f"{later.day:02d}   {later.month:02d}    {later.year % 100}", x + 110, y + 126, 34, rng)


def degrade(page: Image.Image, mode: str, rng: random.Random, stamp_line: str) -> Image.Image:
    """Grey paper, skew, blur and noise; a photocopy adds uneven toner, a dark binding edge and a streak; a fax
    thresholds the page, halves its vertical resolution and prints its sender line on top."""
    g = np.random.default_rng(rng.randint(0, 10**6))
    arr = np.asarray(page).astype(np.float32)
    paper = rng.uniform(222, 238)
    arr = paper - (255 - arr) * (paper / 255) * rng.uniform(0.92, 1.0)
    low = g.normal(0, 1, (HEIGHT // 240 + 1, WIDTH // 240 + 1)).astype(np.float32)
    cloud = Image.fromarray(((low + 3) * 40).clip(0, 255).astype(np.uint8)).resize(
        (WIDTH, HEIGHT), Image.Resampling.BILINEAR
    )
    arr += ((np.asarray(cloud).astype(np.float32) / 40 - 3) * (4.5 if mode == "photocopy" else 2.0))[:, :, None]
    if mode == "photocopy":
        edge = np.linspace(70, 0, 90, dtype=np.float32)
        arr[:, :90] -= edge[None, :, None]
        streak = rng.randint(LEFT, WIDTH - RIGHT)
        arr[:, streak : streak + rng.randint(2, 5)] -= 45
        arr = (arr - 128) * 1.25 + 128
    arr += g.normal(0, 7, arr.shape[:2]).astype(np.float32)[:, :, None]
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=(int(paper),) * 3)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    if mode == "fax":
        grey = img.convert("L").resize((WIDTH, HEIGHT // 2)).resize((WIDTH, HEIGHT), Image.Resampling.NEAREST)
        img = grey.point(lambda v: 255 if v > 150 else 0).convert("L")
        ImageDraw.Draw(img).text((60, 20), stamp_line, font=font(24), fill=0)
    return img


def render(path: Path) -> list[Image.Image]:
    seed = int(hashlib.sha256(path.name.encode()).hexdigest()[:12], 16)
    rng = random.Random(seed)
    text = path.read_text(encoding="utf-8")
    sheet = typeset(path.stem, text, rng)
    issuer = issuer_name(text)
    if sheet.seal_at:
        n, x, y = sheet.seal_at
        s = seal(issuer, rng)
        sheet.pages[n].paste(s, (x - s.width // 2 + rng.randint(-10, 30), y - 40 + rng.randint(-20, 20)), s)
        signature(sheet.pages[n], x + 40, y + 110, rng)
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m, path
    dated = dt.date(int(m[3]), int(m[2]), int(m[1]))
    if rng.random() < (0.8 if path.stem.startswith("bc-") else 0.2 if path.stem.startswith("qd-") else 0.0):
        received_stamp(sheet.pages[0], receiver(path.stem, text), dated, rng)
    mode = rng.choices(["scan", "photocopy", "fax"], weights=[5, 4, 2])[0]
    fax_day = dated + dt.timedelta(days=rng.randint(0, 3))
    phone = f"+84 24 {rng.randint(3800, 3999)} {rng.randint(1000, 9999)}"
    line = f"FAX {phone}   {fax_day:%d/%m/%Y} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}"
    return [degrade(p, mode, rng, f"{line}   P.{k + 1:02d}") for k, p in enumerate(sheet.pages)]


def receiver(stem: str, text: str) -> str:
    """Who stamps it in: the ministry's international department for reports and hospitals' decisions, the
    hospital for the ministry's decisions."""
    if stem.startswith("qd-") and "/QĐ-BYT" in text.split("\n", 5)[3]:
        unit = re.search(r"Thủ trưởng (.+?) và các ông|Giám đốc (Bệnh viện .+?) chịu", text)
        return (next(g for g in unit.groups() if g) if unit else "BỘ Y TẾ").upper()
    return "BỘ Y TẾ - VỤ HỢP TÁC QUỐC TẾ"


def issuer_name(text: str) -> str:
    """The seal's ring text: the unit under "BỘ Y TẾ" in the header, or the ministry."""
    second = text.splitlines()[1].split("\t")[0].strip()
    return f"{second} * BỘ Y TẾ" if second else "BỘ Y TẾ * HÀ NỘI"


def main() -> None:
    SCANS.mkdir(exist_ok=True)
    for path in sorted(TEXTS.glob("*.txt")):
        pages = render(path)
        pages[0].save(SCANS / f"{path.stem}.pdf", save_all=True, append_images=pages[1:], resolution=DPI, quality=38)


if __name__ == "__main__":
    main()
