#!/usr/bin/env python3
"""Stand-alone check of evals/mofresh/questions.json (stdlib only).

Run from the checkout root:  python3 evals/mofresh/check.py
Reads the shared data at <checkout>/../shared/data (multioutlet_dev.jsonl and
qa_dev_multioutlet.json) and, if present, evals/newsqa/questions.json (to report overlap).

Checks
  * JSON format: top-level {about, questions}; ids f001.. in order; every question has exactly
    the fields qa_dev_multioutlet.json uses for its kind, in the same order; known kinds only;
    cluster exists and dataset matches it.
  * support: every quote is an exact substring of the article of the named source in that
    cluster, and starts/ends on a sentence boundary of that article.
  * facts: 1-4 aliases per fact, 1-4 words per alias, every alias occurs (case-insensitive) in
    a support quote; comparison: two outlets that both cover the event, one fact per outlet,
    fact i found in a quote of outlet i; false premise: a forbidden term is in the question
    (at least one) and in no support quote, every correction alias is in a support quote.
  * wording: no run of 7+ consecutive words (lower-cased, accents and punctuation stripped)
    is shared by a question and any sentence of any of the 476 articles.
  * unanswerable: none of the answer patterns in ABSENT below matches any of the 476 articles.
  * events: at most 3 factoid questions per event; reports overlap with qa_dev's and newsqa's
    events. qa_dev events are allowed only because fewer than 30 events are used by neither
    suite (checked here); in those events no fact/correction alias may match (substring
    either way, case-insensitive) an alias of any qa_dev fact or correction of the same event.
  * prints counts by kind. Exit status 1 on any failure.
"""
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
NEWSQA = HERE.parent / "newsqa" / "questions.json"
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

failures = []


def fail(qid, msg):
    failures.append(f"{qid}: {msg}")


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
    data = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    return arts, qa, data


def main():
    arts, qa, data = load()
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
        if qid != f"f{i:03d}":
            fail(qid, f"id should be f{i:03d}")
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
            srcs = {a["source"] for a in by_cluster.get(q["cluster"], [])}
            for o in outs:
                if o not in srcs:
                    fail(qid, f"outlet {o!r} does not cover {q['cluster']}")
            if len(q.get("facts", [])) != len(outs):
                fail(qid, "comparison needs one fact per outlet")
            for o, fact in zip(outs, q.get("facts", [])):
                oq = " ".join(s["quote"] for s in q["support"] if s["source"] == o).lower()
                if not any(al.lower() in oq for al in fact):
                    fail(qid, f"fact {fact} not found in a quote of {o}")
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
                for alias in fact:
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

    # ---- events ------------------------------------------------------------------
    qa_events = {q["cluster"] for q in qa["questions"]}
    newsqa_events = set()
    if NEWSQA.exists():
        nq = json.loads(NEWSQA.read_text(encoding="utf-8"))
        for q in nq.get("questions", []):
            for art in q.get("articles", []) or []:
                m = re.fullmatch(r"mo-0*(\d+)", str(art))
                if m:
                    newsqa_events.add(arts[int(m.group(1)) - 1]["cluster"])
    else:
        print(f"note: {NEWSQA} not found; newsqa overlap not checked")
    used = [q["cluster"] for q in qs]
    used_set = set(used)
    fact_per_event = Counter(q["cluster"] for q in qs if q["kind"] == "factoid")
    for c, n in fact_per_event.items():
        if n > MAX_FACTOID_PER_EVENT:
            fail(c, f"{n} factoid questions (max {MAX_FACTOID_PER_EVENT})")
    free = set(by_cluster) - qa_events - newsqa_events
    over_qa = used_set & qa_events
    over_nq = used_set & newsqa_events
    if over_qa and len(free) >= 30:
        fail("-", f"{len(free)} events are used by neither qa_dev nor newsqa; qa_dev events not allowed")
    qa_alias = defaultdict(set)
    for q in qa["questions"]:
        for fact in (q.get("facts") or []) + (q.get("correction") or []):
            for al in fact:
                qa_alias[q["cluster"]].add(al.lower())
    for q in qs:
        if q["cluster"] not in qa_events:
            continue
        mine = [al.lower() for fact in q.get("facts", []) + q.get("correction", []) for al in fact]
        for al in mine:
            for other in qa_alias[q["cluster"]]:
                if al in other or other in al:
                    fail(q["id"], f"alias {al!r} overlaps qa_dev alias {other!r} of the same event")

    # ---- report --------------------------------------------------------------------
    kinds = Counter(q["kind"] for q in qs)
    print(f"questions: {len(qs)}")
    for k in KINDS:
        print(f"  {k:14s} {kinds.get(k, 0)}")
    print(f"events used: {len(used_set)} (factoid questions over {len(fact_per_event)} events, "
          f"max {max(fact_per_event.values()) if fact_per_event else 0} per event)")
    print(f"events used by neither qa_dev nor newsqa in the corpus: {len(free)}")
    print(f"events overlapping qa_dev: {len(over_qa)} (allowed: only facts qa_dev does not ask)")
    print(f"events overlapping newsqa: {len(over_nq)}")
    print(f"events used by neither: {len(used_set - qa_events - newsqa_events)}")
    by_ds = Counter(by_cluster[c][0]["dataset"] for c in used_set)
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
