"""Property-based fuzzing of every loader and the cleaner (hypothesis).

For any bytes, each loader either yields articles or fails with an IngestError / IngestFailure whose
message is a sentence (never an "unexpected error" from an uncaught exception), within a per-example
deadline. Every article it yields is storable and displayable: UTF-8 encodable, no control or
bidi-override characters, a one-line title of bounded length, and a URL that is http(s) or nothing.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.clean import clean_text
from assistant.ingest.dispatch import load_bytes
from assistant.ingest.feeds import looks_like_feed, parse_feed
from assistant.ingest.meta import TITLE_LIMIT
from assistant.ingest.model import RawArticle
from assistant.schema import IngestFailure

ORIGIN = "fuzz/input"
KINDS = ["text", "markdown", "html", "json", "jsonl", "feed", "sniff"]
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Characters that break naive parsers and displays: markup, controls, bidi, odd line breaks, BOMs.
NASTY = ["<", ">", "&", '"', "'", "\\", "\n", "\r", "\t", " ", ".", "a", "Z", "1", "\x00", "\x07", "\x1b",
         "\x85", "\u2028", "\u202e", "\u2066", "\u200f", "\ufeff", "\ufffd", "é", "中", "ل", "🙂", "&amp;",
         "&#0;", "&#x202e;", "<![CDATA[", "]]>", "<script>", "</p>", "---", "# ", "title:"]
SETTINGS_ = Settings(data_dir="/nonexistent-fuzz-data")
FUZZ = settings(max_examples=60, deadline=timedelta(seconds=10), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

hostile_text = st.lists(st.sampled_from(NASTY) | st.text(max_size=8), max_size=60).map("".join)


def run(data: bytes, kind: str) -> list[RawArticle | IngestFailure]:
    """What a loader makes of `data`, with a whole-input IngestError as one failure (as iter_inputs does).
    Feed-like input never fetches linked pages here: fuzzed links must not reach any network."""
    try:
        if kind == "feed" or looks_like_feed(data):
            return list(parse_feed(data, ORIGIN, SETTINGS_, fetch_pages=False))
        return list(load_bytes(data, kind, ORIGIN, SETTINGS_))
    except IngestError as exc:
        return [IngestFailure(path=ORIGIN, error=str(exc))]


def check(items: list[RawArticle | IngestFailure]) -> None:
    for item in items:
        if isinstance(item, IngestFailure):
            assert item.path.startswith(ORIGIN)
            assert len(item.error) > 10 and not item.error.startswith("unexpected error"), item.error
            continue
        assert item.body.strip() and item.title.strip()
        for value in (item.title, item.body, item.source or "", item.url or ""):
            value.encode("utf-8")  # storable in Chroma and JSON
            assert not FORBIDDEN.search(value), repr(value)
        assert "\n" not in item.title and len(item.title) <= TITLE_LIMIT + 1
        assert item.url is None or item.url.lower().startswith(("http://", "https://"))


@FUZZ
@given(data=st.binary(max_size=3000), kind=st.sampled_from(KINDS))
def test_random_bytes_never_crash_a_loader(data: bytes, kind: str) -> None:
    check(run(data, kind))


@FUZZ
@given(text=hostile_text, kind=st.sampled_from(KINDS),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_hostile_text_in_any_encoding(text: str, kind: str, encoding: str) -> None:
    check(run(text.encode(encoding, errors="replace"), kind))


def _as(kind: str, title: str, body: str, url: str) -> bytes:
    if kind == "json":
        return json.dumps({"title": title, "text": body, "url": url, "source": title}).encode()
    if kind == "jsonl":
        return "\n".join(json.dumps({"title": t, "body": body, "url": url}) for t in (title, body, "")).encode()
    if kind == "html":
        return (f"<html><head><title>{title}</title><meta property='og:url' content='{url}'></head><body>"
                f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>").encode()
    if kind == "feed":
        return (f"<rss version='2.0'><channel><title>{title}</title><item><title>{title}</title>"
                f"<link>{url}</link><description>{body}</description></item></channel></rss>").encode()
    return f"---\ntitle: {title}\nurl: {url}\n---\n{title}\n{body}\n".encode()


@FUZZ
@given(title=hostile_text, body=hostile_text, kind=st.sampled_from(["json", "jsonl", "html", "feed", "markdown"]),
       url=st.sampled_from(["https://news.example/a", "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x",
                            " http://x.example/ a b", "file:///etc/passwd", "http://\u202eevil.example/"]))
def test_hostile_fields_in_well_formed_records(title: str, body: str, kind: str, url: str) -> None:
    check(run(_as(kind, title, body, url), kind))


@FUZZ
@given(text=hostile_text)
def test_cleaning_removes_hidden_characters_and_never_grows(text: str) -> None:
    once, _ = clean_text(text)
    assert not FORBIDDEN.search(once)
    assert len(once) <= len(text)
