"""Bytes -> text, with clear failures for binary or badly encoded input."""

from __future__ import annotations

import codecs

from assistant.errors import IngestError

SNIFF_BYTES = 8192
# Above this share of undecodable characters the "text" is garbage, not a few stray bytes.
MAX_REPLACEMENT_RATIO = 0.05

SUPPORTED = "only text, Markdown, HTML, JSON/JSONL and RSS/Atom inputs can be ingested"


def has_utf16_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KB mean binary (UTF-16 text with a BOM excepted)."""
    return not has_utf16_bom(data) and b"\x00" in data[:SNIFF_BYTES]


def looks_like_text(data: bytes) -> bool:
    """For files with an unknown extension: does the head decode as UTF-8 with few control chars?"""
    head = data[:SNIFF_BYTES]
    if looks_binary(head):
        return False
    text = head.decode("utf-8", errors="replace")
    if len(head) == SNIFF_BYTES:  # a multi-byte char may be cut at the boundary
        text = text[:-2]
    if not text:
        return True
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    return bad / len(text) <= MAX_REPLACEMENT_RATIO


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode as UTF-8 (BOM allowed), or the declared charset, or UTF-8 with replacement.
    A few bad bytes are replaced silently; mostly-undecodable data raises IngestError."""
    if has_utf16_bom(data):
        # errors="replace": a truncated last character (odd length) is one bad byte, not a failure.
        data_text = data.decode("utf-16", errors="replace")
        _check_replacements(data_text, "UTF-16")
        return data_text
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    text = data.decode("utf-8", errors="replace")
    _check_replacements(text, "UTF-8")
    return text


def _check_replacements(text: str, codec: str) -> None:
    bad = text.count("\ufffd")
    if text and bad / len(text) > MAX_REPLACEMENT_RATIO:
        raise IngestError(
            f"text is not valid {codec} ({bad / len(text):.0%} of characters could not be decoded); "
            "re-save it as UTF-8 and ingest again"
        )
