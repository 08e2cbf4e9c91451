"""Typing capitalised names: an organisation's abbreviation at the end of a name makes it one."""

from __future__ import annotations

from assistant.answer.spans import beside_head
from assistant.text.entities import typed_spans


def _types(text: str) -> list[tuple[str, str]]:
    return [(s.text, s.type) for s in typed_spans(text)]


def test_a_name_ending_in_an_organisations_abbreviation_is_an_organisation() -> None:
    assert ("Make America Awesome PAC", "org") in _types("Make America Awesome PAC paid for the ads.")
    assert ("Acme Holdings LLC", "org") in _types("On Monday, Acme Holdings LLC sued the city.")
    # A short capitalised word inside a person's name is still a name ("Un" is no "UN").
    assert ("Kim Jong Un", "person") in _types("Kim Jong Un met Moon Jae-in at the border.")


def test_an_abbreviated_title_calls_the_person_by_the_role() -> None:
    text = "Sen. Steve Daines, a Montana Republican, cited the debt projection."
    daines = next(s for s in typed_spans(text) if s.text == "Steve Daines")
    assert beside_head("senat", text, daines)
    assert not beside_head("governor", text, daines)
    text = "Gov. Ann Lee and Steve Daines spoke."
    daines = next(s for s in typed_spans(text) if s.text == "Steve Daines")
    assert not beside_head("governor", text, daines)


def test_a_small_word_inside_a_capitalised_run_makes_it_a_title_or_body_not_a_person() -> None:
    assert ("Face the Nation", "person") not in _types('He spoke on CBS\'s "Face the Nation," on Sunday.')
    # Particles of a person's name are not such words.
    assert ("Ludwig van Beethoven", "person") in _types("Ludwig van Beethoven wrote it.")
    assert ("Leonardo da Vinci", "person") in _types("A drawing by Leonardo da Vinci sold.")


def test_a_name_with_a_digit_answers_no_who_or_where() -> None:
    from tests.answer.test_span_evidence import _answers

    text = "The paper on Covid-19 booster shots was written by scientists of the World Health Organization."
    assert "Covid-19" not in _answers("Which health body wrote the paper on booster shots?", text)
    assert "World Health Organization" in _answers("Which health body wrote the paper on booster shots?", text)


def test_an_abbreviated_title_inside_a_sentence_calls_the_person_by_the_role() -> None:
    text = "The toll was reported by Commander, Gen. Kenneth McKenzie during a briefing."
    mckenzie = next(s for s in typed_spans(text) if s.text == "Kenneth McKenzie")
    assert beside_head("general", text, mckenzie)
    assert not beside_head("senat", text, mckenzie)


def test_a_middle_initial_makes_a_person_even_after_a_preposition_of_place() -> None:
    assert ("Madeleine K. Albright", "person") in _types("A letter went back to Madeleine K. Albright on Monday.")
    assert ("Crawford", "place") in _types("The letter went back to Crawford on Monday.")


def test_a_paper_named_after_its_city_is_an_organisation() -> None:
    types = _types("A Los Angeles Times reporter and The New York Times saw it in New York.")
    assert ("Los Angeles Times", "org") in types and ("New York Times", "org") in types
    assert ("New York", "place") in types
