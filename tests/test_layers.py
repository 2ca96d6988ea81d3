"""The layering stated in docs/architecture.md: flows → pipeline → extractors → schemas, never backwards; and
inside pipeline/, each stage imports only the stages below it."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = {
    "schemas": {"schemas"},
    "extractors": {"schemas", "extractors"},
    "pipeline": {"schemas", "extractors", "pipeline"},
    "flows": {"schemas", "extractors", "pipeline", "flows"},
}


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(ALLOWED)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downwards(layer: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_project_imports(path) - ALLOWED[layer])
        for path in (ROOT / layer).rglob("*.py")
        if _project_imports(path) - ALLOWED[layer]
    }
    assert offenders == {}


STAGES = ("store", "link", "ingest", "rules", "checks", "report", "evaluate", "review")
"""pipeline/'s stages, lowest first. Shared by all: `pipeline.settings` and `pipeline.errors`."""


def _pipeline_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[1] for alias in node.names if alias.name.startswith("pipeline."))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "pipeline":
                names.update([parts[1]] if len(parts) > 1 else [alias.name for alias in node.names])
    return names & set(STAGES)


@pytest.mark.parametrize("stage", STAGES)
def test_layers_pipeline_stages_import_only_lower_stages(stage: str) -> None:
    allowed = set(STAGES[: STAGES.index(stage) + 1])
    offenders = {
        str(path.relative_to(ROOT)): sorted(_pipeline_imports(path) - allowed)
        for path in (ROOT / "pipeline" / stage).rglob("*.py")
        if _pipeline_imports(path) - allowed
    }
    assert offenders == {}


def test_layers_never_read_shared_folder() -> None:
    """A user's machine has no ../shared: the product never names it, and tests reach it only through
    `conftest.shared_material`, which skips when it is absent."""
    product = [
        str(path.relative_to(ROOT))
        for layer in [*ALLOWED, "samples"]
        for path in (ROOT / layer).rglob("*.py")
        if '"shared"' in path.read_text(encoding="utf-8") or "shared/" in path.read_text(encoding="utf-8")
    ]
    assert product == []
    direct = [
        str(path.relative_to(ROOT))
        for layer in ["tests", "benchmarks"]
        for path in (ROOT / layer).rglob("*.py")
        if "shared/" in path.read_text(encoding="utf-8") and path.name not in {"test_layers.py", "conftest.py"}
    ]
    assert direct == []
