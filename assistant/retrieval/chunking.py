"""Sentence-aware chunks whose offsets point into the cleaned article body."""

from __future__ import annotations

from typing import Callable

from assistant.schema import Article, Chunk
from assistant.text.sentences import sentence_spans

TokenCounter = Callable[[list[str]], list[int]]


def _split_long(body: str, a: int, b: int, tokens: int, budget: int) -> list[tuple[int, int]]:
    """Cut one over-long sentence at word boundaries into pieces of roughly `budget` tokens."""
    n_pieces = -(-tokens // budget)
    target = (b - a) // n_pieces + 1
    pieces: list[tuple[int, int]] = []
    cur = a
    while cur < b:
        stop = min(b, cur + target)
        if stop < b:
            space = body.rfind(" ", cur + 1, stop)
            stop = space if space > cur else stop
        pieces.append((cur, stop))
        cur = stop
        while cur < b and body[cur].isspace():
            cur += 1
    return pieces


def chunk_article(
    article: Article, count_tokens: TokenCounter, budget: int = 200, overlap: int = 1
) -> list[Chunk]:
    """Pack whole sentences into chunks of at most `budget` tokens, repeating `overlap` sentences.

    A sentence is only cut when it alone exceeds the budget, so the embedding model never
    silently truncates a chunk's tail.
    """
    body = article.body
    spans = sentence_spans(body)
    if not spans:
        return []
    # Subtract special tokens ([CLS]/[SEP]) once: counts below are per sentence incl. 2 specials.
    counts = [max(1, c - 2) for c in count_tokens([body[a:b] for a, b in spans])]
    units: list[tuple[int, int, int]] = []
    for (a, b), c in zip(spans, counts):
        if c > budget - 2:
            for pa, pb in _split_long(body, a, b, c, budget - 8):
                units.append((pa, pb, max(1, c * (pb - pa) // max(1, b - a))))
        else:
            units.append((a, b, c))

    groups: list[list[int]] = []
    i = 0
    while i < len(units):
        group = [i]
        total = units[i][2]
        j = i + 1
        # +1 token per joined sentence as slack for tokenization across the join.
        while j < len(units) and total + units[j][2] + 1 <= budget - 2:
            total += units[j][2] + 1
            group.append(j)
            j += 1
        groups.append(group)
        if j >= len(units):
            break
        # Step back `overlap` units so context carries over, but always move forward.
        i = max(j - overlap, i + 1)

    chunks = []
    for n, group in enumerate(groups):
        start, end = units[group[0]][0], units[group[-1]][1]
        chunks.append(
            Chunk(
                id=f"{article.id}:{n}", article_id=article.id, n=n, text=body[start:end],
                start=start, end=end, title=article.title, source=article.source,
                url=article.url, published_at=article.published_at,
            )
        )
    return chunks
