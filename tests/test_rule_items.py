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


def _item_read_from_the_article(text: str, start: int) -> int | None:
    """`_item_of` as it read the labels before speed34: the text from the clause's article to just past its start."""
    from extractors.rules import _ARTICLE_LINE, _ITEM_LABEL, _article_lines

    line = text.rfind("\n", 0, start) + 1
    if _ARTICLE_LINE.match(text, line, start):
        article = line
    else:
        article = max((s for s, e in _article_lines(text) if e <= start), default=0)
    labels = list(_ITEM_LABEL.finditer(text[article : start + 8]))
    return int(labels[-1].group(1)) if labels else None


def test_the_labels_found_once_give_each_offset_the_item_read_from_its_article() -> None:
    # labels close to a clause (the 8 characters read past its start), indented ones, "1)" ones, and an article on a
    # clause's own line
    text = TEXT + "  3) Một.\n4.  Hai.\n10. Ba; 11. Bốn\nĐiều 13. X 1. Y\n 2. Z\n"
    for start in range(len(text) + 1):
        assert _item_of(text, start) == _item_read_from_the_article(text, start), start
