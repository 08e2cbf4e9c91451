"""Decompressing HTTP bodies (gzip, deflate) with a hard cap on what comes out.

A gzip "bomb" of a few hundred kilobytes inflates to gigabytes. httpx's own decoders inflate each
network chunk in one call (up to ~1000x its size, and far more for brotli/zstd), so URL ingestion
reads the raw bytes and inflates them here, never producing more than the size limit plus one byte.
"""

from __future__ import annotations

import zlib

from assistant.errors import IngestError

# What we ask servers for; brotli and zstd are not offered because we inflate everything ourselves.
ACCEPT_ENCODING = "gzip, deflate"
_IDENTITY = {"", "identity"}
_GZIP = {"gzip", "x-gzip"}


class TooLarge(Exception):
    """The inflated body passed the limit."""


class BoundedDecoder:
    """feed(raw) -> inflated bytes; raises TooLarge as soon as the total passes `limit`."""

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        codings = [c for c in codings if c not in _IDENTITY]
        if len(codings) > 1 or (codings and codings[0] not in _GZIP | {"deflate"}):
            raise IngestError(f"the server sent the body with content encoding {content_encoding!r}, which "
                              "is not supported (only gzip or deflate); save the page and ingest the file")
        self.coding = codings[0] if codings else ""
        self.limit = limit
        self.total = 0
        self._started = False
        # 16+: gzip header; 32+: gzip or zlib header, detected; deflate may also come raw (-15).
        self._wbits = 16 + zlib.MAX_WBITS if self.coding in _GZIP else 32 + zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(self._wbits) if self.coding else None

    def feed(self, data: bytes) -> bytes:
        if self._inflater is None:
            return self._count(data)
        try:
            return self._inflate(data)
        except zlib.error as exc:
            if self.coding == "deflate" and not self._started:
                # Some servers send "deflate" as a bare deflate stream without the zlib header.
                self._wbits, self._inflater = -zlib.MAX_WBITS, zlib.decompressobj(-zlib.MAX_WBITS)
                return self._inflate(data)
            raise IngestError(f"the {self.coding} compressed response is corrupt ({exc}); try again later") from None

    def _count(self, piece: bytes) -> bytes:
        self.total += len(piece)
        if self.total > self.limit:
            raise TooLarge
        return piece

    def _inflate(self, data: bytes) -> bytes:
        out = bytearray()
        while data:
            assert self._inflater is not None
            # Never ask for more than one byte past the limit: memory stays bounded whatever the ratio.
            piece = self._inflater.decompress(data, self.limit - self.total + 1)
            self._started = True
            out += self._count(piece)
            data = self._inflater.unconsumed_tail
            if not data and self._inflater.eof and self._inflater.unused_data and self.coding in _GZIP:
                data = self._inflater.unused_data  # concatenated gzip members are one body
                self._inflater = zlib.decompressobj(self._wbits)
            elif not piece and not data:
                break
        return bytes(out)
