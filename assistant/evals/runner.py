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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from assistant.briefing.shape import body_words
from assistant.config import Settings
from assistant.evals import metrics as M
from assistant.evals.suite import BriefingCase, Question, Selector, Suite, SuiteError
from assistant.ingest import RawArticle, article_id, content_hash, iter_inputs
from assistant.library import Library
from assistant.retrieval.embeddings import Embedder
from assistant.retrieval.indexing import Indexer
from assistant.retrieval.search import Filters
from assistant.schema import Answer, Article, Briefing, IngestFailure
from assistant.text.sentences import split_sentences
from assistant.verify.support import SUPPORT_THRESHOLD

log = logging.getLogger(__name__)

RANK_DEPTH = 10  # passages retrieved for hit@k and MRR@10


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


# ---- scoring one answer -----------------------------------------------------------------------------


def _cited_sentences(answer: Answer) -> list[M.CitedSentence]:
    """Answer sentences with the quotes they cite.

    The engine's "The outlets differ: A says x [2]; B says y [3]." note is scored per side (claim
    "x" against quote [2]), since its framing words come from metadata, not from any article text.
    """
    quotes = {c.n: c.quote for c in answer.citations}
    sides = {frozenset(s.n for s in d.sources): d for d in answer.disagreements}
    if answer.sentences:
        out = []
        for s in answer.sentences:
            d = sides.get(frozenset(s.citations))
            if d is not None and len(s.citations) > 1:
                out += [M.CitedSentence(side.says, [quotes[side.n]] if side.n in quotes else []) for side in d.sources]
            else:
                out.append(M.CitedSentence(s.text, [quotes[n] for n in s.citations if n in quotes]))
        return out
    from assistant.answer.engine import (
        parse_citations,  # answers built by other generators without sentences
    )

    return [M.CitedSentence(text, [quotes[n] for n in ns if n in quotes]) for text, ns in parse_citations(answer.answer)]


def score_answer(q: Question, answer: Answer, expected: set[str], ranked: list[str], k: int,
                 bodies: dict[str, str], supports: M.Judge) -> dict:
    rec: dict[str, Any] = {
        "id": q.id, "kind": q.kind, "question": q.question, "answerable": q.answerable,
        "history": [list(t) for t in q.history], "answer": answer.answer, "refused": answer.refused,
        "standalone_question": answer.standalone_question, "provider": answer.provider,
        "citations": [], "failures": [], "notices": list(answer.notices),
    }
    for c in answer.citations:
        body = bodies.get(c.article_id)
        valid = body is not None and body[c.start:c.end] == c.quote
        rec["citations"].append({"n": c.n, "article_id": c.article_id, "source": c.source, "quote": c.quote,
                                 "start": c.start, "end": c.end, "support": c.support, "valid": valid})
        if not valid:
            rec["failures"].append(f"citation [{c.n}] quote is not the article text at {c.start}:{c.end}")
    if q.answerable:
        present = [M.fact_present(f, answer.answer) for f in q.facts]
        rec["facts"] = [{"aliases": f, "present": p} for f, p in zip(q.facts, present)]
        rec["fact_recall"] = sum(present) / len(present) if answer.answer and not answer.refused else 0.0
        if answer.refused:
            rec["failures"].append("refused an answerable question")
        elif not all(present):
            rec["failures"].append("missing facts: " + "; ".join(" / ".join(f) for f, p in zip(q.facts, present) if not p))
    else:
        rec["facts"] = []
        rec["fact_recall"] = None
        if not answer.refused:
            rec["failures"].append(f"answered a question it should refuse ({q.kind})")
    if not answer.refused:
        cs = M.citation_scores(_cited_sentences(answer), supports)
        rec["citation_recall"], rec["citation_precision"] = cs.recall, cs.precision
        rec["sentences"] = cs.per_sentence
        if cs.sentences and cs.recall < 1:
            rec["failures"].append(f"{sum(not s['supported'] for s in cs.per_sentence)} sentence(s) not supported "
                                   "by their citations")
    else:
        rec["citation_recall"] = rec["citation_precision"] = None
        rec["sentences"] = []
    rec["expected_sources"] = sorted(expected)
    rec["retrieved"] = ranked
    if expected:
        rec["hit"] = M.hit_at_k(ranked, expected, k)
        rec["rr"] = M.mrr_at_k(ranked, expected, RANK_DEPTH)
        rec["source_recall"] = M.recall_at_k(ranked, expected, k)
        if not rec["hit"]:
            rec["failures"].append(f"no expected source in the top {k} passages")
    else:
        rec["hit"] = rec["rr"] = rec["source_recall"] = None
    return rec


def score_briefing(case: BriefingCase, b: Briefing, expected_groups: list[set[str]]) -> dict:
    predicted = [[s.article_id for s in story.sources] for story in b.stories]
    precision, recall = M.pairwise_grouping(predicted, [sorted(g) for g in expected_groups])
    text = "\n".join(f"{s.headline}\n{s.summary}" for s in b.stories)
    facts = [M.fact_present(f, text) for f in case.facts]
    forbidden = [M.fact_present(f, text) for f in case.forbidden]
    sentences = [x for s in b.stories for x in split_sentences(M.strip_markers(s.summary))]
    dups = M.duplicate_sentences(sentences)
    rec = {
        "id": case.id, "date": b.date, "stories": [s.model_dump() for s in b.stories],
        "predicted_groups": predicted, "expected_groups": [sorted(g) for g in expected_groups],
        "grouping_precision": precision, "grouping_recall": recall,
        "facts": [{"aliases": f, "present": p} for f, p in zip(case.facts, facts)],
        "forbidden": [{"aliases": f, "present": p} for f, p in zip(case.forbidden, forbidden)],
        "fact_coverage": sum(facts) / len(facts) if facts else None,
        "forbidden_rate": sum(forbidden) / len(forbidden) if forbidden else None,
        "duplicate_rate": len(dups) / len(sentences) if sentences else 0.0,
        "duplicates": [sentences[i] for i in dups], "failures": [],
        # The shape a reader wants: a short body per story, a lead the outlets agree on.
        "body_words_max": max((body_words(s) for s in b.stories), default=0),
        "lead_multi_outlet": (sum(len({c.source for c in s.citations if s.lead and f"[{c.n}]" in s.lead[0]}) >= 2
                                  for s in b.stories if len({x.source for x in s.sources}) > 1)
                              / max(1, sum(len({x.source for x in s.sources}) > 1 for s in b.stories))),
    }
    if precision < 1 or recall < 1:
        rec["failures"].append(f"story grouping precision {precision:.2f}, recall {recall:.2f}")
    if not all(facts):
        rec["failures"].append("missing facts: " + "; ".join(" / ".join(f) for f, p in zip(case.facts, facts) if not p))
    if any(forbidden):
        rec["failures"].append("contains forbidden facts: " + "; ".join(
            " / ".join(f) for f, p in zip(case.forbidden, forbidden) if p))
    if dups:
        rec["failures"].append(f"{len(dups)} duplicate sentence(s)")
    return rec


# ---- aggregation -----------------------------------------------------------------------------------------


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def aggregate(questions: list[dict], briefings: list[dict]) -> dict[str, float | None]:
    answerable = [q for q in questions if q["answerable"]]
    unanswerable = [q for q in questions if not q["answerable"]]
    cites = [c for q in questions for c in q["citations"]]
    with_sources = [q for q in questions if q["hit"] is not None]
    lat = [q["latency_ms"] for q in questions if q.get("latency_ms") is not None]
    m: dict[str, float | None] = {
        "fact_recall": M.mean(q["fact_recall"] for q in answerable),
        "refusal_accuracy": _share([q["refused"] for q in unanswerable]),
        "false_refusal_rate": _share([q["refused"] for q in answerable]),
        "citation_validity": _share([c["valid"] for c in cites]),
        # ALCE averages per answer; answers with no sentences (refusals) are left out.
        "citation_recall": M.mean(q["citation_recall"] for q in questions if q["citation_recall"] is not None),
        "citation_precision": M.mean(q["citation_precision"] for q in questions
                                     if q["citation_precision"] is not None and q["citations"]),
        "hit_at_k": M.mean(q["hit"] for q in with_sources),
        "recall_at_k": M.mean(q["source_recall"] for q in with_sources),
        "mrr_at_10": M.mean(q["rr"] for q in with_sources),
        "latency_p50_ms": M.percentile(lat, 50) if lat else None,
        "latency_p95_ms": M.percentile(lat, 95) if lat else None,
        "grouping_precision": M.mean(b["grouping_precision"] for b in briefings if b["expected_groups"]),
        "grouping_recall": M.mean(b["grouping_recall"] for b in briefings if b["expected_groups"]),
        "briefing_fact_coverage": M.mean(b["fact_coverage"] for b in briefings if b["fact_coverage"] is not None),
        "forbidden_fact_rate": M.mean(b["forbidden_rate"] for b in briefings if b["forbidden_rate"] is not None),
        "duplicate_fact_rate": M.mean(b["duplicate_rate"] for b in briefings),
    }
    for name in ("judge_faithfulness", "judge_relevance"):
        vals = [q[name] for q in questions if q.get(name) is not None]
        if vals:
            m[name] = M.mean(vals)
    return m


def by_kind(questions: list[dict]) -> dict[str, dict[str, float | None]]:
    out: dict[str, dict[str, float | None]] = {}
    for kind in sorted({q["kind"] for q in questions}):
        qs = [q for q in questions if q["kind"] == kind]
        out[kind] = {
            "n": len(qs),
            "fact_recall": M.mean(q["fact_recall"] for q in qs if q["fact_recall"] is not None),
            "refused": _share([q["refused"] for q in qs]),
            "hit_at_k": M.mean(q["hit"] for q in qs if q["hit"] is not None),
        }
    return out


def gate(metrics: dict[str, float | None], thresholds: dict[str, Any]) -> list[dict]:
    out = []
    for name, t in thresholds.items():
        value = metrics.get(name)
        ok = value is not None and M.passes(name, value, t)
        out.append({"metric": name, "value": value, "threshold": t, "passed": ok,
                    "direction": "max" if (isinstance(t, dict) and "max" in t and "min" not in t)
                    or (not isinstance(t, dict) and name in M.LOWER_IS_BETTER) else "min"})
    return out


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
