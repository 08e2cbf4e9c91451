"""`assistant eval-clusters FILE.jsonl`: story grouping against gold event ids, plus briefing-shape figures.

The corpus is ingested into a fresh temporary data dir (the user's library is never touched) and
grouped by the code `brief` uses. Figures are printed for the whole file and for its calibration
and report parts (a fixed hash of the event id; thresholds are tuned on calibration only).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from assistant.library import Library


def add_parser(sub: argparse._SubParsersAction) -> None:
    from assistant.cli.common import command

    s = sub.add_parser("eval-clusters", help="story grouping vs gold `cluster` ids: pairwise and B-cubed P/R/F1",
                       description="Ingest a labelled JSONL corpus into a fresh data dir, group it into stories "
                                   "as `brief` does and score against the gold `cluster` ids.")
    s.add_argument("file", metavar="FILE.jsonl", help="articles with a gold `cluster` id per line")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.add_argument("--part", choices=("all", "calibration", "report"), action="append",
                   help="only this part of the events (repeatable; default: all three)")
    s.add_argument("--briefing", action="store_true",
                   help="also brief each gold event and report the briefing-shape figures")
    s.add_argument("--examples", type=int, default=5, metavar="N", help="worst merges and splits shown (default 5)")
    command("eval-clusters")(run)


def _line(name: str, r: dict) -> str:
    pw, b3 = r["pairwise"], r["bcubed"]
    return (f"{name:<12} articles {r['articles']:>4}  events {r['events']:>4}  stories {r['stories']:>4}  "
            f"pairwise P {pw['precision']:.3f} R {pw['recall']:.3f} F1 {pw['f1']:.3f}  "
            f"B-cubed P {b3['precision']:.3f} R {b3['recall']:.3f} F1 {b3['f1']:.3f}")


def run(args: argparse.Namespace, lib: Library) -> int:
    from assistant.cli.common import emit
    from assistant.evals.clustering import load_labelled, score

    with tempfile.TemporaryDirectory(prefix="eval-clusters-") as tmp:
        fresh = Library(lib.settings.model_copy(update={"data_dir": Path(tmp)}), embedder=lib.embedder)
        data = load_labelled(args.file, fresh)
        out = {"file": str(args.file), "parts": {}}
        for part in args.part or ["all", "calibration", "report"]:
            out["parts"][part] = score(data.part(part), examples=args.examples)
        if args.briefing:
            from assistant.evals.briefing_shape import shape_figures

            out["briefing"] = {part: shape_figures(fresh, data.part(part), args.file)
                               for part in args.part or ["calibration", "report"]}
    if args.json:
        emit(out)
        return 0
    for part, r in out["parts"].items():
        print(_line(part, r))
    first = next(iter(out["parts"].values()))
    if first["worst_merges"]:
        print("\nworst merges (one story, several gold events):")
        for m in first["worst_merges"]:
            print(f"  {m['events']} events: " + " | ".join(m["articles"]))
    if first["worst_splits"]:
        print("\nworst splits (one gold event, several stories):")
        for s in first["worst_splits"]:
            print(f"  {s['event']} in {s['stories']} stories: " + " | ".join(s["articles"]))
    for part, fig in out.get("briefing", {}).items():
        print(f"\nbriefing shape ({part}): " + ", ".join(f"{k} {v}" for k, v in fig.items()))
    return 0
