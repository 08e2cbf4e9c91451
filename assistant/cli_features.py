"""Feature commands (ask, chat, brief, eval, serve) registered onto the CLI parser.

Kept apart from cli.py so the foundation commands do not import the features' dependencies.
"""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from assistant import cli_answer, cli_brief, cli_eval, cli_serve

    cli_answer.add_parsers(sub)
    cli_brief.add_parser(sub)
    cli_eval.add_parsers(sub)
    cli_serve.add_parser(sub)
