"""The claim-check benchmark (`make bench-verify`): verdicts against human labels.

    python -m assistant.evals.claimcheck FILE.jsonl [--json] [--fit]

FILE is either the QAGS layout (`{"article", "summary_sentences": [{"sentence", "responses"}]}`,
supported = at least two "yes") or one labelled pair a line (`{"id", "document", "claim", "label"}`,
label true/"supported"). Pairs are split by a hash of the claim into a dev half (the only one any
fit sees) and a test half (only reported). Figures: balanced accuracy, precision and recall of "not
supported", and the threshold, for the verifier and two baselines: the best MiniLM cosine between
the claim and one document sentence (threshold chosen on dev) and the previous verifier formula
(best single-sentence `sentence_support`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from assistant.text.sentences import split_sentences
from assistant.verify.check import verify_pair
from assistant.verify.claims import SUPPORTED, ClaimChecker
from assistant.verify.support import SUPPORT_THRESHOLD, Verifier


@dataclass
class Pair:
    id: str
    document: str
    claim: str
    supported: bool

    @property
    def dev(self) -> bool:
        return int(hashlib.sha1(self.claim.encode("utf-8")).hexdigest(), 16) % 2 == 0


def load_pairs(path: Path) -> list[Pair]:
    out: list[Pair] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "summary_sentences" in row:
            for k, s in enumerate(row["summary_sentences"]):
                yes = sum(r.get("response") == "yes" for r in s.get("responses", []))
                out.append(Pair(f"{n}.{k}", row["article"], s["sentence"], yes >= 2))
        else:
            label = row["label"]
            ok = label in (True, 1, "supported", "yes", "true", "consistent")
            out.append(Pair(str(row.get("id", n)), row["document"], row["claim"], ok))
    return out


def scores(y: Sequence[bool], pred_supported: Sequence[bool]) -> dict[str, float]:
    """Balanced accuracy plus precision/recall of 'not supported' (the class a checker must catch)."""
    y_arr, p = np.asarray(y, bool), np.asarray(pred_supported, bool)
    tpr = float((p & y_arr).sum() / max(1, y_arr.sum()))
    tnr = float((~p & ~y_arr).sum() / max(1, (~y_arr).sum()))
    flagged = (~p).sum()
    return {"balanced_accuracy": round((tpr + tnr) / 2, 4),
            "unsupported_precision": round(float((~p & ~y_arr).sum() / flagged) if flagged else 0.0, 4),
            "unsupported_recall": round(tnr, 4), "n": int(len(y_arr))}


def best_threshold(y: Sequence[bool], s: Sequence[float]) -> float:
    """The cut-off with the best balanced accuracy (midpoint between neighbouring scores)."""
    s_arr = np.asarray(s, float)
    cands = np.unique(s_arr)
    mids = np.concatenate([[cands[0] - 1e-6], (cands[1:] + cands[:-1]) / 2, [cands[-1] + 1e-6]])
    best = max(mids, key=lambda t: (scores(y, s_arr >= t)["balanced_accuracy"], -abs(t - np.median(s_arr))))
    return float(best)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """Balanced-class L2 logistic regression by Newton's method; returns [bias, w...] for raw features."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    weight = np.where(y == 1, len(y) / (2 * max(1, y.sum())), len(y) / (2 * max(1, (1 - y).sum())))
    w = np.zeros(z.shape[1])
    reg = np.eye(len(w)) * l2
    reg[0, 0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (weight * (p - y)) + reg @ w
        hess = (z * (weight * p * (1 - p))[:, None]).T @ z + reg
        w -= np.linalg.solve(hess, grad)
    raw = w[1:] / sd
    return np.concatenate([[w[0] - float(raw @ mu)], raw])


def fit_monotone(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """`fit_logistic`, dropping any feature whose weight comes out negative and refitting.

    Closer alignment or similarity can never be evidence against support; a negative weight is the
    small sample's noise (or its quirk) and would not carry over to other news, so it is set to zero.
    """
    keep = list(range(x.shape[1]))
    while True:
        w = fit_logistic(x[:, keep], y)
        if keep and min(w[1:]) >= 0:
            break
        keep.pop(int(np.argmin(w[1:])))
        if not keep:
            return np.concatenate([[math.log(y.mean() / (1 - y.mean()))], np.zeros(x.shape[1])])
    full = np.zeros(x.shape[1] + 1)
    full[0] = w[0]
    for i, k in enumerate(keep):
        full[k + 1] = w[i + 1]
    return full


def run(pairs: list[Pair], verifier: Verifier, fit: bool = False, progress: bool = False) -> dict[str, Any]:
    checker = ClaimChecker(verifier)
    rows = []
    t0 = time.perf_counter()
    for i, p in enumerate(pairs):
        out = verify_pair(checker, {"id": p.id, "document": p.document, "claim": p.claim})
        sents = split_sentences(p.document) or [p.document]
        vecs = verifier.vectors([p.claim] + sents)
        cos = max(float(vecs[0] @ v) for v in vecs[1:]) if vecs[0] is not None else 0.0
        previous = max(verifier.sentence_support(p.claim, s) for s in sents)
        row = {"dev": p.dev, "y": p.supported, "verdict": out["verdict"], "score": out["score"],
               "cosine": cos, "previous": previous}
        if fit:
            al = verifier.alignment(p.claim, sents)
            row["features"] = [al.align, al.cosine]
        rows.append(row)
        if progress and (i + 1) % 25 == 0:
            print(f"  {i + 1}/{len(pairs)} pairs, {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    dev = [r for r in rows if r["dev"]]
    test = [r for r in rows if not r["dev"]]
    report: dict[str, Any] = {"pairs": len(rows), "dev": len(dev), "test": len(test),
                              "seconds": round(time.perf_counter() - t0, 1), "systems": {}}

    def add(name: str, key: str, threshold: float, note: str) -> None:
        report["systems"][name] = {"threshold": round(threshold, 4), "note": note, **{
            part: scores([r["y"] for r in rs], [r[key] >= threshold for r in rs]) for part, rs in
            (("dev", dev), ("test", test))}}

    verdict_ok = [{**r, "ok": float(r["verdict"] == SUPPORTED)} for r in rows]
    dev, test = [r for r in verdict_ok if r["dev"]], [r for r in verdict_ok if not r["dev"]]
    add("verifier", "ok", 0.5, f"verdict == supported (support score >= {SUPPORT_THRESHOLD}, no contradiction)")
    add("best_cosine", "cosine", best_threshold([r["y"] for r in dev], [r["cosine"] for r in dev]),
        "best MiniLM cosine to one document sentence, threshold chosen on dev")
    add("previous_verifier", "previous", SUPPORT_THRESHOLD, "previous Verifier.support formula, its own threshold")
    if fit:
        x = np.array([r["features"] for r in dev])
        y = np.array([float(r["y"]) for r in dev])
        w = fit_monotone(x, y)
        probs = 1 / (1 + np.exp(-(w[0] + x @ w[1:])))
        decision = best_threshold(list(y.astype(bool)), list(probs))
        report["fit"] = {"BIAS": round(float(w[0]), 2), "W_ALIGN": round(float(w[1]), 2),
                         "W_COSINE": round(float(w[2]), 2), "DECISION": round(min(max(decision, 0.05), 0.95), 3),
                         "dev_logit_range": [round(math.log(probs.min() / (1 - probs.min())), 2),
                                             round(math.log(probs.max() / (1 - probs.max())), 2)]}
    return report


def format_report(rep: dict[str, Any]) -> str:
    lines = [f"claim check: {rep['pairs']} pairs (dev {rep['dev']}, test {rep['test']}), {rep['seconds']}s",
             f"{'system':<20}{'threshold':>10}  {'dev BA':>7} {'P(unsup)':>8} {'R(unsup)':>8}  "
             f"{'test BA':>7} {'P(unsup)':>8} {'R(unsup)':>8}"]
    for name, s in rep["systems"].items():
        d, t = s["dev"], s["test"]
        lines.append(f"{name:<20}{s['threshold']:>10.3f}  {d['balanced_accuracy']:>7.3f} "
                     f"{d['unsupported_precision']:>8.3f} {d['unsupported_recall']:>8.3f}  "
                     f"{t['balanced_accuracy']:>7.3f} {t['unsupported_precision']:>8.3f} "
                     f"{t['unsupported_recall']:>8.3f}")
    if "fit" in rep:
        lines.append("fit on dev (paste into assistant/verify/alignment.py): " + json.dumps(rep["fit"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m assistant.evals.claimcheck", description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path, help="QAGS-style or labelled-pairs JSONL")
    ap.add_argument("--json", action="store_true", help="print the report as one JSON object")
    ap.add_argument("--fit", action="store_true", help="also fit the alignment model on the dev half")
    args = ap.parse_args(argv)
    from assistant.config import apply_process_defaults
    from assistant.retrieval.embeddings import MiniLMEmbedder

    apply_process_defaults()
    if not args.file.exists():
        print(f"error: {args.file} not found; `make bench-verify` expects ../shared/data/qags_xsum_labelled.jsonl",
              file=sys.stderr)
        return 2
    rep = run(load_pairs(args.file), Verifier(MiniLMEmbedder()), fit=args.fit, progress=not args.json)
    print(json.dumps(rep) if args.json else format_report(rep))
    return 0


if __name__ == "__main__":
    sys.exit(main())
