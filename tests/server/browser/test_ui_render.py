"""The UI's HTML and Markdown builders escape everything from articles. Fast: no browser, no model."""

from __future__ import annotations

from assistant.schema import (
    Answer,
    Article,
    Briefing,
    Citation,
    Disagreement,
    DisagreementSource,
    Story,
    StorySource,
)
from assistant.server.ui import render as R

EVIL = '<script>alert(1)</script><img src=x onerror="alert(1)">'


def _cite(n=1, quote="Fifty launchers were shown.", body=None, **kw) -> Citation:
    body = body or f"Intro. {quote} Outro."
    start = body.index(quote)
    return Citation(n=n, article_id="a1", chunk_id="a1:0", title=kw.get("title", "Title"), source=kw.get("source", "Metro"),
                    url=kw.get("url"), published_at=None, quote=quote, start=start, end=start + len(quote), support=0.9)


def _article(body: str, title: str = "Title", url: str | None = None) -> Article:
    return Article(id="a1", title=title, body=body, url=url, ingested_at="2026-01-01T00:00:00", content_hash="h")


def test_source_panel_marks_the_quote_and_escapes_the_rest():
    body = f"Before {EVIL}. Fifty launchers were shown. After {EVIL}."
    c = _cite(body=body)
    out = R.source_panel(c, _article(body, title=EVIL, url="javascript:alert(1)"))
    assert '<mark class="cite-mark">Fifty launchers were shown.</mark>' in out
    assert "<script" not in out and "<img" not in out and "javascript:" not in out
    assert "&lt;script&gt;" in out


def test_quote_with_markup_is_escaped_inside_the_mark():
    body = f"Lead. Witnesses said {EVIL} at dawn. End."
    quote = f"Witnesses said {EVIL} at dawn."
    out = R.source_panel(_cite(quote=quote, body=body), _article(body))
    assert "<mark class=\"cite-mark\">Witnesses said &lt;script&gt;" in out and "<script" not in out


def test_source_panel_without_the_article_still_shows_the_quote():
    out = R.source_panel(_cite(quote=EVIL, body=f"x {EVIL} y"), None)
    assert "no longer stored" in out and "<script" not in out


def test_answer_markdown_links_only_known_markers_and_escapes_text():
    a = Answer(question="q", answer=f"Fifty {EVIL} launchers [1]. Unknown marker [7].", refused=False,
               citations=[_cite()], provider="extractive",
               disagreements=[Disagreement(claim="purpose", sources=[DisagreementSource(n=1, says="a *special* attack",
                                                                                        source="Metro")])])
    md = R.answer_markdown(a, turn=3)
    assert '<a href="#cite-3-1" class="cite-ref"' in md
    assert "#cite-3-7" not in md and "\\[7\\]" in md
    assert "<script" not in md and "<img" not in md
    assert "⚖ The sources differ" in md and "| Metro | a \\*special\\* attack" in md


def test_notices_cover_refusal_fallback_and_errors():
    a = Answer(question="q", answer="The articles do not say.", refused=True, provider="extractive",
               notices=["openai:gpt failed, answered with the extractive generator instead (timeout)", EVIL])
    out = R.notices_html(a)
    assert "callout-refused" in out and "callout-fallback" in out and "<script" not in out
    assert "callout-error" in R.notices_html(None, EVIL) and "<script" not in R.notices_html(None, EVIL)


def test_citation_choices_label_older_turns():
    turns = [{"citations": [_cite(1).model_dump()]}, {"citations": [_cite(1).model_dump(), _cite(2).model_dump()]}]
    choices = R.citation_choices(turns)
    assert [v for _, v in choices] == ["1:1", "1:2", "0:1"]
    assert choices[-1][0].startswith("Q1 [1]") and choices[0][0].startswith("[1] Metro")


def test_briefing_html_escapes_and_links_citations():
    c = _cite(title=EVIL, url="https://example.com/a?x=1&y=<2>")
    s = Story(id="s1", headline=EVIL, summary=f"Fifty {EVIL} launchers were shown [1].",
              sources=[StorySource(article_id="a1", title=EVIL, source=EVIL, url="javascript:alert(1)",
                                   published_at=None)], citations=[c], new=True)
    out = R.briefing_html(Briefing(date="2026-02-18", generated_at="now", provider="extractive", stories=[s]))
    assert "<script" not in out and "<img" not in out and "javascript:" not in out
    assert 'href="#b1-c1"' in out and 'id="b1-c1"' in out and "badge-new" in out
    assert 'href="https://example.com/a?x=1&amp;y=&lt;2&gt;"' in out


def test_article_panel_and_ingest_message_escape():
    assert "<script" not in R.article_panel(_article(EVIL, title=EVIL))
    msg = R.ingest_message({"added": 0, "skipped": 0, "chunks": 0, "seconds": 0.1,
                            "failed": [{"path": EVIL, "error": EVIL}]})
    assert "<script" not in msg


def test_short_answer_is_bold_above_its_sentence():
    a = Answer(question="q", answer="Fifty launchers were shown [1].", short_answer="Fifty", kind="factoid",
               refused=False, citations=[_cite()], provider="extractive")
    md = R.answer_markdown(a, turn=0)
    assert md.index("**Fifty**") < md.index("launchers were shown")


def test_conflicting_values_are_a_side_by_side_table_with_escaped_cells():
    a = Answer(question="q", answer="The sources differ: Metro says 50 [1]; Evil says 40 [2].", short_answer="50 / 40",
               kind="factoid", refused=False, provider="extractive",
               citations=[_cite(1), _cite(2, quote="Forty launchers were shown.", source="Evil")],
               disagreements=[Disagreement(claim="the answer", sources=[
                   DisagreementSource(n=1, says="50", source="Metro"),
                   DisagreementSource(n=2, says=f"40 {EVIL}", source="Evil|Wire")])])
    md = R.answer_markdown(a, turn=0)
    assert "| Outlet | Says |" in md and "| Metro | 50" in md
    assert "<script" not in md and "<img" not in md
    assert "Evil&#124;Wire" in md or "Evil\\|Wire" in md  # a pipe in an outlet name cannot break the table
