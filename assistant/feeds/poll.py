"""Polling feeds like a good feed reader.

- conditional GET (If-None-Match / If-Modified-Since): an unchanged feed costs one 304 and nothing else;
- only entries not seen before (by guid, else link, else title+text) are parsed further, so teaser
  pages are fetched once, not on every poll; the store then deduplicates by URL and content as for
  any ingestion;
- fetching (feeds and teaser pages) runs on at most `ASSISTANT_FEED_CONCURRENCY` threads; embedding
  and writing stay on the calling thread, one feed at a time, under the caller's write lock;
- a failing feed is retried after its interval doubled per consecutive failure (at most a day),
  and its error stays visible in `assistant feeds status` until it recovers;
- the same fetcher as URL ingestion: SSRF guard (ASSISTANT_ALLOW_PRIVATE_URLS), size cap, timeouts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager as ContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from assistant.errors import AssistantError, IngestError
from assistant.feeds.state import FeedState, State
from assistant.feeds.subscriptions import Feed
from assistant.ingest.feeds import looks_like_feed, parse_feed
from assistant.ingest.model import RawArticle
from assistant.ingest.web import fetch
from assistant.library import Library
from assistant.retrieval.indexing import Indexer
from assistant.schema import IngestFailure

log = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(days=1)

Status = Literal["new", "unchanged", "error"]


@dataclass
class PollResult:
    """One feed's poll, as `assistant feeds poll --json` prints it."""

    url: str
    status: Status
    new_articles: int = 0
    error: str | None = None
    skipped: int = 0  # entries that were new to the feed but already in the store
    entry_errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "status": self.status, "new_articles": self.new_articles, "error": self.error}


@dataclass
class _Fetched:
    """What the network phase hands to the indexing phase for one feed."""

    feed: Feed
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    items: list[RawArticle | IngestFailure] = field(default_factory=list)
    keys: dict[int, str] = field(default_factory=dict)  # entry number -> key, for the new entries
    error: str | None = None


def entry_key(entry: Any) -> str:
    """A feed entry's identity across polls: its guid/id, else its link, else a hash of its text."""
    for attr in ("id", "link"):
        value = (entry.get(attr) or "").strip()
        if value:
            return value
    text = f"{entry.get('title', '')}\n{entry.get('summary', '')}"
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()


def backoff(interval: timedelta, failures: int) -> timedelta:
    """Interval doubled per consecutive failure, capped (at least the interval itself)."""
    return max(interval, min(interval * (2 ** min(failures, 16)), MAX_BACKOFF))


def _conditional_headers(st: FeedState) -> dict[str, str]:
    headers = {}
    if st.etag:
        headers["If-None-Match"] = st.etag
    if st.last_modified:
        headers["If-Modified-Since"] = st.last_modified
    return headers


def _fetch_one(feed: Feed, st: FeedState, settings) -> _Fetched:
    """Network phase, run on a worker thread: the feed, then teaser pages of new entries only."""
    out = _Fetched(feed)
    seen = set(st.seen)
    try:
        page = fetch(feed.url, settings, headers=_conditional_headers(st))
        out.status, out.etag, out.last_modified = page.status, page.etag, page.last_modified
        if page.status == 304:
            return out
        if not looks_like_feed(page.content):
            raise IngestError(f"{feed.url} did not return an RSS or Atom feed (got {page.content_type or 'no type'}); "
                              "check the address, or subscribe to the site's feed link instead of the page")

        def want(n: int, entry: Any) -> bool:
            key = entry_key(entry)
            if key in seen:
                return False
            out.keys[n] = key
            return True

        out.items = list(parse_feed(page.content, feed.url, settings, want=want))
    except AssistantError as e:
        out.error = str(e)
    except Exception as e:  # a parser or network library bug must cost one feed, not the poll
        log.exception("polling %s failed", feed.url)
        out.error = f"unexpected {type(e).__name__}: {e}; see the log, and report it if it persists"
    return out


def _entry_number(origin: str) -> int | None:
    _, _, tail = origin.rpartition("#entry-")
    return int(tail) if tail.isdigit() else None


def _with_outlet(item: RawArticle | IngestFailure, feed: Feed) -> RawArticle | IngestFailure:
    if feed.name and isinstance(item, RawArticle):
        return dataclasses.replace(item, source=feed.name)
    return item


def _index(library: Library, got: _Fetched, write_lock: ContextManager) -> PollResult:
    """Indexing phase for one fetched feed; returns its result and which entry keys are done."""
    result = PollResult(got.feed.url, "unchanged")
    if got.error:
        result.status, result.error = "error", got.error
        return result
    if got.status == 304 or not got.items:
        return result
    parse_failures = [i for i in got.items if isinstance(i, IngestFailure)]
    articles = [_with_outlet(i, got.feed) for i in got.items if isinstance(i, RawArticle)]
    with write_lock:
        report = Indexer(library.settings, library.store, library.embedder).run(articles)
    result.new_articles, result.skipped = report.added, report.skipped
    result.status = "new" if report.added else "unchanged"
    result.entry_errors = [f"{f.path}: {f.error}" for f in parse_failures + report.failed]
    # Entries that failed to be stored are tried again next poll; ones the feed gave no text for are not.
    retry = {_entry_number(f.path) for f in report.failed}
    got.keys = {n: k for n, k in got.keys.items() if n not in retry}
    return result


def _record(st: FeedState, got: _Fetched, result: PollResult, now: datetime) -> None:
    st.last_poll, st.last_status = now, result.status
    if result.status == "error":
        st.failures += 1
        st.error = result.error
        st.next_due = now + backoff(got.feed.interval, st.failures)
        return
    st.failures, st.error = 0, None
    st.next_due = now + got.feed.interval
    if got.status != 304:
        # A server that drops its validators must not keep us sending stale ones.
        st.etag, st.last_modified = got.etag, got.last_modified
    st.remember(list(got.keys.values()))
    if result.new_articles:
        st.last_new = now


def poll_feeds(library: Library, feeds: list[Feed], state: State, now: datetime,
               write_lock: ContextManager | None = None) -> list[PollResult]:
    """Poll `feeds` once now and update `state` in place (the caller saves it, under the work lock).

    Results come back in the order of `feeds`; feeds are indexed as their fetches finish.
    """
    if not feeds:
        return []
    lock = write_lock if write_lock is not None else contextlib.nullcontext()
    workers = max(1, min(library.settings.feed_concurrency, len(feeds)))
    results: dict[str, PollResult] = {}
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="feed-poll") as pool:
        futures = [pool.submit(_fetch_one, f, state.feed(f.url), library.settings) for f in feeds]
        for fut in futures:
            got = fut.result()
            try:
                result = _index(library, got, lock)
            except AssistantError as e:  # e.g. the store is unreachable: this feed is retried later
                result = PollResult(got.feed.url, "error", error=str(e))
                got.error = str(e)
            _record(state.feed(got.feed.url), got, result, now)
            for problem in result.entry_errors:
                log.warning("feed entry skipped: %s", problem)
            results[got.feed.url] = result
    return [results[f.url] for f in feeds]


def due(feeds: list[Feed], state: State, now: datetime) -> list[Feed]:
    """Enabled feeds whose next poll time has come (never-polled feeds are due at once)."""
    out = []
    for f in feeds:
        st = state.feeds.get(f.url)
        if not f.enabled:
            continue
        if st is None or st.next_due is None or st.next_due <= now:
            out.append(f)
        elif not st.failures and st.last_poll is not None and st.last_poll + f.interval <= now:
            out.append(f)  # the interval was shortened in feeds.yaml since the last poll
    return out
