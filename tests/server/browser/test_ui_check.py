"""The Check tab in headless chromium against a real `assistant serve` (see conftest.py)."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def test_check_tab_colours_claims_and_opens_their_evidence(page, artifacts):
    page.get_by_role("tab", name="Check").click()
    page.fill("#check-text textarea",
              "North Korea presented 40 new rocket launchers to the Ninth Congress of the ruling Workers’ Party. "
              "North Korea’s munitions industry presented 50 600mm-caliber multiple rocket launchers to the "
              "Ninth Congress. The launchers were paid for with a loan from a Chinese bank.")
    page.click("#check-btn")
    page.wait_for_selector("#check-result details.check-claim", timeout=180_000)
    claims = page.locator("#check-result details.check-claim")
    assert claims.count() == 3
    verdicts = [claims.nth(i).get_attribute("data-verdict") for i in range(3)]
    assert verdicts == ["contradicted", "supported", "not_found"]
    # Each verdict has its own colour.
    colours = {claims.nth(i).locator("summary").evaluate("e => getComputedStyle(e).backgroundColor") for i in range(3)}
    assert len(colours) == 3
    page.screenshot(path=artifacts / "10-check-verdicts.png", full_page=True)
    # Evidence is closed until the sentence is clicked.
    first = claims.nth(0)
    assert not first.locator(".check-evidence").first.is_visible()
    first.locator("summary").click()
    evidence = first.locator(".check-evidence").first
    evidence.wait_for(state="visible", timeout=10_000)
    assert "50" in evidence.inner_text()
    conflict = first.locator(".check-conflict").inner_text()
    assert "40" in conflict and "50" in conflict
    page.screenshot(path=artifacts / "11-check-evidence.png", full_page=True)
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_check_tab_reports_an_empty_text(page):
    page.get_by_role("tab", name="Check").click()
    page.click("#check-btn")
    page.wait_for_selector("#check-result .check-error", timeout=60_000)
    assert "nothing to verify" in page.inner_text("#check-result")
