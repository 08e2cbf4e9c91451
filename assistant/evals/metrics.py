"""Pure scoring functions: fact matching, ALCE-style citation scores, retrieval ranks, grouping, latency.

No models and no I/O here, so every metric is unit-testable on hand-made answers. The one judgement
that needs a model (does this passage support this sentence?) is passed in as a callable.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

import numpy as np

from assistant.text.lexical import content_terms, jaccard

Judge = Callable[[str, str], bool]  # (sentence, evidence) -> does the evidence support the sentence?

_MARKER = re.compile(r"\s*\[\d+(?:\s*,\s*\d+)*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")

# Metrics where lower is better; a bare threshold number is then a maximum, not a minimum.
LOWER_IS_BETTER = frozenset({
    "median_answer_words", "premise_accepted_rate", "false_only_rate",
    "false_refusal_rate", "forbidden_fact_rate", "duplicate_fact_rate",
    "latency_p50_ms", "latency_p95_ms",
})


def strip_markers(text: str) -> str:
    """Answer text without its [n] citation markers."""
    return _MARKER.sub("", text)


def normalise(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'Kim’s 600mm-calibre' -> 'kim s 600mm calibre'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return _NON_WORD.sub(" ", text).strip()


def alias_present(alias: str, text: str) -> bool:
    """The alias occurs in the text as a whole-word sequence, after normalising both."""
    a = normalise(alias)
    return bool(a) and f" {a} " in f" {normalise(strip_markers(text))} "


def fact_present(aliases: Sequence[str], text: str) -> bool:
    """A fact is present when any one of its accepted aliases is."""
    return any(alias_present(a, text) for a in aliases)


def fact_recall(facts: Sequence[Sequence[str]], text: str) -> float:
    """Share of required facts present in the text (1.0 when nothing is required)."""
    if not facts:
        return 1.0
    return sum(fact_present(f, text) for f in facts) / len(facts)


def answer_words(text: str) -> int:
    """Words of an answer as a reader counts them: markers dropped, punctuation not a word."""
    return len(normalise(strip_markers(text)).split())


# A short answer is an answer span, not a sentence: RGB-style exact match allows a little framing
# ("50 launchers", "on May 2") but not a clause. Longer gold aliases get their own length plus this slack.
SHORT_ANSWER_MAX_WORDS = 6
SHORT_ANSWER_SLACK = 2


def short_answer_match(short_answer: str | None, aliases: Sequence[str]) -> bool:
    """Exact match for a short answer: it contains one of the fact's aliases (whole words, normalised)
    and is at most max(6, alias words + 2) words long."""
    if not short_answer:
        return False
    words = answer_words(short_answer)
    for a in aliases:
        if alias_present(a, short_answer) and words <= max(SHORT_ANSWER_MAX_WORDS,
                                                           len(normalise(a).split()) + SHORT_ANSWER_SLACK):
            return True
    return False


def premise_outcome(refused: bool, text: str, corrections: Sequence[Sequence[str]],
                    forbidden: Sequence[Sequence[str]]) -> tuple[bool, bool]:
    """(handled, accepted) for a false-premise question.

    Handled: refused, or the answer carries a correction fact. Accepted: answered with a forbidden
    (wrong) term and no correction, i.e. the answer went along with the premise.
    """
    if refused:
        return True, False
    corrected = any(fact_present(f, text) for f in corrections)
    wrong = any(fact_present(f, text) for f in forbidden)
    return corrected, wrong and not corrected


def conflict_outcome(refused: bool, text: str, true_facts: Sequence[Sequence[str]],
                     altered: Sequence[Sequence[str]]) -> tuple[bool, bool]:
    """(detected, false_only) for a counterfactual question (one true and one altered copy ingested).

    Detected: every true fact and at least one altered value are in the answer (both sides reported).
    False only: an altered value is there and no true fact is.
    """
    if refused:
        return False, False
    has_altered = any(fact_present(f, text) for f in altered)
    all_true = bool(true_facts) and all(fact_present(f, text) for f in true_facts)
    any_true = any(fact_present(f, text) for f in true_facts)
    return all_true and has_altered, has_altered and not any_true


# ---- citations (ALCE, Gao et al. 2023, with our verifier as the entailment judge) -----------------


@dataclass
class CitedSentence:
    """One answer sentence and the evidence texts of the citations it carries (marker order)."""

    text: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class CitationScores:
    recall: float  # share of sentences whose cited passages, together, support them
    precision: float  # share of citations that are not irrelevant (ALCE)
    sentences: int
    citations: int
    per_sentence: list[dict] = field(default_factory=list)


def citation_scores(sentences: Sequence[CitedSentence], supports: Judge) -> CitationScores:
    """ALCE citation recall and precision.

    Recall: a sentence scores 1 when the concatenation of all its cited passages supports it
    (a sentence without citations scores 0). Precision: a citation is *irrelevant* when it does
    not support the sentence on its own AND the sentence's other citations still support it
    without it; when a sentence's citations together do not support it, all of them count as
    imprecise. Precision = precise citations / all citations.
    """
    recall_hits = 0
    precise = 0
    total = 0
    detail = []
    for s in sentences:
        n = len(s.evidence)
        total += n
        joint = n > 0 and supports(s.text, " ".join(s.evidence))
        recall_hits += int(joint)
        ok = 0
        irrelevant: list[int] = []
        if joint:
            ok = n
            if n > 1:
                for i, ev in enumerate(s.evidence):
                    if supports(s.text, ev):
                        continue
                    rest = " ".join(e for j, e in enumerate(s.evidence) if j != i)
                    if supports(s.text, rest):
                        ok -= 1
                        irrelevant.append(i)
        precise += ok
        detail.append({"sentence": s.text, "citations": n, "supported": bool(joint), "irrelevant": irrelevant})
    return CitationScores(
        recall=recall_hits / len(sentences) if sentences else 0.0,
        precision=precise / total if total else 0.0,
        sentences=len(sentences), citations=total, per_sentence=detail,
    )


# ---- retrieval -------------------------------------------------------------------------------------


def hit_at_k(ranked: Sequence[str], expected: Iterable[str], k: int) -> float:
    """1.0 when any expected item is among the first k ranked items."""
    want = set(expected)
    return float(any(r in want for r in ranked[:k]))


def recall_at_k(ranked: Sequence[str], expected: Iterable[str], k: int) -> float:
    """Share of the expected items found among the first k ranked items."""
    want = set(expected)
    if not want:
        return 1.0
    return len(want & set(ranked[:k])) / len(want)


def mrr_at_k(ranked: Sequence[str], expected: Iterable[str], k: int = 10) -> float:
    """Reciprocal rank of the first expected item within the first k, else 0."""
    want = set(expected)
    for i, r in enumerate(ranked[:k], start=1):
        if r in want:
            return 1.0 / i
    return 0.0


# ---- briefings --------------------------------------------------------------------------------------


def _pairs(groups: Iterable[Iterable[str]], universe: set[str]) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for g in groups:
        members = sorted(set(g) & universe)
        out.update(frozenset(p) for p in itertools.combinations(members, 2))
    return out


def pairwise_grouping(predicted: Sequence[Sequence[str]], expected: Sequence[Sequence[str]]) -> tuple[float, float]:
    """Pairwise (precision, recall) of story grouping over the items the gold groups mention.

    A pair is two items in the same group. Items the gold does not mention are ignored, so
    unrelated stories in the corpus do not count. With no predicted pairs precision is 1.0
    (nothing wrongly merged); with no gold pairs recall is 1.0.
    """
    universe = {x for g in expected for x in g}
    gold = _pairs(expected, universe)
    pred = _pairs(predicted, universe)
    precision = len(gold & pred) / len(pred) if pred else 1.0
    recall = len(gold & pred) / len(gold) if gold else 1.0
    return precision, recall


def duplicate_sentences(sentences: Sequence[str], threshold: float = 0.6) -> list[int]:
    """Indexes of sentences restating an earlier one (content-word Jaccard >= threshold)."""
    seen: list[set[str]] = []
    dups = []
    for i, s in enumerate(sentences):
        terms = set(content_terms(strip_markers(s)))
        if terms and any(jaccard(terms, t) >= threshold for t in seen):
            dups.append(i)
        seen.append(terms)
    return dups


# ---- latency and aggregation ----------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile (numpy's default method), q in 0..100; 0.0 for no values."""
    if len(values) == 0:
        return 0.0
    return float(np.percentile(np.asarray(values, dtype=float), q))


def median(values: Iterable[float]) -> float | None:
    xs = list(values)
    return percentile(xs, 50) if xs else None


def mean(values: Iterable[float]) -> float | None:
    xs = list(values)
    return sum(xs) / len(xs) if xs else None


def passes(metric: str, value: float, threshold: float | dict) -> bool:
    """Whether value meets threshold: a number is a minimum (a maximum for lower-is-better metrics),
    or {min: x} / {max: y} explicitly."""
    if isinstance(threshold, dict):
        lo, hi = threshold.get("min"), threshold.get("max")
        return (lo is None or value >= lo) and (hi is None or value <= hi)
    if metric in LOWER_IS_BETTER:
        return value <= threshold
    return value >= threshold
