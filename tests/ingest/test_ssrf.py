"""Hostile URLs: the SSRF guard, redirects re-checked per hop, pinned addresses, compression bombs and
slow drips, against a real HTTP server on 127.0.0.1 (which is itself a refused address by default)."""

from __future__ import annotations

import functools
import gzip
import ipaddress
import threading
import time
import tracemalloc
import zlib
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest import RawArticle, iter_inputs
from assistant.ingest.netguard import UrlPolicy, is_public
from assistant.ingest.web import fetch
from assistant.schema import IngestFailure

PAGE = b"""<!DOCTYPE html><html><head><title>Ferry service resumes</title></head><body><article>
<h1>Ferry service resumes</h1>
<p>The island ferry resumed service on Monday after a two-week strike ended, the operator said.</p>
<p>Sailings will run every hour from seven in the morning until ten at night, it added.</p>
<p>About 1,200 passengers a day use the route in winter, according to the harbour authority.</p>
</article></body></html>"""

MB = 1024 * 1024


@functools.cache
def bomb(kind: str) -> bytes:
    """Bodies of a few hundred KB that inflate to hundreds of MB (built once, on first use)."""
    zeros = b"\0" * MB
    if kind == "gzip-members":  # concatenated gzip members are one valid body: 1 MB, repeated
        return gzip.compress(zeros, compresslevel=9) * 512
    wbits = 31 if kind == "gzip" else 15  # one gzip member, or one zlib stream for "deflate"
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return b"".join(packer.compress(zeros) for _ in range(256)) + packer.flush()


class Site(BaseHTTPRequestHandler):
    hits: Counter = Counter()
    hosts: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, body: bytes, ctype: str = "text/html", **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        port = self.server.server_address[1]
        Site.hits[self.path] += 1
        Site.hosts.append(self.headers.get("Host", ""))
        if self.path == "/article.html":
            self._send(PAGE)
        elif self.path == "/gzipped.html":
            self._send(gzip.compress(PAGE), Content_Encoding="gzip")
        elif self.path == "/deflated.html":
            self._send(zlib.compress(PAGE), Content_Encoding="deflate")
        elif self.path == "/raw-deflated.html":  # "deflate" without the zlib header, as some servers send it
            c = zlib.compressobj(wbits=-15)
            self._send(c.compress(PAGE) + c.flush(), Content_Encoding="deflate")
        elif self.path == "/to-loopback":
            self._redirect(f"http://127.0.0.1:{port}/article.html")
        elif self.path == "/to-same-host":
            self._redirect("/article.html")
        elif self.path == "/to-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif self.path.startswith("/bomb/"):
            kind = self.path.removeprefix("/bomb/")
            self._send(bomb(kind), "text/plain", Content_Encoding=kind.removesuffix("-members"))
        elif self.path == "/brotli":
            self._send(b"\x1b\x03\x00\xf8\xa5\x12", "text/plain", Content_Encoding="br")
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(200):  # one byte every 0.1 s: each read is fast, the whole is not
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        else:
            self._send(b"<html><body>Not found</body></html>")


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield httpd.server_address[1]
    finally:
        httpd.shutdown()
        httpd.server_close()


def failure(url: str, tmp_path: Path, **settings: object) -> IngestFailure:
    settings.setdefault("fetch_timeout", 5.0)
    [item] = list(iter_inputs([url], Settings(data_dir=tmp_path, **settings)))
    assert isinstance(item, IngestFailure), item
    assert item.path == url
    return item


# ---- which addresses are private ----------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.0.0.1", "172.16.5.4", "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "fe80::1", "fc00::1", "fd12:3456::1",  # link-local and unique-local IPv6
    "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",  # IPv4-mapped IPv6
    "2002:7f00:1::1", "2002:a9fe:a9fe::1",  # 6to4 wrapping loopback and metadata
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "100.64.0.1",  # carrier-grade NAT
    "224.0.0.1", "ff02::1", "255.255.255.255", "198.18.0.1", "192.0.2.1",
])
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))
    with pytest.raises(IngestError, match="ASSISTANT_URL_ALLOWLIST"):
        UrlPolicy().resolve(address, 80)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    assert ipaddress.ip_address(UrlPolicy().resolve(address, 443)) == ipaddress.ip_address(address)


@pytest.mark.parametrize("host", [
    "127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "0.0.0.0", "2130706433", "0x7f.1", "127.1",
])
def test_loopback_in_any_spelling_is_refused_by_default(port: int, tmp_path: Path, host: str) -> None:
    before = sum(Site.hits.values())
    f = failure(f"http://{host}:{port}/article.html", tmp_path)
    assert "refusing to fetch" in f.error and "ASSISTANT_ALLOW_PRIVATE_URLS=true" in f.error
    assert sum(Site.hits.values()) == before  # refused before connecting: the server saw nothing


def test_hostname_answers_are_all_checked() -> None:
    # A name with one public and one private answer is refused, even though we would use the first.
    mixed = UrlPolicy(resolver=lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(IngestError, match=r"refusing to fetch news\.example \(10\.1\.2\.3\)"):
        mixed.resolve("news.example", 443)
    assert UrlPolicy(resolver=lambda host, port: ["93.184.216.34"]).resolve("news.example", 443) == "93.184.216.34"


def test_allowlist_by_host_cidr_and_suffix() -> None:
    intranet = lambda host, port: ["10.20.30.40"]  # noqa: E731
    for allow in ("wire.corp.example", ".corp.example", "*.corp.example", "10.0.0.0/8", "10.20.30.40"):
        policy = UrlPolicy.from_settings(Settings(url_allowlist=allow))
        policy = UrlPolicy(policy.allow_private, policy.hosts, policy.networks, resolver=intranet)
        assert policy.resolve("wire.corp.example", 80) == "10.20.30.40", allow
        with pytest.raises(IngestError):  # other private addresses stay refused
            policy.resolve("192.168.0.1", 80)
    assert not UrlPolicy(hosts=frozenset({".corp.example"})).host_listed("evilcorp.example")
    with pytest.raises(ValueError, match="ASSISTANT_URL_ALLOWLIST"):
        Settings(url_allowlist="http://intranet/feed")


def test_opt_ins_fetch_from_loopback(port: int, tmp_path: Path) -> None:
    for opt_in in ({"url_allowlist": "127.0.0.1"}, {"url_allowlist": "localhost"}, {"allow_private_urls": True}):
        [a] = list(iter_inputs([f"http://localhost:{port}/article.html"], Settings(data_dir=tmp_path, **opt_in)))
        assert isinstance(a, RawArticle) and "1,200 passengers" in a.body, opt_in


# ---- redirects and rebinding ---------------------------------------------------------------------

def test_redirect_to_loopback_is_refused_at_the_hop(port: int, tmp_path: Path) -> None:
    # The first URL is allowed (its name is on the list); the hop to a bare loopback address is not.
    before = Site.hits["/article.html"]
    f = failure(f"http://localhost:{port}/to-loopback", tmp_path, url_allowlist="localhost")
    assert f.error.startswith("refusing to fetch 127.0.0.1")
    assert Site.hits["/article.html"] == before


def test_redirect_to_metadata_or_file_is_refused(port: int, tmp_path: Path) -> None:
    meta = failure(f"http://localhost:{port}/to-metadata", tmp_path, url_allowlist="localhost")
    assert meta.error.startswith("refusing to fetch 169.254.169.254")
    local_file = failure(f"http://localhost:{port}/to-file", tmp_path, url_allowlist="localhost")
    assert "http" in local_file.error and "root:" not in local_file.error


def test_connection_goes_to_the_checked_address(port: int, tmp_path: Path) -> None:
    # "news.test" does not exist in any DNS: the fetch works only because the transport connects to
    # the address the policy resolved and checked, while the server still sees the original name.
    answers = iter([["127.0.0.1"]])
    policy = UrlPolicy(networks=(ipaddress.ip_network("127.0.0.1/32"),), resolver=lambda h, p: next(answers))
    page = fetch(f"http://news.test:{port}/article.html", Settings(data_dir=tmp_path), policy=policy)
    assert page.url == f"http://news.test:{port}/article.html" and b"1,200 passengers" in page.content
    assert Site.hosts[-1] == f"news.test:{port}"


def test_rebinding_between_hops_is_caught(port: int, tmp_path: Path) -> None:
    # A name that answers an allowed address first and a private one next: the redirect's
    # connection resolves again and is refused before it is made.
    answers = iter([["127.0.0.1"], ["10.9.8.7"]])
    policy = UrlPolicy(networks=(ipaddress.ip_network("127.0.0.1/32"),), resolver=lambda h, p: next(answers))
    with pytest.raises(IngestError, match=r"refusing to fetch rebind\.test \(10\.9\.8\.7\)"):
        fetch(f"http://rebind.test:{port}/to-same-host", Settings(data_dir=tmp_path), policy=policy)


# ---- size and time ---------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/gzipped.html", "/deflated.html", "/raw-deflated.html"])
def test_compressed_pages_still_load(port: int, tmp_path: Path, path: str) -> None:
    [a] = list(iter_inputs([f"http://127.0.0.1:{port}{path}"], Settings(data_dir=tmp_path, url_allowlist="127.0.0.1")))
    assert isinstance(a, RawArticle) and "1,200 passengers" in a.body


@pytest.mark.parametrize("kind,inflated", [("gzip", "256 MB"), ("deflate", "256 MB"), ("gzip-members", "512 MB")])
def test_compression_bombs_stop_at_the_limit_with_bounded_memory(port: int, tmp_path: Path, kind: str,
                                                                 inflated: str) -> None:
    bomb(kind)  # built before measuring
    tracemalloc.start()
    try:
        f = failure(f"http://127.0.0.1:{port}/bomb/{kind}", tmp_path, url_allowlist="127.0.0.1", max_file_mb=2)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f.error == ("response is larger than the 2 MB limit (stopped reading); "
                       "set ASSISTANT_MAX_FILE_MB to raise it")
    # The body would inflate to {inflated}; httpx's own decoder (one network read inflated at a time,
    # no cap) peaked at ~140 MB here. A generous bound that still tells the two apart:
    assert peak < 16 * MB, f"peak {peak / MB:.1f} MB while refusing a bomb of {inflated}"


def test_unknown_content_encoding_is_refused(port: int, tmp_path: Path) -> None:
    f = failure(f"http://127.0.0.1:{port}/brotli", tmp_path, url_allowlist="127.0.0.1")
    assert "content encoding 'br'" in f.error and "save the page" in f.error


def test_a_slow_drip_is_cut_off(port: int, tmp_path: Path) -> None:
    # Every read arrives within the timeout, so only the whole-download limit (4 x timeout) stops it.
    start = time.monotonic()
    f = failure(f"http://127.0.0.1:{port}/drip", tmp_path, url_allowlist="127.0.0.1", fetch_timeout=0.5)
    assert "took longer than 2s" in f.error and "ASSISTANT_FETCH_TIMEOUT" in f.error
    assert time.monotonic() - start < 15  # generous: the drip alone would last 20 s
