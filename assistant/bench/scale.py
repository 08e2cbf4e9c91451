"""How cost grows with the corpus: search, warm `ask`, ingest throughput, memory and a day's briefing
at about 1k, 10k and 100k chunks.

    python -m assistant.bench.scale [--sizes 1000,10000,100000] [--cache DIR] [--json]

The corpus is the real news in ../shared/data (CNN/DM and the multi-outlet file) replicated with
distinct ids and lightly varied text: every replica after the first shifts the numbers, swaps the
capitalised names for other names from the same corpus and starts with its own tag sentence, so
content hashes differ and the vectors are near, not equal (many identical vectors would be an
unrealistic worst case for HNSW). Each replica is dated a day later and its CNN/DM part is one busy
day from 60 outlets, so a day's briefing stays the same size while the corpus grows.

Only replica 0 is encoded with MiniLM; later replicas reuse its chunk vectors with a small seeded
perturbation (see `_ReplicaVectors`; `--real-vectors` encodes every chunk, hours at 100k on 2 cores).
The built data dirs are kept under --cache (default `.data/bench-scale` beside the repo) and reused,
so only the first run pays. Each size is measured in its own child process, so resident memory is that
size's alone.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

import numpy as np

from assistant.bench.run import peak_rss_mb
from assistant.retrieval.chunking import chunk_article
from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.indexing import Indexer
from assistant.schema import Article

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"
SOURCES = ("cnndm_articles.jsonl", "multioutlet_dev.jsonl")
DEFAULT_SIZES = (1_000, 10_000, 100_000)
START = date(2026, 1, 5)
OUTLETS = [f"Outlet {i:02d}" for i in range(60)]
INGEST_BATCH = 64  # articles per ingest call while building: small enough to stop near a size
NOISE = 0.0168  # per-dimension sd of the perturbation: cosine to the original about 0.95 in 384 dims
PROBE_ARTICLES = 40  # fresh articles ingested into a copy to time ingest at each size

_NUMBER = re.compile(r"\b\d+\b")
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")


def _base_records() -> list[dict]:
    rows: list[dict] = []
    for name in SOURCES:
        path = SHARED / name
        if not path.exists():
            raise SystemExit(f"benchmark data {path} not found: the scale bench needs ../shared/data beside the repo")
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _stable(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))  # not hash(): it is salted per process


class Replicator:
    """Replica r of every base record: same story, other numbers and names, its own id and date."""

    def __init__(self, base: list[dict]) -> None:
        self.base = base
        self.names = sorted({m for r in base for m in _NAME.findall(r["text"])})

    def _vary(self, text: str, r: int) -> str:
        if r == 0:
            return text
        text = _NUMBER.sub(lambda m: str(int(m.group()) + r) if len(m.group()) < 6 else m.group(), text)
        return _NAME.sub(lambda m: self.names[(_stable(m.group()) + 7919 * r) % len(self.names)], text)

    def record(self, r: int, i: int) -> dict:
        """The i-th base record as replica r tells it."""
        rec = self.base[i]
        if rec.get("published_at"):  # multi-outlet stories keep their spacing, a year later per replica
            day = date.fromisoformat(rec["published_at"][:10]) + timedelta(days=366 * r)
            outlet = rec.get("source") or OUTLETS[i % len(OUTLETS)]
        else:  # CNN/DM is undated: each replica's copy is one busy day from 60 outlets
            day, outlet = START + timedelta(days=r), OUTLETS[i % len(OUTLETS)]
        key = rec.get("id") or rec.get("url") or str(i)
        return {"title": self._vary(rec.get("title") or "", r) or None, "source": outlet,
                "published_at": day.isoformat(), "url": f"https://scale.example/{r}/{_stable(key)}/{i}",
                "text": f"Edition {r} of this report, from {outlet}. {self._vary(rec['text'], r)}"}

    def records(self, r: int) -> Iterator[dict]:
        for i in range(len(self.base)):
            yield self.record(r, i)


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


class _ReplicaVectors(Embedder):
    """MiniLM, except for chunk texts whose vectors were planned: those of replicas after the first.

    Encoding 100k chunks takes hours on 2 shared cores, so only replica 0 is encoded; a later
    replica's i-th chunk of article j gets replica 0's vector for that chunk plus a small seeded
    perturbation (cosine about 0.95, what light rewording does), renormalised. Everything else, the
    chunking, the stored rows, BM25 and every query, is the real pipeline. `--real-vectors` encodes all.
    """

    def __init__(self, model: Embedder) -> None:
        self.model, self.name, self.max_tokens = model, model.name, model.max_tokens
        self.plan: dict[str, list[float]] = {}
        self.seen: dict[str, list[float]] = {}

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self.model.count_tokens(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        todo = [t for t in dict.fromkeys(texts) if t not in self.plan]
        real = dict(zip(todo, self.model.embed_documents(todo))) if todo else {}
        self.seen.update(real)
        return [self.plan[t] if t in self.plan else real[t] for t in texts]


def _chunk_texts(raw, embedder: Embedder, settings) -> list[str]:
    """The chunk texts the indexer will embed for this loaded article (same function, same settings)."""
    art = Article(id="planned", title=raw.title, source=raw.source, url=raw.url, published_at=raw.published_at,
                  ingested_at="", body=raw.body, content_hash="")
    return [c.text for c in chunk_article(art, embedder.count_tokens, settings.chunk_tokens,
                                          settings.chunk_overlap_sentences)]


def _perturbed(base: list[float], seed: int) -> list[float]:
    rng = np.random.default_rng(seed)
    v = np.asarray(base, dtype=np.float32) + rng.normal(0.0, NOISE, len(base)).astype(np.float32)
    return (v / (np.linalg.norm(v) or 1.0)).tolist()


def build(data_dir: Path, until_chunks: int, real_vectors: bool = False) -> dict:
    """Grow `data_dir` until it holds at least `until_chunks` chunks (resumable: ingest skips what is stored)."""
    from assistant.config import Settings
    from assistant.ingest import RawArticle, iter_inputs
    from assistant.library import Library
    from assistant.retrieval.embeddings import MiniLMEmbedder

    settings = Settings(data_dir=data_dir)
    model = MiniLMEmbedder()
    planner = _ReplicaVectors(model)
    lib = Library(settings, embedder=model if real_vectors else planner)
    base_file = data_dir.parent / "replica0-vectors.json"  # beside the dir: a resumed build plans again
    base: dict[str, list[list[float]]] = json.loads(base_file.read_text()) if base_file.exists() else {}
    rep = Replicator(_base_records())
    n = len(rep.base)
    started, embedded, pos = time.perf_counter(), 0, 0
    with tempfile.TemporaryDirectory(prefix="scale-build-") as tmp:
        while lib.store.count_chunks() < until_chunks:
            tags = [divmod(pos + k, n) for k in range(INGEST_BATCH)]
            records = [rep.record(r, j) for r, j in tags]
            pos += INGEST_BATCH
            raws = list(iter_inputs([str(_write_jsonl(Path(tmp) / "batch.jsonl", records))], settings))
            texts = {}
            for (r, j), raw in zip(tags, raws):
                if isinstance(raw, RawArticle):  # not an IngestFailure
                    texts[(r, j)] = _chunk_texts(raw, model, settings)
                    vecs = base.get(str(j))
                    if r > 0 and vecs:
                        for i, t in enumerate(texts[(r, j)]):
                            planner.plan[t] = _perturbed(vecs[min(i, len(vecs) - 1)], r * 1_000_003 + j * 101 + i)
            embedded += Indexer(settings, lib.store, lib.embedder).run(raws).chunks
            for (r, j), ts in texts.items():
                if r == 0 and all(t in planner.seen for t in ts):
                    base[str(j)] = [planner.seen[t] for t in ts]
            planner.plan.clear()
            planner.seen.clear()
            if tags[-1][0] == 0:
                base_file.write_text(json.dumps(base), encoding="utf-8")
    return {"chunks": lib.store.count_chunks(), "articles": lib.store.count_articles(),
            "build_s": time.perf_counter() - started, "embedded_now": embedded,
            "vectors": "real" if real_vectors else "replica 0 real, later replicas perturbed"}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return peak_rss_mb()


def _p50_p95(call, items: list[str]) -> tuple[float, float]:
    """Median and 95th percentile of `call(item)` in milliseconds."""
    from assistant.evals.metrics import percentile

    lat = []
    for item in items:
        t = time.perf_counter()
        call(item)
        lat.append((time.perf_counter() - t) * 1000)
    return percentile(lat, 50), percentile(lat, 95)


def _questions(n: int) -> list[str]:
    from assistant.evals.suite import load_suite

    qs = [q.question for q in load_suite("newsqa/news-dev").questions if not q.history]
    return qs[:n]


def _queries(n: int) -> list[str]:
    """What a reader types into search: the first 5-9 words of article openings."""
    out = []
    for rec in _base_records()[::3]:
        words = rec["text"].split()
        out.append(" ".join(words[:5 + len(out) % 5]))
        if len(out) == n:
            break
    return out


def measure(data_dir: Path, n_queries: int, n_asks: int) -> dict:
    """One size, in this (fresh) process: the figures a user of a library this big would see."""
    from assistant.answer.engine import AnswerEngine
    from assistant.briefing.build import build_briefing
    from assistant.config import Settings
    from assistant.library import Library

    lib = Library(Settings(data_dir=data_dir))
    out: dict = {"chunks": lib.store.count_chunks(), "articles": lib.store.count_articles()}
    t = time.perf_counter()
    lib.search("warm up the model and the keyword index")
    out["first_search_s"] = time.perf_counter() - t  # loads the model, opens Chroma, builds or loads BM25
    out["search_p50_ms"], out["search_p95_ms"] = _p50_p95(lib.search, _queries(n_queries))
    engine = AnswerEngine(lib, provider="extractive")
    engine.ask("warm up: what happened?")
    out["ask_p50_ms"], out["ask_p95_ms"] = _p50_p95(engine.ask, _questions(n_asks))
    out["rss_after_queries_mb"] = _rss_mb()
    day = START.isoformat()  # replica 0's busy day: the same 235 articles at every size
    t = time.perf_counter()
    b = build_briefing(lib, date=day, save=False)
    out["brief_day_s"], out["brief_day_stories"] = time.perf_counter() - t, len(b.stories)
    out["peak_rss_mb"] = peak_rss_mb()
    out.update(_ingest_probe(data_dir))
    return out


def _ingest_probe(data_dir: Path) -> dict:
    """Ingest throughput at this size: fresh articles into a copy of the built dir (the cache stays as is)."""
    from assistant.config import Settings
    from assistant.library import Library

    probe = list(Replicator(_base_records()).records(999))[:PROBE_ARTICLES]
    with tempfile.TemporaryDirectory(prefix="scale-probe-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data_dir, copy)
        lib = Library(Settings(data_dir=copy))
        lib.search("warm up")
        t = time.perf_counter()
        report = lib.ingest([str(_write_jsonl(Path(tmp) / "probe.jsonl", probe))])
        seconds = time.perf_counter() - t
    return {"probe_chunks": report.chunks, "ingest_chunks_per_s": report.chunks / seconds if seconds else 0.0}


def _child(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, "-m", "assistant.bench.scale", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"scale bench step {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def ensure_built(cache: Path, sizes: list[int], real: bool = False) -> dict[int, Path]:
    """A built data dir per size, reused from `cache` when present; built (resumably) when not."""
    work, dirs = cache / "work", {}
    for size in sorted(sizes):
        target = cache / f"chunks-{size}"
        if (target / "BUILT").exists():
            dirs[size] = target
            continue
        print(f"building {size:,} chunks in {work} (first run only; resumable)", file=sys.stderr)
        info = _child(["--build", str(work), "--until", str(size)] + (["--real-vectors"] if real else []))
        print(f"  {info['chunks']:,} chunks, {info['articles']:,} articles, {info['build_s']:.0f} s", file=sys.stderr)
        if target.exists():
            shutil.rmtree(target)
        if size == max(sizes):
            work.rename(target)  # the biggest one is not grown further: move, do not copy
        else:
            shutil.copytree(work, target)
        (target / "BUILT").write_text(json.dumps(info), encoding="utf-8")
        dirs[size] = target
    return dirs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m assistant.bench.scale", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="chunk counts (comma-separated)")
    ap.add_argument("--cache", type=Path, default=REPO / ".data" / "bench-scale", help="where built dirs are kept")
    ap.add_argument("--queries", type=int, default=100, help="search queries per size")
    ap.add_argument("--asks", type=int, default=30, help="`ask` questions per size")
    ap.add_argument("--json", action="store_true", help="one JSON object per size instead of a table")
    ap.add_argument("--build-only", action="store_true", help="build (or find) the cached dirs, measure nothing")
    ap.add_argument("--real-vectors", action="store_true",
                    help="encode every replica with MiniLM when building (hours at 100k on 2 cores)")
    ap.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # child: grow this dir
    ap.add_argument("--until", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # child: measure this dir
    args = ap.parse_args(argv)
    from assistant.config import apply_process_defaults

    apply_process_defaults()
    if args.build:
        print(json.dumps(build(args.build, args.until, args.real_vectors)))
        return 0
    if args.measure:
        print(json.dumps(measure(args.measure, args.queries, args.asks)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    built = ensure_built(args.cache, sizes, args.real_vectors)
    if args.build_only:
        return 0
    for size, path in built.items():
        row = {"size": size, **_child(["--measure", str(path), "--queries", str(args.queries),
                                       "--asks", str(args.asks)])}
        print(json.dumps(row) if args.json else _row(row), flush=True)
    return 0


_COLUMNS = ("chunks", "articles", "search_p50_ms", "search_p95_ms", "ask_p50_ms", "ask_p95_ms",
            "ingest_chunks_per_s", "rss_after_queries_mb", "peak_rss_mb", "brief_day_s")


def _row(row: dict) -> str:
    return "  ".join(f"{k}={row[k]:,.1f}" if isinstance(row[k], float) else f"{k}={row[k]:,}" for k in _COLUMNS)


if __name__ == "__main__":
    raise SystemExit(main())
