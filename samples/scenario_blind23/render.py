"""Render the Phú Thọ 2026 scenario's texts as scans: `.venv/bin/python -m samples.scenario_blind23.render`.

Why: congvan is measured on what offices actually send — a printed form whose number and day are written in by pen
after signing, a red seal and a signature over the signer's title, grey paper, a skewed page, and then a flat-bed
scan, a photocopy or a fax, some with a received stamp. Each file is seeded by its name, so a re-run gives the same
bytes. Pillow + numpy only; 200 dpi A4, JPEG inside the PDF to keep the folder small.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import sys
from dataclasses import dataclass
from itertools import takewhile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = round(210 / 25.4 * DPI), round(297 / 25.4 * DPI)
LEFT, RIGHT, TOP, BOTTOM = 230, 130, 150, 170
FONTS = Path("/usr/share/fonts/truetype")
SIZE = 34
LINE = 47
INK = (22, 22, 26)
PEN = (28, 28, 36)
SEAL_RED = (205, 35, 45)
SIGN_BLUE = (25, 45, 150)
NUMBER_LINE = re.compile(r"^(Số: )(\d+)(.*)$")
DATE_PART = re.compile(r"^(.*?ngày )(\d{1,2})( tháng .*)$")


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    folder = "dejavu" if name.startswith("DejaVu") else "liberation2"
    return ImageFont.truetype(str(FONTS / folder / f"{name}.ttf"), size)


REGULAR, BOLD, ITALIC = (font(f"LiberationSerif-{s}", SIZE) for s in ("Regular", "Bold", "Italic"))
SMALL, SMALL_BOLD = font("LiberationSerif-Regular", 27), font("LiberationSerif-Bold", 29)
HAND = font("DejaVuSans-Oblique", 44)


@dataclass
class Page:
    """One sheet being typed: its image, a pen on it and the line the next text goes on."""

    image: Image.Image
    y: int

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)


class Writer:
    """Lays the lines of one document out on A4 pages, pen-filling the number and the day as it goes."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.sign_box: tuple[int, int, int, int] | None = None
        self.pages: list[Page] = []
        self.rng = rng
        self.new_page()

    def new_page(self) -> None:
        shade = int(self.rng.integers(228, 242))
        image = Image.new("RGB", (W, H), (shade, shade, shade - 4))
        page = Page(image, TOP)
        if self.pages:
            number = str(len(self.pages) + 1)
            page.draw.text((W // 2 - 8, TOP - 90), number, font=SMALL, fill=INK)
        self.pages.append(page)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, lines: int = 1) -> None:
        if self.page.y + lines * LINE > H - BOTTOM:
            self.new_page()

    def hand(self, x: float, baseline: float, digits: str) -> float:
        """Digits written by pen at (x, baseline): oblique, each a little turned and off the line."""
        for ch in digits:
            glyph = Image.new("L", (60, 70), 0)
            ImageDraw.Draw(glyph).text((8, 4), ch, font=HAND, fill=255)
            glyph = glyph.rotate(float(self.rng.uniform(-9, 9)), resample=Image.Resampling.BICUBIC)
            dy = float(self.rng.uniform(-5, 5))
            ink = Image.new("RGB", glyph.size, PEN)
            self.page.image.paste(ink, (int(x), int(baseline - 52 + dy)), glyph)
            x += 27 + float(self.rng.uniform(-2, 4))
        return x

    def text_with_pen(
        self, x: float, y: int, text: str, face: ImageFont.FreeTypeFont, pattern: re.Pattern[str]
    ) -> None:
        """Print `text`, leaving the digits of `pattern`'s second group blank for the pen to fill."""
        m = pattern.match(text)
        if not m:
            self.page.draw.text((x, y), text, font=face, fill=INK)
            return
        head, digits, tail = m.groups()
        self.page.draw.text((x, y), head, font=face, fill=INK)
        gap = x + face.getlength(head) + 6
        end = self.hand(gap, y + SIZE, digits)
        width = max(end - gap, 28 * len(digits)) + 10
        self.page.draw.text((gap + width, y), tail, font=face, fill=INK)

    def centred(self, text: str, centre: float, face: ImageFont.FreeTypeFont, underline: bool = False) -> None:
        x = centre - face.getlength(text) / 2
        self.page.draw.text((x, self.page.y), text, font=face, fill=INK)
        if underline:
            u = self.page.y + SIZE + 4
            self.page.draw.line((x + 20, u, x + face.getlength(text) - 20, u), fill=INK, width=2)

    def header(self, lines: list[str]) -> None:
        left_c, right_c = LEFT + 250, W - RIGHT - 430
        for k, line in enumerate(lines):
            left, _, right = line.partition("\t")
            if left.startswith("Số:"):
                self.page.y += 12
                x = left_c - REGULAR.getlength(left) / 2 - 10
                self.text_with_pen(x, self.page.y, left, REGULAR, NUMBER_LINE)
                rx = right_c - ITALIC.getlength(right) / 2
                self.text_with_pen(rx, self.page.y, right, ITALIC, DATE_PART)
            else:
                self.centred(left, left_c, BOLD if k else REGULAR)
                if right:
                    self.centred(right, right_c, BOLD, underline=k == 1 or right.startswith("ĐẢNG"))
            self.page.y += LINE
        self.page.y += LINE // 2

    def title(self, lines: list[str]) -> None:
        """The document type and its subject, centred under the header."""
        for k, line in enumerate(lines):
            self.centred(line.strip(), W / 2 + 40, font("LiberationSerif-Bold", 38) if k == 0 else BOLD)
            self.page.y += LINE + (6 if k == 0 else 0)
        self.page.y += LINE // 2

    def wrap(self, text: str, face: ImageFont.FreeTypeFont, width: float, indent: float) -> list[str]:
        words, lines = text.split(), list[str]()
        while words:
            room = width - (indent if not lines else 0)
            take = 1
            while take < len(words) and face.getlength(" ".join(words[: take + 1])) <= room:
                take += 1
            lines.append(" ".join(words[:take]))
            words = words[take:]
        return lines

    def paragraph(self, text: str) -> None:
        width = W - LEFT - RIGHT
        stripped = text.strip()
        letters = [c for c in stripped if c.isalpha()]
        if (letters and all(c.isupper() for c in letters) and len(stripped) < 70) or stripped.startswith("Chương "):
            self.room()
            self.centred(stripped, W / 2 + 40, BOLD)
            self.page.y += LINE
            return
        indent = 0 if stripped.startswith(("- ", "+ ")) else 60
        for k, line in enumerate(self.wrap(stripped, REGULAR, width, indent)):
            self.room()
            self.page.draw.text((LEFT + (indent if k == 0 else 0), self.page.y), line, font=REGULAR, fill=INK)
            self.page.y += LINE

    def table(self, rows: list[list[str]]) -> None:
        """A ruled table; the widths follow the longest cell of each column."""
        width = W - LEFT - RIGHT
        need = [max(SMALL.getlength(r[i]) if i < len(r) else 0 for r in rows) + 24 for i in range(len(rows[0]))]
        scale = width / sum(need)
        cols = [LEFT + sum(need[:i]) * scale for i in range(len(need) + 1)]
        for k, row in enumerate(rows):
            cells = [
                self.wrap(c, SMALL_BOLD if k == 0 else SMALL, (cols[i + 1] - cols[i]) - 16, 0)
                for i, c in enumerate(row)
            ]
            height = max(len(c) for c in cells) * 36 + 14
            if self.page.y + height > H - BOTTOM:
                self.new_page()
            top = self.page.y
            for i, cell in enumerate(cells):
                for j, line in enumerate(cell):
                    self.page.draw.text(
                        (cols[i] + 8, top + 6 + j * 36), line, font=SMALL_BOLD if k == 0 else SMALL, fill=INK
                    )
            for x in cols:
                self.page.draw.line((x, top, x, top + height), fill=INK, width=2)
            self.page.draw.line((cols[0], top, cols[-1], top), fill=INK, width=2)
            self.page.draw.line((cols[0], top + height, cols[-1], top + height), fill=INK, width=2)
            self.page.y = top + height
        self.page.y += 12

    def closing(self, recipients: list[str], signature: list[str]) -> None:
        """Nơi nhận on the left, the signature block on the right, from the same line."""
        self.room(max(len(recipients), len(signature)) + 3)
        top = self.page.y + 10
        for k, line in enumerate(recipients):
            face = font("LiberationSerif-BoldItalic", 28) if k == 0 else font("LiberationSerif-Regular", 24)
            self.page.draw.text((LEFT, top + k * 34), line, font=face, fill=INK)
        centre = W - RIGHT - 300
        y = top
        titles: list[int] = []
        for k, line in enumerate(signature):
            if k == len(signature) - 1:
                y += 2 * LINE  # room for the signature between the title and the name
            if line:
                face = BOLD
                self.page.draw.text((centre - face.getlength(line) / 2, y), line, font=face, fill=INK)
                titles.append(y)
            y += LINE
        name_y = titles[-1] if titles else y
        title_y = titles[0] if titles else top
        self.sign_box = (int(centre), title_y, name_y, len(self.pages) - 1)
        self.page.y = max(top + len(recipients) * 34, y) + LINE


def seal(rng: np.random.Generator, ring_text: str) -> Image.Image:
    """A red round seal: two rings, the issuer's name round the ring, a star in the middle; alpha is the ink."""
    r, c = 150, 160
    layer = Image.new("L", (2 * c, 2 * c), 0)
    d = ImageDraw.Draw(layer)
    for inset, width in ((0, 7), (42, 3)):
        d.ellipse((c - r + inset, c - r + inset, c + r - inset, c + r - inset), outline=255, width=width)
    face = font("DejaVuSans-Bold", 24)
    text = f"{ring_text} * "
    step = 2 * math.pi / len(text)
    for k, ch in enumerate(text):
        angle = -math.pi / 2 + k * step
        glyph = Image.new("L", (34, 34), 0)
        ImageDraw.Draw(glyph).text((6, 2), ch, font=face, fill=255)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x, y = c + (r - 24) * math.cos(angle) - 17, c + (r - 24) * math.sin(angle) - 17
        layer.paste(255, (int(x), int(y)), glyph)
    star = [
        (
            c + (40 if k % 2 == 0 else 16) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c + (40 if k % 2 == 0 else 16) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=255)
    layer = layer.rotate(float(rng.uniform(-25, 25)), resample=Image.Resampling.BICUBIC)
    ink = np.asarray(layer, dtype=np.float32) / 255 * rng.uniform(0.6, 0.85)
    ink *= rng.uniform(0.55, 1.0, size=ink.shape) > 0.12  # the ink takes unevenly
    return Image.fromarray((ink * 255).astype(np.uint8))


def multiply(page: Image.Image, alpha: Image.Image, colour: tuple[int, int, int], at: tuple[int, int]) -> None:
    """Ink laid over print: the page darkened towards `colour` where `alpha` is."""
    x, y = at
    box = (x, y, x + alpha.width, y + alpha.height)
    region = np.asarray(page.crop(box), dtype=np.float32)
    a = np.asarray(alpha, dtype=np.float32)[..., None] / 255
    tinted = region * (np.array(colour, dtype=np.float32) / 255)
    page.paste(Image.fromarray((region * (1 - a) + tinted * a).clip(0, 255).astype(np.uint8)), box[:2])


def signature(rng: np.random.Generator, width: int = 300, height: int = 110) -> Image.Image:
    """A looping pen stroke: a few sinusoids summed along a slanted line."""
    layer = Image.new("L", (width, height), 0)
    t = np.linspace(0, 1, 400)
    xs = 20 + t * (width - 40) + 18 * np.sin(t * rng.uniform(14, 22))
    ys = height / 2 + 28 * np.sin(t * rng.uniform(8, 13) + rng.uniform(0, 3)) * (1 - t * 0.5) - 20 * t
    ImageDraw.Draw(layer).line(list(zip(xs.tolist(), ys.tolist(), strict=True)), fill=235, width=4)
    return layer.filter(ImageFilter.GaussianBlur(0.8))


def received_stamp(rng: np.random.Generator, page: Image.Image, dated: str, y: int) -> None:
    """An incoming-mail stamp ("ĐẾN", its own number and a pen-written date) over the body text."""
    layer = Image.new("L", (430, 170), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, 425, 165), outline=255, width=4)
    face = font("DejaVuSans-Bold", 26)
    d.text((20, 14), "SỞ NỘI VỤ TỈNH PHÚ THỌ", font=face, fill=255)
    d.text((20, 58), f"ĐẾN   Số: {int(rng.integers(120, 4800))}", font=face, fill=255)
    d.text((20, 104), f"Ngày: {dated}", font=face, fill=255)
    layer = layer.rotate(float(rng.uniform(-6, 6)), expand=True, resample=Image.Resampling.BICUBIC)
    multiply(page, layer, (90, 40, 150), (int(rng.integers(LEFT + 350, W - RIGHT - 470)), y))


def scanned(rng: np.random.Generator, page: Image.Image, kind: str, sent: str, number: int) -> Image.Image:
    """The paper copy as it comes back: a flat-bed scan, a photocopy or a fax, skewed a little."""
    angle = float(rng.uniform(-0.9, 0.9))
    fill = tuple(int(v) for v in np.asarray(page)[5, 5])
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill)
    arr = np.asarray(page, dtype=np.float32)
    if kind == "scan":
        arr += rng.normal(0, 5, arr.shape)
        return Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    grey = arr.mean(axis=2)
    if kind == "photocopy":
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        toner = 0.93 + 0.07 * np.sin(xx / rng.uniform(300, 600) + rng.uniform(0, 6)) * np.cos(yy / 700)
        grey = 255 - (255 - grey) * toner * 1.15
        grey = np.minimum(grey, 225 + 20 * (xx / W)) - 90 * np.exp(-xx / 45)  # the dark binding edge
        streak = int(rng.integers(LEFT, W - RIGHT))
        grey[:, streak : streak + 3] -= 60
        grey += rng.normal(0, 9, grey.shape)
        speckle = rng.random(grey.shape) < 0.0015
        grey[speckle] = 40
        return Image.fromarray(grey.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    binary = np.where(grey + rng.normal(0, 18, grey.shape) < 150, 0, 255).astype(np.uint8)
    fax = Image.fromarray(binary).resize((W, H // 2), Image.Resampling.NEAREST).resize((W, H), Image.Resampling.NEAREST)
    d = ImageDraw.Draw(fax)
    clock = f"{int(rng.integers(7, 17)):02d}:{int(rng.integers(0, 59)):02d}"
    d.text(
        (60, 22), f"FAX No. : 0210 3846 {int(rng.integers(100, 999))}   {sent} {clock}   P.{number}", font=SMALL, fill=0
    )
    return fax


def issuer_ring(text: str) -> str:
    head = text.split("\n", 2)
    first = head[0].split("\t")[0].strip()
    second = head[1].split("\t")[0].strip() if len(head) > 1 else ""
    if first == "ỦY BAN NHÂN DÂN":
        return f"ỦY BAN NHÂN DÂN {second}" if second else first
    if second and second != "*":
        return second
    return first


def pen_date(text: str) -> str:
    """A day or two after the document's date, as a clerk writes it ("25/3/26")."""
    m = re.search(r"ngày (\d+) tháng (\d+) năm (\d{4})", text)
    assert m
    day = dt.date(int(m[3]), int(m[2]), int(m[1])) + dt.timedelta(days=2)
    return f"{day.day:02d}/{day.month}/{day.year % 100}"


def render(path: Path, out: Path) -> int:
    """One text → one PDF of scanned pages; returns the page count."""
    text = path.read_text(encoding="utf-8")
    rng = np.random.default_rng(int(hashlib.sha256(path.stem.encode()).hexdigest()[:12], 16))
    writer = Writer(rng)
    lines = text.split("\n")
    blank = lines.index("")
    writer.header(lines[:blank])
    rest = lines[blank + 1 :]
    end_title = rest.index("")
    writer.title(rest[:end_title])
    rest = rest[end_title + 1 :]
    k = 0
    while k < len(rest):
        line = rest[k]
        if line.startswith("Nơi nhận"):
            end = next((j for j in range(k, len(rest)) if rest[j].startswith("\t")), len(rest))
            signature_lines = [s.strip() for s in rest[end:] if s.strip() or s.startswith("\t")]
            writer.closing(rest[k:end], signature_lines)
            break
        if "\t" in line and not line.startswith("\t"):
            rows = [row.split("\t") for row in takewhile(lambda r: "\t" in r, rest[k:])]
            writer.table(rows)
            k += len(rows)
            continue
        if line.strip():
            writer.paragraph(line)
        else:
            writer.page.y += LINE // 3
        k += 1
    images = [p.image for p in writer.pages]
    if writer.sign_box:
        centre, title_y, name_y, index = writer.sign_box
        page = images[index]
        stamp = seal(rng, issuer_ring(text))
        multiply(page, stamp, SEAL_RED, (centre - 330, max(title_y - 70, 0)))
        sig = signature(rng)
        multiply(page, sig, SIGN_BLUE, (centre - 110, name_y - 125))
    kind = ("scan", "photocopy", "fax")[int(rng.choice(3, p=[0.45, 0.35, 0.2]))]
    if rng.random() < (0.75 if path.stem.startswith("bc-") else 0.3):
        received_stamp(rng, images[0], pen_date(text), 520 + int(rng.integers(0, 200)))
    sent = pen_date(text)
    pages = [scanned(rng, im, kind, sent, n + 1) for n, im in enumerate(images)]
    scanned_at = dt.datetime.strptime(sent, "%d/%m/%y").timetuple()  # fixed: a re-run gives the same bytes
    pages[0].save(
        out,
        save_all=True,
        append_images=pages[1:],
        resolution=DPI,
        quality=45,
        creationDate=scanned_at,
        modDate=scanned_at,
    )
    return len(pages)


def main(argv: list[str]) -> int:
    texts = sorted((HERE / "texts").glob("*.txt"))
    if argv:
        texts = [t for t in texts if t.stem in argv]
    (HERE / "scans").mkdir(exist_ok=True)
    total = sum(render(t, HERE / "scans" / f"{t.stem}.pdf") for t in texts)
    print(f"{len(texts)} files, {total} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
