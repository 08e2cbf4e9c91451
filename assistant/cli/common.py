"""What every command module shares: the command registry, JSON output and the filter options."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable

from assistant.library import Library
from assistant.retrieval.search import Filters

Handler = Callable[[argparse.Namespace, Library], int]
COMMANDS: dict[str, Handler] = {}


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        COMMANDS[name] = fn
        return fn
    return register


def emit(obj: object) -> None:
    """One JSON object per line on stdout; everything else goes to stderr."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def err(msg: str) -> None:
    print(msg, file=sys.stderr)


def add_filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles published on or after this date")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles published on or before this date")
    p.add_argument("--source", action="append", metavar="OUTLET", help="only this outlet (repeatable)")


def filters_from(args: argparse.Namespace) -> Filters:
    return Filters(source=args.source, since=args.since, until=args.until)
