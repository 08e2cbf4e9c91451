"""Polling and briefing state (`feeds-state.json`) and the locks that keep one data dir's work single.

Two locks, both OS file locks (released by the kernel when a process dies, so a crash never
leaves a stale lock behind):

- the *scheduler* lock is held for the whole life of `assistant watch` / `serve`'s background
  scheduler: one scheduler per data dir;
- the *work* lock is held while feeds are polled or the briefing is built, and around every state
  read-modify-write, so `assistant feeds poll` run by cron beside a scheduler waits its turn and
  then sees what the other already did (validators, seen entries, today's briefing).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.errors import AssistantError

log = logging.getLogger(__name__)

SEEN_KEEP = 2000  # entry keys remembered per feed: far more than any feed lists at once
WORK_LOCK_WAIT = 600.0  # seconds a `feeds poll` waits for a running poll or briefing to finish


class FeedState(BaseModel):
    etag: str | None = None
    last_modified: str | None = None
    last_poll: datetime | None = None
    last_status: str | None = None  # new | unchanged | error
    last_new: datetime | None = None  # when an entry was last ingested
    error: str | None = None
    failures: int = 0  # consecutive; drives the backoff
    next_due: datetime | None = None
    seen: list[str] = Field(default_factory=list)  # guid/link keys already handled, oldest first

    def remember(self, keys: list[str]) -> None:
        known = set(self.seen)
        self.seen += [k for k in keys if k not in known]
        del self.seen[:-SEEN_KEEP]


class BriefingState(BaseModel):
    local_date: str | None = None  # the local day whose scheduled briefing is done
    label: str | None = None
    path: str | None = None  # the saved briefing in the archive
    generated_at: str | None = None
    stories: int = 0
    note: str | None = None  # e.g. "no articles in the last day"
    delivered: dict[str, str] = Field(default_factory=dict)  # channel -> where it went
    pending: dict[str, str] = Field(default_factory=dict)  # channel -> last delivery error
    attempts: int = 0


class State(BaseModel):
    feeds: dict[str, FeedState] = Field(default_factory=dict)
    briefing: BriefingState = Field(default_factory=BriefingState)

    def feed(self, url: str) -> FeedState:
        return self.feeds.setdefault(url, FeedState())


def state_path(settings: Settings) -> Path:
    return settings.data_dir / "feeds-state.json"


def load_state(settings: Settings) -> State:
    path = state_path(settings)
    if not path.is_file():
        return State()
    try:
        return State.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        # Losing the state costs one unconditional fetch per feed (entries are still deduplicated
        # by the store), never an error the user has to fix.
        log.warning("ignoring unreadable feed state %s (%s); feeds will be fetched afresh", path, e)
        return State()


def save_state(settings: Settings, state: State) -> None:
    path = state_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(state.model_dump_json(indent=1), encoding="utf-8")
    tmp.replace(path)


class SchedulerBusy(AssistantError):
    """Another process already runs the scheduler for this data dir, or holds its work too long."""


@contextmanager
def work_lock(settings: Settings, timeout: float = WORK_LOCK_WAIT) -> Iterator[None]:
    """Held while polling or briefing; another process waits up to `timeout` seconds for it.
    Never nest it: two holders in one process block each other like two processes would."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.data_dir / "feeds-work.lock"), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise SchedulerBusy(f"another process has been polling feeds or building the briefing for over "
                            f"{timeout:g}s; try again later (`assistant feeds status` shows the scheduler)") from None
    try:
        yield
    finally:
        lock.release()


class SchedulerLock:
    """Held for a scheduler's lifetime; `owner()` tells who holds it (pid, since) for messages."""

    def __init__(self, settings: Settings) -> None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.lock = FileLock(str(settings.data_dir / "scheduler.lock"), timeout=0)
        # The owner note is a separate file: acquiring a lock file may truncate it.
        self.info = settings.data_dir / "scheduler.json"

    def acquire(self, what: str) -> None:
        try:
            self.lock.acquire()
        except Timeout:
            owner = self.owner() or {}
            raise SchedulerBusy(
                f"a scheduler is already running for this data dir ({owner.get('what', 'another process')}, "
                f"pid {owner.get('pid', '?')}, since {owner.get('since', '?')}); it polls the feeds and writes "
                "the briefing, so nothing needs starting. `assistant feeds status` shows what it does") from None
        self.info.write_text(json.dumps({"pid": os.getpid(), "what": what,
                                         "since": datetime.now().astimezone().isoformat(timespec="seconds")}),
                             encoding="utf-8")

    def heartbeat(self, when: datetime) -> None:
        """Note the last finished tick beside the owner, so `feeds status` shows the scheduler is alive."""
        owner = self.owner() or {}
        owner["last_tick"] = when.isoformat(timespec="seconds")
        tmp = self.info.with_suffix(".tmp")
        tmp.write_text(json.dumps(owner), encoding="utf-8")
        tmp.replace(self.info)

    def release(self) -> None:
        if self.lock.is_locked:
            self.info.unlink(missing_ok=True)
            self.lock.release()

    def owner(self) -> dict | None:
        try:
            return json.loads(self.info.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def running(self) -> bool:
        """True when a scheduler (this object's, or any other in any process) holds the lock now."""
        if self.lock.is_locked:
            return True
        try:
            self.lock.acquire()
        except Timeout:
            return True
        self.lock.release()
        return False
