"""The warm side: one process that imports Prefect and the pipeline and warms the extractors once, then forks
a child per `congvan ingest` a client hands it (`python -m flows.warm.service`; `congvan serve` starts it).

Why a fork per command: the child starts with everything loaded (≈ 3 CPU-s of a cold command: Prefect's and
the pipeline's imports, spaCy, underthesea and the place index) and is otherwise the command's own process: it
takes the client's arguments, working folder, environment, umask and stdout/stderr, runs the command line's
`main` exactly as the client would have, and reports its exit status. So nothing is shared between commands:
each opens and closes its database as an in-process command does (the service never holds one between
commands), two commands at once behave as two in-process commands (a second writer of the same database is
refused with `store.locked`), a command's OCR processes are forked from its child, and its flow run is
recorded in the Prefect server the service uses. The warm process itself runs one thread and no flow, so
forking it is safe.

A client that goes away mid-command (killed, or Ctrl-C) ends its child's input: the child then stops as an
interrupted command does (KeyboardInterrupt; loads are transactional). `congvan serve` stopping (SIGTERM) stops
listening and removes the socket; commands already running finish.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import signal
import socket
import struct
import sys
import tempfile
import threading
import traceback
from pathlib import Path
from typing import Any, NoReturn

from flows import prefect_env
from flows.warm.protocol import ProtocolError, code_stamp, private, read_frame, refusal, send_frame, socket_path

ACCEPT_POLL_S = 1.0
"""How often the listener wakes to collect its finished children."""


def warm() -> None:
    """Import what `congvan ingest` imports and build the extractors' one-off state, then freeze it (the
    children's garbage collections skip it and leave its pages shared)."""
    import flows.cli
    import flows.commands.db
    import flows.ingest  # Prefect, the extractors, the OCR path
    import pipeline.ingest.early  # noqa: F401
    from pipeline.ingest.extract import warm_extractors

    flows.ingest._import_before_tasks()  # underthesea, after Prefect as in the flow (it reconfigures logging)
    import fastapi.encoders  # noqa: F401  (Prefect serializes a flow run's parameters with it)
    import holidays
    import prefect.flow_engine
    import prefect.task_engine  # noqa: F401

    holidays.country_holidays("VN", years=2024, language="vi")  # its modules and translations (a new database)
    flows.ingest.extraction_code_hash()  # the task cache's key: this code, which the code stamp pins

    flows.cli.cli.get_command(flows.cli.click.Context(flows.cli.cli), "ingest")
    warm_extractors()
    gc.collect()
    gc.freeze()


def listen(path: Path) -> socket.socket | None:
    """The listening socket at `path` (mode 0600 in a 0700 folder), or None when another service answers there.
    A socket left by a service that died is replaced."""
    folder = path.parent
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not private(folder):
        raise PermissionError(f"{folder}: not a folder only this user can enter (mode 0700); not listening there")
    if path.exists() or path.is_symlink():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
            return None
        except OSError:
            path.unlink()  # stale: nobody listens
        finally:
            probe.close()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    umask = os.umask(0o177)
    try:
        listener.bind(str(path))
    finally:
        os.umask(umask)
    listener.listen(64)
    return listener


def serve_forever(listener: socket.socket, stamp: str, env: dict[str, str]) -> None:
    """Accept commands until stopped; each runs in a child forked from this warm process."""
    listener.settimeout(ACCEPT_POLL_S)
    while True:
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            _reap()
            continue
        pid = os.fork()
        if pid == 0:
            listener.close()
            _child(conn, stamp, env)
        conn.close()
        _reap()


def _reap() -> None:
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _peer_uid(conn: socket.socket) -> int | None:
    if not hasattr(socket, "SO_PEERCRED"):
        return None  # not Linux: the folder's 0700 is the guard
    _, uid, _ = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    return int(uid)


def _child(conn: socket.socket, stamp: str, service_env: dict[str, str]) -> NoReturn:
    """One command: handshake, then the command line's `main` as the client's own process; never returns."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        conn.settimeout(30)
        uid = _peer_uid(conn)
        if uid is not None and uid != os.getuid():
            os._exit(1)
        _, fds, _, _ = socket.recv_fds(conn, 1, 2)
        request = read_frame(conn)
        reason = refusal(request, stamp, service_env, prefect_env.DEFAULTS) or _unusable(request, fds)
        if reason:
            send_frame(conn, {"refused": reason})
            os._exit(0)
        send_frame(conn, {"accepted": True})
        read_frame(conn)  # the client's go-ahead; it may have given up waiting (ProtocolError)
        conn.settimeout(None)
    except (OSError, ProtocolError):
        os._exit(1)
    _adopt(request, fds)
    finished = threading.Event()
    _watch(conn, finished)
    os.register_at_fork(after_in_child=conn.close)  # OCR processes must not keep the client waiting
    status = _run(request)
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    atexit._run_exitfuncs()  # the command's scratch folder, logging's flush: as at an interpreter's exit
    finished.set()
    with contextlib.suppress(OSError):  # a client gone does not wait for it
        send_frame(conn, {"exit": status})
    os._exit(status)


def _unusable(request: dict[str, Any], fds: list[int]) -> str | None:
    if len(fds) != 2:
        return "stdout and stderr were not passed"
    try:
        os.chdir(request["cwd"])
    except OSError as error:
        return f"its working folder cannot be entered ({error.strerror})"
    return None


def _adopt(request: dict[str, Any], fds: list[int]) -> None:
    """Become the client's process: its environment, umask, stdin closed, its stdout and stderr."""
    os.umask(int(request["umask"]))
    os.environ.clear()
    os.environ.update(request["env"])
    prefect_env.configure()
    tempfile.tempdir = None  # the command's scratch folder under the client's TMPDIR (`flows.scratch`)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    unbuffered = bool(os.environ.get("PYTHONUNBUFFERED"))
    for fd, name, received in ((1, "stdout", fds[0]), (2, "stderr", fds[1])):
        stream = getattr(sys, name)
        stream.flush()
        os.dup2(received, fd)
        os.close(received)
        encoding, errors = request["streams"][name]
        stream.reconfigure(
            encoding=encoding,
            errors=errors,
            line_buffering=name == "stderr" or os.isatty(fd),  # as Python sets them up at start
            write_through=unbuffered,
        )


def _watch(conn: socket.socket, finished: threading.Event) -> None:
    """The client's end of input (it was killed, or Ctrl-C was pressed there) interrupts the command, as Ctrl-C
    interrupts an in-process one."""

    def wait() -> None:
        with contextlib.suppress(OSError):
            conn.recv(1)
        if not finished.is_set():
            os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=wait, name="congvan-client-watch", daemon=True).start()


def _run(request: dict[str, Any]) -> int:
    """`congvan ARGV` as the command line runs it in process; its exit status as the interpreter would give it."""
    from flows import cli

    sys.argv = [request["argv0"], *request["argv"]]
    try:
        cli.run_here()
    except SystemExit as done:
        return _status(done.code)
    except BaseException:
        traceback.print_exc()
        return 1
    return 0


def _status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    print(code, file=sys.stderr)
    return 1


def main() -> None:
    """Warm up, then listen at the user's socket until SIGTERM or Ctrl-C."""
    path = socket_path()
    stamp = code_stamp()  # the code about to be loaded
    warm()
    try:
        listener = listen(path)
    except OSError as error:
        print(f"congvan serve: no warm ingest service: {error}", file=sys.stderr, flush=True)
        return
    if listener is None:
        print(
            f"congvan serve: another warm ingest service answers at {path}; this one does not listen", file=sys.stderr
        )
        return
    identity = path.stat().st_ino
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(
        f"congvan serve: warm ingest service at {path} (congvan ingest hands its work to it)",
        file=sys.stderr,
        flush=True,
    )
    try:
        serve_forever(listener, stamp, dict(os.environ))
    except KeyboardInterrupt:
        pass
    finally:
        listener.close()
        with contextlib.suppress(OSError):
            if path.stat().st_ino == identity:  # not a later service's socket
                path.unlink()


if __name__ == "__main__":
    main()
