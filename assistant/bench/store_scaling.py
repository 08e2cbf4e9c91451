"""Per-query store work as the library grows: listing every article id (the old check) vs the generation token.

    python -m assistant.bench.store_scaling        (fake embeddings, a temporary data dir; about a minute)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from assistant.config import Settings
from assistant.ingest import RawArticle
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.retrieval.indexing import Indexer

SIZES = (200, 1000, 4000)


def _ms(fn: Callable[[], object], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds * 1000


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Settings(data_dir=Path(tmp) / "data"), embedder=FakeEmbedder())
        done = 0
        print("| articles | list every id (before) ms | generation token ms | whole search ms |")
        print("|---|---|---|---|")
        for n in SIZES:
            arts = [RawArticle(title=f"Story {i}", body=f"Story number {i} about topic {i % 37} happened on "
                               f"day {i % 28}. More words {i * 7}.", source="Wire", url=None,
                               published_at="2026-02-10", origin=str(i)) for i in range(done, n)]
            Indexer(lib.settings, lib.store, lib.embedder).run(arts)
            done = n
            lib.search("topic 5")  # the first search after a change rebuilds BM25; not what we time
            print(f"| {n} | {_ms(lib.store.article_ids, 50):.2f} | {_ms(lib.store.generation, 50):.2f} | "
                  f"{_ms(lambda: lib.search('topic 5 day 3'), 20):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
