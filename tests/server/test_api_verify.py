"""POST /api/verify with the real app, MiniLM and embedded Chroma over the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings
from assistant.library import Library
from assistant.server.api import create_app

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def client(tmp_path_factory, minilm) -> TestClient:
    lib = Library(Settings(data_dir=tmp_path_factory.mktemp("api-verify") / "data"), embedder=minilm)
    assert lib.ingest([str(SEEDS)]).added == 2
    with TestClient(create_app(lib, ui=False)) as c:
        c.library = lib
        yield c


def test_verify_returns_verdicts_with_exact_evidence(client):
    text = ("North Korea presented 40 new rocket launchers to the Ninth Congress of the ruling Workers’ Party. "
            "The launchers were paid for with a loan from a Chinese bank.")
    r = client.post("/api/verify", json={"text": text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c["verdict"] for c in body["claims"]] == ["contradicted", "not_found"]
    conflict = body["claims"][0]["conflicts"][0]
    assert (conflict["claim_says"], conflict["evidence_says"]) == ("40", "50")
    for claim in body["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["claim"]
        for c in claim["evidence"]:
            assert client.library.article(c["article_id"]).body[c["start"]:c["end"]] == c["quote"]


def test_verify_against_ids_and_documents(client):
    metro = next(a for a in client.library.articles() if a.source == "Metro")
    r = client.post("/api/verify", json={"text": "The rocket launchers were produced in two months.",
                                         "against": [metro.id]})
    assert r.status_code == 200 and r.json()["claims"][0]["verdict"] == "supported"
    assert {c["article_id"] for c in r.json()["claims"][0]["evidence"]} == {metro.id}
    r = client.post("/api/verify", json={"text": "The port reopened on Tuesday.",
                                         "documents": ["The port of Rotterdam reopened on Tuesday after a storm."]})
    assert r.json()["claims"][0]["verdict"] == "supported"
    assert len(client.library.articles()) == 2  # documents are never stored


def test_verify_rejects_bad_requests_readably(client):
    assert client.post("/api/verify", json={"text": "   "}).status_code == 422
    r = client.post("/api/verify", json={"text": "Kim spoke.", "against": ["/etc/passwd"]})
    assert r.status_code == 404 and "not a stored article id" in r.json()["error"]
    assert "root:" not in r.text  # server files are never read for remote callers
    assert client.post("/api/verify", json={"text": "x", "bogus": 1}).status_code == 422
