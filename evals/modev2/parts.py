"""Aggregate figures of an eval run on modev2, per part: tune (e001-e050) and report (e051-e100).

    .venv/bin/assistant eval --from-qa evals/modev2/questions.json \
        --corpus ../shared/data/multioutlet_dev.jsonl --split dev --json > run.json
    .venv/bin/python evals/modev2/parts.py run.json

Only aggregates are printed, so the report part can be measured without reading its questions.
"""
from __future__ import annotations

import json
import sys

from assistant.evals.scoring import aggregate

SHOWN = ("fact_recall", "false_refusal_rate", "rejection_rate", "premise_handled_rate", "short_answer_rate",
         "short_answer_em", "median_answer_words")


def main(path: str) -> None:
    questions = json.load(open(path, encoding="utf-8"))["questions"]
    for part, keep in (("tune", lambda n: n <= 50), ("report", lambda n: n > 50)):
        qs = [q for q in questions if keep(int(q["id"][1:]))]
        m = aggregate(qs, [])
        print(f"{part:6} n={len(qs):3} " + " ".join(
            f"{k}={m[k]:.3f}" if isinstance(m[k], float) else f"{k}={m[k]}" for k in SHOWN))


if __name__ == "__main__":
    main(sys.argv[1])
