"""The answer chain with the shipped fake generator and FakeEmbedder: parsing, mapping, verification."""

from __future__ import annotations

import pytest

from assistant.answer.engine import REFUSAL, AnswerEngine, parse_citations
from assistant.answer.generators import FakeGenerator, get_generator
from assistant.errors import ConfigError


@pytest.fixture
def seeded_fake(fake_library, seeds_dir):
    assert fake_library.ingest([str(seeds_dir)]).added == 2
    return fake_library


def _bodies(lib):
    return {a.id: lib.article(a.id).body for a in lib.articles()}


def test_parse_citations_moves_trailing_markers_back():
    got = parse_citations("First claim [1]. Second claim. [2][3] Third [1, 4].")
    assert got == [("First claim.", [1]), ("Second claim.", [2, 3]), ("Third.", [1, 4])]


def test_markers_map_to_exact_quotes_and_bad_marker_is_dropped(seeded_fake):
    q = "How many rocket launchers were presented?"
    passages = seeded_fake.search(q, 3)
    fact = "50 600mm-caliber multiple rocket launchers were presented to the Ninth Congress"
    gen = FakeGenerator([f"{fact} [1][2][3]. Kim also flew to the moon [9]."])
    engine = AnswerEngine(seeded_fake, generator=gen)
    a = engine.ask(q, k=3)
    assert len(passages) == 3
    assert not a.refused and a.provider == "fake"
    assert "[9]" not in a.answer and any("[9]" in n for n in a.notices)
    bodies = _bodies(seeded_fake)
    assert a.citations
    for c in a.citations:
        assert bodies[c.article_id][c.start:c.end] == c.quote
        assert c.chunk_id.startswith(c.article_id)
    first = a.sentences[0]
    assert first.supported and first.citations
    assert all(cit.support >= 0.45 for cit in a.citations if cit.n in first.citations)
    moon = [s for s in a.sentences if "moon" in s.text]
    assert moon and not moon[0].supported


def test_unsupported_sentence_is_flagged_not_silently_kept(seeded_fake):
    gen = FakeGenerator(["Kim presented 50 rocket launchers to the party congress [1]. "
                         "The launchers cost 9 billion dollars and were sold to Brazil [1]."])
    a = AnswerEngine(seeded_fake, generator=gen).ask("What did Kim present?")
    flags = {s.text.split()[1]: s.supported for s in a.sentences}
    assert flags["presented"] is True and flags["launchers"] is False
    assert any("not supported" in n for n in a.notices)
    # Flagged in the record, but never shown as cited text.
    assert "Brazil" not in a.answer and "presented" in a.answer
    assert [s.citations for s in a.sentences if not s.supported] == [[]]


def test_refusal_reply_and_unverifiable_reply_refuse(seeded_fake):
    a = AnswerEngine(seeded_fake, generator=FakeGenerator([REFUSAL])).ask("Who won the cup final?")
    assert a.refused and a.answer == REFUSAL and a.citations == []
    b = AnswerEngine(seeded_fake, generator=FakeGenerator(["Bananas are yellow [1]."])).ask("Colour of bananas?")
    assert b.refused and b.citations == []


def test_stream_yields_deltas_then_one_answer(seeded_fake):
    gen = FakeGenerator(["Kim presented 50 rocket launchers to the party congress [1]."])
    items = list(AnswerEngine(seeded_fake, generator=gen).stream("What did Kim present?"))
    assert all(isinstance(i, str) for i in items[:-1]) and len(items) > 3
    assert items[-1].answer and sum(not isinstance(i, str) for i in items) == 1
    assert set(items[-1].timings_ms) >= {"retrieve", "generate", "verify", "total"}


def test_registry_knows_providers_and_rejects_unknown(settings):
    from assistant.verify.support import Verifier

    v = Verifier(None)
    assert get_generator("extractive", settings, v).provider == "extractive"
    assert get_generator("fake", settings, v).provider == "fake"
    with pytest.raises(ConfigError):
        get_generator("nope:x", settings, v)
    with pytest.raises(ConfigError):
        get_generator("openai", settings, v)
