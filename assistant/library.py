"""The parts behind every feature: settings, embedder, store, searcher, indexer, built lazily once."""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

from assistant.config import Settings, apply_process_defaults, get_settings
from assistant.ingest import iter_inputs
from assistant.retrieval.embeddings import Embedder, get_embedder
from assistant.retrieval.indexing import Indexer
from assistant.retrieval.search import Filters, HybridSearcher, NewsRetriever
from assistant.retrieval.store import Store
from assistant.schema import Article, IngestReport, SearchResult

T = TypeVar("T")


class Library:
    """A user's article collection: what the CLI, API, UI and evals all talk to."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        # A Library is where a Python-API user's process starts using the package: set the offline
        # defaults before anything imports chromadb or transformers.
        apply_process_defaults()
        self.settings = settings or get_settings()
        self._embedder = embedder
        self._store: Store | None = None
        self._searcher: HybridSearcher | None = None
        self._outlets: tuple[str, list[str]] | None = None
        # functools.cached_property takes no lock (Python 3.12+), so two first requests at once would
        # each load the model and open Chroma. One re-entrant lock makes each part built exactly once.
        self._build_lock = threading.RLock()

    def _once(self, attr: str, build: Callable[[], T]) -> T:
        value = getattr(self, attr)
        if value is None:
            with self._build_lock:
                value = getattr(self, attr)
                if value is None:
                    value = build()
                    setattr(self, attr, value)
        return value

    @property
    def embedder(self) -> Embedder:
        return self._once("_embedder", lambda: get_embedder(self.settings))

    @property
    def store(self) -> Store:
        return self._once("_store", lambda: Store(self.settings, self.embedder.name))

    @property
    def searcher(self) -> HybridSearcher:
        return self._once("_searcher", lambda: HybridSearcher(self.store, self.embedder, self.settings.cache_dir))

    def close(self) -> None:
        """Release the embedded store for other processes; the next use opens it again."""
        with self._build_lock:
            if self._store is not None:
                self._store.close()
            self._store = None
            self._searcher = None

    def ingest(self, inputs: list[str], progress: bool = False) -> IngestReport:
        """Load files, folders, feeds and URLs; add what is new. Never raises for one bad input."""
        indexer = Indexer(self.settings, self.store, self.embedder)
        return indexer.run(iter_inputs(inputs, self.settings), progress=progress)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[SearchResult]:
        return self.searcher.search(query, k or self.settings.top_k, filters)

    def retriever(self, k: int | None = None, filters: Filters | None = None) -> NewsRetriever:
        return NewsRetriever(searcher=self.searcher, k=k or self.settings.top_k, filters=filters or Filters())

    def outlets(self) -> list[str]:
        """Outlet names in the library, re-read only after a write (the store's generation token)."""
        n = self.store.generation()
        cached = self._outlets
        if cached is None or cached[0] != n:
            cached = (n, self.store.sources())
            self._outlets = cached
        return cached[1]

    def articles(self) -> list[Article]:
        return self.store.list_articles()

    def article(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def delete(self, article_id: str) -> int:
        return self.store.delete_article(article_id)
