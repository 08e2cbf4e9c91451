"""The data model every face shares (DESIGN.md, "Data model"). JSON keys here are a public contract."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Article(BaseModel):
    id: str
    title: str
    source: str | None = None
    url: str | None = None
    published_at: str | None = None  # ISO date (YYYY-MM-DD) or null
    ingested_at: str  # ISO datetime, UTC
    body: str
    content_hash: str
    story_id: str | None = None
    near_duplicate_of: str | None = None  # id of an earlier article this one republishes
    chunk_count: int = 0

    def meta(self) -> dict:
        """Everything except the body, for listings."""
        return self.model_dump(exclude={"body"})


class Chunk(BaseModel):
    id: str  # "{article_id}:{n}"
    article_id: str
    n: int
    text: str
    start: int
    end: int  # article.body[start:end] == text
    title: str = ""
    source: str | None = None
    url: str | None = None
    published_at: str | None = None


class SearchResult(BaseModel):
    chunk_id: str
    article_id: str
    title: str
    source: str | None
    url: str | None = None
    published_at: str | None
    text: str
    start: int
    end: int
    score: float


class IngestFailure(BaseModel):
    path: str
    error: str


class IngestReport(BaseModel):
    added: int = 0
    skipped: int = 0
    failed: list[IngestFailure] = Field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0
    near_duplicates: list[dict] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


class Citation(BaseModel):
    n: int
    article_id: str
    chunk_id: str
    title: str
    source: str | None
    url: str | None
    published_at: str | None
    quote: str
    start: int
    end: int  # article.body[start:end] == quote
    support: float


class DisagreementSource(BaseModel):
    n: int
    says: str
    source: str | None = None


class Disagreement(BaseModel):
    claim: str
    sources: list[DisagreementSource]


class AnswerSentence(BaseModel):
    text: str
    citations: list[int]
    supported: bool
    support: float


class Answer(BaseModel):
    question: str
    answer: str
    # The answer span of a factoid question ("50 launchers"), else null; "X / Y" when sources conflict.
    short_answer: str | None = None
    # factoid | list | why | yesno | broad | comparison (see assistant.answer.question)
    kind: str = "factoid"
    refused: bool
    citations: list[Citation] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    provider: str
    timings_ms: dict[str, float] = Field(default_factory=dict)
    standalone_question: str | None = None
    sentences: list[AnswerSentence] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)


class StorySource(BaseModel):
    article_id: str
    title: str
    source: str | None
    url: str | None
    published_at: str | None


class OutletNote(BaseModel):
    """What one outlet adds to a story: one sentence with its [n] markers."""

    source: str | None
    text: str


class Coverage(BaseModel):
    outlets: list[str] = Field(default_factory=list)
    articles: int = 0
    first: str | None = None  # earliest report (ISO date)
    latest: str | None = None


class TimelineEntry(BaseModel):
    """One dated step of a story followed through time (`brief --topic`)."""

    date: str
    text: str  # a sentence with [n] markers
    sources: list[str] = Field(default_factory=list)
    story_id: str | None = None


class Story(BaseModel):
    id: str
    headline: str
    summary: str  # lead sentences then each outlet's addition, each with [n] markers
    sources: list[StorySource]
    citations: list[Citation] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    new: bool = True
    new_facts: list[int] = Field(default_factory=list)  # indexes of summary sentences not in the previous briefing
    lead: list[str] = Field(default_factory=list)  # what the outlets agree on (the first sentences of summary)
    adds: list[OutletNote] = Field(default_factory=list)  # at most one sentence per outlet
    coverage: Coverage | None = None
    timeline: list[TimelineEntry] = Field(default_factory=list)


class Briefing(BaseModel):
    date: str
    generated_at: str
    provider: str
    stories: list[Story] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)  # e.g. the LLM failed and stories were summarised extractively


class ClaimConflict(BaseModel):
    """A value the claim and its evidence give differently: the claim's span and the evidence's."""

    kind: str  # number, date, place, name, negation
    claim_says: str
    claim_start: int  # offsets in the checked text
    claim_end: int
    evidence_says: str
    n: int  # the evidence citation it sits in
    start: int  # offsets in that article's body (or the given document)
    end: int


class ClaimVerdict(BaseModel):
    claim: str
    start: int  # text[start:end] == claim
    end: int
    verdict: str  # supported, contradicted, not_found
    score: float  # support score; at or above the verifier's threshold counts as supported
    evidence: list[Citation] = Field(default_factory=list)
    conflicts: list[ClaimConflict] = Field(default_factory=list)
    judge: str | None = None  # the LLM judge's verdict when one refined this one


class VerifyReport(BaseModel):
    text: str
    claims: list[ClaimVerdict] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    provider: str = "extractive"
    timings_ms: dict[str, float] = Field(default_factory=dict)
