"""Real `assistant serve` processes on 127.0.0.1 for tests and the stress bench: start one, wait until
it answers, stop it (and its whole process group) however the caller ends."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

STARTUP_SECONDS = 240.0  # model load + Gradio start on a loaded 2-core machine; a limit, never a timing


class ServeFailed(RuntimeError):
    """The server exited or never answered; the message ends with the tail of its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(base: Path, env: dict[str, str], port: int | None = None,
          log_name: str = "serve.log") -> tuple[subprocess.Popen, str, Path]:
    """Start `assistant serve` from `base` (its own process group, output to `base/log_name`)."""
    port = port or free_port()
    log_path = base / log_name
    with log_path.open("w") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1",
                                 "--port", str(port)], cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    return proc, f"http://127.0.0.1:{port}", log_path


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - loopback URLs we built
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def wait_ready(proc: subprocess.Popen, url: str, log_path: Path, ready: str = "/api/health",
               timeout: float = STARTUP_SECONDS) -> None:
    """Return once `url + ready` answers 200; raise ServeFailed if the process exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise ServeFailed(f"assistant serve exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        if _answers(url + ready):
            return
        if time.monotonic() > deadline:
            raise ServeFailed(f"{ready} did not answer in {timeout:.0f} s:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.3)


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, grace: float = 60) -> int:
    """Send `sig` to the server's process group, then SIGKILL if it is still there after `grace` s."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            return proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            return proc.wait(timeout=30)
    return proc.returncode


@contextmanager
def serving(base: Path, env: dict[str, str], ready: str = "/api/health",
            log_name: str = "serve.log") -> Iterator[tuple[subprocess.Popen, str]]:
    """`assistant serve` on a free loopback port; yields (process, URL) once `ready` answers 200."""
    proc, url, log_path = start(base, env, log_name=log_name)
    try:
        wait_ready(proc, url, log_path, ready)
        yield proc, url
    finally:
        stop(proc)
