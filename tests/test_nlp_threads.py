"""underthesea's models are loaded lazily behind module globals that are published before they are loaded;
threads of one `congvan extract` used to call it during that load and lose a document's people."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from extractors import nlp


@pytest.fixture
def slow_fresh_underthesea(monkeypatch: pytest.MonkeyPatch) -> None:
    """underthesea as a fresh process sees it (no model loaded), with its model load made slow enough that
    a second thread always arrives during it."""
    import underthesea.pipeline.word_tokenize as word_tokenize
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    loading = FastCRFSequenceTagger.load

    def slow_load(self: FastCRFSequenceTagger, base_path: str) -> None:
        time.sleep(0.3)
        loading(self, base_path)

    monkeypatch.setattr(word_tokenize, "word_tokenize_model", None)
    monkeypatch.setattr(FastCRFSequenceTagger, "load", slow_load)


@pytest.mark.usefixtures("slow_fresh_underthesea")
def test_ner_from_threads_during_the_model_load() -> None:
    ner = nlp.underthesea_ner()
    start = threading.Barrier(4)

    def tag(sentence: str) -> list[tuple[str, ...]]:
        start.wait()
        return ner(sentence)

    sentences = [f"Ông Nguyễn Văn {name} đi công tác tại Nhật Bản" for name in ("An", "Bình", "Cường", "Dũng")]
    with ThreadPoolExecutor(4) as pool:
        tagged = list(pool.map(tag, sentences))
    assert [[token[0] for token in sentence if token[-1].endswith("PER")] for sentence in tagged] == [
        ["Nguyễn Văn An"],
        ["Nguyễn Văn Bình"],
        ["Nguyễn Văn Cường"],
        ["Nguyễn Văn Dũng"],
    ]


def test_sentences_from_threads() -> None:
    split = nlp.underthesea_sentences()
    text = "Đoàn đi Lào. Đoàn về nước ngày 5. Báo cáo gửi Sở Nội vụ."
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(split, [text] * 8))
    assert all(result == results[0] for result in results)
    assert len(results[0]) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn gồm 05 người, đi Lào",
        "  Điều 3: Chánh Văn phòng UBND tỉnh\n",
        "   \n\t",
        "",
        "Đoàn đi Lào. Về nước ngày 5",
    ],
)
def test_sentences_without_a_stop_are_what_underthesea_gives(text: str) -> None:
    """A text with no ".", "?" or "!" is not handed to the splitter: the answer must be the one it gives."""
    from underthesea import sent_tokenize

    assert nlp.underthesea_sentences()(text) == list(sent_tokenize(text))
