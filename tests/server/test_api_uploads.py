"""Hostile uploads through the real REST API: names that try to leave the upload folder, sizes cut off
while the body streams in, and types refused by extension and by content with a clear 413/415."""

from __future__ import annotations

import asyncio
import io
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.server import uploads
from assistant.server.api import create_app
from assistant.server.uploads import safe_name, save_uploads

KB = 1024


def story(n: int) -> bytes:
    return (f"Harbour story {n}\nThe harbour authority said on Monday that berth {n} reopened after repairs "
            f"costing {n} million pounds.\nShips will dock there again from Friday.\n").encode()


HOSTILE_NAMES = [
    "../../escape.txt", "/etc/cron.d/escape.txt", "..\\..\\escape.txt", "C:\\Windows\\escape.txt",
    "．．／．．／escape.txt",  # fullwidth dots and slash: NFKC makes them ../../
    "CON.txt", "nul", "a" * 5000 + ".txt", "\u202etxt.md", "story\x00.txt", "...", "", "~/.bashrc",
    "%2e%2e%2fescape.txt", "報道.md",
]


@pytest.fixture
def client(fake_library) -> Iterator[TestClient]:
    with TestClient(create_app(fake_library, ui=False)) as c:
        yield c


class Upload:
    """The two attributes save_uploads reads from a starlette UploadFile."""

    def __init__(self, filename: str | None, data: bytes) -> None:
        self.filename, self.file = filename, io.BytesIO(data)


def test_hostile_names_stay_inside_the_upload_folder(tmp_path: Path) -> None:
    sandbox = tmp_path / "sandbox"
    folder = sandbox / "upload"
    folder.mkdir(parents=True)
    saved = save_uploads(folder, [(i, Upload(n, story(i))) for i, n in enumerate(HOSTILE_NAMES)], max_file_mb=1)
    assert saved.refused == {} and len(saved.files) == len(HOSTILE_NAMES)
    written = [p for p in sandbox.rglob("*") if p.is_file()]
    assert len(written) == len(HOSTILE_NAMES)
    for path in written:
        assert path.resolve().parent.parent == folder.resolve(), path  # folder/NNN/name, nowhere else
        assert len(path.name.encode()) <= 255 and "\x00" not in path.name and "\u202e" not in path.name
    names = {Path(p).name for p in saved.files}
    assert "escape.txt" in names and "_CON.txt" in names and "報道.md" in names
    assert not (tmp_path / "escape.txt").exists() and not Path("/etc/cron.d/escape.txt").exists()


@pytest.mark.parametrize("raw,expected", [
    ("../../x.txt", "x.txt"), ("a/b\\c.md", "c.md"), ("CON", "_CON"), ("lpt1.txt", "_lpt1.txt"),
    ("\u202egnp.txt", "gnp.txt"), ("", "upload-7"), ("..", "upload-7"), ("x" * 300 + ".html", "x" * 100 + ".html"),
])
def test_safe_name(raw: str, expected: str) -> None:
    assert safe_name(raw, "upload-7") == expected


def test_hostile_names_through_the_api(client: TestClient) -> None:
    sendable = [n for n in HOSTILE_NAMES if n and len(n) < 1000]
    files = [("files", (name, story(i), "text/plain")) for i, name in enumerate(sendable)]
    r = client.post("/api/ingest", files=files)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == len(sendable) and r.json()["failed"] == []
    # A name too long for the multipart parser is a 400 in the API's own error format.
    r = client.post("/api/ingest", files=[("files", ("a" * 5000 + ".txt", story(99), "text/plain"))])
    assert r.status_code == 400 and "multipart" in r.json()["error"] and "file names" in r.json()["error"]


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize("name,data,says", [
    ("report.pdf", b"%PDF-1.7\n...", "a PDF document"),
    ("story.txt", b"%PDF-1.4 pretending to be text", "a PDF document"),
    ("story.json", _zip(), "a ZIP archive"),
    ("photo.md", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "a PNG image"),
    ("tool.html", b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "a program"),
    ("data.bin", b"plain words", "'.bin' files are not supported"),
    ("story.txt", b"words\x00\x00\x01\x02 and binary", "binary file"),
])
def test_refused_types_alone_are_415(client: TestClient, name: str, data: bytes, says: str) -> None:
    r = client.post("/api/ingest", files=[("files", (name, data, "text/plain"))])
    assert r.status_code == 415, r.text
    body = r.json()
    assert body["error"].startswith(f"{name}: ") and says in body["error"] and "can be ingested" in body["error"]
    assert body["failed"] == [{"path": name, "error": body["error"].removeprefix(f"{name}: ")}]


def test_a_refused_file_does_not_stop_the_others(client: TestClient) -> None:
    r = client.post("/api/ingest", files=[("files", ("evil.pdf", b"%PDF-1.7", "application/pdf")),
                                          ("files", ("good.txt", story(1), "text/plain"))])
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1 and [f["path"] for f in r.json()["failed"]] == ["evil.pdf"]


def test_per_file_limit_is_applied_while_copying(fake_library, client: TestClient) -> None:
    fake_library.settings.max_file_mb = 0.01  # 10 KB
    r = client.post("/api/ingest", files=[("files", ("big.txt", story(1) + b"word " * 10_000, "text/plain")),
                                          ("files", ("small.txt", story(2), "text/plain"))])
    assert r.status_code == 200, r.text
    [big] = r.json()["failed"]
    assert big["path"] == "big.txt" and "over the 0.01 MB limit" in big["error"] and "ASSISTANT_MAX_FILE_MB" in big["error"]
    assert r.json()["added"] == 1


def test_declared_request_size_over_the_limit_is_413(fake_library, client: TestClient) -> None:
    fake_library.settings.max_upload_mb = 0.05  # 50 KB per request
    r = client.post("/api/ingest", files=[("files", ("big.txt", b"word " * 40_000, "text/plain"))])
    assert r.status_code == 413
    assert "over the 0.05 MB limit" in r.json()["error"] and "ASSISTANT_MAX_UPLOAD_MB" in r.json()["error"]


def test_chunked_upload_is_cut_off_while_streaming(fake_library) -> None:
    # No Content-Length: only counting the body as it arrives can stop it. 64 MB offered, 1 MB allowed.
    # The app is driven through ASGI directly, as a server would, because TestClient reads the whole
    # request body before the app sees any of it.
    fake_library.settings.max_upload_mb = 1
    app = create_app(fake_library, ui=False)
    head = (b"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\n")
    chunks = [head] + [b"w" * (64 * KB)] * 1024 + [b"\r\n--XyZ--\r\n"]
    sent, replies = 0, []
    pieces = iter(chunks)

    async def receive() -> dict:
        nonlocal sent
        chunk = next(pieces, b"")
        sent += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": sent < sum(map(len, chunks))}

    async def send(message: dict) -> None:
        replies.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/ingest", "raw_path": b"/api/ingest", "query_string": b"", "root_path": "",
             "headers": [(b"content-type", b"multipart/form-data; boundary=XyZ"), (b"host", b"testserver")],
             "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    before = set(Path(tempfile.gettempdir()).glob("assistant-upload-*"))
    # On a thread of its own: the browser tests' Playwright may already run a loop on this one.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, app(scope, receive, send)).result(timeout=120)
    start = next(m for m in replies if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in replies if m["type"] == "http.response.body")
    assert start["status"] == 413, body
    assert b"ASGI" not in body and b"ASSISTANT_MAX_UPLOAD_MB" in body
    assert sent <= 2 * 1024 * KB, f"{sent / 1024 / KB:.0f} MB read before refusing"
    assert set(Path(tempfile.gettempdir()).glob("assistant-upload-*")) == before  # nothing left behind


def test_upload_module_exports_the_extensions_the_ui_accepts() -> None:
    assert {".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".rss", ".atom"} <= set(uploads.UPLOAD_EXTENSIONS)
    assert "" not in uploads.UPLOAD_EXTENSIONS
