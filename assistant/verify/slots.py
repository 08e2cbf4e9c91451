"""Is a difference of values a real conflict? Two outlets' sentences about one event often give
different numbers or days that are not rival answers to one question: "1.6 million" is
1,626,042 rounded, "Wednesday" is when the governor urged and "Thursday" when he signed, "$6
trillion budget" and "$5 trillion in new spending" count different things. A conflict needs the
same slot: values of one sub-kind, not a rounding or hedge of one another, and the same words
around them. Calibrated on split=dev of evals/data/disagreement_pairs.jsonl
(`python -m assistant.evals.disagreements`).
"""

from __future__ import annotations

import re

from assistant.text.lexical import STOPWORDS, stem, words
from assistant.text.values import MONTHS, WEEKDAYS

_SCALE = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
# Hedges and the range they leave a figure: "nearly 1 trillion" is below 1 trillion, "more than 150" above 150.
_BELOW = re.compile(r"\b(nearly|almost|less than|fewer than|under|up to|as many as|as much as|just shy of)\W*\$?$",
                    re.IGNORECASE)
_ABOVE = re.compile(r"\b(more than|over|at least|upwards of|in excess of)\W*\$?$", re.IGNORECASE)
_ABOUT = re.compile(r"\b(about|around|roughly|approximately|some|an estimated|estimated|close to)\W*\$?$",
                    re.IGNORECASE)
HEDGE_SPAN = 0.25  # how far a hedged figure reaches beyond its literal value
ROUNDING = 0.05  # a rounded figure within this share of the exact one is the same figure
# What a value counts follows it ("$1 trillion infrastructure bill"); the word before is its verb or preposition.
CONTEXT_AFTER, CONTEXT_BEFORE = 3, 1
# Sentence alignment a differing day/place needs (they are so often different sub-events).
DATE_ALIGN = 0.7
PLACE_ALIGN = 0.75
CHARACTERISATION_WORDS = 5  # longer quotes are reported speech, not a characterisation of the thing


def _number(surface: str) -> tuple[float, float] | None:
    """(value, rounding step) of '1.6 million', '1,626,042 signatures', '$716 billion', '22 percent'."""
    m = re.match(r"\$?(\d+(?:,\d{3})*(?:\.\d+)?)\s*(\w+)?", surface.strip())
    if not m:
        return None
    literal, unit = m.group(1).replace(",", ""), (m.group(2) or "").lower()
    scale = _SCALE.get(unit, 1.0)
    if "." in literal:
        step = 10 ** -len(literal.split(".")[1])
    else:
        step = 10 ** (len(literal) - len(literal.rstrip("0"))) if literal.strip("0") else 1
    return float(literal) * scale, step * scale


def _hedge(text: str, surface: str) -> str:
    i = text.find(surface.split()[0])
    before = text[max(0, i - 24):i].rstrip() if i > 0 else ""
    for name, pattern in (("below", _BELOW), ("above", _ABOVE), ("about", _ABOUT)):
        if pattern.search(before):
            return name
    return ""


def _covers(hedge: str, literal: float, other: float) -> bool:
    """Whether a figure hedged as `hedge` around `literal` admits `other`."""
    if hedge == "below":
        return (1 - HEDGE_SPAN) * literal <= other <= literal
    if hedge == "above":
        return literal <= other <= (1 + HEDGE_SPAN) * literal
    if hedge == "about":
        return abs(other - literal) <= 0.1 * literal
    return False


def numbers_differ(x_text: str, xs: list[str], y_text: str, ys: list[str]) -> bool:
    """True when no value of one side is the other's rounded or hedged figure."""
    for a in xs:
        for b in ys:
            na, nb = _number(a), _number(b)
            if na is None or nb is None:
                continue
            (va, sa), (vb, sb) = na, nb
            close = abs(va - vb) <= ROUNDING * max(abs(va), abs(vb))
            if close and (round(va / sb) * sb == vb or round(vb / sa) * sa == va):
                return False  # one is the other rounded
            if _covers(_hedge(x_text, a), va, vb) or _covers(_hedge(y_text, b), vb, va):
                return False
    return True


def _context(text: str, surface: str) -> tuple[set[str], set[str]]:
    """Stemmed content words (before, after) the first occurrence of `surface` in `text`."""
    i = text.find(surface.split()[0])
    if i < 0:
        return set(), set()
    before = [w for w in words(text[:i]) if w not in STOPWORDS][-CONTEXT_BEFORE:]
    after = [w for w in words(text[i + len(surface):]) if w not in STOPWORDS][:CONTEXT_AFTER]
    keep = lambda ws: {stem(w) for w in ws if not w[:1].isdigit()}  # noqa: E731
    return keep(before), keep(after)


def same_slot(x_text: str, xs: list[str], y_text: str, ys: list[str]) -> bool:
    """The differing values sit in the same frame: the same word before them or what follows them."""
    for a in xs:
        bx, ax = _context(x_text, a)
        for b in ys:
            by, ay = _context(y_text, b)
            if bx & by or ax & ay:
                return True
    return False


def counts_differ(x_text: str, xs: list[str], y_text: str, ys: list[str]) -> bool:
    """Both figures say what they count and no pair shares a word of it: '$6 trillion budget' and
    '$5 trillion in new federal spending' are two different sums, however alike the verbs before them."""
    pairs = [(_context(x_text, a)[1], _context(y_text, b)[1]) for a in xs for b in ys]
    # One shared word of three is not enough ('$1.3 billion for general border security' / '$5.7 billion
    # for a border wall'); with fewer words to compare, one is.
    return all(ax and ay and len(ax & ay) < min(2, len(ax), len(ay)) for ax, ay in pairs)


def _date_kind(v: str) -> str:
    v = v.lower()
    if v in WEEKDAYS:
        return "weekday"
    if v in MONTHS:
        return "month"
    return "year" if v.isdigit() else "other"


def is_conflict(kind: str, align: float, x_text: str, xs: list[str], y_text: str, ys: list[str]) -> bool:
    """Whether differing values `xs` / `ys` (surfaces) of `kind` are a real conflict between the sentences."""
    if kind == "number":
        return numbers_differ(x_text, xs, y_text, ys) and same_slot(x_text, xs, y_text, ys) \
            and not counts_differ(x_text, xs, y_text, ys)
    if kind == "date":
        kinds_x, kinds_y = {_date_kind(v) for v in xs}, {_date_kind(v) for v in ys}
        return align >= DATE_ALIGN and bool(kinds_x & kinds_y) and same_slot(x_text, xs, y_text, ys)
    if kind == "place":
        # "Columbus" and "Ohio" are one place at two scales: only a close paraphrase makes it a conflict.
        return align >= PLACE_ALIGN and same_slot(x_text, xs, y_text, ys)
    if kind == "characterisation":
        # The slot is settled by the caller (sentence or quote-frame alignment); what is left is that
        # both are short labels ('a special attack' / 'strategic mission'), not two different quotes.
        return all(len(s.split()) <= CHARACTERISATION_WORDS for s in xs + ys)
    return True
