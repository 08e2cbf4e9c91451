"""feeds.yaml through the CLI, and an OPML round trip with a feed reader's export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.errors import UsageError
from assistant.feeds.opml import parse_opml, to_opml
from assistant.feeds.subscriptions import Feed, feeds_path, load_feeds, parse_interval

OPML = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "reader-export.opml"


def test_add_list_remove_through_the_cli(fake_library, capsys):
    lib = fake_library
    assert main(["feeds", "add", "https://example.org/news.rss", "--name", "Example Times", "--every", "2h"],
                library=lib) == 0
    assert main(["feeds", "add", "https://example.org/other.atom"], library=lib) == 0
    assert main(["feeds", "add", "https://example.org/news.rss"], library=lib) == 0  # already there: no-op
    assert "already subscribed" in capsys.readouterr().err
    assert main(["feeds", "list", "--json"], library=lib) == 0
    listed = json.loads(capsys.readouterr().out)["feeds"]
    assert listed == [
        {"url": "https://example.org/news.rss", "name": "Example Times", "every": "2h", "enabled": True},
        {"url": "https://example.org/other.atom", "name": None, "every": "30m", "enabled": True}]
    text = feeds_path(lib.settings).read_text()
    assert "Example Times" in text and text.startswith("#")  # a file a person can read and edit

    assert main(["feeds", "remove", "Example Times"], library=lib) == 0
    assert [f.url for f in load_feeds(lib.settings)] == ["https://example.org/other.atom"]
    assert main(["feeds", "remove", "https://nowhere.example/x"], library=lib) == 1
    assert "assistant feeds list" in capsys.readouterr().err


@pytest.mark.parametrize("bad,why", [("ftp://example.org/x", "http"), ("news.rss", "http")])
def test_add_refuses_what_is_not_a_feed_address(fake_library, capsys, bad, why):
    assert main(["feeds", "add", bad], library=fake_library) == 2
    assert why in capsys.readouterr().err


def test_intervals():
    assert parse_interval("45m").total_seconds() == 2700 and parse_interval("1D").days == 1
    for bad in ("10", "1m", "30 minutes", "9d"):
        with pytest.raises(UsageError):
            parse_interval(bad)


def test_a_hand_broken_feeds_file_says_how_to_fix_it(fake_library, capsys):
    path = feeds_path(fake_library.settings)
    path.parent.mkdir(parents=True)
    path.write_text("feeds:\n  - url: https://example.org/a.rss\n    every: often\n")
    assert main(["feeds", "list"], library=fake_library) == 2
    assert "not a valid feeds file" in capsys.readouterr().err


def test_opml_import_of_a_reader_export_then_export_and_reimport_round_trips(fake_library, tmp_path, capsys):
    lib = fake_library
    assert main(["feeds", "import", str(OPML)], library=lib) == 1  # one broken outline: reported, exit 1
    err = capsys.readouterr().err
    assert "skipped feed://not-a-web-address" in err and "imported 7 feeds" in err
    feeds = load_feeds(lib.settings)
    assert [(f.url, f.name) for f in feeds] == [
        ("https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News - World"),
        ("https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera"),
        ("https://www.theguardian.com/world/rss", "World news | The Guardian"),  # title beats text
        ("https://feeds.arstechnica.com/arstechnica/index", "Ars Technica"),
        ("https://news.ycombinator.com/rss", "Hacker News"),
        ("https://example.org/untitled.atom", None),  # the reader used the URL as its text
        ("https://local.example.com/news.rss?section=city&format=rss", "Local news & weather"),
    ]

    # Our own settings survive the round trip; another reader just sees plain rss outlines.
    main(["feeds", "remove", "https://news.ycombinator.com/rss"], library=lib)
    main(["feeds", "add", "https://news.ycombinator.com/rss", "--name", "HN", "--every", "4h"], library=lib)
    out = tmp_path / "exported.opml"
    assert main(["feeds", "export", "--out", str(out)], library=lib) == 0
    exported = out.read_bytes()
    assert b'xmlUrl="https://local.example.com/news.rss?section=city&amp;format=rss"' in exported
    again, skipped = parse_opml(exported)
    assert skipped == [] and again == load_feeds(lib.settings)
    assert again[-1] == Feed(url="https://news.ycombinator.com/rss", name="HN", every="4h")

    # Importing the export into the same list adds nothing; into an empty one gives the same list.
    assert main(["feeds", "import", str(out)], library=lib) == 0
    assert "imported 0 feeds (7 already subscribed" in capsys.readouterr().err
    assert to_opml(again).count("<outline") == 7


def test_opml_that_is_not_opml_is_refused_with_a_hint():
    with pytest.raises(UsageError, match="export the subscriptions"):
        parse_opml(b"<rss version='2.0'><channel/></rss>")
    with pytest.raises(UsageError, match="not well-formed"):
        parse_opml(b"<opml><body>")
