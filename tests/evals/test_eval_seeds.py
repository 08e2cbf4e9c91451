"""The seeds suite end to end with the real MiniLM and embedded Chroma, through the CLI: the CI gate."""

from __future__ import annotations

import json

import pytest

from assistant.cli.main import main
from assistant.library import Library

pytestmark = pytest.mark.integration


@pytest.fixture
def lib(settings, minilm) -> Library:
    return Library(settings, embedder=minilm)


def test_seeds_suite_passes_its_gate(lib, tmp_path, capsys):
    report = tmp_path / "not-yet" / "seeds.html"  # missing folders are created
    code = main(["eval", "seeds", "--json", "--report", str(report)], library=lib)
    out = json.loads(capsys.readouterr().out)
    failed = [g for g in out["gate"] if not g["passed"]]
    assert code == 0, failed
    assert out["passed"] and out["provider"] == "extractive"
    assert len(out["questions"]) >= 30 and out["info"]["articles"] == 2
    m = out["metrics"]
    assert m["citation_validity"] == 1.0
    assert m["grouping_precision"] == 1.0 and m["grouping_recall"] == 1.0
    html = report.read_text(encoding="utf-8")
    assert "<svg" in html and "Eval: seeds" in html
    assert not (lib.settings.data_dir / "chroma").exists()  # the user's data dir was never touched


def test_impossible_threshold_exits_1(lib, capsys):
    code = main(["eval", "seeds", "--limit", "3", "--threshold", "fact_recall=1.01"], library=lib)
    out = capsys.readouterr().out
    assert code == 1
    assert "gate FAILED: fact_recall" in out


def test_malformed_suite_exits_2(lib, tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("corpus: nowhere/\nquestions: [{question: 'Q?', facts: [x]}]\n", encoding="utf-8")
    assert main(["eval", str(bad)], library=lib) == 2
    assert "nowhere/ not found" in capsys.readouterr().err
