"""Stable identities for articles: ids, content hashes and near-duplicate shingles.

Everything here must give the same answer in every process and on every machine, so it
uses hashlib and never Python's salted built-in hash().
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the click and never change which page is served.
_TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "smid", "sr_share", "at_medium",
    "at_campaign", "cmp", "mbid", "spm",
}
_DEFAULT_PORTS = {"http": "80", "https": "443"}

# Typographic variants that different outlets (and copy/paste) use for the same text.
_CHAR_MAP = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u00a0": " ", "\u200b": "",
})
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def canonical_url(url: str) -> str:
    """One spelling per page: lowercase scheme and host, no fragment, no tracking params,
    no default port, no trailing slash. Remaining query params are sorted."""
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port if parts.port is not None else None
    netloc = host
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        netloc = f"{host}:{port}"
    if parts.username:  # keep credentials if someone really put them in the URL
        cred = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{cred}@{netloc}"
    path = parts.path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def normalise_body(text: str) -> str:
    """Text reduced to what matters for "is this the same article": casefolded, with
    quotes/dashes unified and all whitespace collapsed to single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_MAP).casefold()
    return _WS.sub(" ", text).strip()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(url: str | None, body: str) -> str:
    """16 hex chars; from the canonical URL when there is one (so re-fetching a page that
    changed slightly keeps its id), else from the normalised body."""
    if url and url.strip():
        return _sha256(canonical_url(url))[:16]
    return _sha256(normalise_body(body))[:16]


def content_hash(body: str) -> str:
    """Full sha256 hex of the normalised body, for exact-duplicate detection."""
    return _sha256(normalise_body(body))


def shingles(text: str, n: int = 5) -> set[int]:
    """Hashed word n-grams of the normalised text, for near-duplicate (Jaccard) checks.
    A text shorter than n words yields one shingle of all its words."""
    if n < 1:
        raise ValueError("n must be at least 1")
    words = _WORD.findall(normalise_body(text))
    if not words:
        return set()
    grams = [words[i:i + n] for i in range(max(1, len(words) - n + 1))]
    out: set[int] = set()
    for gram in grams:
        digest = hashlib.blake2b(" ".join(gram).encode("utf-8"), digest_size=8).digest()
        out.add(int.from_bytes(digest, "big"))
    return out
