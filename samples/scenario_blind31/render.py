"""Render the Tuyên Quang 2026 blind scenario's texts as scans: `.venv/bin/python -m samples.scenario_blind31.render`.

Why its own renderer: the scenario was written blind, so its scans borrow no other scenario's look. Each text becomes
a 200-dpi A4 PDF laid out as the state's form (Nghị định 30: agency and number left, motto and place-date right,
title, body, signer right and "Nơi nhận" left), then marked the way the province's originals are (design.md, "Real
paperwork"): the number and the day, sometimes the month, filled in by pen in near-black strokes; a red round seal over
the signer's title and a signature across it and the name; "ĐẾN" received stamps with pen-filled numbers over the body
of every report and some decisions; a digital-signature box on some; and the look of a scan, a photocopy or a fax.
Everything is drawn from the file name's seed, so a run gives the same bytes each time.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 157, 150, 170  # 3 cm binding margin, 2 cm elsewhere
TEXT_W = W - LEFT - RIGHT
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (18, 18, 22)
PEN = (28, 26, 34)  # pen on a scan reads near-black, not blue (design.md)
SEAL = (206, 38, 48)
SIGNATURE = (34, 44, 118)
PAPER = (247, 245, 239)

# Digit skeletons on a unit box (x right, y down), one or two strokes each, smoothed when drawn.
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [
        [
            (0.5, 0.0),
            (0.15, 0.2),
            (0.08, 0.55),
            (0.25, 0.95),
            (0.6, 1.0),
            (0.88, 0.7),
            (0.9, 0.3),
            (0.7, 0.04),
            (0.45, 0.02),
        ]
    ],
    "1": [[(0.25, 0.25), (0.6, 0.0), (0.58, 1.0)]],
    "2": [[(0.1, 0.28), (0.3, 0.03), (0.68, 0.02), (0.88, 0.25), (0.8, 0.5), (0.1, 1.0), (0.95, 0.97)]],
    "3": [
        [
            (0.12, 0.12),
            (0.45, 0.0),
            (0.82, 0.12),
            (0.8, 0.35),
            (0.45, 0.48),
            (0.85, 0.62),
            (0.88, 0.86),
            (0.5, 1.0),
            (0.1, 0.9),
        ]
    ],
    "4": [[(0.72, 1.0), (0.7, 0.0), (0.05, 0.68), (0.95, 0.68)]],
    "5": [[(0.88, 0.0), (0.22, 0.02), (0.16, 0.46), (0.55, 0.38), (0.88, 0.58), (0.85, 0.88), (0.5, 1.0), (0.1, 0.9)]],
    "6": [
        [
            (0.82, 0.04),
            (0.45, 0.06),
            (0.15, 0.42),
            (0.1, 0.78),
            (0.38, 1.0),
            (0.78, 0.94),
            (0.88, 0.68),
            (0.62, 0.5),
            (0.3, 0.54),
            (0.12, 0.72),
        ]
    ],
    "7": [[(0.06, 0.02), (0.94, 0.0), (0.4, 1.0)], [(0.28, 0.52), (0.72, 0.5)]],
    "8": [
        [
            (0.5, 0.47),
            (0.16, 0.3),
            (0.22, 0.06),
            (0.5, 0.0),
            (0.8, 0.07),
            (0.84, 0.3),
            (0.5, 0.47),
            (0.12, 0.7),
            (0.22, 0.95),
            (0.5, 1.0),
            (0.8, 0.94),
            (0.88, 0.7),
            (0.5, 0.47),
        ]
    ],
    "9": [
        [
            (0.86, 0.32),
            (0.58, 0.5),
            (0.24, 0.44),
            (0.12, 0.22),
            (0.32, 0.02),
            (0.7, 0.03),
            (0.88, 0.28),
            (0.8, 0.62),
            (0.52, 1.0),
        ]
    ],
    "/": [[(0.9, 0.0), (0.1, 1.0)]],
}


@cache
def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), size)


def pt(points: float) -> int:
    return round(points / 72 * DPI)


@dataclass
class Form:
    """A text split into the form's parts: header columns, body, signer, recipients and an annex after them."""

    left: list[str]
    number: str
    subject: str | None
    right: list[str]
    dated: str
    body: list[str]
    signer: list[str]
    name: str
    recipients: list[str]
    annex: list[str] = field(default_factory=list)


def parse(text: str) -> Form:
    lines = text.rstrip("\n").split("\n")
    at = next(k for k, line in enumerate(lines) if re.match(r"Số:? ", line))
    dated = next(k for k, line in enumerate(lines) if line.startswith("Tuyên Quang, ngày"))
    between = lines[at + 1 : dated]
    subject = next((line for line in between if line.startswith("V/v")), None)
    sent = lines.index("Nơi nhận:")
    start = sent - 1
    while re.fullmatch(r"[^a-zđ]+", lines[start - 1]):  # the signer's title: upper-case lines above the name
        start -= 1
    after = lines[sent:]
    cut = after.index("\f") if "\f" in after else len(after)
    return Form(
        left=lines[:at],
        number=lines[at],
        subject=subject,
        right=[line for line in between if line != subject],
        dated=lines[dated],
        body=lines[dated + 1 : start],
        signer=lines[start : sent - 1],
        name=lines[sent - 1],
        recipients=after[:cut],
        annex=after[cut + 1 :],
    )


def smooth(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A Catmull-Rom curve through the points: a pen's stroke, not a polygon."""
    if len(points) < 3:
        return list(points)
    p = np.array([points[0], *points, points[-1]], dtype=float)
    t = np.linspace(0, 1, steps, endpoint=False)[:, None]
    weights = 0.5 * np.stack(
        [-(t**3) + 2 * t**2 - t, 3 * t**3 - 5 * t**2 + 2, -3 * t**3 + 4 * t**2 + t, t**3 - t**2], 1
    )
    curve = np.concatenate([*((weights * p[k : k + 4][None]).sum(axis=1) for k in range(len(p) - 3)), p[-2:-1]])
    return [(float(x), float(y)) for x, y in curve]


class Page:
    """One A4 page: the printed layer, and ink masks laid over it afterwards (pen, seal, signature, stamps)."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (W, H), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.inks: list[tuple[Image.Image, tuple[int, int, int], float]] = []

    def ink(self, mask: Image.Image, color: tuple[int, int, int], strength: float = 1.0) -> None:
        self.inks.append((mask, color, strength))

    def flatten(self) -> Image.Image:
        """Ink multiplies the paper beneath it, as toner and ink do: print under a seal stays legible."""
        out = np.asarray(self.image, dtype=np.float64)
        for mask, color, strength in self.inks:
            m = np.asarray(mask, dtype=np.float32)[..., None] / 255 * strength
            out = out * (1 - m) + out * (np.array(color, dtype=np.float32) / 255) * m
        return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def pen_mask(text: str, height: int, rng: np.random.Generator) -> Image.Image:
    """Digits written by hand: slanted, unevenly sized and spaced, drawn four times larger and scaled down."""
    scale = 4
    h = height * scale
    widths = [h * rng.uniform(0.5, 0.62) for _ in text]
    gap = h * 0.16
    canvas = Image.new("L", (int(sum(widths) + gap * (len(text) + 2)), int(h * 1.5)), 0)
    draw = ImageDraw.Draw(canvas)
    slant = rng.uniform(0.1, 0.28)
    x = gap
    stroke = max(2, round(height * rng.uniform(0.09, 0.12))) * scale
    for ch, w in zip(text, widths, strict=True):
        size = rng.uniform(0.88, 1.06)
        top = h * 0.22 + rng.normal(0, h * 0.04)
        for line in DIGITS.get(ch, []):
            jittered = [(px + rng.normal(0, 0.025), py + rng.normal(0, 0.02)) for px, py in line]
            pts = [(x + (px + slant * (1 - py)) * w * size, top + py * h * size) for px, py in smooth(jittered)]
            draw.line(pts, fill=255, width=stroke, joint="curve")
        x += w + gap * rng.uniform(0.7, 1.3)
    canvas = canvas.crop((0, 0, int(x + gap), canvas.height))
    return canvas.resize((max(1, canvas.width // scale), max(1, canvas.height // scale)), Image.Resampling.LANCZOS)


def place(page: Page, small: Image.Image, x: int, y: int, color: tuple[int, int, int], strength: float = 1.0) -> None:
    mask = Image.new("L", (W, H), 0)
    mask.paste(small, (x, y), small)
    page.ink(mask, color, strength)


class Layout:
    """Places the form's parts down the pages, wrapping and justifying the body as a typist's word processor does."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.pages: list[Page] = []
        self.size = pt(13)
        self.lh = round(self.size * 1.3)
        self.new_page()

    def new_page(self) -> None:
        self.page = Page()
        self.pages.append(self.page)
        self.y = TOP
        if len(self.pages) > 1:  # pages from the second are numbered at the top centre
            self.centred(str(len(self.pages)), font(pt(12)))
            self.y += self.lh // 2

    def room(self, height: int) -> None:
        if self.y + height > H - BOTTOM:
            self.new_page()

    def centred(self, text: str, f: ImageFont.FreeTypeFont, x0: int = LEFT, width: int = TEXT_W) -> int:
        """Writes a line centred in [x0, x0 + width); returns its left edge."""
        left = x0 + (width - round(f.getlength(text))) // 2
        self.page.draw.text((left, self.y), text, font=f, fill=INK)
        self.y += round(f.size * 1.3)
        return left

    def wrap(self, text: str, f: ImageFont.FreeTypeFont, width: int, indent: int = 0) -> list[list[str]]:
        """Words into lines no wider than `width`, the first `indent` narrower."""
        done: list[list[str]] = []
        current: list[str] = []
        for word in text.split(" "):
            limit = width - (0 if done else indent)
            if current and f.getlength(" ".join([*current, word])) > limit:
                done.append(current)
                current = [word]
            else:
                current.append(word)
        return [*done, current]

    def paragraph(self, text: str, indent: int = 60, bold_lead: str = "", x0: int = LEFT, width: int = TEXT_W) -> None:
        """A justified paragraph; `bold_lead` ("Điều 1.") is set in bold."""
        f, fb = font(self.size), font(self.size, bold=True)
        lines = self.wrap(text, f, width, indent)
        for k, words in enumerate(lines):
            self.room(self.lh)
            x = float(x0 + (indent if k == 0 else 0))
            avail = width - (indent if k == 0 else 0)
            widths = [
                (fb if k == 0 and j < len(bold_lead.split()) and bold_lead else f).getlength(w)
                for j, w in enumerate(words)
            ]
            space = f.getlength(" ")
            if k < len(lines) - 1 and len(words) > 1:
                space = (avail - sum(widths)) / (len(words) - 1)
            for j, word in enumerate(words):
                bold = k == 0 and bold_lead and j < len(bold_lead.split())
                self.page.draw.text((round(x), self.y), word, font=fb if bold else f, fill=INK)
                x += widths[j] + space
            self.y += self.lh

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table; the first row is the header, set in bold; cells wrap within their column."""
        f, fb = font(pt(12)), font(pt(12), bold=True)
        lh = round(f.size * 1.25)
        cols = max(len(r) for r in rows)
        natural = [max(f.getlength(r[c]) if c < len(r) else 0 for r in rows) + 24 for c in range(cols)]
        natural[0], natural[1] = max(natural[0], 70), min(natural[1], 330)  # number and name keep their width
        spare = TEXT_W - natural[0] - natural[1]
        rest = sum(natural[2:])
        widths = [natural[0], natural[1], *[n / rest * spare for n in natural[2:]]]
        for r, row in enumerate(rows):
            cells = [self.wrap(cell, fb if r == 0 else f, int(widths[c]) - 20) for c, cell in enumerate(row)]
            height = max(len(c) for c in cells) * lh + 14
            if self.y + height > H - BOTTOM:
                self.new_page()
            x = float(LEFT)
            for c, lines in enumerate(cells):
                self.page.draw.rectangle(
                    [round(x), self.y, round(x + widths[c]), self.y + height], outline=INK, width=2
                )
                for k, words in enumerate(lines):
                    text = " ".join(words)
                    tx = x + 10 if c else x + (widths[c] - f.getlength(text)) / 2
                    self.page.draw.text((round(tx), self.y + 7 + k * lh), text, font=fb if r == 0 else f, fill=INK)
                x += widths[c]
            self.y += height
        self.y += self.lh // 2

    def blank_then_pen(self, parts: list[tuple[str, bool]], f: ImageFont.FreeTypeFont, centre: int) -> None:
        """A form line centred at `centre`, its (text, by hand) parts printed or left blank and filled in by pen."""
        gap = f.size * 0.62
        widths = [len(t) * gap + 26 if hand else f.getlength(t) for t, hand in parts]
        x = centre - sum(widths) / 2
        for (text, hand), w in zip(parts, widths, strict=True):
            if hand:
                mask = pen_mask(text, round(f.size * self.rng.uniform(0.9, 1.15)), self.rng)
                place(self.page, mask, round(x + (w - mask.width) / 2), self.y - round(f.size * 0.3), PEN)
            else:
                self.page.draw.text((round(x), self.y), text, font=f, fill=INK)
            x += w
        self.y += round(f.size * 1.3)


def header(lay: Layout, form: Form, month_by_hand: bool) -> None:
    """Agency and number in the left column, motto and place-date in the right one."""
    split = LEFT + 560
    right_x, right_w = split - 40, W - RIGHT - split + 40
    top = lay.y
    for k, line in enumerate(form.left):
        bold = k > 0 or len(form.left) == 1 or line.startswith("TỈNH ỦY")
        left = lay.centred(line, font(pt(12.5), bold=bold), LEFT - 60, 620)
        if k == len(form.left) - 1 and line != "*":
            length = round(font(pt(12.5), bold=True).getlength(line) * 0.4)
            mid = left + round(font(pt(12.5), bold=True).getlength(line)) // 2
            lay.page.draw.line([mid - length // 2, lay.y - 4, mid + length // 2, lay.y - 4], fill=INK, width=2)
    lay.y += 10
    number = re.match(r"(Số:? )(\d+)(.*)", form.number)
    assert number, form.number
    lay.blank_then_pen([(number[1], False), (number[2], True), (number[3], False)], font(pt(13)), LEFT - 60 + 310)
    if form.subject:
        lay.paragraph(form.subject, indent=0, x0=LEFT - 40, width=560)
    bottom, lay.y = lay.y, top
    for k, line in enumerate(form.right):
        f = font(pt(12.5 if k == 0 else 13.5), bold=True)
        left = lay.centred(line, f, right_x, right_w)
        if k == len(form.right) - 1:
            lay.page.draw.line([left, lay.y - 6, left + round(f.getlength(line)), lay.y - 6], fill=INK, width=2)
    lay.y += 14
    dated = re.match(r"(.*ngày )(\d+)( tháng )(\d+)( năm \d{4})", form.dated)
    assert dated, form.dated
    parts = [(dated[1], False), (dated[2], True), (dated[3], False), (dated[4], month_by_hand), (dated[5], False)]
    lay.blank_then_pen(parts, font(pt(13), italic=True), right_x + right_w // 2)
    lay.y = max(bottom, lay.y) + lay.lh


def body(lay: Layout, lines: list[str]) -> None:
    """The body's lines in order: tab-separated runs as ruled tables, the document's title with the line under it
    centred, upper-case lines centred, articles with their "Điều N." in bold, the rest as justified paragraphs."""
    titled = False
    subtitle = False
    for tabbed, run in groupby(lines, key=lambda line: "\t" in line):
        if tabbed:
            lay.table([line.split("\t") for line in run])
            continue
        for line in run:
            lead = re.match(r"(Điều \d+\.|[IVX]+\.)", line)
            if subtitle and line != "-----":
                centred_wrapped(lay, line, bold=True)
            elif line == "\f":
                lay.new_page()
            elif line == "-----":
                mid = LEFT + TEXT_W // 2
                lay.page.draw.line([mid - 90, lay.y + 8, mid + 90, lay.y + 8], fill=INK, width=2)
                lay.y += lay.lh // 2
            elif not titled and line in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH", "DANH SÁCH"):
                lay.room(lay.lh * 3)
                lay.centred(line, font(pt(15), bold=True))
                titled = True
            elif len(line) > 3 and re.fullmatch(r"[^a-zđ]+:?", line):
                lay.room(lay.lh)
                lay.centred(line, font(lay.size, bold=True))
            elif line.startswith(("(Kèm theo", "Đoàn ")):
                centred_wrapped(lay, line, bold=line.startswith("Đoàn"), italic=line.startswith("("))
            else:
                lay.paragraph(line, bold_lead=lead[1] if lead else "")
            subtitle = line in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH", "DANH SÁCH") and not subtitle


def centred_wrapped(lay: Layout, text: str, bold: bool = False, italic: bool = False) -> None:
    f = font(lay.size, bold=bold, italic=italic)
    for words in lay.wrap(text, f, TEXT_W - 160):
        lay.room(lay.lh)
        lay.centred(" ".join(words), f)


def signature_block(lay: Layout, form: Form, seal_text: str) -> int:
    """Signer right with the seal and signature over it, recipients left; returns the block's top."""
    needed = max(len(form.signer) * lay.lh + 230, len(form.recipients) * round(pt(11) * 1.3)) + lay.lh
    lay.room(needed)
    lay.y += lay.lh // 2
    top = lay.y
    col_x, col_w = LEFT + TEXT_W // 2 - 40, TEXT_W // 2 + 40
    for line in form.signer:
        lay.centred(line, font(pt(13), bold=True), col_x, col_w)
    title_bottom = lay.y
    lay.y += 200
    name_y = lay.y
    lay.centred(form.name, font(pt(13), bold=True), col_x, col_w)
    below = lay.y
    lay.y = top
    for k, line in enumerate(form.recipients):
        f = font(pt(12), bold=True, italic=True) if k == 0 else font(pt(11))
        lay.page.draw.text((LEFT, lay.y), line, font=f, fill=INK)
        lay.y += round(f.size * 1.3)
    lay.y = max(lay.y, below) + lay.lh
    centre = (col_x + col_w // 2 - 110 + int(lay.rng.integers(-30, 30)), (top + title_bottom) // 2 + 60)
    seal(lay.page, centre, seal_text, lay.rng)
    signature(lay.page, (col_x + col_w // 2 - 150, name_y - 150), lay.rng)
    return top


def seal(page: Page, centre: tuple[int, int], text: str, rng: np.random.Generator) -> None:
    """A round red seal: two rings, the agency's name around, a star in the middle, unevenly inked."""
    r = 150
    scale = 2
    size = (2 * r + 20) * scale
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size // 2
    draw.ellipse([c - r * scale, c - r * scale, c + r * scale, c + r * scale], outline=255, width=7 * scale)
    ri = int(r * 0.66) * scale
    draw.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=3 * scale)
    f = font(26 * scale, bold=True)
    chars = list(f" {text} ★ ")
    step = 2 * np.pi / len(chars)
    for k, ch in enumerate(chars):
        angle = -np.pi / 2 + k * step
        glyph = Image.new("L", (40 * scale, 40 * scale), 0)
        ImageDraw.Draw(glyph).text((6 * scale, 2 * scale), ch, font=f, fill=255)
        glyph = glyph.rotate(-np.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        rr = int(r * 0.83) * scale
        gx, gy = c + rr * np.cos(angle) - 20 * scale, c + rr * np.sin(angle) - 20 * scale
        mask.paste(255, (int(gx), int(gy)), glyph)
    star = [
        (
            c + np.cos(np.pi / 2 + k * np.pi / 5) * (46 if k % 2 == 0 else 19) * scale,
            c - np.sin(np.pi / 2 + k * np.pi / 5) * (46 if k % 2 == 0 else 19) * scale,
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=255)
    mask = mask.resize((size // scale, size // scale), Image.Resampling.LANCZOS)
    uneven = rng.uniform(0.55, 1.0, (mask.height // 8 + 1, mask.width // 8 + 1))
    patchy = Image.fromarray((uneven * 255).astype(np.uint8)).resize(mask.size, Image.Resampling.BICUBIC)
    mask = Image.fromarray((np.asarray(mask, np.float32) * np.asarray(patchy, np.float32) / 255).astype(np.uint8))
    mask = mask.rotate(float(rng.uniform(-25, 25)), resample=Image.Resampling.BICUBIC)
    place(page, mask, centre[0] - mask.width // 2, centre[1] - mask.height // 2, SEAL, float(rng.uniform(0.75, 0.9)))


def signature(page: Page, origin: tuple[int, int], rng: np.random.Generator) -> None:
    """A quick flourish across the space between the title and the name, crossing into the name."""
    mask = Image.new("L", (420, 230), 0)
    draw = ImageDraw.Draw(mask)
    pts = [(20 + k * 48 + rng.normal(0, 12), 110 + rng.normal(0, 45)) for k in range(8)]
    draw.line(smooth(pts), fill=255, width=4, joint="curve")
    tail = [(pts[-1][0], pts[-1][1]), (380, 190 + rng.normal(0, 10)), (60 + rng.normal(0, 20), 200 + rng.normal(0, 8))]
    draw.line(smooth(tail), fill=255, width=3, joint="curve")
    place(page, mask.filter(ImageFilter.GaussianBlur(0.8)), origin[0], origin[1], SIGNATURE, 0.95)


def received_stamp(page: Page, office: str, dated: dt.date, below: int, rng: np.random.Generator) -> None:
    """The receiving office's "ĐẾN" stamp with its register number and date filled in by pen, over the body (above
    `below`, where the signature block starts)."""
    w, h = 470, 220
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle([4, 4, w - 5, h - 5], outline=255, width=5)
    draw.text((20, 12), office, font=font(24, bold=True), fill=255)
    draw.text((20, 52), "ĐẾN", font=font(54, bold=True), fill=255)
    draw.text((150, 62), "Số:", font=font(34), fill=255)
    draw.text((20, 122), "Ngày:", font=font(34), fill=255)
    draw.text((20, 170), "Chuyển:", font=font(30), fill=255)
    got = dated + dt.timedelta(days=int(rng.integers(0, 6)))
    for text, x, y in (
        (str(int(rng.integers(1200, 9800))), 215, 48),
        (f"{got.day}/{got.month}/{got.year % 100}", 120, 110),
    ):
        hand = pen_mask(text, 40, rng)
        mask.paste(255, (x, y), hand)
    mask = mask.rotate(float(rng.uniform(-9, 9)), expand=True, resample=Image.Resampling.BICUBIC)
    color = (70, 40, 150) if rng.random() < 0.6 else (190, 40, 60)
    low = min(int(H * 0.55), below - mask.height)
    x, y = int(rng.integers(LEFT, LEFT + TEXT_W - mask.width)), int(rng.integers(min(620, low - 1), max(low, 621)))
    place(page, mask, x, y, color, float(rng.uniform(0.7, 0.9)))


def signing_box(page: Page, dated: dt.date, signer: str, rng: np.random.Generator) -> None:
    """The digital-signature box at the top right, its time a few days after the printed date."""
    when = dt.datetime.combine(dated, dt.time()) + dt.timedelta(
        days=int(rng.integers(0, 12)), minutes=int(rng.integers(420, 1080))
    )
    f = font(19)
    lines = [
        f"Ký bởi: {signer}",
        "Cơ quan: Ủy ban nhân dân tỉnh Tuyên Quang",
        f"Thời gian ký: {when:%d/%m/%Y %H:%M:%S}",
    ]
    x, y = W - RIGHT - 470, 28
    page.draw.rectangle([x - 10, y - 6, x + 470, y + 3 * 24 + 8], outline=(60, 60, 60), width=1)
    for k, line in enumerate(lines):
        page.draw.text((x, y + k * 24), line, font=f, fill=(60, 60, 60))


def look(image: Image.Image, kind: str, rng: np.random.Generator, page_no: int) -> Image.Image:
    """A scan (tinted paper, slight skew and blur, sensor noise), a photocopy (grey, hard contrast, toner specks,
    dark edges) or a fax (coarse vertical resolution, thresholded, streaks, the machine's header line)."""
    angle = float(rng.uniform(-0.9, 0.9) if kind == "scan" else rng.uniform(-1.4, 1.4))
    if kind == "scan":
        a = np.asarray(image, np.float32) * (np.array(PAPER, np.float32) / 255)
        img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).rotate(
            angle, resample=Image.Resampling.BICUBIC, fillcolor=PAPER
        )
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(img, np.float32) + rng.normal(0, 4, (H, W, 1))
        return Image.fromarray(a.clip(0, 255).astype(np.uint8))
    grey = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    a = np.asarray(grey, np.float32)
    if kind == "photocopy":
        a = (a - 40) * 1.35
        a[rng.random(a.shape) < 0.0009] = 40
        edge = np.minimum.outer(
            np.minimum(np.arange(H), H - 1 - np.arange(H)), np.minimum(np.arange(W), W - 1 - np.arange(W))
        )
        a -= np.clip(60 - edge, 0, 60) * 2.5
        img = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        return img
    coarse = Image.fromarray(a.clip(0, 255).astype(np.uint8)).resize((W, H // 2), Image.Resampling.BILINEAR)
    b = np.asarray(coarse.resize((W, H), Image.Resampling.NEAREST), np.float32) + rng.normal(0, 18, (H, W))
    b = np.where(b < 150, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(1, 4))):
        row = int(rng.integers(0, H - 3))
        b[row : row + 2, :] = np.where(rng.random((2, W)) < 0.5, 0, b[row : row + 2, :])
    img = Image.fromarray(b)  # kept one bit deep, as a fax machine's PDF is (CCITT)
    ImageDraw.Draw(img).text(
        (60, 12), f"FAX No. 0207 3822 {int(rng.integers(100, 999))}   P.{page_no:02d}", font=font(22), fill=0
    )
    return img.convert("1", dither=Image.Dither.NONE)


def render(stem: str) -> tuple[list[Image.Image], dt.date]:
    """The pages of `texts/<stem>.txt` and the date printed on it."""
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rng = np.random.default_rng(zlib.crc32(stem.encode()))
    form = parse(text)
    lay = Layout(rng)
    header(lay, form, month_by_hand=rng.random() < 0.3)
    body(lay, form.body)
    seal_text = " ".join(line for line in form.left if line != "*")
    top = signature_block(lay, form, seal_text)
    below = top if len(lay.pages) == 1 else H  # the block's top, when it stands on the first page
    if form.annex:
        lay.new_page()
        body(lay, form.annex)
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", form.dated)
    assert m
    dated = dt.date(int(m[3]), int(m[2]), int(m[1]))
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.3):
        office = "VĂN PHÒNG TỈNH ỦY TUYÊN QUANG" if "Ban Thường vụ" in text else "VĂN PHÒNG UBND TỈNH TUYÊN QUANG"
        received_stamp(lay.pages[0], office, dated, below, rng)
    if "UBND" in form.number and rng.random() < 0.4:
        signing_box(lay.pages[0], dated, form.name, rng)
    kind = str(rng.choice(["scan", "photocopy", "fax"], p=[0.55, 0.3, 0.15]))
    return [look(p.flatten(), kind, rng, k) for k, p in enumerate(lay.pages, 1)], dated


def main(argv: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    for stem in stems:
        pages, dated = render(stem)
        path = out / f"{stem}.pdf"
        scanned = dt.datetime.combine(dated, dt.time(9)).timetuple()  # a fixed time: the same bytes on every run
        options: dict[str, Any] = {"resolution": DPI, "creationDate": scanned, "modDate": scanned}
        if pages[0].mode != "1":  # a fax's one-bit pages go in as CCITT, the others as JPEG
            options["quality"] = 45
        pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], **options)
        print(stem, len(pages), "pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
