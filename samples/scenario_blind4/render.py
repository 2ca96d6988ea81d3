"""Render the Nghệ An scenario's typed texts as 200-dpi scans of signed originals (texts/ → scans/, one PDF each).

    PYTHONPATH=$PWD .venv/bin/python -m samples.scenario_blind4.render [STEM ...]

Why a scan and not the text: real originals are printed forms on which the number and the day are written by
pen after signing, a red round seal and a blue signature lie over the signer's title and name, incoming reports
carry a received stamp, and the sheet is grey and slightly skewed (docs/real-scans.md, design.md). This renderer
draws that from the text alone, with no handwriting font: pen digits are Catmull-Rom strokes with jitter.

Layout conventions read from the texts: the header's left column runs to the "Số:" line (a công văn's "V/v"
lines stay under it), the right column to the "…, ngày … tháng … năm …" line; lines between "|" are a ruled
table; "Nơi nhận:" and its "- " lines form the bottom-left block, the lines after it the signer (title lines,
a blank, the name). Every choice (skew, pen strokes, seal angle, stamp) is seeded by the file's stem, so a
re-render gives the same page; only the paper's grain (PIL's noise) differs.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 210, 130, 150, 170
PT = DPI / 72
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
PAPER = (226, 224, 218)
INK = (28, 28, 30)
PEN_BLACK = (32, 34, 46)
PEN_BLUE = (28, 52, 150)
SEAL_RED = (205, 38, 42)
STAMP_VIOLET = (92, 56, 150)
JPEG_QUALITY = 50

# Pen strokes of the digits in a unit box (x right, y down); each digit is one or two polylines.
DIGIT_STROKES: dict[str, list[list[tuple[float, float]]]] = {
    "0": [[(0.5, 0.0), (0.15, 0.2), (0.1, 0.6), (0.35, 1.0), (0.75, 0.9), (0.9, 0.45), (0.75, 0.08), (0.45, 0.02)]],
    "1": [[(0.25, 0.25), (0.6, 0.0), (0.55, 1.0)]],
    "2": [[(0.1, 0.25), (0.35, 0.02), (0.75, 0.05), (0.85, 0.3), (0.6, 0.6), (0.1, 1.0), (0.95, 0.97)]],
    "3": [[(0.1, 0.12), (0.5, 0.0), (0.85, 0.2), (0.5, 0.48)], [(0.5, 0.48), (0.9, 0.7), (0.55, 1.0), (0.1, 0.88)]],
    "4": [[(0.7, 1.0), (0.68, 0.0), (0.05, 0.7), (0.95, 0.68)]],
    "5": [[(0.85, 0.0), (0.25, 0.02), (0.18, 0.45)], [(0.18, 0.45), (0.6, 0.38), (0.9, 0.65), (0.6, 1.0), (0.1, 0.9)]],
    "6": [[(0.8, 0.05), (0.4, 0.12), (0.15, 0.6), (0.3, 0.98), (0.7, 0.95), (0.85, 0.7), (0.5, 0.5), (0.2, 0.65)]],
    "7": [[(0.05, 0.02), (0.95, 0.0), (0.4, 1.0)]],
    "8": [
        [
            (0.5, 0.5),
            (0.18, 0.25),
            (0.5, 0.0),
            (0.82, 0.25),
            (0.5, 0.5),
            (0.12, 0.76),
            (0.5, 1.0),
            (0.88, 0.75),
            (0.5, 0.5),
        ]
    ],
    "9": [[(0.85, 0.3), (0.5, 0.5), (0.15, 0.3), (0.5, 0.0), (0.85, 0.25), (0.78, 1.0)]],
    "/": [[(0.8, 0.0), (0.2, 1.0)]],
}


def font(size_pt: float, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style}.ttf"), round(size_pt * PT))


@dataclass
class Doc:
    """A text split into the parts a form places differently."""

    left_header: list[str]
    number: str  # the "Số:" value, e.g. "118/QĐ-UBND"
    under_number: list[str]  # a công văn's "V/v …"
    right_header: list[str]
    place: str
    date: tuple[str, str, str]  # day, month, year
    body: list[str]
    recipients: list[str]
    signer_title: list[str]
    signer_name: str


DATE_LINE = re.compile(r"^(?P<place>[^,]+), ngày (?P<d>\d+) tháng (?P<m>\d+) năm (?P<y>\d{4})$")


def parse(text: str) -> Doc:
    lines = text.rstrip("\n").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith("Số:"))
    left, number = lines[:i], lines[i].split(":", 1)[1].strip()
    j = next(k for k, ln in enumerate(lines) if DATE_LINE.match(ln))
    between = lines[i + 1 : j]
    motto_at = next(k for k, ln in enumerate(between) if ln.startswith("CỘNG HÒA"))
    under, right = between[:motto_at], between[motto_at:]
    m = DATE_LINE.match(lines[j])
    assert m is not None
    k = next(n for n, ln in enumerate(lines) if ln.startswith("Nơi nhận:"))
    body = lines[j + 1 : k]
    tail = lines[k:]
    blank = tail.index("")
    recipients, signer = tail[:blank], [ln for ln in tail[blank:]]
    while signer and not signer[0]:
        signer.pop(0)
    name_gap = signer.index("")
    return Doc(
        left_header=left,
        number=number,
        under_number=under,
        right_header=right,
        place=m["place"],
        date=(m["d"], m["m"], m["y"]),
        body=body,
        recipients=recipients,
        signer_title=signer[:name_gap],
        signer_name=signer[-1],
    )


def wrap(draw: ImageDraw.ImageDraw, text: str, fnt: ImageFont.FreeTypeFont, width: float) -> list[str]:
    words, out, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=fnt) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out or [""]


def catmull_rom(points: Sequence[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """A smooth pen path through the points (the stroke of a hand, not of a ruler)."""
    if len(points) < 3:
        return list(points)
    pts = [points[0], *points, points[-1]]
    out: list[tuple[float, float]] = []
    for n in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[n - 1], pts[n], pts[n + 1], pts[n + 2]
        for s in range(steps):
            t = s / steps
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[c]
                        + (-p0[c] + p2[c]) * t
                        + (2 * p0[c] - 5 * p1[c] + 4 * p2[c] - p3[c]) * t * t
                        + (-p0[c] + 3 * p1[c] - 3 * p2[c] + p3[c]) * t**3
                    )
                    for c in (0, 1)
                )
            )
    out.append(pts[-2])
    return out


def pen_text(
    draw: ImageDraw.ImageDraw,
    x: float,
    baseline: float,
    text: str,
    height: float,
    color: tuple[int, int, int],
    rng: random.Random,
) -> float:
    """Write digits by pen from (x, baseline), slanted and uneven; returns the x after the last one."""
    slant = rng.uniform(0.12, 0.28)
    for ch in text:
        h = height * rng.uniform(0.9, 1.1)
        w = h * rng.uniform(0.5, 0.62) if ch != "1" else h * 0.35
        top = baseline - h + rng.uniform(-3, 3)
        for stroke in DIGIT_STROKES.get(ch, []):
            pts = [
                (
                    x + (px + rng.uniform(-0.04, 0.04)) * w + (1 - py) * h * slant,
                    top + (py + rng.uniform(-0.03, 0.03)) * h,
                )
                for px, py in stroke
            ]
            draw.line(catmull_rom(pts), fill=color, width=rng.choice((3, 4, 4, 5)), joint="curve")
        x += w + h * rng.uniform(0.12, 0.22)
    return x


class Page:
    """One sheet being filled top to bottom."""

    def __init__(self, number: int) -> None:
        self.img = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.img)
        self.y: float = TOP
        if number > 1:
            f = font(12)
            label = str(number)
            self.draw.text(((PAGE_W - self.draw.textlength(label, font=f)) / 2, 70), label, font=f, fill=INK)


class Renderer:
    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.rng = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
        self.pages = [Page(1)]
        self.body_font = font(13.5)
        self.bold = font(13.5, "Bold")
        self.italic = font(13.5, "Italic")
        self.pen = PEN_BLUE if self.rng.random() < 0.35 else PEN_BLACK

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: float) -> None:
        if self.page.y + height > PAGE_H - BOTTOM:
            self.pages.append(Page(len(self.pages) + 1))

    def centered(self, text: str, fnt: ImageFont.FreeTypeFont, cx: float, y: float, underline: bool = False) -> float:
        d = self.page.draw
        w = d.textlength(text, font=fnt)
        d.text((cx - w / 2, y), text, font=fnt, fill=INK)
        size = fnt.size
        if underline:
            uy = y + size * 1.12
            d.line([(cx - w * 0.32, uy), (cx + w * 0.32, uy)], fill=INK, width=2)
        return y + size * 1.3

    # --- header -------------------------------------------------------------------------------------
    def header(self, doc: Doc) -> None:
        d = self.page.draw
        lcx, rcx = LEFT + 200, PAGE_W - RIGHT - 400
        y: float = TOP
        for n, line in enumerate(doc.left_header):
            last = n == len(doc.left_header) - 1
            y = self.centered(line, font(12.5, "Bold" if last else "Regular"), lcx, y, underline=last)
        y += 16
        # "Số:" printed, the digits left blank on the form and filled by pen, then the printed symbol.
        digits, _, symbol = doc.number.partition("/")
        f = font(13)
        gap = 180
        label_w = d.textlength("Số: ", font=f) + gap + d.textlength("/" + symbol, font=f)
        x0 = lcx - label_w / 2
        d.text((x0, y), "Số: ", font=f, fill=INK)
        slot = x0 + d.textlength("Số: ", font=f)
        d.text((slot + gap, y), "/" + symbol, font=f, fill=INK)
        baseline = y + f.size * 0.95
        pen_text(d, slot + 18 + self.rng.uniform(0, 25), baseline, digits, f.size * 1.25, self.pen, self.rng)
        y += f.size * 1.5
        for line in doc.under_number:
            for part in wrap(d, line, font(12), 560):
                y = self.centered(part, font(12), lcx, y)
        ry: float = TOP
        for n, line in enumerate(doc.right_header):
            ry = self.centered(line, font(12.5 if n == 0 else 13.5, "Bold"), rcx, ry, underline=n == 1)
        ry += 18
        fi = font(13.5, "Italic")
        day, month, year = doc.date
        before, after = f"{doc.place}, ngày ", f" tháng {month} năm {year}"
        gap = 95
        w = d.textlength(before, font=fi) + gap + d.textlength(after, font=fi)
        x0 = rcx - w / 2
        d.text((x0, ry), before, font=fi, fill=INK)
        slot = x0 + d.textlength(before, font=fi)
        d.text((slot + gap, ry), after, font=fi, fill=INK)
        pen_text(d, slot + 6 + self.rng.uniform(0, 8), ry + fi.size * 0.95, day, fi.size * 1.2, self.pen, self.rng)
        self.page.y = max(y, ry + fi.size * 1.4) + 40

    # --- body ---------------------------------------------------------------------------------------
    def body(self, lines: list[str]) -> None:
        width = PAGE_W - LEFT - RIGHT
        table: list[list[str]] = []
        title_done = False
        for line in [*lines, ""]:
            if line.startswith("|"):
                table.append([c.strip() for c in line.strip().strip("|").split("|")])
                continue
            if table:
                self.table(table)
                table = []
            if not line:
                self.page.y += 12
                continue
            if line in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUYẾT ĐỊNH:") or (line.isupper() and len(line) < 60):
                self.need(60)
                self.page.y = self.centered(line, font(14, "Bold"), LEFT + width / 2, self.page.y)
                title_done = line != "QUYẾT ĐỊNH:"
                continue
            if title_done and (line.startswith(("Về việc", "Kết quả"))):
                for part in wrap(self.page.draw, line, self.bold, width - 200):
                    self.need(50)
                    self.page.y = self.centered(part, self.bold, LEFT + width / 2, self.page.y)
                title_done = False
                self.page.y += 16
                continue
            if line.startswith("Kính gửi:") and not line.endswith(":"):
                self.need(50)
                self.page.y = self.centered(line, self.body_font, LEFT + width / 2, self.page.y) + 12
                continue
            self.paragraph(line, width)

    def paragraph(self, line: str, width: float) -> None:
        d = self.page.draw
        indent = 0 if line.startswith(("- ", "Kính gửi")) else 70
        head = re.match(r"^(Điều \d+\.|\d+\. Về [^\n]*$|\d+\. Tổ chức thực hiện$)", line)
        parts = wrap(d, line, self.body_font, width - indent)
        # re-wrap the rest at full width after the indented first line
        first, rest = parts[0], " ".join(parts[1:])
        out = [first, *(wrap(d, rest, self.body_font, width) if rest else [])]
        for n, part in enumerate(out):
            self.need(self.body_font.size * 1.45)
            d = self.page.draw
            x: float = LEFT + (indent if n == 0 else 0)
            if n == 0 and head:
                bold_part = head.group(0)
                d.text((x, self.page.y), bold_part, font=self.bold, fill=INK)
                x += d.textlength(bold_part + " ", font=self.bold)
                part = part[len(bold_part) :].lstrip()
            d.text((x, self.page.y), part, font=self.body_font, fill=INK)
            self.page.y += self.body_font.size * 1.42

    def table(self, rows: list[list[str]]) -> None:
        f = font(12.5)
        fb = font(12.5, "Bold")
        width = PAGE_W - LEFT - RIGHT
        cols = [90, 520, width - 610]
        line_h = f.size * 1.32
        for r, row in enumerate(rows):
            cells = [wrap(self.page.draw, c, fb if r == 0 else f, cols[n] - 24) for n, c in enumerate(row)]
            h = max(len(c) for c in cells) * line_h + 20
            self.need(h)
            d, y = self.page.draw, self.page.y
            x = LEFT
            for n, cell in enumerate(cells):
                d.rectangle([x, y, x + cols[n], y + h], outline=INK, width=2)
                for k, part in enumerate(cell):
                    fx = fb if r == 0 else f
                    tx = x + 12 if n else x + (cols[n] - d.textlength(part, font=fx)) / 2
                    d.text((tx, y + 10 + k * line_h), part, font=fx, fill=INK)
                x += cols[n]
            self.page.y += h
        self.page.y += 14

    # --- signature ----------------------------------------------------------------------------------
    def signature(self, doc: Doc) -> None:
        title_h = len(doc.signer_title) * 50
        self.need(title_h + 330)
        d, y0 = self.page.draw, self.page.y + 20
        fbi, fs = font(12, "BoldItalic"), font(11)
        d.text((LEFT, y0), doc.recipients[0], font=fbi, fill=INK)
        ry = y0 + fbi.size * 1.4
        for line in doc.recipients[1:]:
            d.text((LEFT, ry), line, font=fs, fill=INK)
            ry += fs.size * 1.3
        cx = PAGE_W - RIGHT - 330
        ty = y0
        for line in doc.signer_title:
            ty = self.centered(line, font(13.5, "Bold"), cx, ty)
        name_y = ty + 210
        self.centered(doc.signer_name, font(13.5, "Bold"), cx, name_y)
        self.signature_stroke(cx, (ty + name_y) / 2 + 20)
        seal_center = (cx - 150 + self.rng.uniform(-25, 25), (y0 + name_y) / 2 + self.rng.uniform(-10, 25))
        self.seal(seal_center, doc)
        self.page.y = max(ry, name_y + 60)

    def signature_stroke(self, cx: float, cy: float) -> None:
        """A fast looping signature in blue ballpoint across the space above the name."""
        rng, pts = self.rng, []
        x = cx - 150
        for n in range(9):
            x += rng.uniform(25, 45)
            pts.append((x, cy + (-60 if n % 2 else 35) * rng.uniform(0.5, 1.1)))
        pts.append((x + 90, cy - 80))
        layer = Image.new("RGBA", self.page.img.size, (0, 0, 0, 0))
        ImageDraw.Draw(layer).line(catmull_rom(pts, 10), fill=(*PEN_BLUE, 235), width=4, joint="curve")
        self.page.img.paste(layer, (0, 0), layer)

    def seal(self, center: tuple[float, float], doc: Doc) -> None:
        """The issuer's round red seal, translucent over the title and name as the stamp ink lies on print."""
        r = 160
        size = 2 * r + 20
        layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        c = size / 2
        alpha = 170
        color = (*SEAL_RED, alpha)
        d.ellipse([c - r, c - r, c + r, c + r], outline=color, width=9)
        d.ellipse([c - r + 16, c - r + 16, c + r - 16, c + r - 16], outline=color, width=3)
        d.ellipse([c - r * 0.5, c - r * 0.5, c + r * 0.5, c + r * 0.5], outline=color, width=3)
        ring = " ".join(doc.left_header).upper()
        fr = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Bold.ttf"), 30)
        span = 300
        for n, ch in enumerate(ring):
            a = math.radians(-90 - span / 2 + span * (n + 0.5) / len(ring))
            glyph = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((20, 20), ch, font=fr, fill=color, anchor="mm")
            glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
            gx, gy = c + (r - 42) * math.cos(a), c + (r - 42) * math.sin(a)
            layer.alpha_composite(glyph, (int(gx - 20), int(gy - 20)))
        star = [
            (
                c + r * (0.3 if k % 2 == 0 else 0.12) * math.cos(math.radians(-90 + 36 * k)),
                c + r * (0.3 if k % 2 == 0 else 0.12) * math.sin(math.radians(-90 + 36 * k)),
            )
            for k in range(10)
        ]
        d.polygon(star, fill=color)
        layer = layer.rotate(self.rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
        # uneven ink: thin the stamp at random spots
        mask = Image.effect_noise((size, size), 60).point(lambda v: 255 if v > 70 else 120)
        alpha_band = layer.getchannel("A")
        layer.putalpha(Image.composite(alpha_band, alpha_band.point(lambda v: v // 2), mask))
        self.page.img.paste(layer, (int(center[0] - c), int(center[1] - c)), layer)

    def received_stamp(self, day: str, month: str, year: str) -> None:
        """The provincial office's incoming stamp, in violet, hand-filled, on page 1 in the left margin under "Số:"."""
        page = self.pages[0]
        rng = self.rng
        w, h = 360, 170
        layer = Image.new("RGBA", (w + 20, h + 20), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        col = (*STAMP_VIOLET, 190)
        d.rectangle([6, 6, w, h], outline=col, width=5)
        fs = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Bold.ttf"), 21)
        d.text((w / 2 + 3, 30), "VĂN PHÒNG UBND TỈNH NGHỆ AN", font=fs, fill=col, anchor="mm")
        d.text(
            (w / 2 + 3, 66),
            "ĐẾN",
            font=ImageFont.truetype(str(FONT_DIR / "LiberationSans-Bold.ttf"), 36),
            fill=col,
            anchor="mm",
        )
        d.text((20, 95), "Số:", font=fs, fill=col)
        d.text((20, 130), "Ngày:", font=fs, fill=col)
        pen_text(d, 75, 120, str(rng.randint(1200, 4800)), 30, PEN_BLUE, rng)
        pen_text(d, 95, 158, f"{day}/{month}/{year[2:]}", 28, PEN_BLUE, rng)
        layer = layer.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
        page.img.paste(layer, (int(LEFT - 120 + rng.uniform(-15, 25)), int(310 + rng.uniform(-15, 30))), layer)

    # --- the sheet ----------------------------------------------------------------------------------
    def age(self, page: Page) -> Image.Image:
        """Grey paper, toner noise, a slight skew and blur: the scanner's view of the sheet."""
        rng = self.rng
        img = page.img
        noise = Image.effect_noise(img.size, 14).convert("RGB")
        grey = Image.new("RGB", img.size, PAPER)
        paper = Image.blend(grey, noise, 0.08)
        out = Image.composite(paper, img, img.convert("L").point(lambda v: 255 if v > 245 else 0))
        out = out.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=(205, 203, 198))
        return out.filter(ImageFilter.GaussianBlur(0.6))

    def render(self, doc: Doc, stamp: bool) -> list[Image.Image]:
        self.header(doc)
        self.body(doc.body)
        self.signature(doc)
        if stamp:
            d, m, y = doc.date
            self.received_stamp(f"{int(d) + self.rng.choice((0, 1)):02d}", m.zfill(2), y)
        return [self.age(p) for p in self.pages]


def render_file(src: Path, out_dir: Path) -> Path:
    stem = src.stem
    doc = parse(src.read_text(encoding="utf-8"))
    # every second report carries the office's incoming stamp (real reports come back stamped, not all)
    stamp = stem.startswith("bc-") and int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 2 == 0
    pages = Renderer(stem).render(doc, stamp)
    out = out_dir / f"{stem}.pdf"
    pages[0].save(
        out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=JPEG_QUALITY, subsampling=2
    )
    return out


def main(argv: list[str]) -> int:
    out_dir = HERE / "scans"
    out_dir.mkdir(exist_ok=True)
    sources = sorted((HERE / "texts").glob("*.txt"))
    if argv:
        sources = [s for s in sources if s.stem in argv]
    for src in sources:
        out = render_file(src, out_dir)
        print(f"{out.relative_to(HERE)}  {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
