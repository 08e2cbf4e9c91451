"""Answer shapes in the browser: the short answer in bold above its sentence, outlets side by side."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def _ask(page, question: str) -> None:
    page.fill("#question textarea", question)
    page.click("#ask-btn")


def test_factoid_shows_the_short_answer_in_bold(page, artifacts):
    _ask(page, "How long did production of the launchers take?")
    bold = page.locator("#chatbot .short-answer strong").last
    bold.wait_for(timeout=120_000)
    assert bold.inner_text().strip() == "two months"
    text = page.inner_text("#chatbot")
    assert text.index("two months") < text.index("produced in two months")
    page.screenshot(path=artifacts / "10-short-answer.png")


def test_comparison_shows_each_outlet_side_by_side(page, artifacts):
    _ask(page, "How do Metro and Bloomberg describe the purpose of the launchers?")
    table = page.locator("#chatbot table").last
    table.wait_for(timeout=120_000)
    rows = table.locator("tbody tr")
    outlets = {rows.nth(i).locator("td").first.inner_text().strip() for i in range(rows.count())}
    assert {"Metro", "Bloomberg"} <= outlets
    assert table.locator("a.cite-ref").count() >= 2  # each side keeps its clickable citation
    page.screenshot(path=artifacts / "11-comparison.png")
