"""Which numbered item of its article a rule's clause is in (`_item_of`), the article's headings found once per text
(speed work, issue 12). Texts written here."""

from extractors.rules import _item_of

TEXT = (
    "Điều 1. Cử cán bộ đi công tác\n"
    "1. Đoàn không quá 5 người.\n"
    "2. Báo cáo trong 10 ngày.\n"
    "Điều 2. Thời hạn\n"
    "1. Hộ chiếu nộp lại trong 5 ngày.\n"
    "Điều 12. Hiệu lực\n"
)


def test_the_item_is_counted_within_its_own_article() -> None:
    assert _item_of(TEXT, TEXT.index("Báo cáo")) == 2
    assert _item_of(TEXT, TEXT.index("Hộ chiếu")) == 1  # article 2 counts its items anew
    assert _item_of(TEXT, TEXT.index("Cử cán bộ")) is None  # the heading's line: no item yet


def test_a_heading_read_up_to_the_clause_is_its_article() -> None:
    # a clause starting inside "Điều 12": up to it the line reads "Điều 1", an article of its own with no item yet
    assert _item_of(TEXT, TEXT.index("2. Hiệu lực")) is None
