"""The server: REST under /api and the Gradio UI mounted at /, in one FastAPI app.

    create_app(library, engine=None) -> FastAPI

Errors come back as JSON `{"error": "<what went wrong and what to do>"}`: AssistantError subclasses map
to 404 (NotFoundError), 400 (UsageError), 502 (ModelError), 503 (StoreUnavailable: Chroma
server down, data dir busy, read-only or full) or 500, request validation to 422.
"""

from __future__ import annotations

import itertools
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator, Literal, Union

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.sse import EventSourceResponse, ServerSentEvent
from fastapi.security import HTTPAuthorizationCredentials, HTTPBasic, HTTPBasicCredentials, HTTPBearer
from fastapi.exceptions import RequestValidationError
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
)
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant import __version__
from assistant.errors import AssistantError, ModelError, NotFoundError, StoreUnavailable, UsageError
from assistant.library import Library
from assistant.schema import Answer, Article, Briefing
from assistant.server.auth import check_bearer, check_credentials, parse_auth
from assistant.server.services import (
    MAX_K,
    Services,
    check_date,
    ingest_summary,
    make_filters,
)
from assistant.server.uploads import UploadTooLarge, capped_receive, save_uploads

log = logging.getLogger(__name__)

_STATUS: list[tuple[type[AssistantError], int]] = [(NotFoundError, 404), (UsageError, 400), (ModelError, 502),
                                                  (StoreUnavailable, 503)]


# ---- request bodies ----------------------------------------------------------------------

class Turn(BaseModel):
    question: str
    answer: str


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=4000, description="the question, in plain words")
    history: list[Union[Turn, tuple[str, str]]] = Field(
        default_factory=list, description="earlier turns, oldest first: [question, answer] pairs or objects")
    since: str | None = Field(default=None, description="only articles published on or after YYYY-MM-DD")
    until: str | None = Field(default=None, description="only articles published on or before YYYY-MM-DD")
    source: str | list[str] | None = Field(default=None, description="only this outlet (or these outlets)")
    k: int | None = Field(default=None, ge=1, le=MAX_K, description="passages to retrieve")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("question is blank; ask something about the stored articles")
        return v

    @field_validator("since", "until")
    @classmethod
    def _date(cls, v: str | None, info) -> str | None:
        try:
            return check_date(v, info.field_name)
        except UsageError as e:
            raise ValueError(str(e)) from None

    def pairs(self) -> list[tuple[str, str]]:
        return [(t.question, t.answer) if isinstance(t, Turn) else (t[0], t[1]) for t in self.history]


class BriefRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: str | None = Field(default=None, description="YYYY-MM-DD; default: the newest day with articles")
    format: Literal["json", "md", "html"] = "json"
    since_last: bool = Field(default=False, description="only stories or facts new since the last briefing")

    @field_validator("date")
    @classmethod
    def _date(cls, v: str | None) -> str | None:
        try:
            return check_date(v, "date")
        except UsageError as e:
            raise ValueError(str(e)) from None


class IngestUrls(BaseModel):
    model_config = ConfigDict(extra="forbid")

    urls: list[str] = Field(min_length=1, max_length=200, description="article pages or RSS/Atom feeds")

    @field_validator("urls")
    @classmethod
    def _http(cls, v: list[str]) -> list[str]:
        bad = [u for u in v if not u.strip().lower().startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"only http(s) URLs can be fetched, not {bad[0]!r}; upload files as multipart instead")
        return [u.strip() for u in v]


# ---- errors ------------------------------------------------------------------------------

def _readable(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    """Pydantic's error list as one sentence plus a JSON-safe detail list (no input echo, no ctx objects)."""
    detail, parts = [], []
    for e in exc.errors():
        loc = [str(x) for x in e.get("loc", ()) if x not in ("body", "query", "path")]
        msg = str(e.get("msg", "invalid value")).removeprefix("Value error, ")
        if e.get("type") == "json_invalid":
            msg = "the request body is not valid JSON"
        where = ".".join(loc)
        detail.append({"field": where or None, "message": msg})
        parts.append(f"{where}: {msg}" if where else msg)
    return "; ".join(parts) or "invalid request", detail


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        message, detail = _readable(exc)
        return JSONResponse(status_code=422, content={"error": message, "detail": detail})

    @app.exception_handler(AssistantError)
    async def _assistant(request: Request, exc: AssistantError) -> JSONResponse:
        status = next((code for cls, code in _STATUS if isinstance(exc, cls)), 500)
        return JSONResponse(status_code=status, content={"error": str(exc), "type": type(exc).__name__})


def _too_large(limit_mb: float) -> JSONResponse:
    return JSONResponse(status_code=413, content={
        "error": f"the upload is over the {limit_mb:g} MB limit for one request (stopped reading); send fewer "
                 "files at a time or set ASSISTANT_MAX_UPLOAD_MB to raise it"})


# ---- the app -----------------------------------------------------------------------------

def _auth_dependency(auth: tuple[str, str] | None):
    # FastAPI's security classes parse the header (and document the schemes in OpenAPI); the
    # constant-time comparison stays ours, in auth.check_credentials.
    basic = HTTPBasic(auto_error=False, realm="assistant")
    bearer = HTTPBearer(auto_error=False)

    async def require(basic_cred: HTTPBasicCredentials | None = Depends(basic),
                      bearer_cred: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
        if auth is None:
            return
        if basic_cred is not None and check_credentials(basic_cred.username, basic_cred.password, auth):
            return
        if bearer_cred is not None and check_bearer(bearer_cred.credentials, auth):
            return
        raise HTTPException(status_code=401, detail="authentication required: send HTTP basic credentials "
                            "or `Authorization: Bearer <password>` (ASSISTANT_AUTH)",
                            headers={"WWW-Authenticate": 'Basic realm="assistant"'})
    return require


def build_router(services: Services, auth: tuple[str, str] | None) -> APIRouter:
    guarded = APIRouter(dependencies=[Depends(_auth_dependency(auth))])
    lib = services.library

    @guarded.post("/ask", response_model=Answer, summary="Answer a question with cited sources")
    def ask(req: AskRequest) -> Answer:
        return services.ask(req.question, req.pairs(), make_filters(req.since, req.until, req.source), req.k)

    def started_stream(req: AskRequest) -> Iterator[str | Answer]:
        """Validate and start the answer before the 200 goes out, so bad input is a normal JSON error.

        A dependency runs before the response starts; pulling the first item here turns retrieval
        and model errors before any text into HTTP errors too.
        """
        items = iter(services.stream(req.question, req.pairs(), make_filters(req.since, req.until, req.source),
                                     req.k))
        first = next(items, None)
        return itertools.chain([] if first is None else [first], items)

    @guarded.post("/ask/stream", summary="Answer as server-sent events",
                  description="`event: token` with a JSON string delta, repeated; then `event: answer` with the "
                              "final Answer JSON (its text replaces the deltas); `event: error` on failure.",
                  response_class=EventSourceResponse)
    def ask_stream(items: Iterator[str | Answer] = Depends(started_stream)) -> Iterator[ServerSentEvent]:
        # FastAPI's own SSE support encodes each event (data as one JSON value, so newlines in a
        # delta cannot end a field) and sets the no-cache / no-proxy-buffering headers.
        try:
            for item in items:
                if isinstance(item, Answer):
                    yield ServerSentEvent(event="answer", data=item.model_dump(mode="json"))
                else:
                    yield ServerSentEvent(event="token", data=item)
        except AssistantError as e:
            yield ServerSentEvent(event="error", data={"error": str(e), "type": type(e).__name__})
        except Exception as e:  # the status line is gone; say so in-band, log the traceback
            log.exception("answer stream failed")
            yield ServerSentEvent(event="error", data={
                "error": f"internal error ({type(e).__name__}); see the server log", "type": "InternalError"})

    @guarded.post("/brief", summary="Build the briefing for a day",
                  responses={200: {"content": {"application/json": {}, "text/markdown": {}, "text/html": {}}}})
    def brief(req: BriefRequest | None = None):
        req = req or BriefRequest()
        from assistant.briefing import render

        b: Briefing = services.brief(req.date, req.since_last)
        if req.format == "md":
            return PlainTextResponse(render.to_markdown(b), media_type="text/markdown; charset=utf-8")
        if req.format == "html":
            # The page has no scripts; the CSP makes sure injected markup could not run any either.
            return HTMLResponse(render.to_html(b), headers={
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'"})
        return JSONResponse(b.model_dump(mode="json"))

    @guarded.post("/ingest", summary="Add articles: multipart `files` (and/or `urls` lines), or JSON {\"urls\": [...]}",
                  openapi_extra={"requestBody": {"content": {
                      "application/json": {"schema": IngestUrls.model_json_schema()},
                      "multipart/form-data": {"schema": {"type": "object", "properties": {
                          "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                          "urls": {"type": "string", "description": "one URL per line"}}}}}}})
    async def ingest(request: Request) -> dict[str, Any]:
        ctype = request.headers.get("content-type", "").lower()
        # Every file-system call below runs in a worker thread: a large upload spooled to disk,
        # or a slow disk, must not stall the event loop that serves every other request.
        tmp = Path(await run_in_threadpool(tempfile.mkdtemp, prefix="assistant-upload-"))
        try:
            names: dict[str, str] = {}
            inputs: list[str] = []
            refused: list[dict[str, str]] = []
            if ctype.startswith("application/json"):
                try:
                    body = await request.json()
                except ValueError:
                    raise UsageError("the request body is not valid JSON; send {\"urls\": [...]}") from None
                try:
                    inputs = IngestUrls.model_validate(body).urls
                except Exception as e:  # pydantic ValidationError -> the same readable 422
                    raise RequestValidationError(getattr(e, "errors", lambda: [])()) from None
            elif ctype.startswith("multipart/form-data"):
                settings = lib.settings
                limit = int(settings.max_upload_mb * 1024 * 1024)
                declared = request.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    return _too_large(settings.max_upload_mb)
                # The body is counted as it arrives (chunked uploads have no length to check first).
                capped = Request(request.scope, capped_receive(request.receive, limit))
                try:
                    async with capped.form(max_files=200) as form:
                        uploads = [(i, up) for i, up in enumerate(form.getlist("files")) if not isinstance(up, str)]
                        saved = await run_in_threadpool(save_uploads, tmp, uploads, settings.max_file_mb)
                        names, inputs = saved.files, list(saved.files)
                        for field in form.getlist("urls"):
                            if isinstance(field, str):
                                inputs += [u.strip() for u in field.splitlines() if u.strip()]
                except UploadTooLarge:
                    return _too_large(settings.max_upload_mb)
                except Exception as e:  # starlette's own HTTPException(400) for a body it cannot parse
                    if getattr(e, "status_code", None) != 400:
                        raise
                    raise UsageError(f"the upload could not be read as multipart form data "
                                     f"({getattr(e, 'detail', e)}); check that file names are at most a few "
                                     "hundred characters and send the files again") from None
                refused = [{"path": name, "error": why} for name, why in saved.refused.items()]
                if refused and not inputs:
                    return JSONResponse(status_code=415, content={"error": f"{refused[0]['path']}: "
                                        f"{refused[0]['error']}", "failed": refused})
            else:
                raise UsageError("send files as multipart/form-data (field `files`) or JSON {\"urls\": [...]}")
            if not inputs:
                raise UsageError("nothing to ingest: add files (multipart field `files`) or {\"urls\": [...]}")
            report = await run_in_threadpool(services.ingest, inputs)
            out = ingest_summary(report)
            for f in out["failed"]:  # the client knows its file names, not our temp paths
                f["path"] = next((orig for p, orig in names.items() if f["path"].startswith(p)), f["path"])
            out["failed"] = refused + out["failed"]
            return out
        finally:
            await run_in_threadpool(shutil.rmtree, tmp, ignore_errors=True)

    @guarded.get("/articles", summary="List stored articles (without bodies)")
    def articles() -> dict[str, list[dict[str, Any]]]:
        return {"articles": [a.meta() for a in lib.articles()]}

    @guarded.get("/articles/{article_id}", response_model=Article, summary="One article with its cleaned body")
    def article(article_id: str) -> Article:
        return lib.article(article_id)

    @guarded.delete("/articles/{article_id}", summary="Remove an article and its chunks")
    def delete(article_id: str) -> dict[str, Any]:
        return {"deleted": article_id, "chunks": services.delete(article_id)}

    @guarded.get("/feeds", summary="Feed subscriptions, their polling status and the scheduled briefing")
    def feeds() -> dict[str, Any]:
        from assistant.feeds.schedule import utc_now
        from assistant.feeds.status import feeds_status

        return feeds_status(lib.settings, utc_now())

    @guarded.get("/briefing/latest", response_model=Briefing, summary="The latest scheduled (morning) briefing")
    def latest_briefing() -> Briefing:
        from assistant.feeds.status import latest_briefing as latest

        found = latest(lib.settings)
        if found is None:
            raise NotFoundError("no scheduled briefing yet: set ASSISTANT_BRIEFING_AT and add feeds, "
                                "or build one with POST /api/brief")
        return found[0]

    from assistant.server.verify_api import add_verify_routes

    add_verify_routes(guarded, services)
    router = APIRouter()

    @router.get("/health", summary="Liveness plus what is loaded")
    def health() -> dict[str, Any]:
        return {**services.health(), "version": __version__, "auth": auth is not None}

    router.include_router(guarded)
    return router


def create_app(library: Library, engine=None, *, ui: bool = True, auth: tuple[str, str] | None = None,
               services: Services | None = None) -> FastAPI:
    """REST under /api (+ /docs, /openapi.json) and, unless ui=False, the Gradio app at /.

    auth defaults to ASSISTANT_AUTH from the library's settings.
    """
    auth = auth if auth is not None else parse_auth(library.settings.auth)
    services = services or Services(library, engine)
    app = FastAPI(title="Newsdesk assistant", version=__version__,
                  description="Cited answers and daily briefings over your news articles.")
    app.state.services = services
    _install_error_handlers(app)
    app.include_router(build_router(services, auth), prefix="/api")
    if ui:
        from assistant.server.ui.app import mount_ui

        app = mount_ui(app, library, engine, services=services, auth=auth)
    return app
