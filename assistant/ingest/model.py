"""The hand-off type between loading and the rest of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RawArticle:
    title: str
    body: str  # CLEANED text; all later character offsets refer to it
    source: str | None  # outlet name, e.g. "Metro"; detected from text when not given
    url: str | None
    published_at: str | None  # ISO date "YYYY-MM-DD" or None
    origin: str  # the path / URL / "path#line-3" it came from, for error messages
