"""Answer spans and sentence signals in the cases where the span or the names were lost: a name that
is only the asked-for noun, a long name opening its sentence, a bare figure whose counted noun comes
earlier, a rate per a base, and a pronoun standing for the person the sentence before names."""

from __future__ import annotations

from assistant.answer.evidence import collect
from assistant.answer.question import analyse
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.verify.support import Passage, Verifier


def _sents(question: str, text: str):
    p = Passage(n=1, text=text, source="Wire", article_id="a", chunk_id="a:0")
    return collect(analyse(question), [p], Verifier(FakeEmbedder()), {"a": text})


def _answers(question: str, text: str) -> list[str]:
    return [sp.text for s in _sents(question, text) for sp in s.answers]


def test_the_asked_for_noun_in_the_question_does_not_make_every_such_name_the_questions_own() -> None:
    q = "Which super PAC paid for the ads on Facebook?"
    assert _answers(q, "Then the Citizens For Fairness PAC paid for the ads on Facebook.") == ["Citizens For Fairness PAC"]
    # A name the question does give is still not its own answer.
    assert _answers("Which group did Maria Lopez join after her Senate run?",
                    "Then Lopez joined the group last spring after her Senate run.") == []


def test_a_long_name_may_open_its_sentence_with_an_ordinary_word() -> None:
    text = "Make America Awesome PAC paid for the ads. Groups make ads all year."
    assert _answers("Which super PAC paid for the ads?", text) == ["Make America Awesome PAC"]
    # One ordinary capitalised word opening the sentence is still no name.
    assert _answers("Where did the rally take place?", "Within hours the rally took place. Rallies end within hours.") == []


def test_a_bare_figure_counts_what_the_sentence_says_it_counts() -> None:
    q = "How many people were collecting jobless benefits in the week?"
    assert _answers(q, "Continuing claims, the number of people collecting benefits, dropped to 2.59 million, "
                       "a low for the week.") == ["2.59 million"]
    # Without the counted noun the figure counts something else.
    assert _answers(q, "Continuing claims for jobless benefits dropped to 2.59 million, a low for the week.") == []
    # A figure with its own noun counts that noun, whatever the sentence says earlier.
    assert _answers(q, "The number of people collecting benefits fell as 40 offices closed in the week.") == []


def test_a_rate_per_a_base_answers_what_rate() -> None:
    q = "What was the maternal mortality rate in 2019?"
    assert _answers(q, "In 2019 the maternal mortality rate in the country was 20.1 per 100,000 live births.")[0] \
        .startswith("20.1")
    assert _answers(q, "In 2019 the maternal mortality rate in the country rose by 4 points to 20.1%.") == ["20.1%"]


def test_a_pronoun_opening_the_sentence_stands_for_the_person_the_sentence_before_names() -> None:
    q = "Which judge accepted Jesse Jackson Jr.'s guilty plea?"
    text = "Jesse Jackson Jr. spent campaign money on himself. He pleaded guilty before Judge Robert L. Wilkins."
    by_text = {s.text: s for s in _sents(q, text)}
    assert by_text["He pleaded guilty before Judge Robert L. Wilkins."].names_in_sentence == 1.0
    # Without the pronoun the sentence names no one the question names.
    text = "Jesse Jackson Jr. spent campaign money on himself. Aides pleaded guilty before Judge Robert L. Wilkins."
    by_text = {s.text: s for s in _sents(q, text)}
    assert by_text["Aides pleaded guilty before Judge Robert L. Wilkins."].names_in_sentence == 0.0


def test_the_wounded_are_counted_apart_from_the_dead() -> None:
    q = "How many people had the archive counted as wounded over the holiday weekend?"
    text = "By Monday the archive counted 189 people killed and 516 injured over the holiday weekend."
    assert _answers(q, text) == ["516 injured"]
    assert _answers(q, "Over the holiday weekend six people were wounded, the archive counted.") == ["six people"]
    assert _answers("How many people were killed over the holiday weekend?", text)[0] == "189 people"


def test_a_us_state_is_no_country() -> None:
    text = "Harris visited El Paso, Texas, after her first trip abroad, to Guatemala."
    assert _answers("Which Central American country did Harris visit on her first trip abroad?", text) == ["Guatemala"]
    assert "Texas" in _answers("Which state did Harris visit after her trip abroad?", text)
    # Georgia is a country as well as a state.
    assert _answers("Which country did the envoy visit first?", "The envoy visited Georgia first.") == ["Georgia"]


def test_a_persons_full_name_answers_who_before_a_bare_name() -> None:
    text = "Billionaire Amazon founder Jeff Bezos flew to space a week after Richard Branson reached space."
    assert _answers("Which fellow billionaire flew to space a week before Jeff Bezos?", text)[0] == "Richard Branson"


def test_a_name_in_the_wh_phrase_must_be_in_a_sentence_that_lacks_the_questions_verb() -> None:
    q = "Which Texas senator called the report on the attorney general's service record a blockbuster?"
    assert _answers(q, "The seat being vacated by Sen. Chris Dodd drew many candidates.") == []
    assert _answers(q, "The seat drew interest from Texas Sen. John Cornyn, who runs the campaign arm.") == ["John Cornyn"]


def test_one_outlets_two_stories_with_different_values_are_no_disagreement() -> None:
    from assistant.answer.extractive import ExtractiveGenerator

    q = analyse("How many rocket launchers did the factory ship to the army on Monday?")
    gen = ExtractiveGenerator(Verifier(FakeEmbedder()))

    def draft(second_source: str):
        ps = [Passage(n=1, text="The factory shipped 50 rocket launchers to the army on Monday.", source="Metro",
                      article_id="a", chunk_id="a:0"),
              Passage(n=2, text="The factory shipped 40 rocket launchers to the army on Monday.", source=second_source,
                      article_id="b", chunk_id="b:0")]
        return gen.draft(q, ps, {p.article_id: p.text for p in ps})

    assert draft("Wire").conflict  # two outlets: both values, each cited
    one = draft("Metro")  # one outlet's two stories: its best-scoring value alone
    assert not one.conflict and one.short_answer.split()[0] in ("50", "40")


def test_a_lists_short_answer_names_each_person_once() -> None:
    from assistant.answer.extractive import ExtractiveGenerator

    q = analyse("Which candidates for FBI director did the president interview?")
    ps = [Passage(n=1, text="The president interviewed James Comey and Andrew McCabe for FBI director.", source="Wire",
                  article_id="a", chunk_id="a:0"),
          Passage(n=2, text="On Tuesday at the White House, the president interviewed James B. Comey and Senator "
                                "John Cornyn, the Texas Republican, for FBI director in a long meeting.",
                  source="Metro", article_id="b", chunk_id="b:0")]
    d = ExtractiveGenerator(Verifier(FakeEmbedder())).draft(q, ps, {p.article_id: p.text for p in ps})
    items = d.short_answer.split(", ")
    assert sum("Comey" in i for i in items) == 1 and any("Cornyn" in i for i in items), d.short_answer
