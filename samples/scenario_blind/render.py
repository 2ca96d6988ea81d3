"""Render the blind scenario's hand-written texts as scans that look like real provincial originals.

Written for this scenario alone (not samples/tools): a grey, slightly skewed and noisy 200-dpi page; the
number and the day of the date left blank in print and filled in by pen; a blue signature scrawl; a red
round seal over the signer's title and name. No handwriting font is installed here, so the pen digits are
drawn as jittered strokes.

    .venv/bin/python -m samples.scenario_blind.render          # texts/*.txt -> scans/*.pdf

The layout is read from the text's own shape: the issuer lines up to "CỘNG HÒA…" form the left header
column, the motto block up to the first blank line the right one; "Nơi nhận:" starts the signature zone
(recipients left, signer block right, its last line the name); lines after the signature block are an
annex on a new page.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).parent
DPI = 200
PAGE_W, PAGE_H = round(8.27 * DPI), round(11.69 * DPI)
LEFT, RIGHT, TOP, BOTTOM = round(1.18 * DPI), round(0.6 * DPI), round(0.8 * DPI), round(0.8 * DPI)
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
INK = (25, 25, 25)
PEN = (28, 42, 120)
SEAL = (205, 35, 40)
TYPED_NUMBER = {"qd-146", "bc-sct-042"}  # two originals whose number and day were typed, not hand-filled


def font(size_pt: float, style: str = "Regular") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{style}.ttf"), round(size_pt * DPI / 72))


@dataclass
class Parts:
    """The printed blocks of one document, read from its text."""

    header_left: list[str]
    header_right: list[str]
    body: list[str]
    recipients: list[str]
    signer: list[str]
    annex: list[str] = field(default_factory=list)


def split_blocks(text: str) -> Parts:
    lines = text.rstrip("\n").split("\n")
    motto = next(i for i, line in enumerate(lines) if line.startswith("CỘNG HÒA"))
    blank = lines.index("", motto)
    rest = lines[blank + 1 :]
    sign = rest.index("Nơi nhận:")
    recipients_end = rest.index("", sign)
    tail = rest[recipients_end + 1 :]
    signer_end = tail.index("") if "" in tail else len(tail)
    return Parts(
        header_left=lines[:motto],
        header_right=lines[motto:blank],
        body=rest[:sign],
        recipients=rest[sign:recipients_end],
        signer=tail[:signer_end],
        annex=tail[signer_end + 1 :],
    )


class Pen:
    """Hand-written digits as jittered strokes on a unit grid (x right, y down), slanted like handwriting."""

    STROKES: ClassVar[dict[str, list[list[tuple[float, float]]]]] = {
        "0": [[(0.5, 0), (0.15, 0.2), (0.1, 0.6), (0.4, 1), (0.8, 0.8), (0.9, 0.3), (0.6, 0), (0.45, 0.05)]],
        "1": [[(0.25, 0.25), (0.6, 0), (0.55, 1)]],
        "2": [[(0.1, 0.25), (0.4, 0), (0.8, 0.1), (0.8, 0.4), (0.1, 1), (0.9, 0.95)]],
        "3": [[(0.1, 0.1), (0.7, 0), (0.75, 0.3), (0.35, 0.45), (0.85, 0.65), (0.7, 0.95), (0.1, 0.9)]],
        "4": [[(0.65, 1), (0.65, 0), (0.05, 0.7), (0.95, 0.7)]],
        "5": [[(0.85, 0), (0.25, 0), (0.2, 0.45), (0.7, 0.4), (0.85, 0.7), (0.6, 1), (0.1, 0.9)]],
        "6": [[(0.75, 0), (0.25, 0.35), (0.15, 0.8), (0.45, 1), (0.8, 0.75), (0.6, 0.5), (0.2, 0.6)]],
        "7": [[(0.05, 0.05), (0.9, 0), (0.35, 1)], [(0.3, 0.5), (0.75, 0.5)]],
        "8": [[(0.5, 0.45), (0.15, 0.2), (0.5, 0), (0.8, 0.2), (0.2, 0.75), (0.5, 1), (0.85, 0.75), (0.5, 0.45)]],
        "9": [[(0.8, 0.3), (0.5, 0), (0.15, 0.25), (0.45, 0.5), (0.8, 0.3), (0.7, 1)]],
    }

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def write(self, draw: ImageDraw.ImageDraw, x: float, y: float, digits: str, height: float) -> float:
        """Draw `digits` with the baseline at y + height; returns the x after the last digit."""
        slant = self.rng.uniform(0.15, 0.3)
        for ch in digits:
            w = height * self.rng.uniform(0.5, 0.62)
            for stroke in self.STROKES[ch]:
                pts = []
                for u, v in stroke:
                    px = x + u * w + (1 - v) * height * slant + self.rng.gauss(0, height * 0.025)
                    py = y + v * height + self.rng.gauss(0, height * 0.025)
                    pts.append((px, py))
                draw.line(smooth(pts), fill=PEN, width=max(3, round(height / 12)), joint="curve")
            x += w + height * self.rng.uniform(0.08, 0.2)
        return x


def smooth(points: list[tuple[float, float]], steps: int = 6) -> list[tuple[float, float]]:
    """Catmull-Rom through the points, so strokes curve like a pen's."""
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
    out.append(points[-1])
    return out


class Page:
    """One A4 page being typeset top to bottom."""

    def __init__(self) -> None:
        self.image = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.y = TOP

    def centred(self, text: str, f: ImageFont.FreeTypeFont, cx: float, y: float) -> tuple[float, float]:
        w = self.draw.textlength(text, font=f)
        self.draw.text((cx - w / 2, y), text, font=f, fill=INK)
        return cx - w / 2, cx + w / 2


class Renderer:
    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.rng = random.Random(int(hashlib.sha256(stem.encode()).hexdigest()[:8], 16))
        self.pen = Pen(self.rng)
        self.hand = stem not in TYPED_NUMBER
        self.pages: list[Page] = [Page()]
        self.body_font = font(13.5)
        self.bold = font(13.5, "Bold")
        self.line_h = round(13.5 * DPI / 72 * 1.32)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: float) -> None:
        if self.page.y + height > PAGE_H - BOTTOM:
            self.pages.append(Page())

    # -- header ---------------------------------------------------------------------------------------
    def header(self, parts: Parts) -> None:
        p = self.page
        lcx = LEFT + (PAGE_W - LEFT - RIGHT) * 0.2
        rcx = LEFT + (PAGE_W - LEFT - RIGHT) * 0.66
        f12, f12b, f13b = font(12.5), font(12.5, "Bold"), font(13, "Bold")
        y = TOP
        issuer = [line for line in parts.header_left if not line.startswith(("Số:", "V/v")) and "đoàn ra" not in line]
        two_level = issuer[0].startswith("UBND")
        for i, line in enumerate(issuer):
            x0, x1 = p.centred(line, f12 if two_level and i == 0 else f12b, lcx, y)
            y += round(self.line_h * 0.95)
        p.draw.line([(lcx - 70, y + 4), (lcx + 70, y + 4)], fill=INK, width=2)
        y += 28
        number = next(line for line in parts.header_left if line.startswith("Số:"))
        self.number_line(p, number, lcx, y, f12)
        y += self.line_h
        vv = parts.header_left[parts.header_left.index(number) + 1 :]
        for line in vv:
            p.centred(line, font(12), lcx, y)
            y += round(self.line_h * 0.9)
        ry = TOP
        motto, independence, dateline = parts.header_right[0], parts.header_right[1], parts.header_right[-1]
        p.centred(motto, f12b, rcx, ry)
        ry += round(self.line_h * 0.95)
        x0, x1 = p.centred(independence, f13b, rcx, ry)
        ry += self.line_h
        p.draw.line([(x0, ry - 8), (x1, ry - 8)], fill=INK, width=2)
        ry += 24
        self.date_line(p, dateline, rcx, ry)
        p.y = max(y, ry + self.line_h) + self.line_h

    def number_line(self, p: Page, line: str, cx: float, y: float, f: ImageFont.FreeTypeFont) -> None:
        m = re.match(r"Số: (\d+)(/.*)", line)
        assert m, line
        if not self.hand:
            p.centred(line, f, cx, y)
            return
        blank = "Số:            "
        x0, _ = p.centred(blank + m.group(2), f, cx, y)
        start = x0 + p.draw.textlength("Số: ", font=f) + self.rng.uniform(0, 15)
        self.pen.write(p.draw, start, y - self.rng.uniform(4, 14), m.group(1), self.line_h * 0.72)

    def date_line(self, p: Page, line: str, cx: float, y: float) -> None:
        fi = font(13.5, "Italic")
        m = re.match(r"(.*ngày )(\d+)( tháng.*)", line)
        assert m, line
        if not self.hand:
            p.centred(line, fi, cx, y)
            return
        printed = m.group(1) + "        " + m.group(3)
        x0, _ = p.centred(printed, fi, cx, y)
        start = x0 + p.draw.textlength(m.group(1), font=fi) + self.rng.uniform(2, 12)
        self.pen.write(p.draw, start, y - self.rng.uniform(6, 14), m.group(2), self.line_h * 0.7)

    # -- body -----------------------------------------------------------------------------------------
    def body(self, lines: list[str]) -> None:
        width = PAGE_W - LEFT - RIGHT
        cx = LEFT + width / 2
        centred_block = False
        in_kinh_gui = kinh_gui_first = False
        for line in lines:
            if not line:
                centred_block = False
                in_kinh_gui = False
                self.page.y += self.line_h // 3
                continue
            if line.startswith("Kính gửi:"):
                in_kinh_gui = kinh_gui_first = True
                self.need(self.line_h)
                self.page.draw.text((LEFT + width * 0.22, self.page.y), line, font=self.body_font, fill=INK)
                self.page.y += self.line_h
                continue
            if in_kinh_gui:
                first = self.page.y - self.line_h if kinh_gui_first else self.page.y
                self.page.draw.text((LEFT + width * 0.36, first), line, font=self.body_font, fill=INK)
                self.page.y += 0 if kinh_gui_first else self.line_h
                kinh_gui_first = False
                continue
            if is_title(line):
                self.need(self.line_h * 2)
                f = font(14, "Bold") if line in ("QUYẾT ĐỊNH", "BÁO CÁO") else self.bold
                self.page.y += self.line_h // 4
                self.page.centred(line, f, cx, self.page.y)
                self.page.y += self.line_h
                centred_block = line in ("QUYẾT ĐỊNH", "BÁO CÁO") or line.startswith("DANH SÁCH")
                continue
            if centred_block and not re.match(r"^\d+\. ", line):
                self.centred_wrapped(line, cx, width)
                continue
            self.paragraph(line, heading=bool(re.match(r"^[IVX]+\. ", line)))

    def centred_wrapped(self, text: str, cx: float, width: float) -> None:
        rows: list[str] = []
        for w in text.split(" "):
            if rows and self.page.draw.textlength(f"{rows[-1]} {w}", font=self.bold) <= width:
                rows[-1] = f"{rows[-1]} {w}"
            else:
                rows.append(w)
        for row in rows:
            self.need(self.line_h)
            self.page.centred(row, self.bold, cx, self.page.y)
            self.page.y += self.line_h

    def paragraph(self, text: str, heading: bool) -> None:
        f = self.bold if heading else self.body_font
        width = PAGE_W - LEFT - RIGHT
        indent = round(0.5 * DPI)
        words = text.split(" ")
        lines: list[list[str]] = [[]]
        avail = width - indent
        for w in words:
            trial = " ".join([*lines[-1], w])
            if lines[-1] and self.page.draw.textlength(trial, font=f) > avail:
                lines.append([w])
                avail = width
            else:
                lines[-1].append(w)
        for i, ws in enumerate(lines):
            self.need(self.line_h)
            x: float = LEFT + (indent if i == 0 else 0)
            avail = width - (indent if i == 0 else 0)
            if i < len(lines) - 1 and len(ws) > 1:  # justified
                natural = sum(self.page.draw.textlength(w, font=f) for w in ws)
                gap = (avail - natural) / (len(ws) - 1)
                for w in ws:
                    self.page.draw.text((x, self.page.y), w, font=f, fill=INK)
                    x += self.page.draw.textlength(w, font=f) + gap
            else:
                self.page.draw.text((x, self.page.y), " ".join(ws), font=f, fill=INK)
            self.page.y += self.line_h

    # -- signature ------------------------------------------------------------------------------------
    def signature(self, parts: Parts) -> None:
        small, small_bi = font(11), font(12, "BoldItalic")
        height = max(len(parts.recipients) * 40, (len(parts.signer) + 4) * self.line_h)
        self.page.y += self.line_h // 2
        self.need(height)
        p = self.page
        y0 = p.y
        ly = y0
        for i, line in enumerate(parts.recipients):
            p.draw.text((LEFT, ly), line, font=small_bi if i == 0 else small, fill=INK)
            ly += 40
        scx = LEFT + (PAGE_W - LEFT - RIGHT) * 0.7
        sy = y0
        *titles, name = parts.signer
        spans = []
        for line in titles:
            spans.append(p.centred(line, self.bold, scx, sy))
            sy += self.line_h
        sig_top = sy
        sy += round(self.line_h * 3.2)
        name_span = p.centred(name, self.bold, scx, sy)
        self.scrawl(p, scx, sig_top + 10, sy - 5)
        self.seal(p, scx, titles, spans, sig_top, name_span, sy)
        p.y = max(ly, sy + self.line_h) + self.line_h

    def scrawl(self, p: Page, cx: float, top: float, bottom: float) -> None:
        """A looping blue signature between the title and the name."""
        rng = self.rng
        x = cx - 150 + rng.uniform(-20, 20)
        pts = []
        mid = (top + bottom) / 2
        for _ in range(14):
            pts.append((x, mid + rng.uniform(-1, 1) * (bottom - top) * 0.45))
            x += rng.uniform(12, 32)
        pts.append((x + 60, mid - (bottom - top) * 0.1))
        p.draw.line(smooth(pts, 8), fill=(35, 55, 170), width=4, joint="curve")
        p.draw.line(
            smooth([(cx - 120, bottom - 12), (cx, bottom - 22), (cx + 130, bottom - 30)]), fill=(35, 55, 170), width=3
        )

    def seal(
        self,
        p: Page,
        scx: float,
        titles: list[str],
        spans: list[tuple[float, float]],
        sig_top: float,
        name_span: tuple[float, float],
        name_y: float,
    ) -> None:
        """A red round seal whose right half lies over the signer's title and the top of the name."""
        r = round(0.78 * DPI)
        last_title_left = spans[-1][0] if spans else scx - 100
        cx = last_title_left + self.rng.uniform(10, 50)
        cy = sig_top + self.rng.uniform(0.4, 0.9) * (name_y - sig_top) * 0.5
        layer = Image.new("L", p.image.size, 0)
        d = ImageDraw.Draw(layer)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=7)
        d.ellipse([cx - r * 0.66, cy - r * 0.66, cx + r * 0.66, cy + r * 0.66], outline=255, width=3)
        star = [
            (
                cx + r * 0.22 * (1 if k % 2 == 0 else 0.42) * math.sin(k * math.pi / 5),
                cy - r * 0.22 * (1 if k % 2 == 0 else 0.42) * math.cos(k * math.pi / 5),
            )
            for k in range(10)
        ]
        d.polygon(star, fill=255)
        seal_text = self.seal_text()
        sf = font(10.5, "Bold")
        n = len(seal_text)
        for i, ch in enumerate(seal_text):
            ang = -math.pi * 0.95 + (i / max(n - 1, 1)) * math.pi * 1.9
            tx, ty = cx + r * 0.83 * math.sin(ang), cy - r * 0.83 * math.cos(ang)
            glyph = Image.new("L", (60, 60), 0)
            ImageDraw.Draw(glyph).text((30, 30), ch, font=sf, fill=255, anchor="mm")
            glyph = glyph.rotate(-math.degrees(ang), resample=Image.Resampling.BICUBIC)
            layer.paste(255, (round(tx - 30), round(ty - 30)), glyph)
        d.text((cx, cy + r * 0.42), "★ KON TUM ★", font=font(8, "Bold"), fill=255, anchor="mm")
        layer = layer.filter(ImageFilter.GaussianBlur(1.2))
        mask = np.asarray(layer, dtype=np.float32) / 255 * self.rng.uniform(0.75, 0.9)
        mask *= np.clip(np.random.default_rng(self.rng.randrange(1 << 30)).normal(1, 0.15, mask.shape), 0, 1)
        page = np.asarray(p.image, dtype=np.float32)
        red = np.array(SEAL, dtype=np.float32)
        inked = page * (1 - mask[..., None]) + np.minimum(page, red) * mask[..., None]
        p.image = Image.fromarray(inked.astype(np.uint8))
        p.draw = ImageDraw.Draw(p.image)

    def seal_text(self) -> str:
        if self.stem.startswith(("qd-", "00-")):
            return "ỦY BAN NHÂN DÂN TỈNH KON TUM"
        units = {
            "snv": "SỞ NGOẠI VỤ",
            "sct": "SỞ CÔNG THƯƠNG",
            "snn": "SỞ NÔNG NGHIỆP VÀ PTNT",
            "svhttdl": "SỞ VH, TT VÀ DL",
        }
        return units[self.stem.split("-")[1]] + " TỈNH KON TUM"

    # -- whole document -------------------------------------------------------------------------------
    def render(self, text: str) -> list[Image.Image]:
        parts = split_blocks(text)
        self.header(parts)
        self.body(parts.body)
        self.signature(parts)
        if parts.annex:
            self.pages.append(Page())
            self.body(parts.annex)
        return [self.scan(p.image) for p in self.pages]

    def scan(self, image: Image.Image) -> Image.Image:
        """Grey uneven paper, a slight tilt, blur and sensor noise."""
        rng = self.rng
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        arr = np.asarray(image, dtype=np.float32)
        h, w = arr.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        shade = 232 + 10 * np.sin(xx / w * math.pi * rng.uniform(0.5, 1.5) + rng.uniform(0, 3)) - 8 * (yy / h)
        paper = np.stack([shade, shade * 0.995, shade * 0.975], axis=-1)
        arr = arr / 255 * paper
        arr += nrng.normal(0, 5, arr.shape[:2])[..., None]
        specks = nrng.random(arr.shape[:2]) < 0.0004
        arr[specks] = 60
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        angle = rng.uniform(-1.2, 1.2)
        return out.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(200, 200, 196))


def is_title(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not re.match(r"^([IVX]+|\d+)\. ", line)


def render_file(src: Path, out_dir: Path) -> Path:
    pages = Renderer(src.stem).render(src.read_text(encoding="utf-8"))
    out = out_dir / f"{src.stem}.pdf"
    pages[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=pages[1:], quality=60)
    return out


def main(argv: list[str]) -> int:
    out_dir = HERE / "scans"
    out_dir.mkdir(exist_ok=True)
    sources = [Path(a) for a in argv] or sorted((HERE / "texts").glob("*.txt"))
    for src in sources:
        out = render_file(src, out_dir)
        print(f"{out.name}: {out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
