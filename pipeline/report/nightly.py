"""The nightly report: one dated folder with an HTML page and the same data as CSV.

Three steps, so the HTML can be tested without a database: `collect` runs the queries into plain
dataclasses, `render_html` turns them into a page (Jinja2 with autoescape: document text is untrusted),
`write_report` writes the page and the CSV files. The page loads nothing from the network: charts are
inline SVG and a Content-Security-Policy forbids scripts and remote resources.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import duckdb
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.report import labels
from pipeline.store.queue.queue import QueueSummary
from pipeline.store.queue.queue import summary as queue_summary

REPORT_DEADLINE_KIND = "report_deadline_working_days"
RECENT_DAYS = 7
"""Documents ingested this many days before the report are listed (newest first, at most RECENT_LIMIT)."""
RECENT_LIMIT = 500
UNKNOWN = "(không rõ)"


@dataclass(frozen=True)
class OverdueTrip:
    """A trip whose written report was not in by its deadline (from the checks' findings)."""

    trip_id: str
    decision_number: str | None
    issuer: str | None
    destinations: str
    start_date: dt.date | None
    end_date: dt.date | None
    deadline: str | None
    deadline_rule: str | None
    """The rule that set the deadline, as the report names it ('Công văn số 20/UBND-NC')."""
    people: str
    report: str
    source_path: str | None


@dataclass(frozen=True)
class FindingRow:
    rule_kind: str
    rule_id: str
    severity: str
    trip_id: str | None
    decision_number: str | None
    issuer: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    person: str | None
    unit: str
    message: str
    rule_sentence: str | None
    """The rule's own sentence, quoted with `rule_citation` (the dispatch it comes from)."""
    rule_citation: str | None
    evidence: dict[str, Any]
    source_path: str | None


@dataclass(frozen=True)
class TripFindings:
    """The findings about one trip (or about no trip), as the report groups them."""

    trip_id: str | None
    decision_number: str | None
    issuer: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    source_path: str | None
    findings: list[FindingRow]

    @property
    def breaches(self) -> int:
        return sum(1 for f in self.findings if f.severity == "breach")


def by_trip(findings: Iterable[FindingRow]) -> list[TripFindings]:
    """Findings grouped by trip: trips with breaches first, then by decision number; findings about no trip last."""
    groups: dict[str | None, list[FindingRow]] = {}
    for finding in findings:
        groups.setdefault(finding.trip_id, []).append(finding)
    result = [
        TripFindings(key, rows[0].decision_number, rows[0].issuer, rows[0].start_date, rows[0].end_date,
                     rows[0].source_path, rows)
        for key, rows in groups.items()
    ]  # fmt: skip
    return sorted(result, key=lambda g: (g.trip_id is None, g.breaches == 0, g.decision_number or "", g.trip_id or ""))


@dataclass(frozen=True)
class DocumentRow:
    """A document that arrived recently: what it is, in its own (untrusted) words."""

    ingested_at: dt.datetime
    doc_type: str | None
    number: str | None
    issue_date: dt.date | None
    issuer: str | None
    subject: str | None
    status: str
    path: str


@dataclass(frozen=True)
class IngestErrorRow:
    path: str
    code: str
    message: str


@dataclass
class ReportData:
    """Everything the report shows, already queried: rendering needs no database."""

    as_of: dt.date
    generated_at: dt.datetime
    counts: dict[str, int]
    overdue: list[OverdueTrip] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)
    ingest_errors: list[IngestErrorRow] = field(default_factory=list)
    recent_documents: list[DocumentRow] = field(default_factory=list)
    trips_per_month: list[tuple[str, int]] = field(default_factory=list)
    trips_per_country: list[tuple[str, int]] = field(default_factory=list)
    findings_per_rule: list[tuple[str, int]] = field(default_factory=list)
    findings_per_unit: list[tuple[str, int]] = field(default_factory=list)
    review: QueueSummary | None = None
    """The review queue (issue 14): its size, oldest item and the page's address."""


# --------------------------------------------------------------------------- queries


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> int:
    row = con.execute(sql, list(params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def latest_check_run(con: duckdb.DuckDBPyConnection, as_of: dt.date) -> str | None:
    """The run id of the most recent check run as of this date: older runs' findings are history."""
    row = con.execute(
        "SELECT run_id FROM findings WHERE as_of = ? GROUP BY run_id ORDER BY max(created_at) DESC LIMIT 1",
        [as_of],
    ).fetchone()
    return row[0] if row else None


def _evidence(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    value = json.loads(raw) if isinstance(raw, str) else raw
    return value if isinstance(value, dict) else {"value": value}


def _deadline(evidence: dict[str, Any]) -> str | None:
    for key in ("deadline", "report_deadline", "due", "due_date"):
        if evidence.get(key):
            return str(evidence[key])
    return None


_DISMISSED = (
    "EXISTS (SELECT 1 FROM v_corrections c WHERE c.field = 'finding' AND c.target = f.finding_id "
    "AND c.sha256 = f.trip_id AND c.value = 'dismiss')"
)
"""A finding a person dismissed in the review queue: no longer an open finding of the report, only counted."""
_FINDINGS_SQL = f"""
SELECT f.rule_kind, f.rule_id, f.severity, f.trip_id, f.decision_number, f.person, f.message, f.evidence,
       ru.sentence AS rule_sentence, coalesce(ru.citation, ru.source_title, ru.source_number) AS rule_citation,
       coalesce(
           (SELECT any_value(m.unit) FROM trip_members m
             WHERE m.trip_id = f.trip_id AND m.name = f.person AND m.unit IS NOT NULL),
           t.issuer) AS unit,
       d.path AS source_path, t.issuer, t.start_date, t.end_date
FROM findings f
LEFT JOIN trips t ON t.trip_id = f.trip_id
LEFT JOIN documents d ON d.sha256 = f.trip_id
LEFT JOIN rules ru ON ru.rule_id = f.rule_id
WHERE f.run_id IS NOT DISTINCT FROM ? AND NOT {_DISMISSED}
ORDER BY CASE f.severity WHEN 'breach' THEN 0 ELSE 1 END, f.rule_kind, f.decision_number, f.person
"""


def _overdue(con: duckdb.DuckDBPyConnection, findings: list[dict[str, Any]]) -> list[OverdueTrip]:
    """One row per trip with a report-deadline finding, oldest return date first. Destinations, members and
    reports are read for all those trips at once (three queries, not three per trip: a large archive has a
    hundred thousand of them)."""
    by_trip: dict[str, list[dict[str, Any]]] = {}
    for row in findings:
        if row["rule_kind"] == REPORT_DEADLINE_KIND and row["trip_id"]:
            by_trip.setdefault(row["trip_id"], []).append(row)
    trips = [list(by_trip)]
    destinations, members, reports = (
        dict(con.execute(f"SELECT trip_id, {listed} FROM {table} WHERE trip_id IN (SELECT unnest(?::VARCHAR[])) "
                         "GROUP BY trip_id", trips).fetchall())
        for table, listed in (
            ("trip_destinations", "list(country ORDER BY ordinal)"),
            ("trip_members", "list(name ORDER BY ordinal)"),
            ("reports", "list({'number': number, 'report_date': report_date} ORDER BY report_date)"),
        )
    )  # fmt: skip
    result = []
    for trip_id, rows in by_trip.items():
        first = rows[0]
        people = sorted({r["person"] for r in rows if r["person"]}) or members.get(trip_id, [])
        if trip_reports := reports.get(trip_id):
            report = "; ".join(
                f"nộp muộn: {r['number'] or 'không số'} ngày {vn_date(r['report_date']) or '?'}" for r in trip_reports
            )
        else:
            report = "chưa có báo cáo"
        result.append(
            OverdueTrip(
                trip_id=trip_id,
                decision_number=first["decision_number"],
                issuer=first["issuer"],
                destinations=", ".join(destinations.get(trip_id, [])),
                start_date=first["start_date"],
                end_date=first["end_date"],
                deadline=next((d for d in (_deadline(_evidence(r["evidence"])) for r in rows) if d), None),
                deadline_rule=_evidence(first["evidence"]).get("rule_source") or first["rule_citation"],
                people=", ".join(people),
                report=report,
                source_path=first["source_path"],
            )
        )
    return sorted(result, key=lambda t: (t.end_date or dt.date.max, t.decision_number or ""))


def _months(rows: Iterable[tuple[dt.date, int]]) -> list[tuple[str, int]]:
    """Trips per calendar month, with empty months between the first and the last shown as zero."""
    counts: dict[tuple[int, int], int] = {}
    for day, n in rows:
        counts[(day.year, day.month)] = counts.get((day.year, day.month), 0) + n
    if not counts:
        return []
    (year, month), last = min(counts), max(counts)
    result = []
    while (year, month) <= last:
        result.append((f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def _tally(values: Iterable[str | None]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for value in values:
        key = value or UNKNOWN
        counts[key] = counts.get(key, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def collect(
    con: duckdb.DuckDBPyConnection, as_of: dt.date, run_id: str | None = None, *, now: dt.datetime | None = None
) -> ReportData:
    """Query everything the report shows; findings come from `run_id` or the latest check run as of `as_of`."""
    run_id = run_id or latest_check_run(con, as_of)
    findings = _rows(con, _FINDINGS_SQL, [run_id]) if run_id else []
    counts = {
        "documents": _scalar(con, "SELECT count(*) FROM documents"),
        "documents_failed": _scalar(con, "SELECT count(*) FROM documents WHERE status = 'failed'"),
        "ingest_errors": _scalar(con, "SELECT count(DISTINCT path) FROM ingest_errors"),
        "trips": _scalar(con, "SELECT count(*) FROM trips"),
        "reports": _scalar(con, "SELECT count(*) FROM reports"),
        "reports_linked": _scalar(con, "SELECT count(*) FROM reports WHERE trip_id IS NOT NULL"),
        "findings": len(findings),
        "breaches": sum(1 for f in findings if f["severity"] == "breach"),
        "warnings": sum(1 for f in findings if f["severity"] != "breach"),
        "findings_dismissed": _scalar(
            con, f"SELECT count(*) FROM findings f WHERE f.run_id IS NOT DISTINCT FROM ? AND {_DISMISSED}", [run_id]
        )
        if run_id
        else 0,
    }
    overdue = _overdue(con, findings)
    counts["overdue_trips"] = len(overdue)
    generated_at = now or dt.datetime.now().replace(microsecond=0)
    return ReportData(
        as_of=as_of,
        generated_at=generated_at,
        counts=counts,
        overdue=overdue,
        findings=[
            FindingRow(
                rule_kind=f["rule_kind"],
                rule_id=f["rule_id"],
                severity=f["severity"],
                trip_id=f["trip_id"],
                decision_number=f["decision_number"],
                issuer=f["issuer"],
                start_date=f["start_date"],
                end_date=f["end_date"],
                person=f["person"],
                unit=f["unit"] or UNKNOWN,
                message=f["message"],
                rule_sentence=f["rule_sentence"],
                rule_citation=f["rule_citation"],
                evidence=_evidence(f["evidence"]),
                source_path=f["source_path"],
            )
            for f in findings
        ],
        ingest_errors=[
            IngestErrorRow(r["path"], r["code"], r["message"])
            for r in _rows(
                con,
                'SELECT path, arg_max(code, "at") AS code, arg_max(message, "at") AS message '
                "FROM ingest_errors GROUP BY path ORDER BY path",
            )
        ],
        recent_documents=[
            DocumentRow(**row)
            for row in _rows(
                con,
                "SELECT ingested_at, doc_type, number, issue_date, issuer, subject, status, path FROM documents "
                "WHERE ingested_at >= ? ORDER BY ingested_at DESC, path LIMIT ?",
                [generated_at - dt.timedelta(days=RECENT_DAYS), RECENT_LIMIT],
            )
        ],
        trips_per_month=_months(
            con.execute(
                "SELECT start_date, count(*) FROM trips WHERE start_date IS NOT NULL GROUP BY start_date"
            ).fetchall()
        ),
        trips_per_country=[
            (country, int(n))
            for country, n in con.execute(
                "SELECT country, count(DISTINCT trip_id) AS n FROM trip_destinations "
                "GROUP BY country ORDER BY n DESC, country"
            ).fetchall()
        ],
        findings_per_rule=_tally(f["rule_kind"] for f in findings),
        findings_per_unit=_tally(f["unit"] for f in findings),
        review=queue_summary(con),
    )


# --------------------------------------------------------------------------- charts


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: float


@dataclass(frozen=True)
class Chart:
    """Geometry of a horizontal bar chart; the template draws it as inline SVG."""

    title: str
    bars: list[Bar]
    width: int
    height: int
    label_width: int
    row_height: int


def bar_chart(title: str, items: Sequence[tuple[str, int]], *, width: int = 640, label_width: int = 240) -> Chart:
    """Lay out one bar per item, scaled to the largest value (pure: no drawing, no escaping here)."""
    row_height = 22
    plot = width - label_width - 50
    top = max((v for _, v in items), default=0) or 1
    bars = [
        Bar(label=label, value=value, y=i * row_height, width=round(plot * value / top, 1))
        for i, (label, value) in enumerate(items)
    ]
    return Chart(title, bars, width, max(len(bars), 1) * row_height, label_width, row_height)


# --------------------------------------------------------------------------- rendering


def file_href(path: str | None, report_dir: Path) -> str | None:
    """A link from the report folder to a source document, relative so both folders can move together."""
    if not path:
        return None
    relative = os.path.relpath(Path(path).resolve(), report_dir.resolve())
    return quote(Path(relative).as_posix())


def _hrefs(report_dir: Path) -> Callable[[str | None], str | None]:
    """`file_href` from one report folder, each path resolved once (the page links a trip's decision twice,
    and resolving reads the file system: a hundred thousand trips are seconds of it)."""
    folder = report_dir.resolve()
    return functools.cache(lambda path: file_href(path, folder))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["evidence_value"] = _evidence_value
    env.filters["vn_date"] = vn_date
    env.filters["rule_kind"] = lambda key: labels.label(labels.RULE_KINDS, key)
    env.filters["severity"] = lambda key: labels.label(labels.SEVERITIES, key)
    env.filters["doc_type"] = lambda key: labels.label(labels.DOC_TYPES, key) if key else ""
    env.filters["doc_status"] = lambda key: labels.label(labels.STATUSES, key)
    env.filters["evidence_key"] = lambda key: labels.label(labels.EVIDENCE, key)
    env.filters["review_field"] = lambda key: labels.label(labels.REVIEW_FIELDS, key)
    env.filters["review_reason"] = lambda key: labels.label(labels.REVIEW_REASONS, key)
    return env


def vn_date(value: dt.date | str | None) -> str:
    """A date as Vietnamese readers write it, dd/mm/yyyy (an ISO string from the evidence too)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def _evidence_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return vn_date(text)
    return labels.EVIDENCE_VALUES.get(text, text)


def render_html(data: ReportData, report_dir: Path) -> str:
    """The report page; every value from the documents goes through autoescape."""
    template = _environment().get_template("nightly_report.html")
    return template.render(
        data=data,
        groups=by_trip(data.findings),
        recent_days=RECENT_DAYS,
        href=_hrefs(report_dir),
        charts=[
            bar_chart("Chuyến đi theo tháng (ngày đi)", [(f"{m[5:]}/{m[:4]}", n) for m, n in data.trips_per_month]),
            bar_chart("Chuyến đi theo nước đến", data.trips_per_country),
            bar_chart(
                "Phát hiện theo quy định",
                [(labels.label(labels.RULE_KINDS, kind), n) for kind, n in data.findings_per_rule],
            ),
            bar_chart("Phát hiện theo đơn vị", data.findings_per_unit),
        ],
    )


# --------------------------------------------------------------------------- CSV

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """Document text must not become a spreadsheet formula when the CSV is opened in Excel."""
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # BOM: Excel reads UTF-8 Vietnamese
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([_csv_cell(v) for v in row] for row in rows)


def write_csvs(data: ReportData, folder: Path) -> list[Path]:
    """The report's data as CSV files, one per table or chart."""
    tables: dict[str, tuple[Sequence[str], list[Sequence[Any]]]] = {
        "counts.csv": (("metric", "value"), list(data.counts.items())),
        "overdue_trips.csv": (
            list(OverdueTrip.__dataclass_fields__),
            [list(asdict(t).values()) for t in data.overdue],
        ),
        "findings.csv": (
            list(FindingRow.__dataclass_fields__),
            [list(asdict(f).values()) for f in data.findings],
        ),
        "ingest_errors.csv": (("path", "code", "message"), [list(asdict(e).values()) for e in data.ingest_errors]),
        "recent_documents.csv": (
            list(DocumentRow.__dataclass_fields__),
            [list(asdict(d).values()) for d in data.recent_documents],
        ),
        "trips_per_month.csv": (("month", "trips"), list(data.trips_per_month)),
        "trips_per_country.csv": (("country", "trips"), list(data.trips_per_country)),
        "findings_per_rule.csv": (("rule_kind", "findings"), list(data.findings_per_rule)),
        "findings_per_unit.csv": (("unit", "findings"), list(data.findings_per_unit)),
    }
    paths = []
    for name, (header, rows) in tables.items():
        _write_csv(folder / name, header, rows)
        paths.append(folder / name)
    return paths


def save(data: ReportData, reports_root: Path) -> Path:
    """Write `reports_root/YYYY-MM-DD/index.html` and its CSV files; returns the HTML path."""
    folder = reports_root / data.as_of.isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(render_html(data, folder), encoding="utf-8")
    write_csvs(data, folder)
    return page


def write_report(con: duckdb.DuckDBPyConnection, as_of: dt.date, reports_root: Path, run_id: str | None = None) -> Path:
    """Query and write the report for `as_of`; returns the HTML path."""
    return save(collect(con, as_of, run_id), reports_root)
