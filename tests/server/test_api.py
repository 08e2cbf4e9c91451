"""The REST API with the real app, the real MiniLM and embedded Chroma, over a library seeded with the seeds."""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings
from assistant.errors import ModelError
from assistant.library import Library
from assistant.schema import Answer, Briefing
from assistant.server.api import create_app

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LAUNCHERS = "How many rocket launchers did Kim Jong Un show off?"

ARTICLE_HTML = """<!doctype html><html><head><title>Dutch port reopens after storm</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2026-02-10">
</head><body><header><nav>Home | World | Sport</nav></header><article><h1>Dutch port reopens after storm</h1>
<p>The port of Rotterdam reopened on Tuesday after a winter storm forced a two-day closure, the port authority said.</p>
<p>Twelve container cranes were inspected overnight and ten of them were cleared to resume work by the morning shift.</p>
<p>Shipping lines said the backlog of about forty vessels waiting at anchor would take most of the week to clear.</p>
<p>Port officials estimated the cost of the closure at roughly 40 million euros in lost handling fees and repairs.</p>
</article><footer>Copyright Harbour Gazette</footer></body></html>"""


def _is_readable_error(resp, *words: str) -> dict:
    body = resp.json()
    assert isinstance(body["error"], str) and body["error"]
    assert "Traceback" not in resp.text
    for w in words:
        assert w in body["error"], body
    return body


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory, minilm) -> Library:
    """Read-only tests share one seeded library (ingesting costs seconds); writers use `seeded_library`."""
    lib = Library(Settings(data_dir=tmp_path_factory.mktemp("api") / "data"), embedder=minilm)
    assert lib.ingest([str(SEEDS)]).added == 2
    return lib


@pytest.fixture(scope="module")
def client(shared_library) -> TestClient:
    with TestClient(create_app(shared_library, ui=False)) as c:
        yield c


@pytest.fixture
def writer(seeded_library) -> TestClient:
    with TestClient(create_app(seeded_library, ui=False)) as c:
        yield c


@pytest.fixture
def page_server(tmp_path):
    """A local web server on 127.0.0.1 serving one article page."""
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "port.html").write_text(ARTICLE_HTML, encoding="utf-8")
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path / "www"))
    handler.log_message = lambda *a, **k: None
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# ---- health, openapi ---------------------------------------------------------------------

def test_health_reports_articles_provider_and_embeddings(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["articles"] == 2 and h["chunks"] > 0
    assert h["provider"] == "extractive" and h["embeddings"] == "minilm" and h["auth"] is False


def test_openapi_schema_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/ask", "/api/ask/stream", "/api/brief", "/api/ingest", "/api/articles",
              "/api/articles/{article_id}", "/api/health"):
        assert p in paths, p
    assert "delete" in paths["/api/articles/{article_id}"]


# ---- ask ---------------------------------------------------------------------------------

def test_ask_returns_an_answer_whose_quotes_are_the_article_text(client):
    r = client.post("/api/ask", json={"question": LAUNCHERS})
    assert r.status_code == 200, r.text
    a = Answer.model_validate(r.json())
    assert not a.refused and a.citations and a.provider == "extractive"
    assert "launchers" in a.answer
    for c in a.citations:
        body = client.get(f"/api/articles/{c.article_id}").json()["body"]
        assert body[c.start:c.end] == c.quote
        assert f"[{c.n}]" in a.answer


def test_follow_up_uses_history(client):
    first = client.post("/api/ask", json={"question": LAUNCHERS}).json()
    r = client.post("/api/ask", json={"question": "What calibre are they?",
                                      "history": [[LAUNCHERS, first["answer"]]]})
    assert r.status_code == 200, r.text
    a = r.json()
    # The follow-up was rewritten with the earlier turn (the engine's job); the API passed the history on.
    assert "launchers" in (a["standalone_question"] or "").lower(), a["standalone_question"]
    alone = client.post("/api/ask", json={"question": "What calibre are they?"}).json()
    assert alone["standalone_question"] in (None, "What calibre are they?")
    # History also accepted as objects.
    r2 = client.post("/api/ask", json={"question": "What calibre are they?",
                                       "history": [{"question": LAUNCHERS, "answer": first["answer"]}]})
    assert r2.status_code == 200 and r2.json()["standalone_question"] == a["standalone_question"]


def test_source_filter_and_date_filter(client):
    a = client.post("/api/ask", json={"question": LAUNCHERS, "source": "Metro"}).json()
    assert a["citations"] and {c["source"] for c in a["citations"]} == {"Metro"}
    a = client.post("/api/ask", json={"question": LAUNCHERS, "source": ["Bloomberg"], "k": 3}).json()
    assert {c["source"] for c in a["citations"]} == {"Bloomberg"}
    # The seeds are undated: a date range admits none of them, so the answer is a refusal.
    a = client.post("/api/ask", json={"question": LAUNCHERS, "since": "2030-01-01"}).json()
    assert a["refused"] is True and a["citations"] == []


@pytest.mark.parametrize("body, words", [
    ({"question": ""}, ["question"]),
    ({"question": "   "}, ["question", "blank"]),
    ({}, ["question", "required"]),
    ({"question": "x", "since": "2026-02-30"}, ["since", "2026-02-18"]),
    ({"question": "x", "until": "yesterday"}, ["until"]),
    ({"question": "x", "k": 0}, ["k"]),
    ({"question": "x", "k": "many"}, ["k"]),
    ({"question": "x", "history": ["just one string"]}, ["history"]),
    ({"question": "x", "colour": "red"}, ["colour"]),
])
def test_ask_validation_errors_are_readable_422(client, body, words):
    for path in ("/api/ask", "/api/ask/stream"):
        r = client.post(path, json=body)
        assert r.status_code == 422, (path, r.text)
        detail = _is_readable_error(r, *words)["detail"]
        assert all(set(d) == {"field", "message"} for d in detail)


def test_malformed_json_is_a_readable_422(client):
    r = client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422
    _is_readable_error(r, "JSON")


def test_since_after_until_is_a_400_usage_error(client):
    r = client.post("/api/ask", json={"question": "x", "since": "2026-03-01", "until": "2026-02-01"})
    assert r.status_code == 400
    assert _is_readable_error(r, "since")["type"] == "UsageError"


# ---- streaming ---------------------------------------------------------------------------

def _parse_sse(text: str) -> list[tuple[str, object]]:
    events = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_stream_sends_token_events_then_one_answer(client):
    with client.stream("POST", "/api/ask/stream", json={"question": LAUNCHERS}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        text = "".join(r.iter_text())
    events = _parse_sse(text)
    kinds = [e for e, _ in events]
    assert kinds[-1] == "answer" and kinds.count("answer") == 1
    assert kinds[:-1] and set(kinds[:-1]) == {"token"}
    streamed = "".join(d for e, d in events if e == "token")
    final = Answer.model_validate(events[-1][1])
    assert streamed.strip() and final.citations and not final.refused
    # The same answer as the non-streaming endpoint.
    assert client.post("/api/ask", json={"question": LAUNCHERS}).json()["answer"] == final.answer


class _DownEngine:
    """An engine whose model endpoint is unreachable."""

    def stream(self, question, history=None, filters=None, k=None):
        raise ModelError("the model endpoint at http://127.0.0.1:9/v1 refused the connection; "
                         "check OPENAI_BASE_URL or set ASSISTANT_LLM=extractive")


class _DiesMidStream:
    def stream(self, question, history=None, filters=None, k=None):
        yield "The first words"
        raise ModelError("the model stopped mid-answer; retry")


def test_model_errors_map_to_502_and_to_an_error_event(shared_library):
    with TestClient(create_app(shared_library, engine=_DownEngine(), ui=False)) as c:
        for path in ("/api/ask", "/api/ask/stream"):
            r = c.post(path, json={"question": LAUNCHERS})
            assert r.status_code == 502
            assert _is_readable_error(r, "OPENAI_BASE_URL")["type"] == "ModelError"
    with TestClient(create_app(shared_library, engine=_DiesMidStream(), ui=False)) as c:
        events = _parse_sse(c.post("/api/ask/stream", json={"question": LAUNCHERS}).text)
        assert events[0] == ("token", "The first words")
        assert events[-1][0] == "error" and "retry" in events[-1][1]["error"]


# ---- briefing ----------------------------------------------------------------------------

def test_brief_in_three_formats(client):
    r = client.post("/api/brief", json={})
    assert r.status_code == 200, r.text
    b = Briefing.model_validate(r.json())
    assert b.stories and b.stories[0].citations
    r = client.post("/api/brief", json={"format": "md"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert r.text.startswith("# Briefing")
    r = client.post("/api/brief", json={"format": "html", "date": b.date})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script" not in r.text.lower() and "default-src 'none'" in r.headers["content-security-policy"]
    assert client.post("/api/brief").status_code == 200  # no body at all: defaults


def test_brief_validation(client):
    r = client.post("/api/brief", json={"format": "pdf"})
    assert r.status_code == 422
    _is_readable_error(r, "format")
    r = client.post("/api/brief", json={"date": "18/02/2026"})
    assert r.status_code == 422
    _is_readable_error(r, "date")
    r = client.post("/api/brief", json={"date": "1999-01-01"})
    assert r.status_code == 200 and r.json()["stories"] == []


# ---- articles ----------------------------------------------------------------------------

def test_articles_list_and_detail(client):
    arts = client.get("/api/articles").json()["articles"]
    assert len(arts) == 2 and {a["source"] for a in arts} == {"Metro", "Bloomberg"}
    assert all("body" not in a for a in arts)
    one = client.get(f"/api/articles/{arts[0]['id']}")
    assert one.status_code == 200 and one.json()["body"] and one.json()["title"] == arts[0]["title"]


def test_missing_article_is_404_with_a_message(client):
    r = client.get("/api/articles/does-not-exist")
    assert r.status_code == 404
    assert _is_readable_error(r, "does-not-exist")["type"] == "NotFoundError"
    assert client.delete("/api/articles/does-not-exist").status_code == 404


def test_delete_removes_the_article(writer):
    arts = writer.get("/api/articles").json()["articles"]
    r = writer.delete(f"/api/articles/{arts[0]['id']}")
    assert r.status_code == 200 and r.json() == {"deleted": arts[0]["id"], "chunks": arts[0]["chunk_count"]}
    assert writer.get(f"/api/articles/{arts[0]['id']}").status_code == 404
    assert writer.get("/api/health").json()["articles"] == 1


# ---- ingest ------------------------------------------------------------------------------

def test_ingest_multipart_files(writer):
    text = ("Dutch port reopens after storm\nThe port of Rotterdam reopened on Tuesday after a winter storm forced "
            "a two-day closure, the port authority said.\nTwelve container cranes were inspected overnight.\n")
    files = [("files", ("../../etc/port.txt", text.encode(), "text/plain")),
             ("files", ("empty.txt", b"", "text/plain"))]
    r = writer.post("/api/ingest", files=files)
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["added"] == 1 and s["chunks"] >= 1 and s["seconds"] >= 0
    assert [f["path"] for f in s["failed"]] == ["empty.txt"]  # the client's name, not a temp path
    titles = [a["title"] for a in writer.get("/api/articles").json()["articles"]]
    assert "Dutch port reopens after storm" in titles
    again = writer.post("/api/ingest", files=files[:1]).json()
    assert again["added"] == 0 and again["skipped"] == 1


def test_ingest_urls_from_a_local_server(writer, seeded_library, page_server):
    seeded_library.settings.url_allowlist = "127.0.0.1"  # loopback is refused unless allow-listed
    r = writer.post("/api/ingest", json={"urls": [page_server + "/port.html", page_server + "/missing.html"]})
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["added"] == 1
    assert len(s["failed"]) == 1 and "404" in s["failed"][0]["error"]
    art = writer.get(f"/api/articles/{s['article_ids'][0]}").json()
    assert art["url"].endswith("/port.html") and "Rotterdam" in art["body"]
    a = writer.post("/api/ask", json={"question": "How many cranes were cleared to resume work?"}).json()
    assert "ten" in a["answer"] and any(c["article_id"] == art["id"] for c in a["citations"])


@pytest.mark.parametrize("kwargs, status, words", [
    ({"json": {"urls": []}}, 422, ["urls"]),
    ({"json": {"urls": ["file:///etc/passwd"]}}, 422, ["http"]),
    ({"json": {"paths": ["/etc"]}}, 422, ["paths"]),
    ({"content": b"{oops", "headers": {"content-type": "application/json"}}, 400, ["JSON"]),
    ({"content": b"hello", "headers": {"content-type": "text/plain"}}, 400, ["multipart"]),
    ({"files": [("other", ("a.txt", b"x", "text/plain"))]}, 400, ["nothing to ingest"]),
])
def test_ingest_validation(client, kwargs, status, words):
    r = client.post("/api/ingest", **kwargs)
    assert r.status_code == status, r.text
    _is_readable_error(r, *words)
