"""The NLP libraries, loaded once per process (lazy module-level singletons), and a switch to turn each off.

spaCy: `blank("xx")` with a lean tokenizer: whitespace, leading/trailing punctuation split off, and a
`token_match` that keeps "40/2020/qđ-ubnd" and "21/7/2014" whole. Chosen over `blank("vi")` because that
one needs pyvi (scikit-learn, scipy) or, without it, splits on whitespace only and leaves "QĐ-UBND," glued
to its comma. The default "xx" rules would split numbers at every "/" and "-" and cost ≈ 17 ms on a
two-page document; the lean rules take ≈ 1 ms, which keeps extraction well above 20 documents/s.
underthesea: its CRF `ner` is one signal for names after honorifics; ≈ 4 ms a sentence, so it only runs on
the few sentences the regex layer could not settle.

`enabled` exists so `congvan eval --without spacy|underthesea` can measure what each adds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

enabled: dict[str, bool] = {"spacy": True, "underthesea": True}

TOKEN_MATCH = re.compile(r"^(?:\d{1,5}[a-z]?[/-](?:\d{4}/)?[a-zđ][\w]*(?:[-/][\w]+)*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$")
"""Folded document numbers ("40/2020/qd-ubnd", "38-ct/tw") and numeric dates stay one token."""


_BUILDING = threading.Lock()


def spacy_nlp() -> Any:
    """The blank multi-language pipeline with our token_match: one per process, even when the ingest flow's
    threads start together (a second pipeline has its own string store, and a label one matcher added there
    cannot be read back through the other: spaCy's E018)."""
    with _BUILDING:
        return _spacy_nlp()


@cache
def _spacy_nlp() -> Any:
    import spacy
    from spacy.tokenizer import Tokenizer

    nlp: Any = spacy.blank("xx")
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        prefix_search=re.compile(r"""^[(\[“"'‘]""").search,
        suffix_search=re.compile(r"""[)\]”"'’,.;:!?]$""").search,
        token_match=TOKEN_MATCH.match,
    )
    return nlp


_UNDERTHESEA = threading.Lock()
"""underthesea publishes its lazily loaded models before loading them (`word_tokenize_model` is set, then
loaded), so a thread calling while another loads gets a model without its featurizer ("'NoneType' object
has no attribute 'process'", which hit random documents of a threaded `congvan extract`). Its calls take a
few ms on the few lines that need them: one at a time costs nothing worth a finer lock."""


@cache
def underthesea_ner() -> Callable[[str], list[tuple[str, ...]]]:
    """underthesea's CRF NER, one call at a time (imported once; the import alone takes about a second)."""
    from underthesea import ner

    def one_at_a_time(sentence: str) -> list[tuple[str, ...]]:
        with _UNDERTHESEA:
            return list(ner(sentence))

    return one_at_a_time


_SENTENCE_END = re.compile(r"[.?!]")
"""The only characters at which underthesea's splitter ends a sentence: a text without them is one sentence, stripped
(none when blank)."""


@cache
def underthesea_sentences() -> Callable[[str], list[str]]:
    """underthesea's sentence splitter, one call at a time (its tokenizer is a lazily built module global too)."""
    from underthesea import sent_tokenize

    def one_at_a_time(text: str) -> list[str]:
        if not _SENTENCE_END.search(text):  # what the splitter makes of it, without its walk over each character
            return [text.strip()] if text.strip() else []
        with _UNDERTHESEA:
            return list(sent_tokenize(text))

    return one_at_a_time
