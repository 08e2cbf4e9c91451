"""SIGKILL in the middle of a real `assistant ingest` of 80 CNN/DM articles (MiniLM, embedded Chroma).

What must hold after the kill: only whole articles (every chunk, in order, covering the text; no
orphans), a BM25 index that matches the store even though one was cached before the run, and a re-run
that finishes the rest, skipping what was done, with no duplicates. A second part covers the write
that dies half way (chunks written, no article record, the generation left "writing"), which a kill
only hits by luck.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import pytest

from assistant.config import Settings
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.retrieval.store import WRITING_PREFIX

from .checks import assert_bm25_matches, assert_whole_articles
from .procs import cli, cnndm_slice, env_for

WAIT = 300.0  # model load and the first batch on a loaded 2-core machine; a limit, not a timing


@pytest.mark.integration
def test_sigkill_mid_ingest_leaves_whole_articles_and_a_rerun_finishes(tmp_path, minilm, seeds_dir):
    data = tmp_path / "data"
    records = cnndm_slice(tmp_path / "cnndm80.jsonl", 80)
    settings = Settings(data_dir=data)
    before = Library(settings, embedder=minilm)
    assert before.ingest([str(seeds_dir)]).added == 2
    assert before.search("rocket launchers", k=2)  # a BM25 index is now cached on disk for this state
    assert any((data / "cache" / "bm25").iterdir())
    before.close()

    env = env_for(data)
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "-v", "ingest", str(records), "--json"],
                            env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[str] = []
    deadline = time.monotonic() + WAIT
    try:
        # Kill as soon as the process says it committed its first batch: some articles are in, most are not.
        for line in proc.stderr:
            seen.append(line)
            if "committed" in line or time.monotonic() > deadline:
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert any("committed" in s for s in seen), "".join(seen[-30:])

    lib = Library(settings, embedder=minilm)
    whole = assert_whole_articles(lib)
    done = len(whole) - 2
    assert 0 < done < 80, f"the kill should land mid-run, but {done} of 80 articles were stored"
    assert_bm25_matches(lib, whole)
    lib.close()

    rerun = cli(["ingest", str(records), "--json"], env, tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["skipped"] == done and report["added"] == 80 - done and report["failed"] == []

    lib = Library(settings, embedder=minilm)
    whole = assert_whole_articles(lib)
    assert len(whole) == 82
    assert_bm25_matches(lib, whole)
    again = lib.ingest([str(records)])
    assert again.added == 0 and again.skipped == 80
    lib.close()


def test_a_write_that_died_half_way_is_invisible_and_cleaned_by_the_next_run(tmp_path, seeds_dir):
    """Chunks stored, article record not, generation left "writing": what a kill inside add_articles leaves."""
    settings = Settings(data_dir=tmp_path / "data", embeddings="fake")
    lib = Library(settings, embedder=FakeEmbedder())
    assert lib.ingest([str(seeds_dir)]).added == 2
    whole = assert_whole_articles(lib)
    store = lib.store
    store._bump_generation(writing=True)  # noqa: SLF001 - reproducing a dead writer's state exactly
    store.chunks.add(ids=["deadbeef:0", "deadbeef:1"], embeddings=FakeEmbedder().embed_documents(["a b", "c d"]),
                     documents=["a b", "c d"], metadatas=[{"article_id": "deadbeef", "n": 0, "start": 0, "end": 3},
                                                           {"article_id": "deadbeef", "n": 1, "start": 4, "end": 7}])
    assert store.write_interrupted()
    # readers: the orphan chunks never come back, and the index built now is not saved as the store's state
    index, _ = lib.searcher.bm25()
    assert index.article_ids == set(whole) and all(c.article_id != "deadbeef" for c in index.chunks)
    assert all(h.article_id != "deadbeef" for h in lib.search("a b c d", k=10))
    folder = settings.cache_dir / "bm25"
    cached = {p.name for p in folder.iterdir()} if folder.exists() else set()
    assert not any(WRITING_PREFIX in name for name in cached)
    # the next run removes the leftovers and closes the interrupted write
    report = lib.ingest([str(seeds_dir)])
    assert report.added == 0 and report.skipped == 2
    assert not store.write_interrupted()
    assert assert_whole_articles(lib) == whole
    lib.close()
