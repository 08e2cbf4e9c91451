"""Two processes, one data dir: the embedded store takes one process at a time, and says who has it.

Real `assistant` subprocesses (fake embeddings, so no model load): a running `serve` keeps CLI `ingest`
and `ask` out with a message naming it, while the same work goes through its REST API; once it stops,
the CLI finds everything the server wrote. A process holding the store keeps a starting `serve` out too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import httpx
import pytest

from assistant.config import Settings
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder

from .procs import ROOT, cli, env_for, free_port, serving

pytestmark = pytest.mark.integration


def _busy_message_names(text: str, pid: int, what: str, data: Path) -> None:
    assert f"pid {pid}" in text and f"`{what}`" in text, text
    assert str(data) in text and "CHROMA_HOST" in text and "Traceback" not in text, text


def test_serve_holds_the_data_dir_and_the_cli_is_told_who_has_it(tmp_path):
    data = tmp_path / "data"
    env = env_for(data, ASSISTANT_EMBEDDINGS="fake")
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    with serving(tmp_path, env) as (proc, url):
        ingest = cli(["ingest", str(seeds), "--json"], env, tmp_path)
        assert ingest.returncode == 1 and ingest.stdout == ""
        _busy_message_names(ingest.stderr, proc.pid, "assistant serve", data)
        ask = cli(["ask", "How many rocket launchers?"], env, tmp_path)
        assert ask.returncode == 1
        _busy_message_names(ask.stderr, proc.pid, "assistant serve", data)

        # ... and the server takes the same work over REST
        files = [("files", (p.name, p.read_bytes())) for p in sorted(seeds.iterdir())]
        up = httpx.post(url + "/api/ingest", files=files, timeout=120)
        assert up.status_code == 200 and up.json()["added"] == 2, up.text
        assert httpx.get(url + "/api/health", timeout=10).json()["articles"] == 2

    # stopped: the lock went with the process, and the CLI sees what the server stored
    again = cli(["ingest", str(seeds), "--json"], env, tmp_path)
    assert again.returncode == 0, again.stderr
    assert '"added": 0' in again.stdout and '"skipped": 2' in again.stdout
    listed = cli(["articles", "--json"], env, tmp_path)
    assert listed.returncode == 0 and listed.stdout.count('"id"') == 2


def test_a_process_holding_the_store_keeps_serve_and_ingest_out_until_it_lets_go(tmp_path):
    data = tmp_path / "data"
    env = env_for(data, ASSISTANT_EMBEDDINGS="fake")
    lib = Library(Settings(data_dir=data, embeddings="fake"), embedder=FakeEmbedder())
    _ = lib.store  # this test process now owns the embedded store
    # a second Library in the same process shares the lock instead of blocking on itself
    other = Library(Settings(data_dir=data, embeddings="fake"), embedder=FakeEmbedder())
    assert other.store.count_articles() == 0

    served = cli(["serve", "--host", "127.0.0.1", "--port", str(free_port())], env, tmp_path)
    assert served.returncode == 1
    assert f"pid {os.getpid()}" in served.stderr and "CHROMA_HOST" in served.stderr, served.stderr
    blocked = cli(["ingest", str(ROOT / "seeds"), "--json"], env, tmp_path)
    assert blocked.returncode == 1 and f"pid {os.getpid()}" in blocked.stderr

    lib.close()
    assert (data / "store-owner.json").exists()  # `other` still holds it
    other.close()
    assert not (data / "store-owner.json").exists()
    ok = cli(["ingest", str(ROOT / "seeds"), "--json"], env, tmp_path)
    assert ok.returncode == 0 and '"added": 2' in ok.stdout, ok.stderr
    # reopened on the next use, once the CLI has gone
    assert lib.store.count_articles() == 2
    lib.close()
