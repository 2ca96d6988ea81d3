"""The review page driven in headless Chromium (Debian's /usr/bin/chromium through Playwright): a person
clears the queue by keyboard only, and the database holds their answers."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from pipeline.review.web import create_app
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from tests.review_docs import faint_signer, scanned_png, unread_decision
from tests.store_factory import sha

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PLANTED = "<script>window.__planted = 1</script>"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, Callable[[], None]]]:
    import uvicorn

    db = tmp_path / "review.duckdb"
    con = open_db(db)
    for document in (scanned_png(tmp_path, "memo", text_on_page=PLANTED), unread_decision("d"), faint_signer("s1"),
                     faint_signer("s2")):  # fmt: skip
        load_documents(con, [document])  # one by one: the queue's order is the order of arrival
    con.close()
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(Settings(db=db), actor="lan"), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the review server did not start"
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True  # the app closes the database on the way out
        thread.join(timeout=60)

    yield f"http://127.0.0.1:{port}", db, stop
    stop()


def test_review_browser_clears_the_queue_by_keyboard(served: tuple[str, Path, Callable[[], None]]) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    url, db, stop = served
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.goto(url)
            assert page.text_content("#progress") == "1 of 4"
            # the document's text, with a planted script, is shown as text and never runs
            assert PLANTED in (page.text_content("#page-text") or "")
            assert page.evaluate("window.__planted") is None
            assert page.evaluate("document.getElementById('crop').naturalWidth") > 0  # the crop loaded

            page.keyboard.type("12/UBND-VP")  # typing replaces the (empty) candidate
            page.keyboard.press("Enter")
            page.wait_for_selector("text=2 of 4")
            page.keyboard.type("152/QĐ-UBND")
            page.keyboard.press("Enter")
            page.wait_for_selector("text=3 of 4")
            assert page.input_value("#value") == "Đỗ Hữu Lâm"
            page.keyboard.press("ArrowRight")  # arrows move without answering
            page.wait_for_selector("text=4 of 4")
            page.keyboard.press("ArrowLeft")
            page.wait_for_selector("text=3 of 4")
            page.keyboard.press("Enter")  # accept the candidate
            page.wait_for_selector("text=4 of 4")
            page.keyboard.press("s")  # skip, with the note pre-filled
            page.keyboard.press("Enter")
            page.wait_for_selector("#done")
        finally:
            browser.close()
    stop()

    con = duckdb.connect(str(db), read_only=True)
    try:
        answers = con.execute("SELECT field, value, action, actor FROM corrections ORDER BY corrected_at").fetchall()
        numbers = dict(con.execute("SELECT sha256, number FROM documents").fetchall())
        open_items = con.execute("SELECT count(*) FROM review_items WHERE status = 'open'").fetchone()
    finally:
        con.close()
    assert answers == [
        ("number", "12/UBND-VP", "set", "lan"),
        ("number", "152/QĐ-UBND", "set", "lan"),
        ("signer", "Đỗ Hữu Lâm", "set", "lan"),
        ("signer", None, "skip", "lan"),
    ]
    assert numbers[sha("d")] == "152/QĐ-UBND"
    assert open_items == (0,)
