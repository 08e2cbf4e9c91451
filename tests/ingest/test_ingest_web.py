"""URL fetching and feed teaser expansion against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

from assistant.config import Settings  # noqa: E402
from assistant.ingest import RawArticle, iter_inputs  # noqa: E402
from assistant.schema import IngestFailure  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
ARTICLE_HTML = (FIXTURES / "article.html").read_bytes()

STORY_PAGE = b"""<!DOCTYPE html><html><head><title>Tram line opens</title>
<meta property="article:published_time" content="2026-02-20"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Tram line opens</h1>
<p>The new tram line opened on Friday with a ceremony at the central station, the transit authority said.</p>
<p>Trams will run every six minutes at peak times between the airport and the university campus.</p>
<p>The line took four years to build and cost 400 million euros, slightly over the original budget.</p>
<p>Officials expect 30,000 passengers a day within the first year of service.</p>
</article></body></html>"""


def feed_xml(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Metro Area Transit News</title><link>{base}/</link>
<item><title>Tram line opens</title><link>{base}/story/1</link>
<description>The new tram line opened on Friday.</description>
<pubDate>Fri, 20 Feb 2026 09:00:00 +0000</pubDate></item>
<item><title>Bus route cut</title><link>{base}/story/gone</link>
<description>The number 9 bus route will be cut from April.</description></item>
<item><title>Fares frozen</title><link>{base}/story/image</link>
<description>Fares are frozen for another year. The decision was made on Monday. Riders welcomed it.</description></item>
</channel></rss>""".encode()


class Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(self, status: int, ctype: str | None, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/article.html":
            self._send(200, "text/html; charset=utf-8", ARTICLE_HTML)
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/notype":
            self._send(200, None, ARTICLE_HTML)
        elif path == "/feed.xml":
            self._send(200, "application/rss+xml", feed_xml(base))
        elif path == "/story/1":
            self._send(200, "text/html", STORY_PAGE)
        elif path == "/story/image":
            self._send(200, "image/jpeg", b"\xff\xd8\xff" + b"\x00" * 100)
        elif path == "/plain.txt":
            self._send(200, "text/plain; charset=utf-8", "Plain title\nPlain body from the web.\n".encode())
        elif path == "/records.json":
            self._send(200, "application/json", b'[{"title": "J1", "text": "Json body one."}, {"text": "Json two."}]')
        elif path == "/image.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        elif path == "/big":
            self._send(200, "text/plain", b"word " * 500_000)  # 2.5 MB, Content-Length declared
        elif path == "/big-stream":
            self._send(200, "text/plain", b"word " * 500_000, length=False)  # no length: must stop reading
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/plain", b"Late\nToo late.\n")
        elif path == "/error":
            self._send(500, "text/plain", b"boom")
        else:
            self._send(404, "text/html", b"<html><body>Not found</body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def load(urls: list[str], tmp_path: Path, **kw: object) -> list[RawArticle | IngestFailure]:
    # The test server is on loopback, which URL ingestion refuses unless allow-listed.
    kw.setdefault("url_allowlist", "127.0.0.1")
    settings = Settings(data_dir=tmp_path, fetch_timeout=kw.pop("fetch_timeout", 5.0), **kw)
    return list(iter_inputs(urls, settings))


def test_html_url(server: str, tmp_path: Path) -> None:
    [a] = load([f"{server}/article.html"], tmp_path)
    assert isinstance(a, RawArticle)
    assert a.title == "Harbour bridge reopens after repairs" and a.source == "Coastal Courier"
    assert a.url == f"{server}/article.html" and a.origin == f"{server}/article.html"
    assert "12 million pounds" in a.body
    assert any(agent.startswith("newsdesk-assistant/") for agent in Handler.seen_agents)


def test_redirect_and_missing_content_type(server: str, tmp_path: Path) -> None:
    redirected, untyped = load([f"{server}/redirect", f"{server}/notype"], tmp_path)
    assert redirected.url == f"{server}/article.html" and redirected.origin == f"{server}/redirect"
    assert isinstance(untyped, RawArticle) and "12 million pounds" in untyped.body


def test_plain_text_and_json_urls(server: str, tmp_path: Path) -> None:
    text, j1, j2 = load([f"{server}/plain.txt", f"{server}/records.json"], tmp_path)
    assert (text.title, text.body, text.url) == ("Plain title", "Plain body from the web.", f"{server}/plain.txt")
    assert (j1.title, j2.title) == ("J1", "Json two.")
    assert j2.origin == f"{server}/records.json#record-2"


def test_feed_url_expands_teasers(server: str, tmp_path: Path) -> None:
    items = load([f"{server}/feed.xml"], tmp_path)
    assert len(items) == 3 and all(isinstance(i, RawArticle) for i in items)
    full, gone, image = items
    # teaser + working link: the linked page's text replaces the teaser
    assert full.title == "Tram line opens" and full.url == f"{server}/story/1"
    assert "30,000 passengers" in full.body and not full.body.startswith("Tram line opens")
    assert full.published_at == "2026-02-20" and full.source == "Metro Area Transit News"
    assert full.origin == f"{server}/feed.xml#entry-1"
    # teaser + 404 link, and teaser + non-HTML link: the teaser is kept, not a failure
    assert gone.body == "The number 9 bus route will be cut from April." and gone.published_at is None
    assert image.body.startswith("Fares are frozen")


def test_local_feed_file_fetches_linked_pages(server: str, tmp_path: Path) -> None:
    p = tmp_path / "saved.rss"
    p.write_bytes(feed_xml(server))
    first = load([str(p)], tmp_path)[0]
    assert "30,000 passengers" in first.body and first.origin == f"{p}#entry-1"


@pytest.mark.parametrize(
    "path,expected",
    [
        ("/missing", "HTTP 404 Not Found from 127.0.0.1; the page does not exist; check the URL"),
        ("/error", "HTTP 500 Internal Server Error from 127.0.0.1; the server had an error; try again later"),
        ("/image.png", "unsupported content type image/png at {server}/image.png "
                       "(expected HTML, RSS/Atom, plain text or JSON)"),
        ("/big", "response is 2.4 MB, over the 1 MB limit (set ASSISTANT_MAX_FILE_MB to raise it)"),
        ("/big-stream", "response is larger than the 1 MB limit (stopped reading); "
                        "set ASSISTANT_MAX_FILE_MB to raise it"),
    ],
)
def test_url_failures(server: str, tmp_path: Path, path: str, expected: str) -> None:
    [f] = load([f"{server}{path}"], tmp_path, max_file_mb=1)
    assert isinstance(f, IngestFailure)
    assert f.path == f"{server}{path}"
    assert f.error == expected.format(server=server)


def test_timeout_fails_clearly(server: str, tmp_path: Path) -> None:
    start = time.monotonic()
    [f] = load([f"{server}/slow"], tmp_path, fetch_timeout=0.5)
    assert time.monotonic() - start < 2.5
    assert f.error == "timed out after 0.5s fetching 127.0.0.1; try again later or raise ASSISTANT_FETCH_TIMEOUT"


def test_unreachable_url_fails_fast(tmp_path: Path) -> None:
    with socket.socket() as s:  # find a port, then close it so nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.monotonic()
    [f] = load([f"http://127.0.0.1:{port}/story"], tmp_path)
    assert time.monotonic() - start < 3
    assert isinstance(f, IngestFailure) and f.path == f"http://127.0.0.1:{port}/story"
    assert f.error.startswith("could not connect to 127.0.0.1")
    assert "check the URL and your network connection" in f.error


def test_invalid_urls_fail(tmp_path: Path) -> None:
    no_host, bad_ipv6, ftp = load(["http://", "http://[::1", "ftp://example.com/a.txt"], tmp_path)
    assert no_host.error == "invalid URL 'http://': it has no host name; use a full address like https://example.com/story"
    assert bad_ipv6.error.startswith("invalid URL 'http://[::1'")
    assert ftp.error.startswith("unsupported URL scheme 'ftp'")


def test_private_addresses_refused_by_default(server: str, tmp_path: Path) -> None:
    # Loopback is refused everywhere (CLI and serve alike) unless the user opts in.
    [failure] = list(iter_inputs([f"{server}/article.html"], Settings(data_dir=tmp_path)))
    assert isinstance(failure, IngestFailure) and failure.path == f"{server}/article.html"
    assert "loopback, private or link-local" in failure.error
    assert "ASSISTANT_URL_ALLOWLIST" in failure.error and "ASSISTANT_ALLOW_PRIVATE_URLS=true" in failure.error
    # either opt-in fetches from this machine
    for opt_in in ({"allow_private_urls": True}, {"url_allowlist": "127.0.0.0/8"}):
        [ok] = list(iter_inputs([f"{server}/article.html"], Settings(data_dir=tmp_path, **opt_in)))
        assert isinstance(ok, RawArticle), opt_in
