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


WIDTHS = (1280, 390)
"""A desktop window and a phone screen (the reader must never scroll sideways at either)."""

HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
{frames}
<pre id="widths"></pre>
<script>
window.addEventListener("load", () => {{
  const out = [];
  for (const frame of document.querySelectorAll("iframe")) {{
    const page = frame.contentDocument.documentElement;
    const wide = [...frame.contentDocument.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > frame.contentWindow.innerWidth + 0.5)
      .slice(0, 5).map((e) => e.tagName + "." + e.className).join(" ");
    out.push([frame.width, page.scrollWidth, frame.contentWindow.innerWidth, wide].join(" | "));
  }}
  document.getElementById("widths").textContent = out.join("\\n");
}});
</script></body></html>"""
"""Opens the report in one frame per width and measures it from outside: the report's own CSP forbids any script
in it, rightly, so the measuring script lives in this page (file pages read each other with
--allow-file-access-from-files)."""


@pytest.fixture(scope="module")
def widths(
    nightly_samples: SimpleNamespace, tmp_path_factory: pytest.TempPathFactory
) -> dict[int, tuple[int, int, str]]:
    """Per window width: the page's scrollWidth, the frame's innerWidth, and the first elements sticking out."""
    report: Path = nightly_samples.second.report
    work = tmp_path_factory.mktemp("widths")
    frames = "\n".join(
        f'<iframe width="{w}" height="900" style="border:0" src="{report.resolve().as_uri()}"></iframe>' for w in WIDTHS
    )
    harness = work / "harness.html"
    harness.write_text(HARNESS.format(frames=frames), encoding="utf-8")
    dom = _chromium(
        work / "profile", "--allow-file-access-from-files", "--virtual-time-budget=10000", "--dump-dom",
        harness.as_uri(),
    )  # fmt: skip
    found = re.search(r'<pre id="widths">(.*?)</pre>', dom, flags=re.S)
    assert found is not None and found.group(1).strip(), dom[-2000:]
    result = {}
    for line in found.group(1).strip().splitlines():
        width, scroll, inner, wide = (part.strip() for part in line.split("|"))
        result[int(width)] = (int(scroll), int(inner), wide)
    return result


@pytest.mark.parametrize("width", WIDTHS)
def test_report_browser_never_scrolls_sideways(widths: dict[int, tuple[int, int, str]], width: int) -> None:
    scroll, inner, wide = widths[width]
    assert inner == width
    assert scroll <= inner, f"at {width} px the page is {scroll} px wide; sticking out: {wide}"


@pytest.mark.parametrize("width", WIDTHS)
def test_report_browser_screenshot_at_each_width(
    nightly_samples: SimpleNamespace, tmp_path_factory: pytest.TempPathFactory, width: int
) -> None:
    work = tmp_path_factory.mktemp(f"shot{width}")
    shot = work / f"report-{width}.png"
    url = nightly_samples.second.report.resolve().as_uri()
    _chromium(work / "profile", f"--screenshot={shot}", f"--window-size={width},2400", "--hide-scrollbars", url)
    with Image.open(shot) as image:
        assert image.size == (width, 2400)
        grey = image.convert("L")
        assert ImageStat.Stat(grey).stddev[0] > 10  # text on the page, not a blank
        right = grey.crop((width - 8, 0, width, 2400))  # the right edge: nothing cut off mid-glyph everywhere
        assert ImageStat.Stat(right).mean[0] > 200


def test_report_browser_reader_sees_vietnamese_not_keys(page: SimpleNamespace) -> None:
    """Raw keys stay in the details elements; the reader's view names things in Vietnamese, dates dd/mm/yyyy."""
    visible = re.sub(r"<details>.*?</details>", "", page.dom, flags=re.S)
    visible = re.sub(r"<(style|title|svg)\b.*?</\1>", "", visible, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", visible)
    for raw in ("report_deadline_working_days", "bao_cao", "quyet_dinh", "person_key", "rule_value", "sha256"):
        assert raw not in text, raw
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)  # no ISO dates for the reader
    assert re.search(r"\b\d{2}/\d{2}/\d{4}\b", text)
    assert "Hạn nộp báo cáo sau chuyến đi" in text and "<blockquote>" in page.dom and "<cite>— " in page.dom
    assert "report_deadline_working_days" in page.dom  # ... kept for whoever opens the details


def test_report_browser_planted_script_is_text_and_never_runs(page: SimpleNamespace) -> None:
    assert "<script" not in page.dom.lower()  # no script element anywhere in the live DOM
    assert 'id="pwned"' not in page.dom  # the script would have added this element
    title = re.search(r"<title>(.*?)</title>", page.dom, flags=re.S)
    assert title is not None and title.group(1).startswith("congvan")  # ... and renamed the page
    escaped = PLANTED_SCRIPT.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped in page.dom  # shown to the reader as text
