"""Briefing at scale: replicate the CNN/DM benchmark articles to 1,000+ and time `build_briefing`.

    python -m assistant.bench.brief [--articles 1000] [--embeddings minilm|fake] [--data-dir DIR]
    python -m assistant.bench.brief --day [--articles 500] [--outlets 60]   # one busy day of real multi-outlet events

Each replica gets its own date, outlet and URL, and a leading tag sentence so its content hash
differs (dedup would otherwise skip it as already stored).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from datetime import date, timedelta
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

OUTLETS = ["Reuters", "AP", "BBC", "Guardian", "CNN", "Bloomberg", "Metro"]
START = date(2026, 3, 1)


def default_source() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cnndm_articles.jsonl"  # repo/../shared


def write_replicas(source: Path, out: Path, n_articles: int) -> int:
    """Write at least `n_articles` replicated records to `out` (JSONL); returns how many."""
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    copies = max(1, math.ceil(n_articles / len(base)))
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for r in range(copies):
            day = (START + timedelta(days=r)).isoformat()
            for i, rec in enumerate(base):
                outlet = OUTLETS[(i + r) % len(OUTLETS)]
                text = f"Replica {r} filed by {outlet} on {day}. {rec['text']}"
                f.write(json.dumps({"text": text, "source": outlet, "published_at": day,
                                    "url": f"https://bench.example/{r}/{rec['id']}"}) + "\n")
                n += 1
    return n


def write_day(source: Path, out: Path, n_articles: int, outlets: int) -> int:
    """One busy day: the real multi-outlet events (each told by 3-5 outlets in their own words) beside
    `source`, topped up with CNN/DM stories told once, all dated the same day; CNN/DM stories are
    given the multi-outlet file's outlet names (at most `outlets` of them)."""
    day = START.isoformat()
    multi = source.parent / "multioutlet_dev.jsonl"
    rows = [json.loads(line) for line in multi.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if multi.exists() else []
    rows += [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = sorted({r["source"] for r in rows if r.get("source")}) or [f"Outlet {k:02d}" for k in range(outlets)]
    names = names[:outlets]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n_articles):
            rec = rows[i % len(rows)]
            copy = i // len(rows)  # past the end of the data: a second telling, marked as such
            outlet = rec.get("source") if rec.get("source") in names else names[i % len(names)]
            text = rec["text"] if copy == 0 else f"Filed again by {outlet}. {rec['text']}"
            f.write(json.dumps({"title": rec.get("title"), "text": text, "source": outlet, "published_at": day,
                                "url": f"https://bench.example/day/{i}"}) + "\n")
    return n_articles


@contextmanager
def _bench_dir(data_dir: Path | None, prefix: str) -> Iterator[Path]:
    """The given data dir (kept, so a built library can be reused), else a temporary one removed after."""
    if data_dir is not None:
        yield Path(data_dir)
        return
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        yield Path(tmp)


def run_day(n_articles: int = 500, outlets: int = 60, embeddings: str = "minilm", data_dir: Path | None = None,
            source: Path | None = None) -> dict:
    """Ingest one busy day, brief it once (cold: models load) and again (warm); peak RSS of the process."""
    import resource

    from assistant.briefing.build import build_briefing
    from assistant.config import Settings
    from assistant.library import Library

    with _bench_dir(data_dir, "brief-day-bench-") as data_dir:
        lib = Library(Settings(data_dir=data_dir, embeddings=embeddings))
        records = Path(data_dir) / "day.jsonl"
        write_day(source or default_source(), records, n_articles, outlets)
        lib.ingest([str(records)], progress=sys.stderr.isatty())
        t0 = time.perf_counter()
        build_briefing(lib, date=START.isoformat(), save=False)
        cold = time.perf_counter() - t0
        t1 = time.perf_counter()
        b = build_briefing(lib, date=START.isoformat(), save=False)
        warm = time.perf_counter() - t1
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
        return {"articles": len(lib.store.article_ids()), "outlets": outlets, "stories": len(b.stories),
                "brief_cold_seconds": round(cold, 2), "brief_warm_seconds": round(warm, 2),
                "peak_rss_mb": round(peak_mb), "embeddings": embeddings, "targets": "warm <= 10 s, <= 2048 MB"}


def run(n_articles: int = 1000, embeddings: str = "minilm", data_dir: Path | None = None,
        source: Path | None = None) -> dict:
    """Ingest the replicas into a fresh data dir (or reuse one) and time one briefing over all of them."""
    from assistant.briefing.build import build_briefing
    from assistant.config import Settings
    from assistant.library import Library

    with _bench_dir(data_dir, "brief-bench-") as data_dir:
        lib = Library(Settings(data_dir=data_dir, embeddings=embeddings))
        records = Path(data_dir) / "replicas.jsonl"
        written = write_replicas(source or default_source(), records, n_articles)
        t0 = time.perf_counter()
        report = lib.ingest([str(records)], progress=sys.stderr.isatty())
        ingest_s = time.perf_counter() - t0
        stored = lib.store.count_articles()
        days = math.ceil(written / 235)
        t1 = time.perf_counter()
        b = build_briefing(lib, since=START.isoformat(), until=(START + timedelta(days=days - 1)).isoformat(),
                           progress=sys.stderr.isatty(), save=False)
        brief_s = time.perf_counter() - t1
        return {"articles": stored, "added": report.added, "ingest_seconds": round(ingest_s, 1),
                "briefing_seconds": round(brief_s, 2), "stories": len(b.stories), "embeddings": embeddings}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assistant.bench.brief", description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=None, help="default 1000, or 500 with --day")
    p.add_argument("--day", action="store_true", help="one day of articles from --outlets outlets")
    p.add_argument("--outlets", type=int, default=60)
    p.add_argument("--embeddings", default="minilm")
    p.add_argument("--data-dir", type=Path, default=None, help="keep the store here (default: a temp dir)")
    args = p.parse_args(argv)
    if args.day:
        result = run_day(args.articles or 500, args.outlets, args.embeddings, args.data_dir)
        print(json.dumps(result))
        return 0
    result = run(args.articles or 1000, args.embeddings, args.data_dir)
    print(json.dumps(result))
    print(f"briefing over {result['articles']} articles: {result['briefing_seconds']} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
