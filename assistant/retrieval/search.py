"""Hybrid retrieval: dense (Chroma) + BM25 (bm25s) fused by reciprocal rank, with filters and de-duplication."""

from __future__ import annotations

import logging
import pickle
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import bm25s
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.store import Store, build_where, day_number, fingerprint
from assistant.schema import Chunk, SearchResult
from assistant.text.values import numbers
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


class Bm25Index:
    """BM25 over every chunk; built once per store fingerprint and cached in memory and on disk."""

    def __init__(self, chunks: list[Chunk]) -> None:
        self.chunks = chunks
        self.model = bm25s.BM25()
        if chunks:
            self.model.index([content_terms(c.text) or ["_"] for c in chunks], show_progress=False)

    def search(self, query: str, n: int) -> list[tuple[Chunk, float]]:
        terms = content_terms(query)
        if not self.chunks or not terms:
            return []
        docs, scores = self.model.retrieve([terms], k=min(n, len(self.chunks)), show_progress=False)
        return [(self.chunks[int(i)], float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]


class _Bm25Cache:
    def __init__(self, cache_dir: Path) -> None:
        self.dir = cache_dir / "bm25"
        self.mem: dict[str, Bm25Index] = {}
        self.lock = threading.Lock()

    def get(self, store: Store, fp: str) -> Bm25Index:
        with self.lock:
            if fp in self.mem:
                return self.mem[fp]
            path = self.dir / f"{fp}.pkl"
            index = None
            if path.exists():
                try:
                    index = pickle.loads(path.read_bytes())
                except Exception:  # a stale or truncated cache is rebuilt, never trusted
                    index = None
            if index is None:
                index = Bm25Index(store.all_chunks())
                self._save(path, index)
            self.mem = {fp: index}  # older fingerprints are stale by definition
            return index

    def _save(self, path: Path, index: Bm25Index) -> None:
        try:
            if self.dir.exists():
                shutil.rmtree(self.dir, ignore_errors=True)
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(path)
        except OSError as e:  # cache is an optimisation; a read-only data dir still works
            log.warning("could not write BM25 cache %s: %s", path, e)


class HybridSearcher:
    """Dense + BM25 with reciprocal-rank fusion, filters and near-duplicate suppression."""

    def __init__(self, store: Store, embedder: Embedder, cache_dir: Path) -> None:
        self.store = store
        self.embedder = embedder
        self._bm25 = _Bm25Cache(cache_dir)

    def bm25(self) -> tuple[Bm25Index, set[str]]:
        ids = self.store.article_ids()
        return self._bm25.get(self.store, fingerprint(ids)), set(ids)

    def search(self, query: str, k: int = 5, filters: Filters | None = None,
               candidates: int | None = None) -> list[SearchResult]:
        filters = filters or Filters()
        n = candidates or max(4 * k, 30)
        index, known = self.bm25()
        where = build_where(filters.source, filters.since, filters.until)
        dense = self.store.dense_search(self.embedder.embed_query(query), n, where)
        # BM25 runs over everything, so over-fetch before filtering.
        lexical = [(c, s) for c, s in index.search(query, n * 4 if filters != Filters() else n)
                   if filters.admits(c)][:n]
        fused: dict[str, float] = {}
        by_id: dict[str, Chunk] = {}
        for ranked in (dense, lexical):
            for rank, (chunk, _score) in enumerate(ranked):
                if chunk.article_id not in known:  # orphan of an interrupted write
                    continue
                by_id[chunk.id] = chunk
                fused[chunk.id] = fused.get(chunk.id, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda cid: -fused[cid])
        return [self._result(by_id[cid], fused[cid]) for cid in self._diverse(order, by_id, k)]

    @staticmethod
    def _diverse(order: list[str], by_id: dict[str, Chunk], k: int) -> list[str]:
        """Greedy selection that skips a passage saying the same as one already chosen (MMR-like)."""
        chosen: list[str] = []
        chosen_terms: list[set[str]] = []
        for cid in order:
            c = by_id[cid]
            terms = set(content_terms(c.text))
            # A near-copy is redundant unless another outlet gives other numbers in it: that is a
            # conflict the answer must report, so it stays.
            if any(jaccard(terms, t) >= NEAR_SAME and (by_id[o].source == c.source or
                                                      numbers(by_id[o].text) == numbers(c.text))
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
