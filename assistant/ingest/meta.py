"""Metadata helpers shared by the loaders: dates, front matter, sidecars, fallback titles,
and the one place a RawArticle is assembled (so cleaning and source rules apply everywhere)."""

from __future__ import annotations

import json
import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from dateutil import parser as dateparser

from assistant.errors import IngestError
from assistant.ingest.clean import clean_text, one_line
from assistant.ingest.model import RawArticle
from assistant.ingest.outlets import outlet_from_url

META_KEYS = ("title", "source", "url", "published_at")
TITLE_LIMIT = 400  # characters; a "title" longer than this is a body without line breaks
SOURCE_LIMIT = 120
_URL_JUNK = re.compile(r"[\s\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_DATE_ALIASES = ("published_at", "date", "published", "pubDate", "updated")

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# "Published: 19 Feb 2026", "Updated 9:14 AM EST, Thu February 19, 2026": the label is not part of the date.
_DATE_LABEL = re.compile(r"^\s*(?:last\s+)?(?:published|updated|posted|modified|date)\b\s*(?:on|at)?\s*:?\s*", re.I)
# dateutil fills the parts a text leaves out from `default`; parsing against two defaults that differ
# in year, month and day exposes a text without a full date ("March 2026", "Monday", "5").
_DEFAULTS = (datetime(1901, 1, 1), datetime(1902, 2, 2))
_YEARS = range(1900, 2201)  # anything else is a number that only looked like a date ("Room 101, 5 May")


def _text_date(text: str) -> str | None:
    text = _DATE_LABEL.sub("", text)
    try:
        # Not fuzzy: fuzzy parsing finds dates in any text ("Top 10 stories of 2025 in March").
        # Day first: outside the US 03/04 is 3 April; 02/19 is still read as 19 February.
        a, b = (dateparser.parse(text, default=d, dayfirst=True, ignoretz=True) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.date() != b.date() or a.year not in _YEARS:
        return None
    return a.date().isoformat()


def normalise_date(value: Any) -> str | None:
    """ISO "YYYY-MM-DD" from the date formats feeds and pages use, or None if unparseable.
    The calendar date is taken as written (no timezone shift), which is the date the outlet
    printed; a time zone conversion could move a late-evening story to the next day.
    A text without a full day, month and year gives None rather than a guess."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value < 10_000_000_000:  # unix seconds
            return datetime.fromtimestamp(value, tz=timezone.utc).date().isoformat()
        return None
    text = str(value).strip()
    m = _ISO_PREFIX.match(text)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()  # RFC 822, as in RSS
    except (TypeError, ValueError, IndexError):
        pass
    return _text_date(text)  # every other way pages print a date: dateutil's parser


def pick_meta(record: dict[str, Any]) -> dict[str, str]:
    """The known metadata keys of a dict (front matter, sidecar, record), as non-empty strings."""
    out: dict[str, str] = {}
    for key in ("title", "source", "url"):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            out[key] = value.strip()
    for key in _DATE_ALIASES:
        if record.get(key):
            iso = normalise_date(record[key])
            if iso:
                out["published_at"] = iso
                break
    return out


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-ish `key: value` lines between `---` fences at the very top -> (meta, rest).
    Only flat scalar keys are understood; that is all article front matter carries."""
    stripped = text.lstrip("\ufeff")
    if not re.match(r"---[ \t]*\r?\n", stripped):
        return {}, text
    lines = stripped.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            raw: dict[str, Any] = {}
            for line in lines[1:i]:
                key, sep, value = line.partition(":")
                if sep and key.strip() and not key.startswith((" ", "\t", "#")):
                    raw[key.strip().lower()] = value.strip().strip("\"'")
            return pick_meta(raw), "".join(lines[i + 1:])
    return {}, text  # no closing fence: it was a horizontal rule, not front matter


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(".meta.json")


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata from `<stem>.meta.json` next to the file, if present."""
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"sidecar {side.name} is not valid JSON ({exc}); fix or delete it") from exc
    if not isinstance(data, dict):
        raise IngestError(f"sidecar {side.name} must be a JSON object with title/source/url/published_at")
    return pick_meta(data)


def title_from_text(text: str, limit: int = 100) -> str:
    """A stand-in title: the first sentence, cut at a word boundary near `limit` chars."""
    first = " ".join(text.split())
    m = re.search(r"(?<=[.!?])[\"'’”)]*\s", first)
    if m:
        first = first[: m.start()].strip()
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—")
    return (cut or first[:limit]) + "…"


def web_url(value: str | None) -> str | None:
    """An article's address, kept only when it is an http(s) URL: anything else (javascript:,
    data:, file:, text with spaces) would only become a broken or dangerous link where it is shown."""
    value = (value or "").strip()
    if not re.match(r"^https?://[^\s/?#]+", value, re.IGNORECASE) or _URL_JUNK.search(value):
        return None
    return value


def build_article(
    *,
    title: str | None,
    body: str,
    origin: str,
    source: str | None = None,
    url: str | None = None,
    published_at: str | None = None,
    overrides: dict[str, str] | None = None,
    fallback_source: str | None = None,
) -> RawArticle:
    """Clean the body and settle each field: explicit overrides (sidecar / front matter /
    record fields) beat what the loader found, which beats detection from text, then
    `fallback_source` (e.g. a feed's title), then a name derived from the URL's host."""
    overrides = overrides or {}
    cleaned, detected = clean_text(body)
    if not cleaned:
        raise IngestError("no article text left after removing boilerplate; is the file empty apart from a title?")
    url = web_url(overrides.get("url") or url)
    title = one_line(overrides.get("title") or title, TITLE_LIMIT) or title_from_text(cleaned)
    source = one_line(overrides.get("source") or source or detected or fallback_source or outlet_from_url(url),
                      SOURCE_LIMIT)
    published = overrides.get("published_at") or normalise_date(published_at)
    return RawArticle(title=title, body=cleaned, source=source, url=url, published_at=published, origin=origin)
