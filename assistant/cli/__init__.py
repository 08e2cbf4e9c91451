"""The `assistant` command line: one module per command group."""

from assistant.cli.main import main

__all__ = ["main"]
