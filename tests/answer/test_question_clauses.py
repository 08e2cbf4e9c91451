"""Question analysis where a later clause, a vague word or an abbreviation could mislead it: what the
question proper asks decides, and only figures and names the articles could hold are premises."""

from __future__ import annotations

import pytest

from assistant.answer.evidence import collect
from assistant.answer.premise import false_premise
from assistant.answer.question import analyse
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.verify.support import Passage, Verifier


@pytest.mark.parametrize("question,expected", [
    # The wh-phrase types the answer, also after any preposition; a later clause does not.
    ("Beneath which bridge did the senator speak when he mocked the House?", "place"),
    ("Which company did the tycoon buy when prices fell?", "org"),
    ("What is the least a person can be awarded for suing someone who helped?", "number"),
    ("What did the broader jobless gauge that counts part-timers come to?", "number"),
    # ... while "when", "where" and "whom" ask for their own types.
    ("When did the senate vote on the bill?", "date"),
    ("To whom did the minister hand the letter?", "person"),
    ("After the storm, where did the ship dock?", "place"),
    # A rate or an approval rating is a percentage, whatever a later clause asks.
    ("What approval rating was the president polling at when he invited the candidate?", "percent"),
    ("What jobless rate did the report give?", "percent"),
    ("How much has the original film grossed since 1975?", "money"),
    # A superlative of a noun is no quantity.
    ("What is the most populous city in Texas?", None),
])
def test_the_wh_phrase_types_the_answer_over_a_later_clause(question: str, expected: str | None) -> None:
    assert analyse(question).answer_type == expected


def test_a_vague_quantity_is_no_premise_the_articles_must_contain() -> None:
    an = analyse("Who led the app when it won millions of users by promising free speech?")
    assert [c.text for c in an.constraints if c.kind == "number"] == []
    p = Passage(n=1, text="The app drew 2.3 million users while John Matze, its chief executive, promised free speech.",
                source="Wire", article_id="a", chunk_id="a:0")
    assert false_premise(an, collect(an, [p], Verifier(FakeEmbedder())), [p], {}) is None
    # A figure is still one: "12 million users" must be in the articles or is corrected.
    assert [c.text for c in analyse("Who led the app when it won 12 million users?").constraints
            if c.kind == "number"] != []


def test_a_state_the_articles_abbreviate_is_no_false_premise() -> None:
    an = analyse("In which California town did the greeter work?")
    p = Passage(n=1, text="Dukes is a greeter at the store in Pittsburg, Calif., and has worked there for years.",
                source="Wire", article_id="a", chunk_id="a:0")
    assert false_premise(an, collect(an, [p], Verifier(FakeEmbedder())), [p], {}) is None
    an = analyse("In which Oregon town did the greeter work?")
    refused = false_premise(an, collect(an, [p], Verifier(FakeEmbedder())), [p], {})
    assert refused is not None and refused.notices == ["no article mentions 'Oregon'"]
