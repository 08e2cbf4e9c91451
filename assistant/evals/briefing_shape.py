"""Briefing-shape figures on a labelled multi-outlet corpus: each gold event is briefed as one story
and the story is measured against what a reader wants (issue: lead the outlets agree on, one
addition per outlet, a short body, exact citations).
"""

from __future__ import annotations

import time
from statistics import mean, median

from assistant.briefing.shape import BODY_WORDS, body_words
from assistant.briefing.summarise import extractive_story
from assistant.briefing.clustering import story_id
from assistant.library import Library
from assistant.verify.support import Verifier


def shape_figures(library: Library, data, source_file: str = "") -> dict:
    """Per-story means over the gold events of `data` (an evals.clustering.Labelled)."""
    verifier = Verifier(library.embedder)
    by_event: dict[str, list[int]] = {}
    for i, g in enumerate(data.gold):
        by_event.setdefault(g, []).append(i)
    words, leads, lead_outlets, adds, differ, valid, over = [], [], [], [], [], [], 0
    t0 = time.perf_counter()
    for idx in by_event.values():
        members = [data.articles[i] for i in idx]
        chunks = library.store.chunks_of([a.id for a in members])
        story = extractive_story(story_id(members), members, data.vectors[idx], chunks, verifier)
        bodies = {a.id: a.body for a in members}
        n = body_words(story)
        words.append(n)
        over += n > BODY_WORDS
        leads.append(len(story.lead))
        by_n = {c.n: c for c in story.citations}
        first = story.lead[0] if story.lead else ""
        cited = {by_n[int(k)].source for k in _markers(first) if int(k) in by_n}
        lead_outlets.append(len(cited))
        adds.append(len(story.adds))
        differ.append(len(story.disagreements))
        valid.append(all(bodies[c.article_id][c.start:c.end] == c.quote for c in story.citations))
    k = len(by_event) or 1
    return {"stories": len(by_event), "body_words_median": median(words) if words else 0,
            "body_words_max": max(words, default=0), "over_budget": round(over / k, 3),
            "lead_sentences_mean": round(mean(leads), 2) if leads else 0,
            "lead_cites_2plus_outlets": round(sum(x >= 2 for x in lead_outlets) / k, 3),
            "adds_mean": round(mean(adds), 2) if adds else 0,
            "disagreements_per_story": round(mean(differ), 2) if differ else 0,
            "citations_exact": round(sum(valid) / k, 3),
            "seconds_per_story": round((time.perf_counter() - t0) / k, 3)}


def _markers(text: str) -> list[str]:
    import re

    return re.findall(r"\[(\d+)\]", text)
