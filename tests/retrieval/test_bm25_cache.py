"""The BM25 cache: no pickle, atomic unique saves, old index served during a rebuild, O(1) per query."""

from __future__ import annotations

import pickle
import threading

from assistant.ingest import RawArticle
from assistant.retrieval.bm25 import TMP_PREFIX, Bm25Cache
from assistant.retrieval.indexing import Indexer
from assistant.retrieval.search import HybridSearcher

GUARD = 60  # seconds; only stops a broken implementation from hanging the suite, never a speed check


def raw(title: str, body: str, source: str = "Metro") -> RawArticle:
    return RawArticle(title=title, body=body, source=source, url=None, published_at="2026-02-18", origin=title)


LAUNCHERS = raw("Launchers", "Kim showed 50 rocket launchers of 600mm calibre in Pyongyang.")
SNOW = raw("Snow", "Heavy snow closed schools across the region on Monday.", "CNN")
FOOTBALL = raw("Football", "The football team won the cup final after extra time.", "BBC")


def ingest(lib, *arts: RawArticle) -> None:
    Indexer(lib.settings, lib.store, lib.embedder).run(list(arts))


def test_cache_on_disk_is_bm25s_arrays_and_json_never_a_pickle(fake_library):
    ingest(fake_library, LAUNCHERS, SNOW)
    fake_library.search("launchers")
    folder = fake_library.settings.cache_dir / "bm25"
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files and {p.suffix for p in files} <= {".npy", ".json"}
    for p in files:
        assert not p.read_bytes().startswith(b"\x80")  # the pickle protocol-2+ opcode


def test_planted_pickle_is_never_loaded(fake_library, monkeypatch):
    ingest(fake_library, LAUNCHERS)
    folder = fake_library.settings.cache_dir / "bm25"
    folder.mkdir(parents=True)
    generation = fake_library.store.generation()
    (folder / f"{generation}.pkl").write_bytes(pickle.dumps(object()))  # where the old code looked
    monkeypatch.setattr(pickle, "loads", lambda *a, **k: (_ for _ in ()).throw(AssertionError("unpickled")))
    monkeypatch.setattr(pickle, "load", lambda *a, **k: (_ for _ in ()).throw(AssertionError("unpickled")))
    assert fake_library.search("600mm launchers")[0].title == "Launchers"
    assert not list(folder.glob("*.pkl"))  # and the stray file is pruned


def test_damaged_cache_is_rebuilt_not_trusted(fake_library):
    ingest(fake_library, LAUNCHERS, SNOW)
    fake_library.search("launchers")
    (npy,) = [p for p in (fake_library.settings.cache_dir / "bm25").rglob("data*.npy")]
    npy.write_bytes(b"garbage")
    fresh = HybridSearcher(fake_library.store, fake_library.embedder, fake_library.settings.cache_dir)
    assert fresh.search("heavy snow schools", k=1)[0].title == "Snow"


def test_saves_go_through_unique_temporary_folders_and_leave_none_behind(fake_library, monkeypatch):
    ingest(fake_library, LAUNCHERS)
    folder = fake_library.settings.cache_dir / "bm25"
    folder.mkdir(parents=True)
    (folder / f"{TMP_PREFIX}dead-writer").mkdir()  # a writer killed mid-save, just now
    seen: list[str] = []
    import assistant.retrieval.bm25 as bm25_module

    real_mkdtemp = bm25_module.tempfile.mkdtemp
    monkeypatch.setattr(bm25_module.tempfile, "mkdtemp",
                        lambda **kw: seen.append(real_mkdtemp(**kw)) or seen[-1])
    # two "processes" building and saving the same generation: both succeed, one copy stays
    a, b = Bm25Cache(fake_library.settings.cache_dir), Bm25Cache(fake_library.settings.cache_dir)
    a._current = b._current = None
    index_a, _ = a.get(fake_library.store)
    (folder / f"g-{index_a.generation}").rename(folder / "moved-away")  # b must save too
    index_b, _ = b.get(fake_library.store)
    assert len(seen) == 2 and seen[0] != seen[1]
    names = {p.name for p in folder.iterdir()}
    assert names == {f"g-{index_b.generation}", f"{TMP_PREFIX}dead-writer"}  # young temp kept, old index pruned


class GatedStore:
    """The real store whose full chunk read blocks until the test opens a gate."""

    def __init__(self, store) -> None:
        self._store = store
        self.entered = threading.Event()
        self.gate = threading.Event()

    def __getattr__(self, name):
        return getattr(self._store, name)

    def all_chunks(self):
        self.entered.set()
        assert self.gate.wait(GUARD)
        return self._store.all_chunks()


def test_rebuild_does_not_stall_concurrent_searches(fake_library):
    ingest(fake_library, LAUNCHERS, SNOW)
    gated = GatedStore(fake_library.store)
    searcher = HybridSearcher(gated, fake_library.embedder, fake_library.settings.cache_dir)
    gated.gate.set()
    old, _ = searcher.bm25()
    ingest(fake_library, FOOTBALL)  # the store changes: the next search rebuilds
    gated.gate.clear()
    gated.entered.clear()
    builder_result = {}
    builder = threading.Thread(target=lambda: builder_result.update(index=searcher.bm25()[0]))
    builder.start()
    assert gated.entered.wait(GUARD)  # the builder is now inside the rebuild
    # meanwhile another search is served from the old index, and still sees the new article by
    # its dense hit (checked by id against the store)
    served, current = searcher.bm25()
    assert served is old and not current
    hits = searcher.search("football cup final extra time", k=3)
    assert hits and hits[0].title == "Football"
    gated.gate.set()
    builder.join(GUARD)
    assert not builder.is_alive()
    new, current = searcher.bm25()
    assert new is builder_result["index"] and current and len(new.chunks) > len(old.chunks)


def test_stale_index_never_returns_a_deleted_article(fake_library):
    ingest(fake_library, LAUNCHERS, SNOW)
    searcher = fake_library.searcher
    old, _ = searcher.bm25()
    victim = fake_library.search("heavy snow schools", k=1)[0].article_id
    fake_library.delete(victim)
    searcher._bm25._builder.acquire()  # pretend another thread is rebuilding
    try:
        served, current = searcher.bm25()
        assert served is old and not current
        assert all(r.article_id != victim for r in searcher.search("heavy snow schools", k=3))
    finally:
        searcher._bm25._builder.release()


class CountingCollection:
    """Records every read of the articles collection."""

    def __init__(self, col) -> None:
        self._col = col
        self.reads: list[dict] = []

    def __getattr__(self, name):
        return getattr(self._col, name)

    def get(self, *args, **kwargs):
        self.reads.append(kwargs)
        return self._col.get(*args, **kwargs)


def test_a_search_never_lists_every_article(fake_library):
    ingest(fake_library, LAUNCHERS, SNOW, FOOTBALL)
    store = fake_library.store
    fake_library.search("launchers")  # the first search after a change builds the index
    spy = CountingCollection(store.articles)
    store.articles = spy
    for q in ("600mm launchers", "snow", "cup final", "nothing matches this zebra"):
        assert fake_library.search(q, k=3) is not None
    full_scans = [kw for kw in spy.reads if kw.get("ids") is None and kw.get("where") is None]
    assert full_scans == [] and spy.reads == []  # a current index knows every hit's article


def test_generation_changes_on_every_kind_of_write(fake_library):
    store = fake_library.store
    seen = {store.generation()}
    ingest(fake_library, LAUNCHERS)
    seen.add(store.generation())
    assert store.generation() in seen and len(seen) == 2  # reading does not change it
    fake_library.delete(fake_library.articles()[0].id)
    seen.add(store.generation())
    store.chunks.add(ids=["ghost:0"], embeddings=[fake_library.embedder.embed_query("x")],
                     documents=["ghost"], metadatas=[{"article_id": "ghost", "start": 0, "end": 5}])
    assert store.remove_orphan_chunks() == 1
    seen.add(store.generation())
    assert len(seen) == 4


def test_store_without_a_generation_gets_one_and_keeps_it_across_processes(fake_library):
    from assistant.retrieval.store import GENERATION_KEY, Store

    ingest(fake_library, LAUNCHERS)
    store = fake_library.store
    meta = {k: v for k, v in store.articles.metadata.items() if k != GENERATION_KEY}
    store.articles.modify(metadata=meta)  # as written by an older version
    reopened = Store(fake_library.settings, fake_library.embedder.name)
    token = reopened.generation()
    assert token and not token.startswith("ids-")
    assert Store(fake_library.settings, fake_library.embedder.name).generation() == token
