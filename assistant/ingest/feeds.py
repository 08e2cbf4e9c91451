"""RSS/Atom feeds via feedparser: one article per entry, fetching the full page for teasers."""

from __future__ import annotations

import html as htmllib
import io
import re
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import feedparser

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.html import extract_html_text
from assistant.ingest.meta import build_article, normalise_date
from assistant.ingest.model import RawArticle
from assistant.ingest.outlets import outlet_from_url
from assistant.ingest.web import fetch, kind_for_content_type
from assistant.schema import IngestFailure

# An entry shorter than this, or with fewer sentences, is a teaser for a page worth fetching.
TEASER_CHARS = 400
TEASER_SENTENCES = 3

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"<br\s*/?>|</(p|div|li|h[1-6]|blockquote|tr)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*(\s|$)")


# Everything before the first element: where a DOCTYPE and its internal subset live.
_FIRST_ELEMENT = re.compile(rb"<\w")
_DTD_DECLARATION = re.compile(rb"<!(ENTITY|ELEMENT|ATTLIST|NOTATION)\b|<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_EBCDIC_XML_DECL = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC, which feedparser also reads


def refuse_dtd_subset(data: bytes) -> None:
    """Refuse a feed whose DOCTYPE declares entities (or anything else) in an internal subset.

    feedparser strips such declarations only partly: it re-inserts "safe" text entities and expands
    them itself when the XML parser gives up, so one 100 KB entity referenced 20,000 times became a
    2 GB summary (106 s, 5.7 GB of memory), and nested ones ("billion laughs") cost seconds. No real
    feed needs an internal DTD subset, so it is refused before parsing.
    """
    view = data.decode("cp037", "replace").encode() if data.startswith(_EBCDIC_XML_DECL) else data
    view = view.replace(b"\x00", b"")  # UTF-16/32 markup reads as ASCII once its zero bytes are gone
    first = _FIRST_ELEMENT.search(view)
    if _DTD_DECLARATION.search(view[:first.start()] if first else view):
        raise IngestError("the feed's DOCTYPE declares XML entities or other DTD rules, which can expand "
                          "without limit or read local files, so it was not parsed; a real RSS/Atom feed "
                          "needs none: ask the publisher to remove the DOCTYPE's [...] part")


def looks_like_feed(data: bytes) -> bool:
    """An RSS/Atom/RDF root element near the start (after any XML declaration/comments)."""
    return bool(_FEED_ROOT.search(data[:2048]))


def fragment_to_text(value: str) -> str:
    """Feed summaries are HTML fragments; keep paragraph breaks, drop tags and entities."""
    if "<" not in value and "&" not in value:
        return value.strip()
    value = _SCRIPT.sub(" ", value)
    value = _BLOCK_END.sub("\n", value)
    value = htmllib.unescape(_TAG.sub("", value))
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def is_teaser(text: str) -> bool:
    return len(text) < TEASER_CHARS or len(_SENTENCE_END.findall(text)) < TEASER_SENTENCES


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or "")
    texts = [fragment_to_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


class _PageFetcher:
    """Fetches linked pages for teaser entries; after a host fails to connect, later entries
    on that host keep their teasers at once instead of each waiting for a timeout."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.dead_hosts: set[str] = set()

    def full_text(self, link: str) -> tuple[str, str | None, str | None] | None:
        host = urlsplit(link).hostname or ""
        if host in self.dead_hosts or not link.startswith(("http://", "https://")):
            return None
        try:
            page = fetch(link, self.settings)
        except IngestError as exc:
            if "could not connect" in str(exc) or "timed out" in str(exc):
                self.dead_hosts.add(host)
            return None
        kind = kind_for_content_type(page.content_type)
        if kind not in ("html", "sniff"):
            return None
        try:
            text, title, date = extract_html_text(page.content, page.url)
        except Exception:  # a page trafilatura chokes on still leaves us the teaser
            return None
        return (text, title, date) if text else None


def parse_feed(
    data: bytes, origin: str, settings: Settings, *, fetch_pages: bool = True,
    want: Callable[[int, feedparser.FeedParserDict], bool] | None = None,
) -> Iterator[RawArticle | IngestFailure]:
    """Entries become articles with origin "<feed origin>#entry-N" (1-based). Entries for which
    `want(N, entry)` is false are skipped before any page is fetched (a poller's already-seen ones)."""
    refuse_dtd_subset(data)
    # A BytesIO, never bytes/str: feedparser treats a string as a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries", [])
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise IngestError(f"malformed RSS/Atom feed ({reason}); check that it is well-formed XML "
                              "and really a feed")
        raise IngestError("the feed has no entries")
    feed_title = (parsed.feed.get("title") or "").strip() or None
    fetcher = _PageFetcher(settings)
    for n, entry in enumerate(entries, start=1):
        if want is not None and not want(n, entry):
            continue
        where = f"{origin}#entry-{n}"
        try:
            link = (entry.get("link") or "").strip()
            # feedparser falls back to the <guid> for the link; only real web addresses count.
            link = link if link.lower().startswith(("http://", "https://")) else None
            body = _entry_body(entry)
            title = (entry.get("title") or "").strip() or None
            # The date string as written first: feedparser's *_parsed values are shifted to UTC.
            published = normalise_date(entry.get("published") or entry.get("updated")) \
                or normalise_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            if link and fetch_pages and is_teaser(body):
                page = fetcher.full_text(link)
                if page and len(page[0]) > len(body):
                    page_text, page_title, page_date = page
                    first, _, rest = page_text.partition("\n")
                    body = rest if rest.strip() and first.strip() in (title, page_title) else page_text
                    title = title or page_title
                    published = published or normalise_date(page_date)
            if not body.strip():
                raise IngestError("feed entry has no text and its link could not be fetched")
            yield build_article(
                title=title, body=body, origin=where, url=link, published_at=published,
                source=outlet_from_url(link, fallback=False), fallback_source=feed_title,
            )
        except IngestError as exc:
            yield IngestFailure(path=where, error=str(exc))
