"""An answer under construction: the lines it will say, each a verbatim quote or a frame around
verbatim values, and how a long sentence is cut to the clauses that answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from assistant.answer.base import REFUSAL
from assistant.answer.evidence import Sentence
from assistant.text.lexical import stem, words
from assistant.verify.support import Passage

MAX_ANSWER_WORDS = 32  # longer sentences are cut to the clauses that answer
_CLAUSE = re.compile(r"(?:,|;|:| —| –| -- )\s")


@dataclass
class Quote:
    passage: Passage
    start: int  # within passage.text
    end: int

    @property
    def text(self) -> str:
        return self.passage.text[self.start:self.end]


@dataclass
class Line:
    """One answer sentence: a verbatim quote, or a frame around verbatim values (framed=True)."""

    text: str
    quotes: list[Quote]
    framed: bool = False


@dataclass
class Draft:
    kind: str
    lines: list[Line] = field(default_factory=list)
    short_answer: str | None = None
    conflict: list[tuple[str, Quote]] = field(default_factory=list)  # (value, where) per side
    notices: list[str] = field(default_factory=list)
    story: list[str] = field(default_factory=list)  # broad: the story's article ids, best match first

    @property
    def refused(self) -> bool:
        return not self.lines

    def text(self) -> str:
        if self.refused:
            return REFUSAL
        return " ".join(with_marker(ln.text, sorted({q.passage.n for q in ln.quotes})) for ln in self.lines)


def with_marker(sentence: str, n: int | Iterable[int]) -> str:
    """'…state media said.' -> '…state media said [2].' (marker before the final full stop)."""
    marks = "".join(f"[{m}]" for m in ([n] if isinstance(n, int) else n))
    s = sentence.rstrip()
    if s[-1:] in ".!?" and s[-2:-1] not in ".!?":
        return f"{s[:-1]} {marks}{s[-1]}"
    return f"{s} {marks}"


def quote_of(s: Sentence) -> Quote:
    return Quote(s.passage, s.start, s.end)


def line_of(s: Sentence) -> Line:
    return Line(s.text.strip(), [quote_of(s)])


def focused_line(s: Sentence, keep: int | None = None, keep_to: int | None = None) -> Line:
    """The sentence, or for a long one the clauses that hold the answer (offsets `keep`..`keep_to`
    within the sentence) and the question's terms: a verbatim slice, so the quote stays exact and short."""
    text = s.text
    if len(words(text)) <= MAX_ANSWER_WORDS:
        return line_of(s)
    # Never cut inside the answer itself ("13, 000 twins" has a comma).
    inside = (lambda c: keep < c < keep_to) if keep is not None and keep_to is not None else (lambda c: False)
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text) if not inside(m.end())] + [len(text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if text[cuts[i]:cuts[i + 1]].strip()]

    def useful(a: int, b: int) -> bool:
        if keep is not None and a <= keep < b:
            return True
        return bool({stem(w) for w in words(text[a:b])} & s.matched)

    marks = [i for i, (a, b) in enumerate(pieces) if useful(a, b)]
    if not marks:
        return line_of(s)
    lo, hi = min(marks), max(marks)
    if keep is not None:  # grow around the answer's clause until the slice says enough
        at = next(i for i, (a, b) in enumerate(pieces) if a <= keep < b)
        lo, hi = at, at
        while len(words(text[pieces[lo][0]:pieces[hi][1]])) < 12 and (lo > 0 or hi < len(pieces) - 1):
            lo, hi = (lo - 1, hi) if lo > 0 and (hi == len(pieces) - 1 or lo in marks) else (lo, hi + 1)
    a, b = pieces[lo][0], pieces[hi][1]
    while a < b and text[a] in " ,;:—–-":
        a += 1
    while b > a and text[b - 1] in " ,;:—–-":
        b -= 1
    if b - a >= len(text) - 2 or len(words(text[a:b])) < 6:
        return line_of(s)
    return Line(text[a:b], [Quote(s.passage, s.start + a, s.start + b)])


