"""Hybrid retrieval over embedded Chroma with deterministic fake embeddings (fast, offline)."""

from __future__ import annotations

from assistant.ingest import RawArticle
from assistant.retrieval.search import RRF_K, Filters, HybridSearcher
from assistant.schema import Chunk


def raw(title, body, source=None, date=None, url=None):
    return RawArticle(title=title, body=body, source=source, url=url, published_at=date, origin=title)


def _run(lib, articles):
    from assistant.retrieval.indexing import Indexer

    return Indexer(lib.settings, lib.store, lib.embedder).run(list(articles))


CORPUS = [
    raw("Rocket launchers", "Kim showed 50 rocket launchers of 600mm calibre. The trucks lined up in Pyongyang.",
        "Metro", "2026-02-18"),
    raw("Launchers again", "North Korea presented 50 launchers with a 600mm calibre to the congress.",
        "Bloomberg", "2026-02-19"),
    raw("Football", "The football team won the cup final after extra time. Fans celebrated all night.",
        "BBC", "2026-02-10"),
    raw("Weather", "Heavy snow closed schools across the region on Monday. Roads were icy.",
        "CNN", "2026-01-05"),
]


def test_search_finds_relevant_and_ranks_by_fusion(fake_library):
    _run(fake_library, CORPUS)
    res = fake_library.search("600mm rocket launchers", k=3)
    assert {r.source for r in res[:2]} == {"Metro", "Bloomberg"}
    assert res[0].score >= res[-1].score
    for r in res:
        body = fake_library.article(r.article_id).body
        assert body[r.start:r.end] == r.text


def test_source_and_date_filters(fake_library):
    _run(fake_library, CORPUS)
    only = fake_library.search("launchers", k=5, filters=Filters(source="bloomberg"))
    assert only and {r.source for r in only} == {"Bloomberg"}
    dated = fake_library.search("launchers snow football", k=5, filters=Filters(since="2026-02-01", until="2026-02-18"))
    assert dated and all("2026-02-01" <= r.published_at <= "2026-02-18" for r in dated)


def test_near_identical_passages_from_two_outlets_are_returned_once(fake_library):
    text = "The central bank raised interest rates by half a point to fight inflation on Tuesday."
    _run(fake_library, [raw("A", text, "Reuters"), raw("B", text + " Markets fell.", "AP"), *CORPUS])
    res = fake_library.search("central bank interest rates inflation", k=3)
    assert sum("central bank raised" in r.text for r in res) == 1


def test_bm25_cache_rebuilt_only_when_collection_changes(fake_library):
    _run(fake_library, CORPUS[:2])
    s = fake_library.searcher
    first, _ = s.bm25()
    again, _ = s.bm25()
    assert first is again  # same fingerprint: no rebuild
    _run(fake_library, CORPUS[2:])
    after, _ = s.bm25()
    assert after is not first and len(after.chunks) > len(first.chunks)
    # a fresh process reads the on-disk cache instead of rebuilding from Chroma
    fresh = HybridSearcher(fake_library.store, fake_library.embedder, fake_library.settings.cache_dir)
    fresh.store.all_chunks = lambda: (_ for _ in ()).throw(AssertionError("rebuilt"))
    idx, _ = fresh.bm25()
    assert len(idx.chunks) == len(after.chunks)


def test_rrf_prefers_documents_high_in_both_lists():
    chunks = {n: Chunk(id=n, article_id=n, n=0, text=f"text {n} unique{n}", start=0, end=5) for n in "abc"}
    # 'b' is second in both lists; 'a' first in one and absent in the other
    fused = {}
    for ranked in (["a", "b"], ["c", "b"]):
        for rank, cid in enumerate(ranked):
            fused[cid] = fused.get(cid, 0) + 1 / (RRF_K + rank + 1)
    assert max(fused, key=fused.get) == "b"
    order = sorted(fused, key=lambda c: -fused[c])
    assert HybridSearcher._diverse(order, chunks, 2) == order[:2]


def test_reingest_adds_nothing_and_delete_removes_everywhere(fake_library):
    first = _run(fake_library, CORPUS)
    second = _run(fake_library, CORPUS)
    assert (first.added, second.added, second.skipped) == (4, 0, 4)
    victim = fake_library.search("football cup final", k=1)[0].article_id
    n = fake_library.delete(victim)
    assert n >= 1
    assert all(r.article_id != victim for r in fake_library.search("football cup final", k=5))
    assert victim not in {a.id for a in fake_library.articles()}


def test_failed_write_leaves_no_partial_article(fake_library):
    store = fake_library.store
    real_add = store.articles.add

    def boom(**kw):
        raise RuntimeError("disk full")

    store.articles.add = boom
    report = _run(fake_library, CORPUS[:1])
    store.articles.add = real_add
    assert report.added == 0 and len(report.failed) == 1 and "nothing of it was kept" in report.failed[0].error
    assert store.count_chunks() == 0 and store.article_ids() == []
    assert _run(fake_library, CORPUS[:1]).added == 1  # and it can be retried


def test_orphan_chunks_from_a_killed_run_are_ignored_and_cleaned(fake_library):
    _run(fake_library, CORPUS[:1])
    store = fake_library.store
    store.chunks.add(ids=["ghost:0"], embeddings=[fake_library.embedder.embed_query("600mm launchers")],
                     documents=["600mm launchers ghost"], metadatas=[{"article_id": "ghost", "start": 0, "end": 5}])
    assert all(r.article_id != "ghost" for r in fake_library.search("600mm launchers ghost", k=5))
    assert store.remove_orphan_chunks() == 1


def test_near_duplicate_is_recorded_not_merged(fake_library):
    body = ("The company said on Monday it would cut 2,000 jobs across its European factories as demand "
            "for its vehicles slowed. The chief executive said the decision was painful but necessary. "
            "Unions called a strike for next week.")
    report = _run(fake_library, [raw("Jobs cut", body, "Reuters"),
                                 raw("Jobs cut (AP)", body + " Shares rose 3 percent.", "AP")])
    assert report.added == 2
    assert len(report.near_duplicates) == 1
    dup = report.near_duplicates[0]
    assert fake_library.article(dup["article_id"]).near_duplicate_of == dup["duplicate_of"]


def test_whole_collection_reads_come_in_pages(fake_library, monkeypatch):
    # Chroma's SQLite backend fails a single read of more than ~32k rows; every whole-collection
    # read must page. A tiny page size shows the pages join up exactly.
    import assistant.retrieval.store as store_module

    _run(fake_library, CORPUS)
    store = fake_library.store
    whole = (sorted(store.article_ids()), sorted(c.id for c in store.all_chunks()), len(store.list_articles()))
    monkeypatch.setattr(store_module, "READ_PAGE", 2)
    calls = []
    real_get = store.chunks.get
    monkeypatch.setattr(store.chunks, "get", lambda **kw: calls.append(kw.get("limit")) or real_get(**kw))
    paged = (sorted(store.article_ids()), sorted(c.id for c in store.all_chunks()), len(store.list_articles()))
    assert paged == whole and len(whole[1]) > 2
    assert len(calls) > len(whole[1]) // 2 and set(calls) == {2}  # every read of the chunks paged
    assert len(store.get_articles()[0]) == len(whole[0]) and store.remove_orphan_chunks() == 0


def test_near_copy_from_another_outlet_with_a_swapped_value_is_kept(fake_library):
    # Wire copies are deduplicated, but one that names another place is a disagreement the answer
    # must see, so both copies come back.
    text = "Police said the fire started in a warehouse in Hamburg late on Tuesday night after a storm."
    _run(fake_library, [raw("A", text, "Reuters"), raw("B", text.replace("Hamburg", "Bremen"), "AP"), *CORPUS])
    res = fake_library.search("where did the warehouse fire start", k=3)
    assert sum("warehouse" in r.text for r in res) == 2
    assert {r.source for r in res if "warehouse" in r.text} == {"Reuters", "AP"}


def test_a_value_swapped_throughout_a_copy_still_keeps_both_copies(fake_library):
    # A counterfactual copy changes the name everywhere it occurs (capitalised, lower-cased, in a
    # hashtag): many differences, but one swap, so the copy still disagrees and stays.
    text = ("Champion Ronda Rousey visited the camp on Monday. Rousey said she backs him. "
            "Fans cheered as Rousey arrived, and #RondaRousey trended after the visit to the camp. "
            "The visit was short, but Rousey promised to come back before the fight.")
    _run(fake_library, [raw("A", text, "Reuters"),
                        raw("B", text.replace("Ronda Rousey", "Miesha Tate").replace("Rousey", "Tate")
                            .replace("RondaTate", "MieshaTate"), "AP"), *CORPUS])
    res = fake_library.search("which champion visited the camp", k=3)
    assert {r.source for r in res if "visited the camp" in r.text} == {"Reuters", "AP"}
