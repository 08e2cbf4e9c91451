"""A local news site serving an RSS and an Atom feed that change between polls, a local SMTP server,
and a clock the tests move by hand."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import Message
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.config import Settings
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.testing.serve import free_port

DAY = "2026-03-10"  # the day the feeds' entries are published; the fake clock starts on it


def story(topic: str, place: str, number: int) -> str:
    """A full article body (well over the teaser threshold) about one distinct event."""
    return (f"The {topic} in {place} drew {number} people on Tuesday, organisers said. "
            f"City officials confirmed that the {topic} had been planned for more than a year. "
            f"Local businesses near the {place} square reported a busy afternoon during the {topic}. "
            f"Police said the {topic} passed off peacefully and no arrests were made in {place}. "
            f"Organisers hope to hold the {topic} again next spring with {number + 100} visitors.")


@dataclass
class Entry:
    guid: str
    title: str
    body: str
    link: str = ""
    published: str = DAY


def rss(title: str, entries: list[Entry]) -> bytes:
    items = "".join(
        f"<item><guid isPermaLink=\"false\">{escape(e.guid)}</guid><title>{escape(e.title)}</title>"
        f"<link>{escape(e.link)}</link><pubDate>{format_datetime(datetime.fromisoformat(e.published + 'T08:00:00+00:00'))}</pubDate>"
        f"<description>{escape(e.body)}</description></item>" for e in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>test feed</description>{items}</channel></rss>").encode()


def atom(title: str, entries: list[Entry]) -> bytes:
    items = "".join(
        f"<entry><id>{escape(e.guid)}</id><title>{escape(e.title)}</title><link href=\"{escape(e.link)}\"/>"
        f"<updated>{e.published}T08:00:00Z</updated><summary>{escape(e.body)}</summary></entry>" for e in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>{DAY}T08:00:00Z</updated>"
            f"{items}</feed>").encode()


def article_page(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{escape(s.strip())}.</p>" for s in body.split(". ") if s.strip())
    return (f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body><nav>Home</nav>"
            f"<article><h1>{escape(title)}</h1>{paras}</article><footer>Contact us</footer></body></html>").encode()


@dataclass
class Resource:
    content_type: str
    body: bytes
    etag: bool = True  # the RSS feed validates by ETag, the Atom feed by Last-Modified only
    version: int = 0


@dataclass
class Site:
    """What the local server serves; tests change it between polls and read the request log."""

    base: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    hits: Counter = field(default_factory=Counter)  # every GET per path
    not_modified: Counter = field(default_factory=Counter)  # 304s per path
    lock: threading.Lock = field(default_factory=threading.Lock)
    delay: float = 0.0  # seconds each response is held, so overlapping requests can be observed
    active: int = 0
    max_active: int = 0  # the most requests in flight at once

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, content_type: str, body: bytes, etag: bool = True) -> None:
        with self.lock:
            old = self.resources.get(path)
            if old is not None and old.body == body:
                return  # republishing the same bytes keeps the validators, as a real server would
            self.resources[path] = Resource(content_type, body, etag, (old.version + 1) if old else 1)

    def validators(self, res: Resource) -> tuple[str, str]:
        etag = '"' + hashlib.sha1(res.body).hexdigest()[:16] + '"'
        modified = format_datetime(datetime(2026, 3, 1, tzinfo=UTC) + timedelta(hours=res.version),
                                   usegmt=True)
        return etag, modified


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site  # type: ignore[attr-defined]
        with site.lock:
            site.active += 1
            site.max_active = max(site.max_active, site.active)
        try:
            if site.delay:
                time.sleep(site.delay)
            self._serve(site)
        finally:
            with site.lock:
                site.active -= 1

    def _serve(self, site: Site) -> None:
        with site.lock:
            site.hits[self.path] += 1
            res = site.resources.get(self.path)
            failing = self.path in site.failing
        if failing:
            self._send(503, "text/plain", b"down for maintenance")
            return
        if res is None:
            self._send(404, "text/plain", b"not found")
            return
        etag, modified = site.validators(res)
        fresh = (res.etag and self.headers.get("If-None-Match") == etag) or \
            (not res.etag and self.headers.get("If-Modified-Since") == modified)
        if fresh:
            with site.lock:
                site.not_modified[self.path] += 1
            self.send_response(304)
            self.end_headers()
            return
        headers = {"ETag": etag} if res.etag else {"Last-Modified": modified}
        self._send(200, res.content_type, res.body, headers)

    def _send(self, status: int, ctype: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    s = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.site = s  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield s
    finally:
        server.shutdown()
        server.server_close()


class Clock:
    """An injected clock: time moves only when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def _local_site_allowed(monkeypatch) -> None:
    # The news site runs on loopback, which fetching refuses by default (SSRF guard): these tests
    # opt in the way an intranet user would, through the allow-list.
    monkeypatch.setenv("ASSISTANT_URL_ALLOWLIST", "127.0.0.1")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.fromisoformat(f"{DAY}T05:00:00+00:00"))


@pytest.fixture
def feed_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", embeddings="fake", briefing_at="07:00", timezone="Europe/Berlin")


@pytest.fixture
def feed_library(feed_settings) -> Library:
    return Library(feed_settings, embedder=FakeEmbedder())


@dataclass
class Mailbox:
    port: int
    messages: list[Message] = field(default_factory=list)


@pytest.fixture
def smtp_server() -> Iterator[Mailbox]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""
    from aiosmtpd.controller import Controller

    box = Mailbox(port=free_port())

    class Keep:
        async def handle_DATA(self, server, session, envelope):
            box.messages.append(message_from_bytes(envelope.original_content or envelope.content))
            return "250 OK"

    controller = Controller(Keep(), hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
