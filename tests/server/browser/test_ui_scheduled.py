"""Add a feed, leave `assistant serve` running, find the morning briefing waiting in the Briefing tab.

A real `serve` subprocess with one feed on a local HTTP server and ASSISTANT_BRIEFING_AT already past:
its background scheduler polls the feed and writes the briefing; headless chromium then opens the UI.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import datetime, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from serving import serve_env, serving

pytestmark = [pytest.mark.browser, pytest.mark.integration]

BODY = ("Engineers shut the North Bridge to traffic after finding corroded steel cables. "
        "Commuters faced detours of up to forty minutes on the first morning of the closure. "
        "The transport department said repairs would take at least eight weeks. "
        "Cyclists and pedestrians may still cross on a narrow walkway beside the works. "
        "A ferry service will run every fifteen minutes while the bridge is closed.")


def _feed() -> bytes:
    now = datetime.now(timezone.utc)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
            f"<item><guid>bridge-1</guid><title>North Bridge closed for repairs</title>"
            f"<link>http://127.0.0.1/bridge</link><pubDate>{format_datetime(now)}</pubDate>"
            f"<description>{BODY}</description></item></channel></rss>").encode()


class _Feed(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        body = _feed()
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def scheduled_server(tmp_path_factory, chromium_path):
    feed_server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    threading.Thread(target=feed_server.serve_forever, daemon=True).start()
    base = tmp_path_factory.mktemp("scheduled")
    env = {**serve_env(base / "data"), "ASSISTANT_BRIEFING_AT": "00:00", "ASSISTANT_TIMEZONE": "UTC",
           "ASSISTANT_BRIEFING_FOLDER": str(base / "mail"),
           "ASSISTANT_URL_ALLOWLIST": "127.0.0.1"}  # the feed is on loopback, refused unless allow-listed
    feed_url = f"http://127.0.0.1:{feed_server.server_address[1]}/news.rss"
    added = subprocess.run([sys.executable, "-m", "assistant", "feeds", "add", feed_url, "--name", "Harbour Gazette"],
                           env=env, cwd=base, capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stderr
    try:
        # Ready once the server answers and its scheduler has written the briefing.
        with serving(base, env, ready="/api/briefing/latest") as url:
            yield url, base
    finally:
        feed_server.shutdown()


def test_the_briefing_tab_opens_on_the_latest_scheduled_briefing(browser, scheduled_server, artifacts):
    url, base = scheduled_server
    status = httpx.get(url + "/api/feeds", timeout=10).json()
    assert status["feeds"][0]["last_status"] == "new" and status["scheduler"]["running"]
    assert status["briefing"]["last"]["delivered"]["folder"].endswith(".md")

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        page.goto(url + "/", wait_until="domcontentloaded", timeout=120_000)
        page.get_by_role("tab", name="Briefing").click()
        page.wait_for_selector("#briefing .story", timeout=120_000)
        notice = page.inner_text("#brief-status")
        today = datetime.now(timezone.utc).date().isoformat()
        assert f"Morning briefing for {today}" in notice and "feed scheduler" in notice
        story = page.inner_text("#briefing")
        assert "North Bridge" in story and "Harbour Gazette" in story
        assert "badge-new" in page.inner_html("#briefing")  # the first briefing: its story is new
        page.screenshot(path=artifacts / "08-scheduled-briefing.png", full_page=True)
    finally:
        context.close()
    assert json.loads((base / "data" / "feeds-state.json").read_text())["briefing"]["stories"] == 1
