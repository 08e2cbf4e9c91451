"""Score story clustering on labelled same-story / different-story pairs (evals/clustering_pairs.jsonl).

    python -m assistant.evals.clustering [--pairs FILE] [--embeddings minilm|fake] [--tune]

All articles of the file are clustered together (as in a real briefing, so chaining through
third articles counts against us); each labelled pair is then "predicted same" when both
articles land in one story. Reports pairwise precision, recall and F1 of the "same" label.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.briefing.clustering import (
    LINK_THRESHOLD,
    VECTOR_WEIGHT,
    link,
    pair_scores,
)
from assistant.retrieval.chunking import chunk_article
from assistant.retrieval.embeddings import Embedder
from assistant.schema import Article


def default_pairs_path() -> Path:
    return Path(str(resources.files("assistant.suites") / "clustering_pairs.jsonl"))


def load_pairs(path: Path | str | None = None) -> tuple[list[Article], list[tuple[str, str, bool]]]:
    """Distinct articles and (id_a, id_b, same) labels."""
    arts: dict[str, Article] = {}
    labels: list[tuple[str, str, bool]] = []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for line in Path(path or default_pairs_path()).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        for side in ("a", "b"):
            r = rec[side]
            arts.setdefault(r["id"], Article(
                id=r["id"], title=r["title"], source=r.get("source"), published_at=r.get("published_at"),
                ingested_at=now, body=r["body"], content_hash=r["id"]))
        labels.append((rec["a"]["id"], rec["b"]["id"], rec["label"] == "same"))
    return list(arts.values()), labels


def article_vectors(articles: list[Article], embedder: Embedder) -> np.ndarray:
    """Normalised mean of chunk vectors, exactly as the store keeps article vectors."""
    out = []
    for a in articles:
        chunks = chunk_article(a, embedder.count_tokens) or []
        vecs = np.asarray(embedder.embed_documents([c.text for c in chunks] or [a.body]), dtype=np.float32)
        m = vecs.mean(axis=0)
        out.append(m / (np.linalg.norm(m) or 1.0))
    return np.vstack(out)


def score(articles: list[Article], vectors: np.ndarray, labels: list[tuple[str, str, bool]],
          threshold: float = LINK_THRESHOLD, vector_weight: float = VECTOR_WEIGHT) -> dict:
    """Pairwise precision / recall / F1 of the pooled clustering on the labelled pairs."""
    groups = link(pair_scores(articles, vectors, vector_weight), threshold)
    where = {articles[i].id: g for g, members in enumerate(groups) for i in members}
    tp = fp = fn = tn = 0
    errors = []
    for a, b, same in labels:
        pred = where[a] == where[b]
        tp += pred and same
        fp += pred and not same
        fn += (not pred) and same
        tn += (not pred) and not same
        if pred != same:
            errors.append(f"{'missed' if same else 'wrongly merged'}: {a} / {b}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs": len(labels), "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn, "tn": tn, "stories": len(groups), "articles": len(articles),
            "threshold": threshold, "vector_weight": vector_weight, "errors": errors}


def tune(articles: list[Article], vectors: np.ndarray, labels: list[tuple[str, str, bool]]) -> list[dict]:
    """Grid over (threshold, vector weight), best F1 first, ties broken toward precision."""
    rows = [score(articles, vectors, labels, t, w)
            for t in np.arange(0.30, 0.76, 0.01).round(2) for w in np.arange(0.3, 1.01, 0.1).round(1)]
    return sorted(rows, key=lambda r: (-r["f1"], -r["precision"], abs(r["threshold"] - 0.5)))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assistant.evals.clustering", description=__doc__.splitlines()[0])
    p.add_argument("--pairs", default=None, help="labelled pairs JSONL (default: evals/clustering_pairs.jsonl)")
    p.add_argument("--embeddings", default="minilm", help="minilm (default) or fake")
    p.add_argument("--tune", action="store_true", help="grid-search threshold and weight, print the top rows")
    args = p.parse_args(argv)
    from assistant.config import Settings
    from assistant.retrieval.embeddings import get_embedder

    embedder = get_embedder(Settings(embeddings=args.embeddings))
    articles, labels = load_pairs(args.pairs)
    vectors = article_vectors(articles, embedder)
    if args.tune:
        for row in tune(articles, vectors, labels)[:10]:
            print(json.dumps({k: v for k, v in row.items() if k != "errors"}))
        return 0
    result = score(articles, vectors, labels)
    for e in result["errors"]:
        print(e, file=sys.stderr)
    print(json.dumps({k: v for k, v in result.items() if k != "errors"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
