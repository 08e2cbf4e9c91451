"""HTML pages: trafilatura finds the story text and the page metadata."""

from __future__ import annotations

import re

from assistant.errors import IngestError
from assistant.ingest.meta import build_article
from assistant.ingest.model import RawArticle
from assistant.ingest.outlets import outlet_from_name

try:  # trafilatura needs lxml_html_clean with lxml >= 5.2; say so instead of crashing at import
    import trafilatura
except ImportError as exc:  # pragma: no cover - depends on the environment
    trafilatura = None
    _IMPORT_ERROR = str(exc)

_CHROME = ["//nav", "//header", "//footer", "//aside", "//form", "//noscript"]
NO_TEXT = "no article text found in the HTML (only scripts/navigation?)"


def _extract(content: bytes | str, url: str | None):
    if trafilatura is None:  # pragma: no cover
        raise IngestError(f"cannot read HTML: trafilatura failed to import ({_IMPORT_ERROR}); "
                          "install lxml_html_clean")
    common = dict(url=url, with_metadata=True, include_comments=False, include_tables=True)
    doc = trafilatura.bare_extraction(content, **common)
    if doc is None or not _has_prose(doc.text or ""):
        # Short pages fall under trafilatura's precision threshold; try once more for recall,
        # without the page chrome that recall mode would otherwise pick up as "text".
        doc = trafilatura.bare_extraction(content, favor_recall=True, prune_xpath=_CHROME, **common)
    if doc is not None and not _has_prose(doc.text or ""):
        doc.text = ""
    return doc


def _has_prose(text: str) -> bool:
    """Menus and link lists are short words without sentences; an article has at least one sentence."""
    words = text.split()
    return len(words) >= 8 and bool(re.search(r"\w[.!?][\"'’”)]*(\s|$)", text))


def extract_html_text(content: bytes | str, url: str | None = None) -> tuple[str, str | None, str | None]:
    """(text, title, date) of the page's main content; text is "" if none was found."""
    doc = _extract(content, url)
    if doc is None:
        return "", None, None
    return (doc.text or "").strip(), doc.title, doc.date


def parse_html(
    content: bytes | str, origin: str, *, url: str | None = None, overrides: dict[str, str] | None = None
) -> RawArticle:
    doc = _extract(content, url)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise IngestError(NO_TEXT)
    title = (doc.title or "").strip() or None
    # trafilatura repeats the <h1> as the first line of the text; the title is kept separately.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title and rest.strip():
        text = rest
    source = outlet_from_name(doc.sitename) if doc.sitename else None
    page_url = url or doc.url or None
    return build_article(
        title=title, body=text, origin=origin, source=source, url=page_url,
        published_at=doc.date, overrides=overrides,
    )
