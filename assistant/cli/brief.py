"""`assistant brief`: the daily briefing on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import UsageError
from assistant.library import Library

FORMATS = ("md", "html", "json")


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("brief", help="today's stories across outlets, cited, with disagreements and what's new")
    s.add_argument("--date", metavar="YYYY-MM-DD", help="day to brief (default: the newest day with articles)")
    s.add_argument("--since", metavar="YYYY-MM-DD", help="start of a date range instead of one day")
    s.add_argument("--until", metavar="YYYY-MM-DD", help="end of a date range instead of one day")
    s.add_argument("--source", action="append", metavar="OUTLET", help="only this outlet (repeatable)")
    s.add_argument("--topic", metavar="TEXT", help="summarise everything about TEXT as one story")
    s.add_argument("--max-stories", type=int, metavar="N", help="at most N stories (default 20)")
    s.add_argument("--format", choices=FORMATS, help="md (default on a terminal), html or json")
    s.add_argument("--json", action="store_true", help="same as --format json")
    s.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    s.add_argument("--since-last", action="store_true", help="only stories and facts new since the last briefing")
    s.add_argument("--provider", metavar="ID", help="extractive or openai:<model> (default ASSISTANT_LLM)")
    s.add_argument("--no-save", action="store_true", help="do not save this briefing for 'what's new'")
    from assistant.cli.common import command

    command("brief")(run)


def _format(args: argparse.Namespace) -> str:
    if args.json:
        return "json"
    if args.format:
        return args.format
    if args.out:
        suffix = Path(args.out).suffix.lower().lstrip(".")
        return {"htm": "html", "html": "html", "json": "json"}.get(suffix, "md")
    # Markdown on a terminal; piped output defaults to markdown too (it reads well as plain text).
    return "md"


def run(args: argparse.Namespace, lib: Library) -> int:
    from assistant.briefing.build import build_briefing
    from assistant.briefing.render import to_html, to_json, to_markdown

    if args.max_stories is not None and args.max_stories < 1:
        raise UsageError("--max-stories must be at least 1")
    b = build_briefing(lib, date=args.date, since=args.since, until=args.until, sources=args.source,
                       topic=args.topic, max_stories=args.max_stories, provider=args.provider,
                       since_last=args.since_last, progress=sys.stderr.isatty(), save=not args.no_save)
    text = {"md": to_markdown, "html": to_html, "json": to_json}[_format(args)](b)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        print(f"wrote {len(b.stories)} stories to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    if not b.stories:
        print(f"no stories for {b.date}: `assistant articles` lists what is stored", file=sys.stderr)
    return 0
