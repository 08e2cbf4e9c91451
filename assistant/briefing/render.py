"""Briefings as Markdown (terminal default), self-contained HTML (printable, sources linked) and JSON."""

from __future__ import annotations

import html
import re

from assistant.briefing.summarise import split_summary
from assistant.schema import Briefing, Citation, Story

_MARK = re.compile(r"\[(\d+)\]")


def to_json(b: Briefing) -> str:
    """The public JSON contract: {"date", "generated_at", "provider", "stories": [...]}."""
    return b.model_dump_json(indent=2)


def _when(published_at: str | None) -> str:
    return published_at or "undated, placed by ingestion date"


def _says(story: Story) -> list[str]:
    out = []
    for d in story.disagreements:
        sides = "; ".join(f"{s.source or 'one outlet'} [{s.n}] says {s.says}" for s in d.sources)
        out.append(f"{d.claim}: {sides}")
    return out


def _header(b: Briefing) -> str:
    n = len(b.stories)
    return f"{n} {'story' if n == 1 else 'stories'} · generated {b.generated_at} · {b.provider}"


def to_markdown(b: Briefing) -> str:
    lines = [f"# Briefing — {b.date}", "", f"_{_header(b)}_", ""]
    if not b.stories:
        lines.append("No stories for this selection. `assistant articles` lists what is stored.")
    for i, s in enumerate(b.stories, 1):
        tag = " · **new**" if s.new else ""
        outlets = sorted({src.source or "unknown outlet" for src in s.sources})
        lines += [f"## {i}. {s.headline}", "", f"_{len(s.sources)} articles from {', '.join(outlets)}_{tag}", ""]
        sentences = split_summary(s.summary)
        new = set(s.new_facts) if not s.new else set()
        lines.append(" ".join(f"{t} _(new)_" if k in new else t for k, t in enumerate(sentences)))
        lines.append("")
        if s.disagreements:
            lines.append("**Where outlets differ**")
            lines += [f"- {d}" for d in _says(s)]
            lines.append("")
        lines.append("**Sources**")
        for c in s.citations:
            where = f" — {c.url}" if c.url else ""
            lines.append(f"- [{c.n}] {c.source or 'unknown outlet'}, “{c.title}” ({_when(c.published_at)}){where}: "
                         f"“{c.quote}”")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = """
body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b}
h1{font-size:1.7rem;border-bottom:2px solid #1b1b1b;padding-bottom:.3rem}
h2{font-size:1.25rem;margin-top:2.2rem}
.meta{color:#555;font-size:.9rem}
.new{background:#fff3c4;border-radius:3px;padding:0 .3rem;font-size:.8rem;font-family:sans-serif}
sup a{text-decoration:none}
ol.cites{font-size:.88rem;color:#333}
blockquote{margin:.2rem 0 .6rem 0;padding-left:.7rem;border-left:3px solid #ccc;color:#444}
.differ{background:#f4f6fa;padding:.4rem .8rem;border-radius:4px}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}section{break-inside:avoid-page}}
"""


def _link(url: str | None, text: str) -> str:
    e = html.escape(text)
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{e}</a>'
    return e


def _cite_html(story_no: int, text: str) -> str:
    """Escape a summary sentence, then turn [n] markers into links to its citation."""
    escaped = html.escape(text)
    return _MARK.sub(lambda m: f'<sup><a href="#s{story_no}-c{m.group(1)}">[{m.group(1)}]</a></sup>', escaped)


def _citation_html(story_no: int, c: Citation) -> str:
    head = f"{html.escape(c.source or 'unknown outlet')}, {_link(c.url, c.title)} · {html.escape(_when(c.published_at))}"
    return f'<li id="s{story_no}-c{c.n}" value="{c.n}">{head}<blockquote>{html.escape(c.quote)}</blockquote></li>'


def to_html(b: Briefing) -> str:
    """One HTML file with inline CSS, no scripts or external resources; all article text escaped."""
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Briefing — {html.escape(b.date)}</title><style>{_CSS}</style></head><body>",
             f"<h1>Briefing — {html.escape(b.date)}</h1>", f'<p class="meta">{html.escape(_header(b))}</p>']
    if not b.stories:
        parts.append("<p>No stories for this selection.</p>")
    for i, s in enumerate(b.stories, 1):
        new = '<span class="new">new</span>' if s.new else ""
        parts.append(f'<section id="story-{i}"><h2>{i}. {html.escape(s.headline)} {new}</h2>')
        outlets = ", ".join(_link(src.url, src.source or "unknown outlet") for src in s.sources)
        parts.append(f'<p class="meta">{len(s.sources)} articles: {outlets}</p>')
        fresh = set(s.new_facts) if not s.new else set()
        body = " ".join(_cite_html(i, t) + (' <span class="new">new</span>' if k in fresh else "")
                        for k, t in enumerate(split_summary(s.summary)))
        parts.append(f"<p>{body}</p>")
        if s.disagreements:
            items = "".join(f"<li>{_cite_html(i, d)}</li>" for d in _says(s))
            parts.append(f'<div class="differ"><strong>Where outlets differ</strong><ul>{items}</ul></div>')
        parts.append('<ol class="cites">' + "".join(_citation_html(i, c) for c in s.citations) + "</ol></section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
