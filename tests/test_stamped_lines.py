"""Body lines a received stamp garbled on a grey scan are read again, line by line, with the stamp's lighter ink
made paper (`extractors.text.lost_lines.reread_stamped_lines`), on a rendered page."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from extractors.members import find_members
from extractors.text.layout import arrange_words
from extractors.text.lost_lines import _cut, reread_stamped_lines
from extractors.text.ocr import OcrResult, ocr_image
from extractors.vntext import fold
from samples.tools.render import font
from schemas.document import Box, Word

LINES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
    "Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 88/TTr-SCT ngày 16/10/2026.",
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 02/11/2026",
    "đến ngày 06/11/2026, để tham dự Hội chợ công nghiệp chế biến nông sản của tỉnh:",
    "1. Ông Vũ Đức Thắng, Giám đốc Sở Công Thương - Trưởng đoàn;",
    "2. Bà Mai Thị Hằng, Trưởng phòng Quản lý thương mại, Sở Công Thương;",
    "3. Ông Phùng Đức Anh, Chuyên viên Sở Công Thương.",
    "Điều 2. Kinh phí: Chi phí của các thành viên Đoàn từ ngân sách tỉnh năm 2026.",
    "Điều 3. Chậm nhất sau mười (10) ngày làm việc kể từ ngày về nước, trưởng đoàn",
    "có trách nhiệm báo cáo kết quả chuyến công tác bằng văn bản theo quy định.",
]


def _page(stamp: bool) -> np.ndarray:
    """The lines in near-black print; with `stamp`, a received stamp's frame and lettering in light gray
    across the member list, as a grey scan keeps it."""
    page = Image.new("L", (2480, 1100), 255)
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(LINES):
        draw.text((200, 80 + 75 * index), line, fill=25, font=font("regular", 13))
    if stamp:
        layer = Image.new("L", (820, 300), 255)
        ink = ImageDraw.Draw(layer)
        ink.rectangle((4, 4, 815, 295), outline=150, width=6)
        ink.text((410, 18), "SỞ NỘI VỤ TỈNH NINH BÌNH", fill=150, font=font("sansbold", 11), anchor="ma")
        ink.text((40, 90), "ĐẾN", fill=150, font=font("sansbold", 30))
        ink.text((330, 110), "Số: ..........", fill=150, font=font("regular", 12))
        ink.text((330, 190), "Ngày: ..........", fill=150, font=font("regular", 12))
        under = np.asarray(page.crop((500, 340, 1320, 640)), dtype=np.uint16)
        page.paste(Image.fromarray((under * np.asarray(layer, dtype=np.uint16) // 255).astype(np.uint8)), (500, 340))
    return np.asarray(page)


def _text(result: OcrResult) -> str:
    return arrange_words(result.words, result.width, result.height)[0].text


def test_member_lines_under_a_light_stamp_are_read_again_without_it() -> None:
    pixels = _page(stamp=True)
    read = ocr_image(pixels)
    assert "Mai Thị Hằng, Trưởng phòng" not in _text(read)  # the stamp garbled the list
    again = _text(reread_stamped_lines(read, pixels, language="vie"))
    assert "2. Bà Mai Thị Hằng, Trưởng phòng Quản lý thương mại, Sở Công Thương;" in again
    assert [fold(m.name) for m in find_members(again)] == ["vu duc thang", "mai thi hang", "phung duc anh"]


def test_a_page_read_sure_is_left_as_read() -> None:
    pixels = _page(stamp=False)
    read = ocr_image(pixels)
    assert reread_stamped_lines(read, pixels, language="vie") is read


def _word(text: str, left: int, width: int) -> Word:
    return Word(text=text, box=Box(left=left, top=100, width=width, height=40), confidence=95.0)


def test_a_body_line_whose_print_runs_on_past_its_read_words_is_cut() -> None:
    """Issue 13 (scenario 27's 560): tesseract, sure of "… Sở Y tế; T", dropped the print after it beside a stamp;
    print that runs on from a line's last word is words lost, a blank then a seal's column far right is not, nor a
    paragraph's last line."""
    pixels = np.full((300, 2400), 255, dtype=np.uint8)
    pixels[105:135, 200:1000] = 0  # the words read
    words = [_word("Sở", 200, 300), _word("tế;", 520, 300), _word("T", 840, 160)]
    pixels[105:135, 1010:1500:30] = 0  # print strokes after "T", a blank narrower than a word height between them
    assert _cut(words, pixels, 40.0, 200, 2200)
    pixels[105:135, 1010:1500] = 255
    assert not _cut(words, pixels, 40.0, 200, 2200)  # the paragraph's last line
    pixels[105:135, 1800:2100] = 0  # the signature block's column, far right after a blank
    assert not _cut(words, pixels, 40.0, 200, 2200)
