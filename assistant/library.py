"""The parts behind every feature: settings, embedder, store, searcher, indexer, built lazily once."""

from __future__ import annotations

from functools import cached_property

from assistant.config import Settings, get_settings
from assistant.embeddings import Embedder, get_embedder
from assistant.indexing import Indexer
from assistant.ingest import iter_inputs
from assistant.retrieval import Filters, HybridSearcher, NewsRetriever
from assistant.schema import Article, IngestReport, SearchResult
from assistant.store import Store


class Library:
    """A user's article collection: what the CLI, API, UI and evals all talk to."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or get_settings()
        self._embedder = embedder

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or get_embedder(self.settings)

    @cached_property
    def store(self) -> Store:
        return Store(self.settings, self.embedder.name)

    @cached_property
    def searcher(self) -> HybridSearcher:
        return HybridSearcher(self.store, self.embedder, self.settings.cache_dir)

    def ingest(self, inputs: list[str], progress: bool = False) -> IngestReport:
        """Load files, folders, feeds and URLs; add what is new. Never raises for one bad input."""
        indexer = Indexer(self.settings, self.store, self.embedder)
        return indexer.run(iter_inputs(inputs, self.settings), progress=progress)

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[SearchResult]:
        return self.searcher.search(query, k or self.settings.top_k, filters)

    def retriever(self, k: int | None = None, filters: Filters | None = None) -> NewsRetriever:
        return NewsRetriever(searcher=self.searcher, k=k or self.settings.top_k, filters=filters or Filters())

    def articles(self) -> list[Article]:
        return self.store.list_articles()

    def article(self, article_id: str) -> Article:
        return self.store.get_article(article_id)

    def delete(self, article_id: str) -> int:
        return self.store.delete_article(article_id)
