from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from assistant.retrieval.chunking import chunk_article
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.schema import Article
from assistant.text.sentences import sentence_spans, split_sentences

count = FakeEmbedder().count_tokens


def make(body: str) -> Article:
    return Article(id="a1", title="t", ingested_at="2026-01-01T00:00:00", body=body, content_hash="h")


def test_sentences_keep_abbreviations_and_decimals():
    text = "The U.S. said growth was 5.5 percent. Mr. Smith went to Washington. He left!\nNew line"
    assert split_sentences(text) == [
        "The U.S. said growth was 5.5 percent.", "Mr. Smith went to Washington.", "He left!", "New line",
    ]


def test_sentence_ending_in_closing_quote():
    text = "He called it ‘wonderful.’ Then he left."
    assert split_sentences(text) == ["He called it ‘wonderful.’", "Then he left."]


def test_spans_are_exact_slices():
    text = "  One sentence here.   Two here?  Three!  "
    for a, b in sentence_spans(text):
        assert text[a:b] == text[a:b].strip() and text[a:b]


def test_chunks_respect_budget_and_offsets():
    body = " ".join(f"Sentence number {i} talks about launchers and rockets in some detail." for i in range(60))
    chunks = chunk_article(make(body), count, budget=64, overlap=1)
    assert len(chunks) > 5
    for c in chunks:
        assert body[c.start:c.end] == c.text
        assert count([c.text])[0] - 2 <= 64
        # never starts or ends mid-sentence
        assert c.text.startswith("Sentence") and c.text.endswith(".")
    # overlap: each chunk starts with the last sentence of the previous one
    first_of_next = split_sentences(chunks[1].text)[0]
    assert split_sentences(chunks[0].text)[-1] == first_of_next


def test_long_sentence_is_cut_only_when_it_alone_exceeds_budget():
    long = "word " * 400 + "end."
    body = "Short one. " + long.strip() + " Short two."
    chunks = chunk_article(make(body), count, budget=64, overlap=0)
    assert all(count([c.text])[0] - 2 <= 64 for c in chunks)
    assert "".join(c.text for c in chunks).replace(" ", "") == body.replace(" ", "")


def test_ids_and_metadata():
    chunks = chunk_article(make("A b c. D e f."), count, budget=64)
    assert [c.id for c in chunks] == ["a1:0"]
    assert chunks[0].title == "t"


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1,
                        max_size=120), min_size=1, max_size=30),
       st.integers(min_value=32, max_value=120))
def test_property_offsets_always_exact(parts, budget):
    body = ". ".join(parts) + "\n\n" + "? ".join(reversed(parts))
    for c in chunk_article(make(body), count, budget=budget, overlap=1):
        assert body[c.start:c.end] == c.text
        assert c.text.strip() == c.text and c.text
