"""Render scenario 19's texts as scans a user would feed congvan: `.venv/bin/python -m samples.scenario_blind19.render`.

Why its own renderer: the scans must look like real provincial paperwork (the design brief's "Real paperwork"), not
like one earlier scenario's renderer: a grey A4 page at 200 dpi, slightly skewed; the number and the day of the date
left blank on the printed form and pen-filled in near-black; a red round seal over the left of the signer's title with
a signature across it; Danh sách tables ruled on their own page; page numbers from page 2; and each file comes back as
a flat-bed scan, a photocopy or a fax, some with a "ĐẾN" received stamp. Everything is seeded by the file's name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
W, H = round(8.27 * DPI), round(11.69 * DPI)
LEFT, RIGHT, TOP, BOTTOM = 236, W - 157, 160, H - 190
FONT_DIR = Path("/usr/share/fonts/truetype")
FACES = {
    "r": "liberation2/LiberationSerif-Regular.ttf",
    "b": "liberation2/LiberationSerif-Bold.ttf",
    "i": "liberation2/LiberationSerif-Italic.ttf",
    "bi": "liberation2/LiberationSerif-BoldItalic.ttf",
    "hand": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "sans": "dejavu/DejaVuSans-Bold.ttf",
}
SIZE = 36  # 13 pt at 200 dpi
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
INK = (18, 18, 20)
PEN = (14, 14, 22)
RED = (205, 32, 44)


@cache
def font(face: str, size: int = SIZE) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / FACES[face]), size)


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int = 0) -> list[str]:
    """Greedy line breaks: each line as many words as fit (the first line `indent` narrower)."""
    out: list[list[str]] = [[]]
    for word in text.split():
        room = width - (indent if len(out) == 1 else 0)
        if out[-1] and f.getlength(" ".join([*out[-1], word])) > room:
            out.append([])
        out[-1].append(word)
    return [" ".join(words) for words in out]


@dataclass
class Page:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    y: int = TOP


@dataclass
class Sheet:
    """The pages of one document as they are typed, with where the signature block landed."""

    rng: random.Random
    pages: list[Page] = field(default_factory=list)
    seal_at: tuple[int, int, int] | None = None  # page index, x, y of the signer's title

    def new_page(self) -> Page:
        image = Image.new("RGB", (W, H), "white")
        page = Page(image, ImageDraw.Draw(image))
        self.pages.append(page)
        if len(self.pages) > 1:
            text = str(len(self.pages))
            page.draw.text((W // 2 - font("r").getlength(text) / 2, 90), text, font=font("r"), fill=INK)
        return page

    @property
    def page(self) -> Page:
        return self.pages[-1] if self.pages else self.new_page()

    def room(self, height: int) -> Page:
        return self.page if self.page.y + height <= BOTTOM else self.new_page()

    def centred(self, text: str, face: str = "r", size: int = SIZE) -> None:
        for line in wrap(text, font(face, size), RIGHT - LEFT - 40):
            page = self.room(size + 14)
            width = font(face, size).getlength(line)
            page.draw.text(((LEFT + RIGHT - width) / 2, page.y), line, font=font(face, size), fill=INK)
            page.y += round(size * 1.35)

    def paragraph(self, text: str, face: str = "r", indent: int = 60) -> None:
        lines = wrap(text, font(face), RIGHT - LEFT, indent)
        for k, line in enumerate(lines):
            self._line(line, font(face), indent if k == 0 else 0, justify=k < len(lines) - 1)
        self.page.y += 8

    def _line(self, text: str, f: ImageFont.FreeTypeFont, indent: int, justify: bool) -> None:
        page = self.room(SIZE + 14)
        words = text.split()
        x: float = LEFT + indent
        width = RIGHT - LEFT - indent
        gap = (width - sum(f.getlength(w) for w in words)) / (len(words) - 1) if justify and len(words) > 1 else None
        if gap is None or gap > 3 * f.getlength(" "):
            page.draw.text((x, page.y), text, font=f, fill=INK)
        else:
            for word in words:
                page.draw.text((x, page.y), word, font=f, fill=INK)
                x += f.getlength(word) + gap
        page.y += round(SIZE * 1.38)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A ruled table, columns sized by the share of their longest cell, cells wrapped."""
        f, widths_total = font("r", 32), RIGHT - LEFT
        widths = [
            round(max(f.getlength(r[i]) if i < len(r) else 0 for r in [header, *rows]) + 24) for i in range(len(header))
        ]
        widest = widths.index(max(widths))
        widths[widest] -= max(0, sum(widths) - widths_total)
        for index, row in enumerate([header, *rows]):
            face = font("b", 32) if index == 0 else f
            cells = [wrap(row[i] if i < len(row) else "", face, widths[i] - 16) for i in range(len(widths))]
            height = max(len(c) for c in cells) * 42 + 16
            page = self.room(height)
            x = LEFT
            for cell, width in zip(cells, widths, strict=True):
                page.draw.rectangle((x, page.y, x + width, page.y + height), outline=INK, width=2)
                for k, text in enumerate(cell):
                    page.draw.text((x + 8, page.y + 8 + 42 * k), text, font=face, fill=INK)
                x += width
            page.y += height
        self.page.y += 20

    def hand(self, page: Page, x: float, y: int, digits: str) -> None:
        """Digits written by pen in the blank the printed form left: near-black, larger, leaning, uneven."""
        for ch in digits:
            size = self.rng.randint(40, 48)
            glyph = Image.new("L", (size + 20, size + 24), 0)
            ImageDraw.Draw(glyph).text((6, 2), ch, font=font("hand", size), fill=255)
            glyph = glyph.rotate(self.rng.uniform(-9, 6), resample=Image.Resampling.BICUBIC, expand=False)
            glyph = glyph.filter(ImageFilter.MaxFilter(3)) if self.rng.random() < 0.5 else glyph
            page.image.paste(PEN, (round(x), y - 8 + self.rng.randint(-3, 3)), glyph)
            x += size * 0.6 + self.rng.uniform(-2, 3)


def header(sheet: Sheet, lines: list[str]) -> None:
    """Issuer at the left (its last line bold and underlined), the national motto at the right."""
    page = sheet.page
    left = [ln for ln in lines if ln not in MOTTO]
    mid_l, mid_r = LEFT + 250, LEFT + 850
    for k, text in enumerate(left):
        face = "b" if k == len(left) - 1 else "r"
        width = font(face, 32).getlength(text)
        page.draw.text((mid_l - width / 2, page.y + 44 * k), text, font=font(face, 32), fill=INK)
        if k == len(left) - 1:
            yy = page.y + 44 * k + 42
            page.draw.line((mid_l - 70, yy, mid_l + 70, yy), fill=INK, width=2)
    for k, (text, face) in enumerate(zip(MOTTO, ("b", "b"), strict=True)):
        width = font(face, 32).getlength(text)
        page.draw.text((mid_r - width / 2, page.y + 44 * k), text, font=font(face, 32), fill=INK)
    yy = page.y + 44 + 42
    page.draw.line((mid_r - 190, yy, mid_r + 190, yy), fill=INK, width=2)
    page.y += 44 * max(len(left), 2) + 30


def number_and_date(sheet: Sheet, number_line: str, date_line: str) -> None:
    """ "Số: 142/QĐ-UBND" and "Quảng Ninh, ngày 03 tháng 3 năm 2026" with the number and the day left blank in print
    and written in by pen."""
    page = sheet.page
    f, fi = font("r", 34), font("i", 34)
    number = number_line.removeprefix("Số: ")
    digits, rest = re.match(r"(\d+)(.*)", number).groups()  # type: ignore[union-attr]
    room = 30 * len(digits) + 24
    x = LEFT + 250 - (f.getlength(f"Số: {rest}") + room) / 2
    page.draw.text((x, page.y), "Số:", font=f, fill=INK)
    blank = x + f.getlength("Số: ")
    page.draw.text((blank + room, page.y), rest, font=f, fill=INK)
    sheet.hand(page, blank + 4, page.y, digits)
    m = re.match(r"(.*ngày) (\d+) (tháng.*)", date_line)
    assert m, date_line
    room = 30 * len(m[2]) + 30
    x = LEFT + 850 - (fi.getlength(f"{m[1]}  {m[3]}") + room) / 2
    page.draw.text((x, page.y), m[1], font=fi, fill=INK)
    blank = x + fi.getlength(m[1] + " ")
    page.draw.text((blank + room, page.y), m[3], font=fi, fill=INK)
    sheet.hand(page, blank + 6, page.y, m[2])
    page.y += 90


def signature_zone(sheet: Sheet, recipients: list[str], signer: list[str]) -> None:
    """ "Nơi nhận:" at the left, the signer's title and name at the right with room for seal and signature."""
    height = max(len(recipients) * 34 + 40, (len(signer) + 5) * 46)
    page = sheet.room(height)
    y0, centre = page.y + 10, LEFT + 880
    for k, text in enumerate(recipients):
        face = font("bi", 28) if k == 0 else font("r", 26)
        page.draw.text((LEFT, y0 + 34 * k), text, font=face, fill=INK)
    titles, name = signer[:-1], signer[-1]
    for k, text in enumerate(titles):
        width = font("b", 34).getlength(text)
        page.draw.text((centre - width / 2, y0 + 46 * k), text, font=font("b", 34), fill=INK)
    y_name = y0 + 46 * len(titles) + 200
    page.draw.text((centre - font("b", 34).getlength(name) / 2, y_name), name, font=font("b", 34), fill=INK)
    sheet.seal_at = (len(sheet.pages) - 1, round(centre - 150), y0 + 46 * len(titles) + 40)
    page.y += height + 20


def typeset(stem: str, text: str, rng: random.Random) -> Sheet:
    """The document as printed: header, number and date, title, body, Nơi nhận and signature, then any Danh sách."""
    sheet = Sheet(rng)
    blocks = text.split("\n\n")
    head = blocks[0].splitlines()
    header(sheet, head)
    number_line, date_line = blocks[1].splitlines()[:2]
    number_and_date(sheet, number_line, date_line)
    lines = text.split(blocks[1], 1)[1].lstrip("\n").splitlines()
    body, recipients, signer, annex = _split(lines)
    title = True
    for ln in body:
        if not ln:
            title = False
            continue
        if title:
            sheet.centred(ln, "b" if ln.isupper() else "bi")
        elif ln.isupper() or ln == "QUYẾT ĐỊNH:":
            sheet.centred(ln, "b")
        elif ln.startswith("Kính gửi"):
            sheet.centred(ln, "i")
        elif re.match(r"^(?:[IVX]+\.|\d+\.) \S", ln) and len(ln) < 60:
            sheet.paragraph(ln, "b", indent=60)
        elif re.match(r"^Điều \d+\.", ln):
            sheet.paragraph(ln, "r", indent=60)
        else:
            sheet.paragraph(ln, "i" if ln.startswith("Căn cứ") or ln.startswith("Xét") else "r")
    signature_zone(sheet, recipients, signer)
    if annex:
        sheet.new_page()
        rows = [ln.split("\t") for ln in annex if "\t" in ln]
        for ln in annex:
            if "\t" in ln:
                continue
            if ln.startswith("(Danh sách"):
                continue
            sheet.centred(ln, "b" if ln.isupper() else "i", size=34 if ln.isupper() else 30)
        sheet.table(rows[0], rows[1:])
        last = [ln for ln in annex if ln.startswith("(Danh sách")]
        if last:
            sheet.paragraph(last[0], "i", indent=0)
    return sheet


def _split(lines: list[str]) -> tuple[list[str], list[str], list[str], list[str]]:
    at = lines.index("Nơi nhận:")
    end = lines.index("", at)
    after = lines[end + 1 :]
    cut = next((k for k in range(1, len(after)) if after[k] == "" and k + 1 < len(after) and after[k + 1] == ""), None)
    signer_lines, annex = (after[:cut], after[cut + 2 :]) if cut else (after, [])
    signer = [ln for ln in signer_lines if ln]
    return lines[:at], lines[at:end], signer, annex


def seal(sheet: Sheet, issuer: str) -> None:
    """A red round seal (issuer round the ring, a star in the middle) over the left of the signer's title, and a
    signature across it."""
    if sheet.seal_at is None:
        return
    index, cx, cy = sheet.seal_at
    page = sheet.pages[index]
    r = 165
    layer = Image.new("RGBA", (2 * r + 40, 2 * r + 40), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = r + 20
    alpha = sheet.rng.randint(150, 200)
    colour = (*RED, alpha)
    d.ellipse((c - r, c - r, c + r, c + r), outline=colour, width=9)
    d.ellipse((c - r + 16, c - r + 16, c + r - 16, c + r - 16), outline=colour, width=3)
    d.ellipse((c - 72, c - 72, c + 72, c + 72), outline=colour, width=3)
    letters = issuer.upper()
    f = font("sans", 24)
    for k, ch in enumerate(letters):
        angle = math.pi + (k + 0.5) / len(letters) * 2 * math.pi * 0.92 + 0.12 * math.pi
        glyph = Image.new("RGBA", (34, 34), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((8, 4), ch, font=f, fill=colour)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        gx, gy = c + (r - 42) * math.cos(angle) - 17, c + (r - 42) * math.sin(angle) - 17
        layer.alpha_composite(glyph, (round(gx), round(gy)))
    star = [
        (
            c + (40 if k % 2 == 0 else 16) * math.cos(-math.pi / 2 + k * math.pi / 5),
            c + (40 if k % 2 == 0 else 16) * math.sin(-math.pi / 2 + k * math.pi / 5),
        )
        for k in range(10)
    ]
    d.polygon(star, fill=colour)
    layer = layer.rotate(sheet.rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    layer = layer.filter(ImageFilter.GaussianBlur(0.8))
    base = page.image.convert("RGBA")
    base.alpha_composite(layer, (cx - c, cy - c + sheet.rng.randint(-20, 20)))
    sign = ImageDraw.Draw(base)
    x, y = cx + 120, cy + 70
    points = [(x, y)]
    for _ in range(9):
        x += sheet.rng.randint(25, 55)
        y += sheet.rng.randint(-45, 45)
        points.append((x, y))
    sign.line(points, fill=(28, 36, 110, 235), width=5, joint="curve")
    sign.line(
        [(points[0][0] - 10, points[0][1] + 30), (points[-1][0] + 20, points[-1][1] - 10)],
        fill=(28, 36, 110, 220),
        width=4,
    )
    page.image = base.convert("RGB")
    page.draw = ImageDraw.Draw(page.image)


def received(sheet: Sheet, dated: str, rng: random.Random) -> None:
    """A "ĐẾN" stamp of Sở Ngoại vụ's mail office over the upper body, its number and date written by pen."""
    page = sheet.pages[0]
    d, m, y = (int(v) for v in re.findall(r"\d+", dated)[:3])
    came = dt.date(y, m, d) + dt.timedelta(days=rng.randint(1, 4))
    x, yy = LEFT + rng.randint(20, 500), TOP + rng.randint(330, 520)
    colour = (40, 40, 150) if rng.random() < 0.6 else (170, 30, 50)
    page.draw.rectangle((x, yy, x + 430, yy + 170), outline=colour, width=4)
    page.draw.text((x + 20, yy + 10), "SỞ NGOẠI VỤ QUẢNG NINH", font=font("sans", 24), fill=colour)
    page.draw.text((x + 20, yy + 50), "ĐẾN   Số:", font=font("sans", 30), fill=colour)
    page.draw.text((x + 20, yy + 105), "Ngày:", font=font("sans", 28), fill=colour)
    sheet.hand(page, x + 200, yy + 50, str(rng.randint(1200, 4800)))
    sheet.hand(page, x + 120, yy + 105, f"{came.day}/{came.month}/{came.year % 100}")


def paper(image: Image.Image, rng: random.Random, mode: str, stamp: str) -> Image.Image:
    """The page as it comes back from the scanner, the photocopier or the fax machine."""
    seed = rng.randint(0, 2**31)
    nr = np.random.default_rng(seed)
    a = np.asarray(image, dtype=np.float64)
    tone = rng.uniform(222, 240)
    a = a * (tone / 255.0) + nr.normal(0, 4, a.shape[:2])[..., None]
    if mode == "photocopy":
        a = a.mean(axis=2)
        low = nr.normal(0, 1, (12, 9))
        field_ = np.asarray(Image.fromarray(low.astype(np.float32)).resize((W, H), Image.Resampling.BICUBIC))
        a = a * (1 + 0.05 * field_) - 10
        edge = np.clip(1 - np.arange(W) / 110.0, 0, 1) * rng.uniform(60, 140)
        a -= edge[None, :]
        col = rng.randint(300, W - 300)
        a[:, col : col + rng.randint(2, 5)] -= rng.uniform(40, 90)
        a = np.where(a < 150, a * 0.7, a)
    elif mode == "fax":
        a = a.mean(axis=2)
        a = a[::2, :].repeat(2, axis=0)[:H]
        a = np.where(a + nr.normal(0, 22, a.shape) < 150, 25.0, 245.0)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if mode == "fax":
        draw = ImageDraw.Draw(img)
        draw.text((60, 30), stamp, font=font("sans", 22), fill=20)
    fill: int | tuple[int, int, int] = round(tone) if img.mode == "L" else (round(tone),) * 3
    img = img.rotate(rng.uniform(-1.1, 1.1), resample=Image.Resampling.BICUBIC, fillcolor=fill)
    return img.filter(ImageFilter.GaussianBlur(0.5)) if mode == "scan" else img


def issuer_of(text: str) -> str:
    head = text.split("\n\n", 1)[0].splitlines()
    left = [ln for ln in head if ln not in MOTTO]
    return " ".join(left) if left[0] == "ỦY BAN NHÂN DÂN" else left[-1] + " TỈNH QUẢNG NINH"


def render(path: Path, out: Path) -> tuple[int, str, bool]:
    """Write the scan; returns its pages, how it came back and whether it carries a received stamp."""
    text = path.read_text(encoding="utf-8")
    rng = random.Random(hashlib.sha256(path.stem.encode()).hexdigest())
    sheet = typeset(path.stem, text, rng)
    seal(sheet, issuer_of(text))
    date_line = text.split("\n\n")[1].splitlines()[1]
    dated = re.search(r"ngày (\d+) tháng (\d+) năm (\d+)", date_line)
    assert dated
    stamped = rng.random() < (0.75 if path.stem.startswith("bc-") else 0.25)
    if stamped:
        received(sheet, "/".join(dated.groups()), rng)
    mode = rng.choices(["scan", "photocopy", "fax"], weights=[5, 3, 2])[0]
    sent = f"{int(dated[1]) + 1:02d}/{int(dated[2]):02d}/{dated[3]} {rng.randint(7, 16):02d}:{rng.randint(0, 59):02d}"
    pages = [
        paper(p.image, rng, mode, f"FAX 0203.3835{rng.randint(100, 999)}   {sent}   Tr. {k + 1}/{len(sheet.pages)}")
        for k, p in enumerate(sheet.pages)
    ]
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI, quality=38 if mode == "scan" else 30)
    return len(pages), mode, stamped


def main() -> int:
    scans = HERE / "scans"
    scans.mkdir(exist_ok=True)
    done = [render(path, scans / f"{path.stem}.pdf") for path in sorted((HERE / "texts").glob("*.txt"))]
    size = sum(p.stat().st_size for p in scans.glob("*.pdf")) / 1e6
    modes = {m: sum(d[1] == m for d in done) for m in ("scan", "photocopy", "fax")}
    pages, stamped = sum(d[0] for d in done), sum(d[2] for d in done)
    print(f"{len(done)} files, {pages} pages, {size:.1f} MB, {modes}, {stamped} stamped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
