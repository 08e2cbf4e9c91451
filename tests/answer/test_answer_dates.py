"""Dates travel with citations: "as of" when cited reports differ in date, and filters reach retrieval."""

from __future__ import annotations

from assistant.answer.engine import AnswerEngine
from assistant.answer.generators import FakeGenerator
from assistant.ingest import RawArticle
from assistant.retrieval.indexing import Indexer
from assistant.retrieval.search import Filters

EARLY = ("The port authority said 120 ships were stuck outside the harbour on Monday after the storm. "
         "Pilots could not board vessels in the high swell.")
LATER = ("The port authority said 40 ships were still waiting outside the harbour on Thursday. "
         "Most vessels had docked once the swell eased.")


def _lib(fake_library):
    arts = [RawArticle(title="Ships stuck", body=EARLY, source="Harbour Herald", url=None,
                       published_at="2026-03-02", origin="early"),
            RawArticle(title="Ships waiting", body=LATER, source="Coast News", url=None,
                       published_at="2026-03-05", origin="later")]
    assert Indexer(fake_library.settings, fake_library.store, fake_library.embedder).run(arts).added == 2
    return fake_library


def test_answer_citing_reports_of_different_dates_says_as_of(fake_library):
    lib = _lib(fake_library)
    q = "How many ships are waiting outside the harbour?"
    order = {r.source: n for n, r in enumerate(lib.search(q, 2), 1)}  # sources are numbered in rank order
    gen = FakeGenerator([f"The port authority said 120 ships were stuck outside the harbour [{order['Harbour Herald']}]. "
                         f"The port authority said 40 ships were still waiting outside the harbour [{order['Coast News']}]."])
    a = AnswerEngine(lib, generator=gen).ask(q, k=2)
    assert not a.refused, a.notices
    assert {c.published_at for c in a.citations} == {"2026-03-02", "2026-03-05"}
    assert "As of 2026-03-05" in a.answer
    assert any("2026-03-02 to 2026-03-05" in n for n in a.notices)


def test_date_and_source_filters_pass_through_to_retrieval(fake_library):
    lib = _lib(fake_library)
    gen = FakeGenerator()
    engine = AnswerEngine(lib, generator=gen)
    engine.ask("How many ships are outside the harbour?", filters=Filters(since="2026-03-04"))
    assert {p.published_at for p in gen.calls[-1][1]} == {"2026-03-05"}
    engine.ask("How many ships are outside the harbour?", filters=Filters(source="Harbour Herald"))
    assert {p.source for p in gen.calls[-1][1]} == {"Harbour Herald"}
