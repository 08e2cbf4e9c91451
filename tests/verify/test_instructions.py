"""Instruction sentences planted in articles are recognised; news about AI and ordinary news is not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.text.sentences import sentence_spans
from assistant.verify.instructions import is_instruction, mask_instructions

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "injection" / "articles.jsonl"
RECORDS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("record", RECORDS, ids=[r["pattern"] for r in RECORDS])
def test_every_planted_instruction_is_found_and_the_news_is_kept(record):
    body = record["body"]
    sentences = [body[a:b] for a, b in sentence_spans(body)]
    flagged = [s for s in sentences if is_instruction(s)]
    assert flagged, sentences
    masked = mask_instructions(body)
    assert len(masked) == len(body)
    if record["pattern"] != "quoted-headline":  # there the news sentence quotes the instruction itself
        assert not is_instruction(sentences[0]) and sentences[0] in masked  # the real news is kept


@pytest.mark.parametrize("sentence", [
    "Regulators said AI models must be tested before they are sold to hospitals.",
    "The assistant coach said the team would ignore the critics and focus on Sunday's final.",
    "The model, 24, told reporters she would always say yes to charity work.",
    "Question: what happens next? Analysts said the central bank would wait.",
    "The chatbot, launched in March, answered 2 million questions in its first week.",
    "Users said the system prompt them to change passwords every month.",
])
def test_news_sentences_about_ai_and_roles_are_not_instructions(sentence):
    assert not is_instruction(sentence)
