"""Shared fixtures. Prefect reads its settings when first imported, so its environment is set here first."""

from __future__ import annotations

import os

for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "OMP_THREAD_LIMIT": "1",
}.items():
    os.environ.setdefault(_name, _value)

import tempfile  # noqa: E402

# A `congvan serve` the developer runs would take the `congvan` commands these tests start (flows/warm): the
# tests get a runtime folder of their own, so no test ever talks to a service it did not start.
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="congvan-tests-")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

pytest.register_assert_rewrite("tests.scenario_texts")  # its checks' asserts say what failed, as a test's do

SHARED_MATERIAL = Path(__file__).resolve().parents[2] / "shared"
"""The real documents beside the repository (`../shared`: real-scans/, seeds/). CI has them; a user's clone does
not, so tests reach them only through `shared_material`, which skips when they are absent. Never copied in."""


def shared_material(*parts: str) -> Path:
    """A path under the real material, or skip the calling test when this machine does not have it."""
    path = SHARED_MATERIAL.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real material not present: {path}")
    return path


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect server for the whole session: entering the harness takes about 12 s."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "samples", "documents")
PLANTED_SCRIPT = (
    '<script>document.title="PWNED";document.body.insertAdjacentHTML("afterbegin","<p id=pwned>ran</p>")</script>'
)
"""Planted in a dispatch's subject: had the report run it, the page's title and body would show it."""
DEMO_AS_OF = "2026-11-22"  # the date samples/ground_truth/expected_findings.json is stated for


@pytest.fixture(scope="session")
def nightly_samples(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The nightly flow over a copy of the bundled samples, one corrupt file and one planted script, run twice.

    Between the runs a reviewer approves the proposed report-deadline rule (the samples' dispatch states it),
    so the second run's report must list the planted missing report; its files are all unchanged.
    """
    import datetime as dt
    import shutil
    from types import SimpleNamespace

    from flows.nightly import run_nightly
    from pipeline.rules import rulebase
    from pipeline.settings import Settings
    from pipeline.store.connection import open_db

    root = tmp_path_factory.mktemp("nightly")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES, inbox)
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    dispatch = (inbox / "cv-1777-SNV-VP-script.txt").read_text(encoding="utf-8")
    (inbox / "cv-1779-planted-script.txt").write_text(
        dispatch.replace("1777/SNV-VP", "1779/SNV-VP").replace('<script>alert("x")</script>', PLANTED_SCRIPT),
        encoding="utf-8",
    )
    settings = Settings(db=root / "congvan.duckdb", inbox=inbox, reports=root / "reports", workers=2)
    as_of = dt.date.fromisoformat(DEMO_AS_OF)
    first = run_nightly(settings, as_of=as_of)
    con = open_db(settings.db)
    try:
        deadline_rules = [
            rule.id for rule in rulebase.list_rules(con, "proposed") if rule.kind == "report_deadline_working_days"
        ]
        rulebase.set_status(con, "approve", deadline_rules, actor="test-reviewer")
    finally:
        con.close()
    second = run_nightly(settings, as_of=as_of)
    return SimpleNamespace(root=root, inbox=inbox, settings=settings, first=first, second=second)
