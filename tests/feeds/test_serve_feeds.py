"""Feeds inside `serve`: the background scheduler (one per data dir) and the REST endpoints."""

from __future__ import annotations

import os
import threading
import time

from fastapi.testclient import TestClient

from assistant.feeds.runner import BackgroundScheduler
from assistant.feeds.state import load_state
from assistant.feeds.subscriptions import Feed, add_feeds
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.server.api import create_app
from assistant.server.services import Services

from .conftest import Entry, rss, story


def test_serve_runs_the_scheduler_in_the_background_once_per_data_dir(site, feed_library):
    settings = feed_library.settings
    assert "no feeds" in BackgroundScheduler(feed_library).start()

    site.put("/news.rss", "application/rss+xml", rss("Harbour Gazette", [
        Entry("h-1", "Harbour festival", story("festival", "Harbourside", 1200), link=site.url("/h/1"))]))
    add_feeds(settings, [Feed(url=site.url("/news.rss"))])
    services = Services(feed_library)
    bg = BackgroundScheduler(feed_library, services.write_lock)
    try:
        assert bg.start().startswith("polling feeds in the background; daily briefing at 07:00")
        # A second server on the same data dir leaves the polling to the first.
        other = Library(settings, embedder=FakeEmbedder())
        assert "already running" in BackgroundScheduler(other).start()

        deadline = time.monotonic() + 120
        while load_state(settings).feeds.get(site.url("/news.rss")) is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert load_state(settings).feeds[site.url("/news.rss")].last_status == "new"

        client = TestClient(create_app(feed_library, ui=False, services=services))
        status = client.get("/api/feeds").json()
        assert status["scheduler"]["running"] is True and status["scheduler"]["pid"] == os.getpid()
        assert status["feeds"][0]["last_status"] == "new" and status["briefing"]["at"] == "07:00"
        assert client.get("/api/articles").json()["articles"][0]["title"] == "Harbour festival"
        missing = client.get("/api/briefing/latest")
        assert missing.status_code == 404 and "ASSISTANT_BRIEFING_AT" in missing.json()["error"]
    finally:
        bg.stop()
    assert not any(t.name == "feed-scheduler" and t.is_alive() for t in threading.enumerate())
    # Stopped: the lock is free for the next server.
    again = BackgroundScheduler(feed_library)
    assert again.start().startswith("polling")
    again.stop()
