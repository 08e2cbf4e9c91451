"""The Gradio UI in headless chromium against a real `assistant serve`: chat, citations, briefing, library,
and a malicious article whose markup must never run."""

from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def _open_tab(page, name: str) -> None:
    page.get_by_role("tab", name=name).click()


def _ask(page, question: str) -> None:
    page.fill("#question textarea", question)
    page.click("#ask-btn")


def _cell(page, text: str):
    # The dataframe keeps a hidden copy of its rows for sizing; only the visible body is clickable.
    return page.locator("#articles-table .virtual-body .body-cell").filter(has_text=text).first


def _assert_inert(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined", "article markup executed in the page"


def test_chat_streams_an_answer_and_a_citation_opens_the_highlighted_quote(page, artifacts):
    # Watch the chat: while the answer streams, its bubble shows a cursor; the final version does not.
    page.evaluate("""() => { window.__sawStreaming = false;
        const box = document.querySelector('#chatbot');
        new MutationObserver(() => { if (box.innerText.includes('\u258d')) window.__sawStreaming = true; })
            .observe(box, {subtree: true, childList: true, characterData: true}); }""")
    _ask(page, "How many rocket launchers did Kim Jong Un show off?")
    page.wait_for_selector("#chatbot a.cite-ref", timeout=120_000)
    page.screenshot(path=artifacts / "01-chat-answer.png")
    answer = page.inner_text("#chatbot")
    assert page.evaluate("window.__sawStreaming") is True, "no partial answer was shown before the final one"
    assert "\u258d" not in answer and "launchers" in answer
    assert re.search(r"\[\d+\]", answer)
    assert page.locator("#chat-notice").inner_text().strip().endswith("extractive")

    first = page.locator("#chatbot a.cite-ref").first
    n = first.inner_text().strip("[]")
    first.click()
    mark = page.locator("#source-panel mark.cite-mark")
    mark.wait_for(timeout=30_000)
    assert page.locator("#source-panel .src-n").inner_text() == f"[{n}]"
    quote = mark.inner_text().strip()
    assert len(quote) > 20 and quote in page.inner_text("#source-panel .article-text")
    meta = page.inner_text("#source-panel .src-meta")
    assert any(outlet in meta for outlet in ("Metro", "Bloomberg", "Evil"))
    # The picker follows the click, so the same source is visibly selected.
    assert page.locator(f"#cite-picker input[value='0:{n}']").is_checked()
    page.screenshot(path=artifacts / "02-chat-source-panel.png")
    _assert_inert(page)


def test_follow_up_uses_the_conversation(page, artifacts):
    _ask(page, "Which party congress were the launchers presented to?")
    page.wait_for_selector("#chatbot a.cite-ref", timeout=120_000)
    _ask(page, "What calibre are they?")
    page.wait_for_function("document.querySelectorAll('#chatbot a[href^=\"#cite-1-\"]').length > 0",
                           timeout=120_000)
    assert page.locator("#chatbot").get_by_text("What calibre are they?").count() == 1
    # Sources of the earlier answer stay reachable, labelled with their question number.
    assert page.locator("#cite-picker label", has_text="Q1 [").count() >= 1
    page.screenshot(path=artifacts / "03-chat-follow-up.png")


def test_unanswerable_question_shows_the_refusal_notice(page, artifacts):
    _ask(page, "What did the central bank of Peru decide about interest rates?")
    page.wait_for_selector("#chat-notice .callout-refused", timeout=120_000)
    page.screenshot(path=artifacts / "04-chat-refusal.png")


def test_malicious_article_is_shown_as_text_and_never_runs(page, artifacts):
    _ask(page, "What did the evil gazette say about the rocket launchers rolling through Pyongyang?")
    page.wait_for_selector("#chatbot a.cite-ref", timeout=120_000)
    labels = page.locator("#cite-picker label")
    evil = labels.filter(has_text="Evil gazette")
    assert evil.count() >= 1, page.inner_text("#cite-picker")
    evil.first.click()
    page.locator("#source-panel mark.cite-mark").wait_for(timeout=30_000)
    panel = page.inner_text("#source-panel")
    assert "<script>window.__pwned=1</script>" in panel  # shown literally
    assert page.locator("#source-panel script, #source-panel img, #source-panel svg, #source-panel b").count() == 0
    page.screenshot(path=artifacts / "05-malicious-source-panel.png")
    _assert_inert(page)

    _open_tab(page, "Library")
    row = _cell(page, "Evil gazette")
    row.wait_for(timeout=30_000)
    row.click()
    page.wait_for_selector("#article-view .article-text", timeout=30_000)
    assert "onerror" in page.inner_text("#article-view")
    assert page.locator("#articles-table img, #article-view img, #article-view script").count() == 0
    page.screenshot(path=artifacts / "06-malicious-library.png")
    _assert_inert(page)


def test_briefing_tab_generates_a_cited_briefing(page, artifacts):
    _open_tab(page, "Briefing")
    page.click("#brief-btn")
    page.wait_for_selector("#briefing .story", timeout=180_000)
    html = page.inner_html("#briefing")
    assert "badge-new" in html  # the first briefing: every story is new
    assert page.locator("#briefing a.cite-ref").count() >= 1
    assert page.locator("#briefing ol.brief-cites li").count() >= 1
    # The shape: a coverage line and a lead; the sources list is collapsed until the reader opens it.
    assert page.locator("#briefing .coverage").first.inner_text().count("article") == 1
    assert page.locator("#briefing p.lead").first.inner_text().strip()
    sources = page.locator("#briefing details.brief-sources").first
    assert sources.get_attribute("open") is None
    assert not page.locator("#briefing ol.brief-cites li").first.is_visible()
    sources.locator("summary").click()
    assert page.locator("#briefing ol.brief-cites li").first.is_visible()
    assert page.locator("#brief-md").is_visible() and page.locator("#brief-html").is_visible()
    with page.expect_download(timeout=60_000) as dl:
        page.click("#brief-md")
    assert dl.value.suggested_filename.endswith(".md")
    page.screenshot(path=artifacts / "07-briefing.png", full_page=True)
    _assert_inert(page)


def test_library_upload_lists_the_new_article(page, artifacts, tmp_path):
    doc = tmp_path / "harbour.txt"
    doc.write_text("Harbour cranes return to Rotterdam after the winter storm\n"
                   "Port authorities in Rotterdam said on Monday that twelve harbour cranes damaged in the winter "
                   "storm are working again.\nThe repairs took six weeks and cost about 40 million euros, the port "
                   "said.\n", encoding="utf-8")
    _open_tab(page, "Library")
    _cell(page, "Kim Jong Un").wait_for(timeout=30_000)
    page.set_input_files("#upload-files input[type=file]", str(doc))
    page.wait_for_timeout(500)
    page.click("#add-files-btn")
    page.wait_for_function("document.querySelector('#ingest-status') && "
                           "document.querySelector('#ingest-status').innerText.includes('Added')", timeout=180_000)
    assert "Added 1" in page.inner_text("#ingest-status")
    _cell(page, "Harbour cranes return to Rotterdam").wait_for(timeout=30_000)
    page.screenshot(path=artifacts / "08-library-upload.png", full_page=True)


def test_settings_show_provider_and_k_but_no_secret(page, artifacts):
    _open_tab(page, "Settings")
    page.wait_for_selector("#settings-table table", timeout=30_000)
    text = page.inner_text("#settings-table")
    assert "extractive" in text and "minilm" in text
    assert "set (hidden)" in text
    assert "sk-test-never-show-this" not in page.content()
    assert page.locator("#k-slider").is_visible()
    page.screenshot(path=artifacts / "09-settings.png")


def test_evals_tab_runs_the_seeds_suite(page, artifacts):
    _open_tab(page, "Evals")
    page.click("#eval-run")
    page.wait_for_function("document.querySelector('#eval-summary') && "
                           "document.querySelector('#eval-summary').innerText.includes('Suite')", timeout=900_000)
    page.wait_for_timeout(1500)  # plots draw after the data arrives
    page.screenshot(path=artifacts / "10-evals.png", full_page=True)
    summary = page.inner_text("#eval-summary")
    assert "seeds" in summary and ("passed" in summary or "FAILED" in summary)
    cells = page.locator("#eval-metrics .virtual-body .body-cell")
    assert cells.filter(has_text="fact recall").count() >= 1
    assert page.locator("#eval-plot canvas, #eval-plot svg").count() >= 1
    assert page.locator("#eval-failures .virtual-body .body-cell").count() >= 1
    assert page.locator("#eval-report").is_visible()


def test_example_questions_come_from_the_stored_articles(page, artifacts):
    examples = page.locator("#examples")
    examples.wait_for(timeout=30_000)
    shown = examples.inner_text()
    # built from the newest stored headlines (the seeds and the malicious article), not a fixed list
    assert "How many rocket launchers did Kim Jong Un show off?" not in shown
    assert "report about" in shown or "known about" in shown
    assert page.locator("#examples script, #examples img").count() == 0  # a headline's markup is text
    first = examples.locator("button").first
    shown_start = first.inner_text().strip()[:30]  # the gallery cuts long questions short with "..."
    first.click()
    page.wait_for_function("() => document.querySelector('#question textarea').value.trim() !== ''", timeout=30_000)
    assert page.input_value("#question textarea").startswith(shown_start)
    _assert_inert(page)
