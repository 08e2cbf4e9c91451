"""Sentence spans with exact character offsets. Shared by chunking, answers and briefings."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "hon", "pres", "inc", "ltd", "co", "corp", "vs", "etc", "no", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
    "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "approx", "est", "dept", "univ", "mt", "ft",
    # titles before a name, and AP-style state abbreviations that are not also English words
    # ("Reps. Jim Banks", "FERGUSON, Mo. —"); "Ill.", "Ind.", "Wash." stay out: they end sentences too
    "reps", "sens", "adm", "maj", "cmdr", "supt",
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kan", "ky", "mich", "minn", "mo", "mont",
    "neb", "nev", "okla", "tenn", "tex", "wis", "wyo",
}
# An initialism written with spaces, as lower-cased wire copy has it: "u. S.", "p. M.", "d. C.".
_SPACED_INITIAL = re.compile(r"\s+[A-Za-z]\.")
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace, or at a line break.
_END = re.compile(r"""[.!?]+["'”’»)\]]*(?=\s)|\n""")
_CLOSERS = "\"'”’»)]"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` belongs to an abbreviation or an initial (e.g. 'U.S.', 'J. Smith')."""
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    if not word:
        return False
    if word in _ABBREV:
        return True
    if len(word) == 1 and _SPACED_INITIAL.match(text, dot + 1):
        return True
    # Single capital letter initials: "J. K. Rowling".
    return len(word) == 1 and text[i].isupper()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        if m.group() != "\n":
            dot = m.start()
            if text[dot] == "." and m.group().rstrip(_CLOSERS) == "." and _is_abbreviation(text, dot):
                continue
            # "He said 5.5 percent" never matches (no whitespace after the dot); a lower-case
            # continuation after a full stop is usually an abbreviation we do not know.
            nxt = text[stop:end].lstrip()
            if nxt[:1].islower():
                continue
        _append(text, spans, cur, stop)
        cur = stop
    _append(text, spans, cur, end)
    return spans


def _append(text: str, spans: list[tuple[int, int]], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]
