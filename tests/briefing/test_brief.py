"""Briefings over embedded Chroma with fake embeddings: selection, citations, rendering, what's new, CLI."""

from __future__ import annotations

import json
import re

import pytest

from assistant.briefing.archive import BriefingArchive
from assistant.briefing.build import build_briefing, select_articles, summarise_topic
from assistant.briefing.render import to_html, to_json, to_markdown
from assistant.briefing.summarise import fact_key, split_summary
from assistant.errors import UsageError
from assistant.ingest import RawArticle
from assistant.retrieval.indexing import Indexer

DAY1, DAY2 = "2026-03-04", "2026-03-05"


def raw(title, body, source, date, url=None):
    return RawArticle(title=title, body=body, source=source, url=url, published_at=date, origin=title)


QUAKE_A = raw("Strong quake jolts Ishikawa", (
    "A magnitude 6.1 earthquake struck the Noto Peninsula in Ishikawa prefecture on Tuesday, injuring 34 people "
    "in the town of Wajima. The Japan Meteorological Agency said there was no tsunami risk from the quake. "
    "Around 12,000 homes in Wajima lost power after the earthquake, Hokuriku Electric Power said. "
    "Prime Minister Shigeru Ishiba set up a crisis task force in Tokyo."), "Reuters", DAY1, "https://example.com/a")
QUAKE_B = raw("Japan: 6.1 earthquake hits Noto", (
    "A magnitude 6.1 earthquake hit the Noto Peninsula in Ishikawa prefecture on Tuesday and injured 34 people "
    "in Wajima. Firefighters said three of the 34 injured people were hurt seriously in Wajima. "
    "Around 12,000 homes lost power in Wajima after the earthquake, Hokuriku Electric Power said. "
    "Bullet train services between Kanazawa and Toyama were suspended for safety checks."), "NHK", DAY1)
FED = raw("Fed holds rates steady", (
    "The Federal Reserve kept its benchmark interest rate in the 4.25% to 4.5% range on Wednesday. "
    "Chair Jerome Powell said the economy remained solid and inflation was still too high. "
    "Policymakers still pencilled in two quarter-point cuts this year, the projections showed. "
    "Stocks rose modestly on Wall Street after the decision was announced."), "CNBC", DAY1)
QUAKE_DAY2 = raw("Noto quake: aftershocks and repairs", (
    "A magnitude 6.1 earthquake struck the Noto Peninsula in Ishikawa prefecture on Tuesday, injuring 34 people "
    "in the town of Wajima. Engineers restored power to most of the 12,000 homes in Wajima on Wednesday evening. "
    "Seismologists warned that strong aftershocks could hit the Noto Peninsula for a week."), "Reuters", DAY2)
STRIKE = raw("Paris metro strike", (
    "Train and metro services in Paris were disrupted on Thursday by a strike against pension reform. "
    "The interior ministry counted 1.1 million protesters across France, including 87,000 in Paris. "
    "The CGT union said further walkouts in Paris would follow next week."), "France 24", DAY2)


def add(lib, *items):
    return Indexer(lib.settings, lib.store, lib.embedder).run(list(items))


@pytest.fixture
def day1(fake_library):
    add(fake_library, QUAKE_A, QUAKE_B, FED)
    return fake_library


def _check_citations(lib, story):
    assert story.citations
    for c in story.citations:
        assert lib.article(c.article_id).body[c.start:c.end] == c.quote
        assert c.chunk_id.startswith(c.article_id + ":")
    used = {int(n) for n in re.findall(r"\[(\d+)\]", story.summary)}
    assert used <= {c.n for c in story.citations}
    for sentence in split_summary(story.summary):
        assert re.search(r"\[\d+\]$", sentence), sentence


def test_briefing_groups_outlets_cites_and_ranks_by_coverage(day1):
    b = build_briefing(day1)
    assert b.date == DAY1 and b.provider == "extractive"
    assert len(b.stories) == 2
    quake, fed = b.stories
    assert {s.source for s in quake.sources} == {"Reuters", "NHK"}  # two outlets rank first
    assert [s.source for s in fed.sources] == ["CNBC"]
    for story in b.stories:
        _check_citations(day1, story)
        assert 1 <= len(split_summary(story.summary)) <= 6
    # The fact both outlets report is told once and cites both.
    both = [s for s in split_summary(quake.summary) if len(re.findall(r"\[\d+\]", s)) >= 2]
    assert both and "6.1" in quake.summary
    assert quake.summary.count("12,000") <= 1
    # Story ids are recorded on the articles.
    assert {day1.article(s.article_id).story_id for s in quake.sources} == {quake.id}


def test_selection_defaults_to_newest_day_and_places_undated_by_ingestion(fake_library):
    add(fake_library, QUAKE_A, STRIKE, raw("Undated note", "An undated article about the harbour festival "
                                           "that drew 4,000 visitors to the seafront on Saturday.", "Blog", None))
    sel = select_articles(fake_library)
    today = fake_library.articles()[0].ingested_at[:10]
    assert sel.label == max(DAY2, today)
    if today > DAY2:
        assert [a.title for a in sel.articles] == ["Undated note"]
    rng = select_articles(fake_library, since=DAY1, until=DAY2)
    assert {a.title for a in rng.articles} == {QUAKE_A.title, STRIKE.title}
    assert rng.label == f"{DAY1}..{DAY2}"
    only = select_articles(fake_library, since=DAY1, until=DAY2, sources=["reuters"])
    assert [a.source for a in only.articles] == ["Reuters"]
    with pytest.raises(UsageError):
        select_articles(fake_library, date="2026-02-30")


def test_renderers(day1):
    add(day1, raw("<script>alert(1)</script> & co", "A <b>bold</b> claim that 5,000 people & pets gathered in "
                  "the square on Tuesday evening. <script>alert('x')</script> The organisers were pleased.",
                  "Evil <i>Outlet</i>", DAY1, "javascript:alert(1)"))
    b = build_briefing(day1, save=False)
    md = to_markdown(b)
    assert md.startswith(f"# Briefing — {DAY1}") and "Strong quake" in md and "[1]" in md
    page = to_html(b)
    assert "<script>" not in page and "&lt;script&gt;" in page and "javascript:" not in page
    assert '<a href="https://example.com/a"' in page and "@media print" in page
    data = json.loads(to_json(b))
    assert set(data) >= {"date", "generated_at", "provider", "stories"}
    story = data["stories"][0]
    assert set(story) >= {"id", "headline", "summary", "sources", "citations", "disagreements", "new"}
    assert set(story["sources"][0]) >= {"article_id", "title", "source", "url", "published_at"}


def test_saved_briefings_mark_whats_new_across_two_days(day1):
    first = build_briefing(day1, date=DAY1)
    assert all(s.new for s in first.stories)
    saved = BriefingArchive(day1.settings.briefings_dir).all()
    assert [p.name for p in saved] == [f"{DAY1}.json"]
    add(day1, QUAKE_DAY2, STRIKE)
    second = build_briefing(day1, date=DAY2)
    by_source = {frozenset(s.source for s in st.sources): st for st in second.stories}
    strike = by_source[frozenset({"France 24"})]
    # Yesterday's coverage is context today: the quake story continues with the same id.
    quake = next(st for st in second.stories if "Reuters" in {s.source for s in st.sources})
    assert quake.id in {st.id for st in first.stories}
    assert quake.coverage.first == DAY1 and quake.coverage.latest == DAY2
    assert strike.new and strike.new_facts == list(range(len(split_summary(strike.summary))))
    assert not quake.new  # the Noto quake continues from yesterday
    sentences = split_summary(quake.summary)
    told = {fact_key(x) for st in first.stories for x in split_summary(st.summary)}
    old = [i for i, s in enumerate(sentences) if fact_key(s) in told]
    assert not set(old) & set(quake.new_facts)  # a fact told yesterday is not new
    assert quake.new_facts  # today's facts (power restored, aftershocks) are
    only_new = build_briefing(day1, date=DAY2, since_last=True)
    assert all(s.new or s.new_facts for s in only_new.stories)
    assert "**new**" in to_markdown(second) and "_(new)_" in to_markdown(second)


def test_topic_goes_through_the_story(day1):
    story = summarise_topic(day1, "Noto earthquake Wajima")
    assert story is not None
    assert {s.source for s in story.sources} == {"Reuters", "NHK"}
    _check_citations(day1, story)
    assert summarise_topic(day1, "cricket world cup final") is None
    b = build_briefing(day1, topic="Federal Reserve rates", save=False)
    assert len(b.stories) == 1 and b.stories[0].sources[0].source == "CNBC"


def test_max_stories_and_empty_library(fake_library):
    assert build_briefing(fake_library).stories == []
    add(fake_library, QUAKE_A, FED)
    assert len(build_briefing(fake_library, max_stories=1, save=False).stories) == 1
    with pytest.raises(UsageError):
        build_briefing(fake_library, max_stories=0)


def test_cli_brief(day1, tmp_path, capsys):
    from assistant.cli.main import main

    assert main(["brief", "--date", DAY1, "--json"], library=day1) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date"] == DAY1 and len(data["stories"]) == 2
    out = tmp_path / "b.html"
    assert main(["brief", "--format", "html", "--out", str(out), "--max-stories", "1"], library=day1) == 0
    assert out.read_text().startswith("<!doctype html>")
    assert main(["brief", "--date", "yesterday"], library=day1) == 2
    assert main(["brief", "--date", DAY1, "--since", DAY1], library=day1) == 2
