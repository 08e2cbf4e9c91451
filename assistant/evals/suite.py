"""Eval suites: YAML files of a corpus, gold questions, briefing expectations and thresholds.

The format is documented in evals/README.md. Loading validates everything that can be checked
without a model, and every error names the file, the item and what to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import ConfigError

BUNDLED_PACKAGE = "assistant.suites"
KINDS = ("single", "multi", "cross", "followup", "why", "broad", "conflict", "unanswerable", "false-premise",
         "wrong-entity", "other")
# Kinds that expect a refusal unless the question says `answerable: true` (a false premise may expect a correction).
REFUSAL_KINDS = ("unanswerable", "false-premise", "wrong-entity")
KNOWN_METRICS = frozenset({
    "accuracy", "median_answer_words", "rejection_rate", "premise_handled_rate", "premise_accepted_rate",
    "conflict_detection", "false_only_rate", "short_answer_em", "short_answer_rate",
    "fact_recall", "refusal_accuracy", "false_refusal_rate", "citation_validity", "citation_recall",
    "citation_precision", "latency_p50_ms", "latency_p95_ms", "hit_at_k", "mrr_at_10", "recall_at_k",
    "grouping_precision", "grouping_recall", "briefing_fact_coverage", "forbidden_fact_rate",
    "duplicate_fact_rate", "judge_faithfulness", "judge_relevance",
})
_SELECTOR_KEYS = ("key", "source", "title")


class SuiteError(ConfigError):
    """The suite file is malformed; the message says where and how to fix it."""


@dataclass
class Selector:
    """Names stored articles robustly (ids are content hashes): by file/record key, outlet or title."""

    key: str | None = None  # file name ("000_x.txt"), stem, record "id" field, or "file.jsonl#line-N"
    source: str | None = None  # every article from this outlet (case-insensitive)
    title: str | None = None  # articles whose title contains this (case-insensitive)

    def describe(self) -> str:
        return next(f"{k}={getattr(self, k)!r}" for k in _SELECTOR_KEYS if getattr(self, k))


@dataclass
class Question:
    id: str
    question: str
    kind: str = "single"
    answerable: bool = True
    facts: list[list[str]] = field(default_factory=list)
    sources: list[Selector] = field(default_factory=list)
    history: list[tuple[str, str]] = field(default_factory=list)
    filters: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    forbidden: list[list[str]] = field(default_factory=list)  # false premise: the wrong term(s) of the question
    altered: list[list[str]] = field(default_factory=list)  # conflict: the altered copy's value(s)


@dataclass
class BriefingCase:
    id: str
    date: str | None = None
    since: str | None = None
    until: str | None = None
    sources: list[str] | None = None
    topic: str | None = None
    groups: list[list[Selector]] = field(default_factory=list)
    facts: list[list[str]] = field(default_factory=list)
    forbidden: list[list[str]] = field(default_factory=list)


@dataclass
class Suite:
    name: str
    path: Path | None
    corpus: list[Path]
    questions: list[Question] = field(default_factory=list)
    briefings: list[BriefingCase] = field(default_factory=list)
    thresholds: dict[str, float | dict] = field(default_factory=dict)
    articles: dict[str, Selector] = field(default_factory=dict)  # named aliases
    k: int = 5
    description: str = ""


# ---- locating --------------------------------------------------------------------------------------


def bundled_names() -> list[str]:
    """Suites shipped in the package: evals/*.yaml by stem, one folder down as 'folder/stem' (newsqa/news-dev)."""
    root = resources.files(BUNDLED_PACKAGE)
    names = []
    for p in root.iterdir():
        if p.is_file() and p.name.endswith((".yaml", ".yml")):
            names.append(p.name.rsplit(".", 1)[0])
        elif p.is_dir() and p.name not in ("fixtures", "__pycache__"):
            names += [f"{p.name}/{c.name.rsplit('.', 1)[0]}" for c in p.iterdir()
                      if c.is_file() and c.name.endswith((".yaml", ".yml"))]
    return sorted(names)


def resolve(name_or_path: str) -> Path:
    """A suite file path from a path or a bundled suite name ('seeds', 'cnndm')."""
    p = Path(name_or_path)
    if p.is_file():
        return p
    if p.suffix in (".yaml", ".yml"):
        raise SuiteError(f"suite file {p} not found")
    if not re.fullmatch(r"[A-Za-z0-9_\-]+(/[A-Za-z0-9_\-]+)?", name_or_path):
        raise SuiteError(f"suite {name_or_path!r} is neither a file nor a bundled suite name "
                         f"({', '.join(bundled_names())})")
    for ext in (".yaml", ".yml"):
        res = resources.files(BUNDLED_PACKAGE).joinpath(*f"{name_or_path}{ext}".split("/"))
        if res.is_file():
            return Path(str(res))
    raise SuiteError(f"no bundled suite named {name_or_path!r}; bundled: {', '.join(bundled_names()) or 'none'}; "
                     "or pass the path of a .yaml suite file")


def load_suite(name_or_path: str | Path) -> Suite:
    path = resolve(str(name_or_path))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise SuiteError(f"{path}: not valid YAML: {e}") from e
    return parse_suite(data, path)


# ---- validation --------------------------------------------------------------------------------------


class _Ctx:
    def __init__(self, path: Path | None) -> None:
        self.where = str(path) if path else "<suite>"

    def fail(self, at: str, msg: str) -> SuiteError:
        return SuiteError(f"{self.where}: {at}: {msg}")


def _aliases(ctx: _Ctx, at: str, value: Any) -> list[list[str]]:
    """Facts: a list whose items are a string (one alias) or a list of accepted aliases."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ctx.fail(at, "must be a list of facts; each fact is a string or a list of accepted aliases, "
                           "e.g. [[\"50\", \"fifty\"], \"Pyongyang\"]")
    out = []
    for i, f in enumerate(value):
        aliases = [f] if isinstance(f, (str, int, float)) else f
        if not isinstance(aliases, list) or not aliases or not all(isinstance(a, (str, int, float)) for a in aliases):
            raise ctx.fail(f"{at}[{i}]", "a fact must be a string or a non-empty list of alias strings")
        aliases = [str(a) for a in aliases]
        if any(not a.strip() for a in aliases):
            raise ctx.fail(f"{at}[{i}]", "an alias is empty")
        out.append(aliases)
    return out


def _selector(ctx: _Ctx, at: str, value: Any, names: dict[str, Selector] | None = None) -> Selector:
    if isinstance(value, str) and value.strip():
        if names is not None and value in names:
            return names[value]
        return Selector(key=value)
    if isinstance(value, dict):
        unknown = set(value) - set(_SELECTOR_KEYS)
        given = [k for k in _SELECTOR_KEYS if value.get(k)]
        if unknown or len(given) != 1 or not isinstance(value[given[0]], str):
            raise ctx.fail(at, "an article is a key string (file name, record id or a name from `articles:`) "
                               "or exactly one of {key: ...}, {source: OUTLET}, {title: TEXT}")
        return Selector(**{given[0]: value[given[0]]})
    raise ctx.fail(at, f"cannot name an article with {value!r}; use a file name, record id, "
                       "a name from `articles:`, {source: OUTLET} or {title: TEXT}")


def _history(ctx: _Ctx, at: str, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ctx.fail(at, "must be a list of turns: [question, answer] pairs or {user: ..., assistant: ...}")
    turns = []
    for i, t in enumerate(value):
        if isinstance(t, dict) and set(t) <= {"user", "assistant"} and isinstance(t.get("user"), str):
            turns.append((t["user"], str(t.get("assistant") or "")))
        elif isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t):
            turns.append((t[0], t[1]))
        else:
            raise ctx.fail(f"{at}[{i}]", "a turn is [question, answer] or {user: question, assistant: answer}")
    return turns


def _corpus(ctx: _Ctx, path: Path | None, value: Any) -> list[Path]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(x, str) for x in items):
        raise ctx.fail("corpus", "must be a path or a list of paths (files or folders) relative to the suite file "
                                 "or a folder above it")
    # The suite's folder, then each folder above it, then the cwd: `seeds/` in evals/newsqa/x.yaml is the
    # repo root's seeds/ in a checkout and assistant/suites/seeds/ in a wheel, whatever the cwd.
    bases = []
    if path is not None:
        here = path.resolve().parent
        bases += [here, *here.parents]
    bases.append(Path.cwd())
    out = []
    for item in items:
        p = Path(item)
        candidates = [p] if p.is_absolute() else [b / p for b in bases]
        found = next((c for c in candidates if c.exists()), None)
        if found is None:
            raise ctx.fail("corpus", f"{item} not found next to the suite, in a folder above it or in the cwd "
                                     f"(looked in {', '.join(str(c) for c in candidates)})")
        out.append(found.resolve())
    return out


def _thresholds(ctx: _Ctx, value: Any) -> dict[str, float | dict]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ctx.fail("thresholds", "must map metric names to numbers, e.g. {fact_recall: 0.8}")
    out: dict[str, float | dict] = {}
    for name, t in value.items():
        if name not in KNOWN_METRICS:
            raise ctx.fail(f"thresholds.{name}", f"unknown metric; known: {', '.join(sorted(KNOWN_METRICS))}")
        ok_num = isinstance(t, (int, float)) and not isinstance(t, bool)
        ok_dict = isinstance(t, dict) and t and set(t) <= {"min", "max"} and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in t.values())
        if not (ok_num or ok_dict):
            raise ctx.fail(f"thresholds.{name}", "must be a number or {min: x} / {max: y}")
        out[name] = float(t) if ok_num else {k: float(v) for k, v in t.items()}
    return out


def _str_or_none(ctx: _Ctx, at: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return str(value)
    raise ctx.fail(at, "must be a string")


def _mapping(ctx: _Ctx, at: str, value: Any, allowed: set[str], shape: str) -> dict:
    """`value` must be a mapping using only `allowed` keys; `shape` tells the user what one looks like."""
    if not isinstance(value, dict):
        raise ctx.fail(at, shape)
    if unknown := set(value) - allowed:
        raise ctx.fail(at, f"unknown field(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    return value


def _question(ctx: _Ctx, i: int, q: Any, names: dict[str, Selector], seen: set[str]) -> Question:
    at = f"questions[{i}]"
    _mapping(ctx, at, q, {"id", "question", "kind", "answerable", "facts", "sources", "history", "filters", "note",
                          "forbidden", "altered"},
             "each question is a mapping with at least `question:`")
    qid = str(q.get("id") or f"q{i + 1:03d}")
    at = f"questions[{i}] ({qid})"
    if qid in seen:
        raise ctx.fail(at, "duplicate question id")
    seen.add(qid)
    text = q.get("question")
    if not isinstance(text, str) or not text.strip():
        raise ctx.fail(at, "`question:` must be a non-empty string")
    kind = str(q.get("kind", "single"))
    if kind not in KINDS:
        raise ctx.fail(at, f"kind {kind!r} unknown; use one of {', '.join(KINDS)}")
    answerable = q.get("answerable", kind not in REFUSAL_KINDS)
    if not isinstance(answerable, bool):
        raise ctx.fail(at, "`answerable:` must be true or false")
    facts = _aliases(ctx, f"{at}.facts", q.get("facts"))
    if answerable and not facts:
        raise ctx.fail(at, "an answerable question needs `facts:` (what a correct answer must contain)")
    if not answerable and facts:
        raise ctx.fail(at, "an unanswerable question expects a refusal; remove `facts:` or set answerable: true")
    forbidden = _aliases(ctx, f"{at}.forbidden", q.get("forbidden"))
    altered = _aliases(ctx, f"{at}.altered", q.get("altered"))
    if forbidden and kind != "false-premise":
        raise ctx.fail(at, "`forbidden:` (the wrong term of a false premise) needs kind: false-premise")
    if kind == "conflict" and not (answerable and altered):
        raise ctx.fail(at, "a conflict question needs `facts:` (the true value) and `altered:` (the altered copy's value)")
    if altered and kind != "conflict":
        raise ctx.fail(at, "`altered:` (the altered copy's value) needs kind: conflict")
    srcs = q.get("sources") or []
    if not isinstance(srcs, list):
        srcs = [srcs]
    filters = q.get("filters") or {}
    if not isinstance(filters, dict) or set(filters) - {"source", "since", "until"}:
        raise ctx.fail(f"{at}.filters", "allowed keys: source, since, until")
    return Question(
        id=qid, question=text.strip(), kind=kind, answerable=answerable, facts=facts,
        sources=[_selector(ctx, f"{at}.sources[{j}]", s, names) for j, s in enumerate(srcs)],
        history=_history(ctx, f"{at}.history", q.get("history")), filters=filters, note=str(q.get("note") or ""),
        forbidden=forbidden, altered=altered,
    )


def _briefing(ctx: _Ctx, i: int, b: Any, names: dict[str, Selector]) -> BriefingCase:
    at = f"briefings[{i}]"
    _mapping(ctx, at, b, {"id", "date", "since", "until", "sources", "topic", "groups", "facts", "forbidden"},
             "each briefing is a mapping (groups, facts, forbidden, and optional date/since/until)")
    groups = b.get("groups") or []
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 1 for g in groups):
        raise ctx.fail(f"{at}.groups", "must be a list of groups, each a list of articles that form one story")
    sources = b.get("sources")
    if sources is not None and (not isinstance(sources, list) or not all(isinstance(s, str) for s in sources)):
        raise ctx.fail(f"{at}.sources", "must be a list of outlet names")
    return BriefingCase(
        id=str(b.get("id") or f"b{i + 1}"),
        date=_str_or_none(ctx, f"{at}.date", b.get("date")),
        since=_str_or_none(ctx, f"{at}.since", b.get("since")),
        until=_str_or_none(ctx, f"{at}.until", b.get("until")),
        sources=sources, topic=_str_or_none(ctx, f"{at}.topic", b.get("topic")),
        groups=[[_selector(ctx, f"{at}.groups[{g}][{j}]", s, names) for j, s in enumerate(grp)]
                for g, grp in enumerate(groups)],
        facts=_aliases(ctx, f"{at}.facts", b.get("facts")),
        forbidden=_aliases(ctx, f"{at}.forbidden", b.get("forbidden")),
    )


def parse_suite(data: Any, path: Path | None = None) -> Suite:
    """Validate a loaded YAML document into a Suite (paths resolve relative to `path`)."""
    ctx = _Ctx(path)
    _mapping(ctx, "top level", data,
             {"name", "description", "corpus", "articles", "questions", "briefings", "thresholds", "k"},
             "a suite is a mapping with `corpus:` and `questions:` and/or `briefings:`")
    if "corpus" not in data:
        raise ctx.fail("top level", "`corpus:` is required (files or folders of articles to ingest)")
    names: dict[str, Selector] = {}
    arts = data.get("articles") or {}
    if not isinstance(arts, dict):
        raise ctx.fail("articles", "must map short names to articles, e.g. {metro: {key: 000_x.txt}}")
    for name, sel in arts.items():
        names[str(name)] = _selector(ctx, f"articles.{name}", sel)
    qs = data.get("questions") or []
    bs = data.get("briefings") or []
    if not isinstance(qs, list) or not isinstance(bs, list):
        raise ctx.fail("top level", "`questions:` and `briefings:` must be lists")
    if not qs and not bs:
        raise ctx.fail("top level", "a suite needs at least one question or briefing")
    seen: set[str] = set()
    k = data.get("k", 5)
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 50:
        raise ctx.fail("k", "must be an integer between 1 and 50 (passages retrieved per question)")
    return Suite(
        name=str(data.get("name") or (path.stem if path else "suite")), path=path,
        corpus=_corpus(ctx, path, data["corpus"]),
        questions=[_question(ctx, i, q, names, seen) for i, q in enumerate(qs)],
        briefings=[_briefing(ctx, i, b, names) for i, b in enumerate(bs)],
        thresholds=_thresholds(ctx, data.get("thresholds")), articles=names, k=k,
        description=str(data.get("description") or ""),
    )
