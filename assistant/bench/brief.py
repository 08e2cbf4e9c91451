"""Briefing at scale: replicate the CNN/DM benchmark articles to 1,000+ and time `build_briefing`.

    python -m assistant.bench.brief [--articles 1000] [--embeddings minilm|fake] [--data-dir DIR]

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
from pathlib import Path

OUTLETS = ["Reuters", "AP", "BBC", "Guardian", "CNN", "Bloomberg", "Metro"]
START = date(2026, 3, 1)


def default_source() -> Path:
    return Path(__file__).resolve().parents[1].parent / "shared" / "data" / "cnndm_articles.jsonl"


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


def run(n_articles: int = 1000, embeddings: str = "minilm", data_dir: Path | None = None,
        source: Path | None = None) -> dict:
    """Ingest the replicas into a fresh data dir (or reuse one) and time one briefing over all of them."""
    from assistant.briefing.build import build_briefing
    from assistant.config import Settings
    from assistant.library import Library

    tmp = None
    if data_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="brief-bench-")
        data_dir = Path(tmp.name)
    try:
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
    finally:
        if tmp is not None:
            tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assistant.bench.brief", description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=1000)
    p.add_argument("--embeddings", default="minilm")
    p.add_argument("--data-dir", type=Path, default=None, help="keep the store here (default: a temp dir)")
    args = p.parse_args(argv)
    result = run(args.articles, args.embeddings, args.data_dir)
    print(json.dumps(result))
    print(f"briefing over {result['articles']} articles: {result['briefing_seconds']} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
