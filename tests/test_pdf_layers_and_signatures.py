"""A PDF text layer is used only when it is the page's text; digital signatures are read from their fields."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from PIL import Image

from extractors.signature import find_signer
from extractors.text.pdf import Layer, layer_kind, needs_ocr, read_text_layer
from extractors.text.signatures import signature_boxes, signing_time
from extractors.vntext import lines
from schemas.document import Page, TextSource
from tests.scanpaper import scan_with_stamp_layer

STAMP = "Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi\nThời gian ký: 17/01/2025 08:15:24"


def _scan(stamp: str) -> bytes:
    return scan_with_stamp_layer(Image.new("RGB", (620, 877), "white"), stamp)


def test_a_stamp_only_layer_on_a_scan_is_a_stamp_and_the_page_awaits_ocr() -> None:
    data = _scan(STAMP)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert layer_kind(pdf.pages[0]) is Layer.STAMP
    (page,) = read_text_layer(data)
    assert page is not None and needs_ocr(page) and page.source is TextSource.OCR
    assert "Thời gian ký: 17/01/2025" in page.stamp_layers[0].text and page.stamp_layers[0].box is not None


def test_a_scanners_layer_in_another_language_is_replaced_by_ocr() -> None:
    english = " ".join(["The quick brown fox jumps over the lazy dog near the river bank."] * 12)
    with pdfplumber.open(io.BytesIO(_scan(english))) as pdf:
        assert layer_kind(pdf.pages[0]) is Layer.NONE


def test_needs_ocr() -> None:
    assert needs_ocr(None)
    assert not needs_ocr(Page(number=1, source=TextSource.TEXT_LAYER, text="Số: 12/QĐ-UBND"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (b"D:20250207145955+07'00'", dt.datetime(2025, 2, 7, 14, 59, 55, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
        ("D:20250207145955", dt.datetime(2025, 2, 7, 14, 59, 55)),
        ("D:20251332000000", None),
        (None, None),
    ],
)
def test_signing_time(value: object, expected: dt.datetime | None) -> None:
    assert signing_time(value) == expected


def test_a_pdf_without_signature_fields_has_no_signature_boxes() -> None:
    assert signature_boxes(_scan(STAMP)) == {}
    assert signature_boxes(b"%PDF-1.4 garbage") == {}


def test_signer_name_ocr_put_beside_a_recipient_or_followed_by_a_speck() -> None:
    merged = "CHỦ TỊCH\nNơi nhận:\n- Như trên;\n- Sở Nội vụ; Nguyễn Hoàng Giang\n- Lưu: VT."
    signer = find_signer(lines(merged), merged, ocr=True)
    assert signer is not None and (signer.name, signer.title) == ("Nguyễn Hoàng Giang", "Chủ tịch")
    speck = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Phước Hiền K"
    signer = find_signer(lines(speck), speck, ocr=True)
    assert signer is not None and signer.name == "Trần Phước Hiền"
    assert find_signer(lines(merged), merged) is None  # clean text: no such repair


@pytest.mark.parametrize(
    ("read", "title"),
    [
        ("PHÓ CHỦ TỊC", "Phó Chủ tịch"),
        ("CHU TỊCH", "Chủ tịch"),
        ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "Phó Chủ tịch Thường trực"),  # the qualifier as the lexicon writes it
    ],
)
def test_an_ocr_signature_title_takes_the_known_spelling_only_when_nearly_it(read: str, title: str) -> None:
    text = f"KT. CHỦ TỊCH\n{read}\nTrần Phước Hiền"
    signer = find_signer(lines(text), text, ocr=True)
    assert signer is not None and signer.title == title
