"""Field extraction speed: documents per second per core, against merely NFC-normalising the same text.

Documents: the labelled evaluation texts (samples/eval/*.txt), each padded to two pages (≈ 5,000
characters) by repeating its body, so the figure is for the target "2-page document". One process, so the
rate is per core. Libraries are loaded (and the first document extracted) before timing starts.
Prints one JSON object. Target: ≥ 20 documents/second/core.
"""

from __future__ import annotations

import json
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.document import FIELD_EXTRACTORS, extract_fields  # noqa: E402
from schemas.document import Document, Source  # noqa: E402

TWO_PAGES = 5000


def documents() -> list[Document]:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples" / "eval").glob("*.txt"))]
    result = []
    for i, text in enumerate(texts):
        body = text
        while len(body) < TWO_PAGES:
            body += "\n" + text[len(text) // 3 :]
        result.append(Document(source=Source(path=f"bench-{i}.txt", sha256=str(i), pages=2), text=body))
    return result


def rate(run: object, docs: list[Document], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            run(doc)  # type: ignore[operator]
    return repeat * len(docs) / (time.perf_counter() - start)


def main() -> None:
    docs = documents()
    if not docs:
        print(json.dumps({"error": "no texts in samples/eval"}))
        sys.exit(1)
    extract_fields(docs[0])  # load spaCy, underthesea, the gazetteer
    baseline = rate(lambda d: unicodedata.normalize("NFC", d.text), docs, 20)
    per_extractor = {}
    for name, extractor in FIELD_EXTRACTORS:
        per_extractor[name] = round(1000 / rate(extractor, docs, 1), 2)
    measured = rate(extract_fields, docs, 2)
    print(
        json.dumps(
            {
                "documents": len(docs),
                "mean_chars": round(sum(len(d.text) for d in docs) / len(docs)),
                "extract_docs_per_sec_per_core": round(measured, 1),
                "baseline_nfc_docs_per_sec": round(baseline, 1),
                "slowdown_vs_baseline": round(baseline / measured, 1),
                "ms_per_doc_by_extractor": per_extractor,
                "target_docs_per_sec": 20,
                "meets_target": measured >= 20,
            }
        )
    )


if __name__ == "__main__":
    main()
