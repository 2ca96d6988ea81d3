"""Render the Hà Tĩnh 2025 scenario's texts as scans the way real provincial originals look.

Written for the second blind scenario from the look of the real Quảng Ngãi scans (design.md, "What real
originals look like"), without reading the first scenario's renderer. Each text becomes a 200-dpi colour PDF
of JPEG pages: grey, slightly noisy and skewed paper; the form printed with its blanks ("Số:      /QĐ-UBND",
"ngày      tháng 5 năm 2025") and the number and day filled in by pen strokes; a red round seal printed over
the signer's title and name, a blue pen signature across them; on decisions and the dispatch a digital
signature box whose time is days after the printed date; on reports the incoming stamp of the provincial
office over the body. Everything is seeded by the file name, so a run gives the same scans.

    python -m samples.scenario_blind2.render [--only NAME] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from samples.scenario_blind.render import smooth  # the Catmull-Rom spline both renderers draw pen strokes with

HERE = Path(__file__).parent
DPI = 200
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 354, 118, 200, 210  # Nghị định 30/2020 margins (30/15/20/20 mm), top a bit less
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 28, 30)
PEN = (22, 28, 74)  # the near-black ballpoint real scans show, not a bright blue
SIGN_BLUE = (35, 60, 170)
SEAL_RED = (214, 38, 46)
STAMP_VIOLET = (120, 40, 120)
PAPER = (241, 238, 231)


@dataclass(frozen=True)
class Look:
    """What differs from one province's paper to another's: the name on seals, signature boxes and the incoming
    stamp, the folder of texts, and the documents whose number and day were typed (the others filled in by pen)."""

    province: str
    folder: Path
    typed: frozenset[str]


HA_TINH = Look("Hà Tĩnh", HERE, frozenset({"bc-stc-031", "bc-sct-062", "bc-syt-102", "bc-kkt-058", "bc-sgddt-097"}))

NUMBER_LINE = re.compile(r"^Số:\s*(?P<num>[0-9]+)(?P<rest>/\S+)$")
DATE_LINE = re.compile(r"^(?P<place>.+, ngày) (?P<day>\d{1,2}) (?P<rest>tháng .+)$")
MOTTO = ("CỘNG HÒA XÃ HỘI", "Độc lập")


def font(style: str, size: int) -> ImageFont.FreeTypeFont:
    """Liberation Serif (Times metrics, every Vietnamese letter), the face of printed state documents."""
    name = {"r": "Regular", "b": "Bold", "i": "Italic", "bi": "BoldItalic"}[style]
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{name}.ttf"), size)


def pt(points: float) -> int:
    return round(points * DPI / 72)


# Pen strokes of the ten digits in a unit box (x right, y down), smoothed and jittered when drawn.
DIGIT_STROKES: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.35, 1.0), (0.75, 0.9), (0.9, 0.45), (0.7, 0.05), (0.45, 0.02)]],
    "1": [[(0.25, 0.25), (0.55, 0.0), (0.52, 1.0)]],
    "2": [[(0.12, 0.22), (0.35, 0.0), (0.72, 0.05), (0.8, 0.3), (0.5, 0.65), (0.1, 1.0), (0.92, 0.97)]],
    "3": [[(0.12, 0.1), (0.5, 0.0), (0.82, 0.2), (0.45, 0.47), (0.88, 0.7), (0.6, 1.0), (0.1, 0.88)]],
    "4": [[(0.68, 1.0), (0.66, 0.0), (0.05, 0.68), (0.95, 0.66)]],
    "5": [[(0.85, 0.0), (0.22, 0.02), (0.16, 0.45), (0.62, 0.38), (0.9, 0.68), (0.6, 1.0), (0.1, 0.9)]],
    "6": [[(0.8, 0.03), (0.38, 0.15), (0.14, 0.62), (0.32, 1.0), (0.76, 0.92), (0.78, 0.6), (0.4, 0.5), (0.16, 0.68)]],
    "7": [[(0.08, 0.02), (0.92, 0.0), (0.38, 1.0)]],
    "8": [
        [
            (0.5, 0.47),
            (0.2, 0.25),
            (0.5, 0.0),
            (0.8, 0.22),
            (0.5, 0.47),
            (0.12, 0.75),
            (0.5, 1.0),
            (0.88, 0.75),
            (0.5, 0.47),
        ]
    ],
    "9": [[(0.82, 0.28), (0.5, 0.5), (0.18, 0.3), (0.45, 0.0), (0.8, 0.15), (0.8, 0.45), (0.7, 1.0)]],
}


def pen_digits(draw: ImageDraw.ImageDraw, x: float, baseline: float, digits: str, rng: random.Random) -> None:
    """Write digits by hand: slanted, uneven in size and spacing, a ballpoint line 3-4 px wide."""
    height = pt(17) * rng.uniform(0.95, 1.12)
    for ch in digits:
        h = height * rng.uniform(0.9, 1.08)
        w = h * 0.58
        top = baseline - h + rng.uniform(-3, 3)
        for stroke in DIGIT_STROKES[ch]:
            jittered = [(px + rng.uniform(-0.05, 0.05), py + rng.uniform(-0.04, 0.04)) for px, py in stroke]
            curve = [(x + (px + 0.22 * (1 - py)) * w, top + py * h) for px, py in smooth(jittered, steps=8)]
            draw.line(curve, fill=PEN, width=rng.choice((3, 4)), joint="curve")
        x += w * rng.uniform(0.95, 1.15)


def text_width(f: ImageFont.FreeTypeFont, text: str) -> float:
    return f.getlength(text)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: float, first_indent: float = 0) -> list[str]:
    lines: list[str] = []
    current = ""
    limit = width - first_indent
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if text_width(f, candidate) <= limit or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
            limit = width
    if current:
        lines.append(current)
    return lines


@dataclass
class Sheet:
    """The pages of one document while they are printed."""

    rng: random.Random
    pages: list[Image.Image] = field(default_factory=list)
    y: float = TOP

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def page(self) -> Image.Image:
        return self.pages[-1]

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.page)

    def new_page(self) -> None:
        self.pages.append(Image.new("RGB", (WIDTH, HEIGHT), "white"))
        self.y = TOP

    def room(self, needed: float) -> None:
        if self.y + needed > HEIGHT - BOTTOM:
            self.new_page()

    def centred(self, text: str, f: ImageFont.FreeTypeFont, cx: float, gap: float = 1.3) -> None:
        self.room(f.size * gap)
        self.draw.text((cx - text_width(f, text) / 2, self.y), text, font=f, fill=INK)
        self.y += f.size * gap

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, indent: float = pt(28), hang: float = 0) -> None:
        """A justified paragraph with its first line indented, as a typed document."""
        width = WIDTH - LEFT - RIGHT - hang
        lines = wrap(text, f, width, indent - hang)
        for i, line in enumerate(lines):
            self.room(f.size * 1.38)
            x0 = LEFT + (indent if i == 0 else hang)
            words = line.split()
            avail = WIDTH - RIGHT - x0
            if i < len(lines) - 1 and len(words) > 1:
                space = (avail - sum(text_width(f, w) for w in words)) / (len(words) - 1)
                x = float(x0)
                for w in words:
                    self.draw.text((x, self.y), w, font=f, fill=INK)
                    x += text_width(f, w) + space
            else:
                self.draw.text((x0, self.y), line, font=f, fill=INK)
            self.y += f.size * 1.38
        self.y += f.size * 0.18


def blocks(text: str) -> list[list[str]]:
    out: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.strip() for ln in chunk.splitlines() if ln.strip()]
        if lines:
            out.append(lines)
    return out


def is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def draw_header(sheet: Sheet, header: list[str], hand: bool, rng: random.Random) -> tuple[str, dt.date | None]:
    """The two-column head: issuer, number and subject left; motto and dateline right. Returns the issuer."""
    left_cx, right_cx = LEFT + 240, LEFT + 820
    issuer = [
        ln
        for ln in header
        if not ln.startswith(MOTTO) and not ln.startswith(("Số:", "V/v")) and not DATE_LINE.match(ln)
    ]
    motto = [ln for ln in header if ln.startswith(MOTTO)]
    rest = [ln for ln in header if ln.startswith(("Số:", "V/v")) or DATE_LINE.match(ln)]
    top = sheet.y
    f_issuer, f_issuer_b, f_motto = font("r", pt(12.5)), font("b", pt(12.5)), font("b", pt(12.5))
    for i, line in enumerate(issuer):
        f = f_issuer if (i == 0 and len(issuer) > 1 and line.startswith("UBND")) else f_issuer_b
        sheet.centred(line, f, left_cx, 1.25)
    d = sheet.draw
    d.line((left_cx - 70, sheet.y + 2, left_cx + 70, sheet.y + 2), fill=INK, width=2)
    left_y = sheet.y + 24
    sheet.y = top
    for i, line in enumerate(motto):
        sheet.centred(line, f_motto if i == 0 else font("b", pt(13.5)), right_cx, 1.25)
        if i == 1:
            w = text_width(font("b", pt(13.5)), line)
            d.line((right_cx - w / 2, sheet.y - 6, right_cx + w / 2, sheet.y - 6), fill=INK, width=2)
    right_y = sheet.y + 24
    issue_date: dt.date | None = None
    f_num = font("r", pt(13))
    for line in rest:
        if m := NUMBER_LINE.match(line):
            num, suffix = m["num"], m["rest"]
            if hand:
                gap = max(pt(30), len(num) * pt(11) + 18)
                total = text_width(f_num, "Số:") + gap + text_width(f_num, suffix)
                x = left_cx - total / 2
                d.text((x, left_y), "Số:", font=f_num, fill=INK)
                d.text((x + text_width(f_num, "Số:") + gap, left_y), suffix, font=f_num, fill=INK)
                pen_digits(d, x + text_width(f_num, "Số:") + 10, left_y + f_num.size * 0.86, num, rng)
            else:
                text = f"Số: {num}{suffix}"
                d.text((left_cx - text_width(f_num, text) / 2, left_y), text, font=f_num, fill=INK)
            left_y += f_num.size * 1.5
        elif line.startswith("V/v"):
            f_vv = font("r", pt(12))
            for part in wrap(line, f_vv, 470):
                d.text((left_cx - text_width(f_vv, part) / 2, left_y), part, font=f_vv, fill=INK)
                left_y += f_vv.size * 1.25
        elif m := DATE_LINE.match(line):
            f_date = font("i", pt(13.5))
            day, rest_text = m["day"], m["rest"]
            month, year = re.search(r"tháng (\d+) năm (\d{4})", rest_text).groups()  # type: ignore[union-attr]
            issue_date = dt.date(int(year), int(month), int(day))
            head = m["place"]
            if hand:
                gap = pt(34)
                total = text_width(f_date, head) + gap + text_width(f_date, rest_text)
                x = right_cx - total / 2
                d.text((x, right_y), head, font=f_date, fill=INK)
                d.text((x + text_width(f_date, head) + gap, right_y), rest_text, font=f_date, fill=INK)
                pen_digits(d, x + text_width(f_date, head) + 12, right_y + f_date.size * 0.86, day, rng)
            else:
                text = f"{head} {day} {rest_text}"
                d.text((right_cx - text_width(f_date, text) / 2, right_y), text, font=f_date, fill=INK)
            right_y += f_date.size * 1.5
    sheet.y = max(left_y, right_y) + pt(10)
    return " ".join(issuer), issue_date


def seal(issuer: str, rng: random.Random) -> Image.Image:
    """A round red seal on white (to be multiplied over the page): two rings, the body's name round the
    rim, a star in the middle."""
    size = 330
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    c, r = size / 2, size / 2 - 8
    d.ellipse((c - r, c - r, c + r, c + r), outline=SEAL_RED, width=7)
    d.ellipse((c - r + 40, c - r + 40, c + r - 40, c + r - 40), outline=SEAL_RED, width=3)
    f = font("b", 25)
    rim = issuer.upper().replace("UBND", "ỦY BAN NHÂN DÂN") + " ★ "
    span = 2 * math.pi * 0.92
    for i, ch in enumerate(rim):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(rim)
        glyph = Image.new("RGBA", (34, 34), (255, 255, 255, 0))
        ImageDraw.Draw(glyph).text((17, 17), ch, font=f, fill=SEAL_RED, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + (r - 21) * math.cos(angle), c + (r - 21) * math.sin(angle)
        img.paste(glyph, (int(gx - 17), int(gy - 17)), glyph)
    star = [
        (
            c + (34 if k % 2 == 0 else 14) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c + (34 if k % 2 == 0 else 14) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=SEAL_RED)
    # Uneven ink: some of the seal printed faintly.
    mask = (
        Image.effect_noise((size, size), 60).point(lambda v: 255 if v > 70 else 0).filter(ImageFilter.GaussianBlur(1.2))
    )
    faded = Image.blend(img, Image.new("RGB", (size, size), "white"), 0.35)
    img = Image.composite(img, faded, mask)
    return img.rotate(rng.uniform(-25, 25), fillcolor="white", resample=Image.Resampling.BICUBIC)


def signature(rng: random.Random) -> Image.Image:
    """A pen signature: a loop or two and a long trailing stroke, in blue ink, on white."""
    w, h = 360, 150
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    pts = [(20.0, 100.0)]
    x = 20.0
    for _ in range(rng.randint(5, 8)):
        x += rng.uniform(25, 50)
        pts.append((x, rng.uniform(20, 120)))
    pts.append((w - 20.0, rng.uniform(40, 80)))
    d.line(smooth(pts, steps=12), fill=SIGN_BLUE, width=4, joint="curve")
    d.line(smooth([(40.0, 120.0), (w / 2, 110.0), (w - 40.0, 95.0)], steps=8), fill=SIGN_BLUE, width=3)
    return img


def incoming_stamp(number: int, received: dt.date, rng: random.Random, province: str) -> Image.Image:
    """The provincial office's incoming-mail stamp, its number and date filled by hand."""
    img = Image.new("RGB", (430, 170), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((4, 4, 425, 165), outline=STAMP_VIOLET, width=4)
    f, fb = font("r", 26), font("b", 27)
    d.text((215, 30), f"VĂN PHÒNG UBND TỈNH {province.upper()}", font=fb, fill=STAMP_VIOLET, anchor="mm")
    d.text((20, 62), "ĐẾN  Số:", font=fb, fill=STAMP_VIOLET)
    d.text((20, 108), "Ngày:", font=f, fill=STAMP_VIOLET)
    pen_digits(d, 150, 95, str(number), rng)
    pen_digits(d, 110, 140, received.strftime("%d"), rng)
    d.text((175, 112), "/", font=f, fill=PEN)
    pen_digits(d, 195, 140, received.strftime("%m"), rng)
    d.text((260, 112), "/", font=f, fill=PEN)
    pen_digits(d, 280, 140, received.strftime("%y"), rng)
    return img.rotate(rng.uniform(-6, 6), fillcolor="white", expand=True)


def multiply(page: Image.Image, overlay: Image.Image, x: float, y: float) -> None:
    """Ink over ink: the overlay darkens the page where it is not white, so print under it still shows."""
    x, y = int(x), int(y)
    box = (x, y, x + overlay.width, y + overlay.height)
    region = page.crop(box)
    page.paste(ImageChops.multiply(region, overlay), box)


def draw_signature_zone(
    sheet: Sheet, recipients: list[str], titles: list[str], name: str, issuer: str, rng: random.Random
) -> None:
    f_small, f_bi = font("r", pt(11)), font("bi", pt(12))
    f_title, f_name = font("b", pt(13)), font("b", pt(13.5))
    needed = max(len(recipients) * f_small.size * 1.25, (len(titles) + 5) * f_title.size * 1.3) + 40
    sheet.room(needed)
    top = sheet.y + 10
    d = sheet.draw
    y = top
    for i, line in enumerate(recipients):
        d.text((LEFT, y), line, font=f_bi if i == 0 else f_small, fill=INK)
        y += (f_bi if i == 0 else f_small).size * 1.25
    cx = LEFT + 850
    ty = top
    for line in titles:
        d.text((cx - text_width(f_title, line) / 2, ty), line, font=f_title, fill=INK)
        ty += f_title.size * 1.3
    name_y = ty + pt(58)
    d.text((cx - text_width(f_name, name) / 2, name_y), name, font=f_name, fill=INK)
    multiply(sheet.page, signature(rng), cx - 170 + rng.uniform(-20, 20), ty + 5)
    stamp = seal(issuer, rng)
    centre_y = (top + name_y) / 2 + 15
    multiply(
        sheet.page,
        stamp,
        cx - 110 - stamp.width / 2 + rng.uniform(-25, 25),
        centre_y - stamp.height / 2 + rng.uniform(-15, 15),
    )
    sheet.y = max(y, name_y + f_name.size * 1.6)


# Column edges by the number of columns, with a narrow first one for a serial number ("TT", "STT") or without.
COLUMNS = {
    (True, 3): [LEFT, LEFT + 80, LEFT + 480, WIDTH - RIGHT],
    (True, 4): [LEFT, LEFT + 80, LEFT + 400, LEFT + 720, WIDTH - RIGHT],
    (False, 2): [LEFT, LEFT + 420, WIDTH - RIGHT],
    (False, 3): [LEFT, LEFT + 330, LEFT + 760, WIDTH - RIGHT],
}


def draw_table(sheet: Sheet, rows: list[list[str]], ruled: bool = True) -> None:
    """A table of members: ruled (" | " cells in the text) or borderless, the columns only by position (tabs)."""
    f, fb = font("r", pt(12)), font("b", pt(12))
    first = rows[0][0].upper()
    header = first in {"TT", "STT", "HỌ VÀ TÊN", "HỌ TÊN"}  # a list may also start with its first member
    cols = COLUMNS[(first in {"TT", "STT"} or first.isdigit(), len(rows[0]))]
    width = len(cols) - 1
    for r, row in enumerate(rows):
        bold = header and r == 0
        cell_lines = [wrap(cell, fb if bold else f, cols[i + 1] - cols[i] - 16) for i, cell in enumerate(row[:width])]
        height = max(len(c) for c in cell_lines) * f.size * 1.3 + 12
        sheet.room(height)
        d = sheet.draw
        for i, lines in enumerate(cell_lines):
            y = sheet.y + 6
            for line in lines:
                d.text((cols[i] + 8, y), line, font=fb if bold else f, fill=INK)
                y += f.size * 1.3
        if ruled:
            d.rectangle((cols[0], sheet.y, cols[-1], sheet.y + height), outline=INK, width=2)
            for xc in cols[1:-1]:
                d.line((xc, sheet.y, xc, sheet.y + height), fill=INK, width=2)
        sheet.y += height


def draw_body(sheet: Sheet, body: list[list[str]], issuer: str, rng: random.Random) -> None:
    f_body, f_bold = font("r", pt(13.5)), font("b", pt(13.5))
    i = 0
    while i < len(body):
        block = body[i]
        first = block[0]
        if first.startswith("Nơi nhận"):
            titles = body[i + 1] if i + 1 < len(body) else []
            name = body[i + 2][0] if i + 2 < len(body) else ""
            draw_signature_zone(sheet, block, titles, name, issuer, rng)
            i += 3
            if i < len(body):
                sheet.new_page()
            continue
        if first in {"QUYẾT ĐỊNH", "BÁO CÁO", "DANH SÁCH"}:
            sheet.y += pt(6)
            sheet.centred(first, font("b", pt(14)), (LEFT + WIDTH - RIGHT) / 2, 1.3)
            for line in block[1:]:
                f = font("i", pt(13)) if line.startswith("(") else f_bold
                for part in wrap(line, f, WIDTH - LEFT - RIGHT - 120):
                    sheet.centred(part, f, (LEFT + WIDTH - RIGHT) / 2, 1.3)
            sheet.y += pt(8)
        elif any(" | " in ln for ln in block):
            draw_table(sheet, [[c.strip() for c in ln.split("|")] for ln in block])
        elif any("\t" in ln for ln in block):
            draw_table(sheet, [[c.strip() for c in ln.split("\t")] for ln in block], ruled=False)
        elif len(block) == 1 and is_upper(first):
            sheet.centred(first, f_bold, (LEFT + WIDTH - RIGHT) / 2, 1.6)
        elif first.startswith("Kính gửi"):
            if len(block) == 1:
                sheet.centred(first, f_body, (LEFT + WIDTH - RIGHT) / 2, 1.6)
            else:
                sheet.paragraph(first, f_body, indent=pt(90), hang=pt(90))
                for line in block[1:]:
                    sheet.paragraph(line, f_body, indent=pt(120), hang=pt(120))
                sheet.y += pt(6)
        else:
            for line in block:
                section = bool(re.match(r"^[IVX]+\. ", line))
                sheet.paragraph(line, f_bold if section else f_body)
        i += 1


def degrade(page: Image.Image, rng: random.Random) -> Image.Image:
    """Paper, scanner and compression: tinted grey paper with grain, a small skew, a slight blur."""
    paper = Image.new("RGB", page.size, PAPER)
    grain = Image.effect_noise(page.size, 18).convert("RGB")
    paper = ImageChops.multiply(paper, Image.eval(grain, lambda v: 255 - (255 - v) // 6))
    out = ImageChops.multiply(paper, page)
    out = out.rotate(
        rng.uniform(-0.9, 0.9),
        resample=Image.Resampling.BICUBIC,
        fillcolor=PAPER,
        center=(WIDTH / 2 + rng.uniform(-40, 40), HEIGHT / 2),
    )
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.75)))
    shift = Image.new("RGB", out.size, PAPER)
    shift.paste(out, (int(rng.uniform(-12, 12)), int(rng.uniform(-10, 10))))
    return shift


def render(path: Path, out_dir: Path, look: Look = HA_TINH) -> Path:
    stem = path.stem
    rng = random.Random(zlib.crc32(stem.encode()))
    parts = blocks(path.read_text(encoding="utf-8"))
    header: list[str] = []
    rest_index = 0
    for rest_index, block in enumerate(parts):  # noqa: B007 - the index is where the body starts
        header.extend(block)
        if any(DATE_LINE.match(ln) for ln in block):
            break
    body = parts[rest_index + 1 :]
    hand = stem not in look.typed
    sheet = Sheet(rng)
    is_report = stem.startswith("bc-")
    issuer, issue_date = draw_header(sheet, header, hand, rng)
    province = look.province.upper()
    seal_issuer = issuer.replace(f"UBND TỈNH {province} ", "")
    if issuer.startswith("UBND TỈNH"):
        seal_issuer += f" TỈNH {province}"
    body_top = sheet.y
    draw_body(sheet, body, seal_issuer, rng)
    first = sheet.pages[0]
    if issue_date and not is_report:
        signed = dt.datetime.combine(
            issue_date + dt.timedelta(days=rng.randint(1, 6)),
            dt.time(rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)),
        )
        box = Image.new("RGB", (520, 96), "white")
        bd = ImageDraw.Draw(box)
        bd.rectangle((2, 2, 517, 93), outline=(40, 90, 160), width=2)
        bf = font("r", 19)
        bd.text((12, 8), f"Ký bởi: Ủy ban nhân dân tỉnh {look.province}", font=bf, fill=(40, 90, 160))
        bd.text((12, 36), f"Cơ quan: Tỉnh {look.province}", font=bf, fill=(40, 90, 160))
        bd.text((12, 64), f"Thời gian ký: {signed:%d.%m.%Y %H:%M:%S} +07:00", font=bf, fill=(40, 90, 160))
        multiply(first, box, WIDTH - RIGHT - 520, 60)
    if issue_date and is_report:
        number = rng.randint(800, 4800)
        received = issue_date + dt.timedelta(days=rng.randint(1, 3))
        stamp = incoming_stamp(number, received, rng, look.province)
        multiply(first, stamp, LEFT - 200 + rng.uniform(0, 60), body_top + rng.uniform(60, 200))
    pages = [degrade(p, rng) for p in sheet.pages]
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{stem}.pdf"
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI, quality=72)
    return out


def main(look: Look = HA_TINH) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="render only this text (file stem)")
    parser.add_argument("--out", type=Path, default=look.folder / "scans")
    args = parser.parse_args()
    for path in sorted((look.folder / "texts").glob("*.txt")):
        if args.only and path.stem != args.only:
            continue
        print(render(path, args.out, look))


if __name__ == "__main__":
    main()
