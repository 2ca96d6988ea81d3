"""Draw the Nghệ An 2026 texts as scans: `.venv/bin/python -m samples.scenario_blind29.render [--only STEM ...]`.

Why: congvan reads paperwork that was printed, signed, hand-filled, stamped and scanned, not clean text, so each
`texts/*.txt` becomes a 200-dpi A4 PDF in `scans/` the way the province's originals look (design.md, "Real paperwork"):
the header in two columns; the digits of the number and the day of the date left blank in print and written by pen
in near-black strokes (on some documents the month too); ruled tables; "Nơi nhận" beside the signature block, a red
round seal over the left of the signer's title under a blue signature; page numbers from page 2; on the reports and
about a third of the decisions a red "ĐẾN" stamp of the receiving office over the body with its own pen-written number
and date; on some a digital-signature box whose time is days after the printed date. Each file then comes back as a
flat-bed colour scan, a photocopy or a fax. Everything is seeded by the file name, so a run gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
MM = DPI / 25.4
LEFT, RIGHT, TOP, BOTTOM = round(30 * MM), round(W - 18 * MM), round(20 * MM), round(H - 22 * MM)
INK = (18, 18, 20)
PEN = (28, 28, 40)
SEAL_RED = (205, 32, 45)
SIGN_BLUE = (30, 55, 160)
FONT_FILES = {
    "regular": ("liberation2/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf"),
    "bold": ("liberation2/LiberationSerif-Bold.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "italic": ("liberation2/LiberationSerif-Italic.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
    "bolditalic": ("liberation2/LiberationSerif-BoldItalic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"),
    "sans": ("liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf"),
    "sansbold": ("liberation2/LiberationSans-Bold.ttf", "dejavu/DejaVuSans-Bold.ttf"),
}
"""Liberation 2 (Times-like, with every Vietnamese letter, which Liberation 1 lacks); DejaVu when it is missing."""
MOTTOS = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")
RECEIVERS = ("VĂN PHÒNG UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ TỈNH NGHỆ AN", "BAN TỔ CHỨC TỈNH ỦY NGHỆ AN")


@cache
def font(style: str, size: int) -> ImageFont.FreeTypeFont:
    for name in FONT_FILES[style]:
        path = Path("/usr/share/fonts/truetype") / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    raise FileNotFoundError(f"no font for {style}: install the Debian package fonts-liberation2 or fonts-dejavu")


def pt(points: float) -> int:
    return round(points * DPI / 72)


BODY = pt(13.5)
LINE = round(BODY * 1.32)


def rng_for(stem: str, salt: str = "") -> np.random.Generator:
    return np.random.default_rng(int(hashlib.sha256(f"{stem}{salt}".encode()).hexdigest()[:12], 16))


# ---------------------------------------------------------------------------------------------------------------- text
@dataclass
class Header:
    left: list[str]
    right: list[str]


@dataclass
class Para:
    text: str
    style: str = "regular"
    align: str = "justify"  # justify | center | left
    indent: bool = True
    size: int = BODY


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Signature:
    recipients: list[str]
    block: list[str]


@dataclass
class Gap:
    height: int


@dataclass
class BodyStart:
    """Where the body begins under the title block: the receiving office stamps the page there."""


Block = Header | Para | Table | Signature | Gap | BodyStart


def is_heading(line: str) -> bool:
    """A line all in capitals (the document type, the deciding authority, "QUYẾT ĐỊNH:") is centred in bold."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(line) < 70


def parse(chunk: str, first: bool, is_report: bool) -> list[Block]:
    """A page chunk of a text (between form feeds) as blocks: the header and the title block on the first chunk, then
    paragraphs, tables and the closing "Nơi nhận" beside the signature."""
    lines = chunk.split("\n")
    blocks: list[Block] = []
    k = 0
    if first:
        head: list[str] = []
        while k < len(lines) and lines[k].strip():
            head.append(lines[k])
            k += 1
        split = next(i for i, ln in enumerate(head) if ln in MOTTOS)
        blocks.append(Header(head[:split], head[split:]))
        k += 1
        title: list[str] = []
        while k < len(lines) and lines[k].strip():
            title.append(lines[k])
            k += 1
        blocks.append(Gap(LINE // 2))
        for i, ln in enumerate(title):
            blocks.append(Para(ln, "bold", "center", False, pt(14) if i == 0 else BODY))
        blocks.append(Gap(LINE // 2))
        blocks.append(BodyStart())
    while k < len(lines):
        line = lines[k]
        if line.startswith("Nơi nhận"):
            recipients = [line]
            k += 1
            while k < len(lines) and lines[k].startswith("- "):
                recipients.append(lines[k])
                k += 1
            block = lines[k:]
            while block and not block[-1].strip():
                block.pop()
            blocks.append(Signature(recipients, block))
            break
        if "\t" in line:
            rows = []
            while k < len(lines) and "\t" in lines[k]:
                rows.append(lines[k].split("\t"))
                k += 1
            blocks.append(Table(rows))
            continue
        k += 1
        if not line.strip():
            blocks.append(Gap(LINE // 3))
        elif is_heading(line):
            blocks.append(Para(line, "bold", "center", False))
        elif line.startswith("Kính gửi"):
            blocks.append(Para(line, "regular", "center", False))
        elif line.startswith(("Căn cứ", "- Căn cứ", "Xét đề nghị", "- Xét")):
            blocks.append(Para(line, "italic"))
        elif line.startswith("(") and line.endswith(")"):
            blocks.append(Para(line, "italic", "center", False))
        elif is_report and re.match(r"^(?:[IVX]+\.|\d+\.) ", line):
            blocks.append(Para(line, "bold", "left", True))
        else:
            blocks.append(Para(line))
    return blocks


def chunks(text: str, is_report: bool) -> Iterator[list[Block]]:
    for i, chunk in enumerate(text.rstrip("\n").split("\f")):
        yield parse(chunk, i == 0, is_report)


# --------------------------------------------------------------------------------------------------------------- pages
@dataclass
class PenMark:
    """Digits to write by pen, left of `x` on the baseline `y` (the blank the printed form leaves)."""

    x: int
    y: int
    text: str
    width: int


@dataclass
class Sheet:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int = TOP
    pens: list[PenMark] = field(default_factory=list)
    seal_at: tuple[int, int] | None = None
    sign_box: tuple[int, int, int, int] | None = None
    body_top: int = TOP


def new_sheet(number: int) -> Sheet:
    image = Image.new("RGB", (W, H), "white")
    sheet = Sheet(image, ImageDraw.Draw(image))
    if number > 1:
        sheet.draw.text((W // 2, TOP - pt(6)), str(number), font=font("regular", pt(12)), fill=INK, anchor="ms")
        sheet.y = TOP + pt(6)
    sheet.body_top = sheet.y
    return sheet


def text_width(text: str, f: ImageFont.FreeTypeFont) -> float:
    return f.getlength(text)


def centered(sheet: Sheet, text: str, cx: int, f: ImageFont.FreeTypeFont, underline: float = 0.0) -> None:
    """One line centred on `cx` at the sheet's cursor; `underline` draws a rule under that share of its width."""
    sheet.draw.text((cx, sheet.y + f.size), text, font=f, fill=INK, anchor="ms")
    if underline:
        half = text_width(text, f) * underline / 2
        sheet.draw.line([(cx - half, sheet.y + f.size + 8), (cx + half, sheet.y + f.size + 8)], fill=INK, width=2)


def with_blank(sheet: Sheet, line: str, cx: int, f: ImageFont.FreeTypeFont, blank: str, pen: str) -> None:
    """A centred line whose `blank` part is printed as spaces and written by pen (`pen` may differ: "02" or "2")."""
    before, after = line.split(blank, 1)
    gap = pen_room(pen)
    total = text_width(before, f) + gap + text_width(after, f)
    x0 = cx - total / 2
    base = sheet.y + f.size
    sheet.draw.text((x0, base), before, font=f, fill=INK, anchor="ls")
    x1 = x0 + text_width(before, f)
    sheet.draw.text((x1 + gap, base), after, font=f, fill=INK, anchor="ls")
    sheet.pens.append(PenMark(round(x1 + 6), round(base), pen, round(gap - 12)))


def pen_room(pen: str) -> int:
    """The blank a form leaves for `pen`'s digits: hand-written digits are wider than printed ones."""
    return 32 * len(pen) + 40


def number_blank(line: str) -> str | None:
    """The digits the form leaves blank in "Số: 402/QĐ-UBND" or "Số 118-QĐ/TU"."""
    m = re.match(r"^Số:? (\d+)[/-]", line)
    return m[1] if m else None


def draw_header(sheet: Sheet, head: Header, hand: bool, month_by_hand: bool) -> None:
    """Issuer and number on the left, motto and place-date on the right, the date level with the number."""
    left_cx, right_cx = LEFT + round(0.26 * (RIGHT - LEFT)) - 30, LEFT + round(0.70 * (RIGHT - LEFT))
    top = sheet.y
    regular, bold, italic = font("regular", pt(12.5)), font("bold", pt(12.5)), font("italic", pt(13.5))
    issuers = [ln for ln in head.left if not ln.startswith("Số")]
    for i, line in enumerate(issuers):
        if line == "*":
            centered(sheet, "*", left_cx, bold)
            sheet.y += round(LINE * 0.8)
            continue
        last = i == len(issuers) - 1 or issuers[i + 1] == "*"
        centered(sheet, line, left_cx, bold if i > 0 else regular, 0.35 if last and "*" not in issuers else 0.0)
        sheet.y += round(LINE * 0.95)
    number_y = sheet.y + LINE // 3
    sheet.y = top
    mottos, date = head.right[:-1], head.right[-1]
    for line in mottos:
        centered(sheet, line, right_cx, bold, 0.0 if line.startswith("CỘNG") else 0.8)
        sheet.y += round(LINE * 0.95)
    number_y = max(number_y, sheet.y + LINE // 3)
    sheet.y = number_y
    number = next(ln for ln in head.left if ln.startswith("Số"))
    blank = number_blank(number)
    if hand and blank:
        with_blank(sheet, number, left_cx, font("regular", pt(13)), blank, blank)
    else:
        centered(sheet, number, left_cx, font("regular", pt(13)))
    m = re.search(r"ngày (\d+) tháng (\d+)", date)
    if hand and m:
        line = date.replace(f"ngày {m[1]} ", "ngày @D ", 1)
        if month_by_hand:
            line = line.replace(f"tháng {m[2]} ", "tháng @M ", 1)
        draw_date(sheet, line, right_cx, italic, m[1], m[2])
    else:
        centered(sheet, date, right_cx, italic)
    sheet.y = number_y + round(LINE * 1.6)


def draw_date(sheet: Sheet, line: str, cx: int, f: ImageFont.FreeTypeFont, day: str, month: str) -> None:
    """The place-and-date line with the day (and maybe the month) left blank and written by pen."""
    parts = re.split(r"(@D|@M)", line)
    gaps = {"@D": (day, pen_room(day)), "@M": (month, pen_room(month))}
    total = sum(gaps[p][1] if p in gaps else text_width(p, f) for p in parts)
    x = cx - total / 2
    base = sheet.y + f.size
    for p in parts:
        if p in gaps:
            sheet.pens.append(PenMark(round(x + 5), round(base), gaps[p][0], gaps[p][1] - 10))
            x += gaps[p][1]
        else:
            sheet.draw.text((x, base), p, font=f, fill=INK, anchor="ls")
            x += text_width(p, f)


def wrap(words: list[str], f: ImageFont.FreeTypeFont, width: float, first_indent: float) -> list[list[str]]:
    lines: list[list[str]] = []
    current: list[str] = []
    room = width - first_indent
    space = text_width(" ", f)
    used = 0.0
    for word in words:
        w = text_width(word, f)
        if current and used + space + w > room:
            lines.append(current)
            current, used, room = [], 0.0, width
        used += (space if current else 0) + w
        current.append(word)
    if current:
        lines.append(current)
    return lines


def bold_lead(line_words: list[str], first: bool) -> int:
    """How many leading words of a paragraph's first line are bold: "Điều 1." (the article's number)."""
    if first and len(line_words) >= 2 and line_words[0] == "Điều" and re.match(r"^\d+\.$", line_words[1]):
        return 2
    return 0


class Layout:
    """Places blocks on sheets, breaking pages where a line, a table row or the signature no longer fits."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = [new_sheet(1)]

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def room(self, height: int) -> None:
        if self.sheet.y + height > BOTTOM:
            self.sheets.append(new_sheet(len(self.sheets) + 1))

    def new_page(self) -> None:
        self.sheets.append(new_sheet(len(self.sheets) + 1))

    def para(self, p: Para) -> None:
        f = font(p.style, p.size)
        width = RIGHT - LEFT
        indent = pt(28) if p.indent and p.align == "justify" else 0
        lines = wrap(p.text.split(), f, width, indent)
        space = text_width(" ", f)
        for i, words in enumerate(lines):
            self.room(LINE)
            base = self.sheet.y + p.size
            x0 = LEFT + (indent if i == 0 else 0)
            if p.align == "center":
                self.sheet.draw.text(((LEFT + RIGHT) // 2, base), " ".join(words), font=f, fill=INK, anchor="ms")
            else:
                natural = sum(text_width(w, f) for w in words)
                last = i == len(lines) - 1
                gap = (
                    space if last or len(words) == 1 or p.align == "left" else (RIGHT - x0 - natural) / (len(words) - 1)
                )
                x: float = x0
                lead = bold_lead(words, i == 0)
                for j, word in enumerate(words):
                    wf = font("bold", p.size) if j < lead else f
                    self.sheet.draw.text((x, base), word, font=wf, fill=INK, anchor="ls")
                    x += text_width(word, wf) + gap
            self.sheet.y += LINE

    def table(self, t: Table) -> None:
        f, fb = font("regular", pt(12)), font("bold", pt(12))
        cols = max(len(r) for r in t.rows)
        width = RIGHT - LEFT
        widths = [max(text_width(r[c], fb) if c < len(r) else 0 for r in t.rows) + 26 for c in range(cols)]
        floor = width / 4
        while sum(widths) > width:  # narrow the widest columns, none below a quarter of the line
            roomy = [c for c in range(cols) if widths[c] > floor]
            if not roomy:
                break
            widest = max(roomy, key=widths.__getitem__)
            widths[widest] = max(floor, widths[widest] - (sum(widths) - width))
        widths = [w * width / sum(widths) for w in widths]
        row_line = round(pt(12) * 1.3)
        for r, row in enumerate(t.rows):
            cells = [wrap(cell.split(), fb if r == 0 else f, widths[c] - 16, 0) for c, cell in enumerate(row)]
            height = max(len(c) for c in cells) * row_line + 14
            self.room(height)
            x: float = LEFT
            top = self.sheet.y
            for c, lines in enumerate(cells):
                self.sheet.draw.rectangle([x, top, x + widths[c], top + height], outline=INK, width=2)
                for k, words in enumerate(lines):
                    base = top + 7 + (k + 1) * row_line - 8
                    text = " ".join(words)
                    if r == 0 or c == 0:
                        self.sheet.draw.text(
                            (x + widths[c] / 2, base), text, font=fb if r == 0 else f, fill=INK, anchor="ms"
                        )
                    else:
                        self.sheet.draw.text((x + 8, base), text, font=f, fill=INK, anchor="ls")
                x += widths[c]
            self.sheet.y = top + height
        self.sheet.y += LINE // 3

    def signature(self, s: Signature) -> None:
        small, small_bi = font("regular", pt(11)), font("bolditalic", pt(12))
        bold = font("bold", pt(13))
        titles, name = s.block[:-1], s.block[-1]
        titles = [t for t in titles if t.strip()]
        height = max(len(s.recipients) * round(LINE * 0.8), (len(titles) + 5) * LINE)
        self.room(height)
        top = self.sheet.y + LINE // 2
        y = top
        for i, line in enumerate(s.recipients):
            self.sheet.draw.text((LEFT, y + pt(11)), line, font=small_bi if i == 0 else small, fill=INK, anchor="ls")
            y += round(LINE * 0.8)
        cx = LEFT + round(0.72 * (RIGHT - LEFT))
        y = top
        widest = max(text_width(t, bold) for t in titles)
        for line in titles:
            self.sheet.draw.text((cx, y + pt(13)), line, font=bold, fill=INK, anchor="ms")
            y += LINE
        title_bottom = y
        y += round(LINE * 3.2)
        self.sheet.draw.text((cx, y + pt(13)), name, font=bold, fill=INK, anchor="ms")
        self.sheet.seal_at = (round(cx - widest / 2 + 10), round(title_bottom - LINE * 0.2))
        self.sheet.sign_box = (round(cx - 150), title_bottom + 10, round(cx + 170), y)
        self.sheet.y = max(y + LINE, top + len(s.recipients) * round(LINE * 0.8))

    def place(self, blocks: list[Block], hand: bool, month_by_hand: bool) -> None:
        for b in blocks:
            if isinstance(b, Header):
                draw_header(self.sheet, b, hand, month_by_hand)
            elif isinstance(b, Para):
                self.para(b)
            elif isinstance(b, Table):
                self.table(b)
            elif isinstance(b, Signature):
                self.signature(b)
            elif isinstance(b, BodyStart):
                self.sheet.body_top = self.sheet.y
            else:
                self.sheet.y += b.height


# ----------------------------------------------------------------------------------------------------------------- ink
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [
        [
            (0.3, 0.0),
            (0.08, 0.18),
            (0.03, 0.55),
            (0.15, 0.93),
            (0.32, 1.0),
            (0.5, 0.85),
            (0.56, 0.45),
            (0.45, 0.08),
            (0.28, 0.02),
        ]
    ],
    "1": [[(0.12, 0.22), (0.34, 0.0), (0.33, 0.55), (0.32, 1.0)]],
    "2": [
        [
            (0.05, 0.25),
            (0.15, 0.05),
            (0.35, 0.0),
            (0.52, 0.12),
            (0.5, 0.35),
            (0.3, 0.6),
            (0.03, 0.98),
            (0.3, 0.97),
            (0.6, 0.95),
        ]
    ],
    "3": [
        [
            (0.06, 0.12),
            (0.3, 0.0),
            (0.5, 0.12),
            (0.47, 0.32),
            (0.25, 0.47),
            (0.5, 0.58),
            (0.56, 0.8),
            (0.36, 1.0),
            (0.04, 0.92),
        ]
    ],
    "4": [[(0.45, 1.0), (0.44, 0.45), (0.42, 0.0), (0.2, 0.35), (0.0, 0.68), (0.3, 0.68), (0.62, 0.66)]],
    "5": [
        [(0.56, 0.0), (0.14, 0.02), (0.08, 0.45), (0.35, 0.38), (0.55, 0.55), (0.55, 0.82), (0.35, 1.0), (0.05, 0.92)]
    ],
    "6": [
        [
            (0.5, 0.04),
            (0.3, 0.0),
            (0.1, 0.25),
            (0.05, 0.65),
            (0.15, 0.95),
            (0.35, 1.0),
            (0.52, 0.85),
            (0.5, 0.6),
            (0.3, 0.5),
            (0.08, 0.62),
        ]
    ],
    "7": [[(0.02, 0.04), (0.3, 0.0), (0.6, 0.02), (0.4, 0.5), (0.26, 1.0)]],
    "8": [
        [
            (0.3, 0.47),
            (0.1, 0.3),
            (0.12, 0.08),
            (0.3, 0.0),
            (0.5, 0.08),
            (0.5, 0.3),
            (0.3, 0.47),
            (0.06, 0.68),
            (0.1, 0.92),
            (0.3, 1.0),
            (0.52, 0.92),
            (0.55, 0.68),
            (0.3, 0.47),
        ]
    ],
    "9": [
        [
            (0.52, 0.3),
            (0.35, 0.45),
            (0.12, 0.4),
            (0.05, 0.2),
            (0.2, 0.02),
            (0.42, 0.0),
            (0.55, 0.15),
            (0.52, 0.5),
            (0.46, 1.0),
        ]
    ],
    "/": [[(0.5, 0.0), (0.05, 1.0)]],
}
"""Single-stroke skeletons of hand-written digits in a box 0.6 wide and 1 high (y down)."""


def smooth(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A Catmull-Rom curve through the points: a pen stroke, not a polygon."""
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(p) for p in pts[i - 1 : i + 3])
        for t in np.linspace(0, 1, steps, endpoint=False):
            v = 0.5 * (
                2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
            out.append((float(v[0]), float(v[1])))
    out.append(points[-1])
    return out


def write_by_pen(image: Image.Image, mark: PenMark, rng: np.random.Generator) -> None:
    """Digits in one person's hand: a slant, a size a little above the print, each digit jittered."""
    draw = ImageDraw.Draw(image)
    height = rng.uniform(36, 46)
    slant = rng.uniform(0.12, 0.3)
    advance = height * rng.uniform(0.58, 0.7)
    total = advance * len(mark.text)
    x = mark.x + max(0.0, (mark.width - total) / 2) + rng.uniform(-4, 4)
    base = mark.y + rng.uniform(-3, 4)
    width = int(rng.integers(3, 6))
    for ch in mark.text:
        h = height * rng.uniform(0.9, 1.08)
        for stroke in DIGITS[ch]:
            jittered = [(px + rng.normal(0, 0.025), py + rng.normal(0, 0.02)) for px, py in stroke]
            pts = [(x + px * h + (1 - py) * h * slant, base - (1 - py) * h) for px, py in smooth(jittered)]
            draw.line(pts, fill=PEN, width=width, joint="curve")
        x += advance * rng.uniform(0.85, 1.1)


def signature(image: Image.Image, box: tuple[int, int, int, int], rng: np.random.Generator) -> None:
    """A blue scribble across the signature space: a few loops and a flourish."""
    x0, y0, x1, y1 = box
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    t = np.linspace(0, 1, 260)
    loops = rng.uniform(3, 6)
    xs = x0 + (x1 - x0) * (t + 0.06 * np.sin(2 * math.pi * loops * t + rng.uniform(0, 6)))
    ys = (y0 + y1) / 2 + (y1 - y0) * 0.28 * np.sin(2 * math.pi * loops * t * rng.uniform(0.9, 1.3)) * (1 - 0.5 * t)
    ys += (y1 - y0) * 0.15 * (t - 0.5)
    draw.line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=(*SIGN_BLUE, 235), width=4, joint="curve")
    fx = np.linspace(x0 + 20, x1 + 10, 60)
    fy = y1 - 10 + 12 * np.sin(np.linspace(0, math.pi, 60)) - rng.uniform(0, 20)
    draw.line(list(zip(fx.tolist(), fy.tolist(), strict=True)), fill=(*SIGN_BLUE, 220), width=3, joint="curve")
    image.paste(layer, (0, 0), layer)


def ink_layer(
    size: tuple[int, int], draw_fn: Callable[[Image.Image], None], rng: np.random.Generator, blotch: float
) -> Image.Image:
    """A grey mask drawn by `draw_fn`, worn like stamp ink: blotchy, with gaps where the pad ran dry."""
    mask = Image.new("L", size, 0)
    draw_fn(mask)
    noise = rng.random((size[1] // 8 + 1, size[0] // 8 + 1))
    coarse = np.array(Image.fromarray((noise * 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)) / 255
    fine = rng.random((size[1], size[0]))
    strength = np.clip(0.8 + blotch * (coarse - 0.5) * 1.6, 0, 1) * (fine > 0.06)
    return Image.fromarray((np.array(mask) * strength).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def multiply(image: Image.Image, mask: Image.Image, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Lay ink of `colour` through `mask` at `at`, multiplied over what is printed (black text stays black)."""
    x, y = at
    w, h = mask.size
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if x1 <= x0 or y1 <= y0:
        return
    region = np.asarray(image.crop((x0, y0, x1, y1))).astype(np.float64)
    alpha = np.asarray(mask.crop((x0 - x, y0 - y, x1 - x, y1 - y))).astype(np.float64)[..., None] / 255
    tint = np.array(colour, np.float64) / 255
    out = region * (1 - alpha + alpha * tint)
    image.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


def arc_text(mask: Image.Image, text: str, c: float, radius: float, f: ImageFont.FreeTypeFont) -> None:
    """Capitals round the top of the seal's ring, each letter turned to face outwards."""
    span = min(300.0, 11.5 * len(text))
    for i, ch in enumerate(text):
        angle = math.radians(-90 - span / 2 + span * (i + 0.5) / len(text))
        x, y = c + radius * math.cos(angle), c + radius * math.sin(angle)
        glyph = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), ch, font=f, fill=255, anchor="mm")
        turned = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        mask.paste(255, (round(x - 30), round(y - 30)), turned)


def seal(image: Image.Image, centre: tuple[int, int], issuer: str, rng: np.random.Generator) -> None:
    """The red round seal: two rings, the issuer round the top, a star in the middle."""
    size = 330
    c = size / 2
    f = font("sansbold", 27)

    def draw_seal(mask: Image.Image) -> None:
        d = ImageDraw.Draw(mask)
        d.ellipse([6, 6, size - 6, size - 6], outline=255, width=9)
        d.ellipse([58, 58, size - 58, size - 58], outline=255, width=4)
        arc_text(mask, issuer, c, c - 32, f)
        star = [
            (c + r * math.cos(math.radians(-90 + 36 * k)), c + r * math.sin(math.radians(-90 + 36 * k)))
            for k, r in zip(range(10), [52, 21] * 5, strict=True)
        ]
        d.polygon(star, fill=255)

    mask = ink_layer((size, size), draw_seal, rng, blotch=0.9)
    mask = mask.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    multiply(image, mask, SEAL_RED, (round(centre[0] - c), round(centre[1] - c)))


def received_stamp(
    image: Image.Image, at: tuple[int, int], receiver: str, dated: dt.date, rng: np.random.Generator
) -> None:
    """The receiving office's "ĐẾN" stamp in red ink over the body, its number and date filled by pen."""
    w, h = 470, 250
    f_small, f_big, f_mid = font("sansbold", 24), font("sansbold", 50), font("sansbold", 28)

    def draw_stamp(mask: Image.Image) -> None:
        d = ImageDraw.Draw(mask)
        d.rectangle([4, 4, w - 4, h - 4], outline=255, width=6)
        d.text((w / 2, 40), receiver, font=f_small, fill=255, anchor="ms")
        d.text((70, 125), "ĐẾN", font=f_big, fill=255, anchor="ms")
        d.text((150, 100), "Số:", font=f_mid, fill=255, anchor="ls")
        d.text((150, 160), "Ngày:", font=f_mid, fill=255, anchor="ls")
        d.text((20, 225), "Chuyển:", font=f_mid, fill=255, anchor="ls")

    mask = ink_layer((w, h), draw_stamp, rng, blotch=0.7)
    multiply(image, mask, (190, 40, 70), at)
    number = str(int(rng.integers(1200, 4800)))
    write_by_pen(image, PenMark(at[0] + 210, at[1] + 102, number, 220), rng)
    stamp_date = f"{dated.day}/{dated.month}/{dated.year % 100}"
    write_by_pen(image, PenMark(at[0] + 240, at[1] + 162, stamp_date, 220), rng)


def signed_box(image: Image.Image, signer: str, when: dt.datetime) -> None:
    """The digital-signature box at the top right; its time is the signing, not the document's date."""
    f = font("sans", 21)
    lines = [f"Ký bởi: {signer}", "Cơ quan: Tỉnh Nghệ An", f"Thời gian ký: {when:%d.%m.%Y %H:%M:%S} +07:00"]
    x0, y0 = RIGHT - 520, 30
    draw = ImageDraw.Draw(image)
    draw.rectangle([x0, y0, RIGHT + 40, y0 + 112], outline=SIGN_BLUE, width=2)
    for i, line in enumerate(lines):
        draw.text((x0 + 12, y0 + 32 + i * 32), line, font=f, fill=SIGN_BLUE, anchor="ls")


# ------------------------------------------------------------------------------------------------------------- degrade
def scanned(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A flat-bed colour scan: cream paper, uneven light, a slight turn, soft focus."""
    a = np.asarray(image).astype(np.float64)
    paper = np.array([246, 241, 226], np.float64) + rng.normal(0, 2.5, 3)
    light = np.linspace(1.0, rng.uniform(0.93, 0.99), H)[:, None, None]
    a = a / 255 * paper * light + rng.normal(0, 1.2, a.shape)
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-1.1, 1.1), resample=Image.Resampling.BICUBIC, fillcolor=(235, 232, 222))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))


def photocopied(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A photocopy: grey, toner uneven across the page, a dark binding edge, drum streaks and specks."""
    g = np.asarray(image.convert("L")).astype(np.float64)
    coarse = rng.random((12, 9))
    toner = np.array(Image.fromarray((coarse * 255).astype(np.uint8)).resize((W, H), Image.Resampling.BICUBIC)) / 255
    dark = 255 - g
    g = 255 - dark * (0.75 + 0.5 * toner)
    g = np.where(g < 150, g * 0.6, g)  # copiers push ink to black
    edge = int(rng.integers(25, 70))
    g[:, :edge] *= np.linspace(0.25, 1.0, edge)[None, :]
    for x in rng.integers(LEFT, RIGHT, int(rng.integers(2, 5))):
        g[:, x : x + int(rng.integers(1, 3))] *= rng.uniform(0.75, 0.9)
    specks = rng.random(g.shape) < 0.0008
    g[specks] = rng.uniform(0, 90, int(specks.sum()))
    g = g * 0.97 + 5 + rng.normal(0, 1.5, g.shape)
    out = Image.fromarray(g.clip(0, 255).astype(np.uint8), "L")
    return out.rotate(rng.uniform(-0.8, 0.8), resample=Image.Resampling.BILINEAR, fillcolor=235)


def faxed(image: Image.Image, rng: np.random.Generator, line: str) -> Image.Image:
    """A fax: the sender's line on top, half the vertical resolution, black and white."""
    g = image.convert("L")
    ImageDraw.Draw(g).text((LEFT - 140, 22), line, font=font("sans", 22), fill=0, anchor="ls")
    g = g.resize((W, H // 2), Image.Resampling.BILINEAR).resize((W, H), Image.Resampling.NEAREST)
    g = g.rotate(rng.uniform(-0.6, 0.6), resample=Image.Resampling.BILINEAR, fillcolor=255)
    a = np.asarray(g).astype(np.float64) + rng.normal(0, 12, (H, W))
    return Image.fromarray(np.where(a > rng.uniform(150, 175), 255, 0).astype(np.uint8)).convert("1")


# -------------------------------------------------------------------------------------------------------------- driver
def doc_date(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m, "every text has its date line"
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def seal_issuer(text: str) -> str:
    """What the seal's ring says: the body that signs (the party's committee, the province, the unit)."""
    head = text.split("\n", 4)
    if head[0].startswith("ĐẢNG BỘ") or head[0].startswith("TỈNH ỦY"):
        return "TỈNH ỦY NGHỆ AN" if "BAN" not in head[1] else "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY"
    if head[0] == "ỦY BAN NHÂN DÂN":
        return f"ỦY BAN NHÂN DÂN {head[1]}"
    return f"{head[1]} * NGHỆ AN"


def render(stem: str) -> list[Image.Image]:
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    rng = rng_for(stem)
    is_report = stem.startswith("bc-")
    hand = rng.random() < (0.7 if is_report else 0.92)
    month_by_hand = hand and rng.random() < 0.2
    layout = Layout()
    for i, blocks in enumerate(chunks(text, is_report)):
        if i:
            layout.new_page()
        layout.place(blocks, hand, month_by_hand)
    dated = doc_date(text)
    pages = [s.image for s in layout.sheets]
    for s in layout.sheets:
        for mark in s.pens:
            write_by_pen(s.image, mark, rng)
        if s.sign_box:
            signature(s.image, s.sign_box, rng)
        if s.seal_at:
            seal(s.image, s.seal_at, seal_issuer(text), rng)
    first = layout.sheets[0]
    if is_report or rng.random() < 0.33:
        at = (int(rng.integers(LEFT - 40, RIGHT - 520)), int(rng.integers(first.body_top, first.body_top + 260)))
        received = dated + dt.timedelta(days=int(rng.integers(1, 6)))
        received_stamp(first.image, at, RECEIVERS[int(rng.integers(0, len(RECEIVERS)))], received, rng)
    if not stem.startswith("00-") and not is_report and rng.random() < 0.3:
        when = dt.datetime.combine(dated, dt.time(8)) + dt.timedelta(
            days=int(rng.integers(0, 15)), minutes=int(rng.integers(0, 540))
        )
        signed_box(first.image, "Ủy ban Nhân dân tỉnh Nghệ An", when)
    look = rng.choice(
        ["scan", "scan", "scan", "copy", "copy", "fax"] if is_report else ["scan", "scan", "scan", "copy"]
    )
    if look == "scan":
        return [scanned(p, rng) for p in pages]
    if look == "copy":
        return [photocopied(p, rng) for p in pages]
    sent = dt.datetime.combine(dated, dt.time(7, 30)) + dt.timedelta(
        days=int(rng.integers(0, 4)), minutes=int(rng.integers(0, 600))
    )
    sender = f"FROM : UBND NGHE AN   FAX NO. : 0238 3844 {int(rng.integers(100, 999))}   {sent:%d/%m/%Y %H:%M}"
    return [faxed(p, rng, f"{sender}   P{k + 1:02d}/{len(pages):02d}") for k, p in enumerate(pages)]


def save(stem: str, pages: list[Image.Image]) -> Path:
    """The pages as one PDF, dated by a seeded scan time after the document's date (not the clock: runs repeat)."""
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    dated = doc_date((HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8"))
    minutes = int(rng_for(stem, "scanned").integers(60 * 24, 60 * 24 * 20))
    when = (dt.datetime.combine(dated, dt.time(8)) + dt.timedelta(minutes=minutes)).timetuple()
    jpeg = {} if pages[0].mode == "1" else {"quality": 40}  # a fax's 1-bit pages go in as CCITT G4, not JPEG
    pages[0].save(
        out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], creationDate=when, modDate=when, **jpeg
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="render only these stems")
    args = parser.parse_args(argv)
    stems = args.only or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    total = 0
    for stem in stems:
        path = save(stem, render(stem))
        total += path.stat().st_size
        print(f"{path.name}\t{path.stat().st_size // 1024} KB")
    print(f"{len(stems)} files, {total / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
