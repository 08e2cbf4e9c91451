#!/usr/bin/env python3
"""Stand-alone check of evals/modev/questions.json (stdlib only).

Adapted from evals/mofresh/check.py. Run from the checkout root:  python3 evals/modev/check.py
Reads the shared data at <checkout>/../shared/data (multioutlet_dev.jsonl and
qa_dev_multioutlet.json) and evals/mofresh/questions.json (to rule out overlap of facts).

Checks
  * JSON format: top-level {about, questions}; ids d001.. in order; every question has exactly
    the fields qa_dev_multioutlet.json uses for its kind, in the same order; known kinds only;
    cluster exists and dataset matches it.
  * events: every cluster is a dev event (int(sha1(cluster).hexdigest(), 16) % 2 == 0), never a
    report-only test event; at most 3 factoid questions per event.
  * support: every quote is an exact substring of the article of the named source in that
    cluster, and starts/ends on a sentence boundary of that article.
  * facts: 1-4 aliases per fact, 1-4 words per alias, every alias occurs (case-insensitive) in
    a support quote; list questions have at least two facts; false premise: a forbidden term is
    in the question (at least one) and in no support quote, every correction alias is in a
    support quote.
  * wording: no run of 7+ consecutive words (lower-cased, accents and punctuation stripped)
    is shared by a question and any sentence of any of the 476 articles.
  * unanswerable: none of the answer patterns in ABSENT below matches any of the 476 articles.
  * no overlap with qa_dev or mofresh: in the same event, no fact/correction alias of ours
    matches (substring either way, case-insensitive) a fact or correction alias of any
    qa_dev_multioutlet.json or evals/mofresh/questions.json question.
  * prints counts by kind and events. Exit status 1 on any failure.
"""
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
CORPUS = DATA / "multioutlet_dev.jsonl"
QA_DEV = DATA / "qa_dev_multioutlet.json"
MOFRESH = HERE.parent / "mofresh" / "questions.json"
QUESTIONS = HERE / "questions.json"

KINDS = ["factoid", "list", "broad", "comparison", "why", "unanswerable", "false_premise"]
FIELDS = {
    "factoid": ["id", "q", "kind", "cluster", "dataset", "facts", "support"],
    "list": ["id", "q", "kind", "cluster", "dataset", "facts", "support"],
    "broad": ["id", "q", "kind", "cluster", "dataset", "facts", "support"],
    "why": ["id", "q", "kind", "cluster", "dataset", "facts", "support"],
    "comparison": ["id", "q", "kind", "cluster", "dataset", "facts", "outlets", "support"],
    "unanswerable": ["id", "q", "kind", "cluster", "dataset", "unanswerable", "facts", "why", "support"],
    "false_premise": ["id", "q", "kind", "cluster", "dataset", "unanswerable", "facts", "forbidden",
                      "correction", "why", "support"],
}
NGRAM = 7
MAX_FACTOID_PER_EVENT = 3

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

failures = []


def fail(qid, msg):
    failures.append(f"{qid}: {msg}")


def is_dev(cluster):
    return int(hashlib.sha1(cluster.encode("utf-8")).hexdigest(), 16) % 2 == 0


def norm_words(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def ngrams(words, n=NGRAM):
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


SENT_END = re.compile(r"""[.!?…]["'”’)]*$|\.\.\.$""")


def load():
    arts = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    qa = json.loads(QA_DEV.read_text(encoding="utf-8"))
    mf = json.loads(MOFRESH.read_text(encoding="utf-8"))
    data = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    return arts, qa, mf, data


def main():
    arts, qa, mf, data = load()
    by_cluster = defaultdict(list)
    for a in arts:
        by_cluster[a["cluster"]].append(a)

    # ---- format --------------------------------------------------------------
    if set(data) != {"about", "questions"} or not isinstance(data["questions"], list):
        fail("-", "top level must be {about, questions}")
    if not str(data.get("about", "")).strip():
        fail("-", "empty 'about'")
    qs = data["questions"]
    for i, q in enumerate(qs, 1):
        qid = q.get("id", f"#{i}")
        if qid != f"d{i:03d}":
            fail(qid, f"id should be d{i:03d}")
        kind = q.get("kind")
        if kind not in KINDS:
            fail(qid, f"unknown kind {kind!r}")
            continue
        if list(q) != FIELDS[kind]:
            fail(qid, f"fields {list(q)} != {FIELDS[kind]}")
        c = q.get("cluster")
        if c not in by_cluster:
            fail(qid, f"unknown cluster {c!r}")
            continue
        if not is_dev(c):
            fail(qid, f"cluster {c} is a report-only test event (odd hash), not a dev event")
        if q.get("dataset") != by_cluster[c][0]["dataset"]:
            fail(qid, f"dataset {q.get('dataset')!r} != {by_cluster[c][0]['dataset']!r}")
        if not q.get("q", "").strip():
            fail(qid, "empty question")
        if kind in ("unanswerable", "false_premise"):
            if q.get("unanswerable") is not True:
                fail(qid, "unanswerable must be true")
            if q.get("facts") != []:
                fail(qid, "facts must be [] for unanswerable/false_premise")
            if not str(q.get("why", "")).strip():
                fail(qid, "missing why")
        elif not q.get("facts"):
            fail(qid, "answerable question without facts")
        if kind == "list" and len(q.get("facts", [])) < 2:
            fail(qid, "list question needs at least two facts")
        if not q.get("support"):
            fail(qid, "no support")

    # ---- support quotes ------------------------------------------------------
    for q in qs:
        qid, c = q["id"], q.get("cluster")
        if c not in by_cluster:
            continue
        for s in q.get("support", []):
            src, quote = s.get("source"), s.get("quote", "")
            cands = [a for a in by_cluster[c] if a["source"] == src]
            if not cands:
                fail(qid, f"source {src!r} has no article in {c}")
                continue
            text = cands[0]["text"]
            pos = text.find(quote)
            if not quote or pos < 0:
                fail(qid, f"quote not a substring of {src}'s article: {quote[:70]!r}")
                continue
            before = text[:pos].rstrip(" \t\xa0")
            if before and not (before.endswith("\n") or SENT_END.search(before) or text[pos - 1] == "\n"):
                fail(qid, f"quote does not start at a sentence boundary: {quote[:60]!r}")
            if not SENT_END.search(quote.rstrip()):
                after = text[pos + len(quote):pos + len(quote) + 1]
                if after not in ("", "\n"):
                    fail(qid, f"quote does not end a sentence: {quote[-60:]!r}")

    # ---- facts / aliases -----------------------------------------------------
    for q in qs:
        qid, kind = q["id"], q["kind"]
        quotes = [s.get("quote", "") for s in q.get("support", [])]
        low = " \n ".join(quotes).lower()
        for fact in q.get("facts", []):
            if not (1 <= len(fact) <= 4):
                fail(qid, f"fact needs 1-4 aliases: {fact}")
            for alias in fact:
                if not (1 <= len(alias.split()) <= 4):
                    fail(qid, f"alias must be 1-4 words: {alias!r}")
                if alias.lower() not in low:
                    fail(qid, f"alias {alias!r} not in any support quote")
        if kind == "comparison":
            outs = q.get("outlets", [])
            if len(outs) != 2 or len(set(outs)) != 2:
                fail(qid, "comparison needs two different outlets")
        if kind == "false_premise":
            if not q.get("forbidden"):
                fail(qid, "false premise without forbidden terms")
            if not any(t.lower() in q["q"].lower() for t in q.get("forbidden", [])):
                fail(qid, "no forbidden term appears in the question")
            for term in q.get("forbidden", []):
                if term.lower() in low:
                    fail(qid, f"forbidden term {term!r} appears in a support quote")
            if not q.get("correction"):
                fail(qid, "false premise without correction")
            for fact in q.get("correction", []):
                if not (1 <= len(fact) <= 4):
                    fail(qid, f"correction needs 1-4 aliases: {fact}")
                for alias in fact:
                    if not (1 <= len(alias.split()) <= 4):
                        fail(qid, f"correction alias must be 1-4 words: {alias!r}")
                    if alias.lower() not in low:
                        fail(qid, f"correction alias {alias!r} not in any support quote")

    # ---- 7-word runs -----------------------------------------------------------
    art_grams = set()
    for a in arts:
        for line in a["text"].split("\n"):
            art_grams |= ngrams(norm_words(line))
    for q in qs:
        shared = ngrams(norm_words(q["q"])) & art_grams
        if shared:
            fail(q["id"], f"shares a {NGRAM}-word run with an article: {' '.join(sorted(shared)[0])!r}")

    # ---- unanswerable: absence over the whole corpus ---------------------------
    for q in qs:
        if q["kind"] != "unanswerable":
            continue
        pats = ABSENT.get(q["id"])
        if not pats:
            fail(q["id"], "no ABSENT patterns recorded")
            continue
        for p in pats:
            hits = [f"{a['cluster']}/{a['source']}" for a in arts if re.search(p, a["text"], re.I)]
            if hits:
                fail(q["id"], f"answer pattern {p!r} found in {hits[:3]}")
    for k in ABSENT:
        if not any(q["id"] == k and q["kind"] == "unanswerable" for q in qs):
            fail(k, "ABSENT entry for a question that is not unanswerable")

    # ---- events and overlap with qa_dev / mofresh ---------------------------------
    used = {q["cluster"] for q in qs}
    fact_per_event = Counter(q["cluster"] for q in qs if q["kind"] == "factoid")
    for c, n in fact_per_event.items():
        if n > MAX_FACTOID_PER_EVENT:
            fail(c, f"{n} factoid questions (max {MAX_FACTOID_PER_EVENT})")
    other_alias = defaultdict(set)
    for src_name, src in (("qa_dev", qa), ("mofresh", mf)):
        for q in src["questions"]:
            for fact in (q.get("facts") or []) + (q.get("correction") or []):
                for al in fact:
                    other_alias[q["cluster"]].add((src_name, q["id"], al.lower()))
    for q in qs:
        mine = [al.lower() for fact in q.get("facts", []) + q.get("correction", []) for al in fact]
        for al in mine:
            for src_name, oid, other in other_alias[q["cluster"]]:
                if al in other or other in al:
                    fail(q["id"], f"alias {al!r} overlaps {src_name} {oid} alias {other!r} of the same event")

    # ---- report --------------------------------------------------------------------
    dev_events = {c for c in by_cluster if is_dev(c)}
    qa_events = {q["cluster"] for q in qa["questions"]}
    mf_events = {q["cluster"] for q in mf["questions"]}
    kinds = Counter(q["kind"] for q in qs)
    print(f"questions: {len(qs)}")
    for k in KINDS:
        print(f"  {k:14s} {kinds.get(k, 0)}")
    print(f"dev events in corpus: {len(dev_events)} of {len(by_cluster)}; used: {len(used)} "
          f"(all dev: {used <= dev_events})")
    print(f"factoid questions over {len(fact_per_event)} events, "
          f"max {max(fact_per_event.values()) if fact_per_event else 0} per event")
    print(f"events also used by qa_dev: {len(used & qa_events)}; by mofresh: {len(used & mf_events)}; "
          f"by neither: {len(used - qa_events - mf_events)} (facts never overlap, checked above)")
    by_ds = Counter(by_cluster[c][0]["dataset"] for c in used)
    print("events by dataset: " + ", ".join(f"{k} {v}" for k, v in sorted(by_ds.items())))
    if failures:
        print(f"\nFAILED: {len(failures)} problem(s)")
        for f in failures:
            print("  " + f)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
