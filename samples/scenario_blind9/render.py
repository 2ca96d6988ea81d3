"""Render the ninth blind scenario's texts as scans like the real ones (design.md, "Real paperwork").

    .venv/bin/python -m samples.scenario_blind9.render [--only STEM]

Why its own renderer: the scenario is blind, so it shares no code with congvan or the other scenarios. Each
text becomes an A4 page set at 200 dpi: two-column header, the number and the day of the date hand-filled by
a near-black ballpoint after printing, a red round seal with the issuer's name over the signer's title, a blue
signature, an incoming-document stamp on a few reports, paper tone, noise, slight blur and skew; each page is
one JPEG inside a minimal PDF. Everything is seeded by the file's stem, so the bytes are the same every run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import math
import random
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 230, 1654 - 140, 150, 2339 - 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (22, 22, 26)
PEN = (28, 28, 36)  # ballpoint on a scan: near-black, not blue
SEAL = (205, 30, 35)
SIGN = (35, 55, 150)
STAMPED = {"bc-31-bc-snnmt", "bc-96-bc-sct", "bc-160-bc-ubnd", "bc-62-bc-ubnd", "bc-203-bc-stc"}


def font(size: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONTS / f"LiberationSerif-{style[bold, italic]}.ttf"), round(size * DPI / 72))


# --- handwriting -------------------------------------------------------------------------------------------

DIGITS: dict[str, list[tuple[float, float]]] = {
    "0": [(0.3 + 0.28 * math.sin(t / 12 * math.tau), 0.5 - 0.5 * math.cos(t / 12 * math.tau)) for t in range(13)],
    "1": [(0.15, 0.25), (0.42, 0.0), (0.42, 1.0)],
    "2": [(0.05, 0.25), (0.2, 0.04), (0.45, 0.0), (0.6, 0.2), (0.52, 0.45), (0.0, 1.0), (0.65, 0.98)],
    "3": [
        (0.05, 0.1),
        (0.35, 0.0),
        (0.55, 0.15),
        (0.48, 0.36),
        (0.22, 0.48),
        (0.55, 0.6),
        (0.6, 0.85),
        (0.35, 1.0),
        (0.0, 0.9),
    ],
    "4": [(0.48, 1.0), (0.45, 0.0), (0.0, 0.66), (0.66, 0.64)],
    "5": [(0.6, 0.0), (0.12, 0.02), (0.06, 0.45), (0.35, 0.38), (0.6, 0.55), (0.6, 0.85), (0.35, 1.0), (0.0, 0.92)],
    "6": [
        (0.55, 0.04),
        (0.25, 0.15),
        (0.05, 0.55),
        (0.1, 0.9),
        (0.35, 1.0),
        (0.56, 0.84),
        (0.54, 0.6),
        (0.3, 0.5),
        (0.05, 0.66),
    ],
    "7": [(0.0, 0.05), (0.62, 0.0), (0.22, 1.0)],
    "8": [
        (0.3, 0.48),
        (0.06, 0.3),
        (0.1, 0.05),
        (0.35, 0.0),
        (0.55, 0.1),
        (0.54, 0.3),
        (0.3, 0.48),
        (0.02, 0.7),
        (0.1, 0.95),
        (0.35, 1.0),
        (0.6, 0.85),
        (0.55, 0.62),
        (0.3, 0.48),
    ],
    "9": [(0.55, 0.33), (0.3, 0.45), (0.05, 0.3), (0.1, 0.05), (0.35, 0.0), (0.56, 0.15), (0.55, 0.45), (0.42, 1.0)],
}


def chaikin(points: list[tuple[float, float]], rounds: int = 2) -> list[tuple[float, float]]:
    """Round a polyline's corners, as a pen does."""
    for _ in range(rounds):
        out = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        points = [*out, points[-1]]
    return points


def handwrite(draw: ImageDraw.ImageDraw, x: float, baseline: float, text: str, rng: random.Random) -> float:
    """Ballpoint digits (and '/', '-') from x on the baseline; returns the x after them."""
    height = rng.uniform(36, 44)
    slant = rng.uniform(0.12, 0.28)
    for ch in text:
        if ch not in DIGITS:
            x += height * 0.35
            continue
        h = height * rng.uniform(0.92, 1.06)
        top = baseline - h + rng.uniform(-3, 3)
        pts = [
            (x + (px + slant * (1 - py)) * h * 0.62 + rng.gauss(0, 1.1), top + py * h + rng.gauss(0, 1.1))
            for px, py in DIGITS[ch]
        ]
        draw.line(chaikin(pts), fill=PEN, width=rng.choice((3, 4)), joint="curve")
        x += h * rng.uniform(0.5, 0.62)
    return x


# --- layout ------------------------------------------------------------------------------------------------


@dataclass
class Parts:
    left: list[str]
    right: list[str]
    title: list[str]
    body: list[str]
    recipients: list[str]
    sign: list[str]
    name: str


def split(text: str) -> Parts:
    """The typed text's blocks: header columns, title, body, recipients, signature (see the texts' layout)."""
    blocks = text.rstrip("\n").split("\n\n")
    left, right, title = blocks[0].splitlines(), blocks[1].splitlines(), blocks[2].splitlines()
    rest = "\n\n".join(blocks[3:])
    body, footer = rest.split("\nNơi nhận:\n") if "\nNơi nhận:\n" in rest else rest.split("Nơi nhận:\n")
    recipients, sign, name = footer.split("\n\n")
    return Parts(left, right, title, body.splitlines(), recipients.splitlines(), sign.splitlines(), name.strip())


class Pages:
    """A4 pages filled top to bottom; a new page starts when the next line would pass the bottom margin."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pages: list[Image.Image] = []
        self.y = 0.0
        self.new()

    def new(self) -> None:
        self.pages.append(Image.new("RGB", (W, H), "white"))
        self.draw = ImageDraw.Draw(self.pages[-1])
        self.y = TOP
        if len(self.pages) > 1:
            self.draw.text((W / 2, 90), str(len(self.pages)), font=font(12), fill=INK, anchor="mm")

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new()

    def centred(self, text: str, f: ImageFont.FreeTypeFont, cx: float = W / 2) -> None:
        self.need(f.size * 1.3)
        self.draw.text((cx, self.y), text, font=f, fill=INK, anchor="ma")
        self.y += f.size * 1.3

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, indent: float = 60) -> None:
        words, line, x0 = text.split(), "", LEFT + indent
        lines: list[tuple[float, str]] = []
        for word in words:
            trial = f"{line} {word}".strip()
            if f.getlength(trial) > RIGHT - x0 and line:
                lines.append((x0, line))
                line, x0 = word, LEFT
            else:
                line = trial
        lines.append((x0, line))
        for i, (x, ln) in enumerate(lines):
            self.need(f.size * 1.35)
            last = i == len(lines) - 1
            self.justified(x, ln, f, last)
            self.y += f.size * 1.35

    def justified(self, x: float, line: str, f: ImageFont.FreeTypeFont, last: bool) -> None:
        words = line.split()
        if last or len(words) < 2:
            self.draw.text((x, self.y), line, font=f, fill=INK)
            return
        gap = (RIGHT - x - sum(f.getlength(w) for w in words)) / (len(words) - 1)
        for w in words:
            self.draw.text((x, self.y), w, font=f, fill=INK)
            x += f.getlength(w) + gap

    def table(self, rows: list[list[str]]) -> None:
        f, fb = font(12.5), font(12.5, bold=True)
        widths = [90, 430, RIGHT - LEFT - 520]
        for r, row in enumerate(rows):
            cells = [self.wrap(c, f, w - 20) for c, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in cells) * f.size * 1.3 + 16
            self.need(height)
            x = float(LEFT)
            for c, w in zip(cells, widths, strict=True):
                self.draw.rectangle((x, self.y, x + w, self.y + height), outline=INK, width=2)
                for k, ln in enumerate(c):
                    self.draw.text((x + 10, self.y + 8 + k * f.size * 1.3), ln, font=fb if r == 0 else f, fill=INK)
                x += w
            self.y += height
        self.y += 14

    @staticmethod
    def wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
        out, line = [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if f.getlength(trial) > width and line:
                out.append(line)
                line = word
            else:
                line = trial
        return [*out, line]


def header(pages: Pages, parts: Parts, rng: random.Random) -> None:
    """Two columns: issuer and number on the left, motto (or party name) and place/date on the right."""
    d, lx, rx, y0 = pages.draw, 480, 1150, TOP
    fb, fr, fi = font(12.5, bold=True), font(13), font(13, italic=True)
    y: float = y0
    for i, line in enumerate(parts.left[:-1]):
        d.text((lx, y), line, font=fb if i or len(parts.left) < 4 else font(12.5), fill=INK, anchor="ma")
        y += fb.size * 1.25
    d.line((lx - 70, y + 4, lx + 70, y + 4), fill=INK, width=2)
    y += 30
    number = parts.left[-1]
    m = re.match(r"(Số:?) ?([\d]+)(.*)$", number)
    assert m, number
    label, digits, tail = m[1] + " ", m[2], m[3]
    total = fr.getlength(label) + 110 + fr.getlength(tail)
    x = lx - total / 2
    d.text((x, y), label, font=fr, fill=INK)
    handwrite(d, x + fr.getlength(label) + rng.uniform(4, 20), y + fr.size * 0.95, digits, rng)
    d.text((x + fr.getlength(label) + 110, y), tail, font=fr, fill=INK)
    y_left = y + fr.size * 1.4
    y = y0
    for i, line in enumerate(parts.right[:-1]):
        f = fb if i == 0 else font(13, bold=True)
        d.text((rx, y), line, font=f, fill=INK, anchor="ma")
        y += f.size * 1.3
    if len(parts.right) > 2:
        half = font(13, bold=True).getlength(parts.right[-2]) / 2
        d.line((rx - half, y + 2, rx + half, y + 2), fill=INK, width=2)
    else:
        d.line((rx - 130, y + 2, rx + 130, y + 2), fill=INK, width=2)
    y += 40
    m = re.match(r"(.+, ngày) (\d+) (tháng .+)$", parts.right[-1])
    assert m, parts.right[-1]
    total = fi.getlength(m[1] + " ") + 70 + fi.getlength(m[3])
    x = rx - total / 2
    d.text((x, y), m[1], font=fi, fill=INK)
    x += fi.getlength(m[1] + " ")
    handwrite(d, x + rng.uniform(0, 10), y + fi.size * 0.95, m[2], rng)
    d.text((x + 70, y), m[3], font=fi, fill=INK)
    pages.y = max(y_left, y + fi.size * 1.4) + 50


def body(pages: Pages, parts: Parts) -> None:
    fb = font(14, bold=True)
    for i, line in enumerate(parts.title):
        if set(line) == {"-"}:
            pages.draw.line((W / 2 - 90, pages.y + 6, W / 2 + 90, pages.y + 6), fill=INK, width=2)
            pages.y += 24
        else:
            pages.centred(line, fb if i == 0 else font(13.5, bold=True))
    pages.y += 30
    f = font(13)
    rows: list[list[str]] = []
    for line in [*parts.body, ""]:
        if " | " in line:
            rows.append(line.split(" | "))
            continue
        if rows:
            pages.table(rows)
            rows = []
        if not line:
            pages.y += 12
        elif line == line.upper() and any(c.isalpha() for c in line) and not re.match(r"[IVX]+\. ", line):
            pages.centred(line, font(13, bold=True))
        elif re.match(r"(Chương [IVX]+|[IVX]+\. )", line):
            pages.centred(line, font(13, bold=True)) if line.startswith("Chương") else pages.paragraph(
                line, font(13, bold=True), indent=0
            )
        elif re.match(r"Điều \d+\. [^.]*$", line) and len(line) < 90:
            pages.paragraph(line, font(13, bold=True))
        else:
            pages.paragraph(line, f)


def seal(issuer: str, rng: random.Random) -> Image.Image:
    """A red round seal: two rings, the issuer's name round the edge, a star in the middle."""
    size = 300
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse((6, 6, size - 6, size - 6), outline=(*SEAL, 255), width=7)
    d.ellipse((58, 58, size - 58, size - 58), outline=(*SEAL, 255), width=3)
    f = ImageFont.truetype(str(FONTS / "LiberationSans-Bold.ttf"), 22)
    text = f" {issuer.upper()} *"
    step = 350 / len(text)
    for i, ch in enumerate(text):
        ang = math.radians(-175 + i * step)
        glyph = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=(*SEAL, 255), anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        r = c - 32
        img.alpha_composite(glyph, (int(c + r * math.cos(ang) - 20), int(c + r * math.sin(ang) - 20)))
    star = [
        (
            c + (34 if k % 2 == 0 else 14) * math.cos(math.radians(-90 + k * 36)),
            c + (34 if k % 2 == 0 else 14) * math.sin(math.radians(-90 + k * 36)),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=(*SEAL, 255))
    alpha = np.asarray(img)[..., 3].astype(np.float32)
    mottled = alpha * np.clip(np.random.default_rng(rng.randrange(2**32)).normal(0.8, 0.15, alpha.shape), 0.3, 1)
    img.putalpha(Image.fromarray(mottled.astype(np.uint8)))
    return img.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def signature(draw: ImageDraw.ImageDraw, cx: float, cy: float, rng: random.Random) -> None:
    pts, x = [], cx - 110
    for k in range(14):
        x += rng.uniform(8, 22)
        pts.append((x, cy + 38 * math.sin(k * rng.uniform(1.0, 1.8)) + rng.gauss(0, 6)))
    pts.append((cx + 120, cy - 30))
    draw.line(chaikin(pts, 3), fill=SIGN, width=4, joint="curve")


def footer(pages: Pages, parts: Parts, issuer: str, rng: random.Random) -> None:
    f, fb, fs = font(11), font(13, bold=True), font(12, bold=True, italic=True)
    block = (len(parts.sign) + 2) * fb.size * 1.3 + 280
    pages.need(max(block, len(parts.recipients) * f.size * 1.3 + 60))
    y0, sx = pages.y + 20, 1190
    d = pages.draw
    d.text((LEFT, y0), "Nơi nhận:", font=fs, fill=INK)
    for k, r in enumerate(parts.recipients):
        d.text((LEFT, y0 + 40 + k * f.size * 1.3), r, font=f, fill=INK)
    y = y0
    for line in parts.sign:
        d.text((sx, y), line, font=fb, fill=INK, anchor="ma")
        y += fb.size * 1.3
    name_y = y + 230
    signature(d, sx, y + 115, rng)
    d.text((sx, name_y), parts.name, font=fb, fill=INK, anchor="ma")
    stamp = seal(issuer, rng)
    pages.pages[-1].paste(stamp, (int(sx - 300 + rng.uniform(-20, 20)), int(y0 - 40 + rng.uniform(-10, 20))), stamp)


def incoming(page: Image.Image, rng: random.Random, received: str) -> None:
    """A violet-red 'CÔNG VĂN ĐẾN' stamp, hand-filled, lying over the body text."""
    box = Image.new("RGBA", (430, 190), (0, 0, 0, 0))
    d = ImageDraw.Draw(box)
    ink = (150, 30, 90, 220)
    d.rectangle((3, 3, 426, 186), outline=ink, width=4)
    fs = ImageFont.truetype(str(FONTS / "LiberationSans-Bold.ttf"), 26)
    d.text((215, 14), "SỞ NỘI VỤ TP HẢI PHÒNG", font=fs, fill=ink, anchor="ma")
    d.text((215, 48), "CÔNG VĂN ĐẾN", font=fs, fill=ink, anchor="ma")
    d.text((20, 90), "Số:", font=fs, fill=ink)
    d.text((20, 135), "Ngày:", font=fs, fill=ink)
    pen = ImageDraw.Draw(box)
    handwrite(pen, 90, 118, str(rng.randrange(1200, 4800)), rng)
    handwrite(pen, 115, 164, received, rng)
    box = box.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    page.paste(box, (int(rng.uniform(250, 700)), int(rng.uniform(640, 820))), box)


# --- paper and file ----------------------------------------------------------------------------------------


def age(page: Image.Image, rng: random.Random) -> Image.Image:
    """Paper tone, grain, a little blur and a slight skew, as a scanner leaves them."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(page).astype(np.float32) / 255.0
    tone = np.array([0.97, 0.95, 0.9], dtype=np.float32) * rng.uniform(0.97, 1.0)
    arr = arr * tone + nrng.normal(0, 0.025, arr.shape[:2])[..., None]
    img = Image.fromarray((np.clip(arr, 0, 1) * 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    fill = tuple(int(255 * t) for t in tone)
    return img.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=fill)


def pdf(pages: list[Image.Image]) -> bytes:
    """A minimal PDF: one DCT (JPEG) image filling each A4 page; no dates, so the bytes are reproducible."""
    objs: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for page in pages:
        buf = io.BytesIO()
        page.save(buf, "JPEG", quality=75, optimize=False)
        jpeg = buf.getvalue()
        n = len(objs) + 1
        kids.append(f"{n} 0 R")
        content = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q"
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] "
            f"/Resources << /XObject << /Im0 {n + 1} 0 R >> >> /Contents {n + 2} 0 R >>".encode()
        )
        objs.append(
            f"<< /Type /XObject /Subtype /Image /Width {page.width} /Height {page.height} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode()
            + jpeg
            + b"\nendstream"
        )
        objs.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def issuer_of(left: list[str]) -> str:
    lines = [ln for ln in left[:-1] if ln != "*"]
    if lines[0].startswith(("UBND", "ĐẢNG BỘ")):
        lines = lines[1:]
    return " ".join(lines)


def render(text: str, stem: str) -> bytes:
    rng = random.Random(zlib.crc32(stem.encode()))
    parts = split(text)
    pages = Pages(rng)
    header(pages, parts, rng)
    body(pages, parts)
    footer(pages, parts, issuer_of(parts.left), rng)
    if stem in STAMPED:
        issued = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", parts.right[-1])
        assert issued
        got = dt.date(int(issued[3]), int(issued[2]), int(issued[1])) + dt.timedelta(days=rng.choice((1, 2, 3)))
        incoming(pages.pages[0], rng, f"{got.day}/{got.month}/{got.year % 100}")
    return pdf([age(p, rng) for p in pages.pages])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="render this stem only")
    args = parser.parse_args()
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / "texts").glob("*.txt")):
        if args.only and path.stem != args.only:
            continue
        (out / f"{path.stem}.pdf").write_bytes(render(path.read_text(encoding="utf-8"), path.stem))
        print(path.stem)


if __name__ == "__main__":
    main()
