"""Uploaded files, before any loader sees them: safe names, type checks and size caps while streaming.

An upload names itself, so the name is the client's to choose: `../../x`, `/etc/passwd`, `C:\\x`,
`CON`, NUL bytes, 5,000 characters or look-alike Unicode. Each file is saved as a sanitised name in a
folder of its own under the request's temporary folder and nowhere else. The request body is counted
as it arrives (ASSISTANT_MAX_UPLOAD_MB), and each file again as it is copied (ASSISTANT_MAX_FILE_MB),
so a huge upload is cut off, never read whole. Types are checked by extension and by the first bytes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from assistant.ingest.dispatch import EXTENSION_KINDS

UPLOAD_EXTENSIONS = sorted(ext for ext in EXTENSION_KINDS if ext)
_MB = 1024 * 1024
_COPY_CHUNK = 256 * 1024
_NAME_LIMIT = 100  # characters of the stem; file systems allow 255 bytes and UTF-8 takes up to 4 each
_UNSAFE = re.compile(r"[^\w.-]+")
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
# Signatures of formats we cannot read, to say what the file is rather than "binary".
_MAGIC = [(b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
          (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ\x00", "an xz archive"),
          (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"),
          (b"MZ", "a Windows program"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
          (b"SQLite format 3", "a database")]
SUPPORTED_TYPES = "text (.txt), Markdown (.md), HTML, JSON/JSONL or RSS/Atom (.xml, .rss, .atom) files"


class UploadTooLarge(Exception):
    """The request body passed ASSISTANT_MAX_UPLOAD_MB while it was being received."""


def safe_name(raw: str | None, fallback: str) -> str:
    """A file name that is only a name: no folders, no control or look-alike characters, bounded length."""
    name = unicodedata.normalize("NFKC", raw or "").replace("\\", "/").split("/")[-1]
    name = _UNSAFE.sub("_", name).strip("._ ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext[:16]
    stem = stem[:_NAME_LIMIT].strip("._ ") or fallback
    name = f"{stem}.{ext}" if ext else stem
    if _WINDOWS_RESERVED.match(name):
        name = f"_{name}"
    return name


def refused_type(name: str, head: bytes) -> str | None:
    """Why a file cannot be ingested (by extension, then by its first bytes), or None when it can."""
    ext = Path(name).suffix.lower()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"it is {what}, not text; only {SUPPORTED_TYPES} can be ingested"
    if ext and ext not in EXTENSION_KINDS:
        return f"'{ext}' files are not supported; only {SUPPORTED_TYPES} can be ingested"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return f"it looks like a binary file (it contains NUL bytes); only {SUPPORTED_TYPES} can be ingested"
    return None


@dataclass
class Saved:
    """What save_uploads did: files written ({path: client's name}) and files refused ({client's name: why})."""

    files: dict[str, str] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def save_uploads(folder: Path, uploads: list[tuple[int, Any]], max_file_mb: float) -> Saved:
    """Copy numbered UploadFiles into `folder`, each into its own sub-folder; blocking, so call it off the loop."""
    saved = Saved()
    limit = int(max_file_mb * _MB)
    root = folder.resolve()
    for i, up in uploads:
        shown = (up.filename or f"upload-{i}").replace("\x00", "")[:300]
        head = up.file.read(8192)
        up.file.seek(0)
        why = refused_type(shown, head)
        if why:
            saved.refused[shown] = why
            continue
        dest = (root / f"{i:03d}" / safe_name(up.filename, f"upload-{i}")).resolve()
        if dest.parent.parent != root:  # pragma: no cover - safe_name leaves no way out; checked anyway
            saved.refused[shown] = "the file name is not allowed; rename the file and upload it again"
            continue
        dest.parent.mkdir()
        if not copy_capped(up.file, dest, limit):
            dest.unlink()
            saved.refused[shown] = (f"the file is over the {max_file_mb:g} MB limit (stopped reading); "
                                    "set ASSISTANT_MAX_FILE_MB to raise it")
            continue
        saved.files[str(dest)] = shown
    return saved


def copy_capped(src: BinaryIO, dest: Path, limit: int) -> bool:
    """Copy in chunks; False (and stop) once past `limit` bytes."""
    total = 0
    with dest.open("wb") as out:
        while chunk := src.read(_COPY_CHUNK):
            total += len(chunk)
            if total > limit:
                return False
            out.write(chunk)
    return True


def capped_receive(receive: Callable[[], Awaitable[dict[str, Any]]], limit: int) -> Callable[[], Awaitable[dict[str, Any]]]:
    """An ASGI receive that raises UploadTooLarge once the request body passes `limit` bytes."""
    total = 0

    async def receive_capped() -> dict[str, Any]:
        nonlocal total
        message = await receive()
        if message.get("type") == "http.request":
            total += len(message.get("body", b""))
            if total > limit:
                raise UploadTooLarge
        return message

    return receive_capped
