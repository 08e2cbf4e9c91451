"""Verifier support scores and disagreement detection, with the deterministic FakeEmbedder."""

from __future__ import annotations

import pytest

from assistant.retrieval.embeddings import FakeEmbedder
from assistant.verify.disagreements import find_disagreement_details, find_disagreements
from assistant.verify.support import SUPPORT_THRESHOLD, Passage, Verifier


@pytest.fixture
def verifier() -> Verifier:
    return Verifier(FakeEmbedder())


def test_support_orders_quote_paraphrase_wrong_number_unrelated(verifier):
    evidence = "The ministry said 40 new buses were delivered to the city of Lyon on Tuesday."
    quote = verifier.support("The ministry said 40 new buses were delivered to the city of Lyon on Tuesday.", evidence)
    para = verifier.support("Lyon received 40 new buses on Tuesday, the ministry said.", evidence)
    wrong = verifier.support("Lyon received 70 new buses on Tuesday, the ministry said.", evidence)
    unrelated = verifier.support("The football club signed a new striker from Porto.", evidence)
    assert quote > para > wrong > unrelated
    # The score is the fitted model's (human judgements are noisy, so even a verbatim quote tops out
    # near 0.8); what matters is the order and which side of the threshold each lands.
    assert quote >= 0.75 and wrong < SUPPORT_THRESHOLD and unrelated < 0.3


def test_best_span_is_the_supporting_sentence(verifier):
    chunk = ("Rain fell all day. The council approved 12 new parks in the north of the city. "
             "Critics said the plan came too late.")
    a, b, score = verifier.best_span("The council approved 12 new parks.", chunk)
    assert chunk[a:b] == "The council approved 12 new parks in the north of the city."
    assert score > 0.5


def _p(n, text, source, aid):
    return Passage(n=n, text=text, source=source, article_id=aid, chunk_id=f"{aid}:0")


def test_characterisation_difference_without_numbers(verifier):
    ps = [
        _p(1, "The minister described the new border fence as a ‘temporary measure’ during the visit.", "Daily A", "a"),
        _p(2, "The minister described the new border fence as a “permanent barrier” during the visit.", "Wire B", "b"),
    ]
    ds = find_disagreements(ps, verifier=verifier)
    assert len(ds) == 1
    says = {s.source: s.says for s in ds[0].sources}
    assert "temporary measure" in says["Daily A"] and "permanent barrier" in says["Wire B"]
    assert {s.n for s in ds[0].sources} == {1, 2}


def test_number_and_date_differences(verifier):
    ps = [
        _p(1, "Officials said 40 people were injured in the stadium collapse in Porto on Tuesday.", "Daily A", "a"),
        _p(2, "Officials said 55 people were injured in the stadium collapse in Porto on Tuesday.", "Wire B", "b"),
    ]
    ds = find_disagreements(ps, verifier=verifier)
    assert any("40" in s.says for d in ds for s in d.sources)
    assert any("55" in s.says for d in ds for s in d.sources)


def test_agreement_same_outlet_and_unrelated_sentences_are_not_disagreements(verifier):
    same = [
        _p(1, "Officials said 40 people were injured in the stadium collapse.", "Daily A", "a"),
        _p(2, "Officials said 40 people were injured in the stadium collapse, police added.", "Wire B", "b"),
    ]
    assert find_disagreements(same, verifier=verifier) == []
    one_outlet = [
        _p(1, "Officials said 40 people were injured in the stadium collapse.", "Daily A", "a"),
        _p(2, "Officials said 55 people were injured in the stadium collapse.", "Daily A", "c"),
    ]
    assert find_disagreements(one_outlet, verifier=verifier) == []
    unrelated = [
        _p(1, "The bakery sold 300 loaves of bread on Monday.", "Daily A", "a"),
        _p(2, "Parliament passed 12 amendments to the tax law in March.", "Wire B", "b"),
    ]
    assert find_disagreements(unrelated, verifier=verifier) == []


def test_dates_clock_times_and_names_are_not_counts():
    from assistant.verify.disagreements import extract_values

    vals, _ = extract_values("By 11:30 p.m. on April 27, 2018, the Covid-19 unit had treated 40 patients.")
    assert vals["number"] == {"40"}


def test_figures_for_different_years_are_not_a_disagreement(verifier):
    ps = [_p(1, "The couple earned $30 million from speeches in 2014, the filing showed.", "Daily A", "a"),
          _p(2, "The couple earned $13 million from speeches in 2013, the filing showed.", "Wire B", "b")]
    says = [s.says for d in find_disagreements(ps, verifier=verifier) for s in d.sources]
    assert not any("million" in s for s in says), says


def test_one_quote_transcribed_twice_is_not_a_disagreement(verifier):
    ps = [_p(1, "Shipping groups warned of a “global transport system collapse” this winter.", "Daily A", "a"),
          _p(2, "Shipping groups warned of a “global transport systems collapse” this winter.", "Wire B", "b")]
    assert find_disagreements(ps, verifier=verifier) == []


def test_quotes_after_would_are_remarks_not_rival_labels(verifier):
    ps = [_p(1, "Trump said he would “respectfully” walk out of the meeting with Kim.", "Daily A", "a"),
          _p(2, "Trump said he would “leave the meeting” with Kim if it failed.", "Wire B", "b")]
    assert find_disagreements(ps, verifier=verifier) == []


def test_a_pair_budget_bounds_what_is_embedded():
    class Counting(FakeEmbedder):
        seen: list[str] = []

        def embed_documents(self, texts):
            self.seen.extend(texts)
            return super().embed_documents(texts)

        def embed_tokens(self, texts):
            return None  # sentence vectors only, so every embedded text passes embed_documents

    emb = Counting()
    ps = [_p(k + 1, " ".join(f"Officials said {10 + k * 7 + i} people were hurt in the Porto collapse."
                              for i in range(6)), f"Outlet {k}", f"a{k}") for k in range(5)]
    found = find_disagreements(ps, verifier=Verifier(emb))
    everything = len(set(emb.seen))
    emb.seen.clear()
    budgeted = find_disagreement_details(ps, verifier=Verifier(emb), max_pairs=2)
    assert len(set(emb.seen)) <= 4 < everything
    assert found and budgeted
