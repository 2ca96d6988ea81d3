"""The reviewed rule base: rules proposed from dispatches, the shipped central defaults, and every review
action recorded in `rule_events` (who, when, what changed).

A rule's id is a hash of its source document, kind, value and sentence, so reading a dispatch twice proposes
nothing new. Rules change status proposed → active → retired (or proposed → rejected); edits change the
value, the exception's value, who it applies to, or where it applies.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
from pydantic import ValidationError

from extractors.document import EXTRACTOR_VERSION
from extractors.issuing_body import BODY_WORDS
from extractors.programmes import named_programme
from extractors.rule_changes import REPEALS, RuleChange, find_rule_changes
from extractors.rule_dates import document_start
from extractors.rules import extract_rules
from extractors.scope import scope_of
from extractors.supersession import find_supersessions
from pipeline.errors import CongvanError
from pipeline.link.reports import decision_key
from pipeline.store.queue.items import document_items
from pipeline.store.write import transaction
from schemas.document import Citation, Document, TripExclusion, UnitOffices
from schemas.errors import ErrorCode
from schemas.rules import Rule, RuleKind, RuleStatus, Severity

DEFAULT_RULES_PATH = Path(__file__).parent / "data" / "default_rules.json"

DOC_TYPE_NAMES = {
    "cong_van": "Công văn",
    "chi_thi": "Chỉ thị",
    "ke_hoach": "Kế hoạch",
    "quy_dinh": "Quy định",
    "quy_che": "Quy chế",
    "huong_dan": "Hướng dẫn",
    "nghi_quyet": "Nghị quyết",
    "thong_bao": "Thông báo",
    "quyet_dinh": "Quyết định",
}
_CENTRAL = re.compile(
    r"trung ương|bộ chính trị|ban bí thư|chính phủ|thủ tướng|quốc hội|^bộ\s|/tw\b|-ttg\b|nđ-cp", re.IGNORECASE
)
_PLACE = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+(?:ủy|uỷ))?\s+(?!(?:ủy|uỷ)\b)(.+)$", re.IGNORECASE
)  # "UBND tỉnh X", "Tỉnh ủy X" → X; "Ban Thường vụ Tỉnh ủy" names no place

_COLUMNS = (
    "rule_id, kind, value, unit, applies_to, exception, exception_value, scope, severity, jurisdiction, "
    "jurisdiction_key, effective_from, source_number, source_sha256, source_title, citation, sentence, status, origin, "
    "scope_definition, source_page, problem, effective_to, superseded_by, source_symbol, source_date, source_to_check, "
    "effective_basis, effective_to_basis, trip_exclusions, body_scope, body_scope_text, not_counted, firm_kinds, "
    "same_person"
)
_JSON_COLUMNS = ("scope_definition", "trip_exclusions", "not_counted", "firm_kinds")
"""Columns holding a model (or a list of them) as JSON."""


_NAMES = tuple(c.strip() for c in _COLUMNS.split(","))


class RuleNotFound(CongvanError):
    code = ErrorCode.RULES_NOT_FOUND
    exit_code = 2


class RuleRefused(CongvanError):
    """A review action that cannot apply (approve an active rule, a value the kind cannot hold, no change)."""

    code = ErrorCode.RULES_REFUSED
    exit_code = 2


def default_actor() -> str:
    """Who is acting when no --actor is given: $USER, else the login name."""
    return os.environ.get("USER") or getpass.getuser()


def jurisdiction_key(issuer: str | None, number: str | None = None, place: str | None = None) -> str | None:
    """'central' for the Party centre and the Government (they bind every province), else the place name
    (lower case) a trip's issuer must contain for the rule to apply; None when nothing says where."""
    joined = " ".join(x for x in (issuer, number) if x)
    if joined and _CENTRAL.search(joined):
        return "central"
    if issuer:
        match = _PLACE.search(issuer.strip())
        if match:
            return match.group(1).strip().lower()
    return place.strip().lower() if place else None


def citation_of(document: Document) -> str:
    """How findings name a dispatch: 'Công văn số 1271/UBND-NC', or the body and date when unnumbered, or its
    file when a scan's header gave neither (an inspector must be able to find it)."""
    name = DOC_TYPE_NAMES.get(document.doc_type.value if document.doc_type else "", "Văn bản")
    if document.number and re.match(r"\d", document.number):
        return f"{name} số {document.number}"
    parts = [name]
    if document.issuer:
        parts.append(f"của {document.issuer}")
    if document.issue_date:
        parts.append(f"ngày {document.issue_date:%d/%m/%Y}")
    if len(parts) == 1:
        parts.append(f"(số, nơi ban hành và ngày chưa đọc được; tệp {Path(document.source.path).name})")
    return " ".join(parts)


def _rule_id(sha256: str, kind: str, value: float | None, sentence: str) -> str:
    digest = hashlib.sha256(f"{sha256}|{kind}|{value}|{sentence}".encode()).hexdigest()
    return f"R-{digest[:10]}"


def _event(con: duckdb.DuckDBPyConnection, rule_id: str, action: str, actor: str, details: dict[str, Any]) -> None:
    con.execute(
        'INSERT INTO rule_events (rule_id, action, actor, "at", details) VALUES (?, ?, ?, ?, ?)',
        [rule_id, action, actor, dt.datetime.now(), json.dumps(details, ensure_ascii=False, default=str)],
    )


_SOURCE_FIELDS = ("source_number", "source_symbol", "source_date", "source_title", "source_to_check", "citation")
"""What a rule says of its source document: re-read with the document, never a reviewer's decision."""
_SOURCE_VALUES = {
    "number": "the dispatch's number (số)",
    "issue_date": "the dispatch's date (ngày ban hành)",
}
"""The header values a rule's source is named by → how a reviewer is told about them."""


def source_to_check(document: Document) -> str | None:
    """What a reviewer must check about a rule's source before approving it: each header value the dispatch's
    scan did not give for sure (its number, date, issuer, subject), why, and the review item that asks it;
    None when all were read. Findings cite the source, so a value that is not sure stays null and is named here."""
    items = {item.field: item for item in document_items(document)}
    problems = []
    for field_name, label in _SOURCE_VALUES.items():
        item = items.get(field_name)
        if item is not None:
            read = f" (read {item.candidate!r})" if item.reason == "low_confidence" else ""
            why = item.detail or item.reason
            problems.append(f"{label}{read}: {why} — review item {item.item_id} (`congvan review set`)")
        elif getattr(document, field_name) is None:
            problems.append(f"{label}: not found in the header")
    if document.issuer is None and document.parent_issuer is None:
        problems.append("the issuing body: not read from the header — set the rule's jurisdiction (`rules edit`)")
    if document.subject is None:
        problems.append("the subject (trích yếu): not read from the header")
    return "; ".join(problems) or None


def _insert(con: duckdb.DuckDBPyConnection, rule: Rule, citation: str | None) -> bool:
    """Insert a rule unless its id exists; True when it was new. An existing rule read again from its dispatch
    takes the source as read now, and its reading too unless a reviewer approved it (`_reread`)."""
    if con.execute("SELECT 1 FROM rules WHERE rule_id = ?", [rule.id]).fetchone():
        _reread(con, rule, citation)
        return False
    now = dt.datetime.now()
    values = rule.model_dump(mode="json")
    row = {name: values.get(name) for name in _NAMES}
    row.update(rule_id=rule.id, citation=citation, effective_from=rule.effective_from)
    for name in _JSON_COLUMNS:
        row[name] = _stored(name, values[name])
    con.execute(
        f"INSERT INTO rules ({_COLUMNS}, created_at, updated_at) VALUES ({', '.join(['?'] * (len(_NAMES) + 2))})",
        [*row.values(), now, now],
    )
    return True


def _stored(column: str, value: Any) -> Any:
    """A rule's value (as `model_dump(mode="json")` gives it) as its column holds it: a model or list as JSON, an
    empty one as null."""
    if column in _JSON_COLUMNS:
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


_READ_FIELDS = (
    "unit",
    "applies_to",
    "scope",
    "scope_definition",
    "exception",
    "exception_value",
    "severity",
    "problem",
    "effective_from",
    "effective_basis",
    "jurisdiction",
    "jurisdiction_key",
    "body_scope",
    "body_scope_text",
    "trip_exclusions",
    "not_counted",
    "firm_kinds",
    "same_person",
)
"""What the extractor reads of a rule besides what its id is made of (document, kind, value, sentence) and its
source: a newer extractor may read it otherwise. A reviewer approves it; an edit (`edit_rule`) is the reviewer's."""
_EDITED_WITH = {"applies_to": ("scope",), "jurisdiction": ("jurisdiction_key",)}
"""The fields an edit of one sets with it."""


def _edited(con: duckdb.DuckDBPyConnection, rule_id: str) -> set[str]:
    """The fields a reviewer set by hand (`rules edit`): a re-read leaves them as set."""
    rows = con.execute("SELECT details FROM rule_events WHERE rule_id = ? AND action = 'edit'", [rule_id]).fetchall()
    fields = {name for (details,) in rows for name in json.loads(details or "{}")}
    return fields | {also for name in fields for also in _EDITED_WITH.get(name, ())}


def _reread(con: duckdb.DuckDBPyConnection, rule: Rule, citation: str | None) -> None:
    """A dispatch read again (a newer extractor) gives its rule the source as read now (the header: never a reviewer's
    decision), and its reading as read now — the fields of `_READ_FIELDS` a reviewer did not edit — by the status:
    a rule no reviewer approved (proposed, or out of force: rejected, retired) takes it (event `reread_source`, the
    old and new values); an active rule keeps the reading its reviewer approved and applies it, and the new one
    waits in `rule_rereads` for review (event `reread_review`): `rules show` prints both, `rules approve` takes the
    new one, `rules reject` keeps the approved one. A re-read that agrees with the rule again withdraws a waiting one.
    Shipped defaults are not read from a dispatch. Called inside the document's transaction."""
    old = get_rule(con, rule.id)
    if old.origin != "extracted" or old.source_sha256 != rule.source_sha256:
        return
    [(cited,)] = con.execute("SELECT citation FROM rules WHERE rule_id = ?", [rule.id]).fetchall()
    header = {*_SOURCE_FIELDS, "source_page"}
    before = {**old.model_dump(mode="json", include=header), "citation": cited}
    now = {**rule.model_dump(mode="json", include=header), "citation": citation}
    source = {k: v for k, v in now.items() if before.get(k) != v}
    edited = _edited(con, rule.id)
    old_read, new_read = old.model_dump(mode="json"), rule.model_dump(mode="json")
    reading = {k: [old_read[k], new_read[k]] for k in _READ_FIELDS if k not in edited and old_read[k] != new_read[k]}
    at = dt.datetime.now()
    if old.status == RuleStatus.ACTIVE:
        waiting = pending_reread(con, rule.id)
        if reading != (waiting or {}).get("changes", {}):
            con.execute("DELETE FROM rule_rereads WHERE rule_id = ?", [rule.id])
            if reading:
                con.execute(
                    "INSERT INTO rule_rereads VALUES (?, ?, ?, ?)",
                    [rule.id, EXTRACTOR_VERSION, at, json.dumps(reading, ensure_ascii=False, default=str)],
                )
            details = {"extractor_version": EXTRACTOR_VERSION, "changes": reading}
            _event(con, rule.id, "reread_review" if reading else "reread_agrees", "congvan", details)
        reading = {}
    changes = {k: [before.get(k), v] for k, v in source.items()} | reading
    if not changes:
        return
    _update(con, rule.id, {k: _stored(k, new) for k, (_, new) in changes.items()}, at)
    _event(con, rule.id, "reread_source", "congvan", changes)


def _update(con: duckdb.DuckDBPyConnection, rule_id: str, columns: dict[str, Any], at: dt.datetime) -> None:
    """Set a rule's `columns` (values as their columns hold them) and its update time."""
    assignments = ", ".join(f"{column} = ?" for column in columns)
    con.execute(f"UPDATE rules SET {assignments}, updated_at = ? WHERE rule_id = ?", [*columns.values(), at, rule_id])


def pending_reread(con: duckdb.DuckDBPyConnection, rule_id: str) -> dict[str, Any] | None:
    """The reading of an active rule a newer extractor gave and no reviewer has decided on: the extractor version,
    when, and {field: [approved, read now]}; None when there is none."""
    row = con.execute(
        "SELECT extractor_version, read_at, changes FROM rule_rereads WHERE rule_id = ?", [rule_id]
    ).fetchone()
    if row is None:
        return None
    return {"extractor_version": row[0], "read_at": row[1], "changes": json.loads(row[2])}


def reread_lines(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[str]:
    """What `rules show` prints of a waiting re-read: each field as approved and as read now, and what to do."""
    waiting = pending_reread(con, rule_id)
    if waiting is None:
        return []
    lines = [
        f"read otherwise by extractor {waiting['extractor_version']} on {waiting['read_at']:%Y-%m-%d} — in force as "
        "approved until reviewed (`rules approve` takes the new reading, `rules reject` keeps the approved one):"
    ]
    for name, (approved, read) in waiting["changes"].items():
        if isinstance(approved, dict) and isinstance(read, dict):  # a definition: the parts that differ
            parts = [(f"{name}.{k}", approved.get(k), read.get(k)) for k in {**approved, **read}]
        else:
            parts = [(name, approved, read)]
        for label, was, now in parts:
            if was != now:
                lines += [f"  {label}:", f"    approved: {_shown(was)}", f"    read now: {_shown(now)}"]
    return lines


def _shown(value: Any) -> str:
    return "-" if value in (None, [], {}) else json.dumps(value, ensure_ascii=False)


def rules_from_document(document: Document) -> list[Rule]:
    """The document's extracted rules as proposed rule-base rows, with jurisdiction and source."""
    issuer = document.issuer or document.parent_issuer
    key = jurisdiction_key(issuer, document.number, document.place)
    return [
        Rule(
            id=_rule_id(document.source.sha256, extracted.kind, extracted.value, extracted.sentence),
            kind=RuleKind(extracted.kind),
            value=extracted.value,
            unit=extracted.unit,
            applies_to=extracted.applies_to,
            exception=extracted.exception,
            exception_value=extracted.exception_value,
            scope=extracted.scope,
            scope_definition=extracted.scope_definition,
            trip_exclusions=extracted.trip_exclusions,
            body_scope=extracted.body_scope,
            body_scope_text=extracted.body_scope_text,
            not_counted=extracted.not_counted,
            firm_kinds=extracted.firm_kinds,
            same_person=extracted.same_person,
            severity=extracted.severity,
            jurisdiction=issuer or document.place,
            jurisdiction_key=key,
            effective_from=extracted.effective_from or document.issue_date,
            effective_basis=extracted.effective_basis,
            source_number=document.number,
            source_sha256=document.source.sha256,
            source_title=document.subject,
            source_symbol=document.symbol,
            source_date=document.issue_date,
            source_to_check=source_to_check(document),
            source_page=extracted.span.page if extracted.span else None,
            problem=extracted.problem,
            sentence=extracted.sentence,
            status=RuleStatus.PROPOSED,
            origin="extracted",
        )
        for extracted in document.rules
    ]


def propose_rules(
    con: duckdb.DuckDBPyConnection, documents: Iterable[Document], actor: str | None = None
) -> list[Rule]:
    """Propose the rules of each dispatch (re-running the rule extractor on its stored text) and record that
    the dispatch was read. Returns the rules that were new; one transaction per document."""
    actor = actor or default_actor()
    ensure_default_rules(con)
    proposed: list[Rule] = []
    for document in documents:
        document = extract_rules(document)
        rules = rules_from_document(document)
        with transaction(con):
            citation = citation_of(document)
            new = [rule for rule in rules if _insert(con, rule, citation)]
            for rule in new:
                _event(con, rule.id, "propose", actor, {"source_sha256": document.source.sha256})
            _propose_supersessions(con, document, rules, actor)
            con.execute("DELETE FROM rule_extractions WHERE sha256 = ?", [document.source.sha256])
            con.execute(
                "INSERT INTO rule_extractions VALUES (?, ?, ?, ?)",
                [document.source.sha256, EXTRACTOR_VERSION, dt.datetime.now(), len(rules)],
            )
        proposed.extend(new)
    return proposed


def _propose_supersessions(
    con: duckdb.DuckDBPyConnection, document: Document, rules: Sequence[Rule], actor: str
) -> None:
    """Record, as proposals, the earlier rules this document says it replaces or repeals: rules whose source
    has the cited number (compared as `decision_key` does, despite OCR and spacing) and, when the citation
    gives one, the cited date (its issue date, not the start its rules bind from). Each new rule of the same kind is
    named as the replacement; confirmed, the supersession ends the old rule the day before the document starts
    (`extractors.rule_dates.document_start`: "Quy định này có hiệu lực thi hành từ ngày 01-7-2026, áp dụng đối với
    các đoàn xuất cảnh từ ngày 01-7-2026 và thay thế Quy định số 06-QĐi/TU …": trips leaving before it stay under the
    old rules), not the day it was signed. A sentence that changes one limit of the cited document
    (`_propose_limit_changes`) ends that limit only."""
    sha = document.source.sha256
    begins = document_start(document.text)
    for supersession in find_supersessions(document.text, document.number):
        for rule_id, kind in _cited_rules(con, sha, supersession.citation):
            replacement = next((r.id for r in rules if r.kind.value == kind), None)
            row = (rule_id, sha, replacement, supersession.action, begins.date if begins else document.issue_date)
            basis = begins.basis if begins else None
            _record(con, actor, row, supersession.sentence, basis=basis)
    for change in find_rule_changes(document.text, document.number):
        _propose_limit_change(con, document, rules, change, actor)


def _cited_rules(con: duckdb.DuckDBPyConnection, sha: str, cited: Citation) -> list[tuple[str, str]]:
    """(rule id, kind) of every rule of another document with the cited number and, when cited and read, issue date
    (not the start its rules bind from: "Quyết định này có hiệu lực từ ngày 01 tháng 02 năm 2026")."""
    rows = con.execute(
        "SELECT rule_id, kind, source_number, source_date FROM rules WHERE source_sha256 IS DISTINCT FROM ?", [sha]
    ).fetchall()
    return [
        (rule_id, kind)
        for rule_id, kind, number, issued in rows
        if decision_key(number) == decision_key(cited.number) and not (cited.date and issued and cited.date != issued)
    ]


def _propose_limit_change(
    con: duckdb.DuckDBPyConnection, document: Document, rules: Sequence[Rule], change: RuleChange, actor: str
) -> None:
    """The cited document's rule of the kind the sentence sets (its new rule, stated in that sentence) or abolishes
    (the limit it names; every rule of the document when it names none: "bãi bỏ nội dung … quy định tại Điều 9
    …"), of the same jurisdiction, proposed to end the day before the change starts — on the
    trip's date the new rule's start is measured on. Approving the new rule applies it; an abolition, having no
    new rule, is confirmed with `rules supersede`."""
    sha = document.source.sha256
    said = " ".join(change.sentence.split())
    new = [r for r in rules if " ".join(r.sentence.split()) in said]
    kinds = {k.value: None for k in change.kinds} if change.action == REPEALS else {r.kind.value: r for r in new}
    every = change.action == REPEALS and not kinds  # a part abolished whose limit is not named: each rule, to review
    key = jurisdiction_key(document.issuer or document.parent_issuer, document.number, document.place)
    for rule_id, kind in _cited_rules(con, sha, change.citation):
        if (kind not in kinds and not every) or get_rule(con, rule_id).jurisdiction_key not in (key, None):
            continue
        successor = kinds.get(kind)
        starts = successor.effective_from if successor else (change.start.date if change.start else document.issue_date)
        basis = successor.effective_basis if successor else (change.start.basis if change.start else None)
        row = (rule_id, sha, successor.id if successor else None, change.action, starts)
        _record(con, actor, row, change.sentence, basis=basis, on_approval=successor is not None)


def _record(
    con: duckdb.DuckDBPyConnection,
    actor: str,
    row: tuple[str, str, str | None, str, dt.date | None],
    sentence: str,
    *,
    basis: str | None = None,
    on_approval: bool = False,
) -> None:
    """One proposed supersession, once (a dispatch read again proposes nothing new), and its event."""
    inserted = con.execute(
        """INSERT INTO rule_supersessions
             (old_rule_id, new_sha256, new_rule_id, action, effective_from, sentence, status, basis, on_approval)
           VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?) ON CONFLICT DO NOTHING RETURNING old_rule_id""",
        [*row, sentence, basis, on_approval],
    ).fetchall()
    if inserted:
        details = {"by": row[2], "source_sha256": row[1], "sentence": sentence, "from": row[4], "basis": basis}
        _event(con, row[0], "propose_supersession", actor, details)


def supersessions(
    con: duckdb.DuckDBPyConnection, status: str | None = None, rule_id: str | None = None
) -> list[dict[str, Any]]:
    """Proposed (or confirmed, rejected) supersessions: old rule, new document and rule, from when (and measured on
    which date of a trip), sentence; only those of one rule (old or new) when given."""
    conditions, params = [], []
    if status:
        conditions.append("status = ?")
        params.append(status)
    if rule_id:
        conditions.append("? IN (old_rule_id, new_rule_id)")
        params.append(rule_id)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    keys = ("old_rule_id", "new_sha256", "new_rule_id", "action", "effective_from", "sentence", "status", "basis")
    rows = con.execute(
        f"SELECT {', '.join(keys)} FROM rule_supersessions {where} ORDER BY effective_from NULLS LAST, old_rule_id",
        params,
    ).fetchall()
    return [dict(zip(keys, row, strict=True)) for row in rows]


def supersede(
    con: duckdb.DuckDBPyConnection,
    old_rule_id: str,
    actor: str | None = None,
    *,
    by: str | None = None,
    from_date: dt.date | None = None,
    reject: bool = False,
) -> Rule:
    """Confirm (or reject) the proposed supersession of a rule, or record one by hand (`by` a rule id and/or
    `from_date`). Confirming ends the old rule the day before the new one takes effect and names its
    successor; the old rule keeps applying to trips that started before."""
    rule = get_rule(con, old_rule_id)
    proposal = con.execute(
        "SELECT new_sha256, new_rule_id, effective_from, sentence, basis FROM rule_supersessions "
        "WHERE old_rule_id = ? AND status = 'proposed' "
        "ORDER BY new_rule_id IS NOT DISTINCT FROM ? DESC, effective_from NULLS LAST LIMIT 1",
        [old_rule_id, by],
    ).fetchone()
    if reject:
        if proposal is None:
            raise RuleNotFound(f"no proposed supersession of {old_rule_id}: `congvan rules supersessions` lists them")
        con.execute(
            "UPDATE rule_supersessions SET status = 'rejected' WHERE old_rule_id = ? AND new_sha256 = ?",
            [old_rule_id, proposal[0]],
        )
        _event(con, old_rule_id, "reject_supersession", actor or default_actor(), {"source_sha256": proposal[0]})
        return rule
    successor = by or (proposal[1] if proposal else None)
    basis = proposal[4] if proposal and not from_date else None  # the successor's start's basis, unless set by hand
    starts = from_date or (proposal[2] if proposal else None) or (get_rule(con, by).effective_from if by else None)
    if starts is None:
        raise CongvanError(f"{old_rule_id}: say from when it no longer applies (--from DATE) or by which rule (--by)")
    with transaction(con):
        con.execute(
            "UPDATE rules SET effective_to = ?, superseded_by = ?, effective_to_basis = ?, updated_at = ? "
            "WHERE rule_id = ?",
            [starts - dt.timedelta(days=1), successor, basis, dt.datetime.now(), old_rule_id],
        )
        if proposal is not None:
            con.execute(
                "UPDATE rule_supersessions SET status = 'confirmed' WHERE old_rule_id = ? AND new_sha256 = ?",
                [old_rule_id, proposal[0]],
            )
        details = {
            "by": successor,
            "from": starts.isoformat(),
            "basis": basis,
            "sentence": proposal[3] if proposal else None,
        }
        _event(con, old_rule_id, "supersede", actor or default_actor(), details)
    return get_rule(con, old_rule_id)


def stored_documents(con: duckdb.DuckDBPyConnection, sha256s: Sequence[str] | None = None) -> list[Document]:
    """Ingested documents (their stored contract records, no OCR) — the given ones, or every dispatch the rule
    extractor has not read at this extractor version, with every decision whose text names an issuing decision under
    a title ("(Ban hành kèm theo Quyết định …)": a Quy chế it issues, `extractors.issued_regulation`; the SQL test is
    a looser form of `extractors.issued_with`'s words, a prefilter, compared without tone marks so an OCR'd one is
    not missed, and trip decisions are not parsed again)."""
    if sha256s is not None:
        if not sha256s:
            return []
        rows = con.execute(
            "SELECT document_json FROM documents WHERE sha256 IN (SELECT unnest(?::VARCHAR[]))", [list(sha256s)]
        ).fetchall()
    else:
        rows = con.execute(
            """
            SELECT d.document_json FROM documents d
            LEFT JOIN rule_extractions e ON e.sha256 = d.sha256 AND e.extractor_version = ?
            WHERE e.sha256 IS NULL AND d.status <> 'failed' AND d.document_json IS NOT NULL
              AND (d.doc_type IS NULL OR d.doc_type NOT IN ('quyet_dinh', 'bao_cao', 'to_trinh')
                   OR (d.doc_type = 'quyet_dinh'
                       AND regexp_matches(strip_accents(lower(d.text)), 'kem\\s+theo\\s+(quyet|q\\s*[đd])')))
            ORDER BY d.issue_date NULLS LAST, d.sha256
            """,
            [EXTRACTOR_VERSION],
        ).fetchall()
    return [Document.model_validate_json(row[0]) for row in rows]


def ensure_default_rules(con: duckdb.DuckDBPyConnection, path: Path = DEFAULT_RULES_PATH) -> int:
    """Load the shipped central rules as active (origin 'default') unless already present; returns how many
    were added. A default a reviewer retired stays retired."""
    data = json.loads(path.read_text(encoding="utf-8"))
    added = 0
    for row in data["rules"]:
        rule = Rule(
            id=row["id"],
            kind=RuleKind(row["kind"]),
            value=row["value"],
            unit=row["unit"],
            applies_to=row["applies_to"],
            exception=row["exception"],
            scope=scope_of(row["applies_to"], row["kind"]),
            severity=row["severity"],
            jurisdiction=row["jurisdiction"],
            jurisdiction_key="central",
            effective_from=dt.date.fromisoformat(row["effective_from"]),
            source_number=row["source_number"],
            source_title=row["source_title"],
            sentence=row["sentence"],
            status=RuleStatus.ACTIVE,
            origin="default",
        )
        if _insert(con, rule, row["citation"]):
            _event(con, rule.id, "load_default", "congvan", {"rule_set": data["version"]})
            added += 1
    return added


def _rule(row: tuple[Any, ...]) -> Rule:
    values = dict(zip(_NAMES, row, strict=True))
    for name in _JSON_COLUMNS:
        values[name] = json.loads(values[name]) if values[name] else None
    values["trip_exclusions"] = values["trip_exclusions"] or []
    values["not_counted"] = values["not_counted"] or []
    values["firm_kinds"] = values["firm_kinds"] or []
    values["id"] = values.pop("rule_id")
    values.pop("citation")
    values["scope"] = values["scope"] or "all"
    return Rule.model_validate(values)


def list_rules(
    con: duckdb.DuckDBPyConnection, status: str | None = None, in_force: dt.date | None = None
) -> list[Rule]:
    """Rules in the base, by kind then id; only one status when given; with `in_force`, only the active rules
    in force on that day (effective from on or before it, not ended before it)."""
    ensure_default_rules(con)
    conditions: list[str] = []
    params: list[Any] = []
    if status:
        conditions.append("status = ?")
        params.append(status)
    if in_force:
        conditions.append(
            "status = 'active' AND (effective_from IS NULL OR effective_from <= ?) "
            "AND (effective_to IS NULL OR effective_to >= ?)"
        )
        params += [in_force, in_force]
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    rows = con.execute(f"SELECT {_COLUMNS} FROM rules {where} ORDER BY kind, rule_id", params).fetchall()
    return [_rule(row) for row in rows]


def get_rule(con: duckdb.DuckDBPyConnection, rule_id: str) -> Rule:
    row = con.execute(f"SELECT {_COLUMNS} FROM rules WHERE rule_id = ?", [rule_id]).fetchone()
    if row is None:
        raise RuleNotFound(f"no rule with id {rule_id!r}: `congvan rules list` shows the ids")
    return _rule(row)


_MEASURED_ON = {
    "departure": " (trips leaving from that day: the sentence counts it on the departure)",
    "return": " (trips returning from that day: the sentence counts it on the return)",
    "decision": " (decisions signed from that day: the sentence counts it on the decision's date)",
}
"""What `rules show` says of a start its sentence measures on a trip's date (`extractors.rule_dates`)."""
_ENDS_ON = {
    "return": " (trips returning until that day)",
    "decision": " (decisions signed until that day)",
}
"""What `rules show` says of an end measured, as its successor's start, on a trip's return or decision date."""


def supersession_lines(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[str]:
    """What a reviewer reads of a rule's supersessions: the earlier limit a rule ends (on approval) or the later
    one that ends it, from when, and the sentence that says so."""
    lines = []
    for row in supersessions(con, rule_id=rule_id):
        when = f"from {row['effective_from'] or '?'}{_MEASURED_ON.get(row['basis'] or '', '')}"
        if row["old_rule_id"] == rule_id:
            lines.append(f"{row['action']} by {row['new_rule_id'] or 'no rule (abolished)'} {when} [{row['status']}]")
        else:
            lines.append(f"{row['action']} {row['old_rule_id']} {when} [{row['status']}, applied on approval]")
        lines.append(f"  “{row['sentence']}”")
    return lines


GROUPS = "('key_leader', 'managed_cadre', 'unit_leader', 'listed')"
"""The scopes that name a group a dispatch may define (SQL list), unlike 'all'."""
GROUP_CITED = (
    r"(?:theo|tại|nêu tại|quy định tại)\s+(?:(?:khoản|điều|điểm|mục|tiết|phần)\s+[^\s,;]+\s+)*(?:của\s+)?"
    r"(?:Chỉ thị|Quy định|Quy chế|Kết luận|Nghị quyết|Quyết định|Hướng dẫn|Công văn|Kế hoạch)\s+(?:số\s+)?"
    r"(\d+[^\s,;()]*[^\s,;().])"
)
"""The document a rule's sentence names its group by (RE2, group 1 its number): "Cán bộ chủ chốt theo khoản 2 Chỉ thị
số 08-CT/TU đi công tác nước ngoài tối đa 02 lần/năm" is the group that Chỉ thị defines."""
GROUP_SOURCES = f"""undefined AS (
  SELECT *, nullif(regexp_extract(sentence, '{GROUP_CITED}', 1), '') AS group_cited
  FROM rules WHERE scope_definition IS NULL AND scope IN {GROUPS}),
-- a rule naming a group its own dispatch does not define (a later Công văn restating "lãnh đạo chủ chốt không quá 02
-- lần/năm") takes the definition of that group an earlier (or the same day's) dispatch of its jurisdiction gives,
-- the document its sentence names the group by first ("Cán bộ chủ chốt theo khoản 2 Chỉ thị số 08-CT/TU")
inherited AS (
  SELECT u.rule_id, json_extract_string(d.scope_definition, '$.sentence') AS sentence,
         CAST(d.scope_definition AS VARCHAR) AS definition,
         coalesce(d.citation, d.source_number, d.rule_id) || ' (' || d.rule_id || ')' AS source,
         row_number() OVER (PARTITION BY u.rule_id ORDER BY d.source_number IS NOT DISTINCT FROM u.group_cited DESC,
                            d.effective_from DESC NULLS LAST, d.rule_id) AS rn
  FROM undefined u JOIN rules d ON d.status = 'active' AND d.scope_definition IS NOT NULL AND d.scope = u.scope
    AND d.jurisdiction_key IS NOT DISTINCT FROM u.jurisdiction_key
    AND coalesce(d.effective_from <= u.effective_from, true)),
-- a rule restating an earlier dispatch's limit (same kind, value and group, same jurisdiction), or naming its group
-- by a document (read or not): its group is that dispatch's, and when no rule defines it the findings are for a
-- person to check, not the default head titles'
restated AS (
  SELECT rule_id, string_agg(DISTINCT restates, ', ') AS restates FROM (
    SELECT u.rule_id, coalesce(e.citation, e.source_number, e.rule_id) AS restates
    FROM undefined u JOIN rules e ON e.status = 'active' AND e.origin <> 'default' AND e.kind = u.kind
      AND e.scope = u.scope AND e.value IS NOT DISTINCT FROM u.value
      AND e.jurisdiction_key IS NOT DISTINCT FROM u.jurisdiction_key
      AND e.source_sha256 IS DISTINCT FROM u.source_sha256 AND e.effective_from < u.effective_from
    WHERE u.origin <> 'default'
    UNION ALL
    SELECT u.rule_id, coalesce((SELECT any_value(coalesce(c.citation, c.source_number)) FROM rules c
                                WHERE c.source_number = u.group_cited), u.group_cited)
    FROM undefined u WHERE u.origin <> 'default' AND u.group_cited IS NOT NULL)
  GROUP BY rule_id)"""
"""SQL common table expressions (after a WITH): where a rule's group is defined when its own dispatch does not
define it (`inherited`: the active definitions of its jurisdiction, the newest not later than the rule), and the
rules whose group no active rule defines though they restate an earlier dispatch's limit (`restated`). The checks
use them (`cv_rules.scope_from`, `scope_doubt`) and so does `group_lines`."""
UNDEFINED_GROUP = (
    "nhóm “{group}” của {source} nhắc lại quy định của {restates} nhưng chưa đọc được định nghĩa của nhóm này trong"
    " các văn bản đã duyệt: kiểm tra chức danh của người được tính theo văn bản gốc"
)
"""What a finding under a restated rule whose group no dispatch read defines asks a person to check."""


def group_lines(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[str]:
    """What a reviewer reads of a rule whose dispatch names a group it does not define: the active definition of its
    jurisdiction it takes, with that rule, or that no dispatch read defines it though it restates an earlier one."""
    row = con.execute(
        f"WITH {GROUP_SOURCES} SELECT i.sentence, i.source, rs.restates FROM undefined u"
        " LEFT JOIN inherited i ON i.rule_id = u.rule_id AND i.rn = 1 LEFT JOIN restated rs ON rs.rule_id = u.rule_id"
        " WHERE u.rule_id = ?",
        [rule_id],
    ).fetchone()
    if row is None:
        return []
    sentence, source, restates = row
    if sentence:
        return [f"  taken from {source} (an active rule of its jurisdiction): “{sentence}”"]
    if restates:
        return [f"  restates {restates}, whose group no active rule defines: its findings are reviews"]
    return ["  the default head titles apply"]


def describe(rule: Rule) -> list[str]:
    """A rule as a reviewer reads it: the sentence quoted, the source and page, who it binds with the
    dispatch's own definition, the period it is in force, and why a stated value is missing."""
    page = f", page {rule.source_page}" if rule.source_page else ""
    value = "-" if rule.value is None else f"{rule.value:g} {rule.unit or ''}".strip()
    lines = [
        f"{rule.id}  {rule.kind.value}  {value}  [{rule.status.value}, {rule.severity.value}]",
        f"sentence: “{rule.sentence}”",
        f"source: {_source_words(rule)}{page}" + (f" (sha256 {rule.source_sha256[:12]})" if rule.source_sha256 else ""),
        *([f"to check: {rule.source_to_check}"] if rule.source_to_check else []),
        f"scope: {rule.scope}" + (f" — “{rule.applies_to}”" if rule.applies_to else ""),
    ]
    definition = rule.scope_definition
    if definition:
        lines.append(f"  defined as: “{definition.sentence}”")
        lines.append(f"  in: {'; '.join(definition.includes) or '-'}")
        lines.append(f"  out: {'; '.join(definition.excludes) or '-'}")
        for label, groups in (("in", definition.offices_in), ("out", definition.offices_out)):
            lines += [f"  {label}, by office and kind of unit: {_unit_offices(group)}" for group in groups]
        if definition.units:
            lines.append(f"  one unit: {'; '.join(definition.units)} — “{definition.units_sentence}”")
    elif rule.scope != "all":
        lines.append("  defined as: (the dispatch gives no definition)")
    lines.append(_bodies(rule))
    lines += [f"outside the dispatch's rules: {_excluded_trips(e)}" for e in rule.trip_exclusions]
    if rule.not_counted:
        lines.append(
            f"not counted: {', '.join(rule.not_counted)} — members whose title or role names one; a member whose "
            "title is not read is counted"
        )
    if rule.firm_kinds:
        lines.append(
            f"firms banned: those in {', '.join(rule.firm_kinds)} — a firm whose name or aside names another trade "
            "is not; one whose trade is not told is asked about"
        )
    if rule.same_person:
        lines.append(f"one person: a name with and without its middle name, same post and unit — “{rule.same_person}”")
    if rule.exception:
        urgent = f" ({rule.exception_value:g})" if rule.exception_value else ""
        lines.append(f"exception: “{rule.exception}”{urgent}")
        if programme := named_programme(rule.exception):
            named = ", ".join(f"“{party}”" for party in programme.parties)
            lines.append(
                f"  not counted: trips carrying out “{programme.name}” — a decision naming “{programme.kind}” and "
                + (
                    f"{named} (folded); one naming a party only: review"
                    if programme.parties
                    else f"going to {', '.join(programme.countries)}; one going there not naming it: review"
                )
            )
    ends_on = _ENDS_ON.get(rule.effective_to_basis or "", "") if rule.effective_to else ""
    lines.append(
        f"in force: from {rule.effective_from or '?'}{_MEASURED_ON.get(rule.effective_basis or '', '')}"
        f" to {rule.effective_to or 'open'}{ends_on}"
        + (f", superseded by {rule.superseded_by}" if rule.superseded_by else "")
    )
    if rule.problem:
        lines.append(f"problem: {rule.problem}")
    return lines


_OFFICE_WORDS = {"head": "heads", "deputy": "deputies"}


def _unit_offices(group: UnitOffices) -> str:
    """Offices of kinds of unit as `rules show` prints them: "deputies of Viện, Trường (“Phó Viện trưởng”, …), even
    when they hold another post"."""
    offices = " and ".join(_OFFICE_WORDS.get(office, office) for office in sorted(group.offices, reverse=True))
    titles = f" ({', '.join(f'“{title}”' for title in group.titles)})" if group.titles else ""
    return f"{offices} of {', '.join(group.kinds)}{titles}" + (
        ", even when they hold another post" if group.whatever_else_held else ""
    )


def _bodies(rule: Rule) -> str:
    """Whose delegations a rule binds, as `rules show` prints it: one body's (a trip's body is its decision's
    issuer), with the dispatch's words, or every body's."""
    if rule.body_scope is None:
        return "binds: delegations of every body (party and state)"
    return (
        f"binds: only delegations sent by a {rule.body_scope} body's decision ({BODY_WORDS[rule.body_scope]}) — "
        f"“{rule.body_scope_text}”; chosen over a rule for every body for such trips, even when less strict"
    )


def _excluded_trips(exclusion: TripExclusion) -> str:
    """What trips a dispatch's scope statement leaves out, as `rules show` prints it, then its sentence."""
    bound = "more than {}" if exclusion.longer_than else "{} or more"
    length = (
        bound.format(f"{exclusion.min_months} month(s)")
        if exclusion.min_months
        else bound.format(f"{exclusion.min_days} day(s)")
        if exclusion.min_days
        else "said to be long-term (dài hạn)"
        if exclusion.long_term
        else "of any length"
    )
    return f"trips for {', '.join(exclusion.activities)}, {length} — no check judges them\n  “{exclusion.sentence}”"


def _source_words(rule: Rule) -> str:
    """The source as read for sure: number (or its symbol, the serial unread), date, body and subject, each
    only when read."""
    if rule.origin != "extracted":
        return rule.source_number or rule.source_title or rule.jurisdiction or rule.origin
    number = rule.source_number or (f"ký hiệu {rule.source_symbol} (số chưa đọc được)" if rule.source_symbol else None)
    parts = [
        number or "số chưa đọc được",
        f"ngày {rule.source_date:%d/%m/%Y}" if rule.source_date else "ngày chưa đọc được",
        rule.jurisdiction,
        f"“{rule.source_title}”" if rule.source_title else None,
    ]
    return ", ".join(part for part in parts if part)


def rule_history(con: duckdb.DuckDBPyConnection, rule_id: str) -> list[dict[str, Any]]:
    """The rule's events, oldest first: action, actor, time and details."""
    rows = con.execute(
        'SELECT action, actor, "at", details FROM rule_events WHERE rule_id = ? ORDER BY "at", action', [rule_id]
    ).fetchall()
    return [{"action": a, "actor": who, "at": at, "details": json.loads(d) if d else {}} for a, who, at, d in rows]


_TRANSITIONS = {
    "approve": ({RuleStatus.PROPOSED, RuleStatus.REJECTED, RuleStatus.RETIRED}, RuleStatus.ACTIVE),
    "reject": ({RuleStatus.PROPOSED}, RuleStatus.REJECTED),
    "retire": ({RuleStatus.ACTIVE}, RuleStatus.RETIRED),
}
ALL_SELECTS = {"approve": RuleStatus.PROPOSED, "reject": RuleStatus.PROPOSED, "retire": RuleStatus.ACTIVE}
"""What `--all` means for each action: every rule the action can move."""
_INSTEAD = {
    (RuleStatus.ACTIVE, "reject"): "retire it instead",
    (RuleStatus.PROPOSED, "retire"): "reject it instead",
}


def set_status(
    con: duckdb.DuckDBPyConnection,
    action: str,
    rule_ids: Sequence[str],
    actor: str | None = None,
    every: bool = False,
    note: str | None = None,
) -> list[str]:
    """Approve, reject or retire rules (`every`: all rules the action can move, see ALL_SELECTS); returns
    the ids changed; approving a rule that changes an earlier document's limit ends that limit
    (`_apply_on_approval`). An active rule a newer extractor read otherwise is approved again with the new reading
    or keeps its approved one when rejected (`_decide_reread`); `every` takes those too. A named rule the action
    cannot move (approve an active one, retire a proposed one) or an unknown id is an error before anything
    changes."""
    allowed, target = _TRANSITIONS[action]
    actor = actor or default_actor()
    rules = [get_rule(con, rule_id) for rule_id in dict.fromkeys(rule_ids)]
    rereads = con.execute("SELECT rule_id FROM rule_rereads").fetchall() if action in _ON_REREAD else []
    waiting = {rule_id for (rule_id,) in rereads}
    refused = [
        f"{rule.id} is {rule.status.value}"
        + (f" ({_INSTEAD[(rule.status, action)]})" if (rule.status, action) in _INSTEAD else "")
        for rule in rules
        if rule.status not in allowed and rule.id not in waiting
    ]
    if refused:
        raise RuleRefused(f"cannot {action}: {'; '.join(refused)}; nothing was changed")
    if every:
        selected = ALL_SELECTS[action].value
        named = {rule.id for rule in rules}
        rows = con.execute(
            "SELECT rule_id FROM rules WHERE status = ? OR rule_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY rule_id",
            [selected, sorted(waiting)],
        ).fetchall()
        rules += [get_rule(con, rule_id) for (rule_id,) in rows if rule_id not in named]
    changed = []
    with transaction(con):
        for rule in rules:
            if rule.status == RuleStatus.ACTIVE and rule.id in waiting:
                _decide_reread(con, rule.id, _ON_REREAD[action], actor, note)
                changed.append(rule.id)
                continue
            con.execute(
                "UPDATE rules SET status = ?, updated_at = ? WHERE rule_id = ?",
                [target.value, dt.datetime.now(), rule.id],
            )
            _event(con, rule.id, action, actor, {"from": rule.status.value, "to": target.value, "note": note})
            con.execute("DELETE FROM rule_rereads WHERE rule_id = ?", [rule.id])  # retired: its next re-read sets it
            changed.append(rule.id)
    if action == "approve":
        _apply_on_approval(con, changed, actor)
    return changed


_ON_REREAD = {"approve": "accept_reread", "reject": "keep_reading"}
"""What approving or rejecting an active rule with a waiting re-read does: take the new reading or keep the approved."""


def _decide_reread(con: duckdb.DuckDBPyConnection, rule_id: str, decision: str, actor: str, note: str | None) -> None:
    """A reviewer's decision on an active rule's waiting re-read: `accept_reread` sets the fields read now (not one
    a reviewer edited since), `keep_reading` keeps the approved; the event keeps both values, the rule stays
    active. Called inside a transaction."""
    waiting = pending_reread(con, rule_id)
    assert waiting is not None  # set_status asks only for those
    edited = _edited(con, rule_id)
    changes = {k: v for k, v in waiting["changes"].items() if k not in edited}
    if decision == "accept_reread" and changes:
        _update(con, rule_id, {k: _stored(k, new) for k, (_, new) in changes.items()}, dt.datetime.now())
    con.execute("DELETE FROM rule_rereads WHERE rule_id = ?", [rule_id])
    details = {"extractor_version": waiting["extractor_version"], "changes": changes, "note": note}
    _event(con, rule_id, decision, actor, details)


def _apply_on_approval(con: duckdb.DuckDBPyConnection, approved: Sequence[str], actor: str) -> None:
    """Approving a rule whose sentence changes an earlier document's limit ends that limit (`supersede`): the
    reviewer read the change with the rule (`rules show` names it); `rules supersede OLD --reject` first keeps it."""
    rows = con.execute(
        "SELECT old_rule_id, new_rule_id FROM rule_supersessions WHERE status = 'proposed' AND on_approval "
        "AND new_rule_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY old_rule_id",
        [list(approved)],
    ).fetchall()
    for old_rule_id, new_rule_id in rows:
        supersede(con, old_rule_id, actor, by=new_rule_id)


def edit_rule(
    con: duckdb.DuckDBPyConnection,
    rule_id: str,
    actor: str | None = None,
    *,
    value: float | None = None,
    exception_value: float | None = None,
    applies_to: str | None = None,
    jurisdiction: str | None = None,
    severity: str | None = None,
) -> Rule:
    """Change a rule's value or scope; the event keeps the old and new values. A value the rule's kind cannot
    hold, a blank jurisdiction, or an edit that changes nothing is refused (RuleRefused) before any write."""
    rule = get_rule(con, rule_id)
    changes: dict[str, Any] = {}
    if value is not None:
        changes["value"] = value
    if exception_value is not None:
        changes["exception_value"] = exception_value
    if applies_to is not None:
        changes["applies_to"] = applies_to or None
        changes["scope"] = scope_of(applies_to, rule.kind.value, rule.scope_definition)
    if jurisdiction is not None:
        changes["jurisdiction"] = jurisdiction.strip()
        changes["jurisdiction_key"] = jurisdiction_key(jurisdiction) or jurisdiction.strip().lower()
    if severity is not None:
        changes["severity"] = Severity(severity).value
    old = rule.model_dump(mode="json")
    changes = {k: v for k, v in changes.items() if old.get(k) != v}
    if not changes:
        raise RuleRefused(f"{rule_id}: nothing to change (the values given are the rule's own, or none was given)")
    try:
        Rule.model_validate({**old, **changes})
    except ValidationError as error:
        reasons = "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in error.errors())
        raise RuleRefused(f"{rule_id} ({rule.kind.value}): {reasons}; nothing was changed") from error
    with transaction(con):
        _update(con, rule_id, changes, dt.datetime.now())
        _event(con, rule_id, "edit", actor or default_actor(), {k: [old.get(k), v] for k, v in changes.items()})
    return get_rule(con, rule_id)
