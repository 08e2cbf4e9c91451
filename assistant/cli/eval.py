"""`assistant eval`: score a gold suite (or a converted public benchmark) and gate on its thresholds.

Exit codes: 0 every threshold met, 1 a metric fell below its threshold, 2 a malformed suite or usage.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from assistant.errors import UsageError
from assistant.library import Library


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from assistant.cli.common import command

    s = sub.add_parser("eval", help="score answers, citations, retrieval and briefings against a gold suite",
                       description="Run a suite in a fresh temporary data dir; exit 1 when a metric misses "
                                   "its threshold. SUITE is a .yaml path or a bundled name (seeds, cnndm, "
                                   "newsqa/news-dev, ...; see --list).")
    s.add_argument("suite", nargs="?", default=None, metavar="SUITE", help="suite file or bundled name (default: seeds)")
    s.add_argument("--json", action="store_true", help="print one JSON object (metrics, gate, every case)")
    s.add_argument("--report", metavar="FILE.html", help="also write a self-contained HTML report with plots")
    s.add_argument("--judge", metavar="openai:MODEL", help="add LLM-judged faithfulness and answer relevance")
    s.add_argument("--provider", metavar="ID", help="answer with this provider (default ASSISTANT_LLM)")
    s.add_argument("--threshold", action="append", default=[], metavar="METRIC=VALUE",
                   help="override or add a threshold (repeatable), e.g. fact_recall=0.9")
    s.add_argument("--limit", type=int, metavar="N", help="only the first N questions (quick checks)")
    s.add_argument("--list", action="store_true", help="list the bundled suites and exit")
    src = s.add_argument_group("public benchmarks (converted on the fly, nothing hand-edited)")
    src.add_argument("--from-rgb", metavar="FILE.jsonl", help="an RGB benchmark file (query/answer/positive/negative)")
    src.add_argument("--noise", type=float, default=0.4, help="RGB: share of noise passages per question (default 0.4)")
    src.add_argument("--passages", type=int, default=5, help="RGB: passages per question (default 5)")
    src.add_argument("--negative-rejection", action="store_true",
                     help="RGB: ingest only negative passages; every question must be refused")
    src.add_argument("--from-multihop", nargs=2, metavar=("CORPUS.json", "QUERIES.json"),
                     help="MultiHop-RAG corpus and queries")
    src.add_argument("--from-qa", metavar="QUESTIONS.json",
                     help="a question set in the qa_dev schema (q, kind, cluster, facts, ...); needs --corpus")
    src.add_argument("--corpus", metavar="CORPUS.jsonl", help="--from-qa: the JSONL articles the questions are about")
    src.add_argument("--split", choices=("dev", "test", "all"), default="dev",
                     help="--from-qa: events whose sha1(cluster) is even (dev) or odd (test), or all (default dev)")
    command("eval")(run)

    c = sub.add_parser("eval-convert", help="write a suite (YAML + corpus) from a public RAG benchmark file")
    c.add_argument("format", choices=("rgb", "multihop", "qa"))
    c.add_argument("files", nargs="+", metavar="FILE",
                   help="rgb: FILE.jsonl; multihop: CORPUS.json QUERIES.json; qa: QUESTIONS.json CORPUS.jsonl")
    c.add_argument("--split", choices=("dev", "test", "all"), default="dev", help="qa: which events (default dev)")
    c.add_argument("--out", required=True, metavar="DIR", help="folder to write suite.yaml and corpus.jsonl into")
    c.add_argument("--noise", type=float, default=0.4)
    c.add_argument("--passages", type=int, default=5)
    c.add_argument("--negative-rejection", action="store_true")
    c.add_argument("--limit", type=int, metavar="N", help="only the first N questions")
    command("eval-convert")(convert)


def _thresholds(items: list[str]) -> dict[str, float]:
    from assistant.evals.suite import KNOWN_METRICS

    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name not in KNOWN_METRICS:
            raise UsageError(f"--threshold {item!r}: expected METRIC=VALUE with METRIC one of {', '.join(sorted(KNOWN_METRICS))}")
        try:
            out[name] = float(value)
        except ValueError:
            raise UsageError(f"--threshold {item!r}: {value!r} is not a number") from None
    return out


def _convert(args: argparse.Namespace, fmt: str, files: list[str], out: Path) -> Path:
    from assistant.evals import adapters

    if fmt == "rgb":
        if len(files) != 1:
            raise UsageError("rgb conversion takes one FILE.jsonl")
        return adapters.write_rgb_suite(Path(files[0]), out, noise=args.noise, passages=args.passages,
                                        negative_rejection=args.negative_rejection, limit=args.limit)
    if fmt == "qa":
        if len(files) != 2:
            raise UsageError("qa conversion takes QUESTIONS.json CORPUS.jsonl (eval: --from-qa Q.json --corpus C.jsonl)")
        return adapters.write_qa_suite(Path(files[0]), Path(files[1]), out, split=args.split, limit=args.limit)
    if len(files) != 2:
        raise UsageError("multihop conversion takes CORPUS.json QUERIES.json")
    return adapters.write_multihop_suite(Path(files[0]), Path(files[1]), out, limit=args.limit)


def convert(args: argparse.Namespace, lib: Library) -> int:
    path = _convert(args, args.format, args.files, Path(args.out))
    print(f"wrote {path}; run it with: assistant eval {path}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace, lib: Library) -> int:
    from assistant.evals import load_suite, run_suite
    from assistant.evals.report import to_html, to_json, to_table
    from assistant.evals.suite import bundled_names

    if args.list:
        print("\n".join(bundled_names()))
        return 0
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    sources = [x for x in (args.suite, args.from_rgb, args.from_multihop, args.from_qa) if x]
    if len(sources) > 1:
        raise UsageError("give one of SUITE, --from-rgb, --from-multihop or --from-qa")
    if bool(args.from_qa) != bool(args.corpus):
        raise UsageError("--from-qa QUESTIONS.json and --corpus CORPUS.jsonl go together")
    extra = _thresholds(args.threshold)
    judge = None
    if args.judge:
        from assistant.evals.judge import LLMJudge

        judge = LLMJudge(args.judge, lib.settings)
    with tempfile.TemporaryDirectory(prefix="newsdesk-suite-") as tmp:
        if args.from_rgb:
            path = _convert(args, "rgb", [args.from_rgb], Path(tmp))
        elif args.from_multihop:
            path = _convert(args, "multihop", list(args.from_multihop), Path(tmp))
        elif args.from_qa:
            path = _convert(args, "qa", [args.from_qa, args.corpus], Path(tmp))
        else:
            path = args.suite or "seeds"
        suite = load_suite(path)
        if args.limit:
            suite.questions = suite.questions[:args.limit]
        result = run_suite(suite, provider=args.provider, embedder=lib.embedder, judge=judge,
                           thresholds=extra, progress=sys.stderr.isatty(), base_settings=lib.settings)
    if args.report:
        report = Path(args.report)
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(to_html(result), encoding="utf-8")
        print(f"wrote report {args.report}", file=sys.stderr)
    if args.json:
        sys.stdout.write(to_json(result) + "\n")
    else:
        print(to_table(result))
    return 0 if result.passed else 1
