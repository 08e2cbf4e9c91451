"""The scheduler behind `assistant watch` and `serve`: polls due feeds, writes the daily briefing.

Everything it decides is a function of the clock and the saved state, so a restart picks up where
the last run stopped: feeds not yet due are not fetched again, and a day's briefing that was built
is not built again (one that was missed while nothing ran is built at the next start that day).
The clock is injected so tests drive it without waiting.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from assistant.briefing.archive import BriefingArchive
from assistant.config import Settings
from assistant.feeds.deliver import channels, deliver
from assistant.feeds.poll import PollResult, due, poll_feeds
from assistant.feeds.state import State, load_state, save_state, work_lock
from assistant.feeds.subscriptions import load_feeds
from assistant.library import Library
from assistant.schema import Briefing

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_SLEEP = 60.0  # re-read feeds.yaml at least this often (seconds), so added feeds start soon
MAX_DELIVERY_ATTEMPTS = 5


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_zone(settings: Settings) -> tzinfo | None:
    """ASSISTANT_TIMEZONE, or None for the machine's zone (astimezone() then applies its DST rules)."""
    return ZoneInfo(settings.timezone) if settings.timezone else None


def briefing_moment(settings: Settings, day: date) -> datetime | None:
    """The configured briefing time on `day`, as an aware datetime; None when no time is set."""
    if not settings.briefing_at:
        return None
    hh, mm = (int(x) for x in settings.briefing_at.split(":"))
    zone = local_zone(settings)
    naive = datetime.combine(day, time(hh, mm))
    # fold=0: in the repeated autumn hour the first 07:00 counts; a spring-gap time fires just after it.
    return naive.replace(tzinfo=zone) if zone else naive.astimezone()


def local_today(settings: Settings, now: datetime) -> date:
    zone = local_zone(settings)
    return (now.astimezone(zone) if zone else now.astimezone()).date()


@dataclass
class TickReport:
    polled: list[PollResult] = field(default_factory=list)
    briefing: Briefing | None = None
    delivered: dict[str, str] = field(default_factory=dict)
    delivery_errors: dict[str, str] = field(default_factory=dict)


class Scheduler:
    """One tick polls every due feed, then builds the daily briefing when its time has come."""

    def __init__(self, library: Library, clock: Clock = utc_now,
                 write_lock: ContextManager | None = None) -> None:
        self.library = library
        self.settings = library.settings
        self.clock = clock
        # `serve` passes its Services.write_lock so requests and the scheduler write one at a time.
        self.write_lock = write_lock if write_lock is not None else contextlib.nullcontext()

    # ---- one step ------------------------------------------------------------------------

    def tick(self) -> TickReport:
        report = TickReport()
        with work_lock(self.settings):
            state = load_state(self.settings)  # fresh: a `feeds poll` may have run meanwhile
            now = self.clock()
            todo = due(load_feeds(self.settings), state, now)
            if todo:
                report.polled = poll_feeds(self.library, todo, state, now, self.write_lock)
                save_state(self.settings, state)
            if self._briefing_due(state, now):
                self._brief(state, now, report)
                save_state(self.settings, state)
            elif state.briefing.pending and state.briefing.attempts < MAX_DELIVERY_ATTEMPTS:
                self._redeliver(state, report)
                save_state(self.settings, state)
        for r in report.polled:
            log.info("feed %s: %s%s", r.url, r.status, f" ({r.new_articles} new)" if r.new_articles else
                     f" ({r.error})" if r.error else "")
        return report

    def _briefing_due(self, state: State, now: datetime) -> bool:
        today = local_today(self.settings, now)
        moment = briefing_moment(self.settings, today)
        if moment is None or now < moment:
            return False
        return state.briefing.local_date is None or state.briefing.local_date < today.isoformat()

    def _brief(self, state: State, now: datetime, report: TickReport) -> None:
        """The morning briefing: stories of yesterday and today (local), saved, marked new, delivered."""
        from assistant.briefing.build import build_briefing

        today = local_today(self.settings, now)
        since, until = (today - timedelta(days=1)).isoformat(), today.isoformat()
        with self.write_lock:  # it writes story ids and the archive
            b = build_briefing(self.library, since=since, until=until, save=True)
        st = state.briefing
        st.local_date, st.label, st.generated_at = today.isoformat(), b.date, b.generated_at
        st.stories, st.delivered, st.pending, st.attempts = len(b.stories), {}, {}, 0
        if not b.stories:
            st.path, st.note = None, f"no articles published {since} or {until}; nothing to brief"
            log.warning("scheduled briefing for %s: %s", today, st.note)
            return
        st.path = str(BriefingArchive(self.settings.briefings_dir).path_for(b.date))
        st.note = None
        report.briefing = b
        done, failed = deliver(b, self.settings, today.isoformat())
        st.delivered, st.pending, st.attempts = done, failed, 1
        report.delivered, report.delivery_errors = done, failed
        for channel, error in failed.items():
            log.warning("delivering the briefing by %s failed: %s (will retry)", channel, error)

    def _redeliver(self, state: State, report: TickReport) -> None:
        st = state.briefing
        saved = BriefingArchive(self.settings.briefings_dir).load(Path(st.path)) if st.path else None
        if saved is None:
            st.pending = {}
            return
        wanted = [c for c in st.pending if c in channels(self.settings)]
        done, failed = deliver(saved, self.settings, st.local_date or saved.date, only=wanted)
        st.delivered.update(done)
        st.pending = failed
        st.attempts += 1
        report.delivered, report.delivery_errors = done, failed

    # ---- timing --------------------------------------------------------------------------

    def next_wake(self) -> datetime:
        """The earliest of: a feed's next due time, today's or tomorrow's briefing, MAX_SLEEP from now."""
        now = self.clock()
        state = load_state(self.settings)
        times = [now + timedelta(seconds=MAX_SLEEP)]
        for feed in load_feeds(self.settings):
            st = state.feeds.get(feed.url)
            if feed.enabled and st is not None and st.next_due is not None:
                times.append(st.next_due)
        today = local_today(self.settings, now)
        for day in (today, today + timedelta(days=1)):
            moment = briefing_moment(self.settings, day)
            if moment is not None and moment > now:
                times.append(moment)
        return min(times)

    def run(self, stop: threading.Event, on_tick: Callable[[datetime], None] | None = None) -> None:
        """Tick until `stop` is set. A failing tick is logged and retried; it never ends the loop."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception:
                log.exception("scheduler tick failed; retrying in %ss", MAX_SLEEP)
                stop.wait(MAX_SLEEP)
                continue
            if on_tick is not None:
                on_tick(self.clock())
            wait = (self.next_wake() - self.clock()).total_seconds()
            stop.wait(min(max(wait, 1.0), MAX_SLEEP))
