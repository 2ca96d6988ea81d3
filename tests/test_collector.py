"""The garbage collector paused while a command starts (`pipeline.collector`)."""

from __future__ import annotations

import gc
import os

import pytest

from pipeline import collector


@pytest.fixture(autouse=True)
def _collector_on() -> None:
    assert gc.isenabled()


def test_paused_no_collection_inside_and_what_was_built_frozen_after() -> None:
    frozen = gc.get_freeze_count()
    with collector.paused():
        assert not gc.isenabled()
        built = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(built)
    gc.unfreeze()


def test_paused_nested_or_with_the_collector_off_changes_nothing() -> None:
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause does not end the outer one
    assert gc.isenabled()
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()
    gc.unfreeze()


def test_paused_ends_on_an_error() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError
    assert gc.isenabled()
    gc.unfreeze()


def test_a_process_forked_during_a_pause_collects() -> None:
    """The OCR workers are forked inside `congvan ingest`'s pause: they must not run a whole batch without it."""
    read, write = os.pipe()
    with collector.paused():
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports and leaves at once
            os.write(write, b"1" if gc.isenabled() else b"0")
            os._exit(0)
        assert not gc.isenabled()
    os.close(write)
    assert os.read(read, 1) == b"1"
    os.close(read)
    os.waitpid(child, 0)
    gc.unfreeze()
