"""`assistant verify` behind every face: a text's claims against the store, given articles or files.

    verify_text(library, text, against=None)   -> VerifyReport
    verify_pairs(library, rows)                -> one {"id","verdict","score","evidence"} per row

Without `against`, each claim retrieves its own evidence from the whole store (hybrid search). With
it, the evidence is only the given stored articles (by id) and files (read, never stored).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from assistant.errors import NotFoundError, UsageError
from assistant.ingest import iter_inputs
from assistant.library import Library
from assistant.schema import ClaimVerdict, IngestFailure, VerifyReport
from assistant.verify.claims import VERDICTS, ClaimChecker, Document, overall, split_claims
from assistant.verify.support import Verifier

# Chunks retrieved per claim from the whole store: enough to find the telling sentence, few enough
# that an unrelated article's similar sentence rarely becomes the evidence.
EVIDENCE_K = 6
MAX_TEXT_CHARS = 20_000

# Refines one verdict (claim, its evidence) -> (verdict, label); the LLM judge is one (see judge.py).
Refiner = Callable[[ClaimVerdict], ClaimVerdict]


def documents_from(library: Library, against: Sequence[str], allow_files: bool = True) -> list[Document]:
    """Stored articles by id, or (when allowed: never for remote callers) files read, not stored."""
    docs: list[Document] = []
    known = set(library.store.article_ids())
    for item in against:
        if item in known:
            a = library.article(item)
            docs.append(Document(text=a.body, article_id=a.id, chunk_id=f"{a.id}:body", title=a.title,
                                 source=a.source, url=a.url, published_at=a.published_at))
        elif allow_files and Path(item).exists():
            for got in iter_inputs([item], library.settings):
                if isinstance(got, IngestFailure):
                    raise UsageError(f"--against {item}: {got.error}")
                docs.append(Document(text=got.body, article_id=f"file:{got.origin}", title=got.title,
                                     source=got.source, url=got.url, published_at=got.published_at))
        else:
            raise NotFoundError(f"{item!r} is not a stored article id" + (" nor a file" if allow_files else "")
                                + "; `assistant articles` (or GET /api/articles) lists the ids")
    return docs


def _retrieved(library: Library, claim: str) -> list[Document]:
    return [Document(text=r.text, article_id=r.article_id, chunk_id=r.chunk_id, title=r.title, source=r.source,
                     url=r.url, published_at=r.published_at, offset=r.start)
            for r in library.search(claim, k=EVIDENCE_K)]


def verify_text(library: Library, text: str, against: Sequence[str] | None = None,
                verifier: Verifier | None = None, refine: Refiner | None = None,
                provider: str = "extractive", documents: Sequence[str] | None = None,
                allow_files: bool = True) -> VerifyReport:
    """Per-claim verdicts with evidence for `text`."""
    text = (text or "").strip()
    if not text:
        raise UsageError("nothing to verify: give a sentence, a file or '-' for standard input")
    if len(text) > MAX_TEXT_CHARS:
        raise UsageError(f"text is {len(text)} characters; verify at most {MAX_TEXT_CHARS} at a time")
    t0 = time.perf_counter()
    checker = ClaimChecker(verifier or Verifier(library.embedder))
    fixed = documents_from(library, against, allow_files) if against else None
    if documents:  # texts handed in directly (REST, UI): evidence only, never stored
        fixed = (fixed or []) + [Document(text=d, article_id=f"document:{i}", chunk_id=f"document:{i}",
                                          title=f"document {i}") for i, d in enumerate(documents, 1) if d.strip()]
    claims: list[ClaimVerdict] = []
    retrieve_ms = 0.0
    for a, b in split_claims(text):
        t = time.perf_counter()
        docs = fixed if fixed is not None else _retrieved(library, text[a:b])
        retrieve_ms += (time.perf_counter() - t) * 1000
        v = checker.check_claim(text[a:b], docs, a)
        claims.append(refine(v) if refine else v)
    counts = {k: sum(v.verdict == k for v in claims) for k in VERDICTS}
    total = (time.perf_counter() - t0) * 1000
    return VerifyReport(text=text, claims=claims, counts=counts, provider=provider,
                        timings_ms={"retrieve": round(retrieve_ms, 1), "total": round(total, 1)})


def read_pairs(lines: Iterable[str], origin: str = "pairs") -> Iterator[dict[str, Any]]:
    """Parse `{"id","document","claim"}` lines; a bad line is a UsageError naming it."""
    import json

    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise UsageError(f"{origin} line {n} is not JSON ({e.msg}); each line needs "
                             '{"id", "document", "claim"}') from None
        if not (isinstance(row, dict) and isinstance(row.get("document"), str) and isinstance(row.get("claim"), str)):
            raise UsageError(f'{origin} line {n} needs string "document" and "claim" fields (and an "id")')
        row.setdefault("id", n)
        yield row


def verify_pair(checker: ClaimChecker, row: dict[str, Any]) -> dict[str, Any]:
    """One pair's verdict: the whole claim text against its document only."""
    doc = Document(text=row["document"], article_id=str(row["id"]), chunk_id=f"{row['id']}:doc")
    verdicts = checker.check(row["claim"], [doc]) or [checker.check_claim(row["claim"], [doc])]
    verdict, score = overall(verdicts)
    evidence = []
    for v in verdicts:
        for c in v.evidence[:1]:
            evidence.append({"quote": c.quote, "start": c.start, "end": c.end, "support": c.support})
    out: dict[str, Any] = {"id": row["id"], "verdict": verdict, "score": score, "evidence": evidence}
    conflicts = [c.model_dump() for v in verdicts for c in v.conflicts]
    if conflicts:
        out["conflicts"] = conflicts
    if len(verdicts) > 1:
        out["claims"] = [{"claim": v.claim, "verdict": v.verdict, "score": v.score} for v in verdicts]
    return out


def verify_pairs(verifier: Verifier, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Batch mode: one result per row, the model loaded once, nothing stored."""
    checker = ClaimChecker(verifier)
    for row in rows:
        yield verify_pair(checker, row)
