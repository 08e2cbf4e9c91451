"""The short version of `make stress`: 4 REST clients for ~10 s while 20 real CNN/DM articles are uploaded.

Correctness only (no timings): zero errors, every citation an exact quote of a stored article, and a
store with exactly the articles and chunks the uploads reported and a clean ingest produces.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .procs import cnndm_path, env_for

pytestmark = pytest.mark.integration


def test_clients_during_an_upload_get_valid_answers_and_the_store_ends_exact(tmp_path):
    data = cnndm_path()
    out = subprocess.run([sys.executable, "-m", "assistant.bench.stress", "--clients", "4", "--duration", "10",
                          "--articles", "20", "--first", "5", "--slice", "5", "--data", str(data), "--json",
                          "--keep", str(tmp_path / "work")],
                         env=env_for(tmp_path / "unused"), capture_output=True, text=True, timeout=900)
    assert out.stdout.strip(), out.stderr
    got = json.loads(out.stdout)
    assert got["violations"] == [] and all(got["checks"].values()), got
    assert out.returncode == 0
    assert got["errors"] == 0 and got["requests"] > 0 and got["requests_during_ingest"] > 0
    assert got["citations_checked"] > 0  # answers were cited, and every citation was checked
    assert got["records"] == 20 and got["articles"] == got["clean_ingest"]["articles"] > 0
    assert got["chunks"] == got["clean_ingest"]["chunks"]
