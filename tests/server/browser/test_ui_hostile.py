"""XSS in headless chromium: an article whose title, outlet, URL and body carry script, event-handler,
javascript: and SVG payloads is ingested through the REST API, cited in a chat answer and briefed; no
payload runs (no flag set, no dialog opened), the text shows literally, and no secret reaches the page."""

from __future__ import annotations

import json
import re

import httpx
import pytest
from conftest import SECRET_KEY

pytestmark = [pytest.mark.browser, pytest.mark.integration]

DAY = "2031-05-06"  # a day no other test article has, so the briefing of that day is this story
PAYLOADS = {
    "script": "<script>window.__xss=1</script>",
    "img": '<img src=x onerror="window.__xss=1;alert(1)">',
    "svg": '<svg><script>window.__xss=1</script></svg><svg onload="alert(1)">',
    "link": '<a href="javascript:alert(1)" id="xss-link">read more</a>',
    "iframe": '<iframe src="javascript:alert(1)"></iframe>',
}
RECORD = {
    "title": f"Hostile Herald ferry strike report {PAYLOADS['script']} {PAYLOADS['img']}",
    "source": f"Hostile Herald {PAYLOADS['svg']}",
    "url": "javascript:alert(document.domain)//https://hostile.example/ferry",
    "published_at": DAY,
    "text": (f"The Hostile Herald reported that the ferry strike ended on Monday {PAYLOADS['script']} after talks.\n"
             f"Union leaders told the Hostile Herald {PAYLOADS['img']} that ferries resume on Tuesday morning.\n"
             f"The Hostile Herald said the harbour authority {PAYLOADS['link']} paid for extra crews.\n"
             f"Officials told the Hostile Herald {PAYLOADS['svg']} {PAYLOADS['iframe']} that fares stay frozen.\n"),
}
FORBIDDEN = "script, img, svg, iframe, a[href^='javascript' i], [onerror], [onload]"


@pytest.fixture(scope="module")
def hostile_article(server: str):
    files = {"files": ("hostile.json", json.dumps(RECORD).encode(), "application/json")}
    r = httpx.post(server + "/api/ingest", files=files, timeout=300)
    assert r.status_code == 200 and r.json()["added"] == 1, r.text
    article_id = r.json()["article_ids"][0]
    yield article_id
    httpx.delete(f"{server}/api/articles/{article_id}", timeout=60)  # leave the shared library as it was


@pytest.fixture
def watched(page):
    """The page, recording any dialog a payload might open (and dismissing it so nothing blocks)."""
    page.dialogs = []

    def on_dialog(dialog) -> None:
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page


def assert_inert(page, where: str) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined", "a payload ran in the page"
    assert page.dialogs == [], f"a payload opened a dialog: {page.dialogs}"
    assert page.locator(f"{where} :is({FORBIDDEN})").count() == 0, page.inner_html(where)[:2000]
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert SECRET_KEY not in page.content()


def test_hostile_article_cited_in_chat_stays_text(watched, hostile_article, artifacts):
    page = watched
    page.fill("#question textarea", "What did the Hostile Herald report about the ferry strike?")
    page.click("#ask-btn")
    page.wait_for_selector("#chatbot a.cite-ref", timeout=120_000)
    ours = page.locator("#cite-picker label").filter(has_text="Hostile Herald")
    assert ours.count() >= 1, page.inner_text("#cite-picker")
    ours.first.click()
    page.locator("#source-panel mark.cite-mark").wait_for(timeout=30_000)
    panel = page.inner_text("#source-panel")
    assert PAYLOADS["script"] in panel and "onerror" in panel  # shown literally, as the article says it
    assert "hostile.example" not in page.inner_html("#source-panel")  # the javascript: URL is no link
    page.screenshot(path=artifacts / "20-hostile-source-panel.png")
    assert_inert(page, "#chatbot .message-content")  # Gradio's own icons are SVGs outside it
    assert_inert(page, "#source-panel")


def test_hostile_article_in_the_briefing_stays_text(watched, hostile_article, artifacts):
    page = watched
    page.get_by_role("tab", name="Briefing").click()
    page.fill("#brief-date textarea, #brief-date input", DAY)
    page.click("#brief-btn")
    page.wait_for_selector("#briefing .story", timeout=180_000)
    text = page.inner_text("#briefing")
    assert "Hostile Herald" in text and "<" in text  # the outlet and the markup, as text
    page.screenshot(path=artifacts / "21-hostile-briefing.png")
    assert_inert(page, "#briefing")
    page.get_by_role("tab", name="Settings").click()
    assert SECRET_KEY not in page.inner_text("body")


def test_briefing_html_from_the_api_is_escaped_and_locked_down(server: str, hostile_article) -> None:
    stored = httpx.get(f"{server}/api/articles/{hostile_article}", timeout=60).json()
    assert stored["url"] is None and "<script>" in stored["title"]  # dropped at ingestion; the title kept as text
    r = httpx.post(server + "/api/brief", json={"date": DAY, "format": "html"}, timeout=300)
    assert r.status_code == 200
    assert "default-src 'none'" in r.headers["content-security-policy"]
    html = r.text
    assert "Hostile Herald" in html
    for payload in PAYLOADS.values():
        assert payload not in html  # only the escaped form appears
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", html, re.IGNORECASE)  # never a link target
    assert SECRET_KEY not in html
