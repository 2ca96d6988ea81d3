"""Rule extraction recall/precision on a folder of dispatch texts against benchmarks/seed_rule_labels.json.

Usage: python benchmarks/eval_seed_rules.py SEEDS_DIR   (prints one JSON object; per-file counts included)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.rules import find_rules
from pipeline.rule_eval import compare_rules, scores

LABELS = Path(__file__).resolve().parent / "seed_rule_labels.json"


def main(folder: Path) -> None:
    labels = {k: v for k, v in json.loads(LABELS.read_text(encoding="utf-8")).items() if k != "note"}
    per_file = {}
    for name, expected in sorted(labels.items()):
        path = folder / name
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        per_file[name] = compare_rules(expected, find_rules(path.read_text(encoding="utf-8")))
    print(json.dumps({"benchmark": "seed_rules", **scores(per_file.values()), "files": per_file}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
