"""Render the Tây Ninh 2026 scenario's texts as scanned PDFs: `.venv/bin/python -m samples.scenario_blind21.render`.

Why: congvan reads scans, and real provincial scans (design brief, "Real paperwork") carry what a typed text does
not: the digits of the number and the day of the date filled in by pen after signing, a red round seal over the left
of the signer's title with a signature across it, received stamps over the body, grey paper, skew, and the losses of
a photocopy or a fax. Each file is drawn at 200 dpi on A4 from its text, seeded by its name, so a re-run gives the
same bytes' content.

Text conventions read here: a tab splits a line into a left and a right column (header, signature block); a line of
three or more cells is a ruled-table row; the header runs to the first blank line; "Nơi nhận:" opens the signature
block, whose right column holds the signer's title lines and, last, the name.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1654 - 130, 150, 2339 - 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
PEN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf")
# print, pen-filled digits, seal, received stamp, signature
INK, PEN, SEAL_RED, STAMP_BLUE, SIGN_BLUE = (22, 22, 26), (18, 18, 24), (205, 35, 40), (40, 60, 160), (30, 45, 130)


def font(style: str, size: int) -> ImageFont.FreeTypeFont:
    name = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}[style]
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{name}.ttf"), size)


BODY = font("r", 37)
BOLD = font("b", 37)
ITALIC = font("i", 37)
SMALL = font("r", 31)
SMALL_I = font("i", 31)
SMALL_B = font("b", 33)
LINE = 50


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int


class Writer:
    """Lays text lines onto as many pages as they need."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.pages: list[Page] = []
        self.new_page()

    def new_page(self) -> None:
        image = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
        draw = ImageDraw.Draw(image)
        if self.pages:
            draw.text((PAGE_W // 2, 80), str(len(self.pages) + 1), font=BODY, fill=INK, anchor="mt")
        self.pages.append(Page(image, draw, TOP))

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: int) -> None:
        if self.page.y + height > BOTTOM:
            self.new_page()

    def text(self, x: float, text: str, fnt: ImageFont.FreeTypeFont, anchor: str = "la") -> None:
        self.page.draw.text((x, self.page.y), text, font=fnt, fill=INK, anchor=anchor)

    def wrapped(self, text: str, fnt: ImageFont.FreeTypeFont, indent: int = 60, center: bool = False) -> None:
        for k, line in enumerate(wrap(text, RIGHT - LEFT, fnt, indent)):
            self.emit(line, fnt, 0 if k else indent, center)

    def emit(self, line: str, fnt: ImageFont.FreeTypeFont, indent: int, center: bool) -> None:
        self.room(LINE)
        if center:
            self.text((LEFT + RIGHT) / 2, line, fnt, "ma")
        else:
            self.text(LEFT + indent, line, fnt)
        self.page.y += LINE


def pen_digits(page: Image.Image, x: float, y: float, digits: str, rng: np.random.Generator) -> float:
    """Hand-filled digits: near-black, slanted, each a little off the line; returns the x after them."""
    for ch in digits:
        size = int(rng.integers(40, 47))
        pen = ImageFont.truetype(str(PEN_FONT), size)
        glyph = Image.new("L", (size + 12, size + 16), 0)
        ImageDraw.Draw(glyph).text((6, 4), ch, font=pen, fill=255, stroke_width=1)
        glyph = glyph.rotate(float(rng.uniform(-9, 6)), resample=Image.Resampling.BICUBIC, expand=False)
        colour = Image.new("RGB", glyph.size, PEN)
        page.paste(colour, (int(x), int(y + rng.integers(-8, 3))), glyph)
        x += pen.getlength(ch) + float(rng.uniform(1, 6))
    return x


def header_cell(w: Writer, x_mid: float, text: str, *, is_right: bool) -> None:
    """A header cell centred in its column; the number's digits and the date's day are pen-filled."""
    d, y = w.page.draw, w.page.y
    number = re.match(r"(Số:? )(\d+)(.*)", text)
    day = re.match(r"(.*?ngày )(\d+)( tháng .*)", text)
    if number or (day and is_right):
        m = number or day
        assert m
        fnt = BODY if number else ITALIC
        blank = fnt.getlength("0") * (len(m[2]) + 1.5)
        total = fnt.getlength(m[1]) + blank + fnt.getlength(m[3])
        x = x_mid - total / 2
        d.text((x, y), m[1], font=fnt, fill=INK)
        x += fnt.getlength(m[1])
        after = pen_digits(w.page.image, x + 4, y - 4, m[2], w.rng)
        d.text((max(x + blank, after + 4), y), m[3], font=fnt, fill=INK)
        return
    bold = text.isupper() or text.startswith(("Độc lập", "*"))
    fnt = BOLD if bold else BODY
    if text.startswith(("CỘNG HÒA", "ĐẢNG CỘNG SẢN")):
        fnt = SMALL_B
    d.text((x_mid, y), text, font=fnt, fill=INK, anchor="ma")
    if text.startswith("Độc lập"):
        half = fnt.getlength(text) / 2
        d.line((x_mid - half, y + 44, x_mid + half, y + 44), fill=INK, width=2)


def header(w: Writer, lines: list[str]) -> None:
    left_mid, right_mid = LEFT + 250, LEFT + 880
    for line in lines:
        left, _, right = line.partition("\t")
        if left:
            header_cell(w, left_mid, left, is_right=False)
        if right:
            header_cell(w, right_mid, right, is_right=True)
        w.page.y += LINE
    w.page.y += 20


def table(w: Writer, rows: list[list[str]]) -> None:
    """A ruled table: column widths from the longest cell, wrapped cells, the first row bold."""
    cols = max(len(r) for r in rows)
    rows = [r + [""] * (cols - len(r)) for r in rows]
    width = RIGHT - LEFT
    need = [max(SMALL.getlength(r[c]) for r in rows) + 24 for c in range(cols)]
    need[0] = min(need[0], 80)
    scale = min(1.0, (width - need[0]) / max(1.0, sum(need[1:])))
    widths: list[float] = [need[0]] + [n * scale for n in need[1:]]
    widths[-1] += width - sum(widths)
    for i, row in enumerate(rows):
        cells = [wrap(cell, widths[c] - 16, SMALL_B if i == 0 else SMALL) for c, cell in enumerate(row)]
        height = max(len(c) for c in cells) * 40 + 16
        w.room(height)
        x, y = float(LEFT), w.page.y
        for c, lines in enumerate(cells):
            w.page.draw.rectangle((x, y, x + widths[c], y + height), outline=INK, width=2)
            for k, text in enumerate(lines):
                w.page.draw.text((x + 8, y + 8 + 40 * k), text, font=SMALL_B if i == 0 else SMALL, fill=INK)
            x += widths[c]
        w.page.y += height
    w.page.y += 14


def wrap(text: str, width: float, fnt: ImageFont.FreeTypeFont, indent: int = 0) -> list[str]:
    """Greedy line breaking; the first line is `indent` narrower."""
    lines = [""]
    for word in text.split(" "):
        trial = f"{lines[-1]} {word}".strip()
        room = width - (indent if len(lines) == 1 else 0)
        if fnt.getlength(trial) > room and lines[-1]:
            lines.append(word)
        else:
            lines[-1] = trial
    return lines


def signature_block(w: Writer, lines: list[str], issuer: str) -> tuple[int, tuple[int, int, int]]:
    """The two-column close: recipients left (small), title and name right (bold); returns the page index and the
    title's left edge and top, where the seal goes."""
    rows = [(left, right) for left, _, right in (line.partition("\t") for line in lines)]
    w.room(len(rows) * 44 + 60)
    right_mid = LEFT + 930
    title_at: tuple[int, int, int] | None = None
    name_row = max(i for i, (_, r) in enumerate(rows) if r.strip())
    for i, (left, right) in enumerate(rows):
        y = w.page.y
        if left:
            fnt = font("bi", 31) if left.startswith("Nơi nhận") else font("r", 27)
            w.page.draw.text((LEFT, y), left, font=fnt, fill=INK)
        if right.strip():
            if i == name_row:
                y += 150  # room for the signature
                w.page.y += 150
            w.page.draw.text((right_mid, y), right, font=BOLD, fill=INK, anchor="ma")
            if title_at is None:
                title_at = (int(right_mid - BOLD.getlength(right) / 2), y, int(BOLD.getlength(right)))
        w.page.y += 44
    assert title_at
    signature(w, right_mid, w.page.y - 44 - 150 + 10)
    seal(w.page.image, title_at[0] + 30, title_at[1] + 60, issuer, w.rng)
    return len(w.pages) - 1, title_at


def signature(w: Writer, x_mid: int, y: int) -> None:
    """A looping pen stroke across the name's space."""
    rng = w.rng
    t = np.linspace(0, 1, 400)
    loops = rng.uniform(3, 6)
    xs = x_mid - 170 + 340 * t + 28 * np.sin(2 * math.pi * loops * t)
    ys = y + 70 + 45 * np.sin(2 * math.pi * (loops * t + 0.25)) * np.exp(-1.2 * t) - 40 * t
    points = [(float(a), float(b)) for a, b in zip(xs, ys, strict=True)]
    w.page.draw.line(points, fill=SIGN_BLUE, width=4, joint="curve")
    w.page.draw.line([(x_mid - 120, y + 120), (x_mid + 150, y + 100)], fill=SIGN_BLUE, width=3)


def seal(page: Image.Image, cx: int, cy: int, issuer: str, rng: np.random.Generator) -> None:
    """A red round seal (two rings, the issuer round the ring, a star) multiplied onto the page."""
    r = 150
    size = 2 * r + 20
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c = size // 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=9)
    d.ellipse((c - r + 48, c - r + 48, c + r - 48, c + r - 48), outline=255, width=4)
    ring = font("b", 27)
    text = f"{issuer.upper()} * TÂY NINH *"
    step = 300 / max(1, len(text))
    for k, ch in enumerate(text):
        angle = math.radians(-240 + k * step)
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=ring, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = c + (r - 27) * math.cos(angle) - 20
        gy = c + (r - 27) * math.sin(angle) - 20
        mask.paste(255, (int(gx), int(gy)), glyph)
    star = [
        (
            c + 42 * math.cos(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.4),
            c + 42 * math.sin(math.radians(-90 + 36 * k)) * (1 if k % 2 == 0 else 0.4),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    mask = mask.rotate(float(rng.uniform(-30, 30)), resample=Image.Resampling.BICUBIC)
    noise = rng.uniform(0.55, 1.0, (size, size))
    alpha = (np.asarray(mask, dtype=np.float32) / 255.0) * noise * 0.85
    box = (cx - c, cy - c, cx + c, cy + c)
    region = np.asarray(page.crop(box), dtype=np.float32)
    red = np.array(SEAL_RED, dtype=np.float32)
    out = region * (1 - alpha[..., None]) + (region * red / 255.0) * alpha[..., None]
    page.paste(Image.fromarray(out.astype(np.uint8)), box[:2])


def received_stamp(page: Image.Image, number: int, day: str, rng: np.random.Generator) -> None:
    """A "ĐẾN" incoming-mail stamp with its own pen-written number and date, over the body."""
    w, h = 430, 200
    stamp = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(stamp)
    ink = (*STAMP_BLUE, 215)
    d.rectangle((4, 4, w - 4, h - 4), outline=ink, width=5)
    d.text((w // 2, 14), "VĂN PHÒNG UBND TỈNH TÂY NINH", font=font("b", 24), fill=ink, anchor="ma")
    d.text((20, 52), "ĐẾN", font=font("b", 46), fill=ink)
    d.text((150, 60), "Số:", font=font("r", 30), fill=ink)
    d.text((150, 110), "Ngày:", font=font("r", 30), fill=ink)
    d.text((20, 156), "Chuyển:", font=font("r", 26), fill=ink)
    pen = ImageFont.truetype(str(PEN_FONT), 38)
    d.text((215, 52), str(number), font=pen, fill=(*PEN, 255))
    d.text((240, 102), day, font=pen, fill=(*PEN, 255))
    stamp = stamp.rotate(float(rng.uniform(-7, 7)), resample=Image.Resampling.BICUBIC, expand=True)
    x = int(rng.integers(LEFT - 60, LEFT + 260))
    y = int(rng.integers(560, 760))
    page.paste(stamp, (x, y), stamp)


def render_text(text: str, issuer: str, rng: np.random.Generator) -> list[Image.Image]:
    lines = text.rstrip("\n").split("\n")
    w = Writer(rng)
    head_end = lines.index("")
    header(w, lines[:head_end])
    i, in_title = head_end + 1, False
    while i < len(lines):
        line = lines[i]
        if line.startswith("Nơi nhận:"):
            signature_block(w, lines[i:], issuer)
            break
        if line.count("\t") >= 2 or (line.startswith("TT\t")):
            rows = []
            while i < len(lines) and "\t" in lines[i] and not lines[i].startswith("Nơi nhận"):
                rows.append(lines[i].split("\t"))
                i += 1
            table(w, rows)
            continue
        if not line:
            w.page.y += 18
            in_title = False
        elif line in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH"):
            w.room(LINE * 4)
            w.wrapped(line, font("b", 42), 0, center=True)
            in_title = True
        elif in_title or line.isupper() or re.match(r"^(Chương [IVX]+|QUYẾT ĐỊNH:)$", line):  # subject: to a blank line
            w.wrapped(line, BOLD, 0, center=True)
        elif line.startswith("V/v "):
            w.wrapped(line, SMALL_I, 0)
        else:
            w.wrapped(line, BODY, 60)
        i += 1
    return [p.image for p in w.pages]


def issuer_of(text: str) -> str:
    first, second = (line.split("\t")[0] for line in text.split("\n")[:2])
    if second == "*":
        return first
    return f"{first} {second}" if first.isupper() and second.isupper() else first


def age(page: Image.Image, kind: str, rng: np.random.Generator, sent: str) -> Image.Image:
    """Scan, photocopy or fax: paper tone, noise, skew, and the kind's own losses."""
    arr = np.asarray(page, dtype=np.float32)
    h, w = arr.shape[:2]
    if kind == "fax":
        grey = arr.mean(axis=2)
        grey = grey[::2].repeat(2, axis=0)[:h]  # coarse vertical resolution
        grey += rng.normal(0, 22, grey.shape)
        bw = np.where(grey < 150, 0, 255).astype(np.uint8)
        img = Image.fromarray(bw).convert("L")
        d = ImageDraw.Draw(img)
        d.text(
            (40, 18), f"{sent}   FROM: VP UBND TINH TAY NINH   FAX: 0276 3822 591   P.01", font=font("r", 24), fill=0
        )
        img = img.rotate(float(rng.uniform(-0.6, 0.6)), fillcolor=255, resample=Image.Resampling.NEAREST)
        return img.point(lambda v: 0 if v < 128 else 255).convert("1")
    paper = np.array([226, 224, 218], dtype=np.float32) if kind == "scan" else np.array([214, 214, 214])
    arr = arr / 255.0 * paper
    arr += rng.normal(0, 5 if kind == "scan" else 9, (h, w, 1))
    if kind == "copy":
        arr = (arr - 128) * 1.35 + 128  # harsher contrast
        toner = rng.random((h, w)) < 0.0009
        arr[toner] = 40
        edge = np.clip(1 - np.arange(w) / 90.0, 0, 1)[None, :, None] * 150
        arr -= edge
        streak = int(rng.integers(300, w - 300))
        arr[:, streak : streak + 3] -= 60
        arr *= np.linspace(0.93, 1.03, h)[:, None, None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    fill = tuple(int(v) for v in paper)
    return img.rotate(float(rng.uniform(-0.9, 0.9)), fillcolor=fill, resample=Image.Resampling.BICUBIC)


def stamp_day(text: str, rng: np.random.Generator) -> str:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    day, month = int(m[1]) + int(rng.integers(1, 4)), int(m[2])
    if day > 28:
        day, month = day - 27, month % 12 + 1
    return f"{day}/{month}/{m[3][2:]}"


def render(path: Path, out: Path) -> int:
    text = path.read_text(encoding="utf-8")
    seed = int(hashlib.sha256(path.name.encode()).hexdigest()[:8], 16)
    rng = np.random.default_rng(seed)
    pages = render_text(text, issuer_of(text), rng)
    roll = seed % 10
    kind = "fax" if roll < 2 else "copy" if roll < 5 else "scan"
    if path.stem.startswith("bc-") or roll in (3, 7):
        received_stamp(pages[0], int(rng.integers(100, 4000)), stamp_day(text, rng), rng)
    sent = f"{stamp_day(text, rng)} 08:{int(rng.integers(10, 59))}"
    aged = [age(p, kind, rng, sent) for p in pages]
    options = {} if kind == "fax" else {"quality": 45}  # a fax is 1-bit (CCITT G4), no JPEG quality
    aged[0].save(out, "PDF", save_all=True, append_images=aged[1:], resolution=DPI, **options)
    return len(aged)


def main(argv: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    texts = sorted((HERE / "texts").glob("*.txt"))
    chosen = [t for t in texts if not argv or t.stem in argv]
    pages = sum(render(t, out / f"{t.stem}.pdf") for t in chosen)
    size = sum(p.stat().st_size for p in out.glob("*.pdf"))
    print(f"{len(chosen)} files, {pages} pages, scans/ {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
