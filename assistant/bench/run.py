"""`make bench`: ingestion, re-ingest and search figures on real news text, printed side by side.

Timings are printed, never asserted: these machines are shared and noisy, so the figures that
matter are ratios measured in one run (ingest vs raw encode of the same chunks, re-ingest vs ingest).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from assistant.config import Settings
from assistant.evals.metrics import percentile
from assistant.library import Library
from assistant.retrieval.embeddings import MiniLMEmbedder
from assistant.text.sentences import split_sentences

# assistant/bench/run.py -> the repo is parents[2]; the shared data sits beside the repo.
DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cnndm_articles.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sample_queries(path: Path, n: int) -> list[str]:
    """Queries a reader might type: the first 6-10 words of an article's opening sentence."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line).get("text", "")
        first = split_sentences(text)[:1]
        if first:
            words = first[0].split()
            out.append(" ".join(words[: 6 + len(out) % 5]))
        if len(out) == n:
            break
    return out


def bench_ingest(data: Path, embedder: MiniLMEmbedder, workdir: Path) -> tuple[Library, dict]:
    lib = Library(Settings(data_dir=workdir / "data"), embedder=embedder)
    t = time.perf_counter()
    report = lib.ingest([str(data)])
    ingest_s = time.perf_counter() - t
    texts = [c.text for c in lib.store.all_chunks()]
    t = time.perf_counter()
    embedder.embed_documents(texts)
    encode_s = time.perf_counter() - t
    t = time.perf_counter()
    again = lib.ingest([str(data)])
    reingest_s = time.perf_counter() - t
    assert again.added == 0, "re-ingest added articles: dedup is broken"
    return lib, {
        "articles": report.added, "chunks": report.chunks, "ingest_s": ingest_s,
        "chunks_per_s": report.chunks / ingest_s, "raw_encode_s": encode_s,
        "raw_chunks_per_s": len(texts) / encode_s, "ingest_vs_encode": ingest_s / encode_s,
        "reingest_s": reingest_s, "reingest_speedup": ingest_s / reingest_s,
    }


def bench_search(lib: Library, queries: list[str]) -> dict:
    lib.search(queries[0], k=5)  # warm: BM25 index built and cached, model loaded
    lat = []
    for q in queries:
        t = time.perf_counter()
        lib.search(q, k=5)
        lat.append((time.perf_counter() - t) * 1000)
    return {"search_p50_ms": percentile(lat, 50), "search_p95_ms": percentile(lat, 95), "queries": len(queries)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m assistant.bench.run", description=__doc__)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL of articles (default: shared cnndm)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"benchmark data {args.data} not found; pass --data FILE.jsonl", file=sys.stderr)
        return 2
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as tmp:
        t = time.perf_counter()
        embedder = MiniLMEmbedder()
        embedder.embed_query("load")
        figures["model_load_s"] = time.perf_counter() - t
        lib, ingest = bench_ingest(args.data, embedder, Path(tmp))
        figures.update(ingest)
        figures.update(bench_search(lib, sample_queries(args.data, 100)))
        for extra in _extra_sections():
            figures.update(extra(lib, args.data, Path(tmp)))
        figures["peak_rss_mb"] = peak_rss_mb()
    if args.json:
        print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}))
    else:
        print_table(figures)
    return 0


def _extra_sections() -> list:
    """Sections contributed by feature modules (ask latency, baseline comparison, briefing)."""
    try:
        from assistant.bench.features import SECTIONS
    except ImportError:
        return []
    return list(SECTIONS)


TARGETS = {
    "ingest_vs_encode": ("<=", 1.25), "reingest_speedup": (">=", 20.0), "search_p50_ms": ("<", 50.0),
    "ask_p50_ms": ("<", 150.0), "brief_day_warm_s": ("<=", 10.0), "brief_day_peak_rss_mb": ("<=", 2048.0),
}


def print_table(figures: dict) -> None:
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        note = ""
        if key in TARGETS:
            op, goal = TARGETS[key]
            ok = {"<=": value <= goal, ">=": value >= goal, "<": value < goal}[op]
            note = f"   target {op} {goal}  {'met' if ok else 'NOT MET'}"
        print(f"{key:<{width}}  {shown:>12}{note}")


if __name__ == "__main__":
    raise SystemExit(main())
