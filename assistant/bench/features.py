"""Extra `make bench` sections (called by assistant.bench.run after its ingest and search figures).

Each section is `section(lib, data_path, tmpdir) -> dict[str, float | int]`:

- `baseline_vs_ours`: a plain LangChain pipeline built here (recursive character splitter, 1000
  characters with 200 overlap, the same MiniLM, langchain_chroma.Chroma, similarity top-k) against
  our ingest on the same articles: ingestion time and chunks/s for both, their ratio, and retrieval
  hit@5 on the cnndm suite's questions for both.
- `ask_latency`: warm `ask` latency (extractive) over 50 questions on the cnndm corpus plus the
  seeds, and the wall time of a cold `assistant ask` in a fresh interpreter against that data dir.

Times are printed, never asserted: the ratios measured in one run are what carry over.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.config import Settings, environment_with
from assistant.errors import ConfigError
from assistant.evals.metrics import hit_at_k, mrr_at_k, percentile
from assistant.evals.runner import Corpus, ingest_corpus
from assistant.evals.suite import load_suite
from assistant.library import Library

CHUNK_CHARS, CHUNK_OVERLAP, TOP_K = 1000, 200, 5
ASK_QUESTIONS = 50
COLD_RUNS = 3

_state: dict = {}  # the fresh library and corpus map, shared by both sections of one bench run


# ---- the baseline's splitter ------------------------------------------------------------------------------


BENCH_EXTRA = "the LangChain baseline needs the bench extra: pip install -e '.[bench]' (make bench does)"


def make_splitter():
    """LangChain's own RecursiveCharacterTextSplitter: the baseline is plain LangChain, nothing of ours."""
    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError as e:
        raise ConfigError(BENCH_EXTRA) from e

    return RecursiveCharacterTextSplitter(chunk_size=CHUNK_CHARS, chunk_overlap=CHUNK_OVERLAP).split_text


# ---- shared preparation -----------------------------------------------------------------------------------


def _records(data_path: Path) -> list[tuple[str, str]]:
    out = []
    for n, line in enumerate(data_path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            rec = json.loads(line)
            text = next((rec[k] for k in ("text", "body", "content") if isinstance(rec.get(k), str)), "")
            out.append((str(rec.get("id", f"line-{n}")), text))
    return out


def _ours(lib: Library, data_path: Path, tmpdir: Path) -> tuple[Library, Corpus, float]:
    """A fresh library ingesting data_path through our pipeline (timed), with record keys mapped to ids."""
    if "ours" not in _state:
        fresh = Library(Settings(data_dir=tmpdir / "features-ours"), embedder=lib.embedder)
        t = time.perf_counter()
        corpus = ingest_corpus(fresh, [data_path])
        _state["ours"] = (fresh, corpus, time.perf_counter() - t)
    return _state["ours"]


def _retrieval_questions() -> list[tuple[str, list[str]]]:
    """(question, expected record ids) for the cnndm suite's standalone answerable questions."""
    suite = load_suite("cnndm")
    return [(q.question, [s.key for s in q.sources if s.key]) for q in suite.questions
            if q.answerable and not q.history and q.sources]


# ---- section 1: plain LangChain baseline vs ours -----------------------------------------------------------


def baseline_vs_ours(lib: Library, data_path: Path, tmpdir: Path) -> dict[str, float | int]:
    split = make_splitter()
    try:
        from langchain_chroma import Chroma
    except ImportError as e:
        raise ConfigError(BENCH_EXTRA) from e

    records = _records(data_path)
    t = time.perf_counter()
    texts, metas = [], []
    for rid, body in records:
        for piece in split(body):
            texts.append(piece)
            metas.append({"record_id": rid})
    store = Chroma(collection_name="baseline", embedding_function=lib.embedder,
                   persist_directory=str(tmpdir / "features-baseline"))
    store.add_texts(texts, metadatas=metas)
    base_s = time.perf_counter() - t

    fresh, corpus, ours_s = _ours(lib, data_path, tmpdir)
    ours_chunks = fresh.store.count_chunks()
    out: dict[str, float | int] = {
        "baseline_ingest_s": base_s, "baseline_chunks": len(texts), "baseline_chunks_per_s": len(texts) / base_s,
        "ours_ingest_s": ours_s, "ours_chunks": ours_chunks, "ours_chunks_per_s": ours_chunks / ours_s,
        "ingest_time_ours_vs_baseline": ours_s / base_s,
        "chunks_per_s_ours_vs_baseline": (ours_chunks / ours_s) / (len(texts) / base_s),
    }
    questions = [(q, keys) for q, keys in _retrieval_questions() if all(k in corpus.keys for k in keys)]
    if questions:  # the default bench data holds the cnndm slice; other --data files may not
        scores: dict[str, list[float]] = {k: [] for k in ("b1", "b5", "bm", "o1", "o5", "om")}
        for q, keys in questions:
            base = [d.metadata.get("record_id") for d in store.similarity_search(q, k=10)]
            expected = set().union(*(corpus.keys[k] for k in keys))
            ours = [r.article_id for r in fresh.search(q, 10)]
            for tag, ranked, want in (("b", base, set(keys)), ("o", ours, expected)):
                scores[tag + "1"].append(hit_at_k(ranked, want, 1))
                scores[tag + "5"].append(hit_at_k(ranked, want, TOP_K))
                scores[tag + "m"].append(mrr_at_k(ranked, want, 10))
        mean = {k: statistics.mean(v) for k, v in scores.items()}
        out.update({"retrieval_questions": len(questions),
                    "baseline_hit_at_1": mean["b1"], "baseline_hit_at_5": mean["b5"], "baseline_mrr_at_10": mean["bm"],
                    "ours_hit_at_1": mean["o1"], "ours_hit_at_5": mean["o5"], "ours_mrr_at_10": mean["om"]})
    return out


# ---- section 2: ask latency -----------------------------------------------------------------------------------


def _ask_questions() -> list[tuple[str, list[tuple[str, str]]]]:
    qs = [(q.question, q.history) for q in load_suite("cnndm").questions]
    seeds = [(q.question, q.history) for q in load_suite("seeds").questions]
    n_seeds = min(len(seeds), ASK_QUESTIONS // 3)
    return (qs[:ASK_QUESTIONS - n_seeds] + seeds[:n_seeds])[:ASK_QUESTIONS]


def ask_latency(lib: Library, data_path: Path, tmpdir: Path) -> dict[str, float | int]:
    from assistant.answer.engine import AnswerEngine

    fresh, _corpus, _ = _ours(lib, data_path, tmpdir)
    seeds = load_suite("seeds").corpus
    fresh.ingest([str(p) for p in seeds])
    engine = AnswerEngine(fresh, provider="extractive")
    engine.ask("warm up: how many rocket launchers were presented?")
    lat = []
    for question, history in _ask_questions():
        t = time.perf_counter()
        engine.ask(question, history=history or None)
        lat.append((time.perf_counter() - t) * 1000)
    p50 = percentile(lat, 50)
    out: dict[str, float | int] = {"ask_questions": len(lat), "ask_p50_ms": p50, "ask_p95_ms": percentile(lat, 95)}
    # The embedded store is one process's at a time: let the fresh interpreter open it.
    fresh.close()
    env = environment_with(ASSISTANT_DATA_DIR=str(fresh.settings.data_dir), ASSISTANT_LLM="extractive",
                           HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    cold = []
    for _ in range(COLD_RUNS):
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "assistant", "ask", "How many launchers were presented?",
                               "--json"], env=env, capture_output=True, text=True, timeout=300)
        cold.append(time.perf_counter() - t)
        if proc.returncode != 0:
            print(f"cold ask failed ({proc.returncode}): {proc.stderr.strip()[-300:]}", file=sys.stderr)
            out["cold_ask_failed"] = 1
            break
    out["cold_ask_s"] = statistics.median(cold)
    out["cold_ask_vs_warm_p50"] = out["cold_ask_s"] * 1000 / p50 if p50 else 0.0
    return out


SECTIONS = [baseline_vs_ours, ask_latency]


def briefing_day(lib: Library, data_path: Path, tmpdir: Path) -> dict[str, float | int]:
    """A busy day: 500 articles from 60 outlets briefed warm (target <= 10 s) and peak memory (<= 2 GB)."""
    from assistant.bench.brief import run_day

    r = run_day(500, 60, lib.settings.embeddings, tmpdir / "brief-day", data_path)
    return {"brief_day_articles": r["articles"], "brief_day_stories": r["stories"],
            "brief_day_warm_s": r["brief_warm_seconds"], "brief_day_peak_rss_mb": r["peak_rss_mb"]}


SECTIONS.append(briefing_day)
