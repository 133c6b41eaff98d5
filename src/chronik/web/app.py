"""The web app: ``create_app(db)`` serves the store read-only, and codes pasted texts.

Every page is also JSON: the same URL answers JSON to a client that does not ask for HTML
(``Accept``), or to ``?format=json``. Every 4xx/5xx answer of the API has one shape::

    {"error": {"status": 422, "message": "what went wrong and how to fix it", "details": []}}
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ChronikError
from .gate import StoreGate
from .queries import Queries

if TYPE_CHECKING:
    from ..pipeline import Pipeline

MAX_BODY = 1_000_000  # bytes; a long news article is under 100 kB
MAX_URL = 8_192  # bytes of path and query string; the longest filter URL is under 1 kB
STATIC = Path(__file__).parent / "static"


@dataclass
class Web:
    """What the routes share: the store's queries, the pipeline (loaded on first use,
    one text at a time), the templates and CAMEO code names."""

    queries: Queries
    load_pipeline: Callable[[], Pipeline]
    templates: Environment
    cameo_names: dict[str, str]
    lock: threading.Lock = field(default_factory=threading.Lock)


def web(request: Request) -> Web:
    return cast(Web, request.app.state.web)


def wants_html(request: Request) -> bool:
    fmt = request.query_params.get("format")
    if fmt in ("json", "html"):
        return fmt == "html"
    return "text/html" in request.headers.get("accept", "")


def page(request: Request, template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    html = web(request).templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=http_status)


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "details": details or []}}


def _error(request: Request, status: int, message: str, details: list[Any]) -> Response:
    if wants_html(request):
        return page(request, "error.html", status, status=status, message=message,
                    details=details)  # fmt: skip
    return JSONResponse(error_body(status, message, details), status_code=status)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    response = _error(request, error.status_code, str(error.detail), [])
    response.headers.update(error.headers or {})
    return response


async def _validation_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, RequestValidationError)
    details = [
        {"where": ".".join(str(part) for part in e["loc"]), "problem": e["msg"]}
        for e in error.errors()
    ]
    where = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
    return _error(request, 422, f"invalid request ({where})", details)


async def _chronik_error(request: Request, error: Exception) -> Response:
    return _error(request, 422, str(error), [])


async def _bug(request: Request, error: Exception) -> Response:
    message = (f"{request.method} {request.url.path} failed ({type(error).__name__}: {error}); "
               "please report this as a bug")  # fmt: skip
    return _error(request, 500, message, [])


class RequestLimits:
    """Refuses a request URL (path and query string) over ``max_url`` bytes with 414, and
    a body over ``max_body`` bytes with 413, whether the client says its length up front
    (Content-Length) or streams it; nothing over a limit is read into memory."""

    def __init__(self, app: ASGIApp, *, max_body: int, max_url: int) -> None:
        self.app, self.max_body, self.max_url = app, max_body, max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        if url > self.max_url:
            await _refuse(scope, send, 414, f"request URL over {self.max_url} bytes; ask with "
                          "fewer or shorter query parameters")  # fmt: skip
            return
        declared = dict(scope["headers"]).get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_body:
            await _refuse(scope, send, 413, self._body_message())
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise HTTPException(413, self._body_message())
            return message

        await self.app(scope, counted, send)

    def _body_message(self) -> str:
        return f"request body over {self.max_body} bytes; send a shorter text"


async def _refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    response = JSONResponse(error_body(status, message), status_code=status)
    await response(scope, _nothing, send)


class NoSniff:
    """Marks every answer ``X-Content-Type-Options: nosniff``: a browser takes JSON, CSV
    and JSONL (which carry article text and actor names as they are) for what they say
    they are, never for HTML that could run a script."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, marked if scope["type"] == "http" else send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


def create_app(
    db: str | Path,
    *,
    pipeline: Callable[[], Pipeline] | None = None,
    max_body: int = MAX_BODY,
    max_url: int = MAX_URL,
) -> FastAPI:
    """The app over the store at ``db`` (opened read-only). ``pipeline`` returns the
    pipeline that codes pasted texts (default: chronik's own, loaded on first use)."""
    from ..ontology import Ontology
    from .views import router

    gate = StoreGate(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        gate.close()

    # FastAPIOffline: /docs (Swagger UI) and /redoc from files shipped in the package
    app = FastAPIOffline(
        title="chronik",
        summary="Political events coded from German and English news, with the words that say so.",
        version=_version(),
        lifespan=lifespan,
    )
    templates = Environment(loader=PackageLoader("chronik.web", "templates"),
                            autoescape=select_autoescape(default=True))  # fmt: skip
    app.state.web = Web(
        queries=Queries(gate),
        load_pipeline=pipeline or _default_pipeline,
        templates=templates,
        cameo_names={code: c.name for code, c in Ontology.load().codes.items()},
    )
    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
        StarletteHTTPException: _http_error,
        RequestValidationError: _validation_error,
        ChronikError: _chronik_error,
        Exception: _bug,  # a bug still answers in the one shape, never a bare traceback
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
    app.add_middleware(RequestLimits, max_body=max_body, max_url=max_url)
    app.add_middleware(NoSniff)  # added last: outermost, so the refusals carry it too
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(router)
    return app


def _default_pipeline() -> Pipeline:
    from ..pipeline import default_pipeline

    return default_pipeline()


def _version() -> str:
    from importlib.metadata import version

    return version("chronik")
