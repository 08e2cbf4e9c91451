"""What every answer generator shares: the refusal wording and the generator protocol."""

from __future__ import annotations

from typing import Iterator, Protocol, Sequence

from assistant.verify.support import Passage

# The one wording of a refusal: the answer text when the articles do not support an answer.
REFUSAL = "The articles do not say."


class Generator(Protocol):
    provider: str

    def generate(self, question: str, passages: Sequence[Passage], guidance: str = "") -> Iterator[str]:
        """Answer text with [n] markers (n = passage.n), as text deltas; guidance describes the
        answer the question analysis expects (kind, type, constraints)."""
        ...

    def condense(self, question: str, history: list[tuple[str, str]]) -> str:
        """A standalone version of a follow-up question."""
        ...

    def complete(self, prompt: str) -> str:
        """A plain prompt → text completion (briefing map/reduce, judges)."""
        ...
