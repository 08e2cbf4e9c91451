"""Answer generators looked up by string id: `extractive` (offline), `openai:<model>`, and `fake` for tests.

A generator turns (question, numbered passages) into answer text with [n] markers, streamed as
text deltas, and rewrites follow-up questions into standalone ones (`condense`). Parsing the
markers and verifying them is the answer chain's job, the same for every generator.
"""

from __future__ import annotations

import re
import threading
from typing import Callable, Iterator, Sequence

from assistant.answer.base import REFUSAL, Generator
from assistant.answer.extractive import ExtractiveGenerator
from assistant.answer.prompts import render, untrusted
from assistant.answer.question import condense_heuristic
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.verify.support import Passage, Verifier


def _attr(value: object) -> str:
    return str(value or "unknown").replace('"', "'").replace("\n", " ")


def fence_sources(passages: Sequence[Passage]) -> str:
    """Numbered sources as data blocks; text that could close the fence early is neutralised."""
    blocks = []
    for p in passages:
        text = re.sub(r"</?\s*source", lambda m: m.group().replace("<", "‹"), untrusted(p.text), flags=re.IGNORECASE)
        blocks.append(render("answer_source", n=p.n, outlet=_attr(untrusted(p.source or "")),
                             date=_attr(p.published_at), title=_attr(untrusted(p.title)), text=text).strip())
    return "\n\n".join(blocks)


def answer_messages(question: str, passages: Sequence[Passage], guidance: str = "") -> list[tuple[str, str]]:
    """(role, content) messages for the answer prompt."""
    return [
        ("system", render("answer", refusal=REFUSAL)),
        ("user", render("answer_user", sources=fence_sources(passages), question=question, refusal=REFUSAL,
                        guidance=guidance)),
    ]


def _history_text(history: list[tuple[str, str]], turns: int = 4) -> str:
    lines = []
    for q, a in history[-turns:]:
        lines.append(f"User: {q}")
        flat = " ".join(a.split())[:600]
        lines.append(f"Assistant: {flat}")
    return "\n".join(lines)


class OpenAIGenerator:
    """Any OpenAI-compatible chat endpoint through langchain-openai's ChatOpenAI, streamed.

    Retries, timeouts, cut-off streams and error messages are the provider's (`ChatEndpoint`); every
    failure reaches the chain as one ModelError, which it turns into an error or the extractive fall-back.
    """

    def __init__(self, model: str, settings: Settings) -> None:
        from assistant.providers.openai_compat import ChatEndpoint, chat_model

        self.provider = f"openai:{model}"
        self.model = model
        self.base_url = settings.openai_base_url
        self.endpoint = ChatEndpoint(model, settings, temperature=0)
        # The eval judges call `.chat.invoke` themselves; that client keeps the SDK's own retries.
        self.chat = chat_model(model, settings, temperature=0)

    def generate(self, question: str, passages: Sequence[Passage], guidance: str = "") -> Iterator[str]:
        yield from self.endpoint.stream(answer_messages(question, passages, guidance))

    def complete(self, prompt: str) -> str:
        return self.endpoint.invoke([("user", prompt)])

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        if not history:
            return question
        text = self.complete(render("condense", history=_history_text(history), question=question))
        text = text.strip().strip('"').strip()
        return text.splitlines()[0].strip() if text else question


class FakeGenerator:
    """Scripted replies for tests: each call to `generate` pops the next reply (the last one repeats).

    With no script it quotes the first sentence of source 1 (or refuses without sources).
    """

    provider = "fake"

    def __init__(self, replies: Sequence[str] | None = None, condensed: Sequence[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.condensed = list(condensed or [])
        self.calls: list[tuple[str, list[Passage]]] = []
        self._lock = threading.Lock()

    def generate(self, question: str, passages: Sequence[Passage], guidance: str = "") -> Iterator[str]:
        with self._lock:
            self.calls.append((question, list(passages)))
            if self.replies:
                reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
            elif passages:
                first = passages[0].text.split(". ")[0].rstrip(".")
                reply = f"{first} [{passages[0].n}]."
            else:
                reply = REFUSAL
        for piece in re.findall(r"\S+\s*", reply):
            yield piece

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        if self.condensed:
            return self.condensed.pop(0)
        return condense_heuristic(question, history)

    def complete(self, prompt: str) -> str:
        return "".join(self.generate(prompt, []))


Factory = Callable[[str, Settings, Verifier], Generator]
_REGISTRY: dict[str, Factory] = {
    "extractive": lambda _arg, _s, v: ExtractiveGenerator(v),
    "openai": lambda arg, s, _v: OpenAIGenerator(arg, s),
    "fake": lambda _arg, _s, _v: FakeGenerator(),
}


def register(kind: str, factory: Factory) -> None:
    """Add a provider kind (plugins, tests): `factory(arg, settings, verifier)` for id 'kind[:arg]'."""
    _REGISTRY[kind] = factory


def providers() -> list[str]:
    return sorted(_REGISTRY)


def get_generator(spec: str, settings: Settings, verifier: Verifier) -> Generator:
    """The generator for a provider id such as 'extractive' or 'openai:gpt-4o-mini'."""
    kind, _, arg = spec.strip().partition(":")
    if kind not in _REGISTRY:
        raise ConfigError(
            f"unknown ASSISTANT_LLM={spec!r}; use 'extractive' (default, offline) or 'openai:<model>' "
            f"(known kinds: {', '.join(providers())})"
        )
    if kind == "openai" and not arg:
        raise ConfigError("ASSISTANT_LLM=openai needs a model name, e.g. openai:gpt-4o-mini")
    return _REGISTRY[kind](arg, settings, verifier)
