"""The scale bench's corpus: replicas must survive dedup (distinct ids and hashes) yet stay near the original."""

from __future__ import annotations

import numpy as np

from assistant.bench.scale import Replicator, _perturbed
from assistant.ingest import article_id, content_hash

BASE = [
    {"id": "a", "text": "Officials in Porto said 40 people were hurt when the stand collapsed on Tuesday. "
                        "The mayor, Rui Moreira, ordered an inquiry."},
    {"cluster": "e1", "source": "Daily A", "published_at": "2021-05-03", "title": "Stand collapse",
     "text": "A stand collapsed in Porto, injuring 40, the city said. Moreira promised answers."},
]


def test_replicas_are_new_articles_that_tell_the_same_story():
    rep = Replicator(BASE)
    first, later = list(rep.records(0)), list(rep.records(3))
    ids = {article_id(r["url"], r["text"]) for r in first + later}
    hashes = {content_hash(r["text"]) for r in first + later}
    assert len(ids) == len(hashes) == 4  # nothing is skipped as already stored
    assert first[0]["text"].endswith(BASE[0]["text"])  # replica 0 is the real text
    assert "43 people" in later[0]["text"] and "40 people" not in later[0]["text"]  # numbers shift
    shared = set(first[0]["text"].split()) & set(later[0]["text"].split())
    assert len(shared) > 0.6 * len(set(first[0]["text"].split()))  # lightly varied, not rewritten
    assert later[1]["published_at"] > first[1]["published_at"] and later[1]["source"] == "Daily A"


def test_perturbed_vectors_stay_near_their_original():
    v = np.random.default_rng(0).normal(size=384)
    v = (v / np.linalg.norm(v)).tolist()
    p = _perturbed(v, seed=7)
    cos = float(np.dot(v, p))
    assert 0.9 < cos < 0.99
    assert _perturbed(v, seed=7) == p and _perturbed(v, seed=8) != p
