"""Stand-alone check of evals/modev/questions.json (stdlib only; the shared checks are in
evals/freshcheck.py, which lists them). Run from the checkout root:  python3 evals/modev/check.py

Checked here besides: every event is a dev event (int(sha1(cluster).hexdigest(), 16) % 2 == 0),
never a report-only test event; no fact of ours repeats a fact of qa_dev or evals/mofresh in the same
event. Exit status 1 on any failure.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from freshcheck import QA_DEV, Fresh, by_event, check, dev_events_only, is_dev_event, load_corpus, load_json, report  # noqa: E402

MOFRESH = HERE.parent / "mofresh" / "questions.json"

# Answer patterns (case-insensitive regexes) that must match none of the 476 articles.
ABSENT = {
    'd004': ['218-208', '218 to 208', '60-38'],
    'd005': ['Scalise[^.]{0,200}(discharg|released|went home|left the hospital)', '(discharg|released)[^.]{0,200}Scalise'],
    'd006': ['36\\.8 billion', '36\\.7 billion', '37 billion', '36 billion'],
    'd009': ['2\\.5 trillion', '480 billion'],
    'd015': ['Saucier[^.]{0,200}pardoned', 'pardoned[^.]{0,200}Saucier', 'March 9'],
    'd028': ['(Sandi|Sandra) Jackson (was|is) sentenced', 'sentenced (her|Sandi|Sandra) to', '12 months in prison', 'a year in prison', '12-month (prison|sentence)', 'one-year (prison|sentence)'],
    'd030': ['278,000', '269,000', '278K', '269K', 'April[^.]{0,120}revised'],
    'd031': ['1\\.5 (percentage )?points', '1\\.7 (percentage )?points', '20,715', '21,924', 'Jones (won|defeated|beat)', 'Moore lost', '50\\.0 ?%', '48\\.3 ?%'],
    'd035': ['193,000', '513,000', 'rides by 11', 'trips by 11'],
    'd040': ['Kelly[^.]{0,150}(sentenced|prison|convicted)', '(sentenced|convicted)[^.]{0,150}Kelly'],
    'd049': ['51-49', '51 to 49', '50-48'],
    'd055': ['94-3', '94 to 3', '94–3'],
    'd060': ['47 months', '47-month', 'seven and a half years', '7\\.5 years', '73 months', '43 months', 'Manafort[^.]{0,100}sentenc'],
    'd062': ['57-42', '57 to 42', '57–42'],
    'd067': ['State of the Union[^.]{0,150}(Feb\\.? 5\\b|February 5)', '(Feb\\.? 5\\b|February 5)[^.]{0,150}State of the Union'],
    'd068': ['Oct(ober|\\.)? 22', '11 hours', '11-hour', 'eleven hours', 'eleven-hour'],
    'd072': ['Lerner[^.]{0,150}(retire|administrative leave|placed on leave|stepped down)', 'Sept(ember|\\.)? 23'],
    'd077': ['10\\.3', 'fifth place', 'fifth-place', '12,604', 'Perry[^.]{0,150}(finished|placed)'],
    'd082': ['54-46', '54 to 46', 'Manchin-Toomey', 'Toomey-Manchin'],
    'd087': ['Netanyahu[^.]{0,250}\\b(5\\d|6\\d) (House |congressional )?(Democrats|lawmakers|members)', '\\b(5\\d|6\\d) (House |congressional )?(Democrats|lawmakers|members)[^.]{0,250}Netanyahu', 'boycott(ed|ing)? Netanyahu', 'skipp(ed|ing) Netanyahu'],
}


def main() -> int:
    arts = load_corpus()
    qa, mf = load_json(QA_DEV), load_json(MOFRESH)
    by_cluster = by_event(arts)
    fresh = Fresh(HERE / "questions.json", "d", ABSENT, others=[("qa_dev", qa), ("mofresh", mf)],
                  event_ok=dev_events_only)
    qs = check(fresh, arts)
    used = {q["cluster"] for q in qs}
    dev_events = {c for c in by_cluster if is_dev_event(c)}
    qa_events = {q["cluster"] for q in qa["questions"]}
    mf_events = {q["cluster"] for q in mf["questions"]}
    return report(fresh, qs, by_cluster, [
        f"dev events in corpus: {len(dev_events)} of {len(by_cluster)}; used: {len(used)} (all dev: {used <= dev_events})",
        f"events also used by qa_dev: {len(used & qa_events)}; by mofresh: {len(used & mf_events)}; "
        f"by neither: {len(used - qa_events - mf_events)} (facts never overlap, checked above)",
    ])


if __name__ == "__main__":
    sys.exit(main())
