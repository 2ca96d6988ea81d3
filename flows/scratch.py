"""Every temporary file of a congvan process in one folder of its own, removed after a crash.

OCR writes each page image to a temporary file (and tesseract writes its output beside it); a process
killed mid-page leaves them behind. The command line therefore points the process (and the OCR workers
and tesseract it starts, through TMPDIR) at `<tmp>/congvan-<pid>/`, and at each start removes the
folders of processes that no longer exist.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
from pathlib import Path

_FOLDER = re.compile(r"congvan-(\d+)")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_orphans(base: Path) -> list[Path]:
    """Remove the scratch folders under `base` whose process is gone; the folders removed."""
    removed = []
    for folder in base.glob("congvan-*"):
        match = _FOLDER.fullmatch(folder.name)
        if match and folder.is_dir() and not folder.is_symlink() and not _alive(int(match.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def claim_scratch() -> Path:
    """Clean up after dead processes, then make this process's scratch folder its temporary directory."""
    base = Path(tempfile.gettempdir())
    if _FOLDER.fullmatch(base.name):  # started by a congvan process: already in its scratch folder
        return base
    remove_orphans(base)
    mine = base / f"congvan-{os.getpid()}"
    mine.mkdir(mode=0o700, exist_ok=True)
    os.environ["TMPDIR"] = str(mine)
    tempfile.tempdir = str(mine)
    atexit.register(shutil.rmtree, mine, ignore_errors=True)
    return mine
