"""The Q&A chain: condense follow-up → retrieve → generate → parse citations → verify → Answer.

The steps before generation and after it are LangChain runnables; generation streams text
deltas in between, so `stream` can show tokens as they come and still end with a verified Answer.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from langchain_core.runnables import RunnableLambda

from assistant.answer.broad import story_draft
from assistant.answer.draft import Draft, with_marker
from assistant.answer.extractive import ExtractiveGenerator
from assistant.answer.generators import REFUSAL, Generator, get_generator
from assistant.answer.markers import ONE_MARKER, is_refusal, parse_citations
from assistant.answer.outlets import filed_as
from assistant.answer.question import (
    QuestionAnalysis,
    analyse,
    condense_heuristic,
    guidance_for,
)
from assistant.errors import ModelError
from assistant.library import Library
from assistant.retrieval.search import Filters
from assistant.schema import (
    Answer,
    AnswerSentence,
    Citation,
    Disagreement,
    DisagreementSource,
)
from assistant.verify.disagreements import find_disagreement_details
from assistant.verify.instructions import mask_instructions
from assistant.verify.support import SUPPORT_THRESHOLD, Passage, Verifier

__all__ = ["AnswerEngine", "REFUSAL", "parse_citations"]

# A disagreement is worth reporting with an answer when one side is cited or this relevant to the question.
_DISAGREEMENT_RELEVANCE = 0.55


def _ms(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)


@dataclass
class _Turn:
    question: str
    history: list[tuple[str, str]]
    filters: Filters | None
    k: int | None
    standalone: str = ""
    analysis: QuestionAnalysis | None = None
    passages: list[Passage] = field(default_factory=list)
    articles: dict[str, str] = field(default_factory=dict)  # article id -> body, for name/date checks
    by_outlet: dict[str, list[Passage]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class AnswerEngine:
    """Answers questions over a Library with verified citations."""

    def __init__(self, library: Library, provider: str | None = None, generator: Generator | None = None) -> None:
        self.library = library
        self.settings = library.settings
        self.verifier = Verifier(library.embedder)
        if generator is not None:
            self.generator = generator
        else:
            self.generator = get_generator(provider or self.settings.llm, self.settings, self.verifier)
        self.provider = getattr(self.generator, "provider", provider or self.settings.llm)
        self._extractive = (self.generator if isinstance(self.generator, ExtractiveGenerator)
                            else ExtractiveGenerator(self.verifier))
        self._prepare = (RunnableLambda(self._condense_step) | RunnableLambda(self._analyse_step)
                         | RunnableLambda(self._retrieve_step))
        self._bodies: dict[str, str] = {}

    # ---- public API ----------------------------------------------------------------------

    def ask(self, question: str, history: list[tuple[str, str]] | None = None,
            filters: Filters | None = None, k: int | None = None) -> Answer:
        for item in self.stream(question, history, filters, k):
            if isinstance(item, Answer):
                return item
        raise RuntimeError("answer stream ended without an Answer")  # pragma: no cover

    def stream(self, question: str, history: list[tuple[str, str]] | None = None,
               filters: Filters | None = None, k: int | None = None) -> Iterator[str | Answer]:
        """Text deltas as produced, then exactly one final (verified) Answer."""
        t0 = time.perf_counter()
        turn = self._prepare.invoke(_Turn(question.strip(), list(history or []), filters, k))
        generator, provider = self.generator, self.provider
        t = time.perf_counter()
        if isinstance(generator, ExtractiveGenerator):
            draft = generator.draft(turn.analysis, turn.passages, turn.articles, turn.by_outlet)
            if draft.kind == "broad" and not draft.refused:
                # The story the answer's sentences come from, summarised as a briefing tells it.
                ids = [q.passage.article_id for ln in draft.lines for q in ln.quotes]
                draft = story_draft(self.library, self.verifier, draft.story + ids) or draft
            yield draft.text()
            turn.timings["generate"] = _ms(t)
            answer = self._from_draft(draft, turn, provider)
            turn.timings["total"] = _ms(t0)
            answer.timings_ms = dict(turn.timings)
            yield answer
            return
        parts: list[str] = []
        guidance = guidance_for(turn.analysis)
        if not turn.passages:
            parts.append(REFUSAL)
            yield REFUSAL
        else:
            try:
                for delta in generator.generate(turn.standalone, turn.passages, guidance=guidance):
                    parts.append(delta)
                    yield delta
            except ModelError as e:
                if not self.settings.llm_fallback:
                    raise
                turn.notices.append(f"{provider} failed, answered with the extractive generator instead ({e})")
                if parts:
                    yield "\n"
                draft = self._extractive.draft(turn.analysis, turn.passages, turn.articles, turn.by_outlet)
                yield draft.text()
                turn.timings["generate"] = _ms(t)
                answer = self._from_draft(draft, turn, self._extractive.provider)
                turn.timings["total"] = _ms(t0)
                answer.timings_ms = dict(turn.timings)
                yield answer
                return
        turn.timings["generate"] = _ms(t)
        t = time.perf_counter()
        answer = self._verify("".join(parts), turn, provider, strict=False)
        answer = self._check_answerable(answer, turn)
        turn.timings["verify"] = _ms(t)
        turn.timings["total"] = _ms(t0)
        answer.timings_ms = dict(turn.timings)
        yield answer

    # ---- chain steps ---------------------------------------------------------------------

    def _condense_step(self, turn: _Turn) -> _Turn:
        t = time.perf_counter()
        if turn.history:
            try:
                turn.standalone = self.generator.condense(turn.question, turn.history).strip() or turn.question
            except ModelError as e:
                if not self.settings.llm_fallback:
                    raise
                turn.notices.append(f"could not rewrite the follow-up with {self.provider} ({e}); used keywords")
                turn.standalone = condense_heuristic(turn.question, turn.history)
        else:
            turn.standalone = turn.question
        turn.timings["condense"] = _ms(t)
        return turn

    def _analyse_step(self, turn: _Turn) -> _Turn:
        turn.analysis = analyse(turn.standalone, self.library.outlets())
        return turn

    def _retrieve_step(self, turn: _Turn) -> _Turn:
        t = time.perf_counter()
        results = self.library.search(turn.standalone, turn.k, turn.filters)
        turn.passages = [Passage.of(i + 1, r) for i, r in enumerate(results)]
        analysis = turn.analysis
        if analysis is not None and analysis.kind == "comparison" and analysis.outlets:
            # Each named outlet's own best passages, so one outlet's wording cannot crowd out another's.
            known = self.library.outlets()
            for outlet in analysis.outlets:
                base = turn.filters or Filters()
                f = Filters(source=filed_as(outlet, known), since=base.since, until=base.until)
                found = self.library.search(turn.standalone, 3, f)
                ps = []
                for r in found:
                    p = Passage.of(len(turn.passages) + 1, r)
                    turn.passages.append(p)
                    ps.append(p)
                turn.by_outlet[outlet] = ps
        turn.articles = self._article_bodies({p.article_id for p in turn.passages})
        turn.timings["retrieve"] = _ms(t)
        return turn

    def _article_bodies(self, ids: set[str]) -> dict[str, str]:
        """Full bodies of the retrieved articles (cached): names and years are checked against the
        whole article, since the retrieved chunk may not hold them."""
        want = [i for i in ids if i and i not in self._bodies]
        if want:
            if len(self._bodies) > 2000:
                self._bodies.clear()
            arts, _ = self.library.store.get_articles(want)
            for a in arts:
                self._bodies[a.id] = a.title + "\n" + a.body
        return {i: self._bodies[i] for i in ids if i in self._bodies}

    # ---- parse + verify ------------------------------------------------------------------

    def _refused(self, turn: _Turn, provider: str, notices: list[str] | None = None) -> Answer:
        return Answer(question=turn.question, answer=REFUSAL, refused=True, provider=provider,
                      standalone_question=turn.standalone if turn.standalone != turn.question else None,
                      notices=turn.notices + (notices or []))

    def _from_draft(self, draft: Draft, turn: _Turn, provider: str) -> Answer:
        """An extractive draft quotes exact spans already: its citations need no search, only numbering."""
        kind = turn.analysis.kind if turn.analysis else "factoid"
        if draft.refused:
            answer = self._refused(turn, provider, draft.notices)
            answer.kind = kind
            return answer
        citations: list[Citation] = []
        cite_no: dict[tuple[str, int, int], int] = {}
        sentences: list[AnswerSentence] = []
        for line in draft.lines:
            marks = []
            for q in line.quotes:
                p = q.passage
                key = (p.article_id, p.start + q.start, p.start + q.end)
                if key not in cite_no:
                    support = 1.0 if not line.framed else self.verifier.support(q.text, q.text)
                    cite_no[key] = len(citations) + 1
                    citations.append(Citation(
                        n=cite_no[key], article_id=p.article_id, chunk_id=p.chunk_id, title=p.title,
                        source=p.source, url=p.url, published_at=p.published_at, quote=q.text,
                        start=p.start + q.start, end=p.start + q.end, support=round(support, 3)))
                marks.append(cite_no[key])
            # Framed lines carry their own markers, renumbered from passage numbers to citation numbers.
            text = line.text
            if line.framed:
                for q, m in zip(line.quotes, marks):
                    text = text.replace(f"[{q.passage.n}]", f"[#{m}]", 1)
                text = text.replace("[#", "[")
            sentences.append(AnswerSentence(text=text, citations=marks, supported=True, support=1.0))
        disagreements = [Disagreement(claim="the answer", sources=[
            DisagreementSource(n=sentences[0].citations[i], says=value, source=q.passage.source)
            for i, (value, q) in enumerate(draft.conflict)])] if draft.conflict else []
        body = " ".join(s.text if s.text.rstrip().endswith("].") or "[" in s.text
                        else with_marker(s.text, s.citations) for s in sentences)
        notices = list(draft.notices)
        dates = sorted({c.published_at for c in citations if c.published_at})
        if len(dates) > 1 and kind in ("factoid", "list", "broad"):
            notices.append(f"the cited articles are dated {dates[0]} to {dates[-1]}")
        return Answer(question=turn.question, answer=body, short_answer=draft.short_answer, kind=kind,
                      refused=False, citations=citations, disagreements=disagreements, provider=provider,
                      sentences=sentences, notices=turn.notices + notices,
                      standalone_question=turn.standalone if turn.standalone != turn.question else None)

    def _check_answerable(self, answer: Answer, turn: _Turn) -> Answer:
        """An LLM answer to a question the evidence cannot support becomes a refusal with a notice."""
        if answer.refused or turn.analysis is None:
            return answer
        answer.kind = turn.analysis.kind
        # A model paraphrases and combines better than any threshold on our scores can judge, so only
        # hard failures refuse: nothing of the expected type, or names and years no article matches.
        if not self._extractive.evidence_holds(turn.analysis, turn.passages, turn.articles):
            refused = self._refused(turn, answer.provider, [
                "the model answered, but no source sentence satisfies the question's constraints; "
                "refused instead"])
            refused.kind = turn.analysis.kind
            return refused
        draft = self._extractive.draft(turn.analysis, turn.passages, turn.articles, turn.by_outlet)
        answer.short_answer = draft.short_answer if draft.short_answer and draft.short_answer.lower() in \
            answer.answer.lower() else None
        return answer

    def _verify(self, text: str, turn: _Turn, provider: str, strict: bool) -> Answer:
        """Map markers to exact quotes, score each sentence against what it cites, renumber citations."""
        notices: list[str] = []
        if is_refusal(text) or not turn.passages:
            return self._refused(turn, provider)
        by_n = {p.n: p for p in turn.passages}
        citations: list[Citation] = []
        cite_no: dict[tuple[str, int, int], int] = {}

        def cite(p: Passage, a: int, b: int, support: float) -> int:
            key = (p.article_id, p.start + a, p.start + b)
            if key not in cite_no:
                cite_no[key] = len(citations) + 1
                citations.append(Citation(
                    n=cite_no[key], article_id=p.article_id, chunk_id=p.chunk_id, title=p.title,
                    source=p.source, url=p.url, published_at=p.published_at, quote=p.text[a:b],
                    start=p.start + a, end=p.start + b, support=round(support, 3)))
            else:
                c = citations[cite_no[key] - 1]
                c.support = round(max(c.support, support), 3)
            return cite_no[key]

        sentences: list[AnswerSentence] = []
        dropped_markers: set[int] = set()
        for claim, ns in parse_citations(text):
            if is_refusal(claim):
                continue
            valid = list(dict.fromkeys(n for n in ns if n in by_n))
            dropped_markers |= {n for n in ns if n not in by_n}
            scored = []
            for n in valid:
                p = by_n[n]
                # An instruction planted in the source is not evidence for a sentence that obeys it.
                text = mask_instructions(p.text)
                a, b, s = self.verifier.best_span(claim, text, key=(p.chunk_id or None) if text is p.text else None)
                scored.append((s, p, a, b))
            good = [x for x in scored if x[0] >= SUPPORT_THRESHOLD]
            support = max((x[0] for x in scored), default=0.0)
            if not good:
                if strict:
                    continue  # extractive answers only ever contain verified quotes
                # Kept in `sentences`, flagged and without citations, but never shown as cited text:
                # this is where a reply that follows an instruction planted in an article ends up.
                sentences.append(AnswerSentence(text=claim, citations=[], supported=False,
                                                support=round(support, 3)))
                continue
            # Keep only the citations that support the sentence.
            marks = [cite(p, a, b, s) for s, p, a, b in good]
            sentences.append(AnswerSentence(text=claim, citations=marks, supported=True,
                                            support=round(support, 3)))
        if dropped_markers:
            notices.append("dropped citation marker(s) " + ", ".join(f"[{n}]" for n in sorted(dropped_markers))
                           + f" that point to no source (there are {len(turn.passages)})")
        if not any(s.supported for s in sentences):
            extra = ["the generated answer could not be verified against the sources"] if sentences else []
            return self._refused(turn, provider, notices + extra)
        unsupported = sum(not s.supported for s in sentences)
        if unsupported:
            notices.append(f"removed {unsupported} sentence(s) of the model's reply: not supported by the text "
                           "they cite, or citing nothing")

        disagreements = self._disagreements(turn, citations, cite, sentences)
        dates = sorted({c.published_at for c in citations if c.published_at})
        body = " ".join(with_marker(s.text, s.citations) if s.citations and not ONE_MARKER.search(s.text)
                        else s.text for s in sentences if s.supported)
        if len(dates) > 1:
            notices.append(f"the cited articles are dated {dates[0]} to {dates[-1]}")
            body += f" (As of {dates[-1]}; the cited reports range from {dates[0]} to {dates[-1]}.)"
        return Answer(
            question=turn.question, answer=body, refused=False, citations=citations,
            disagreements=disagreements, provider=provider, sentences=sentences,
            standalone_question=turn.standalone if turn.standalone != turn.question else None,
            notices=turn.notices + notices,
        )

    def _disagreements(self, turn: _Turn, citations: list[Citation], cite, sentences: list[AnswerSentence]
                       ) -> list[Disagreement]:
        """Outlets that differ on something the answer is about: each side cited, and said in the answer."""
        details = find_disagreement_details(turn.passages, verifier=self.verifier)
        if not details:
            return []
        cited = [(c.article_id, c.start, c.end) for c in citations]
        q_vec = self.verifier.vectors([turn.standalone])[0]
        out: list[Disagreement] = []
        for d in details:
            touches = any(aid == p.article_id and p.start + a < e and s < p.start + b
                          for p, a, b, _ in d.sides for aid, s, e in cited)
            if not touches and q_vec is not None:
                side_vecs = self.verifier.vectors([p.text[a:b] for p, a, b, _ in d.sides])
                touches = max(float(q_vec @ v) for v in side_vecs) >= _DISAGREEMENT_RELEVANCE
            if not touches:
                continue
            sides, said = [], []
            for p, a, b, says in d.sides:
                n = cite(p, a, b, 1.0 if says.strip("‘’“”\"' ").lower() in p.text[a:b].lower() else 0.0)
                sides.append(DisagreementSource(n=n, says=says, source=p.source))
                said.append(f"{p.source or 'another source'} says {says} [{n}]")
            out.append(Disagreement(claim=d.claim, sources=sides))
            sentences.append(AnswerSentence(
                text="The outlets differ: " + "; ".join(said) + ".",
                citations=[s.n for s in sides], supported=True, support=1.0))
        return out

    def render_sources(self, answer: Answer) -> str:  # pragma: no cover - convenience for REPLs
        return "\n".join(f"[{c.n}] {c.title} ({c.source}, {c.published_at}): {c.quote}" for c in answer.citations)


def answer_passages(results: Sequence) -> list[Passage]:
    """Number retrieved results as answer sources (1-based)."""
    return [Passage.of(i + 1, r) for i, r in enumerate(results)]
