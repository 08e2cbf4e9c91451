"""Per-story summaries: the offline extractive summariser and the citation plumbing shared with the LLM path.

Extractive mode picks verbatim sentences from the story's articles: centroid similarity,
lead position and cross-outlet corroboration rank them, MMR keeps near-duplicates out (a fact
two outlets report is told once and cites both), and facts only one outlet has come after the
agreed ones, attributed ("Bloomberg adds: ..."). Every citation is checked by verify.Verifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.schema import (
    Article,
    Chunk,
    Citation,
    Disagreement,
    DisagreementSource,
    Story,
    StorySource,
)
from assistant.briefing.shape import cited_numbers, coverage, fit_body, neutral_headline, renumber
from assistant.text.lexical import content_terms
from assistant.text.sentences import sentence_spans
from assistant.verify.disagreements import find_disagreement_details
from assistant.verify.support import SUPPORT_THRESHOLD, Passage, Verifier

MIN_SENTENCES, MAX_SENTENCES = 3, 6
MAX_AGREED = 4  # facts several outlets report come first, at most this many
MAX_ARTICLES = 8  # most central articles of a big story that sentences are drawn from
MAX_SENTENCES_PER_ARTICLE = 20  # the lead carries the news; the tail is background and boilerplate
# Sentence pairs per story checked for a disagreement with the model (the most alike in words first):
# bounds a briefing's embedding work however many outlets tell a story.
MAX_DIFFER_PAIRS = 40
SAME_FACT = 0.35  # tf-idf cosine at which two outlets' sentences are candidates for "the same fact"
REDUNDANT = 0.5  # tf-idf cosine to an already chosen sentence at which a candidate adds nothing
ATTRIBUTION = "{source} adds: "  # template text before a fact only one outlet reports

# Newsletter furniture, bylines and sign-offs that are sentences but not news.
_BOILERPLATE = re.compile(
    r"get in touch|e-?mail(ing)? us|©|copyright|all rights reserved|click here|scroll down|for more stories|"
    r"distributed by|published in|sign up|follow us|subscribe|read more|newsletter|comments|"
    r"visit \w+\.com|for video", re.IGNORECASE)


@dataclass
class Candidate:
    article: Article
    start: int
    end: int
    position: int
    terms: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.body[self.start:self.end]

    @property
    def outlet(self) -> str:
        return (self.article.source or self.article.id).strip().lower()


def outlet_name(a: Article) -> str:
    return a.source or "One outlet"


def candidates(article: Article) -> list[Candidate]:
    """News sentences of an article with their offsets in the body."""
    out = []
    for pos, (a, b) in enumerate(sentence_spans(article.body)[:MAX_SENTENCES_PER_ARTICLE]):
        text = article.body[a:b]
        if not 40 <= len(text) <= 500 or len(text.split()) < 6 or _BOILERPLATE.search(text):
            continue
        terms = content_terms(text)
        if len(terms) >= 4:
            out.append(Candidate(article, a, b, pos, terms))
    return out


def tfidf(cands: list[Candidate]) -> np.ndarray:
    """L2-normalised tf-idf rows over the story's own sentences (idf from the story itself)."""
    vocab: dict[str, int] = {}
    for c in cands:
        for t in c.terms:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(cands), max(1, len(vocab))), dtype=np.float32)
    for i, c in enumerate(cands):
        for t in c.terms:
            m[i, vocab[t]] += 1.0
    df = (m > 0).sum(axis=0)
    m *= np.log((len(cands) + 1) / (df + 1)) + 1.0
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


class CitationBook:
    """Numbers citations within one story; the same quote gets the same number."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.by_article: dict[str, list[Chunk]] = {}
        for c in chunks:
            self.by_article.setdefault(c.article_id, []).append(c)
        self.citations: list[Citation] = []
        self._index: dict[tuple[str, int, int], int] = {}

    def chunk_for(self, article_id: str, start: int, end: int) -> str:
        """Id of the chunk holding most of [start, end) (sentence-aligned chunks usually hold all of it)."""
        best, best_overlap = f"{article_id}:0", -1
        for c in self.by_article.get(article_id, []):
            overlap = min(end, c.end) - max(start, c.start)
            if overlap > best_overlap:
                best, best_overlap = c.id, overlap
        return best

    def cite(self, article: Article, start: int, end: int, support: float) -> int:
        key = (article.id, start, end)
        if key in self._index:
            n = self._index[key]
            c = self.citations[n - 1]
            c.support = max(c.support, round(support, 4))
            return n
        n = len(self.citations) + 1
        self.citations.append(Citation(
            n=n, article_id=article.id, chunk_id=self.chunk_for(article.id, start, end), title=article.title,
            source=article.source, url=article.url, published_at=article.published_at,
            quote=article.body[start:end], start=start, end=end, support=round(support, 4)))
        self._index[key] = n
        return n


def markers(ns: list[int]) -> str:
    return "".join(f"[{n}]" for n in sorted(set(ns)))


def story_sources(articles: list[Article]) -> list[StorySource]:
    return [StorySource(article_id=a.id, title=a.title, source=a.source, url=a.url, published_at=a.published_at)
            for a in articles]


def central_articles(articles: list[Article], vectors: np.ndarray | None) -> list[Article]:
    """Articles ordered by closeness to the story centroid (the first gives the headline)."""
    if vectors is None or len(articles) < 2:
        return list(articles)
    v = np.asarray(vectors, dtype=np.float32)
    centroid = v.mean(axis=0)
    sims = v @ (centroid / (np.linalg.norm(centroid) or 1.0))
    order = sorted(range(len(articles)), key=lambda i: (-round(float(sims[i]), 6), articles[i].id))
    return [articles[i] for i in order]


def select(cands: list[Candidate], n_outlets: int) -> tuple[list[tuple[Candidate, list[Candidate]]], list[Candidate]]:
    """(agreed, singles): sentences several outlets report, each with the other outlets' sentences that
    say the same thing, best first; then facts only one outlet has, at most one per outlet, best first."""
    if not cands:
        return [], []
    m = tfidf(cands)
    sim = m @ m.T
    centroid = m.mean(axis=0)
    centrality = m @ (centroid / (np.linalg.norm(centroid) or 1.0))
    outlets = [c.outlet for c in cands]
    corroborators: list[list[int]] = []
    for i, c in enumerate(cands):
        # Best matching sentence per other outlet, if it is close enough to be the same fact.
        best: dict[str, int] = {}
        for j in np.nonzero(sim[i] >= SAME_FACT)[0]:
            j = int(j)
            if outlets[j] == outlets[i]:
                continue
            if outlets[j] not in best or sim[i, j] > sim[i, best[outlets[j]]]:
                best[outlets[j]] = j
        corroborators.append(sorted(best.values()))
    others = max(1, n_outlets - 1)
    # Shorter sentences score a little higher: the story body has a word budget.
    score = [0.5 * float(centrality[i]) + 0.35 * len(corroborators[i]) / others
             + 0.15 / (1.0 + cands[i].position / 3.0) - 0.002 * len(cands[i].terms) for i in range(len(cands))]

    def mmr(pool: list[int], picked: list[int], limit: int) -> list[int]:
        chosen: list[int] = []
        pool = sorted(pool, key=lambda i: (-score[i], cands[i].article.id, cands[i].start))
        while pool and len(chosen) < limit:
            taken = picked + chosen
            told = {j for t in taken for j in corroborators[t]}

            def value(i: int) -> float:
                red = max((float(sim[i, j]) for j in taken), default=0.0)
                return 0.7 * score[i] - 0.3 * red
            i = max(pool, key=value)
            pool.remove(i)
            if i in told or any(sim[i, j] >= REDUNDANT for j in taken):
                continue  # the same fact is already told (perhaps by another outlet)
            chosen.append(i)
        return chosen

    agreed = mmr([i for i in range(len(cands)) if corroborators[i]], [], MAX_AGREED)
    told = {j for i in agreed for j in corroborators[i]}
    pool = [i for i in range(len(cands)) if i not in told and i not in agreed]
    if not agreed and pool:  # nothing corroborated: the most central sentence leads
        agreed = mmr(pool, [], 1)
        pool = [i for i in pool if i not in agreed]
    singles: list[int] = []
    seen: set[str] = set()
    for i in mmr(pool, agreed, MAX_SENTENCES * 2):
        if n_outlets > 1 and outlets[i] in seen:
            continue  # what each outlet adds: its best own fact, once
        seen.add(outlets[i])
        singles.append(i)
    return [(cands[i], [cands[j] for j in corroborators[i]]) for i in agreed], [cands[i] for i in singles]


def extractive_story(story_id: str, articles: list[Article], vectors: np.ndarray | None, chunks: list[Chunk],
                     verifier: Verifier) -> Story:
    """A cited extractive summary of one story: lead, what each outlet adds, where they differ."""
    ordered = central_articles(articles, vectors)
    n_outlets = len({(a.source or a.id).lower() for a in articles})
    cands = [c for a in ordered[:MAX_ARTICLES] for c in candidates(a)]
    agreed, singles = select(cands, n_outlets)
    book = CitationBook(chunks)
    # Score every (sentence, evidence) pair in one batch so the embedder sees one call. A verbatim
    # quote supports itself (1.0): only the other outlets' sentences need the model.
    verifier.vectors([c.text for c, os in agreed if os] + [o.text for _, os in agreed for o in os])
    lead: list[str] = []
    for cand, others in agreed:
        ns = [book.cite(cand.article, cand.start, cand.end, 1.0)]
        for o in others:
            # Corroboration asks "does another outlet report this fact?", not "does that sentence state
            # every detail of this one" (the claim model's strict question): the symmetric overlap score.
            s = verifier.sentence_support(cand.text, o.text)
            if s >= SUPPORT_THRESHOLD:
                ns.append(book.cite(o.article, o.start, o.end, s))
        lead.append(f"{cand.text} {markers(ns)}")
    adds: list[tuple[str | None, str]] = []
    if n_outlets > 1:
        for cand in singles:
            n = book.cite(cand.article, cand.start, cand.end, 1.0)
            adds.append((outlet_name(cand.article), f"{cand.text} {markers([n])}"))
    elif singles:  # one outlet: its other facts continue the lead
        lead += [f"{c.text} {markers([book.cite(c.article, c.start, c.end, 1.0)])}" for c in singles]
    story = Story(id=story_id, headline=neutral_headline(ordered), summary="", sources=story_sources(articles),
                  coverage=coverage(articles))
    story.disagreements = disagreements(ordered[:MAX_ARTICLES], chunks, verifier, book)
    fit_body(story, lead, adds)
    keep = cited_numbers(story)
    story.citations = renumber(story, [c for c in book.citations if c.n in keep])
    return story


def disagreements(articles: list[Article], chunks: list[Chunk], verifier: Verifier,
                  book: CitationBook, limit: int = 3) -> list[Disagreement]:
    """Cross-outlet disagreements (verify.find_disagreement_details), each side cited in the story's numbering."""
    if len({(a.source or a.id).lower() for a in articles}) < 2:
        return []
    by_id = {a.id: a for a in articles}
    passages = [Passage(n=i + 1, text=c.text, source=c.source, article_id=c.article_id, chunk_id=c.id,
                        start=c.start, title=c.title, url=c.url, published_at=c.published_at)
                for i, c in enumerate(ch for ch in chunks if ch.article_id in by_id)]
    out = []
    for d in find_disagreement_details(passages, verifier=verifier, limit=limit, max_pairs=MAX_DIFFER_PAIRS):
        sides = []
        for p, a, b, says in d.sides:
            art = by_id[p.article_id]
            n = book.cite(art, p.start + a, p.start + b, 1.0)
            sides.append(DisagreementSource(n=n, says=says, source=p.source))
        out.append(Disagreement(claim=d.claim, sources=sides))
    return out


def split_summary(summary: str) -> list[str]:
    """The summary's sentences as written (one per chosen fact, each ending in its markers)."""
    parts = re.split(r"(?<=\])\s+(?=\S)", summary.strip())
    return [p for p in parts if p]


def fact_key(sentence: str) -> frozenset[str]:
    """Content terms of a summary sentence without markers or attribution: what 'the same fact' compares."""
    text = re.sub(r"\[\d+\]", " ", sentence)
    text = re.sub(r"^[^:]{1,40} adds: ", "", text)
    return frozenset(content_terms(text))

