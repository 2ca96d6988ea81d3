"""Render the Thanh Hóa 2026 texts as scans: `PYTHONPATH=$PWD .venv/bin/python -m samples.scenario_blind13.render`.

Why its own renderer: the scenario must look like real provincial paperwork, not like the project's samples — a
grey, slightly skewed A4 page at 200 dpi in a serif face; the number and the day of the date left blank on the
printed form and filled in afterwards by pen in near-black ink; a red round seal over the signer's title and name;
a signature; scanner noise. Everything is seeded by the file stem, so a rerun gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
WIDTH, HEIGHT = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1654 - 150, 150, 2339 - 170
SIZE = 35  # 12.6 pt at 200 dpi
LINE = 47
INK = (28, 28, 32)
PEN = (22, 24, 30)
SEAL = (205, 35, 45)
SIGNATURE = (35, 45, 120)
QUALITIES = (30, 25, 20)
BUDGET = 300 * 1024
FIXED_TIME = time.struct_time((2026, 12, 5, 0, 0, 0, 5, 339, 0))
FACES = {
    "regular": ("liberation2/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf"),
    "bold": ("liberation2/LiberationSerif-Bold.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "italic": ("liberation2/LiberationSerif-Italic.ttf", "dejavu/DejaVuSerif-Italic.ttf"),
}
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")

# Pen digits as stroke skeletons in a unit box (x right, y down): smoothed, jittered and slanted when drawn.
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.3 + 0.28 * math.sin(a / 6 * math.pi), 0.5 - 0.5 * math.cos(a / 6 * math.pi)) for a in range(13)]],
    "1": [[(0.12, 0.25), (0.42, 0.0), (0.4, 1.0)]],
    "2": [[(0.05, 0.25), (0.3, 0.0), (0.58, 0.1), (0.58, 0.38), (0.02, 1.0), (0.66, 0.98)]],
    "3": [
        [
            (0.05, 0.1),
            (0.35, 0.0),
            (0.6, 0.15),
            (0.52, 0.4),
            (0.25, 0.48),
            (0.6, 0.62),
            (0.6, 0.86),
            (0.32, 1.0),
            (0.0, 0.9),
        ]
    ],
    "4": [[(0.46, 0.0), (0.02, 0.68), (0.66, 0.68)], [(0.5, 0.32), (0.48, 1.0)]],
    "5": [[(0.6, 0.0), (0.12, 0.02), (0.06, 0.46), (0.36, 0.38), (0.62, 0.56), (0.6, 0.86), (0.32, 1.0), (0.0, 0.9)]],
    "6": [
        [
            (0.56, 0.04),
            (0.26, 0.16),
            (0.05, 0.6),
            (0.15, 0.95),
            (0.45, 1.0),
            (0.6, 0.76),
            (0.45, 0.52),
            (0.15, 0.56),
            (0.06, 0.72),
        ]
    ],
    "7": [[(0.0, 0.02), (0.66, 0.0), (0.24, 1.0)]],
    "8": [
        [
            (0.5, 0.1),
            (0.3, 0.0),
            (0.08, 0.15),
            (0.16, 0.38),
            (0.5, 0.6),
            (0.6, 0.82),
            (0.35, 1.0),
            (0.05, 0.85),
            (0.1, 0.6),
            (0.45, 0.4),
            (0.56, 0.18),
            (0.5, 0.1),
        ]
    ],
    "9": [[(0.56, 0.3), (0.35, 0.45), (0.08, 0.35), (0.1, 0.08), (0.4, 0.0), (0.58, 0.2), (0.55, 0.6), (0.45, 1.0)]],
}


def font(face: str, size: int = SIZE) -> ImageFont.FreeTypeFont:
    for name in FACES[face]:
        path = Path("/usr/share/fonts/truetype") / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    raise FileNotFoundError(f"no serif font for {face}: install fonts-liberation2 or fonts-dejavu")


@dataclass
class Page:
    """One sheet being typeset: the image, its pen and the next free line."""

    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int


@dataclass
class Hand:
    """What the pen fills in after printing: digits at a place on a page."""

    page: int
    x: int
    y: int
    digits: str


class Typesetter:
    """Lays a document's lines out on as many pages as they need, keeping where the blanks and signer are."""

    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.hands: list[Hand] = []
        self.signer: tuple[int, int, int, int] | None = None  # page, x of the block's centre, y of title, y of name
        self.new_page()

    def new_page(self) -> None:
        image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
        page = Page(image, ImageDraw.Draw(image), TOP)
        self.pages.append(page)
        if len(self.pages) > 1:
            number = str(len(self.pages))
            page.draw.text((WIDTH // 2, TOP - 60), number, font=font("regular"), fill=INK, anchor="mm")

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, lines: int) -> None:
        if self.page.y + lines * LINE > BOTTOM:
            self.new_page()

    def centred(self, text: str, face: str, x: int, y: int, size: int = SIZE) -> int:
        """Draws one line centred on x; returns its width."""
        f = font(face, size)
        self.page.draw.text((x, y), text, font=f, fill=INK, anchor="ma")
        return int(f.getlength(text))

    def wrap(self, text: str, f: ImageFont.FreeTypeFont, width: int, indent: int) -> list[str]:
        lines: list[str] = []
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if f.getlength(trial) + (indent if not lines else 0) > width and line:
                lines.append(line)
                line = word
            else:
                line = trial
        return [*lines, line] if line else lines

    def paragraph(self, text: str, face: str = "regular", indent: int = 60, size: int = SIZE) -> None:
        """A justified paragraph with its first line indented; a leading 'Điều N.' or heading in bold."""
        f = font(face, size)
        width = RIGHT - LEFT
        lead = re.match(r"(Điều \d+\.|[IVX]+\. |[a-z]\) )", text)
        lines = self.wrap(text, f, width, indent)
        for k, line in enumerate(lines):
            self.room(1)
            x = LEFT + (indent if k == 0 else 0)
            words = line.split()
            last = k == len(lines) - 1
            gap = (width - (x - LEFT) - f.getlength(line.replace(" ", ""))) / max(len(words) - 1, 1)
            space = f.getlength(" ")
            step = space if last or gap > 3 * space else gap
            pos = float(x)
            for i, word in enumerate(words):
                bold = lead is not None and k == 0 and i < len(lead[1].split())
                wf = font("bold", size) if bold else f
                self.page.draw.text((pos, self.page.y), word, font=wf, fill=INK)
                pos += wf.getlength(word) + step
            self.page.y += LINE

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table: number, name, title columns; text wrapped inside its cell."""
        f, fb = font("regular", SIZE - 2), font("bold", SIZE - 2)
        widths = [80, 420, RIGHT - LEFT - 500]
        for r, row in enumerate(rows):
            cells = [self.wrap(c, f, w - 20, 0) for c, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in cells) * (LINE - 4) + 12
            if self.page.y + height > BOTTOM:
                self.new_page()
            x = LEFT
            for lines, w in zip(cells, widths, strict=True):
                self.page.draw.rectangle((x, self.page.y, x + w, self.page.y + height), outline=INK, width=2)
                for k, line in enumerate(lines):
                    cx = x + w // 2 if r == 0 or w == widths[0] else x + 10
                    anchor = "ma" if r == 0 or w == widths[0] else "la"
                    yy = self.page.y + 6 + k * (LINE - 4)
                    self.page.draw.text((cx, yy), line, font=fb if r == 0 else f, fill=INK, anchor=anchor)
                x += w
            self.page.y += height
        self.page.y += 10

    def blank_then(self, before: str, digits: str, after: str, x: int, y: int, face: str) -> None:
        """Prints `before`, leaves a blank the pen fills with `digits`, then prints `after`."""
        f = font(face)
        blank = int(0.95 * SIZE * len(digits)) + 30
        self.page.draw.text((x, y), before, font=f, fill=INK)
        start = x + int(f.getlength(before)) + 8
        self.page.draw.text((start + blank, y), after, font=f, fill=INK)
        self.hands.append(Hand(len(self.pages) - 1, start + 10, y, digits))


def header(ts: Typesetter, lines: list[str]) -> None:
    """Issuer top left (last line bold, underlined), motto top right, then the number row and the date."""
    issuer = [ln for ln in lines if ln.strip() and ln not in MOTTO]
    left_x, right_x = LEFT + 250, LEFT + 880
    y = ts.page.y
    for k, line in enumerate(issuer):
        face = "bold" if k == len(issuer) - 1 or len(issuer) == 1 else "regular"
        w = ts.centred(line, face, left_x, y + k * 42, SIZE - 2)
    ts.page.draw.line((left_x - w // 3, y + len(issuer) * 42 + 2, left_x + w // 3, y + len(issuer) * 42 + 2), INK, 2)
    ts.centred(MOTTO[0], "bold", right_x, y, SIZE - 3)
    w = ts.centred(MOTTO[1], "bold", right_x, y + 42, SIZE - 1)
    ts.page.draw.line((right_x - w // 2, y + 88, right_x + w // 2, y + 88), INK, 2)
    ts.page.y = y + max(len(issuer), 2) * 42 + 40


def number_and_date(ts: Typesetter, number: str, date: str) -> None:
    m = re.match(r"Số: (\d+)(/.*)", number)
    d = re.match(r"(.*ngày) (\d+) (tháng .*)", date)
    assert m and d, (number, date)
    y = ts.page.y
    ts.blank_then("Số:", m[1], m[2], LEFT + 60, y, "regular")
    ts.blank_then(d[1], d[2], d[3], LEFT + 640, y, "italic")
    ts.page.y = y + LINE + 30


def closing(ts: Typesetter, recipients: list[str], signer: list[str]) -> None:
    """'Nơi nhận:' on the left, the signer's title and name on the right with room for signature and seal."""
    ts.room(max(len(recipients), len(signer) + 4) + 1)
    y = ts.page.y + 10
    small = font("regular", SIZE - 9)
    ts.page.draw.text((LEFT, y), recipients[0], font=font("bold", SIZE - 6), fill=INK)
    for k, line in enumerate(recipients[1:], 1):
        ts.page.draw.text((LEFT, y + 6 + k * 32), line, font=small, fill=INK)
    titles, name = signer[:-1], signer[-1]
    cx = LEFT + 960
    for k, line in enumerate(titles):
        ts.centred(line, "bold", cx, y + k * 44, SIZE - 1)
    name_y = y + len(titles) * 44 + 190
    ts.centred(name, "bold", cx, name_y, SIZE - 1)
    ts.signer = (len(ts.pages) - 1, cx, y, name_y)
    ts.page.y = max(name_y + LINE, y + 6 + len(recipients) * 32)


def typeset(text: str) -> Typesetter:
    ts = Typesetter()
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("Số:"))
    header(ts, lines[:at])
    number_and_date(ts, lines[at], lines[at + 1])
    rest = lines[at + 2 :]
    while rest and not rest[0].strip():
        rest.pop(0)
    title = []
    while rest and rest[0].strip():
        title.append(rest.pop(0))
    for k, line in enumerate(title):
        ts.centred(line, "bold", (LEFT + RIGHT) // 2, ts.page.y, SIZE + (3 if k == 0 else 0))
        ts.page.y += LINE + (4 if k == 0 else 0)
    ts.page.y += 20
    end = rest.index("Nơi nhận:")
    body, tail = rest[:end], rest[end:]
    table: list[list[str]] = []
    for line in [*body, ""]:
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            ts.table(table)
            table = []
        if not line.strip():
            ts.page.y += 12
        elif line in ("QUYẾT ĐỊNH:", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THANH HÓA"):
            ts.room(1)
            ts.centred(line, "bold", (LEFT + RIGHT) // 2, ts.page.y)
            ts.page.y += LINE
        elif line.startswith("Kính gửi") or (line.startswith("- ") and "Kính gửi" in "".join(body[:5])):
            ts.room(1)
            ts.page.draw.text((LEFT + 330, ts.page.y), line, font=font("regular"), fill=INK)
            ts.page.y += LINE
        elif re.match(r"([IVX]+\.|\d\. Về|\d\. Đối|\d\. Tổ)", line) and len(line) < 60:
            ts.paragraph(line, "bold", indent=60)
        else:
            ts.paragraph(line)
    blank = tail.index("")
    recipients, signer = tail[:blank], [ln for ln in tail[blank:] if ln.strip()]
    closing(ts, recipients, signer)
    return ts


def catmull(quad: Sequence[tuple[float, float]], t: float, j: int) -> float:
    """Coordinate j at t of the Catmull-Rom segment between the middle two of four points."""
    p0, p1, p2, p3 = (p[j] for p in quad)
    return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (3 * p1 - p0 - 3 * p2 + p3) * t**3)


def smooth(points: Sequence[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: the round strokes of a hand, not a polygon."""
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        quad = (pts[i - 1], pts[i], pts[i + 1], pts[i + 2])
        out += [(catmull(quad, s / steps, 0), catmull(quad, s / steps, 1)) for s in range(steps)]
    out.append(points[-1])
    return out


def pen(draw: ImageDraw.ImageDraw, hand: Hand, rng: np.random.Generator) -> None:
    """Digits in near-black ballpoint: taller than print, slanted, each a little different."""
    height = SIZE * rng.uniform(1.05, 1.3)
    slant = rng.uniform(0.12, 0.28)
    x = hand.x + rng.uniform(-4, 6)
    base = hand.y + SIZE * 0.95 + rng.uniform(-6, 4)
    width = int(rng.integers(3, 5))
    for digit in hand.digits:
        scale = height * rng.uniform(0.92, 1.05)
        for stroke in DIGITS[digit]:
            jittered = [(px + rng.normal(0, 0.025), py + rng.normal(0, 0.02)) for px, py in stroke]
            path = [(x + (px + slant * (1 - py)) * scale, base - (1 - py) * scale) for px, py in smooth(jittered)]
            draw.line(path, fill=PEN, width=width, joint="curve")
        x += scale * rng.uniform(0.62, 0.78)


def seal(size: int, issuer: str, rng: np.random.Generator) -> Image.Image:
    """A round red seal: two rings, the issuer's name around, a star in the centre; ink uneven."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size // 2
    d.ellipse((4, 4, size - 4, size - 4), outline=(*SEAL, 255), width=7)
    d.ellipse((52, 52, size - 52, size - 52), outline=(*SEAL, 255), width=3)
    star = [
        (
            c + (44 if k % 2 == 0 else 18) * math.sin(k * math.pi / 5),
            c - (44 if k % 2 == 0 else 18) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=(*SEAL, 255))
    f = font("bold", 25)
    label = f"{issuer} ★ "
    for k, ch in enumerate(label):
        angle = -150 + 300 * k / len(label)
        glyph = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=(*SEAL, 255), anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        r = c - 30
        gx = c + r * math.sin(math.radians(angle)) - 20
        gy = c - r * math.cos(math.radians(angle)) - 20
        img.alpha_composite(glyph, (int(gx), int(gy)))
    alpha = np.asarray(img)[:, :, 3].astype(np.float32)
    alpha *= rng.uniform(0.7, 1.0, alpha.shape).astype(np.float32) * rng.uniform(0.85, 0.95)
    arr = np.asarray(img).copy()
    arr[:, :, 3] = alpha.astype(np.uint8)
    return Image.fromarray(arr).rotate(float(rng.uniform(-25, 25)), resample=Image.Resampling.BICUBIC)


def signature(draw: ImageDraw.ImageDraw, cx: int, cy: int, rng: np.random.Generator) -> None:
    """A quick looping scrawl with a long underline, in blue-black ballpoint."""
    points = []
    x = cx - 150 + rng.uniform(-20, 20)
    for k in range(9):
        points.append((x + k * 30 + rng.uniform(-10, 10), cy + rng.uniform(-55, 45) * (1 if k % 2 else -1)))
    points.append((cx + 190, cy - 30 + rng.uniform(-10, 10)))
    draw.line(smooth(points, 8), fill=SIGNATURE, width=4, joint="curve")
    draw.line(smooth([(cx - 170, cy + 40), (cx, cy + 52), (cx + 200, cy + 30)], 8), fill=SIGNATURE, width=3)


def scanned(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Paper grey, toner a little soft, speckle, a slight skew and a darker edge, as from an office scanner."""
    grey = page.filter(ImageFilter.GaussianBlur(0.8))
    arr = np.asarray(grey).astype(np.float32)
    arr = arr * rng.uniform(0.9, 0.95) + rng.uniform(5, 12)
    arr += rng.normal(0, 2.5, arr.shape[:2]).astype(np.float32)[:, :, None]
    specks = rng.random(arr.shape[:2]) < 0.0004
    arr[specks] = 90
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.rotate(float(rng.uniform(-0.9, 0.9)), resample=Image.Resampling.BICUBIC, fillcolor=(200, 200, 198))
    edge = np.asarray(out).astype(np.float32)
    fade = np.linspace(0.82, 1.0, 40, dtype=np.float32)
    edge[:, :40] *= fade[None, :, None]
    return Image.fromarray(np.clip(edge, 0, 255).astype(np.uint8))


def issuer_of(text: str) -> str:
    lines = text.splitlines()
    top = [ln for ln in lines[: lines.index(MOTTO[0])] if ln.strip()]
    if len(top) == 2 and top[0] == "ỦY BAN NHÂN DÂN":
        return f"ỦY BAN NHÂN DÂN {top[1]}"
    return " ".join(top[1:]) if top[0].startswith("UBND") else " ".join(top)


def render(stem: str, text: str) -> list[Image.Image]:
    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big"))
    ts = typeset(text)
    for hand in ts.hands:
        pen(ts.pages[hand.page].draw, hand, rng)
    assert ts.signer
    page, cx, title_y, name_y = ts.signer
    signature(ts.pages[page].draw, cx + int(rng.uniform(-30, 30)), (title_y + name_y) // 2 + 60, rng)
    stamp = seal(330, issuer_of(text), rng)
    sx = cx - 330 + int(rng.uniform(-40, 10))
    sy = title_y - 40 + int(rng.uniform(-10, 40))
    sheet = ts.pages[page].image.convert("RGBA")
    sheet.alpha_composite(stamp, (sx, sy))
    ts.pages[page].image = sheet.convert("RGB")
    return [scanned(p.image, rng) for p in ts.pages]


def write_pdf(images: list[Image.Image], path: Path) -> None:
    """JPEG pages in one PDF, at the best quality that keeps the file near 300 KB (a long page costs more)."""
    for quality in QUALITIES:
        buffer = io.BytesIO()
        images[0].save(
            buffer,
            "PDF",
            resolution=DPI,
            quality=quality,
            save_all=True,
            append_images=images[1:],
            creationDate=FIXED_TIME,
            modDate=FIXED_TIME,
            title=path.stem,
        )
        if buffer.tell() <= BUDGET:
            break
    path.write_bytes(buffer.getvalue())


def main(argv: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    texts = sorted((HERE / "texts").glob("*.txt"))
    wanted = set(argv)
    for path in texts:
        if wanted and path.stem not in wanted:
            continue
        pages = render(path.stem, path.read_text(encoding="utf-8"))
        write_pdf(pages, out / f"{path.stem}.pdf")
        print(f"{path.stem}: {len(pages)} page(s), {(out / f'{path.stem}.pdf').stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
