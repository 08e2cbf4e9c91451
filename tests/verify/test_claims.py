"""Claim splitting, conflicts and verdicts with the deterministic FakeEmbedder (fast, no model)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from assistant.evals.claimcheck import best_threshold, fit_monotone, load_pairs, scores
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.verify.check import read_pairs, verify_pairs
from assistant.verify.claims import ClaimChecker, Document, overall, split_claims
from assistant.verify.conflicts import find_conflicts
from assistant.verify.support import Verifier

STORY = ("North Korean leader Kim Jong Un inspected 50 new rocket launchers at a ceremony in Pyongyang on Wednesday. "
         "The weapons were handed to the ruling party congress, state media said. "
         "Officials said production of the launchers took two months.")


@pytest.fixture
def checker() -> ClaimChecker:
    return ClaimChecker(Verifier(FakeEmbedder()))


def _doc(text: str = STORY) -> Document:
    return Document(text=text, article_id="a1", chunk_id="a1:0", title="Launchers", source="Wire", offset=100)


def test_split_claims_keeps_offsets_and_splits_joined_clauses():
    text = "Kim inspected new rocket launchers in Pyongyang; the party congress received fifty weapons. Short one."
    spans = split_claims(text)
    assert [text[a:b] for a, b in spans] == ["Kim inspected new rocket launchers in Pyongyang",
                                             "the party congress received fifty weapons.", "Short one."]
    # "and" inside one clause does not split it
    assert len(split_claims("Kim and his sister attended the ceremony.")) == 1


KIM = "Kim Jong Un inspected 50 new rocket launchers at a ceremony in"


@pytest.mark.parametrize("claim,kind,says,theirs", [
    ("Kim Jong Un inspected 40 new rocket launchers at a ceremony in Pyongyang.", "number", "40", "50"),
    (KIM + " Seoul on Wednesday.", "place", "Seoul", "Pyongyang"),
    (KIM + " Pyongyang on Friday.", "date", "Friday", "Wednesday"),
])
def test_conflicting_values_are_found_with_both_spans(claim, kind, says, theirs):
    sentence = STORY.split(". ")[0] + "."
    (c,) = [c for c in find_conflicts(claim, sentence, STORY) if c.kind == kind]
    assert claim[c.claim_start:c.claim_end] == says == c.claim_says
    assert sentence[c.evidence_start:c.evidence_end] == theirs == c.evidence_says


def test_a_value_stated_elsewhere_in_the_evidence_is_no_conflict():
    context = STORY + " Another 40 launchers are expected next year."
    claim = "Kim Jong Un inspected 40 new rocket launchers at a ceremony in Pyongyang."
    assert not [c for c in find_conflicts(claim, STORY.split(". ")[0], context) if c.kind == "number"]


def test_verdicts_true_wrong_number_wrong_place_negated_absent(checker):
    doc = _doc()
    true = checker.check_claim("Kim Jong Un inspected 50 new rocket launchers at a ceremony in Pyongyang.", [doc])
    assert true.verdict == "supported" and true.score >= 0.45
    c = true.evidence[0]
    assert STORY[c.start - 100:c.end - 100] == c.quote and c.article_id == "a1"
    wrong = checker.check_claim("Kim Jong Un inspected 40 new rocket launchers at a ceremony in Pyongyang.", [doc])
    assert wrong.verdict == "contradicted" and wrong.conflicts[0].claim_says == "40"
    assert wrong.conflicts[0].evidence_says == "50" and wrong.score < true.score
    conflict = wrong.conflicts[0]
    assert STORY[conflict.start - 100:conflict.end - 100] == "50"
    place = checker.check_claim("Kim Jong Un inspected 50 new rocket launchers at a ceremony in Seoul.", [doc])
    assert place.verdict == "contradicted" and place.conflicts[0].kind == "place"
    negated = checker.check_claim("Officials said production of the launchers did not take two months.", [doc])
    assert negated.verdict == "contradicted" and negated.conflicts[0].kind == "negation"
    absent = checker.check_claim("The football club signed a striker from Porto for a record fee.", [doc])
    assert absent.verdict == "not_found" and absent.score < 0.45


def test_claim_offsets_refer_to_the_checked_text(checker):
    text = "The weapons were handed to the ruling party congress. Kim inspected 40 new rocket launchers."
    verdicts = checker.check(text, [_doc()])
    assert [text[v.start:v.end] for v in verdicts] == [v.claim for v in verdicts]
    c = verdicts[1].conflicts[0]
    assert text[c.claim_start:c.claim_end] == "40"
    assert overall(verdicts)[0] == "contradicted"


def test_pairs_batch_mode(checker, tmp_path):
    lines = [json.dumps({"id": "p1", "document": STORY, "claim": "Production of the launchers took two months."}),
             "", json.dumps({"id": "p2", "document": STORY, "claim": "Production took six months."})]
    out = list(verify_pairs(Verifier(FakeEmbedder()), read_pairs(lines)))
    assert [o["id"] for o in out] == ["p1", "p2"]
    assert out[0]["verdict"] == "supported" and out[0]["evidence"][0]["quote"] in STORY
    ev = out[0]["evidence"][0]
    assert STORY[ev["start"]:ev["end"]] == ev["quote"]
    assert out[1]["verdict"] != "supported"
    from assistant.errors import UsageError

    with pytest.raises(UsageError, match="line 1"):
        list(read_pairs(['{"id": 1, "claim": "x"}']))


def test_benchmark_helpers(tmp_path):
    y = [True, True, False, False]
    assert scores(y, [True, False, False, False])["balanced_accuracy"] == 0.75
    assert scores(y, [True, True, False, True])["unsupported_precision"] == 1.0
    t = best_threshold(y, [0.9, 0.8, 0.3, 0.1])
    assert 0.3 < t < 0.8
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    yy = (x[:, 0] + 0.1 * rng.normal(size=200) > 0).astype(float)
    x[:, 1] = -x[:, 0] + rng.normal(size=200)  # a feature that would get a negative weight
    w = fit_monotone(x, yy)
    assert w[1] > 0 and w[2] == 0.0
    qags = tmp_path / "q.jsonl"
    qags.write_text(json.dumps({"article": "A b.", "summary_sentences": [{"sentence": "A.", "responses": [
        {"response": "yes"}, {"response": "no"}, {"response": "yes"}]}]}) + "\n"
        + json.dumps({"id": "x", "document": "D.", "claim": "C.", "label": "unsupported"}) + "\n")
    pairs = load_pairs(qags)
    assert [p.supported for p in pairs] == [True, False]


def test_one_verifier_answers_and_claims_share_the_alignment_model():
    v = Verifier(FakeEmbedder())
    s, e = "Officials said production took two months.", STORY
    assert v.support(s, e) == v.claim_support(s, [e])  # what answers and briefings call
    # An embedder without token vectors (a remote API) falls back to the overlap formula.
    class NoTokens(FakeEmbedder):
        def embed_tokens(self, texts):
            return None

    plain = Verifier(NoTokens())
    assert plain.support(s, e) == plain.sentence_support(s, e)
    assert plain.token_vectors([s]) is None
