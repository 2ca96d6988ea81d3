"""DocSpec → born-digital PDF (fpdf2, real text layer, member table as a real table) and DOCX (python-docx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

from samples.tools.render import font_path
from samples.tools.specs import DocSpec, Para


def write_pdf(spec: DocSpec, path: Path) -> None:
    """A PDF as a word processor exports it: selectable text in Liberation Serif, the same reading order."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))  # deterministic bytes
    for style, key in (("", "regular"), ("B", "bold"), ("I", "italic"), ("BI", "bolditalic")):
        pdf.add_font("Serif", style, str(font_path(key)))
    pdf.add_page()
    top = pdf.get_y()
    pdf.set_font("Serif", "", 12)
    for i, line in enumerate(spec.left):
        pdf.set_font("Serif", "B" if i == spec.issuer_lines - 1 else "", 12)
        pdf.set_xy(30, top + i * 6)
        pdf.cell(66, 6, line, align="C")
    left_end = top + len(spec.left) * 6
    for i, line in enumerate(spec.right):
        is_motto = i < len(spec.right) - 1 and ("," not in line or line.isupper())
        pdf.set_font("Serif", "B" if is_motto else "I", 12)
        pdf.set_xy(96, top + i * 6)
        pdf.cell(94, 6, line, align="C")
    pdf.set_y(max(left_end, top + len(spec.right) * 6) + 6)
    for line in spec.stamp:
        pdf.set_font("Serif", "", 10)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for i, line in enumerate(spec.title):
        pdf.set_font("Serif", "B", 14 if i == 0 else 13)
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in spec.kinh_gui:
        pdf.set_font("Serif", "", 13)
        pdf.set_x(60)
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    _pdf_body(pdf, spec.body)
    pdf.ln(4)
    needed = max(len(spec.noi_nhan) * 5, (len(spec.signature.lines) + 4) * 6 if spec.signature else 0)
    if pdf.get_y() + needed > pdf.h - pdf.b_margin:
        pdf.add_page()  # keep "Nơi nhận" and the signature together, as a clerk would
    y = pdf.get_y()
    for i, line in enumerate(spec.noi_nhan):
        pdf.set_font("Serif", "BI" if i == 0 else "", 12 if i == 0 else 11)
        pdf.set_xy(30, y + i * 5)
        pdf.cell(70, 5, line)
    if spec.signature:
        for i, line in enumerate([*spec.signature.lines, "", "", "", spec.signature.name]):
            pdf.set_font("Serif", "B", 13)
            pdf.set_xy(110, y + i * 6)
            pdf.cell(80, 6, line, align="C")
    if spec.appendix:
        pdf.add_page()
        _pdf_body(pdf, spec.appendix)
    pdf.output(str(path))


def _pdf_body(pdf: FPDF, body: list[Para]) -> None:
    for para in body:
        if para.kind == "table":
            pdf.set_font("Serif", "", 11)
            with pdf.table(col_widths=(8, 40, 60, 22), headings_style=FontFace(emphasis="BOLD")) as table:
                for row in para.rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(2)
        elif para.kind == "center":
            pdf.set_font("Serif", "B", 13)
            pdf.multi_cell(0, 7, para.text, align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Serif", "B" if para.kind == "heading" else "", 13)
            pdf.multi_cell(0, 7, para.text, align="J", new_x="LMARGIN", new_y="NEXT")


def write_docx(spec: DocSpec, path: Path) -> None:
    """A Word file: header as a borderless two-column table, members as a real table."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    header = doc.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.text = "\n".join(spec.left)
    right.text = "\n".join(spec.right)
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in spec.title:
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(line).bold = True
    for line in spec.kinh_gui:
        doc.add_paragraph(line)
    _docx_body(doc, spec.body)
    footer = doc.add_table(rows=1, cols=2)
    footer.rows[0].cells[0].text = "\n".join(spec.noi_nhan)
    if spec.signature:
        footer.rows[0].cells[1].text = "\n".join([*spec.signature.lines, "", "", spec.signature.name])
        footer.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.appendix:
        doc.add_page_break()
        _docx_body(doc, spec.appendix)
    doc.core_properties.author = "congvan samples"
    doc.save(str(path))


def _docx_body(doc: DocxDocument, body: list[Para]) -> None:  # type: ignore[valid-type]
    for para in body:
        if para.kind == "table":
            table = doc.add_table(rows=0, cols=len(para.rows[0]))  # type: ignore[attr-defined]
            table.style = "Table Grid"
            for row in para.rows:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.text = text
        else:
            paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
            run = paragraph.add_run(para.text)
            run.bold = para.kind in ("center", "heading")
            if para.kind == "center":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
