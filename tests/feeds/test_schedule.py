"""The scheduler driven by an injected clock: feeds polled at their intervals, the briefing built once
at the local hour (also across a restart), marked new since the last one, delivered to a folder and
to a real local SMTP server."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from assistant.config import Settings
from assistant.feeds.schedule import MAX_SLEEP, Scheduler
from assistant.feeds.state import SchedulerBusy, SchedulerLock, load_state
from assistant.feeds.status import latest_briefing
from assistant.feeds.subscriptions import Feed, add_feeds
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder

from .conftest import Clock, Entry, atom, rss

RSS, ATOM = "/news.rss", "/world.atom"

# Three unrelated stories (and a fourth for the next day), worded apart so they cluster apart.
FESTIVAL = ("Thousands of visitors crowded the harbour on Tuesday for the annual seafood festival. "
            "Fishermen sold oysters and mussels from wooden stalls along the quay. "
            "The mayor praised volunteers who cleaned the beach before dawn. "
            "Organisers counted 12,000 tickets, a record for the event. "
            "Next year's festival will add a second stage for folk bands.")
PARADE = ("A brass band led the carnival parade through the cobbled lanes of the Old Town. "
          "Children in masks threw confetti from decorated floats. "
          "Shopkeepers closed early so staff could watch from balconies. "
          "Police diverted buses away from the cathedral district for six hours. "
          "The procession ended with fireworks over the medieval gate.")
MARKET = ("Farmers reopened the covered market on Valley Road after a long renovation. "
          "Stallholders now pay lower rents under a new council scheme. "
          "Cheese makers and bakers reported queues from seven in the morning. "
          "The roof was replaced with solar panels that power the cold stores. "
          "Traders said takings doubled compared with the temporary site.")
BRIDGE = ("Engineers shut the North Bridge to traffic after finding corroded steel cables. "
          "Commuters faced detours of up to forty minutes on Wednesday. "
          "The transport department said repairs would take at least eight weeks. "
          "Cyclists and pedestrians may still cross on a narrow walkway. "
          "A ferry service will run every fifteen minutes during the closure.")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def publish(site, day: str = "2026-03-10", extra: list[Entry] | None = None) -> None:
    entries = [Entry("h-1", "Harbour festival draws crowds", FESTIVAL, published=day,
                     link=site.url("/h/1")),
               Entry("h-2", "Old Town parade", PARADE, published=day,
                     link=site.url("/h/2"))]
    site.put(RSS, "application/rss+xml", rss("Harbour Gazette", entries + (extra or [])))
    site.put(ATOM, "application/atom+xml", atom("Valley Times", [
        Entry("urn:v:1", "Valley market reopens", MARKET, published=day,
              link=site.url("/v/1"))]), etag=False)


def subscribe(settings: Settings, site) -> None:
    add_feeds(settings, [Feed(url=site.url(RSS), every="30m"), Feed(url=site.url(ATOM), every="1h")])


def test_feeds_are_polled_at_their_own_intervals(site, feed_library, clock):
    subscribe(feed_library.settings, site)
    publish(site)
    sched = Scheduler(feed_library, clock)  # 05:00 UTC = 06:00 in Berlin: before the 07:00 briefing

    first = sched.tick()
    assert [r.status for r in first.polled] == ["new", "new"] and first.briefing is None
    assert sched.next_wake() == clock() + timedelta(seconds=MAX_SLEEP)

    clock.advance(minutes=10)
    assert sched.tick().polled == []
    clock.advance(minutes=20)  # 30 minutes in: only the RSS feed is due
    assert [r.url for r in sched.tick().polled] == [site.url(RSS)]
    clock.advance(minutes=30)  # an hour in: both
    assert [r.status for r in sched.tick().polled] == ["unchanged", "unchanged"]
    assert site.hits[RSS] == 3 and site.hits[ATOM] == 2
    assert site.not_modified[RSS] == 2 and site.not_modified[ATOM] == 1


def test_briefing_fires_once_at_the_local_hour_across_a_restart_and_is_delivered(site, tmp_path, clock,
                                                                                  smtp_server):
    settings = Settings(data_dir=tmp_path / "data", embeddings="fake", briefing_at="07:00",
                        timezone="Europe/Berlin", briefing_folder=tmp_path / "mail-folder",
                        smtp_host="127.0.0.1", smtp_port=smtp_server.port, smtp_security="none",
                        smtp_to="reader@example.org, second@example.org", smtp_from="desk@example.org")
    lib = Library(settings, embedder=FakeEmbedder())
    subscribe(settings, site)
    publish(site)

    clock.now = at("2026-03-10T05:59:00+00:00")  # 06:59 in Berlin
    assert Scheduler(lib, clock).tick().briefing is None
    clock.now = at("2026-03-10T06:00:00+00:00")  # 07:00 in Berlin (CET, UTC+1)
    fired = Scheduler(lib, clock).tick()
    b = fired.briefing
    assert b is not None and b.date == "2026-03-09..2026-03-10" and len(b.stories) == 3
    assert all(s.new for s in b.stories)
    assert fired.delivery_errors == {}
    folder = tmp_path / "mail-folder"
    assert sorted(p.name for p in folder.iterdir()) == ["briefing-2026-03-10.html", "briefing-2026-03-10.md"]
    assert "oysters and mussels" in (folder / "briefing-2026-03-10.md").read_text()
    (mail,) = smtp_server.messages
    assert mail["Subject"] == "Morning briefing 2026-03-10: 3 stories"
    assert mail["To"] == "reader@example.org, second@example.org"
    kinds = {part.get_content_type() for part in mail.walk()}
    assert {"text/plain", "text/html"} <= kinds

    # The UI's "latest" is this saved briefing.
    latest, info = latest_briefing(settings)
    assert latest.generated_at == b.generated_at and info.local_date == "2026-03-10"

    # Later the same day, and after a restart (a new scheduler, state read back from disk): nothing again.
    clock.now = at("2026-03-10T09:00:00+00:00")
    again = Scheduler(lib, clock).tick()
    assert again.briefing is None and len(smtp_server.messages) == 1
    assert latest_briefing(settings)[0].generated_at == b.generated_at

    # Next morning: a new story arrives; the new briefing marks it new and yesterday's stories not.
    publish(site, extra=[Entry("h-3", "Bridge closed for repairs", BRIDGE,
                               published="2026-03-11", link=site.url("/h/3"))])
    clock.now = at("2026-03-11T05:00:00+00:00")
    assert Scheduler(lib, clock).tick().briefing is None
    clock.now = at("2026-03-11T06:30:00+00:00")
    second = Scheduler(lib, clock).tick().briefing
    assert second is not None and second.date == "2026-03-10..2026-03-11"
    new = [s.headline for s in second.stories if s.new]
    assert len(new) == 1 and "bridge" in new[0].lower()
    assert len([s for s in second.stories if not s.new]) == 3
    assert len(smtp_server.messages) == 2
    assert (folder / "briefing-2026-03-11.md").is_file()
    assert load_state(settings).briefing.local_date == "2026-03-11"


def test_the_briefing_hour_is_local_time_with_daylight_saving(tmp_path):
    # New York is on daylight time from 2026-03-08: 07:00 EDT is 11:00 UTC, not 12:00.
    settings = Settings(data_dir=tmp_path / "data", embeddings="fake", briefing_at="07:00",
                        timezone="America/New_York")
    lib = Library(settings, embedder=FakeEmbedder())
    clock = Clock(at("2026-03-10T10:59:00+00:00"))
    sched = Scheduler(lib, clock)
    assert sched.next_wake() == at("2026-03-10T11:00:00+00:00")
    sched.tick()
    assert load_state(settings).briefing.local_date is None
    clock.now = at("2026-03-10T11:00:00+00:00")
    sched.tick()
    state = load_state(settings).briefing
    assert state.local_date == "2026-03-10" and "no articles" in state.note  # nothing ingested: noted, once


def test_a_failed_e_mail_is_retried_on_later_ticks(site, tmp_path, clock, smtp_server):
    from .conftest import free_port

    settings = Settings(data_dir=tmp_path / "data", embeddings="fake", briefing_at="07:00", timezone="UTC",
                        smtp_host="127.0.0.1", smtp_port=free_port(), smtp_security="none", smtp_to="r@example.org")
    lib = Library(settings, embedder=FakeEmbedder())
    subscribe(settings, site)
    publish(site)
    clock.now = at("2026-03-10T07:00:00+00:00")
    fired = Scheduler(lib, clock).tick()
    assert "email" in fired.delivery_errors and "ASSISTANT_SMTP_HOST" in fired.delivery_errors["email"]
    assert "email" in load_state(settings).briefing.pending

    settings.smtp_port = smtp_server.port  # the mail server is back
    clock.advance(minutes=1)
    retried = Scheduler(lib, clock).tick()
    assert retried.briefing is None and "email" in retried.delivered
    assert len(smtp_server.messages) == 1 and load_state(settings).briefing.pending == {}


def test_only_one_scheduler_holds_a_data_dir(feed_settings):
    first, second = SchedulerLock(feed_settings), SchedulerLock(feed_settings)
    first.acquire("test one")
    try:
        with pytest.raises(SchedulerBusy, match="already running.*test one"):
            second.acquire("test two")
    finally:
        first.release()
    second.acquire("test two")  # free again once the first let go
    second.release()
