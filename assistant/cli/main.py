"""The `assistant` command. Turns errors into one-line messages and exit codes (0 ok, 1 failed, 2 usage)."""

from __future__ import annotations

import argparse
import logging
import sys

from assistant.cli.common import COMMANDS, err
from assistant.config import apply_process_defaults
from assistant.errors import AssistantError, RedactingFilter
from assistant.library import Library


def build_parser() -> argparse.ArgumentParser:
    # Feature modules are imported here, not at the top, so `assistant ingest` never imports gradio.
    from assistant.cli import answer, brief, clusters, feeds, ingest, serve, verify
    from assistant.cli import eval as eval_cmd

    p = argparse.ArgumentParser(prog="assistant", description="News briefing and Q&A with cited answers.")
    p.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    ingest.add_parsers(sub)
    answer.add_parsers(sub)
    brief.add_parser(sub)
    clusters.add_parser(sub)
    eval_cmd.add_parsers(sub)
    feeds.add_parsers(sub)
    serve.add_parser(sub)
    verify.add_parser(sub)
    return p


def main(argv: list[str] | None = None, library: Library | None = None) -> int:
    apply_process_defaults()
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:  # an SDK's debug line or traceback may quote a key
        handler.addFilter(RedactingFilter())
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        return COMMANDS[args.command](args, library or Library())
    except AssistantError as e:
        err(f"error: {e}")
        return e.exit_code
    except KeyboardInterrupt:
        err("interrupted")
        return 130
