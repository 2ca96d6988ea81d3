"""What the thin client and the warm service share: where the socket is, how messages are framed, and when the
service must refuse a command because it would not run it as the client's own process would.

Messages are length-prefixed JSON frames over a unix stream socket in a folder only the user can enter. The
client's stdout and stderr travel as file descriptors (SCM_RIGHTS), so the service's run writes to the same
terminal or pipe, byte for byte, as an in-process run.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import struct
import sys
from pathlib import Path
from typing import Any

VERSION = 1
SOCKET_NAME = "serve.sock"
MAX_FRAME = 256 * 1024 * 1024
"""A request carries every path given (a folder of 10,000 files given one by one is ~1 MB)."""
MAX_SOCKET_PATH = 100
"""sun_path holds 108 bytes on Linux, 104 on BSDs."""
_LENGTH = struct.Struct(">I")


class ProtocolError(Exception):
    """The other side closed the connection or sent something that is not a frame."""


def socket_dir() -> Path:
    """The user's runtime folder (XDG_RUNTIME_DIR), else their state folder (XDG_STATE_HOME, ~/.local/state),
    never a folder other users can write: `congvan/` inside it."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return Path(runtime) / "congvan"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "congvan"


def socket_path() -> Path:
    return socket_dir() / SOCKET_NAME


def private(folder: Path) -> bool:
    """True when `folder` is a real folder of this user that nobody else can enter (mode 0700 or stricter)."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def send_frame(sock: socket.socket, message: dict[str, Any]) -> None:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    sock.sendall(_LENGTH.pack(len(body)) + body)


def read_frame(sock: socket.socket) -> dict[str, Any]:
    """The next frame; `ProtocolError` when the connection ends first or the frame is not a JSON object."""
    (length,) = _LENGTH.unpack(_read_exactly(sock, _LENGTH.size))
    if length > MAX_FRAME:
        raise ProtocolError(f"frame of {length} bytes (at most {MAX_FRAME})")
    try:
        message = json.loads(_read_exactly(sock, length).decode("utf-8"))
    except ValueError as error:
        raise ProtocolError(f"not a JSON frame: {error}") from error
    if not isinstance(message, dict):
        raise ProtocolError("a frame is a JSON object")
    return message


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise ProtocolError("connection closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def code_stamp() -> str:
    """Which code would run: the interpreter, and the path, size and modification time of every file of the
    four packages. A service started before an upgrade or an edit (or from another checkout) has another
    stamp, and refuses; a few ms of `stat`."""
    root = Path(__file__).resolve().parents[2]
    parts = [os.path.realpath(sys.executable), sys.version, os.path.realpath(sys.prefix), str(root)]
    for package in ("flows", "pipeline", "extractors", "schemas"):
        for folder, subfolders, files in os.walk(root / package):
            subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
            for name in sorted(files):
                info = os.stat(os.path.join(folder, name))
                parts.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


ANSWER_TO_ITSELF = ("PREFECT_SERVER_API_HOST", "PREFECT_SERVER_API_PORT")
"""Where a local server listens: they matter to a command only as the address of the standing server it looks
for, which `prefect_api` compares."""


def prefect_api(env: dict[str, str]) -> str:
    """The Prefect API a flow run of a command started with `env` goes to: PREFECT_API_URL, else the local
    address a standing server listens on (`flows.prefect_env.standing_server`'s probe)."""
    url = env.get("PREFECT_API_URL") or ""
    if not url:
        host = env.get("PREFECT_SERVER_API_HOST") or "127.0.0.1"
        host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        url = f"http://{host}:{env.get('PREFECT_SERVER_API_PORT') or '4200'}/api"
    return url.rstrip("/").replace("://localhost:", "://127.0.0.1:")


def prefect_mismatch(client: dict[str, str], service: dict[str, str], defaults: dict[str, str]) -> str | None:
    """Why a command with the client's environment would not run as the service runs it, or None.

    Prefect reads its settings once, when imported: the service's are those of its own environment. So every
    PREFECT_* variable (after congvan's `defaults`) must be the client's too, and the flow runs must go to the
    same server. Every other variable (CONGVAN_*, PATH, TESSDATA_PREFIX…) is the client's in the service's run.
    """
    if prefect_api(client) != prefect_api(service):
        return f"its flow runs would go to {prefect_api(client)}, the service's go to {prefect_api(service)}"

    def view(env: dict[str, str]) -> dict[str, str]:
        seen = {k: v for k, v in defaults.items() if k.startswith("PREFECT_")}
        seen.update((k, v) for k, v in env.items() if k.startswith("PREFECT_"))
        for name in ("PREFECT_API_URL", *ANSWER_TO_ITSELF):
            seen.pop(name, None)
        return seen

    mine, theirs = view(client), view(service)
    differ = sorted(name for name in mine.keys() | theirs.keys() if mine.get(name) != theirs.get(name))
    if differ:
        return f"Prefect settings differ from the service's: {', '.join(differ)}"
    return None


def refusal(request: dict[str, Any], stamp: str, service_env: dict[str, str], defaults: dict[str, str]) -> str | None:
    """Why the service must not run this request, or None."""
    if request.get("v") != VERSION:
        return f"protocol version {request.get('v')!r}, the service speaks {VERSION}"
    if request.get("code") != stamp:
        return "the service runs other code (started before an upgrade or an edit, or from another checkout)"
    env = request.get("env")
    if (
        not isinstance(env, dict)
        or not isinstance(request.get("argv"), list)
        or not isinstance(request.get("cwd"), str)
    ):
        return "malformed request"
    return prefect_mismatch(env, service_env, defaults)
