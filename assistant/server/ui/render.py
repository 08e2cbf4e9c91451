"""HTML and Markdown for the Gradio UI. Pure functions; every piece of article text is escaped here.

Article titles, bodies and quotes come from the web: they may contain markup or script. Nothing from
an article reaches the page except through `_e` (HTML escape) or `_md` (HTML + Markdown escape).
"""

from __future__ import annotations

import html
import re
from typing import Any

from assistant.schema import Answer, Article, Briefing, Citation, Disagreement, Story

_MARK = re.compile(r"\[(\d+)\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~>$])")


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _md(text: str) -> str:
    """Text that Markdown renders literally: HTML-escaped, Markdown punctuation backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _safe_url(url: str | None) -> str | None:
    return url if url and url.strip().lower().startswith(("http://", "https://")) else None


def _link(url: str | None, text: str) -> str:
    safe = _safe_url(url)
    if safe:
        return f'<a href="{_e(safe)}" target="_blank" rel="noopener noreferrer nofollow">{_e(text)}</a>'
    return _e(text)


def cite_key(turn: int, n: int) -> str:
    """The value of a citation in the chat's source picker: turn index and marker number."""
    return f"{turn}:{n}"


# ---- chat --------------------------------------------------------------------------------

def _with_markers(text: str, turn: int | None, valid: set[int] | None) -> str:
    """Escape `text` for the chatbot's Markdown and turn [n] markers into links that open the source panel."""
    out, last = [], 0
    for m in _MARK.finditer(text):
        out.append(_md(text[last:m.start()]))
        n = int(m.group(1))
        if turn is not None and (valid is None or n in valid):
            out.append(f'<a href="#cite-{turn}-{n}" class="cite-ref" title="show source {n}">[{n}]</a>')
        else:
            out.append(_md(m.group(0)))
        last = m.end()
    out.append(_md(text[last:]))
    return "".join(out)


def streaming_markdown(partial: str) -> str:
    """Text still arriving: shown escaped, markers not yet clickable (the citations are not known yet)."""
    return _with_markers(partial, None, None) + " ▍"


def disagreement_text(d: Disagreement) -> str:
    sides = "; ".join(f"{s.source or 'one outlet'} [{s.n}] says {s.says}" for s in d.sources)
    return f"{d.claim}: {sides}"


def answer_markdown(answer: Answer, turn: int) -> str:
    """The final answer for the chatbot: linked markers, then a distinct callout for disagreements."""
    valid = {c.n for c in answer.citations}
    parts = []
    if answer.refused:
        parts.append("**Not answered from the articles.** ")
    elif answer.short_answer and not answer.disagreements:
        # The short answer in bold above the sentence that supports it.
        parts.append(f'<span class="short-answer">**{_md(answer.short_answer)}**</span>\n\n')
    side_by_side = sides_table(answer, turn, valid)
    # The extractive "The sources differ: ..." frame and outlet comparisons are the table itself;
    # any other answer keeps its text, with the table of differing values under it.
    framed = answer.kind == "comparison" or answer.answer.startswith("The sources differ:")
    if not (side_by_side and framed):
        parts.append(_with_markers(answer.answer, turn, valid))
    if side_by_side:
        parts.append(("\n\n" if not framed else "") + side_by_side)
    if answer.citations:
        srcs = ", ".join(_with_markers(f"[{c.n}]", turn, valid) + f" {_md(c.source or 'unknown outlet')}"
                         for c in answer.citations)
        parts.append(f"\n\n<small>Sources: {srcs}</small>")
    return "".join(parts)


def sides_table(answer: Answer, turn: int, valid: set[int]) -> str:
    """Conflicting values and outlet comparisons side by side: one row per outlet with its cited words."""
    rows: list[tuple[str, str]] = []
    if answer.disagreements:
        title = "⚖ The sources differ"
        for d in answer.disagreements:
            for src in d.sources:
                rows.append((src.source or "another source", f"{src.says} [{src.n}]"))
    elif answer.kind == "comparison" and len(answer.sentences) >= 2:
        title = "Each outlet's version"
        for sent in answer.sentences:
            outlet, sep, said = sent.text.partition(": ")
            if not sep:
                return ""
            marks = "".join(f"[{n}]" for n in sent.citations if f"[{n}]" not in said)
            rows.append((outlet, f"{said} {marks}".strip()))
    else:
        return ""
    head = f'<span class="sides-title">**{title}**</span>\n\n| Outlet | Says |\n|---|---|\n'
    body = "\n".join(f"| {_md(o)} | {_with_markers(t, turn, valid).replace('|', '&#124;')} |" for o, t in rows)
    return head + body + "\n"


def notices_html(answer: Answer | None, error: str | None = None) -> str:
    """Callouts under the chat: errors, refusals, model fallbacks, other notices (disagreements are in the answer)."""
    if error:
        return f'<div class="callout callout-error" role="alert"><strong>Error:</strong> {_e(error)}</div>'
    if answer is None:
        return ""
    out = []
    if answer.refused:
        out.append('<div class="callout callout-refused" role="status"><strong>No supported answer.</strong> '
                   "The stored articles do not say this; try other words, widen the filters, or add articles "
                   "in the Library tab.</div>")
    fallback = [n for n in answer.notices if "extractive" in n.lower() and "fail" in n.lower()]
    for n in fallback:
        out.append(f'<div class="callout callout-fallback" role="status"><strong>Model unavailable:</strong> {_e(n)}</div>')
    rest = [n for n in answer.notices if n not in fallback]
    if rest:
        items = "".join(f"<li>{_e(n)}</li>" for n in rest)
        out.append(f'<div class="callout callout-notice"><strong>Notes</strong><ul>{items}</ul></div>')
    out.append(f'<div class="provider-line">answered by <code>{_e(answer.provider)}</code></div>')
    return "".join(out)


def citation_choices(turns: list[dict]) -> list[tuple[str, str]]:
    """(label, value) pairs for the source picker: the newest answer's citations first, older ones prefixed."""
    out: list[tuple[str, str]] = []
    last = len(turns) - 1
    for t in range(last, -1, -1):
        for c in turns[t]["citations"]:
            prefix = "" if t == last else f"Q{t + 1} "
            date = f" ({c['published_at']})" if c.get("published_at") else ""
            out.append((f"{prefix}[{c['n']}] {c.get('source') or 'unknown outlet'} — {c['title'][:80]}{date}",
                        cite_key(t, c["n"])))
    return out


def highlighted_body(body: str, start: int, end: int, quote: str) -> str:
    """The article text, escaped, with the quoted span inside <mark>. Falls back to searching for the quote."""
    if not (0 <= start < end <= len(body) and body[start:end] == quote):
        found = body.find(quote) if quote else -1
        if found < 0:
            return f"{_e(body)}"
        start, end = found, found + len(quote)
    return f'{_e(body[:start])}<mark class="cite-mark">{_e(body[start:end])}</mark>{_e(body[end:])}'


def source_panel(c: Citation | dict, article: Article | None) -> str:
    """Title, outlet, date, URL and the article text with the cited words highlighted."""
    c = c if isinstance(c, Citation) else Citation.model_validate(c)
    meta = " · ".join(_e(x) for x in (c.source or "unknown outlet", c.published_at or "undated"))
    url = f'<div class="src-url">{_link(c.url, c.url)}</div>' if _safe_url(c.url) else ""
    if article is None:
        body = (f'<p class="src-missing">The article is no longer stored; the cited words were:</p>'
                f'<div class="article-text"><mark class="cite-mark">{_e(c.quote)}</mark></div>')
    else:
        body = f'<div class="article-text">{highlighted_body(article.body, c.start, c.end, c.quote)}</div>'
    return (f'<div class="source-card" data-cite="{c.n}"><div class="src-head"><span class="src-n">[{c.n}]</span> '
            f'<span class="src-title">{_e(c.title)}</span></div><div class="src-meta">{meta}</div>{url}'
            f'<div class="src-support">verifier support {c.support:.2f}</div>{body}</div>')


def article_panel(a: Article) -> str:
    meta = " · ".join(_e(x) for x in (a.source or "unknown outlet", a.published_at or "undated", a.id))
    url = f'<div class="src-url">{_link(a.url, a.url)}</div>' if _safe_url(a.url) else ""
    return (f'<div class="source-card article-view"><div class="src-head"><span class="src-title">{_e(a.title)}'
            f'</span></div><div class="src-meta">{meta}</div>{url}<div class="article-text">{_e(a.body)}</div></div>')


EMPTY_PANEL = ('<div class="source-card empty">Ask a question, then click a marker like <b>[1]</b> in the answer '
               "(or pick a source here) to see the cited words in their article.</div>")


# ---- library -----------------------------------------------------------------------------

LIBRARY_HEADERS = ["Title", "Outlet", "Date", "Story", "Chunks", "ID"]


def library_rows(articles: list[Article]) -> list[list[Any]]:
    return [[a.title, a.source or "", a.published_at or "", a.story_id or "", a.chunk_count, a.id] for a in articles]


def ingest_message(summary: dict) -> str:
    failed = summary["failed"]
    text = (f"Added **{summary['added']}**, skipped {summary['skipped']} already stored, failed {len(failed)}; "
            f"{summary['chunks']} chunks in {summary['seconds']:.1f} s.")
    if failed:
        text += "\n\n" + "\n".join(f"- {_md(f['path'])}: {_md(f['error'])}" for f in failed)
    return text


# ---- briefing ----------------------------------------------------------------------------

def _cited(story_no: int, text: str) -> str:
    escaped = _e(text)
    return _MARK.sub(lambda m: f'<sup><a class="cite-ref" href="#b{story_no}-c{m.group(1)}">[{m.group(1)}]</a></sup>',
                     escaped)


def _story_html(i: int, s: Story) -> str:
    from assistant.briefing.render import coverage_line, sections

    new = ' <span class="badge-new">new</span>'
    parts = [f'<section class="story" id="b-story-{i}"><h3>{i}. {_e(s.headline)}{new if s.new else ""}</h3>',
             f'<div class="src-meta coverage">{_e(coverage_line(s))}</div>']
    lead, adds = sections(s)
    parts.append('<p class="lead">' + " ".join(_cited(i, t) + (new if fresh else "") for t, fresh in lead) + "</p>")
    if adds:
        items = "".join(f"<li><strong>{_e(o)}</strong>: {_cited(i, t)}{new if fresh else ''}</li>" for o, t, fresh in adds)
        parts.append(f'<div class="adds"><strong>What each outlet adds</strong><ul>{items}</ul></div>')
    if s.disagreements:
        items = "".join(f"<li>{_cited(i, disagreement_text(d))}</li>" for d in s.disagreements)
        parts.append(f'<div class="callout disagreement"><strong>⚖ Where they differ</strong><ul>{items}</ul></div>')
    if s.timeline:
        items = "".join(f"<li><strong>{_e(e.date)}</strong> ({_e(', '.join(e.sources))}): {_cited(i, e.text)}</li>"
                        for e in s.timeline)
        parts.append(f'<div class="timeline"><strong>Timeline</strong><ul>{items}</ul></div>')
    cites = "".join(
        f'<li id="b{i}-c{c.n}" value="{c.n}">{_e(c.source or "unknown outlet")}, {_link(c.url, c.title)} · '
        f'{_e(c.published_at or "undated")}<blockquote>{_e(c.quote)}</blockquote></li>' for c in s.citations)
    # Collapsed by default: the evidence is one click away, not a wall of quotes under every story.
    parts.append(f'<details class="brief-sources"><summary>Sources ({len(s.citations)})</summary>'
                 f'<ol class="brief-cites">{cites}</ol></details></section>')
    return "".join(parts)


def briefing_html(b: Briefing) -> str:
    n = len(b.stories)
    head = (f'<div class="briefing"><h2>Briefing — {_e(b.date)}</h2><div class="src-meta">{n} '
            f'{"story" if n == 1 else "stories"} · generated {_e(b.generated_at)} · {_e(b.provider)}</div>')
    head += "".join(f'<div class="callout callout-notice">{_e(note)}</div>' for note in b.notices)
    if not b.stories:
        return head + "<p>No stories for this day. Pick another date, or add articles in the Library tab.</p></div>"
    return head + "".join(_story_html(i, s) for i, s in enumerate(b.stories, 1)) + "</div>"
