"""Readers without OCR: DOCX, plain text encodings, PDF text layer and tables, PDF and image refusals."""

import io
import struct
import unicodedata
import zlib

import pytest
from PIL import Image

from extractors.text.docx import read_docx
from extractors.text.image import frame_count, open_image
from extractors.text.pdf import open_pdf, read_text_layer
from extractors.text.plain import decode_text, read_plain
from schemas.document import TextSource
from schemas.errors import InputError
from tests.documents import Letter, docx_bytes, image_bytes, text_pdf

TEXT = "Căn cứ Quyết định số 15/QĐ-UBND ngày 18 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh về việc cử cán bộ."
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """What legacy Vietnamese Windows software writes: base letters precomposed, tone marks combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with its BOM
        (to_cp1258(TEXT), "cp1258"),
    ],
)
def test_text_plain_decodes_vietnamese_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_text(data)
    assert found == encoding
    assert unicodedata.normalize("NFC", text) == TEXT


def test_text_plain_cp1258_page_is_nfc() -> None:
    (page,) = read_plain(to_cp1258(TEXT))
    assert page.text == TEXT
    assert page.source is TextSource.PLAIN


def test_text_plain_form_feed_separates_pages() -> None:
    pages = read_plain("Trang một\fTrang hai".encode())
    assert [(p.number, p.text) for p in pages] == [(1, "Trang một"), (2, "Trang hai")]


def test_text_plain_a_table_typed_with_tabs_comes_as_cells() -> None:
    """Issue 13 (scenario 16): a typed table's rows as every reader gives them, cells joined by " | " (an empty cell
    kept, so the columns stay under their header); a two-column header's tab and a lone tabbed line stay."""
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÒA GIANG\tĐộc lập - Tự do - Hạnh phúc\n"
        "TT\tHọ và tên\tHọc hàm, học vị\tChức vụ, đơn vị\n"
        "1\tLò Văn An\tTS\tHiệu trưởng Trường Đại học Y\t\n"
        "2\tHà Thị Bình\t\tChuyên viên Phòng Đối ngoại\n"
        "Ghi chú\tmột\tdòng\n"
    )
    (page,) = read_plain(text.encode())
    assert page.text.split("\n") == [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH HÒA GIANG\tĐộc lập - Tự do - Hạnh phúc",
        "TT | Họ và tên | Học hàm, học vị | Chức vụ, đơn vị",
        "1 | Lò Văn An | TS | Hiệu trưởng Trường Đại học Y",
        "2 | Hà Thị Bình |  | Chuyên viên Phòng Đối ngoại",
        "Ghi chú | một | dòng",
        "",
    ]
    assert read_plain(b"Ghi chu\tmot\tdong\nket thuc\n")[0].text == "Ghi chu\tmot\tdong\nket thuc\n"


def test_text_docx_paragraphs_and_tables_in_order() -> None:
    table = [["STT", "Họ và tên", "Chức vụ"], ["1", "Phạm Quốc Khánh", "Phó Giám đốc Sở Ngoại vụ"]]
    (page,) = read_docx(docx_bytes(Letter(), table=table))
    lines = page.text.split("\n")
    assert page.source is TextSource.DOCX
    # the header layout table comes out as two blocks: issuing body and number, then motto and date
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÒA GIANG",
        "Số: 123/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hòa Giang, ngày 05 tháng 3 năm 2024",
    ]
    member_row = lines.index("1 | Phạm Quốc Khánh | Phó Giám đốc Sở Ngoại vụ")
    assert lines[member_row - 1] == "STT | Họ và tên | Chức vụ"
    assert (
        lines.index("Về việc cử cán bộ đi công tác nước ngoài")
        < member_row
        < lines.index("Đề nghị các cơ quan, đơn vị thực hiện nghiêm túc.")
    )


def test_text_docx_corrupt_is_input_error() -> None:
    with pytest.raises(InputError) as raised:
        read_docx(b"PK\x03\x04 not really a zip")
    assert raised.value.code == "docx.corrupt"


def test_text_pdf_text_layer_header_blocks_table_and_footnote() -> None:
    table = [["STT", "Họ và tên", "Chức vụ"], ["1", "Phạm Quốc Khánh", "Phó Giám đốc"]]
    data = text_pdf(Letter(footnote="¹ Theo kế hoạch đối ngoại năm 2024 của tỉnh."), table=table)
    (page,) = read_text_layer(data)
    lines = page.text.split("\n")
    assert page.source is TextSource.TEXT_LAYER
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH HÒA GIANG", "Số: 123/QĐ-UBND"]
    assert lines[3:6] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hòa Giang, ngày 05 tháng 3 năm 2024",
    ]
    assert "STT | Họ và tên | Chức vụ" in lines
    assert "1 | Phạm Quốc Khánh | Phó Giám đốc" in lines
    assert page.footnotes == "¹ Theo kế hoạch đối ngoại năm 2024 của tỉnh."
    assert "kế hoạch đối ngoại" not in page.text


def _encrypted_pdf() -> bytes:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(text_pdf(Letter())))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zero_page_pdf() -> bytes:
    pypdf = pytest.importorskip("pypdf")
    buffer = io.BytesIO()
    pypdf.PdfWriter().write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (_encrypted_pdf, "pdf.encrypted"),
        (lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50, "pdf.corrupt"),
        (lambda: text_pdf(Letter())[:300], "pdf.corrupt"),  # truncated
        (_zero_page_pdf, "pdf.empty"),
    ],
    ids=["encrypted", "garbage", "truncated", "zero-pages"],
)
def test_text_pdf_refusals(make, code: str) -> None:
    with pytest.raises(InputError) as raised:
        open_pdf(make())
    assert raised.value.code == code


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge image: a decompression bomb's signature."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_text_image_decompression_bomb_refused_before_decoding() -> None:
    with pytest.raises(InputError) as raised:
        open_image(png_header_only(100_000, 100_000), max_pixels=200_000_000)
    assert raised.value.code == "image.too_large"


def test_text_image_limit_is_the_setting() -> None:
    data = image_bytes(Image.new("L", (300, 300), 255))
    assert frame_count(data, max_pixels=90_000) == 1
    with pytest.raises(InputError, match="larger than the limit"):
        open_image(data, max_pixels=89_999)


def test_text_image_multipage_tiff_counts_frames() -> None:
    frames = [Image.new("L", (200, 100), shade) for shade in (255, 200, 150)]
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    assert frame_count(data, max_pixels=10**6) == 3


def test_text_image_corrupt_is_input_error() -> None:
    with pytest.raises(InputError) as raised:
        open_image(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, max_pixels=10**6)
    assert raised.value.code == "image.corrupt"


def test_text_image_limit_above_pillows_default_is_honoured() -> None:
    """Pillow refuses > 89.5 Mpx by default; the setting (here 500 Mpx) is the limit applied."""
    assert frame_count(png_header_only(10_000, 10_000), max_pixels=500_000_000) == 1
    with pytest.raises(InputError, match="larger than the limit"):
        open_image(png_header_only(10_000, 10_000), max_pixels=99_999_999)


def huge_page_pdf(points: int) -> bytes:
    """A one-page PDF of `points`×`points` pt holding a 1×1 image: a few hundred bytes, a page-size bomb."""
    import pypdfium2

    document = pypdfium2.PdfDocument.new()
    page = document.new_page(points, points)
    picture = pypdfium2.PdfImage.new(document)
    picture.set_bitmap(pypdfium2.PdfBitmap.from_pil(Image.new("L", (1, 1), 0)))
    page.insert_obj(picture)
    page.gen_content()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_text_pdf_page_size_bomb_refused_before_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2

    from extractors.text.pdf import render_page

    data = huge_page_pdf(4000)
    assert len(data) < 2000
    rendered: list[float] = []
    real = pypdfium2.PdfPage.render
    monkeypatch.setattr(
        pypdfium2.PdfPage, "render", lambda page, **kw: rendered.append(kw["scale"]) or real(page, **kw)
    )
    document = open_pdf(data)
    try:
        with pytest.raises(InputError, match="4000×4000 pt, 278 Mpx at 300 dpi") as raised:
            render_page(document, 0, 300, 200_000_000)
        assert raised.value.code == "pdf.page_too_large" and rendered == []
        assert render_page(document, 0, 10, 200_000_000).size == (556, 556)  # within the limit: rendered
    finally:
        document.close()
