"""The foundation slice with the real MiniLM and real embedded Chroma, driven through the CLI."""

from __future__ import annotations

import json

import pytest

from assistant.cli.main import main
from assistant.library import Library

pytestmark = pytest.mark.integration


def run_cli(capsys, lib, *argv):
    code = main(list(argv), library=lib)
    out, errout = capsys.readouterr()
    return code, out, errout


def test_seeds_ingest_search_and_reingest(capsys, settings, minilm, seeds_dir):
    lib = Library(settings, embedder=minilm)
    code, out, _ = run_cli(capsys, lib, "ingest", str(seeds_dir), "--json")
    first = json.loads(out)
    assert code == 0 and first["added"] == 2 and first["failed"] == [] and first["chunks"] >= 4
    assert set(first) >= {"added", "skipped", "failed", "chunks", "seconds"}

    code, out, _ = run_cli(capsys, lib, "search", "600mm rocket launchers", "-k", "4", "--json")
    res = json.loads(out)
    assert code == 0 and res["query"] == "600mm rocket launchers"
    top = res["results"]
    assert {r["source"] for r in top[:3]} == {"Metro", "Bloomberg"}
    for r in top:
        assert set(r) >= {"chunk_id", "article_id", "title", "source", "published_at", "text", "start", "end", "score"}
        assert lib.article(r["article_id"]).body[r["start"]:r["end"]] == r["text"]
    assert any("600mm" in r["text"] for r in top if r["source"] == "Metro")
    assert any("600mm" in r["text"] for r in top if r["source"] == "Bloomberg")

    chunks_before = lib.store.count_chunks()
    code, out, _ = run_cli(capsys, lib, "ingest", str(seeds_dir), "--json")
    again = json.loads(out)
    assert code == 0 and again["added"] == 0 and again["skipped"] == 2 and again["chunks"] == 0
    assert lib.store.count_chunks() == chunks_before


def test_articles_article_and_delete_commands(capsys, seeded_library):
    code, out, _ = run_cli(capsys, seeded_library, "articles", "--json")
    arts = json.loads(out)["articles"]
    assert code == 0 and sorted(a["source"] for a in arts) == ["Bloomberg", "Metro"]
    metro = next(a for a in arts if a["source"] == "Metro")
    assert metro["chunk_count"] >= 2 and "body" not in metro

    code, out, _ = run_cli(capsys, seeded_library, "article", metro["id"], "--json")
    full = json.loads(out)
    assert "Get in touch" not in full["body"] and "50 new 600mm-calibre" in full["body"]

    code, out, _ = run_cli(capsys, seeded_library, "delete", metro["id"], "--json")
    assert code == 0 and json.loads(out)["chunks"] == metro["chunk_count"]
    code, out, _ = run_cli(capsys, seeded_library, "search", "600mm rocket launchers", "--json")
    assert all(r["article_id"] != metro["id"] for r in json.loads(out)["results"])

    code, _, errout = run_cli(capsys, seeded_library, "article", metro["id"])
    assert code == 1 and "no article with id" in errout and "Traceback" not in errout


def test_folder_with_broken_files_ingests_the_good_ones(capsys, settings, minilm, tmp_path, seeds_dir):
    folder = tmp_path / "mixed"
    (folder / "deep" / "er").mkdir(parents=True)
    (folder / "good.txt").write_text(
        "Council approves new tram line\nThe city council approved a new tram line on Tuesday. "
        "Construction will start next spring and cost 300 million euros.\n")
    (folder / "deep" / "er" / "also-good.md").write_text(
        "# Storm closes ports\n\nA storm closed three ports on the north coast. Ferries were cancelled.\n")
    (folder / "empty.txt").write_text("")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    (folder / "bad.jsonl").write_text('{"title": "Ok record", "text": "A valid record about a bridge that opened."}\n{oops\n')
    lib = Library(settings, embedder=minilm)
    code, out, errout = run_cli(capsys, lib, "ingest", str(folder), "--json")
    rep = json.loads(out)
    assert code == 1
    assert rep["added"] == 3
    failed = {f["path"].split("/")[-1]: f["error"] for f in rep["failed"]}
    assert set(failed) == {"empty.txt", "blob.bin", "nav.html", "bad.jsonl#line-2"}
    assert all(msg for msg in failed.values())
    assert "empty.txt" in errout  # the human-readable reason goes to stderr
    # a failed run lost nothing: the good ones are searchable
    hits = lib.search("tram line construction", k=1)
    assert hits and hits[0].title == "Council approves new tram line"


def test_usage_error_exit_code(capsys):
    with pytest.raises(SystemExit) as e:
        main(["search"])
    assert e.value.code == 2
