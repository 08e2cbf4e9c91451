"""Foundation commands: ingest, search, articles, article, delete."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import add_filter_args, command, emit, err, filters_from
from assistant.library import Library


def add_parsers(sub: argparse._SubParsersAction) -> None:

    s = sub.add_parser("ingest", help="add files, folders, JSON/JSONL, RSS/Atom feeds or URLs")
    s.add_argument("inputs", nargs="+", metavar="PATH|URL")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("search", help="retrieved passages with scores")
    s.add_argument("query")
    s.add_argument("-k", type=int, default=None, help="number of passages (default ASSISTANT_TOP_K)")
    s.add_argument("--json", action="store_true")
    add_filter_args(s)

    s = sub.add_parser("articles", help="list stored articles")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("article", help="show one article with its cleaned body")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")

    s = sub.add_parser("delete", help="remove an article and its chunks")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")


@command("ingest")
def _ingest(args: argparse.Namespace, lib: Library) -> int:
    report = lib.ingest(args.inputs, progress=sys.stderr.isatty())
    if args.json:
        emit({"added": report.added, "skipped": report.skipped,
              "failed": [f.model_dump() for f in report.failed], "chunks": report.chunks,
              "seconds": report.seconds, "near_duplicates": report.near_duplicates})
    else:
        print(f"added {report.added}, skipped {report.skipped} (already stored), "
              f"failed {len(report.failed)}, {report.chunks} chunks in {report.seconds:.1f} s")
        for nd in report.near_duplicates:
            print(f"  near-duplicate: {nd['article_id']} republishes {nd['duplicate_of']}")
    for f in report.failed:
        err(f"failed: {f.path}: {f.error}")
    return 1 if report.failed else 0


@command("search")
def _search(args: argparse.Namespace, lib: Library) -> int:
    results = lib.search(args.query, args.k, filters_from(args))
    if args.json:
        emit({"query": args.query, "results": [r.model_dump(exclude={"url"}) for r in results]})
        return 0
    if not results:
        print("no passages found (is anything ingested? try `assistant articles`)")
    for i, r in enumerate(results, 1):
        meta = " · ".join(x for x in (r.source, r.published_at) if x)
        print(f"[{i}] {r.title} ({meta}) score {r.score:.4f}  {r.chunk_id} [{r.start}:{r.end}]")
        print("    " + r.text.replace("\n", " ")[:400])
    return 0


@command("articles")
def _articles(args: argparse.Namespace, lib: Library) -> int:
    arts = lib.articles()
    if args.json:
        emit({"articles": [a.meta() for a in arts]})
        return 0
    if not arts:
        print("no articles yet: `assistant ingest PATH|URL` adds some")
    for a in arts:
        print(f"{a.id}  {a.published_at or '----------'}  {(a.source or '?')[:18]:18}  "
              f"{a.chunk_count:3d} chunks  {a.title[:70]}")
    return 0


@command("article")
def _article(args: argparse.Namespace, lib: Library) -> int:
    a = lib.article(args.id)
    if args.json:
        emit(a.model_dump())
    else:
        print(f"{a.title}\n{a.source or '?'} · {a.published_at or 'undated'} · {a.url or ''}\n")
        print(a.body)
    return 0


@command("delete")
def _delete(args: argparse.Namespace, lib: Library) -> int:
    n = lib.delete(args.id)
    if args.json:
        emit({"deleted": args.id, "chunks": n})
    else:
        print(f"deleted {args.id} and its {n} chunks")
    return 0
