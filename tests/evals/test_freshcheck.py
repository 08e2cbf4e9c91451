"""The stand-alone checker of the fresh question sets (evals/freshcheck.py): the committed sets pass,
and a doctored copy fails with a message naming each problem."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "multioutlet_dev.jsonl"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="shared data not present")


def _load(name: str, path: Path):
    """A stand-alone script of evals/ as a module (they are not in the package)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("suite", ["mofresh", "modev", "modev2", "modev3"])
def test_the_committed_fresh_sets_pass_their_checks(suite: str) -> None:
    run = subprocess.run([sys.executable, f"evals/{suite}/check.py"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:]
    assert "OK: all checks passed" in run.stdout


def test_a_doctored_set_fails_with_each_problem_named(tmp_path: Path) -> None:
    fc = _load("freshcheck", ROOT / "evals" / "freshcheck.py")
    arts = fc.load_corpus()
    data = json.loads((ROOT / "evals" / "modev" / "questions.json").read_text(encoding="utf-8"))
    bad = copy.deepcopy(data)
    qs = bad["questions"]
    factoid = next(q for q in qs if q["kind"] == "factoid")
    factoid["facts"][0].append("an alias nobody wrote")
    quoted = next(q for q in qs if q["kind"] == "factoid" and q is not factoid)
    quoted["q"] = quoted["support"][0]["quote"]  # copied from the article, not written anew
    qs[2]["id"] = "d999"
    path = tmp_path / "questions.json"
    path.write_text(json.dumps(bad), encoding="utf-8")

    fresh = fc.Fresh(path, "d", absent={})
    fc.check(fresh, arts)
    text = "\n".join(fresh.failures)
    assert "alias 'an alias nobody wrote' not in any support quote" in text
    assert f"{quoted['id']}: shares a 7-word run with an article" in text
    assert "d999: id should be d003" in text
    unanswerable = [q["id"] for q in qs if q["kind"] == "unanswerable"]
    assert all(f"{u}: no ABSENT patterns recorded" in text for u in unanswerable)
    # The same questions, untouched, with their recorded patterns: no failure.
    absent = _load("modev_check", ROOT / "evals" / "modev" / "check.py").ABSENT
    good = fc.Fresh(ROOT / "evals" / "modev" / "questions.json", "d", absent=absent)
    fc.check(good, arts)
    assert good.failures == []
