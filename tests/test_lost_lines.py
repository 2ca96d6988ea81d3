"""Body lines the page's read lost are read again one by one (`extractors.text.lost_lines`), on a rendered page."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extractors.text.lost_lines import lost_lines, reread_lost_lines
from extractors.text.ocr import OcrResult, ocr_image
from samples.tools.render import font

LINES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Xét đề nghị của Ban Tổ chức Tỉnh ủy tại Tờ trình số 31-TTr/BTCTU, ngày 20-02-2026,",
    "Điều 1. Cử đồng chí Lò Văn Quyết, Phó Bí thư Tỉnh ủy (trưởng đoàn); đồng chí Mạc",
    "Thị Hằng, Bí thư Đảng ủy xã Mai Châu đi công tác tại nước Cộng hòa Dân chủ Nhân dân Lào",
]
TOPS = [100, 180, 260, 340]


def _page(scrawl: bool = False) -> np.ndarray:
    page = Image.new("L", (2480, 480), 255)
    draw = ImageDraw.Draw(page)
    for top, line in zip(TOPS, LINES, strict=True):
        draw.text((150, top), line, fill=20, font=font("regular", 13))
    if scrawl:  # a signature's stroke: ink on a line's height, a fifth of the column wide
        draw.line([(1800, 420), (2200, 440)], fill=20, width=6)
    return np.asarray(page)


def _without_line(result: OcrResult, index: int) -> OcrResult:
    """The read with one line's words dropped, as tesseract's segmentation drops a line a stamp stands over."""
    top, bottom = TOPS[index] - 10, TOPS[index] + 60
    words = [w for w in result.words if not top <= w.box.top + w.box.height / 2 < bottom]
    return OcrResult(words=words, width=result.width, height=result.height, confidence=result.confidence)


def test_a_line_the_read_lost_is_found_and_read_alone() -> None:
    pixels = _page()
    read = ocr_image(pixels)
    lossy = _without_line(read, 2)
    assert len(lost_lines(lossy.words, pixels)) == 1
    again = reread_lost_lines(lossy, pixels, language="vie")
    added = [w for w in again.words if w not in lossy.words]
    assert "Quyết," in [w.text for w in added] and "Điều" in [w.text for w in added]
    assert len({w.line for w in added}) == 1 and min(w.line for w in added) > max(w.line for w in lossy.words)


def test_a_page_read_whole_or_ink_that_is_no_line_is_left_as_read() -> None:
    pixels = _page(scrawl=True)
    read = ocr_image(pixels)
    assert lost_lines(read.words, pixels) == []
    assert reread_lost_lines(read, pixels, language="vie") is read


def test_a_line_lost_between_read_lines_a_stamp_frame_joins_is_found() -> None:
    """A received stamp's frame stands across lines 2–4: its edges join their ink into one run, in which the read
    lines have their middles; the rows between them no read word covers are the lost line."""
    page = Image.fromarray(_page())
    ImageDraw.Draw(page).rectangle([(1500, TOPS[1] + 20), (2150, TOPS[3] + 45)], outline=20, width=14)
    pixels = np.asarray(page)
    lossy = _without_line(ocr_image(pixels), 2)
    assert len(lost_lines(lossy.words, pixels)) == 1
    added = [w.text for w in reread_lost_lines(lossy, pixels, language="vie").words if w not in lossy.words]
    assert "Quyết," in added and "Điều" in added
