"""JSON and JSONL article records: one object, a list, {"articles": [...]}, or one per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from assistant.errors import IngestError
from assistant.ingest.meta import build_article, pick_meta
from assistant.ingest.model import RawArticle
from assistant.schema import IngestFailure

_TEXT_KEYS = ("text", "body", "content", "article")
_LIST_KEYS = ("articles", "items", "records", "data")
# Python's parser recurses per level; thousands of nested brackets are an attack, not an article.
TOO_DEEP = ("JSON is nested too deeply to be an article record; records are flat objects with "
            "'title' and 'text' fields")


def record_to_article(record: Any, origin: str, overrides: dict[str, str] | None = None) -> RawArticle:
    if not isinstance(record, dict):
        raise IngestError(f"expected a JSON object per article, got {type(record).__name__}")
    text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        raise IngestError("record has no text: expected a non-empty 'text' or 'body' field")
    meta = pick_meta(record)
    return build_article(title=None, body=text, origin=origin, overrides={**meta, **(overrides or {})})


def _records_from_json(data: Any) -> tuple[list[Any], bool]:
    """(records, is_list)."""
    if isinstance(data, list):
        return data, True
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                return data[key], True
        return [data], False
    raise IngestError("JSON must be an article object, a list of them, or {\"articles\": [...]}")


def parse_json(text: str, origin: str, overrides: dict[str, str] | None = None) -> Iterator[RawArticle | IngestFailure]:
    """Origins: the file itself for a single object, else "path#record-N" (1-based)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except RecursionError:
        raise IngestError(TOO_DEEP) from None
    records, is_list = _records_from_json(data)
    if not records:
        raise IngestError("JSON holds no article records")
    for n, record in enumerate(records, start=1):
        where = f"{origin}#record-{n}" if is_list else origin
        try:
            # A sidecar describes one article, so it only applies to a single-object file.
            yield record_to_article(record, where, overrides if not is_list else None)
        except IngestError as exc:
            yield IngestFailure(path=where, error=str(exc))


def parse_jsonl(text: str, origin: str) -> Iterator[RawArticle | IngestFailure]:
    """One object per line; origins are "path#line-N" (1-based, counting blank lines).
    A bad line fails alone and the rest still load."""
    seen = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}#line-{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(path=where, error=f"invalid JSON on this line: {exc.msg} (column {exc.colno}); "
                                                  "each line must be one complete JSON object")
            continue
        except RecursionError:
            yield IngestFailure(path=where, error=TOO_DEEP)
            continue
        try:
            yield record_to_article(record, where)
        except IngestError as exc:
            yield IngestFailure(path=where, error=str(exc))
    if not seen:
        raise IngestError("JSONL file has no records (only blank lines)")
