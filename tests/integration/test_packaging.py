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
    suites = sorted(p.name for p in (ROOT / "evals").glob("*.yaml"))
    for name in prompts:
        assert f"assistant/prompts/{name}" in names
    for name in suites:
        assert f"assistant/suites/{name}" in names
    assert "assistant/cli.py" in names and "assistant/ingest/clean.py" in names
    assert not any(n.startswith(("tests/", "seeds/")) for n in names)
