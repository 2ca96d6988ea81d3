"""The thin side of `congvan ingest`: hand the command to a warm `congvan serve`, or say that this process must run it.

Imported before anything heavy (no Prefect, spaCy, DuckDB or the pipeline): when a service answers, the command
costs this process a connection and a few frames. The service runs the command as this process would (its
arguments, working folder, environment, umask, and this process's stdout and stderr, passed as descriptors),
so the output, the exit status and the error messages are the same. This process falls back to running the
command itself when no service listens (no socket, a stale one), when the service refuses (other code, other
Prefect settings: the reason is said on stderr), or when the service's run dies without an exit status (the
database is as a killed in-process run leaves it: loads are transactional, and the run here skips what was
loaded).
"""

from __future__ import annotations

import os
import socket
import sys
from typing import Any

from flows.warm.protocol import VERSION, ProtocolError, code_stamp, private, read_frame, send_frame, socket_path

GLOBAL_OPTIONS = ("--quiet", "-q")
ANSWER_TIMEOUT_S = 5.0
"""How long the client waits for the service to accept or refuse; past it, it runs the command itself (the
service then never starts the run: it waits for the client's go-ahead)."""


def delegated_command(argv: list[str]) -> bool:
    """True for `congvan [--quiet] ingest …` (not its --help): the one command the service takes."""
    rest = list(argv)
    while rest and rest[0] in GLOBAL_OPTIONS:
        rest.pop(0)
    return bool(rest) and rest[0] == "ingest" and not {"-h", "--help"} & set(rest[1:])


def request(argv: list[str]) -> dict[str, Any]:
    """What the service needs to run `congvan ARGV` as this process would."""
    umask = os.umask(0o077)
    os.umask(umask)
    return {
        "v": VERSION,
        "argv0": sys.argv[0] if sys.argv else "congvan",
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": umask,
        "code": code_stamp(),
        "streams": {name: [stream.encoding, stream.errors] for name, stream in _streams().items()},
    }


def _streams() -> dict[str, Any]:
    return {"stdout": sys.stdout, "stderr": sys.stderr}


def delegate(argv: list[str]) -> int | None:
    """The exit status of `congvan ARGV` run by the warm service, or None when this process must run it."""
    if not delegated_command(argv) or not hasattr(socket, "send_fds") or sys.stdout is None or sys.stderr is None:
        return None  # not an ingest; a system without descriptor passing; a closed stdout or stderr
    path = socket_path()
    if len(str(path)) > 100 or not private(path.parent):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(ANSWER_TIMEOUT_S)
        try:
            sock.connect(str(path))
            for stream in _streams().values():
                stream.flush()
            socket.send_fds(sock, [b"\0"], [sys.stdout.fileno(), sys.stderr.fileno()])
            send_frame(sock, request(argv))
            answer = read_frame(sock)
        except (OSError, ProtocolError, ValueError):  # no service, a stale socket, a service that died or hangs
            return None
        if "refused" in answer:
            if not set(argv[: argv.index("ingest")]) & set(GLOBAL_OPTIONS):  # --quiet: no notes
                reason = answer["refused"]
                _say(f"congvan: the warm service ({path}) did not take this command: {reason}; running it here")
            return None
        sock.settimeout(None)
        try:
            send_frame(sock, {"go": True})
        except OSError:
            return None
        return _exit_status(sock)
    finally:
        sock.close()


def _exit_status(sock: socket.socket) -> int | None:
    """Wait for the run's exit status. Ctrl-C is passed on (the run stops as an interrupted command does and
    reports 130); a second Ctrl-C stops waiting."""
    interrupted = False
    while True:
        try:
            answer = read_frame(sock)
            return int(answer["exit"])
        except KeyboardInterrupt:
            if interrupted:
                return 130
            interrupted = True
            try:
                sock.shutdown(socket.SHUT_WR)  # the service's run takes the end of its input as Ctrl-C
            except OSError:
                return 130
        except (OSError, ProtocolError, KeyError, TypeError, ValueError):
            if interrupted:
                return 130
            _say(
                "congvan: the warm service's run ended without an exit status (its process died); "
                "running the command here (what it loaded is kept and skipped)"
            )
            return None


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
