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
