"""The extractors' regexes must not depend on Python's hash seed: an alternation built from a set in hash order
tries equal-length alternatives in another order in every process, so a run could not be repeated exactly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

_DUMP = """
import hashlib, importlib, pkgutil, re
import extractors, pipeline
for package in (extractors, pipeline):
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern):
                value = value.pattern
            if isinstance(value, str) and len(value) > 200:
                print(module.__name__, name, hashlib.md5(value.encode()).hexdigest())
"""


def _patterns_under_seed(seed: str) -> str:
    root = Path(__file__).resolve().parents[1]
    environment = os.environ | {"PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP], capture_output=True, text=True, env=environment, cwd=root, check=True
    )
    return done.stdout


@pytest.mark.slow
def test_module_patterns_are_the_same_under_any_hash_seed() -> None:
    first = _patterns_under_seed("1")
    assert first.count("\n") > 100  # the dump saw the extractors' patterns
    assert _patterns_under_seed("2") == first
