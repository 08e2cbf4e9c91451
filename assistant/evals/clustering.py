"""Score story grouping against gold event ids: pairwise and B-cubed precision/recall/F1.

    assistant eval-clusters FILE.jsonl [--json] [--part all|calibration|report]
    python -m assistant.evals.clustering FILE.jsonl --data-dir DIR --tune   # grid on the calibration part

A labelled corpus is JSONL with a gold `cluster` id plus the usual article fields. It is ingested
into a fresh data dir and grouped by `briefing.clustering.cluster_articles`, the code `brief`
uses, with the same window. Events are split by a fixed hash of their id into a calibration part
(tune on it) and a report part (figures only), so the thresholds are not fitted to what they are
judged on.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.briefing.clustering import DEFAULT, Features, Weights, cluster_articles, group
from assistant.errors import UsageError
from assistant.ingest.identity import canonical_url
from assistant.schema import Article

PARTS = ("all", "calibration", "report")
CALIBRATION_SHARE = 60  # percent of events (by hash) in the calibration part


def part_of(event: str) -> str:
    """'calibration' or 'report' for an event id: a fixed hash, so the split never moves."""
    h = int(hashlib.sha1(event.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "calibration" if h < CALIBRATION_SHARE else "report"


def read_gold(path: Path | str) -> list[dict]:
    """The records of a labelled corpus; each needs a `cluster` id."""
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"{p} not found: give a JSONL file with one article per line and a gold `cluster` id")
    out = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if not rec.get("cluster"):
            raise UsageError(f"{p} line {n} has no `cluster` id: every record needs its gold event id")
        out.append(rec)
    return out


def gold_for(articles: list[Article], records: list[dict]) -> list[str | None]:
    """Gold event of each stored article, matched by canonical URL, else by title and outlet."""
    by_url = {canonical_url(r["url"]): r["cluster"] for r in records if r.get("url")}
    by_title = {((r.get("title") or "").strip().lower(), (r.get("source") or "").lower()): r["cluster"]
                for r in records}
    out = []
    for a in articles:
        g = by_url.get(canonical_url(a.url)) if a.url else None
        out.append(g or by_title.get((a.title.strip().lower(), (a.source or "").lower())))
    return out


def pair_counts(pred: list[int], gold: list[str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of "same story", counted from contingency cells (no n² loop)."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter(zip(pred, gold)))
    in_pred, in_gold = pairs(Counter(pred)), pairs(Counter(gold))
    p = both / in_pred if in_pred else 1.0
    r = both / in_gold if in_gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def bcubed(pred: list[int], gold: list[str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 (Bagga & Baldwin): per-article shares, averaged over articles."""
    cell = Counter(zip(pred, gold))
    ps, gs = Counter(pred), Counter(gold)
    n = len(pred)
    p = sum(cell[(a, b)] / ps[a] for a, b in zip(pred, gold)) / n if n else 1.0
    r = sum(cell[(a, b)] / gs[b] for a, b in zip(pred, gold)) / n if n else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class Labelled:
    articles: list[Article]
    vectors: np.ndarray
    gold: list[str]

    def part(self, name: str) -> Labelled:
        if name == "all":
            return self
        keep = [i for i, g in enumerate(self.gold) if part_of(g) == name]
        return Labelled([self.articles[i] for i in keep], self.vectors[keep], [self.gold[i] for i in keep])


def _titles(arts: list[Article], idx: list[int], limit: int = 4) -> list[str]:
    return [f"{arts[i].source or '?'} {arts[i].published_at or ''}: {arts[i].title[:80]}" for i in idx[:limit]]


def score(data: Labelled, weights: Weights = DEFAULT, examples: int = 5) -> dict:
    """Group `data` as a briefing would and compare with the gold events."""
    clusters = cluster_articles(data.articles, data.vectors, weights)
    pred = [0] * len(data.articles)
    for k, c in enumerate(clusters):
        for i in c.members:
            pred[i] = k
    pw, b3 = pair_counts(pred, data.gold), bcubed(pred, data.gold)
    # Worst merges: stories mixing events (most articles outside their main event first);
    # worst splits: events spread over several stories (most pieces first).
    merges, splits = [], []
    for c in clusters:
        events = Counter(data.gold[i] for i in c.members)
        if len(events) > 1:
            stray = len(c.members) - events.most_common(1)[0][1]
            merges.append((stray, len(events), _titles(data.articles, c.members)))
    by_event: dict[str, list[int]] = {}
    for i, g in enumerate(data.gold):
        by_event.setdefault(g, []).append(i)
    for g, idx in by_event.items():
        pieces = Counter(pred[i] for i in idx)
        if len(pieces) > 1:
            splits.append((len(pieces), g, _titles(data.articles, idx)))
    merges.sort(key=lambda m: (-m[0], -m[1]))
    splits.sort(key=lambda s: (-s[0], s[1]))
    r3 = lambda d: {k: round(v, 3) for k, v in d.items()}  # noqa: E731
    return {"articles": len(data.articles), "events": len(by_event), "stories": len(clusters),
            "pairwise": r3(pw), "bcubed": r3(b3), "merged_stories": len(merges), "split_events": len(splits),
            "worst_merges": [{"events": m[1], "articles": m[2]} for m in merges[:examples]],
            "worst_splits": [{"event": s[1], "stories": s[0], "articles": s[2]} for s in splits[:examples]],
            "weights": weights.__dict__}


def tune(data: Labelled) -> list[dict]:
    """Grid over the pair-score weights and threshold; best B-cubed F1 first, pairwise precision breaking ties."""
    feats = Features(data.articles, data.vectors)  # weights do not change the features: build them once
    rows = []
    for wv, ww in ((0.2, 0.4), (0.3, 0.3), (0.3, 0.4), (0.4, 0.3)):
        for pen in (0.03, 0.06, 0.09):
            for same in (0.0, 0.1, 0.2):
                for t in np.arange(0.14, 0.31, 0.02).round(2):
                    w = Weights(vector=wv, words=ww, anchors=round(1 - wv - ww, 2), day_penalty=pen,
                                threshold=float(t), same_outlet=same)
                    pred = [0] * len(data.gold)
                    for k, g in enumerate(group(feats, w)):
                        for i in g:
                            pred[i] = k
                    pw, b3 = pair_counts(pred, data.gold), bcubed(pred, data.gold)
                    rows.append({"weights": w.__dict__, "bcubed_f1": round(b3["f1"], 4),
                                 "pairwise_precision": round(pw["precision"], 4),
                                 "pairwise_recall": round(pw["recall"], 4)})
    return sorted(rows, key=lambda r: (-r["bcubed_f1"], -r["pairwise_precision"]))


def load_labelled(path: Path | str, library) -> Labelled:
    """Ingest the labelled corpus into `library` (a fresh one) and pair every stored article with its gold event."""
    records = read_gold(path)
    library.ingest([str(path)])
    arts, vecs = library.store.get_articles(ids=library.store.article_ids(), with_vectors=True)
    gold = gold_for(arts, records)
    keep = [i for i, g in enumerate(gold) if g]
    vectors = np.asarray(vecs, dtype=np.float32)
    return Labelled([arts[i] for i in keep], vectors[keep], [gold[i] for i in keep])


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys
    import tempfile

    from assistant.config import Settings
    from assistant.library import Library

    p = argparse.ArgumentParser(prog="python -m assistant.evals.clustering",
                                description="Tune story grouping on the calibration part of a labelled corpus.")
    p.add_argument("file", help="labelled JSONL (gold `cluster` per article)")
    p.add_argument("--data-dir", type=Path, help="keep the ingested store here and reuse it (default: a temp dir)")
    p.add_argument("--top", type=int, default=15)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tune-clusters-") as tmp:
        lib = Library(Settings(data_dir=args.data_dir or Path(tmp)))
        data = load_labelled(args.file, lib)
        for row in tune(data.part("calibration"))[:args.top]:
            print(json.dumps(row))
    print(json.dumps({"default": DEFAULT.__dict__, "report": score(data.part("report"), examples=0)["bcubed"]}),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
