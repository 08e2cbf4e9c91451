"""A real `chroma run` server on 127.0.0.1 that tests (and benches) can start, stop and restart in place."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from assistant.testing.serve import free_port

STARTUP_SECONDS = 90.0  # a cold start on a loaded 2-core machine; a limit, never a timing


def chroma_command() -> str:
    """The `chroma` command installed beside this Python (from the chromadb package)."""
    exe = Path(sys.executable).parent / "chroma"
    found = str(exe) if exe.exists() else shutil.which("chroma")
    if not found:
        raise RuntimeError("the `chroma` command (from the chromadb package) is not installed; run `make install`")
    return found


class ChromaServer:
    """`chroma run --path PATH --port PORT`; stop() and start() again keep the same path and port."""

    def __init__(self, path: Path, port: int | None = None, log: Path | None = None) -> None:
        self.path = Path(path)
        self.port = port or free_port()
        self.log = Path(log) if log else self.path.parent / f"chroma-{self.port}.log"
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def alive(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/api/v2/heartbeat", timeout=1) as resp:
                return resp.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def start(self) -> "ChromaServer":
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen([chroma_command(), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                          "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self.alive():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = self.log.read_text(errors="replace")[-2000:]
                raise RuntimeError(f"chroma server on port {self.port} did not start: {tail}")
            time.sleep(0.2)
        return self

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None
