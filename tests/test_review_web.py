"""The review page over HTTP: progress, candidate, CSRF, local-only, escaping, crops and placeholders."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from pipeline.checks.run import evaluate
from pipeline.link.reports import link_all
from pipeline.review.web import create_app
from pipeline.rules.rulebase import ensure_default_rules
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.review_docs import faint_signer, scanned_png, three_trips_one_person
from tests.store_factory import sha

PLANTED = "<script>window.__planted = 1</script><img src=x onerror=alert(1)>"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "review.duckdb"
    con = open_db(path)
    load_documents(con, [scanned_png(tmp_path, "memo", text_on_page=PLANTED)])
    load_documents(con, [faint_signer("s")])
    con.close()
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(Settings(db=db), actor="lan"), base_url="http://127.0.0.1")


def _first(client: TestClient) -> tuple[str, str]:
    """The first item's id and the page's CSRF token."""
    response = client.get("/", follow_redirects=True)
    assert response.status_code == 200
    item_id = str(response.url).rsplit("/", 1)[1]
    token = re.search(r'name="csrf" value="([^"]+)"', response.text)
    assert token is not None
    return item_id, token.group(1)


def test_review_web_shows_progress_candidate_and_context(client: TestClient) -> None:
    response = client.get("/", follow_redirects=True)
    assert "1 of 2" in response.text
    assert 'id="next"' in response.text and 'id="prev"' not in response.text
    second = client.get(re.search(r'id="next" href="([^"]+)"', response.text).group(1))
    assert "2 of 2" in second.text
    assert 'value="Đỗ Hữu Lâm"' in second.text  # the candidate pre-filled
    assert "Về việc cử cán bộ đi công tác nước ngoài" in second.text  # the document's other fields beside it
    assert "script-src 'nonce-" in second.headers["content-security-policy"]


def test_review_web_planted_markup_stays_text(client: TestClient) -> None:
    page = client.get("/", follow_redirects=True).text
    assert "&lt;script&gt;window.__planted = 1&lt;/script&gt;" in page
    assert "<script>window.__planted" not in page and "<img src=x" not in page


def test_review_web_answer_needs_the_csrf_token(db: Path) -> None:
    with TestClient(create_app(Settings(db=db), actor="lan"), base_url="http://127.0.0.1") as client:
        item_id, token = _first(client)
        forged = {"action": "set", "value": "1/UBND-VP", "csrf": "forged"}
        assert client.post(f"/item/{item_id}", data=forged).status_code == 403
        done = client.post(f"/item/{item_id}", data={**forged, "csrf": token}, follow_redirects=False)
        assert done.status_code == 303
        follow = client.get(done.headers["location"])
        assert "2 of 2" in follow.text  # the answered item counts in the session's progress
    # leaving the app closed the database: another process (here, this test) can open it
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT number FROM documents WHERE kind = 'image'").fetchone() == ("1/UBND-VP",)
        assert con.execute("SELECT actor FROM corrections").fetchone() == ("lan",)
    finally:
        con.close()


def test_review_web_bad_value_is_shown_back_not_saved(client: TestClient) -> None:
    item_id, token = _first(client)
    response = client.post(f"/item/{item_id}", data={"action": "skip", "note": "", "csrf": token})
    assert response.status_code == 400
    assert "a skip needs a note" in response.text
    assert "1 of 2" in response.text


def test_review_web_refuses_other_hosts(db: Path) -> None:
    outside = TestClient(create_app(Settings(db=db), actor="lan"), base_url="http://attacker.example")
    assert outside.get("/").status_code == 403


def test_review_web_crop_and_placeholder(client: TestClient) -> None:
    item_id, _ = _first(client)
    crop = client.get(f"/crop/{item_id}")
    assert crop.headers["content-type"] == "image/png" and crop.content.startswith(b"\x89PNG")
    second = client.get("/", follow_redirects=True).text
    following = re.search(r'id="next" href="/item/([^"]+)"', second)
    assert following is not None
    missing = client.get(f"/crop/{following.group(1)}")  # its file /inbox/s.pdf was never on disk
    assert missing.status_code == 200 and missing.headers["content-type"].startswith("image/svg+xml")
    assert "/inbox/s.pdf" in missing.text


def test_review_web_empty_queue(tmp_path: Path) -> None:
    open_db(tmp_path / "empty.duckdb").close()
    client = TestClient(create_app(Settings(db=tmp_path / "empty.duckdb"), actor="lan"), base_url="http://127.0.0.1")
    assert 'id="done"' in client.get("/").text
    assert client.get("/item/Rnothing").status_code == 404


def test_review_web_reruns_the_checks_when_the_person_stops(tmp_path: Path) -> None:
    db = tmp_path / "checks.duckdb"
    con = open_db(db)
    load_documents(con, three_trips_one_person())
    ensure_default_rules(con)
    evaluate(con, dt.date(2025, 1, 1))
    con.execute(
        "INSERT INTO review_items (item_id, sha256, field, reason, origin, status, created_at) "
        "VALUES ('Rt', ?, 'trip_start', 'low_confidence', 'check', 'open', now())",
        [sha("t7")],
    )
    con.close()
    with TestClient(create_app(Settings(db=db), actor="lan"), base_url="http://127.0.0.1") as client:
        _, token = _first(client)
        client.post("/item/Rt", data={"action": "set", "value": "10/07/2025", "csrf": token})
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM findings WHERE rule_kind = 'max_trips_per_year'").fetchone() == (0,)
    finally:
        con.close()
    assert (tmp_path / "checks.snapshot.duckdb").exists()  # readers see the answer too


def test_review_web_a_finding_is_shown_and_confirmed_by_enter(tmp_path: Path) -> None:
    db = tmp_path / "findings.duckdb"
    con = open_db(db)
    load_documents(con, three_trips_one_person(ocr_confidence=61.0, first_paid_by="Công ty Cổ phần Lâm Hải"))
    ensure_default_rules(con)
    link_all(con, Settings(db=db))
    evaluate(con, dt.date(2025, 1, 1))
    [(item_id, message)] = con.execute(
        "SELECT item_id, candidate FROM review_items WHERE field = 'finding' AND status = 'open' LIMIT 1"
    ).fetchall()
    con.close()
    with TestClient(create_app(Settings(db=db), actor="lan"), base_url="http://127.0.0.1") as client:
        page = client.get(f"/item/{item_id}").text
        assert f'id="finding">{message}</p>' in page and 'value="confirm"' in page  # Enter confirms
        assert "cần kiểm tra: " in page  # the to_check text, as the item's detail
        token = re.search(r'name="csrf" value="([^"]+)"', page)
        assert token is not None
        done = client.post(f"/item/{item_id}", data={"action": "set", "value": "confirm", "csrf": token.group(1)})
        assert done.status_code == 200  # redirected to the next item
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT status FROM review_items WHERE item_id = ?", [item_id]).fetchone() == ("set",)
        assert con.execute("SELECT value FROM corrections").fetchone() == ("confirm",)
    finally:
        con.close()
