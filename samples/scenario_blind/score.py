"""Run congvan on the blind scenario's scans as a user would, and score its findings against the hand-written set.

    .venv/bin/python -m samples.scenario_blind.score [--workdir DIR] [--json] [--as-of DATE]
    .venv/bin/python -m samples.scenario_blind2.score ...   (the same on another scenario folder)

Steps (each a `congvan` command on a fresh database): `rules extract` each dispatch, `rules approve --all`,
`ingest` the scans, `link`, `check --as-of` the scenario's date, then `findings --json` and `trips --json`. A
dispatch whose rules were not extracted (`rules extract` exited non-zero: unreadable, or Prefect's server did not
start) stops the scoring: a rule base short of a document's rules gives a plausible, wrong score.

Scoring: a congvan trip is matched to an expected trip by its decision number (canonical: case, diacritics,
spaces and dashes aside), or, when the number was not read, by its start date and the most shared members.
A finding is the key (rule kind, expected decision of its trip[, person for per-person kinds]); precision and
recall are over distinct keys, and every miss and extra is listed with congvan's message. Trip member recall is
the share of expected members found (names compared without diacritics, rapidfuzz ratio ≥ 85) on the matched
trips; an unmatched trip counts all its members missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

HERE = Path(__file__).parent
EXPECTED = HERE / "expected_findings.json"
NAME_THRESHOLD = 85


@dataclass(frozen=True)
class Scenario:
    """A scenario folder: `texts/` and `scans/` of the same stems (the dispatches start with "00-", in issue order),
    `expected_findings.json` with its check date (`as_of`). Kon Tum 2024 here; others reuse this scorer."""

    folder: Path

    @property
    def expected_path(self) -> Path:
        return self.folder / "expected_findings.json"

    def expected(self) -> dict[str, Any]:
        return json.loads(self.expected_path.read_text(encoding="utf-8"))

    @property
    def dispatches(self) -> list[str]:
        """Every rule document: a later one may amend an earlier one's limits, as a rule maintainer reads them."""
        return [p.stem for p in sorted((self.folder / "texts").glob("00-*.txt"))]


KON_TUM = Scenario(HERE)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def number_key(number: str | None) -> str | None:
    if not number:
        return None
    return "".join(c for c in fold(number) if c.isalnum())


def same_name(a: str, b: str) -> bool:
    return fuzz.ratio(fold(a), fold(b)) >= NAME_THRESHOLD


def member_names(trip: dict[str, Any]) -> list[str]:
    return [m["name"] if isinstance(m, dict) else str(m) for m in trip.get("members") or [] if m]


@dataclass
class Score:
    precision: float
    recall: float
    matched: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    member_recall: float = 0.0
    members_found: int = 0
    members_expected: int = 0
    trips_matched: int = 0
    trips_expected: int = 0
    trip_notes: list[str] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=lambda: {"right": 0, "null": 0, "wrong": 0})
    reports_linked_right: int = 0
    reports_expected: int = 0

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def match_trips(expected: list[dict[str, Any]], trips: list[dict[str, Any]]) -> dict[str, str]:
    """congvan trip id → expected decision number."""
    by_key = {number_key(t["decision_number"]): t for t in expected}
    out: dict[str, str] = {}
    for trip in trips:
        key = number_key(trip.get("decision_number"))
        if key in by_key:
            out[trip["trip_id"]] = by_key[key]["decision_number"]
            continue
        best, best_shared = None, 0
        for exp in expected:
            if trip.get("start_date") != exp["start"]:
                continue
            shared = sum(any(same_name(n, e) for e in exp["members"]) for n in member_names(trip))
            if shared > best_shared:
                best, best_shared = exp, shared
        if best is not None:
            out[trip["trip_id"]] = best["decision_number"]
    return out


def finding_key(kind: str, decision: str | None, person: str | None, per_person: set[str]) -> tuple[str, str, str]:
    return (kind, decision or "?", fold(person) if kind in per_person and person else "")


def score(
    expected: dict[str, Any],
    findings: list[dict[str, Any]],
    trips: list[dict[str, Any]],
    scenario: Scenario = KON_TUM,
) -> Score:
    trip_map = match_trips(expected["trips"], trips)
    per_person = {f["rule_kind"] for f in expected["findings"] if f["person"]}
    want = {finding_key(f["rule_kind"], f["decision_number"], f["person"], per_person): f for f in expected["findings"]}
    got: dict[tuple[str, str, str], dict[str, Any]] = {}
    for f in findings:
        decision = trip_map.get(f.get("trip_id") or "") or f.get("decision_number")
        key = finding_key(f["rule_kind"], decision, f.get("person"), per_person)
        if key[2]:  # per-person: accept an OCR-damaged spelling of the expected person
            for wk in want:
                if wk[:2] == key[:2] and wk[2] and fuzz.ratio(wk[2], key[2]) >= NAME_THRESHOLD:
                    key = wk
        got.setdefault(key, f)
    hits = [k for k in want if k in got]
    result = Score(
        precision=round(len(hits) / len(got), 3) if got else 0.0,
        recall=round(len(hits) / len(want), 3) if want else 1.0,
        matched=[" | ".join(k) for k in hits],
        missed=[f"{' | '.join(k)} — {want[k]['why']}" for k in want if k not in got],
        extra=[f"{' | '.join(k)} — [{f.get('severity')}] {f.get('message')}" for k, f in got.items() if k not in want],
    )
    by_decision = {
        d: [t for t in trips if trip_map.get(t["trip_id"]) == d]
        for d in {e["decision_number"] for e in expected["trips"]}
    }
    for exp in expected["trips"]:
        result.members_expected += len(exp["members"])
        result.trips_expected += 1
        mine = by_decision.get(exp["decision_number"]) or []
        if not mine:
            result.trip_notes.append(f"{exp['decision_number']}: no trip read")
            continue
        result.trips_matched += 1
        read_as = number_key(mine[0].get("decision_number"))
        verdict = "null" if read_as is None else "right" if read_as == number_key(exp["decision_number"]) else "wrong"
        result.numbers[verdict] += 1
        if exp["report"]:
            result.reports_expected += 1
            linked = {scan_report_number(r.get("sha256"), scenario) for r in mine[0].get("reports") or []}
            if number_key(exp["report"]) in {number_key(n) for n in linked}:
                result.reports_linked_right += 1
            else:
                result.trip_notes.append(
                    f"{exp['decision_number']}: report {exp['report']} not linked (linked: {linked or '-'})"
                )
        names = member_names(mine[0])
        found = [e for e in exp["members"] if any(same_name(n, e) for n in names)]
        result.members_found += len(found)
        lost = [e for e in exp["members"] if e not in found]
        if lost or verdict != "right":
            result.trip_notes.append(
                f"{exp['decision_number']} (read as {mine[0].get('decision_number')}): "
                f"members missed {lost}; read {names}"
            )
    result.member_recall = round(result.members_found / result.members_expected, 3)
    return result


def scan_report_number(sha256: str | None, scenario: Scenario = KON_TUM) -> str | None:
    """The printed number of the report file with these bytes, from the "Số:" line of its text (a party report's
    "Số 46-BC/TU" has no colon)."""
    for path in [*(scenario.folder / "scans").glob("bc-*.pdf"), *(scenario.folder / "texts").glob("bc-*.txt")]:
        if hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
            text = (scenario.folder / "texts" / f"{path.stem}.txt").read_text(encoding="utf-8")
            # a two-column header types the place and date after a tab on the same line
            return next((m[1] for ln in text.splitlines() if (m := _OWN_NUMBER.match(ln))), None)
    return None


_OWN_NUMBER = re.compile(r"Số:?[ \t]+([^\t]+?)[ \t]*(?:\t|$)")


def congvan(*args: str, db: Path, cwd: Path, allowed: tuple[int, ...] = (0, 1)) -> str:
    """A congvan command's output; an exit status not allowed stops the scoring (1, an input that failed, is
    allowed unless the caller says otherwise)."""
    exe = Path(sys.executable).parent / "congvan"
    proc = subprocess.run(
        [str(exe), *args, "--db", str(db)], cwd=cwd, capture_output=True, text=True, env=os.environ.copy(), check=False
    )
    if proc.returncode not in allowed:
        raise RuntimeError(f"congvan {' '.join(args)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return proc.stdout


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


def run(
    workdir: Path, texts: bool = False, scenario: Scenario = KON_TUM, as_of: str | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """The user's sequence on a fresh database in workdir; returns findings, trips and the proposed rules.

    `texts` reads the hand-written texts instead of the scans: a diagnostic that separates what OCR loses from
    what the extractors miss on the exact text (the scans are the scenario's measure).
    """
    db = workdir / "scenario.duckdb"
    scans = scenario.folder / ("texts" if texts else "scans")
    suffix = ".txt" if texts else ".pdf"
    # a rule document not read is a rule base short of its rules, and the score would look plausible: refused
    rules = "".join(
        congvan("rules", "extract", str(scans / (stem + suffix)), db=db, cwd=workdir, allowed=(0,))
        for stem in scenario.dispatches
    )
    congvan("rules", "approve", "--all", "--actor", "scenario", db=db, cwd=workdir)
    congvan("ingest", str(scans), db=db, cwd=workdir)
    congvan("link", db=db, cwd=workdir)
    congvan("check", "--as-of", as_of or scenario.expected()["as_of"], db=db, cwd=workdir)
    findings = json_lines(congvan("findings", "--json", db=db, cwd=workdir))
    trips = json_lines(congvan("trips", "--json", db=db, cwd=workdir))
    (workdir / "findings.jsonl").write_text("\n".join(json.dumps(f, ensure_ascii=False) for f in findings))
    (workdir / "trips.jsonl").write_text("\n".join(json.dumps(t, ensure_ascii=False) for t in trips))
    return findings, trips, rules


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def main(argv: list[str], scenario: Scenario = KON_TUM) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workdir", type=Path, help="keep the database and outputs here (default: a temp dir)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--texts", action="store_true", help="diagnostic: the exact texts instead of the scans")
    parser.add_argument("--rescore", action="store_true", help="score the outputs already in --workdir, run nothing")
    parser.add_argument("--as-of", help="check date (default: the scenario's as_of)")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix=f"{scenario.folder.name}_"))
    workdir.mkdir(parents=True, exist_ok=True)
    if args.rescore:
        findings, trips, rules = (
            json_lines(read(workdir / "findings.jsonl")),
            json_lines(read(workdir / "trips.jsonl")),
            "",
        )
    else:
        findings, trips, rules = run(workdir, texts=args.texts, scenario=scenario, as_of=args.as_of)
    result = score(scenario.expected(), findings, trips, scenario)
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(rules)
    print(f"findings precision {result.precision}, recall {result.recall} ({len(result.matched)} matched)")
    for line in result.missed:
        print("  MISS ", line)
    for line in result.extra:
        print("  EXTRA", line)
    print(
        f"trips matched {result.trips_matched}/{result.trips_expected}; member recall {result.member_recall} "
        f"({result.members_found}/{result.members_expected})"
    )
    print(
        f"decision numbers read: {result.numbers}; "
        f"reports linked to the right trip {result.reports_linked_right}/{result.reports_expected}"
    )
    for note in result.trip_notes:
        print("  TRIP ", note)
    print(f"outputs in {workdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
