"""No secrets in responses, logs or errors: a recognisable API key and password, and an endpoint that
echoes the key back in its error message (as real providers do), through the REST API and the CLI."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.config import Settings, environment_with
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder
from assistant.server.api import create_app

KEY = "sk-hostile-test-key-93f1c2d4e5"
PASSWORD = "hunter2-hostile-pass"
STORY = ("Ferry strike ends\nThe island ferry resumed service on Monday after a two-week strike ended, the "
         "operator said.\nSailings will run every hour from seven in the morning.\n")


class Echo(BaseHTTPRequestHandler):
    """An OpenAI-protocol endpoint that refuses every key and quotes it back, like a real provider's 401."""

    def log_message(self, *args: object) -> None:
        pass

    def _refuse(self) -> None:
        got = self.headers.get("Authorization", "")
        body = json.dumps({"error": {"message": f"Incorrect API key provided: {got}", "type": "invalid_request_error",
                                     "code": "invalid_api_key"}}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _refuse  # noqa: N815 - http.server API


@pytest.fixture(scope="module")
def echo() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def library(tmp_path: Path, echo: str) -> Library:
    settings = Settings(data_dir=tmp_path / "data", embeddings="fake", llm="openai:scripted", openai_base_url=echo,
                        openai_api_key=KEY, auth=f"ann:{PASSWORD}", llm_retries=0, llm_timeout=5)
    lib = Library(settings, embedder=FakeEmbedder())
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    assert lib.ingest([str(story)]).added == 1
    return lib


def assert_clean(text: str) -> None:
    assert KEY not in text and KEY[-8:] not in text, "the API key leaked"
    assert PASSWORD not in text, "the password leaked"


def test_api_errors_and_logs_carry_no_secrets(library: Library, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    with TestClient(create_app(library, ui=False)) as c:
        ok = ("ann", PASSWORD)
        r = c.post("/api/ask", json={"question": "When did the ferry strike end?"}, auth=ok)
        assert r.status_code == 502 and "OPENAI_API_KEY" in r.json()["error"], r.text  # the error still helps
        seen.append(r.text)
        with c.stream("POST", "/api/ask/stream", json={"question": "When did the ferry resume?"}, auth=ok) as s:
            seen.append(s.read().decode())
        wrong = c.post("/api/ask", json={"question": "x"}, auth=("ann", "wrong-" + PASSWORD))
        assert wrong.status_code == 401
        seen += [wrong.text, str(wrong.headers)]
        for path in ("/api/health", "/openapi.json", "/api/feeds"):
            seen.append(c.get(path, auth=ok).text)
        seen.append(c.post("/api/ask", json={"question": "x", "k": "not a number"}, auth=ok).text)
    for text in seen:
        assert_clean(text)
    assert_clean(caplog.text)
    assert "Incorrect API key provided" in " ".join(seen) or "401" in " ".join(seen)


def test_settings_shown_in_the_ui_hide_secrets(library: Library) -> None:
    from assistant.server.services import Services
    from assistant.server.ui.app import settings_markdown

    shown = settings_markdown(Services(library))
    assert_clean(shown)
    assert "scripted" in shown  # it does describe the provider
    assert_clean(repr(library.settings)) and assert_clean(str(library.settings.model_dump()))


def test_cli_errors_carry_no_secrets(tmp_path: Path, echo: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    env = environment_with(ASSISTANT_DATA_DIR=str(tmp_path / "data"), ASSISTANT_EMBEDDINGS="fake",
                           ASSISTANT_LLM="openai:scripted", OPENAI_BASE_URL=echo, OPENAI_API_KEY=KEY,
                           ASSISTANT_LLM_RETRIES="0", ASSISTANT_AUTH=f"ann:{PASSWORD}")
    run = [sys.executable, "-m", "assistant"]
    subprocess.run([*run, "ingest", str(story)], env=env, capture_output=True, text=True, timeout=300, check=True)
    for args in (["ask", "When did the ferry strike end?"], ["ask", "When did the ferry strike end?", "--json"],
                 ["ask", "When did the ferry strike end?", "-v"]):
        done = subprocess.run([*run, *args], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode != 0 and "error" in done.stderr.lower(), done
        assert_clean(done.stdout + done.stderr)


def test_log_filter_masks_secrets_in_messages_and_tracebacks(library: Library) -> None:
    import io

    from assistant.errors import RedactingFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("tests.secrets")
    log.addHandler(handler)
    try:
        log.warning("calling with key %s", KEY)
        try:
            raise RuntimeError(f"endpoint said: bad key {KEY}, password {PASSWORD}")
        except RuntimeError:
            log.exception("request failed")
    finally:
        log.removeHandler(handler)
    out = stream.getvalue()
    assert_clean(out)
    assert out.count("[redacted]") == 3 and "RuntimeError" in out
