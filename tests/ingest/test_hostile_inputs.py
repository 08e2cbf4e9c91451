"""Hostile files through the real loaders and cleaner: XML entity bombs and XXE in feeds, archives and
compression bombs, deep nesting, huge lines, control and bidi characters, broken encodings.

Each input either loads or fails alone with a message naming it; time and memory stay bounded
(tracemalloc peaks against generous bounds: behaviour, not speed); the good file beside it loads.
"""

from __future__ import annotations

import codecs
import gzip
import io
import threading
import time
import tracemalloc
import zipfile
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest import RawArticle, iter_inputs
from assistant.schema import IngestFailure

MB = 1024 * 1024
GOOD = ("Harbour bridge reopens\nThe harbour bridge reopened on Monday after six months of repairs, the city "
        "council said.\nThe works cost 12 million pounds and were finished two weeks early.\n")
RSS_BODY = (b'<rss version="2.0"><channel><title>Gazette</title><item><title>Bridge</title>'
            b'<description>%s</description></item></channel></rss>')


def _laughs(levels: int = 9, sep: bytes = b"\n") -> bytes:
    decls = [b'<!ENTITY lol "lol">'] + [
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, levels + 1)]
    return (b'<?xml version="1.0"?>' + sep + b"<!DOCTYPE rss [" + sep + sep.join(decls) + sep + b"]>" + sep
            + RSS_BODY % (b"&lol%d;" % levels))


FEED_ATTACKS = {
    "billion-laughs": _laughs(),
    "billion-laughs-one-line": _laughs(sep=b""),  # feedparser's own entity stripping misses this form
    "quadratic-blowup": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + b"A" * 100_000 + b'">\n]>\n'
                         + RSS_BODY % (b"&a;" * 20_000)),
    "xxe-file": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
                 + RSS_BODY % b"before &xxe; after"),
    "xxe-file-one-line": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                          + RSS_BODY % b"before &xxe; after"),
    "xxe-url": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{site}/secret">\n]>\n'
                + RSS_BODY % b"before &xxe; after"),
    "parameter-entity-url": (b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM "{site}/evil.dtd"> %p;]>\n'
                             + RSS_BODY % b"text"),
    "utf16-billion-laughs": codecs.BOM_UTF16_LE + _laughs().decode().replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>').encode("utf-16-le"),
}


class Spy(BaseHTTPRequestHandler):
    """A local server an XXE would reach: it counts every request."""
    hits: Counter = Counter()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        Spy.hits[self.path] += 1
        body = b'<!ENTITY leak "SECRET-FROM-INTRANET">' if self.path.endswith(".dtd") else b"SECRET-FROM-INTRANET"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def spy() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Spy)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def ingest_folder(folder: Path, **settings: object) -> tuple[list[RawArticle | IngestFailure], int, float]:
    """Everything the loaders yield for a folder, with the peak traced memory (bytes) and seconds."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        items = list(iter_inputs([str(folder)], Settings(data_dir=folder.parent / "data", **settings)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return items, peak, time.monotonic() - start


def with_good_neighbour(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(data)
    (folder / "zz-good.txt").write_text(GOOD)
    return folder


def assert_only_the_good_one_loaded(items: list, folder: Path, bad_name: str) -> IngestFailure:
    articles = [i for i in items if isinstance(i, RawArticle)]
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert [a.title for a in articles] == ["Harbour bridge reopens"], items
    assert len(failures) == 1 and failures[0].path.startswith(str(folder / bad_name)), failures
    assert not failures[0].error.startswith("unexpected error"), failures[0].error
    return failures[0]


# ---- XML entity expansion and external entities in feeds ------------------------------------------

@pytest.mark.parametrize("attack", list(FEED_ATTACKS))
def test_feed_entity_attacks_are_refused_alone(tmp_path: Path, spy: str, attack: str) -> None:
    data = FEED_ATTACKS[attack].replace(b"{site}", spy.encode())
    before = sum(Spy.hits.values())
    folder = with_good_neighbour(tmp_path, "feed.xml", data)
    items, peak, _ = ingest_folder(folder, url_allowlist="127.0.0.1")  # even with the spy reachable
    failure = assert_only_the_good_one_loaded(items, folder, "feed.xml")
    assert "DOCTYPE declares XML entities" in failure.error and "publisher" in failure.error
    assert sum(Spy.hits.values()) == before  # nothing was fetched on the feed's say-so
    assert "root:" not in repr(items) and "SECRET-FROM-INTRANET" not in repr(items)
    # Before this guard the quadratic feed took 106 s and 5.7 GB; now it is refused unparsed.
    assert peak < 64 * MB, f"peak {peak / MB:.0f} MB"


def test_plain_doctypes_still_parse(tmp_path: Path) -> None:
    # The Netscape RSS 0.91 DOCTYPE (no internal subset) is common in the wild and harmless.
    netscape = (b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
                + RSS_BODY % b"The harbour bridge reopened on Monday after repairs. It cost 12 million pounds. "
                               b"Works finished early. Drivers welcomed it.")
    path = tmp_path / "n.rss"
    path.write_bytes(netscape)
    [a] = list(iter_inputs([str(path)], Settings(data_dir=tmp_path / "data")))
    assert isinstance(a, RawArticle) and "12 million pounds" in a.body


# ---- archives and compression bombs as files -------------------------------------------------------

def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("story.txt", b"\0" * (64 * MB))
    return buf.getvalue()


@pytest.mark.parametrize("name,make", [
    ("bomb.zip", _zip_bomb),
    ("bomb.txt.gz", lambda: gzip.compress(b"A" * (64 * MB))),
    ("bomb.txt", lambda: gzip.compress(b"A" * (64 * MB))),  # a gzip wearing a .txt name
    ("story.html", lambda: gzip.compress(b"<html>" + b"A" * (64 * MB))),
])
def test_compressed_files_are_refused_without_inflating(tmp_path: Path, name: str, make) -> None:
    folder = with_good_neighbour(tmp_path, name, make())
    items, peak, _ = ingest_folder(folder)
    failure = assert_only_the_good_one_loaded(items, folder, name)
    assert "binary" in failure.error and "can be ingested" in failure.error
    assert peak < 32 * MB, f"peak {peak / MB:.0f} MB: something inflated the archive"


# ---- structure and size ----------------------------------------------------------------------------

PARAGRAPHS = b"<p>The council approved the new budget on Tuesday after a long debate, officials said.</p>" * 3


@pytest.mark.parametrize("name,data", [
    ("nested-divs.html", b"<html><body>" + b"<div>" * 100_000 + PARAGRAPHS + b"</div>" * 100_000 + b"</body></html>"),
    ("unclosed-divs.html", b"<html><body>" + b"<div>" * 100_000 + PARAGRAPHS),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("deep-object.json", b'{"text": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001),
    ("nul.txt", b"Title\nBody with a NUL \x00 in the middle.\n"),
    ("garbage.txt", bytes(range(128, 256)) * 200),
    ("utf16-truncated.txt", codecs.BOM_UTF16_LE + b"T\x00i\x00"),
    ("utf16-garbage.txt", codecs.BOM_UTF16_BE + bytes(range(0xD8, 0xDC)) * 400),
    ("huge-line.html", b"<html><body><p>" + b"word " * 1_000_000 + b"</p></body></html>"),
    ("empty-feed.rss", b'<rss version="2.0"><channel><title>Nothing</title></channel></rss>'),
    ("not-a-feed.xml", b"<?xml version='1.0'?><catalog><book>Not news</book></catalog>"),
])
def test_hostile_structures_fail_alone_and_clearly(tmp_path: Path, name: str, data: bytes) -> None:
    folder = with_good_neighbour(tmp_path, name, data)
    items, peak, _ = ingest_folder(folder)
    failure = assert_only_the_good_one_loaded(items, folder, name)
    assert len(failure.error) > 20  # a sentence that says what is wrong, not a bare exception name
    assert peak < 256 * MB, f"peak {peak / MB:.0f} MB"


def test_deep_json_lines_fail_per_line(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b'}\n{"title": "Fine", "text": "A fine story."}\n')
    deep, fine = list(iter_inputs([str(path)], Settings(data_dir=tmp_path / "data")))
    assert isinstance(deep, IngestFailure) and deep.path == f"{path}#line-1" and "nested too deeply" in deep.error
    assert isinstance(fine, RawArticle) and fine.title == "Fine"


def test_a_single_huge_line_loads_in_bounded_memory(tmp_path: Path) -> None:
    # 10 MB of text on one line (under the 20 MB limit) loads; as a first line, it is cut to a title.
    line = b"Council passes budget. " * 450_000
    folder = with_good_neighbour(tmp_path, "one-line.txt", b"Budget day\n" + line)
    (folder / "title-line.txt").write_bytes(line + b"\nThe budget passed on Tuesday.\n")
    items, peak, _ = ingest_folder(folder)
    big = next(i for i in items if isinstance(i, RawArticle) and i.origin.endswith("one-line.txt"))
    assert big.title == "Budget day" and len(big.body) == len(line) - 1
    long_title = next(i for i in items if isinstance(i, RawArticle) and i.origin.endswith("title-line.txt"))
    assert len(long_title.title) <= 401 and long_title.title.endswith("…")
    data = line * 2
    assert peak < 40 * len(data), f"peak {peak / MB:.0f} MB for a {len(data) / MB:.0f} MB file"


# ---- characters that hide or disguise text -----------------------------------------------------------

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


def test_controls_and_bidi_overrides_are_removed(tmp_path: Path) -> None:
    title = f"Budget {RLO}txt.exe{PDF} passes\x1b[31m"
    body = (f"The council {LRI}approved{PDI} the budget\x00 on Tuesday.\x07\x08\n"
            f"Spending rises\x0bby 3%.\u2028Taxes stay flat\x85as promised.\n"
            "العربية\u200f text with a right-to-left mark stays.\n")
    path = tmp_path / "story.json"
    path.write_text('{"title": %s, "text": %s, "source": "Ga\\u202ezette\\n", "url": "javascript:alert(1)"}'
                    % (_json(title), _json(body)))
    [a] = list(iter_inputs([str(path)], Settings(data_dir=tmp_path / "data")))
    assert isinstance(a, RawArticle)
    assert a.title == "Budget txt.exe passes[31m"
    assert a.source == "Gazette" and a.url is None  # a javascript: URL never becomes a link
    assert a.body.splitlines() == ["The council approved the budget on Tuesday.", "Spending rises", "by 3%.",
                                   "Taxes stay flat", "as promised.", "العربية\u200f text with a right-to-left mark stays."]


def test_lone_surrogates_from_json_escapes_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"title": "Bad \\ud800 title", "text": "Text with a lone \\udfff surrogate. It still loads."}')
    [a] = list(iter_inputs([str(path)], Settings(data_dir=tmp_path / "data")))
    assert a.title == "Bad \ufffd title" and "\ufffd" in a.body
    a.body.encode("utf-8")  # storable


def _json(value: str) -> str:
    import json

    return json.dumps(value)
