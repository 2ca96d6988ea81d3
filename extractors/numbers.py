"""Numbers as dispatches write them: "02", "mười (10)", "hai (02)", "08 (tám)", "hai mươi lăm", "một trăm linh năm",
and the bound around them ("tối đa", "không quá", "không được vượt quá", "chậm nhất sau", "ít nhất").

Pure functions over a string, with character offsets, so the rule extractor can match a unit after a number
wherever the number came from. Why by hand: the Vietnamese counting words are a closed set of about twenty
words with three spelling shifts (mười/mươi, năm/lăm after a ten, một/mốt and bốn/tư after "mươi"); no
maintained library reads them (num2words writes them, the other way round).

Two readings that look like numbers are not: "năm" alone is "year" ("02 lần/năm", "một năm"), so it is five
only after a ten or "linh", before "ngày làm việc" or a counted unit not read as a year ("không quá năm ngày", but
"mỗi năm người …"), or when digits in parentheses confirm it ("năm (05) ngày");
"một" alone is often "a" ("một số cán bộ"), harmless unless a unit follows, which the caller decides. When words
and the digits beside them disagree ("mười (11)") the value is None with the reason: a wrong number is worse than
none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from itertools import product

from extractors.first_chars import compile_led
from extractors.vntext import fold

_DIGIT_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_AFTER_TEN = {**_DIGIT_WORDS, "lăm": 5, "mốt": 1, "tư": 4}
"""Unit words after "mươi": 21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm". After "mười" "mốt" and
"tư" are not used ("mười một", "mười bốn"), which `_units` enforces."""
_ZERO_TENS = ("linh", "lẻ")
_NUMBER_STARTS = frozenset({*_DIGIT_WORDS, "mười"})
"""The words a spelled number can start with (see `_below_hundred`)."""
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_TONE_SLIPS = {
    spelling: word
    for word in ("hai", "ba", "bảy", "tám", "chín")
    for base in [unicodedata.normalize("NFD", word).translate({ord(t): None for t in _TONES})]
    for at in range(1, len(base) + 1)
    for tone in ("", *_TONES)
    if (spelling := unicodedata.normalize("NFC", base[:at] + tone + base[at:])) != word
}
"""A digit word a scan read with another tone mark ("Nhóm B | hài lần" for "hai lần"), each spelling → the word:
read as the number only right before "lần" or "chuyến" (`_SLIP_COUNTED`), where no other word stands ("bà",
"hải", "tâm" do elsewhere). Not "sáu" ("sau"), "năm" or "một", whose slips are common words before a count."""
_SLIP_COUNTED = re.compile(r"[ \t]+(?:lần|chuyến)\b")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_PAREN_DIGITS = re.compile(r"\s*\(\s*(\d{1,4})\s*\)")
_PAREN_WORDS = re.compile(r"\s*\(\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,5})\s*\)")
_DIGITS = re.compile(r"(?<![\d/.,-])\d{1,4}(?![\d/]|[.,]\d|-\w)")
"""A standalone count: not part of a date ("21/7/2014", "31-3-16"), a document number ("1271/UBND-NC",
"05-KH/BTC-SNV") or a decimal; an enumerator "2- " still reads as a number (no unit follows it)."""


@dataclass(frozen=True)
class NumberMention:
    """One number in a text: its value (None when its words and digits disagree), where it is, and why a
    value is missing."""

    value: int | None
    start: int
    end: int
    text: str
    spelled: bool
    problem: str | None = None


def _units(words: list[str], i: int, after_mươi: bool) -> tuple[int, int] | None:
    """A unit word at i after a ten: (value, words used)."""
    if i >= len(words):
        return None
    table = _AFTER_TEN if after_mươi else {**_DIGIT_WORDS, "lăm": 5}
    word = words[i]
    if word in table and word != "năm":
        return table[word], 1
    return None


def _below_hundred(words: list[str], i: int) -> tuple[int, int] | None:
    """1..99 starting at words[i]: (value, words used); "năm" alone is left to the caller (year or five)."""
    if i >= len(words):
        return None
    word = words[i]
    if word == "mười":
        unit = _units(words, i + 1, after_mươi=False)
        return (10 + unit[0], 2) if unit else (10, 1)
    if word in _DIGIT_WORDS:
        if i + 1 < len(words) and words[i + 1] == "mươi" and _DIGIT_WORDS[word] >= 2:
            unit = _units(words, i + 2, after_mươi=True)
            tens = _DIGIT_WORDS[word] * 10
            return (tens + unit[0], 3) if unit else (tens, 2)
        return _DIGIT_WORDS[word], 1
    return None


def parse_words(words: list[str]) -> tuple[int, int] | None:
    """The number spelled by the leading words (lower case): (value, words used), or None.

    >>> parse_words(["hai", "mươi", "lăm", "người"])
    (25, 3)
    >>> parse_words(["một", "trăm", "linh", "năm"])
    (105, 4)
    """
    head = _below_hundred(words, 0)
    if head is None:
        return None
    value, used = head
    if used == 1 and value < 10 and used < len(words) and words[used] == "trăm":
        hundreds, used = value * 100, used + 1
        if used + 1 < len(words) and words[used] in _ZERO_TENS and words[used + 1] in _DIGIT_WORDS:
            return hundreds + _DIGIT_WORDS[words[used + 1]], used + 2
        rest = _below_hundred(words, used)
        if rest is not None and rest[0] >= 10:
            return hundreds + rest[0], used + rest[1]
        return hundreds, used
    return value, used


_WORKING_DAYS_AFTER = re.compile(r"\s+ngày\s+làm\s+việc\b")
"""After "năm", working days make it five ("trong thời hạn năm ngày làm việc"): a year is never counted in working
days."""

_COUNTED_AFTER = re.compile(r"\s+(?:ngày|người|nước|quốc\s+gia|thành\s+viên|lượt|chuyến)\b")
"""A counted unit after "năm" makes it five ("không quá năm ngày", "năm nước") unless a word before it reads as
"year" (`_YEAR_BEFORE`): "mỗi năm người đứng đầu …" is "each year, the head …"."""

_YEAR_BEFORE = frozenset({"mỗi", "hằng", "hàng", "trong", "cả", "một", "các", "những", "cùng", "của", "nửa", "sang"})


def _nam_is_five(lowered: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a lone "năm" at words[i] counts something (five) rather than naming a year."""
    start, end = words[i][1], words[i][2]
    if _WORKING_DAYS_AFTER.match(lowered, end):
        return True
    if not _COUNTED_AFTER.match(lowered, end):
        return False
    year_before = i > 0 and words[i - 1][0] in _YEAR_BEFORE
    return not year_before and not lowered[:start].rstrip().endswith("/")


def find_numbers(text: str) -> list[NumberMention]:
    """Every count in a text, in order: digits, spelled numbers, and "words (digits)" or "digits (words)" read as
    one mention.

    Case-insensitive; offsets index `text`."""
    lowered = text.lower()
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(lowered)]
    mentions: list[NumberMention] = []
    taken_until = 0
    i = 0
    while i < len(words):
        if words[i][0] not in _NUMBER_STARTS:  # what `parse_words` would refuse, without building the run
            slipped = _TONE_SLIPS.get(words[i][0])
            if slipped is not None and _SLIP_COUNTED.match(lowered, words[i][2]):
                start, end = words[i][1], words[i][2]
                mentions.append(NumberMention(_DIGIT_WORDS[slipped], start, end, text[start:end], spelled=True))
                taken_until = end
            i += 1
            continue
        parsed = parse_words(_run(words, i, lowered))
        if parsed is None:
            i += 1
            continue
        value, used = parsed
        start, end = words[i][1], words[i + used - 1][2]
        confirm = _PAREN_DIGITS.match(lowered, end)
        lone_nam = used == 1 and words[i][0] == "năm" and not _nam_is_five(lowered, words, i)
        same_one = used == 1 and words[i][0] == "một" and i > 0 and words[i - 1][0] == "cùng"
        if (lone_nam or same_one) and not confirm:  # "trong năm"; "trong cùng một nước" (the same country)
            i += 1
            continue
        problem = None
        number: int | None = value
        if confirm:
            end = confirm.end()
            if int(confirm.group(1)) != value:
                number = None
                problem = f"the words say {value}, the digits beside them say {int(confirm.group(1))}"
        mentions.append(NumberMention(number, start, end, text[start:end], spelled=True, problem=problem))
        taken_until = end
        i += used
        while i < len(words) and words[i][1] < taken_until:
            i += 1
    for marred in _MARRED_DIGITS.finditer(text):
        if confirmed := _marred_digits_then_words(text, lowered, marred):
            mentions = [m for m in mentions if not confirmed.start <= m.start < confirmed.end]
            mentions.append(confirmed)
    spans = [(m.start, m.end) for m in mentions]
    for match in _DIGITS.finditer(lowered):
        if any(a <= match.start() < b for a, b in spans):
            continue
        digits = _marred_words_then_digits(text, lowered, match) or _digits_then_words(text, lowered, match)
        mentions = [m for m in mentions if not digits.start <= m.start < digits.end]
        mentions.append(digits)
    return sorted(mentions, key=lambda m: m.start)


_WORDS_BEFORE_PAREN = re.compile(r"((?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)[ \t]*\([ \t]*$")
"""Up to three words, then the opening bracket of the digits after them: where a spelled number stands."""
_CLOSING_PAREN = re.compile(r"[ \t]*\)")


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    """Each counting word by its letters without marks ("bay" → "bảy", "muoi" → "mười", "mươi")."""
    words: dict[str, tuple[str, ...]] = {}
    for word in [*_AFTER_TEN, "mười", "mươi", "trăm", *_ZERO_TENS]:
        words[fold(word)] = (*words.get(fold(word), ()), word)
    return words


def _marred_words_then_digits(text: str, lowered: str, match: re.Match[str]) -> NumberMention | None:
    """Words whose marks a scan lost or changed, then the digits in parentheses that spell the same number: "báy
    (07) ngày làm việc" ("bảy (07)"), "mười hái (12)". The digits confirm the words, so the whole is one mention
    of their value; words that read as no number with those marks or as another number leave the digits alone."""
    if not _CLOSING_PAREN.match(lowered, match.end()):
        return None
    window = max(0, match.start() - 40)  # three words and the parenthesis: never the whole text before
    before = _WORDS_BEFORE_PAREN.search(lowered[window : match.start()])
    if before is None:
        return None
    value, words = int(match.group()), list(_WORD.finditer(before.group(1)))
    for first in range(len(words)):  # the longest run of words that spells the digits' number
        options = [_spellings().get(fold(word.group()), ()) for word in words[first:]]
        if any(parse_words(list(spelled)) == (value, len(spelled)) for spelled in product(*options)):
            start = window + before.start(1) + words[first].start()
            end = lowered.index(")", match.end()) + 1
            return NumberMention(value, start, end, text[start:end], spelled=True)
    return None


_MARRED_DIGITS = re.compile(r"(?<![\w/.,-])(?=[0-9OIlT]{2,3}\b)(?=\S*\d)(?=\S*[OIlT])[0-9OIlT]{2,3}\b")
"""Digits a scan read partly as the letters they look like ("0T (một)", "O1 (một)", "1O (mười)"), before a bracket."""
_LOOK_ALIKES = str.maketrans("OIlT", "0111")


def _marred_digits_then_words(text: str, lowered: str, match: re.Match[str]) -> NumberMention | None:
    """Digits a scan read partly as letters, then the words in parentheses that spell the number the digits read as
    ("0T (một) lần": 1): the words confirm them, so the whole is one mention of that value; None when the words
    spell another number or none."""
    spelled = _PAREN_WORDS.match(lowered, match.end())
    parsed = parse_words(spelled.group(1).split()) if spelled else None
    if spelled is None or parsed is None or parsed[1] != len(spelled.group(1).split()):
        return None
    if parsed[0] != int(match.group().translate(_LOOK_ALIKES)):
        return None
    return NumberMention(parsed[0], match.start(), spelled.end(), text[match.start() : spelled.end()], spelled=True)


def _digits_then_words(text: str, lowered: str, match: re.Match[str]) -> NumberMention:
    """Digits, with the words in parentheses after them that spell the same number as one mention ("15 (mười
    lăm) ngày", "08 (tám) thành viên", "05 (năm)": "năm" confirmed by the digits); words that spell another
    number leave no value, as "mười (11)" does."""
    value = int(match.group())
    spelled = _PAREN_WORDS.match(lowered, match.end())
    parsed = parse_words(spelled.group(1).split()) if spelled else None
    if spelled is None or parsed is None or parsed[1] != len(spelled.group(1).split()):
        return NumberMention(value, match.start(), match.end(), match.group(), spelled=False)
    start, end = match.start(), spelled.end()
    if parsed[0] == value:
        return NumberMention(value, start, end, text[start:end], spelled=False)
    problem = f"the digits say {value}, the words beside them say {parsed[0]}"
    return NumberMention(None, start, end, text[start:end], spelled=False, problem=problem)


def _run(words: list[tuple[str, int, int]], i: int, lowered: str) -> list[str]:
    """The words from i on that are separated by spaces only (a comma or a parenthesis ends a number)."""
    run = [words[i][0]]
    for (_, _, prev_end), (word, start, _) in zip(words[i:], words[i + 1 : i + 6], strict=False):
        if lowered[prev_end:start].strip():
            break
        run.append(word)
    return run


class Bound(StrEnum):
    """How a rule's number binds: a ceiling ("không quá 02 lần") or a floor ("ít nhất 07 ngày")."""

    AT_MOST = "at_most"
    AT_LEAST = "at_least"


_AT_MOST_BEFORE = compile_led(
    r"(không [đd]ược vượt quá|không vượt quá|vượt quá|không quá|tối [đd]a|nhiều nhất(?: là)?|"
    r"(?:chậm|muộn) nhất(?: là)?(?: sau)?|"
    r"không (?:muộn|chậm) hơn|trong vòng|"
    r"trong thời (?:hạn|gian)(?: không quá)?|trong phạm vi|quá)\W*(\w+\W*){0,2}$|\btrong\W*$"
    r"|\bchỉ (?:[đd]ược|[đd]ến|sang|tới)\W*(\w+\W*){0,3}$"
)
"""The words of a ceiling, among them "nhiều nhất" ("Mỗi chuyến đến nhiều nhất 03 nước"; "mỗi chuyến chỉ đến 01 (một)
nước"; a deadline named before its time is `_DEADLINE_IS`); each "đ" of the usual ones also read as "d": a scan drops
the bar of the "đ" ("Mỗi doàn tối da mười người"), and no other word those letters spell stands before a number."""
_AT_LEAST_BEFORE = re.compile(
    r"(ít nhất|tối thiểu|không (?:dưới|ít hơn)|(?:chậm|muộn) nhất|không (?:muộn|chậm) hơn|sớm nhất|trước)"
    r"\W*(\w+\W*){0,3}$"
)
"""The words of a floor, among them "không dưới" ("sớm hơn ngày dự kiến xuất cảnh không dưới mười (10) ngày")."""
_BEFORE_AN_EVENT = re.compile(r"^\W*(\w+\W+){0,3}?(trước|so với ngày)\b")
_AFTER = compile_led(r"\bsau\W*$")
_COUNTED_FROM = re.compile(r"^\W*(\w+\W+){0,3}?(kể|tính) từ\b")
"""A time after "sau" counted from an event ("sau một tháng kể từ ngày về nước, … phải báo cáo") is a ceiling: the
duty falls due then. "sau" alone is not one ("sau 5 ngày, đoàn đến Pháp" tells when something happened)."""
_CHANGED_TO = re.compile(
    r"\b(?:tối [đd]a|thời hạn|không quá|mức|số lần|số thành viên|số người|số ngày|số nước)\b[^.;]{0,80}?"
    r"\b(?:nâng|tăng|giảm|hạ|điều chỉnh)?\b[^.;]{0,40}?\b(?:lên|xuống)(?: mức| thành)?\W*$"
)
"""A limit a change sets ("nâng số thành viên tối đa của đoàn lên 12 người", "điều chỉnh thời hạn báo cáo từ 05 ngày
lên 10 ngày làm việc"): the number after "lên" / "xuống" is the new ceiling (a floor before an event)."""
_CHANGED_FROM = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:lên|xuống)\b")
"""The number a change starts from ("từ 05 ngày lên 10 …") is the old limit: no bound of its own."""
_OVERDUE = compile_led(r"\bquá hạn\W*(\w+\W*){0,2}$")
"""A time overdue ("Trường hợp quá hạn 03 tháng trở lên …", "quá hạn từ 05 ngày") is a penalty's condition, not the
time itself: no bound, though "quá" alone is a ceiling."""

_DEADLINE_IS = compile_led(r"\bhạn\b(?! chế)[^.;]{0,80}?\blà\W*$")
"""A deadline named as the subject, its time after "là" ("Hạn gửi báo cáo kết quả chuyến công tác là bảy (07) ngày
làm việc, tính từ ngày kết thúc chuyến công tác về nước"): a ceiling when counted from an event (`_COUNTED_FROM`)."""


def bound_of(before: str, after: str = "") -> Bound | None:
    """The bound a number is under, from the lower-cased text before it and after it (and its unit).

    "chậm nhất" is a ceiling after an event ("chậm nhất sau 05 ngày") and a floor before one ("chậm nhất 07
    ngày làm việc trước ngày đi"), so the words after the number decide; so does "sau", a ceiling only when the
    time is counted from an event ("sau 01 tháng kể từ ngày về nước").

    >>> bound_of("không được vượt quá ")
    <Bound.AT_MOST: 'at_most'>
    >>> bound_of("gửi chậm nhất ", " ngày làm việc trước ngày đi")
    <Bound.AT_LEAST: 'at_least'>
    """
    before = before.lower()
    after = after.lower()
    if _OVERDUE.search(before) or (re.search(r"\btừ\W*$", before) and _CHANGED_FROM.search(after)):
        return None
    if _CHANGED_TO.search(before):
        return Bound.AT_LEAST if _BEFORE_AN_EVENT.search(after) else Bound.AT_MOST
    if _BEFORE_AN_EVENT.search(after) and _AT_LEAST_BEFORE.search(before):
        return Bound.AT_LEAST
    if _AT_MOST_BEFORE.search(before) or (
        (_AFTER.search(before) or _DEADLINE_IS.search(before)) and _COUNTED_FROM.search(after)
    ):
        return Bound.AT_MOST
    if _AT_LEAST_BEFORE.search(before):
        return Bound.AT_LEAST
    return None
