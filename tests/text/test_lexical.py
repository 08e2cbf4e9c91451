"""Stems and the irregular forms a suffix stemmer cannot reach."""

from __future__ import annotations

import pytest

from assistant.text.lexical import IRREGULAR_PAST, content_terms, plural_noun, stem


@pytest.mark.parametrize("asked,told", [
    ("pay", "paid"), ("throw", "threw"), ("throw", "thrown"), ("find", "found"), ("win", "won"),
    ("steal", "stolen"), ("man", "men"), ("child", "children"), ("replace", "replaced"),
])
def test_a_question_in_the_base_form_matches_the_articles_irregular_past(asked, told):
    assert stem(asked) == stem(told)


@pytest.mark.parametrize("word", ["left", "shot", "saw", "ground"])
def test_a_form_that_is_also_a_noun_or_adjective_keeps_its_own_stem(word):
    # "the left", "a shot": mapping these to leave / shoot would match the wrong sense as often.
    assert stem(word) == word


def test_founded_and_found_stay_apart():
    assert stem("founded") != stem("found")


def test_content_terms_of_a_question_and_its_answer_sentence_share_the_verb():
    q = set(content_terms("How much did Liverpool pay for Balotelli?"))
    s = set(content_terms("Liverpool paid 16 million pounds for Balotelli."))
    assert stem("pay") in q & s


def test_irregular_past_tenses_come_from_the_library_table():
    assert {"threw", "won", "built", "led", "fled", "hit", "paid", "stole"} <= IRREGULAR_PAST
    # Regular pasts are left to the "-ed" rule, auxiliaries and modals to the question rules.
    assert not {"replaced", "sued", "was", "did", "could", "had"} & IRREGULAR_PAST



@pytest.mark.parametrize("word,plural", [
    ("launchers", True), ("fatalities", True), ("men", True), ("children", True), ("police", True),
    ("troops", True), ("kumquats", True),  # "kumquats": not in the table, the suffix model reads it
    ("bus", False), ("crisis", False), ("news", False), ("media", False), ("caliber", False), ("multiple", False),
])
def test_plural_nouns_come_from_the_library_not_from_a_final_s(word, plural):
    assert plural_noun(word) is plural


def test_a_count_in_a_question_and_in_a_sentence_counts_the_same_plural():
    from assistant.answer.question import analyse
    from assistant.answer.spans import _counted

    assert analyse("How many discriminatory social media messages did he receive?").unit == {stem("messages")}
    assert _counted(" 600mm-caliber multiple rocket launchers to the congress") == {stem("launchers")}
    assert _counted(" children were rescued") == {stem("child")}
