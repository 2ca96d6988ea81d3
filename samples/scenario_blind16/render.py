"""Render scenario 16's texts as grey A4 scans (220 dpi, one PDF each), the way ĐHQG-HCM's files come back.

    .venv/bin/python -m samples.scenario_blind16.render [STEM ...]

Why each effect: the digits of the number and the day of the date are left blank on the printed form and filled in
by pen at registration (near-black, uneven strokes); the round seal (red, read as grey) lies over the left third of
the signer's title and the signature; tables are ruled; long texts run over pages numbered at the top. Copies come
back three ways, chosen by the file name: a flat-bed scan (light speckle), a photocopy (uneven toner, a dark binding
edge, a streak) or a fax (thresholded, coarse vertical resolution, a sender line across the top). Many carry the
receiving office's "ĐẾN" stamp with its own number and pen-written date, which is not the document's. Deterministic:
each file's randomness is seeded by its name, and the PDF dates are the document's.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
TEXTS, SCANS = HERE / "texts", HERE / "scans"
DPI = 220
W, H = 1819, 2572  # A4 at 220 dpi
LEFT, RIGHT, TOP, BOTTOM = 250, W - 170, 170, H - 190
FONTS = Path("/usr/share/fonts/truetype/liberation2")
MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
PT = DPI / 72
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0), (0.15, 0.2), (0.1, 0.6), (0.35, 1), (0.75, 0.9), (0.9, 0.45), (0.75, 0.08), (0.5, 0)]],
    "1": [[(0.25, 0.25), (0.6, 0)], [(0.6, 0), (0.55, 1)]],
    "2": [[(0.1, 0.25), (0.4, 0), (0.8, 0.12), (0.75, 0.45), (0.1, 1)], [(0.1, 1), (0.9, 0.97)]],
    "3": [[(0.15, 0.1), (0.6, 0), (0.8, 0.2), (0.45, 0.48)], [(0.45, 0.48), (0.85, 0.7), (0.6, 1), (0.1, 0.9)]],
    "4": [[(0.65, 1), (0.65, 0), (0.05, 0.7), (0.95, 0.7)]],
    "5": [[(0.85, 0), (0.25, 0), (0.2, 0.45), (0.65, 0.4), (0.85, 0.7), (0.55, 1), (0.1, 0.9)]],
    "6": [[(0.8, 0.05), (0.35, 0.2), (0.15, 0.7), (0.45, 1), (0.8, 0.8), (0.6, 0.5), (0.2, 0.65)]],
    "7": [[(0.1, 0.02), (0.9, 0), (0.45, 1)]],
    "8": [
        [
            (0.5, 0.48),
            (0.15, 0.25),
            (0.5, 0),
            (0.8, 0.22),
            (0.5, 0.48),
            (0.15, 0.75),
            (0.5, 1),
            (0.85, 0.75),
            (0.5, 0.48),
        ]
    ],
    "9": [[(0.8, 0.4), (0.45, 0.5), (0.2, 0.25), (0.5, 0), (0.8, 0.2), (0.75, 0.6), (0.6, 1)]],
}
"""Pen strokes of each digit in a unit box (x right, y down), as a clerk writes them."""


def font(size_pt: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), round(size_pt * PT))


@dataclass
class Doc:
    """A text cut into the parts of a state document's layout."""

    issuer: list[str]
    number: str
    date_line: str
    title: list[str]
    body: list[str]
    annex: list[str]
    closing: list[str]

    @property
    def recipients(self) -> list[str]:
        return [ln for ln in self.closing if ln.startswith("- ")]

    @property
    def signer(self) -> list[str]:
        return [ln for ln in self.closing if not ln.startswith("- ")]


def parse(text: str) -> Doc:
    """Cut by the layout's fixed lines: the motto, "Số:", the blank after the title, "Nơi nhận:", "PHỤ LỤC"."""
    lines = text.splitlines()
    motto = lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    number_at = motto + 2
    rest = lines[number_at + 3 :]
    title_end = rest.index("")
    main_part = rest[title_end + 1 :]
    annex: list[str] = []
    if "PHỤ LỤC" in main_part:
        cut = main_part.index("PHỤ LỤC")
        main_part, annex = main_part[: cut - 1], main_part[cut:]
    close = main_part.index("Nơi nhận:")
    return Doc(
        issuer=lines[:motto],
        number=lines[number_at],
        date_line=lines[number_at + 1],
        title=rest[:title_end],
        body=main_part[:close],
        annex=annex,
        closing=main_part[close + 1 :],
    )


def issue_date(doc: Doc) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", doc.date_line)
    assert m, doc.date_line
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def pen_curve(points: list[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """A stroke through its points' midpoints, each point pulling a quadratic bend: how a ballpoint rounds a turn."""
    if len(points) < 3:
        return points
    p = np.asarray(points, np.float64)
    mids = (p[:-1] + p[1:]) / 2
    t = np.linspace(0, 1, steps, endpoint=False)[:, None]
    bends = [(1 - t) ** 2 * mids[i - 1] + 2 * (1 - t) * t * p[i] + t**2 * mids[i] for i in range(1, len(p) - 1)]
    curve = np.vstack([p[:1], *bends, mids[-1:], p[-1:]])
    return [(float(x), float(y)) for x, y in curve]


class Sheet:
    """The pages being printed: a white page of print (L) and an ink layer (density 0–1) for pen, seal, stamps."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.pages: list[Image.Image] = []
        self.inks: list[np.ndarray] = []
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(Image.new("L", (W, H), 255))
        self.inks.append(np.zeros((H, W), np.float32))
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = TOP
        if len(self.pages) > 1:
            f = font(12)
            label = str(len(self.pages))
            self.draw.text(((W - self.draw.textlength(label, font=f)) / 2, TOP - 80), label, font=f, fill=20)

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def text(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont, fill: int = 18) -> None:
        self.draw.text((x, y), s, font=f, fill=fill)

    def centred(self, s: str, f: ImageFont.FreeTypeFont, cx: float, y: float) -> float:
        w = self.draw.textlength(s, font=f)
        self.text(cx - w / 2, y, s, f)
        return w

    def pen(self, strokes: list[list[tuple[float, float]]], width: float, density: float, page: int = -1) -> None:
        layer = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(layer)
        for stroke in strokes:
            pts = pen_curve(stroke)
            for a, b in itertools.pairwise(pts):
                w = max(1, round(width * float(self.rng.uniform(0.75, 1.2))))
                d.line([a, b], fill=255, width=w, joint="curve")
        np.maximum(self.inks[page], np.asarray(layer, np.float32) / 255 * density, out=self.inks[page])


def wrap(draw: ImageDraw.ImageDraw, s: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in s.split(" "):
        probe = f"{line} {word}".strip()
        if line and draw.textlength(probe, font=f) > width:
            out.append(line)
            line = word
        else:
            line = probe
    return [*out, line]


def handwrite(sheet: Sheet, x: float, baseline: float, digits: str, height: float = 44, page: int = -1) -> float:
    """Pen digits from x on the baseline; returns the x after them."""
    rng = sheet.rng
    slant = float(rng.uniform(0.12, 0.3))
    strokes = []
    for ch in digits:
        h = height * float(rng.uniform(0.9, 1.12))
        w = h * float(rng.uniform(0.52, 0.62))
        top = baseline - h + float(rng.normal(0, 2))
        for stroke in DIGITS[ch]:
            strokes.append(
                [
                    (
                        x + px * w + (1 - py) * h * slant + float(rng.normal(0, 1.2)),
                        top + py * h + float(rng.normal(0, 1.2)),
                    )
                    for px, py in stroke
                ]
            )
        x += w + float(rng.uniform(4, 12))
    sheet.pen(strokes, width=float(rng.uniform(3.2, 4.6)), density=0.93, page=page)
    return x


def header(sheet: Sheet, doc: Doc) -> None:
    """Issuer and number left, motto and date right; the number's digits and the day blank, then pen-filled."""
    left_c, right_c = LEFT + 270, W - 120 - 430
    f_reg, f_bold, f_it = font(12), font(12, bold=True), font(13, italic=True)
    y = TOP
    for i, line in enumerate(doc.issuer):
        f = f_bold if i == len(doc.issuer) - 1 else f_reg
        w = sheet.centred(line, f, left_c, y)
        y += 52
    sheet.draw.line([(left_c - w / 3, y + 4), (left_c + w / 3, y + 4)], fill=25, width=2)
    number = re.match(r"Số: (\d+)(/.+)", doc.number)
    assert number, doc.number
    f_num = font(13)
    y_num = y + 40
    label, tail = "Số:", number[2]
    gap = 42 + 30 * len(number[1])
    total = sheet.draw.textlength(label, font=f_num) + gap + sheet.draw.textlength(tail, font=f_num)
    x0 = left_c - total / 2
    sheet.text(x0, y_num, label, f_num)
    x_blank = x0 + sheet.draw.textlength(label + " ", font=f_num)
    sheet.text(x0 + sheet.draw.textlength(label, font=f_num) + gap, y_num, tail, f_num)
    handwrite(sheet, x_blank + float(sheet.rng.uniform(0, 10)), y_num + 40, number[1])
    sheet.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f_bold, right_c, TOP)
    w = sheet.centred("Độc lập - Tự do - Hạnh phúc", font(13, bold=True), right_c, TOP + 52)
    sheet.draw.line([(right_c - w / 2, TOP + 110), (right_c + w / 2, TOP + 110)], fill=25, width=2)
    m = re.match(r"(.+, ngày )(\d+)( tháng .+)", doc.date_line)
    assert m, doc.date_line
    blank = " " * 9
    printed = m[1] + blank + m[3]
    x0 = right_c - sheet.draw.textlength(printed, font=f_it) / 2
    y_date = y_num
    sheet.text(x0, y_date, m[1], f_it)
    x_day = x0 + sheet.draw.textlength(m[1], font=f_it)
    sheet.text(x_day + sheet.draw.textlength(blank, font=f_it), y_date, m[3].lstrip(), f_it)
    handwrite(sheet, x_day + 6, y_date + 40, m[2].lstrip("0") if sheet.rng.random() < 0.4 else m[2], height=40)
    sheet.y = y_num + 120


def title(sheet: Sheet, lines: list[str]) -> None:
    cx = (LEFT + RIGHT) / 2
    for i, line in enumerate(lines):
        f = font(14, bold=True) if i == 0 else font(13, bold=True)
        for part in wrap(sheet.draw, line, f, RIGHT - LEFT - 200):
            w = sheet.centred(part, f, cx, sheet.y)
            sheet.y += 56
    if len(lines) > 1:
        sheet.draw.line([(cx - w / 4, sheet.y + 2), (cx + w / 4, sheet.y + 2)], fill=25, width=2)
    sheet.y += 40


def table(sheet: Sheet, rows: list[list[str]]) -> None:
    """Ruled table; the first row is the header (bold, centred)."""
    n = len(rows[0])
    ratios = {5: [0.06, 0.24, 0.13, 0.43, 0.14], 4: [0.07, 0.45, 0.2, 0.28]}[n]
    xs: list[float] = [LEFT]
    for r in ratios:
        xs.append(xs[-1] + r * (RIGHT - LEFT))
    f, fb = font(12), font(12, bold=True)
    line_h = 44
    sheet.y += 10
    for r, row in enumerate(rows):
        cells = [wrap(sheet.draw, c, fb if r == 0 else f, xs[i + 1] - xs[i] - 20) for i, c in enumerate(row)]
        height = max(len(c) for c in cells) * line_h + 18
        if sheet.y + height > BOTTOM:
            sheet.new_page()
        top = sheet.y
        sheet.draw.line([(xs[0], top), (xs[-1], top)], fill=30, width=2)
        for i, cell in enumerate(cells):
            for k, text in enumerate(cell):
                fy = top + 9 + k * line_h
                if r == 0 or i == 0 or (i == 2 and n == 5):
                    sheet.centred(text, fb if r == 0 else f, (xs[i] + xs[i + 1]) / 2, fy)
                else:
                    sheet.text(xs[i] + 10, fy, text, f)
        for x in xs:
            sheet.draw.line([(x, top), (x, top + height)], fill=30, width=2)
        sheet.draw.line([(xs[0], top + height), (xs[-1], top + height)], fill=30, width=2)
        sheet.y = top + height
    sheet.y += 24


def body(sheet: Sheet, lines: list[str]) -> None:
    """Paragraphs (first line indented, "Điều n." and numbered headings bold), centred capitals, ruled tables."""
    for is_table, group in itertools.groupby(lines, key=lambda ln: "\t" in ln):
        if is_table:
            table(sheet, [ln.split("\t") for ln in group])
        else:
            for line in group:
                paragraph(sheet, line)


def paragraph(sheet: Sheet, line: str) -> None:
    f, fb = font(13), font(13, bold=True)
    line_h = 51
    if not line:
        sheet.y += 20
        return
    if line.isupper() or line == "QUYẾT ĐỊNH:":
        sheet.room(line_h)
        sheet.centred(line, fb, (LEFT + RIGHT) / 2, sheet.y)
        sheet.y += line_h + 10
        return
    heading = re.match(r"^(Điều \d+\.|[IVX]+\. .+$|\d\. [A-ZĐ][^.]+$)", line)
    for k, part in enumerate(wrap(sheet.draw, line, f, RIGHT - LEFT - 70)):
        sheet.room(line_h)
        x = LEFT + (70 if k == 0 and not heading else 0)
        if heading and k == 0:
            sheet.text(x, sheet.y, heading[1], fb)
            sheet.text(x + sheet.draw.textlength(heading[1], font=fb), sheet.y, part[len(heading[1]) :], f)
        else:
            sheet.text(x, sheet.y, part, f)
        sheet.y += line_h


def seal(sheet: Sheet, cx: float, cy: float, words: str) -> None:
    """A round seal: two rings, the issuer's name round the edge, a star in the middle, uneven ink."""
    rng = sheet.rng
    r = 168
    size = 2 * r + 40
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=9)
    d.ellipse([c - r + 18, c - r + 18, c + r - 18, c + r - 18], outline=255, width=3)
    d.ellipse([c - 70, c - 70, c + 70, c + 70], outline=255, width=3)
    star = [
        (c + radius * math.sin(k * math.pi / 5), c - radius * math.cos(k * math.pi / 5))
        for k, radius in enumerate([46, 19] * 5)
    ]
    d.polygon(star, fill=255)
    f = font(10.5, bold=True)
    span = 1.75 * math.pi
    for k, ch in enumerate(words):
        angle = -span / 2 + span * k / max(1, len(words) - 1)
        glyph = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        gx = c + (r - 48) * math.sin(angle) - 30
        gy = c - (r - 48) * math.cos(angle) - 30
        layer.paste(glyph, (round(gx), round(gy)), glyph)
    layer = layer.rotate(float(rng.uniform(-40, 40)), resample=Image.Resampling.BICUBIC)
    ink = np.asarray(layer, np.float32) / 255
    ink *= rng.uniform(0.5, 0.8, ink.shape).astype(np.float32)
    x0, y0 = round(cx - c), round(cy - c)
    region = sheet.inks[-1][y0 : y0 + size, x0 : x0 + size]
    np.maximum(region, ink[: region.shape[0], : region.shape[1]], out=region)


def signature(sheet: Sheet, x: float, y: float) -> None:
    rng = sheet.rng
    strokes = []
    px, py = x, y
    loop = []
    for _ in range(int(rng.integers(5, 9))):
        px += float(rng.uniform(18, 55))
        py = y + float(rng.normal(0, 26))
        loop.append((px, py))
    strokes.append([(x - 10, y + 30), *loop])
    strokes.append([(x + 20, y + 40), (px * 0.6 + x * 0.4, y + 22), (px + 40, y - 10)])
    sheet.pen(strokes, width=float(rng.uniform(3.2, 4.4)), density=0.75)


def closing(sheet: Sheet, doc: Doc, seal_words: str) -> None:
    """Recipients left, the signer's block right with seal and signature; kept on one page."""
    f_t, f_name = font(13, bold=True), font(13, bold=True)
    f_rc, f_rh = font(10.5), font(11.5, bold=True, italic=True)
    titles = [ln for ln in doc.signer if ln and ln.isupper()]
    name = doc.signer[-1]
    need = max(len(doc.recipients) * 40 + 60, len(titles) * 54 + 300)
    sheet.y += 30
    if sheet.y + need > H - 110:
        sheet.new_page()
    top = sheet.y
    sheet.text(LEFT, top, "Nơi nhận:", f_rh)
    for k, r in enumerate(doc.recipients):
        sheet.text(LEFT, top + 50 + k * 38, r, f_rc)
    cx = RIGHT - 330
    for k, t in enumerate(titles):
        sheet.centred(t, f_t, cx, top + k * 54)
    y_name = top + len(titles) * 54 + 230
    sheet.centred(name, f_name, cx, y_name)
    signature(sheet, cx - 120, top + len(titles) * 54 + 100)
    seal(sheet, cx - 150 + float(sheet.rng.normal(0, 15)), top + len(titles) * 54 + 40, seal_words)
    sheet.y = max(y_name + 80, top + 50 + len(doc.recipients) * 38 + 40)


def received_stamp(sheet: Sheet, doc: Doc, stem: str) -> None:
    """The receiving office's "ĐẾN" stamp, top left under the header, with its own number and a pen date."""
    rng = sheet.rng
    when = issue_date(doc) + dt.timedelta(days=int(rng.integers(1, 5)))
    layer = Image.new("L", (560, 250), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle([4, 4, 555, 245], outline=255, width=5)
    own = "BAN ĐỐI NGOẠI" in doc.issuer or stem.startswith("qd-")
    office = "VĂN PHÒNG - ĐHQG-HCM" if own else "BAN ĐỐI NGOẠI - ĐHQG-HCM"
    d.text((280, 38), office, font=font(10, bold=True), fill=255, anchor="mm")
    d.text((30, 70), "ĐẾN", font=font(20, bold=True), fill=255)
    d.text((200, 90), "Số: ..............", font=font(11), fill=255)
    d.text((30, 150), "Ngày: ......./......./...........", font=font(11), fill=255)
    d.text((30, 200), "Chuyển: ............................", font=font(11), fill=255)
    angle = float(rng.uniform(-4, 4))
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    ink = np.asarray(layer, np.float32) / 255 * rng.uniform(0.45, 0.7, (layer.height, layer.width)).astype(np.float32)
    free_below = len(sheet.pages) == 1 and sheet.y < H - 60 - layer.height
    x0, y0 = (LEFT - 60, H - 50 - layer.height) if free_below else (LEFT - 90, TOP + 235)
    region = sheet.inks[0][y0 : y0 + layer.height, x0 : x0 + layer.width]
    np.maximum(region, ink[: region.shape[0], : region.shape[1]], out=region)
    handwrite(sheet, x0 + 300, y0 + 118, str(int(rng.integers(120, 2400))), height=36, page=0)
    x = handwrite(sheet, x0 + 130, y0 + 178, str(when.day), height=36, page=0)
    x = handwrite(sheet, x + 40, y0 + 178, str(when.month), height=36, page=0)
    handwrite(sheet, x + 50, y0 + 178, str(when.year), height=36, page=0)


def seal_words(doc: Doc) -> str:
    """The name round the seal: the issuing unit's, with ĐHQG-HCM's for the central office."""
    if "BAN ĐỐI NGOẠI" in doc.issuer:
        return "★ ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH ★ BAN ĐỐI NGOẠI"
    if doc.issuer == ["ĐẠI HỌC QUỐC GIA", "THÀNH PHỐ HỒ CHÍ MINH"]:
        return "★ ĐẠI HỌC QUỐC GIA THÀNH PHỐ HỒ CHÍ MINH ★"
    return f"★ {' '.join(doc.issuer[1:])} ★ ĐHQG-HCM"


def finish(page: Image.Image, ink: np.ndarray, style: str, rng: np.random.Generator, sender: str) -> Image.Image:
    """Print + ink → the copy: paper tone, blur, skew, then the scan, photocopy or fax look."""
    paper = page.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(paper, np.float32) / 255
    a = a * (1 - ink * 0.9)
    small = rng.normal(0, 1, (H // 64 + 2, W // 64 + 2)).astype(np.float32)
    field_img = Image.fromarray(((small - small.min()) / (np.ptp(small) + 1e-6) * 255).astype(np.uint8))
    tone = np.asarray(field_img.resize((W, H), Image.Resampling.BICUBIC), np.float32) / 255
    if style == "photocopy":
        base = 0.86 + 0.08 * tone
        edge = np.clip(1 - np.arange(W, dtype=np.float32) / 90, 0, 1)[None, :] * 0.55
        a = a * base - edge
        streak = int(rng.integers(LEFT, RIGHT))
        a[:, streak : streak + 3] -= 0.08
        toner = rng.random((H, W)) < 0.0012
        a[toner] *= 0.35
    else:
        a = a * (0.93 + 0.05 * tone)
        dots = rng.random((H, W)) < 0.0004
        a[dots] *= 0.45
    img = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))
    angle = float(rng.uniform(-0.9, 0.9))
    fill = 225 if style == "photocopy" else 238
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    if style == "fax":
        coarse = img.resize((W, H // 2), Image.Resampling.BILINEAR)
        b = np.asarray(coarse, np.float32) + rng.normal(0, 18, (H // 2, W))
        img = Image.fromarray(np.where(b < 150, 20, 250).astype(np.uint8)).resize((W, H), Image.Resampling.NEAREST)
        d = ImageDraw.Draw(img)
        d.text((60, 22), sender, font=ImageFont.truetype(str(MONO), 30), fill=20)
    return img


def style_of(stem: str) -> str:
    h = zlib.crc32(stem.encode()) % 10
    return "fax" if h < 2 else "photocopy" if h < 5 else "scan"


def render(stem: str) -> tuple[list[Image.Image], dt.date]:
    text = (TEXTS / f"{stem}.txt").read_text(encoding="utf-8")
    doc = parse(text)
    rng = np.random.default_rng(zlib.crc32(stem.encode()))
    sheet = Sheet(rng)
    header(sheet, doc)
    title(sheet, doc.title)
    body(sheet, doc.body)
    closing(sheet, doc, seal_words(doc))
    if doc.annex:
        sheet.new_page()
        title(sheet, doc.annex[:2])
        sheet.centred(doc.annex[2], font(13, italic=True), (LEFT + RIGHT) / 2, sheet.y - 30)
        sheet.y += 50
        body(sheet, doc.annex[3:])
    stamped = 0.8 if stem.startswith("bc-") else 0.25
    if rng.random() < stamped:
        received_stamp(sheet, doc, stem)
    issued = issue_date(doc)
    style = style_of(stem)
    out = []
    for k, (page, ink) in enumerate(zip(sheet.pages, sheet.inks, strict=True)):
        sent = issued + dt.timedelta(days=1)
        minute, line = int(rng.integers(0, 60)), int(rng.integers(1000, 9999))
        sender = (
            f"{sent:%d/%m/%Y} {8 + k:02d}:{minute:02d}  FROM: 028 3724 {line}   P.{k + 1:02d}/{len(sheet.pages):02d}"
        )
        out.append(finish(page, ink, style, rng, sender))
    return out, issued


def pdf_options(stem: str, issued: dt.date) -> dict[str, Any]:
    """Fixed metadata (the document's own date, not today's), so the same text always gives the same bytes."""
    when = dt.datetime.combine(issued, dt.time(9, 0)).timetuple()
    return {
        "resolution": DPI,
        "quality": 31,
        "creationDate": when,
        "modDate": when,
        "producer": "ScanStation",
        "title": stem,
    }


def main(argv: list[str]) -> int:
    SCANS.mkdir(exist_ok=True)
    stems = argv or sorted(p.stem for p in TEXTS.glob("*.txt"))
    for stem in stems:
        pages, issued = render(stem)
        path = SCANS / f"{stem}.pdf"
        first, *rest = pages
        first.save(path, save_all=True, append_images=rest, **pdf_options(stem, issued))
        print(stem, style_of(stem), len(pages), path.stat().st_size // 1024, "KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
