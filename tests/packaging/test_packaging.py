"""prompts/ and evals/ sit at the top level yet must ship inside a non-editable wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.integration
def test_wheel_contains_prompts_and_suites(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path)], capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = sorted(p.name for p in (ROOT / "prompts").glob("*.txt"))
    # Nested suites too (evals/newsqa/*.yaml), with the corpora they name.
    suites = sorted(str(p.relative_to(ROOT / "evals")) for p in (ROOT / "evals").rglob("*.yaml"))
    assert "newsqa/news-dev.yaml" in suites
    for name in prompts:
        assert f"assistant/prompts/{name}" in names
    for name in suites + ["newsqa/corpus.jsonl", "newsqa/corpus_rejection.jsonl", "newsqa/corpus_conflict.jsonl"]:
        assert f"assistant/suites/{name}" in names
    # Every module of every subpackage ships: a package missing from pyproject's list would not.
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "assistant").rglob("*.py"))
    missing = [m for m in modules if m not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert not any(n.startswith(("tests/", "seeds/")) for n in names)


@pytest.mark.integration
def test_non_editable_install_finds_prompts_suites_and_seed_corpus(tmp_path):
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheel_dir)], check=True, capture_output=True, timeout=300)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    str(next(wheel_dir.glob("*.whl")))], check=True, capture_output=True, timeout=300)
    probe = (
        "import assistant, assistant.answer.prompts as p\n"
        "from assistant.evals.suite import load_suite\n"
        "s = load_suite('seeds')\n"
        "n = [load_suite(f'newsqa/news-{x}') for x in ('dev', 'reject-test', 'conflict-dev')]\n"
        "print(assistant.__file__)\n"
        "print(all(str(c).startswith(r'%s') and c.exists() for x in [s, *n] for c in x.corpus))\n"
        "print(len(p.load('answer')) > 0)\n" % target
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.split()
    assert lines[0].startswith(str(target)) and lines[1:] == ["True", "True"]
