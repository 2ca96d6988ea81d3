"""Shared by the OCR benchmarks: test pages with their exact text, and the character error rate."""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from PIL import Image
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.documents import Letter, degrade, render_letter  # noqa: E402

LETTERS = [
    Letter(),
    Letter(
        number="87/QĐ-UBND",
        place="Bình Sơn",
        body_unit="TỈNH BÌNH SƠN",
        day="17",
        month="11",
        year="2025",
        signer_name="Nguyễn Thị Hoài Thương",
        subject="Về việc cử đoàn đi công tác tại Hàn Quốc",
    ),
    Letter(
        number="1542/QĐ-UBND",
        day="28",
        month="02",
        year="2026",
        signer_mode="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer_name="Vũ Đình Khoa",
        footnote="¹ Kế hoạch số 40/KH-UBND ngày 12 tháng 01 năm 2026.",
    ),
]


def rendered_pages(noisy: bool) -> list[tuple[str, Image.Image, str]]:
    """(name, page image, exact text) for our own renders, clean or degraded like a cheap scanner."""
    pages = []
    for index, letter in enumerate(LETTERS):
        image, lines = render_letter(letter)
        text = "\n".join(lines) + ("\n" + letter.footnote if letter.footnote else "")
        if noisy:
            image = degrade(image, seed=index, angle=(0.9, -1.2, 1.5)[index % 3])
        pages.append((f"render-{index + 1}-{'noisy' if noisy else 'clean'}", image, text))
    return pages


def sample_scans(limit: int) -> list[tuple[str, Path, str]]:
    """(name, scan file, exact text) from samples/eval when the samples set is present."""
    folder = ROOT / "samples" / "eval"
    found = []
    for truth in sorted(folder.glob("ev-*.txt")):
        stem = truth.name.removesuffix(".txt")
        scans = [p for p in (folder / f"{stem}.scan.png", folder / f"{stem}.scan.pdf") if p.exists()]
        if scans:
            found.append((stem, scans[0], truth.read_text(encoding="utf-8")))
    return found[:limit]


def _comparable(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\f", " ").replace(" | ", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", text).strip()


def cer(hypothesis: str, reference: str) -> float:
    """Character error rate: edit distance over the reference length, whitespace collapsed."""
    reference, hypothesis = _comparable(reference), _comparable(hypothesis)
    return Levenshtein.distance(hypothesis, reference) / max(1, len(reference))
