"""Feature commands (ask, chat, brief, verify, eval, serve) registered onto the CLI parser."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Each feature module adds its own sub-command here as it lands."""
    from assistant import cli_answer, cli_brief

    cli_answer.add_parsers(sub)
    cli_brief.add_parser(sub)
