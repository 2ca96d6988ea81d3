"""An unsure capitalised word confirmed by its row read alone (`extractors.text.name_words`): scenario 39's QĐ
118-QĐ/TU as a scan read the clean "Hân," of "Tô Thị Ngọc Hân" at 16, and the member was left out."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.text.name_words import UNSURE, confirm_unsure_words
from extractors.text.ocr import read_line
from samples.tools.render import font

pytestmark = pytest.mark.ocr

LINE = "4. Đồng chí Tô Thị Ngọc Hân, chuyên viên Ban Tuyên giáo"


def _page() -> np.ndarray:
    image = Image.new("L", (1800, 140), 255)
    ImageDraw.Draw(image).text((40, 40), LINE, fill=0, font=font("regular", 16))
    return np.asarray(image)


@pytest.mark.parametrize(
    ("read", "confirmed"),
    [
        ("Hân,", True),  # spelt the same by the row read alone, over the bar: confirmed
        ("Hàn,", False),  # the read alone spells it otherwise: left unsure, its text as read
    ],
)
def test_an_unsure_capitalised_word_takes_the_confidence_of_its_row_read_alone_only_when_spelt_alike(
    read: str, confirmed: bool
) -> None:
    pixels = _page()
    words = read_line(Image.fromarray(pixels), language="vie").words
    at = next(i for i, w in enumerate(words) if w.text == "Hân,")
    page_read = [*words[:at], words[at].model_copy(update={"text": read, "confidence": 16.0}), *words[at + 1 :]]
    out = confirm_unsure_words(page_read, pixels, language="vie")
    assert out[at].text == read
    assert (out[at].confidence >= UNSURE) is confirmed and (out[at].confidence == 16.0) is not confirmed
    assert [w.confidence for i, w in enumerate(out) if i != at] == [
        w.confidence for i, w in enumerate(page_read) if i != at
    ]


def test_a_lower_case_word_is_not_read_again() -> None:
    """Only a capitalised word (a name's) is confirmed: "viên" read alone would be spelt alike, surely."""
    pixels = _page()
    words = read_line(Image.fromarray(pixels), language="vie").words
    unsure_lower = [w.model_copy(update={"confidence": UNSURE - 1}) if w.text == "viên" else w for w in words]
    assert any(w.confidence == UNSURE - 1 for w in unsure_lower)
    assert confirm_unsure_words(unsure_lower, pixels, language="vie") == unsure_lower
