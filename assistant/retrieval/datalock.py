"""One process at a time on an embedded store: an OS file lock on the data dir, and storage-error wording.

Embedded Chroma keeps its vector index in the memory of the process that opened it and writes it
back to files under the data dir; SQLite beside it is safe for several processes, the index files
are not. A second process (even one that only asks questions) would load a stale index, and two
writers overwrite each other's vectors. So whoever opens the embedded store holds this lock until
it closes the store or exits (`assistant serve` for its whole life, `assistant ingest` for the
run), and everyone else is told who holds it and how to share data properly: a Chroma server.

The kernel releases the lock when the holder dies (even by SIGKILL), so there are no stale locks.
Within one process the lock is shared by every Store on the same data dir (flock locks belong to
an open file, so a second FileLock on the same path in the same process would block on itself).
"""

from __future__ import annotations

import errno
import json
import os
import sys
import threading
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.errors import StoreUnavailable

LOCK_NAME = "store.lock"
OWNER_NAME = "store-owner.json"  # a separate file: acquiring a lock file may truncate it

# errnos that mean "this data dir cannot take writes", whatever library saw them first
_STORAGE_ERRNOS = {errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM}
# ... and how SQLite / Rust / OS errors spell them when only a message survives the trip
_STORAGE_WORDS = ("read-only", "readonly", "read only", "no space", "disk is full", "disk full",
                  "database or disk is full", "file too large", "quota exceeded", "permission denied")


class DataDirBusy(StoreUnavailable):
    """Another process has the embedded store of this data dir open."""


class DataDirUnwritable(StoreUnavailable):
    """The data dir is read-only or full; nothing was written."""


def unwritable_message(data_dir: Path, cause: object) -> str:
    return (f"data dir {data_dir} is read-only or the disk is full ({cause}); no article was half-written and the "
            "ones already stored are intact. Free some space or make it writable, or set "
            "ASSISTANT_DATA_DIR to another folder")


def is_storage_error(exc: BaseException) -> bool:
    """True when an exception (or one it was raised from) says the disk refused a write."""
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, OSError) and e.errno in _STORAGE_ERRNOS:
            return True
        text = str(e).lower()
        if any(w in text for w in _STORAGE_WORDS):
            return True
        e = e.__cause__ or e.__context__
    return False


# Chroma on a nearly full disk fails with "Error in compaction: Failed to apply logs to the metadata
# segment" while a few hundred KB are still free; a disk without this much room counts as full.
ROOM_NEEDED = 1 << 20


def refuses_writes(data_dir: Path) -> bool:
    """True when the data dir cannot take a 1 MiB write now (for store errors that do not say why)."""
    try:
        check_writable(data_dir, ROOM_NEEDED)
    except DataDirUnwritable:
        return True
    return False


def check_writable(data_dir: Path, size: int = 4096) -> None:
    """Fail now, with the message a user can act on, when the data dir cannot take a write of `size` bytes."""
    probe = data_dir / f".write-probe-{os.getpid()}-{threading.get_ident()}"
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with probe.open("wb") as fh:
            fh.write(b"0" * size)  # at least a page, so a full disk says so here rather than mid-write
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as e:
        raise DataDirUnwritable(unwritable_message(data_dir, e.strerror or e)) from e
    finally:
        try:
            probe.unlink()
        except OSError:
            pass


def describe_process() -> str:
    """`assistant serve`, `assistant ingest`, ... or the Python command line, for the owner note."""
    argv = list(getattr(sys, "orig_argv", sys.argv))
    for i, arg in enumerate(argv):
        if arg == "assistant" or arg.endswith(("/assistant", "assistant/__main__.py")):
            rest = [a for a in argv[i + 1:] if not a.startswith("-")]
            return "assistant " + rest[0] if rest else "assistant"
    return "a Python process (" + " ".join(" ".join(argv).split())[:80] + ")"


class _Held:
    def __init__(self, lock: FileLock) -> None:
        self.lock = lock
        self.users = 0


_HELD: dict[str, _Held] = {}
_HELD_GUARD = threading.Lock()


class DataDirLock:
    """The embedded store's lock for one data dir; acquire() when opening the store, release() when closing."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.key = str(self.data_dir.resolve())
        self.owner_file = self.data_dir / OWNER_NAME
        self._mine = False

    def owner(self) -> dict:
        try:
            return json.loads(self.owner_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        """Take the lock (shared by this process's stores); raise DataDirBusy naming the other holder."""
        if self._mine:
            return
        with _HELD_GUARD:
            held = _HELD.get(self.key)
            if held is None:
                check_writable(self.data_dir)
                lock = FileLock(str(self.data_dir / LOCK_NAME), timeout=0)
                try:
                    lock.acquire()
                except Timeout:
                    raise DataDirBusy(self._busy_message()) from None
                except OSError as e:
                    raise DataDirUnwritable(unwritable_message(self.data_dir, e.strerror or e)) from e
                held = _HELD[self.key] = _Held(lock)
                self._write_owner()
            held.users += 1
            self._mine = True

    def release(self) -> None:
        if not self._mine:
            return
        with _HELD_GUARD:
            self._mine = False
            held = _HELD.get(self.key)
            if held is None:
                return
            held.users -= 1
            if held.users <= 0:
                del _HELD[self.key]
                if self.owner().get("pid") == os.getpid():
                    self.owner_file.unlink(missing_ok=True)
                held.lock.release()

    def _write_owner(self) -> None:
        note = {"pid": os.getpid(), "what": describe_process(),
                "since": datetime.now().astimezone().isoformat(timespec="seconds")}
        tmp = self.owner_file.with_name(f".{OWNER_NAME}.{os.getpid()}.tmp")
        try:
            tmp.write_text(json.dumps(note), encoding="utf-8")
            tmp.replace(self.owner_file)
        except OSError:  # the note only improves the message another process prints
            tmp.unlink(missing_ok=True)

    def _busy_message(self) -> str:
        owner = self.owner()
        who = (f"pid {owner.get('pid', '?')}, `{owner.get('what', 'assistant')}`, since {owner.get('since', '?')}"
               if owner else "its pid is unknown")
        return (f"another assistant process ({who}) is using the data dir {self.data_dir}. The embedded "
                "store takes one process at a time: stop that process, or send your request to it "
                "(a running `assistant serve` takes ingests and questions over REST under /api), or run a "
                "Chroma server (`chroma run --path DIR --port 8000`) and set CHROMA_HOST to share data "
                "between processes")
