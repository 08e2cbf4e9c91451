"""The optional LLM claim judge against a real local server speaking the OpenAI protocol."""

from __future__ import annotations

from assistant.answer.claim_judge import parse_verdict, refiner_for
from assistant.config import Settings
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.testing.openai_server import ScriptedOpenAIServer
from assistant.verify.claims import ClaimChecker, Document
from assistant.verify.support import Verifier

DOC = Document(text="The port of Rotterdam reopened on Tuesday after a two-day closure, officials said.",
               article_id="a1", chunk_id="a1:0", title="Port")


def test_parse_verdict_takes_the_final_line():
    assert parse_verdict("Options: VERDICT: supported or not.\nVERDICT: contradicted") == "contradicted"
    assert parse_verdict("verdict = Not found") == "not_found"
    assert parse_verdict("I am unsure.") is None


def test_offline_provider_has_no_judge(tmp_path):
    assert refiner_for("extractive", Settings(data_dir=tmp_path)) is None


def test_judge_refines_the_verdict_and_sees_the_evidence(tmp_path):
    checker = ClaimChecker(Verifier(FakeEmbedder()))
    v = checker.check_claim("The port of Rotterdam reopened on Tuesday.", [DOC])
    assert v.verdict == "supported"
    with ScriptedOpenAIServer(["The evidence says Tuesday but the claim adds nothing wrong.\nVERDICT: not_found",
                               "no idea"]) as server:
        settings = Settings(data_dir=tmp_path, llm="openai:scripted", openai_base_url=server.base_url,
                            llm_retries=0, llm_timeout=5)
        judge = refiner_for(settings.llm, settings)
        refined = judge(v)
        assert refined.verdict == "not_found" and refined.judge == "not_found"
        prompt = str(server.completions()[0]["messages"])
        assert "Rotterdam reopened on Tuesday" in prompt and "CLAIM" in prompt
        kept = judge(v)  # an unparseable reply keeps the offline verdict
        assert kept.verdict == "supported" and "kept" in kept.judge
        server.fail_next(3, 500)
        failed = judge(v)
        assert failed.verdict == "supported" and "unavailable" in failed.judge
