"""End to end through OCR: rendered state-document pages as PNG, TIFF, scanned and mixed PDFs."""

from pathlib import Path

import pytest

from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from schemas.document import Status, TextSource
from tests.documents import Letter, degrade, image_bytes, render_letter, scanned_pdf, text_pdf

pytestmark = [pytest.mark.slow, pytest.mark.ocr]

LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH HÒA GIANG", "Số: 123/QĐ-UBND"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa Giang, ngày 05 tháng 3 năm 2024"]


def assert_header_blocks(text: str) -> None:
    lines = text.split("\n")
    assert "Số: 123/QĐ-UBND" in lines
    assert "Hòa Giang, ngày 05 tháng 3 năm 2024" in lines
    positions = [lines.index(line) for line in LEFT + RIGHT if line in lines]
    assert positions == sorted(positions)  # all left-block lines, then all right-block lines
    assert lines.index("Số: 123/QĐ-UBND") < lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_ingest_ocr_scanned_page_finds_number_and_date(tmp_path: Path) -> None:
    image, _ = render_letter(Letter(footnote="¹ Theo Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024."))
    path = tmp_path / "quyet-dinh.png"
    path.write_bytes(image_bytes(degrade(image, angle=0.4, noise=10, jpeg_quality=60)))
    document = extract_file(path, Settings(ocr_workers=1))
    assert document.status is Status.OK, document.errors
    assert document.source.text_source is TextSource.OCR
    assert document.source.ocr_confidence is not None and document.source.ocr_confidence > 70
    assert_header_blocks(document.text)
    (page,) = document.pages
    assert "Kế hoạch số 12/KH-UBND" in page.footnotes and "Kế hoạch số 12" not in page.text
    assert any(word.text == "123/QĐ-UBND" for word in page.words)


def test_ingest_ocr_scanned_pdf_in_parallel_keeps_page_order(tmp_path: Path) -> None:
    first, _ = render_letter(Letter())
    second, _ = render_letter(Letter(number="124/QĐ-UBND", day="06"))
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf([first, second]))
    document = extract_file(path, Settings(ocr_workers=2))
    assert document.status is Status.OK
    assert [p.number for p in document.pages] == [1, 2]
    assert "Số: 123/QĐ-UBND" in document.pages[0].text and "Số: 124/QĐ-UBND" in document.pages[1].text
    assert document.text == document.pages[0].text + "\f" + document.pages[1].text


def _mixed_pdf(tmp_path: Path) -> Path:
    """A typed page (text layer) followed by a scanned one (decision 77/QĐ-UBND)."""
    import io

    pypdf = pytest.importorskip("pypdf")
    scan, _ = render_letter(Letter(number="77/QĐ-UBND"))
    writer = pypdf.PdfWriter()
    writer.append(io.BytesIO(text_pdf(Letter())))
    writer.append(io.BytesIO(scanned_pdf([scan])))
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "mixed.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def test_ingest_ocr_mixed_pdf_decided_page_by_page(tmp_path: Path) -> None:
    path = _mixed_pdf(tmp_path)
    document = extract_file(path, Settings(ocr_workers=1))
    assert document.source.text_source is TextSource.MIXED
    assert [p.source for p in document.pages] == [TextSource.TEXT_LAYER, TextSource.OCR]
    assert "Số: 77/QĐ-UBND" in document.pages[1].text.split("\n")
    assert document.source.ocr_confidence == document.pages[1].confidence


def test_ingest_ocr_timeout_leaves_the_page_empty_with_an_error(tmp_path: Path) -> None:
    """As OCRmyPDF's --tesseract-timeout: the page over the limit is empty, the others are kept."""
    document = extract_file(_mixed_pdf(tmp_path), Settings(ocr_workers=1, ocr_timeout_s=0.001))
    assert document.status is Status.PARTIAL
    assert [(p.source, p.text) for p in document.pages][1] == (TextSource.OCR, "")
    assert "Số: 123/QĐ-UBND" in document.pages[0].text
    assert [(e.code, e.page) for e in document.errors] == [("ocr.timeout", 2)]


def test_ingest_ocr_multipage_tiff(tmp_path: Path) -> None:
    first, _ = render_letter(Letter())
    second, _ = render_letter(Letter(number="125/QĐ-UBND"))
    path = tmp_path / "scan.tif"
    path.write_bytes(image_bytes(first, "TIFF", save_all=True, append_images=[second], compression="tiff_lzw"))
    document = extract_file(path, Settings(ocr_workers=2))
    assert [p.source for p in document.pages] == [TextSource.OCR, TextSource.OCR]
    assert "Số: 125/QĐ-UBND" in document.pages[1].text.split("\n")


def test_ingest_ocr_blank_scan_is_text_empty(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "blank.png"
    path.write_bytes(image_bytes(Image.new("L", (1240, 1754), 255)))
    document = extract_file(path, Settings(ocr_workers=1))
    assert document.status is Status.FAILED
    assert [e.code for e in document.errors] == ["text.empty"]


def test_ingest_ocr_concurrent_scanned_pdfs_keep_their_own_pages(tmp_path: Path) -> None:
    """The ingest flow extracts documents on threads (one OCR process each): pages never cross files,
    and pdfium (not thread-safe) is never entered by two threads at once."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    numbers = ["111/QĐ-UBND", "222/QĐ-UBND"]
    paths = []
    for number in numbers:
        image, _ = render_letter(Letter(number=number))
        path = tmp_path / f"{number[:3]}.pdf"
        path.write_bytes(scanned_pdf([image, image, image]))
        paths.append(path)
    barrier = Barrier(len(paths))

    def extract(path: Path) -> list[str]:
        barrier.wait()
        document = extract_file(path, Settings(ocr_workers=1))
        assert document.status is Status.OK, document.errors
        return [next(w.text for w in page.words if w.text.endswith("/QĐ-UBND")) for page in document.pages]

    with ThreadPoolExecutor(len(paths)) as pool:
        found = list(pool.map(extract, paths))
    assert found == [[number] * 3 for number in numbers]
