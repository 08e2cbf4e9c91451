"""Boilerplate removal and outlet detection, including the two seed articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

from assistant.config import Settings  # noqa: E402
from assistant.ingest import RawArticle, clean_text, iter_inputs  # noqa: E402
from assistant.ingest.outlets import (  # noqa: E402
    outlet_from_domain,
    outlet_from_name,
    outlet_from_url,
)

SEEDS = ROOT / "seeds"
BOILERPLATE = [
    "Get in touch with our news team",
    "webnews@metro.co.uk",
    "For more stories like this",
    "©2026 Bloomberg",
    "Distributed by Tribune",
    "Visit bloomberg.com",
    "Published in Political News",
]


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip("seed articles are not present")
    return found[0]


def _load_copy(seed: Path, tmp_path: Path) -> RawArticle:
    # Copy without any sidecar so the test exercises detection, not metadata files.
    target = tmp_path / seed.name
    shutil.copyfile(seed, target)
    [article] = list(iter_inputs([str(target)], Settings(data_dir=tmp_path)))
    assert isinstance(article, RawArticle), article
    return article


@pytest.mark.parametrize("prefix,outlet", [("000", "Metro"), ("001", "Bloomberg")])
def test_seed_cleaning_and_outlet(prefix: str, outlet: str, tmp_path: Path) -> None:
    seed = _seed(prefix)
    raw_lines = seed.read_text(encoding="utf-8").splitlines()
    article = _load_copy(seed, tmp_path)
    assert article.source == outlet
    assert article.title == raw_lines[0].strip()
    for marker in BOILERPLATE:
        assert marker not in article.body
    assert not article.body.rstrip().endswith("Comments")
    assert "\n\n\n" not in article.body and article.body == article.body.strip()
    story = [
        line.strip() for line in raw_lines[1:]
        if line.strip() and line.strip() != "Comments" and not any(m in line for m in BOILERPLATE)
    ]
    assert len(story) > 10
    for line in story:  # every story sentence survives, verbatim
        assert line in article.body
    assert article.published_at is None and article.url is None


def test_seed_sidecar_overrides_detection(tmp_path: Path) -> None:
    seed = _seed("001")
    target = tmp_path / seed.name
    shutil.copyfile(seed, target)
    meta = {"title": "Edited title", "source": "Tribune Wire", "url": "https://www.bloomberg.com/news/x",
            "published_at": "2026-02-19T06:00:00Z"}
    target.with_name(target.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    articles = list(iter_inputs([str(tmp_path)], Settings(data_dir=tmp_path)))
    assert len(articles) == 1  # the sidecar itself is not an article
    [a] = articles
    assert (a.title, a.source, a.url, a.published_at) == (
        "Edited title", "Tribune Wire", "https://www.bloomberg.com/news/x", "2026-02-19")
    assert a.body.startswith("North Korean leader")  # the title line is still not body
    assert "Published in Political News" not in a.body


def test_bad_sidecar_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\nBody sentence here.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{not json", encoding="utf-8")
    [failure] = list(iter_inputs([str(tmp_path)], Settings(data_dir=tmp_path)))
    assert "a.meta.json" in failure.error and "not valid JSON" in failure.error


def test_generic_boilerplate_lines_removed() -> None:
    text = (
        "Share this article\n"
        "The mayor opened the new park on Sunday.\n\n\n\n"
        "Sign up to our newsletter for daily updates   \n"
        "Read more: Park plans approved\n"
        "Children were first through the gates.   \n"
        "Advertisement\n"
        "It cost 2 million dollars.\n"
        "Share this article\n"
        "3 comments\n"
    )
    body, outlet = clean_text(text)
    assert body == (
        "The mayor opened the new park on Sunday.\n\n"
        "Children were first through the gates.\n"
        "It cost 2 million dollars."
    )
    assert outlet is None


def test_story_lines_that_resemble_boilerplate_are_kept() -> None:
    text = (
        "Published in 2019, the report warned of rising costs.\n"
        "Comments\n"
        "Readers can email tips@example.com, the editor said in a letter to staff last week and then added more.\n"
        "Copyright lawyers said the ruling was significant.\n"
        "The case continues."
    )
    body, _ = clean_text(text)
    assert body == text  # footer patterns only apply to the closing lines; none of these close it


def test_copyright_outlet_and_syndicator() -> None:
    body, outlet = clean_text("Story line one.\n©2024 The Associated Press. All rights reserved.")
    assert (body, outlet) == ("Story line one.", "AP")
    body, outlet = clean_text("Story line one.\nDistributed by Tribune Content Agency, LLC.")
    assert (body, outlet) == ("Story line one.", None)


def test_email_and_domain_detection() -> None:
    assert clean_text("Story.\nGet in touch by emailing newsdesk@independent.co.uk.")[1] == "The Independent"
    assert clean_text("Story.\nSend your tips to desk@harbour-times.co.uk")[1] == "Harbour Times"
    assert clean_text("Story.\nContact me at reporter@gmail.com")[1] is None
    assert clean_text("Story.\nVisit reuters.com for more.")[1] == "Reuters"


def test_dateline_detection() -> None:
    assert clean_text("SEOUL (Reuters) - North Korea fired a missile on Monday.")[1] == "Reuters"
    assert clean_text("WASHINGTON (AP) — The Senate voted on Tuesday.")[1] == "AP"
    assert clean_text("A story with no outlet named.")[1] is None


def test_crlf_and_bom_normalised() -> None:
    body, _ = clean_text("\ufeffLine one.  \r\nLine two.\r\n\r\n\r\nLine three.\r\n")
    assert body == "Line one.\nLine two.\n\nLine three."


@pytest.mark.parametrize(
    "value,expected",
    [
        ("https://www.metro.co.uk/news/1", "Metro"),
        ("https://uk.reuters.com/article/x", "Reuters"),
        ("https://abcnews.go.com/US/story", "ABC News"),
        ("https://en.yna.co.kr/view/AEN1", "Yonhap"),
        ("https://www.bbc.com/news/world", "BBC"),
        ("https://news.harbourtimes.com/a", "Harbourtimes"),
        ("http://127.0.0.1:8000/a", None),
        (None, None),
    ],
)
def test_outlet_from_url(value: str | None, expected: str | None) -> None:
    assert outlet_from_url(value) == expected


def test_outlet_helpers() -> None:
    assert outlet_from_domain("webnews@metro.co.uk".split("@")[1]) == "Metro"
    assert outlet_from_domain("example.com", fallback=False) is None
    assert outlet_from_name("Bloomberg L.P.") == "Bloomberg"
    assert outlet_from_name("Tribune Content Agency, LLC") is None
    assert outlet_from_name("Coastal Courier") == "Coastal Courier"
