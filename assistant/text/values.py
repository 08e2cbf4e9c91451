"""Comparable values in text: numbers (digits and words), weekdays, months and capitalised names."""

from __future__ import annotations

import re

from assistant.text.lexical import STOPWORDS, stem, words

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "dozen": "12",
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
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
