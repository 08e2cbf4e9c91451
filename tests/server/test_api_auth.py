"""Who may reach `assistant serve`: loopback is open, anything else needs ASSISTANT_AUTH. Fast: no model."""

from __future__ import annotations

import base64

import pytest
from fastapi.testclient import TestClient

from assistant.cli.main import main
from assistant.errors import ConfigError
from assistant.server.api import create_app
from assistant.server.auth import check_bind, check_header, is_loopback, parse_auth


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.mark.parametrize("host, loop", [("127.0.0.1", True), ("127.9.9.9", True), ("localhost", True),
                                         ("::1", True), ("[::1]", True), ("0.0.0.0", False), ("::", False),
                                         ("192.168.1.20", False), ("example.com", False)])
def test_is_loopback(host, loop):
    assert is_loopback(host) is loop


def test_parse_auth():
    assert parse_auth(None) is None and parse_auth("") is None
    assert parse_auth("ann:s3:cret") == ("ann", "s3:cret")
    for bad in ("ann", "ann:", ":pw"):
        with pytest.raises(ConfigError, match="user:password"):
            parse_auth(bad)


def test_public_bind_needs_auth():
    assert check_bind("127.0.0.1", None) == []
    with pytest.raises(ConfigError, match="ASSISTANT_AUTH=user:password.*--host 127.0.0.1"):
        check_bind("0.0.0.0", None)
    assert "TLS" in check_bind("0.0.0.0", ("ann", "pw"))[0]


def test_check_header():
    auth = ("ann", "pw")
    assert check_header(_basic("ann", "pw"), auth)
    assert check_header("Bearer pw", auth) and check_header("bearer ann:pw", auth)
    for bad in (None, "", _basic("ann", "nope"), _basic("bob", "pw"), "Bearer nope", "Basic !!!", "Digest x"):
        assert not check_header(bad, auth)


def test_serve_refuses_a_public_host_without_auth(monkeypatch, capsys):
    monkeypatch.delenv("ASSISTANT_AUTH", raising=False)
    assert main(["serve", "--host", "0.0.0.0", "--port", "7999"]) == 2
    err = capsys.readouterr().err
    assert "refusing to serve on 0.0.0.0" in err and "ASSISTANT_AUTH=user:password" in err


def test_serve_rejects_malformed_auth(monkeypatch, capsys):
    monkeypatch.setenv("ASSISTANT_AUTH", "no-colon")
    assert main(["serve", "--host", "0.0.0.0"]) == 2
    assert "user:password" in capsys.readouterr().err


def test_api_requires_credentials_when_auth_is_set(fake_library):
    with TestClient(create_app(fake_library, ui=False, auth=("ann", "pw"))) as c:
        r = c.get("/api/articles")
        assert r.status_code == 401 and "ASSISTANT_AUTH" in r.json()["detail"]
        assert r.headers["www-authenticate"].startswith("Basic")
        assert c.get("/api/articles", headers={"Authorization": _basic("ann", "pw")}).json() == {"articles": []}
        assert c.get("/api/articles", headers={"Authorization": "Bearer pw"}).status_code == 200
        assert c.post("/api/ask", json={"question": "x"}).status_code == 401
        assert c.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/"]}).status_code == 401
        h = c.get("/api/health")  # liveness stays open for load balancers; it holds nothing private
        assert h.status_code == 200 and h.json()["auth"] is True


def test_settings_auth_is_used_by_default(tmp_path, monkeypatch):
    from assistant.config import Settings
    from assistant.library import Library
    from assistant.retrieval.embeddings import FakeEmbedder

    lib = Library(Settings(data_dir=tmp_path / "d", auth="ann:pw"), embedder=FakeEmbedder())
    with TestClient(create_app(lib, ui=False)) as c:
        assert c.get("/api/articles").status_code == 401
        assert c.get("/api/articles", headers={"Authorization": _basic("ann", "pw")}).status_code == 200


def test_gradio_ui_is_mounted_at_root_next_to_the_api(fake_library):
    with TestClient(create_app(fake_library)) as c:
        r = c.get("/")
        assert r.status_code == 200 and "text/html" in r.headers["content-type"]
        assert c.get("/api/health").json()["status"] == "ok"
        assert "/api/ask" in c.get("/openapi.json").json()["paths"]
        cfg = c.get("/config").json()
        assert cfg.get("auth_required") in (None, False)


def test_gradio_ui_asks_for_login_when_auth_is_set(fake_library):
    with TestClient(create_app(fake_library, auth=("ann", "pw"))) as c:
        cfg = c.get("/config")
        assert cfg.status_code == 401 or cfg.json().get("auth_required") is True
        login = c.post("/login", data={"username": "ann", "password": "pw"})
        assert login.status_code == 200
        assert c.get("/config").status_code == 200
