"""REST for claim checking: `POST /api/verify` (added to the guarded router by api.build_router)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, field_validator
from fastapi.concurrency import run_in_threadpool

from assistant.schema import VerifyReport
from assistant.server.services import Services
from assistant.verify.check import MAX_TEXT_CHARS


class VerifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="the text whose claims to check")
    against: list[str] = Field(default_factory=list, max_length=50,
                               description="only these stored article ids (default: the whole store)")
    documents: list[str] = Field(default_factory=list, max_length=20,
                                 description="texts to check against instead (read, never stored)")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("text is blank; paste the paragraph to check")
        return v


def add_verify_routes(router: APIRouter, services: Services) -> None:
    @router.post("/verify", response_model=VerifyReport, summary="Check a text's claims against the news",
                 description="Each claim: `verdict` (supported, contradicted, not_found), `score`, `evidence` "
                             "citations with exact quotes and offsets, and `conflicts` (both spans).")
    async def verify(req: VerifyRequest) -> VerifyReport:
        return await run_in_threadpool(services.verify, req.text, req.against or None, req.documents or None)
