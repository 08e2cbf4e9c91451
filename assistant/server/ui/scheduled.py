"""The Briefing tab's opening view: the latest briefing the feed scheduler wrote, if any."""

from __future__ import annotations

from html import escape

from assistant.feeds.status import latest_briefing
from assistant.server.services import Services
from assistant.server.ui import render as R

EMPTY = '<p class="src-meta">Pick a date (or leave it empty) and generate.</p>'


def latest_scheduled_html(svc: Services) -> tuple[str, str]:
    """(notice, briefing) HTML for the newest scheduled briefing; the plain prompt when there is none."""
    found = latest_briefing(svc.settings)
    if found is None:
        return "", EMPTY
    briefing, info = found
    delivered = ", ".join(f"{escape(k)}: {escape(v)}" for k, v in info.delivered.items())
    notice = (f'<div class="callout callout-notice" role="status" id="scheduled-notice"><strong>Morning briefing '
              f"for {escape(info.local_date or briefing.date)}</strong>, written by the feed scheduler at "
              f"{escape(briefing.generated_at)}" + (f" · delivered to {delivered}" if delivered else "")
              + ". Stories marked new were not in the previous briefing.</div>")
    return notice, R.briefing_html(briefing)
