"""Citation markers in answer text: "… said [1][2]." split into sentences and their source numbers."""

from __future__ import annotations

import re

from assistant.answer.base import REFUSAL
from assistant.text.sentences import sentence_spans

_MARKERS = re.compile(r"\s*((?:\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]\s*)+)")
ONE_MARKER = re.compile(r"\[([\d\s,;]+)\]")


def parse_citations(text: str) -> list[tuple[str, list[int]]]:
    """Answer text → [(sentence without markers, [marker numbers])]; markers after a full stop go to the sentence before."""
    out: list[tuple[str, list[int]]] = []
    for a, b in sentence_spans(text):
        piece = text[a:b]
        lead = re.match(r"^\s*((?:\[[\d\s,;]+\]\s*)+)", piece)
        if lead and out:
            out[-1][1].extend(int(n) for m in ONE_MARKER.findall(lead.group(1)) for n in re.findall(r"\d+", m))
            piece = piece[lead.end():]
        ns = [int(n) for m in ONE_MARKER.findall(piece) for n in re.findall(r"\d+", m)]
        clean = _MARKERS.sub(" ", piece)
        clean = re.sub(r"\s+([.,;:!?])", r"\1", clean)
        clean = re.sub(r"\s{2,}", " ", clean).strip()
        if clean and re.search(r"\w", clean):
            out.append((clean, ns))
    return out


def is_refusal(text: str) -> bool:
    norm = re.sub(r"[^a-z ]", "", text.lower()).strip()
    ref = re.sub(r"[^a-z ]", "", REFUSAL.lower()).strip()
    return not norm or norm.startswith(ref) or (ref in norm and len(norm) < 2 * len(ref))
