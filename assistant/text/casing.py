"""How often a word is written with a capital: names in text that an archive stored in lower case.

Some archives (CNN/Daily Mail among them) keep news lower-cased, so "in hamburg" or "josephine witt"
shows no capital to mark a name. The `truecase` package ships unigram counts of every casing of
~87k English words, counted over a large cased corpus ("Hamburg" 24, "hamburg" 0; "bill" 743, "Bill"
148). Only that one table is used here: the package's own truecaser keeps bigram and trigram tables
too (600 MB in memory), which this use does not need. The share of capitalised uses of each word is
derived once per machine and kept as a small JSON file in the user cache directory.
"""

from __future__ import annotations

import collections
import json
import logging
import os
import pickle
import subprocess
import sys
import threading
from importlib import metadata, resources
from pathlib import Path

from assistant.config import user_cache_dir

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_SHARES: dict[str, float] | None = None


class _CountsOnly(pickle.Unpickler):
    """The table pickles NLTK `FreqDist`s (Counter subclasses): read them as plain Counters, and
    refuse any other class, so that loading runs no code of the pickle's choosing."""

    def find_class(self, module: str, name: str):  # noqa: ANN201 - the pickle protocol's signature
        if (module, name) == ("nltk.probability", "FreqDist") or (module, name) == ("collections", "Counter"):
            return collections.Counter
        if module == "builtins" and name in ("dict", "set", "list", "tuple"):
            return {"dict": dict, "set": set, "list": list, "tuple": tuple}[name]
        raise pickle.UnpicklingError(f"unexpected class {module}.{name} in the casing table")


def _derive() -> dict[str, float]:
    source = resources.files("truecase") / "data" / "english.dist"
    with source.open("rb") as fh:
        table = _CountsOnly(fh).load()
    counts: collections.Counter = table["uni_dist"]
    shares: dict[str, float] = {}
    for lower, forms in table["word_casing_lookup"].items():
        total = sum(counts[f] for f in forms)
        if total and lower.isalpha():
            capital = sum(counts[f] for f in forms if f[:1].isupper())
            shares[lower] = round(capital / total, 3)
    return shares


def _cache_file() -> Path:
    return user_cache_dir() / f"casing-{metadata.version('truecase')}.json"


def _write(path: Path, shares: dict[str, float]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(shares), encoding="utf-8")
    tmp.replace(path)  # atomic: a concurrent reader sees the old file or the whole new one


def _shares() -> dict[str, float]:
    global _SHARES
    with _LOCK:
        if _SHARES is None:
            path = _cache_file()
            if not path.exists():
                # Deriving unpickles the package's whole 600 MB table: a child process does it, so a
                # long-running server does not keep that memory. `make install` runs it ahead of time.
                subprocess.run([sys.executable, "-m", "assistant.text.casing"], check=False,
                               stdout=subprocess.DEVNULL)
            try:
                _SHARES = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                try:
                    _SHARES = _derive()  # a read-only cache directory: derive here, every time
                except (ImportError, OSError, pickle.UnpicklingError, KeyError) as exc:
                    # Without the table lower-cased text simply shows no names, as before it existed.
                    log.warning("word-casing table unavailable (%s); names in lower-cased text are not found", exc)
                    _SHARES = {}
        return _SHARES


def available() -> bool:
    """Whether the casing table could be loaded (names in lower-cased text need it)."""
    return bool(_shares())


def capital_share(word: str) -> float | None:
    """The share of the word's uses written with a capital (0..1); None for a word the table never saw."""
    return _shares().get(word.lower())


# A capitalised word is an ordinary one, not a name, if English capitalises it less often than this
# ("within" 0.10, "local" 0.05, "disease" 0.06; "Washington" 1.0, "Bill" 0.20).
COMMON_SHARE = 0.15


def rarely_capitalised(word: str) -> bool:
    """Whether English capitalises the (lower-case) word less often than `COMMON_SHARE`; False for a
    word the casing table never saw."""
    share = capital_share(word)
    return share is not None and share < COMMON_SHARE


if __name__ == "__main__":
    _write(_cache_file(), _derive())
    print(_cache_file())
