"""Ingestion pipeline: loaded articles → dedup → chunk → embed (batched) → store, one article at a time."""

from __future__ import annotations

import logging
import math
import time
from datetime import datetime, timezone
from typing import Iterable, Iterator

from tqdm import tqdm

from assistant.config import Settings
from assistant.errors import AssistantError, StoreUnavailable
from assistant.ingest import RawArticle, article_id, content_hash, shingles
from assistant.retrieval.chunking import chunk_article
from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.store import Store
from assistant.schema import Article, IngestFailure, IngestReport
from assistant.text.lexical import jaccard

log = logging.getLogger(__name__)

BATCH_ARTICLES = 256  # chunks sorted by length across a big batch pad less; still small enough to show progress
# Batches start small and double up to BATCH_ARTICLES: each batch is committed whole, so a run that is
# killed or fails early keeps what it finished (a re-run skips it) instead of losing a whole big batch.
FIRST_BATCH = 16
NEAR_DUP_VECTOR = 0.90  # article-vector cosine that makes a republication worth a closer look
NEAR_DUP_SHINGLES = 0.5  # share of word 5-grams that makes it the same wire story


def _batches(items: Iterable, size: int, first: int | None = None) -> Iterator[list]:
    """Lists of `first` items, then twice as many each time, up to `size`."""
    batch: list = []
    want = min(first or size, size)
    for item in items:
        batch.append(item)
        if len(batch) == want:
            yield batch
            batch = []
            want = min(want * 2, size)
    if batch:
        yield batch


def _mean_vector(vectors: list[list[float]]) -> list[float]:
    dim = len(vectors[0])
    mean = [sum(v[i] for v in vectors) / len(vectors) for i in range(dim)]
    norm = math.sqrt(sum(x * x for x in mean)) or 1.0
    return [x / norm for x in mean]


def _dot(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b))


class Indexer:
    def __init__(self, settings: Settings, store: Store, embedder: Embedder) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder

    def run(self, items: Iterable[RawArticle | IngestFailure], progress: bool = False) -> IngestReport:
        started = time.perf_counter()
        report = IngestReport()
        if self.store.write_interrupted():  # a writer died mid-batch: drop its chunks (a full scan, so only then)
            self.store.remove_orphan_chunks()
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        bar = tqdm(desc="ingesting", unit="article", disable=not progress, leave=False)
        try:
            for batch in _batches(items, BATCH_ARTICLES, FIRST_BATCH):
                fresh = self._fresh_articles(batch, report, seen_ids, seen_hashes)
                self._embed_and_store(fresh, report)
                bar.update(len(batch))
        finally:
            bar.close()
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _fresh_articles(self, batch: list, report: IngestReport, seen_ids: set[str],
                        seen_hashes: set[str]) -> list[tuple[Article, str]]:
        """Turn loaded items into Articles, dropping failures (recorded) and exact duplicates (skipped)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        candidates: list[tuple[Article, str]] = []
        for item in batch:
            if isinstance(item, IngestFailure):
                report.failed.append(item)
                continue
            candidates.append((Article(
                id=article_id(item.url, item.body), title=item.title, source=item.source, url=item.url,
                published_at=item.published_at, ingested_at=now, body=item.body,
                content_hash=content_hash(item.body),
            ), item.origin))
        stored_ids, stored_hashes = self.store.existing([a.id for a, _ in candidates],
                                                        [a.content_hash for a, _ in candidates])
        fresh = []
        for art, origin in candidates:
            if art.id in stored_ids or art.content_hash in stored_hashes or \
                    art.id in seen_ids or art.content_hash in seen_hashes:
                report.skipped += 1
                continue
            seen_ids.add(art.id)
            seen_hashes.add(art.content_hash)
            fresh.append((art, origin))
        return fresh

    def _embed_and_store(self, articles: list[tuple[Article, str]], report: IngestReport) -> None:
        if not articles:
            return
        s = self.settings
        chunked = [chunk_article(a, self.embedder.count_tokens, s.chunk_tokens, s.chunk_overlap_sentences)
                   for a, _ in articles]
        vectors = self.embedder.embed_documents([c.text for chunks in chunked for c in chunks])
        ready: list[tuple[Article, list, list, list[float]]] = []
        origins: dict[str, str] = {}
        pos = 0
        for (art, origin), chunks in zip(articles, chunked):
            vecs = vectors[pos:pos + len(chunks)]
            pos += len(chunks)
            if not chunks:
                report.failed.append(IngestFailure(path=origin, error="article has no text to index"))
                continue
            art.chunk_count = len(chunks)
            art_vec = _mean_vector(vecs)
            art.near_duplicate_of = self._near_duplicate(art, art_vec, ready)
            ready.append((art, chunks, vecs, art_vec))
            origins[art.id] = origin
        try:
            self.store.add_articles(ready)
            stored = ready
        except StoreUnavailable:
            raise  # server down, disk full, read-only: every other article would fail the same way
        except AssistantError:
            # Find the culprit: write one by one so one bad article does not cost the batch.
            stored = []
            for item in ready:
                try:
                    self.store.add_articles([item])
                    stored.append(item)
                except StoreUnavailable:
                    raise
                except AssistantError as e:
                    report.failed.append(IngestFailure(path=origins[item[0].id], error=str(e)))
        for art, chunks, _, _ in stored:
            report.added += 1
            report.chunks += len(chunks)
            report.article_ids.append(art.id)
            if art.near_duplicate_of:
                report.near_duplicates.append({"article_id": art.id, "duplicate_of": art.near_duplicate_of})
        # Each batch is committed whole: a run killed after this line keeps these articles.
        log.info("committed %d articles (%d in this run)", len(stored), report.added)

    def _near_duplicate(self, art: Article, vector: list[float], pending: list[tuple]) -> str | None:
        """The id of an earlier article (stored, or earlier in this batch) this one republishes, if any."""
        close = [aid for aid, sim in self.store.nearest_articles(vector, 3) if sim >= NEAR_DUP_VECTOR]
        others, _ = self.store.get_articles(ids=close) if close else ([], [])
        others += [a for a, _, _, v in pending if _dot(v, vector) >= NEAR_DUP_VECTOR]
        if not others:
            return None
        mine = shingles(art.body)
        best = max(others, key=lambda o: jaccard(mine, shingles(o.body)))
        if jaccard(mine, shingles(best.body)) >= NEAR_DUP_SHINGLES:
            return best.near_duplicate_of or best.id
        return None
