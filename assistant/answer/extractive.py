"""The offline generator: picks the source sentences that answer a question and quotes them with [n].

It never writes a word of its own: every answer sentence is a verbatim sentence of a source.
It refuses when no sentence scores at least `REFUSE_BELOW`, a threshold calibrated on a labelled
set of answerable and unanswerable questions (tests/data/answer_calibration.jsonl, recomputed
with `python -m assistant.answer.extractive tests/data/answer_calibration.jsonl`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from assistant.answer.base import REFUSAL
from assistant.text.lexical import STOPWORDS, content_terms, jaccard, stem, words
from assistant.text.values import names, numbers
from assistant.verify.support import Passage, Verifier

# Calibrated threshold (see module docstring and `calibrate_threshold`): 0.519 on 34 seed questions
# (18 answerable, 16 not), accuracy 0.91, no unanswerable question answered; the cut is the midpoint of the widest
# gap between best-sentence scores of answerable and unanswerable calibration questions.
REFUSE_BELOW = 0.52
MAX_SENTENCES = 3
# Score weights: embedding cosine, idf-weighted question-term coverage, answer-type match.
W_COS, W_LEX, W_TYPE = 0.55, 0.35, 0.10
# Secondary sentences must come this close to the best one, so answers stay on the point.
KEEP_WITHIN = 0.08

# Words that shape a question but say nothing about its topic.
_QUESTION_WORDS = frozenset(stem(w) for w in """
many much kind type sort exactly happen happened tell know according anything something
""".split())
_PRONOUNS = frozenset("it its they them their theirs this that these those he him his she her there".split())
_WHEN = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                   r"april|may|june|july|august|september|october|november|december|\d{4}|yesterday|today|"
                   r"last (?:week|month|year)|this (?:week|month|year)|ago)\b", re.IGNORECASE)


@dataclass
class Candidate:
    passage: Passage
    start: int  # within passage.text
    end: int
    text: str
    score: float


def _terms(text: str) -> set[str]:
    return {t for t in content_terms(text) if t not in _QUESTION_WORDS}


def _answer_type_bonus(question: str, sentence: str) -> float:
    """1.0 when the sentence holds the kind of thing the question asks for (a number, a date, a name)."""
    q = question.lower()
    if re.search(r"\bhow (many|much|long|far|big|large|old)\b|\bwhat (number|size|calibre|caliber)\b", q):
        return 1.0 if numbers(sentence) - numbers(question) else 0.0
    if re.search(r"\bwhen\b|\bwhat (day|date|year|month|time)\b", q):
        return 1.0 if _WHEN.search(sentence) else 0.0
    if re.search(r"\bwho\b|\bwhich (outlet|agency|person|official|leader)\b", q):
        return 1.0 if names(sentence) - names(question) else 0.0
    if re.search(r"\bwhere\b", q):
        return 1.0 if re.search(r"\b(in|at|near|from) [A-Z]", sentence) else 0.0
    return 0.5


def score_sentences(question: str, passages: Sequence[Passage], verifier: Verifier) -> list[Candidate]:
    """Every distinct source sentence scored for how well it answers `question`, best first.

    score = 0.55 * embedding cosine + 0.35 * idf-weighted share of the question's content words
    (names and numbers included) found in the sentence + 0.10 * answer-type match.
    """
    cands: list[Candidate] = []
    seen: set[tuple[str, int]] = set()
    for p in passages:
        for a, b in verifier.sentence_spans(p.chunk_id or p.text, p.text):
            key = (p.article_id or p.chunk_id, p.start + a)
            if key in seen:  # overlapping chunks repeat a sentence; keep its first (best-ranked) passage
                continue
            seen.add(key)
            cands.append(Candidate(p, a, b, p.text[a:b], 0.0))
    if not cands:
        return []
    q_terms = _terms(question)
    sent_terms = [_terms(c.text) for c in cands]
    n = len(cands)
    df: dict[str, int] = {}
    for ts in sent_terms:
        for t in ts:
            df[t] = df.get(t, 0) + 1
    # Terms absent from every candidate get the highest idf: a question about something the
    # sources never mention cannot reach a high lexical score.
    idf = {t: math.log(1 + n / (1 + df.get(t, 0))) for t in q_terms}
    total = sum(idf.values()) or 1.0
    vecs = verifier.vectors([question] + [c.text for c in cands])
    qv = vecs[0]
    for c, ts, v in zip(cands, sent_terms, vecs[1:]):
        lex = sum(idf[t] for t in q_terms & ts) / total if q_terms else 0.0
        cos = max(0.0, float(qv @ v)) if qv is not None else lex
        c.score = round(W_COS * cos + W_LEX * lex + W_TYPE * _answer_type_bonus(question, c.text), 4)
    cands.sort(key=lambda c: -c.score)
    return cands


def select(cands: list[Candidate], threshold: float = REFUSE_BELOW) -> list[Candidate]:
    """The few sentences that answer: the best one plus close runners-up that add something new."""
    if not cands or cands[0].score < threshold:
        return []
    best = cands[0].score
    chosen = [cands[0]]
    for c in cands[1:]:
        if len(chosen) == MAX_SENTENCES or c.score < max(threshold, best - KEEP_WITHIN):
            break
        terms = set(content_terms(c.text))
        if any(jaccard(terms, set(content_terms(o.text))) >= 0.5 for o in chosen):
            continue  # says what a chosen sentence already says
        chosen.append(c)
    return chosen


def with_marker(sentence: str, n: int | Iterable[int]) -> str:
    """'…state media said.' -> '…state media said [2].' (marker before the final full stop)."""
    marks = "".join(f"[{m}]" for m in ([n] if isinstance(n, int) else n))
    s = sentence.rstrip()
    if s[-1:] in ".!?" and s[-2:-1] not in ".!?":
        return f"{s[:-1]} {marks}{s[-1]}"
    return f"{s} {marks}"


class ExtractiveGenerator:
    """Offline, deterministic: quotes the best-scoring source sentences."""

    provider = "extractive"

    def __init__(self, verifier: Verifier, threshold: float = REFUSE_BELOW) -> None:
        self.verifier = verifier
        self.threshold = threshold

    def generate(self, question: str, passages: Sequence[Passage]) -> Iterator[str]:

        chosen = select(score_sentences(question, passages, self.verifier), self.threshold)
        if not chosen:
            yield REFUSAL
            return
        for i, c in enumerate(chosen):
            yield ("" if i == 0 else " ") + with_marker(c.text, c.passage.n)

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        return condense_heuristic(question, history)


def condense_heuristic(question: str, history: list[tuple[str, str]] | None) -> str:
    """A follow-up with pronouns or few content words gets the previous questions' salient terms appended."""
    if not history:
        return question
    ws = words(question)
    content = [w for w in ws if w not in STOPWORDS and stem(w) not in _QUESTION_WORDS]
    if not (set(ws) & _PRONOUNS) and len(content) >= 3:
        return question
    have = {stem(w) for w in content}
    salient: list[str] = []
    for prev_q, _prev_a in reversed(history[-2:]):
        for tok in re.findall(r"[\w’'\-]+", prev_q):
            w = tok.lower()
            if w in STOPWORDS or stem(w) in _QUESTION_WORDS or stem(w) in have or w in _PRONOUNS:
                continue
            if w in ("what", "who", "when", "where", "why", "how", "which"):
                continue
            have.add(stem(w))
            salient.append(tok)
    if not salient:
        return question
    return f"{question.rstrip()} ({' '.join(salient[:10])})"


# ---- calibration ------------------------------------------------------------------------------


def calibrate_threshold(scored: Iterable[tuple[float, bool]]) -> tuple[float, float]:
    """(threshold, accuracy) from (best score, answerable) pairs.

    Tries every midpoint between consecutive distinct scores and keeps the one with the best
    accuracy; ties go to the widest gap (the most robust cut), then to the higher cut (refusing
    is the safer error).
    """
    pairs = sorted(scored)
    if not pairs:
        raise ValueError("no calibration scores")
    values = sorted({s for s, _ in pairs})
    cuts = [(values[i] + values[i + 1]) / 2 for i in range(len(values) - 1)] or [values[0]]
    best: tuple[float, float, float] | None = None
    for cut in cuts:
        acc = sum((s >= cut) == ans for s, ans in pairs) / len(pairs)
        below = max((s for s in values if s < cut), default=cut)
        above = min((s for s in values if s >= cut), default=cut)
        key = (acc, above - below, cut)
        if best is None or key > best:
            best = key
    return round(best[2], 3), round(best[0], 3)


def calibration_scores(library, items: list[dict], k: int | None = None) -> list[tuple[float, bool, str]]:
    """Best-sentence score of each calibration question over `library` (retrieved as `ask` would)."""
    verifier = Verifier(library.embedder)
    out = []
    for item in items:
        results = library.search(item["question"], k)
        passages = [Passage.of(i + 1, r) for i, r in enumerate(results)]
        cands = score_sentences(item["question"], passages, verifier)
        out.append((cands[0].score if cands else 0.0, bool(item["answerable"]), item["question"]))
    return out


def _main(argv: list[str] | None = None) -> int:  # pragma: no cover - a maintenance script
    """Ingest the seeds into a temporary library, score the calibration set, print the threshold."""
    import argparse
    import json
    import tempfile
    from pathlib import Path

    from assistant.config import Settings
    from assistant.library import Library

    ap = argparse.ArgumentParser(prog="python -m assistant.answer.extractive")
    ap.add_argument("calibration", help="JSONL of {question, answerable, [corpus]}")
    ap.add_argument("--corpus", action="append", help="files/folders to ingest (default: seeds/)")
    args = ap.parse_args(argv)
    items = [json.loads(line) for line in Path(args.calibration).read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Settings(data_dir=Path(tmp)))
        lib.ingest(args.corpus or [str(Path(__file__).resolve().parents[1] / "seeds")])
        scored = calibration_scores(lib, items)
    for s, ans, q in sorted(scored):
        print(f"{s:.3f}  {'answerable  ' if ans else 'unanswerable'}  {q}")
    cut, acc = calibrate_threshold((s, a) for s, a, _ in scored)
    print(f"threshold {cut} (accuracy {acc} on {len(scored)} questions); current REFUSE_BELOW={REFUSE_BELOW}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
