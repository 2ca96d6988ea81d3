"""Field extraction speed: documents per second per core, against merely NFC-normalising the same text.

Documents: the labelled evaluation texts (samples/eval/*.txt), each padded to two pages (≈ 5,000
characters) by repeating its body, so the figure is for the target "2-page document". One process, so the
rate is per core. Libraries are loaded (and the first document extracted) before timing starts.
Prints one JSON object. Target: ≥ 20 documents/second/core.

Besides the wall-clock rate, `extract_docs_per_cpu_s` divides by the process's CPU time over the same passes:
on a machine shared with other work it moves far less than the wall clock does.

`--baseline DIR` (another checkout, e.g. `git worktree add --detach /tmp/before main`): this script is run
`--runs` times with the baseline's code on the path and as many with this checkout's, alternately, each in a
process of its own (the code measured is the checkout PYTHONPATH names, the documents are this checkout's);
prints the medians and writes every run, with the load average before it, to `--output` when given.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT))  # else the checkout PYTHONPATH names

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


def rates(run: object, docs: list[Document], repeat: int) -> tuple[float, float]:
    """Documents per second of wall clock and per CPU-second of this process."""
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for doc in docs:
            run(doc)  # type: ignore[operator]
    return repeat * len(docs) / (time.perf_counter() - start), repeat * len(docs) / (time.process_time() - cpu)


def rate(run: object, docs: list[Document], repeat: int) -> float:
    return rates(run, docs, repeat)[0]


def measure() -> dict[str, object]:
    docs = documents()
    if not docs:
        print(json.dumps({"error": "no texts in samples/eval"}))
        sys.exit(1)
    extract_fields(docs[0])  # load spaCy, underthesea, the gazetteer
    baseline = rate(lambda d: unicodedata.normalize("NFC", d.text), docs, 20)
    per_extractor = {}
    for name, extractor in FIELD_EXTRACTORS:
        per_extractor[name] = round(1000 / rate(extractor, docs, 1), 2)
    measured, per_cpu_second = rates(extract_fields, docs, 2)
    return {
        "documents": len(docs),
        "mean_chars": round(sum(len(d.text) for d in docs) / len(docs)),
        "extract_docs_per_sec_per_core": round(measured, 1),
        "extract_docs_per_cpu_s": round(per_cpu_second, 1),
        "baseline_nfc_docs_per_sec": round(baseline, 1),
        "slowdown_vs_baseline": round(baseline / measured, 1),
        "ms_per_doc_by_extractor": per_extractor,
        "target_docs_per_sec": 20,
        "meets_target": measured >= 20,
    }


def alternated(baseline: Path, runs: int) -> dict[str, object]:
    """This script with the baseline's code on the path, then with this checkout's, `runs` times in turn."""
    results: dict[str, list[dict[str, object]]] = {"before": [], "after": []}
    for _ in range(runs):
        for code, checkout in (("before", baseline.resolve()), ("after", ROOT)):
            load = round(os.getloadavg()[0], 2)
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            done = subprocess.run([sys.executable, __file__], capture_output=True, text=True, env=env, check=True)
            results[code].append({"load_average_1min_before": load, **json.loads(done.stdout.splitlines()[-1])})

    def median(code: str, figure: str) -> float:
        return round(statistics.median(float(run[figure]) for run in results[code]), 1)  # type: ignore[arg-type]

    figures = ("extract_docs_per_sec_per_core", "extract_docs_per_cpu_s")
    return {
        "benchmark": "bench_extract_speed before/after, alternated",
        "baseline": str(baseline),
        "medians": {code: {figure: median(code, figure) for figure in figures} for code in results},
        "runs": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--runs", type=int, default=3, help="runs of each checkout with --baseline")
    parser.add_argument("--output", type=Path, help="with --baseline: where to write every run as JSON")
    args = parser.parse_args()
    if args.baseline is None:
        print(json.dumps(measure()))
        return
    result = alternated(args.baseline, args.runs)
    if args.output is not None:
        args.output.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(result["medians"]))


if __name__ == "__main__":
    main()
