"""Start a real `assistant serve` for the browser tests and stop it however the test ends."""

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

STARTUP_SECONDS = 240  # model load + Gradio startup; about 20-30 s here, far more on a loaded 2-core box


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """This process's environment without ASSISTANT_* settings, pointed at `data_dir`, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(ASSISTANT_DATA_DIR=str(data_dir), GRADIO_ANALYTICS_ENABLED="False", HF_HUB_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", PYTHONUNBUFFERED="1", NO_PROXY="127.0.0.1,localhost",
               no_proxy="127.0.0.1,localhost", **extra)
    return env


@contextmanager
def serving(base: Path, env: dict[str, str], ready: str = "/api/health") -> Iterator[str]:
    """`assistant serve` on a free loopback port, run from `base`; yields its URL once `ready` answers 200."""
    port = free_port()
    log_path = base / "serve.log"
    log = log_path.open("w")
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"assistant serve exited with {proc.returncode}:\n{log_path.read_text()}")
            try:
                if httpx.get(url + ready, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"{ready} did not answer in {STARTUP_SECONDS} s:\n{log_path.read_text()}")
            time.sleep(0.5)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()
