"""Stand-alone check of evals/modev3/questions.json (stdlib only; the shared checks are in
evals/freshcheck.py, which lists them). Run from the checkout root:

    python3 evals/modev3/check.py [QUESTIONS.json PREFIX ABSENT.json]

(the arguments check a part file while it is written; by default the merged set, ids f001...).

Checked here besides: every event is a dev event (int(sha1(cluster).hexdigest(), 16) % 2 == 0),
never a report-only test event; no fact of ours repeats a fact of qa_dev, evals/mofresh or
evals/modev or evals/modev2 in the same event. The answer patterns proving the unanswerable questions have no
answer in the corpus are in absent.json (id -> case-insensitive regexes). Exit status 1 on any failure.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from freshcheck import QA_DEV, Fresh, by_event, check, dev_events_only, is_dev_event, load_corpus, load_json, report  # noqa: E402


def main(argv: list[str]) -> int:
    questions, prefix, absent = HERE / "questions.json", "f", HERE / "absent.json"
    if len(argv) == 3:
        questions, prefix, absent = Path(argv[0]), argv[1], Path(argv[2])
    arts = load_corpus()
    others = [("qa_dev", load_json(QA_DEV)), ("mofresh", load_json(HERE.parent / "mofresh" / "questions.json")),
              ("modev", load_json(HERE.parent / "modev" / "questions.json")),
              ("modev2", load_json(HERE.parent / "modev2" / "questions.json"))]
    by_cluster = by_event(arts)
    fresh = Fresh(questions, prefix, json.loads(absent.read_text(encoding="utf-8")), others=others,
                  event_ok=dev_events_only)
    qs = check(fresh, arts)
    used = {q["cluster"] for q in qs}
    dev_events = {c for c in by_cluster if is_dev_event(c)}
    return report(fresh, qs, by_cluster, [
        f"dev events in corpus: {len(dev_events)} of {len(by_cluster)}; used: {len(used)} (all dev: {used <= dev_events})",
    ])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
