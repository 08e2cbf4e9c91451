"""Suite loading and validation: the bundled suites load, gold facts exist in their sources, errors are clear."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assistant.evals import SuiteError, bundled_names, load_suite, parse_suite
from assistant.evals.metrics import fact_present
from assistant.evals.runner import origin_keys

ROOT = Path(__file__).resolve().parents[2]


def _texts(suite) -> dict[str, str]:
    texts = {}
    for p in suite.corpus:
        if p.is_dir():
            texts.update({f.name: f.read_text(encoding="utf-8") for f in p.glob("*.txt")})
        else:
            for line in p.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                texts[rec["id"]] = rec["text"]
    return texts


def test_bundled_suites_are_listed():
    assert {"seeds", "cnndm"} <= set(bundled_names())


def test_seeds_suite_shape():
    s = load_suite("seeds")
    kinds = Counter(q.kind for q in s.questions)
    assert len(s.questions) >= 30
    for kind in ("single", "multi", "cross", "followup", "unanswerable", "false-premise", "wrong-entity"):
        assert kinds[kind] >= 1, kind
    assert all(q.history for q in s.questions if q.kind == "followup")
    assert s.briefings and s.briefings[0].groups and s.briefings[0].facts and s.briefings[0].forbidden
    assert s.thresholds["fact_recall"] > 0


def test_cnndm_suite_shape():
    s = load_suite("cnndm")
    assert len(s.questions) >= 40
    assert len(s.corpus) == 1 and sum(1 for _ in s.corpus[0].open()) == 100


@pytest.mark.parametrize("name", ["seeds", "cnndm", "newsqa/news-dev", "newsqa/news-conflict-dev"])
def test_gold_facts_are_in_their_sources(name):
    s = load_suite(name)
    texts = _texts(s)
    for q in s.questions:
        if q.answerable:
            body = " ".join(texts[sel.key] for sel in q.sources)
            # A yes/no answer is not a span of the article; an altered value is in its altered copy.
            wanted = [f for f in q.facts + q.altered if {a.lower() for a in f} - {"yes", "no"}]
            missing = [f for f in wanted if not fact_present(f, body)]
            assert not missing, (q.id, missing)


def test_bundled_name_wins_over_a_folder_of_the_same_name(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    assert load_suite("seeds").name == "seeds"


def _base(tmp_path) -> dict:
    (tmp_path / "a.txt").write_text("Some article text about things.", encoding="utf-8")
    return {"corpus": "a.txt", "questions": [{"question": "What?", "facts": ["things"]}]}


def _err(tmp_path, data) -> str:
    path = tmp_path / "s.yaml"
    with pytest.raises(SuiteError) as e:
        parse_suite(data, path)
    return str(e.value)


def test_minimal_suite_parses(tmp_path):
    s = parse_suite(_base(tmp_path), tmp_path / "s.yaml")
    assert s.questions[0].id == "q001" and s.questions[0].facts == [["things"]]
    assert s.corpus == [(tmp_path / "a.txt").resolve()]


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.pop("corpus"), "`corpus:` is required"),
    (lambda d: d.update(corpus="missing/"), "missing/ not found"),
    (lambda d: d.update(questions=[], briefings=[]), "at least one question or briefing"),
    (lambda d: d.update(extra=1), "unknown field(s) ['extra']"),
    (lambda d: d["questions"][0].pop("facts"), "needs `facts:`"),
    (lambda d: d["questions"][0].update(facts="fifty"), "must be a list of facts"),
    (lambda d: d["questions"][0].update(facts=[[]]), "non-empty list of alias strings"),
    (lambda d: d["questions"][0].update(kind="weird"), "kind 'weird' unknown"),
    (lambda d: d["questions"][0].update(kind="unanswerable"), "expects a refusal; remove `facts:`"),
    (lambda d: d["questions"][0].update(sources=[{"source": "x", "title": "y"}]), "exactly one of"),
    (lambda d: d["questions"][0].update(history=["just text"]), "a turn is [question, answer]"),
    (lambda d: d["questions"][0].update(filters={"outlet": "x"}), "allowed keys: source, since, until"),
    (lambda d: d["questions"].append({"id": "q001", "question": "Again?", "facts": ["x"]}), "duplicate question id"),
    (lambda d: d.update(thresholds={"fact_recal": 0.5}), "unknown metric"),
    (lambda d: d.update(thresholds={"fact_recall": "high"}), "must be a number or {min: x}"),
    (lambda d: d.update(k=0), "between 1 and 50"),
    (lambda d: d.update(briefings=[{"groups": "a"}]), "must be a list of groups"),
    (lambda d: d["questions"][0].update(forbidden=[["x"]]), "needs kind: false-premise"),
    (lambda d: d["questions"][0].update(kind="conflict"), "needs `facts:` (the true value) and `altered:`"),
    (lambda d: d["questions"][0].update(altered=[["y"]]), "`altered:` (the altered copy's value) needs kind: conflict"),
])
def test_validation_errors_say_where_and_what(tmp_path, mutate, message):
    data = _base(tmp_path)
    mutate(data)
    msg = _err(tmp_path, data)
    assert message in msg
    assert "s.yaml" in msg


def test_new_kinds_and_fields(tmp_path):
    data = _base(tmp_path)
    data["questions"] = [
        {"id": "w", "question": "Why?", "kind": "why", "facts": ["because"]},
        {"id": "b", "question": "What happened?", "kind": "broad", "facts": ["bridge"]},
        {"id": "c", "question": "How many?", "kind": "conflict", "facts": [["90%"]], "altered": [["70%", "70 percent"]]},
        {"id": "p", "question": "Why 100?", "kind": "false-premise", "answerable": True, "facts": ["50"],
         "forbidden": [["100"]]},
        {"id": "r", "question": "Why 100 again?", "kind": "false-premise", "forbidden": ["100"]},
    ]
    w, b, c, p, r = parse_suite(data, tmp_path / "s.yaml").questions
    assert (w.kind, w.answerable, b.kind) == ("why", True, "broad")
    assert c.answerable and c.facts == [["90%"]] and c.altered == [["70%", "70 percent"]]
    assert p.answerable and p.forbidden == [["100"]]
    assert not r.answerable and r.forbidden == [["100"]] and not r.facts


def test_corpus_resolves_from_a_folder_above_the_suite_whatever_the_cwd(tmp_path, monkeypatch):
    root = tmp_path / "repo"
    (root / "seeds").mkdir(parents=True)
    (root / "evals" / "newsqa").mkdir(parents=True)
    (root / "evals" / "newsqa" / "corpus.jsonl").write_text("{}\n", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    data = {"corpus": ["newsqa/corpus.jsonl", "seeds/"], "questions": [{"question": "What?", "facts": ["x"]}]}
    s = parse_suite(data, root / "evals" / "newsqa" / "x.yaml")
    assert s.corpus == [(root / "evals" / "newsqa" / "corpus.jsonl").resolve(), (root / "seeds").resolve()]


@pytest.mark.parametrize("name", ["newsqa/news-dev", "newsqa/news-test", "newsqa/news-reject-dev",
                                  "newsqa/news-reject-test", "newsqa/news-conflict-dev", "newsqa/news-conflict-test"])
def test_newsqa_suites_load_from_any_cwd(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = load_suite(name)
    assert name in bundled_names() and len(s.questions) >= 60
    assert all(c.exists() for c in s.corpus)
    if "conflict" in name:
        assert all(q.kind == "conflict" and q.altered for q in s.questions)
    elif "reject" in name:
        assert all(not q.answerable for q in s.questions)
    else:
        kinds = Counter(q.kind for q in s.questions)
        assert all(kinds[k] for k in ("single", "multi", "why", "broad", "cross", "unanswerable", "false-premise"))
        assert all(q.forbidden for q in s.questions if q.kind == "false-premise")


def test_error_names_the_question(tmp_path):
    data = _base(tmp_path)
    data["questions"].insert(0, {"id": "ok", "question": "Fine?", "facts": ["x"]})
    data["questions"][1]["facts"] = 3
    assert "questions[1] (q002)" in _err(tmp_path, data)


def test_unknown_suite_and_bad_yaml(tmp_path):
    with pytest.raises(SuiteError, match="no bundled suite named 'nosuch'.*seeds"):
        load_suite("nosuch")
    with pytest.raises(SuiteError, match="not found"):
        load_suite(str(tmp_path / "missing.yaml"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("questions: [unclosed", encoding="utf-8")
    with pytest.raises(SuiteError, match="not valid YAML"):
        load_suite(bad)


def test_named_articles_and_selectors(tmp_path):
    data = _base(tmp_path)
    data["articles"] = {"main": "a.txt", "bbg": {"source": "Bloomberg"}}
    data["questions"][0]["sources"] = ["main", "bbg", {"title": "Kim"}, "other.txt"]
    q = parse_suite(data, tmp_path / "s.yaml").questions[0]
    assert [(s.key, s.source, s.title) for s in q.sources] == [
        ("a.txt", None, None), (None, "Bloomberg", None), (None, None, "Kim"), ("other.txt", None, None)]


def test_origin_keys():
    assert origin_keys("/x/seeds/000_ab.txt") == ["/x/seeds/000_ab.txt", "000_ab.txt", "000_ab"]
    keys = origin_keys("/x/data.jsonl#line-3", record_ids=lambda p: {3: "rec-3"})
    assert {"data.jsonl#line-3", "rec-3"} <= set(keys)


def test_suite_files_are_plain_yaml():
    for name in ("seeds", "cnndm"):
        data = yaml.safe_load((ROOT / "evals" / f"{name}.yaml").read_text(encoding="utf-8"))
        assert data["name"] == name
