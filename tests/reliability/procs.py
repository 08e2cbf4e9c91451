"""Real `assistant` processes for the reliability tests: start, wait until ready, stop however a test ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.testing.serve import free_port, serving  # noqa: F401 (the tests import them from here)

ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"


def cnndm_path() -> Path:
    path = SHARED_DATA / "cnndm_articles.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is missing: these tests need the shared CNN/DM articles beside the repo (../shared/data)")
    return path


def cnndm_slice(dest: Path, n: int, start: int = 0) -> Path:
    """The first `n` real CNN/DM records (from `start`) as a JSONL file of their own."""
    lines = cnndm_path().read_text(encoding="utf-8").splitlines()[start:start + n]
    dest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return dest


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    """This environment without ASSISTANT_* settings, pointed at `data_dir`, offline, unbuffered."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "CHROMA_"))}
    env.update(ASSISTANT_DATA_DIR=str(data_dir), HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False",
               GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1", NO_PROXY="127.0.0.1,localhost",
               no_proxy="127.0.0.1,localhost", **extra)
    return env


def cli(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)
