"""A broad question ("What happened with X?") answered with the briefing summariser: the story the
question is about, told from its articles as a briefing tells it (what the outlets agree on, then
what each adds), every sentence a verbatim, cited quote."""

from __future__ import annotations

import re

from assistant.answer.draft import Draft, Line, Quote
from assistant.briefing.summarise import extractive_story
from assistant.library import Library
from assistant.verify.support import Passage, Verifier

_MARKS = re.compile(r"\s*((?:\[\d+\])+)\s*(?=[.!?]?\s*$)")
MAX_ARTICLES = 6  # the story's best-matching articles the summary is built from


def story_draft(library: Library, verifier: Verifier, article_ids: list[str]) -> Draft | None:
    """The cited story summary of `article_ids` (best match first) as an answer draft, or None when
    the summariser finds nothing to say."""
    ids = list(dict.fromkeys(article_ids))[:MAX_ARTICLES]
    articles, _ = library.store.get_articles(ids)
    if not articles:
        return None
    by_id = {a.id: a for a in articles}
    articles = [by_id[i] for i in ids if i in by_id]
    story = extractive_story("answer", articles, None, library.store.chunks_of(ids), verifier)
    if not story.lead:
        return None
    quotes: dict[int, Quote] = {}
    for c in story.citations:
        a = by_id.get(c.article_id)
        if a is None or a.body[c.start:c.end] != c.quote:
            continue  # only exact slices become quotes
        p = Passage(n=c.n, text=a.body, source=a.source, article_id=a.id, chunk_id=c.chunk_id or "", start=0,
                    title=a.title, url=a.url, published_at=a.published_at)
        quotes[c.n] = Quote(p, c.start, c.end)
    draft = Draft("broad")
    for sentence in story.lead:
        line = _line(sentence, quotes, framed_by=None)
        if line is not None:
            draft.lines.append(line)
    for note in story.adds:
        line = _line(note.text, quotes, framed_by=note.source or "One outlet")
        if line is not None:
            draft.lines.append(line)
    return draft if draft.lines else None


def _line(sentence: str, quotes: dict[int, Quote], framed_by: str | None) -> Line | None:
    m = _MARKS.search(sentence)
    if not m:
        return None
    ns = [int(x) for x in re.findall(r"\d+", m.group(1))]
    qs = [quotes[n] for n in ns if n in quotes]
    if not qs:
        return None
    text = (sentence[:m.start()] + sentence[m.end():]).strip()
    if framed_by is not None:
        return Line(f"{framed_by}: {qs[0].text.strip()}", qs[:1], framed=True)
    return Line(qs[0].text.strip() if text.rstrip(".") == qs[0].text.strip().rstrip(".") else text, qs)
