"""Question typing and answer spans: rules chosen on the dev half of the outside-written questions."""

from __future__ import annotations

from assistant.answer.evidence import same_entity
from assistant.answer.question import analyse
from assistant.text.entities import spans_of_type, typed_spans


def test_a_typed_wh_phrase_decides_over_a_later_when_clause():
    q = "Which jailed Navy sailor was Trump alluding to when he called for the aide to be jailed?"
    assert analyse(q).answer_type == "person"
    assert analyse("Which city did Kim visit when he toured the north?").answer_type == "place"
    assert analyse("When did Kim visit Pyongyang?").answer_type == "date"


def test_names_of_things_and_buildings_are_not_people():
    assert spans_of_type("after descending his Trump Tower escalator", "person") == []
    text = "The governor signed a revised Religious Freedom Restoration Act on Thursday."
    assert spans_of_type(text, "person") == []
    assert ("Religious Freedom Restoration Act", "thing") in [(s.text, s.type) for s in typed_spans(text)]


def test_the_same_person_with_accents_titles_and_a_state():
    assert same_entity("Representative Raúl R. Labrador", "Raul Labrador")
    assert same_entity("Representative Rashida Tlaib of Michigan", "Rashida Tlaib")
    assert same_entity("Raúl R. Labrador", "Idaho Rep. Raul Labrador")
    assert not same_entity("Seth Hutchinson", "Asa Hutchinson")
    assert not same_entity("Seth Hutchinson", "Arkansas Gov. Asa Hutchinson")


def _answers(question: str, text: str) -> list[str]:
    from assistant.answer.evidence import collect
    from assistant.retrieval.embeddings import FakeEmbedder
    from assistant.verify.support import Passage, Verifier

    p = Passage(n=1, text=text, source="Wire", article_id="a", chunk_id="a:0")
    return [sp.text for s in collect(analyse(question), [p], Verifier(FakeEmbedder())) for sp in s.answers]


def test_a_short_form_in_the_question_is_not_the_answer():
    assert "United States" not in _answers("Which U.S. city recorded the most murders in 2020?",
                                           "Murders in the United States rose by 30 percent in 2020.")


def test_a_vote_tally_is_a_tally_not_any_count():
    q = "What was the final Senate vote tally on the infrastructure bill?"
    assert _answers(q, "The Senate infrastructure bill clocked in at some 2,700 pages.") == []
    assert _answers(q, "The Senate passed the infrastructure bill 69-30 on Tuesday.") == ["69-30"]
