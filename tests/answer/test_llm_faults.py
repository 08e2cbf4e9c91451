"""LLM endpoint faults through the real path: ASSISTANT_LLM=openai:<model> → langchain-openai → HTTP →
the scripted OpenAI-protocol server on 127.0.0.1, which misbehaves on purpose.

Each fault must give a ModelError naming what the endpoint did and what to do, or, with
ASSISTANT_LLM_FALLBACK, an extractive answer with a notice: never a traceback, never an uncited
sentence shown as cited, never the API key, and a bounded number of requests.
"""

from __future__ import annotations

import json
import logging
import time

import pytest

from assistant.answer.engine import AnswerEngine
from assistant.cli.main import main
from assistant.config import Settings
from assistant.errors import ModelError
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.schema import Answer
from assistant.testing.openai_server import Fault, ScriptedOpenAIServer

KEY = "sk-faulttest-DO-NOT-LEAK-7f3a9c"
QUESTION = "How many rocket launchers were presented to the Ninth Congress?"
FACT = "North Korea’s munitions industry presented 50 600mm-caliber multiple rocket launchers [1]."
RETRIES = 1
TIMEOUT = 1.0
# A hang guard, not a speed target: every fault here must end within a few client timeouts, and the
# 429 storm asks for 30 s between tries, which a client that obeyed it blindly would exceed.
HANG_GUARD_S = 15.0

# fault → (what the error must say, completion requests the client may make)
FAULTS = {
    "timeout": (Fault.slow(5), "did not answer within 1 s", RETRIES + 1),
    "429-storm": (Fault.http(429, retry_after="30"), "HTTP 429", RETRIES + 1),
    "500": (Fault.http(500), "HTTP 500", RETRIES + 1),
    "malformed-json": (Fault.malformed(), "not valid OpenAI-protocol JSON", 1),
    "cut-stream": (Fault.cut(), "before the reply was complete", 1),
    "stall-mid-stream": (Fault.stall(5), "did not answer within 1 s", 1),
}


@pytest.fixture
def server():
    with ScriptedOpenAIServer([FACT]) as s:
        yield s


def make_library(tmp_path, seeds_dir, server, **kw) -> Library:
    settings = Settings(data_dir=tmp_path / "data", llm="openai:scripted", openai_base_url=server.base_url,
                        openai_api_key=KEY, llm_retries=RETRIES, llm_timeout=TIMEOUT, **kw)
    lib = Library(settings, embedder=FakeEmbedder())
    assert lib.ingest([str(seeds_dir)]).added == 2
    return lib


def assert_cited_only(lib: Library, a: Answer) -> None:
    """Every shown sentence is a supported one with citations whose quotes are exact article text."""
    assert not a.refused and a.citations
    shown = [s for s in a.sentences if s.supported]
    assert shown and all(s.citations for s in shown)
    for c in a.citations:
        assert lib.article(c.article_id).body[c.start:c.end] == c.quote


def assert_clear(err: ModelError, expected: str) -> None:
    msg = str(err)
    assert expected in msg, msg
    assert "scripted" in msg and "127.0.0.1" in msg  # names the model and the endpoint
    assert "ASSISTANT_LLM_FALLBACK" in msg and "ASSISTANT_LLM=extractive" in msg  # and what to do
    assert KEY not in msg and "Traceback" not in msg


@pytest.mark.timeout(60)
@pytest.mark.parametrize("mode", ["ask", "stream"])
@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_gives_a_clear_error_in_bounded_requests(tmp_path, seeds_dir, server, caplog, name, mode):
    fault, expected, max_requests = FAULTS[name]
    engine = AnswerEngine(make_library(tmp_path, seeds_dir, server))
    server.always(fault)
    caplog.set_level(logging.DEBUG)
    t0 = time.monotonic()
    items: list = []
    with pytest.raises(ModelError) as info:
        if mode == "ask":
            engine.ask(QUESTION, k=3)
        else:
            items.extend(engine.stream(QUESTION, k=3))
    assert time.monotonic() - t0 < HANG_GUARD_S
    assert_clear(info.value, expected)
    assert not any(isinstance(i, Answer) for i in items)  # no answer made of a half reply
    assert len(server.completions()) == max_requests
    assert KEY not in caplog.text
    assert all(r["_authorization"] == f"Bearer {KEY}" for r in server.completions())  # the key was sent


@pytest.mark.timeout(60)
@pytest.mark.parametrize("mode", ["ask", "stream"])
@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_falls_back_to_a_cited_extractive_answer(tmp_path, seeds_dir, server, caplog, name, mode):
    fault, expected, _ = FAULTS[name]
    lib = make_library(tmp_path, seeds_dir, server, llm_fallback=True)
    server.always(fault)
    caplog.set_level(logging.DEBUG)
    items = list(AnswerEngine(lib).stream(QUESTION, k=3)) if mode == "stream" else [
        AnswerEngine(lib).ask(QUESTION, k=3)]
    a = items[-1]
    assert isinstance(a, Answer) and sum(isinstance(i, Answer) for i in items) == 1
    assert a.provider == "extractive"
    notice = next(n for n in a.notices if "openai:scripted failed" in n)
    assert expected in notice and KEY not in notice
    assert_cited_only(lib, a)
    assert "50" in a.answer
    assert KEY not in a.model_dump_json() and KEY not in caplog.text


def test_429_storm_waits_at_most_the_timeout_between_tries(tmp_path, seeds_dir, server):
    # Retry-After: 30 would stall a chat for 30 s per retry; the wait is capped at ASSISTANT_LLM_TIMEOUT.
    engine = AnswerEngine(make_library(tmp_path, seeds_dir, server))
    server.script(Fault.http(429, retry_after="30"))
    t0 = time.monotonic()
    a = engine.ask(QUESTION, k=3)
    assert time.monotonic() - t0 < HANG_GUARD_S
    assert len(server.completions()) == 2 and not a.refused and a.citations


def test_a_server_that_echoes_the_key_never_gets_it_shown(tmp_path, seeds_dir, server, caplog, capsys):
    lib = make_library(tmp_path, seeds_dir, server)
    server.always(Fault.echo_auth(401))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ModelError) as info:
        AnswerEngine(lib).ask(QUESTION)
    assert "rejected the API key (HTTP 401)" in str(info.value) and "OPENAI_API_KEY" in str(info.value)
    assert KEY not in str(info.value) and "***" in str(info.value)
    # The CLI face: a one-line error on stderr, exit 1, no traceback, no key.
    assert main(["ask", QUESTION], library=lib) == 1
    out = capsys.readouterr()
    assert "error: the language model 'scripted'" in out.err and "Traceback" not in out.err
    assert KEY not in out.err + out.out and KEY not in caplog.text


def test_cli_ask_json_with_fallback_reports_the_notice(tmp_path, seeds_dir, server, capsys):
    lib = make_library(tmp_path, seeds_dir, server, llm_fallback=True)
    server.always(Fault.http(500))
    assert main(["ask", QUESTION, "--json"], library=lib) == 0
    a = Answer.model_validate(json.loads(capsys.readouterr().out))
    assert a.provider == "extractive" and any("HTTP 500" in n for n in a.notices)
    assert_cited_only(lib, a)


# ---- replies that arrive but do not cite ------------------------------------------------

@pytest.mark.parametrize("reply", [
    "North Korea presented 50 rocket launchers to the party congress.",  # no citation at all
    "North Korea presented 50 rocket launchers to the party congress [7].",  # a source that does not exist
    "North Korea presented 50 rocket launchers [12][99].",
])
def test_reply_without_valid_citations_is_a_refusal_not_an_uncited_answer(tmp_path, seeds_dir, server, reply):
    server.replies = [reply]
    a = AnswerEngine(make_library(tmp_path, seeds_dir, server)).ask(QUESTION, k=3)
    assert a.refused and a.citations == [] and "rocket" not in a.answer
    assert any("could not be verified" in n for n in a.notices)


def test_uncited_sentence_beside_a_cited_one_is_removed(tmp_path, seeds_dir, server):
    server.replies = [FACT + " The launchers will be sold to twelve countries next year. The launchers were paid for by Brazilian investors last spring [2]."]
    lib = make_library(tmp_path, seeds_dir, server)
    a = AnswerEngine(lib).ask(QUESTION, k=3)
    assert_cited_only(lib, a)
    assert "sold" not in a.answer and "Brazilian" not in a.answer and "50" in a.answer
    assert any("removed 2 sentence(s)" in n for n in a.notices)
