"""Inputs -> articles: walking folders, file checks (size, empty, binary) and failure capture."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from assistant.config import Settings
from assistant.errors import IngestError
from assistant.ingest.decode import SUPPORTED, looks_binary, looks_like_text
from assistant.ingest.dispatch import EXTENSION_KINDS, load_bytes, load_url
from assistant.ingest.meta import is_sidecar, read_sidecar
from assistant.ingest.model import RawArticle
from assistant.schema import IngestFailure

_MB = 1024 * 1024
# A sidecar describes exactly one article, so only single-article formats read it.
_SIDECAR_KINDS = {"text", "markdown", "html", "json", "sniff"}


def _guard(origin: str, load: Callable[[], Iterator[RawArticle | IngestFailure]]) -> Iterator[RawArticle | IngestFailure]:
    """Run a loader; any exception becomes one IngestFailure so the other inputs carry on."""
    try:
        yield from load()
    except IngestError as exc:
        yield IngestFailure(path=origin, error=str(exc))
    except Exception as exc:  # a loader bug must not abort a batch of thousands of files
        yield IngestFailure(path=origin, error=f"unexpected error while loading ({type(exc).__name__}: {exc}); "
                                               "please report this with the file")


def walk_folder(root: Path) -> list[Path]:
    """Files under root, recursively, in sorted order; hidden files/folders and sidecars skipped."""
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel) or is_sidecar(path) or not path.is_file():
            continue
        found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def load_file(path: Path, settings: Settings) -> Iterator[RawArticle | IngestFailure]:
    size = path.stat().st_size
    if size > settings.max_file_mb * _MB:
        raise IngestError(f"file is {size / _MB:.1f} MB, over the {settings.max_file_mb:g} MB limit "
                          "(set ASSISTANT_MAX_FILE_MB to raise it)")
    if size == 0:
        raise IngestError("file is empty")
    data = path.read_bytes()
    ext = path.suffix.lower()
    if looks_binary(data):
        raise IngestError(f"looks like a binary file (it contains NUL bytes); {SUPPORTED}")
    kind = EXTENSION_KINDS.get(ext)
    if kind is None:
        if not looks_like_text(data):
            raise IngestError(f"looks like a binary file ('{ext}' is not a supported format); {SUPPORTED}")
        kind = "sniff"
    overrides = read_sidecar(path) if kind in _SIDECAR_KINDS else None
    yield from load_bytes(data, kind, str(path), settings, overrides=overrides)


def _load_input(item: str, settings: Settings) -> Iterator[RawArticle | IngestFailure]:
    if item.lower().startswith(("http://", "https://")):
        yield from _guard(item, lambda: load_url(item, settings))
        return
    scheme = re.match(r"^([a-z][a-z0-9+.-]*)://", item, re.I)
    if scheme:
        yield IngestFailure(path=item, error=f"unsupported URL scheme '{scheme[1]}'; only http:// and https:// "
                                             "URLs can be fetched (download the file and ingest it instead)")
        return
    path = Path(item).expanduser()
    if not path.exists():
        yield IngestFailure(path=item, error="no such file or folder; check the path (URLs must start with http:// or https://)")
    elif path.is_dir():
        files = walk_folder(path)
        if not files:
            yield IngestFailure(path=item, error="folder has no files to ingest (hidden files and *.meta.json are skipped)")
        for file in files:
            yield from _guard(str(file), lambda file=file: load_file(file, settings))
    elif path.is_file():
        yield from _guard(str(path), lambda: load_file(path, settings))
    else:
        yield IngestFailure(path=item, error="not a regular file or folder (a device or socket?); pass a file, folder or URL")


def iter_inputs(inputs: list[str], settings: Settings) -> Iterator[RawArticle | IngestFailure]:
    """Articles and failures from files, folders (recursive, sorted) and http(s) URLs, in order.
    Never raises for a bad input: each problem is one IngestFailure with an actionable message."""
    for item in inputs:
        yield from _guard(str(item), lambda item=item: _load_input(str(item), settings))
