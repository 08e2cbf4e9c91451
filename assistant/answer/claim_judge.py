"""Optional LLM refinement of claim verdicts (`ASSISTANT_LLM=openai:<model>`): prompts/judge_claim.txt.

The offline verifier finds the evidence and proposes a verdict; the model reads the claim and the
quoted evidence and may change the verdict. A reply without a parseable verdict, or a failing
endpoint, leaves the offline verdict in place and says so in `judge`.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Callable

from assistant.answer.prompts import render
from assistant.config import Settings
from assistant.schema import ClaimVerdict
from assistant.verify.claims import VERDICTS

log = logging.getLogger(__name__)
_VERDICT = re.compile(r"verdict\s*[:=]\s*\**\s*(supported|contradicted|not[_ ]found)", re.IGNORECASE)


def parse_verdict(text: str) -> str | None:
    m = None
    for m in _VERDICT.finditer(text or ""):
        pass  # the last one: the model may restate the options before deciding
    return m.group(1).lower().replace(" ", "_") if m else None


class ClaimJudge:
    """Callable refiner: ClaimVerdict -> ClaimVerdict, asking an OpenAI-compatible chat model."""

    def __init__(self, chat: Any, spec: str) -> None:
        self.chat = chat
        self.spec = spec

    def __call__(self, v: ClaimVerdict) -> ClaimVerdict:
        if not v.evidence:
            return v
        evidence = "\n".join(f"[{c.n}] {c.quote}" for c in v.evidence)
        try:
            reply = self.chat.invoke([("user", render("judge_claim", claim=v.claim, evidence=evidence))])
            text = reply.content if isinstance(reply.content, str) else ""
        except Exception as e:  # the offline verdict stands; a flaky endpoint must not fail the check
            log.warning("claim judge %s failed: %s", self.spec, e)
            return v.model_copy(update={"judge": f"unavailable ({type(e).__name__}); offline verdict kept"})
        verdict = parse_verdict(text)
        if verdict not in VERDICTS:
            return v.model_copy(update={"judge": "no verdict in the reply; offline verdict kept"})
        return v.model_copy(update={"verdict": verdict, "judge": verdict})


def refiner_for(provider: str | None, settings: Settings) -> Callable[[ClaimVerdict], ClaimVerdict] | None:
    """A judge for 'openai:<model>' providers; None (offline verdicts only) for anything else."""
    spec = (provider or "").strip()
    if not spec.startswith("openai:") or len(spec) <= len("openai:"):
        return None
    from assistant.providers.openai_compat import chat_model

    return ClaimJudge(chat_model(spec.split(":", 1)[1], settings, temperature=0), spec)
