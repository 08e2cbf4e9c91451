"""Chroma `where` filters for the retrieval filters, and the date and id helpers they rest on.

No chromadb import: a filter is a plain dict the store passes through.
"""

from __future__ import annotations

import hashlib
from typing import Iterable


def day_number(iso_date: str | None) -> int:
    """YYYY-MM-DD as the integer YYYYMMDD (Chroma compares only numbers); -1 when unknown."""
    if not iso_date or len(iso_date) < 10:
        return -1
    try:
        return int(iso_date[:10].replace("-", ""))
    except ValueError:
        return -1



def fingerprint(article_ids: Iterable[str]) -> str:
    """Changes whenever an article is added or removed (article ids are content-derived).

    Only for stores that carry no generation token and cannot be given one (read-only servers).
    """
    return hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:16]


def build_where(source: str | list[str] | None = None, since: str | None = None,
                until: str | None = None, article_ids: list[str] | None = None) -> dict | None:
    """A Chroma `where` filter for the common retrieval filters (all optional)."""
    conds: list[dict] = []
    if source:
        sources = [source] if isinstance(source, str) else list(source)
        conds.append({"source_key": {"$in": [s.strip().lower() for s in sources]}})
    if since:
        conds.append({"published_day": {"$gte": day_number(since)}})
    if until:
        conds.append({"published_day": {"$lte": day_number(until)}})
    if since and not until:
        conds.append({"published_day": {"$gte": 0}})
    if article_ids:
        conds.append({"article_id": {"$in": list(article_ids)}})
    if not conds:
        return None
    return conds[0] if len(conds) == 1 else {"$and": conds}
