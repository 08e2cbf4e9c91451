"""The LLM briefing path against the scripted OpenAI-protocol server on 127.0.0.1 (fake embeddings, fast)."""

from __future__ import annotations

import re

import pytest

from assistant.briefing.build import build_briefing
from assistant.briefing.summarise import split_summary
from assistant.briefing.summarise_llm import claim_of, parse_reduce, parse_sections
from assistant.errors import ModelError
from assistant.ingest import RawArticle
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.retrieval.indexing import Indexer
from assistant.testing.openai_server import ScriptedOpenAIServer

QUAKE_A = RawArticle(title="Strong quake jolts Ishikawa", source="Reuters", url=None, published_at="2026-03-04",
                     origin="a", body=(
    "A magnitude 6.1 earthquake struck the Noto Peninsula in Ishikawa prefecture on Tuesday, injuring 34 people "
    "in the town of Wajima. The Japan Meteorological Agency said there was no tsunami risk from the quake. "
    "Around 12,000 homes in Wajima lost power after the earthquake, Hokuriku Electric Power said."))
QUAKE_B = RawArticle(title="Japan: 6.1 earthquake hits Noto", source="NHK", url=None, published_at="2026-03-04",
                     origin="b", body=(
    "A magnitude 6.1 earthquake hit the Noto Peninsula in Ishikawa prefecture on Tuesday and injured 34 people "
    "in Wajima. Firefighters said three of the 34 injured people were hurt seriously in Wajima. "
    "Around 12,000 homes lost power in Wajima after the earthquake, Hokuriku Electric Power said. "
    "Bullet train services between Kanazawa and Toyama were suspended for safety checks."))


def test_parse_reduce_reads_headline_sentences_and_markers():
    headline, sents = parse_reduce("HEADLINE: Quake hits Noto\n- A 6.1 quake hit Noto [1][2]. Power failed [2].\n\n"
                                   "No markers here.")
    assert headline == "Quake hits Noto"
    assert sents == [("A 6.1 quake hit Noto.", [1, 2]), ("Power failed.", [2]), ("No markers here.", [])]


def test_parse_sections_reads_lead_and_adds_labels():
    headline, items = parse_sections("HEADLINE: Quake hits Noto\nLEAD: A 6.1 quake hit Noto [1][2].\n"
                                     "ADDS: NHK: Trains stopped [2].\nDIFFER: they disagree [1][2]\n"
                                     "Reuters adds that power failed [1].")
    assert headline == "Quake hits Noto"
    assert items == [("lead", "A 6.1 quake hit Noto.", [1, 2]), ("adds", "Trains stopped.", [2]),
                     ("adds", "Reuters adds that power failed.", [1])]


def test_claim_of_strips_our_attribution_only():
    assert claim_of("NHK adds that bullet trains stopped.") == "bullet trains stopped."
    assert claim_of("Bloomberg adds: Kim spoke.") == "Kim spoke."
    assert claim_of("Firefighters said 34 were hurt.") == "Firefighters said 34 were hurt."


def _library(settings, server, **extra) -> Library:
    s = settings.model_copy(update={"llm": "openai:scripted", "openai_base_url": server.base_url,
                                    "llm_retries": 0, **extra})
    lib = Library(s, embedder=FakeEmbedder())
    Indexer(lib.settings, lib.store, lib.embedder).run([QUAKE_A, QUAKE_B])
    return lib


def test_llm_path_renders_prompts_verifies_and_drops_unsupported(settings):
    reduce_reply = ("HEADLINE: Magnitude 6.1 quake injures 34 in Wajima\n"
                    "A magnitude 6.1 earthquake struck the Noto Peninsula in Ishikawa prefecture on Tuesday, "
                    "injuring 34 people in Wajima. [1][2]\n"
                    "The quake destroyed the Tokyo Skytree and 900 bridges in Osaka. [1]\n"
                    "NHK adds that bullet train services between Kanazawa and Toyama were suspended for safety "
                    "checks. [1][2][5]")
    with ScriptedOpenAIServer(["- notes A", "- notes B", reduce_reply]) as server:
        lib = _library(settings, server)
        b = build_briefing(lib)
        prompts = [r["messages"][-1]["content"] for r in server.completions()]
    assert len(prompts) == 3
    assert sum("Title: Strong quake jolts Ishikawa" in p for p in prompts[:2]) == 1
    assert "[1]" in prompts[2] and "[2]" in prompts[2] and "- notes A" in prompts[2] and "- notes B" in prompts[2]
    story = b.stories[0]
    assert story.headline == "Magnitude 6.1 quake injures 34 in Wajima"
    sentences = split_summary(story.summary)
    assert len(sentences) == 2 and "Skytree" not in story.summary
    assert sentences[0].endswith("[1][2]")
    assert sentences[1].startswith("NHK adds: Bullet train")  # what one outlet adds has its own section
    assert [a.source for a in story.adds] == ["NHK"] and story.lead == sentences[:1]
    for c in story.citations:
        assert lib.article(c.article_id).body[c.start:c.end] == c.quote
    # Only the source that states it keeps its citation; the out-of-range [5] is ignored.
    cited = [int(n) for n in re.findall(r"\[(\d+)\]", sentences[1])]
    assert len(cited) == 1
    nhk = [c for c in story.citations if c.n == cited[0]][0]
    assert nhk.source == "NHK" and "Kanazawa" in nhk.quote


def test_llm_failure_is_a_clear_error_or_falls_back(settings):
    with ScriptedOpenAIServer(["unused"]) as server:
        server.fail_next(50, 500)
        with pytest.raises(ModelError):
            build_briefing(_library(settings, server), save=False)
    with ScriptedOpenAIServer(["unused"]) as server:
        server.fail_next(50, 500)
        b = build_briefing(_library(settings, server, llm_fallback=True), save=False)
    assert b.stories and "[1]" in b.stories[0].summary
