"""Value comparison used by retrieval (keeping near-copies that disagree) and the answerer (conflicts)."""

from __future__ import annotations

import pytest

from assistant.text.values import close_numbers, value_changes, value_difference


@pytest.mark.parametrize("a,b,rounding", [
    ("2,700 pages", "2,702 pages", True),  # the rough figure is the precise one rounded
    ("1.5 million", "1.53 million", True),
    ("50", "50", True),
    ("91", "95", False),  # same precision: a different age, not a rounding
    ("90 per cent", "88 per cent", False),
    ("168", "162", False),
    ("100", "150", False),
    ("fifty", "50", False),  # not numerals: value_changes handles spelled numbers
])
def test_close_numbers_means_one_is_a_rounding_of_the_other(a, b, rounding):
    assert close_numbers(a, b) is rounding


def test_value_difference_finds_the_one_swapped_value():
    a = "Danny willett aims to be the first debutant to win since fuzzy zoeller in 1979."
    b = "Danny willett aims to be the first debutant to win since tiger woods in 1979."
    assert value_difference(a, b) == ("fuzzy zoeller", "tiger woods")
    assert value_difference(a, a) is None
    assert value_difference(a, "An entirely different sentence about the weather today.") is None
    # Same number spelled two ways, or a rounding: no difference in value.
    assert value_difference("They found two bodies in the house.", "They found 2 bodies in the house.") is None
    assert value_difference("The report ran to 2,700 pages in all.", "The report ran to 2,702 pages in all.") is None


def test_value_changes_reports_several_swaps_in_a_passage():
    a = "The mayor of Hamburg said 40 people were hurt. Police in Hamburg closed the road on Monday."
    b = "The mayor of Berlin said 40 people were hurt. Police in Berlin closed the road on Monday."
    assert value_changes(a, b, max_changes=3) == [("Hamburg", "Berlin"), ("Hamburg", "Berlin")]
    assert value_changes(a, b, max_changes=1) is None  # two changes exceed the budget
    assert value_changes(a, a) == []
