"""Checks shared by the stand-alone checkers of the fresh question sets written in qa_dev's format
(`evals/mofresh/check.py`, `evals/modev/check.py`). Stdlib only, so a set can be checked without the
package installed. Each checker keeps what is its own: its id prefix, the patterns proving its
unanswerable questions have no answer in the corpus, and which events and other suites it may share.

Checked here, for a `Fresh` set:
  * JSON format: top level {about, questions}; ids <prefix>001.. in order; each kind has exactly its
    fields; unanswerable and false-premise questions have facts [] and say why.
  * every support quote is a substring of its source's article in the event, a whole sentence or run
    of sentences.
  * facts: 1-4 aliases of 1-4 words, each in a support quote; lists have at least two facts;
    comparisons name two outlets covering the event, one fact found in each outlet's quotes; false
    premises put a forbidden term in the question and in no quote, and a correction in the quotes.
  * no question shares a 7-word run with any article (written in our own words).
  * unanswerable: none of its recorded answer patterns matches any article of the corpus.
  * at most 3 factoid questions per event.
  * overlap: in an event another suite also asks about, no alias of ours matches one of theirs
    (substring either way, case-insensitive).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
CORPUS = DATA / "multioutlet_dev.jsonl"
QA_DEV = DATA / "qa_dev_multioutlet.json"

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
SENT_END = re.compile(r"""[.!?…]["'”’)]*$|\.\.\.$""")


@dataclass
class Fresh:
    """One question set and what it must not share with other suites."""
    questions: Path
    prefix: str  # ids are <prefix>001, <prefix>002, ...
    absent: dict[str, list[str]]  # unanswerable id -> answer patterns no article may match
    # (name, questions) of suites whose facts ours must not repeat within a shared event
    others: list[tuple[str, dict]] = field(default_factory=list)
    event_ok: Callable[[str], str | None] = lambda cluster: None  # a reason the event is not allowed
    failures: list[str] = field(default_factory=list)

    def fail(self, qid: str, msg: str) -> None:
        self.failures.append(f"{qid}: {msg}")


def norm_words(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", s).split()


def ngrams(words: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def load_corpus() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def by_event(arts: list[dict]) -> dict[str, list[dict]]:
    """The corpus articles grouped by their event (cluster)."""
    out: dict[str, list[dict]] = defaultdict(list)
    for a in arts:
        out[a["cluster"]].append(a)
    return dict(out)


def is_dev_event(cluster: str) -> bool:
    """The fixed split of qa_dev's events: even sha1 is dev, odd is report-only test."""
    return int(hashlib.sha1(cluster.encode("utf-8")).hexdigest(), 16) % 2 == 0


def dev_events_only(cluster: str) -> str | None:
    """An `event_ok` for sets that may use dev events alone."""
    return None if is_dev_event(cluster) else "a report-only test event (odd hash), not a dev event"


def check(fresh: Fresh, arts: list[dict]) -> list[dict]:
    """Runs every shared check, recording failures on `fresh`; returns its questions."""
    data = load_json(fresh.questions)
    by_cluster = by_event(arts)
    qs = data["questions"] if isinstance(data.get("questions"), list) else []
    _format(fresh, data, qs, by_cluster)
    _quotes(fresh, qs, by_cluster)
    _facts(fresh, qs, by_cluster)
    _runs(fresh, qs, arts)
    _absence(fresh, qs, arts)
    _events(fresh, qs)
    return qs


def _format(fresh: Fresh, data: dict, qs: list[dict], by_cluster: dict[str, list[dict]]) -> None:
    if set(data) != {"about", "questions"} or not isinstance(data["questions"], list):
        fresh.fail("-", "top level must be {about, questions}")
    if not str(data.get("about", "")).strip():
        fresh.fail("-", "empty 'about'")
    for i, q in enumerate(qs, 1):
        qid = q.get("id", f"#{i}")
        if qid != f"{fresh.prefix}{i:03d}":
            fresh.fail(qid, f"id should be {fresh.prefix}{i:03d}")
        kind = q.get("kind")
        if kind not in KINDS:
            fresh.fail(qid, f"unknown kind {kind!r}")
            continue
        if list(q) != FIELDS[kind]:
            fresh.fail(qid, f"fields {list(q)} != {FIELDS[kind]}")
        c = q.get("cluster")
        if c not in by_cluster:
            fresh.fail(qid, f"unknown cluster {c!r}")
            continue
        reason = fresh.event_ok(c)
        if reason:
            fresh.fail(qid, f"cluster {c}: {reason}")
        if q.get("dataset") != by_cluster[c][0]["dataset"]:
            fresh.fail(qid, f"dataset {q.get('dataset')!r} != {by_cluster[c][0]['dataset']!r}")
        if not q.get("q", "").strip():
            fresh.fail(qid, "empty question")
        if kind in ("unanswerable", "false_premise"):
            if q.get("unanswerable") is not True:
                fresh.fail(qid, "unanswerable must be true")
            if q.get("facts") != []:
                fresh.fail(qid, "facts must be [] for unanswerable/false_premise")
            if not str(q.get("why", "")).strip():
                fresh.fail(qid, "missing why")
        elif not q.get("facts"):
            fresh.fail(qid, "answerable question without facts")
        if not q.get("support"):
            fresh.fail(qid, "no support")


def _quotes(fresh: Fresh, qs: list[dict], by_cluster: dict[str, list[dict]]) -> None:
    for q in qs:
        qid, c = q["id"], q.get("cluster")
        if c not in by_cluster:
            continue
        for s in q.get("support", []):
            src, quote = s.get("source"), s.get("quote", "")
            cands = [a for a in by_cluster[c] if a["source"] == src]
            if not cands:
                fresh.fail(qid, f"source {src!r} has no article in {c}")
                continue
            text = cands[0]["text"]
            pos = text.find(quote)
            if not quote or pos < 0:
                fresh.fail(qid, f"quote not a substring of {src}'s article: {quote[:70]!r}")
                continue
            before = text[:pos].rstrip(" \t\xa0")
            if before and not (before.endswith("\n") or SENT_END.search(before) or text[pos - 1] == "\n"):
                fresh.fail(qid, f"quote does not start at a sentence boundary: {quote[:60]!r}")
            if not SENT_END.search(quote.rstrip()):
                after = text[pos + len(quote):pos + len(quote) + 1]
                if after not in ("", "\n"):
                    fresh.fail(qid, f"quote does not end a sentence: {quote[-60:]!r}")


def _aliases_ok(fresh: Fresh, qid: str, facts: list[list[str]], low: str, what: str) -> None:
    for fact in facts:
        if not (1 <= len(fact) <= 4):
            fresh.fail(qid, f"{what} needs 1-4 aliases: {fact}")
        for alias in fact:
            if not (1 <= len(alias.split()) <= 4):
                fresh.fail(qid, f"{what} alias must be 1-4 words: {alias!r}")
            if alias.lower() not in low:
                fresh.fail(qid, f"{what} alias {alias!r} not in any support quote")


def _facts(fresh: Fresh, qs: list[dict], by_cluster: dict[str, list[dict]]) -> None:
    for q in qs:
        qid, kind = q["id"], q.get("kind")
        low = " \n ".join(s.get("quote", "") for s in q.get("support", [])).lower()
        _aliases_ok(fresh, qid, q.get("facts", []), low, "fact")
        if kind == "list" and len(q.get("facts", [])) < 2:
            fresh.fail(qid, "list question needs at least two facts")
        if kind == "comparison":
            outs = q.get("outlets", [])
            if len(outs) != 2 or len(set(outs)) != 2:
                fresh.fail(qid, "comparison needs two different outlets")
            srcs = {a["source"] for a in by_cluster.get(q.get("cluster"), [])}
            for o in outs:
                if o not in srcs:
                    fresh.fail(qid, f"outlet {o!r} does not cover {q.get('cluster')}")
            if len(q.get("facts", [])) != len(outs):
                fresh.fail(qid, "comparison needs one fact per outlet")
            for o, fact in zip(outs, q.get("facts", [])):
                oq = " ".join(s["quote"] for s in q["support"] if s["source"] == o).lower()
                if not any(al.lower() in oq for al in fact):
                    fresh.fail(qid, f"fact {fact} not found in a quote of {o}")
        if kind == "false_premise":
            if not q.get("forbidden"):
                fresh.fail(qid, "false premise without forbidden terms")
            if not any(t.lower() in q["q"].lower() for t in q.get("forbidden", [])):
                fresh.fail(qid, "no forbidden term appears in the question")
            for term in q.get("forbidden", []):
                if term.lower() in low:
                    fresh.fail(qid, f"forbidden term {term!r} appears in a support quote")
            if not q.get("correction"):
                fresh.fail(qid, "false premise without correction")
            _aliases_ok(fresh, qid, q.get("correction", []), low, "correction")


def _runs(fresh: Fresh, qs: list[dict], arts: list[dict]) -> None:
    art_grams: set[tuple[str, ...]] = set()
    for a in arts:
        for line in a["text"].split("\n"):
            art_grams |= ngrams(norm_words(line))
    for q in qs:
        shared = ngrams(norm_words(q.get("q", ""))) & art_grams
        if shared:
            fresh.fail(q["id"], f"shares a {NGRAM}-word run with an article: {' '.join(sorted(shared)[0])!r}")


def _absence(fresh: Fresh, qs: list[dict], arts: list[dict]) -> None:
    for q in qs:
        if q.get("kind") != "unanswerable":
            continue
        pats = fresh.absent.get(q["id"])
        if not pats:
            fresh.fail(q["id"], "no ABSENT patterns recorded")
            continue
        for p in pats:
            hits = [f"{a['cluster']}/{a['source']}" for a in arts if re.search(p, a["text"], re.I)]
            if hits:
                fresh.fail(q["id"], f"answer pattern {p!r} found in {hits[:3]}")
    for k in fresh.absent:
        if not any(q["id"] == k and q.get("kind") == "unanswerable" for q in qs):
            fresh.fail(k, "ABSENT entry for a question that is not unanswerable")


def _events(fresh: Fresh, qs: list[dict]) -> None:
    for c, n in factoids_per_event(qs).items():
        if n > MAX_FACTOID_PER_EVENT:
            fresh.fail(c, f"{n} factoid questions (max {MAX_FACTOID_PER_EVENT})")
    theirs: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for name, other in fresh.others:
        for q in other["questions"]:
            for fact in (q.get("facts") or []) + (q.get("correction") or []):
                for al in fact:
                    theirs[q["cluster"]].add((name, q["id"], al.lower()))
    for q in qs:
        for al in (a.lower() for fact in q.get("facts", []) + q.get("correction", []) for a in fact):
            for name, oid, other in theirs[q.get("cluster")]:
                if al in other or other in al:
                    fresh.fail(q["id"], f"alias {al!r} overlaps {name} {oid} alias {other!r} of the same event")


def factoids_per_event(qs: list[dict]) -> Counter:
    return Counter(q["cluster"] for q in qs if q.get("kind") == "factoid")


def report(fresh: Fresh, qs: list[dict], by_cluster: dict[str, list[dict]], lines: list[str]) -> int:
    """Prints counts by kind, the set's own event lines, then failures; returns the exit status."""
    kinds = Counter(q.get("kind") for q in qs)
    print(f"questions: {len(qs)}")
    for k in KINDS:
        print(f"  {k:14s} {kinds.get(k, 0)}")
    per_event = factoids_per_event(qs)
    print(f"factoid questions over {len(per_event)} events, max {max(per_event.values()) if per_event else 0} per event")
    for line in lines:
        print(line)
    used = {q["cluster"] for q in qs if q.get("cluster") in by_cluster}
    by_ds = Counter(by_cluster[c][0]["dataset"] for c in used)
    print("events by dataset: " + ", ".join(f"{k} {v}" for k, v in sorted(by_ds.items())))
    if fresh.failures:
        print(f"\nFAILED: {len(fresh.failures)} problem(s)")
        for f in fresh.failures:
            print("  " + f)
        return 1
    print("\nOK: all checks passed")
    return 0
