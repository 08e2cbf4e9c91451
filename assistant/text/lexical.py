"""Word-level helpers shared by BM25, dedup and the verifier: tokens, stems, content words."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*[a-z%]*|[a-z]+(?:['’][a-z]+)?", re.IGNORECASE)
_STEMMER = Stemmer.Stemmer("english")

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say also would one ’s 's s t will
""".split())


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens (numbers keep their units: '600mm', '5.5%')."""
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def content_terms(text: str) -> list[str]:
    """Stemmed words minus stopwords: what BM25 indexes and what overlap scores compare."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def jaccard(a: set, b: set) -> float:
    """|a & b| / |a | b|; 0.0 when either set is empty, so empty texts never count as duplicates."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_SPELLED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+)?[A-Z][a-z]+)+")


def acronyms(text: str) -> set[str]:
    """The initials of the names an article spells out ("Federal Trade Commission" -> "ftc",
    "Department of Justice" -> "doj" or "dj"), so a question's acronym finds the article that never
    abbreviates."""
    out: set[str] = set()
    for m in _SPELLED.finditer(text):
        ws = [w for w in m.group().split() if w.lower() not in ("the", "a", "an")]
        out |= {"".join(w[0] for w in ws if w[0].isupper()).lower(), "".join(w[0] for w in ws).lower()}
    return {a for a in out if len(a) >= 2}
