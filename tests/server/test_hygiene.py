"""Server hygiene: upload file I/O off the event loop, bounded UI downloads, examples from the library."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from assistant.ingest import RawArticle
from assistant.retrieval.indexing import Indexer
from assistant.schema import Article
from assistant.server.api import create_app
from assistant.server import uploads
from assistant.server.services import Services, example_questions
from assistant.server.ui.downloads import Downloads

SEED_STORY = ("rocket launchers", "Kim Jong Un", "calibre", "party congress")


def on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def test_upload_does_its_file_io_off_the_event_loop(fake_library, monkeypatch):
    calls: list[tuple[str, bool]] = []

    def spy(name, real):
        def wrapped(*args, **kwargs):
            calls.append((name, on_event_loop()))
            return real(*args, **kwargs)
        return wrapped

    monkeypatch.setattr(tempfile, "mkdtemp", spy("mkdtemp", tempfile.mkdtemp))
    monkeypatch.setattr(uploads, "copy_capped", spy("copy", uploads.copy_capped))
    monkeypatch.setattr(shutil, "rmtree", spy("rmtree", shutil.rmtree))
    text = b"Dutch port reopens\nThe port of Rotterdam reopened on Tuesday after a storm, officials said.\n"
    with TestClient(create_app(fake_library, ui=False)) as client:
        r = client.post("/api/ingest", files=[("files", ("port.txt", text, "text/plain")),
                                              ("files", ("port.txt", text, "text/plain"))])
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1 and r.json()["skipped"] == 1  # same name twice: both saved, one kept
    names = {name for name, _ in calls}
    assert {"mkdtemp", "copy", "rmtree"} <= names
    assert [c for c in calls if c[1]] == []  # none of them ran on the loop's thread


def test_downloads_reuse_one_folder_and_stay_bounded():
    d = Downloads(keep=3)
    first = d.write("briefing-2026-02-18", ".md", "# one")
    assert d.write("briefing-2026-02-18", ".md", "# one") == first  # the same briefing again: same file
    d.write("briefing-2026-02-18", ".md", "# regenerated")  # the same day again: replaced, not added
    assert first.read_text() == "# regenerated" and len(list(d.dir.iterdir())) == 1
    for i in range(10):
        d.write(f"briefing-2026-02-{i:02d}", ".md", f"# {i}")
    files = list(d.dir.iterdir())
    assert len(files) == 3 and all(f.parent == d.dir for f in files)
    assert d.write("../../etc/passwd", ".html", "x").parent == d.dir
    folder = d.dir
    d.close()
    assert not folder.exists()


def test_briefing_downloads_do_not_leave_a_folder_per_click(fake_library, monkeypatch):
    from assistant.server.ui.app import build_app

    made: list[str] = []
    real = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    Indexer(fake_library.settings, fake_library.store, fake_library.embedder).run(
        [RawArticle(title="Port reopens", body="The port of Rotterdam reopened on Tuesday after a storm.",
                    source="Gazette", url=None, published_at="2026-02-10", origin="t")])
    demo = build_app(fake_library)
    (folder,) = [Path(m) for m in made if "assistant-downloads-" in m]  # one per app, made at build time
    generate = next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == "generate")
    made.clear()
    offered = set()
    for _ in range(5):
        _, md, html, _ = generate("", False, progress=lambda *a, **k: None)
        offered |= {md.value["orig_name"], html.value["orig_name"]}
    assert made == []  # no folder per click
    assert len(offered) == 2 and {p.name for p in folder.iterdir()} == offered  # the same two files reused


def art(title: str, source: str | None, day: str, dup: str | None = None) -> Article:
    return Article(id=title[:8], title=title, source=source, published_at=day, ingested_at=day, body="",
                   content_hash="h", near_duplicate_of=dup)


def test_examples_come_from_the_newest_articles_one_per_story():
    arts = [art("Dutch port reopens after storm.", "Harbour Gazette", "2026-02-12"),
            art("DUTCH PORT REOPENS AFTER STORM", "Wire", "2026-02-12"),          # same headline, other outlet
            art("Port strike copy", "Copycat", "2026-02-11", dup="x"),             # a republished article
            art("Snow closes schools " + "and roads " * 20, None, "2026-02-10"),
            art("Cup final goes to extra time", "BBC", "2026-02-09"),
            art("Bank raises rates", "Reuters", "2026-02-08"),
            art("Fifth story", "CNN", "2026-02-07")]
    qs = example_questions(arts)
    assert qs[0] == "What does Harbour Gazette report about “Dutch port reopens after storm”?"
    assert len(qs) == 4 and not any("DUTCH" in q or "copy" in q for q in qs)
    assert qs[1].startswith("What is known about “Snow closes schools") and qs[1].endswith("…”?")
    assert "Fifth story" not in " ".join(qs)
    assert example_questions([]) == []


def test_ui_examples_follow_the_library_not_the_seed_story(fake_library):
    svc = Services(fake_library)
    assert svc.examples() == []
    Indexer(fake_library.settings, fake_library.store, fake_library.embedder).run(
        [RawArticle(title="Dutch port reopens after storm", body="The port of Rotterdam reopened on Tuesday.",
                    source="Harbour Gazette", url=None, published_at="2026-02-10", origin="t")])
    qs = svc.examples()
    assert qs and "Dutch port reopens after storm" in qs[0]
    assert not any(w.lower() in " ".join(qs).lower() for w in SEED_STORY)


def test_ui_shows_a_hint_instead_of_examples_when_the_library_is_empty(fake_library):
    from assistant.server.ui.app import NO_EXAMPLES, build_app

    demo = build_app(fake_library)
    refresh = next(f.fn for f in demo.fns.values() if getattr(f.fn, "__name__", "") == "refresh")
    *_, dataset, hint, listed = refresh()
    assert dataset.visible is False and hint == NO_EXAMPLES and listed == []
    Indexer(fake_library.settings, fake_library.store, fake_library.embedder).run(
        [RawArticle(title="Dutch port reopens after storm", body="The port of Rotterdam reopened on Tuesday.",
                    source="Harbour Gazette", url=None, published_at="2026-02-10", origin="t")])
    *_, dataset, hint, listed = refresh()
    assert dataset.visible is True and hint == ""
    assert listed == ["What does Harbour Gazette report about “Dutch port reopens after storm”?"]
    assert dataset.raw_samples == [[q] for q in listed]
    from assistant.server.ui.app import pick_example

    assert pick_example(0, listed) == listed[0]


class ScriptedEngine:
    """Streams two deltas (one with newlines) and a final answer; fails midway when told to."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail

    def stream(self, question, history=None, filters=None, k=None):
        from assistant.errors import ModelError
        from assistant.schema import Answer

        yield "Line one\n\nstill"
        if self.fail:
            raise ModelError("the model endpoint went away mid-answer; retry")
        yield " the same answer."
        yield Answer(question=question, answer="Line one\n\nstill the same answer.", refused=False, provider="fake")


def sse_events(text: str) -> list[tuple[str, object]]:
    import json

    out = []
    for block in text.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "event" in fields:
            out.append((fields["event"], json.loads(fields["data"])))
    return out


def test_stream_uses_sse_framing_with_no_cache_and_newline_safe_data(fake_library):
    with TestClient(create_app(fake_library, ScriptedEngine(), ui=False)) as client:
        with client.stream("POST", "/api/ask/stream", json={"question": "anything?"}) as r:
            assert r.status_code == 200 and r.headers["cache-control"] == "no-cache"
            assert r.headers["content-type"].startswith("text/event-stream")
            events = sse_events("".join(r.iter_text()))
        assert [e for e, _ in events] == ["token", "token", "answer"]
        assert events[0][1] == "Line one\n\nstill"  # a delta's newlines cannot end the SSE field
        with client.stream("POST", "/api/ask/stream", json={"question": "anything?"}) as r:
            assert r.status_code == 200
        bad = client.post("/api/ask/stream", json={"question": "x", "k": 0})
        assert bad.status_code in (400, 422) and "k" in bad.text  # validated before the stream starts
    with TestClient(create_app(fake_library, ScriptedEngine(fail=True), ui=False)) as client:
        with client.stream("POST", "/api/ask/stream", json={"question": "anything?"}) as r:
            events = sse_events("".join(r.iter_text()))
    assert events[-1][0] == "error" and "went away" in events[-1][1]["error"]
