"""Start a real `assistant serve` for the browser tests and stop it however the test ends."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from assistant.testing import serve


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
    with serve.serving(base, env, ready) as (_proc, url):
        yield url
