"""Shared fixtures. Every test gets its own data dir; nothing touches the user's real data."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from assistant.config import Settings  # noqa: E402
from assistant.library import Library  # noqa: E402
from assistant.retrieval.embeddings import FakeEmbedder, MiniLMEmbedder  # noqa: E402
from assistant.testing.chroma_server import ChromaServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    # The CLI builds Settings from the environment; point it at a tmp dir for every test.
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    from assistant.config import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


# ---- the store: embedded, and a real `chroma run` server -----------------------------------
# Integration tests that take `settings` run twice, embedded and against one session-wide Chroma
# server (each test in its own collections), in these folders by default and everywhere with
# `pytest --chroma-server`. Tests that need the embedded store itself take `embedded_settings`.
BOTH_MODES_DIRS = ("retrieval", "answer")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--chroma-server", action="store_true",
                     help="run every integration test that uses `settings` against a `chroma run` server as well")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "settings" not in metafunc.fixturenames:
        return
    integration = metafunc.definition.get_closest_marker("integration") or "minilm" in metafunc.fixturenames
    folder = Path(str(metafunc.definition.path)).parent.name
    if integration and (metafunc.config.getoption("--chroma-server") or folder in BOTH_MODES_DIRS):
        metafunc.parametrize("store_mode", ["embedded", "server"], indirect=True)


@pytest.fixture
def store_mode(request) -> str:
    return getattr(request, "param", "embedded")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory) -> ChromaServer:
    """One real `chroma run` for the session, started on first use."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "db").start()
    yield server
    server.stop()


@pytest.fixture
def settings(tmp_path, store_mode, request) -> Settings:
    if store_mode == "server":
        server = request.getfixturevalue("chroma_server")
        prefix = "t" + hashlib.sha1(request.node.nodeid.encode()).hexdigest()[:12]
        return Settings(data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=server.port,
                        collection_prefix=prefix)
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def embedded_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def fake_library(settings) -> Library:
    return Library(settings, embedder=FakeEmbedder())


@pytest.fixture(scope="session")
def minilm() -> MiniLMEmbedder:
    """The real bundled model, loaded once for the whole test session."""
    emb = MiniLMEmbedder()
    emb.embed_query("warm up")
    return emb


@pytest.fixture
def seeds_dir(tmp_path) -> Path:
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst


@pytest.fixture
def seeded_library(settings, minilm, seeds_dir) -> Library:
    lib = Library(settings, embedder=minilm)
    report = lib.ingest([str(seeds_dir)])
    assert report.added == 2, report
    return lib
