"""Files the UI offers for download (briefings, eval reports): one folder per app, bounded, removed at exit.

A folder per click (`tempfile.mkdtemp()` in each handler) was never removed, so a long-running
server grew a temporary folder with every briefing generated. Files here are named by their
content, so generating the same briefing again reuses the file, and only the newest few are kept.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import weakref
from pathlib import Path

KEEP = 32  # files kept; older ones were offered long ago and gradio has served its own copy
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class Downloads:
    """A private temporary folder holding at most `keep` files."""

    def __init__(self, keep: int = KEEP, prefix: str = "assistant-downloads-") -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=prefix))
        self.keep = keep
        self._lock = threading.Lock()
        # Removed when the app is garbage-collected or the interpreter exits, whichever comes first.
        self._cleanup = weakref.finalize(self, shutil.rmtree, str(self.dir), ignore_errors=True)

    def write(self, stem: str, suffix: str, text: str) -> Path:
        """Save `text` as `<stem><suffix>` (replacing an older version: a regenerated briefing of the
        same day is the same download) and return its path."""
        data = text.encode("utf-8")
        path = self.dir / f"{_UNSAFE.sub('_', stem).strip('._') or 'download'}{suffix}"
        with self._lock:
            if not path.exists() or path.read_bytes() != data:
                tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}")
                tmp.write_bytes(data)
                tmp.replace(path)  # a concurrent reader never sees half a file
            os.utime(path)  # the newest use decides what is pruned
            self._prune()
        return path

    def _prune(self) -> None:
        files = sorted(self.dir.iterdir(), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[self.keep:]:
            old.unlink(missing_ok=True)

    def close(self) -> None:
        self._cleanup()
