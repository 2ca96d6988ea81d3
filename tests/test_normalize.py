"""Normalisation: each step table-driven, then the whole chain."""

import pytest

from extractors.normalize import (
    fix_ocr_confusions,
    fold_characters,
    join_hyphenated,
    normalize_text,
    normalize_whitespace,
    normalize_word,
    place_tone_marks,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Quye\u0302\u0301t đi\u0323nh", "Quyết định"),  # decomposed (NFD) → NFC
        ("15/Q\u00d0-UBND", "15/QĐ-UBND"),  # Icelandic eth from tesseract → Đ
        ("\u00f0i công tác", "đi công tác"),
        ("Số:\u00a0123", "Số: 123"),
        ("Ủy\u200b ban", "Ủy ban"),
    ],
)
def test_normalize_fold_characters(raw: str, expected: str) -> None:
    assert fold_characters(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("thuỷ lợi", "thủy lợi"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("Thuỵ Sĩ", "Thụy Sĩ"),
        ("hòa", "hòa"),  # already in the convention
        ("hoàn thành", "hoàn thành"),  # closed syllable: the mark stays on the second vowel
        ("quý", "quý"),  # "qu": the u belongs to the consonant
        ("khuyến khích", "khuyến khích"),
        ("ngoài", "ngoài"),  # three vowels: the mark stays in the middle
        ("thuở", "thuở"),
        ("Gíam đốc Sở", "Giám đốc Sở"),  # a mark typed on the "i" of "gi" goes to the vowel
        ("gíao dục", "giáo dục"),
        ("qúa trình", "quá trình"),  # … and off the "u" of "qu"
        ("GÍAM ĐỐC", "GIÁM ĐỐC"),
        ("gìương", "giường"),  # a vowel with a horn takes it
        ("gìn giữ", "gìn giữ"),  # "gi" alone before a consonant: the i is the vowel
        ("gì", "gì"),
    ],
)
def test_normalize_tone_mark_convention(raw: str, expected: str) -> None:
    assert place_tone_marks(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Số:   123/QĐ-UBND  \t", "Số: 123/QĐ-UBND"),
        ("a\r\nb", "a\nb"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("trang 1\n\fTrang  2", "trang 1\fTrang 2"),
    ],
)
def test_normalize_whitespace(raw: str, expected: str) -> None:
    assert normalize_whitespace(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("đi Ô-xtrây-\nli-a và Nhật Bản", "đi Ô-xtrây-li-a\nvà Nhật Bản"),
        ("Công văn số 1271/UBND-\nNC ngày", "Công văn số 1271/UBND-NC\nngày"),
        ("- Như trên;\n- Lưu: VT.", "- Như trên;\n- Lưu: VT."),  # list dashes are not word breaks
        ("Hà Nội -\nHuế", "Hà Nội -\nHuế"),  # a spaced dash is not a hyphen
    ],
)
def test_normalize_join_hyphenated(raw: str, expected: str) -> None:
    assert join_hyphenated(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("S6: 123/QĐ-UBND", "Số: 123/QĐ-UBND"),
        ("Sô: 45/UBND-NC", "Số: 45/UBND-NC"),
        ("So: /UBND-VP", "Số: /UBND-VP"),  # a number left blank for hand-filling
        ("Sở: Ngoại vụ", "Sở: Ngoại vụ"),  # not before a number: untouched
        ("Căn cứ Quyết định số 15/QD-UBND", "Căn cứ Quyết định số 15/QĐ-UBND"),
        ("Quy định số 262-QD/TU", "Quy định số 262-QĐ/TU"),
        ("Nghị định số 81/2014/ND-CP", "Nghị định số 81/2014/NĐ-CP"),
        ("Nghị quyết số 12/NQ-HDND", "Nghị quyết số 12/NQ-HĐND"),
        ("Quyết định số 77/QĐĐ-UBND", "Quyết định số 77/QĐ-UBND"),  # one Đ read twice
        ("Số: 503/QĐĐĐ-ĐHQG", "Số: 503/QĐ-ĐHQG"),  # and three times (a fax, scenario 16)
        ("Số: 5/ĐĐBQH-TH", "Số: 5/ĐĐBQH-TH"),  # a real pair in another part: left to the number's reader
        ("Công văn số 64/TNMT-ĐĐBĐ", "Công văn số 64/TNMT-ĐĐBĐ"),  # Đo đạc, Bản đồ: two words with "Đ"
        ("QD ngoài số hiệu", "QD ngoài số hiệu"),  # outside a document symbol: no guess
        ("Hà Nội, ngay 05 thang 3 nam 2024", "Hà Nội, ngày 05 tháng 3 năm 2024"),
        ("ngay mai", "ngay mai"),  # a real word when not in a dateline
        ("Luật Tô chức chính quyên địa phương", "Luật Tổ chức chính quyền địa phương"),
        ("sửa đôi, bộ sung một sô điêu", "sửa đổi, bổ sung một số điều"),
        ("BAN TÔ CHỨC", "BAN TỔ CHỨC"),
        ("Luật Tổ chức chính\nquyên địa phương", "Luật Tổ chức chính\nquyền địa phương"),  # over a line break
        ("Tô Chức Trung", "Tô Chức Trung"),  # a person's name in title case: not the phrase
        ("gửi Tờ trình chậm nhật mười (10) ngày", "gửi Tờ trình chậm nhất mười (10) ngày"),  # ấ read ậ (a fax)
        ("Hàng Nhật", "Hàng Nhật"),  # "Nhật" after another word: untouched
        ("từ ngày 19/4/0036 đến ngày-18/4/2026", "từ ngày 19/4/0036 đến ngày 18/4/2026"),  # a stamp's rule
        ("Số 12/QĐ-UBND NGÀY – 03/4/2026", "Số 12/QĐ-UBND NGÀY 03/4/2026"),
        ("từ ngày 14 - 18/4/2026", "từ ngày 14 - 18/4/2026"),  # a range's dash, between two dates
        ("Ngày-tháng-năm sinh", "Ngày-tháng-năm sinh"),  # no date after it
    ],
)
def test_normalize_ocr_confusions(raw: str, expected: str) -> None:
    assert fix_ocr_confusions(raw) == expected


def test_normalize_text_runs_every_step() -> None:
    raw = "S6:  15/QD-UBND\nCỘNG HOÀ XÃ HỘI\n\n\n\nđi Ô-xtrây-\nli-a  "
    assert normalize_text(raw) == "Số: 15/QĐ-UBND\nCỘNG HÒA XÃ HỘI\n\nđi Ô-xtrây-li-a"


def test_normalize_word_matches_text_convention() -> None:
    assert normalize_word("Uỷ") == "Ủy"
    assert normalize_word("Q\u00d0") == "QĐ"


def test_a_line_break_printed_as_its_escape_sequence_is_one() -> None:
    assert normalize_whitespace("Quyết định số 12/QĐ-TTg\\r\\nngày 3/4/2020 của Thủ tướng") == (
        "Quyết định số 12/QĐ-TTg\nngày 3/4/2020 của Thủ tướng"
    )
    assert normalize_whitespace("Báo Nhân Dân\\nLực lượng") == "Báo Nhân Dân\nLực lượng"
    assert normalize_whitespace("tệp C:\\new\\data") == "tệp C:\\new\\data"  # before a small letter: no break
