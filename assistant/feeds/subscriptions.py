"""The user's feed subscriptions: `feeds.yaml` in the data dir (url, name, every, enabled).

The file is meant to be readable and editable by hand; the machine-managed polling state
(validators, errors, seen entries) lives apart from it in `feeds-state.json` (see state.py).
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from filelock import FileLock
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.config import Settings
from assistant.errors import ConfigError, NotFoundError, UsageError

DEFAULT_EVERY = "30m"
MIN_INTERVAL = timedelta(minutes=5)  # anything more often is impolite to the publisher
MAX_INTERVAL = timedelta(days=7)
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_interval(text: str) -> timedelta:
    """'30m', '2h', '1d' -> timedelta; a UsageError naming the accepted forms otherwise."""
    m = _INTERVAL.match(text or "")
    if not m:
        raise UsageError(f"interval {text!r} not understood; use a number and a unit, like 30m, 2h or 1d")
    value = timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})
    if not MIN_INTERVAL <= value <= MAX_INTERVAL:
        raise UsageError(f"interval {text!r} is out of range; poll between every 5m and every 7d")
    return value


def format_interval(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def check_feed_url(url: str) -> str:
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{url!r} is not a feed address; give a full http(s):// URL of an RSS or Atom feed")
    return url


class Feed(BaseModel):
    """One subscription. `name` is recorded as the outlet of the feed's articles when given."""

    model_config = ConfigDict(extra="forbid")

    url: str
    name: str | None = None
    every: str = DEFAULT_EVERY
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        try:
            return check_feed_url(v)
        except UsageError as e:
            raise ValueError(str(e)) from None

    @field_validator("every")
    @classmethod
    def _every(cls, v: str) -> str:
        try:
            return format_interval(parse_interval(str(v)))
        except UsageError as e:
            raise ValueError(str(e)) from None

    @property
    def interval(self) -> timedelta:
        return parse_interval(self.every)


class _FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    feeds: list[Feed] = Field(default_factory=list)


def feeds_path(settings: Settings) -> Path:
    return settings.data_dir / "feeds.yaml"


def _file_lock(path: Path) -> FileLock:
    path.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(path) + ".lock", timeout=30)


def load_feeds(settings: Settings) -> list[Feed]:
    """The subscriptions in file order; [] when there is no feeds.yaml yet."""
    path = feeds_path(settings)
    if not path.is_file():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return _FeedsFile.model_validate(raw).feeds
    except (yaml.YAMLError, ValidationError) as e:
        raise ConfigError(f"{path} is not a valid feeds file ({e}); fix it by hand or remove the "
                          "broken entry with `assistant feeds remove URL`") from None


def save_feeds(settings: Settings, feeds: list[Feed]) -> Path:
    """Write atomically: a crash never leaves half a subscription list."""
    path = feeds_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"feeds": [f.model_dump(exclude_none=True) for f in feeds]}
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text("# Feed subscriptions: edit with `assistant feeds add|remove|import`, or by hand.\n"
                   + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    tmp.replace(path)
    return path


def add_feeds(settings: Settings, new: list[Feed]) -> tuple[list[Feed], list[Feed]]:
    """Add subscriptions not already present (same URL); returns (added, already there)."""
    with _file_lock(feeds_path(settings)):
        feeds = load_feeds(settings)
        known = {f.url for f in feeds}
        added, existing = [], []
        for feed in new:
            (existing if feed.url in known else added).append(feed)
            known.add(feed.url)
        if added:
            save_feeds(settings, feeds + added)
        return added, existing


def remove_feed(settings: Settings, url_or_name: str) -> Feed:
    """Remove the subscription with this URL (or, failing that, this exact name)."""
    with _file_lock(feeds_path(settings)):
        feeds = load_feeds(settings)
        match = [f for f in feeds if f.url == url_or_name.strip()] or \
            [f for f in feeds if f.name and f.name == url_or_name.strip()]
        if not match:
            raise NotFoundError(f"no feed {url_or_name!r}; `assistant feeds list` shows the subscriptions")
        if len(match) > 1:
            raise UsageError(f"{len(match)} feeds are named {url_or_name!r}; remove one by its URL")
        save_feeds(settings, [f for f in feeds if f is not match[0]])
        return match[0]
