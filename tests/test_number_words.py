"""A document number the page's read was unsure of, read again alone (`extractors.text.number_words`)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from extractors.text.number_words import reread_unsure_numbers
from samples.tools.render import font
from schemas.document import Box, Word

pytestmark = pytest.mark.ocr


def _page() -> tuple[np.ndarray, Box]:
    """A white strip with one printed number; the number's box."""
    image = Image.new("L", (900, 120), 255)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), "45/TTr-SNgV", fill=0, font=font("regular", 14))
    left, top, right, bottom = draw.textbbox((40, 30), "45/TTr-SNgV", font=font("regular", 14))
    return np.asarray(image), Box(left=left, top=top, width=right - left, height=bottom - top)


def _word(text: str, confidence: float, box: Box) -> Word:
    return Word(text=text, box=box, confidence=confidence, block=1, line=1)


@pytest.mark.parametrize(
    ("page_read", "confidence", "kept"),
    [
        ("45/TTr-SNøV", 54.0, "45/TTr-SNgV"),  # unsure, a letter no symbol has: read alone, right
        ("45/TTr-SNøgV", 54.0, "45/TTr-SNgV"),  # a letter no symbol has read beside the right one: dropped
        ("46/TTr-SNøV", 54.0, "46/TTr-SNøV"),  # the read alone has other digits: the digits are never changed
        ("45/TTT-SNøV", 54.0, "45/TTT-SNøV"),  # nor other letters than the foreign one: it is no surer of those
        ("45/TTr-SNøV", 90.0, "45/TTr-SNøV"),  # a sure read is not read again
        ("45/TTr-SNgV", 54.0, "45/TTr-SNgV"),  # no character no number has: left as read
        ("SNøV", 20.0, "SNøV"),  # no number
    ],
)
def test_an_unsure_number_word_takes_its_sure_read_alone_only_where_it_held_a_foreign_character(
    page_read: str, confidence: float, kept: str
) -> None:
    pixels, box = _page()
    (word,) = reread_unsure_numbers([_word(page_read, confidence, box)], pixels, language="vie")
    assert word.text == kept
    assert word.confidence == confidence  # the page read's: nothing downstream takes it for surer
