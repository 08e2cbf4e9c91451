"""Eval metrics on hand-made answers: no model, no store."""

from __future__ import annotations

import pytest

from assistant.evals import metrics as M


@pytest.mark.parametrize("alias, text, expected", [
    ("600mm", "50 new 600mm-calibre multiple rocket launchers", True),
    ("600 mm", "50 new 600mm-calibre launchers", False),          # aliases are explicit, not fuzzy
    ("Kim Yo Jong", "his sister kim yo jong, said", True),       # case
    ("Workers' Party", "the ruling Workers’ Party [2].", True),   # curly vs straight apostrophe
    ("1,300", "built 1, 300 years ago", True),                    # punctuation-insensitive
    ("Valparaiso", "opened in Valparaíso on Monday", True),       # accents
    ("50", "150 launchers", False),                               # whole words only
    ("AI", "equipped with AI and advanced guiding [1]", True),
    ("said", "", False),
])
def test_alias_matching(alias, text, expected):
    assert M.alias_present(alias, text) is expected


def test_markers_do_not_count_as_facts():
    assert not M.fact_present(["1"], "Kim presented launchers [1].")
    assert M.strip_markers("A [1]. B [2, 3].") == "A. B."


def test_fact_recall_counts_facts_not_aliases():
    facts = [["50", "fifty"], ["600mm", "600 mm"], ["Pyongyang"]]
    assert M.fact_recall(facts, "Fifty launchers of 600 mm calibre") == pytest.approx(2 / 3)
    assert M.fact_recall([], "anything") == 1.0


def _judge(sentence: str, evidence: str) -> bool:
    """Toy entailment: every word of the sentence appears in the evidence."""
    ev = set(M.normalise(evidence).split())
    return set(M.normalise(sentence).split()) <= ev


def test_alce_citation_recall_and_precision():
    sentences = [
        M.CitedSentence("kim presented 50 launchers", ["kim presented 50 launchers in pyongyang"]),  # supported
        M.CitedSentence("kim presented 50 launchers", ["kim presented", "50 launchers"]),            # jointly
        M.CitedSentence("the launchers are 600mm", ["the launchers are 600mm", "weather was cold"]),  # 1 irrelevant
        M.CitedSentence("trump attended", ["kim attended"]),                                           # unsupported
        M.CitedSentence("no citation here", []),
    ]
    s = M.citation_scores(sentences, _judge)
    assert s.recall == pytest.approx(3 / 5)
    # citations: 1 + 2 + 2 + 1 + 0 = 6; precise: 1 + 2 + 1 + 0 = 4
    assert s.citations == 6
    assert s.precision == pytest.approx(4 / 6)
    assert s.per_sentence[2]["irrelevant"] == [1]
    assert not s.per_sentence[3]["supported"]


def test_alce_redundant_but_needed_citation_is_precise():
    # Neither alone supports, removing either breaks support: both are precise.
    s = M.citation_scores([M.CitedSentence("a b", ["a", "b"])], _judge)
    assert (s.recall, s.precision) == (1.0, 1.0)
    # Two citations each supporting alone: neither is irrelevant (each supports on its own).
    s = M.citation_scores([M.CitedSentence("a b", ["a b", "b a"])], _judge)
    assert s.precision == 1.0


def test_alce_empty():
    s = M.citation_scores([], _judge)
    assert (s.recall, s.precision, s.citations) == (0.0, 0.0, 0)


def test_hit_mrr_recall():
    ranked = ["x", "a", "y", "b", "z"]
    assert M.hit_at_k(ranked, {"b"}, 5) == 1.0
    assert M.hit_at_k(ranked, {"b"}, 3) == 0.0
    assert M.mrr_at_k(ranked, {"a", "b"}) == 0.5
    assert M.mrr_at_k(ranked, {"q"}) == 0.0
    assert M.mrr_at_k(["x"] * 10 + ["a"], {"a"}, 10) == 0.0
    assert M.recall_at_k(ranked, {"a", "b", "q"}, 5) == pytest.approx(2 / 3)


def test_pairwise_grouping():
    gold = [["m", "b", "r"], ["s"]]
    # one merged pair right (m-b), r split off, s wrongly merged with m
    pred = [["m", "b", "s"], ["r"], ["unrelated", "other"]]
    p, r = M.pairwise_grouping(pred, gold)
    assert p == pytest.approx(1 / 3)   # predicted pairs in universe: m-b, m-s, b-s
    assert r == pytest.approx(1 / 3)   # gold pairs: m-b, m-r, b-r
    assert M.pairwise_grouping([["m"], ["b"]], [["m", "b"]]) == (1.0, 0.0)
    assert M.pairwise_grouping([["m", "b"]], [["m"], ["b"]]) == (0.0, 1.0)


def test_duplicate_sentences():
    sents = ["Kim presented 50 launchers in Pyongyang [1].",
             "In Pyongyang, Kim presented 50 launchers [2].",
             "Seoul expressed regret over drones."]
    assert M.duplicate_sentences(sents) == [1]


def test_percentile_and_passes():
    assert M.percentile([], 50) == 0.0
    assert M.percentile([10, 20, 30, 40], 50) == 25
    assert M.percentile([5], 95) == 5
    assert M.passes("fact_recall", 0.8, 0.8)
    assert not M.passes("fact_recall", 0.79, 0.8)
    assert M.passes("false_refusal_rate", 0.1, 0.2)          # lower is better
    assert not M.passes("false_refusal_rate", 0.3, 0.2)
    assert M.passes("latency_p95_ms", 900, {"max": 1000})
    assert not M.passes("hit_at_k", 0.5, {"min": 0.6, "max": 1.0})


def _hand_percentile(values: list[float], q: float) -> float:
    """The hand-written interpolation numpy replaced, kept here as the reference it must match."""
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


from hypothesis import given, strategies as st  # noqa: E402


@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=60), st.sampled_from([0, 5, 50, 90, 95, 99, 100]))
def test_numpy_percentile_matches_the_hand_written_one(values, q):
    assert abs(M.percentile(values, q) - _hand_percentile(values, q)) <= 1e-6 * max(1.0, max(values))
