"""Run a suite: ingest its corpus into a fresh data dir, ask every question, build every briefing, score.

Article ids are content hashes, so suites name articles by stable keys instead; the runner loads
the corpus itself to learn which key (file name, record id, line) became which stored article.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings

# aggregate, by_kind and gate live in scoring; imported here too because callers know them as runner's.
from assistant.evals.scoring import (
    RANK_DEPTH,
    aggregate,
    by_kind,
    gate,
    score_answer,
    score_briefing,
)
from assistant.evals.suite import Selector, Suite, SuiteError

__all__ = ["Corpus", "EvalResult", "aggregate", "by_kind", "gate", "ingest_corpus", "origin_keys", "run_suite"]
from assistant.ingest import RawArticle, article_id, content_hash, iter_inputs
from assistant.library import Library
from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.indexing import Indexer
from assistant.retrieval.search import Filters
from assistant.schema import Article, IngestFailure
from assistant.verify.support import SUPPORT_THRESHOLD

log = logging.getLogger(__name__)



# ---- corpus and article keys ---------------------------------------------------------------------------


@dataclass
class Corpus:
    keys: dict[str, set[str]] = field(default_factory=dict)  # key -> stored article ids
    articles: dict[str, Article] = field(default_factory=dict)
    failed: list[IngestFailure] = field(default_factory=list)
    ingest_s: float = 0.0

    def resolve(self, sel: Selector) -> set[str]:
        if sel.key is not None:
            return set(self.keys.get(sel.key, set()))
        if sel.source is not None:
            want = sel.source.strip().lower()
            return {a.id for a in self.articles.values() if (a.source or "").lower() == want}
        want = (sel.title or "").lower()
        return {a.id for a in self.articles.values() if want in a.title.lower()}


def _record_ids(path: Path) -> dict[int, str]:
    """1-based line number -> the record's own "id" field, for JSONL corpora."""
    out: dict[int, str] = {}
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                try:
                    rid = json.loads(line).get("id")
                except (json.JSONDecodeError, AttributeError):
                    continue
                if rid is not None:
                    out[n] = str(rid)
    except OSError:
        pass
    return out


def origin_keys(origin: str, record_ids: Callable[[Path], dict[int, str]] = _record_ids) -> list[str]:
    """The names a suite may use for an article loaded from `origin` ("dir/a.txt", "x.jsonl#line-3")."""
    path, _, frag = origin.partition("#")
    p = Path(path)
    keys = [origin, p.name, p.stem]
    if frag:
        keys.append(f"{p.name}#{frag}")
        if frag.startswith("line-") and frag[5:].isdigit():
            rid = record_ids(p).get(int(frag[5:]))
            if rid is not None:
                keys.append(rid)
    return keys


def ingest_corpus(lib: Library, paths: list[Path]) -> Corpus:
    """Load, map keys -> ids, then index through the normal pipeline (dedup, chunk, embed, store)."""
    t = time.perf_counter()
    items = list(iter_inputs([str(p) for p in paths], lib.settings))
    Indexer(lib.settings, lib.store, lib.embedder).run(items)
    corpus = Corpus(ingest_s=time.perf_counter() - t)
    corpus.articles = {a.id: a for a in lib.store.get_articles()[0]}  # with bodies
    by_hash = {a.content_hash: a.id for a in corpus.articles.values()}
    cache: dict[Path, dict[int, str]] = {}

    def rids(p: Path) -> dict[int, str]:
        if p not in cache:
            cache[p] = _record_ids(p)
        return cache[p]

    for item in items:
        if isinstance(item, IngestFailure):
            corpus.failed.append(item)
            continue
        assert isinstance(item, RawArticle)
        aid = article_id(item.url, item.body)
        if aid not in corpus.articles:  # skipped as a duplicate of another article: same content
            aid = by_hash.get(content_hash(item.body), "")
        if not aid:
            continue
        for key in origin_keys(item.origin, rids):
            corpus.keys.setdefault(key, set()).add(aid)
    return corpus


def resolve_all(corpus: Corpus, sels: list[Selector], suite: Suite, where: str) -> set[str]:
    ids: set[str] = set()
    for sel in sels:
        found = corpus.resolve(sel)
        if not found:
            sample = ", ".join(sorted(k for k in corpus.keys if "/" not in k)[:8])
            raise SuiteError(f"{suite.path or suite.name}: {where}: article {sel.describe()} matches no ingested "
                             f"article (keys look like: {sample} ...; or use source:/title:)")
        ids |= found
    return ids


# ---- results ----------------------------------------------------------------------------------------


@dataclass
class EvalResult:
    suite: str
    provider: str
    k: int
    metrics: dict[str, float | None]
    thresholds: dict[str, Any]
    gate: list[dict]  # one entry per threshold: metric, value, threshold, passed
    questions: list[dict]
    briefings: list[dict]
    by_kind: dict[str, dict[str, float | None]]
    info: dict[str, Any]

    @property
    def passed(self) -> bool:
        return all(g["passed"] for g in self.gate)

    def latencies(self) -> list[float]:
        return [q["latency_ms"] for q in self.questions if q.get("latency_ms") is not None]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["passed"] = self.passed
        return d


# ---- the run -----------------------------------------------------------------------------------------------


def _say(progress: bool, msg: str) -> None:
    if progress:
        print(msg, file=sys.stderr, flush=True)


def run_suite(suite: Suite, provider: str | None = None, embedder: Embedder | None = None,
              judge: Any | None = None, thresholds: dict[str, Any] | None = None,
              progress: bool = False, base_settings: Settings | None = None) -> EvalResult:
    """Score a suite end to end in a fresh temporary data dir (removed afterwards)."""
    from assistant.answer.engine import AnswerEngine
    from assistant.briefing.build import build_briefing

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsdesk-eval-") as tmp:
        overrides = {"data_dir": Path(tmp), "collection_prefix": f"eval{uuid.uuid4().hex[:8]}"}
        if provider:
            overrides["llm"] = provider
        settings = (base_settings.model_copy(update=overrides) if base_settings else Settings(**overrides))
        lib = Library(settings, embedder=embedder)
        _say(progress, f"eval {suite.name}: ingesting {', '.join(str(p) for p in suite.corpus)}")
        corpus = ingest_corpus(lib, suite.corpus)
        bodies = {aid: a.body for aid, a in corpus.articles.items()}
        # Resolve every article name before asking anything, so a typo fails in seconds.
        expected = {q.id: resolve_all(corpus, q.sources, suite, f"question {q.id}") for q in suite.questions}
        groups = {b.id: [resolve_all(corpus, g, suite, f"briefing {b.id}") for g in b.groups] for b in suite.briefings}
        engine = AnswerEngine(lib, provider=provider)
        lib.search("warm up", k=1)  # BM25 index built once, outside the timed asks

        def supports(sentence: str, evidence: str) -> bool:
            return engine.verifier.support(sentence, evidence) >= SUPPORT_THRESHOLD

        questions = []
        for i, q in enumerate(suite.questions, 1):
            filters = Filters(**q.filters) if q.filters else None
            t = time.perf_counter()
            answer = engine.ask(q.question, history=q.history or None, filters=filters)
            latency = (time.perf_counter() - t) * 1000
            query = answer.standalone_question or q.question
            ranked = [r.article_id for r in lib.search(query, RANK_DEPTH, filters)]
            rec = score_answer(q, answer, expected[q.id], ranked, suite.k, bodies, supports)
            rec["latency_ms"] = latency
            if judge is not None and not answer.refused:
                rec.update(judge.score(q.question, answer))
            questions.append(rec)
            _say(progress, f"  [{i}/{len(suite.questions)}] {q.id} {'ok' if not rec['failures'] else 'FAIL'}"
                           f" {latency:.0f} ms")
        briefings = []
        for case in suite.briefings:
            b = build_briefing(lib, date=case.date, since=case.since, until=case.until, sources=case.sources,
                               topic=case.topic, provider=provider, save=False)
            briefings.append(score_briefing(case, b, groups[case.id]))
            _say(progress, f"  briefing {case.id}: {len(b.stories)} stories")
        metrics = aggregate(questions, briefings)
        limits = dict(suite.thresholds)
        limits.update(thresholds or {})
        info = {
            "articles": len(corpus.articles), "ingest_failed": [f.model_dump() for f in corpus.failed],
            "ingest_s": round(corpus.ingest_s, 3), "total_s": round(time.perf_counter() - started, 3),
            "questions": len(questions), "briefings": len(briefings),
            "suite_path": str(suite.path) if suite.path else None, "rank_depth": RANK_DEPTH,
            "support_threshold": SUPPORT_THRESHOLD, "embeddings": lib.embedder.name,
        }
        return EvalResult(suite=suite.name, provider=engine.provider, k=suite.k, metrics=metrics,
                          thresholds=limits, gate=gate(metrics, limits), questions=questions,
                          briefings=briefings, by_kind=by_kind(questions), info=info)
