"""The runner end to end with deterministic fake embeddings (fast; the real model runs in integration)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.evals import SuiteError, load_suite, parse_suite, run_suite
from assistant.evals.adapters import write_rgb_suite
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.testing.openai_server import ScriptedOpenAIServer

FIX = Path(__file__).resolve().parents[2] / "evals" / "fixtures"


@pytest.fixture
def rgb_suite_path(tmp_path) -> Path:
    return write_rgb_suite(FIX / "rgb_sample.jsonl", tmp_path / "rgb", noise=0.4)


def test_run_suite_scores_every_question(rgb_suite_path, tmp_path):
    suite = load_suite(rgb_suite_path)
    suite.thresholds = {"citation_validity": 1.0, "hit_at_k": 2.0}
    r = run_suite(suite, provider="extractive", embedder=FakeEmbedder(),
                  base_settings=Settings(data_dir=tmp_path / "unused"))
    assert r.info["articles"] == 10 and not r.info["ingest_failed"]
    assert len(r.questions) == 3
    for q in r.questions:
        assert q["expected_sources"] and q["retrieved"] and q["latency_ms"] > 0
        assert all(c["valid"] for c in q["citations"])
    assert r.metrics["citation_validity"] in (1.0, None)
    assert {g["metric"]: g["passed"] for g in r.gate}["hit_at_k"] is False  # impossible threshold
    assert not r.passed
    assert not (tmp_path / "unused").exists()  # ran in its own temporary data dir


def test_unknown_article_key_fails_before_asking(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe council approved the new bridge on Monday after a long debate.",
                                    encoding="utf-8")
    suite = parse_suite({"corpus": "a.txt", "questions": [
        {"question": "What did the council approve?", "facts": ["bridge"], "sources": ["b.txt"]}]},
        tmp_path / "s.yaml")
    with pytest.raises(SuiteError, match=r"article key='b.txt' matches no ingested article.*a.txt"):
        run_suite(suite, embedder=FakeEmbedder(), base_settings=Settings(data_dir=tmp_path / "d"))


def test_llm_judge_against_a_scripted_server(rgb_suite_path, tmp_path):
    suite = load_suite(rgb_suite_path)
    suite.questions = suite.questions[:1]
    with ScriptedOpenAIServer(["The answer is backed by source 1.\nSCORE: 0.9", "On topic.\nSCORE: 1"]) as srv:
        from assistant.evals.judge import LLMJudge

        settings = Settings(data_dir=tmp_path / "d", openai_base_url=srv.base_url, openai_api_key="test")
        judge = LLMJudge("openai:scripted", settings)
        r = run_suite(suite, provider="fake", embedder=FakeEmbedder(), judge=judge, base_settings=settings)
        prompts = [m["content"] for req in srv.completions() for m in req["messages"]]
    if r.questions[0]["refused"]:
        pytest.skip("the fake embeddings made the extractive answer refuse; nothing to judge")
    assert r.metrics["judge_faithfulness"] == 0.9 and r.metrics["judge_relevance"] == 1.0
    assert any("SOURCES" in p and "Harbour Robotics Fair" in p for p in prompts)


def test_judge_score_parsing_and_spec():
    from assistant.errors import ConfigError
    from assistant.evals.judge import LLMJudge, parse_score

    assert parse_score("reasoning...\nSCORE: 0.75") == 0.75
    assert parse_score("score=1") == 1.0
    assert parse_score("no number") is None
    with pytest.raises(ConfigError, match="OpenAI-compatible"):
        LLMJudge("extractive", Settings())


def test_qa_suite_runs_end_to_end_with_every_new_metric(tmp_path):
    from assistant.evals.adapters import write_qa_suite

    suite = load_suite(write_qa_suite(FIX / "qa_sample.json", FIX / "qa_corpus.jsonl", tmp_path / "qa", split="all"))
    r = run_suite(suite, provider="extractive", embedder=FakeEmbedder(),
                  base_settings=Settings(data_dir=tmp_path / "unused"))
    assert r.info["articles"] == 3 and len(r.questions) == 8
    for name in ("accuracy", "rejection_rate", "premise_handled_rate", "premise_accepted_rate"):
        assert r.metrics[name] is not None and 0.0 <= r.metrics[name] <= 1.0, name
    assert r.metrics["conflict_detection"] is None  # no conflict question in this set
    assert set(r.by_kind) == {"single", "why", "unanswerable", "false-premise", "cross", "multi", "broad"}
    fp = next(q for q in r.questions if q["kind"] == "false-premise")
    assert fp["outcome"]["premise_handled"] is not None and fp["forbidden"][0]["aliases"] == ["500 exhibitors", "500"]
