"""Per-sentence support checks against cited text: how well a piece of evidence backs a sentence.

Answers, briefings and claim checks use this module: `Verifier.support` scores the backing,
`Verifier.best_span` finds the sentence(s) of a chunk to quote; `Passage` is what they hand it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from assistant.retrieval.embeddings import Embedder, TokenVectors
from assistant.text.lexical import content_terms, words
from assistant.text.sentences import sentence_spans
from assistant.text.values import names, numbers
from assistant.verify.alignment import Alignment, lexical_alignment, probability, to_support, word_alignment

# A sentence counts as supported by its cited text at or above this score. Quotes score ~1.0,
# faithful paraphrases 0.55-0.8, claims about something else in the same article below 0.4. With a
# model that has token vectors the score is the fitted alignment model's, shifted so that its
# decision point (fitted on human labels) lands here.
SUPPORT_THRESHOLD = 0.45
# The alignment model was fitted on whole sentences; a fragment ("‘a special attack’", one side of a
# disagreement) gives its token vectors no context to align, so it is scored by overlap instead.
MIN_ALIGN_WORDS = 5


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b))


class Verifier:
    """Support scores from content-word/number/name overlap plus embedding similarity.

    Embeddings of texts are cached in memory (bounded), so re-checking the same chunks is cheap.
    """

    def __init__(self, embedder: Embedder | None, cache_size: int = 20_000) -> None:
        self.embedder = embedder
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._tokens: OrderedDict[str, TokenVectors] = OrderedDict()
        self._has_tokens: bool | None = None

    # ---- embeddings ----------------------------------------------------------------------

    def vectors(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        """Unit vectors for texts (batch-encoding only the ones not cached); None without an embedder."""
        if self.embedder is None:
            return [None] * len(texts)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing and self._has_tokens is not False:
            self.token_vectors(missing)  # one model pass fills both caches
            with self._lock:
                missing = [t for t in missing if t not in self._cache]
        if missing:
            vecs = self.embedder.embed_documents(missing)
            with self._lock:
                for t, v in zip(missing, vecs):
                    arr = np.asarray(v, dtype=np.float32)
                    n = float(np.linalg.norm(arr)) or 1.0
                    self._cache[t] = arr / n
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        with self._lock:
            out = []
            for t in texts:
                v = self._cache.get(t)
                if v is None:  # evicted between the two locks: recompute directly
                    v = np.asarray(self.embedder.embed_documents([t])[0], dtype=np.float32)
                out.append(v)
            return out

    def token_vectors(self, texts: Sequence[str]) -> list[TokenVectors] | None:
        """Contextual token vectors (cached like `vectors`); None when the embedder has none."""
        if self.embedder is None or self._has_tokens is False:
            return None
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._tokens))
        if missing:
            got = self.embedder.embed_tokens(missing)
            self._has_tokens = got is not None
            if got is None:
                return None
            with self._lock:
                for t, tv in zip(missing, got):
                    self._tokens[t] = tv
                    if tv.sentence is not None and t not in self._cache:
                        self._cache[t] = tv.sentence
                while len(self._tokens) > self._cache_size:
                    self._tokens.popitem(last=False)
        with self._lock:
            cached = [self._tokens.get(t) for t in texts]
        if any(tv is None for tv in cached):  # evicted between the two locks: recompute directly
            fresh = iter(self.embedder.embed_tokens([t for t, tv in zip(texts, cached) if tv is None]) or [])
            cached = [tv if tv is not None else next(fresh) for tv in cached]
        return cached  # type: ignore[return-value]

    def alignment(self, claim: str, evidence: Sequence[str]) -> Alignment:
        """How the claim's words align with all of `evidence`, and its best cosine to one evidence text."""
        evidence = [e for e in evidence if e.strip()]
        if not evidence:
            return Alignment(0.0, 0.0)
        vecs = self.vectors([claim] + evidence)
        cos = max((max(0.0, cosine(vecs[0], v)) for v in vecs[1:]), default=0.0) if vecs[0] is not None else 0.0
        tvs = self.token_vectors([claim] + evidence)
        if tvs is None:
            align, weakest = lexical_alignment(claim, evidence)
        else:
            align, weakest = word_alignment(claim, tvs[0], tvs[1:])
        return Alignment(align, cos, weakest)

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vectors([a, b])
        if va is None or vb is None:
            return 0.0
        return max(0.0, cosine(va, vb))

    def sentence_spans(self, key: str, text: str) -> list[tuple[int, int]]:
        """Sentence spans of a chunk, cached per chunk id."""
        spans = self._spans.get(key)
        if spans is None:
            spans = sentence_spans(text) or [(0, len(text))]
            if len(self._spans) > 50_000:
                self._spans.clear()
            self._spans[key] = spans
        return spans

    # ---- support -------------------------------------------------------------------------

    @staticmethod
    def lexical_support(sentence: str, evidence: str) -> float:
        """Share of the sentence's content words, names and numbers that the evidence contains."""
        s_terms = set(content_terms(sentence))
        if not s_terms:
            return 0.0
        e_terms = set(content_terms(evidence))
        recall = len(s_terms & e_terms) / len(s_terms)
        s_names = names(sentence)
        name_recall = len(s_names & names(evidence)) / len(s_names) if s_names else recall
        s_nums = numbers(sentence)
        num_recall = len(s_nums & numbers(evidence)) / len(s_nums) if s_nums else 1.0
        score = 0.7 * recall + 0.3 * name_recall
        # A number the evidence does not contain is the commonest way to be wrong: halve the score.
        return score * (0.5 + 0.5 * num_recall)

    def support(self, sentence: str, evidence: str, _vectors: tuple | None = None) -> float:
        """0..1: how well `evidence` backs `sentence` (at or above SUPPORT_THRESHOLD: supported)."""
        if len(words(sentence)) >= MIN_ALIGN_WORDS and self.embedder is not None \
                and self.token_vectors([sentence, evidence]) is not None:
            return self.claim_support(sentence, [evidence])
        return self.sentence_support(sentence, evidence, _vectors)

    def claim_support(self, claim: str, evidence: Sequence[str]) -> float:
        """The fitted alignment model's score of `claim` against a body of evidence texts."""
        p = probability(self.alignment(claim, evidence))
        s_nums = numbers(claim)
        if s_nums:
            # A number the evidence does not contain is the commonest way to be wrong.
            have = numbers(" ".join(evidence))
            p *= 0.5 + 0.5 * len(s_nums & have) / len(s_nums)
        return round(to_support(p, SUPPORT_THRESHOLD), 4)

    def sentence_support(self, sentence: str, evidence: str, _vectors: tuple | None = None) -> float:
        """The score without token vectors: content-word/number/name overlap plus sentence cosine."""
        lex = self.lexical_support(sentence, evidence)
        if self.embedder is None:
            return round(lex, 4)
        vs, ve = _vectors or self.vectors([sentence, evidence])
        cos = max(0.0, cosine(vs, ve))
        s_nums = numbers(sentence)
        num_ok = 1.0 if not s_nums else len(s_nums & numbers(evidence)) / len(s_nums)
        score = 0.6 * lex + 0.4 * cos * (0.5 + 0.5 * num_ok)
        return round(min(1.0, score), 4)

    def best_span(self, sentence: str, chunk_text: str, key: str | None = None) -> tuple[int, int, float]:
        """(start, end, score) of the sentence, or two adjacent sentences, of `chunk_text` that best support `sentence`."""
        spans = self.sentence_spans(key or chunk_text, chunk_text)
        texts = [chunk_text[a:b] for a, b in spans]
        vecs = self.vectors([sentence] + texts)
        self.token_vectors([sentence] + texts)  # one batch for the whole chunk
        scored = [(self.support(sentence, t, (vecs[0], v)), i) for i, (t, v) in enumerate(zip(texts, vecs[1:]))]
        best, i = max(scored)
        a, b = spans[i]
        # A claim that merges two adjacent sentences is quoted with both when that helps clearly.
        for j in (i - 1, i + 1):
            if 0 <= j < len(spans):
                pa, pb = min(a, spans[j][0]), max(b, spans[j][1])
                pair = self.support(sentence, chunk_text[pa:pb])
                if pair > best + 0.08:
                    return pa, pb, pair
        return a, b, best


@dataclass
class Passage:
    """A numbered source passage: what answers and briefings hand to the verifier."""

    n: int
    text: str
    source: str | None = None
    article_id: str = ""
    chunk_id: str = ""
    start: int = 0  # offset of `text` in the article body
    title: str = ""
    url: str | None = None
    published_at: str | None = None

    @classmethod
    def of(cls, n: int, r: Any) -> "Passage":
        """From a SearchResult or Chunk (anything with text/source/article_id/start)."""
        return cls(
            n=n, text=r.text, source=getattr(r, "source", None), article_id=getattr(r, "article_id", ""),
            chunk_id=getattr(r, "chunk_id", None) or getattr(r, "id", ""), start=getattr(r, "start", 0),
            title=getattr(r, "title", ""), url=getattr(r, "url", None),
            published_at=getattr(r, "published_at", None),
        )


