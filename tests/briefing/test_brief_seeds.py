"""Briefings with the real MiniLM model and embedded Chroma: seeds, a mixed corpus, the LLM path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.briefing.build import build_briefing
from assistant.briefing.summarise import split_summary
from assistant.library import Library
from assistant.testing.openai_server import ScriptedOpenAIServer

SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

pytestmark = pytest.mark.integration


def _valid_citations(lib, story):
    for c in story.citations:
        assert lib.article(c.article_id).body[c.start:c.end] == c.quote
    used = {int(n) for n in re.findall(r"\[(\d+)\]", story.summary)}
    assert used and used <= {c.n for c in story.citations}


def test_seeds_make_one_story_with_two_sources(seeded_library):
    b = build_briefing(seeded_library)
    assert len(b.stories) == 1
    story = b.stories[0]
    assert {s.source for s in story.sources} == {"Metro", "Bloomberg"}
    assert "50" in story.summary and "600mm" in story.summary
    _valid_citations(seeded_library, story)
    assert 3 <= len(split_summary(story.summary)) <= 6
    # The launcher fact is told once and cites both outlets.
    launchers = [s for s in split_summary(story.summary) if "600mm" in s]
    assert len(launchers) == 1 and len(re.findall(r"\[\d+\]", launchers[0])) == 2
    attributed = [s for s in split_summary(story.summary) if re.match(r"(Metro|Bloomberg) adds: ", s)]
    assert story.disagreements or attributed
    for d in story.disagreements:
        assert len({s.source for s in d.sources}) == 2
        assert {s.n for s in d.sources} <= {c.n for c in story.citations}


@pytest.fixture
def mixed_library(seeded_library, tmp_path):
    lines = (SHARED_DATA / "cnndm_articles.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    path = tmp_path / "cnndm40.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = seeded_library.ingest([str(path)])
    assert report.added == 40
    return seeded_library


def test_mixed_corpus_keeps_the_seed_story_whole_and_apart(mixed_library):
    lib = mixed_library
    seeds = {a.id for a in lib.articles() if a.source in ("Metro", "Bloomberg")}
    b1 = build_briefing(lib, max_stories=100, save=False)
    with_seeds = [s for s in b1.stories if {x.article_id for x in s.sources} & seeds]
    assert len(with_seeds) == 1
    assert {x.article_id for x in with_seeds[0].sources} == seeds  # whole, and nothing unrelated joined
    assert len(b1.stories) > 20  # 42 mostly unrelated articles do not collapse
    assert b1.stories[0].id == with_seeds[0].id  # two outlets rank first
    b2 = build_briefing(lib, max_stories=100, save=False)
    assert [s.id for s in b2.stories] == [s.id for s in b1.stories]


def test_llm_map_reduce_maps_citations_and_drops_unsupported(settings, minilm, seeds_dir):
    reduce_reply = "\n".join([
        "HEADLINE: North Korea presents 50 new rocket launchers",
        "North Korea presented 50 new 600mm-calibre multiple rocket launchers to the Ninth Congress of the "
        "ruling Workers’ Party. [1][2]",
        "The launchers were bought from Russia for three billion dollars. [1]",
        "Kim Jong Un got behind the wheel of a launcher at a ceremony in Pyongyang. [9]",
        "Bloomberg adds that Kim called it a focused strike weapon, the most powerful in the world. [1][2]",
    ])
    with ScriptedOpenAIServer(["- note one\n- 50 launchers", "- note two\n- 600mm", reduce_reply]) as server:
        s = settings.model_copy(update={"llm": "openai:scripted", "openai_base_url": server.base_url,
                                        "llm_retries": 0})
        lib = Library(s, embedder=minilm)
        assert lib.ingest([str(seeds_dir)]).added == 2
        b = build_briefing(lib)
        reqs = [r["messages"][-1]["content"] for r in server.completions()]
    assert b.provider == "openai:scripted"
    assert len(reqs) == 3
    assert all("list its key facts" in r for r in reqs[:2])
    assert {"Metro", "Bloomberg"} <= {m for r in reqs[:2] for m in ("Metro", "Bloomberg") if f"from {m}" in r}
    assert "Notes taken from each source" in reqs[2] and "note one" in reqs[2] and "note two" in reqs[2]
    story = b.stories[0]
    assert story.headline == "North Korea presents 50 new rocket launchers"
    assert "Russia" not in story.summary  # unsupported: dropped
    assert "behind the wheel" not in story.summary  # cites a source it was not given: dropped
    sentences = split_summary(story.summary)
    assert len(sentences) == 2 and "600mm" in sentences[0]
    assert len(re.findall(r"\[\d+\]", sentences[0])) == 2  # both outlets verified
    _valid_citations(lib, story)
    assert all(c.support >= 0.45 for c in story.citations if str(c.n) in story.summary)
