"""Scenario 28's texts as the scans a ministry's archive holds: `.venv/bin/python -m samples.scenario_blind28.render`.

Why its own renderer: the blind scenario is measured on scans, and real ones (design brief, "Real paperwork") are not
clean prints. Each text becomes 200-dpi A4 PDF pages where the number's digits and the date's day are left blank in
print and filled by pen in near-black strokes; a red round seal (issuer round the ring, a star) covers the left of the
signer's title under a blue signature; tab-separated rows are ruled tables; pages from 2 carry their number; reports and
some decisions bear a red "ĐẾN" stamp over the body with a pen-filled number and date. Each file then comes back as a
flat-bed scan, a photocopy or a fax, chosen with every other random draw from a seed of its file name, so a rerun gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = 1654, 2339  # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 1654 - 150, 150, 2339 - 170
FONTS = Path("/usr/share/fonts/truetype/liberation2")
INK = (18, 18, 22)
PEN = (30, 30, 38)
RED = (200, 32, 44)
BLUE = (36, 58, 170)
BODY, SMALL = 36, 30  # 13 pt and 11 pt at 200 dpi
LINE = 50


def font(size: int, style: str = "Regular", family: str = "Serif") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / f"Liberation{family}-{style}.ttf"), size)


# ------------------------------------------------------------------------------------------------ pen digits
PATHS = {
    "1": "15,22 42,00 42,100",
    "2": "05,25 20,03 45,00 58,20 45,48 02,100 62,97",
    "3": "05,10 30,00 55,15 45,40 22,48 50,58 58,80 40,100 03,90",
    "4": "48,100 45,00 00,68 65,68",
    "5": "58,00 12,02 06,45 35,37 58,57 52,88 25,100 02,90",
    "6": "52,02 20,25 05,65 15,95 40,100 58,80 45,55 20,55 07,72",
    "7": "00,06 62,02 32,55 22,100",
    "8": "30,47 06,25 30,00 54,22 30,47 03,75 30,100 58,75 30,47",
    "9": "56,30 30,45 05,25 30,00 56,18 50,60 35,100",
    "/": "55,00 05,100",
}
"""Each digit as one pen stroke through points given in hundredths of its box (x right, y down)."""
STROKES: dict[str, list[tuple[float, float]]] = {
    ch: [(int(x) / 100, int(y) / 100) for x, y in (p.split(",") for p in path.split())] for ch, path in PATHS.items()
}
STROKES["0"] = [(0.3 + 0.28 * math.sin(a / 7 * math.pi), 0.5 - 0.5 * math.cos(a / 7 * math.pi)) for a in range(15)]


def rounded(points: list[tuple[float, float]], passes: int = 3) -> list[tuple[float, float]]:
    """The stroke with its corners cut (Chaikin: each pass keeps the points at a quarter and three quarters of every
    segment), ends kept: a pen turns in curves, not angles."""
    pts = np.asarray(points, dtype=np.float64)
    for _ in range(passes if len(pts) > 2 else 0):
        a, b = pts[:-1], pts[1:]
        cut = np.stack([0.75 * a + 0.25 * b, 0.25 * a + 0.75 * b], axis=1).reshape(-1, 2)
        pts = np.vstack([pts[:1], cut, pts[-1:]])
    return [(float(x), float(y)) for x, y in pts]


def pen_write(
    draw: ImageDraw.ImageDraw, x: float, y_base: float, text: str, rng: random.Random, height: int = 44
) -> float:
    """Digits written by hand from `x`, standing on `y_base`: jittered, slanted strokes of a 0.5 mm pen in near-black.
    Returns the x after the last digit."""
    slant = rng.uniform(0.12, 0.3)
    for ch in text:
        h = height * rng.uniform(0.9, 1.08)
        w = h * 0.62
        pts = [(px + rng.gauss(0, 0.035), py + rng.gauss(0, 0.03)) for px, py in STROKES[ch]]
        curve = [(x + (px + (1 - py) * slant) * w, y_base - h + py * h) for px, py in rounded(pts)]
        draw.line(curve, fill=PEN, width=rng.choice((3, 4, 4, 5)), joint="curve")
        x += w * rng.uniform(0.95, 1.2)
    return x


def pen_room(digits: str, height: int = 44) -> float:
    """The blank a clerk leaves for digits to be written by hand: wider than the pen will need."""
    return len(digits) * height * 0.62 * 1.25 + 24


# ------------------------------------------------------------------------------------------------ layout
@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int = TOP


@dataclass
class Doc:
    stem: str
    rng: random.Random
    pages: list[Page] = field(default_factory=list)

    def new_page(self) -> Page:
        image = Image.new("RGB", (W, H), "white")
        page = Page(image, ImageDraw.Draw(image))
        self.pages.append(page)
        if len(self.pages) > 1:
            number = str(len(self.pages))
            f = font(SMALL)
            page.draw.text(((W - f.getlength(number)) / 2, 70), number, font=f, fill=INK)
        return page

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: int) -> Page:
        if self.page.y + height > BOTTOM:
            self.new_page()
        return self.page


def centred(page: Page, text: str, cx: float, f: ImageFont.FreeTypeFont, underline: bool = False) -> None:
    width = f.getlength(text)
    page.draw.text((cx - width / 2, page.y), text, font=f, fill=INK)
    if underline:
        y = page.y + f.size + 8
        page.draw.line([(cx - width / 3, y), (cx + width / 3, y)], fill=INK, width=2)


def wrap(words: list[str], f: ImageFont.FreeTypeFont, width: float, indent: float) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    room = width - indent
    for word in words:
        trial = " ".join([*lines[-1], word])
        if lines[-1] and f.getlength(trial) > room:
            lines.append([word])
            room = width
        else:
            lines[-1].append(word)
    return lines


def paragraph(doc: Doc, text: str, *, indent: int = 70, size: int = BODY, bold_lead: str = "") -> None:
    """Justified text with a first-line indent; `bold_lead` (an article's "Điều 3.") printed in bold."""
    f, fb = font(size), font(size, "Bold")
    lines = wrap(text.split(), f, RIGHT - LEFT, indent)
    for k, words in enumerate(lines):
        page = doc.room(LINE)
        x0 = LEFT + (indent if k == 0 else 0)
        gaps = len(words) - 1
        natural = f.getlength(" ".join(words))
        extra = (RIGHT - x0 - natural) / gaps if gaps and k < len(lines) - 1 else 0.0
        x = float(x0)
        lead = bold_lead.split() if k == 0 else []
        for i, word in enumerate(words):
            wf = fb if i < len(lead) and word == lead[i] else f
            page.draw.text((x, page.y), word, font=wf, fill=INK)
            x += wf.getlength(word) + f.getlength(" ") + extra
        page.y += LINE


def table(doc: Doc, rows: list[list[str]]) -> None:
    """A ruled table: header row bold, cells wrapped, every line drawn."""
    f, fb = font(SMALL), font(SMALL, "Bold")
    shares = [0.07, 0.29, 0.37, 0.27] if len(rows[0]) == 4 else [1 / len(rows[0])] * len(rows[0])
    widths = [(RIGHT - LEFT) * s for s in shares]
    for r, row in enumerate(rows):
        cf = fb if r == 0 else f
        cells = [wrap(cell.split(), cf, w - 16, 0) for cell, w in zip(row, widths, strict=False)]
        height = max(len(c) for c in cells) * 40 + 16
        page = doc.room(height)
        x = float(LEFT)
        for lines, w in zip(cells, widths, strict=False):
            for k, words in enumerate(lines):
                text = " ".join(words)
                tx = x + (w - cf.getlength(text)) / 2 if r == 0 or len(text) < 4 else x + 8
                page.draw.text((tx, page.y + 8 + 40 * k), text, font=cf, fill=INK)
            page.draw.rectangle([x, page.y, x + w, page.y + height], outline=INK, width=2)
            x += w
        page.y += height
    doc.page.y += 16


def header(doc: Doc, lines: list[str], number: str, date_line: str) -> tuple[str, dt.date]:
    """The two columns: issuing body and national motto (or the party's name), then the number and the place and date
    with the digits blank in print and filled by pen. Returns the seal's ring text and the printed date."""
    page = doc.page
    cl, cr = W * 0.27, W * 0.66
    left = [ln.split("\t")[0] for ln in lines]
    right = [ln.split("\t")[1] if "\t" in ln else "" for ln in lines]
    last = max(k for k, a in enumerate(left) if a)
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        if a:
            bold = k > 0 or last == 0
            centred(page, a, cl, font(33, "Bold" if bold else "Regular"), underline=k == last and a != "*")
        if b:
            motto = b.startswith("Độc lập")
            centred(page, b, cr, font(33, "Bold"), underline=motto)
        page.y += 44
    page.y += 14
    party = not number.startswith("Số:")
    digits = re.match(r"Số:? (\d+)(.*)", number)
    assert digits, number
    f = font(BODY)
    prefix = "Số: " if not party else "Số "
    gap = pen_room(digits[1])
    x = cl - (f.getlength(prefix + digits[2]) + gap) / 2
    page.draw.text((x, page.y), prefix, font=f, fill=INK)
    gap_x = x + f.getlength(prefix)
    rest_x = gap_x + gap
    page.draw.text((rest_x, page.y), digits[2], font=f, fill=INK)
    pen_write(page.draw, gap_x + 4, page.y + 34, digits[1], doc.rng)
    m = re.match(r"(.+ngày) (\d+) (tháng .+)", date_line.strip())
    assert m, date_line
    fi = font(BODY, "Italic")
    before, after = m[1] + " ", " " + m[3]
    gap = pen_room(m[2])
    total = fi.getlength(before + after) + gap
    x = cr - total / 2
    page.draw.text((x, page.y), before, font=fi, fill=INK)
    day_x = x + fi.getlength(before)
    page.draw.text((day_x + gap, page.y), after, font=fi, fill=INK)
    pen_write(page.draw, day_x + 8, page.y + 34, m[2], doc.rng)
    page.y += LINE + 40
    when = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", date_line)
    assert when
    body = [a for a in left if a and a != "*"]
    ring = " ".join(body[1:]) + " - " + body[0] if len(body) > 1 else body[0]
    if "ĐẢNG" in body[0]:
        ring = body[-1]
    return ring, dt.date(int(when[3]), int(when[2]), int(when[1]))


def seal(size: int, ring: str, rng: random.Random) -> Image.Image:
    """A red round seal as an alpha mask: double ring, the issuer round the ring, a star in the middle, ink that did
    not take everywhere."""
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    c, r = size / 2, size / 2 - 6
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=7)
    d.ellipse([c - r + 14, c - r + 14, c + r - 14, c + r - 14], outline=255, width=3)
    d.ellipse([c - r * 0.52, c - r * 0.52, c + r * 0.52, c + r * 0.52], outline=255, width=3)
    text = ring.upper()
    span = min(300.0, 40.0 + 13.0 * len(text))
    fsize = int(min(40, (2 * math.pi * (r - 36) * span / 360) / max(len(text), 1) * 1.5))
    f = font(fsize, "Bold", "Sans")
    step = span / len(text)
    for k, ch in enumerate(text):
        angle = math.radians(-90 - span / 2 + step * (k + 0.5))
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize / 2, fsize / 3), ch, font=f, fill=255)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx = c + (r - 36) * math.cos(angle) - fsize
        gy = c + (r - 36) * math.sin(angle) - fsize
        mask.paste(255, (int(gx), int(gy)), glyph)
    star = [
        (
            c + (38 if k % 2 == 0 else 15) * math.cos(math.radians(-90 + 36 * k)),
            c + (38 if k % 2 == 0 else 15) * math.sin(math.radians(-90 + 36 * k)),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    arr = np.asarray(mask, dtype=np.float32) / 255
    take = np.clip(np.random.default_rng(rng.randrange(2**32)).normal(0.85, 0.25, arr.shape), 0, 1)
    blotch = np.asarray(Image.fromarray((take * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(3)))
    return Image.fromarray((arr * blotch).astype(np.uint8)).rotate(rng.uniform(-25, 25))


def multiply(page: Page, mask: Image.Image, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Ink over print: darkens what lies under it, as a stamp or a ballpoint does."""
    layer = Image.new("L", page.image.size, 0)
    layer.paste(mask, at)
    a = np.asarray(layer, dtype=np.float32)[..., None] / 255
    base = np.asarray(page.image, dtype=np.float32)
    tint = base * (np.array(colour, dtype=np.float32) / 255)
    page.image = Image.fromarray((base * (1 - a) + tint * a).astype(np.uint8))
    page.draw = ImageDraw.Draw(page.image)


def signature(rng: random.Random, width: int = 380, height: int = 170) -> Image.Image:
    """A blue signature: a fast looping stroke and an underline."""
    mask = Image.new("L", (width, height), 0)
    d = ImageDraw.Draw(mask)
    pts = []
    x = 20.0
    for _ in range(rng.randint(8, 12)):
        pts.append((x, rng.uniform(15, height - 30)))
        x = min(max(x + rng.uniform(-15, 80), 20.0), width - 20.0)  # a step back makes a loop
    curve = rounded(pts, 4)
    d.line(curve, fill=255, width=4, joint="curve")
    d.line(
        rounded([(30, height - 35), (width / 2, height - 45 + rng.uniform(-10, 10)), (width - 30, height - 55)]),
        fill=255,
        width=3,
    )
    return mask


def sign_zone(doc: Doc, recipients: list[str], block: list[str], name: str, ring: str) -> None:
    """Nơi nhận on the left; the signer's title, seal, signature and name on the right, kept on one page."""
    height = max(len(recipients) * 38 + 20, len(block) * LINE + 230 + LINE)
    page = doc.room(height + 20)
    top = page.y + 10
    fs, fsb, fsi = font(26), font(28, "BoldItalic"), font(BODY, "Bold")
    y = top
    for k, ln in enumerate(recipients):
        page.draw.text((LEFT, y), ln, font=fsb if k == 0 else fs, fill=INK)
        y += 38
    cx = W * 0.68
    y = top
    title_left = cx
    for ln in block:
        width = fsi.getlength(ln)
        title_left = min(title_left, cx - width / 2)
        page.draw.text((cx - width / 2, y), ln, font=fsi, fill=INK)
        y += LINE
    name_y = y + 200
    page.draw.text((cx - fsi.getlength(name) / 2, name_y), name, font=fsi, fill=INK)
    mask = seal(300, ring, doc.rng)
    multiply(page, mask, RED, (int(title_left - 150 + doc.rng.uniform(0, 60)), int(top - 40 + doc.rng.uniform(0, 60))))
    multiply(page, signature(doc.rng), BLUE, (int(cx - 170 + doc.rng.uniform(-30, 30)), int(y + 10)))
    page.y = top + height


def received_stamp(doc: Doc, issued: dt.date) -> None:
    """A red "ĐẾN" stamp of Vụ Tổ chức cán bộ over the body of page 1, its number and date filled by pen."""
    page = doc.pages[0]
    w, h = 520, 230
    mask = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle([3, 3, w - 4, h - 4], outline=255, width=5)
    fb, f = font(30, "Bold", "Sans"), font(28, "Regular", "Sans")
    d.text((20, 14), "BỘ TÀI CHÍNH - VỤ TỔ CHỨC CÁN BỘ", font=font(24, "Bold", "Sans"), fill=255)
    d.text((20, 70), "ĐẾN", font=font(52, "Bold", "Sans"), fill=255)
    d.text((170, 64), "Số:", font=fb, fill=255)
    d.text((170, 118), "Ngày:", font=fb, fill=255)
    d.text((20, 176), "Chuyển: ..............................", font=f, fill=255)
    mask = mask.rotate(doc.rng.uniform(-5, 5), expand=True)
    x, y = int(doc.rng.uniform(LEFT + 150, RIGHT - w - 40)), int(doc.rng.uniform(700, 1150))
    multiply(page, mask, RED, (x, y))
    came = issued + dt.timedelta(days=doc.rng.randint(1, 6))
    pen_write(page.draw, x + 240, y + 100, str(doc.rng.randint(120, 2980)), doc.rng, 38)
    pen_write(page.draw, x + 265, y + 154, f"{came.day}/{came.month}", doc.rng, 38)


def lay_out(stem: str, text: str, rng: random.Random) -> tuple[Doc, dt.date]:
    doc = Doc(stem, rng)
    doc.new_page()
    lines = text.split("\n")
    head_end = next(k for k, ln in enumerate(lines) if ln.startswith("Số"))
    ring, issued = header(doc, lines[:head_end], lines[head_end], lines[head_end + 1])
    k = head_end + 2
    subject = 0  # lines left of the title block (type line, then subject lines) to centre
    rows: list[list[str]] = []
    while k < len(lines):
        ln = lines[k]
        k += 1
        if "\f" in ln:
            doc.new_page()
            ln = ln.replace("\f", "")
        if "\t" in ln and not ln.startswith("\t"):
            rows.append(ln.split("\t"))
            continue
        if rows:
            table(doc, rows)
            rows = []
        if not ln.strip():
            doc.page.y += 14 if subject != 1 else 0
            subject = 0 if subject == 1 else subject
            continue
        if ln == "Nơi nhận:":
            recipients = [ln]
            while not lines[k].startswith("\t"):
                recipients.append(lines[k])
                k += 1
            block = []
            while k < len(lines) and (lines[k].startswith("\t") or not lines[k].strip()):
                if lines[k].strip():
                    block.append(lines[k].strip())
                k += 1
            sign_zone(doc, recipients, block[:-1], block[-1], ring)
            if k < len(lines):
                doc.new_page()
            continue
        upper = ln == ln.upper() and any(c.isalpha() for c in ln)
        if upper and not re.match(r"[IVX]+\. ", ln):
            page = doc.room(LINE + 10)
            big = ln in {"QUYẾT ĐỊNH", "BÁO CÁO", "QUY ĐỊNH", "QUY CHẾ"}
            centred(page, ln, W / 2, font(40 if big else BODY, "Bold"))
            page.y += LINE + (6 if big else 0)
            subject = 1 if big else 0
        elif subject == 1 or ln.startswith("Chương ") or (ln.startswith("(") and ln.endswith(")")):
            f = font(BODY, "Italic" if ln.startswith("(") else "Bold")
            for words in wrap(ln.split(), f, RIGHT - LEFT - 200, 0):
                page = doc.room(LINE)
                centred(page, " ".join(words), W / 2, f)
                page.y += LINE
        elif re.match(r"[IVX]+\. ", ln):
            page = doc.room(LINE)
            page.draw.text((LEFT, page.y), ln, font=font(BODY, "Bold"), fill=INK)
            page.y += LINE
        else:
            lead = re.match(r"Điều \d+\.", ln)
            paragraph(doc, ln, bold_lead=lead[0] if lead else "")
    if rows:
        table(doc, rows)
    return doc, issued


# ------------------------------------------------------------------------------------------------ the copy
def paper(rng: random.Random, img: Image.Image) -> Image.Image:
    """A flat-bed scan: cream paper, a slight turn, sensor noise, a little softness."""
    tone = np.array([rng.uniform(232, 242), rng.uniform(229, 238), rng.uniform(218, 228)], dtype=np.float32) / 255
    a = np.asarray(img, dtype=np.float32) * tone
    a += np.random.default_rng(rng.randrange(2**32)).normal(0, 1.5, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    fill = tuple(int(v * 255) for v in tone)
    return out.rotate(rng.uniform(-0.7, 0.7), resample=Image.Resampling.BICUBIC, fillcolor=fill).filter(
        ImageFilter.GaussianBlur(0.6)
    )


def photocopy(rng: random.Random, img: Image.Image) -> Image.Image:
    """A photocopy: grey, uneven toner, a dark binding edge, drum streaks and speckles."""
    g = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(img.convert("L"), dtype=np.float64)
    low = Image.fromarray((g.random((12, 9)) * 255).astype(np.uint8)).resize((W, H), Image.Resampling.BICUBIC)
    toner = 0.75 + 0.45 * np.asarray(low, dtype=np.float64) / 255
    dark = (255 - a) * toner
    a = 255 - np.clip(dark * 1.1, 0, 255)
    a *= rng.uniform(0.86, 0.93)
    edge = int(rng.uniform(40, 110))
    ramp = np.linspace(0.25, 1.0, edge) ** 1.5
    a[:, :edge] *= ramp[None, :]
    for _ in range(rng.randint(1, 4)):
        x = rng.randrange(LEFT // 2, W - 60)
        a[:, x : x + rng.randint(1, 3)] *= rng.uniform(0.55, 0.85)
    dots = g.random(a.shape) < 0.0006
    a[dots] = g.uniform(0, 90, dots.sum())
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    return out.rotate(rng.uniform(-1.0, 1.0), resample=Image.Resampling.BICUBIC, fillcolor=int(a.mean()))


def fax(rng: random.Random, img: Image.Image, issued: dt.date, page: int, pages: int) -> Image.Image:
    """A fax: the sender's line with its own date on top, half the vertical resolution, black and white only."""
    g = img.convert("L")
    d = ImageDraw.Draw(g)
    sent = issued + dt.timedelta(days=rng.randint(0, 4))
    line = (
        f"{sent.strftime('%d/%m/%Y')} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}   FROM: VP BO TAI CHINH   "
        f"FAX: 024 2220 {rng.randint(8000, 8999)}   P.{page:02d}/{pages:02d}"
    )
    d.text((60, 22), line, font=font(26, "Regular", "Mono"), fill=0)
    g = g.resize((W, H // 2), Image.Resampling.BILINEAR).resize((W, H), Image.Resampling.NEAREST)
    a = np.asarray(g, dtype=np.float64) + np.random.default_rng(rng.randrange(2**32)).normal(0, 18, (H, W))
    out = Image.fromarray(np.where(a > rng.uniform(140, 170), 255, 0).astype(np.uint8)).convert("1")
    return out.rotate(rng.uniform(-0.5, 0.5), fillcolor=1)


def render(text_path: Path, out_dir: Path) -> Path:
    stem = text_path.stem
    rng = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:16], 16))
    doc, issued = lay_out(stem, text_path.read_text(encoding="utf-8"), rng)
    if stem.startswith("bc-") or (stem.startswith("qd-") and rng.random() < 0.35):
        received_stamp(doc, issued)
    kind = rng.choices(("scan", "photocopy", "fax"), weights=(5, 3, 2))[0]
    images = []
    for k, page in enumerate(doc.pages, 1):
        if kind == "scan":
            images.append(paper(rng, page.image))
        elif kind == "photocopy":
            images.append(photocopy(rng, page.image))
        else:
            images.append(fax(rng, page.image, issued, k, len(doc.pages)))
    out = out_dir / f"{stem}.pdf"
    jpeg = {} if kind == "fax" else {"quality": 30}  # a fax's pages are bilevel, stored as CCITT G4
    scanned = (
        issued + dt.timedelta(days=rng.randint(3, 40))
    ).timetuple()  # a fixed stamp: a rerun gives the same bytes
    images[0].save(
        out,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        creationDate=scanned,
        modDate=scanned,
        **jpeg,
    )
    return out


def main(argv: list[str]) -> int:
    out_dir = HERE / "scans"
    out_dir.mkdir(exist_ok=True)
    texts = sorted((HERE / "texts").glob("*.txt"))
    chosen = [p for p in texts if not argv or p.stem in argv]
    for path in chosen:
        print(render(path, out_dir).name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
