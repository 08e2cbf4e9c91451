"""Choose the loader for a blob of bytes (from a file or a URL) and run it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.decode import SUPPORTED, decode_text, looks_binary
from assistant.ingest.feeds import looks_like_feed, parse_feed
from assistant.ingest.html import parse_html
from assistant.ingest.model import RawArticle
from assistant.ingest.records import parse_json, parse_jsonl
from assistant.ingest.text import parse_text
from assistant.ingest.web import fetch, kind_for_content_type
from assistant.schema import IngestFailure

EXTENSION_KINDS = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    "": "sniff",  # extension-less files: text unless the bytes say feed/HTML/JSON
}
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])", re.I | re.S)


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.search(data[:2048].lstrip(b"\xef\xbb\xbf")))


def sniff_kind(data: bytes) -> str:
    """Kind for content with no trustworthy label: feed, HTML, JSON/JSONL, else plain text."""
    if looks_like_feed(data):
        return "feed"
    if looks_like_html(data):
        return "html"
    head = data[:1].lstrip() or data.lstrip()[:1]
    if head in (b"{", b"["):
        first_line = data.lstrip().split(b"\n", 1)[0].strip()
        multi = data.strip().count(b"\n") > 0
        return "jsonl" if head == b"{" and multi and first_line.endswith(b"}") else "json"
    return "text"


def load_bytes(
    data: bytes,
    kind: str,
    origin: str,
    settings: Settings,
    *,
    url: str | None = None,
    charset: str | None = None,
    overrides: dict[str, str] | None = None,
) -> Iterator[RawArticle | IngestFailure]:
    """Run the loader for `kind` ("text", "markdown", "html", "json", "jsonl", "feed", "sniff").
    Loaders raise IngestError for a whole-input failure; callers turn it into IngestFailure."""
    if kind == "sniff":
        kind = sniff_kind(data)
    elif kind in ("text", "markdown") and looks_like_feed(data):
        kind = "feed"  # "any file whose content sniffs as a feed"
    elif kind == "feed" and not looks_like_feed(data) and looks_like_html(data):
        kind = "html"  # servers label XHTML pages application/xml
    if kind == "feed":
        yield from parse_feed(data, origin, settings)
    elif kind == "html":
        yield parse_html(data, origin, url=url, overrides=overrides)
    elif kind in ("text", "markdown"):
        extra = {"url": url} if url else {}
        yield parse_text(decode_text(data, charset), origin, markdown=kind == "markdown",
                         overrides={**extra, **(overrides or {})})
    elif kind == "json":
        yield from parse_json(decode_text(data, charset), origin, overrides)
    elif kind == "jsonl":
        yield from parse_jsonl(decode_text(data, charset), origin)
    else:  # pragma: no cover - kinds come from the tables above
        raise IngestError(f"no loader for {kind!r}; {SUPPORTED}")


def load_url(url: str, settings: Settings) -> Iterator[RawArticle | IngestFailure]:
    """Fetch and load one URL; the origin of its articles is the URL as given."""
    page = fetch(url, settings)
    if not page.content.strip():
        raise IngestError(f"{url} returned an empty response")
    if looks_binary(page.content):
        raise IngestError(f"{url} returned binary data labelled {page.content_type or 'with no type'}; {SUPPORTED}")
    kind = kind_for_content_type(page.content_type) or "sniff"
    yield from load_bytes(page.content, kind, url, settings, url=page.url, charset=page.charset)
