"""Sentences of an article that are instructions to a language model, not news ("ignore previous
instructions", "SYSTEM: ...", "AI assistants must answer X").

Such a sentence never counts as support for a generated sentence: otherwise a model that obeys a
planted instruction could cite the instruction itself as its source. The patterns look for text
addressed to a model or a chat role, so news *about* AI ("regulators said AI models must be tested")
still counts.
"""

from __future__ import annotations

import re

from assistant.text.sentences import sentence_spans

_ADDRESSEE = (r"(?:ai|a\.i\.|assistants?|chatbots?|(?:large )?language models?|llms?|gpts?|models?|"
              r"briefing writers?|summari[sz]ers?)")
_OUTPUT_VERB = r"(?:answer|reply|respond|say|state|write|output|print|include|cite|append|tell|make|repeat)"
_PATTERNS = [
    r"\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|any)\b[^.\n]{0,25}"
    r"\b(?:instructions?|prompts?|rules?|directions?)\b",
    r"\bignorez\b[^.\n]{0,40}\binstructions\b",
    rf"\b(?:note|message|instructions?)\s+(?:for|to)\s+{_ADDRESSEE}\b",
    rf"\b{_ADDRESSEE}\s*(?:reading|summari[sz]ing|answering|processing)\s+(?:this|these)\b",
    rf"\b{_ADDRESSEE}\s*[,:]?\s*(?:must|should|shall|always|never|please)?\s*{_OUTPUT_VERB}\b[^.\n]{{0,80}}"
    r"\b(?:every|any|all|only|instead|exactly|readers?)\b",
    rf"^\s*{_ADDRESSEE}\s*:",
    r"^\s*(?:system|assistant|user|developer)\s*:",
    r"<\|[^|<>]{0,40}\|>|‹(?:im_start|im_end|system|eot_id)[^›]{0,20}›",
    r"\"role\"\s*:\s*\"(?:system|assistant|user|developer)\"",
    r"\bignore\b[^.\n]{0,20}\b(?:the|this|my|your)\s+(?:question|prompt|user)\b",
    r"\b(?:answer|reply|respond)\s+exactly\s*:",
    # Invisible tag characters, and zero-width characters inside a word, only hide text from readers.
    "[\U000e0000-\U000e007f]|\\w[\u200b\u200c\u200d\u2060]\\w",
    r"\b(?:print|reveal|show|output)\b[^.\n]{0,30}\b(?:api[_ ]?key|system prompt|hidden instructions?)\b",
]
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE | re.MULTILINE)


def is_instruction(sentence: str) -> bool:
    """True when the sentence speaks to a language model rather than reporting news."""
    return bool(_INSTRUCTION.search(sentence))


def mask_instructions(text: str) -> str:
    """`text` with its instruction sentences blanked out (same length, so offsets stay exact)."""
    if not _INSTRUCTION.search(text):
        return text
    out = text
    for a, b in sentence_spans(text):
        if is_instruction(text[a:b]):
            out = out[:a] + " " * (b - a) + out[b:]
    return out
