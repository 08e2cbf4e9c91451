"""Scoring: one answer or briefing against its gold case, then the suite's metrics and gate.

Pure functions over Answers and result records (no store, no model: the support judge is passed in),
so every metric is unit-testable on hand-built Answers. The metric definitions are in evals/README.md.
"""

from __future__ import annotations

from typing import Any

from assistant.briefing.shape import body_words
from assistant.evals import metrics as M
from assistant.evals.suite import BriefingCase, Question
from assistant.schema import Answer, Briefing
from assistant.text.sentences import split_sentences

RANK_DEPTH = 10  # passages retrieved for hit@k and MRR@10

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


# Which metrics a question counts towards (see the metric table in evals/README.md):
#   plain answerable (accuracy, answer length, short-answer EM): answerable and not a false premise or conflict;
#   false_refusal_rate: every question whose corpus holds the answer (answerable, not a false premise);
#   rejection_rate: expected refusals other than false premises (unanswerable, wrong-entity, rejection suites).
_SEPARATE = ("false-premise", "conflict")


def is_plain_answerable(q: Question) -> bool:
    return q.answerable and q.kind not in _SEPARATE


def _outcome(q: Question, answer: Answer, rec: dict) -> dict[str, Any]:
    """Per-question flags the suite metrics average; None where a metric does not apply."""
    text = answer.answer or ""
    present = [M.fact_present(f, text) for f in q.facts]
    rec["facts"] = [{"aliases": f, "present": p} for f, p in zip(q.facts, present)]
    found = bool(present) and all(present) and not answer.refused
    rec["fact_recall"] = (sum(present) / len(present) if text and not answer.refused else 0.0) if q.answerable else None
    out: dict[str, Any] = {"correct": None, "rejected": None, "premise_handled": None, "premise_accepted": None,
                           "conflict_detected": None, "false_only": None, "short_answer_em": None}
    if is_plain_answerable(q):
        out["correct"] = found
    if not q.answerable and q.kind != "false-premise":
        out["rejected"] = answer.refused
    if q.kind == "false-premise":
        out["premise_handled"], out["premise_accepted"] = M.premise_outcome(answer.refused, text, q.facts, q.forbidden)
        rec["forbidden"] = [{"aliases": f, "present": M.fact_present(f, text)} for f in q.forbidden]
    if q.kind == "conflict":
        out["conflict_detected"], out["false_only"] = M.conflict_outcome(answer.refused, text, q.facts, q.altered)
        rec["altered"] = [{"aliases": f, "present": M.fact_present(f, text)} for f in q.altered]
    # Short-answer EM: single-fact factoid questions the engine gave a short answer for.
    if is_plain_answerable(q) and q.kind == "single" and len(q.facts) == 1 and not answer.refused:
        out["short_answer_em"] = (None if answer.short_answer is None
                                  else M.short_answer_match(answer.short_answer, q.facts[0]))
        out["short_answer_given"] = answer.short_answer is not None
    return out


def _gold_failures(q: Question, answer: Answer, rec: dict) -> list[str]:
    o = rec["outcome"]
    missing = "; ".join(" / ".join(f["aliases"]) for f in rec["facts"] if not f["present"])
    if q.kind == "false-premise":
        if o["premise_accepted"]:
            return ["went along with the false premise (forbidden term, no correction)"]
        return [] if o["premise_handled"] else [f"neither refused nor corrected the premise (missing: {missing})"]
    if not q.answerable:
        return [] if answer.refused else [f"answered a question it should refuse ({q.kind})"]
    if answer.refused:
        return ["refused an answerable question"]
    if q.kind == "conflict":
        if o["false_only"]:
            return ["gave only the altered value"]
        return [] if o["conflict_detected"] else ["did not report both the true and the altered value"]
    return [f"missing facts: {missing}"] if missing else []


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
    rec["short_answer"], rec["answer_kind"] = answer.short_answer, answer.kind
    rec["answer_words"] = None if answer.refused else M.answer_words(answer.answer)
    rec["outcome"] = _outcome(q, answer, rec)
    rec["failures"] += _gold_failures(q, answer, rec)
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
        # The shape a reader wants: a short body per story, a lead the outlets agree on.
        "body_words_max": max((body_words(s) for s in b.stories), default=0),
        "lead_multi_outlet": (sum(len({c.source for c in s.citations if s.lead and f"[{c.n}]" in s.lead[0]}) >= 2
                                  for s in b.stories if len({x.source for x in s.sources}) > 1)
                              / max(1, sum(len({x.source for x in s.sources}) > 1 for s in b.stories))),
        "duplicates": [sentences[i] for i in dups], "failures": [],
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


def _flags(questions: list[dict], name: str) -> list[bool]:
    """The per-question outcome flag `name` where it applies (records without outcomes are skipped)."""
    return [o[name] for q in questions if (o := q.get("outcome")) and o.get(name) is not None]


def answer_metrics(questions: list[dict]) -> dict[str, float | None]:
    """The RGB-style figures: accuracy and length, rejection, premises, conflicts, short answers."""
    plain = [q for q in questions if (q.get("outcome") or {}).get("correct") is not None]
    given = _flags(questions, "short_answer_given")
    return {
        "accuracy": _share(_flags(questions, "correct")),
        "median_answer_words": M.median(q["answer_words"] for q in plain if q.get("answer_words") is not None),
        "rejection_rate": _share(_flags(questions, "rejected")),
        "premise_handled_rate": _share(_flags(questions, "premise_handled")),
        "premise_accepted_rate": _share(_flags(questions, "premise_accepted")),
        "conflict_detection": _share(_flags(questions, "conflict_detected")),
        "false_only_rate": _share(_flags(questions, "false_only")),
        "short_answer_em": _share(_flags(questions, "short_answer_em")),
        "short_answer_rate": _share(given),
    }


def aggregate(questions: list[dict], briefings: list[dict]) -> dict[str, float | None]:
    answerable = [q for q in questions if q["answerable"]]
    unanswerable = [q for q in questions if not q["answerable"]]
    # A false premise may be refused or corrected: refusing it is not a false refusal.
    holds_answer = [q for q in answerable if q["kind"] != "false-premise"]
    cites = [c for q in questions for c in q["citations"]]
    with_sources = [q for q in questions if q["hit"] is not None]
    lat = [q["latency_ms"] for q in questions if q.get("latency_ms") is not None]
    m: dict[str, float | None] = {
        **answer_metrics(questions),
        "fact_recall": M.mean(q["fact_recall"] for q in answerable),
        "refusal_accuracy": _share([q["refused"] for q in unanswerable]),
        "false_refusal_rate": _share([q["refused"] for q in holds_answer]),
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
        fig = answer_metrics(qs)
        out[kind] = {
            "n": len(qs),
            # The kind's own success figure: accuracy, rejection, premise handled or conflict detected.
            "correct": next((fig[k] for k in ("accuracy", "rejection_rate", "premise_handled_rate",
                                              "conflict_detection") if fig[k] is not None), None),
            "fact_recall": M.mean(q["fact_recall"] for q in qs if q["fact_recall"] is not None),
            "refused": _share([q["refused"] for q in qs]),
            "median_words": fig["median_answer_words"],
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


