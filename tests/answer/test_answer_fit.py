"""What a number or date question measures, and names that are only a sentence's first word."""

from __future__ import annotations

import pytest

from assistant.answer.fit import fits_measure, measure_of, opens_with_common_word
from assistant.text.entities import typed_spans


def _fits(question: str, sent: str) -> list[str]:
    m = measure_of(question)
    return [sp.text for sp in typed_spans(sent) if fits_measure(sent, sp, m)]


@pytest.mark.parametrize("question,measure", [
    ("How far off course did she run?", "distance"),
    ("How deep was the pit?", "distance"),
    ("How heavy was the net?", "weight"),
    ("How old was Joe Lieberman then?", "age"),
    ("In which year did he hand over the report?", "year"),
    ("On what date is the film due in cinemas?", "day"),
    ("How many launchers were shown?", None),
])
def test_measure_of_a_question(question, measure):
    assert measure_of(question) == measure


def test_a_distance_needs_a_distance_unit():
    assert "three miles" in " ".join(_fits("How far did she run?", "She ran three miles off course near mile 17."))
    assert "17" not in _fits("How far did she run?", "Her troubles began around mile 17 of the race.")
    assert _fits("How deep was the pit?", "She dangled him over the 10-foot-deep enclosure.") == ["10-foot-deep"]
    # An archive that spaces its hyphens writes the same measure as "10 - foot - deep".
    assert _fits("How deep was the pit?", "She dangled him over the 10 - foot - deep enclosure.") == ["10 - foot - deep"]


def test_an_age_is_an_age():
    assert _fits("How old was he?", "Lieberman, 75, served in the Senate from 1989-2013.")[0] == "75"
    assert "91" in _fits("Until what age will he work?", "He does not want to retire until he is 91.")
    assert _fits("How old was he?", "Mueller has almost four dozen questions for the president.") == []


def test_year_and_day_questions_want_a_year_and_a_calendar_day():
    sent = "The report reached a senior officer last night, and was first written in 1975."
    assert [x for x in _fits("In which year was it written?", sent)] == ["1975"]
    assert _fits("On what date is the film out?", "The movie, due out on Friday, opens on august 7.") == ["august 7"]


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_name():
    body = "Fighters moved in within hours. Within hours, Taliban fighters were in the city center."
    sent = "Within hours, Taliban fighters were in the city center."
    first = typed_spans(sent)[0]
    assert first.text == "Within" and opens_with_common_word(sent, first, body)
    named = "Ashraf Ghani had fled the country by nightfall."
    assert not opens_with_common_word(named, typed_spans(named)[0], named)


def test_a_sentence_opening_word_english_rarely_capitalises_is_no_name_even_once_in_an_article():
    # The article never writes "within" or "local" in lower case; the word-casing table knows better.
    for sent in ("Within hours, Taliban fighters were in the city center.",
                 "Local media report Taliban fires on them."):
        first = typed_spans(sent)[0]
        assert opens_with_common_word(sent, first, sent), first
    # A name stays a name at the start of a sentence.
    for sent in ("Washington said on Monday it would respond.", "Kabul fell on Sunday."):
        assert not opens_with_common_word(sent, typed_spans(sent)[0], sent)


def test_which_month_wants_a_month_and_a_month_alone_is_a_date():
    assert measure_of("In which month did Lee Jae Myung take office?") == "month"
    sent = "On Thursday, Lee, who has sought better ties since taking office in June, spoke."
    assert _fits("In which month did Lee take office?", sent) == ["June"]
    # "May" is a month only where a month can stand.
    assert [s.text for s in typed_spans("He may go in May.")] == ["May"]
