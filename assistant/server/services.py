"""What the server faces (REST and Gradio) share: one Library, one AnswerEngine, one write lock."""

from __future__ import annotations

import logging
import re
import threading
from datetime import date as _date
from typing import TYPE_CHECKING, Any, Iterator

from assistant.errors import UsageError
from assistant.library import Library
from assistant.retrieval.search import Filters
from assistant.schema import Answer, Article, Briefing, IngestReport, VerifyReport

if TYPE_CHECKING:  # pragma: no cover
    from assistant.answer.engine import AnswerEngine

log = logging.getLogger(__name__)

MAX_K = 50
EXAMPLE_COUNT = 4
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TITLE_MAX = 90  # characters of a headline quoted in an example question


def check_date(value: str | None, name: str) -> str | None:
    """Empty -> None; a real YYYY-MM-DD date -> itself; anything else is a UsageError naming the field."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if not _DATE.match(value):
            raise ValueError
        _date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{name} must be a date like 2026-02-18, got {value!r}") from None
    return value


def make_filters(since: str | None = None, until: str | None = None,
                 source: str | list[str] | None = None) -> Filters:
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and since > until:
        raise UsageError(f"since ({since}) is after until ({until}); swap them or widen the range")
    if isinstance(source, list):
        source = [s.strip() for s in source if s and s.strip()] or None
    elif isinstance(source, str):
        source = source.strip() or None
    return Filters(source=source, since=since, until=until)


def ingest_summary(report: IngestReport) -> dict[str, Any]:
    """The REST/UI view of an ingest run: {added, skipped, failed, chunks, seconds, ...}."""
    return {"added": report.added, "skipped": report.skipped,
            "failed": [f.model_dump() for f in report.failed], "chunks": report.chunks,
            "seconds": round(report.seconds, 3), "article_ids": list(report.article_ids),
            "near_duplicates": list(report.near_duplicates)}


def _short_title(title: str) -> str:
    title = " ".join(title.split()).rstrip(" .!?:;,")
    if len(title) <= _TITLE_MAX:
        return title
    return title[:_TITLE_MAX].rsplit(" ", 1)[0].rstrip(" .,;:") + "…"


def example_questions(articles: list[Article], n: int = EXAMPLE_COUNT) -> list[str]:
    """Questions a reader can try, about the newest stored stories (one per story, newest first).

    `articles` comes newest first (as Library.articles() returns it). Wire copies and near-duplicates
    would only repeat a story, so each headline is used once; an empty library gives no examples.
    """
    out: list[str] = []
    seen: set[str] = set()
    for a in articles:
        title = _short_title(a.title or "")
        key = re.sub(r"\W+", " ", title.casefold()).strip()
        if not key or key in seen or a.near_duplicate_of:
            continue
        seen.add(key)
        out.append(f"What does {a.source} report about “{title}”?" if a.source
                   else f"What is known about “{title}”?")
        if len(out) == n:
            break
    return out


class Services:
    """The long-lived objects behind `assistant serve`, built once and shared by every request."""

    def __init__(self, library: Library, engine: AnswerEngine | None = None) -> None:
        self.library = library
        self._engine = engine
        self._engine_lock = threading.Lock()
        # Chroma and the BM25 cache tolerate concurrent readers; writers go one at a time.
        self.write_lock = threading.RLock()
        self._claim_judge: tuple | None = None

    @property
    def settings(self):
        return self.library.settings

    @property
    def engine(self) -> AnswerEngine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    from assistant.answer.engine import AnswerEngine

                    self._engine = AnswerEngine(self.library)
        return self._engine

    def warm(self) -> None:
        """Load the embedding model and open the store now, so the first request is not the slow one."""
        self.library.embedder.embed_query("warm up")
        _ = self.library.store
        _ = self.library.searcher
        _ = self.engine

    # ---- features ------------------------------------------------------------------------

    def stream(self, question: str, history: list[tuple[str, str]] | None, filters: Filters | None,
               k: int | None) -> Iterator[str | Answer]:
        question = (question or "").strip()
        if not question:
            raise UsageError("question is empty: type a question about the stored articles")
        if k is not None and not 1 <= k <= MAX_K:
            raise UsageError(f"k must be between 1 and {MAX_K}, got {k}")
        return self.engine.stream(question, history=history or None, filters=filters, k=k)

    def ask(self, question: str, history: list[tuple[str, str]] | None = None,
            filters: Filters | None = None, k: int | None = None) -> Answer:
        final: Answer | None = None
        for item in self.stream(question, history, filters, k):
            if isinstance(item, Answer):
                final = item
        if final is None:  # pragma: no cover - the engine's contract says this cannot happen
            raise RuntimeError("the answer stream ended without a final answer")
        return final

    def brief(self, date: str | None = None, since_last: bool = False) -> Briefing:
        from assistant.briefing.build import build_briefing

        date = check_date(date, "date")
        with self.write_lock:  # it writes story ids and the briefing archive
            return build_briefing(self.library, date=date, since_last=since_last, save=True)

    def verify(self, text: str, against: list[str] | None = None,
               documents: list[str] | None = None) -> VerifyReport:
        """Claim verdicts against the store, stored articles by id, or given texts (never server files)."""
        from assistant.verify.check import verify_text

        if self._claim_judge is None:
            from assistant.answer.claim_judge import refiner_for

            self._claim_judge = (refiner_for(self.settings.llm, self.settings),)
        return verify_text(self.library, text, against=against, verifier=self.engine.verifier,
                           refine=self._claim_judge[0], provider=self.settings.llm, documents=documents,
                           allow_files=False)

    def ingest(self, inputs: list[str], progress: bool = False) -> IngestReport:
        if not inputs:
            raise UsageError("nothing to ingest: give at least one file, URL or feed")
        with self.write_lock:
            return self.library.ingest(inputs, progress=progress)

    def delete(self, article_id: str) -> int:
        with self.write_lock:
            return self.library.delete(article_id)

    def examples(self) -> list[str]:
        return example_questions(self.library.articles())

    def outlets(self) -> list[str]:
        return sorted({a.source for a in self.library.articles() if a.source}, key=str.lower)

    def health(self) -> dict[str, Any]:
        store = self.library.store
        return {"status": "ok", "articles": store.count_articles(), "chunks": store.count_chunks(),
                "provider": self.settings.llm, "embeddings": self.settings.embeddings,
                "top_k": self.settings.top_k}
