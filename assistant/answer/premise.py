"""False premises: a number or name in the question that no source has, corrected with the value
the sources give in its place ("The articles say 50, not 100 [1]"), or refused when none is in its place."""

from __future__ import annotations

import re
from typing import Sequence

from assistant.answer.draft import Draft, Line, line_of, quote_of
from assistant.answer.evidence import Sentence, state_stems
from assistant.answer.question import QuestionAnalysis
from assistant.text.entities import Span, typed_spans
from assistant.text.gazetteer import DEMONYMS
from assistant.text.lexical import STOPWORDS, acronyms, stem, words
from assistant.text.values import numbers
from assistant.verify.support import Passage

# The span types that may correct a wrong name of each type.
_CORRECTS = {"person": ("person",), "place": ("place",), "org": ("org",), "name": ("name", "person")}
_VAGUE_WORD = re.compile(r"(?:dozens|hundreds|thousands|millions|several|many)\b", re.I)


def false_premise(analysis: QuestionAnalysis, sents: list[Sentence], passages: Sequence[Passage],
                  articles: dict[str, str]) -> Draft | None:
    """A number or name in the question that no source has, where the best source gives another."""
    texts = " ".join(articles.get(p.article_id) or p.text for p in passages)
    have_nums = numbers(texts)
    # ... the same article words the evidence checks names against: "Pittsburg, Calif." names California.
    have_stems = {stem(w) for w in words(texts)} | acronyms(texts) | state_stems(texts)
    for c in analysis.constraints:
        if c.kind == "number" and re.search(rf"\b(?:which|what)\s+{re.escape(c.text.split()[0])}\b", analysis.question, re.I):
            continue  # "In which two cities": how many answers are asked for, not a claim
        if c.kind == "number" and c.text.split()[0].lower() == "one":
            continue  # "in one salvo", "one of": a figure of speech more often than a figure
        if c.kind == "number":
            missing = not (c.stems & have_nums) and not numbers(c.text) & have_nums
        elif c.kind == "name":
            missing = not any(s in have_stems for s in c.stems)
        else:
            continue
        if not missing:
            continue
        fix = correction(analysis, c.text, sents)
        draft = Draft(analysis.kind)
        if fix is None:
            draft.notices.append(f"no article mentions {c.text!r}")
            return draft
        value, s = fix
        draft.short_answer = value
        wrong = c.text
        if c.kind == "number":  # "100 new rocket" -> "100": the value, not the words after it
            wrong = re.match(r"\S+", c.text).group().rstrip(",.")
        draft.lines.append(Line(f"The articles say {value}, not {wrong} [{s.passage.n}].", [quote_of(s)],
                                framed=True))
        draft.lines.append(line_of(s))
        return draft
    return None

def correction(analysis: QuestionAnalysis, wrong: str, sents: list[Sentence]) -> tuple[str, Sentence] | None:
    """The value a well-matching source sentence gives in the slot the question's wrong value fills."""
    q = analysis.question
    at = q.find(wrong)
    neighbours = {stem(w) for w in words(q[max(0, at - 30):at] + " " + q[at + len(wrong):at + len(wrong) + 30])
                  if w not in STOPWORDS}
    wrong_is_number = bool(numbers(wrong))
    q_spans = typed_spans(q)
    wrong_unit = _counted(next((sp for sp in q_spans if sp.start == at), None)) if wrong_is_number else set()
    # A wrong place is corrected by a place, a wrong person by a person ("Cape Canaveral" is not
    # corrected by "Blue Origin's").
    wrong_type = next((sp.type for sp in q_spans if sp.text == wrong), None)
    wrong_demonym = wrong.lower() in DEMONYMS  # "Russian" is corrected by "Chinese", not by a person
    # A wrong name is corrected only by a name in the same place of a sentence: the content word
    # next to it matches ("his Russian counterpart" / "his Chinese counterpart").
    beside = _beside_words(q, at, at + len(wrong))
    for s in sents[:6]:
        if s.cover < 0.3:
            continue
        for sp in typed_spans(s.text):
            if wrong_is_number != (sp.type in ("count", "money", "percent", "score")):
                continue
            if not wrong_is_number and wrong_type and sp.type not in _CORRECTS.get(wrong_type, (sp.type,)):
                continue
            if not wrong_is_number and (wrong_demonym != (sp.norm in DEMONYMS)
                                        or not beside & _beside_words(s.text, sp.start, sp.end)):
                continue
            if sp.type in ("date", "year") or sp.text.lower() in q.lower() or _VAGUE_WORD.match(sp.text):
                continue
            unit = _counted(sp) if wrong_is_number else set()
            if wrong_unit and unit and not wrong_unit & unit:
                continue  # "six men" does not correct "two cities": they count different things
            around = {stem(w) for w in words(s.text[max(0, sp.start - 30):sp.start] + " " +
                                                s.text[sp.end:sp.end + 30]) if w not in STOPWORDS}
            if neighbours & around:
                return sp.text, s
        if wrong_is_number and re.search(r"\bunanimous(?:ly)?\b", s.text, re.I) and re.search(r"\d+\s?-\s?\d+", wrong):
            return "unanimous" if "unanimous" in s.text.lower() else "unanimously", s
    return None


def _counted(sp: Span | None) -> set[str]:
    """The stems of what a count span counts ("50 launchers" -> launcher), if it says."""
    if sp is None or sp.type != "count":
        return set()
    return {stem(w) for w in words(sp.text)[1:] if w not in STOPWORDS | {"new", "more", "other"}}


def _beside_words(text: str, start: int, end: int) -> set[str]:
    """The stems of the nearest content word before and after text[start:end]."""
    before = [w for w in words(text[max(0, start - 40):start]) if w not in STOPWORDS]
    after = [w for w in words(text[end:end + 40]) if w not in STOPWORDS]
    return {stem(w) for w in before[-1:] + after[:1]}
