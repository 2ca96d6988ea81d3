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


def test_a_line_opening_in_lower_case_goes_on_though_it_reads_as_a_label() -> None:
    """A scan wraps "Thời gian công tác" / "mới: từ ngày …": a label ("Lý do: …") opens with a capital."""
    text = (
        "theo đề nghị của phía bạn. Thời gian công tác\nmới: từ ngày 11/01/2027 đến ngày 15/01/2027.\nLý do: mưa bão."
    )
    assert unwrap_lines(text) == (
        "theo đề nghị của phía bạn. Thời gian công tác mới: từ ngày 11/01/2027 đến ngày 15/01/2027.\nLý do: mưa bão."
    )
