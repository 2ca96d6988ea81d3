"""Items for hand-filled values, on real scans (the real-scans material, dev split, skipped when absent) and on a
rendered scan whose number slot was left for a hand: whatever the machine does not read right is asked, with a
crop of the slot cut from the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.ingest.extract import extract_file
from pipeline.review import crops
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from pipeline.store.queue import queue
from schemas.document import Document
from tests.conftest import shared_material

pytestmark = [pytest.mark.slow, pytest.mark.ocr]
LABELS = Path(__file__).resolve().parent.parent / "samples" / "real" / "labels"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HAND_FILLED = ("rs_05_90_QD_CT", "rs_04_87_QDUB", "rs_16_574_UB")
"""Dev-split decisions whose number and day were filled in by hand (their labels say so)."""


def _queue_for(path: Path, db: Path) -> tuple[Document, dict[str, queue.QueueItem]]:
    document = extract_file(path, Settings(ocr_workers=1))
    con = open_db(db)
    try:
        load_documents(con, [document])
        items = {item.field: item for item in queue.open_items(con)}
        for item in items.values():
            crop = crops.render_crop(con, item.item_id, crops.crop_folder(db), Settings())
            assert crop.path is not None, crop.problem
            with Image.open(crop.path) as image:
                assert image.height < 400 and image.width < 1600  # the slot's line, not the page
        return document, items
    finally:
        con.close()


@pytest.mark.parametrize("name", HAND_FILLED)
def test_review_real_scan_hand_filled_values_are_read_right_or_asked(name: str, tmp_path: Path) -> None:
    path = shared_material("real-scans", f"{name}.pdf")
    label = json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))
    assert label["handwritten"]["number"] and label["handwritten"]["day"]
    document, found = _queue_for(path, tmp_path / "real.duckdb")
    read = {"number": document.number, "issue_date": document.issue_date and document.issue_date.isoformat()}
    for field in ("number", "issue_date"):
        if read[field] != label[field]:
            assert field in found, f"{field}: read {read[field]!r}, truth {label[field]!r}, and not asked"
            assert found[field].page == 1 and found[field].box is not None


def test_review_rendered_scan_with_a_blank_number_slot_is_asked(tmp_path: Path) -> None:
    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 42)
    lines = [
        ((250, 150), "ỦY BAN NHÂN DÂN"),
        ((1300, 150), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ((330, 215), "TỈNH LÂM HẢI"),
        ((1450, 215), "Độc lập - Tự do - Hạnh phúc"),
        ((250, 320), "Số:          /QĐ-UBND"),
        ((1350, 320), "Lâm Hải, ngày 05 tháng 3 năm 2025"),
        ((1000, 520), "QUYẾT ĐỊNH"),
        ((600, 600), "Về việc cử cán bộ đi công tác nước ngoài"),
    ]
    for where, text in lines:
        draw.text(where, text, fill=0, font=font)
    scan = tmp_path / "blank-number.png"
    page.save(scan, dpi=(300, 300))
    _, found = _queue_for(scan, tmp_path / "rendered.duckdb")
    assert found["number"].reason == "handwritten_unread"
    assert found["number"].candidate is None
