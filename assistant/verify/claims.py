"""Claim verdicts: split a text into claims and judge each against evidence documents.

    supported     the evidence backs it (the fitted alignment score at or above SUPPORT_THRESHOLD)
    contradicted  a sentence about the same event gives a different number, date, place or name,
                  or says the opposite; both spans are reported
    not_found     neither: the evidence does not say it

The same `Verifier` scores answers and briefings, so the three agree on what "supported" means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from assistant.schema import Citation, ClaimConflict, ClaimVerdict
from assistant.text.lexical import content_terms
from assistant.text.sentences import sentence_spans
from assistant.verify.conflicts import Conflict, find_conflicts
from assistant.verify.support import SUPPORT_THRESHOLD, Verifier

SUPPORTED, CONTRADICTED, NOT_FOUND = "supported", "contradicted", "not_found"
VERDICTS = (SUPPORTED, CONTRADICTED, NOT_FOUND)
# An evidence sentence tells the same event as the claim at or above this (cosine or shared words);
# only such a sentence can contradict it. Opposite polarity needs a closer match than a differing value.
SAME_EVENT = 0.55
SAME_EVENT_NEGATION = 0.75
MAX_EVIDENCE = 3
# Clauses joined by these are separate claims when each side says something on its own.
_JOINS = re.compile(r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:he|she|they|it|the|[A-Z])\w*\s)")
_MIN_CLAUSE_TERMS = 3


@dataclass
class Document:
    """Evidence text with what a citation needs; `offset` is where `text` starts in the article body."""

    text: str
    article_id: str
    chunk_id: str = ""
    title: str = ""
    source: str | None = None
    url: str | None = None
    published_at: str | None = None
    offset: int = 0


def split_claims(text: str) -> list[tuple[int, int]]:
    """(start, end) of each claim: sentences, split further where one joins independent clauses."""
    out: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        pieces, cur = [], a
        for m in _JOINS.finditer(text, a, b):
            left = text[cur:m.start()]
            right = text[m.end():b]
            if len(content_terms(left)) >= _MIN_CLAUSE_TERMS and len(content_terms(right)) >= _MIN_CLAUSE_TERMS:
                pieces.append((cur, m.start()))
                cur = m.end()
        pieces.append((cur, b))
        for pa, pb in pieces:
            seg = text[pa:pb].rstrip(" ,;")
            if seg.strip():
                out.append((pa, pa + len(seg)))
    return out


@dataclass
class _Sent:
    doc: Document
    start: int  # in doc.text
    end: int
    text: str


class ClaimChecker:
    """Verdicts for claims against documents, with exact quotes as evidence."""

    def __init__(self, verifier: Verifier, threshold: float = SUPPORT_THRESHOLD) -> None:
        self.verifier = verifier
        self.threshold = threshold

    def sentences(self, documents: Sequence[Document]) -> list[_Sent]:
        out, seen = [], set()
        for d in documents:
            for a, b in self.verifier.sentence_spans(d.chunk_id or d.text, d.text):
                t = d.text[a:b]
                if (d.article_id, t) in seen:  # overlapping chunks repeat sentences
                    continue
                seen.add((d.article_id, t))
                out.append(_Sent(d, a, b, t))
        return out

    def check_claim(self, claim: str, documents: Sequence[Document], start: int = 0) -> ClaimVerdict:
        """One claim's verdict; `start` is its offset in the checked text (for conflict spans)."""
        sents = self.sentences(documents)
        end = start + len(claim)
        if not sents:
            return ClaimVerdict(claim=claim, start=start, end=end, verdict=NOT_FOUND, score=0.0)
        texts = [s.text for s in sents]
        score = self.verifier.claim_support(claim, texts) if self._tokens(claim, texts) else \
            max(self.verifier.support(claim, t) for t in texts)
        per = [self.verifier.support(claim, t) for t in texts]
        vecs = self.verifier.vectors([claim] + texts)
        terms = set(content_terms(claim))
        same: list[tuple[float, int]] = []
        for i, s in enumerate(sents):
            cos = float(vecs[0] @ vecs[i + 1]) if vecs[0] is not None else 0.0
            shared = len(terms & set(content_terms(s.text))) / len(terms) if terms else 0.0
            same.append((max(cos, shared), i))
        same.sort(reverse=True)
        # A claim's value counts as stated only where the evidence tells the same event: an analyst
        # "in Seoul" elsewhere in the article does not make "a ceremony in Seoul" right.
        context = " ".join(texts[i] for closeness, i in same if closeness >= SAME_EVENT)
        conflicts: list[tuple[Conflict, int]] = []
        for closeness, i in same[:2]:
            if closeness < SAME_EVENT:
                break
            for c in find_conflicts(claim, texts[i], context):
                if c.kind == "negation" and closeness < SAME_EVENT_NEGATION:
                    continue
                conflicts.append((c, i))
            if conflicts:
                break
        order = sorted(range(len(sents)), key=lambda i: -per[i])
        best = per[order[0]]
        chosen = [i for i in order[:MAX_EVIDENCE] if per[i] >= max(0.5 * best, 0.05)][:MAX_EVIDENCE] or order[:1]
        for _c, i in conflicts:
            if i not in chosen:
                chosen.insert(0, i)
        citations = [self._cite(n, sents[i], per[i]) for n, i in enumerate(chosen, 1)]
        n_of = {i: n for n, i in enumerate(chosen, 1)}
        verdict = CONTRADICTED if conflicts else (SUPPORTED if score >= self.threshold else NOT_FOUND)
        if conflicts:
            score = min(score, round(self.threshold * 0.5, 4))
        return ClaimVerdict(
            claim=claim, start=start, end=end, verdict=verdict, score=round(score, 4), evidence=citations,
            conflicts=[ClaimConflict(kind=c.kind, claim_says=c.claim_says, claim_start=start + c.claim_start,
                                     claim_end=start + c.claim_end, evidence_says=c.evidence_says, n=n_of[i],
                                     start=sents[i].doc.offset + sents[i].start + c.evidence_start,
                                     end=sents[i].doc.offset + sents[i].start + c.evidence_end)
                       for c, i in conflicts],
        )

    def check(self, text: str, documents: Sequence[Document]) -> list[ClaimVerdict]:
        """Every claim of `text` against the same documents."""
        return [self.check_claim(text[a:b], documents, a) for a, b in split_claims(text)]

    def _tokens(self, claim: str, texts: list[str]) -> bool:
        return self.verifier.token_vectors([claim] + texts) is not None

    @staticmethod
    def _cite(n: int, s: _Sent, support: float) -> Citation:
        d = s.doc
        return Citation(n=n, article_id=d.article_id, chunk_id=d.chunk_id, title=d.title, source=d.source,
                        url=d.url, published_at=d.published_at, quote=s.text, start=d.offset + s.start,
                        end=d.offset + s.end, support=round(support, 4))


def overall(verdicts: Sequence[ClaimVerdict]) -> tuple[str, float]:
    """One verdict for a multi-claim text: any contradiction wins, then any claim not found."""
    if not verdicts:
        return NOT_FOUND, 0.0
    score = min(v.score for v in verdicts)
    kinds = {v.verdict for v in verdicts}
    for v in (CONTRADICTED, NOT_FOUND):
        if v in kinds:
            return v, score
    return SUPPORTED, score
