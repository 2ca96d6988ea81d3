"""What reading real paperwork adds to a page's OCR cost (issue 11: at most +10% over the plain path).

Pages: synthetic colour scans of a decision at 300 dpi (tests/scanpaper.py) — with a red seal and a blue
signature over the signer, blue hand-filled number and day, an incoming red stamp over the body — and the
same page without any of it. In the same run, each page goes through:
- `plain`: `scan.ocr_page` as it was before issue 11 — grayscale, clean-up, footnote rule, one tesseract
  call, layout, the `Page`;
- `paperwork`: `scan.ocr_page` as page 1 — coloured ink set apart, the same clean-up and tesseract call,
  the red stamp read apart and the signer's name line read again alone (both in process by tesseract's
  library, `ocr.read_block`/`ocr.read_line`), layout, hand-filled slots cropped and read in one batch by
  RapidOCR's recogniser (`digits`).
- `raw`: the `tesseract` command on the page as a PNG (`tesseract PAGE.png stdout -l vie`, as
  bench_batch.py's raw figure), for the cost over raw tesseract (issue 16).
Each configuration keeps its fastest of `--rounds` rounds (CPU seconds of this process and tesseract);
the one-off loads of the digit recogniser and of tesseract's library (once per process each) are
reported apart. Also the CER of the signer's block
(the lines from "Nơi nhận" on) against the printed text, plain against paperwork, on the stamped page.

- `--checkout NAME=DIR` (repeatable): another checkout's `ocr_page(page, 1)` (e.g. `reference=` c5195b2, the
  code when issue 11 was filed, whose per-page cost is the issue's "today's per-page cost"; or `before=` a
  branch's start), in a process of its own with only that checkout on its path (`page_ocr_server.py`), timed
  there in the same alternated rounds; `over_checkout_per_page` is the paperwork path over each.
Prints one JSON object and writes it to docs/benchmarks/real_paperwork.json (real_paperwork_checkouts.json
with `--checkout`).
Usage: python benchmarks/bench_real_paperwork.py [--rounds R] [--checkout NAME=DIR …] [--baseline DIR --runs N]
`--baseline DIR` (another checkout, e.g. `git worktree add --detach /tmp/before main`): the benchmark is run
`--runs` times from each checkout alternately (before, after, before, after), each a child process with its
own checkout first on the path, written with every run and the medians to
docs/benchmarks/real_paperwork_before_after.json; the shares of one run swing by several points.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cpu_time import cpu_seconds
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extractors.text import preprocess
from extractors.text.handwriting import read_digits
from extractors.text.layout import arrange_words
from extractors.text.ocr import ocr_image, read_line
from extractors.text.scan import ocr_page
from schemas.document import Page, TextSource
from tests.scanpaper import SIGNER, decision_page

SIGNATURE_BLOCK = f"KT. CHỦ TỊCH PHÓ CHỦ TỊCH {SIGNER}"
OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks" / "real_paperwork.json"


def plain(image: Image.Image) -> str:
    """`scan.ocr_page` before issue 11 (commit fbd2d86): no colour work, no digit reading."""
    gray = preprocess.clean_gray(preprocess.to_gray(image))
    rule_y = preprocess.find_footnote_rule(gray)
    result = ocr_image(Image.fromarray(gray))
    layout, words = arrange_words(result.words, result.width, result.height, rule_y=rule_y)
    page = Page(
        number=1,
        source=TextSource.OCR,
        confidence=result.confidence,
        text=layout.text,
        footnotes="\n".join(layout.footnotes),
        words=words,
    )
    return page.text


def paperwork(image: Image.Image) -> str:
    return ocr_page(image, 1).text


def served(checkout: Path) -> Callable[[Path], tuple[str, float]]:
    """Pages read by another checkout's `ocr_page` in a process of its own: (text, its CPU seconds)."""
    here = Path(__file__).resolve().parent
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    command = [sys.executable, str(here / "page_ocr_server.py")]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)

    def read(png: Path) -> tuple[str, float]:
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(f"{png}\n")
        server.stdin.flush()
        answer = json.loads(server.stdout.readline())
        return answer["text"], answer["cpu_seconds"]

    return read


def raw(png: Path) -> str:
    """The `tesseract` command on the page saved as a PNG."""
    command = ["tesseract", str(png), "stdout", "-l", "vie"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def signature_cer(text: str) -> float:
    """Character error rate of the signer's block: the capitals and name lines after "Nơi nhận"."""
    wanted = [line for line in text.split("\n") if "CHỦ TỊCH" in line.upper() or SIGNER.split()[-1] in line]
    read = " ".join(wanted[-3:])
    return round(Levenshtein.distance(read, SIGNATURE_BLOCK) / len(SIGNATURE_BLOCK), 4)


def alternated(baseline: Path, rounds: int, runs: int) -> dict:
    """This checkout's benchmark and the baseline's, each run `runs` times in turn, as child processes."""
    here = Path(__file__).resolve().parent.parent
    results: dict[str, list[dict]] = {"before": [], "after": []}
    for _ in range(runs):
        for code, checkout in (("before", baseline.resolve()), ("after", here)):
            script = checkout / "benchmarks" / "bench_real_paperwork.py"
            env = {**os.environ, "PYTHONPATH": str(checkout)}
            command = [sys.executable, str(script), "--rounds", str(rounds)]
            done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
            results[code].append(json.loads(done.stdout.strip().splitlines()[-1]))

    def median(code: str, figure: str, name: str, page: str) -> float:
        return round(statistics.median(run[figure][name][page] for run in results[code]), 3)

    summary = {
        code: {
            f"{name}_{page}": median(code, "cpu_seconds_per_page", name, page)
            for name in ("plain", "paperwork")
            for page in ("stamped", "clean")
        }
        | {
            f"added_share_{page}": round(
                statistics.median(run["added_share_per_page"][page] for run in results[code]), 3
            )
            for page in ("stamped", "clean")
        }
        for code in results
    }
    return {
        "benchmark": "real_paperwork before/after, alternated",
        "baseline": str(baseline),
        "rounds": rounds,
        "medians": summary,
        "runs": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--baseline", type=Path, help="another checkout, run alternately with this one")
    parser.add_argument("--runs", type=int, default=3, help="runs of each checkout with --baseline")
    parser.add_argument("--checkout", action="append", default=[], help="NAME=DIR: another checkout's ocr_page")
    args = parser.parse_args()
    checkouts = {name: Path(folder) for name, folder in (pair.split("=", 1) for pair in args.checkout)}
    if args.baseline is not None:
        result = alternated(args.baseline, args.rounds, args.runs)
        OUTPUT.with_name("real_paperwork_before_after.json").write_text(json.dumps(result, indent=1) + "\n")
        print(json.dumps(result["medians"]))
        return
    pages = {
        "stamped": decision_page(number="89", day="16", seal=True, incoming=True)[0],
        "clean": decision_page()[0],
    }
    load_before = round(os.getloadavg()[0], 2)
    started = cpu_seconds()
    read_digits([preprocess.to_gray(pages["stamped"])[400:490, 520:700]])  # the recogniser's one-off load
    load = cpu_seconds() - started
    started = cpu_seconds()
    read_line(pages["clean"].crop((1400, 2000, 2000, 2200)))  # tesseract's library, loaded once per process
    line_load = cpu_seconds() - started
    folder = tempfile.TemporaryDirectory()
    pngs = {page: Path(folder.name) / f"{page}.png" for page in pages}
    for page, image in pages.items():
        image.save(pngs[page])
    servers = {name: served(checkout) for name, checkout in checkouts.items()}
    for read in servers.values():
        read(pngs["stamped"])  # each checkout's one-off loads, as this process's above
    runs: dict[str, Callable[[str], str]] = {
        "raw": lambda page: raw(pngs[page]),
        "plain": lambda page: plain(pages[page]),
        "paperwork": lambda page: paperwork(pages[page]),
    }
    names = [*servers, *runs]
    cost = {name: {page: float("inf") for page in pages} for name in names}
    texts: dict[str, dict[str, str]] = {name: {} for name in names}
    wall = time.perf_counter()
    for _ in range(args.rounds):
        for name in names:
            for page in pages:
                if name in servers:
                    texts[name][page], spent = servers[name](pngs[page])
                else:
                    before = cpu_seconds()
                    texts[name][page] = runs[name](page)
                    spent = cpu_seconds() - before
                cost[name][page] = min(cost[name][page], spent)
    folder.cleanup()
    per_page = {name: round(sum(costs.values()) / len(costs), 3) for name, costs in cost.items()}
    result = {
        "benchmark": "real_paperwork",
        "rounds": args.rounds,
        "load_average_1min": {"before": load_before, "after": round(os.getloadavg()[0], 2)},
        "cpu_seconds_per_page": {name: {p: round(s, 3) for p, s in c.items()} for name, c in cost.items()},
        "mean_cpu_seconds_per_page": per_page,
        "added_share": round(per_page["paperwork"] / per_page["plain"] - 1, 3),
        "added_share_per_page": {p: round(cost["paperwork"][p] / cost["plain"][p] - 1, 3) for p in pages},
        "over_raw_tesseract_per_page": {p: round(cost["paperwork"][p] / cost["raw"][p] - 1, 3) for p in pages},
        "checkouts": {name: str(checkout.resolve()) for name, checkout in checkouts.items()},
        "over_checkout_per_page": {
            name: {p: round(cost["paperwork"][p] / cost[name][p] - 1, 3) for p in pages} for name in servers
        },
        "recogniser_load_cpu_seconds_once_per_process": round(load, 3),
        "line_reader_load_cpu_seconds_once_per_process": round(line_load, 3),
        "signature_block_cer": {
            name: signature_cer(texts[name]["stamped"]) for name in [*servers, "plain", "paperwork"]
        },
        "wall_seconds": round(time.perf_counter() - wall, 1),
    }
    output = OUTPUT.with_name("real_paperwork_checkouts.json") if checkouts else OUTPUT
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
