"""Server mode: a real `chroma run` started by the test on a free loopback port."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.config import Settings
from assistant.errors import StoreError
from assistant.library import Library
from assistant.retrieval.store import Store
from assistant.testing.serve import free_port

pytestmark = [pytest.mark.integration, pytest.mark.server]


def chroma_binary() -> str:
    exe = Path(sys.executable).parent / "chroma"
    found = str(exe) if exe.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command (from the chromadb package) is not installed; run `make install`")
    return found


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    log = open(tmp_path / "chroma.log", "wb")
    proc = subprocess.Popen([chroma_binary(), "run", "--path", str(tmp_path / "server-db"),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
    yield port
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_ingest_and_search_against_chroma_server(chroma_server, tmp_path, minilm, seeds_dir):
    settings = Settings(data_dir=tmp_path / "client-data", chroma_host="127.0.0.1", chroma_port=chroma_server)
    lib = Library(settings, embedder=minilm)
    assert "chroma server" in lib.store.location
    assert lib.ingest([str(seeds_dir)]).added == 2
    assert not (tmp_path / "client-data" / "chroma").exists()  # nothing written to the embedded store

    # a second client (another machine, in effect) sees the same articles and skips re-ingest
    other = Library(Settings(data_dir=tmp_path / "other", chroma_host="127.0.0.1", chroma_port=chroma_server),
                    embedder=minilm)
    assert other.ingest([str(seeds_dir)]).skipped == 2
    hits = other.search("600mm rocket launchers", k=4)
    assert {h.source for h in hits} == {"Metro", "Bloomberg"}
    for h in hits:
        assert other.article(h.article_id).body[h.start:h.end] == h.text


def test_unreachable_server_gives_actionable_error(tmp_path):
    settings = Settings(data_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreError) as e:
        Store(settings, "minilm")
    assert "chroma run" in str(e.value) and "CHROMA_HOST" in str(e.value)
