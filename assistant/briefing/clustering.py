"""Group articles into stories: the same event told by several outlets becomes one story.

Two signals, both vectorised with numpy so a thousand articles cluster in well under a second:
- the cosine of the article vectors (normalised mean of chunk vectors, from the store), and
- the idf-weighted cosine of their "anchors": named entities and numbers with units, which pin
  an event down better than topic words do (two Pyongyang stories share a topic; only the same
  event shares "50", "600mm" and "Ninth Congress").
Pairs are merged by average linkage above a threshold, within a time window, so one loose pair
cannot chain unrelated stories together. Weights and threshold are tuned on
evals/clustering_pairs.jsonl (see `assistant.evals.clustering`), never on test assertions.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import date as _date

import numpy as np

from assistant.schema import Article
from assistant.text.lexical import STOPWORDS

# Tuned on evals/clustering_pairs.jsonl with MiniLM vectors (python -m assistant.evals.clustering --tune):
# with this weight every threshold from 0.37 to 0.61 scores F1 1.0; the threshold is the middle of that.
VECTOR_WEIGHT = 0.6  # share of the article-vector cosine in the pair score; the rest is anchors
LINK_THRESHOLD = 0.49  # average pair score at which two groups are the same story
WINDOW_DAYS = 3  # articles further apart than this are never the same story
CANDIDATE_FLOOR = 0.25  # pairs scoring below this are never considered (keeps linkage cheap)

# Capitalised runs ("Kim Jong Un", "Workers’ Party") and numbers with an optional unit.
_NAME = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'\-]*)*")
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)\s*(mm|cm|km|kg|m|bn|billion|million|%|percent|per cent)?",
                     re.IGNORECASE)
_SMALL_NUMBERS = {str(i) for i in range(0, 11)}  # "two", "5" … too common to identify an event
_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr"}


@dataclass
class Cluster:
    """Member indexes into the input list, earliest article first."""

    members: list[int]
    id: str


def anchors(text: str) -> set[str]:
    """Named entities and numbers in `text`, normalised ('600mm-calibre' → '600mm')."""
    out: set[str] = set()
    for m in _NAME.finditer(text):
        words = [w.strip("’'-").lower() for w in m.group().split()]
        words = [w for w in words if w and w not in STOPWORDS and w not in _MONTHS_DAYS]
        if not words:
            continue
        out.add(" ".join(words))
        if len(words) > 1:
            out.update(w for w in words if len(w) > 2)  # "Kim Jong Un" also matches a later "Kim"
    for m in _NUMBER.finditer(text):
        num = m.group(1).replace(",", "")
        if num in _SMALL_NUMBERS or (len(num) == 4 and num.startswith(("19", "20"))):
            continue  # years and small counts say little about which event this is
        unit = (m.group(2) or "").lower().replace("percent", "%").replace("per cent", "%")
        out.add(num + unit)
    return out


def effective_date(a: Article) -> str:
    """Published date, else the ingestion date (articles without a date are placed there)."""
    return (a.published_at or a.ingested_at or "")[:10]


def _day_ordinal(d: str) -> float:
    try:
        return float(_date.fromisoformat(d[:10]).toordinal())
    except ValueError:
        return math.nan


def _anchor_matrix(texts: list[str]) -> np.ndarray:
    """Rows: idf-weighted, L2-normalised anchor indicator vectors."""
    sets = [anchors(t) for t in texts]
    vocab: dict[str, int] = {}
    for s in sets:
        for a in s:
            vocab.setdefault(a, len(vocab))
    m = np.zeros((len(texts), max(1, len(vocab))), dtype=np.float32)
    for i, s in enumerate(sets):
        for a in s:
            m[i, vocab[a]] = 1.0
    df = m.sum(axis=0)
    n = len(texts)
    # Smoothed idf; with few articles every anchor is "rare", which is what we want.
    idf = np.log((n + 1) / (df + 1)) + 1.0
    m *= idf
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return m / norms


def pair_scores(articles: list[Article], vectors: list[list[float]] | np.ndarray,
                vector_weight: float = VECTOR_WEIGHT, window_days: int = WINDOW_DAYS) -> np.ndarray:
    """n×n same-story scores in [0, 1]; pairs outside the time window score 0."""
    n = len(articles)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    v = np.asarray(vectors, dtype=np.float32)
    v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    dense = np.clip(v @ v.T, 0.0, 1.0)
    texts = [f"{a.title}\n{a.body}" for a in articles]
    ent = _anchor_matrix(texts)
    lexical = ent @ ent.T
    scores = vector_weight * dense + (1.0 - vector_weight) * lexical
    days = np.array([_day_ordinal(effective_date(a)) for a in articles])
    gap = np.abs(days[:, None] - days[None, :])
    scores[np.nan_to_num(gap, nan=0.0) > window_days] = 0.0
    np.fill_diagonal(scores, 1.0)
    return scores.astype(np.float32)


def link(scores: np.ndarray, threshold: float = LINK_THRESHOLD) -> list[list[int]]:
    """Average-linkage agglomeration over the candidate pairs; returns groups of indexes."""
    n = scores.shape[0]
    parent = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    iu, ju = np.triu_indices(n, k=1)
    s = scores[iu, ju]
    keep = s >= max(CANDIDATE_FLOOR, threshold)
    iu, ju, s = iu[keep], ju[keep], s[keep]
    for k in np.argsort(-s, kind="stable"):
        a, b = find(int(iu[k])), find(int(ju[k]))
        if a == b:
            continue
        ma, mb = members[a], members[b]
        if scores[np.ix_(ma, mb)].mean() < threshold:
            continue  # one close pair is not enough to merge two groups (no chaining)
        if len(ma) < len(mb):
            a, b, ma, mb = b, a, mb, ma
        parent[b] = a
        ma.extend(mb)
        del members[b]
    return [sorted(m) for m in members.values()]


def story_id(articles: list[Article]) -> str:
    """Stable id from the earliest member article: adding later coverage keeps the id."""
    first = min(articles, key=lambda a: (effective_date(a), a.id))
    return "story-" + hashlib.sha1(first.id.encode()).hexdigest()[:12]


def cluster_articles(articles: list[Article], vectors: list[list[float]] | np.ndarray,
                     threshold: float = LINK_THRESHOLD, vector_weight: float = VECTOR_WEIGHT) -> list[Cluster]:
    """Stories over `articles` (any order); deterministic for the same input set."""
    if not articles:
        return []
    order = sorted(range(len(articles)), key=lambda i: articles[i].id)  # input order must not matter
    arts = [articles[i] for i in order]
    vecs = np.asarray(vectors, dtype=np.float32)[order]
    groups = link(pair_scores(arts, vecs, vector_weight), threshold)
    out = []
    for g in groups:
        idx = sorted((order[i] for i in g), key=lambda i: (effective_date(articles[i]), articles[i].id))
        out.append(Cluster(members=idx, id=story_id([articles[i] for i in idx])))
    out.sort(key=lambda c: c.id)
    return out
