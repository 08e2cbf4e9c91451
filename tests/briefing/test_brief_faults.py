"""LLM endpoint faults in the briefing's map/reduce, through the real client and the misbehaving local
server (fake embeddings, fast): a clear error, or with ASSISTANT_LLM_FALLBACK extractive stories and a
notice, after a bounded number of requests for the whole briefing, never the API key."""

from __future__ import annotations

import logging
import re

import pytest
from pydantic import SecretStr

from assistant.briefing.build import build_briefing
from assistant.briefing.render import to_markdown
from assistant.errors import ModelError
from assistant.ingest import RawArticle
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.retrieval.indexing import Indexer
from assistant.testing.openai_server import Fault, ScriptedOpenAIServer

KEY = "sk-faulttest-DO-NOT-LEAK-7f3a9c"
DAY = "2026-03-04"


def _art(origin: str, source: str, title: str, body: str) -> RawArticle:
    return RawArticle(title=title, source=source, url=None, published_at=DAY, origin=origin, body=body)


ARTICLES = [
    _art("q1", "Reuters", "Strong quake jolts Ishikawa",
         "A magnitude 6.1 earthquake struck the Noto Peninsula in Ishikawa prefecture on Tuesday, injuring 34 "
         "people in the town of Wajima. The Japan Meteorological Agency said there was no tsunami risk. Around "
         "12,000 homes in Wajima lost power after the earthquake, Hokuriku Electric Power said."),
    _art("q2", "NHK", "Japan: 6.1 earthquake hits Noto",
         "A magnitude 6.1 earthquake hit the Noto Peninsula in Ishikawa prefecture on Tuesday and injured 34 "
         "people in Wajima. Bullet train services between Kanazawa and Toyama were suspended for safety checks."),
    _art("p1", "Lloyd's List", "Dockworkers strike shuts Antwerp container terminals",
         "Dockworkers at the port of Antwerp walked out on Tuesday over a pension reform, halting four container "
         "terminals. The union said the strike would last 48 hours. About 60 ships were waiting at anchor."),
    _art("p2", "De Tijd", "Antwerp port strike strands 60 ships",
         "A 48-hour strike by Antwerp dockworkers over pension reform stopped four container terminals on "
         "Tuesday. Around 60 ships were waiting at anchor off the port, the harbour master said."),
]


def _library(settings, server, **extra) -> Library:
    s = settings.model_copy(update={"llm": "openai:scripted", "openai_base_url": server.base_url,
                                    "openai_api_key": SecretStr(KEY), "llm_retries": 1, "llm_timeout": 1, **extra})
    lib = Library(s, embedder=FakeEmbedder())
    Indexer(lib.settings, lib.store, lib.embedder).run(ARTICLES)
    return lib


FAULTS = {
    "500-storm": (Fault.http(500), "HTTP 500"),
    "429-storm": (Fault.http(429, retry_after="30"), "HTTP 429"),
    "timeout": (Fault.slow(5), "did not answer within 1 s"),
    "dropped-connection": (Fault.cut(), "dropped the connection"),
    "malformed-json": (Fault.malformed(), "not valid OpenAI-protocol JSON"),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_without_fallback_is_one_clear_error(settings, caplog, name):
    fault, says = FAULTS[name]
    with ScriptedOpenAIServer(["unused"]) as server:
        server.always(fault)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(ModelError) as info:
            build_briefing(_library(settings, server), save=False)
        requests = len(server.completions())
    assert says in str(info.value) and "ASSISTANT_LLM_FALLBACK" in str(info.value)
    assert KEY not in str(info.value) and KEY not in caplog.text
    assert requests <= 2  # the first map call and its one retry; nothing after the failure


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(FAULTS))
def test_fault_with_fallback_gives_extractive_stories_and_stops_calling(settings, caplog, name):
    fault, says = FAULTS[name]
    with ScriptedOpenAIServer(["unused"]) as server:
        server.always(fault)
        caplog.set_level(logging.DEBUG)
        lib = _library(settings, server, llm_fallback=True)
        b = build_briefing(lib, save=False)
        requests = len(server.completions())
    assert len(b.stories) >= 2
    # One failed endpoint is asked once (plus retries) for the whole briefing, not once per story.
    assert requests <= 2
    assert len(b.notices) == 1 and says in b.notices[0] and "extractive" in b.notices[0]
    assert b.notices[0] in to_markdown(b)
    for story in b.stories:
        assert story.summary and re.search(r"\[\d+\]", story.summary)
        for c in story.citations:
            assert lib.article(c.article_id).body[c.start:c.end] == c.quote
    assert KEY not in b.model_dump_json() and KEY not in caplog.text


def test_endpoint_that_recovers_mid_briefing_is_not_called_again(settings):
    # The first map call fails for good (500, then 500 on the retry); later stories do not retry it.
    with ScriptedOpenAIServer(["- a note"]) as server:
        server.script(Fault.http(500), Fault.http(500))
        b = build_briefing(_library(settings, server, llm_fallback=True), save=False)
        assert len(server.completions()) == 2
    assert len(b.stories) >= 2 and b.notices


def test_echoed_key_is_redacted_in_briefing_notices(settings, caplog):
    with ScriptedOpenAIServer(["unused"]) as server:
        server.always(Fault.echo_auth(401))
        caplog.set_level(logging.DEBUG)
        b = build_briefing(_library(settings, server, llm_fallback=True), save=False)
    assert b.notices and "rejected the API key" in b.notices[0]
    assert KEY not in b.model_dump_json() and KEY not in caplog.text
