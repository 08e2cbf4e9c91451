"""`assistant verify` on the seed articles with the real MiniLM model and embedded Chroma."""

from __future__ import annotations

import json

import pytest

from assistant.cli.main import main

pytestmark = pytest.mark.integration

TRUE = "North Korea’s munitions industry presented 50 600mm-caliber multiple rocket launchers to the Ninth Congress."
WRONG_NUMBER = "North Korea presented 40 new rocket launchers to the Ninth Congress of the ruling Workers’ Party."
WRONG_PLACE = "Kim Jong Un got behind the wheel of a nuclear-capable rocket launcher at a ceremony in Seoul."
NEGATED = "North Korea has not suspended talks and cooperation with the South."
ABSENT = "The launchers were paid for with a loan from a Chinese bank."
TEXT = " ".join([TRUE, WRONG_NUMBER, WRONG_PLACE, NEGATED, ABSENT])


def _run(capsys, lib, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), library=lib)
    out = capsys.readouterr()
    return code, out.out, out.err


def _exact(lib, report):
    for v in report["claims"]:
        assert report["text"][v["start"]:v["end"]] == v["claim"]
        for c in v["evidence"]:
            if not c["article_id"].startswith(("file:", "document:")):
                assert lib.article(c["article_id"]).body[c["start"]:c["end"]] == c["quote"]
        for k in v["conflicts"]:
            assert report["text"][k["claim_start"]:k["claim_end"]] == k["claim_says"]


def test_true_wrong_number_wrong_place_negated_and_absent_claims(capsys, seeded_library):
    code, out, _ = _run(capsys, seeded_library, "verify", TEXT, "--json")
    assert code == 0
    report = json.loads(out)
    verdicts = [v["verdict"] for v in report["claims"]]
    assert verdicts == ["supported", "contradicted", "contradicted", "contradicted", "not_found"], verdicts
    number, place, negation = (report["claims"][i]["conflicts"][0] for i in (1, 2, 3))
    assert (number["kind"], number["claim_says"], number["evidence_says"]) == ("number", "40", "50")
    assert (place["kind"], place["claim_says"], place["evidence_says"]) == ("place", "Seoul", "Pyongyang")
    assert negation["kind"] == "negation"
    assert report["counts"] == {"supported": 1, "contradicted": 3, "not_found": 1}
    supported = report["claims"][0]
    assert supported["score"] >= 0.45 and "50 600mm-caliber" in supported["evidence"][0]["quote"]
    _exact(seeded_library, report)
    body = seeded_library.article(number and report["claims"][1]["evidence"][number["n"] - 1]["article_id"]).body
    assert body[number["start"]:number["end"]] == "50"


def test_plain_output_and_stdin(capsys, seeded_library, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(WRONG_NUMBER + "\n"))
    code, out, _ = _run(capsys, seeded_library, "verify", "-")
    assert code == 0
    assert "contradicted" in out and "“40”" in out and "“50”" in out and "1 contradicted" in out


def test_against_restricts_the_evidence_to_given_articles_and_files(capsys, seeded_library, tmp_path):
    metro = next(a for a in seeded_library.articles() if a.source == "Metro")
    bloomberg = next(a for a in seeded_library.articles() if a.source == "Bloomberg")
    # "two months" of production is in Metro's report only
    claim = "The rocket launchers were produced in two months."
    _, out, _ = _run(capsys, seeded_library, "verify", claim, "--against", metro.id, "--json")
    v = json.loads(out)["claims"][0]
    assert v["verdict"] == "supported" and {c["article_id"] for c in v["evidence"]} == {metro.id}
    _, out, _ = _run(capsys, seeded_library, "verify", claim, "--against", bloomberg.id, "--json")
    v = json.loads(out)["claims"][0]
    assert v["verdict"] != "supported" and {c["article_id"] for c in v["evidence"]} <= {bloomberg.id}
    note = tmp_path / "note.txt"
    note.write_text("Harbour report\nThe port of Rotterdam reopened on Tuesday after a two-day closure.\n")
    before = len(seeded_library.articles())
    _, out, _ = _run(capsys, seeded_library, "verify", "Rotterdam's port reopened on Tuesday.", "--against",
                     str(note), "--json")
    v = json.loads(out)["claims"][0]
    assert v["verdict"] == "supported" and v["evidence"][0]["article_id"].startswith("file:")
    assert "Rotterdam reopened on Tuesday" in v["evidence"][0]["quote"]
    assert len(seeded_library.articles()) == before  # read, not stored
    code, _, err = _run(capsys, seeded_library, "verify", claim, "--against", "no-such-id")
    assert code == 1 and "not a stored article id" in err


def test_pairs_batch_mode_writes_nothing_to_the_store(capsys, seeded_library, tmp_path, seeds_dir):
    doc = next(seeds_dir.glob("000_*.txt")).read_text(encoding="utf-8")
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "document": doc, "claim": "The rocket launchers were produced in two months."},
        {"id": "b", "document": doc, "claim": "The rocket launchers were produced in six months."},
        {"id": "c", "document": doc, "claim": "The launchers were paid for with a loan from a Chinese bank."},
    ]) + "\n")
    before = len(seeded_library.articles())
    code, out, _ = _run(capsys, seeded_library, "verify", "--pairs", str(pairs), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert [r["verdict"] for r in rows] == ["supported", "contradicted", "not_found"]
    for r in rows:
        assert set(r) >= {"id", "verdict", "score", "evidence"}
        for e in r["evidence"]:
            assert doc[e["start"]:e["end"]] == e["quote"]
    assert len(seeded_library.articles()) == before
    code, _, err = _run(capsys, seeded_library, "verify", "--pairs", str(tmp_path / "missing.jsonl"))
    assert code == 2 and "no such file" in err
