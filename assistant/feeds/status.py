"""What the faces show about feeds: per-feed status, the scheduler, the latest scheduled briefing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.briefing.archive import BriefingArchive
from assistant.config import Settings
from assistant.feeds.schedule import briefing_moment, local_today
from assistant.feeds.state import BriefingState, SchedulerLock, load_state
from assistant.feeds.subscriptions import load_feeds
from assistant.schema import Briefing


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def feeds_status(settings: Settings, now: datetime) -> dict[str, Any]:
    """{scheduler, briefing, feeds: [{url, name, every, enabled, last_poll, last_status, last_new_entry,
    error, failures, next_due}]} — the JSON of `assistant feeds status --json` and GET /api/feeds."""
    state = load_state(settings)
    rows = []
    for f in load_feeds(settings):
        st = state.feeds.get(f.url)
        next_due = None
        if f.enabled:
            next_due = _iso(now) if st is None or st.next_due is None else _iso(st.next_due)
        rows.append({"url": f.url, "name": f.name, "every": f.every, "enabled": f.enabled,
                     "last_poll": _iso(st.last_poll) if st else None,
                     "last_status": st.last_status if st else None,
                     "last_new_entry": _iso(st.last_new) if st else None,
                     "error": st.error if st else None, "failures": st.failures if st else 0,
                     "next_due": next_due})
    lock = SchedulerLock(settings)
    running = lock.running()
    b = state.briefing
    next_briefing = None
    if settings.briefing_at:
        today = local_today(settings, now)
        day = today if b.local_date != today.isoformat() else today + timedelta(days=1)
        next_briefing = _iso(briefing_moment(settings, day))
    return {
        "scheduler": {"running": running, **((lock.owner() or {}) if running else {})},
        "briefing": {"at": settings.briefing_at, "timezone": settings.timezone or "local",
                     "next": next_briefing, "last": b.model_dump() if b.local_date else None},
        "feeds": rows,
    }


def latest_briefing(settings: Settings) -> tuple[Briefing, BriefingState] | None:
    """The most recent scheduled briefing as saved in the archive, or None."""
    b = load_state(settings).briefing
    if not b.path or not Path(b.path).is_file():
        return None
    saved = BriefingArchive(settings.briefings_dir).load(Path(b.path))
    return (saved, b) if saved is not None else None
