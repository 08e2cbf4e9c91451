"""Optional LLM judge (`assistant eval --judge openai:<model>`): faithfulness and answer relevance.

Off by default and never needed for the gate; prompts live in prompts/judge_*.txt. The judge
replies with a score line ("SCORE: 0.8"); anything unparseable counts as not measured.
"""

from __future__ import annotations

import re

from assistant.answer.prompts import render
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.schema import Answer

_SCORE = re.compile(r"score\s*[:=]\s*([01](?:\.\d+)?)", re.IGNORECASE)


def parse_score(text: str) -> float | None:
    m = _SCORE.search(text or "")
    if not m:
        return None
    value = float(m.group(1))
    return value if 0.0 <= value <= 1.0 else None


class LLMJudge:
    def __init__(self, spec: str, settings: Settings) -> None:
        from assistant.answer.generators import get_generator

        if not spec.startswith("openai:") or len(spec) <= len("openai:"):
            raise ConfigError(f"--judge {spec!r}: the judge must be an OpenAI-compatible model, e.g. openai:gpt-4o-mini")
        gen = get_generator(spec, settings, verifier=None)  # type: ignore[arg-type]
        self.chat = getattr(gen, "chat", None)
        if self.chat is None:
            raise ConfigError(f"--judge {spec!r}: this provider cannot be used as a judge")
        self.spec = spec

    def _ask(self, prompt: str) -> float | None:
        reply = self.chat.invoke([("user", prompt)])
        return parse_score(reply.content if isinstance(reply.content, str) else "")

    def score(self, question: str, answer: Answer) -> dict[str, float | None]:
        sources = "\n".join(f"[{c.n}] {c.quote}" for c in answer.citations) or "(none)"
        return {
            "judge_faithfulness": self._ask(render("judge_faithfulness", question=question, answer=answer.answer,
                                                   sources=sources)),
            "judge_relevance": self._ask(render("judge_relevance", question=question, answer=answer.answer)),
        }
