"""Draw scenario 27's texts as the scans an office files: `.venv/bin/python -m samples.scenario_blind27.render`.

Why its own renderer: the scenario is blind, so its scans follow the design brief's "Real paperwork" facts rather
than another scenario's drawing code. Each text becomes grey 200-dpi A4 pages: the number's digits and the date's day
are left blank in print and filled by pen in near-black strokes; a red round seal (the issuer round the ring, a star
in the middle) sits over the left of the signer's title under a blue signature; tab-separated rows become a ruled
table; pages from the second carry their number at the top; some pages get a red "ĐẾN" stamp of the receiving office
over the body, its number and date by pen. Each file then comes back as a flat-bed scan, a photocopy (uneven toner,
dark binding edge, drum streaks, speckles) or a fax (thresholded, half the vertical resolution, a sender line with
its own date). Everything is seeded by the file name, so the same text gives the same scan.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from extractors.vntext import fold

HERE = Path(__file__).parent
DPI = 200
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 210, 1500, 150, 2180
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 28, 32)
PEN = (22, 22, 30)  # the hand-filled digits: near-black, as on real originals
SEAL_RED = np.array([205, 38, 48])
SIGN_BLUE = (35, 55, 170)
SIZE = 36  # 13 pt at 200 dpi
STYLES = {
    "": "LiberationSerif-Regular",
    "b": "LiberationSerif-Bold",
    "i": "LiberationSerif-Italic",
    "bi": "LiberationSerif-BoldItalic",
}
RIGHT_HEADER = ("CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "ĐẢNG CỘNG SẢN")
TITLES = ("QUYẾT ĐỊNH", "BÁO CÁO", "KẾ HOẠCH", "QUY ĐỊNH")


def font(style: str = "", size: int = SIZE) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"{STYLES[style]}.ttf"), size)


def rng_for(name: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big"))


# --- the pen ---------------------------------------------------------------------------------------------------

DIGIT_STROKES: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5 + 0.42 * math.cos(t / 10 * math.pi), 0.5 + 0.5 * math.sin(t / 10 * math.pi)) for t in range(-5, 16)]],
    "1": [[(0.25, 0.25), (0.6, 0.0), (0.55, 1.0)]],
    "2": [[(0.1, 0.25), (0.3, 0.02), (0.7, 0.02), (0.85, 0.25), (0.6, 0.55), (0.05, 1.0), (0.95, 0.98)]],
    "3": [[(0.1, 0.1), (0.5, 0.0), (0.85, 0.18), (0.45, 0.47), (0.9, 0.7), (0.6, 1.0), (0.1, 0.9)]],
    "4": [[(0.7, 1.0), (0.7, 0.0), (0.05, 0.65), (0.95, 0.65)]],
    "5": [[(0.9, 0.0), (0.25, 0.0), (0.18, 0.45), (0.6, 0.4), (0.9, 0.65), (0.65, 1.0), (0.1, 0.92)]],
    "6": [[(0.85, 0.05), (0.4, 0.1), (0.12, 0.6), (0.3, 1.0), (0.75, 0.95), (0.85, 0.65), (0.5, 0.48), (0.15, 0.65)]],
    "7": [[(0.05, 0.02), (0.95, 0.0), (0.35, 1.0)]],
    "8": [
        [(0.5, 0.48), (0.15, 0.25), (0.5, 0.0), (0.85, 0.25), (0.5, 0.48), (0.1, 0.75), (0.5, 1.0), (0.9, 0.75)],
        [(0.9, 0.75), (0.5, 0.48)],
    ],
    "9": [[(0.85, 0.3), (0.5, 0.0), (0.15, 0.25), (0.45, 0.5), (0.85, 0.3), (0.8, 0.6), (0.55, 1.0)]],
    "/": [[(0.9, 0.0), (0.1, 1.05)]],
}


def pen_digits(draw: ImageDraw.ImageDraw, x: float, y: float, digits: str, rng: np.random.Generator) -> float:
    """Write `digits` by hand from (x, y) (top left, one text line high); returns the x after the last digit."""
    height = SIZE * rng.uniform(0.85, 1.05)
    slant = rng.uniform(0.08, 0.22)
    for ch in digits:
        width = height * (0.35 if ch == "1" else 0.55) * rng.uniform(0.9, 1.1)
        base_y = y + rng.uniform(-3, 3)
        for stroke in DIGIT_STROKES[ch]:
            points = [
                (
                    x + u * width + (1 - v) * height * slant + rng.normal(0, 0.9),
                    base_y + v * height + rng.normal(0, 0.9),
                )
                for u, v in stroke
            ]
            draw.line(points, fill=PEN, width=int(rng.integers(3, 5)), joint="curve")
        x += width + height * rng.uniform(0.12, 0.25)
    return x


def signature(draw: ImageDraw.ImageDraw, x: float, y: float, rng: np.random.Generator) -> None:
    """A blue scribble: a few loops then a long tail, as a signature reads at scan resolution."""
    points = []
    for k in range(60):
        t = k / 59
        points.append(
            (
                x + t * 260 + 28 * math.sin(t * rng.uniform(14, 22)),
                y + 45 * math.sin(t * rng.uniform(6, 10) + 1) * (1 - t) + rng.normal(0, 2),
            )
        )
    draw.line(points, fill=SIGN_BLUE, width=4, joint="curve")
    draw.line([(x - 10, y + 40), (x + 300, y + rng.uniform(-10, 25))], fill=SIGN_BLUE, width=3)


# --- stamps ----------------------------------------------------------------------------------------------------


def seal(page: Image.Image, cx: int, cy: int, ring: str, rng: np.random.Generator) -> None:
    """A red round seal: two rings, the issuer's name round the ring, a star in the middle; pressed unevenly."""
    radius = 150
    layer = Image.new("L", (2 * radius + 20, 2 * radius + 20), 0)
    d = ImageDraw.Draw(layer)
    c = radius + 10
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=7)
    d.ellipse([c - radius + 50, c - radius + 50, c + radius - 50, c + radius - 50], outline=255, width=3)
    star = [
        (
            c + (44 if k % 2 == 0 else 18) * math.sin(k * math.pi / 5),
            c - (44 if k % 2 == 0 else 18) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    letters = ring.upper()
    f = font("b", min(27, int(1000 / len(letters))))
    for k, ch in enumerate(letters):
        angle = math.pi + (k + 0.5) / len(letters) * 2 * math.pi * 0.92 + 0.04 * 2 * math.pi
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = c + (radius - 27) * math.cos(angle) - 20
        gy = c + (radius - 27) * math.sin(angle) - 20
        layer.paste(255, (int(gx), int(gy)), glyph)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    ink(page, layer, (cx - c, cy - c), SEAL_RED, rng, strength=0.85)


def ink(
    page: Image.Image,
    mask: Image.Image,
    at: tuple[int, int],
    colour: np.ndarray,
    rng: np.random.Generator,
    *,
    strength: float,
) -> None:
    """Lay coloured ink through `mask` at `at`, multiplied into the page (text under a stamp stays readable) and
    uneven, as a hand-pressed stamp is."""
    box = (at[0], at[1], at[0] + mask.width, at[1] + mask.height)
    region = np.asarray(page.crop(box), dtype=np.float32)
    alpha = np.asarray(mask, dtype=np.float32) / 255 * strength
    alpha *= np.clip(rng.normal(0.9, 0.18, alpha.shape), 0.3, 1.0)
    alpha = alpha[..., None]
    stamped = region * (1 - alpha) + (region * (colour / 255)) * alpha
    page.paste(Image.fromarray(stamped.clip(0, 255).astype(np.uint8)), box[:2])


def received_stamp(page: Image.Image, x: int, y: int, office: str, when: dt.date, rng: np.random.Generator) -> None:
    """The receiving office's red "ĐẾN" stamp, its number and date filled by pen, over the body text."""
    layer = Image.new("L", (430, 190), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle([3, 3, 426, 186], outline=255, width=5)
    d.text((215, 30), office, font=font("b", 24), fill=255, anchor="mm")
    d.text((30, 60), "ĐẾN", font=font("b", 50), fill=255)
    d.text((160, 68), "Số: ............", font=font("", 28), fill=255)
    d.text((160, 112), "Ngày: ..........", font=font("", 28), fill=255)
    d.text((30, 150), "Chuyển: ......................", font=font("", 26), fill=255)
    layer = layer.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    ink(page, layer, (x, y), SEAL_RED, rng, strength=0.8)
    draw = ImageDraw.Draw(page)
    pen_digits(draw, x + 240, y + 62, str(int(rng.integers(1200, 4800))), rng)
    pen_digits(draw, x + 265, y + 106, f"{when.day}/{when.month}", rng)


# --- layout ----------------------------------------------------------------------------------------------------


@dataclass
class Pages:
    """The pages of one document as they fill, with the cursor."""

    stem: str
    rng: np.random.Generator
    size: int = SIZE
    images: list[Image.Image] = field(default_factory=list)
    y: int = TOP

    def __post_init__(self) -> None:
        self.new_page()

    @property
    def page(self) -> Image.Image:
        return self.images[-1]

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.page)

    def new_page(self) -> None:
        self.images.append(Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255)))
        self.y = TOP
        if len(self.images) > 1:
            self.draw.text((WIDTH // 2, 80), str(len(self.images)), font=font(), fill=INK, anchor="mm")
            self.y = TOP + 10

    def room(self, height: int) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def line(self, text: str, *, style: str = "", x: int = LEFT, centre: int | None = None) -> None:
        size = self.size
        self.room(size + 12)
        f = font(style, size)
        if centre is not None:
            self.draw.text((centre, self.y), text, font=f, fill=INK, anchor="ma")
        else:
            self.draw.text((x, self.y), text, font=f, fill=INK)
        self.y += int(size * 1.33)

    def paragraph(self, text: str, *, indent: int = 60, style: str = "", left: int = LEFT, right: int = RIGHT) -> None:
        f = font(style, self.size)
        words, first = re.findall(r"\f|\S+", text), True
        while words:
            if words[0] == "\f":  # the text's page break falls inside this sentence: so does the scan's
                self.new_page()
                words = words[1:]
                continue
            start = left + (indent if first else 0)
            count = words.index("\f") if "\f" in words else len(words)
            while count > 1 and f.getlength(" ".join(words[:count])) > right - start:
                count -= 1
            self.line(" ".join(words[:count]), style=style, x=start)
            words, first = words[count:], False

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table: header row bold, each cell wrapped in its column."""
        widths = [70, 430, 400, RIGHT - LEFT - 900]
        f, fb = font("", 32), font("b", 32)
        for r, row in enumerate(rows):
            cells = [wrap(cell, widths[k] - 16, fb if r == 0 else f) for k, cell in enumerate(row)]
            height = max(len(c) for c in cells) * 42 + 14
            if self.y + height > BOTTOM:
                self.new_page()
            x = LEFT
            for k, lines in enumerate(cells):
                self.draw.rectangle([x, self.y, x + widths[k], self.y + height], outline=INK, width=2)
                for n, text in enumerate(lines):
                    self.draw.text((x + 8, self.y + 8 + 42 * n), text, font=fb if r == 0 else f, fill=INK)
                x += widths[k]
            self.y += height
        self.y += 16


def wrap(text: str, width: int, f: ImageFont.FreeTypeFont) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and f.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def blocks(text: str) -> list[list[str]]:
    """The text's blocks: runs of lines between blank lines (a form feed stays inside its line)."""
    out: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line.strip(" \t"):
            out.append([])
        else:
            out[-1].append(line)
    return [b for b in out if b]


def header(pages: Pages, lines: list[str]) -> None:
    """Issuer on the left, motto on the right; the number under the issuer and the date under the motto, both
    printed with their digits blank and filled by pen."""
    left = [ln for ln in lines if not ln.startswith(RIGHT_HEADER) and not re.match(r"Số:? ", ln) and ", ngày" not in ln]
    right = [ln for ln in lines if ln.startswith(RIGHT_HEADER)]
    number = next(ln for ln in lines if re.match(r"Số:? ", ln))
    date = next(ln for ln in lines if ", ngày" in ln)
    draw, rng, top = pages.draw, pages.rng, pages.y
    parents = 1 if left[0].startswith("ĐẢNG BỘ") else 2 if len(left) > 2 else 0
    for k, text in enumerate(left):
        style = "" if k < parents else "b"
        draw.text((470, top + 42 * k), text, font=font(style, 32), fill=INK, anchor="ma")
    for k, text in enumerate(right):
        draw.text((1130, top + 42 * k), text, font=font("b", 32), fill=INK, anchor="ma")
        if text.startswith("Độc lập"):
            width = font("b", 32).getlength(text)
            draw.line([(1130 - width / 2, top + 42 * k + 40), (1130 + width / 2, top + 42 * k + 40)], fill=INK, width=2)
    y = top + 42 * max(len(left), len(right)) + 20
    m = re.match(r"(Số:? )(\d+)(.*)", number)
    assert m, number
    f = font("", 32)
    x = 470 - f.getlength(m[1] + "          " + m[3]) / 2
    draw.text((x, y), m[1], font=f, fill=INK)
    gap_start = x + f.getlength(m[1])
    after = pen_digits(draw, gap_start + 6, y - 6, m[2], rng)
    draw.text((max(after + 4, gap_start + f.getlength("          ")), y), m[3], font=f, fill=INK)
    d = re.match(r"(.*ngày )(\d+)( tháng .*)", date)
    assert d, date
    fi = font("i", 32)
    width = fi.getlength(d[1] + "      " + d[3])
    x = 1130 - width / 2
    draw.text((x, y), d[1], font=fi, fill=INK)
    after = pen_digits(draw, x + fi.getlength(d[1]) + 8, y - 6, d[2], rng)
    draw.text((max(after + 6, x + fi.getlength(d[1] + "      ")), y), d[3], font=fi, fill=INK)
    pages.y = y + 90


def sign_and_recipients(pages: Pages, sign: list[str], recipients: list[str], issuer: str) -> None:
    """The signer's title and name on the right, the seal over the title's left and the signature between;
    "Nơi nhận:" on the left at the same height."""
    title, name = sign[:-1], sign[-1]
    pages.room(430)
    top, draw, rng = pages.y + 10, pages.draw, pages.rng
    for k, text in enumerate(title):
        draw.text((1180, top + 44 * k), text, font=font("b", 34), fill=INK, anchor="ma")
    name_y = top + 44 * len(title) + 200
    draw.text((1180, name_y), name, font=font("b", 34), fill=INK, anchor="ma")
    for k, text in enumerate(recipients):
        draw.text((LEFT, top + 36 * k), text, font=font("bi", 28) if k == 0 else font("", 26), fill=INK)
    signature(draw, 1060, top + 44 * len(title) + 80, rng)
    seal(pages.page, 1010, top + 44 * len(title) + 60, issuer, rng)
    pages.y = max(name_y + 60, top + 36 * len(recipients) + 20)


def seal_ring(stem: str, header_lines: list[str]) -> str:
    """The issuer as its seal's ring reads."""
    if stem.startswith(("qd-512", "00-1")):
        return "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH *"
    units = [ln for ln in header_lines[:4] if ln.isupper() and not ln.startswith(RIGHT_HEADER) and ln != "*"]
    if len(units) > 2:
        return " ".join(units[2:]) + " - TP. HỒ CHÍ MINH *"
    return " ".join(units) + " *"


def compose(stem: str, text: str) -> list[Image.Image]:
    """The printed pages; a text with its own page breaks is set small enough that the scan breaks where it does."""
    for size in (SIZE, 34, 33, 32, 31, 30):
        images = compose_at(stem, text, size)
        if len(images) == text.count("\f") + 1 or "\f" not in text:
            return images
    raise ValueError(f"{stem}: the text's pages do not fit the scan's")


def compose_at(stem: str, text: str, size: int) -> list[Image.Image]:
    pages = Pages(stem, rng_for(stem), size)
    parts = blocks(text)
    head, body = parts[0], parts[1:]
    header(pages, head)
    recipients_at = next(k for k, b in enumerate(body) if b[0].startswith("Nơi nhận"))
    sign = body[recipients_at - 2] + body[recipients_at - 1]
    stamp_page_y: int | None = None
    for k, block in enumerate(body[: recipients_at - 2]):
        if k == 0 or (len(block) == 1 and block[0].isupper()) or block[0].startswith(TITLES):
            for line in block:
                pages.line(line, style="b", centre=(LEFT + RIGHT) // 2)
            pages.y += 16
            continue
        rows: list[list[str]] = []
        for line in block:
            if "\t" in line:
                rows.append(line.split("\t"))
                continue
            if rows:
                pages.table(rows)
                rows = []
            if line.isupper() or (len(line) < 80 and re.fullmatch(r"Điều \d+\. [^.:]+", line)):
                pages.paragraph(line, style="b")
                continue
            pages.paragraph(line)
            if stamp_page_y is None and len(pages.images) == 1 and pages.y > 900:
                stamp_page_y = pages.y
        if rows:
            pages.table(rows)
        pages.y += 10
    sign_and_recipients(pages, sign, body[recipients_at], seal_ring(stem, head))
    if stamp_page_y is not None and (stem.startswith("bc-") or pages.rng.random() < 0.35):
        issued = issue_date(text)
        office = "VĂN PHÒNG UBND TP. HỒ CHÍ MINH" if "sngv" in stem else "SỞ NGOẠI VỤ TP. HỒ CHÍ MINH"
        received_stamp(
            pages.images[0],
            820,
            stamp_page_y - 260,
            office,
            issued + dt.timedelta(days=int(pages.rng.integers(1, 4))),
            pages.rng,
        )
    return pages.images


def issue_date(text: str) -> dt.date:
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


# --- the copy that comes back ----------------------------------------------------------------------------------


def texture(rng: np.random.Generator, sigma: float) -> np.ndarray:
    """Paper grain: smooth blotches rather than per-pixel noise (which a scanner's JPEG would not keep either)."""
    coarse = Image.fromarray(rng.normal(128, sigma * 3, (HEIGHT // 6, WIDTH // 6)).clip(0, 255).astype(np.uint8))
    return (np.asarray(coarse.resize((WIDTH, HEIGHT), Image.Resampling.BILINEAR), dtype=np.float32) - 128) / 3


def flatbed(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Grey paper, a slight turn, a little blur and sensor noise; colour kept."""
    arr = np.asarray(page, dtype=np.float32) * np.array([0.93, 0.92, 0.9]) + texture(rng, 4)[..., None]
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return out.rotate(rng.uniform(-0.8, 0.8), fillcolor=(236, 235, 232), resample=Image.Resampling.BICUBIC).filter(
        ImageFilter.GaussianBlur(0.6)
    )


def photocopy(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Grey, uneven toner, a dark binding edge, drum streaks and speckles."""
    grey = np.asarray(page.convert("L"), dtype=np.float32)
    xs = np.linspace(0, 1, WIDTH)[None, :]
    ys = np.linspace(0, 1, HEIGHT)[:, None]
    toner = 0.85 + 0.25 * np.sin(xs * rng.uniform(2, 4) + ys * rng.uniform(1, 3) + rng.uniform(0, 6))
    ink_level = 255 - (255 - grey) * np.clip(toner, 0.55, 1.1)
    paper = 225 + texture(rng, 5)
    arr = np.minimum(ink_level, paper)
    edge = int(rng.integers(40, 90))
    arr[:, :edge] *= np.linspace(0.15, 1, edge)[None, :]
    for _ in range(int(rng.integers(2, 6))):
        x = int(rng.integers(edge, WIDTH))
        arr[:, x : x + int(rng.integers(1, 3))] *= rng.uniform(0.8, 0.93)
    specks = rng.random(grey.shape) < 0.0004
    arr[specks] = rng.uniform(20, 90)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    return out.rotate(rng.uniform(-1.2, 1.2), fillcolor=30, resample=Image.Resampling.BICUBIC)


def fax(
    page: Image.Image, rng: np.random.Generator, number: int, total: int, sent: dt.datetime, sender: str
) -> Image.Image:
    """Thresholded, half the vertical resolution, with the sending machine's line (its own date) at the top."""
    grey = page.convert("L").filter(ImageFilter.GaussianBlur(0.8))
    grey = grey.resize((WIDTH, HEIGHT // 2)).resize((WIDTH, HEIGHT), Image.Resampling.NEAREST)
    draw = ImageDraw.Draw(grey)
    draw.text(
        (60, 20),
        f"{sent:%d/%m/%Y %H:%M}  FAX: 028 3829 {int(rng.integers(1000, 9999))}  {sender}  P.{number:02d}/{total:02d}",
        font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 26),
        fill=0,
    )
    arr = np.asarray(grey, dtype=np.float32) + rng.normal(0, 18, (HEIGHT, WIDTH))
    return Image.fromarray(((arr > rng.uniform(150, 175)) * 255).astype(np.uint8)).convert("1")


def render(stem: str, text: str, out: Path) -> None:
    images = compose(stem, text)
    rng = rng_for(stem + "/copy")
    kind = ("scan", "photocopy", "fax")[int(rng.choice(3, p=[0.45, 0.35, 0.2]))]
    if kind == "scan":
        pages = [flatbed(p, rng) for p in images]
    elif kind == "photocopy":
        pages = [photocopy(p, rng) for p in images]
    else:
        sent = dt.datetime.combine(issue_date(text), dt.time(8)) + dt.timedelta(
            days=int(rng.integers(0, 5)), minutes=int(rng.integers(0, 540))
        )
        code = re.search(r"^Số:? \S+?[-/]([^-/\s]+)$", text, re.MULTILINE)
        sender = fold(code[1]).upper() if code else "TPHCM"
        pages = [fax(p, rng, k + 1, len(images), sent, sender) for k, p in enumerate(images)]
    if kind == "fax":  # 1-bit pages
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI)
    else:
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI, quality=45)


def texts(folder: Path) -> Iterator[Path]:
    yield from sorted(folder.glob("*.txt"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stems", nargs="*", help="only these texts (default: all)")
    args = parser.parse_args(argv)
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    for path in texts(HERE / "texts"):
        if not args.stems or path.stem in args.stems:
            render(path.stem, path.read_text(encoding="utf-8"), out / f"{path.stem}.pdf")


if __name__ == "__main__":
    main()
