"""Polling against a real local HTTP server: new entries once, 304s cost nothing, backoff and recovery,
teaser entries pull their page, the private-address rule, and `assistant feeds poll|status`."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from assistant.cli.main import main
from assistant.config import Settings
from assistant.feeds.poll import due, poll_feeds
from assistant.feeds.state import State, load_state
from assistant.feeds.subscriptions import Feed, add_feeds, load_feeds
from assistant.library import Library
from assistant.retrieval.embeddings import FakeEmbedder

from .conftest import Entry, article_page, atom, rss, story

RSS, ATOM = "/news.rss", "/world.atom"


class CountingEmbedder(FakeEmbedder):
    """Counts the texts it embeds: an unchanged feed must cost none."""

    def __init__(self) -> None:
        super().__init__()
        self.documents = 0

    def embed_documents(self, texts):
        self.documents += len(texts)
        return super().embed_documents(texts)


def rss_entries(site, n: int) -> list[Entry]:
    places = ["Harbourside", "Old Town", "Riverside", "Hillcrest", "Eastgate"]
    return [Entry(f"harbour-{i}", f"Festival {i} in {places[i]}", story("festival", places[i], 1000 + i),
                  link=site.url(f"/harbour/{i}")) for i in range(n)]


def atom_entries(site, n: int) -> list[Entry]:
    places = ["Valley Road", "North Bridge", "Mill Lane"]
    return [Entry(f"urn:valley:{i}", f"Market {i} on {places[i]}", story("market", places[i], 500 + i),
                  link=site.url(f"/valley/{i}")) for i in range(n)]


def publish(site, n_rss: int, n_atom: int, extra_rss: list[Entry] | None = None) -> None:
    site.put(RSS, "application/rss+xml", rss("Harbour Gazette", rss_entries(site, n_rss) + (extra_rss or [])))
    site.put(ATOM, "application/atom+xml", atom("Valley Times", atom_entries(site, n_atom)), etag=False)


@pytest.fixture
def counting_library(feed_settings) -> Library:
    return Library(feed_settings, embedder=CountingEmbedder())


def subscribe(settings: Settings, site) -> list[Feed]:
    add_feeds(settings, [Feed(url=site.url(RSS), name="Harbour Gazette"), Feed(url=site.url(ATOM), every="1h")])
    return load_feeds(settings)


def test_new_entries_are_ingested_once_and_an_unchanged_feed_costs_one_304(site, counting_library, clock):
    lib = counting_library
    feeds = subscribe(lib.settings, site)
    publish(site, 2, 1)
    state = State()

    first = poll_feeds(lib, feeds, state, clock())
    assert [(r.status, r.new_articles, r.error) for r in first] == [("new", 2, None), ("new", 1, None)]
    arts = lib.articles()
    assert len(arts) == 3
    assert {a.source for a in arts if "Festival" in a.title} == {"Harbour Gazette"}  # --name is the outlet
    assert state.feeds[site.url(RSS)].etag and state.feeds[site.url(ATOM)].last_modified
    embedded = lib.embedder.documents
    assert embedded > 0

    # Nothing changed: both answer 304 (one by ETag, one by Last-Modified); nothing is parsed or embedded.
    second = poll_feeds(lib, feeds, state, clock.advance(hours=1))
    assert [(r.status, r.new_articles) for r in second] == [("unchanged", 0), ("unchanged", 0)]
    assert site.not_modified[RSS] == 1 and site.not_modified[ATOM] == 1
    assert lib.embedder.documents == embedded and len(lib.articles()) == 3

    # The RSS feed gains one entry, and republishes an old story under a new guid: one new article.
    copy = rss_entries(site, 1)[0]
    copy.guid, copy.link = "harbour-0-republished", site.url("/harbour/0-again")
    publish(site, 3, 1, extra_rss=[copy])
    third = poll_feeds(lib, feeds, state, clock.advance(hours=1))
    assert [(r.status, r.new_articles) for r in third] == [("new", 1), ("unchanged", 0)]
    assert third[0].skipped == 1  # the republished copy: same content, stored once
    assert site.not_modified[ATOM] == 2
    assert len(lib.articles()) == 4
    # Entries seen before were not even handed to the indexer: only the two unseen ones were embedded.
    assert state.feeds[site.url(RSS)].last_new == clock()
    assert len(state.feeds[site.url(RSS)].seen) == 4


def test_a_failing_feed_backs_off_shows_its_error_and_recovers(site, feed_library, clock):
    lib = feed_library
    publish(site, 1, 1)
    feeds = subscribe(lib.settings, site)  # RSS every 30m
    rss_feed = feeds[0]
    site.failing.add(RSS)
    state = State()
    start = clock()

    r = poll_feeds(lib, [rss_feed], state, start)[0]
    assert r.status == "error" and "503" in r.error and "try again later" in r.error
    st = state.feeds[rss_feed.url]
    assert st.failures == 1 and st.next_due == start + timedelta(hours=1)  # 30m doubled
    assert due(feeds, state, start + timedelta(minutes=45)) == [feeds[1]]  # the Atom feed was never polled

    r = poll_feeds(lib, [rss_feed], state, start + timedelta(hours=1))[0]
    assert r.status == "error" and st.failures == 2
    assert st.next_due == start + timedelta(hours=1) + timedelta(hours=2)  # doubled again
    assert rss_feed not in due(feeds, state, start + timedelta(hours=2, minutes=59))
    assert rss_feed in due(feeds, state, start + timedelta(hours=3))

    site.failing.clear()
    r = poll_feeds(lib, [rss_feed], state, start + timedelta(hours=3))[0]
    assert (r.status, r.new_articles, r.error) == ("new", 1, None)
    assert st.failures == 0 and st.error is None and st.next_due == start + timedelta(hours=3, minutes=30)
    assert site.hits[RSS] == 3


def test_a_teaser_entry_pulls_its_linked_page_once(site, feed_library, clock):
    lib = feed_library
    full = story("tram opening", "Central Station", 30000)
    site.put("/tram.html", "text/html; charset=utf-8", article_page("Tram line opens", full))
    teaser = Entry("tram-1", "Tram line opens", "The new tram line opened on Tuesday.", link=site.url("/tram.html"))
    site.put(RSS, "application/rss+xml", rss("Harbour Gazette", [teaser]))
    feeds = subscribe(lib.settings, site)[:1]
    state = State()

    assert poll_feeds(lib, feeds, state, clock())[0].new_articles == 1
    (art,) = lib.articles()
    body = lib.article(art.id).body
    assert "Police said the tram opening passed off peacefully" in body  # only the page says this
    assert site.hits["/tram.html"] == 1

    # The feed changes (a second teaser); the first entry is known, so its page is not fetched again.
    second = Entry("tram-2", "Trams delayed", "Trams were delayed on Wednesday.", link=site.url("/missing.html"))
    site.put(RSS, "application/rss+xml", rss("Harbour Gazette", [teaser, second]))
    r = poll_feeds(lib, feeds, state, clock.advance(hours=1))[0]
    assert site.hits["/tram.html"] == 1 and site.hits["/missing.html"] == 1
    assert r.status == "new"  # the unreachable page leaves the teaser as the article


def test_feeds_on_private_addresses_need_the_same_allow_setting_as_urls(site, tmp_path, clock, monkeypatch):
    monkeypatch.delenv("ASSISTANT_URL_ALLOWLIST")  # the default: loopback refused
    settings = Settings(data_dir=tmp_path / "strict", embeddings="fake")
    lib = Library(settings, embedder=FakeEmbedder())
    publish(site, 1, 1)
    r = poll_feeds(lib, subscribe(settings, site)[:1], State(), clock())[0]
    assert r.status == "error" and "ASSISTANT_ALLOW_PRIVATE_URLS=true" in r.error
    assert "ASSISTANT_URL_ALLOWLIST" in r.error
    assert site.hits[RSS] == 0


def test_a_page_that_is_not_a_feed_is_an_error_that_says_so(site, feed_library, clock):
    site.put("/page.html", "text/html", article_page("Home", story("fair", "Park", 10)))
    add_feeds(feed_library.settings, [Feed(url=site.url("/page.html"))])
    r = poll_feeds(feed_library, load_feeds(feed_library.settings), State(), clock())[0]
    assert r.status == "error" and "did not return an RSS or Atom feed" in r.error


def test_cli_poll_prints_one_line_per_feed_and_exits_1_when_one_failed(site, feed_library, capsys):
    publish(site, 2, 1)
    for url in (site.url(RSS), site.url(ATOM), site.url("/gone.rss")):
        assert main(["feeds", "add", url, "--every", "15m"], library=feed_library) == 0
    capsys.readouterr()

    assert main(["feeds", "poll", "--json"], library=feed_library) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["url"], x["status"], x["new_articles"]) for x in lines] == [
        (site.url(RSS), "new", 2), (site.url(ATOM), "new", 1), (site.url("/gone.rss"), "error", 0)]
    assert set(lines[0]) == {"url", "status", "new_articles", "error"}
    assert "404" in lines[2]["error"]

    assert main(["feeds", "status", "--json"], library=feed_library) == 0
    status = json.loads(capsys.readouterr().out)
    gone = status["feeds"][2]
    assert gone["last_status"] == "error" and gone["failures"] == 1 and "404" in gone["error"]
    assert gone["next_due"] > status["feeds"][0]["last_poll"]
    assert status["feeds"][0]["last_new_entry"] and status["scheduler"]["running"] is False

    assert main(["feeds", "remove", site.url("/gone.rss")], library=feed_library) == 0
    assert main(["feeds", "poll", "--json"], library=feed_library) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["status"] for x in lines] == ["unchanged", "unchanged"]
    assert load_state(feed_library.settings).feeds[site.url(RSS)].failures == 0


def test_fetching_stays_within_the_global_concurrency_limit(site, tmp_path, clock):
    settings = Settings(data_dir=tmp_path / "data", embeddings="fake", feed_concurrency=2)
    lib = Library(settings, embedder=FakeEmbedder())
    places = ["Harbourside", "Old Town", "Riverside", "Hillcrest", "Eastgate", "Westbrook"]
    for i, place in enumerate(places):
        site.put(f"/f{i}.rss", "application/rss+xml",
                 rss(f"Paper {i}", [Entry(f"g{i}", f"Fair in {place}", story("fair", place, 10 + i))]))
        add_feeds(settings, [Feed(url=site.url(f"/f{i}.rss"))])
    site.delay = 0.3  # each response is slow enough for the pool to overlap requests
    results = poll_feeds(lib, load_feeds(settings), State(), clock())
    assert [r.status for r in results] == ["new"] * 6
    assert 1 <= site.max_active <= 2  # never more in flight than ASSISTANT_FEED_CONCURRENCY
