"""Synthetic pages that look like real provincial paperwork, for the OCR tests of issue 11.

One A4 decision at 300 dpi, colour, drawn with PIL: the printed form with the number and the day left as
gaps, and on request what real originals add by hand or by stamp — blue hand-filled digits in those gaps,
a red round seal and a blue signature over the signer's title and name, an incoming-mail stamp over the body.
Deterministic for given arguments. The digits are a slanted sans font warped per digit and inked thick and
blue, which is what matters for the tests: they are not printed type and they are not black.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from samples.tools.render import font

WIDTH, HEIGHT = 2480, 3508
RED = (205, 35, 40)
BLUE = (35, 55, 170)
SIGNER = "Trần Phước Hiền"
BODY = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Nghị quyết số 83/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh;",
    "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 45/TTr-SNgV ngày 02/01/2025.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Cử ông Nguyễn Văn An, Phó Giám đốc Sở Ngoại vụ, đi công tác tại Nhật Bản",
    "từ ngày 10/02/2025 đến ngày 15/02/2025. Kinh phí do ngân sách tỉnh bảo đảm.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ và ông Nguyễn Văn An",
    "chịu trách nhiệm thi hành Quyết định này./.",
]


@dataclass(frozen=True)
class Slots:
    """Where the hand-fillable gaps were drawn (pixel boxes: left, top, right, bottom)."""

    number: tuple[int, int, int, int]
    day: tuple[int, int, int, int]
    month: tuple[int, int, int, int] | None = None


def _text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, style: str, size: float, **kw: object) -> None:
    draw.text(xy, text, fill=(25, 25, 25), font=font(style, size), **kw)  # type: ignore[arg-type]


def _centred(draw: ImageDraw.ImageDraw, cx: float, y: float, text: str, style: str = "bold", size: float = 13) -> None:
    _text(draw, (cx, y), text, style, size, anchor="ma")


def _gap_line(draw: ImageDraw.ImageDraw, cx: float, y: float, parts: list[str], gap: int) -> list[tuple[int, int]]:
    """The printed `parts` with a blank of `gap` px between each two, centred on cx; each gap's left and right x."""
    face = font("regular", 13)
    width = sum(draw.textlength(part, font=face) for part in parts) + gap * (len(parts) - 1)
    x = cx - width / 2
    gaps = []
    for index, part in enumerate(parts):
        _text(draw, (x, y), part, "regular", 13)
        x += draw.textlength(part, font=face)
        if index < len(parts) - 1:
            gaps.append((round(x), round(x + gap)))
            x += gap
    return gaps


def handwritten(digits: str, height: int, seed: int, ink: tuple[int, int, int] = BLUE) -> Image.Image:
    """Digits that look written by pen: each one slanted, scaled and shifted on its own, thick strokes."""
    rng = random.Random(seed)
    face = font("sans", height * 72 / 300)
    glyphs = []
    for digit in digits:
        glyph = Image.new("L", (height, round(height * 1.3)), 0)
        ImageDraw.Draw(glyph).text((height * 0.15, height * 0.1), digit, fill=255, font=face, stroke_width=2)
        slant = rng.uniform(0.15, 0.35)
        glyph = glyph.transform(glyph.size, Image.Transform.AFFINE, (1, slant, -slant * glyph.height / 2, 0, 1, 0))
        glyph = glyph.rotate(rng.uniform(-8, 6), resample=Image.Resampling.BILINEAR, expand=False)
        scale = rng.uniform(0.85, 1.1)
        glyph = glyph.resize((round(glyph.width * scale), round(glyph.height * scale)))
        glyphs.append((glyph, rng.randint(-6, 6)))
    width = sum(round(g.width * 0.62) for g, _ in glyphs) + round(height * 0.5)
    canvas = Image.new("L", (width, round(height * 1.5)), 0)
    x = 5
    for glyph, dy in glyphs:
        canvas.paste(glyph, (x, 8 + dy), glyph)
        x += round(glyph.width * 0.62)
    ink_image = Image.new("RGB", canvas.size, ink)
    ink_image.putalpha(canvas)
    return ink_image


def _seal(page: Image.Image, cx: int, cy: int, radius: int) -> None:
    """A red round seal: double ring, the body's name around it, a star in the middle, multiplied on."""
    layer = Image.new("RGB", (2 * radius + 4, 2 * radius + 4), (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    c = radius + 2
    draw.ellipse((2, 2, 2 * radius + 2, 2 * radius + 2), outline=RED, width=9)
    draw.ellipse((c - radius + 30, c - radius + 30, c + radius - 30, c + radius - 30), outline=RED, width=4)
    face = font("sansbold", 11)
    label = "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI * "
    for index, char in enumerate(label):
        angle = math.pi + 2 * math.pi * index / len(label)
        x, y = c + (radius - 20) * math.cos(angle), c + (radius - 20) * math.sin(angle)
        draw.text((x, y), char, fill=RED, font=face, anchor="mm")
    star = [
        (c + 70 * math.cos(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4),
         c - 70 * math.sin(math.pi / 2 + k * math.pi / 5) * (1 if k % 2 == 0 else 0.4))
        for k in range(10)
    ]  # fmt: skip
    draw.polygon(star, fill=RED)
    _multiply(page, layer, (cx - c, cy - c))


def _signature(page: Image.Image, left: int, top: int, width: int, seed: int) -> None:
    """A blue signature: a few loops and a long stroke, crossing the line below it."""
    rng = random.Random(seed)
    layer = Image.new("RGB", (width, 260), (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    points = []
    for step in range(80):
        t = step / 79
        points.append((20 + t * (width - 40), 110 + 70 * math.sin(t * 9 + rng.uniform(0, 0.3)) + 60 * t))
    draw.line(points, fill=BLUE, width=6, joint="curve")
    draw.line([(40, 200), (width - 20, 150)], fill=BLUE, width=5)
    _multiply(page, layer, (left, top))


def _incoming_stamp(page: Image.Image, left: int, top: int) -> None:
    """ "CV ĐẾN Số: 2352 Ngày: 21/01/2025" in a red box over body text."""
    layer = Image.new("RGB", (620, 250), (255, 255, 255))
    draw = ImageDraw.Draw(layer)
    draw.rectangle((4, 4, 615, 245), outline=RED, width=5)
    draw.text((310, 20), "VĂN PHÒNG UBND TỈNH", fill=RED, font=font("sansbold", 11), anchor="ma")
    draw.text((30, 80), "CV ĐẾN Số: 2352", fill=RED, font=font("sansbold", 14))
    draw.text((30, 160), "Ngày: 21/01/2025", fill=RED, font=font("sansbold", 14))
    _multiply(page, layer, (left, top))


def _multiply(page: Image.Image, layer: Image.Image, at: tuple[int, int]) -> None:
    """Ink over ink: the darker of the two wins per channel, as with a real stamp over print."""
    box = (at[0], at[1], at[0] + layer.width, at[1] + layer.height)
    under = np.asarray(page.crop(box), dtype=np.uint16)
    over = np.asarray(layer, dtype=np.uint16)
    page.paste(Image.fromarray((under * over // 255).astype(np.uint8)), box[:2])


def decision_page(
    *,
    number: str | None = None,
    day: str | None = None,
    seal: bool = False,
    incoming: bool = False,
    seed: int = 1,
    signer: str = SIGNER,
    seal_on_name: bool = False,
    month: str | None = None,
    printed_month: str | None = "01",
    year: str = "2025",
    province: str = "QUẢNG NGÃI",
    place: str = "Quảng Ngãi",
    symbol: str = "/QĐ-UBND",
    block: tuple[str, str] = ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    hanging_seal: bool = False,
    issuer: tuple[str, str] | None = None,
    cited: tuple[str, str] | None = None,
    name_stroke: int | None = None,
) -> tuple[Image.Image, Slots]:
    """The page (RGB) and its hand-fill slots; `number`/`day`/`month` are written by hand when given, else blank;
    the month is printed (`printed_month`) unless that is None, when it is a slot too. `signer` is the name
    printed under the signature block (`block`: mode and title lines), which the seal's ring crosses with
    `seal_on_name` (else the seal covers the titles and the gap above the name, as it mostly does on real
    originals). `province`, `place`, `symbol` and `year` vary the form as another office prints it;
    `issuer`: the two lines of the issuer (default: the province's People's Committee, "ỦY BAN NHÂN DÂN" over
    "TỈNH `province`"), e.g. a department under its parent body; `hanging_seal` puts a seal over the issuer's
    name and the "Số:" line (an appendix's or copy's "dấu treo"). `cited`: a body line citing a decision
    whose number and day (the two strings) are written by hand into the printed "số … /QĐ-UBND ngày …./01/2025".
    `name_stroke`: the seed of a black signature stroke drawn through the capital of the signer's family name."""
    page = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    left_cx, right_cx = 700, 1700
    parent, body = issuer or ("ỦY BAN NHÂN DÂN", f"TỈNH {province}")
    _centred(draw, left_cx, 236, parent, "regular")
    _centred(draw, left_cx, 300, body)
    _centred(draw, right_cx, 236, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _centred(draw, right_cx, 300, "Độc lập - Tự do - Hạnh phúc", size=14)
    (number_gap,) = _gap_line(draw, left_cx, 420, ["Số: ", symbol], 170)
    if printed_month is None:
        day_gap, month_gap = _gap_line(draw, right_cx, 420, [f"{place}, ngày ", " tháng ", f" năm {year}"], 120)
    else:
        (day_gap,), month_gap = (
            _gap_line(draw, right_cx, 420, [f"{place}, ngày ", f" tháng {printed_month} năm {year}"], 150),
            None,
        )
    slots = Slots(
        number=(number_gap[0], 400, number_gap[1], 490),
        day=(day_gap[0], 400, day_gap[1], 490),
        month=(month_gap[0], 400, month_gap[1], 490) if month_gap else None,
    )
    _centred(draw, WIDTH / 2, 580, "QUYẾT ĐỊNH", size=14)
    _centred(draw, WIDTH / 2, 650, "Về việc cử cán bộ đi công tác nước ngoài", size=14)
    _centred(
        draw,
        WIDTH / 2,
        760,
        f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {province}" if issuer is None else f"GIÁM ĐỐC {body}",
        size=14,
    )
    y = 880
    for index, line in enumerate(BODY):
        _text(draw, (354 + (120 if not line.startswith(("từ", "chịu")) else 0), y), line, "regular", 13)
        y += 80
        if cited is not None and index == 0:
            _cited_line(page, draw, y, cited, seed)
            y += 80
    sign_top = y + 60
    _text(draw, (354, sign_top), "Nơi nhận:", "bolditalic", 12)
    for offset, item in enumerate(["- Như Điều 3;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, NC."]):
        _text(draw, (354, sign_top + 60 + 55 * offset), item, "regular", 11)
    _centred(draw, right_cx, sign_top, block[0])
    _centred(draw, right_cx, sign_top + 65, block[1])
    name_y = sign_top + 420
    _centred(draw, right_cx, name_y, signer)
    if name_stroke is not None:
        _stroke_through_capital(
            draw, right_cx - draw.textlength(signer, font=font("bold", 13)) / 2, name_y, name_stroke
        )
    filled = ((number, slots.number, 10, seed), (day, slots.day, 5, seed + 1), (month, slots.month, 5, seed + 2))
    for value, gap, indent, digit_seed in filled:
        if value is not None and gap is not None:
            digits = handwritten(value, 95, digit_seed)
            page.paste(digits, (gap[0] + indent, 380), digits)
    if seal:
        _signature(page, right_cx - 330, name_y - 230, 640, seed)
        _seal(page, right_cx - 170, name_y - 200 if seal_on_name else sign_top + 260, 250)
    if incoming:
        _incoming_stamp(page, 1300, 940)
    if hanging_seal:
        _seal(page, 520, 330, 230)
    return page, slots


def _stroke_through_capital(draw: ImageDraw.ImageDraw, left: float, top: int, seed: int) -> None:
    """A black pen stroke crossing the first letter of a line of 13-pt bold starting at (left, top): the tail of a
    signature through the "T" of "Trần" (a real scan's name line read "1 rần Phước Hiền")."""
    rng = random.Random(seed)
    x, high, low = left + rng.uniform(5, 28), top - rng.uniform(0, 40), top + rng.uniform(60, 90)
    slant = rng.uniform(-60, 60)
    draw.line([(x - slant / 2, low), (x + slant / 2, high)], fill=(20, 20, 20), width=rng.choice([5, 7, 9]))


def _cited_line(page: Image.Image, draw: ImageDraw.ImageDraw, y: int, cited: tuple[str, str], seed: int) -> None:
    """ "Căn cứ Quyết định số 87 /QĐ-UBND ngày ..05../01/2025 của UBND tỉnh;" with the number and the day by pen
    in blue over the printed gap and dotted leader, as on a real form."""
    face = font("regular", 13)
    x = 474.0
    parts = [("Căn cứ Quyết định số ", 0), (" /QĐ-UBND ngày ", 1), ("./01/2025 của UBND tỉnh;", None)]
    for text, filled in parts:
        _text(draw, (x, y), text, "regular", 13)
        x += draw.textlength(text, font=face)
        if filled is not None:
            gap = 150 if filled == 0 else 130
            if filled == 1:
                _text(draw, (x, y), "." * 10, "regular", 13)
            digits = handwritten(cited[filled], 66, seed + 5 + filled)
            page.paste(digits, (round(x) + 12, y - 28), digits)
            x += gap


def scan_with_stamp_layer(page: Image.Image, stamp: str) -> bytes:
    """A PDF of `page` as a full-page image whose only text layer is `stamp`, small at the top right: what
    signing software leaves on an image-only scan."""
    from fpdf import FPDF

    from samples.tools.render import font_path

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210, h=297)
    pdf.add_font("sans", "", str(font_path("sans")))
    pdf.set_font("sans", size=6)
    pdf.set_xy(130, 2)
    pdf.multi_cell(75, 3, stamp)
    return bytes(pdf.output())
