"""Hybrid retrieval: dense (Chroma) + BM25 (bm25s) fused by reciprocal rank, with filters and de-duplication."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.retrieval.bm25 import Bm25Cache, Bm25Index
from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.filters import build_where, day_number
from assistant.retrieval.store import Store
from assistant.schema import Chunk, SearchResult
from assistant.text.values import numbers, value_changes
from assistant.text.lexical import content_terms, jaccard

log = logging.getLogger(__name__)

RRF_K = 60  # the constant from Cormack et al.; damps the head of each list so both lists count
NEAR_SAME = 0.6  # token Jaccard above which two passages say the same thing (wire copy)


@dataclass
class Filters:
    source: str | list[str] | None = None
    since: str | None = None
    until: str | None = None

    def admits(self, c: Chunk) -> bool:
        if self.source:
            wanted = {self.source.lower()} if isinstance(self.source, str) else {s.lower() for s in self.source}
            if (c.source or "").lower() not in wanted:
                return False
        day = day_number(c.published_at)
        if self.since and (day < 0 or day < day_number(self.since)):
            return False
        if self.until and (day < 0 or day > day_number(self.until)):
            return False
        return True


class HybridSearcher:
    """Dense + BM25 with reciprocal-rank fusion, filters and near-duplicate suppression."""

    def __init__(self, store: Store, embedder: Embedder, cache_dir: Path) -> None:
        self.store = store
        self.embedder = embedder
        self._bm25 = Bm25Cache(cache_dir)

    def bm25(self) -> tuple[Bm25Index, bool]:
        """The BM25 index and whether it reflects the store as it is now (see Bm25Cache.get)."""
        return self._bm25.get(self.store)

    def search(self, query: str, k: int = 5, filters: Filters | None = None,
               candidates: int | None = None) -> list[SearchResult]:
        filters = filters or Filters()
        n = candidates or max(4 * k, 30)
        index, current = self.bm25()
        where = build_where(filters.source, filters.since, filters.until)
        dense = self.store.dense_search(self.embedder.embed_query(query), n, where)
        # BM25 runs over everything, so over-fetch before filtering.
        lexical = [(c, s) for c, s in index.search(query, n * 4 if filters != Filters() else n)
                   if filters.admits(c)][:n]
        known = self._committed(index, current, dense + lexical)
        fused: dict[str, float] = {}
        by_id: dict[str, Chunk] = {}
        for ranked in (dense, lexical):
            for rank, (chunk, _score) in enumerate(ranked):
                if chunk.article_id not in known:  # orphan of an interrupted write, or since deleted
                    continue
                by_id[chunk.id] = chunk
                fused[chunk.id] = fused.get(chunk.id, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda cid: -fused[cid])
        return [self._result(by_id[cid], fused[cid]) for cid in self._diverse(order, by_id, k)]

    def _committed(self, index: Bm25Index, current: bool, hits: list[tuple[Chunk, float]]) -> set[str]:
        """The hits' article ids that have an article record, asking the store only about the few it must.

        A current index knows every committed article; anything else (a stale index served during
        a rebuild, a dense hit written after the index) is checked by id: O(hits), not O(articles).
        """
        ids = {c.article_id for c, _ in hits}
        trusted = ids & index.article_ids if current else set()
        return trusted | self.store.present(ids - trusted)

    @staticmethod
    def _diverse(order: list[str], by_id: dict[str, Chunk], k: int) -> list[str]:
        """Greedy selection that skips a passage saying the same as one already chosen (MMR-like)."""
        chosen: list[str] = []
        chosen_terms: list[set[str]] = []
        for cid in order:
            c = by_id[cid]
            terms = set(content_terms(c.text))
            # A near-copy is redundant unless another outlet gives other values in it (other
            # numbers, or one name or word swapped in otherwise the same text): that is a conflict
            # the answer must report, so it stays.
            if any(jaccard(terms, t) >= NEAR_SAME and (by_id[o].source == c.source or
                                                      not _other_values(by_id[o].text, c.text))
                   for o, t in zip(chosen, chosen_terms)):
                continue
            chosen.append(cid)
            chosen_terms.append(terms)
            if len(chosen) == k:
                break
        return chosen

    @staticmethod
    def _result(c: Chunk, score: float) -> SearchResult:
        return SearchResult(
            chunk_id=c.id, article_id=c.article_id, title=c.title, source=c.source, url=c.url,
            published_at=c.published_at, text=c.text, start=c.start, end=c.end, score=round(score, 6),
        )


class NewsRetriever(BaseRetriever):
    """The hybrid searcher as a LangChain retriever; filters travel with the instance."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    k: int = 5
    filters: Filters = Filters()

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return [
            Document(page_content=r.text, metadata=r.model_dump(exclude={"text"}), id=r.chunk_id)
            for r in self.searcher.search(query, self.k, self.filters)
        ]


def _other_values(a: str, b: str) -> bool:
    """Whether two near-copies differ in a value: their numbers, or a few swapped values. A value
    changed throughout ("Rousey" -> "Tate" in every sentence) counts once per distinct swap."""
    if numbers(a) != numbers(b):
        return True
    changes = [(x.lower(), y.lower()) for x, y in value_changes(a, b, max_changes=12) or []]
    return bool(changes) and (len(set(changes)) <= 3 or max(changes.count(c) for c in set(changes)) >= 3)
