"""Score disagreement detection on labelled real cross-outlet sentence pairs.

    python -m assistant.evals.disagreements [FILE] [--split dev|test|all] [--embeddings minilm|fake] [--errors]

Each line: {"a": {"source", "sentence"}, "b": {...}, "label": "conflict"|"no_conflict", "type", "split"}.
A pair is predicted "conflict" when `verify.disagreements.find_disagreement_details` reports any
disagreement between the two sentences. Thresholds are tuned on split=dev; split=test is reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from assistant.verify.disagreements import find_disagreement_details
from assistant.verify.support import Passage, Verifier


def default_path() -> Path:
    return Path(str(resources.files("assistant.suites") / "data" / "disagreement_pairs.jsonl"))


def load(path: Path | str | None = None, split: str = "all") -> list[dict]:
    rows = [json.loads(line) for line in Path(path or default_path()).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [r for r in rows if split == "all" or r.get("split") == split]


def predict(pair: dict, verifier: Verifier) -> list:
    """The disagreements found between the pair's two sentences (empty: no conflict)."""
    passages = [Passage(n=k + 1, text=pair[side]["sentence"], source=pair[side]["source"],
                        article_id=f"{pair.get('id', '')}-{side}", chunk_id=f"{pair.get('id', '')}-{side}:0")
                for k, side in enumerate(("a", "b"))]
    return find_disagreement_details(passages, verifier=verifier, limit=1)


def score(rows: list[dict], verifier: Verifier) -> dict:
    tp = fp = fn = tn = 0
    errors = []
    by_type: Counter = Counter()
    for r in rows:
        found = predict(r, verifier)
        pred, gold = bool(found), r["label"] == "conflict"
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
        tn += not pred and not gold
        if pred != gold:
            by_type[f"{'fp' if pred else 'fn'}:{r.get('type')}"] += 1
            errors.append({"id": r.get("id"), "gold": r["label"], "type": r.get("type"),
                           "found": found[0].claim + " — " + " / ".join(s[3] for s in found[0].sides) if found else None,
                           "a": r["a"]["sentence"][:160], "b": r["b"]["sentence"][:160]})
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": len(rows), "conflicts": tp + fn, "precision": round(p, 3), "recall": round(rec, 3),
            "f1": round(2 * p * rec / (p + rec), 3) if p + rec else 0.0, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "errors_by_type": dict(by_type), "errors": errors}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m assistant.evals.disagreements", description=__doc__.splitlines()[0])
    p.add_argument("file", nargs="?", default=None, help="labelled pairs (default: evals/data/disagreement_pairs.jsonl)")
    p.add_argument("--split", default=None, choices=("dev", "test", "all"), help="default: dev and test separately")
    p.add_argument("--embeddings", default="minilm", help="minilm (default) or fake")
    p.add_argument("--errors", action="store_true", help="print every misjudged pair to stderr")
    args = p.parse_args(argv)
    from assistant.config import Settings
    from assistant.retrieval.embeddings import get_embedder

    verifier = Verifier(get_embedder(Settings(embeddings=args.embeddings)))
    for split in [args.split] if args.split else ["dev", "test"]:
        result = score(load(args.file, split), verifier)
        if args.errors:
            for e in result["errors"]:
                print(json.dumps(e, ensure_ascii=False), file=sys.stderr)
        print(json.dumps({"split": split, **{k: v for k, v in result.items() if k != "errors"}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
