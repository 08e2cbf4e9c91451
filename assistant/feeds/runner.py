"""Running the scheduler: in the foreground (`assistant watch`) or on a thread of `assistant serve`.

Either way it first takes the data dir's scheduler lock, so a second `watch` or `serve` on the same
data dir does not poll or brief a second time.
"""

from __future__ import annotations

import logging
import threading
from contextlib import AbstractContextManager as ContextManager

from assistant.feeds.schedule import Clock, Scheduler, utc_now
from assistant.feeds.state import SchedulerBusy, SchedulerLock
from assistant.feeds.subscriptions import load_feeds
from assistant.library import Library

log = logging.getLogger(__name__)


def run_foreground(library: Library, stop: threading.Event, clock: Clock = utc_now) -> None:
    """Run until `stop` is set; raises SchedulerBusy when another scheduler has this data dir."""
    lock = SchedulerLock(library.settings)
    lock.acquire("assistant watch")
    try:
        Scheduler(library, clock).run(stop, on_tick=lock.heartbeat)
    finally:
        lock.release()


class BackgroundScheduler:
    """The scheduler on a daemon thread, for `serve`; start() says whether it runs."""

    def __init__(self, library: Library, write_lock: ContextManager | None = None) -> None:
        self.library = library
        self.write_lock = write_lock
        self.stop_event = threading.Event()
        self.thread: threading.Thread | None = None
        self.lock = SchedulerLock(library.settings)

    def start(self) -> str:
        """Start if there are feeds and no other scheduler; returns a line saying what happened."""
        if not load_feeds(self.library.settings):
            return "no feeds: the scheduler is off (add one with `assistant feeds add URL`)"
        try:
            self.lock.acquire("assistant serve")
        except SchedulerBusy as e:
            return f"feeds are not polled by this server: {e}"
        scheduler = Scheduler(self.library, write_lock=self.write_lock)
        self.thread = threading.Thread(target=scheduler.run, args=(self.stop_event, self.lock.heartbeat),
                                       name="feed-scheduler", daemon=True)
        self.thread.start()
        at = self.library.settings.briefing_at
        return "polling feeds in the background" + (f"; daily briefing at {at}" if at else "")

    def stop(self, timeout: float = 30.0) -> None:
        self.stop_event.set()
        if self.thread is not None:
            self.thread.join(timeout)
            if self.thread.is_alive():
                log.warning("the feed scheduler is still finishing a poll; exiting anyway")
                return  # keep the lock: the OS releases it when the process exits
        self.lock.release()
