#!/usr/bin/env python3
"""Re-check the hand-written why-question set in questions.json (stdlib only).

Checks:
  * file structure (ids unique, required keys, one fact of 1-4 aliases, booleans)
  * every question starts with "Why"
  * every article id exists in <repo-root>/shared/data/cnndm_articles.jsonl
  * every support string is an exact substring of its article text
  * every alias occurs (case-insensitive) inside one support string, and has 1-4 words
  * no run of 6 or more consecutive words is shared between the question and any
    support string (lower-cased, accents removed, punctuation turned into spaces)
  * spread: at least 30 distinct articles, at most 2 questions per article

Usage: python3 check.py [path/to/questions.json]
Exit status 0 if everything passes, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from freshcheck import ngrams, norm_words  # noqa: E402  (the sets share one way to compare words)

ARTICLES = Path(__file__).resolve().parents[3] / "shared/data/cnndm_articles.jsonl"
NGRAM = 6
MIN_ARTICLES = 30
MAX_PER_ARTICLE = 2


def alias_word_count(alias):
    """Words = whitespace-separated tokens containing a letter or digit
    (so "cross - pollination" is 2 words and "father's" is 1)."""
    return sum(1 for tok in alias.split() if re.search(r"[A-Za-z0-9]", tok))


def main():
    qpath = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "questions.json"
    data = json.loads(qpath.read_text(encoding="utf-8"))
    questions = data["questions"]

    articles = {}
    with ARTICLES.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                obj = json.loads(line)
                articles[obj["id"]] = obj["text"]

    errors = []
    ids = Counter(q.get("id") for q in questions)
    for qid, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {qid}")
    if not isinstance(data.get("about"), str) or not data["about"].strip():
        errors.append("missing 'about' paragraph")

    keys = ["id", "q", "article", "support", "facts", "event_words", "question_verb", "same_verb"]
    for q in questions:
        qid = q.get("id", "?")
        missing = [k for k in keys if k not in q]
        if missing:
            errors.append(f"{qid}: missing keys {missing}")
            continue
        if not q["q"].startswith("Why"):
            errors.append(f"{qid}: question does not start with 'Why'")
        if not isinstance(q["same_verb"], bool):
            errors.append(f"{qid}: same_verb is not a boolean")
        text = articles.get(q["article"])
        if text is None:
            errors.append(f"{qid}: article {q['article']} not found in {ARTICLES}")
            continue
        sup = q["support"]
        if not isinstance(sup, list) or not 1 <= len(sup) <= 2:
            errors.append(f"{qid}: support must be a list of 1-2 strings")
            sup = sup if isinstance(sup, list) else []
        for s in sup:
            if s not in text:
                errors.append(f"{qid}: support not an exact substring: {s[:70]!r}")
        facts = q["facts"]
        if not (isinstance(facts, list) and len(facts) == 1 and isinstance(facts[0], list)
                and 1 <= len(facts[0]) <= 4):
            errors.append(f"{qid}: facts must be exactly one list of 1-4 aliases")
        else:
            for alias in facts[0]:
                if not 1 <= alias_word_count(alias) <= 4:
                    errors.append(f"{qid}: alias {alias!r} is not 1-4 words")
                if not any(alias.lower() in s.lower() for s in sup):
                    errors.append(f"{qid}: alias {alias!r} not in any support string")
        qgrams = ngrams(norm_words(q["q"]), NGRAM)
        for s in sup:
            shared = qgrams & ngrams(norm_words(s), NGRAM)
            if shared:
                errors.append(f"{qid}: shares a {NGRAM}-word run with support: {' '.join(sorted(shared)[0])!r}")

    per_article = Counter(q.get("article") for q in questions)
    for art, n in per_article.items():
        if n > MAX_PER_ARTICLE:
            errors.append(f"article {art} used {n} times (max {MAX_PER_ARTICLE})")
    if len(per_article) < MIN_ARTICLES:
        errors.append(f"only {len(per_article)} distinct articles (need >= {MIN_ARTICLES})")

    same = sum(1 for q in questions if q.get("same_verb") is True)
    print(f"questions: {len(questions)}")
    print(f"distinct articles: {len(per_article)}")
    print(f"same_verb true: {same}, false: {len(questions) - same}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
