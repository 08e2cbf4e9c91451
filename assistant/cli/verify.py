"""`assistant verify`: which claims of a text the stored news supports, contradicts or does not mention."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assistant.errors import UsageError
from assistant.library import Library

_MARK = {"supported": "✓ supported", "contradicted": "✗ contradicted", "not_found": "? not found"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    from assistant.cli.common import command

    s = sub.add_parser("verify", help="check a text's claims against the stored articles, sentence by sentence")
    s.add_argument("text", nargs="?", help="the text, a file holding it, or '-' for standard input")
    s.add_argument("--against", action="append", metavar="ID|FILE",
                   help="only this stored article or this file (read, not stored); repeatable")
    s.add_argument("--pairs", metavar="FILE.jsonl",
                   help='batch mode: {"id","document","claim"} per line -> {"id","verdict","score","evidence"}')
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument("--llm", metavar="ID", help="refine verdicts with this judge (default ASSISTANT_LLM; "
                                                "'extractive' = offline only)")
    command("verify")(run)


def _read_text(arg: str | None) -> str:
    if arg is None:
        raise UsageError("give the text to check, a file, or '-' to read standard input")
    if arg == "-":
        return sys.stdin.read()
    try:
        is_file = "\n" not in arg and Path(arg).is_file()
    except OSError:  # too long for a file name: it is the text itself
        is_file = False
    return Path(arg).read_text(encoding="utf-8", errors="replace") if is_file else arg


def format_report(report) -> str:
    """Each claim with its verdict, score and evidence; conflicts name both sides."""
    lines = []
    for v in report.claims:
        lines.append(f"{_MARK.get(v.verdict, v.verdict)} ({v.score:.2f})  {v.claim}")
        for c in v.conflicts:
            lines.append(f"    differs ({c.kind}): the text says “{c.claim_says}”, the source says "
                         f"“{c.evidence_says}” [{c.n}]")
        for c in v.evidence[:2 if v.verdict != "not_found" else 1]:
            meta = ", ".join(x for x in (c.source, c.published_at) if x)
            label = "closest" if v.verdict == "not_found" else "evidence"
            where = f"{c.title or c.article_id}" + (f" ({meta})" if meta else "")
            lines.append(f"    [{c.n}] {label}: “{c.quote}” — {where}")
        if v.judge:
            lines.append(f"    judge: {v.judge}")
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in report.counts.items())
    lines.append(f"\n{len(report.claims)} claim(s): {counts}")
    return "\n".join(lines)


def run(args: argparse.Namespace, lib: Library) -> int:
    from assistant.cli.common import emit
    from assistant.verify.support import Verifier

    if args.pairs:
        return _pairs(args, lib)
    from assistant.answer.claim_judge import refiner_for
    from assistant.verify.check import verify_text

    text = _read_text(args.text)
    if not args.against and not lib.store.article_ids():
        from assistant.cli.common import err

        err("note: no articles are stored, so nothing can be found; `assistant ingest PATH` first, "
            "or check against files with --against FILE")
    verifier = Verifier(lib.embedder)
    provider = args.llm or lib.settings.llm
    refine = refiner_for(provider, lib.settings)
    report = verify_text(lib, text, against=args.against, verifier=verifier, refine=refine, provider=provider)
    if args.json:
        emit(report.model_dump())
    else:
        print(format_report(report))
    return 0


def _pairs(args: argparse.Namespace, lib: Library) -> int:
    from assistant.cli.common import emit
    from assistant.verify.check import read_pairs, verify_pairs
    from assistant.verify.support import Verifier

    if args.text or args.against:
        raise UsageError("--pairs reads documents and claims from the file; drop TEXT and --against")
    path = Path(args.pairs)
    if args.pairs != "-" and not path.is_file():
        raise UsageError(f"--pairs {args.pairs}: no such file")
    lines = sys.stdin if args.pairs == "-" else path.open(encoding="utf-8")
    try:
        for out in verify_pairs(Verifier(lib.embedder), read_pairs(lines, args.pairs)):
            emit(out)
    finally:
        if lines is not sys.stdin:
            lines.close()
    return 0
