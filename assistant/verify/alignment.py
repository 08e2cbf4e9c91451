"""How well evidence backs a claim, from word-level alignment: the score behind every verdict.

A claim is backed when each of its content words finds a close counterpart in the evidence. The
embedding model's contextual token vectors make "close" mean more than string equality (a paraphrase
aligns, a name or place the evidence never mentions does not), and the whole-sentence cosine adds how
much the best evidence sentence is about the same thing. A logistic model over the two, fitted on
human judgements (`make bench-verify --fit` prints the fit), turns them into one 0..1 score.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from assistant.retrieval.embeddings import TokenVectors
from assistant.text.lexical import STOPWORDS, content_terms

# Fitted by `python -m assistant.evals.claimcheck FILE --fit` on the dev half of the QAGS-XSum human
# labels: balanced-class logistic regression, monotone (a feature whose weight comes out negative is
# dropped: more similarity is never evidence against support). The sentence cosine came out negative
# on that dev half and is therefore unused; word alignment carries the model. Reported, never tuned,
# on the test half.
W_ALIGN = 8.17
W_COSINE = 0.0
BIAS = -6.84
# The dev half's balanced-accuracy optimum of the fitted model, as a probability.
DECISION = 0.455

_WORD = re.compile(r"\w[\w'’\-]*")


@dataclass
class Alignment:
    """The features of one claim against a body of evidence."""

    align: float  # mean over the claim's content tokens of their best cosine to any evidence token
    cosine: float  # best cosine between the claim and one evidence sentence
    weakest: str = ""  # the claim word that found the poorest counterpart


def content_token_rows(text: str, tv: TokenVectors) -> list[int]:
    """Rows of `tv` that belong to a content word of `text` (not a stopword, not punctuation)."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    rows, i = [], 0
    for row, (a, b) in enumerate(tv.spans):
        while i < len(words) and words[i][1] <= a:
            i += 1
        if i < len(words) and words[i][0] <= a < words[i][1] and words[i][2] not in STOPWORDS:
            rows.append(row)
    return rows


def word_alignment(claim: str, claim_tv: TokenVectors, evidence: Sequence[TokenVectors]) -> tuple[float, str]:
    """(mean best-match cosine of the claim's content tokens against all evidence tokens, weakest word)."""
    rows = content_token_rows(claim, claim_tv) or list(range(len(claim_tv.spans)))
    pool = [e.vectors for e in evidence if len(e.spans)]
    if not rows or not pool:
        return 0.0, ""
    sims = claim_tv.vectors[rows] @ np.concatenate(pool).T
    best = sims.max(axis=1)
    a, b = claim_tv.spans[rows[int(best.argmin())]]
    return float(np.clip(best.mean(), 0.0, 1.0)), _word_at(claim, a, b)


def _word_at(text: str, a: int, b: int) -> str:
    for m in _WORD.finditer(text):
        if m.start() <= a < m.end():
            return m.group()
    return text[a:b]


def lexical_alignment(claim: str, evidence: Sequence[str]) -> tuple[float, str]:
    """Without token vectors: the share of the claim's content words (stemmed) the evidence contains."""
    terms = content_terms(claim)
    if not terms:
        return 0.0, ""
    have = set(content_terms(" ".join(evidence)))
    missing = [t for t in terms if t not in have]
    return 1.0 - len(missing) / len(terms), (missing[0] if missing else "")


def probability(al: Alignment) -> float:
    """The fitted model: P(a human reader calls the claim supported by the evidence)."""
    z = BIAS + W_ALIGN * al.align + W_COSINE * al.cosine
    return 1.0 / (1.0 + math.exp(-z))


def to_support(p: float, threshold: float) -> float:
    """Map the model's probability onto the support scale whose cut-off is `threshold`.

    A shift in log-odds, so p == DECISION lands exactly on `threshold` and the order is kept:
    answers, briefings and claim checks keep one threshold whatever the model's calibration.
    """
    p = min(max(p, 1e-6), 1 - 1e-6)
    z = math.log(p / (1 - p)) - math.log(DECISION / (1 - DECISION)) + math.log(threshold / (1 - threshold))
    return 1.0 / (1.0 + math.exp(-z))
