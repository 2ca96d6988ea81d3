"""Vietnamese numbers as dispatches write them, every form 1..999 the module claims, and the bounds."""

from __future__ import annotations

import pytest

from extractors.numbers import Bound, bound_of, find_numbers, parse_words

UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def spell(n: int) -> str:
    """The standard spelling, written independently of the parser: 'mười lăm', 'hai mươi mốt', 'một trăm
    linh năm'."""
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    words = []
    if hundreds:
        words += [UNITS[hundreds], "trăm"]
        if rest and tens == 0:
            words += ["linh", UNITS[unit]]
            return " ".join(words)
    if tens == 1:
        words.append("mười")
    elif tens > 1:
        words += [UNITS[tens], "mươi"]
    if unit:
        if unit == 5 and tens:
            words.append("lăm")
        elif unit == 1 and tens > 1:
            words.append("mốt")
        else:
            words.append(UNITS[unit])
    return " ".join(words)


@pytest.mark.parametrize("n", range(1, 1000))
def test_numbers_every_spelling_up_to_999(n: int) -> None:
    text = spell(n)
    if text == "năm":  # alone it means "year"; test_numbers_nam_alone covers it
        return
    (mention,) = find_numbers(f"không quá {text} người")
    assert (mention.value, mention.text) == (n, text)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai mươi tư", 24),
        ("hai mươi một", 21),
        ("ba mươi lăm", 35),
        ("mười bẩy", 17),
        ("một trăm lẻ hai", 102),
        ("năm mươi", 50),
    ],
)
def test_numbers_variant_spellings(words: str, value: int) -> None:
    assert parse_words(words.split()) == (value, len(words.split()))


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("không được vượt quá mười (10) người", 10, "mười (10)"),
        ("tối đa hai (02) lần/năm", 2, "hai (02)"),
        ("Hai (02) đồng chí", 2, "Hai (02)"),
        ("năm (05) ngày làm việc", 5, "năm (05)"),
        ("hai mươi lăm ( 25 ) người", 25, "hai mươi lăm ( 25 )"),
        ("không quá 02 lần/năm", 2, "02"),
        ("chậm nhất sau 7 ngày", 7, "7"),
    ],
)
def test_numbers_words_digits_and_both(text: str, value: int, shown: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.text, mention.problem) == (value, shown, None)


def test_numbers_words_and_digits_disagree_give_no_value() -> None:
    (mention,) = find_numbers("không quá mười (11) người")
    assert mention.value is None
    assert mention.problem is not None and "10" in mention.problem and "11" in mention.problem


@pytest.mark.parametrize(
    "text",
    [
        "02 lần/năm",
        "trong một năm",
        "năm 2023",
        "hai mươi năm",
        "mười năm công tác",
        "trong năm",
        "mỗi năm người đứng đầu",
    ],
)
def test_numbers_nam_alone_is_a_year(text: str) -> None:
    assert 5 not in [m.value for m in find_numbers(text)]


def test_numbers_nam_before_working_days_is_five() -> None:
    """A year is never counted in working days: "trong thời hạn năm ngày làm việc" is five."""
    assert [m.value for m in find_numbers("trong thời hạn năm ngày làm việc kể từ")] == [5]


@pytest.mark.parametrize(
    "text", ["gửi chậm nhất năm ngày trước ngày đi", "ở lại không quá năm ngày", "trong vòng năm ngày kể từ"]
)
def test_numbers_nam_days_after_a_bound_is_five(text: str) -> None:
    """A bound counts days, never a year: "chậm nhất năm ngày" is five."""
    assert [m.value for m in find_numbers(text)] == [5]


@pytest.mark.parametrize("text", ["trong năm ngày lễ được nghỉ", "mỗi năm ngày hội tổ chức một lần"])
def test_numbers_nam_days_without_a_bound_stays_a_year(text: str) -> None:
    assert 5 not in [m.value for m in find_numbers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi chuyến công tác không quá năm ngày tại một nước, chưa kể ngày đi về",
        "đoàn gồm năm người",
        "đi không quá năm nước trong một chuyến",
        "tối đa năm thành viên",
        "thăm năm quốc gia châu Âu",
    ],
)
def test_numbers_nam_before_a_counted_unit_is_five(text: str) -> None:
    """Days, people, countries are never counted in years: "năm" before them, with no word of "year" before it, is
    five."""
    assert [m.value for m in find_numbers(text)].count(5) == 1


@pytest.mark.parametrize(
    "text",
    [
        "mỗi năm người đứng đầu được đi hai lần",
        "trong năm người đứng đầu không đi quá hai lần",
        "hằng năm ngày 15 tháng 12 gửi báo cáo",
        "không quá 02 lần/năm người đứng đầu",
        "các năm người lao động được nghỉ",
    ],
)
def test_numbers_nam_after_a_year_word_stays_a_year(text: str) -> None:
    assert 5 not in [m.value for m in find_numbers(text)]


@pytest.mark.parametrize(
    "text", ["Công văn số 1271/UBND-NC ngày 18/9/2023", "Số 05-KH/BTC-SNV", "ngày 21-7-2014", "tỷ lệ 2,5"]
)
def test_numbers_dates_and_document_numbers_are_not_counts(text: str) -> None:
    assert find_numbers(text) == []


def test_numbers_offsets_index_the_text() -> None:
    text = "Đoàn gồm mười (10) người và 02 phiên dịch"
    for mention in find_numbers(text):
        assert text[mention.start : mention.end] == mention.text
    assert [m.value for m in find_numbers(text)] == [10, 2]


@pytest.mark.parametrize(
    ("before", "after", "bound"),
    [
        ("không quá ", "", Bound.AT_MOST),
        ("tối đa ", "", Bound.AT_MOST),
        ("không được vượt quá ", "", Bound.AT_MOST),
        ("về nước chậm nhất sau ", " ngày làm việc phải báo cáo", Bound.AT_MOST),
        ("trong vòng ", "", Bound.AT_MOST),
        ("trong thời gian ", " ngày làm việc sau khi về nước", Bound.AT_MOST),
        ("ít nhất ", " ngày làm việc so với ngày bắt đầu đi", Bound.AT_LEAST),
        ("hồ sơ gửi chậm nhất ", " ngày làm việc trước ngày xuất cảnh", Bound.AT_LEAST),
        ("tối thiểu ", "", Bound.AT_LEAST),
        ("đoàn gồm ", " người", None),
        ("sau ", " tháng kể từ ngày về nước", Bound.AT_MOST),
        ("sau ", " ngày, đoàn đến Pháp", None),
        ("trường hợp quá hạn ", " tháng trở lên", None),
        ("trường hợp quá hạn từ ", " ngày", None),
        ("báo cáo không muộn hơn ", " ngày sau khi về nước", Bound.AT_MOST),
        ("nộp lại hộ chiếu muộn nhất là ", " ngày làm việc kể từ ngày nhập cảnh", Bound.AT_MOST),
        ("hồ sơ gửi không chậm hơn ", " ngày làm việc trước ngày xuất cảnh", Bound.AT_LEAST),
        ("mỗi cán bộ chỉ được đi nước ngoài ", " lần/năm", Bound.AT_MOST),
        # a scan drops the bar of the "đ" (scenario 40's Quy chế: "Mỗi doàn tối da mười người")
        ("mỗi doàn tối da ", " người", Bound.AT_MOST),
        ("số người không dược vượt quá ", " người", Bound.AT_MOST),
        ("mỗi cán bộ chỉ dược đi nước ngoài ", " lần/năm", Bound.AT_MOST),
    ],
)
def test_numbers_bound(before: str, after: str, bound: Bound | None) -> None:
    assert bound_of(before, after) is bound


@pytest.mark.parametrize(("text", "value"), [("0T (một) lần", 1), ("O1 (một) lần", 1), ("1O (mười) ngày", 10)])
def test_digits_a_scan_read_partly_as_letters_are_read_with_the_words_that_confirm_them(text: str, value: int) -> None:
    """Issue 13 (scenario 49's scan of a limits table: "Nhóm A | 0T (một) lần"): the words in brackets spell the number
    the digits read as, so the whole is one mention of it."""
    (mention,) = find_numbers(text)
    assert (mention.value, mention.text) == (value, text.rsplit(" ", 1)[0])


@pytest.mark.parametrize("text", ["OT (hai) lần", "TT (một) lần"])
def test_letters_the_words_beside_them_do_not_confirm_are_no_digits(text: str) -> None:
    assert [m.value for m in find_numbers(text)] == [2 if "hai" in text else 1]
