"""Real `assistant` processes for the reliability tests: start, wait until ready, stop however a test ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

STARTUP_SECONDS = 240  # model load on a loaded 2-core machine; a limit, never a timing assertion
ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = ROOT.parent / "shared" / "data"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> int:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            return proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            return proc.wait(timeout=30)
    return proc.returncode


@contextmanager
def serving(base: Path, env: dict[str, str]) -> Iterator[tuple[subprocess.Popen, str]]:
    """`assistant serve` on a free loopback port; yields (process, URL) once /api/health answers 200."""
    port = free_port()
    log_path = base / f"serve-{port}.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_SECONDS
        try:
            while True:
                if proc.poll() is not None:
                    pytest.fail(f"assistant serve exited with {proc.returncode}:\n{log_path.read_text()}")
                try:
                    if httpx.get(url + "/api/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"/api/health did not answer in {STARTUP_SECONDS} s:\n{log_path.read_text()}")
                time.sleep(0.3)
            yield proc, url
        finally:
            stop(proc)
