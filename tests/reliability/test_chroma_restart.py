"""A real `chroma run` stopped and restarted under a running assistant (Python API, REST and CLI).

While the server is down every request fails with a message that says what to do (REST: 503 with
the message, no traceback); once it is back on the same port and path, the same objects work again
without restarting anything.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.cli.main import main
from assistant.config import Settings
from assistant.errors import StoreUnavailable
from assistant.library import Library
from assistant.server.api import create_app
from assistant.testing.chroma_server import ChromaServer

pytestmark = [pytest.mark.integration, pytest.mark.server]

QUESTION = "How many rocket launchers were given to the party congress?"


def _down_message(text: str, port: int) -> None:
    assert f"127.0.0.1:{port} is not answering" in text and "chroma run" in text, text
    assert "Traceback" not in text


def test_requests_fail_clearly_while_chroma_is_down_and_work_again_after_a_restart(tmp_path, minilm, seeds_dir,
                                                                                    capsys):
    server = ChromaServer(tmp_path / "server-db").start()
    try:
        settings = Settings(data_dir=tmp_path / "data", chroma_host="127.0.0.1", chroma_port=server.port,
                            collection_prefix="restart")
        lib = Library(settings, embedder=minilm)
        assert lib.ingest([str(seeds_dir)]).added == 2
        api = TestClient(create_app(lib, ui=False))
        first = api.post("/api/ask", json={"question": QUESTION})
        assert first.status_code == 200 and first.json()["citations"], first.text

        server.stop()
        with pytest.raises(StoreUnavailable) as e:
            lib.search("rocket launchers")
        _down_message(str(e.value), server.port)
        upload = {"files": ("note.txt", b"Harbour reopens\nThe harbour reopened on Tuesday after the storm.\n")}
        for resp in [api.post("/api/ask", json={"question": QUESTION}), api.get("/api/articles"),
                     api.get("/api/health"), api.post("/api/ingest", files=upload),
                     api.post("/api/ask/stream", json={"question": QUESTION})]:
            assert resp.status_code == 503, (resp.request.url, resp.status_code, resp.text)
            _down_message(resp.json()["error"], server.port)
        assert main(["search", "rocket launchers"], library=lib) == 1
        _down_message(capsys.readouterr().err, server.port)

        server.start()  # same port, same path
        again = api.post("/api/ask", json={"question": QUESTION})
        assert again.status_code == 200, again.text
        assert again.json()["answer"] == first.json()["answer"]
        assert {h.source for h in lib.search("600mm rocket launchers", k=4)} == {"Metro", "Bloomberg"}
        assert api.get("/api/health").json()["articles"] == 2
        assert lib.ingest([str(seeds_dir)]).skipped == 2  # writes work too
    finally:
        server.stop()
