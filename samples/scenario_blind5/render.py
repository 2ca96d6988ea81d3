"""Render the fifth blind scenario's typed texts as scans (Sơn La 2026), independently of every other renderer.

.venv/bin/python -m samples.scenario_blind5.render [STEM ...]

Why its own renderer: the scenario measures what congvan reads from paper it has never seen, so the page
furniture is drawn here from the look of real provincial scans (design.md, "Real paperwork"): a two-column
header, the number and the day of the date left blank and filled by pen after signing (stroked digits in
near-black or dark-blue ink), a red round seal over the left of the signer's title and name, a near-black pen
signature, an incoming-mail stamp over the body of some reports, a slight skew, paper tone, noise and JPEG
loss at 200 dpi. Each page is a JPEG inside a minimal PDF written here, so the size stays near the earlier
scenarios' (about 0.2 MB a document). Randomness is seeded by the file name: a re-run gives the same bytes.
"""

from __future__ import annotations

import io
import itertools
import math
import random
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
TEXTS = HERE / "texts"
SCANS = HERE / "scans"

DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 236, 130, 150, 170
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
PAPER = (246, 244, 238)
PRINT_INK = (22, 22, 26)
PEN_INKS = [(28, 28, 36), (30, 36, 84), (40, 38, 44)]
SEAL_RED = (214, 38, 46)
STAMP_INK = (92, 52, 140)

# Single-stroke digits in a unit box (x right, y down), smoothed and jittered when drawn.
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [
        [(0.5 + 0.42 * math.sin(t / 12 * 2 * math.pi), 0.5 - 0.5 * math.cos(t / 12 * 2 * math.pi)) for t in range(14)]
    ],
    "1": [[(0.25, 0.22), (0.55, 0.0), (0.52, 1.0)]],
    "2": [[(0.08, 0.25), (0.3, 0.02), (0.7, 0.02), (0.9, 0.25), (0.75, 0.55), (0.08, 1.0), (0.98, 0.98)]],
    "3": [[(0.1, 0.1), (0.5, 0.0), (0.85, 0.18), (0.45, 0.47), (0.92, 0.7), (0.6, 1.0), (0.08, 0.9)]],
    "4": [[(0.62, 1.0), (0.68, 0.0), (0.04, 0.68), (0.98, 0.68)]],
    "5": [[(0.88, 0.0), (0.22, 0.02), (0.14, 0.45), (0.55, 0.37), (0.92, 0.64), (0.62, 1.0), (0.08, 0.9)]],
    "6": [[(0.82, 0.04), (0.42, 0.1), (0.12, 0.6), (0.3, 1.0), (0.75, 0.95), (0.86, 0.68), (0.5, 0.5), (0.14, 0.7)]],
    "7": [[(0.04, 0.03), (0.96, 0.02), (0.38, 1.0)]],
    "8": [
        [
            (0.5 + 0.32 * math.sin(2 * t / 16 * 2 * math.pi), 0.5 - 0.49 * math.cos(t / 16 * 2 * math.pi))
            for t in range(17)
        ]
    ],
    "9": [[(0.86, 0.3), (0.5, 0.52), (0.14, 0.3), (0.42, 0.0), (0.86, 0.18), (0.8, 0.6), (0.45, 1.0)]],
    "/": [[(0.9, 0.0), (0.1, 1.0)]],
}


def font(size_pt: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style[bold, italic]}.ttf"), round(size_pt / 72 * DPI))


@dataclass
class Ink:
    """One ink layer: a coverage mask (0..1) and its colour; layers are multiplied onto the paper."""

    mask: Image.Image
    color: tuple[int, int, int]


@dataclass
class Doc:
    left: list[str]
    right: list[str]
    title: list[str]
    body: list[str]
    recipients: list[str]
    signer: list[str]


def parse(text: str) -> Doc:
    """Split a typed text into header columns, title, body, 'Nơi nhận' and signer block by its layout lines."""
    lines = text.rstrip("\n").split("\n")
    cong_hoa = next(i for i, ln in enumerate(lines) if ln.startswith("CỘNG HÒA"))
    date_at = next(i for i, ln in enumerate(lines) if i > cong_hoa and ", ngày " in ln)
    left = [ln for ln in lines[:cong_hoa] if ln.strip()]
    right = lines[cong_hoa : date_at + 1]
    rest = lines[date_at + 1 :]
    while rest and not rest[0].strip():
        rest.pop(0)
    title_end = rest.index("")
    title, rest = rest[:title_end], rest[title_end:]
    recv = next(i for i, ln in enumerate(rest) if ln.startswith("Nơi nhận"))
    recv_end = rest.index("", recv)
    body = rest[:recv]
    while body and not body[-1].strip():
        body.pop()
    signer = [ln for ln in rest[recv_end:] if ln.strip()]
    return Doc(left, right, title, body, rest[recv:recv_end], signer)


def catmull(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A smooth curve through the points, as a pen would draw them."""
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in range(2)
                )  # type: ignore[arg-type]
            )
    out.append(points[-1])
    return out


def pen_digits(
    mask: ImageDraw.ImageDraw, x: float, y_base: float, text: str, rng: random.Random, height: float
) -> float:
    """Write digits by pen from x on the baseline; returns the x after the last one."""
    slant = rng.uniform(0.12, 0.28)
    for ch in text:
        h = height * rng.uniform(0.88, 1.08)
        w = h * (0.3 if ch == "1" else 0.58)
        top = y_base - h + rng.uniform(-3, 3)
        for stroke in DIGITS.get(ch, []):
            jittered = [(px + rng.uniform(-0.04, 0.04), py + rng.uniform(-0.03, 0.03)) for px, py in stroke]
            curve = catmull(jittered)
            pts = [(x + (px + slant * (1 - py)) * w, top + py * h) for px, py in curve]
            width = rng.choice([3, 4, 4, 5])
            mask.line(pts, fill=255, width=width, joint="curve")
        x += w + h * rng.uniform(0.14, 0.26)
    return x


class Page:
    def __init__(self) -> None:
        self.print = Image.new("L", (PAGE_W, PAGE_H), 0)
        self.draw = ImageDraw.Draw(self.print)
        self.inks: list[Ink] = []
        self.y = MARGIN_T

    def ink(self, color: tuple[int, int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
        layer = Image.new("L", (PAGE_W, PAGE_H), 0)
        self.inks.append(Ink(layer, color))
        return layer, ImageDraw.Draw(layer)


class Renderer:
    """Lays one document out on A4 pages and ages them like a scan."""

    BODY = 13.0
    LINE = 1.32

    def __init__(self, stem: str, doc: Doc) -> None:
        self.stem = stem
        self.doc = doc
        self.rng = random.Random(zlib.crc32(stem.encode()))
        self.pages: list[Page] = []
        self.f_body = font(self.BODY)
        self.f_bold = font(self.BODY, bold=True)
        self.pen = self.rng.choice(PEN_INKS)
        self.hand_number = stem != "bc-stc-052"  # one report with its number typed, as a few real ones are
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        if len(self.pages) > 1:
            f = font(12)
            label = str(len(self.pages))
            self.page.draw.text(((PAGE_W - f.getlength(label)) / 2, 90), label, font=f, fill=255)

    def line_h(self, f: ImageFont.FreeTypeFont) -> int:
        return round(f.size * self.LINE)

    def need(self, height: int) -> None:
        if self.page.y + height > PAGE_H - MARGIN_B:
            self.new_page()

    def text_at(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont) -> None:
        self.page.draw.text((x, y), s, font=f, fill=255)

    def centered(self, s: str, f: ImageFont.FreeTypeFont, cx: float, y: float) -> float:
        w = f.getlength(s)
        self.text_at(cx - w / 2, y, s, f)
        return w

    # header -------------------------------------------------------------------------------------------------
    def header(self) -> None:
        d = self.doc
        left_cx, right_cx = MARGIN_L + 300, PAGE_W - MARGIN_R - 430
        y = MARGIN_T
        f_up, f_upb = font(12.5), font(12.5, bold=True)
        for i, ln in enumerate(d.left[:-1]):
            bold = i == len(d.left) - 2 or ln.startswith("ỦY BAN")
            w = self.centered(ln, f_upb if bold else f_up, left_cx, y)
            y += self.line_h(f_up)
        self.page.draw.line((left_cx - w / 3, y + 2, left_cx + w / 3, y + 2), fill=255, width=2)
        y += 24
        self.number_line(d.left[-1], left_cx, y)
        y2 = MARGIN_T
        self.centered(d.right[0], font(12, bold=True), right_cx, y2)
        y2 += self.line_h(f_up)
        w = self.centered(d.right[1], font(13, bold=True), right_cx, y2)
        y2 += self.line_h(f_up) + 2
        self.page.draw.line((right_cx - w / 2, y2, right_cx + w / 2, y2), fill=255, width=2)
        self.date_line(d.right[-1], right_cx, y + 2)
        self.page.y = y + 110

    def number_line(self, line: str, cx: float, y: float) -> None:
        """'Số: 86/QĐ-UBND' printed as 'Số:      /QĐ-UBND', the number written in the gap by pen."""
        f = font(13)
        m = re.match(r"Số:\s*(\d+)(/.*)", line)
        if not m or not self.hand_number:
            self.centered(line, f, cx, y)
            return
        number, tail = m.groups()
        gap = 150
        total = f.getlength("Số:") + gap + f.getlength(tail)
        x = cx - total / 2
        self.text_at(x, y, "Số:", f)
        self.text_at(x + f.getlength("Số:") + gap, y, tail, f)
        _, pen = self.page.ink(self.pen)
        start = x + f.getlength("Số:") + 18 + self.rng.uniform(0, 30)
        pen_digits(pen, start, y + f.size * 0.95, number, self.rng, height=f.size * 1.25)

    def date_line(self, line: str, cx: float, y: float) -> None:
        """'Sơn La, ngày 20 tháng 01 năm 2026': the day left blank in print and filled by pen."""
        f = font(13, italic=True)
        m = re.match(r"(.*ngày) (\d+) (tháng .*)", line)
        assert m, line
        head, day, tail = m.groups()
        gap = 60 + 38 * len(day)
        total = f.getlength(head) + gap + f.getlength(tail)
        x = cx - total / 2
        self.text_at(x, y, head, f)
        self.text_at(x + f.getlength(head) + gap, y, tail, f)
        _, pen = self.page.ink(self.pen)
        pen_digits(
            pen,
            x + f.getlength(head) + 16 + self.rng.uniform(0, 10),
            y + f.size * 0.95,
            day,
            self.rng,
            height=f.size * 1.1,
        )

    # body ---------------------------------------------------------------------------------------------------
    def wrap(self, words: list[str], f: ImageFont.FreeTypeFont, width: float, first_indent: float) -> list[str]:
        lines, cur = [], ""
        limit = width - first_indent
        for w in words:
            trial = f"{cur} {w}".strip()
            if f.getlength(trial) > limit and cur:
                lines.append(cur)
                cur, limit = w, width
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, indent: float = 75, bold_prefix: str = "") -> None:
        width = PAGE_W - MARGIN_L - MARGIN_R
        lines = self.wrap(text.split(), f, width, indent)
        lh = self.line_h(f)
        for i, ln in enumerate(lines):
            self.need(lh)
            x = MARGIN_L + (indent if i == 0 else 0)
            if i == 0 and bold_prefix and ln.startswith(bold_prefix):
                self.text_at(x, self.page.y, bold_prefix, self.f_bold)
                self.text_at(
                    x + self.f_bold.getlength(bold_prefix + " "), self.page.y, ln[len(bold_prefix) :].lstrip(), f
                )
            else:
                self.text_at(x, self.page.y, ln, f)
            self.page.y += lh

    def title(self) -> None:
        cx = (MARGIN_L + PAGE_W - MARGIN_R) / 2
        self.centered(self.doc.title[0], font(14, bold=True), cx, self.page.y)
        self.page.y += self.line_h(self.f_bold) + 4
        width = PAGE_W - MARGIN_L - MARGIN_R - 200
        for ln in self.doc.title[1:]:
            for part in self.wrap(ln.split(), self.f_bold, width, 0):
                self.centered(part, self.f_bold, cx, self.page.y)
                self.page.y += self.line_h(self.f_bold)
        self.page.draw.line((cx - 110, self.page.y + 6, cx + 110, self.page.y + 6), fill=255, width=2)
        self.page.y += 40

    def table(self, rows: list[list[str]]) -> None:
        f, fb = font(12), font(12, bold=True)
        width = PAGE_W - MARGIN_L - MARGIN_R
        cols = [0.08, 0.32, 0.60]
        xs = [MARGIN_L + sum(cols[:i]) * width for i in range(len(cols) + 1)]
        lh = self.line_h(f)
        for r, row in enumerate(rows):
            cells = [self.wrap(c.split(), fb if r == 0 else f, (xs[i + 1] - xs[i]) - 16, 0) for i, c in enumerate(row)]
            h = max(len(c) for c in cells) * lh + 14
            if self.page.y + h > PAGE_H - MARGIN_B:
                self.new_page()
            top = self.page.y
            for i, c in enumerate(cells):
                for k, ln in enumerate(c):
                    if i == 0 or r == 0:
                        cx = (xs[i] + xs[i + 1]) / 2
                        self.centered(ln, fb if r == 0 else f, cx, top + 7 + k * lh)
                    else:
                        self.text_at(xs[i] + 8, top + 7 + k * lh, ln, f)
            for x in xs:
                self.page.draw.line((x, top, x, top + h), fill=255, width=2)
            self.page.draw.line((xs[0], top, xs[-1], top), fill=255, width=2)
            self.page.draw.line((xs[0], top + h, xs[-1], top + h), fill=255, width=2)
            self.page.y = top + h
        self.page.y += 12

    def body(self) -> None:
        cx = (MARGIN_L + PAGE_W - MARGIN_R) / 2
        lines = self.doc.body
        i = 0
        while i < len(lines):
            ln = lines[i]
            if not ln.strip():
                self.page.y += 8
            elif ln.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                    i += 1
                self.table(rows)
                continue
            elif ln.startswith("Kính gửi"):
                self.need(self.line_h(self.f_body))
                self.centered(ln, self.f_body, cx, self.page.y)
                self.page.y += self.line_h(self.f_body) + 10
            elif ln == ln.upper() and len(ln) > 3 and not ln[0].isdigit() and not re.match(r"[IVX]+\.", ln):
                self.need(self.line_h(self.f_bold) * 2)
                self.centered(ln, self.f_bold, cx, self.page.y)
                self.page.y += self.line_h(self.f_bold) + 8
            elif m := re.match(r"(Điều \d+\.)", ln):
                self.paragraph(ln, self.f_body, bold_prefix=m.group(1))
            elif re.match(r"[IVX]+\. ", ln) or (
                re.match(r"\d+\. [A-ZĐ][^a-zđ]{0,3}[a-zđ]+.*[^.;:]$", ln) and len(ln) < 60
            ):
                self.paragraph(ln, self.f_bold)
            else:
                self.paragraph(ln, self.f_body)
            i += 1

    # signature zone -----------------------------------------------------------------------------------------
    def signature(self) -> None:
        f_recv_h, f_recv = font(12, bold=True, italic=True), font(11)
        f_title = font(13, bold=True)
        lh_r = self.line_h(f_recv)
        need = max(len(self.doc.recipients) * lh_r + 40, len(self.doc.signer) * 45 + 230)
        self.page.y += 24
        self.need(need)
        top = self.page.y
        y = top
        self.text_at(MARGIN_L, y, self.doc.recipients[0], f_recv_h)
        y += self.line_h(f_recv_h)
        for ln in self.doc.recipients[1:]:
            self.text_at(MARGIN_L, y, ln, f_recv)
            y += lh_r
        cx = PAGE_W - MARGIN_R - 330
        y = top
        titles, name = self.doc.signer[:-1], self.doc.signer[-1]
        widths = []
        for ln in titles:
            widths.append(self.centered(ln, f_title, cx, y))
            y += self.line_h(f_title)
        title_bottom = y
        name_y = y + 200
        name_w = self.centered(name, f_title, cx, name_y)
        self.pen_signature(cx, title_bottom + 20, name_y - 10)
        self.seal(cx - max([*widths, name_w]) / 2 - 10 + self.rng.uniform(0, 50), (top + name_y) / 2 + 30)
        self.page.y = max(y, name_y + 60)

    def pen_signature(self, cx: float, top: float, bottom: float) -> None:
        _, pen = self.page.ink(self.rng.choice(PEN_INKS[:1] + PEN_INKS[2:]))
        h = bottom - top
        x0 = cx - 120 + self.rng.uniform(-20, 20)
        pts = [(x0, top + h * 0.7)]
        for k in range(9):
            pts.append((x0 + (k + 1) * 27 + self.rng.uniform(-18, 18), top + h * self.rng.uniform(0.1, 0.9)))
        pts.append((x0 + 300 + self.rng.uniform(-20, 30), top + h * self.rng.uniform(0.3, 0.6)))
        curve = catmull(pts, steps=14)
        for a, b in itertools.pairwise(curve):
            pen.line((a, b), fill=255, width=self.rng.choice([3, 4, 4, 5]))
        pen.line(((x0 - 20, top + h * 0.85), (x0 + 260, top + h * 0.78)), fill=255, width=3)

    def seal(self, cx: float, cy: float) -> None:
        """A red round seal: two rings, the issuer's name round the rim, a star in the middle; uneven ink."""
        layer, d = self.page.ink(SEAL_RED)
        r = 150
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=9)
        d.ellipse((cx - r + 24, cy - r + 24, cx + r - 24, cy + r - 24), outline=255, width=4)
        star = [
            (
                cx + (40 if k % 2 == 0 else 16) * math.sin(k * math.pi / 5),
                cy - (40 if k % 2 == 0 else 16) * math.cos(k * math.pi / 5),
            )
            for k in range(10)
        ]
        d.polygon(star, fill=255)
        rim = self.seal_text()
        f = font(15, bold=True)
        n = len(rim)
        for k, ch in enumerate(rim):
            ang = -math.pi * 0.95 + k * (1.9 * math.pi / max(n - 1, 1))
            glyph = Image.new("L", (60, 60), 0)
            ImageDraw.Draw(glyph).text((30, 30), ch, font=f, fill=255, anchor="mm")
            glyph = glyph.rotate(-math.degrees(ang), resample=Image.Resampling.BICUBIC)
            px, py = cx + (r - 47) * math.sin(ang), cy - (r - 47) * math.cos(ang)
            layer.paste(255, (int(px - 30), int(py - 30)), glyph)
        bottom = self.seal_bottom()
        fb = font(11, bold=True)
        d.text((cx, cy + 70), bottom, font=fb, fill=255, anchor="mm")
        texture = Image.effect_noise((PAGE_W, PAGE_H), 60).point(lambda v: 255 if v > 96 else int(v * 2.2))
        self.page.inks[-1].mask = Image.composite(layer, Image.new("L", layer.size, 0), texture)

    def seal_text(self) -> str:
        issuer = " ".join(self.doc.left[:-1]).upper()
        if "XÃ LÓNG SẬP" in issuer:
            return "ỦY BAN NHÂN DÂN XÃ LÓNG SẬP"
        if issuer.startswith("UBND TỈNH SƠN LA"):
            return issuer.replace("UBND TỈNH SƠN LA", "").strip() + " TỈNH SƠN LA"
        return "ỦY BAN NHÂN DÂN TỈNH SƠN LA"

    def seal_bottom(self) -> str:
        return "T. SƠN LA" if "XÃ" in self.seal_text() else "S.L"

    # incoming stamp -----------------------------------------------------------------------------------------
    def incoming_stamp(self, number: int, date: str) -> None:
        """'CÔNG VĂN ĐẾN' box of the provincial office over the first page's body, its number and date by pen."""
        page = self.pages[0]
        _, d = page.ink(STAMP_INK)
        x, y = MARGIN_L + 40 + self.rng.uniform(0, 200), 760 + self.rng.uniform(0, 200)
        w, h = 430, 200
        d.rectangle((x, y, x + w, y + h), outline=255, width=5)
        fb, f = font(11, bold=True), font(12, bold=True)
        d.text((x + w / 2, y + 28), "VĂN PHÒNG UBND TỈNH SƠN LA", font=fb, fill=255, anchor="mm")
        d.text((x + w / 2, y + 68), "CÔNG VĂN ĐẾN", font=font(15, bold=True), fill=255, anchor="mm")
        d.text((x + 20, y + 105), "Số:", font=f, fill=255)
        d.text((x + 20, y + 150), "Ngày:", font=f, fill=255)
        _, pen = page.ink(self.pen)
        pen_digits(pen, x + 115, y + 140, str(number), self.rng, height=42)
        parts = date.split("/")
        end = x + 150
        for k, part in enumerate(parts):
            end = pen_digits(pen, end, y + 186, part, self.rng, height=38)
            if k < len(parts) - 1:
                end = pen_digits(pen, end, y + 186, "/", self.rng, height=38)
        angle = self.rng.uniform(-4, 4)
        for ink in page.inks[-2:]:
            ink.mask = ink.mask.rotate(angle, center=(x + w / 2, y + h / 2), resample=Image.Resampling.BICUBIC)

    # output -------------------------------------------------------------------------------------------------
    def age(self, page: Page) -> Image.Image:
        """Compose print and inks on paper, then skew, blur, noise: what a flatbed scanner gives back."""
        rng = self.rng
        base: np.ndarray = np.empty((PAGE_H, PAGE_W, 3), np.float32)
        base[:] = PAPER
        grain = np.asarray(Image.effect_noise((PAGE_W, PAGE_H), 12), np.float32)[..., None] - 128
        base += grain * 0.12
        layers = [Ink(page.print.filter(ImageFilter.GaussianBlur(0.5)), PRINT_INK), *page.inks]
        for ink in layers:
            m = np.asarray(ink.mask.filter(ImageFilter.GaussianBlur(0.7)), np.float32)[..., None] / 255
            if ink.color == SEAL_RED:
                m *= 0.82
            color = np.array(ink.color, np.float32) / 255
            base = base * (1 - m) + base * color * m
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5.5, base.shape[:2])[..., None]
        base = np.clip(base + noise, 0, 255).astype(np.uint8)
        img = Image.fromarray(base, "RGB")
        for _ in range(rng.randint(4, 14)):
            sx, sy, sr = rng.uniform(0, PAGE_W), rng.uniform(0, PAGE_H), rng.uniform(1, 3)
            ImageDraw.Draw(img).ellipse((sx, sy, sx + sr, sy + sr), fill=(70, 70, 70))
        img = img.rotate(
            rng.uniform(-0.9, 0.9),
            resample=Image.Resampling.BICUBIC,
            fillcolor=PAPER,
            translate=(rng.randint(-12, 12), rng.randint(-10, 10)),
        )
        return img.filter(ImageFilter.GaussianBlur(0.35))


def pdf_bytes(pages: list[Image.Image], quality: int = 38) -> bytes:
    """A minimal PDF with one JPEG per A4 page (DCTDecode), so the JPEG's quality stays ours."""
    objects: list[bytes] = []
    kids = []
    for k, img in enumerate(pages):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(DPI, DPI))
        jpeg = buf.getvalue()
        n_img, n_content, n_page = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        w_pt, h_pt = PAGE_W * 72 / DPI, PAGE_H * 72 / DPI
        objects.append(
            f"<< /Type /XObject /Subtype /Image /Width {PAGE_W} /Height {PAGE_H} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode()
            + jpeg
            + b"\nendstream"
        )
        content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im{k} Do Q".encode()
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] "
            f"/Resources << /XObject << /Im{k} {n_img} 0 R >> >> /Contents {n_content} 0 R >>".encode()
        )
        kids.append(f"{n_page} 0 R")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode(),
        *objects,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


# Reports that reached the provincial office with an incoming stamp: (incoming number, date as stamped).
INCOMING = {
    "bc-sct-008": (1187, "26/02/26"),
    "bc-longsap-015": (2034, "30/3/26"),
    "bc-svhttdl-018": (2718, "07/5/26"),
    "bc-snnmt-031": (4452, "06/7/26"),
    "bc-sgddt-047": (5630, "25/8/26"),
}


def render(stem: str) -> Path:
    doc = parse((TEXTS / f"{stem}.txt").read_text(encoding="utf-8"))
    r = Renderer(stem, doc)
    r.header()
    r.title()
    r.body()
    r.signature()
    if stem in INCOMING:
        r.incoming_stamp(*INCOMING[stem])
    pages = [r.age(p) for p in r.pages]
    SCANS.mkdir(exist_ok=True)
    out = SCANS / f"{stem}.pdf"
    out.write_bytes(pdf_bytes(pages))
    return out


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in TEXTS.glob("*.txt"))
    for stem in stems:
        out = render(stem)
        print(f"{out.name}: {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
