"""The qa_dev-schema adapter on a small hand-written fixture (evals/fixtures/qa_sample.json + qa_corpus.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evals import SuiteError, load_suite
from assistant.evals.adapters import cluster_split, qa_suite, write_qa_suite

FIX = Path(__file__).resolve().parents[2] / "evals" / "fixtures"


def _data() -> tuple[dict, list[dict]]:
    qs = json.loads((FIX / "qa_sample.json").read_text(encoding="utf-8"))
    corpus = [json.loads(line) for line in (FIX / "qa_corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    return qs, corpus


def test_split_is_a_fixed_sha1_parity_of_the_cluster():
    # sha1("ev-harbour") ends in an even nibble, sha1("ev-bridge") in an odd one: pinned so it never drifts.
    assert cluster_split("ev-harbour") == "dev" and cluster_split("ev-bridge") == "test"


@pytest.mark.parametrize("split, ids", [
    ("dev", ["f01", "f02", "f03", "f04", "f05"]),
    ("test", ["f06", "f07", "f08"]),
    ("all", ["f01", "f02", "f03", "f04", "f05", "f06", "f07", "f08"]),
])
def test_split_by_cluster_keeps_the_whole_corpus(split, ids):
    qs, corpus = _data()
    suite, out = qa_suite(qs, corpus, split)
    assert [q["id"] for q in suite["questions"]] == ids
    assert [r["id"] for r in out] == ["doc-0001", "doc-0002", "doc-0003"]  # other events stay as distractors


def test_kinds_facts_and_sources_are_mapped():
    qs, corpus = _data()
    suite, _ = qa_suite(qs, corpus, "all")
    q = {x["id"]: x for x in suite["questions"]}
    assert [q[i]["kind"] for i in sorted(q)] == ["single", "why", "unanswerable", "false-premise", "cross",
                                                 "single", "multi", "broad"]
    assert q["f01"]["facts"] == [["Valparaiso", "Valparaíso"]] and q["f01"]["sources"] == ["doc-0001"]
    assert q["f02"]["sources"] == ["doc-0002"]  # a quote cut short with "..." still finds its article
    assert q["f05"]["sources"] == ["doc-0001", "doc-0002"]
    assert "facts" not in q["f03"] and "sources" not in q["f03"]
    fp = q["f04"]
    assert fp["answerable"] is True and fp["facts"] == [["300"]] and fp["forbidden"] == [["500 exhibitors", "500"]]


def test_written_suite_loads_and_validates(tmp_path):
    path = write_qa_suite(FIX / "qa_sample.json", FIX / "qa_corpus.jsonl", tmp_path / "qa", split="dev")
    s = load_suite(path)
    assert s.name == "qa-qa_sample-dev" and len(s.questions) == 5
    fp = next(q for q in s.questions if q.kind == "false-premise")
    assert fp.answerable and fp.facts == [["300"]] and fp.forbidden == [["500 exhibitors", "500"]]
    assert s.corpus == [(tmp_path / "qa" / "corpus.jsonl").resolve()]


def test_false_premise_without_correction_expects_a_refusal():
    qs, corpus = _data()
    fp = dict(qs["questions"][3], correction=[])
    suite, _ = qa_suite([fp], corpus, "all")
    assert "answerable" not in suite["questions"][0] and "facts" not in suite["questions"][0]


@pytest.mark.parametrize("change, message", [
    ({"kind": "opinion"}, "kind 'opinion' unknown"),
    ({"facts": []}, "needs 'facts'"),
    ({"cluster": None}, "expected an object with 'q'"),
])
def test_bad_questions_are_named(change, message):
    qs, corpus = _data()
    with pytest.raises(SuiteError, match=message):
        qa_suite([dict(qs["questions"][0], **change)], corpus, "all")


def test_bad_split_and_empty_split():
    qs, corpus = _data()
    with pytest.raises(SuiteError, match="use one of dev, test, all"):
        qa_suite(qs, corpus, "train")
    with pytest.raises(SuiteError, match="no questions in the 'test' split"):
        qa_suite(qs["questions"][:2], corpus, "test")


def test_cli_convert_and_flag_pairing(tmp_path, capsys):
    from assistant.cli import main

    out = tmp_path / "conv"
    rc = main(["eval-convert", "qa", str(FIX / "qa_sample.json"), str(FIX / "qa_corpus.jsonl"),
               "--split", "test", "--out", str(out)])
    assert rc == 0 and len(load_suite(out / "suite.yaml").questions) == 3
    assert main(["eval", "--from-qa", str(FIX / "qa_sample.json")]) == 2
    assert "--corpus" in capsys.readouterr().err
