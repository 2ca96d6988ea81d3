"""The nightly report as a person sees it: headless Chromium opens the page from disk, takes a screenshot and
dumps the DOM after it has run whatever the page would run (nothing: the planted script must stay text)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import PLANTED_SCRIPT
from PIL import Image, ImageStat

pytestmark = [pytest.mark.slow, pytest.mark.ocr, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium(profile: Path, *args: str) -> str:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: install the Debian package chromium (scripts/setup.sh --test does)")
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


@pytest.fixture(scope="module")
def page(nightly_samples: SimpleNamespace, tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    report: Path = nightly_samples.second.report
    work = tmp_path_factory.mktemp("browser")
    screenshot = work / "report.png"
    url = report.resolve().as_uri()
    _chromium(work / "profile-shot", f"--screenshot={screenshot}", "--window-size=1280,4000", url)
    dom = _chromium(work / "profile-dom", "--dump-dom", url)
    return SimpleNamespace(screenshot=screenshot, dom=dom)


def test_report_browser_screenshot_is_not_blank(page: SimpleNamespace) -> None:
    assert page.screenshot.exists()
    with Image.open(page.screenshot) as image:
        assert image.size == (1280, 4000)
        grey = image.convert("L")
        extrema = grey.getextrema()
        assert isinstance(extrema, tuple)
        low, high = extrema
        assert high - low > 100  # dark text on a light page
        assert ImageStat.Stat(grey).stddev[0] > 10  # not a single flat colour


def test_report_browser_shows_overdue_trips_first(page: SimpleNamespace) -> None:
    overdue = page.dom.index('id="overdue"')
    assert overdue < page.dom.index('id="findings"')
    table = page.dom[overdue : page.dom.index('id="counts"')]
    assert "qd-152-QD-UBND-nhat-ban.pdf" in table  # the planted missing report, linked to its source file
    assert "chưa có báo cáo" in table


def test_report_browser_draws_the_charts(page: SimpleNamespace) -> None:
    charts = re.findall(r"<svg\b[^>]*>.*?</svg>", page.dom, flags=re.S)
    assert len(charts) == 4
    assert all("<rect" in chart for chart in charts)


def test_report_browser_planted_script_is_text_and_never_runs(page: SimpleNamespace) -> None:
    assert "<script" not in page.dom.lower()  # no script element anywhere in the live DOM
    assert 'id="pwned"' not in page.dom  # the script would have added this element
    title = re.search(r"<title>(.*?)</title>", page.dom, flags=re.S)
    assert title is not None and title.group(1).startswith("congvan")  # ... and renamed the page
    escaped = PLANTED_SCRIPT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped in page.dom  # shown to the reader as text
