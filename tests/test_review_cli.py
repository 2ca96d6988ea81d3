"""`congvan review list|set|skip|export-labels`, and the labels' round trip through `congvan eval`."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result
from PIL import Image

from flows.cli import _register_commands, cli
from pipeline.ingest.extract import extract_file
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.review_docs import faint_signer, scanned_png

_register_commands()
ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive" / "review.duckdb"
    path.parent.mkdir()
    con = open_db(path)
    load_documents(con, [scanned_png(tmp_path, "memo")])
    load_documents(con, [faint_signer("s")])
    con.close()
    return path


def _listed(db: Path, *options: str) -> list[dict[str, object]]:
    result = _run("review", "list", "--json", "--db", str(db), *options)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_review_list_json_has_the_contract_fields_and_a_real_crop(db: Path) -> None:
    first, second = _listed(db)
    assert {"item_id", "sha256", "path", "page", "field", "reason", "candidate", "confidence", "crop"} <= set(first)
    assert (first["field"], first["reason"], first["candidate"], first["page"]) == ("number", "unreadable", None, 1)
    crop = Path(str(first["crop"]))
    assert crop.parent == db.parent / "congvan-review"
    with Image.open(crop) as image:
        assert image.format == "PNG"
        assert image.width < 1240 and image.height < 900  # the "Số:" line, not the page
        assert image.convert("L").getextrema()[0] == 0  # it holds ink
    # the second item's file (/inbox/s.pdf) was never on disk: a placeholder reason, not a crash
    assert second["crop"] is None and "/inbox/s.pdf" in str(second["crop_problem"])
    assert [i["field"] for i in _listed(db, "--field", "signer")] == ["signer"]
    assert _listed(db, "--reason", "fuzzy_link") == []


def test_review_set_and_skip_from_the_command_line(db: Path) -> None:
    number, signer = _listed(db)
    done = _run("review", "set", str(number["item_id"]), "12/UBND-VP", "--actor", "lan", "--db", str(db))
    assert done.exit_code == 0, done.output
    assert "number = 12/UBND-VP" in done.stderr
    refused = _run("review", "skip", str(signer["item_id"]), "--actor", "lan", "--db", str(db))
    assert refused.exit_code == 2  # --note is required
    skipped = _run("review", "skip", str(signer["item_id"]), "--actor", "lan", "--note", "seal", "--db", str(db))
    assert skipped.exit_code == 0, skipped.output
    assert _listed(db) == []
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT number FROM documents WHERE kind = 'image'").fetchone() == ("12/UBND-VP",)
        rows = con.execute("SELECT field, action, actor, note FROM corrections ORDER BY field").fetchall()
    finally:
        con.close()
    assert rows == [("number", "set", "lan", None), ("signer", "skip", "lan", "seal")]


def test_review_set_unknown_item_is_a_usage_error(db: Path) -> None:
    result = CliRunner().invoke(cli, ["review", "set", "Rnothing", "1", "--actor", "lan", "--db", str(db)])
    assert result.exit_code != 0
    assert "no review item" in str(result.exception)


def test_review_export_labels_round_trip_through_eval(tmp_path: Path) -> None:
    """A person's answers become labels; `congvan eval` scores the extractor on exactly the answered fields."""
    db = tmp_path / "eval.duckdb"
    source = ROOT / "samples" / "eval" / "ev-001-dispatch.txt"
    document = extract_file(source, Settings())
    con = open_db(db)
    load_documents(con, [document])
    sha = document.source.sha256
    for item_id, field in (("Rnumber", "number"), ("Rsigner", "signer")):
        con.execute(
            "INSERT INTO review_items (item_id, sha256, field, reason, origin, status, created_at) "
            "VALUES (?, ?, ?, 'low_confidence', 'ingest', 'open', now())",
            [item_id, sha, field],
        )
    con.close()
    assert _run("review", "set", "Rnumber", "1524/UBND-TH", "--actor", "lan", "--db", str(db)).exit_code == 0
    assert _run("review", "skip", "Rsigner", "--actor", "lan", "--note", "torn", "--db", str(db)).exit_code == 0

    out = tmp_path / "labels"
    exported = _run("review", "export-labels", str(out), "--db", str(db))
    assert exported.exit_code == 0, exported.output
    label = json.loads((out / f"{sha[:16]}.json").read_text(encoding="utf-8"))
    assert (label["number"], label["signer"]["name"], label["labelled_fields"]) == (
        "1524/UBND-TH",
        None,
        ["number", "signer"],
    )
    assert (out / f"{sha[:16]}.txt").read_text(encoding="utf-8") == document.text

    scored = _run("eval", str(out), "--no-scans", "--json")
    fields = json.loads(scored.stdout)["clean"]["fields"]
    assert set(fields) == {"number", "signer"}  # only what a person answered is scored
    assert fields["number"]["f1"] == 1.0  # the extractor reads the number the person gave
    assert fields["signer"]["precision"] == 0.0  # it claims a name the person could not read
