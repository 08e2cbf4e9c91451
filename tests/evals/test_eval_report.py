"""Report rendering: terminal table, JSON, and the self-contained HTML (plots, failing cases, escaping)."""

from __future__ import annotations

import json

from assistant.evals.report import svg_bars, svg_histogram, to_html, to_json, to_table
from assistant.evals.runner import EvalResult, aggregate, by_kind, gate

EVIL = "<script>alert('x')</script>"


def _question(qid: str, refused: bool, failures: list[str], latency: float, answer: str = "Fifty [1].") -> dict:
    return {
        "id": qid, "kind": "single", "question": f"How many? {EVIL}", "answerable": True, "history": [["hi", "hello"]],
        "answer": answer, "refused": refused, "standalone_question": None, "provider": "extractive",
        "citations": [] if refused else [{"n": 1, "article_id": "abc", "source": "Metro & Co", "quote": f"fifty {EVIL}",
                                          "start": 0, "end": 5, "support": 0.9, "valid": False}],
        "failures": failures, "notices": [], "facts": [{"aliases": ["50", "fifty"], "present": not refused}],
        "fact_recall": 0.0 if refused else 1.0, "citation_recall": None if refused else 1.0,
        "citation_precision": None if refused else 1.0, "sentences": [], "expected_sources": ["abc"],
        "retrieved": ["abc"], "hit": 1.0, "rr": 1.0, "source_recall": 1.0, "latency_ms": latency,
    }


def _result(thresholds: dict) -> EvalResult:
    questions = [_question("good", False, [], 120.0),
                 _question("bad-one", True, ["refused an answerable question"], 480.0, answer=EVIL)]
    briefings = [{"id": "day", "date": "2026-02-19", "stories": [{"headline": "H <b>", "summary": "S [1]",
                                                               "sources": [{"source": "Metro"}]}],
                  "predicted_groups": [["a"], ["b"]], "expected_groups": [["a", "b"]], "grouping_precision": 1.0,
                  "grouping_recall": 0.0, "facts": [], "forbidden": [], "fact_coverage": 1.0, "forbidden_rate": 0.0,
                  "duplicate_rate": 0.0, "duplicates": [], "failures": ["story grouping precision 1.00, recall 0.00"]}]
    metrics = aggregate(questions, briefings)
    return EvalResult(suite="demo", provider="extractive", k=5, metrics=metrics, thresholds=thresholds,
                      gate=gate(metrics, thresholds), questions=questions, briefings=briefings,
                      by_kind=by_kind(questions), info={"articles": 2, "questions": 2, "briefings": 1, "total_s": 1.5})


def test_aggregate_and_gate():
    r = _result({"fact_recall": 0.4, "false_refusal_rate": 0.2, "refusal_accuracy": 0.5})
    assert r.metrics["fact_recall"] == 0.5
    assert r.metrics["false_refusal_rate"] == 0.5
    assert r.metrics["citation_validity"] == 0.0
    assert r.metrics["grouping_recall"] == 0.0
    assert r.metrics["latency_p50_ms"] == 300.0
    status = {g["metric"]: g["passed"] for g in r.gate}
    # refusal_accuracy has no unanswerable questions to measure: a threshold on it fails
    assert status == {"fact_recall": True, "false_refusal_rate": False, "refusal_accuracy": False}
    assert not r.passed


def test_table_lists_metrics_gate_and_failures():
    text = to_table(_result({"fact_recall": 0.9}))
    assert "fact recall" in text and "0.500" in text and "threshold >= 0.9  FAILED" in text
    assert "bad-one: refused an answerable question" in text
    assert "gate FAILED: fact_recall" in text
    assert "gate PASSED" in to_table(_result({"fact_recall": 0.1}))


def test_json_is_one_object():
    d = json.loads(to_json(_result({"fact_recall": 0.1})))
    assert d["passed"] is True and d["metrics"]["fact_recall"] == 0.5
    assert len(d["questions"]) == 2 and d["gate"][0]["metric"] == "fact_recall"


def test_html_has_plots_and_escaped_failing_cases():
    r = _result({"fact_recall": 0.9})
    r.questions[1]["citations"] = r.questions[0]["citations"]  # a failing case with a citation to escape
    html = to_html(r)
    assert html.startswith("<!doctype html>")
    assert '<svg class="bars"' in html and '<svg class="hist"' in html
    assert 'id="case-bad-one"' in html and 'id="case-good"' not in html  # only failing cases listed
    assert 'id="briefing-day"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "H &lt;b&gt;" in html and "Metro &amp; Co" in html
    assert "gate failed" in html and "INVALID QUOTE" in html and "fifty &lt;script&gt;" in html
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")  # self-contained: no external assets


def test_svg_helpers():
    bars = svg_bars([("fact recall", 0.8, 0.7, True), ("a <b>", 0.2, None, False)])
    assert bars.count("<rect") == 4 and "a &lt;b&gt;" in bars and "threshold 0.7" in bars
    hist = svg_histogram([10.0, 20.0, 30.0, 400.0])
    assert "p50" in hist and "p95" in hist and "4 questions" in hist
    assert "<svg" in svg_histogram([])


def test_answer_metrics_and_kind_columns_reach_table_json_and_html():
    from test_eval_answer_metrics import (
        _records,  # hand-built Answers scored by the real scorer
    )

    qs = _records()
    metrics = aggregate(qs, [])
    r = EvalResult(suite="rgb-style", provider="hand", k=5, metrics=metrics, thresholds={}, gate=[], questions=qs,
                   briefings=[], by_kind=by_kind(qs), info={"articles": 0, "questions": len(qs), "briefings": 0,
                                                             "total_s": 0.1})
    text = to_table(r)
    for label in ("accuracy (answerable, every fact)", "median answer words", "rejection rate",
                  "false premise accepted", "conflict: both values reported", "short answer exact match"):
        assert label in text
    assert "correct" in text and "conflict" in text
    assert any(line.strip().startswith("median answer words") and line.endswith("4.5") for line in text.splitlines())
    d = json.loads(to_json(r))
    assert d["metrics"]["conflict_detection"] == 0.5 and d["by_kind"]["false-premise"]["correct"] == 0.5
    html = to_html(r)
    assert "conflict: only the altered value" in html and "<th>correct</th>" in html
    assert "short answer: <b>50 launchers</b>" in html or "a ceremony in Pyongyang" in html
