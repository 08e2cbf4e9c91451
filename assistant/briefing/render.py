"""Briefings as Markdown (terminal default), self-contained HTML (printable, sources linked) and JSON."""

from __future__ import annotations

import html
import re

from assistant.briefing.summarise import split_summary
from assistant.schema import Briefing, Story

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


def coverage_line(s: Story) -> str:
    """'Fox News, HuffPost · 3 articles · first report 2010-02-20, latest 2010-02-21'."""
    cov = s.coverage
    outlets = cov.outlets if cov else sorted({src.source or "unknown outlet" for src in s.sources})
    n = cov.articles if cov else len(s.sources)
    line = f"{', '.join(outlets)} · {n} {'article' if n == 1 else 'articles'}"
    if cov and cov.first:
        line += f" · first report {cov.first}" + (f", latest {cov.latest}" if cov.latest != cov.first else "")
    return line


def sections(s: Story) -> tuple[list[tuple[str, bool]], list[tuple[str, str, bool]]]:
    """(lead sentences, [(outlet, sentence)]) each with its "new since the last briefing" flag.

    Stories saved before lead/adds existed only have a summary: it is all lead then."""
    fresh = set(s.new_facts) if not s.new else set()
    lead = s.lead or ([] if s.adds else split_summary(s.summary))
    out_lead = [(t, k in fresh) for k, t in enumerate(lead)]
    out_adds = [(a.source or "One outlet", a.text, len(lead) + k in fresh) for k, a in enumerate(s.adds)]
    return out_lead, out_adds


def to_markdown(b: Briefing) -> str:
    lines = [f"# Briefing — {b.date}", "", f"_{_header(b)}_", ""]
    lines += [f"> Note: {n}\n" for n in b.notices]
    if not b.stories:
        lines.append("No stories for this selection. `assistant articles` lists what is stored.")
    for i, s in enumerate(b.stories, 1):
        tag = " · **new**" if s.new else ""
        lines += [f"## {i}. {s.headline}", "", f"_{coverage_line(s)}_{tag}", ""]
        lead, adds = sections(s)
        lines += [" ".join(f"{t} _(new)_" if new else t for t, new in lead), ""]
        if adds:
            lines.append("**What each outlet adds**")
            lines += [f"- **{o}**: {t}" + (" _(new)_" if new else "") for o, t, new in adds]
            lines.append("")
        if s.disagreements:
            lines.append("**Where they differ**")
            lines += [f"- {d}" for d in _says(s)]
            lines.append("")
        if s.timeline:
            lines.append("**Timeline**")
            lines += [f"- {e.date} ({', '.join(e.sources)}): {e.text}" for e in s.timeline]
            lines.append("")
        # Collapsed where Markdown is rendered (GitHub, most viewers); plain lines on a terminal.
        lines += [f"<details><summary>Sources ({len(s.citations)})</summary>", ""]
        for c in s.citations:
            where = f" — {c.url}" if c.url else ""
            lines.append(f"- [{c.n}] {c.source or 'unknown outlet'}, “{c.title}” ({_when(c.published_at)}){where}: "
                         f"“{c.quote}”")
        lines += ["", "</details>", ""]
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
.adds li,.timeline li{margin:.2rem 0}
details.sources summary{cursor:pointer;color:#555;font-size:.9rem}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}section{break-inside:avoid-page}}
"""


def _link(url: str | None, text: str) -> str:
    e = html.escape(text)
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{e}</a>'
    return e


def story_html(i: int, s: Story, level: str = "h2", prefix: str = "s") -> str:
    """One story as an HTML section; citation anchors are `{prefix}{i}-c{n}`. Shared with the UI."""
    def cite(text: str) -> str:
        return _MARK.sub(lambda m: f'<sup><a href="#{prefix}{i}-c{m.group(1)}">[{m.group(1)}]</a></sup>',
                         html.escape(text))

    new_tag = ' <span class="new">new</span>'
    parts = [f'<section class="story" id="{prefix}-story-{i}"><{level}>{i}. {html.escape(s.headline)}'
             f'{new_tag if s.new else ""}</{level}>', f'<p class="meta coverage">{html.escape(coverage_line(s))}</p>']
    lead, adds = sections(s)
    parts.append('<p class="lead">' + " ".join(cite(t) + (new_tag if new else "") for t, new in lead) + "</p>")
    if adds:
        items = "".join(f"<li><strong>{html.escape(o)}</strong>: {cite(t)}{new_tag if new else ''}</li>"
                        for o, t, new in adds)
        parts.append(f'<div class="adds"><strong>What each outlet adds</strong><ul>{items}</ul></div>')
    if s.disagreements:
        items = "".join(f"<li>{cite(d)}</li>" for d in _says(s))
        parts.append(f'<div class="differ"><strong>Where they differ</strong><ul>{items}</ul></div>')
    if s.timeline:
        items = "".join(f"<li><strong>{html.escape(e.date)}</strong> ({html.escape(', '.join(e.sources))}): "
                        f"{cite(e.text)}</li>" for e in s.timeline)
        parts.append(f'<div class="timeline"><strong>Timeline</strong><ul>{items}</ul></div>')
    cites = "".join(
        f'<li id="{prefix}{i}-c{c.n}" value="{c.n}">{html.escape(c.source or "unknown outlet")}, '
        f'{_link(c.url, c.title)} · {html.escape(_when(c.published_at))}<blockquote>{html.escape(c.quote)}'
        "</blockquote></li>" for c in s.citations)
    # Collapsed by default: the reader opens the evidence when a [n] matters to them.
    parts.append(f'<details class="sources"><summary>Sources ({len(s.citations)})</summary>'
                 f'<ol class="cites">{cites}</ol></details></section>')
    return "".join(parts)


def to_html(b: Briefing) -> str:
    """One HTML file with inline CSS, no scripts or external resources; all article text escaped."""
    parts = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Briefing — {html.escape(b.date)}</title><style>{_CSS}</style></head><body>",
             f"<h1>Briefing — {html.escape(b.date)}</h1>", f'<p class="meta">{html.escape(_header(b))}</p>']
    parts += [f'<p class="meta">Note: {html.escape(n)}</p>' for n in b.notices]
    if not b.stories:
        parts.append("<p>No stories for this selection.</p>")
    parts += [story_html(i, s) for i, s in enumerate(b.stories, 1)]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
