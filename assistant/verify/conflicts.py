"""Contradictions between a claim and an evidence sentence about the same thing.

A claim is contradicted, not merely unsupported, when the sentence that tells the same event gives
a different number, date, place or name in the same slot, or says the opposite (a negation one side
has and the other lacks). Only values the evidence never states anywhere count: a claim's "40" is
no conflict with a sentence's "50" when another evidence sentence says 40.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.lexical import STOPWORDS, stem, words
from assistant.text.values import MONTHS, NUMBER_WORDS, WEEKDAYS

_NUM = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)([a-zA-Z]{1,3}\b)?(?:\s?(%|percent|per cent))?")
_NUM_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_DATE_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS + MONTHS) + r")\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|at|near|from|to)\s+((?:[A-Z][\w’'\-]+)(?:\s+[A-Z][\w’'\-]+)*)")
_NAME = re.compile(r"\b([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)")
_NEGATION = re.compile(r"\b(not|never|no|none|nobody|nothing|neither|nor|without|denied|denies|deny|"
                       r"refused|refuses|rejected|rejects)\b|n[’']t\b", re.IGNORECASE)
_UNIT_WINDOW = 6  # words after a number that may name what it counts ('50 new 600mm rocket launchers')
_TITLES = frozenset("mr mrs ms dr president minister leader chief king queen prince general sir lord "
                    "senator governor mayor secretary chairman spokesman spokeswoman".split())


@dataclass
class Conflict:
    """One value on which claim and evidence differ: spans are offsets in the claim and the sentence."""

    kind: str  # number, date, place, name, negation
    claim_says: str
    claim_start: int
    claim_end: int
    evidence_says: str
    evidence_start: int
    evidence_end: int


@dataclass
class _Value:
    kind: str
    norm: str
    start: int
    end: int
    unit: frozenset[str] = frozenset()
    frame: str = ""


def _units(text: str, end: int, suffix: str | None) -> frozenset[str]:
    """What a number counts: its attached unit ('600mm') or the content words just after it."""
    if suffix:
        return frozenset({suffix.lower()})
    after = [w for w in words(text[end:])[:_UNIT_WINDOW] if w not in STOPWORDS and not w[0].isdigit()]
    return frozenset(stem(w) for w in after)


def _frame(text: str, start: int) -> str:
    before = [w for w in words(text[:start]) if w not in ("a", "an", "the")]
    return before[-1] if before else ""


def values(text: str) -> list[_Value]:
    """Numbers (with what they count), dates, places and names, each with its span."""
    out: list[_Value] = []
    for m in _NUM.finditer(text):
        raw = m.group(1).replace(",", "")
        if len(raw) == 4 and raw.startswith(("19", "20")) and not m.group(2):
            out.append(_Value("year", raw, m.start(), m.end()))
        elif m.group(3):
            out.append(_Value("number", raw + "%", m.start(), m.end(), frozenset({"%"})))
        else:
            out.append(_Value("number", raw, m.start(), m.end(1) if not m.group(2) else m.end(),
                              _units(text, m.end(), m.group(2))))
    for m in _NUM_WORD.finditer(text):
        out.append(_Value("number", NUMBER_WORDS[m.group().lower()], m.start(), m.end(), _units(text, m.end(), None)))
    for m in _DATE_WORD.finditer(text):
        w = m.group().lower()
        if w == "may" and not m.group()[0].isupper():
            continue  # the verb
        out.append(_Value("weekday" if w in WEEKDAYS else "month", w, m.start(), m.end()))
    places = set()
    for m in _PLACE.finditer(text):
        place = m.group(1)
        if place.lower() in STOPWORDS or place.lower() in WEEKDAYS + MONTHS:
            continue
        places.add(m.start(1))
        out.append(_Value("place", place.lower(), m.start(1), m.end(1)))
    for m in _NAME.finditer(text):
        if m.start() == 0 or m.start(1) in places or text[:m.start()].rstrip().endswith((".", "“", "\"", ":")):
            continue  # a sentence-initial capital is not a name signal
        name = m.group(1)
        if name.lower() in STOPWORDS or name.lower() in WEEKDAYS + MONTHS:
            continue
        frame = _frame(text, m.start())
        if frame in _TITLES:
            out.append(_Value("name", name.lower(), m.start(1), m.end(1), frame=frame))
    return out


def _stated(v: _Value, context_values: set[tuple[str, str]], context_lower: str) -> bool:
    """Whether the evidence states this value anywhere: a place as a place, a name by its surname."""
    if (v.kind, v.norm) in context_values:
        return True
    if v.kind == "place":
        return any(k == "place" and (v.norm in n or n in v.norm) for k, n in context_values)
    if v.kind == "name":
        return re.search(r"\b" + re.escape(v.norm.split()[-1]) + r"\b", context_lower) is not None
    return False


def find_conflicts(claim: str, sentence: str, context: str) -> list[Conflict]:
    """Values of `claim` that `sentence` (same event) gives differently and `context` never states."""
    cvals = values(claim)
    if not cvals and not _NEGATION.search(claim) and not _NEGATION.search(sentence):
        return []
    ctx_vals = {(v.kind, v.norm) for v in values(context)}
    ctx_lower = context.lower()
    svals = values(sentence)
    found: list[Conflict] = []
    for v in cvals:
        if _stated(v, ctx_vals, ctx_lower):
            continue
        rivals = [s for s in svals if s.kind == v.kind and s.norm != v.norm
                  and (s.norm, s.kind) not in {(c.norm, c.kind) for c in cvals}]
        if v.kind == "number":
            rivals = [s for s in rivals if s.unit & v.unit]
            rivals.sort(key=lambda s: -len(s.unit & v.unit))
        elif v.kind == "name":
            rivals = [s for s in rivals if s.frame == v.frame]
        if rivals:
            s = rivals[0]
            found.append(Conflict(v.kind if v.kind in ("number", "place", "name") else "date",
                                  claim[v.start:v.end], v.start, v.end,
                                  sentence[s.start:s.end], s.start, s.end))
    neg_c, neg_s = _NEGATION.search(claim), _NEGATION.search(sentence)
    if bool(neg_c) != bool(neg_s):
        if neg_c:
            found.append(Conflict("negation", neg_c.group(), neg_c.start(), neg_c.end(),
                                  sentence, 0, len(sentence)))
        else:
            found.append(Conflict("negation", claim, 0, len(claim), neg_s.group(), neg_s.start(), neg_s.end()))
    return found
