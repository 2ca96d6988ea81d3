"""RapidOCR's text recogniser (PP-OCRv6 small, the ONNX weights inside the `rapidocr` wheel), run by
onnxruntime in this process: the digit reader of hand-filled slots (`handwriting`).

The model is run here, not through the `RapidOCR` class, because importing `rapidocr.main` parses the
wheel's 1,600-line catalogue of every model's download address through OmegaConf (at class definition):
0.9 s of CPU in every OCR process, more than twenty crops' reading, for a file that is never downloaded.
What the class does with a batch of crops is done the same way (`rapidocr/ch_ppocr_rec`: each crop resized
to 48 pixels high, scaled to [-1, 1], padded with zeros to the batch's width, at least 320; greedy CTC
decoding over the model's own character list, the score the mean of the kept characters' probabilities,
rounded to 5 places): the 40 slot crops of the real scans read the same texts with the same scores.
"""

from __future__ import annotations

import importlib.util
import math
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import cv2
import numpy as np

from schemas.errors import MissingDependencyError

MODEL = "PP-OCRv6_rec_small.onnx"
"""The recognition weights `RapidOCR()` loads by default (rapidocr 3.10: `Rec.ocr_version` PP-OCRv6,
`model_type` small)."""
HEIGHT, MIN_WIDTH = 48, 320
"""The recogniser's input height, and the width every batch is padded to at least (`Rec.rec_img_shape`)."""
_LOCK = threading.Lock()


@cache
def _session() -> tuple[object, list[str]]:
    """The ONNX session (one thread, buffers kept between crops) and the characters it writes, index 0 the
    CTC blank; loaded once per process on first use."""
    import onnxruntime  # imported here: a page without hand-filled slots never pays for it

    spec = importlib.util.find_spec("rapidocr")  # the wheel's folder, without importing the package
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    path = Path(folders[0]) / "models" / MODEL if folders else None
    if path is None or not path.is_file():
        raise MissingDependencyError(
            f"the digit recogniser's weights {MODEL} are not in the rapidocr package: pip install rapidocr"
        )
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 4
    options.enable_cpu_mem_arena = True  # a tenth less CPU a crop than allocating buffers for each
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
    characters = session.get_modelmeta().custom_metadata_map["character"].splitlines()
    return session, ["blank", *characters, " "]


def _input(crop: np.ndarray, width: int) -> np.ndarray:
    """A grayscale crop as the recogniser's 3×48×`width` input."""
    resized = min(width, math.ceil(HEIGHT * (crop.shape[1] / crop.shape[0])))
    pixels = cv2.resize(cv2.cvtColor(crop, cv2.COLOR_GRAY2BGR), (resized, HEIGHT)).astype(np.float32)
    padded = np.zeros((3, HEIGHT, width), dtype=np.float32)
    padded[:, :, :resized] = (pixels.transpose((2, 0, 1)) / 255 - 0.5) / 0.5
    return padded


def recognise(crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
    """(text, score) of each grayscale crop, read in one batch; ("", 0.0) where nothing is read."""
    if not crops:
        return []
    session, characters = _session()
    width = int(HEIGHT * max(MIN_WIDTH / HEIGHT, *(crop.shape[1] / crop.shape[0] for crop in crops)))
    batch = np.stack([_input(crop, width) for crop in crops])
    with _LOCK:
        (scores,) = session.run(None, {session.get_inputs()[0].name: batch})  # type: ignore[attr-defined]
    readings = []
    for indices, probabilities in zip(scores.argmax(axis=2), scores.max(axis=2), strict=True):
        kept = np.ones(len(indices), dtype=bool)
        kept[1:] = indices[1:] != indices[:-1]  # a character held over several steps is one character
        kept &= indices != 0  # the blank
        text = "".join(characters[index] for index in indices[kept])
        confidences = [round(float(p), 5) for p in probabilities[kept]] or [0.0]
        readings.append((text, float(np.mean(confidences).round(5))))
    return readings
