"""The error codes are one list (`schemas.errors.ErrorCode`) and the README's error-code table documents exactly
that list, so neither can drift from the other; product code names codes by member, not by literal."""

import re
from pathlib import Path

from schemas.document import ErrorItem
from schemas.errors import ErrorCode, InputError

ROOT = Path(__file__).resolve().parent.parent


def _readme_codes() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\nError codes (", 1)[1].split("\n\n", 2)[1]
    return re.findall(r"^\| `([^`]+)` \|", table, flags=re.MULTILINE)


def test_error_codes_readme_table_equals_the_enum() -> None:
    documented = _readme_codes()
    assert len(documented) == len(set(documented)), "a code is listed twice in the README"
    assert set(documented) == {code.value for code in ErrorCode}


def test_error_codes_keep_their_stored_strings() -> None:
    """A member is its string: stored, compared and serialised as the code itself."""
    item = ErrorItem(code=ErrorCode.PDF_ENCRYPTED, message="m")
    assert item.code == "pdf.encrypted"
    assert item.model_dump_json().startswith('{"code":"pdf.encrypted"')
    assert InputError("x", code=ErrorCode.FILE_EMPTY).code == "file.empty"
    assert InputError("x").code == "input.invalid"


def test_error_codes_no_literal_code_in_product_code() -> None:
    literal = re.compile(r"""\bcode\s*(?::\s*\w+\s*)?=\s*["'][a-z_]+\.[a-z_]+["']""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for layer in ("extractors", "pipeline", "flows")
        for path in sorted((ROOT / layer).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert offenders == []
