"""Layout from word boxes (no OCR needed): header and signature blocks, body order, footnotes."""

from extractors.text.layout import arrange_words, segments_from_words, word_height
from schemas.document import Box, Word

WIDTH, HEIGHT = 2480, 3508


def line(text: str, left: int, top: int, line_id: int, *, height: int = 40, confidence: float = 95.0) -> list[Word]:
    """Words of one OCR line laid left to right (26 px per character, 14 px spaces)."""
    words, x = [], left
    for token in text.split():
        width = 26 * len(token)
        words.append(
            Word(text=token, box=Box(left=x, top=top, width=width, height=height), confidence=confidence, line=line_id)
        )
        x += width + 14
    return words


def page(*lines: list[Word]) -> list[Word]:
    return [word for words in lines for word in words]


def header_page() -> list[Word]:
    """The header as tesseract often returns it: each printed row one OCR line across both columns."""
    rows = [
        ("ỦY BAN NHÂN DÂN", 480, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1150, 240),
        ("TỈNH HÒA GIANG", 520, "Độc lập - Tự do - Hạnh phúc", 1300, 320),
        ("Số: 123/QĐ-UBND", 500, "Hòa Giang, ngày 05 tháng 3 năm 2024", 1200, 440),
    ]
    words: list[Word] = []
    for number, (left_text, left_x, right_text, right_x, top) in enumerate(rows):
        words += line(left_text, left_x, top, number) + line(right_text, right_x, top + 6, number)
    words += line("_", 1090, 236, 0, confidence=20)  # a speck between the columns
    words += line("QUYẾT ĐỊNH", 1080, 640, 10)
    words += line("Về việc cử cán bộ đi công tác nước ngoài", 760, 730, 11)
    words += line("Điều 1. Cử ông Phạm Quốc Khánh, Phó Giám đốc Sở Ngoại vụ, đi công tác", 354, 900, 12)
    words += line("tại Nhật Bản từ ngày 10 tháng 4 năm 2024.", 354, 980, 13)
    return words


def test_layout_header_is_two_blocks_not_interleaved() -> None:
    layout, words = arrange_words(header_page(), WIDTH, HEIGHT)
    assert layout.lines == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH HÒA GIANG",
        "Số: 123/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hòa Giang, ngày 05 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc cử cán bộ đi công tác nước ngoài",
        "Điều 1. Cử ông Phạm Quốc Khánh, Phó Giám đốc Sở Ngoại vụ, đi công tác",
        "tại Nhật Bản từ ngày 10 tháng 4 năm 2024.",
    ]
    assert "_" not in {w.text for w in words}  # noise dropped
    blocks = {w.text: w.block for w in words}
    assert blocks["Số:"] == blocks["ỦY"] != blocks["CỘNG"] == blocks["Hòa"]
    assert [w.line for w in words if w.text == "Số:"] == [2]


def test_layout_kinh_gui_after_header_is_body() -> None:
    """A công văn's "Kính gửi:" row (label left, addressee indented right) is not part of the header."""
    words = page(
        line("ỦY BAN NHÂN DÂN", 480, 240, 0) + line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1150, 240, 0),
        line("Số: 45/UBND-NC", 500, 320, 1) + line("Hòa Giang, ngày 05 tháng 3 năm 2024", 1200, 320, 1),
        line("V/v quản lý đoàn ra", 500, 400, 2),
        line("Kính gửi:", 700, 560, 3) + line("- Các sở, ban, ngành tỉnh;", 1100, 560, 3),
        line("- UBND các huyện.", 1100, 640, 4),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines == [
        "ỦY BAN NHÂN DÂN",
        "Số: 45/UBND-NC",
        "V/v quản lý đoàn ra",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hòa Giang, ngày 05 tháng 3 năm 2024",
        "Kính gửi: - Các sở, ban, ngành tỉnh;",
        "- UBND các huyện.",
    ]


def test_layout_signature_area_is_two_blocks() -> None:
    words = page(
        line("Điều 3. Chánh Văn phòng và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành", 354, 2000, 0),
        line("Quyết định này.", 354, 2080, 1),
        line("Nơi nhận:", 354, 2200, 2) + line("KT. CHỦ TỊCH", 1450, 2205, 2),
        line("- Như Điều 3;", 354, 2270, 3) + line("PHÓ CHỦ TỊCH", 1440, 2275, 3),
        line("- Lưu: VT.", 354, 2340, 4),
        line("Trần Minh Đức", 1430, 2600, 5),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines == [
        "Điều 3. Chánh Văn phòng và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành",
        "Quyết định này.",
        "Nơi nhận:",
        "- Như Điều 3;",
        "- Lưu: VT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Minh Đức",
    ]


def test_layout_body_columns_elsewhere_stay_rows() -> None:
    """Two runs side by side in the body (a tab-aligned list) are read row by row, not as blocks."""
    words = page(
        line("Điều 1. Thành phần đoàn gồm các ông, bà có tên sau đây đi công tác nước ngoài:", 354, 1500, 0),
        line("1. Ông Phạm Quốc Khánh", 354, 1580, 1) + line("Phó Giám đốc Sở Ngoại vụ", 1400, 1580, 1),
        line("2. Bà Lê Thị Thu Hằng", 354, 1660, 2) + line("Chuyên viên", 1400, 1660, 2),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[1:] == [
        "1. Ông Phạm Quốc Khánh Phó Giám đốc Sở Ngoại vụ",
        "2. Bà Lê Thị Thu Hằng Chuyên viên",
    ]


def test_layout_footnotes_below_rule_kept_apart() -> None:
    words = page(
        line("Kết quả chuyến công tác được báo cáo theo đúng thời hạn quy định.", 354, 2900, 0),
        line("1 Theo Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024.", 354, 3250, 1, height=30),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT, rule_y=3220)
    assert layout.lines == ["Kết quả chuyến công tác được báo cáo theo đúng thời hạn quy định."]
    assert layout.footnotes == ["1 Theo Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024."]


def test_layout_footnote_marker_without_rule() -> None:
    words = page(
        line("Đoàn thực hiện theo kế hoạch đã được phê duyệt.", 354, 2900, 0),
        line("¹Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024.", 354, 3250, 1, height=30),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.footnotes == ["¹Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024."]


def test_layout_numbered_body_line_is_not_a_footnote() -> None:
    words = page(line("1. Ông Phạm Quốc Khánh, Phó Giám đốc Sở Ngoại vụ;", 354, 3000, 0))
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.footnotes == []
    assert layout.lines == ["1. Ông Phạm Quốc Khánh, Phó Giám đốc Sở Ngoại vụ;"]


def test_layout_empty_page() -> None:
    layout, words = arrange_words([], WIDTH, HEIGHT)
    assert (layout.lines, layout.footnotes, words) == ([], [], [])


def test_layout_a_tall_speck_does_not_pull_the_next_line_into_an_indented_first_line() -> None:
    """On a scan, marks and specks read tall ("ủ ủy", 74 px) make the indented first line's box reach into
    the line under it: the two stay two lines, the first one first. Boxes as tesseract gave them on a real
    scan (rs_01, page 1), text shortened."""
    first = [  # (text, left, top, height), tesseract line 0
        ("Thực", 551, 1743, 51), ("hiện", 684, 1742, 66), ("Kết", 798, 1730, 54), ("luận", 895, 1742, 51),
        ("của", 1008, 1742, 42), ("Ban", 1103, 1743, 41), ("Thường", 1211, 1742, 54), ("vụ", 1408, 1756, 38),
        ("Tỉnh", 1482, 1743, 41), ("ủ", 1595, 1726, 74), ("ủy", 1607, 1757, 63), ("về", 1680, 1731, 54),
        ("công", 1753, 1744, 65), ("tác", 1878, 1744, 41), ("cán", 1963, 1744, 42), ("bộ", 2055, 1744, 51),
    ]  # fmt: skip
    second = [  # tesseract line 1
        ("Thông", 405, 1810, 54), ("báo", 566, 1810, 42), ("số", 668, 1798, 54), ("1098-TB/BTCTU", 742, 1809, 43),
        ("ngày", 1152, 1810, 54), ("24/01/2025", 1283, 1809, 43), ("của", 1566, 1810, 42), ("Ban", 1667, 1812, 40),
        ("Tổ", 1787, 1799, 54), ("chức", 1864, 1811, 42), ("Tỉnh", 1998, 1811, 42), ("ủy):", 2122, 1811, 54),
    ]  # fmt: skip
    words = [
        Word(text=text, box=Box(left=left, top=top, width=22 * len(text), height=height), confidence=90, line=number)
        for number, run in enumerate((first, second))
        for text, left, top, height in run
    ]
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines == [
        "Thực hiện Kết luận của Ban Thường vụ Tỉnh ủ ủy về công tác cán bộ",
        "Thông báo số 1098-TB/BTCTU ngày 24/01/2025 của Ban Tổ chức Tỉnh ủy):",
    ]


def test_layout_a_number_in_parentheses_continuing_a_sentence_is_not_a_footnote() -> None:
    """ "không quá chín\\n(09) người, …" low on the page (Lạng Sơn's dispatch lost items 2–4 to footnotes);
    "(1) Theo …" and "(*) Số liệu …" stay footnotes."""
    words = page(
        line("2. Số lượng thành viên mỗi đoàn không quá chín", 354, 2800, 0),
        line("(09) người, kể cả trưởng đoàn. Không cử cùng lúc", 354, 2860, 1),
        line("3. Mỗi chuyến không đi quá ba nước;", 354, 2920, 2),
        line("(05) ngày, chưa kể thời gian đi và về.", 354, 2980, 3),
        line("(1) Theo Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024.", 354, 3250, 4, height=30),
    )
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[1] == "(09) người, kể cả trưởng đoàn. Không cử cùng lúc"
    assert layout.lines[3] == "(05) ngày, chưa kể thời gian đi và về."
    assert layout.footnotes == ["(1) Theo Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024."]
    starred = page(
        line("Đoàn thực hiện theo kế hoạch đã được phê duyệt.", 354, 2900, 0),
        line("(*) Số liệu tính đến ngày 30/6/2024.", 354, 3250, 1, height=30),
    )
    assert arrange_words(starred, WIDTH, HEIGHT)[0].footnotes == ["(*) Số liệu tính đến ngày 30/6/2024."]


def test_segments_asked_again_are_the_same_and_follow_any_changed_word() -> None:
    """The page's steps share the segments of the same words (the last answer is kept): a new list of the same
    words gets it again, a list with one word replaced, another unit or other skipped words get their own."""
    words = header_page()
    unit = word_height(words)
    first = segments_from_words(words, unit)
    assert segments_from_words(list(words), unit) == first
    changed = [*words[:-1], words[-1].model_copy(update={"text": "2025."})]
    assert segments_from_words(changed, unit)[-1].text.endswith("2025.")
    assert segments_from_words(words, unit) == first
    assert segments_from_words(words, unit, skip=frozenset({0})) != first
    assert segments_from_words(words, 10 * unit) != first  # the header's two columns one segment
    assert segments_from_words(words[:-1], unit) != first


def test_a_toner_dot_read_as_a_dash_is_dropped_however_close_and_sure() -> None:
    """A photocopy's 2×2-pixel speck just after "ngày", read "-" at 93, cut the trip's dates ("từ ngày -"); a
    printed dash (13×5) between words stays."""
    words = line("Thời gian: từ ngày", 354, 900, 0)
    end = words[-1].box.left + words[-1].box.width
    words.append(Word(text="-", box=Box(left=end + 26, top=911, width=2, height=2), confidence=93.0, line=0))
    words += line("Độc lập", 354, 1000, 1)
    words.append(
        Word(text="-", box=Box(left=words[-1].box.left + 90, top=1018, width=13, height=5), confidence=93.0, line=1)
    )
    words += line("Tự do", words[-1].box.left + 27, 1000, 1)
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines == ["Thời gian: từ ngày", "Độc lập - Tự do"]
