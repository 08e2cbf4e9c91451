"""`assistant feeds add|list|remove|import|export|status|poll` and `assistant watch`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from assistant.cli.common import command, emit, err
from assistant.errors import UsageError
from assistant.library import Library


def add_parsers(sub: argparse._SubParsersAction) -> None:
    f = sub.add_parser("feeds", help="feed subscriptions: add, list, remove, import/export OPML, status, poll",
                       description="Manage the feeds polled by `assistant watch` and `assistant serve` "
                                   "(stored in feeds.yaml in the data dir).")
    fs = f.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    s = fs.add_parser("add", help="subscribe to an RSS or Atom feed")
    s.add_argument("url", metavar="URL")
    s.add_argument("--name", metavar="N", help="outlet name recorded for its articles (default: detected)")
    s.add_argument("--every", metavar="INTERVAL", default="30m", help="poll interval: 30m, 2h, 1d (default 30m)")
    s = fs.add_parser("list", help="the subscriptions")
    s.add_argument("--json", action="store_true")
    s = fs.add_parser("remove", help="unsubscribe (by URL or name)")
    s.add_argument("url", metavar="URL|NAME")
    s = fs.add_parser("import", help="subscribe to every feed in an OPML file from a feed reader")
    s.add_argument("file", metavar="FILE.opml")
    s = fs.add_parser("export", help="the subscriptions as OPML, for a feed reader")
    s.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    s = fs.add_parser("status", help="last poll, last new entry, errors and next due time per feed")
    s.add_argument("--json", action="store_true")
    s = fs.add_parser("poll", help="poll every feed once now (for cron); exits 1 if any failed")
    s.add_argument("--json", action="store_true", help="one {url, status, new_articles, error} line per feed")
    command("feeds")(_feeds)

    sub.add_parser("watch", help="poll feeds and write the daily briefing, in the foreground",
                   description="Poll feeds on their schedule and build the daily briefing at "
                               "ASSISTANT_BRIEFING_AT (see README, Feeds and the morning briefing). Ctrl-C stops.")
    command("watch")(_watch)


def _feeds(args: argparse.Namespace, lib: Library) -> int:
    return {"add": _add, "list": _list, "remove": _remove, "import": _import, "export": _export,
            "status": _status, "poll": _poll}[args.feeds_command](args, lib)


def _add(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.subscriptions import Feed, add_feeds, check_feed_url, format_interval, parse_interval

    feed = Feed(url=check_feed_url(args.url), name=(args.name or "").strip() or None,
                every=format_interval(parse_interval(args.every)))
    added, _ = add_feeds(lib.settings, [feed])
    if not added:
        err(f"already subscribed to {feed.url}")
        return 0
    err(f"subscribed to {feed.url} every {feed.every}; `assistant watch` (or `serve`) polls it, "
        "`assistant feeds poll` polls it now")
    return 0


def _list(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.subscriptions import load_feeds

    feeds = load_feeds(lib.settings)
    if args.json:
        emit({"feeds": [f.model_dump() for f in feeds]})
        return 0
    if not feeds:
        err("no feeds yet: `assistant feeds add URL` or `assistant feeds import FILE.opml`")
    for f in feeds:
        print("\t".join([f.url, f.name or "-", f"every {f.every}"] + ([] if f.enabled else ["disabled"])))
    return 0


def _remove(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.subscriptions import remove_feed

    gone = remove_feed(lib.settings, args.url)
    err(f"unsubscribed from {gone.url} (its articles stay in the library)")
    return 0


def _import(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.opml import read_opml
    from assistant.feeds.subscriptions import add_feeds

    feeds, skipped = read_opml(Path(args.file))
    for note in skipped:
        err(f"skipped {note}")
    if not feeds and not skipped:
        raise UsageError(f"{args.file} lists no feeds (no outline has an xmlUrl)")
    added, existing = add_feeds(lib.settings, feeds)
    err(f"imported {len(added)} feeds ({len(existing)} already subscribed, {len(skipped)} skipped)")
    return 1 if skipped else 0


def _export(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.opml import to_opml
    from assistant.feeds.subscriptions import load_feeds

    text = to_opml(load_feeds(lib.settings))
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        err(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _status(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.schedule import utc_now
    from assistant.feeds.status import feeds_status

    report = feeds_status(lib.settings, utc_now())
    if args.json:
        emit(report)
        return 0
    sched, brief = report["scheduler"], report["briefing"]
    running = f"running ({sched.get('what')}, pid {sched.get('pid')})" if sched["running"] else "not running"
    print(f"scheduler: {running}")
    last = brief["last"]
    when = (f"at {brief['at']} ({brief['timezone']}), next {brief['next']}" if brief["at"]
            else "not scheduled (set ASSISTANT_BRIEFING_AT)")
    print(f"briefing: {when}" + (f"; last {last['local_date']}: {last['stories']} stories" if last else ""))
    if last and last.get("pending"):
        for channel, error in last["pending"].items():
            print(f"  delivery by {channel} failed: {error}")
    if not report["feeds"]:
        print("no feeds: `assistant feeds add URL`")
    for f in report["feeds"]:
        state = f["last_status"] or "never polled"
        print(f"{f['url']}  {state}; last poll {f['last_poll'] or '-'}; last new entry {f['last_new_entry'] or '-'}; "
              f"next {f['next_due'] or 'disabled'}")
        if f["error"]:
            print(f"  error ({f['failures']} in a row, backing off): {f['error']}")
    return 0


def _poll(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.poll import poll_feeds
    from assistant.feeds.schedule import utc_now
    from assistant.feeds.state import load_state, save_state, work_lock
    from assistant.feeds.subscriptions import load_feeds

    feeds = [f for f in load_feeds(lib.settings) if f.enabled]
    if not feeds:
        err("no feeds to poll: `assistant feeds add URL` first")
        return 0
    with work_lock(lib.settings):  # waits while a scheduler is polling, then sees what it did
        state = load_state(lib.settings)
        results = poll_feeds(lib, feeds, state, utc_now())
        save_state(lib.settings, state)
    for r in results:
        if args.json:
            emit(r.to_json())
        else:
            detail = f"{r.new_articles} new" if r.status == "new" else (r.error or "")
            print(f"{r.status:9} {r.url}  {detail}".rstrip())
    return 1 if any(r.status == "error" for r in results) else 0


def _watch(args: argparse.Namespace, lib: Library) -> int:
    from assistant.feeds.runner import run_foreground
    from assistant.feeds.subscriptions import load_feeds

    feeds = load_feeds(lib.settings)
    at = lib.settings.briefing_at
    if not feeds and not at:
        raise UsageError("nothing to watch: add feeds (`assistant feeds add URL`) and/or set "
                         "ASSISTANT_BRIEFING_AT=07:00 for a daily briefing")
    stop = threading.Event()
    # SIGTERM (docker stop, systemd) ends the loop between steps, like Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    err(f"watching {len(feeds)} feeds" + (f"; daily briefing at {at} ({lib.settings.timezone or 'local time'})"
                                          if at else "; no daily briefing (set ASSISTANT_BRIEFING_AT)")
        + "; Ctrl-C stops")
    try:
        run_foreground(lib, stop)
    except KeyboardInterrupt:
        stop.set()
        err("stopped")
    return 0
