"""The Gradio app: Chat, Briefing, Library, Check, Evals and Settings tabs. The only module tree importing gradio.

    build_app(library, engine=None) -> gr.Blocks     (launching is `assistant serve`'s job, see api.py)

Everything shown from an article goes through assistant.server.ui.render, which escapes it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

import gradio as gr

from assistant.errors import AssistantError, NotFoundError
from assistant.library import Library
from assistant.schema import Answer
from assistant.server.services import MAX_K, Services, example_questions, ingest_summary, make_filters
from assistant.server.uploads import UPLOAD_EXTENSIONS
from assistant.server.ui import render as R
from assistant.server.ui.downloads import Downloads

log = logging.getLogger(__name__)

NO_EXAMPLES = ("No articles yet: add some in the **Library** tab (or run `assistant ingest PATH`) and "
               "questions about the newest stories appear here.")

CSS = """
#chatbot table td:first-child { white-space: nowrap; }
.callout{border-radius:6px;padding:.55rem .8rem;margin:.4rem 0;border-left:4px solid}
.callout ul{margin:.2rem 0 0 1.1rem}
.callout-error{background:#fdecea;border-color:#c62828;color:#5f1212}
.callout-refused{background:#fff4e5;border-color:#ef6c00;color:#4a2800}
.callout-fallback{background:#fff8d6;border-color:#b59000;color:#3d3000}
.callout-notice{background:#eef3fb;border-color:#5b7fbf;color:#1e2e4a}
.callout.disagreement,#chatbot blockquote{background:#f3ecfb;border-left:4px solid #7b3fbf;color:#2e1747;
  border-radius:6px;padding:.4rem .8rem}
.provider-line{font-size:.8rem;color:#777;margin-top:.2rem}
.source-card{border:1px solid #ddd;border-radius:8px;padding:.7rem .9rem;background:#fff;color:#1b1b1b}
.source-card.empty{color:#666;background:#fafafa}
.src-head{font-weight:600;font-size:1.02rem}.src-n{color:#2a5bd7;margin-right:.25rem}
.src-meta,.src-support{color:#666;font-size:.85rem;margin:.15rem 0}
.src-url a{font-size:.85rem;word-break:break-all}
.article-text{white-space:pre-wrap;max-height:420px;overflow:auto;border-top:1px solid #eee;margin-top:.5rem;
  padding-top:.5rem;font-family:Georgia,serif;line-height:1.5}
mark.cite-mark{background:#ffe066;padding:0 .1rem;border-radius:2px}
a.cite-ref{text-decoration:none;font-weight:600;cursor:pointer}
.badge-new{background:#fff3c4;border:1px solid #e0c200;border-radius:4px;padding:0 .35rem;font-size:.75rem;
  font-family:sans-serif;vertical-align:middle}
.briefing blockquote{margin:.2rem 0 .5rem;padding-left:.6rem;border-left:3px solid #ccc;color:#444}
.briefing .story{margin-bottom:1.4rem}
"""

# [n] links in the chat are plain anchors (the chatbot sanitises its HTML); this turns a click on one
# into a click on the matching option of the source picker, which runs the Python handler.
JS = """
() => {
  if (window.__citeClicks) return;
  window.__citeClicks = true;
  document.addEventListener('click', (ev) => {
    const a = ev.target && ev.target.closest ? ev.target.closest('a[href^="#cite-"]') : null;
    if (!a) return;
    ev.preventDefault();
    ev.stopPropagation();
    const m = (a.getAttribute('href') || '').match(/^#cite-(\\d+)-(\\d+)$/);
    if (!m) return;
    const want = m[1] + ':' + m[2];
    for (const input of document.querySelectorAll('#cite-picker input[type=radio]')) {
      if (input.value === want) {
        if (input.checked) { input.checked = false; }
        input.click();
        break;
      }
    }
  }, true);
}
"""

_SCROLL_TO_MARK = ("() => { const m = document.querySelector('#source-panel mark'); "
                   "if (m) m.scrollIntoView({block: 'center', behavior: 'smooth'}); }")


def _err(e: Exception) -> str:
    if isinstance(e, AssistantError):
        return str(e)
    log.exception("UI handler failed")
    return f"internal error ({type(e).__name__}); see the server log"


# ---- chat --------------------------------------------------------------------------------

def _chat_tab(svc: Services, k_slider: gr.Slider) -> dict[str, Any]:
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(elem_id="chatbot", height=460, show_label=False, feedback_options=None,
                                 placeholder="Ask about the stored news. Every sentence cites its source.",
                                 latex_delimiters=[], buttons=["copy"])
            notice = gr.HTML(elem_id="chat-notice", js_on_load=None)
            with gr.Row():
                question = gr.Textbox(placeholder="Ask a question… (follow-ups use the conversation)",
                                      show_label=False, scale=6, elem_id="question", lines=1, max_lines=4)
                ask = gr.Button("Ask", variant="primary", scale=1, elem_id="ask-btn")
            with gr.Accordion("Filters: dates and outlets", open=False, elem_id="chat-filters"):
                with gr.Row():
                    since = gr.Textbox(label="From (YYYY-MM-DD)", placeholder="any", elem_id="filter-since")
                    until = gr.Textbox(label="To (YYYY-MM-DD)", placeholder="any", elem_id="filter-until")
                    outlets = gr.Dropdown(label="Outlets", choices=[], multiselect=True, elem_id="filter-outlets",
                                          allow_custom_value=False)
            with gr.Row():
                clear = gr.Button("New conversation", size="sm", elem_id="clear-btn")
            # Filled from the library on page load and after every change (see examples_update).
            # type="index": the server-side Dataset keeps the samples it was built with (none), so a
            # click is looked up in the per-session list that refreshes alongside it.
            examples = gr.Dataset(components=[question], samples=[], label="Try asking (about the newest stories)",
                                  elem_id="examples", visible=False, type="index")
            examples_hint = gr.Markdown(elem_id="examples-hint")
        with gr.Column(scale=2):
            picker = gr.Radio(choices=[], label="Sources (click a [n] in the answer)", elem_id="cite-picker",
                              interactive=True)
            panel = gr.HTML(R.EMPTY_PANEL, elem_id="source-panel", js_on_load=None)
    turns = gr.State([])  # [{"question", "answer", "citations": [Citation dicts]}]
    example_list = gr.State([])  # the questions the examples Dataset shows, in order

    def respond(message: str, chat: list, history: list, since_v: str, until_v: str, outlet_v: list,
                k: float) -> Iterator[tuple]:
        message = (message or "").strip()
        if not message:
            yield chat, gr.skip(), R.notices_html(None, "Type a question first."), gr.skip(), gr.skip(), history
            return
        chat = list(chat or []) + [{"role": "user", "content": R._md(message)},
                                   {"role": "assistant", "content": "…"}]
        try:
            filters = make_filters(since_v, until_v, outlet_v or None)
            stream = svc.stream(message, [(t["question"], t["answer"]) for t in history], filters, int(k))
            yield chat, "", "", gr.skip(), gr.skip(), history
            text, final = "", None
            for item in stream:
                if isinstance(item, Answer):
                    final = item
                    continue
                text += item
                chat[-1] = {"role": "assistant", "content": R.streaming_markdown(text)}
                yield chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), history
        except Exception as e:  # noqa: BLE001 - shown to the user, logged when unexpected
            chat[-1] = {"role": "assistant", "content": "⚠ " + R._md(_err(e))}
            yield chat, gr.skip(), R.notices_html(None, _err(e)), gr.skip(), gr.skip(), history
            return
        if final is None:  # pragma: no cover - the engine always ends with an Answer
            return
        t = len(history)
        history = history + [{"question": message, "answer": final.answer,
                              "citations": [c.model_dump(mode="json") for c in final.citations]}]
        chat[-1] = {"role": "assistant", "content": R.answer_markdown(final, t)}
        yield (chat, gr.skip(), R.notices_html(final), gr.Radio(choices=R.citation_choices(history), value=None),
               R.EMPTY_PANEL, history)

    def show(choice: str | None, history: list) -> str:
        if not choice:
            return R.EMPTY_PANEL
        t, _, n = choice.partition(":")
        try:
            cite = next(c for c in history[int(t)]["citations"] if c["n"] == int(n))
        except (ValueError, IndexError, StopIteration):
            return R.EMPTY_PANEL
        try:
            article = svc.library.article(cite["article_id"])
        except NotFoundError:
            article = None
        return R.source_panel(cite, article)

    def reset() -> tuple:
        return [], "", gr.Radio(choices=[], value=None), R.EMPTY_PANEL, []

    ins = [question, chatbot, turns, since, until, outlets, k_slider]
    outs = [chatbot, question, notice, picker, panel, turns]
    ask.click(respond, ins, outs, concurrency_id="answer")
    question.submit(respond, ins, outs, concurrency_id="answer")
    picker.change(show, [picker, turns], [panel]).then(None, None, None, js=_SCROLL_TO_MARK)
    clear.click(reset, None, [chatbot, notice, picker, panel, turns])
    examples.click(pick_example, [examples, example_list], [question])
    return {"outlets": outlets, "examples": examples, "examples_hint": examples_hint, "example_list": example_list}


def pick_example(index: int | None, questions: list[str]) -> Any:
    return questions[index] if index is not None and 0 <= index < len(questions or []) else gr.skip()


def examples_update(questions: list[str]) -> tuple:
    """The example questions (hidden when there are none), the hint shown instead, and the list itself."""
    return (gr.Dataset(samples=[[q] for q in questions], visible=bool(questions)),
            "" if questions else NO_EXAMPLES, questions)


# ---- briefing ----------------------------------------------------------------------------

def _briefing_tab(svc: Services, downloads: Downloads) -> tuple[Any, list]:
    with gr.Row():
        date = gr.Textbox(label="Date (YYYY-MM-DD)", placeholder="empty: the newest day with articles",
                          elem_id="brief-date", scale=2)
        since_last = gr.Checkbox(label="Only what is new since the last briefing", value=False, scale=2)
        go = gr.Button("Generate briefing", variant="primary", elem_id="brief-btn", scale=1)
    status = gr.HTML(elem_id="brief-status", js_on_load=None)
    with gr.Row():
        md_file = gr.DownloadButton("Download Markdown", visible=False, elem_id="brief-md")
        html_file = gr.DownloadButton("Download HTML", visible=False, elem_id="brief-html")
    out = gr.HTML('<p class="src-meta">Pick a date (or leave it empty) and generate.</p>', elem_id="briefing",
                  js_on_load=None)

    def generate(day: str, only_new: bool, progress=gr.Progress()) -> tuple:
        from assistant.briefing import render

        progress(0.1, desc="clustering and summarising stories")
        try:
            b = svc.brief(day, only_new)
        except Exception as e:  # noqa: BLE001
            return R.notices_html(None, _err(e)), gr.skip(), gr.skip(), gr.skip()
        stem = f"briefing-{b.date.replace('..', '_to_') or 'all'}"
        md_path = downloads.write(stem, ".md", render.to_markdown(b))
        html_path = downloads.write(stem, ".html", render.to_html(b))
        return ("", gr.DownloadButton(value=str(md_path), visible=True),
                gr.DownloadButton(value=str(html_path), visible=True), R.briefing_html(b))

    go.click(generate, [date, since_last], [status, md_file, html_file, out], concurrency_id="briefing")
    # Opening the page shows the scheduler's latest morning briefing, when there is one.
    from assistant.server.ui.scheduled import latest_scheduled_html

    return (lambda: latest_scheduled_html(svc)), [status, out]


# ---- library -----------------------------------------------------------------------------

def _library_tab(svc: Services, chat: dict[str, Any]) -> tuple[list[Any], Any]:
    """The Library tab; returns the components a library change refreshes and the refresh function."""
    with gr.Row():
        with gr.Column():
            # file_types is checked by Gradio on the server too, not only in the browser's picker.
            files = gr.File(label="Upload articles (text, Markdown, HTML, JSON/JSONL, RSS/Atom)",
                            file_count="multiple", elem_id="upload-files", height=140,
                            file_types=UPLOAD_EXTENSIONS)
            add_files = gr.Button("Add files", variant="primary", elem_id="add-files-btn")
        with gr.Column():
            urls = gr.Textbox(label="Article URLs or feeds (one per line)", lines=4, elem_id="add-urls",
                              placeholder="https://example.com/news/story.html\nhttps://example.com/feed.xml")
            add_urls = gr.Button("Fetch and add", elem_id="add-urls-btn")
    status = gr.Markdown(elem_id="ingest-status")
    table = gr.Dataframe(headers=R.LIBRARY_HEADERS, datatype=["str", "str", "str", "str", "number", "str"],
                         interactive=False, wrap=True, elem_id="articles-table", label="Stored articles",
                         max_height=420, column_widths=["38%", "12%", "10%", "15%", "7%", "18%"])
    with gr.Row():
        chosen = gr.Dropdown(label="Article", choices=[], elem_id="article-picker", scale=4)
        view = gr.Button("View", scale=1, elem_id="view-btn")
        delete = gr.Button("Delete", variant="stop", scale=1, elem_id="delete-btn")
    viewer = gr.HTML(elem_id="article-view", js_on_load=None)

    def refresh() -> tuple:
        arts = svc.library.articles()
        choices = [(f"{a.title[:70]} — {a.source or 'unknown'} ({a.id})", a.id) for a in arts]
        sources = sorted({a.source for a in arts if a.source}, key=str.lower)
        return (R.library_rows(arts), gr.Dropdown(choices=choices, value=None), gr.Dropdown(choices=sources),
                *examples_update(example_questions(arts)))

    refreshed = [table, chosen, chat["outlets"], chat["examples"], chat["examples_hint"], chat["example_list"]]
    skip_refresh = (gr.skip(),) * len(refreshed)

    def ingest(paths: list[str] | None, text: str | None, progress=gr.Progress(track_tqdm=True)) -> tuple:
        inputs = list(paths or []) + [u.strip() for u in (text or "").splitlines() if u.strip()]
        if not inputs:
            return ("Choose files or enter URLs first.", *skip_refresh, gr.skip(), gr.skip())
        progress(0, desc=f"ingesting {len(inputs)} input(s)")
        try:
            summary = ingest_summary(svc.ingest(inputs, progress=True))
        except Exception as e:  # noqa: BLE001
            return ("**Error:** " + R._md(_err(e)), *skip_refresh, gr.skip(), gr.skip())
        for f in summary["failed"]:
            f["path"] = Path(f["path"]).name if f["path"] in (paths or []) else f["path"]
        return R.ingest_message(summary), *refresh(), None, ""

    def view_article(article_id: str | None) -> str:
        if not article_id:
            return ""
        try:
            return R.article_panel(svc.library.article(article_id))
        except Exception as e:  # noqa: BLE001
            return R.notices_html(None, _err(e))

    def select_row(evt: gr.SelectData) -> tuple:
        row = evt.row_value or []
        article_id = str(row[-1]) if row else None
        return gr.Dropdown(value=article_id), view_article(article_id)

    def remove(article_id: str | None) -> tuple:
        if not article_id:
            return "Pick an article to delete.", *skip_refresh, gr.skip()
        try:
            n = svc.delete(article_id)
        except Exception as e:  # noqa: BLE001
            return "**Error:** " + R._md(_err(e)), *skip_refresh, gr.skip()
        return f"Deleted `{R._md(article_id)}` and its {n} chunks.", *refresh(), ""

    ing_out = [status, *refreshed, files, urls]
    add_files.click(ingest, [files, gr.State("")], ing_out, concurrency_id="ingest", concurrency_limit=1)
    add_urls.click(ingest, [gr.State(None), urls], ing_out, concurrency_id="ingest", concurrency_limit=1)
    table.select(select_row, None, [chosen, viewer])
    view.click(view_article, [chosen], [viewer])
    chosen.input(view_article, [chosen], [viewer])
    delete.click(remove, [chosen], [status, *refreshed, viewer], concurrency_id="ingest")
    return refreshed, refresh


# ---- settings ----------------------------------------------------------------------------

def _public_url(url: str | None) -> str:
    """The endpoint without any user:password@ part."""
    if not url:
        return "default (api.openai.com)"
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.hostname + (f":{parts.port}" if parts.port else ""))) \
        if parts.hostname else "set"


def settings_markdown(svc: Services) -> str:
    """What is configured, minus anything secret (API keys and the auth password never appear)."""
    s = svc.settings
    rows = [("Language model", s.llm), ("Fallback to extractive on model failure", "yes" if s.llm_fallback else "no"),
            ("Embeddings", s.embeddings), ("Default passages per question (k)", s.top_k),
            ("Vector store", f"Chroma server {s.chroma_host}:{s.chroma_port}" if s.chroma_host else "embedded Chroma"),
            ("OpenAI-compatible endpoint", _public_url(s.openai_base_url) if s.llm.startswith("openai") else "not used"),
            ("API key", "set (hidden)" if s.openai_api_key else "not set"),
            ("Authentication", "on" if s.auth else "off (loopback only)")]
    lines = ["| Setting | Value |", "|---|---|"] + [f"| {R._md(a)} | {R._md(str(b))} |" for a, b in rows]
    return "\n".join(lines) + ("\n\nChange these with `ASSISTANT_*` environment variables (or `.env`) "
                               "and restart `assistant serve`.")


def build_app(library: Library, engine=None, *, services: Services | None = None) -> gr.Blocks:
    """The whole UI as Blocks, not launched: `api.create_app` mounts it next to the REST API."""
    svc = services or Services(library, engine)
    downloads = Downloads()
    # delete_cache: gradio keeps its own copy of every file it serves; drop copies older than a day.
    with gr.Blocks(title="Newsdesk assistant", analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        gr.Markdown("## Newsdesk assistant\nCited answers and daily briefings from your news articles.")
        k_slider = gr.Slider(1, MAX_K, value=svc.settings.top_k, step=1, render=False,
                             label="Passages retrieved per question (k)", elem_id="k-slider")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat", elem_id="tab-chat"):
                chat = _chat_tab(svc, k_slider)
            with gr.Tab("Briefing", id="briefing", elem_id="tab-briefing"):
                latest_briefing, latest_outputs = _briefing_tab(svc, downloads)
            with gr.Tab("Library", id="library", elem_id="tab-library"):
                refreshed, refresh = _library_tab(svc, chat)
            with gr.Tab("Check", id="check", elem_id="tab-check"):
                from assistant.server.ui.check_tab import check_tab

                check_tab(svc)
            with gr.Tab("Evals", id="evals", elem_id="tab-evals"):
                from assistant.server.ui.evals_tab import evals_tab

                evals_tab(svc, downloads)
            with gr.Tab("Settings", id="settings", elem_id="tab-settings"):
                gr.Markdown(f"Model provider: **{R._md(svc.settings.llm)}**", elem_id="provider-line")
                k_slider.render()
                gr.Markdown(settings_markdown(svc), elem_id="settings-table")
        demo.load(refresh, None, refreshed)
        demo.load(latest_briefing, None, latest_outputs)
    demo.queue(default_concurrency_limit=2, max_size=64)
    return demo


def mount_ui(app: Any, library: Library, engine: Any = None, *, services: Services,
             auth: tuple[str, str] | None) -> Any:
    """Mount the Gradio app at / on the FastAPI app (gradio is imported only in the UI modules)."""
    blocks = build_app(library, engine, services=services)
    return gr.mount_gradio_app(app, blocks, path="/", auth=auth, css=CSS, js=JS, footer_links=["api"],
                               max_file_size=f"{int(library.settings.max_file_mb)}mb", show_error=True,
                               ssr_mode=False)
