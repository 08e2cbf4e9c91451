"""Briefings on real multi-outlet coverage (six events from the dev corpus: three on one day, two
consecutive Milley stories, one from 2010), with the real MiniLM and embedded Chroma."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from assistant.briefing.build import build_briefing
from assistant.briefing.render import to_html, to_markdown
from assistant.briefing.shape import BODY_WORDS, body_words
from assistant.cli.main import main
from assistant.evals.clustering import gold_for, read_gold
from assistant.library import Library

SAMPLE = Path(__file__).parent / "data" / "multioutlet_sample.jsonl"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def sample_library(tmp_path_factory, minilm) -> Library:
    from assistant.config import Settings

    lib = Library(Settings(data_dir=tmp_path_factory.mktemp("multi") / "data"), embedder=minilm)
    assert lib.ingest([str(SAMPLE)]).added == 24
    return lib


def _events(lib: Library) -> dict[str, str]:
    arts = lib.articles()
    return {a.id: g for a, g in zip(arts, gold_for(arts, read_gold(SAMPLE)))}


def test_three_events_of_one_day_are_three_stories_with_the_briefing_shape(sample_library):
    lib = sample_library
    b = build_briefing(lib, date="2018-04-30", save=False)
    gold = _events(lib)
    groups = [{gold[s.article_id] for s in story.sources} for story in b.stories]
    assert all(len(g) == 1 for g in groups)  # no story mixes two events
    assert sorted(g.pop() for g in groups) == ["newswcl50-7", "newswcl50-8", "newswcl50-9"]
    for story in b.stories:
        assert story.headline and story.coverage and len(story.coverage.outlets) >= 4
        assert 1 <= len(story.lead) <= 3
        assert len({a.source for a in story.adds}) == len(story.adds)  # one addition per outlet at most
        assert body_words(story) <= BODY_WORDS
        by_n = {c.n: c for c in story.citations}
        for c in story.citations:
            assert lib.article(c.article_id).body[c.start:c.end] == c.quote
        used = {int(n) for n in re.findall(r"\[(\d+)\]", story.summary)}
        assert used <= set(by_n)
        assert not story.headline.endswith("?")
    # Agreed facts lead: most leads cite two or more outlets.
    multi = [s for s in b.stories if len({c.source for c in s.citations
                                            if f"[{c.n}]" in s.lead[0]}) >= 2]
    assert len(multi) >= 2
    html = to_html(b)
    assert html.count("<details") == len(b.stories) and "<details open" not in html
    md = to_markdown(b)
    assert "**What each outlet adds**" in md and "first report 2018-04-30" in md


def test_a_story_keeps_its_id_across_days_and_reports_what_is_new(sample_library, tmp_path):
    lib = sample_library
    day1 = build_briefing(lib, date="2021-09-14", save=False)
    day2 = build_briefing(lib, date="2021-09-16", save=False)
    ids1 = {s.id for s in day1.stories}
    # The 09-16 coverage of Milley continues the story begun on 09-15, within the window.
    milley2 = [s for s in day2.stories if "Milley" in s.headline + s.summary]
    assert milley2 and milley2[0].coverage.first <= "2021-09-15"
    assert all(s.id not in ids1 or s.coverage.first == "2021-09-14" for s in day2.stories)


def test_topic_follows_the_story_as_a_dated_timeline(sample_library):
    b = build_briefing(sample_library, topic="Milley China calls", save=False)
    assert len(b.stories) == 1
    tl = b.stories[0].timeline
    assert [e.date for e in tl] == sorted(e.date for e in tl) and len(tl) >= 2
    by_n = {c.n: c for c in b.stories[0].citations}
    for e in tl:
        n = int(re.search(r"\[(\d+)\]", e.text).group(1))
        assert by_n[n].published_at[:10] == e.date
    assert "**Timeline**" in to_markdown(b)


def test_eval_clusters_command_scores_the_sample(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "unused"))
    path = tmp_path / "sample.jsonl"
    shutil.copy(SAMPLE, path)
    assert main(["eval-clusters", str(path), "--json", "--part", "all"]) == 0
    out = json.loads(capsys.readouterr().out)
    r = out["parts"]["all"]
    assert r["articles"] == 24 and r["events"] == 6
    # 24 articles, one of them the hard case of two Milley stories a day apart: one article crossing
    # over costs 0.14 of pairwise precision here, so this checks the command scores sensibly; the
    # figures that count are the dev file's (README).
    assert r["bcubed"]["f1"] >= 0.9 and r["pairwise"]["precision"] >= 0.8
    assert r["stories"] == 6 and r["bcubed"]["recall"] >= 0.9
    assert not (tmp_path / "unused").exists() or not any((tmp_path / "unused").iterdir())
