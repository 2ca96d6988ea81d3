"""The digit recogniser run by onnxruntime reads exactly as RapidOCR's own class does with the same weights."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image

from extractors.text.digits import recognise
from tests.scanpaper import handwritten

pytestmark = pytest.mark.slow  # loads the recogniser twice (RapidOCR's import alone is ~1 s)


def _crop(digits: str, seed: int, width_pad: int = 0) -> np.ndarray:
    ink = handwritten(digits, 90, seed)
    paper = Image.new("RGB", ink.size, "white")
    paper.paste(ink, mask=ink)
    return np.pad(np.asarray(paper.convert("L")), ((10, 10), (20, 20 + width_pad)), constant_values=255)


def test_readings_equal_rapidocr_class_on_a_batch() -> None:
    from rapidocr import RapidOCR

    crops = [_crop("89", 1), _crop("16", 2), _crop("574", 3), _crop("3", 4, width_pad=600)]  # the last one wide
    engine = RapidOCR(params={"Global.use_det": False, "Global.use_cls": False, "Global.log_level": "error"})
    theirs = engine.recognize_txt([cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR) for crop in crops])
    assert recognise(crops) == list(zip(theirs.txts or (), theirs.scores or (), strict=True))
    assert [text for text, _ in recognise(crops[:3])] == ["89", "16", "574"]
    assert recognise([]) == []
