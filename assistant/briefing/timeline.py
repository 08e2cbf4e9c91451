"""A story followed through time (`brief --topic`): one dated entry per day with that day's most
central sentence, cited, and the outlets that reported that day."""

from __future__ import annotations

from assistant.briefing.clustering import effective_date
from assistant.briefing.summarise import candidates, select
from assistant.schema import Article, Chunk, Citation, Story, TimelineEntry
from assistant.verify.support import Verifier

MAX_ENTRIES = 30  # a long-running story shows its latest 30 days of coverage


def add_timeline(story: Story, members: list[Article], chunks: list[Chunk], verifier: Verifier,
                 story_of: dict[str, str] | None = None) -> None:
    """Fill story.timeline (oldest first) and append the citations its entries use."""
    by_day: dict[str, list[Article]] = {}
    for a in members:
        by_day.setdefault(effective_date(a), []).append(a)
    chunk_of = {}
    for c in chunks:
        chunk_of.setdefault(c.article_id, []).append(c)
    known = {(c.article_id, c.start, c.end): c.n for c in story.citations}
    entries: list[TimelineEntry] = []
    for day in sorted(by_day)[-MAX_ENTRIES:]:
        arts = sorted(by_day[day], key=lambda a: a.id)
        outlets = sorted({a.source or "unknown outlet" for a in arts})
        agreed, singles = select([c for a in arts for c in candidates(a)], len(outlets))
        picks = [c for c, _ in agreed[:1]] or singles[:1]
        if not picks:
            continue
        cand = picks[0]
        key = (cand.article.id, cand.start, cand.end)
        if key not in known:
            n = len(story.citations) + 1
            best = max(chunk_of.get(cand.article.id, []), default=None,
                       key=lambda c: min(cand.end, c.end) - max(cand.start, c.start))
            story.citations.append(Citation(
                n=n, article_id=cand.article.id, chunk_id=best.id if best else f"{cand.article.id}:0",
                title=cand.article.title, source=cand.article.source, url=cand.article.url,
                published_at=cand.article.published_at, quote=cand.text, start=cand.start, end=cand.end,
                support=round(verifier.support(cand.text, cand.text), 4)))
            known[key] = n
        entries.append(TimelineEntry(date=day, text=f"{cand.text} [{known[key]}]", sources=outlets,
                                     story_id=(story_of or {}).get(cand.article.id)))
    story.timeline = entries
