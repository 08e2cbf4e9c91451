"""Stand-alone check of evals/mofresh/questions.json (stdlib only; the shared checks are in
evals/freshcheck.py, which lists them). Run from the checkout root:  python3 evals/mofresh/check.py

Checked here besides: the set's events may overlap qa_dev's only while fewer than 30 events of the
corpus are used by neither qa_dev nor newsqa, and then no fact of ours repeats a qa_dev fact of the
same event; overlap with newsqa's events is reported. Exit status 1 on any failure.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from freshcheck import QA_DEV, Fresh, by_event, check, load_corpus, load_json, report  # noqa: E402

NEWSQA = HERE.parent / "newsqa" / "questions.json"

# Answer patterns (case-insensitive regexes) that must match none of the 476 articles.
ABSENT = {
    'f006': ['March 15', '15 March'],
    'f011': ['39 gold', 'gold medals?', '113 medals'],
    'f014': ['Kinzinger'],
    'f016': ['Kavanaugh'],
    'f018': ['Sept\\.? 28', 'September 28', 'Sept\\.? 29', 'September 29'],
    'f041': ['Singapore', 'Sentosa', 'Capella'],
    'f043': ['June 16', '16 June'],
    'f044': ['Van Jones', 'Andrés', 'Courage and Civility', '\\$100 million'],
    'f048': ['blimp', 'Trump baby', 'baby balloon', 'inflatable'],
    'f050': ['case[- ]by[- ]case'],
    'f066': ['30 months', '30-month', 'two and a half years', 'thirty months'],
    'f067': ['\\bEsper\\b'],
    'f073': ['220-212', '220 to 212', '220–212'],
    'f079': ['15 cases', '15 women', 'fifteen cases', 'fifteen women', '15 reported cases', '15 people'],
    'f082': ['124,000', '123,000', '122,000', '120,000'],
    'f083': ['Logari', 'Abdul Rahman', 'Abdul-Rahman'],
    'f090': ['May 8\\b', 'May 8th', '8 May'],
    'f091': ['5-4', '5–4', '5 to 4', 'five to four', '5-to-4'],
    'f096': ['Larry Elder', 'Caitlyn Jenner', 'Kevin Faulconer'],
    'f101': ['134-46', '134 to 46', '134–46'],
}

def main() -> int:
    arts = load_corpus()
    qa = load_json(QA_DEV)
    by_cluster = by_event(arts)
    fresh = Fresh(HERE / "questions.json", "f", ABSENT, others=[("qa_dev", qa)])
    qs = check(fresh, arts)
    qa_events = {q["cluster"] for q in qa["questions"]}
    newsqa_events = set()
    if NEWSQA.exists():
        for q in load_json(NEWSQA).get("questions", []):
            for art in q.get("articles", []) or []:
                m = re.fullmatch(r"mo-0*(\d+)", str(art))
                if m:
                    newsqa_events.add(arts[int(m.group(1)) - 1]["cluster"])
    else:
        print(f"note: {NEWSQA} not found; newsqa overlap not checked")
    used = {q["cluster"] for q in qs}
    free = set(by_cluster) - qa_events - newsqa_events
    if used & qa_events and len(free) >= 30:
        fresh.fail("-", f"{len(free)} events are used by neither qa_dev nor newsqa; qa_dev events not allowed")
    return report(fresh, qs, by_cluster, [
        f"events used: {len(used)}",
        f"events used by neither qa_dev nor newsqa in the corpus: {len(free)}",
        f"events overlapping qa_dev: {len(used & qa_events)} (allowed: only facts qa_dev does not ask)",
        f"events overlapping newsqa: {len(used & newsqa_events)}",
        f"events used by neither: {len(used - qa_events - newsqa_events)}",
    ])


if __name__ == "__main__":
    sys.exit(main())
