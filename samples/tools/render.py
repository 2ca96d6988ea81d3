"""DocSpec → exact ground-truth text, page images (clean and noisy scans), image PDF, born-digital PDF, DOCX.

Text reading order: web header, left header column, right header column, incoming stamp, title, "Kính gửi",
body (a table row is its cells joined by tabs), "Nơi nhận", signature, appendix, SAO Y block, web footer,
footnotes last. A body paragraph is one line of text however it wraps on paper.
Everything is deterministic for a given spec and seed.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from samples.tools.specs import DocSpec, Para

FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/dejavu")]
FONT_FILES = {
    "regular": ("LiberationSerif-Regular.ttf", "DejaVuSerif.ttf"),
    "bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold.ttf"),
    "italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic.ttf"),
    "bolditalic": ("LiberationSerif-BoldItalic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "sans": ("LiberationSans-Regular.ttf", "DejaVuSans.ttf"),
    "sansbold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"),
}

DPI = 300
PAGE_W, PAGE_H = 2480, 3508  # A4 at 300 dpi
LEFT, RIGHT, TOP, BOTTOM = 354, 236, 236, 260  # 30 mm left, 20 mm right/top margins


def font_path(style: str) -> Path:
    """Liberation Serif 2 (complete Vietnamese), else DejaVu; fonts-liberation 1.x lacks the glyphs."""
    liberation, dejavu = FONT_FILES[style]
    for directory, name in ((FONT_DIRS[0], liberation), (FONT_DIRS[1], dejavu)):
        if (directory / name).exists():
            return directory / name
    raise FileNotFoundError(f"no Vietnamese-capable font for {style}: install fonts-liberation2 or fonts-dejavu-core")


@cache
def font(style: str, points: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(style)), round(points * DPI / 72))


# ---------------------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------------------


def para_lines(para: Para) -> list[str]:
    if para.kind == "table":
        return ["\t".join(cell for cell in row) for row in para.rows]
    return [para.text]


def render_text(spec: DocSpec) -> str:
    """The exact ground-truth text of a document, in reading order, one line per printed line or paragraph."""
    lines: list[str] = [*spec.web_top, *spec.left, *spec.right, *spec.stamp, *spec.title, *spec.kinh_gui]
    for para in spec.body:
        lines += para_lines(para)
    lines += spec.noi_nhan
    if spec.signature:
        lines += [*spec.signature.lines, spec.signature.name]
    for para in spec.appendix:
        lines += para_lines(para)
    if spec.copy_block:
        lines += [*spec.copy_block.lines, *spec.copy_block.signature.lines, spec.copy_block.signature.name]
    lines += spec.web_bottom
    lines += spec.footnotes
    return "\n".join(line for line in lines if line) + "\n"


# ---------------------------------------------------------------------------------------------------
# Page images
# ---------------------------------------------------------------------------------------------------


@dataclass
class Canvas:
    """Pages being drawn, with a vertical cursor that starts a new page when a block does not fit."""

    pages: list[Image.Image] = field(default_factory=list)
    y: int = TOP

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.pages[-1])

    def new_page(self) -> None:
        self.pages.append(Image.new("L", (PAGE_W, PAGE_H), 255))
        self.y = TOP

    def ensure(self, height: int) -> None:
        if self.y + height > PAGE_H - BOTTOM:
            self.new_page()

    def text(self, x: float, y: float, text: str, style: str, size: float, anchor: str = "la") -> None:
        self.draw.text((x, y), text, font=font(style, size), fill=0, anchor=anchor)


def fit(text: str, style: str, size: float, width: float) -> float:
    """The largest size ≤ `size` at which `text` fits in `width` (header lines never wrap)."""
    while size > 8 and font(style, size).getlength(text) > width:
        size -= 0.25
    return size


def wrap(text: str, style: str, size: float, width: float, indent: float = 0) -> list[list[str]]:
    words, lines, current = text.split(), [], []  # type: ignore[var-annotated]
    measure = font(style, size).getlength
    for word in words:
        trial = " ".join([*current, word])
        limit = width - (indent if not lines else 0)
        if current and measure(trial) > limit:
            lines.append(current)
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(current)
    return lines


def draw_paragraph(c: Canvas, text: str, size: float = 13, style: str = "regular", indent: int = 150) -> None:
    width = PAGE_W - LEFT - RIGHT
    line_h = round(size * DPI / 72 * 1.3)
    f = font(style, size)
    lines = wrap(text, style, size, width, indent)
    for number, words in enumerate(lines):
        c.ensure(line_h)
        x0 = LEFT + (indent if number == 0 else 0)
        avail = width - (indent if number == 0 else 0)
        if number == len(lines) - 1 or len(words) == 1:
            c.text(x0, c.y, " ".join(words), style, size)
        else:  # justify
            natural = sum(f.getlength(word) for word in words)
            gap = (avail - natural) / (len(words) - 1)
            x = float(x0)
            for word in words:
                c.text(x, c.y, word, style, size)
                x += f.getlength(word) + gap
        c.y += line_h
    c.y += round(line_h * 0.2)


def draw_table(c: Canvas, rows: list[list[str]], size: float = 12) -> None:
    width = PAGE_W - LEFT - RIGHT
    ratios = [0.07, 0.33, 0.45, 0.15] if len(rows[0]) == 4 else [1 / len(rows[0])] * len(rows[0])
    widths = [width * r for r in ratios]
    line_h = round(size * DPI / 72 * 1.25)
    pad = 14
    for index, row in enumerate(rows):
        style = "bold" if index == 0 else "regular"
        cells: list[list[list[str]]] = [
            wrap(cell, style, size, w - 2 * pad) if cell else [[]] for cell, w in zip(row, widths, strict=True)
        ]
        height = max(len(cell) for cell in cells) * line_h + 2 * pad
        c.ensure(height)
        x: float = LEFT
        for cell, w in zip(cells, widths, strict=True):
            c.draw.rectangle([x, c.y, x + w, c.y + height], outline=0, width=3)
            for k, words in enumerate(cell):
                text = " ".join(words)
                tx = x + w / 2 if index == 0 or len(text) < 4 else x + pad
                anchor = "ma" if tx != x + pad else "la"
                c.text(tx, c.y + pad + k * line_h, text, style, size, anchor)
            x += w
        c.y += height
    c.y += line_h // 2


def draw_header(c: Canvas, spec: DocSpec) -> None:
    width = PAGE_W - LEFT - RIGHT
    split = 0.42
    lx, lw = LEFT, width * split
    rx, rw = LEFT + width * split, width * (1 - split)
    lcx, rcx = lx + lw / 2, rx + rw / 2
    y = TOP
    for i, line in enumerate(spec.left):
        if i < spec.issuer_lines:
            bold = i == spec.issuer_lines - 1 or spec.issuer_lines == 1 or spec.style == "party"
            style, size = ("bold" if bold else "regular"), 12.5
        elif line.startswith("Số"):
            style, size = "regular", 13
            y += 20
        else:
            style, size = "regular", 12
        size = fit(line, style, size, lw - 10)
        shown = line.replace("Số: /", "Số:        /").replace("Số -", "Số     -")
        c.text(lcx, y, shown, style, size, "ma")
        y += round(size * DPI / 72 * 1.2)
        if i == spec.issuer_lines - 1:
            c.draw.line([lcx - 110, y + 12, lcx + 110, y + 12], fill=0, width=3)
            y += 18
    left_bottom = y
    y = TOP
    motto = [line for line in spec.right if "," not in line or line.isupper()]
    for i, line in enumerate(spec.right):
        if line in motto and i < len(motto):
            style = "bold"
            size = fit(line, style, 12.5 if line.isupper() else 13.5, rw)
            c.text(rcx, y, line, style, size, "ma")
            y += round(size * DPI / 72 * 1.2)
            if i == len(motto) - 1:
                length = font(style, size).getlength(line)
                c.draw.line([rcx - length / 2, y, rcx + length / 2, y], fill=0, width=3)
                y += 45
        else:
            shown = line.replace("ngày tháng", "ngày       tháng")
            size = fit(shown, "italic", 13.5, rw)
            c.text(rcx, y, shown, "italic", size, "ma")
            y += round(size * DPI / 72 * 1.25)
    c.y = max(left_bottom, y) + 60


def draw_stamp(c: Canvas, lines: list[str]) -> None:
    size = 11
    line_h = round(size * DPI / 72 * 1.3)
    width = max(font("bold", size).getlength(line) for line in lines) + 60
    top = c.y
    for i, line in enumerate(lines):
        c.text(LEFT + 30, top + 20 + i * line_h, line, "bold" if i < 2 else "regular", size)
    c.draw.rectangle([LEFT, top, LEFT + width, top + 40 + len(lines) * line_h], outline=0, width=5)
    c.y = top + 40 + len(lines) * line_h + 40


def draw_signature_area(c: Canvas, spec: DocSpec, rng: random.Random) -> None:
    width = PAGE_W - LEFT - RIGHT
    sig = spec.signature
    nn_h = len(spec.noi_nhan) * round(11 * DPI / 72 * 1.25)
    sig_h = (len(sig.lines) if sig else 0) * round(13 * DPI / 72 * 1.25) + 420
    c.ensure(max(nn_h, sig_h) + 40)
    top = c.y
    y = top
    for i, line in enumerate(spec.noi_nhan):
        style, size = ("bolditalic", 12.0) if i == 0 else ("regular", 11.0)
        c.text(LEFT, y, line, style, fit(line, style, size, width * 0.45))
        y += round(size * DPI / 72 * 1.25)
    bottom = y
    if sig:
        cx = LEFT + width * 0.72
        y = top
        for line in sig.lines:
            size = fit(line, "bold", 13, width * 0.5)
            c.text(cx, y, line, "bold", size, "ma")
            y += round(size * DPI / 72 * 1.25)
        scribble(c, cx, y + 150, rng)
        y += 330
        c.text(cx, y, sig.name, "bold", 13.5, "ma")
        y += 80
        bottom = max(bottom, y)
    c.y = bottom + 40


def scribble(c: Canvas, cx: float, cy: float, rng: random.Random) -> None:
    """A hand signature: a loose pen stroke (ink, not text)."""
    points = []
    x = cx - 180
    for _ in range(14):
        x += rng.uniform(15, 35)
        points.append((x, cy + rng.uniform(-70, 50)))
    c.draw.line(points, fill=40, width=6, joint="curve")


def draw_copy_block(c: Canvas, spec: DocSpec) -> None:
    block = spec.copy_block
    assert block is not None
    size = 11
    line_h = round(size * DPI / 72 * 1.3)
    lines = [*block.lines, *block.signature.lines]
    height = (len(lines) + 1) * line_h + 300
    c.ensure(height + 40)
    top = c.y + 20
    x = LEFT + 40
    for i, line in enumerate(lines):
        style = "bold" if line.isupper() else "regular"
        c.text(x, top + 20 + i * line_h, line, style, size)
    yname = top + 20 + len(lines) * line_h + 180
    c.text(x, yname, block.signature.name, "bold", size)
    c.draw.rectangle([LEFT, top, LEFT + 1300, yname + line_h + 20], outline=0, width=4)
    c.y = yname + line_h + 60


def draw_footnotes(c: Canvas, notes: list[str]) -> None:
    size = 10
    line_h = round(size * DPI / 72 * 1.3)
    width = PAGE_W - LEFT - RIGHT
    needed = sum(len(wrap(n, "regular", size, width)) for n in notes) * line_h + 40
    c.ensure(needed)
    y = PAGE_H - BOTTOM - needed
    c.draw.line([LEFT, y, LEFT + 600, y], fill=0, width=2)
    y += 25
    for note in notes:
        for words in wrap(note, "regular", size, width):
            c.text(LEFT, y, " ".join(words), "regular", size)
            y += line_h


def render_pages(spec: DocSpec, seed: int = 0) -> list[Image.Image]:
    """Clean page images (8-bit grey, A4 at 300 dpi) laid out as a state or party document is printed."""
    rng = random.Random(f"{spec.id}:{seed}")
    c = Canvas()
    if spec.web_top:
        for i, line in enumerate(spec.web_top):
            style, size = ("sansbold", 15 if i != 2 else 17) if i in (0, 2) else ("sans", 10.5)
            c.draw.rectangle([LEFT, c.y - 10, PAGE_W - RIGHT, c.y + 70], fill=235) if i == 1 else None
            c.text(LEFT, c.y, line, style, fit(line, style, size, PAGE_W - LEFT - RIGHT))
            c.y += round(size * DPI / 72 * 1.6)
        c.y += 30
    if spec.left or spec.right:
        draw_header(c, spec)
    if spec.stamp:
        draw_stamp(c, spec.stamp)
    for i, line in enumerate(spec.title):
        size = 14 if i == 0 else 13.5
        lines = wrap(line, "bold", size, PAGE_W - LEFT - RIGHT - 200)
        for words in lines:
            c.text(PAGE_W / 2 + (LEFT - RIGHT) / 2, c.y, " ".join(words), "bold", size, "ma")
            c.y += round(size * DPI / 72 * 1.3)
    if spec.title:
        cx = PAGE_W / 2 + (LEFT - RIGHT) / 2
        c.draw.line([cx - 180, c.y + 18, cx + 180, c.y + 18], fill=0, width=3)
        c.y += 70
    for i, line in enumerate(spec.kinh_gui):
        x = LEFT + 500 if i else LEFT + 300
        c.text(x if len(spec.kinh_gui) > 1 else LEFT + 250, c.y, line, "regular", 13.5)
        c.y += round(13.5 * DPI / 72 * 1.3)
    if spec.kinh_gui:
        c.y += 40
    draw_body(c, spec.body, spec.style == "web", spec.body_points)
    if spec.noi_nhan or spec.signature:
        draw_signature_area(c, spec, rng)
    if spec.appendix:
        c.new_page()
        draw_body(c, spec.appendix, False, spec.body_points)
    if spec.copy_block:
        draw_copy_block(c, spec)
    for line in spec.web_bottom:
        c.ensure(60)
        c.text(LEFT, c.y, line, "sans", 10.5)
        c.y += 55
    if spec.footnotes:
        draw_footnotes(c, spec.footnotes)
    return c.pages


def draw_body(c: Canvas, body: list[Para], web: bool, points: float = 13) -> None:
    for para in body:
        if para.kind == "table":
            draw_table(c, para.rows)
        elif para.kind == "center":
            size = 13.5
            c.ensure(80)
            c.text(PAGE_W / 2 + (LEFT - RIGHT) / 2, c.y, para.text, "bold", fit(para.text, "bold", size, 1800), "ma")
            c.y += round(size * DPI / 72 * 1.5)
        elif para.kind == "heading":
            draw_paragraph(c, para.text, 13, "bold", indent=0)
        else:
            draw_paragraph(c, para.text, 12 if web else points, "sans" if web else "regular")


# ---------------------------------------------------------------------------------------------------
# Scan effects
# ---------------------------------------------------------------------------------------------------


def scan(page: Image.Image, rng: random.Random, noisy: bool = True) -> Image.Image:
    """A page as a scanner returns it: noisy = rotation ±1.5°, blur, speckles, uneven light, JPEG artefacts."""
    if not noisy:
        return page.filter(ImageFilter.GaussianBlur(0.4))
    angle = rng.uniform(-1.5, 1.5)
    img = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.2)))
    arr = np.asarray(img, dtype=np.float32)
    gen = np.random.default_rng(rng.randrange(2**32))
    h, w = arr.shape
    gradient = np.linspace(rng.uniform(0.84, 0.92), 1.0, w, dtype=np.float32)[None, :]
    if rng.random() < 0.5:
        gradient = gradient[:, ::-1]
    vertical = np.linspace(1.0, rng.uniform(0.9, 0.97), h, dtype=np.float32)[:, None]
    arr = 255 - (255 - arr) * rng.uniform(0.8, 0.95)  # toner not quite black
    arr = arr * gradient * vertical
    count = int(h * w * rng.uniform(0.0002, 0.0005))
    ys, xs = gen.integers(0, h, count), gen.integers(0, w, count)
    arr[ys, xs] = gen.integers(20, 140, count)
    arr[np.clip(ys + 1, 0, h - 1), xs] = arr[ys, xs]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(arr, "L").save(buffer, "JPEG", quality=rng.randint(35, 55))
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def scan_pages(spec: DocSpec, seed: int = 0, noisy: bool = True) -> Iterator[Image.Image]:
    rng = random.Random(f"scan:{spec.id}:{seed}:{noisy}")
    for page in render_pages(spec, seed):
        yield scan(page, rng, noisy)


def save_png(page: Image.Image, path: Path, levels: int = 8) -> None:
    """Grey PNG, quantised to a few levels so a noisy page stays a few hundred kB."""
    step = 256 // levels
    arr = (np.asarray(page, dtype=np.uint16) // step * step + step // 2).clip(0, 255).astype(np.uint8)
    Image.fromarray(arr, "L").save(path, optimize=True)


def save_image_pdf(pages: list[Image.Image], path: Path, quality: int = 35) -> None:
    """Pages as grey JPEG images in a PDF (no text layer), as a scanner's PDF export writes them."""
    first, *rest = pages
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=DPI, quality=quality)
