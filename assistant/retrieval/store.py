"""Chroma as the store of record: one collection of chunks, one of articles. The only chromadb import."""

from __future__ import annotations

import logging
import uuid
from typing import Any, Iterable

import chromadb
from chromadb.config import Settings as ChromaSettings

from assistant.config import Settings
from assistant.errors import ConfigError, NotFoundError, StoreError, StoreUnavailable
from assistant.retrieval.datalock import (DataDirLock, DataDirUnwritable, is_storage_error, refuses_writes,
                                         unwritable_message)
from assistant.retrieval.filters import day_number, fingerprint
from assistant.retrieval.guard import Guarded, unreachable
from assistant.schema import Article, Chunk

log = logging.getLogger(__name__)

# Collection metadata key holding a token that changes with every write of articles or chunks.
# Readers compare it (one small Chroma call) instead of listing every article id per query.
GENERATION_KEY = "generation"
# Set (with a fresh value) before a write and replaced after it: a token with this prefix means "a write
# is under way, or its writer died", so an index built then is used in memory but never saved.
WRITING_PREFIX = "writing-"
READ_PAGE = 5000  # rows per read of a whole collection (SQLite caps the variables of one query)

_ARTICLE_KEYS = ("title", "source", "url", "published_at", "ingested_at", "content_hash",
                 "story_id", "near_duplicate_of")


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    # Chroma rejects None values; absent keys read back as None.
    return {k: v for k, v in meta.items() if v is not None}


class Store:
    """Articles and chunks in Chroma, embedded (PersistentClient) or remote (`CHROMA_HOST`).

    Embedded, it belongs to one process at a time (datalock): locked when opened, until close() or exit.
    """

    def __init__(self, settings: Settings, embedder_name: str) -> None:
        self.settings = settings
        self.remote = bool(settings.chroma_host)
        self._lock: DataDirLock | None = None
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.remote:
                self.location = f"chroma server {settings.chroma_host}:{settings.chroma_port}"
                self.client = Guarded(chromadb.HttpClient(
                    host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
                ), self.translate)
                self.client.heartbeat()
            else:
                self.location = str(settings.chroma_dir)
                self._lock = DataDirLock(settings.data_dir)
                self._lock.acquire()  # raises DataDirBusy / DataDirUnwritable with the user's options
                settings.chroma_dir.mkdir(parents=True, exist_ok=True)
                self.client = Guarded(chromadb.PersistentClient(path=str(settings.chroma_dir),
                                                                 settings=chroma_settings), self.translate)
        except StoreUnavailable:
            self.close()
            raise
        except Exception as e:
            self.close()
            if not self.remote and is_storage_error(e):
                raise DataDirUnwritable(unwritable_message(settings.data_dir, e)) from e
            where = (f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host
                     else str(settings.chroma_dir))
            raise StoreError(
                f"cannot open the Chroma store at {where} ({e}). Start the server with "
                "`chroma run --path DIR --port PORT`, fix CHROMA_HOST/CHROMA_PORT, or unset CHROMA_HOST "
                "to use the embedded store."
            ) from e
        prefix = settings.collection_prefix
        try:
            self.chunks = self._collection(f"{prefix}_chunks", embedder_name)
            self.articles = self._collection(f"{prefix}_articles", embedder_name)
            if not (self.articles.metadata or {}).get(GENERATION_KEY):
                self._bump_generation()  # a store written before generations existed
            elif not self.remote and self.write_interrupted() and not refuses_writes(settings.data_dir):
                # We hold the lock, so the writer that left this is dead: drop its chunks now, so even
                # a raw look at the store (not only searches, which skip them) finds whole articles only.
                self.remove_orphan_chunks()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Let other processes open the embedded store (the lock also goes when the process exits)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def translate(self, e: Exception) -> Exception:
        """The error to show for a failed Chroma call (see guard.Guarded)."""
        if self.remote and unreachable(e):
            return StoreUnavailable(
                f"the Chroma server at {self.settings.chroma_host}:{self.settings.chroma_port} is not answering "
                f"({type(e).__name__}: {e}). Start it again (`chroma run --path DIR --port "
                f"{self.settings.chroma_port}`); requests work again as soon as it is back, nothing needs restarting")
        if not self.remote and (is_storage_error(e) or refuses_writes(self.settings.data_dir)):
            return DataDirUnwritable(unwritable_message(self.settings.data_dir, e))
        return e

    def _collection(self, name: str, embedder_name: str):
        col = Guarded(self.client.get_or_create_collection(
            name, embedding_function=None, metadata={"embedder": embedder_name},
            configuration={"hnsw": {"space": "cosine"}},
        ), self.translate)
        built_with = (col.metadata or {}).get("embedder")
        if built_with and built_with != embedder_name:
            raise ConfigError(
                f"the store at {self.location} was built with embeddings {built_with!r} but "
                f"ASSISTANT_EMBEDDINGS is {embedder_name!r}. Set ASSISTANT_EMBEDDINGS={built_with} "
                "or point ASSISTANT_DATA_DIR at a new folder and ingest again."
            )
        return col

    # ---- change tracking -----------------------------------------------------------------

    def generation(self) -> str:
        """A token that differs after any write, also one by another process or client.

        Costs one lookup of the collection record, whatever the number of articles.
        """
        try:
            meta = self.client.get_collection(self.articles.name).metadata or {}
        except StoreUnavailable:
            raise
        except Exception as e:
            raise StoreUnavailable(f"cannot read the Chroma store at {self.location} ({e}); is it still "
                                   "running?") from e
        token = meta.get(GENERATION_KEY)
        return str(token) if token else f"ids-{fingerprint(self.article_ids())}"

    def write_interrupted(self) -> bool:
        """True when the last write never finished (its writer died, or, on a server, is still writing)."""
        return self.generation().startswith(WRITING_PREFIX)

    def _bump_generation(self, writing: bool = False) -> None:
        # Random, not a counter: two writers bumping at once each leave a value readers have not seen.
        meta = {k: v for k, v in (self.articles.metadata or {}).items() if not k.startswith("hnsw:")}
        meta[GENERATION_KEY] = (WRITING_PREFIX if writing else "") + uuid.uuid4().hex
        try:
            self.articles.modify(metadata=meta)
        except Exception as e:  # readers then fall back to fingerprinting the article ids
            log.warning("could not record a change in the store's generation (%s); searches will be slower", e)

    # ---- writing -------------------------------------------------------------------------

    def add_articles(self, items: list[tuple[Article, list[Chunk], list[list[float]], list[float]]]) -> None:
        """Write several articles all-or-nothing: chunks first, article records last as the commit mark.

        One write per collection keeps ingestion close to the model's encode speed. Readers treat
        chunks without an article record as absent, and any failure removes everything this call
        wrote, so an interrupted run never leaves half an article behind.
        """
        if not items:
            return
        ids = [a.id for a, _, _, _ in items]
        chunks = [c for _, cs, _, _ in items for c in cs]
        vectors = [v for _, _, vs, _ in items for v in vs]
        if len(chunks) != len(vectors):
            raise StoreError("internal error: chunk and vector counts differ")
        finish = True
        try:
            # Marked before the first byte; the plain token set in `finally` ends the write.
            self._bump_generation(writing=True)
            self.chunks.delete(where={"article_id": {"$in": ids}})  # leftovers of a crashed run
            step = self._max_batch()
            for i in range(0, len(chunks), step):
                part = chunks[i:i + step]
                self.chunks.add(
                    ids=[c.id for c in part], embeddings=vectors[i:i + step], documents=[c.text for c in part],
                    metadatas=[self._chunk_meta(c) for c in part],
                )
            self.articles.add(
                ids=ids, embeddings=[v for _, _, _, v in items], documents=[a.body for a, _, _, _ in items],
                metadatas=[self._article_meta(a) for a, _, _, _ in items],
            )
        except StoreUnavailable:
            # Server gone, disk full, read-only: a rollback is one more write that cannot succeed (Chroma
            # hangs in it on a full disk). Left: chunks without article records, which readers ignore and
            # the next open/ingest removes (the generation stays "writing").
            finish = False
            raise
        except Exception as e:
            try:
                self.chunks.delete(where={"article_id": {"$in": ids}})
                self.articles.delete(ids=ids)
            except Exception:  # the chunks left are orphans readers ignore; the next ingest removes them
                finish = False  # the token stays "writing", which is what tells the next ingest to look
                log.warning("rollback of articles %s failed; the next ingest removes what is left", ids)
            what = f"article {ids[0]}" if len(ids) == 1 else f"{len(ids)} articles"
            raise StoreError(f"could not store {what} ({e}); nothing of it was kept") from e
        finally:
            if finish:
                self._bump_generation()  # also after a rollback: chunks came and went

    @staticmethod
    def _get_all(col, **kwargs: Any) -> dict[str, list]:
        """`col.get` in pages: Chroma's SQLite backend fails one read of more than about 32k rows
        ("too many SQL variables"), which a 100k-chunk library reaches."""
        out: dict[str, list] = {"ids": [], "metadatas": [], "documents": [], "embeddings": []}
        offset = 0
        while True:
            got = col.get(limit=READ_PAGE, offset=offset, **kwargs)
            for key in out:
                if got.get(key) is not None:
                    out[key].extend(got[key])
            if len(got["ids"]) < READ_PAGE:
                return out
            offset += READ_PAGE

    def _max_batch(self) -> int:
        try:
            return max(1, int(self.client.get_max_batch_size()))
        except Exception:  # older servers do not report it
            return 1000

    @staticmethod
    def _chunk_meta(c: Chunk) -> dict[str, Any]:
        return _clean_meta({
            "article_id": c.article_id, "n": c.n, "start": c.start, "end": c.end, "title": c.title,
            "source": c.source, "source_key": (c.source or "").lower(), "url": c.url,
            "published_at": c.published_at, "published_day": day_number(c.published_at),
        })

    @staticmethod
    def _article_meta(a: Article) -> dict[str, Any]:
        meta = {k: getattr(a, k) for k in _ARTICLE_KEYS}
        meta.update(chunk_count=a.chunk_count, source_key=(a.source or "").lower(),
                    published_day=day_number(a.published_at))
        return _clean_meta(meta)

    def set_story_ids(self, mapping: dict[str, str]) -> None:
        """Record story ids on articles (filled by briefing clustering)."""
        if not mapping:
            return
        ids = list(mapping)
        got = self.articles.get(ids=ids, include=["metadatas"])
        metas = []
        for aid, meta in zip(got["ids"], got["metadatas"]):
            meta = dict(meta)
            meta["story_id"] = mapping[aid]
            metas.append(meta)
        if got["ids"]:
            self.articles.update(ids=got["ids"], metadatas=metas)

    def delete_article(self, article_id: str) -> int:
        """Remove an article and all its chunks; returns the number of chunks removed."""
        if not self.articles.get(ids=[article_id], include=[])["ids"]:
            raise NotFoundError(f"no article with id {article_id!r}; `assistant articles` lists the ids")
        n = len(self.chunks.get(where={"article_id": article_id}, include=[])["ids"])
        try:
            self.chunks.delete(where={"article_id": article_id})
            self.articles.delete(ids=[article_id])
        finally:
            self._bump_generation()
        return n

    def remove_orphan_chunks(self) -> int:
        """Delete chunks whose article record never got written (a run killed mid-article).

        Only when this process owns the store (embedded): on a shared server, chunks without an article
        may belong to another client's write in progress, and readers ignore them anyway.
        """
        if self.remote:
            return 0
        interrupted = self.write_interrupted()
        known = set(self.article_ids())
        got = self._get_all(self.chunks, include=["metadatas"])
        orphans = [cid for cid, m in zip(got["ids"], got["metadatas"]) if m.get("article_id") not in known]
        for i in range(0, len(orphans), 1000):
            self.chunks.delete(ids=orphans[i:i + 1000])
        if orphans or interrupted:
            self._bump_generation()
        return len(orphans)

    # ---- reading -------------------------------------------------------------------------

    def article_ids(self) -> list[str]:
        """Every article id: O(articles), so never on a per-query path."""
        return list(self._get_all(self.articles, include=[])["ids"])

    def present(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these article ids are committed (cost grows with the ids asked, not the store)."""
        ids = list(dict.fromkeys(article_ids))
        return set(self.articles.get(ids=ids, include=[])["ids"]) if ids else set()

    def count_articles(self) -> int:
        return self.articles.count()

    def existing(self, ids: Iterable[str], hashes: Iterable[str]) -> tuple[set[str], set[str]]:
        """Which of these article ids and content hashes are already stored."""
        ids, hashes = list(dict.fromkeys(ids)), list(dict.fromkeys(hashes))
        found_ids = set(self.articles.get(ids=ids, include=[])["ids"]) if ids else set()
        found_hashes: set[str] = set()
        if hashes:
            got = self.articles.get(where={"content_hash": {"$in": hashes}}, include=["metadatas"])
            found_hashes = {m["content_hash"] for m in got["metadatas"]}
        return found_ids, found_hashes

    def count_chunks(self) -> int:
        return self.chunks.count()

    def sources(self) -> list[str]:
        """Distinct outlet names of the stored articles (reads every article's metadata: cache it)."""
        got = self._get_all(self.articles, include=["metadatas"])
        return sorted({m.get("source") for m in got["metadatas"] if m and m.get("source")})

    @staticmethod
    def _article_from(aid: str, meta: dict, body: str) -> Article:
        return Article(
            id=aid, body=body or "", chunk_count=int(meta.get("chunk_count", 0)),
            **{k: meta.get(k) for k in _ARTICLE_KEYS if k != "ingested_at"},
            ingested_at=meta.get("ingested_at", ""),
        )

    def get_article(self, article_id: str) -> Article:
        got = self.articles.get(ids=[article_id], include=["metadatas", "documents"])
        if not got["ids"]:
            raise NotFoundError(f"no article with id {article_id!r}; `assistant articles` lists the ids")
        return self._article_from(got["ids"][0], got["metadatas"][0], got["documents"][0])

    def get_articles(self, ids: list[str] | None = None, where: dict | None = None,
                     with_vectors: bool = False) -> tuple[list[Article], list[list[float]]]:
        include = ["metadatas", "documents"] + (["embeddings"] if with_vectors else [])
        got = self.articles.get(ids=ids, where=where, include=include) if ids is not None \
            else self._get_all(self.articles, where=where, include=include)
        arts = [self._article_from(i, m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])]
        vecs = [list(map(float, v)) for v in got["embeddings"]] if with_vectors else []
        return arts, vecs

    def list_articles(self) -> list[Article]:
        """All articles without bodies, newest first."""
        got = self._get_all(self.articles, include=["metadatas"])
        arts = [self._article_from(i, m, "") for i, m in zip(got["ids"], got["metadatas"])]
        arts.sort(key=lambda a: (a.published_at or a.ingested_at[:10], a.ingested_at), reverse=True)
        return arts

    @staticmethod
    def _chunk_from(cid: str, meta: dict, text: str) -> Chunk:
        return Chunk(
            id=cid, article_id=meta["article_id"], n=int(meta.get("n", 0)), text=text,
            start=int(meta["start"]), end=int(meta["end"]), title=meta.get("title", ""),
            source=meta.get("source"), url=meta.get("url"), published_at=meta.get("published_at"),
        )

    def all_chunks(self) -> list[Chunk]:
        got = self._get_all(self.chunks, include=["metadatas", "documents"])
        return [self._chunk_from(i, m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])]

    def chunks_of(self, article_ids: list[str]) -> list[Chunk]:
        got = self._get_all(self.chunks, where={"article_id": {"$in": list(article_ids)}},
                            include=["metadatas", "documents"])
        out = [self._chunk_from(i, m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])]
        return sorted(out, key=lambda c: (c.article_id, c.n))

    def dense_search(self, vector: list[float], k: int, where: dict | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity (1 - distance), best first."""
        n = self.chunks.count()
        if n == 0:
            return []
        got = self.chunks.query(query_embeddings=[vector], n_results=min(k, n), where=where,
                                include=["metadatas", "documents", "distances"])
        return [(self._chunk_from(i, m, d), 1.0 - float(dist))
                for i, m, d, dist in zip(got["ids"][0], got["metadatas"][0], got["documents"][0],
                                         got["distances"][0])]

    def nearest_articles(self, vector: list[float], k: int) -> list[tuple[str, float]]:
        n = self.articles.count()
        if n == 0:
            return []
        got = self.articles.query(query_embeddings=[vector], n_results=min(k, n), include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0])]
