"""Evidence for an answer: every retrieved source sentence with the signals that tell whether it
answers the question or only talks about its topic, and the typed answer spans inside it (chosen by
`spans.answer_spans`).

Signals per sentence: embedding cosine to the question, idf-weighted coverage of the question's
focus terms, whether the question's names occur in the sentence and in its article, whether the
article's date fits the years the question names, and whether it tells the question's event (its
main verb) for the answer spans it holds to count.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Sequence

from assistant.answer.question import QUESTION_WORDS, QuestionAnalysis
from assistant.answer.spans import ALIASES, NAMED, answer_spans, beside_head, name_hit, role_elsewhere, stems_of
from assistant.text.entities import Span, typed_spans
from assistant.text.gazetteer import abbreviated_states
from assistant.text.lexical import acronyms, stem, words
from assistant.verify.support import Passage, Verifier

# Sentence score = W_COS * cosine + W_COVER * focus coverage + W_NAMES * names in sentence.
# Chosen on the dev halves of the question sets (`make eval-dev`); never on the test halves.
W_COS, W_COVER, W_NAMES = 0.45, 0.40, 0.15
_ASKS = re.compile(r"\?[\s\"'”’)\]]*(?:\[\d+\])?\s*$")
# Coverage of the question's terms above which a sentence need not repeat its main verb.
PREDICATE_FREE_COVER = 0.3
PREDICATE_FREE_COS = 0.6
# A date needs the verb unless the sentence names everything the question names and many of its terms
# (dev: 0.6 -> 0.4 dated two more events, one of them under a conflict; 0.3 dated a redacted one).
DATE_FREE_COVER = 0.4
_PRONOUN = re.compile(r"\W*(?:(?:But|And|Then|Now|Later|Still)\s+)?(?:He|She|They|His|Her|Their)\b")


@dataclass
class Sentence:
    passage: Passage
    start: int  # offsets within passage.text
    end: int
    text: str
    rank: int  # retrieval rank of its passage (0 = best)
    cos: float = 0.0
    cover: float = 0.0
    names_in_sentence: float = 1.0
    names_in_article: float = 1.0
    date_ok: bool = True
    matched: set[str] = field(default_factory=set)
    answers: list[Span] = field(default_factory=list)  # typed spans not in the question, nearest first
    score: float = 0.0

    @property
    def key(self) -> tuple[str, int]:
        return (self.passage.article_id or self.passage.chunk_id, self.passage.start + self.start)


def _carry_over(analysis: QuestionAnalysis, sents: list[Sentence], sent_stems: list[set[str]]) -> None:
    """ "A federal judge on Monday threw out the suits. The judge, James E. Boasberg, said ...": the
    sentence that names the asked-for person by the definite noun answers with the score of the
    sentence it continues, when that one tells the question's event and brings in the noun."""
    head = analysis.head or ""
    for i in range(1, len(sents)):
        prev, s = sents[i - 1], sents[i]
        if prev.passage is not s.passage or prev.end > s.start or prev.passage.text[prev.end:s.start].strip():
            continue
        if not s.answers or not re.match(rf"\W*the\s+{re.escape(head)}\w*\b", s.text, re.I):
            continue
        if head in sent_stems[i - 1] and analysis.predicate & prev.matched:
            s.score = max(s.score, prev.score)


def state_stems(text: str) -> set[str]:
    """The stems of the US states a text names only by abbreviation ("Pittsburg, Calif." -> california),
    for checking the question's names against an article's words."""
    return {stem(w) for state in abbreviated_states(text) for w in state.split()}


def _year_fits(analysis: QuestionAnalysis, p: Passage, article_text: str) -> bool:
    years = {c.norm for c in analysis.constraints if c.kind == "year"}
    if not years:
        return True
    if p.published_at:
        y = int(p.published_at[:4])
        if any(abs(int(x) - y) <= 1 for x in years):
            return True
    return any(x in article_text for x in years)


def collect(analysis: QuestionAnalysis, passages: Sequence[Passage], verifier: Verifier,
            articles: dict[str, str] | None = None) -> list[Sentence]:
    """Every distinct sentence of the passages with its signals and score, best first.

    `articles` maps article id -> full body, for checking names and years against the whole article
    (a chunk may not hold them); without it the passage text stands in.
    """
    sents: list[Sentence] = []
    seen: set[tuple[str, int]] = set()
    for rank, p in enumerate(passages):
        for a, b in verifier.sentence_spans(p.chunk_id or p.text, p.text):
            s = Sentence(p, a, b, p.text[a:b], rank)
            if s.key in seen or len(words(s.text)) < 4 or _ASKS.search(s.text):
                continue  # (a question the article asks states nothing: "How will the new film differ?")
            seen.add(s.key)
            sents.append(s)
    if not sents:
        return []
    focus = set(analysis.focus)
    n = len(sents)
    sent_stems = [stems_of(s.text) for s in sents]
    df = {t: sum(t in ss for ss in sent_stems) for t in focus}
    # Terms no sentence has get the highest weight: a question about what the sources never mention
    # cannot reach a high coverage.
    idf = {t: math.log(1 + n / (1 + df[t])) for t in focus}
    total = sum(idf.values()) or 1.0
    # Only sentences sharing a term with the question are embedded: one that shares none cannot reach
    # an answering score, and the model's pass over each sentence is most of an ask's time. (A
    # comparison or a broad question reads each outlet's sentences on the point, in its own words.)
    shared = [bool(focus & ss) or analysis.kind in ("comparison", "broad") for ss in sent_stems]
    got = iter(verifier.vectors([analysis.question] + [s.text for s, sh in zip(sents, shared) if sh]))
    qv = next(got)
    vecs = [qv] + [next(got) if sh else None for sh in shared]
    q_norms = {sp.norm for sp in typed_spans(analysis.question)}
    q_words = set(words(analysis.question.lower())) | {w for w in analysis.question.lower().split()}
    q_norms |= {full for full, short in ALIASES.items() if q_words & set(short)}
    q_stems = stems_of(analysis.question)
    bodies: dict[str, set[str]] = {}
    for i, (s, ss, v) in enumerate(zip(sents, sent_stems, vecs[1:])):
        p = s.passage
        s.matched = (focus & ss) - {stem(w) for w in QUESTION_WORDS}
        s.cover = sum(idf[t] for t in focus & ss) / total if focus else 0.0
        s.cos = max(0.0, float(qv @ v)) if qv is not None and v is not None else s.cover
        body = (articles or {}).get(p.article_id) or p.text
        if p.article_id not in bodies:
            bodies[p.article_id] = stems_of(p.title + " " + body) | acronyms(body) | state_stems(body)
        names = analysis.names
        # "He pleaded guilty before Judge X": the pronoun is the person the sentence before names.
        told = ss | sent_stems[i - 1] if i and _PRONOUN.match(s.text) and sents[i - 1].passage is p else ss
        if names:
            s.names_in_sentence = sum(name_hit(c.stems, told) for c in names) / len(names)
            s.names_in_article = sum(name_hit(c.stems, bodies[p.article_id]) for c in names) / len(names)
        s.date_ok = _year_fits(analysis, p, body)
        s.answers = answer_spans(s.text, analysis, q_norms, q_stems, s.matched, body)
        if s.answers and analysis.role and analysis.role not in ss:
            # "which judge": a sentence that names no judge names someone else, unless its article
            # calls that person by the role elsewhere ("Jim Ziegler, the state auditor ... Mr. Ziegler").
            s.answers = [sp for sp in s.answers if role_elsewhere(analysis.role, sp, body)]
        # A typed answer must come from a sentence about the question's event: its main verb, or
        # most of its terms ("When did X endorse Y" is not answered by the day X reached a tally).
        # Dates are in nearly every news sentence, so a date answer needs the verb unless the sentence
        # names everything the question names and many of its terms.
        loose = (s.cover >= PREDICATE_FREE_COVER or s.cos >= PREDICATE_FREE_COS) if analysis.answer_type != "date" \
            else s.cover >= DATE_FREE_COVER and s.names_in_sentence == 1.0
        if s.answers and not loose and not (analysis.predicate & ss):
            if analysis.head and analysis.answer_type in NAMED:
                # In a sentence that matches the question loosely and lacks its verb (or the verb was
                # not found), only a name it calls by the question's noun ties to what is asked
                # ("taken to Fort Lee military base" for "which Army base").
                # The wh-phrase's own names must be there too ("which Texas senator": "Sen. Chris Dodd" in
                # a sentence that says nothing of Texas is some other senator).
                s.answers = [sp for sp in s.answers if beside_head(analysis.head, s.text, sp)
                             and all(name_hit(c.stems, told) for c in analysis.wh_names)]
            elif analysis.predicate:
                s.answers = []
        s.score = round(W_COS * s.cos + W_COVER * s.cover + W_NAMES * s.names_in_sentence, 4)
    if analysis.head and analysis.answer_type in NAMED:
        _carry_over(analysis, sents, sent_stems)
    sents.sort(key=lambda s: (-s.score, s.rank))
    return sents
