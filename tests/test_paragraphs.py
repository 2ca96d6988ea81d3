"""Wrapped lines re-joined: a date continuing "… từ ngày" is the same sentence, a list item is not."""

import pytest

from extractors.paragraphs import unwrap_lines


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Điều chỉnh thời gian công tác, từ ngày\n02/11/2026 đến ngày 06/11/2026.", True),
        ("đi công tác kể từ ngày\n5/3/2025 như sau:", True),
        ("Đoàn gồm các ông (bà) sau\n1/ Ông Lò Văn Pằng, Giám đốc Sở", False),  # a list item, no date
        ("theo lịch đã báo ngày\n02/11 các đơn vị chuẩn bị", False),  # no whole date: a list item may start "02/"
    ],
)
def test_a_date_after_ngay_at_the_margin_continues_the_sentence(text: str, joined: bool) -> None:
    assert ("\n" not in unwrap_lines(text)) == joined
