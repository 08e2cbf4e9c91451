"""Eval suites: gold questions and briefing expectations scored against the running system.

`load_suite` reads and validates a suite, `run_suite` scores it in a fresh data dir, and
`assistant.evals.report` prints or renders the result. See evals/README.md for the format.
"""

from assistant.evals.suite import (
    Suite,
    SuiteError,
    bundled_names,
    load_suite,
    parse_suite,
)

__all__ = ["Suite", "SuiteError", "bundled_names", "load_suite", "parse_suite", "run_suite"]


def run_suite(*args, **kwargs):  # imported lazily: the runner pulls in the answer and briefing engines
    from assistant.evals.runner import run_suite as _run

    return _run(*args, **kwargs)
