"""The health probe that finds a standing Prefect server (`flows.prefect_env._answers`)."""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
from collections.abc import Iterator

import pytest

from flows import prefect_env


class _Health(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/api/health" else 404)
        self.end_headers()
        self.wfile.write(b"true")

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Health)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/api"
    httpd.shutdown()


def test_probe_of_a_local_http_server_loads_no_certificates(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain HTTP has nothing to verify: no TLS context is built (each one reads the certificate store)."""

    def refused(*args: object, **kwargs: object) -> ssl.SSLContext:
        raise AssertionError("a TLS context was built for a plain-HTTP probe")

    monkeypatch.setattr(ssl, "create_default_context", refused)
    assert prefect_env._answers(server)
    assert not prefect_env._answers(server.removesuffix("/api"))  # answers 404: not a Prefect API


def test_probe_of_a_closed_port_is_a_no() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert not prefect_env._answers(f"http://127.0.0.1:{port}/api", timeout_s=2)
