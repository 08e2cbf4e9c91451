"""The Check tab: paste a paragraph, see each claim coloured by verdict; click one to open its evidence.

The page needs no script for this: each claim is a <details> whose summary is the coloured claim and
whose body holds the quoted evidence and any conflicting values. Every piece of text is escaped.
"""

from __future__ import annotations

import logging

import gradio as gr

from assistant.errors import AssistantError
from assistant.schema import ClaimVerdict, VerifyReport
from assistant.server.services import Services
from assistant.server.ui.render import _e, _link

log = logging.getLogger(__name__)

COLOURS = {"supported": ("#e6f4ea", "#1e7e34", "supported"),
           "contradicted": ("#fdecea", "#c62828", "contradicted"),
           "not_found": ("#f1f3f4", "#6b7280", "not found")}
EMPTY = ('<p class="check-empty">Paste a paragraph and press Check: each sentence is checked against the '
         'stored news.</p>')
EXAMPLE = ("North Korea presented 40 new rocket launchers at a ceremony in Seoul. "
           "Kim Jong Un was quoted by state media as hailing the weapons.")


def _claim_html(i: int, v: ClaimVerdict) -> str:
    bg, fg, label = COLOURS.get(v.verdict, COLOURS["not_found"])
    rows = []
    for c in v.conflicts:
        rows.append(f'<li class="check-conflict">differs ({_e(c.kind)}): the text says <b>{_e(c.claim_says)}</b>, '
                    f'source [{c.n}] says <b>{_e(c.evidence_says)}</b></li>')
    for c in v.evidence:
        meta = " · ".join(_e(x) for x in (c.source, c.published_at) if x)
        title = _link(c.url, c.title or c.article_id)
        rows.append(f'<li class="check-evidence" data-n="{c.n}"><span class="src-n">[{c.n}]</span> '
                    f'“{_e(c.quote)}” <span class="check-src">— {title}{" (" + meta + ")" if meta else ""}, '
                    f'support {c.support:.2f}</span></li>')
    if not rows:
        rows.append("<li>No evidence found in the stored articles.</li>")
    judge = f'<div class="check-judge">judge: {_e(v.judge)}</div>' if v.judge else ""
    return (f'<details class="check-claim verdict-{_e(v.verdict)}" data-verdict="{_e(v.verdict)}" id="claim-{i}">'
            f'<summary style="background:{bg};border-left:4px solid {fg};padding:.3rem .5rem;margin:.2rem 0;'
            f'cursor:pointer;list-style:none"><span class="check-label" style="color:{fg};font-weight:600">'
            f'{label}</span> <span class="check-score">({v.score:.2f})</span> '
            f'<span class="check-text">{_e(v.claim)}</span></summary>'
            f'<ul class="check-body" style="margin:.2rem 0 .6rem 1.2rem">{"".join(rows)}</ul>{judge}</details>')


def report_html(report: VerifyReport) -> str:
    """Counts, then one expandable coloured line per claim."""
    counts = " · ".join(f'<span data-count="{k}">{n} {COLOURS[k][2]}</span>' for k, n in report.counts.items())
    claims = "".join(_claim_html(i, v) for i, v in enumerate(report.claims))
    return (f'<div class="check-report"><div class="check-counts">{counts}</div>'
            f'<div class="check-hint">Click a sentence to see its evidence.</div>{claims}</div>')


def error_html(message: str) -> str:
    return f'<div class="callout callout-error check-error">{_e(message)}</div>'


def check_tab(svc: Services) -> None:
    with gr.Row(equal_height=False):
        with gr.Column(scale=2):
            text = gr.Textbox(label="Text to check", lines=6, max_lines=20, elem_id="check-text",
                              placeholder="Paste a draft, a post or a summary…")
            against = gr.Textbox(label="Only against these article ids (optional, comma-separated)",
                                 elem_id="check-against", placeholder="all stored articles")
            button = gr.Button("Check", variant="primary", elem_id="check-btn")
            gr.Examples(examples=[[EXAMPLE]], inputs=[text], label="Try")
        with gr.Column(scale=3):
            result = gr.HTML(EMPTY, elem_id="check-result")

    def run(text_v: str, against_v: str) -> str:
        ids = [x.strip() for x in (against_v or "").replace("\n", ",").split(",") if x.strip()]
        try:
            return report_html(svc.verify(text_v or "", against=ids or None))
        except AssistantError as e:
            return error_html(str(e))
        except Exception as e:  # noqa: BLE001 - shown to the user, logged
            log.exception("check failed")
            return error_html(f"internal error ({type(e).__name__}); see the server log")

    button.click(run, [text, against], [result], concurrency_id="answer")
