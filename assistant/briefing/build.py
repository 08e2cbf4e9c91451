"""Daily briefings: select a day's articles, cluster them into stories, summarise each with citations,
list disagreements, mark what is new since the previous briefing, save it.

    build_briefing(library, date=None, ...) -> Briefing
    summarise_topic(library, topic) -> Story | None   # "summarise everything about X"
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import datetime, timedelta, timezone

import numpy as np
from tqdm import tqdm

from assistant.briefing.archive import BriefingArchive, mark_new, scope_key
from assistant.briefing.clustering import (
    WINDOW_DAYS,
    Cluster,
    cluster_articles,
    effective_date,
    story_id,
)
from assistant.briefing.summarise import extractive_story
from assistant.briefing.timeline import add_timeline
from assistant.errors import ModelError, UsageError
from assistant.library import Library
from assistant.retrieval.search import Filters
from assistant.schema import Article, Briefing, Story
from assistant.text.lexical import content_terms
from assistant.verify.support import Verifier

log = logging.getLogger(__name__)

DEFAULT_MAX_STORIES = 20  # a morning read; pass max_stories explicitly for more
TOPIC_HITS = 40  # passages retrieved to find the articles about a topic
TOPIC_MATCH = 0.5  # share of the topic's content words an article must contain to be "about" it


@dataclass
class Selection:
    label: str  # the briefing's date: "YYYY-MM-DD" or "since..until"
    articles: list[Article]
    vectors: np.ndarray
    context: set[str] = field(default_factory=set)  # ids from the days before, there only to continue stories

    def in_scope(self, article: Article) -> bool:
        return article.id not in self.context


def _check_date(value: str | None, flag: str) -> None:
    if value is None:
        return
    try:
        _date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} must be a date like 2026-02-18, got {value!r}") from None


def select_articles(library: Library, date: str | None = None, since: str | None = None,
                    until: str | None = None, sources: list[str] | None = None,
                    everything: bool = False, context_days: int = 0) -> Selection:
    """The articles of a day (default: the newest day with articles) or a date range, plus as context
    the articles of the `context_days` before it (so a story seen yesterday continues today).

    Articles without a published date are placed on the day they were ingested.
    """
    for value, flag in ((date, "--date"), (since, "--since"), (until, "--until")):
        _check_date(value, flag)
    if date and (since or until):
        raise UsageError("give either --date or --since/--until, not both")
    metas = library.store.list_articles()
    if sources:
        wanted = {s.strip().lower() for s in sources}
        metas = [a for a in metas if (a.source or "").lower() in wanted]
    days = [effective_date(a) for a in metas]
    if everything and not (date or since or until):
        lo, hi = (min(days), max(days)) if days else ("", "")
        label = lo if lo == hi else f"{lo}..{hi}"
        ids = [a.id for a in metas]
    elif since or until:
        lo, hi = since or "0000-00-00", until or "9999-99-99"
        ids = [a.id for a, d in zip(metas, days) if lo <= d <= hi]
        label = since if since and since == until else f"{since or ''}..{until or ''}"
    else:
        day = date or (max(days) if days else _date.today().isoformat())
        ids = [a.id for a, d in zip(metas, days) if d == day]
        label = day
    if not ids:
        return Selection(label, [], np.zeros((0, 0), dtype=np.float32))
    context: list[str] = []
    chosen = set(ids)
    start = min(d for a, d in zip(metas, days) if a.id in chosen)
    if context_days > 0 and start:
        lo = (_date.fromisoformat(start) - timedelta(days=context_days)).isoformat()
        context = [a.id for a, d in zip(metas, days) if lo <= d < start]
        ids = ids + context
    arts: list[Article] = []
    vecs: list[list[float]] = []
    for i in range(0, len(ids), 500):  # keep each Chroma request a moderate size
        a, v = library.store.get_articles(ids=ids[i:i + 500], with_vectors=True)
        arts += a
        vecs += v
    return Selection(label, arts, np.asarray(vecs, dtype=np.float32), set(context))


def rank_key(members: list[Article]) -> tuple:
    """Single-article stories last; then coverage (distinct outlets), recency and size; the id breaks ties."""
    outlets = len({(a.source or "").lower() for a in members})  # unknown outlets count once
    newest = max(effective_date(a) for a in members)
    return (len(members) == 1, -outlets, -int(newest.replace("-", "") or 0), -len(members))


def topic_articles(library: Library, topic: str, among: set[str] | None = None) -> set[str]:
    """Ids of articles about `topic`: retrieved passages whose article contains most of the topic's words."""
    terms = set(content_terms(topic))
    if not terms:
        raise UsageError("--topic needs at least one content word")
    hits = library.searcher.search(topic, k=TOPIC_HITS, filters=Filters(), candidates=TOPIC_HITS * 2)
    ids = list(dict.fromkeys(h.article_id for h in hits if among is None or h.article_id in among))
    if not ids:
        return set()
    arts, _ = library.store.get_articles(ids=ids)
    need = max(1, round(TOPIC_MATCH * len(terms)))
    return {a.id for a in arts if len(terms & set(content_terms(f"{a.title} {a.body}"))) >= need}


class _Summariser:
    """Summarises clusters with the configured provider; the LLM path lives in summarise_llm."""

    def __init__(self, library: Library, provider: str) -> None:
        self.library = library
        self.provider = provider
        self.verifier = Verifier(library.embedder)
        self._llm = None
        self.notices: list[str] = []
        if provider != "extractive":
            from assistant.briefing.summarise_llm import LlmSummariser

            self._llm = LlmSummariser(library.settings, provider, self.verifier)

    def story(self, sid: str, members: list[Article], vectors: np.ndarray) -> Story:
        chunks = self.library.store.chunks_of([a.id for a in members])
        if self._llm is not None:
            try:
                return self._llm.story(sid, members, vectors, chunks)
            except ModelError as e:
                if not self.library.settings.llm_fallback:
                    raise
                log.warning("%s; summarising story %s extractively (ASSISTANT_LLM_FALLBACK)", e, sid)
                if not self.notices:
                    self.notices.append(f"{self.provider} failed, so stories from here on were summarised "
                                        f"with the extractive summariser instead ({e})")
        return extractive_story(sid, members, vectors, chunks, self.verifier)


def _clusters_for(sel: Selection) -> list[Cluster]:
    """Stories with at least one article in the selection (context articles only continue them)."""
    if not sel.articles:
        return []
    return [c for c in cluster_articles(sel.articles, sel.vectors)
            if any(sel.in_scope(sel.articles[i]) for i in c.members)]


def summarise_topic(library: Library, topic: str, provider: str | None = None,
                    selection: Selection | None = None) -> Story | None:
    """Everything about `topic` as one story: the articles retrieval finds, plus the rest of their stories."""
    sel = selection or select_articles(library, everything=True)
    if not sel.articles:
        return None
    matched = topic_articles(library, topic, {a.id for a in sel.articles})
    if not matched:
        return None
    clusters = _clusters_for(sel)
    idx = sorted({i for c in clusters if any(sel.articles[m].id in matched for m in c.members) for i in c.members},
                 key=lambda i: (effective_date(sel.articles[i]), sel.articles[i].id))
    members = [sel.articles[i] for i in idx]
    summariser = _Summariser(library, provider or library.settings.llm)
    story = summariser.story(story_id(members), members, sel.vectors[idx])
    # Followed through time: one dated entry per day, told by that day's most central sentence.
    stories = {sel.articles[i].id: c.id for c in clusters for i in c.members}
    add_timeline(story, members, library.store.chunks_of([a.id for a in members]), summariser.verifier, stories)
    return story


def build_briefing(library: Library, date: str | None = None, since: str | None = None, until: str | None = None,
                   sources: list[str] | None = None, topic: str | None = None, max_stories: int | None = None,
                   provider: str | None = None, since_last: bool = False, progress: bool = False,
                   save: bool = True) -> Briefing:
    """The briefing for a day (default: the newest day with articles) or a date range."""
    provider = provider or library.settings.llm
    if max_stories is not None and max_stories < 1:
        raise UsageError("--max-stories must be at least 1")
    limit = max_stories or DEFAULT_MAX_STORIES
    generated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    # A topic is a whole-corpus question unless a date or range narrows it.
    sel = select_articles(library, date, since, until, sources, everything=bool(topic),
                          context_days=0 if topic else WINDOW_DAYS)
    briefing = Briefing(date=sel.label, generated_at=generated, provider=provider)
    if not sel.articles:
        return briefing
    if topic:
        story = summarise_topic(library, topic, provider, sel)
        briefing.stories = [story] if story else []
    else:
        clusters = _clusters_for(sel)
        library.store.set_story_ids({sel.articles[i].id: c.id for c in clusters for i in c.members})
        clusters.sort(key=lambda c: (rank_key([sel.articles[i] for i in c.members]), c.id))
        summariser = _Summariser(library, provider)
        bar = tqdm(clusters[:limit], desc="summarising stories", unit="story", disable=not progress, leave=False)
        for c in bar:
            members = [sel.articles[i] for i in c.members]
            briefing.stories.append(summariser.story(c.id, members, sel.vectors[c.members]))
        bar.close()
        briefing.notices = list(summariser.notices)
    briefing.stories = [s for s in briefing.stories if s.summary]
    archive = BriefingArchive(library.settings.briefings_dir)
    scope = scope_key(sources, topic)
    mark_new(briefing, archive.previous(briefing.date, scope))
    if save:
        archive.save(briefing, scope)
    if since_last:
        briefing.stories = [s for s in briefing.stories if s.new or s.new_facts]
    return briefing
