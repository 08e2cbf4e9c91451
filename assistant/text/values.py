"""Comparable values in text: numbers (digits and words), weekdays, months and capitalised names."""

from __future__ import annotations

import difflib
import re

from assistant.text.lexical import STOPWORDS, content_terms, stem, words

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12",
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
# Feasts and holidays: times of year, written with a capital like names ("over Easter weekend").
HOLIDAYS = frozenset({"easter", "christmas", "thanksgiving", "hanukkah", "ramadan", "eid", "passover", "diwali",
                      "halloween", "new year", "new year's", "new year's eve", "new year's day", "christmas eve",
                      "christmas day", "memorial day", "labor day", "independence day", "veterans day",
                      "good friday", "easter sunday", "easter monday", "boxing day", "lent", "advent"})
NUM = re.compile(r"\b\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent))?")
NAME = re.compile(r"\b[A-Z][a-zA-Z’'\-]+(?:\s+(?:[A-Z][a-zA-Z’'\-]+|of|de|al))*")


def numbers(text: str) -> set[str]:
    """Numbers in a text, normalised ('600mm' -> '600', 'two' -> '2', '1,000' -> '1000')."""
    out = {m.group().split()[0].replace(",", "") for m in NUM.finditer(text)}
    out |= {NUMBER_WORDS[w] for w in words(text) if w in NUMBER_WORDS}
    return out


def names(text: str) -> set[str]:
    """Lower-cased capitalised words that are not sentence-initial function words."""
    out: set[str] = set()
    for m in NAME.finditer(text):
        for w in m.group().split():
            lw = w.lower().strip("’'")
            if lw not in STOPWORDS and len(lw) > 1 and w[0].isupper():
                out.add(stem(lw.split("’")[0].split("'")[0]))
    return out


def close_numbers(a: str, b: str) -> bool:
    """One numeric value is a rounding of the other ("2,700" / "2,702", "1.5" / "1.53").

    The precise one has at least three significant digits, the rough one fewer, and they are within
    5%. Two values given to the same precision ("91" / "95", "168" / "162") differ: that is a
    disagreement, however close.
    """
    na, nb = re.search(r"\d+(?:[.,]\d+)*", a), re.search(r"\d+(?:[.,]\d+)*", b)
    if not na or not nb:
        return False
    ta, tb = na.group().replace(",", ""), nb.group().replace(",", "")
    x, y = float(ta), float(tb)
    if x == y:
        return True
    rough, fine = sorted((_significant(ta), _significant(tb)))
    return fine >= 3 and rough < fine and abs(x - y) / max(x, y) <= 0.05


def _significant(number: str) -> int:
    """Significant digits of a plain decimal ("2700" -> 2, "2702" -> 4, "1.50" -> 3)."""
    digits = number.replace(".", "").lstrip("0")
    return len(digits if "." in number else digits.rstrip("0")) or 1


def value_changes(a: str, b: str, max_changes: int = 1) -> list[tuple[str, str]] | None:
    """The values that differ between two near-identical texts, or None when they are not near-identical.

    Near-identical: at least 80% of the words in sequence agree, and every difference is a short
    replacement (at most four words a side), at most `max_changes` of them. A replacement counts
    when both sides carry a number or a content word and it is not a spelling of the same number
    ("two" / "2") or a rounding ("2,700" / "2,702"). An empty list: the same text up to wording.
    """
    wa, wb = a.split(), b.split()
    sm = difflib.SequenceMatcher(a=[w.lower() for w in wa], b=[w.lower() for w in wb], autojunk=False)
    if sm.ratio() < 0.8:
        return None
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if len(ops) > max_changes or any(op[0] != "replace" or op[2] - op[1] > 4 or op[4] - op[3] > 4 for op in ops):
        return None
    out: list[tuple[str, str]] = []
    for _, i1, i2, j1, j2 in ops:
        x, y = " ".join(wa[i1:i2]).strip(",.;:"), " ".join(wb[j1:j2]).strip(",.;:")
        cx, cy = set(content_terms(x)), set(content_terms(y))
        if not (cx or numbers(x)) or not (cy or numbers(y)) or cx == cy:
            continue
        if numbers(x) and numbers(x) == numbers(y):
            continue
        if close_numbers(x, y):
            continue
        out.append((x, y))
    return out


def value_difference(a: str, b: str) -> tuple[str, str] | None:
    """The one differing value of two near-identical sentences (see `value_changes`), or None."""
    changes = value_changes(a, b, max_changes=1)
    return changes[0] if changes else None
