"""The review page: a small local FastAPI app a person clears the queue on, one item at a time.

Keyboard first (Enter accepts the candidate, typing replaces it, S skips with a note, arrows move), the crop
large, the document's other fields beside it. Bound to 127.0.0.1 by the command; requests naming another host
are refused (a web page elsewhere cannot reach it by DNS rebinding), every change carries the page's CSRF
token, Jinja escapes every text (document text is untrusted) and the Content-Security-Policy runs only the
page's own script.

The page holds the database (DuckDB's one writer) while a person works and lets go of it after `IDLE_CLOSE_S`
without a request, so ingest and the nightly flow can write between sessions: opening the file costs more than
the 200 ms a page action may take on a loaded machine. An answer is written at once (the value everywhere it is
read); the links and checks it affects re-run when the person pauses, not on every key — on a large database
they take seconds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import secrets
import threading
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

import duckdb
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.concurrency import run_in_threadpool

from pipeline.review import corrections, crops
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.queue import queue
from pipeline.store.queue.fields import FINDING_FIELD, ReviewError
from pipeline.store.snapshot import publish_snapshot

IDLE_CLOSE_S = 30.0
"""Quiet time after which the page re-runs the links and checks its answers affect, publishes the readers'
snapshot and closes the database, so other writers can open it."""
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
_CONTEXT_FIELDS = (
    ("doc_type", "loại"),
    ("number", "số"),
    ("issue_date", "ngày"),
    ("issuer", "cơ quan ban hành"),
    ("place", "nơi ban hành"),
    ("subject", "trích yếu"),
    ("signer_name", "người ký"),
    ("signer_title", "chức vụ"),
)
_PAGE_TEXT_CHARS = 1500


@dataclass
class _Session:
    """The writer connection while a person works, and the answers whose links and checks wait for a pause.

    Opened on the first request; after IDLE_CLOSE_S without one, the waiting links and checks re-run, the
    readers' snapshot is published and the file is let go. One request at a time uses the connection (DuckDB
    connections are not shared across threads)."""

    settings: Settings
    lock: threading.Lock = field(default_factory=threading.Lock)
    con: duckdb.DuckDBPyConnection | None = None
    idle: threading.Timer | None = None
    pending: list[corrections.Correction] = field(default_factory=list)

    @contextlib.contextmanager
    def use(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            if self.idle is not None:
                self.idle.cancel()
            if self.con is None:
                self.con = open_db(self.settings.db)
            try:
                yield self.con
            finally:
                self.idle = threading.Timer(IDLE_CLOSE_S, self.close)
                self.idle.daemon = True
                self.idle.start()

    def answered(self, done: corrections.Correction) -> None:
        if corrections.affects_checks([done]):
            self.pending.append(done)

    def close(self) -> None:
        with self.lock:
            if self.idle is not None:
                self.idle.cancel()
            if self.con is None:
                return
            try:
                if self.pending:
                    corrections.rerun_affected(self.con, self.pending, self.settings)
                    self.pending = []
                publish_snapshot(self.con, self.settings.db)
            finally:
                self.con.close()
                self.con = None


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _placeholder(message: str) -> Response:
    """An image that says why there is no crop, so the page never shows a broken picture."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="160">'
        '<rect width="100%" height="100%" fill="#f4f0e8" stroke="#b33" stroke-dasharray="8 6"/>'
        '<text x="20" y="50" font-family="sans-serif" font-size="22" fill="#b33">Không có ảnh vùng giá trị</text>'
        f'<text x="20" y="95" font-family="sans-serif" font-size="15" fill="#333">{escape(message[:140])}</text>'
        "</svg>"
    )
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "no-store"})


def _prefilled(item: queue.QueueItem) -> str:
    """What Enter accepts: the candidate; for a finding (whose candidate is its message, shown above) "confirm"."""
    return "confirm" if item.field == FINDING_FIELD else (item.candidate or "")


def create_app(settings: Settings, *, actor: str) -> FastAPI:
    """The app for one database and one person."""
    db = _Session(settings)
    token = secrets.token_urlsafe(32)
    started = dt.datetime.now()
    folder = crops.crop_folder(settings.db)
    env = _environment()
    page = env.get_template("review.html")

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()  # leave no answer with stale checks behind

    app = FastAPI(lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)

    @app.middleware("http")
    async def local_only(request: Request, call_next: Any) -> Response:
        host = request.url.hostname or ""
        if host not in LOCAL_HOSTS:
            return Response("congvan review answers on 127.0.0.1 only", status_code=403)
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def render(
        con: duckdb.DuckDBPyConnection,
        item: queue.QueueItem,
        where: queue.Position,
        error: str | None = None,
        typed: str | None = None,
        status: int = 200,
    ) -> HTMLResponse:
        document = con.execute(
            f"""SELECT {", ".join(name for name, _ in _CONTEXT_FIELDS)}, path,
                       string_split(coalesce(text, ''), chr(12))[$page] AS page_text
                FROM documents WHERE sha256 = $sha""",  # pages are joined by form feeds; a key lookup
            {"sha": item.sha256, "page": item.page or 1},
        ).fetchone()
        assert document is not None
        answered = con.execute(
            "SELECT value, action, actor FROM v_corrections WHERE sha256 = ? AND field = ? AND target = ?",
            [item.sha256, item.field, item.target],
        ).fetchone()
        nonce = secrets.token_urlsafe(16)
        html = page.render(
            item=item,
            position=where,
            context=[(label, document[i]) for i, (_, label) in enumerate(_CONTEXT_FIELDS)],
            path=document[-2],
            page_text=(document[-1] or "")[:_PAGE_TEXT_CHARS],
            answered=answered,
            value=typed if typed is not None else _prefilled(item),
            error=error,
            csrf=token,
            nonce=nonce,
            actor=actor,
        )
        csp = (
            f"default-src 'none'; img-src 'self'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        )
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp})

    @app.get("/")
    def first() -> Response:
        with db.use() as con:
            where = queue.position(con, None)
        if where.first is None:
            return HTMLResponse(env.get_template("review_empty.html").render(actor=actor, missing=None))
        return RedirectResponse(f"/item/{where.first}", status_code=303)

    @app.get("/item/{item_id}")
    def show(item_id: str) -> Response:
        with db.use() as con:
            item = queue.get_item(con, item_id)
            if item is None:
                return HTMLResponse(env.get_template("review_empty.html").render(actor=actor, missing=item_id), 404)
            where = queue.position(con, item_id, started)
            response = render(con, item, where)
        if following := where.next:  # the next crop is ready by the time the person gets there
            threading.Thread(target=crop_of, args=(following,), daemon=True).start()
        return response

    @app.post("/item/{item_id}")
    async def answer(item_id: str, request: Request) -> Response:
        body = (await request.body()).decode("utf-8", errors="replace")
        form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
        if not hmac.compare_digest(form.get("csrf", ""), token):
            return Response("missing or wrong CSRF token: reload the page", status_code=403)
        return await run_in_threadpool(save, item_id, form)  # the database work off the event loop

    def save(item_id: str, form: dict[str, str]) -> Response:
        action = form.get("action")
        value = form.get("value", "") if action == "set" else None
        with db.use() as con:
            where = queue.position(con, item_id, started)
            try:
                done = corrections.answer(con, item_id, value, actor=actor, note=form.get("note") or None)
            except ReviewError as error:
                item = queue.get_item(con, item_id)
                if item is None:
                    return Response(str(error), status_code=404)
                return render(con, item, where, error=str(error), typed=form.get("value"), status=400)
            db.answered(done)
            after = where.next or queue.position(con, None).first
        return RedirectResponse(f"/item/{after}" if after else "/", status_code=303)

    def crop_of(item_id: str) -> crops.Crop:
        with db.use() as con:
            planned = crops.plan_crop(con, item_id, folder, settings)
        return planned.render() if isinstance(planned, crops.CropJob) else planned  # outside the lock

    @app.get("/crop/{item_id}")
    def crop(item_id: str) -> Response:
        made = crop_of(item_id)
        if made.path is None:
            return _placeholder(made.problem or "no crop")
        return FileResponse(made.path, media_type="image/png")

    return app
