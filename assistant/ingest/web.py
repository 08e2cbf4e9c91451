"""Fetching http(s) URLs with httpx: timeouts, redirects, a size cap and clear failures."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.inflate import ACCEPT_ENCODING, BoundedDecoder, TooLarge
from assistant.ingest.netguard import UrlPolicy

USER_AGENT = "newsdesk-assistant/0.1 (news briefing and Q&A assistant; fetches articles a user asked to ingest)"
_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,application/json;q=0.8,*/*;q=0.1"

# Content type -> loader kind; "" (missing) and octet-stream are sniffed from the bytes instead.
_KINDS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/feed+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/json": "json",
    "text/json": "json",
    "application/feed+json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "": "sniff",
    "application/octet-stream": "sniff",
}

_STATUS_HINTS = {
    401: "the site requires a login; save the page from your browser and ingest the file instead",
    403: "the site refused access (login or bot blocking); save the page from your browser and ingest the file",
    404: "the page does not exist; check the URL",
    410: "the page has been removed; check the URL",
    429: "the site is rate-limiting requests; wait and try again",
}


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str  # lowercase MIME type without parameters; "" when the server sent none
    charset: str | None
    content: bytes
    status: int = 200  # 304 when a conditional request found nothing new (content is then empty)
    etag: str | None = None  # validators for the next conditional request (feed polling)
    last_modified: str | None = None


def kind_for_content_type(content_type: str) -> str | None:
    """Loader kind for a MIME type, or None when we cannot read it (images, PDF, ...)."""
    if content_type in _KINDS:
        return _KINDS[content_type]
    if content_type.endswith("+xml"):
        return "feed"
    if content_type.endswith("+json"):
        return "json"
    return None


def _hint(status: int) -> str:
    if status in _STATUS_HINTS:
        return _STATUS_HINTS[status]
    if status >= 500:
        return "the server had an error; try again later"
    return "check the URL"


def _limit_message(size: float, limit_mb: float) -> str:
    return (f"response is {size / 1024 / 1024:.1f} MB, over the {limit_mb:g} MB limit "
            "(set ASSISTANT_MAX_FILE_MB to raise it)")


class GuardedTransport(httpx.HTTPTransport):
    """httpx transport that checks (and pins) the address of every request it sends."""

    def __init__(self, policy: UrlPolicy, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise IngestError(f"refusing to fetch {url}: only http:// and https:// URLs are fetched")
        port = url.port or (443 if url.scheme == "https" else 80)
        address = self.policy.resolve(url.host, port)
        pinned = url.copy_with(host=address)
        extensions = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = url.host  # certificate checked against the name, not the IP
        # The Host header was set from the original URL when the request was built, so the
        # server still sees the name it expects.
        forwarded = httpx.Request(request.method, pinned, headers=request.headers, stream=request.stream,
                                  extensions=extensions)
        return super().handle_request(forwarded)


def fetch(url: str, settings: Settings, headers: dict[str, str] | None = None, *,
          policy: UrlPolicy | None = None) -> Fetched:
    """GET `url`; raises IngestError with the reason and what to do. Refuses unsupported content
    types before downloading the body, and stops reading once past settings.max_file_mb.
    `headers` adds request headers, e.g. If-None-Match / If-Modified-Since for a conditional GET.
    `policy` (default: from settings) decides which addresses may be reached."""
    try:
        host = urlsplit(url).hostname
    except ValueError as exc:
        raise IngestError(f"invalid URL {url!r} ({exc}); use a full address like https://example.com/story") from exc
    if not host:
        raise IngestError(f"invalid URL {url!r}: it has no host name; use a full address like https://example.com/story")
    limit = int(settings.max_file_mb * 1024 * 1024)
    timeout = settings.fetch_timeout
    policy = policy or UrlPolicy.from_settings(settings)
    # Every request, redirect hops included, goes through the guard's transport (which also means
    # proxies from the environment are not used: the guard must see the real destination).
    transport = None if policy.allow_private else GuardedTransport(policy)
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
    started = time.monotonic()
    try:
        with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=10, headers=headers,
                          transport=transport) as client:
            with client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise IngestError(f"HTTP {resp.status_code} {resp.reason_phrase} from {host}; {_hint(resp.status_code)}")
                validators = {"etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified")}
                if resp.status_code == 304:  # conditional GET: unchanged, and no body to read
                    return Fetched(str(resp.url), "", None, b"", status=304, **validators)
                raw_type = resp.headers.get("content-type", "")
                content_type = raw_type.split(";")[0].strip().lower()
                if kind_for_content_type(content_type) is None:
                    raise IngestError(
                        f"unsupported content type {content_type} at {url} "
                        "(expected HTML, RSS/Atom, plain text or JSON)"
                    )
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise IngestError(_limit_message(int(declared), settings.max_file_mb))
                # Raw bytes, inflated here with a cap on the output: the limit is on the decompressed
                # size, and a compression bomb never gets to allocate more than the limit.
                decoder = BoundedDecoder(resp.headers.get("content-encoding", ""), limit)
                buf = bytearray()
                for chunk in resp.iter_raw():
                    try:
                        buf += decoder.feed(chunk)
                    except TooLarge:
                        raise IngestError(f"response is larger than the {settings.max_file_mb:g} MB limit "
                                          "(stopped reading); set ASSISTANT_MAX_FILE_MB to raise it") from None
                    # httpx timeouts are per read; a server trickling bytes must not hang us forever.
                    if time.monotonic() - started > timeout * 4:
                        raise IngestError(f"download from {host} took longer than {timeout * 4:g}s; "
                                          "try again later or raise ASSISTANT_FETCH_TIMEOUT")
                return Fetched(str(resp.url), content_type, resp.charset_encoding, bytes(buf),
                               status=resp.status_code, **validators)
    except IngestError:
        raise
    except httpx.TimeoutException as exc:
        raise IngestError(f"timed out after {timeout:g}s fetching {host}; try again later "
                          "or raise ASSISTANT_FETCH_TIMEOUT") from exc
    except httpx.ConnectError as exc:
        raise IngestError(f"could not connect to {host} ({exc or 'connection failed'}); "
                          "check the URL and your network connection") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(f"too many redirects fetching {url}; open it in a browser to see where it leads") from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise IngestError(f"invalid URL {url!r} ({exc}); use a full http:// or https:// address") from exc
    except httpx.HTTPError as exc:
        raise IngestError(f"fetching {host} failed ({type(exc).__name__}: {exc}); try again later") from exc
