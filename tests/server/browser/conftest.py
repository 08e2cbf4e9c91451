"""A real `assistant serve` in a subprocess (seeds + a malicious article ingested first) and headless chromium.

Debian's /usr/bin/chromium is driven through the `playwright` package; `playwright install` is never run.
Without chromium the tests skip locally and fail when CI is set.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from serving import serve_env, serving

ROOT = Path(__file__).resolve().parents[3]
ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("ASSISTANT_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SECRET_KEY = "sk-test-never-show-this-7731"

EVIL_TITLE = 'Evil gazette <script>window.__pwned=1</script> launcher report <img src=x onerror="window.__pwned=1">'
EVIL_BODY = (
    "The evil gazette described the rocket launchers as <script>window.__pwned=1</script> a new weapon.\n"
    'Witnesses told the evil gazette <img src=x onerror="window.__pwned=1"> that the rocket launchers rolled '
    "through Pyongyang at dawn ${window.__pwned=1}.\n"
    'The evil gazette added that each launcher can fire <b onmouseover="window.__pwned=1">four</b> missiles '
    "at once, according to officials <svg onload=\"window.__pwned=1\"></svg>.\n"
)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not (Path(CHROMIUM).exists() and os.access(CHROMIUM, os.X_OK)):
        msg = f"chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(msg + "; browser tests are required in CI")
        pytest.skip(msg)
    return CHROMIUM


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def server(tmp_path_factory, chromium_path) -> str:
    """URL of a running `assistant serve` whose library holds the seeds and the malicious article."""
    base = tmp_path_factory.mktemp("serve")
    data = base / "data"
    inputs = base / "inputs"
    shutil.copytree(ROOT / "seeds", inputs / "seeds")
    (inputs / "evil.txt").write_text(EVIL_TITLE + "\n" + EVIL_BODY, encoding="utf-8")
    env = serve_env(data, OPENAI_API_KEY=SECRET_KEY)
    done = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(inputs), "--json"], cwd=base,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with serving(base, env) as url:
        yield url


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A fresh page on the app, loaded; console errors are collected on page.console_errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(60_000)
    pg = context.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: pg.console_errors.append(m.text) if m.type == "error" else None)
    pg.goto(server + "/", wait_until="domcontentloaded", timeout=120_000)
    pg.wait_for_selector("#question textarea", timeout=120_000)
    yield pg
    context.close()
