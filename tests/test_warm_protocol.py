"""The warm service's protocol and thin client, against a stand-in service on a real unix socket (fast)."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from flows import prefect_env
from flows.warm import client, protocol
from flows.warm.protocol import ProtocolError, read_frame, send_frame
from flows.warm.service import listen


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder of this test: the socket is `runtime/congvan/serve.sock`."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder / "congvan" / "serve.sock"


def test_warm_frames_round_trip_and_a_cut_or_bad_frame_is_a_protocol_error() -> None:
    left, right = socket.socketpair()
    with left, right:
        send_frame(left, {"argv": ["ingest", "ẩn danh.pdf"], "n": 1})
        assert read_frame(right) == {"argv": ["ingest", "ẩn danh.pdf"], "n": 1}
        left.sendall(b"\x00\x00\x00\x02[]")
        with pytest.raises(ProtocolError, match="JSON object"):
            read_frame(right)
        left.sendall(b"\xff\xff\xff\xff")
        with pytest.raises(ProtocolError, match="bytes"):
            read_frame(right)
        left.sendall(b"\x00\x00\x00\x09{}")
        left.close()
        with pytest.raises(ProtocolError, match="closed"):
            read_frame(right)


@pytest.mark.parametrize(
    ("argv", "taken"),
    [
        (["ingest", "a.pdf"], True),
        (["--quiet", "ingest", "a.pdf", "--db", "x.duckdb"], True),
        (["-q", "ingest", "inbox/"], True),
        (["ingest", "--help"], False),
        (["extract", "a.pdf"], False),
        (["sql", "SELECT 1"], False),
        (["--version"], False),
        ([], False),
    ],
)
def test_warm_client_hands_over_only_ingest(argv: list[str], taken: bool) -> None:
    assert client.delegated_command(argv) is taken


def test_warm_prefect_settings_must_match_and_runs_go_to_the_same_server() -> None:
    defaults = prefect_env.DEFAULTS
    service = {"PREFECT_API_URL": "http://127.0.0.1:4200/api", "PATH": "/bin"}
    # no URL: a command would find the standing server at the default local address, the service's
    assert protocol.prefect_mismatch({"PATH": "/usr/bin"}, service, defaults) is None
    assert protocol.prefect_mismatch({"PREFECT_API_URL": "http://localhost:4200/api/"}, service, defaults) is None
    elsewhere = protocol.prefect_mismatch({"PREFECT_SERVER_API_PORT": "4300"}, service, defaults)
    assert elsewhere is not None and "127.0.0.1:4300" in elsewhere
    home = protocol.prefect_mismatch({"PREFECT_HOME": "/tmp/other"}, service, defaults)
    assert home is not None and "PREFECT_HOME" in home
    # congvan's own default, spelt out by one side only, is no difference; another value is
    level = "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"
    assert protocol.prefect_mismatch({level: defaults[level]}, service, defaults) is None
    assert protocol.prefect_mismatch({level: "INFO"}, service, defaults) is not None


def test_warm_refuses_other_code_another_version_or_a_malformed_request() -> None:
    good = {"v": protocol.VERSION, "code": "abc", "env": {}, "argv": ["ingest", "x"], "cwd": "/"}
    assert protocol.refusal(good, "abc", {}, {}) is None
    assert "other code" in (protocol.refusal(good, "abd", {}, {}) or "")
    assert "version" in (protocol.refusal(good | {"v": 99}, "abc", {}, {}) or "")
    assert "malformed" in (protocol.refusal(good | {"env": None}, "abc", {}, {}) or "")


def test_warm_code_stamp_is_stable_and_cheap() -> None:
    assert protocol.code_stamp() == protocol.code_stamp()


def test_warm_socket_is_private_and_a_stale_one_is_replaced(runtime: Path) -> None:
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    runtime.parent.mkdir(mode=0o700)
    stale.bind(str(runtime))
    stale.close()  # a service that died: the file stays, nobody listens
    assert client.delegate(["ingest", "a.pdf"]) is None  # refused at once: the command runs here
    listener = listen(runtime)
    assert listener is not None
    with listener:
        assert runtime.stat().st_mode & 0o777 == 0o600
        assert runtime.parent.stat().st_mode & 0o777 == 0o700
        assert listen(runtime) is None  # another service answers there: left alone
    os.chmod(runtime.parent, 0o755)
    with pytest.raises(PermissionError, match="0700"):
        listen(runtime)


def test_warm_client_does_not_connect_through_a_folder_others_can_enter(runtime: Path) -> None:
    runtime.parent.mkdir(mode=0o755)
    seen: list[dict[str, object]] = []
    with _stand_in(runtime, lambda conn, request: seen.append(request)):
        assert client.delegate(["ingest", "a.pdf"]) is None
    assert not seen


Answer = Callable[[socket.socket, dict[str, object]], None]


@pytest.fixture
def stand_in(runtime: Path) -> Iterator[Callable[[Answer], object]]:
    runtime.parent.mkdir(mode=0o700)
    yield lambda answer: _stand_in(runtime, answer)


class _stand_in:
    """A service that answers one connection with `answer(conn, request)`."""

    def __init__(self, path: Path, answer: Answer) -> None:
        self.listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.listener.bind(str(path))
        self.listener.listen(1)
        self.listener.settimeout(10)
        self.answer = answer
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        with conn:
            _, fds, _, _ = socket.recv_fds(conn, 1, 2)
            for fd in fds:
                os.close(fd)
            self.answer(conn, read_frame(conn))

    def __enter__(self) -> _stand_in:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.listener.close()
        self.thread.join(timeout=10)


def test_warm_client_sends_the_command_as_it_would_run_here(stand_in: Callable[[Answer], object]) -> None:
    seen: list[dict[str, object]] = []

    def accept(conn: socket.socket, request: dict[str, object]) -> None:
        seen.append(request)
        send_frame(conn, {"accepted": True})
        assert read_frame(conn) == {"go": True}
        send_frame(conn, {"exit": 5})

    with stand_in(accept):  # type: ignore[attr-defined]
        assert client.delegate(["ingest", "a.pdf", "--db", "x.duckdb"]) == 5
    (request,) = seen
    assert request["argv"] == ["ingest", "a.pdf", "--db", "x.duckdb"] and request["cwd"] == os.getcwd()
    assert request["env"] == dict(os.environ) and request["code"] == protocol.code_stamp()
    assert request["umask"] == _umask()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_warm_client_runs_here_when_refused_saying_why(
    stand_in: Callable[[Answer], object], capfd: pytest.CaptureFixture[str]
) -> None:
    with stand_in(lambda conn, request: send_frame(conn, {"refused": "the service runs other code"})):  # type: ignore[attr-defined]
        assert client.delegate(["ingest", "a.pdf"]) is None
    assert "did not take this command: the service runs other code; running it here" in capfd.readouterr().err


def test_warm_client_runs_here_when_the_service_dies_mid_command(
    stand_in: Callable[[Answer], object], capfd: pytest.CaptureFixture[str]
) -> None:
    def die(conn: socket.socket, request: dict[str, object]) -> None:
        send_frame(conn, {"accepted": True})
        read_frame(conn)  # the go-ahead, then the connection ends with no exit status

    with stand_in(die):  # type: ignore[attr-defined]
        assert client.delegate(["ingest", "a.pdf"]) is None
    assert "ended without an exit status" in capfd.readouterr().err
