"""Every file loader, folder walking, and the failure for each kind of bad input."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

from assistant.config import Settings  # noqa: E402
from assistant.ingest import RawArticle, iter_inputs, normalise_date  # noqa: E402
from assistant.ingest.meta import title_from_text  # noqa: E402
from assistant.schema import IngestFailure  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def load(inputs: list[str | Path], tmp_path: Path, **settings: float) -> list[RawArticle | IngestFailure]:
    return list(iter_inputs([str(i) for i in inputs], Settings(data_dir=tmp_path, **settings)))


def one(inputs: list[str | Path], tmp_path: Path, **settings: float) -> RawArticle | IngestFailure:
    [item] = load(inputs, tmp_path, **settings)
    return item


def articles(items: list) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def failures(items: list) -> dict[str, str]:
    return {Path(i.path).name: i.error for i in items if isinstance(i, IngestFailure)}


# --- text and markdown -------------------------------------------------------------

def test_txt_first_line_is_title(tmp_path: Path) -> None:
    p = tmp_path / "story.txt"
    p.write_text("\n\n  Bridge reopens  \nThe bridge reopened on Monday.\n\nTraffic resumed at noon.\n", encoding="utf-8")
    a = one([p], tmp_path)
    assert isinstance(a, RawArticle)
    assert a.title == "Bridge reopens"
    assert a.body == "The bridge reopened on Monday.\n\nTraffic resumed at noon."
    assert a.origin == str(p) and a.source is None and a.url is None and a.published_at is None


def test_markdown_front_matter_and_syntax(tmp_path: Path) -> None:
    a = one([FIXTURES / "article.md"], tmp_path)
    assert isinstance(a, RawArticle)
    assert (a.title, a.source, a.published_at) == ("Council approves new cycle lanes", "Town Herald", "2026-02-10")
    assert a.body.startswith("The council approved three new cycle lanes on Tuesday, see the full plan.")
    assert "#" not in a.body and "**" not in a.body and "](" not in a.body
    assert "Work will start in April" in a.body


def test_markdown_heading_title_without_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "note.markdown"
    p.write_text("# Ferry strike called off\n\nUnions called off the ferry strike on Friday.\n", encoding="utf-8")
    a = one([p], tmp_path)
    assert (a.title, a.body) == ("Ferry strike called off", "Unions called off the ferry strike on Friday.")


def test_front_matter_title_keeps_first_body_line(tmp_path: Path) -> None:
    p = tmp_path / "fm.md"
    p.write_text("---\ntitle: Storm warning\nurl: https://example.org/storm\n---\nA storm will hit the coast tonight.\n"
                 "Ferries are cancelled.\n", encoding="utf-8")
    a = one([p], tmp_path)
    assert a.title == "Storm warning" and a.url == "https://example.org/storm"
    assert a.body == "A storm will hit the coast tonight.\nFerries are cancelled."


def test_extensionless_text_and_unknown_text_extension(tmp_path: Path) -> None:
    (tmp_path / "README").write_text("Plain title\nPlain body sentence.\n", encoding="utf-8")
    (tmp_path / "notes.log").write_text("Log title\nLog body sentence.\n", encoding="utf-8")
    got = {a.title: a.body for a in articles(load([tmp_path], tmp_path))}
    assert got == {"Plain title": "Plain body sentence.", "Log title": "Log body sentence."}


def test_title_only_file_fails(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text("Just a title\n\n", encoding="utf-8")
    f = one([p], tmp_path)
    assert isinstance(f, IngestFailure) and "no article text" in f.error


# --- HTML --------------------------------------------------------------------------

def test_html_article(tmp_path: Path) -> None:
    a = one([FIXTURES / "article.html"], tmp_path)
    assert isinstance(a, RawArticle)
    assert a.title == "Harbour bridge reopens after repairs"
    assert a.source == "Coastal Courier" and a.published_at == "2026-02-18"
    assert a.body.startswith("The harbour bridge reopened to traffic on Wednesday")
    assert "30 miles per hour" in a.body
    for chrome in ("window.analytics", "Privacy policy", "Home"):
        assert chrome not in a.body


def test_script_only_html_fails(tmp_path: Path) -> None:
    f = one([FIXTURES / "script_only.html"], tmp_path)
    assert isinstance(f, IngestFailure)
    assert f.error == "no article text found in the HTML (only scripts/navigation?)"


def test_html_sidecar_overrides(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / "article.html", tmp_path / "page.html")
    (tmp_path / "page.meta.json").write_text(json.dumps({"source": "Metro", "url": "https://metro.co.uk/x"}))
    a = one([tmp_path], tmp_path)
    assert (a.source, a.url, a.title) == ("Metro", "https://metro.co.uk/x", "Harbour bridge reopens after repairs")


# --- JSON / JSONL ------------------------------------------------------------------

def test_json_articles_wrapper(tmp_path: Path) -> None:
    items = load([FIXTURES / "records.json"], tmp_path)
    assert len(items) == 3
    first, second, third = items
    assert (first.title, first.source, first.url, first.published_at) == (
        "Port handles record cargo", "Shipping Daily", "https://shipping.example/port-record", "2026-01-05")
    assert first.origin.endswith("records.json#record-1")
    assert second.title == "Rail fares will rise by 4.5 percent in March, the operator announced on Friday."
    assert second.published_at == "2026-01-09"
    assert isinstance(third, IngestFailure) and third.path.endswith("#record-3") and "'text' or 'body'" in third.error


def test_json_single_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "T", "body": "Body text here."}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": "First body."}, {"text": "Second body."}]))
    items = load([tmp_path], tmp_path)
    assert [i.origin.rsplit("/", 1)[1] for i in items] == ["many.json#record-1", "many.json#record-2", "one.json"]


def test_invalid_json_file_fails(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{"title": "x",', encoding="utf-8")
    f = one([tmp_path / "bad.json"], tmp_path)
    assert isinstance(f, IngestFailure) and "invalid JSON at line 1" in f.error


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    items = load([FIXTURES / "records.jsonl"], tmp_path)
    assert [type(i).__name__ for i in items] == ["RawArticle", "IngestFailure", "RawArticle"]
    good1, bad, good2 = items
    assert good1.title == "Airport adds routes" and good1.published_at == "2026-02-01"
    assert bad.path.endswith("records.jsonl#line-2") and "invalid JSON on this line" in bad.error
    assert good2.origin.endswith("#line-4") and good2.source == "BBC"  # outlet from the URL host


def test_long_text_gets_truncated_title() -> None:
    title = title_from_text("word " * 60)
    assert len(title) <= 101 and title.endswith("…") and not title[:-1].endswith(" ")
    assert title_from_text("Short one. Another sentence.") == "Short one."


@pytest.mark.skipif(not (SHARED_DATA / "cnndm_articles.jsonl").exists(), reason="shared data not present")
def test_cnndm_jsonl_loads_all(tmp_path: Path) -> None:
    items = load([SHARED_DATA / "cnndm_articles.jsonl"], tmp_path)
    assert len(items) == 235
    assert all(isinstance(i, RawArticle) and i.title and i.body for i in items)
    assert items[0].origin.endswith("cnndm_articles.jsonl#line-1")


# --- feeds -------------------------------------------------------------------------

def test_local_rss_feed(tmp_path: Path) -> None:
    items = load([FIXTURES / "feed.xml"], tmp_path)
    assert len(items) == 2 and all(isinstance(i, RawArticle) for i in items)
    lib, fest = items
    assert lib.title == "Library extends opening hours" and lib.source == "Valley Gazette"
    assert lib.published_at == "2026-02-16" and lib.url is None  # a <guid> is not a link
    assert "<p>" not in lib.body and "2,000 residents" in lib.body
    assert lib.origin.endswith("feed.xml#entry-1") and fest.published_at == "2026-02-17"


def test_feed_sniffed_from_txt(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURES / "feed.xml", tmp_path / "feed.txt")
    assert len(articles(load([tmp_path / "feed.txt"], tmp_path))) == 2


def test_atom_feed(tmp_path: Path) -> None:
    p = tmp_path / "news.atom"
    p.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>'
        '<entry><title>Atom entry</title><updated>2026-03-01T23:30:00-05:00</updated>'
        '<content type="html">&lt;p&gt;One sentence here. Two sentences here. Three sentences here.&lt;/p&gt;</content>'
        "</entry></feed>", encoding="utf-8")
    a = one([p], tmp_path)
    assert (a.title, a.source, a.published_at) == ("Atom entry", "Atom News", "2026-03-01")
    assert a.body == "One sentence here. Two sentences here. Three sentences here."


def test_malformed_feed_fails(tmp_path: Path) -> None:
    f = one([FIXTURES / "malformed.xml"], tmp_path)
    assert isinstance(f, IngestFailure) and f.error.startswith("malformed RSS/Atom feed")


# --- bad files and folders ---------------------------------------------------------

def test_folder_with_good_and_bad_files(tmp_path: Path) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text("Good title\nA good body sentence.\n", encoding="utf-8")
    (d / "sub" / "nested.md").write_text("# Nested\n\nNested body sentence.\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "blob.dat").write_bytes(bytes(range(128, 256)) * 40)
    with open(d / "huge.txt", "wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    (d / "latin1.txt").write_bytes("Caf\xe9 opens\nThe caf\xe9 opened on the square today with a big crowd of people.\n"
                                   .encode("latin-1"))
    (d / "garbage.txt").write_bytes(b"Title\n" + bytes(range(0x80, 0xC0)) * 20)
    (d / ".hidden.txt").write_text("Hidden\nShould be skipped.\n", encoding="utf-8")
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text("Hidden\nAlso skipped.\n", encoding="utf-8")
    (d / "page.html").write_text((FIXTURES / "script_only.html").read_text(), encoding="utf-8")
    (d / "whitespace.txt").write_text("   \n\n  \n", encoding="utf-8")

    start = time.monotonic()
    items = load([d, tmp_path / "missing.txt"], tmp_path)
    assert time.monotonic() - start < 10
    good = {a.title: a for a in articles(items)}
    assert set(good) == {"Good title", "Nested", "Caf\ufffd opens"}
    assert "\ufffd" in good["Caf\ufffd opens"].body  # a few bad bytes are replaced, not fatal
    fails = failures(items)
    assert fails["empty.txt"] == "file is empty"
    assert fails["huge.txt"] == "file is 50.0 MB, over the 20 MB limit (set ASSISTANT_MAX_FILE_MB to raise it)"
    assert fails["image.png"].startswith("looks like a binary file")
    assert fails["blob.dat"].startswith("looks like a binary file")
    assert "not valid UTF-8" in fails["garbage.txt"] and "re-save it as UTF-8" in fails["garbage.txt"]
    assert fails["page.html"] == "no article text found in the HTML (only scripts/navigation?)"
    assert "only whitespace" in fails["whitespace.txt"]
    assert "no such file or folder" in fails["missing.txt"]
    assert len(items) == 3 + 8
    # sorted walk by path parts, so the subfolder "sub/" sorts between "page.html" and "whitespace.txt"
    origins = [Path(getattr(i, "origin", None) or i.path).name for i in items[:-1]]
    assert origins == ["blob.dat", "empty.txt", "garbage.txt", "good.txt", "huge.txt", "image.png",
                       "latin1.txt", "page.html", "nested.md", "whitespace.txt"]


def test_small_max_file_mb(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Title\n" + "word " * 400, encoding="utf-8")
    f = one([p], tmp_path, max_file_mb=0.001)
    assert isinstance(f, IngestFailure) and "over the 0.001 MB limit" in f.error


def test_empty_folder_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    f = one([tmp_path / "empty"], tmp_path)
    assert isinstance(f, IngestFailure) and "no files" in f.error
    p = tmp_path / "u16.txt"
    p.write_bytes("Wide title\nWide body sentence.\n".encode("utf-16"))
    a = one([p], tmp_path)
    assert (a.title, a.body) == ("Wide title", "Wide body sentence.")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2026-02-19", "2026-02-19"),
        ("2026-02-19T23:30:00-05:00", "2026-02-19"),
        ("Thu, 19 Feb 2026 08:00:00 GMT", "2026-02-19"),
        ("19 February 2026", "2026-02-19"),
        ("February 19th, 2026", "2026-02-19"),
        (time.struct_time((2026, 2, 19, 0, 0, 0, 3, 50, 0)), "2026-02-19"),
        ("yesterday", None),
        ("2026-13-45", None),
        (None, None),
    ],
)
def test_normalise_date(value, expected) -> None:
    assert normalise_date(value) == expected
