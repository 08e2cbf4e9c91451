"""Whether a typed span fits what the question asks beyond its type: the measure of a number
("how far" wants a distance, "how old" an age), the precision of a date ("in which year" wants a
year, "on what date" a calendar day), and whether a capitalised word that opens a sentence is a
name at all ("Within hours", "Reports that ...").
"""

from __future__ import annotations

import re

from assistant.text.casing import COMMON_SHARE, capital_share
from assistant.text.entities import YEAR, Span
from assistant.text.lexical import noun_reading
from assistant.text.values import MONTHS

_MEASURES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bhow (?:far|wide)\b|\bwhat distance\b", re.I), "distance"),
    (re.compile(r"\bhow (?:deep|tall|high)\b|\bwhat (?:depth|height)\b", re.I), "distance"),
    (re.compile(r"\bhow heavy\b|\bwhat weight\b|\bhow much did [\w\s]{0,30}weigh\b", re.I), "weight"),
    (re.compile(r"\bhow old\b|\b(?:what|which) age\b", re.I), "age"),
    (re.compile(r"\b(?:what|which) years?\b", re.I), "year"),
    (re.compile(r"\b(?:what|which) (?:date|day of the month)\b", re.I), "day"),
    (re.compile(r"\b(?:what|which) month\b", re.I), "month"),
    (re.compile(r"\b(?:what|which) deadline\b|\bby when\b|\bdeadline (?:for|to)\b", re.I), "deadline"),
]
_UNITS = {
    "distance": r"(?:miles?|mi|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|feet|foot|ft|yards?|inch(?:es)?|cm|"
                r"centimet(?:re|er)s?)",
    "weight": r"(?:tons?|tonnes?|kg|kilo(?:gram)?s?|pounds?|lbs?|ounces?|oz|grams?|g|stone)",
}
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.I)


def measure_of(question: str) -> str | None:
    """What a number or date question measures: distance | weight | age | year | month | deadline |
    day, or None."""
    for rx, measure in _MEASURES:
        if rx.search(question):
            return measure
    return None


def fits_measure(sent: str, sp: Span, measure: str | None) -> bool:
    """Whether `sp` (a span of the expected type inside `sent`) is the kind of value `measure` asks for."""
    if measure is None:
        return True
    after, before = sent[sp.end:sp.end + 25].lower(), sent[max(0, sp.start - 15):sp.start].lower()
    if measure in _UNITS:
        unit = _UNITS[measure]
        # "three miles", "10-foot", "10 - foot - deep" (the unit may carry the measured dimension).
        dimension = r"(?:\s?-\s?(?:deep|wide|long|tall|high|thick|across))?"
        return bool(re.search(rf"(?:^|[\s\-]){unit}{dimension}$", sp.text.lower()) or re.match(rf"\s?-?\s?{unit}\b", after))
    if measure == "age":
        # "71-year-old", "95 years old", "aged 53", "until he is 91", or the apposition "Robert Durst, 71, ...".
        return bool(re.match(r"\s?-?\s?(?:years?\s?-?\s?old|year\s?-\s?old)", after) or
                    re.search(r"\b(?:aged|age of|age|is|was|be|turns?|turned|reach(?:es|ed)?)\s$", before) or
                    re.search(r"years?\s?-?\s?old$", sp.text) or
                    (before.endswith(", ") and after.startswith((",", ")"))))
    if measure == "year":
        return bool(YEAR.search(sp.text))
    if measure == "deadline":
        # A deadline is the date things must happen by, not the day a memo about it was published.
        return bool(re.search(r"(?:\bby|\buntil|\btill|\bbefore|\bdeadline(?: of| is| was)?|no later than|\bdue(?: on)?)\s*$",
                              sent[max(0, sp.start - 30):sp.start], re.I))
    if measure == "month":
        return bool(_MONTH_WORD.search(sp.text))
    if measure == "day":
        return bool(_MONTH_WORD.search(sp.text) and re.search(r"\d", sp.text))
    return True


OPENER_SHARE = 0.3  # a first word capitalised less often than this, and no noun, is no name ("Apart", "Aboard")


def opens_with_common_word(sent: str, sp: Span, body: str) -> bool:
    """A capitalised word that opens the sentence ("Within", "Reports", "Local") and that the article
    also writes in lower case is an ordinary word, not the start of a name."""
    lead = sent[:sp.start].strip(" \"“‘'(")
    if lead and not lead.endswith(":"):
        return False
    first = sp.text.split()[0].strip(".,’'")
    low = first.lower()
    if len(sp.text.split()) == 1 and low.endswith("ing"):
        return True  # "Driving the news:", "Reporting by ...": a participle, not a name
    share = capital_share(low) if len(sp.text.split()) == 1 else None
    if share is not None and share < COMMON_SHARE:
        return True  # "Within hours", "Local media report": English rarely capitalises the word
    if share is not None and share < OPENER_SHARE and low.isalpha() and not noun_reading(low):
        return True  # "Apart from", "Aboard which ship": seldom capitalised, and no noun that could be a name
    if len(sp.text.split()) >= 3:
        return False  # "Make America Awesome PAC paid for the ads": three capitalised words are a name
    return first[:1].isupper() and bool(re.search(rf"(?<![\w.]){re.escape(low)}\b", body))
