"""Render the tenth blind scenario's texts as scans that look like real provincial originals.

    .venv/bin/python -m samples.scenario_blind10.render [STEM ...]

Why: congvan is measured on scans, and real originals (design brief, "Real paperwork") are printed forms whose
number and day of the date are filled in by pen after signing, with a red round seal and a signature over the
signer's title and name, on greyish, slightly skewed paper. Each text becomes `scans/<stem>.pdf` (A4, 200 dpi,
JPEG pages), seeded by its stem so a re-render of the same text gives the same bytes.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE = (1654, 2339)  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 230, 150, 150, 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (22, 22, 26)
PEN = (28, 27, 34)  # near-black ballpoint, as measured on real scans
SEAL = np.array([205, 35, 40], dtype=np.float32)
SIGN = (35, 55, 150)
FIXED_DATES = {"creationDate": time.gmtime(1796342400), "modDate": time.gmtime(1796342400)}
"""Pillow stamps the current time into a PDF; a fixed one keeps re-renders byte-identical."""


def font(size: int, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style}.ttf"), size)


BODY, BOLD, ITALIC, SMALL, SMALL_BOLD = font(33), font(33, "Bold"), font(33, "Italic"), font(26), font(27, "Bold")


@dataclass
class Form:
    """A document split into the parts a printed form lays out differently."""

    issuer: list[str]
    motto: list[str]
    number: str
    place_date: str
    body: list[str]
    recipients: list[str]
    signer: list[str]


def split(text: str) -> Form:
    lines = [ln.rstrip() for ln in text.strip().splitlines()]
    motto_at = next(i for i, ln in enumerate(lines) if ln.startswith(("CỘNG HÒA", "ĐẢNG CỘNG SẢN")))
    motto_end = motto_at + (2 if lines[motto_at].startswith("CỘNG HÒA") else 1)
    number_at = next(i for i, ln in enumerate(lines) if ln.startswith("Số:"))
    recipients_at = next(i for i, ln in enumerate(lines) if ln.startswith("Nơi nhận"))
    last_recipient = max(i for i, ln in enumerate(lines) if ln.startswith("- "))
    return Form(
        issuer=lines[:motto_at],
        motto=lines[motto_at:motto_end],
        number=lines[number_at],
        place_date=lines[number_at + 1],
        body=lines[number_at + 2 : recipients_at],
        recipients=lines[recipients_at : last_recipient + 1],
        signer=lines[last_recipient + 1 :],
    )


def wrap(text: str, face: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if face.getlength(trial) + (indent if not out else 0) > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    return [*out, line] if line else out


# Pen digits: strokes in a unit box (x right, y down), drawn with jitter so no two look alike.
DIGITS: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0), (0.15, 0.2), (0.1, 0.6), (0.35, 1), (0.75, 0.9), (0.9, 0.45), (0.75, 0.08), (0.5, 0)]],
    "1": [[(0.25, 0.25), (0.55, 0), (0.5, 1)]],
    "2": [[(0.12, 0.25), (0.4, 0), (0.8, 0.1), (0.8, 0.4), (0.1, 1), (0.9, 0.97)]],
    "3": [[(0.15, 0.1), (0.7, 0.02), (0.75, 0.3), (0.4, 0.48), (0.85, 0.65), (0.7, 0.95), (0.15, 0.92)]],
    "4": [[(0.65, 1), (0.62, 0), (0.08, 0.68), (0.92, 0.66)]],
    "5": [[(0.85, 0.02), (0.25, 0.03), (0.2, 0.45), (0.7, 0.42), (0.85, 0.72), (0.6, 0.98), (0.12, 0.9)]],
    "6": [[(0.75, 0.02), (0.3, 0.3), (0.15, 0.75), (0.45, 1), (0.82, 0.8), (0.7, 0.52), (0.3, 0.58)]],
    "7": [[(0.1, 0.05), (0.9, 0.03), (0.4, 1)]],
    "8": [
        [(0.5, 0.48), (0.2, 0.3), (0.35, 0.02), (0.72, 0.05), (0.78, 0.28), (0.5, 0.48)],
        [(0.5, 0.48), (0.15, 0.72), (0.4, 1), (0.8, 0.9), (0.82, 0.66), (0.5, 0.48)],
    ],
    "9": [[(0.8, 0.35), (0.45, 0.45), (0.2, 0.25), (0.45, 0.02), (0.8, 0.15), (0.75, 0.6), (0.55, 1)]],
}


def smooth(points: list[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a pen moves in curves, not polygons."""
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t * t
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t**3
                    )
                    for k in (0, 1)
                )
            )
    return [*out, points[-1]]


def pen_digits(
    draw: ImageDraw.ImageDraw, text: str, x: float, y: float, height: float, rng: np.random.Generator
) -> float:
    """Write digits by pen from (x, y) top-left; returns the x after the last one."""
    slant = rng.uniform(0.1, 0.3)
    for ch in text:
        h = height * rng.uniform(0.9, 1.1)
        w = h * rng.uniform(0.5, 0.62)
        top = y + rng.normal(0, height * 0.05)
        for stroke in DIGITS[ch]:
            pts = [
                (x + (px + rng.normal(0, 0.04)) * w + (1 - py) * slant * w, top + (py + rng.normal(0, 0.03)) * h)
                for px, py in stroke
            ]
            draw.line(smooth(pts), fill=PEN, width=int(rng.integers(3, 6)), joint="curve")
        x += w * rng.uniform(1.05, 1.3)
    return x


def signature(draw: ImageDraw.ImageDraw, cx: float, cy: float, rng: np.random.Generator) -> None:
    pts = [(cx - 150 + 300 * k / 9 + rng.normal(0, 15), cy + rng.normal(0, 38)) for k in range(10)]
    draw.line(smooth(pts, 8), fill=SIGN, width=4, joint="curve")
    draw.line(
        smooth([(cx - 120, cy + 40), (cx + 10, cy + 25 + rng.normal(0, 8)), (cx + 170, cy + 5)]), fill=SIGN, width=3
    )


def seal(size: int, issuer: str, rng: np.random.Generator) -> np.ndarray:
    """Alpha mask (0..1) of a round seal: two rings, the issuer's name around, a star in the middle."""
    img = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(img)
    r = size / 2
    d.ellipse((4, 4, size - 4, size - 4), outline=255, width=9)
    d.ellipse((size * 0.2, size * 0.2, size * 0.8, size * 0.8), outline=255, width=4)
    star = [
        (
            r + (size * (0.17 if k % 2 == 0 else 0.07)) * math.sin(k * math.pi / 5),
            r - (size * (0.17 if k % 2 == 0 else 0.07)) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    face = font(int(size * 0.085), "Bold")
    letters = issuer.upper()
    for k, ch in enumerate(letters):
        angle = -150 + 300 * k / max(len(letters) - 1, 1)
        glyph = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), ch, font=face, fill=255, anchor="mm")
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        gx = r + (r * 0.75) * math.sin(math.radians(angle)) - 30
        gy = r - (r * 0.75) * math.cos(math.radians(angle)) - 30
        img.paste(255, (int(gx), int(gy)), glyph)
    mask = np.asarray(img, dtype=np.float32) / 255
    speckle = rng.uniform(0.55, 1.0, mask.shape).astype(np.float32)
    return mask * speckle * rng.uniform(0.7, 0.9)


class Page:
    def __init__(self) -> None:
        self.img = Image.new("RGB", PAGE, (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.y = TOP


class Renderer:
    """Lays a Form out on A4 pages, then ages each page."""

    def __init__(self, stem: str, text: str) -> None:
        self.stem = stem
        self.form = split(text)
        self.rng = np.random.default_rng(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
        self.pages = [Page()]

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: float) -> None:
        if self.page.y + height > PAGE[1] - BOTTOM:
            self.pages.append(Page())

    def centred(self, line: str, face: ImageFont.FreeTypeFont, x0: float, x1: float, y: float) -> None:
        self.page.draw.text(((x0 + x1) / 2, y), line, font=face, fill=INK, anchor="ma")

    def header(self) -> None:
        f, d = self.form, self.page.draw
        mid = LEFT + 560
        y = TOP
        for k, line in enumerate(f.issuer):
            self.centred(line, BOLD if k == len(f.issuer) - 1 or (line.isupper() and k) else BODY, LEFT - 60, mid, y)
            y += 40
        d.line((LEFT + 150, y + 4, mid - 210, y + 4), fill=INK, width=2)
        y2 = TOP
        for line in f.motto:
            self.centred(line, BOLD, mid, PAGE[0] - RIGHT + 30, y2)
            y2 += 40
        d.line((mid + 230, y2 + 4, PAGE[0] - RIGHT - 200, y2 + 4), fill=INK, width=2)
        y = max(y, y2) + 40
        number = re.fullmatch(r"(Số:?)\s*(\d+)(.*)", f.number)
        assert number, f.number
        label = f"{number[1]} "
        x: float = LEFT - 20
        d.text((x, y), label, font=BODY, fill=INK)
        gap = 40 + 24 * len(number[2])
        d.text((x + BODY.getlength(label) + gap, y), number[3], font=BODY, fill=INK)
        pen_digits(d, number[2], x + BODY.getlength(label) + 8, y - 6, 40, self.rng)
        date = re.fullmatch(r"(.*ngày )(\d+)( tháng )(\d+)( năm \d{4})", f.place_date)
        assert date, f.place_date
        month_by_pen = self.rng.random() < 0.25
        printed = [date[1], "        ", date[3], "      " if month_by_pen else date[4], date[5]]
        width = ITALIC.getlength("".join(printed))
        x = (mid + PAGE[0] - RIGHT) / 2 - width / 2
        d.text((x, y), "".join(printed), font=ITALIC, fill=INK)
        pen_digits(d, date[2], x + ITALIC.getlength(date[1]) + 6, y - 8, 40, self.rng)
        if month_by_pen:
            pen_digits(d, date[4], x + ITALIC.getlength("".join(printed[:3])) + 4, y - 8, 40, self.rng)
        self.page.y = y + 80

    def body(self) -> None:
        width = PAGE[0] - LEFT - RIGHT
        title_done = 0
        rows: list[list[str]] = []
        for line in [*self.form.body, ""]:
            if " | " in line:
                rows.append(line.split(" | "))
                continue
            if rows:
                self.table(rows)
                rows = []
            if not line:
                continue
            if title_done < 2 and (line.isupper() or title_done == 1):
                self.need(45)
                for part in wrap(line, BOLD, width - 200):
                    self.centred(part, BOLD, LEFT, PAGE[0] - RIGHT, self.page.y)
                    self.page.y += 42
                title_done += 1
                self.page.y += 10 if title_done == 2 else 0
                continue
            title_done = 2
            if line.isupper() or line.startswith("BAN THƯỜNG VỤ") or line == "QUYẾT ĐỊNH:":
                self.need(50)
                self.centred(line, BOLD, LEFT, PAGE[0] - RIGHT, self.page.y + 6)
                self.page.y += 54
                continue
            face = BOLD if re.match(r"(Điều \d+\.|[IVX]+\. |\d+\. Về )", line) and len(line) < 60 else BODY
            for k, part in enumerate(wrap(line, face, width, indent=60)):
                self.need(44)
                self.page.draw.text((LEFT + (60 if k == 0 else 0), self.page.y), part, font=face, fill=INK)
                self.page.y += 44
            self.page.y += 6

    def table(self, rows: list[list[str]]) -> None:
        widths = [90, 470, PAGE[0] - LEFT - RIGHT - 560]
        d = self.page.draw
        for k, row in enumerate(rows):
            face = BOLD if k == 0 and not row[0].isdigit() else BODY
            cells = [wrap(c, face, w - 20) for c, w in zip(row, widths, strict=True)]
            height = 44 * max(len(c) for c in cells) + 14
            self.need(height)
            d = self.page.draw
            x, y = LEFT, self.page.y
            for cell, w in zip(cells, widths, strict=True):
                d.rectangle((x, y, x + w, y + height), outline=INK, width=2)
                for j, part in enumerate(cell):
                    d.text((x + 10, y + 8 + 44 * j), part, font=face, fill=INK)
                x += w
            self.page.y += height
        self.page.y += 14

    def closing(self) -> None:
        f = self.form
        height = max(34 * len(f.recipients), 300 + 42 * len(f.signer))
        self.need(height + 40)
        page, d = self.page, self.page.draw
        y0 = page.y + 20
        for k, line in enumerate(f.recipients):
            d.text((LEFT - 20, y0 + 34 * k), line, font=SMALL_BOLD if k == 0 else SMALL, fill=INK)
        centre = (PAGE[0] - RIGHT + LEFT + 640) / 2
        titles, name = f.signer[:-1], f.signer[-1]
        y = y0
        for line in titles:
            self.centred(line, BOLD, centre - 300, centre + 300, y)
            y += 42
        name_y = y + 230
        self.centred(name, BOLD, centre - 300, centre + 300, name_y)
        signature(d, centre + self.rng.normal(0, 30), y + 110, self.rng)
        size = int(self.rng.integers(270, 300))
        mask = seal(size, " ".join(ln for ln in f.issuer if ln.strip("*")), self.rng)
        sx = int(centre - 300 + self.rng.normal(0, 25))
        sy = int(y0 - 40 + self.rng.normal(0, 20))
        rgb = np.asarray(page.img, dtype=np.float32)
        h, w = mask.shape
        area = rgb[sy : sy + h, sx : sx + w]
        a = mask[: area.shape[0], : area.shape[1], None]
        rgb[sy : sy + h, sx : sx + w] = area * (1 - a) + np.minimum(area, SEAL) * a
        page.img = Image.fromarray(rgb.astype(np.uint8))
        page.draw = ImageDraw.Draw(page.img)

    def age(self, img: Image.Image) -> Image.Image:
        """Greyish uneven paper, toner noise, a slight skew and scanner blur."""
        rng = self.rng
        arr = np.asarray(img, dtype=np.float32)
        small = rng.normal(0, 1, (12, 9)).astype(np.float32)
        shade = np.asarray(Image.fromarray(small).resize((PAGE[0], PAGE[1]), Image.Resampling.BICUBIC))
        paper = rng.uniform(222, 236) + 5 * shade[..., None] + rng.normal(0, 4, arr.shape[:2])[..., None]
        tint = np.array([1.0, 0.995, 0.975], dtype=np.float32)
        out = arr / 255 * paper * tint
        specks = rng.random(arr.shape[:2]) < 0.0004
        out[specks] = rng.uniform(60, 140)
        aged = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
        fill = tuple(int(v) for v in np.median(out.reshape(-1, 3), axis=0))
        aged = aged.rotate(rng.uniform(-1.1, 1.1), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=fill)
        return aged.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))

    def render(self) -> list[Image.Image]:
        self.header()
        self.body()
        self.closing()
        return [self.age(p.img) for p in self.pages]


def main(stems: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    paths = sorted((HERE / "texts").glob("*.txt"))
    for path in paths:
        if stems and path.stem not in stems:
            continue
        pages = Renderer(path.stem, path.read_text(encoding="utf-8")).render()
        target = out / f"{path.stem}.pdf"
        pages[0].save(target, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=62, **FIXED_DATES)
        print(f"{target.name}: {len(pages)} page(s), {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
