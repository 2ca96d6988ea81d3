"""Turn this scenario's texts into scanned-looking PDFs (`scans/<stem>.pdf`), the way real originals look.

Why: congvan is measured on scans, and real ones (docs: design "Real paperwork") are A4 images with the
number and the day of the date filled in by pen after signing, a red round seal over the signer's title, a blue
signature, greyish skewed paper and light noise. Everything is seeded by the file stem, so the same text gives
the same bytes.

    .venv/bin/python -m samples.scenario_blind11.render [STEM...]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE = (1654, 2339)  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 230, 1654 - 120, 150, 2339 - 150
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 28, 30)
PEN = (22, 22, 34)  # near-black ballpoint, not blue: what real hand-filled numbers look like on scans
SEAL = (205, 40, 45)
SIGNATURE = (30, 60, 175)
PDF_DATE = dt.datetime(2026, 12, 5, tzinfo=dt.UTC).timetuple()

DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.35, 1.0), (0.75, 0.9), (0.9, 0.45), (0.7, 0.05), (0.45, 0.02)]],
    "1": [[(0.25, 0.25), (0.6, 0.0), (0.58, 1.0)]],
    "2": [[(0.1, 0.25), (0.35, 0.0), (0.75, 0.05), (0.8, 0.35), (0.45, 0.7), (0.1, 1.0), (0.9, 0.97)]],
    "3": [[(0.1, 0.12), (0.5, 0.0), (0.85, 0.2), (0.45, 0.47), (0.88, 0.7), (0.55, 1.0), (0.1, 0.88)]],
    "4": [[(0.6, 0.0), (0.1, 0.68), (0.95, 0.68)], [(0.68, 0.3), (0.65, 1.0)]],
    "5": [[(0.85, 0.0), (0.25, 0.02), (0.18, 0.45), (0.6, 0.38), (0.9, 0.68), (0.6, 1.0), (0.1, 0.9)]],
    "6": [[(0.8, 0.05), (0.4, 0.1), (0.15, 0.6), (0.3, 1.0), (0.75, 0.95), (0.85, 0.7), (0.5, 0.5), (0.18, 0.65)]],
    "7": [[(0.08, 0.03), (0.92, 0.0), (0.4, 1.0)]],
    "8": [[(0.5, 0.48), (0.18, 0.25), (0.5, 0.0), (0.82, 0.25), (0.5, 0.48),
           (0.12, 0.75), (0.5, 1.0), (0.88, 0.75), (0.5, 0.48)]],
    "9": [[(0.85, 0.35), (0.5, 0.5), (0.15, 0.3), (0.5, 0.0), (0.85, 0.2), (0.8, 0.6), (0.6, 1.0)]],
}  # fmt: skip


def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), size)


BODY = font(36)
TITLES = {"QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", "CHỈ THỊ", "BÁO CÁO"}


def rng_for(stem: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big"))


def smooth(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a pen stroke, not a polyline."""
    if len(points) < 3:
        return points
    p = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(p) - 2):
        for k in range(steps):
            t = k / steps
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p[i][j]
                        + (-p[i - 1][j] + p[i + 1][j]) * t
                        + (2 * p[i - 1][j] - 5 * p[i][j] + 4 * p[i + 1][j] - p[i + 2][j]) * t * t
                        + (-p[i - 1][j] + 3 * p[i][j] - 3 * p[i + 1][j] + p[i + 2][j]) * t**3
                    )
                    for j in (0, 1)
                )
            )
    out.append(points[-1])
    return out  # type: ignore[return-value]


@dataclass
class Page:
    """One page being drawn; `overlay` holds the seal and signature drawn over the print."""

    image: Image.Image = field(default_factory=lambda: Image.new("RGB", PAGE, (255, 255, 255)))
    overlay: Image.Image = field(default_factory=lambda: Image.new("RGBA", PAGE, (0, 0, 0, 0)))

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)


class Writer:
    """Lays text out on A4 pages top to bottom, starting a new page when the next line would not fit."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.pages = [Page()]
        self.y = TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.pages.append(Page())
            self.y = TOP

    def centered(self, text: str, f: ImageFont.FreeTypeFont, x0: int = LEFT, x1: int = RIGHT) -> None:
        self.room(f.size + 12)
        width = self.page.draw.textlength(text, font=f)
        self.page.draw.text(((x0 + x1 - width) / 2, self.y), text, font=f, fill=INK)
        self.y += int(f.size * 1.3)

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont = BODY, indent: int = 60) -> None:
        words, line, first = text.split(), "", True
        for word in words:
            trial = f"{line} {word}".strip()
            if self.page.draw.textlength(trial, font=f) > RIGHT - LEFT - (indent if first else 0):
                self._line(line, f, indent if first else 0)
                line, first = word, False
            else:
                line = trial
        if line:
            self._line(line, f, indent if first else 0)
        self.y += 6

    def _line(self, text: str, f: ImageFont.FreeTypeFont, indent: int) -> None:
        self.room(f.size + 12)
        self.page.draw.text((LEFT + indent, self.y), text, font=f, fill=INK)
        self.y += int(f.size * 1.38)


def pen_digits(page: Page, text: str, x: float, baseline: float, height: float, rng: np.random.Generator) -> None:
    """Digits written by hand: jittered, slanted strokes of varying width, near-black."""
    draw = ImageDraw.Draw(page.image)
    slant = rng.uniform(0.12, 0.28)
    for ch in text:
        w = height * rng.uniform(0.5, 0.62)
        for stroke in DIGITS[ch]:
            pts = [
                (
                    x + (px + rng.normal(0, 0.04)) * w + (1 - py) * height * slant,
                    baseline - height + (py + rng.normal(0, 0.03)) * height,
                )
                for px, py in stroke
            ]
            draw.line(smooth(pts), fill=PEN, width=int(rng.integers(3, 5)), joint="curve")
        x += w * rng.uniform(1.05, 1.3)


def gap_line(
    w: Writer, parts: list[tuple[str, str | None]], f: ImageFont.FreeTypeFont, x0: int, x1: int, pen_h: float
) -> None:
    """A centred line with blanks left for the pen: parts are (printed text, digits written by hand or None)."""
    draw = w.page.draw

    def blank(digits: str) -> float:  # the space the form leaves, wide enough for what the pen wrote
        return max(draw.textlength("0000", font=f), len(digits) * pen_h * 0.85 + 24)

    total = sum(draw.textlength(t, font=f) + (blank(d) if d else 0) for t, d in parts)
    x = (x0 + x1 - total) / 2
    for printed, digits in parts:
        draw.text((x, w.y), printed, font=f, fill=INK)
        x += draw.textlength(printed, font=f)
        if digits is not None:
            pen_digits(w.page, digits, x + 10, w.y + f.size * 0.98, pen_h, w.rng)
            x += blank(digits)
    w.y += int(f.size * 1.3)


def header(w: Writer, left: list[str], right: list[str]) -> None:
    mid = LEFT + int((RIGHT - LEFT) * 0.4)
    top = w.y
    for i, line in enumerate(left):
        if line.startswith("Số:"):
            m = re.match(r"Số: (\d+)(.*)", line)
            assert m, line
            w.y += 8
            gap_line(w, [("Số: ", m[1]), (m[2], None)], font(32), LEFT - 90, mid, 44)
        else:
            w.centered(line, font(31, bold=i > 0 or line.startswith("ỦY BAN")), LEFT - 90, mid)
            if i == len(left) - 2:
                x = (LEFT - 90 + mid) / 2
                w.page.draw.line((x - 90, w.y + 2, x + 90, w.y + 2), fill=INK, width=2)
                w.y += 10
    bottom, w.y = w.y, top
    for i, line in enumerate(right):
        if i == 0:
            w.centered(line, font(31, bold=True), mid, RIGHT + 60)
        elif i == 1:
            f = font(33, bold=True)
            w.centered(line, f, mid, RIGHT + 60)
            width = w.page.draw.textlength(line, font=f)
            x = (mid + RIGHT + 60) / 2
            w.page.draw.line((x - width / 2, w.y - 6, x + width / 2, w.y - 6), fill=INK, width=2)
            w.y += 14
        else:
            m = re.match(r"(.+, ngày )(\d+)( tháng )(\d+)( năm \d{4})", line)
            assert m, line
            month_by_pen = w.rng.random() < 0.3
            parts: list[tuple[str, str | None]] = [(m[1], m[2])]
            parts += [(m[3], m[4]), (m[5], None)] if month_by_pen else [(m[3] + m[4] + m[5], None)]
            gap_line(w, parts, font(33, italic=True), mid, RIGHT + 60, 40)
    w.y = max(bottom, w.y) + 40


def seal(page: Page, cx: float, cy: float, issuer: str, rng: np.random.Generator) -> None:
    """A red round seal: double ring, the issuer's name around, a star in the middle."""
    size = 330
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c, r = size / 2, size / 2 - 12
    alpha = int(rng.uniform(150, 200))
    colour = (*SEAL, alpha)
    d.ellipse((c - r, c - r, c + r, c + r), outline=colour, width=9)
    d.ellipse((c - r + 48, c - r + 48, c + r - 48, c + r - 48), outline=colour, width=4)
    f = font(25, bold=True)
    text = f"{issuer} *"
    step = 330 / max(len(text), 1)
    for i, ch in enumerate(text):
        angle = math.radians(-165 + i * step)
        glyph = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((30, 30), ch, font=f, fill=colour, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + (r - 26) * math.cos(angle), c + (r - 26) * math.sin(angle)
        layer.alpha_composite(glyph, (int(gx - 30), int(gy - 30)))
    star = [
        (c + (44 if k % 2 == 0 else 18) * math.cos(math.radians(-90 + 36 * k)),
         c + (44 if k % 2 == 0 else 18) * math.sin(math.radians(-90 + 36 * k)))
        for k in range(10)
    ]  # fmt: skip
    d.polygon(star, fill=colour)
    mask = rng.random((size, size)) > rng.uniform(0.08, 0.2)  # uneven ink
    arr = np.array(layer)
    arr[..., 3] = (arr[..., 3] * mask).astype(np.uint8)
    layer = Image.fromarray(arr).rotate(float(rng.uniform(-25, 25)), resample=Image.Resampling.BICUBIC)
    page.overlay.alpha_composite(layer, (int(cx - size / 2), int(cy - size / 2)))


def signature(page: Page, cx: float, cy: float, rng: np.random.Generator) -> None:
    """A blue pen flourish: a few loops and a long tail."""
    d = ImageDraw.Draw(page.overlay)
    pts, x = [], cx - 150
    for _ in range(int(rng.integers(5, 9))):
        x += rng.uniform(20, 50)
        pts += [(x, cy + rng.uniform(-60, -20)), (x + rng.uniform(-25, 5), cy + rng.uniform(10, 45))]
    pts.append((x + rng.uniform(80, 160), cy + rng.uniform(-50, 10)))
    d.line(smooth(pts, 10), fill=(*SIGNATURE, 230), width=4, joint="curve")


def closing(w: Writer, signer: list[str], recipients: list[str], issuer: str) -> None:
    """Nơi nhận on the left, the signer's title, seal, signature and name on the right."""
    w.room(560)
    top, mid = w.y + 20, LEFT + int((RIGHT - LEFT) * 0.45)
    w.y = top
    titles, name = signer[:-1], signer[-1]
    for t in titles:
        w.centered(t, font(33, bold=True), mid, RIGHT + 40)
    title_y = w.y
    w.y += 230
    w.centered(name, font(34, bold=True), mid, RIGHT + 40)
    end = w.y
    cx = (mid + RIGHT + 40) / 2
    seal(w.page, cx - 110 + w.rng.uniform(-30, 30), title_y + 40, issuer, w.rng)
    signature(w.page, cx + w.rng.uniform(-40, 40), title_y + 120, w.rng)
    w.y = top
    draw = w.page.draw
    draw.text((LEFT, w.y), recipients[0], font=font(29, bold=True, italic=True), fill=INK)
    w.y += 38
    for line in recipients[1:]:
        draw.text((LEFT, w.y), line, font=font(26), fill=INK)
        w.y += 33
    w.y = max(w.y, end)


def issuer_of(left: list[str]) -> str:
    """The seal's text: the unit, then its parent ("SỞ Y TẾ * UBND TỈNH GIA LAI")."""
    names = [ln for ln in left if not ln.startswith("Số:")]
    if names[0].startswith("UBND"):
        return " ".join(names[1:]) + " * " + names[0]
    return " ".join(names)


def layout(text: str, rng: np.random.Generator) -> list[Page]:
    lines = text.rstrip("\n").split("\n")
    first_blank = lines.index("")
    second_blank = lines.index("", first_blank + 1)
    left, right, rest = lines[:first_blank], lines[first_blank + 1 : second_blank], lines[second_blank + 1 :]
    w = Writer(rng)
    header(w, left, right)
    to = rest.index("Nơi nhận:")
    end = max(i for i, ln in enumerate(rest[:to]) if ln.endswith("./."))
    body, signer, recipients = rest[: end + 1], [ln for ln in rest[end + 1 : to] if ln], rest[to:]
    block: list[str] = []
    for line in [*body, ""]:
        if line:
            block.append(line)
            continue
        if block and (block[0] in TITLES or block[0].startswith("CHỦ TỊCH ỦY BAN")):
            for i, ln in enumerate(block):
                w.centered(ln, font(36 if i == 0 else 34, bold=True))
            w.y += 12
        else:
            for ln in block:
                if re.match(r"^[IVX]+\. [A-ZĐ]", ln) and ln == ln.upper():
                    w.paragraph(ln, font(35, bold=True), indent=0)
                else:
                    w.paragraph(ln, indent=40 if re.match(r"^(\d+\.|-|[a-d]\)) ", ln) else 60)
        block = []
    closing(w, signer, recipients, issuer_of(left))
    return w.pages


def age(page: Page, rng: np.random.Generator) -> Image.Image:
    """Print + overlay → a greyish, slightly skewed, noisy scan."""
    img = page.image.convert("RGBA")
    img.alpha_composite(page.overlay)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array([rng.uniform(228, 240)] * 3, dtype=np.float32) + rng.normal(0, 2, 3)
    ink = arr / 255.0
    scan = ink * paper  # multiply onto greyish paper
    light = np.linspace(rng.uniform(-8, 0), rng.uniform(0, 8), scan.shape[1])[None, :, None]
    scan = scan + light + rng.normal(0, 2.5, scan.shape[:2])[..., None]
    specks = rng.random(scan.shape[:2]) < 0.0004
    scan[specks] = rng.uniform(40, 120)
    out = Image.fromarray(np.clip(scan, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    fill = tuple(int(v) for v in paper)
    return out.rotate(float(rng.uniform(-0.9, 0.9)), resample=Image.Resampling.BICUBIC, fillcolor=fill)


def render(stem: str) -> Path:
    rng = rng_for(stem)
    text = (HERE / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    pages = [age(p, rng) for p in layout(text, rng)]
    out = HERE / "scans" / f"{stem}.pdf"
    out.parent.mkdir(exist_ok=True)
    pages[0].save(
        out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=50,
        creationDate=PDF_DATE, modDate=PDF_DATE, title=stem,
    )  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    stems = argv or sorted(p.stem for p in (HERE / "texts").glob("*.txt"))
    for stem in stems:
        print(render(stem))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
