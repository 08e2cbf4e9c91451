"""RGB and MultiHop-RAG adapters on small hand-written files in those formats (evals/fixtures/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evals import SuiteError, load_suite
from assistant.evals.adapters import (
    answer_facts,
    multihop_suite,
    rgb_suite,
    write_multihop_suite,
    write_rgb_suite,
)

FIX = Path(__file__).resolve().parents[2] / "evals" / "fixtures"


def _rgb_records() -> list[dict]:
    return [json.loads(line) for line in (FIX / "rgb_sample.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("answer, facts", [
    ("14", [["14"]]),
    (["Valparaiso", "Valparaíso"], [["Valparaiso", "Valparaíso"]]),
    ([["Ingrid Solberg"], ["2:21:07", "2 hours 21 minutes"]], [["Ingrid Solberg"], ["2:21:07", "2 hours 21 minutes"]]),
    ([["a", "a2"], "b"], [["a", "a2"], ["b"]]),
    ([], []),
    (None, []),
])
def test_answer_facts(answer, facts):
    assert answer_facts(answer) == facts


@pytest.mark.parametrize("noise, n_pos, n_neg", [(0.0, 2, 0), (0.4, 2, 2), (0.6, 2, 3), (1.0, 0, 3)])
def test_rgb_noise_ratio(noise, n_pos, n_neg):
    # record 0 has 2 positives and 3 negatives; 5 passages per question
    suite, corpus = rgb_suite(_rgb_records()[:1], noise=noise, passages=5)
    ids = [r["id"] for r in corpus]
    assert sum("-pos-" in i for i in ids) == n_pos
    assert sum("-neg-" in i for i in ids) == n_neg
    q = suite["questions"][0]
    if n_pos:
        assert q["facts"] == [["Valparaiso", "Valparaíso"]] and q["sources"] == [i for i in ids if "-pos-" in i]
    else:
        assert q["kind"] == "unanswerable" and "facts" not in q


def test_rgb_negative_rejection_ingests_negatives_only():
    suite, corpus = rgb_suite(_rgb_records(), negative_rejection=True)
    assert corpus and all("-neg-" in r["id"] for r in corpus)
    assert {q["kind"] for q in suite["questions"]} == {"unanswerable"}


def test_rgb_multi_fact_and_limit():
    suite, _ = rgb_suite(_rgb_records(), limit=2)
    assert [q["id"] for q in suite["questions"]] == ["rgb-0", "rgb-1"]
    assert suite["questions"][1]["kind"] == "multi" and len(suite["questions"][1]["facts"]) == 2


def test_rgb_written_suite_loads(tmp_path):
    path = write_rgb_suite(FIX / "rgb_sample.jsonl", tmp_path / "out", noise=0.4)
    s = load_suite(path)
    assert s.name == "rgb-rgb_sample" and len(s.questions) == 3
    assert s.corpus == [(tmp_path / "out" / "corpus.jsonl").resolve()]
    assert s.questions[0].sources[0].key == "rgb-0-pos-0"


@pytest.mark.parametrize("content, message", [
    ('{"query": 1}\n', "expected an object with 'query'"),
    ("not json\n", "not JSON"),
])
def test_rgb_bad_input(tmp_path, content, message):
    f = tmp_path / "bad.jsonl"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(SuiteError, match=message):
        write_rgb_suite(f, tmp_path / "out")
    with pytest.raises(SuiteError, match="between 0 and 1"):
        rgb_suite(_rgb_records(), noise=1.5)


def test_multihop_conversion(tmp_path):
    path = write_multihop_suite(FIX / "multihop_corpus.json", FIX / "multihop_queries.json", tmp_path / "mh")
    s = load_suite(path)
    q0, q1, q2 = s.questions
    assert q0.kind == "multi" and [x.key for x in q0.sources] == ["mh-00000", "mh-00001"]
    assert q0.facts == [["Piotr Lis"]]
    assert [x.key for x in q1.sources] == ["mh-00002"]  # matched by title (its evidence has no URL)
    assert q2.kind == "unanswerable" and not q2.answerable
    recs = [json.loads(line) for line in (tmp_path / "mh" / "corpus.jsonl").read_text().splitlines()]
    assert recs[0]["source"] == "The Ledger Review" and recs[0]["published_at"].startswith("2031-03-02")


def test_multihop_unknown_evidence_is_an_error():
    corpus = json.loads((FIX / "multihop_corpus.json").read_text())
    queries = [{"query": "q?", "answer": "x", "question_type": "inference_query",
                "evidence_list": [{"title": "Not in corpus", "url": "https://nowhere.example/"}]}]
    with pytest.raises(SuiteError, match="'Not in corpus' is not in the corpus"):
        multihop_suite(corpus, queries)
