"""LLM endpoint faults through the REST face: POST /api/ask and /api/ask/stream against the real app,
with ASSISTANT_LLM=openai:scripted pointed at the misbehaving local server (fake embeddings, fast)."""

from __future__ import annotations

import json
import logging

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.schema import Answer
from assistant.server.api import create_app
from assistant.testing.openai_server import Fault, ScriptedOpenAIServer

KEY = "sk-faulttest-DO-NOT-LEAK-7f3a9c"
QUESTION = "How many rocket launchers were presented to the Ninth Congress?"
FACT = ("North Korea’s munitions industry presented 50 600mm-caliber multiple rocket launchers [1]. "
        "Kim Jong Un said the launchers would be deployed to the country's southern border [1].")


def _events(text: str) -> list[tuple[str, object]]:
    out = []
    for block in text.split("\n\n"):
        if block.strip():
            fields = dict(line.split(": ", 1) for line in block.splitlines())
            out.append((fields["event"], json.loads(fields["data"])))
    return out


@pytest.fixture
def server():
    with ScriptedOpenAIServer([FACT]) as s:
        yield s


def _client(tmp_path, seeds_dir, server, **kw) -> TestClient:
    settings = Settings(data_dir=tmp_path / "data", llm="openai:scripted", openai_base_url=server.base_url,
                        openai_api_key=KEY, llm_retries=1, llm_timeout=1, **kw)
    lib = Library(settings, embedder=FakeEmbedder())
    assert lib.ingest([str(seeds_dir)]).added == 2
    return TestClient(create_app(lib, ui=False), raise_server_exceptions=False)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("fault, says", [
    (Fault.slow(5), "did not answer within 1 s"),
    (Fault.http(429, retry_after="30"), "HTTP 429"),
    (Fault.http(503), "HTTP 503"),
    (Fault.malformed(), "not valid OpenAI-protocol JSON"),
])
def test_fault_before_any_text_is_a_502_with_a_readable_error(tmp_path, seeds_dir, server, caplog, fault, says):
    c = _client(tmp_path, seeds_dir, server)
    server.always(fault)
    caplog.set_level(logging.DEBUG)
    for path in ("/api/ask", "/api/ask/stream"):
        r = c.post(path, json={"question": QUESTION, "k": 3})
        assert r.status_code == 502, r.text
        body = r.json()
        assert body["type"] == "ModelError" and says in body["error"] and "ASSISTANT_LLM_FALLBACK" in body["error"]
        assert "Traceback" not in r.text and KEY not in r.text
    assert KEY not in caplog.text


def test_stream_cut_mid_reply_ends_with_an_error_event_not_an_answer(tmp_path, seeds_dir, server):
    c = _client(tmp_path, seeds_dir, server)
    server.always(Fault.cut())
    events = _events(c.post("/api/ask/stream", json={"question": QUESTION, "k": 3}).text)
    kinds = [e for e, _ in events]
    assert kinds[0] == "token" and kinds[-1] == "error" and "answer" not in kinds
    assert "before the reply was complete" in events[-1][1]["error"]


def test_stream_cut_mid_reply_with_fallback_ends_with_a_cited_extractive_answer(tmp_path, seeds_dir, server):
    c = _client(tmp_path, seeds_dir, server, llm_fallback=True)
    server.always(Fault.cut())
    events = _events(c.post("/api/ask/stream", json={"question": QUESTION, "k": 3}).text)
    assert [e for e, _ in events].count("answer") == 1 and events[-1][0] == "answer"
    a = Answer.model_validate(events[-1][1])
    # The half reply streamed before the cut is replaced by the final answer's text.
    assert a.provider == "extractive" and a.citations and not a.refused and "southern border" not in a.answer
    assert any("before the reply was complete" in n for n in a.notices)
    r = c.post("/api/ask", json={"question": QUESTION, "k": 3})
    assert r.status_code == 200 and r.json()["provider"] == "extractive"


def test_echoed_key_is_redacted_in_rest_errors(tmp_path, seeds_dir, server):
    c = _client(tmp_path, seeds_dir, server)
    server.always(Fault.echo_auth(401))
    r = c.post("/api/ask", json={"question": QUESTION})
    assert r.status_code == 502 and "rejected the API key" in r.json()["error"]
    assert KEY not in r.text
