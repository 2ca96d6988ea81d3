"""Test inputs built in code: state-document pages rendered with Pillow, PDFs with fpdf2/Pillow, DOCX.

Every person, body and number here is fictional. Used by the ingestion tests and the OCR benchmarks.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/liberation2"
SERIF = f"{FONT_DIR}/LiberationSerif-Regular.ttf"
SERIF_BOLD = f"{FONT_DIR}/LiberationSerif-Bold.ttf"
SERIF_ITALIC = f"{FONT_DIR}/LiberationSerif-Italic.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
A4 = (2480, 3508)


def pt(size: float) -> int:
    """Font size in points → pixels at 300 dpi."""
    return round(size * DPI / 72)


@dataclass
class Letter:
    """A fictional decision: its header fields, body and signature."""

    body_name: str = "ỦY BAN NHÂN DÂN"
    body_unit: str = "TỈNH HÒA GIANG"
    number: str = "123/QĐ-UBND"
    place: str = "Hòa Giang"
    day: str = "05"
    month: str = "3"
    year: str = "2024"
    kind: str = "QUYẾT ĐỊNH"
    subject: str = "Về việc cử cán bộ đi công tác nước ngoài"
    paragraphs: list[str] = field(
        default_factory=lambda: [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; xét đề nghị của Giám đốc "
            "Sở Ngoại vụ tại Tờ trình số 45/TTr-SNV ngày 28 tháng 02 năm 2024.",
            "Điều 1. Cử ông Phạm Quốc Khánh, Phó Giám đốc Sở Ngoại vụ, và bà Lê Thị Thu Hằng, chuyên viên "
            "Phòng Hợp tác quốc tế, đi công tác tại Nhật Bản từ ngày 10 tháng 4 năm 2024 đến ngày 16 tháng 4 "
            "năm 2024 để trao đổi kinh nghiệm về quản lý đô thị.",
            "Điều 2. Kinh phí chuyến đi do ngân sách tỉnh bảo đảm theo quy định hiện hành. Trong thời hạn "
            "mười ngày làm việc kể từ ngày về nước, đoàn có trách nhiệm báo cáo kết quả chuyến công tác.",
        ]
    )
    recipients: list[str] = field(default_factory=lambda: ["- Như Điều 1;", "- Sở Tài chính;", "- Lưu: VT."])
    signer_mode: str = "KT. CHỦ TỊCH"
    signer_title: str = "PHÓ CHỦ TỊCH"
    signer_name: str = "Trần Minh Đức"
    footnote: str = ""

    @property
    def dateline(self) -> str:
        return f"{self.place}, ngày {self.day} tháng {self.month} năm {self.year}"

    def header_left(self) -> list[str]:
        return [self.body_name, self.body_unit, f"Số: {self.number}"]

    def header_right(self) -> list[str]:
        return ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", self.dateline]


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def render_letter(letter: Letter) -> tuple[Image.Image, list[str]]:
    """A 300-dpi A4 page laid out as Nghị định 30/2020 asks, and its lines in reading order."""
    image = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(image)
    regular, bold, italic = (ImageFont.truetype(path, pt(13)) for path in (SERIF, SERIF_BOLD, SERIF_ITALIC))
    small, small_bold = ImageFont.truetype(SERIF, pt(11)), ImageFont.truetype(SERIF_BOLD, pt(11))
    margin_left, margin_right = 354, 2480 - 236
    left_center, right_center = 354 + 380, 1640
    y = 236
    truth: list[str] = []

    def centered(text: str, font: ImageFont.FreeTypeFont, center: float, top: int) -> None:
        draw.text((center - draw.textlength(text, font=font) / 2, top), text, font=font, fill=0)

    left, right = letter.header_left(), letter.header_right()
    left_fonts = [regular, bold, regular]
    right_fonts = [bold, bold, italic]
    for row in range(3):
        top = y + row * pt(19) + (pt(10) if row == 2 else 0)
        centered(left[row], left_fonts[row], left_center, top)
        centered(right[row], right_fonts[row], right_center, top)
    rule_y = y + pt(19) * 2 - pt(4)
    draw.line([(right_center - 300, rule_y), (right_center + 300, rule_y)], fill=0, width=3)
    draw.line([(left_center - 120, rule_y), (left_center + 120, rule_y)], fill=0, width=3)
    truth += left + right
    y += pt(19) * 3 + pt(40)
    for text, font in ((letter.kind, bold), (letter.subject, bold)):
        centered(text, font, A4[0] / 2, y)
        truth.append(text)
        y += pt(19)
    y += pt(20)
    for paragraph in letter.paragraphs:
        lines = _wrap(draw, paragraph, regular, margin_right - margin_left - pt(20))
        for index, line in enumerate(lines):
            draw.text((margin_left + (pt(20) if index == 0 else 0), y), line, font=regular, fill=0)
            truth.append(line)
            y += pt(19)
        y += pt(6)
    y += pt(20)
    sign_top = y
    draw.text((margin_left, y), "Nơi nhận:", font=small_bold, fill=0)
    left_block = ["Nơi nhận:"]
    for recipient in letter.recipients:
        y += pt(15)
        draw.text((margin_left, y), recipient, font=small, fill=0)
        left_block.append(recipient)
    right_block = [letter.signer_mode, letter.signer_title, letter.signer_name]
    centered(letter.signer_mode, bold, right_center, sign_top)
    centered(letter.signer_title, bold, right_center, sign_top + pt(19))
    centered(letter.signer_name, bold, right_center, sign_top + pt(19) * 5)
    truth += left_block + right_block
    if letter.footnote:
        foot_y = A4[1] - 300
        draw.line([(margin_left, foot_y - pt(8)), (margin_left + 600, foot_y - pt(8))], fill=0, width=3)
        draw.text((margin_left, foot_y), letter.footnote, font=small, fill=0)
    return image, truth


def degrade(
    image: Image.Image, *, seed: int = 7, angle: float = 0.8, blur: float = 1.1, noise: int = 18, jpeg_quality: int = 40
) -> Image.Image:
    """What a cheap office scanner adds: slight rotation, blur, speckle, JPEG artefacts."""
    rng = random.Random(seed)
    page = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(blur))
    pixels = page.load()
    assert pixels is not None
    width, height = page.size
    for _ in range(width * height // 400):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = max(0, min(255, int(pixels[x, y]) + rng.choice((-1, 1)) * rng.randint(noise, noise * 6)))
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=jpeg_quality)
    decoded = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    return Image.frombytes("L", decoded.size, decoded.tobytes())  # pixels only, no JPEG metadata


def image_bytes(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def scanned_pdf(images: list[Image.Image], *, resolution: float = DPI) -> bytes:
    """An image-only PDF (what a scanner writes): no text layer at all."""
    buffer = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(buffer, format="PDF", save_all=True, append_images=rest, resolution=resolution, quality=80)
    return buffer.getvalue()


def text_pdf(letter: Letter, *, table: list[list[str]] | None = None) -> bytes:
    """A born-digital PDF of the letter (two-column header as two cells side by side), optionally a table."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("Serif", "", SERIF)
    pdf.add_font("Serif", "B", SERIF_BOLD)
    pdf.add_font("Serif", "I", SERIF_ITALIC)
    pdf.set_margins(30, 20, 20)
    pdf.add_page()
    top = pdf.get_y()
    for index, (left, right) in enumerate(zip(letter.header_left(), letter.header_right(), strict=True)):
        pdf.set_xy(30, top + index * 7)
        pdf.set_font("Serif", "B" if index == 1 else "", 12)
        pdf.cell(65, 7, left, align="C")
        pdf.set_xy(95, top + index * 7)
        pdf.set_font("Serif", "I" if index == 2 else "B", 12)
        pdf.cell(95, 7, right, align="C")
    pdf.set_xy(30, top + 30)
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, letter.kind, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, letter.subject, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 13)
    for paragraph in letter.paragraphs:
        pdf.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.ln(3)
        with pdf.table() as grid:
            for cells in table:
                row = grid.row()
                for cell in cells:
                    row.cell(cell)
    if letter.footnote:
        pdf.set_y(-40)
        pdf.line(30, pdf.get_y() - 2, 80, pdf.get_y() - 2)
        pdf.set_font("Serif", "", 9)
        pdf.cell(0, 5, letter.footnote)
    return bytes(pdf.output())


def docx_bytes(letter: Letter, *, table: list[list[str]] | None = None) -> bytes:
    """A Word file as the templates make it: header in a borderless 2-column table, body, a data table."""
    import docx

    document = docx.Document()
    header = document.add_table(rows=3, cols=2)
    for row, (left, right) in enumerate(zip(letter.header_left(), letter.header_right(), strict=True)):
        header.cell(row, 0).text = left
        header.cell(row, 1).text = right
    document.add_paragraph(letter.kind)
    document.add_paragraph(letter.subject)
    for paragraph in letter.paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, cells in enumerate(table):
            for c, cell in enumerate(cells):
                grid.cell(r, c).text = cell
    document.add_paragraph("Đề nghị các cơ quan, đơn vị thực hiện nghiêm túc.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
