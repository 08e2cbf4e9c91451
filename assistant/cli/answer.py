"""`assistant ask` and `assistant chat`: cited answers on the command line."""

from __future__ import annotations

import argparse
import sys

from assistant.library import Library


def add_parsers(sub: argparse._SubParsersAction) -> None:
    from assistant.cli.common import add_filter_args, command

    s = sub.add_parser("ask", help="answer a question with cited sources ('-' reads questions from stdin)")
    s.add_argument("question", help="the question, or '-' for one question per line on stdin")
    s.add_argument("-k", type=int, default=None, help="passages to retrieve (default ASSISTANT_TOP_K)")
    s.add_argument("--json", action="store_true", help="print the Answer as JSON (one per line for '-')")
    s.add_argument("--llm", default=None, metavar="ID", help="provider id (default ASSISTANT_LLM)")
    add_filter_args(s)

    s = sub.add_parser("chat", help="interactive questions with follow-ups (EOF or 'exit' ends)")
    s.add_argument("-k", type=int, default=None)
    s.add_argument("--llm", default=None, metavar="ID")
    add_filter_args(s)

    command("ask")(_ask)
    command("chat")(_chat)


def format_answer(answer) -> str:
    """The answer, then its numbered sources (title, outlet, date, quote), then any notices."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("")
        lines.append("Sources:")
        for c in answer.citations:
            meta = ", ".join(x for x in (c.source, c.published_at) if x)
            lines.append(f"[{c.n}] {c.title}" + (f" ({meta})" if meta else ""))
            lines.append(f"    “{c.quote}”")
    for n in answer.notices:
        lines.append(f"note: {n}")
    return "\n".join(lines)


def _engine(args: argparse.Namespace, lib: Library):
    from assistant.answer.engine import AnswerEngine

    return AnswerEngine(lib, provider=args.llm)


def _ask(args: argparse.Namespace, lib: Library) -> int:
    from assistant.answer.engine import Answer
    from assistant.cli.common import emit, filters_from

    engine = _engine(args, lib)
    filters = filters_from(args)
    if args.question == "-":
        for line in sys.stdin:
            q = line.strip()
            if not q:
                continue
            a = engine.ask(q, filters=filters, k=args.k)
            if args.json:
                emit(a.model_dump())
            else:
                print(format_answer(a) + "\n")
        return 0
    if args.json:
        emit(engine.ask(args.question, filters=filters, k=args.k).model_dump())
        return 0
    final = None
    for item in engine.stream(args.question, filters=filters, k=args.k):
        if isinstance(item, Answer):
            final = item
        elif sys.stdout.isatty():
            print(item, end="", flush=True)
    if sys.stdout.isatty():
        print("\n")
    # The verified answer may differ from the raw stream (markers renumbered, sentences dropped).
    print(format_answer(final))
    return 0


def _chat(args: argparse.Namespace, lib: Library) -> int:
    from assistant.cli.common import filters_from

    engine = _engine(args, lib)
    filters = filters_from(args)
    history: list[tuple[str, str]] = []
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print("> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            break
        q = line.strip()
        if not q:
            continue
        if q.lower() in ("exit", "quit"):
            break
        a = engine.ask(q, history=history, filters=filters, k=args.k)
        if a.standalone_question:
            print(f"(understood as: {a.standalone_question})")
        print(format_answer(a) + "\n", flush=True)
        history.append((q, a.answer))
    return 0
