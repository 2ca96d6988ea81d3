"""Render the sixth blind scenario's typed texts as scans that look like real provincial paperwork.

    PYTHONPATH=$PWD .venv/bin/python -m samples.scenario_blind6.render [STEM ...]

What a real original looks like (docs: design.md "Real paperwork"): the form is printed with the number and the day
of the date left blank and filled by pen afterwards; a red round seal sits over the left of the signer's title and
name with a pen signature between them; incoming-mail stamps lie over the body of some reports; the scan adds paper
tone, grain, a slight blur and skew. Each page is a JPEG inside a PDF. Everything is seeded by the file's stem, so
re-running gives the same bytes. Pillow and numpy only.

Text convention (the typed texts): block 1 = left header (issuer, "Số:", optional "V/v"), block 2 = right header
(motto, place and date), then the body; lines "| a | b |" are a ruled table; "Nơi nhận:" starts the closing
block, followed by the signature block (title lines, a blank line, the name).
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1654 - 130, 150, 2339 - 170
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
PAPER = (244, 240, 229)
INK = (28, 28, 30)
SEAL_RED = (205, 35, 45)
STAMP_VIOLET = (92, 62, 150)
PEN_INKS = [(22, 22, 28), (30, 34, 70), (18, 28, 95)]  # near-black and dark blue ballpoints
STAMPED_REPORTS = {"bc-05-sct", "bc-12-snnmt", "bc-27-sct", "bc-36-svhttdl", "bc-52-sgddt", "bc-58-sct", "bc-60-stc"}
TYPED_NUMBER = {"bc-45-vpub"}  # one document whose number was typed rather than hand-filled
PEN_GAP = 130  # px left blank on the form for a hand-filled number or day


def font(size_pt: float, bold: bool = False, italic: bool = False) -> ImageFont.FreeTypeFont:
    style = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style[bold, italic]}.ttf"), round(size_pt * DPI / 72))


BODY, BODY_B, SMALL, SMALL_B, SMALL_BI, ITALIC = (
    font(13),
    font(13, bold=True),
    font(11),
    font(11, bold=True),
    font(11, True, True),
    font(13, italic=True),
)
HEAD, HEAD_B = font(12.5), font(12.5, bold=True)
LINE = 48


@dataclass
class Pen:
    """Where a hand-filled value goes on the page: the digits and the box left blank for them."""

    digits: str
    x: int
    y: int


class Page:
    def __init__(self) -> None:
        self.img = Image.new("RGB", (W, H), PAPER)
        self.draw = ImageDraw.Draw(self.img)
        self.y = TOP
        self.pens: list[Pen] = []
        self.seal: tuple[int, int] | None = None


class Layout:
    """Flows the typed text onto A4 pages in the layout of Nghị định 30/2020 documents."""

    def __init__(self) -> None:
        self.pages = [Page()]

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: int) -> None:
        if self.page.y + height > BOTTOM:
            self.pages.append(Page())

    def centered(
        self, text: str, fnt: ImageFont.FreeTypeFont, x0: int, x1: int, y: int, underline: bool = False
    ) -> int:
        width = self.page.draw.textlength(text, font=fnt)
        x = (x0 + x1 - width) / 2
        self.page.draw.text((x, y), text, font=fnt, fill=INK)
        if underline:
            uy = y + fnt.size + 10
            self.page.draw.line([(x + width * 0.22, uy), (x + width * 0.78, uy)], fill=INK, width=2)
        return int(x)

    def blanked(self, pieces: list[tuple[str, str | None]], fnt, x0: int, x1: int, y: int) -> None:
        """A line with gaps left for the pen: pieces of (printed text, digits to fill by hand or None)."""
        draw = self.page.draw
        total = sum(draw.textlength(t, font=fnt) for t, _ in pieces) + PEN_GAP * sum(d is not None for _, d in pieces)
        x = (x0 + x1 - total) / 2
        for printed, digits in pieces:
            draw.text((x, y), printed, font=fnt, fill=INK)
            x += draw.textlength(printed, font=fnt)
            if digits is not None:
                self.page.pens.append(Pen(digits, int(x), y))
                x += PEN_GAP

    def wrap(self, text: str, fnt, width: int, indent: int = 0) -> list[str]:
        words, cur = text.split(), ""
        lines: list[str] = []
        for word in words:
            trial = f"{cur} {word}".strip()
            avail = width - (indent if not lines else 0)
            if cur and self.page.draw.textlength(trial, font=fnt) > avail:
                lines.append(cur)
                cur = word
            else:
                cur = trial
        return [*lines, cur] if cur else lines

    def paragraph(self, text: str, fnt=BODY, indent: int = 55, hang: int = 0) -> None:
        lines = self.wrap(text, fnt, RIGHT - LEFT - hang, indent)
        for i, line in enumerate(lines):
            self.need(LINE)
            x: float = LEFT + (indent if i == 0 else hang)
            words = line.split()
            last = i == len(lines) - 1
            avail = RIGHT - x
            used = sum(self.page.draw.textlength(w, font=fnt) for w in words)
            gap = (avail - used) / (len(words) - 1) if len(words) > 1 and not last else fnt.size * 0.27
            if not last and gap > fnt.size * 0.9:
                gap = fnt.size * 0.27
            for w in words:
                self.page.draw.text((x, self.page.y), w, font=fnt, fill=INK)
                x += self.page.draw.textlength(w, font=fnt) + gap
            self.page.y += LINE

    def table(self, rows: list[list[str]]) -> None:
        ncol = len(rows[0])
        lens = [max(len(r[c]) for r in rows) for c in range(ncol)]
        widths = [90] + [0] * (ncol - 1)
        rest = RIGHT - LEFT - 90
        share = sum(lens[1:])
        widths[1:] = [int(rest * n / share) for n in lens[1:]]
        for r, row in enumerate(rows):
            fnt = SMALL_B if r == 0 else SMALL
            cells = [self.wrap(cell, fnt, widths[c] - 20) for c, cell in enumerate(row)]
            height = max(len(c) for c in cells) * 40 + 16
            self.need(height)
            x, y = LEFT, self.page.y
            for c, lines in enumerate(cells):
                self.page.draw.rectangle([x, y, x + widths[c], y + height], outline=INK, width=2)
                for k, line in enumerate(lines):
                    if c == 0 or r == 0:
                        self.centered(line, fnt, x, x + widths[c], y + 8 + 40 * k)
                    else:
                        self.page.draw.text((x + 10, y + 8 + 40 * k), line, font=fnt, fill=INK)
                x += widths[c]
            self.page.y += height
        self.page.y += 12


def blocks(text: str) -> list[list[str]]:
    out, cur = [], []
    for line in text.splitlines():
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            out.append(cur)
            cur = []
    return [*out, cur] if cur else out


def number_pieces(line: str, typed: bool) -> list[tuple[str, str | None]]:
    """'Số: 15/QĐ-UBND' → printed 'Số: ' + pen '15' + printed '/QĐ-UBND' (party '15-BC/ĐU' keeps its hyphen)."""
    m = re.match(r"(Số:\s*)(\d+)(.*)", line)
    if not m or typed:
        return [(line, None)]
    return [(m[1], m[2]), (m[3], None)]


def date_pieces(line: str) -> list[tuple[str, str | None]]:
    m = re.match(r"(.*ngày )(\d+)( tháng .*)", line)
    return [(m[1], m[2]), (m[3], None)] if m else [(line, None)]


def header(lay: Layout, left: list[str], right: list[str], stem: str) -> None:
    mid = LEFT + int((RIGHT - LEFT) * 0.40) - 40
    y = TOP
    vv: list[str] = []
    last_upper = max(i for i, line in enumerate(left) if line.isupper() and line != "*")
    for i, line in enumerate(left):
        if line.startswith("V/v"):
            vv.append(line)
            continue
        if line.startswith("Số:"):
            y += 8
            lay.blanked(number_pieces(line, stem in TYPED_NUMBER), HEAD, LEFT - 90, mid, y)
        else:
            bold = i > 0 and (line.isupper() or line == "*")
            lay.centered(line, HEAD_B if bold else HEAD, LEFT - 90, mid, y, underline=i == last_upper)
        y += 46
    for line in vv:
        for part in lay.wrap(line, SMALL, mid - LEFT + 60):
            lay.centered(part, SMALL, LEFT - 90, mid, y)
            y += 38
    ry = TOP
    for k, line in enumerate(right):
        if re.search(r"ngày \d+ tháng", line):
            ry += 24
            lay.blanked(date_pieces(line), ITALIC, mid + 10, RIGHT + 60, ry)
        else:
            lay.centered(line, HEAD_B, mid + 10, RIGHT + 60, ry, underline=k == len(right) - 2)
        ry += 46
    lay.page.y = max(y, ry) + 50


def closing(lay: Layout, recipients: list[str], signer: list[str], rng: np.random.Generator) -> None:
    title, name = signer[:-1], signer[-1]
    lay.need(40 * len(recipients) + 60)
    lay.need(46 * len(title) + 300)
    y0 = lay.page.y + 20
    y = y0
    for k, line in enumerate(recipients):
        lay.page.draw.text((LEFT - 60, y), line, font=SMALL_BI if k == 0 else font(10), fill=INK)
        y += 40 if k == 0 else 34
    x0, x1 = LEFT + 620, RIGHT + 40
    ty = y0
    for line in title:
        lay.centered(line, BODY_B, x0, x1, ty)
        ty += 46
    name_y = ty + 190
    nx = lay.centered(name, BODY_B, x0, x1, name_y)
    cx = (x0 + x1) // 2
    signature(lay.page, cx - 30, ty + 20, rng)
    lay.page.seal = (nx + int(rng.integers(-20, 30)), (y0 + name_y) // 2 + 40 + int(rng.integers(-20, 20)))
    lay.page.y = max(y, name_y + 60)


def signature(page: Page, x: int, y: int, rng: np.random.Generator) -> None:
    """A fast pen flourish: a few joined loops and a long tail, in near-black ballpoint."""
    pts = []
    t = np.linspace(0, 1, 160)
    loops = rng.uniform(2.5, 4.5)
    for s in t:
        px = x - 150 + 300 * s + 35 * math.sin(2 * math.pi * loops * s)
        py = y + 70 - 55 * math.sin(2 * math.pi * loops * s + 1.2) * (1 - 0.5 * s) + 30 * s
        pts.append((px, py))
    pts.append((x + 230, y + 40 + rng.uniform(-20, 20)))
    ink = PEN_INKS[int(rng.integers(0, len(PEN_INKS)))]
    page.draw.line(pts, fill=ink, width=4, joint="curve")


DIGIT_STROKES = {
    "1": [[(0.25, 0.25), (0.55, 0.0), (0.52, 1.0)]],
    "2": [[(0.1, 0.25), (0.3, 0.02), (0.7, 0.02), (0.9, 0.25), (0.8, 0.5), (0.1, 1.0), (0.95, 0.98)]],
    "3": [
        [(0.1, 0.1), (0.5, 0.0), (0.85, 0.15), (0.8, 0.4), (0.4, 0.5), (0.85, 0.6), (0.9, 0.85), (0.5, 1.0), (0.1, 0.9)]
    ],
    "4": [[(0.7, 1.0), (0.7, 0.0), (0.05, 0.68), (0.95, 0.68)]],
    "5": [[(0.85, 0.0), (0.22, 0.0), (0.15, 0.45), (0.6, 0.38), (0.9, 0.65), (0.8, 0.95), (0.4, 1.0), (0.1, 0.88)]],
    "6": [
        [
            (0.8, 0.05),
            (0.4, 0.1),
            (0.15, 0.5),
            (0.2, 0.9),
            (0.5, 1.0),
            (0.85, 0.85),
            (0.8, 0.55),
            (0.45, 0.5),
            (0.15, 0.7),
        ]
    ],
    "7": [[(0.05, 0.02), (0.95, 0.0), (0.4, 1.0)]],
    "9": [[(0.85, 0.3), (0.5, 0.5), (0.15, 0.3), (0.3, 0.02), (0.75, 0.05), (0.85, 0.3), (0.72, 1.0)]],
}


def ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 28) -> list[tuple[float, float]]:
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n)) for k in range(n + 1)]


DIGIT_STROKES["0"] = [ellipse(0.5, 0.5, 0.4, 0.5)]
DIGIT_STROKES["8"] = [ellipse(0.5, 0.25, 0.32, 0.25), ellipse(0.5, 0.74, 0.4, 0.26)]


def pen_digits(page: Page, pen: Pen, rng: np.random.Generator) -> None:
    """Hand-filled digits: slanted, jittered polylines in ballpoint ink, centred in the blank left on the form."""
    ink = PEN_INKS[int(rng.integers(0, len(PEN_INKS)))]
    h = rng.uniform(40, 50)
    w = min(h * 0.58, (PEN_GAP - 12) / len(pen.digits) - 8)
    slant = rng.uniform(0.12, 0.3)
    total = len(pen.digits) * (w + 8)
    x = pen.x + (PEN_GAP - total) / 2 + rng.uniform(-6, 6)
    base = pen.y + rng.uniform(-8, 2)
    for ch in pen.digits:
        for stroke in DIGIT_STROKES[ch]:
            pts = []
            for u, v in stroke:
                px = x + u * w + (1 - v) * h * slant + rng.normal(0, 1.1)
                py = base + v * h + rng.normal(0, 1.1)
                pts.append((px, py))
            page.draw.line(pts, fill=ink, width=int(rng.integers(3, 5)), joint="curve")
        x += w + 8 + rng.uniform(-3, 4)


def seal(img: Image.Image, cx: int, cy: int, label: str, rng: np.random.Generator) -> Image.Image:
    """A red round seal (two rings, the issuer's name around, a star) blended like ink over the print."""
    r = 118
    layer = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=7)
    d.ellipse([cx - r + 26, cy - r + 26, cx + r - 26, cy + r - 26], outline=255, width=3)
    star = [
        (
            cx + (34 if k % 2 == 0 else 14) * math.sin(math.pi * k / 5),
            cy - (34 if k % 2 == 0 else 14) * math.cos(math.pi * k / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    text = f"{label} * "
    n = len(text)
    fnt = font(min(8.5, 0.95 * 2 * math.pi * (r - 15) / n * 72 / DPI), bold=True)
    for k, ch in enumerate(text):
        ang = -math.pi / 2 + 2 * math.pi * k / n
        glyph = Image.new("L", (40, 40), 0)
        ImageDraw.Draw(glyph).text((10, 5), ch, font=fnt, fill=255)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = cx + (r - 15) * math.cos(ang) - 20, cy + (r - 15) * math.sin(ang) - 20
        layer.paste(glyph, (int(gx), int(gy)), glyph)
    mask = np.asarray(layer, dtype=np.float32) / 255.0
    mask *= rng.uniform(0.6, 0.85) * (0.75 + 0.25 * rng.random(mask.shape))
    arr = np.asarray(img, dtype=np.float32)
    red = np.array(SEAL_RED, dtype=np.float32)
    out = arr * (1 - mask[..., None]) + np.minimum(arr, red) * mask[..., None]
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def incoming_stamp(lay: Layout, rng: np.random.Generator) -> None:
    """A violet 'CÔNG VĂN ĐẾN' box over the body with its own number and date filled by pen."""
    page = lay.pages[0]
    x, y = int(rng.integers(LEFT + 80, LEFT + 600)), int(rng.integers(560, 820))
    layer = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (*STAMP_VIOLET, 190)
    d.rectangle([x, y, x + 470, y + 190], outline=col, width=5)
    d.text((x + 40, y + 14), "SỞ NỘI VỤ TỈNH ĐẮK LẮK", font=SMALL_B, fill=col)
    d.text((x + 40, y + 56), "CÔNG VĂN ĐẾN", font=BODY_B, fill=col)
    d.text((x + 40, y + 104), "Số:", font=SMALL, fill=col)
    d.text((x + 40, y + 144), "Ngày:", font=SMALL, fill=col)
    page.img = Image.alpha_composite(page.img.convert("RGBA"), layer).convert("RGB")
    page.draw = ImageDraw.Draw(page.img)
    number = str(int(rng.integers(1200, 4800)))
    pen_digits(page, Pen(number, x + 120, y + 96), rng)
    pen_digits(page, Pen(str(int(rng.integers(10, 28))), x + 160, y + 138), rng)


def scan(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Paper grain, specks, a slight blur and a small skew, as a flatbed scan adds them."""
    arr = np.asarray(img, dtype=np.float32)
    arr += rng.normal(0, 3.0, arr.shape[:2])[..., None]
    tone = np.linspace(0, rng.uniform(-8, 8), W)[None, :, None]
    arr += tone
    specks = rng.random(arr.shape[:2]) < 0.00025
    arr[specks] *= 0.45
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    return out.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=PAPER)


def render(stem: str, text: str) -> list[Image.Image]:
    rng = np.random.default_rng(int(hashlib.sha256(stem.encode()).hexdigest()[:12], 16))
    parts = blocks(text)
    lay = Layout()
    header(lay, parts[0], parts[1], stem)
    body = parts[2:]
    close = next(i for i, b in enumerate(body) if b[0].startswith("Nơi nhận"))
    first = True
    for block in body[:close]:
        rows = [b for b in block if b.startswith("|")]
        if block[0].startswith("Kính gửi"):
            for line in block:
                lay.need(LINE)
                lay.page.draw.text(
                    (LEFT + (180 if line.startswith("-") else 60), lay.page.y), line, font=BODY, fill=INK
                )
                lay.page.y += LINE
            lay.page.y += 16
            first = False
            continue
        if first or (len(block) == 1 and block[0].isupper()):
            for line in block:
                lay.need(LINE)
                lay.centered(line, BODY_B, LEFT, RIGHT, lay.page.y)
                lay.page.y += LINE + 4
            lay.page.y += 16
            first = False
            continue
        for line in block:
            if line.startswith("|"):
                if line == rows[0]:
                    lay.table([[c.strip() for c in r.strip("|").split("|")] for r in rows])
                continue
            plain = line.startswith(("-", "Kính gửi")) or re.match(r"\d+\. [A-ZĐ]", line) is not None
            lay.paragraph(line, indent=0 if plain else 55)
        lay.page.y += 10
    issuer = " ".join(line for line in parts[0] if not line.startswith(("Số:", "V/v", "*")))
    closing(lay, body[close], [line for b in body[close + 1 :] for line in b], rng)
    sealed = lay.page
    for page in lay.pages:
        for pen in page.pens:
            pen_digits(page, pen, rng)
    if stem in STAMPED_REPORTS:
        incoming_stamp(lay, rng)
    assert sealed.seal is not None
    sealed.img = seal(sealed.img, *sealed.seal, issuer.upper(), rng)
    return [scan(page.img, rng) for page in lay.pages]


def write_pdf(pages: list[Image.Image], path: Path) -> None:
    """Each page a JPEG inside a minimal PDF (no dates or ids, so the bytes are reproducible)."""
    import io

    objects: list[bytes] = []
    kids = []
    for k, img in enumerate(pages):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, dpi=(DPI, DPI))
        jpg = buf.getvalue()
        img_id, content_id, page_id = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        pw, ph = W * 72 / DPI, H * 72 / DPI
        objects.append(
            f"{img_id} 0 obj\n<< /Type /XObject /Subtype /Image /Width {W} /Height {H} /ColorSpace /DeviceRGB "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode()
            + jpg
            + b"\nendstream\nendobj\n"
        )
        draw = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{k} Do Q".encode()
        objects.append(
            f"{content_id} 0 obj\n<< /Length {len(draw)} >>\nstream\n".encode() + draw + b"\nendstream\nendobj\n"
        )
        objects.append(
            f"{page_id} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
            f"/Resources << /XObject << /Im{k} {img_id} 0 R >> >> /Contents {content_id} 0 R >>\nendobj\n".encode()
        )
        kids.append(f"{page_id} 0 R")
    head = [
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        f"2 0 obj\n<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>\nendobj\n".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for obj in [*head, *objects]:
        offsets.append(len(out))
        out += obj
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def main(stems: list[str]) -> int:
    out = HERE / "scans"
    out.mkdir(exist_ok=True)
    for path in sorted((HERE / "texts").glob("*.txt")):
        if stems and path.stem not in stems:
            continue
        write_pdf(render(path.stem, path.read_text(encoding="utf-8")), out / f"{path.stem}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
