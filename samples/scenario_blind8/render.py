"""Render the eighth blind scenario's texts as scans the way real originals look (design.md, "Real paperwork").

    .venv/bin/python -m samples.scenario_blind8.render [--only STEM]

Each `texts/<stem>.txt` becomes `scans/<stem>.pdf`: A4 pages at 200 dpi, each a JPEG in a minimal PDF (no text
layer). The form is printed with the number and the day of the date left blank, then filled in by pen (near-black
or dark-blue ballpoint strokes drawn from jittered digit skeletons); a red round seal bearing the issuer's name
lies over the signer's title, a blue signature between title and name, an incoming-document stamp over the body
of a few reports; paper tone, noise, slight blur and skew. Everything is seeded by the file's stem, so a render
is byte-for-byte repeatable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1654 - 150, 160, 2339 - 170
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
INK = (28, 26, 30)
SEAL_RED = (205, 32, 45)
SIGN_BLUE = (28, 48, 150)
PENS = [(22, 22, 26), (24, 34, 105)]  # near-black and dark-blue ballpoint
# Report stems that get an incoming-document stamp (the receiving office's own number and date).
INCOMING = {"bc-44-shtt", "bc-63-cts", "bc-96-cvt", "bc-47-bdtw", "bc-08-cvt"}

Stroke = list[tuple[float, float]]
# Digit skeletons in a unit box (x right, y down), drawn as smoothed polylines.
DIGITS: dict[str, list[Stroke]] = {
    "0": [[(0.5 + 0.38 * math.sin(a / 7 * math.pi), 0.5 - 0.5 * math.cos(a / 7 * math.pi)) for a in range(15)]],
    "1": [[(0.25, 0.28), (0.58, 0.0), (0.55, 1.0)]],
    "2": [[(0.12, 0.25), (0.3, 0.04), (0.62, 0.0), (0.84, 0.2), (0.74, 0.46), (0.4, 0.75), (0.08, 1.0), (0.92, 0.97)]],
    "3": [
        [
            (0.12, 0.1),
            (0.45, 0.0),
            (0.8, 0.14),
            (0.7, 0.4),
            (0.4, 0.48),
            (0.8, 0.6),
            (0.85, 0.85),
            (0.5, 1.0),
            (0.1, 0.88),
        ]
    ],
    "4": [[(0.62, 0.0), (0.08, 0.66), (0.92, 0.66)], [(0.66, 0.3), (0.64, 1.0)]],
    "5": [[(0.84, 0.0), (0.26, 0.02), (0.18, 0.46), (0.55, 0.38), (0.86, 0.6), (0.8, 0.9), (0.45, 1.0), (0.1, 0.88)]],
    "6": [
        [
            (0.78, 0.04),
            (0.4, 0.16),
            (0.15, 0.56),
            (0.2, 0.9),
            (0.5, 1.0),
            (0.8, 0.85),
            (0.78, 0.6),
            (0.5, 0.5),
            (0.2, 0.66),
        ]
    ],
    "7": [[(0.08, 0.06), (0.92, 0.02), (0.56, 0.5), (0.4, 1.0)]],
    "8": [
        [(0.5, 0.48), (0.2, 0.3), (0.25, 0.05), (0.5, 0.0), (0.76, 0.08), (0.78, 0.3), (0.5, 0.48)],
        [(0.5, 0.48), (0.18, 0.68), (0.22, 0.95), (0.5, 1.0), (0.8, 0.92), (0.82, 0.68), (0.5, 0.48)],
    ],
    "/": [[(1.05, 0.0), (-0.1, 1.0)]],
    "9": [
        [
            (0.82, 0.3),
            (0.55, 0.46),
            (0.24, 0.38),
            (0.2, 0.12),
            (0.5, 0.0),
            (0.8, 0.12),
            (0.8, 0.36),
            (0.72, 0.7),
            (0.55, 1.0),
        ]
    ],
}


def font(size: int, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = "BoldItalic" if bold and italic else "Bold" if bold else "Italic" if italic else "Regular"
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style}.ttf"), size)


BODY = font(36)
BODY_B = font(36, bold=True)
BODY_I = font(36, italic=True)
HEAD = font(33)
HEAD_B = font(33, bold=True)
SMALL = font(29)
SMALL_B = font(29, bold=True, italic=True)
LINE = 50


def rng_for(stem: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(stem.encode()).digest()[:8], "big"))


@dataclass
class Parsed:
    """The parts of a document's text that are laid out differently on the page."""

    issuer: list[str]
    motto: list[str]
    number: str
    date: str
    subject: list[str]  # a công văn's "V/v …" line, printed under its number
    body: list[str]
    recipients: list[str]
    sign_title: list[str]
    signer: str


def parse(text: str) -> Parsed:
    lines = text.rstrip("\n").split("\n")
    motto_at = lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    number_at = next(i for i, ln in enumerate(lines) if ln.startswith("Số:"))
    date_at = number_at + 1
    rest = lines[date_at + 1 :]
    subject = []
    while rest and not rest[0].strip():
        rest.pop(0)
    if rest and rest[0].startswith("V/v "):
        subject = [rest.pop(0)]
    recipients_at = rest.index("Nơi nhận:")
    tail = rest[recipients_at:]
    gap = tail.index("")
    signature = [ln for ln in tail[gap:] if ln.strip()]
    return Parsed(
        issuer=lines[:motto_at],
        motto=lines[motto_at : motto_at + 2],
        number=lines[number_at],
        date=lines[date_at],
        subject=subject,
        body=rest[:recipients_at],
        recipients=tail[:gap],
        sign_title=signature[:-1],
        signer=signature[-1],
    )


class Page:
    """One sheet being printed: the text layer in black, then the pen, seal and stamp layers over it."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP

    def text(self, x: float, y: float, s: str, f: ImageFont.FreeTypeFont, fill: tuple[int, int, int] = INK) -> None:
        self.draw.text((x, y), s, font=f, fill=fill)

    def centered(self, cx: float, y: float, s: str, f: ImageFont.FreeTypeFont) -> None:
        self.text(cx - self.draw.textlength(s, font=f) / 2, y, s, f)


def wrap(s: str, f: ImageFont.FreeTypeFont, width: float, indent: float = 0) -> list[str]:
    words, cur = s.split(), ""
    out: list[str] = []
    measure = ImageDraw.Draw(Image.new("L", (1, 1)))
    for w in words:
        trial = f"{cur} {w}".strip()
        room = width - (indent if not out else 0)
        if cur and measure.textlength(trial, font=f) > room:
            out.append(cur)
            cur = w
        else:
            cur = trial
    if cur:
        out.append(cur)
    return out


def smooth(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    """Catmull-Rom through the points: a pen's curve rather than a polygon."""
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = (np.array(p) for p in pts[i - 1 : i + 3])
        for k in range(steps):
            t = k / steps
            v = 0.5 * (
                2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2 + (3 * p1 - p0 - 3 * p2 + p3) * t**3
            )
            out.append((float(v[0]), float(v[1])))
    out.append(points[-1])
    return out


def pen_digits(
    page: Page, x: float, baseline: float, digits: str, rng: np.random.Generator, pen: tuple[int, int, int]
) -> None:
    """Hand-write digits from x with their feet near the baseline: slanted, uneven, ballpoint width."""
    height = rng.uniform(40, 50)
    for ch in digits:
        w = height * rng.uniform(0.5, 0.62)
        slant = rng.uniform(0.12, 0.28)
        dy = rng.normal(0, 2.5)
        for stroke in DIGITS[ch]:
            pts = [(u + rng.normal(0, 0.035), v + rng.normal(0, 0.03)) for u, v in stroke]
            path = [(x + u * w + (1 - v) * height * slant, baseline - height + v * height + dy) for u, v in smooth(pts)]
            page.draw.line(path, fill=pen, width=int(rng.integers(3, 5)), joint="curve")
        x += w + rng.uniform(6, 14)


def blank_field(
    page: Page,
    x: float,
    y: float,
    before: str,
    digits: str,
    after: str,
    f: ImageFont.FreeTypeFont,
    rng: np.random.Generator,
    pen: tuple[int, int, int],
) -> float:
    """Print `before`, leave a gap, print `after`; the gap gets the digits by pen. Returns the line's width."""
    page.text(x, y, before, f)
    gx = x + page.draw.textlength(before + " ", font=f)
    gap = 36 * max(len(digits), 2) + 30
    pen_digits(page, gx + rng.uniform(4, 14), y + f.size * 0.92, digits, rng, pen)
    page.text(gx + gap, y, after, f)
    return gx + gap + page.draw.textlength(after, font=f) - x


def header(page: Page, doc: Parsed, rng: np.random.Generator, pen: tuple[int, int, int]) -> None:
    """Two columns: issuer and number on the left, motto and place-date on the right."""
    lcx, rcx = LEFT + 170, LEFT + 900
    y = page.y
    for i, ln in enumerate(doc.issuer):
        f = HEAD_B if i == len(doc.issuer) - 1 else HEAD
        page.centered(lcx, y, ln, f)
        y += 42
    rule = page.draw.textlength(doc.issuer[-1], font=HEAD_B) * 0.45
    page.draw.line([(lcx - rule / 2, y + 6), (lcx + rule / 2, y + 6)], fill=INK, width=2)
    ry = page.y
    page.centered(rcx, ry, doc.motto[0], HEAD_B)
    page.centered(rcx, ry + 42, doc.motto[1], HEAD_B)
    mw = page.draw.textlength(doc.motto[1], font=HEAD_B)
    page.draw.line([(rcx - mw / 2, ry + 86), (rcx + mw / 2, ry + 86)], fill=INK, width=2)
    ny = y + 24
    m = re.match(r"Số: (\d+)(/.+)", doc.number)
    assert m, doc.number
    width = page.draw.textlength("Số:  " + "0" * len(m[1]) + m[2], font=HEAD) + 60
    blank_field(page, lcx - width / 2, ny, "Số:", m[1], m[2], HEAD, rng, pen)
    d = re.match(r"(.*ngày) (\d+) (tháng .*)", doc.date)
    assert d, doc.date
    dw = page.draw.textlength(doc.date, font=BODY_I) + 40
    blank_field(page, rcx - dw / 2, ry + 112, d[1], d[2], d[3], BODY_I, rng, pen)
    y = ny + 50
    for ln in doc.subject:
        for part in wrap(ln, SMALL, 480):
            page.centered(lcx, y, part, SMALL)
            y += 38
    page.y = max(y, ry + 170) + 30


CENTERED = re.compile(r"^(QUYẾT ĐỊNH:?|BÁO CÁO|BỘ TRƯỞNG BỘ .*|Về việc .*|Kết quả chuyến .*)$")


def body_pages(doc: Parsed, rng: np.random.Generator, pen: tuple[int, int, int]) -> list[Page]:
    pages = [Page()]
    header(pages[0], doc, rng, pen)
    width = RIGHT - LEFT

    def room(h: float) -> Page:
        if pages[-1].y + h > BOTTOM:
            pages.append(Page())
        return pages[-1]

    table: list[list[str]] = []

    def flush_table() -> None:
        cols = [70, 420, width - 490]
        for r, row in enumerate(table):
            cells = [wrap(c, BODY_B if r == 0 else BODY, cols[k] - 20) for k, c in enumerate(row)]
            h = max(len(c) for c in cells) * 46 + 14
            page = room(h)
            x = LEFT
            for k, c in enumerate(cells):
                page.draw.rectangle([x, page.y, x + cols[k], page.y + h], outline=INK, width=2)
                for j, part in enumerate(c):
                    page.text(x + 10, page.y + 7 + j * 46, part, BODY_B if r == 0 else BODY)
                x += cols[k]
            page.y += h
        table.clear()
        pages[-1].y += 20

    for ln in doc.body:
        if ln.startswith("|"):
            if not set(ln) <= set("|- "):
                table.append([c.strip() for c in ln.strip("|").split("|")])
            continue
        if table:
            flush_table()
        if not ln.strip():
            pages[-1].y += 14
            continue
        if CENTERED.match(ln):
            f = BODY_B
            for part in wrap(ln, f, width - 200):
                page = room(LINE)
                page.centered((LEFT + RIGHT) / 2, page.y, part, f)
                page.y += LINE
            continue
        bold = bool(re.match(r"^([IVX]+\.|\d\. [A-ZĐ][a-zà-ỹ]+ [a-zà-ỹ]|Kính gửi:)", ln)) and len(ln) < 60
        f = BODY_B if bold else BODY
        indent = 0 if ln.startswith("- ") else 60
        for j, part in enumerate(wrap(ln, f, width, indent)):
            page = room(LINE)
            page.text(LEFT + (indent if j == 0 else 0), page.y, part, f)
            page.y += LINE
    if table:
        flush_table()
    return pages


def seal(page: Page, cx: float, cy: float, name: str, rng: np.random.Generator) -> None:
    """A red round seal, the issuer's name around the rim and a star in the middle, pressed unevenly."""
    r = 142
    layer = Image.new("L", (PAGE_W, PAGE_H), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=7)
    d.ellipse([cx - r + 46, cy - r + 46, cx + r - 46, cy + r - 46], outline=255, width=3)
    text = f"{name} ★ "
    f = font(min(27, int(2 * math.pi * (r - 26) / len(text) / 0.62)), bold=True)
    step = 2 * math.pi / len(text)
    for i, ch in enumerate(text):
        a = -math.pi / 2 + (i - len(text) / 4) * step
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((20, 20), ch, font=f, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = cx + (r - 26) * math.cos(a), cy + (r - 26) * math.sin(a)
        layer.paste(255, (int(gx - 20), int(gy - 20)), glyph)
    star = [
        (
            cx + (38 if k % 2 == 0 else 15) * math.sin(k * math.pi / 5),
            cy - (38 if k % 2 == 0 else 15) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    mask = np.asarray(layer, dtype=np.float32) / 255
    pressure = rng.uniform(0.55, 0.95, size=(PAGE_H // 16 + 1, PAGE_W // 16 + 1)).repeat(16, 0).repeat(16, 1)
    alpha = mask * pressure[:PAGE_H, :PAGE_W] * 0.85
    ink(page, alpha, SEAL_RED)


def ink(page: Page, alpha: np.ndarray, color: tuple[int, int, int]) -> None:
    """Multiply an ink colour onto the page where alpha is set (ink darkens what is under it, never hides it)."""
    base = np.asarray(page.image, dtype=np.float32)
    tint = np.array(color, dtype=np.float32) / 255
    out = base * (1 - alpha[..., None] + alpha[..., None] * tint)
    page.image = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.image)


def signature(page: Page, x: float, y: float, rng: np.random.Generator) -> None:
    pts = [(x, y + 40.0)]
    for _ in range(int(rng.integers(7, 11))):
        pts.append((pts[-1][0] + float(rng.uniform(12, 45)), y + float(rng.uniform(-30, 70))))
    pts.append((pts[-1][0] + 40, y + 10.0))
    pts.append((x + 10, y + 60.0))
    page.draw.line(smooth(pts, 10), fill=SIGN_BLUE, width=3, joint="curve")


def incoming_stamp(page: Page, rng: np.random.Generator, issued: dt.date, pen: tuple[int, int, int]) -> None:
    """The receiving office's rectangular stamp over the body: its own number and date (a few days after the
    report's), both by pen."""
    w, h = 440, 190
    stamp = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(stamp)
    d.rectangle([3, 3, w - 4, h - 4], outline=255, width=4)
    d.text((w / 2, 32), "VỤ HỢP TÁC QUỐC TẾ", font=font(30, bold=True), fill=255, anchor="mm")
    d.text((24, 64), "ĐẾN", font=font(40, bold=True), fill=255)
    d.text((175, 70), "Số:", font=font(30), fill=255)
    d.text((175, 115), "Ngày:", font=font(30), fill=255)
    d.text((24, 150), "Chuyển:", font=font(26), fill=255)
    stamp = stamp.rotate(float(rng.uniform(-6, 6)), expand=True, resample=Image.Resampling.BICUBIC)
    x, y = int(rng.uniform(RIGHT - 560, RIGHT - 460)), int(rng.uniform(640, 820))
    layer = Image.new("L", (PAGE_W, PAGE_H), 0)
    layer.paste(stamp, (x, y))
    ink(page, np.asarray(layer, dtype=np.float32) / 255 * 0.8, (80, 45, 160))
    seq = str(int(rng.integers(300, 2900)))
    pen_digits(page, x + 250, y + 112, seq, rng, pen)
    came = issued + dt.timedelta(days=int(rng.integers(1, 5)))
    pen_digits(page, x + 270, y + 158, f"{came.day}/{came.month}/{came.year % 100}", rng, pen)


def sign_block(pages: list[Page], doc: Parsed, rng: np.random.Generator, issuer_name: str) -> None:
    """Recipients on the left, title, seal, signature and name on the right, kept on one page."""
    page = pages[-1]
    need = max(len(doc.recipients) * 36 + 20, 360)
    if page.y + need > BOTTOM:
        page = Page()
        pages.append(page)
    y0 = page.y + 20
    for i, ln in enumerate(doc.recipients):
        page.text(LEFT, y0 + i * 36, ln, SMALL_B if i == 0 else SMALL)
    cx = LEFT + 900
    for i, ln in enumerate(doc.sign_title):
        page.centered(cx, y0 + i * 44, ln, HEAD_B)
    name_y = y0 + 44 * len(doc.sign_title) + 200
    signature(page, cx - 90 + float(rng.uniform(-20, 20)), y0 + 44 * len(doc.sign_title) + 50, rng)
    page.centered(cx, name_y, doc.signer, HEAD_B)
    seal(page, cx - 150 + float(rng.uniform(-25, 25)), y0 + 40 + float(rng.uniform(-10, 30)), issuer_name, rng)
    page.y = max(name_y + 60, y0 + len(doc.recipients) * 36)


def age(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Paper tone, scanner noise, a slight blur and a small skew."""
    a = np.asarray(img, dtype=np.float32)
    tone = np.array([246, 241, 229], dtype=np.float32) / 255 * rng.uniform(0.97, 1.0)
    shade = np.linspace(1.0, rng.uniform(0.93, 0.99), PAGE_W, dtype=np.float32)[None, :, None]
    a = (a * tone * shade + rng.normal(0, 5, a.shape)).astype(np.float32)
    specks = rng.random(a.shape[:2]) < 0.0004
    a[specks] *= 0.3
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(float(rng.uniform(0.5, 0.9)))
    )
    return out.rotate(float(rng.uniform(-0.9, 0.9)), resample=Image.Resampling.BICUBIC, fillcolor=(238, 233, 220))


def pdf(jpegs: list[bytes]) -> bytes:
    """A minimal PDF: one page per JPEG, drawn full-page at 200 dpi, no text layer."""
    objs: list[bytes] = []
    n = len(jpegs)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    w, h = PAGE_W * 72 / DPI, PAGE_H * 72 / DPI
    for i, jpg in enumerate(jpegs):
        img_id, content_id = 4 + 3 * i, 5 + 3 * i
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] "
            f"/Resources << /XObject << /Im0 {img_id} 0 R >> >> "
            f"/Contents {content_id} 0 R >>".encode()
        )
        objs.append(
            f"<< /Type /XObject /Subtype /Image /Width {PAGE_W} /Height {PAGE_H} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode()
            + jpg
            + b"\nendstream"
        )
        draw = f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append(f"<< /Length {len(draw)} >>\nstream\n".encode() + draw + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{k} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def render(stem: str, text: str) -> bytes:
    rng = rng_for(stem)
    pen = PENS[int(rng.integers(0, len(PENS)))]
    doc = parse(text)
    pages = body_pages(doc, rng, pen)
    seal_name = " ".join(doc.issuer[1:]) if len(doc.issuer) > 1 else doc.issuer[0]
    sign_block(pages, doc, rng, seal_name)
    if stem in INCOMING:
        m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", doc.date)
        assert m, doc.date
        incoming_stamp(pages[0], rng, dt.date(int(m[3]), int(m[2]), int(m[1])), pen)
    jpegs = []
    for page in pages:
        buf = io.BytesIO()
        age(page.image, rng).save(buf, "JPEG", quality=int(rng.integers(66, 80)))
        jpegs.append(buf.getvalue())
    return pdf(jpegs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="render this stem only")
    args = parser.parse_args()
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / "texts").glob("*.txt")):
        if args.only and path.stem != args.only:
            continue
        (out / f"{path.stem}.pdf").write_bytes(render(path.stem, path.read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
