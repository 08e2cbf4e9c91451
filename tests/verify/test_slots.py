"""When differing values are a real conflict (verify.slots), on sentences from the labelled real pairs."""

from __future__ import annotations

from assistant.verify.slots import is_conflict, numbers_differ, same_slot


def test_a_rounded_or_hedged_figure_is_the_same_figure():
    a = "The secretary of state's office found that organizers had collected 1,626,042 signatures."
    b = "The campaign collected more than 1.6 million verified signatures."
    assert not numbers_differ(a, ["1,626,042 signatures"], b, ["1.6 million"])
    assert not numbers_differ("Obama cut $716 billion.", ["716 billion"], "Obama cut $700 billion.", ["700 billion"])


def test_a_different_figure_for_the_same_thing_is_a_conflict():
    a = "Pelosi will push a vote on a $1 trillion infrastructure bill this week."
    b = "Progressives will vote against the $1.2 trillion infrastructure bill this week."
    assert is_conflict("number", 0.65, a, ["1 trillion"], b, ["1.2 trillion"])
    # One shared word of what is counted is not enough: precision over recall (see verify/slots.py).
    a = "Democrats countered with $1.3 billion for general border security."
    b = "Trump asked for $5.7 billion for a border wall."
    assert not is_conflict("number", 0.65, a, ["1.3 billion"], b, ["5.7 billion"])
    # "nearly $1 trillion" excludes 1.2 trillion; "more than 150" admits 160.
    assert numbers_differ("nearly $1 trillion bill", ["1 trillion"], "$1.2 trillion bill", ["1.2 trillion"])
    assert not numbers_differ("more than 150 migrants", ["150 migrants"], "160 migrants", ["160 migrants"])


def test_figures_that_count_different_things_are_not_a_conflict():
    a = "President Joe Biden will unveil a $6 trillion budget proposal on Friday."
    b = "President Joe Biden will propose $5 trillion in new federal spending over the next decade on Friday."
    assert not same_slot(a, ["6 trillion"], b, ["5 trillion"])
    assert not is_conflict("number", 0.72, a, ["6 trillion"], b, ["5 trillion"])


def test_two_different_quotes_are_not_characterisations_of_one_thing():
    # The seeds' old false positive: a one-word label against a seven-word quote.
    assert not is_conflict("characterisation", 0.6, "Kim called the South ‘enemy’.", ["‘enemy’"],
                           "The military keeps “vigilance in all sectors along the southern border”.",
                           ["“vigilance in all sectors along the southern border”"])
    assert is_conflict("characterisation", 0.6, "tailored for ‘a special attack’", ["‘a special attack’"],
                       "designed for a “strategic mission”", ["“strategic mission”"])


def test_days_need_a_close_paraphrase():
    a = "Gov. Asa Hutchinson on Wednesday urged lawmakers to change the bill."
    b = "Gov. Asa Hutchinson signed a revised version of the bill on Thursday."
    assert not is_conflict("date", 0.55, a, ["Wednesday"], b, ["Thursday"])
