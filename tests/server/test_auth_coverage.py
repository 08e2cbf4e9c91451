"""With ASSISTANT_AUTH set (required off loopback), every route that reads or changes the library refuses
anonymous requests: each REST route (found from the app, so a new one cannot be forgotten) and the
Gradio endpoints the UI talks to; the login page shows nothing from the library."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.server.api import create_app

PUBLIC = {"/api/health"}  # liveness for load balancers: counts only, no article data
TITLE = "Lighthouse keeper retires after forty years"


@pytest.fixture
def library(fake_library, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(f"{TITLE}\nThe last lighthouse keeper on the coast retired on Friday, the trust said.\n")
    assert fake_library.ingest([str(story)]).added == 1
    return fake_library


@pytest.fixture
def app(library):
    return create_app(library, auth=("ann", "secret-pass"))


def test_every_rest_route_needs_credentials(library) -> None:
    app = create_app(library, ui=False, auth=("ann", "secret-pass"))
    # From the OpenAPI schema: every documented route, so a new one cannot be forgotten here.
    routes = [(path, method.upper()) for path, ops in app.openapi()["paths"].items() if path.startswith("/api")
              for method in ops]
    assert len(routes) >= 10, routes  # the whole API was found
    with TestClient(app) as c:
        for path, method in routes:
            url = path.replace("{article_id}", "abc123")
            r = c.request(method, url, json={})
            if path in PUBLIC:
                assert r.status_code == 200 and TITLE not in r.text
                continue
            assert r.status_code == 401, (method, path, r.status_code, r.text[:200])
            assert TITLE not in r.text
            wrong = c.request(method, url, json={}, auth=("ann", "not-the-password"))
            assert wrong.status_code == 401, (method, path)


@pytest.mark.parametrize("method,path,kwargs", [
    ("GET", "/config", {}),
    ("GET", "/gradio_api/info", {}),
    ("POST", "/gradio_api/upload", {"files": [("files", ("a.txt", b"Some story text.", "text/plain"))]}),
    ("POST", "/gradio_api/queue/join", {"json": {"data": [], "fn_index": 0, "session_hash": "abc"}}),
    ("GET", "/gradio_api/queue/data?session_hash=abc", {}),
    ("POST", "/gradio_api/run/predict", {"json": {"data": []}}),
    ("GET", "/gradio_api/file=/etc/passwd", {}),
])
def test_ui_endpoints_need_a_login(app, method: str, path: str, kwargs: dict) -> None:
    with TestClient(app) as c:
        r = c.request(method, path, **kwargs)
        assert r.status_code == 401, (path, r.status_code, r.text[:200])
        assert TITLE not in r.text and "root:" not in r.text


def test_login_page_shows_nothing_from_the_library(app) -> None:
    with TestClient(app) as c:
        page = c.get("/")
        assert page.status_code == 200 and TITLE not in page.text
        assert c.post("/login", data={"username": "ann", "password": "wrong"}).status_code in (400, 401)
        assert c.get("/config").status_code == 401
        assert c.post("/login", data={"username": "ann", "password": "secret-pass"}).status_code == 200
        assert c.get("/config").status_code == 200
