"""The RGB-style answer metrics (accuracy, rejection, premises, conflicts, short answers) on hand-built Answers."""

from __future__ import annotations

import pytest

from assistant.evals import metrics as M
from assistant.evals.scoring import aggregate, by_kind, score_answer
from assistant.evals.suite import Question
from assistant.schema import Answer


def _ans(text: str, refused: bool = False, short: str | None = None, kind: str = "factoid") -> Answer:
    return Answer(question="q", answer=text, refused=refused, provider="hand", short_answer=short, kind=kind)


def _score(q: Question, a: Answer) -> dict:
    return score_answer(q, a, set(), [], 5, {}, lambda s, e: True)


def _q(qid: str, kind: str = "single", **kw) -> Question:
    answerable = kw.pop("answerable", kind not in ("unanswerable", "false-premise", "wrong-entity"))
    return Question(id=qid, question="q?", kind=kind, answerable=answerable, **kw)


REFUSAL = "The articles do not say."


@pytest.mark.parametrize("short, facts, expected", [
    ("50", [["50", "fifty"]], True),
    ("Fifty launchers", [["50", "fifty"]], True),
    ("on May 2 in Las Vegas", [["May 2"]], True),              # 6 words: still a span
    ("It was reported by the agency that 50 were shown", [["50"]], False),  # a clause, not a span
    ("150", [["50"]], False),                                  # whole words only
    (None, [["50"]], False),
    ("the Democratic People's Republic of Korea", [["Democratic People's Republic of Korea"]], True),  # long alias
    ("the Democratic People's Republic of Korea's leader Kim", [["Democratic People's Republic of Korea"]], False),
])
def test_short_answer_match(short, facts, expected):
    assert M.short_answer_match(short, facts[0]) is expected


@pytest.mark.parametrize("refused, text, handled, accepted", [
    (True, REFUSAL, True, False),
    (False, "The articles say 50 launchers, not 100 [1].", True, False),   # corrected (mentions both)
    (False, "The 100 launchers were shown to deter Seoul [1].", False, True),  # went along
    (False, "They were shown to deter Seoul [1].", False, False),          # neither
])
def test_premise_outcome(refused, text, handled, accepted):
    assert M.premise_outcome(refused, text, [["50"]], [["100"]]) == (handled, accepted)


@pytest.mark.parametrize("refused, text, detected, false_only", [
    (False, "The sources differ: Metro says 90 percent [1]; Altered Wire says 70 percent [2].", True, False),
    (False, "Roach said 70 percent [1].", False, True),
    (False, "Roach said 90 percent [1].", False, False),
    (True, REFUSAL, False, False),
])
def test_conflict_outcome(refused, text, detected, false_only):
    assert M.conflict_outcome(refused, text, [["90 percent"]], [["70 percent"]]) == (detected, false_only)


def test_answer_words_ignore_markers_and_punctuation():
    assert M.answer_words("Kim presented 50 launchers [1], Metro says [2].") == 6


def _records() -> list[dict]:
    fact = [["50", "fifty"]]
    cases = [
        (_q("a1", facts=fact), _ans("Kim presented 50 launchers [1].", short="50 launchers")),   # right, EM
        (_q("a2", facts=fact), _ans("He showed fifty new launchers at a ceremony in Pyongyang [1].",
                                    short="a ceremony in Pyongyang")),                        # right, EM miss
        (_q("a3", facts=fact), _ans(REFUSAL, refused=True)),                                   # false refusal
        (_q("a4", "multi", facts=[["Metro"], ["Bloomberg"]]), _ans("Metro reported it [1].", kind="list")),  # half
        (_q("a5", facts=fact), _ans("They were shown on Thursday [1].")),                      # wrong, no short
        (_q("u1", "unanswerable"), _ans(REFUSAL, refused=True)),
        (_q("u2", "unanswerable"), _ans("Their range is 200 km [1].")),
        (_q("p1", "false-premise", answerable=True, facts=fact, forbidden=[["100"]]), _ans(REFUSAL, refused=True)),
        (_q("p2", "false-premise", answerable=True, facts=fact, forbidden=[["100"]]),
         _ans("The 100 launchers impressed Kim [1].")),
        (_q("c1", "conflict", facts=[["90 percent"]], altered=[["70 percent"]]),
         _ans("The sources differ: A says 90 percent [1]; B says 70 percent [2].", short="90 percent / 70 percent")),
        (_q("c2", "conflict", facts=[["90 percent"]], altered=[["70 percent"]]), _ans("It was 70 percent [1].")),
    ]
    return [_score(q, a) for q, a in cases]


def test_suite_metrics_from_hand_built_answers():
    m = aggregate(_records(), [])
    assert m["accuracy"] == pytest.approx(2 / 5)                # a1, a2 of the five plain answerable
    assert m["median_answer_words"] == 4.5                      # non-refused plain answers: 4, 10, 3, 5 words
    assert m["rejection_rate"] == 0.5                           # u1 refused, u2 answered
    assert (m["premise_handled_rate"], m["premise_accepted_rate"]) == (0.5, 0.5)
    assert (m["conflict_detection"], m["false_only_rate"]) == (0.5, 0.5)
    assert m["short_answer_em"] == 0.5                          # a1 yes, a2 no; a5 gave none (not counted)
    assert m["short_answer_rate"] == pytest.approx(2 / 3)       # a1, a2 of a1, a2, a5 (a3 refused)
    # A refused false premise is handled, not a false refusal; the refused a3 is.
    assert m["false_refusal_rate"] == pytest.approx(1 / 7)      # a1-a5, c1, c2
    assert m["refusal_accuracy"] == 0.5


def test_failures_say_what_went_wrong():
    # Hand-built answers carry markers without citations: leave the citation failures out here.
    recs = {r["id"]: {"failures": [f for f in r["failures"] if "citations" not in f]} for r in _records()}
    assert recs["p1"]["failures"] == []
    assert "went along with the false premise" in recs["p2"]["failures"][0]
    assert recs["c1"]["failures"] == [] and recs["c2"]["failures"] == ["gave only the altered value"]
    assert recs["a3"]["failures"] == ["refused an answerable question"]
    assert recs["u2"]["failures"] == ["answered a question it should refuse (unanswerable)"]


def test_by_kind_uses_each_kinds_own_success_figure():
    k = by_kind(_records())
    assert k["single"]["n"] == 4 and k["single"]["correct"] == 0.5
    assert k["unanswerable"]["correct"] == 0.5 and k["false-premise"]["correct"] == 0.5
    assert k["conflict"]["correct"] == 0.5 and k["conflict"]["median_words"] is None
    assert k["multi"]["correct"] == 0.0 and k["multi"]["fact_recall"] == 0.5
