"""Loading and cleaning: files, folders and URLs -> RawArticle (cleaned body + metadata).

Embedding and storing happen elsewhere; this package only turns inputs into clean text
with a title, outlet, URL and date, plus the identity helpers used for dedup.
"""

from __future__ import annotations

from assistant.ingest.clean import clean_text
from assistant.ingest.files import iter_inputs
from assistant.ingest.identity import (
    article_id,
    canonical_url,
    content_hash,
    normalise_body,
    shingles,
)
from assistant.ingest.meta import normalise_date
from assistant.ingest.model import RawArticle

__all__ = [
    "RawArticle",
    "iter_inputs",
    "canonical_url",
    "normalise_body",
    "article_id",
    "content_hash",
    "shingles",
    "clean_text",
    "normalise_date",
]
