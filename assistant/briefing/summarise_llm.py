"""LLM story summaries: map (notes per article) then reduce (one story), with every cited sentence
mapped back to an exact quote and verified; sentences no source supports are dropped.

Prompts: prompts/brief_map.txt and prompts/brief_reduce.txt, rendered strictly by assistant.answer.prompts.
"""

from __future__ import annotations

import logging
import re
from typing import Callable

import numpy as np

from assistant.answer.prompts import render, untrusted
from assistant.briefing.summarise import (
    MAX_ARTICLES,
    MAX_SENTENCES,
    CitationBook,
    central_articles,
    disagreements,
    markers,
    story_sources,
)
from assistant.briefing.shape import cited_numbers, coverage, fit_body, neutral_headline, renumber
from assistant.config import Settings
from assistant.errors import ConfigError, ModelError
from assistant.schema import Article, Chunk, Story
from assistant.verify.instructions import mask_instructions
from assistant.verify.support import SUPPORT_THRESHOLD, Verifier

log = logging.getLogger(__name__)

Complete = Callable[[str], str]
MAP_CHARS = 6000  # article text per map prompt; news leads carry the facts, and small models have small contexts
_MARKERS = re.compile(r"\s*\[(\d+)\]")
_ATTRIBUTION = re.compile(
    r"^(?:[A-Z][\w.&’' -]{0,40}?)\s+(?:adds|reports|says|notes|writes|also reports)(?:\s+that)?[:,]?\s+")


_OUTLET_PREFIX = re.compile(r"^[A-Z][\w.&’' -]{0,40}?:\s+")
_SECTION = re.compile(r"^(LEAD|ADDS|ADD|DIFFER)\s*:\s*", re.IGNORECASE)


def _reduce_lines(text: str) -> tuple[str | None, list[str]]:
    """The model's HEADLINE: value (the last one given) and its other non-empty lines, bullets removed."""
    headline = None
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip().lstrip("-*•").strip()
        if not line:
            continue
        if line.upper().startswith("HEADLINE:"):
            headline = line.split(":", 1)[1].strip().strip('"') or None
        else:
            lines.append(line)
    return headline, lines


def parse_sections(text: str) -> tuple[str | None, list[tuple[str, str, list[int]]]]:
    """(headline, [(section, sentence without markers, cited numbers)]); section is "lead" or "adds".

    Lines the model wrote without a LEAD:/ADDS: label count as lead; an "X adds that ..." sentence as adds."""
    headline, lines = _reduce_lines(text)
    out: list[tuple[str, str, list[int]]] = []
    for line in lines:
        m = _SECTION.match(line)
        label = m.group(1).lower() if m else ""
        if label == "differ":
            continue  # disagreements come from the value comparison of the sources, not the model
        rest = line[m.end():] if m else line
        if label.startswith("add"):
            rest = _OUTLET_PREFIX.sub("", rest, count=1)  # "ADDS: NHK: ..." names the outlet; the citation does too
        _h, sents = parse_reduce(rest)
        for sent, cited in sents:
            section = "adds" if label.startswith("add") or (not label and claim_of(sent) != sent) else "lead"
            out.append((section, sent, cited))
    return headline, out


def parse_reduce(text: str) -> tuple[str | None, list[tuple[str, list[int]]]]:
    """(headline, [(sentence without markers, cited numbers)]) from the reduce output."""
    headline, lines = _reduce_lines(text)
    out: list[tuple[str, list[int]]] = []
    for line in lines:
        # A line may hold several sentences; each keeps the markers that follow it.
        for sent in re.split(r"(?<=[.!?\]])\s+(?=[A-Z“\"‘])", line):
            cited = [int(n) for n in _MARKERS.findall(sent)]
            clean = _MARKERS.sub("", sent).strip()
            if clean:
                out.append((clean, cited))
    return headline, out


def claim_of(sentence: str) -> str:
    """The part of a sentence that sources must support (an "X adds that" prefix is ours, not theirs)."""
    return _ATTRIBUTION.sub("", sentence, count=1)


class LlmSummariser:
    def __init__(self, settings: Settings, provider: str, verifier: Verifier,
                 complete: Complete | None = None) -> None:
        self.verifier = verifier
        self.complete = complete or provider_complete(settings, provider, verifier)
        self.requests = 0
        # The first endpoint failure of a briefing is remembered: a day has dozens of stories, and
        # asking a dead or rate-limited endpoint again for each would multiply retries x timeout by them.
        self.failure: ModelError | None = None

    def _ask(self, prompt: str) -> str:
        if self.failure is not None:
            raise self.failure
        self.requests += 1
        try:
            return self.complete(prompt)
        except ModelError as e:
            self.failure = e
            raise

    def notes(self, article: Article) -> str:
        prompt = render("brief_map", source=untrusted(article.source or "an unknown outlet"),
                        published_at=article.published_at or "on an unknown date", title=untrusted(article.title),
                        body=untrusted(article.body[:MAP_CHARS]))
        return self._ask(prompt).strip()

    def story(self, sid: str, members: list[Article], vectors: np.ndarray | None, chunks: list[Chunk]) -> Story:
        ordered = central_articles(members, vectors)[:MAX_ARTICLES]
        notes = [self.notes(a) for a in ordered]
        # Titles and notes carry article text (a note may repeat an instruction planted in an article).
        sources = untrusted("\n".join(f"[{i}] {a.source or 'unknown outlet'}: {a.title} "
                                      f"({a.published_at or 'undated'})" for i, a in enumerate(ordered, 1)))
        notes_text = untrusted("\n\n".join(f"[{i}] {a.source or 'unknown outlet'}\n{n}" for i, (a, n) in
                                           enumerate(zip(ordered, notes), 1)))
        headline, sentences = parse_sections(self._ask(render("brief_reduce", sources=sources, notes=notes_text)))
        book = CitationBook(chunks)
        by_article: dict[str, list[Chunk]] = {}
        for c in chunks:
            by_article.setdefault(c.article_id, []).append(c)
        lead: list[str] = []
        adds: list[tuple[str | None, str]] = []
        outlets_added: set[str] = set()
        for section, sentence, cited in sentences[:MAX_SENTENCES * 2]:
            claim = claim_of(sentence)
            ns = self._verified(claim, cited, ordered, by_article, book)
            if not ns:
                log.info("dropped unsupported briefing sentence: %s", sentence)
                continue
            if section == "lead":
                lead.append(f"{sentence} {markers(ns)}")
                continue
            # What an outlet adds is said in its own section, so the "X adds that" prefix goes.
            outlet = book.citations[ns[0] - 1].source
            if (outlet or "").lower() in outlets_added:
                continue  # at most one sentence per outlet
            outlets_added.add((outlet or "").lower())
            text = claim[:1].upper() + claim[1:] if claim != sentence else sentence
            adds.append((outlet, f"{text} {markers(ns)}"))
        if not lead and adds:  # a model that only wrote additions: the best one leads
            lead.append(adds.pop(0)[1])
        story = Story(id=sid, headline=self._headline(headline, ordered, by_article), summary="",
                      sources=story_sources(members), coverage=coverage(members))
        story.disagreements = disagreements(ordered, chunks, self.verifier, book)
        fit_body(story, lead, adds)
        keep = cited_numbers(story)
        story.citations = renumber(story, [c for c in book.citations if c.n in keep])
        return story

    def _headline(self, headline: str | None, ordered: list[Article], by_article: dict[str, list[Chunk]]) -> str:
        """The model's headline when a source's title or text supports it, else the neutral member title.

        A headline cites nothing and is read first, so it is verified like any sentence: an instruction
        planted in an article ("make every headline X") must not be able to write it."""
        if headline:
            for art in ordered:
                texts = [mask_instructions(t) for t in [art.title] + [c.text for c in by_article.get(art.id, [])]]
                if any(self.verifier.best_span(headline, t)[2] >= SUPPORT_THRESHOLD for t in texts):
                    return headline
            log.info("dropped unsupported briefing headline: %s", headline)
        return neutral_headline(ordered)

    def _verified(self, claim: str, cited: list[int], ordered: list[Article],
                  by_article: dict[str, list[Chunk]], book: CitationBook) -> list[int]:
        """Citation numbers (story numbering) for the cited sources whose text supports `claim`."""
        ns = []
        for k in dict.fromkeys(cited):
            if not 1 <= k <= len(ordered):
                continue  # the model cited a source it was not given
            art = ordered[k - 1]
            best = (0.0, 0, 0)
            for c in by_article.get(art.id, []):
                # An instruction planted in the article is not evidence for a sentence that obeys it.
                text = mask_instructions(c.text)
                a, b, score = self.verifier.best_span(claim, text, key=c.id if text is c.text else None)
                if score > best[0]:
                    best = (score, c.start + a, c.start + b)
            score, start, end = best
            if score >= SUPPORT_THRESHOLD:
                ns.append(book.cite(art, start, end, score))
        return ns


def provider_complete(settings: Settings, provider: str, verifier: Verifier) -> Complete:
    """A prompt → text function for a provider id of the llm registry ("openai:<model>", "fake", ...)."""
    from assistant.answer import generators as llm

    gen = llm.get_generator(provider, settings, verifier)
    complete = getattr(gen, "complete", None)
    if not callable(complete):
        raise ConfigError(f"provider {provider!r} cannot write briefings (it has no plain completion)")
    return complete
