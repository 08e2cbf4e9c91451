"""Stable ids, hashes and near-duplicate shingles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]

from assistant.ingest import (  # noqa: E402
    article_id,
    canonical_url,
    content_hash,
    normalise_body,
    shingles,
)
from assistant.text.lexical import jaccard  # noqa: E402  (one Jaccard for shingles and term sets alike)


@pytest.mark.parametrize(
    "url,expected",
    [
        ("HTTPS://WWW.Example.COM/News/Story/?utm_source=x&utm_medium=y#comments",
         "https://www.example.com/News/Story"),
        ("https://example.com/a?b=2&fbclid=abc&a=1&gclid=z", "https://example.com/a?a=1&b=2"),
        ("https://example.com:443/a/", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/", "https://example.com"),
        ("  https://example.com/story?id=7  ", "https://example.com/story?id=7"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_idempotent() -> None:
    once = canonical_url("https://Example.com/x/?utm_campaign=a&q=1#f")
    assert canonical_url(once) == once


def test_normalise_body() -> None:
    assert normalise_body("  Kim’s  “WONDERFUL”\n\tweapons – said  ") == "kim's \"wonderful\" weapons - said"
    assert normalise_body("a\u00a0b\u2014c") == "a b-c"


def test_article_id_prefers_url() -> None:
    a = article_id("https://example.com/story?utm_source=rss", "body one")
    b = article_id("HTTPS://EXAMPLE.com/story/#top", "a different body")
    assert a == b and len(a) == 16 and int(a, 16) >= 0
    assert article_id(None, "Same  body.") == article_id("", "same body.")
    assert article_id(None, "body one") != article_id(None, "body two")


def test_content_hash() -> None:
    h = content_hash("Kim’s weapons")
    assert h == content_hash("  kim's   WEAPONS ") and len(h) == 64
    assert h != content_hash("Kim's weapon")


def test_ids_are_stable_across_processes() -> None:
    code = (
        "from assistant.ingest import article_id, content_hash, shingles;"
        "print(article_id(None, 'hello world'), content_hash('x'), sorted(shingles('a b c d e f g'))[0])"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    expected = f"{article_id(None, 'hello world')} {content_hash('x')} {sorted(shingles('a b c d e f g'))[0]}\n"
    assert outputs == {expected}


def test_shingles_and_jaccard() -> None:
    base = "the council approved three new cycle lanes on tuesday after a long debate"
    same = shingles(base)
    assert same == shingles(base.upper().replace(" ", "  "))
    assert jaccard(same, same) == 1.0
    edited = shingles(base.replace("tuesday", "wednesday"))
    assert 0.2 < jaccard(same, edited) < 1.0
    assert jaccard(same, shingles("completely unrelated words about football results today")) == 0.0
    assert len(shingles("too short", n=5)) == 1
    assert shingles("") == set() and jaccard(set(), set()) == 0.0
    with pytest.raises(ValueError):
        shingles("x", n=0)


@given(st.text(), st.text())
def test_jaccard_properties(a: str, b: str) -> None:
    sa, sb = shingles(a, n=3), shingles(b, n=3)
    j = jaccard(sa, sb)
    assert 0.0 <= j <= 1.0
    assert j == jaccard(sb, sa)
    if sa:
        assert jaccard(sa, sa) == 1.0


@given(st.text())
def test_normalise_body_idempotent(text: str) -> None:
    once = normalise_body(text)
    assert normalise_body(once) == once
    assert content_hash(text) == content_hash(once)
