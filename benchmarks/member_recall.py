"""Member recall on synthetic scans: borderless member tables and members named in running text.

    .venv/bin/python benchmarks/member_recall.py [--code DIR] [--json]

Renders the pages of `tests/tablepaper.py` (4 borderless layouts × mild or scanner noise × 2 seeds) and of
`tests/test_members_scanned.py` (3 running-text forms over a page break), OCRs them with the extractors of `--code`
(default: this checkout; give a baseline checkout's folder to compare, in the same run), and counts the members
found (names compared without diacritics as the scenario scorer does: rapidfuzz ratio ≥ 85) and those with their
title. The pages are rendered by this checkout's helpers whatever `--code` is. A development figure: the layouts
were written beside the code (docs/member-tables.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def measure(code: Path) -> dict[str, Any]:
    sys.path[:0] = [str(code), str(HERE)]
    from rapidfuzz import fuzz

    import extractors

    assert Path(extractors.__file__).is_relative_to(code), extractors.__file__
    from extractors.members import find_members
    from extractors.text.scan import ocr_page
    from samples.tools.render import scan, scan_pages

    paper = _load("tests.tablepaper", HERE / "tests" / "tablepaper.py")
    prose = _load("tests.test_members_scanned", HERE / "tests" / "test_members_scanned.py")
    members, titles = paper.MEMBERS, paper.TITLES_AND_UNITS

    def score(text: str) -> tuple[int, int]:
        found = find_members(text)
        names = sum(any(fuzz.ratio(name, m.name) >= 85 for m in found) for name, _ in members)
        right = sum(
            any(fuzz.ratio(name, m.name) >= 85 and fuzz.ratio(title, m.title or "") >= 85 for m in found)
            for (name, _), (title, _) in zip(members, titles, strict=True)
        )
        return names, right

    people = list(enumerate(zip(members, titles, strict=True), 1))
    four = [("STT", "Họ và tên", "Chức vụ", "Đơn vị"), *((str(i), n, t, u) for i, ((n, _), (t, u)) in people)]
    three = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(members, 1))]
    five = [
        (*four[0][:3], "Đơn vị công tác", "Ghi chú"),
        *((*r, "Trưởng đoàn" if r[0] == "1" else "") for r in four[1:]),
    ]
    wrapped = [("STT", "Họ và tên", "Chức vụ, đơn vị"), *((i, n, f"{t}, {u}") for i, n, t, u in four[1:])]
    before = ("QUYẾT ĐỊNH", "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 10/3/2025",
              "đến ngày 16/3/2025, gồm:")  # fmt: skip
    after = ("Điều 2. Kinh phí chuyến đi do ngân sách tỉnh bảo đảm theo quy định hiện hành.",
             "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")  # fmt: skip
    layouts: dict[str, tuple[list[Any], list[int], dict[str, Any]]] = {
        "4 columns, top": (four, [160, 560, 640, 700], {"before": before, "after": after}),
        "3 columns, centred": (three, [150, 650, 1200], {"centred": True}),
        "5 columns, note": (five, [140, 540, 560, 560, 260], {"before": before, "after": after, "padding": 25}),
        "3 columns, wrapped header, centred": (wrapped, [150, 600, 700], {"centred": True, "before": before,
                                                                          "after": after}),
    }  # fmt: skip
    runs: list[dict[str, Any]] = []
    for name, (rows, widths, options) in layouts.items():
        for scanner in (False, True):
            for seed in (1, 2):
                image = paper.table_page(rows, widths, ruled=False, seed=seed, **options)
                if scanner:
                    image = scan(image.convert("L"), random.Random(seed))
                found, right = score(ocr_page(image, 1).text)
                runs.append({"kind": "table", "layout": name, "scanner": scanner, "seed": seed, "members": found,
                             "with_title": right, "expected": len(members)})  # fmt: skip
    for form in sorted(prose.FORMS):
        pages = scan_pages(prose._decision(prose.FORMS[form]), seed=3)
        found, right = score("\f".join(ocr_page(image, number).text for number, image in enumerate(pages, 1)))
        runs.append({"kind": "prose", "layout": form, "scanner": True, "seed": 3, "members": found,
                     "with_title": right, "expected": len(members)})  # fmt: skip
    totals = {
        kind: {
            key: sum(run[key] for run in runs if run["kind"] == kind) for key in ("members", "with_title", "expected")
        }
        for kind in ("table", "prose")
    }
    return {"code": str(code), "totals": totals, "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=HERE, help="checkout whose extractors are measured")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.code.resolve())
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for run in result["runs"]:
        noise = "scanner" if run["scanner"] else "mild"
        print(f"{run['kind']:5s} {run['layout']:36s} {noise:7s} seed {run['seed']}: members {run['members']}/"
              f"{run['expected']}, with title {run['with_title']}")  # fmt: skip
    for kind, total in result["totals"].items():
        print(f"{kind}: members {total['members']}/{total['expected']}, with title {total['with_title']}")


if __name__ == "__main__":
    main()
