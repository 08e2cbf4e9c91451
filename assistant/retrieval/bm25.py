"""The BM25 side of retrieval: an in-process bm25s index over every chunk, cached per store generation.

The cache on disk is bm25s' own format (numpy arrays loaded with `allow_pickle=False`, JSON vocab)
plus our chunks as JSON, so a file planted in the data directory can at worst make us rebuild; it
can never run code. Each save goes to a unique temporary folder that is renamed into place, so two
processes saving at once, or a crash mid-save, never leave a half-written index under a real name.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import threading
import time
from pathlib import Path

import bm25s

from assistant.retrieval.store import WRITING_PREFIX, Store
from assistant.schema import Chunk
from assistant.text.lexical import content_terms

log = logging.getLogger(__name__)

CACHE_FORMAT = 2  # bump when the files below or `content_terms` change (2: dictionary forms); older caches are rebuilt
TMP_PREFIX = ".tmp-"
STALE_TMP_SECONDS = 3600  # a temporary folder this old belongs to a writer that died


class Bm25Index:
    """BM25 over a fixed list of chunks, tagged with the store generation it was built from."""

    def __init__(self, chunks: list[Chunk], generation: str, article_ids: set[str],
                 model: bm25s.BM25 | None = None) -> None:
        self.chunks = chunks
        self.generation = generation
        self.article_ids = article_ids  # the articles committed when this index was built
        if model is None:
            model = bm25s.BM25()
            if chunks:
                model.index([content_terms(c.text) or ["_"] for c in chunks], show_progress=False)
        self.model = model

    @classmethod
    def build(cls, store: Store, generation: str) -> "Bm25Index":
        """Index every chunk whose article is committed (orphans of an interrupted write stay out)."""
        known = set(store.article_ids())  # O(articles), but only once per change, never per query
        chunks = [c for c in store.all_chunks() if c.article_id in known]
        return cls(chunks, generation, known)

    def search(self, query: str, n: int) -> list[tuple[Chunk, float]]:
        terms = content_terms(query)
        if not self.chunks or not terms:
            return []
        docs, scores = self.model.retrieve([terms], k=min(n, len(self.chunks)), show_progress=False)
        return [(self.chunks[int(i)], float(s)) for i, s in zip(docs[0], scores[0]) if s > 0]

    # ---- on disk ----------------------------------------------------------------------------

    def save(self, folder: Path) -> None:
        """Write into `folder`, an empty folder that nobody else writes to."""
        if self.chunks:  # bm25s cannot save an index it never built
            self.model.save(str(folder / "bm25"), allow_pickle=False, show_progress=False)
        meta = {"format": CACHE_FORMAT, "generation": self.generation, "article_ids": sorted(self.article_ids),
                "chunks": [c.model_dump() for c in self.chunks]}
        (folder / "index.json").write_text(json.dumps(meta), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, generation: str) -> "Bm25Index":
        """Read a saved index; raises ValueError/OSError when it is missing, foreign or damaged."""
        meta = json.loads((folder / "index.json").read_text(encoding="utf-8"))
        if meta.get("format") != CACHE_FORMAT or meta.get("generation") != generation:
            raise ValueError(f"{folder} holds another index")
        chunks = [Chunk.model_validate(c) for c in meta["chunks"]]
        model = bm25s.BM25.load(str(folder / "bm25"), allow_pickle=False) if chunks else None
        return cls(chunks, generation, set(meta["article_ids"]), model=model)


class Bm25Cache:
    """The current index in memory and on disk; one builder at a time, readers never wait on it.

    While one thread rebuilds after a change, the others keep searching the previous index (the
    searcher re-checks its hits against the store, so a stale index never returns a deleted
    article). Only when there is no index at all do readers wait, for the one build under way.
    """

    def __init__(self, cache_dir: Path) -> None:
        self.dir = cache_dir / "bm25"
        self._current: Bm25Index | None = None
        self._builder = threading.Lock()

    def get(self, store: Store) -> tuple[Bm25Index, bool]:
        """The index for the store as it is now, or the previous one while another thread rebuilds.

        The second value says whether the index is current.
        """
        generation = store.generation()
        current = self._current
        if current is not None and current.generation == generation:
            return current, True
        if current is not None and not self._builder.acquire(blocking=False):
            return current, False  # somebody is rebuilding: keep serving what we have
        if current is None:
            self._builder.acquire()  # nothing to serve yet: wait for the one build
        try:
            # Read again under the builder lock: the store may have moved on while we waited, and
            # the thread before us may already have built exactly this generation.
            generation = store.generation()
            current = self._current
            if current is not None and current.generation == generation:
                return current, True
            index = self._load(generation) or Bm25Index.build(store, generation)
            self._current = index
            # A write under way (or one whose writer died) may still add articles under this token:
            # keep such an index in memory only, so no later process takes it for the finished state.
            if not generation.startswith(WRITING_PREFIX) and not (self.dir / self._name(generation)).exists():
                self._save(index)
            return index, True
        finally:
            self._builder.release()

    @staticmethod
    def _name(generation: str) -> str:
        return f"g-{generation}" if generation else "g-none"

    def _load(self, generation: str) -> Bm25Index | None:
        folder = self.dir / self._name(generation)
        if not folder.exists():
            return None
        try:
            return Bm25Index.load(folder, generation)
        except Exception as e:  # a stale, damaged or foreign cache is rebuilt, never trusted
            log.info("ignoring BM25 cache %s (%s); rebuilding", folder, e)
            return None

    def _save(self, index: Bm25Index) -> None:
        final = self.dir / self._name(index.generation)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=self.dir))  # unique per writer
            try:
                index.save(tmp)
                tmp.rename(final)  # atomic; fails if another process put the same index there first
            except OSError:
                shutil.rmtree(tmp, ignore_errors=True)
                if not final.exists():
                    raise
            self._prune(keep=final.name)
        except OSError as e:  # the cache is an optimisation; a read-only data dir still works
            log.warning("could not write BM25 cache %s: %s", final, e)

    def _prune(self, keep: str) -> None:
        """Drop indexes of older generations and temporary folders left by writers that died."""
        now = time.time()
        for entry in self.dir.iterdir():
            if entry.name == keep:
                continue
            if entry.name.startswith(TMP_PREFIX):
                try:
                    if now - entry.stat().st_mtime < STALE_TMP_SECONDS:
                        continue  # maybe another process is writing it right now
                except OSError:
                    continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)  # e.g. a pickle from an older version
