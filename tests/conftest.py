"""Shared fixtures. Every test gets its own data dir; nothing touches the user's real data."""

from __future__ import annotations

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


@pytest.fixture
def settings(tmp_path) -> Settings:
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
