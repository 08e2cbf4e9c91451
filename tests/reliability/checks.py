"""What "only whole articles" means, checked against a store (shared by the kill and disk tests)."""

from __future__ import annotations

from assistant.library import Library


def assert_whole_articles(lib: Library) -> dict[str, int]:
    """Every stored article has all its chunks, in order, at their offsets, covering its text; no orphans.

    Returns {article id: chunk count}.
    """
    store = lib.store
    articles, _ = store.get_articles()
    by_article: dict[str, list] = {}
    for c in store.all_chunks():
        by_article.setdefault(c.article_id, []).append(c)
    ids = {a.id for a in articles}
    orphans = set(by_article) - ids
    assert not orphans, f"chunks without an article record: {sorted(orphans)[:5]}"
    for a in articles:
        chunks = sorted(by_article.get(a.id, []), key=lambda c: c.n)
        assert a.chunk_count > 0 and len(chunks) == a.chunk_count, (a.id, a.chunk_count, len(chunks))
        assert [c.n for c in chunks] == list(range(a.chunk_count)), a.id
        covered = [False] * len(a.body)
        for c in chunks:
            assert a.body[c.start:c.end] == c.text, (a.id, c.id)
            covered[c.start:c.end] = [True] * (c.end - c.start)
        missing = [i for i, ch in enumerate(a.body) if not ch.isspace() and not covered[i]]
        assert not missing, f"{a.id}: text at {missing[:5]} is in no chunk"
    assert store.count_chunks() == sum(a.chunk_count for a in articles)
    assert len(ids) == len(articles) == store.count_articles()
    return {a.id: a.chunk_count for a in articles}


def assert_bm25_matches(lib: Library, whole: dict[str, int]) -> None:
    """The BM25 index a search uses holds exactly the stored articles' chunks."""
    index, current = lib.searcher.bm25()
    assert current
    assert index.article_ids == set(whole)
    assert len(index.chunks) == sum(whole.values())
    assert {c.article_id for c in index.chunks} == set(whole)
