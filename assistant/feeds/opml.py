"""OPML, the subscription-list format feed readers import and export.

Readers nest feeds in folders (`<outline text="News"><outline type="rss" xmlUrl=.../></outline>`)
and differ in which of text/title they fill; any outline with an xmlUrl is a feed, at any depth.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from assistant.errors import UsageError
from assistant.feeds.subscriptions import DEFAULT_EVERY, Feed, check_feed_url, format_interval, parse_interval

# Not part of OPML 2.0; other readers ignore unknown attributes, and our own import reads them back.
EVERY_ATTR = "pollEvery"
ENABLED_ATTR = "pollEnabled"


def parse_opml(data: bytes, origin: str = "OPML file") -> tuple[list[Feed], list[str]]:
    """Feeds in document order (duplicates dropped) and a note for each outline that was skipped."""
    # ElementTree's expat resolves no external entities and (expat >= 2.4) caps entity expansion.
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise UsageError(f"{origin} is not well-formed XML ({e}); export it again from your feed reader") from None
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise UsageError(f"{origin} is not an OPML subscription list (no <opml><body>); "
                         "export the subscriptions from your feed reader as OPML")
    feeds: list[Feed] = []
    skipped: list[str] = []
    seen: set[str] = set()
    for outline in root.find("body").iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            continue  # a folder
        name = (outline.get("title") or outline.get("text") or "").strip() or None
        name = None if name == url else name  # readers put the URL in `text` when a feed has no title
        try:
            every = outline.get(EVERY_ATTR) or DEFAULT_EVERY
            feed = Feed(url=check_feed_url(url), name=name, every=format_interval(parse_interval(every)),
                        enabled=(outline.get(ENABLED_ATTR) or "true").lower() != "false")
        except (UsageError, ValueError) as e:
            skipped.append(f"{url}: {e}")
            continue
        if feed.url not in seen:
            seen.add(feed.url)
            feeds.append(feed)
    return feeds, skipped


def read_opml(path: Path) -> tuple[list[Feed], list[str]]:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise UsageError(f"cannot read {path} ({e.strerror or e}); check the path") from None
    return parse_opml(data, str(path))


def to_opml(feeds: list[Feed], title: str = "Newsdesk assistant subscriptions") -> str:
    """OPML 2.0 that feed readers import: one flat list of rss outlines."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ET.SubElement(root, "body")
    for f in feeds:
        attrs = {"type": "rss", "text": f.name or f.url, "xmlUrl": f.url, EVERY_ATTR: f.every}
        if f.name:
            attrs["title"] = f.name
        if not f.enabled:
            attrs[ENABLED_ATTR] = "false"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
