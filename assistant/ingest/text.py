"""Plain text and Markdown: first non-empty line is the title, the rest is the body."""

from __future__ import annotations

import re

from assistant.errors import IngestError
from assistant.ingest.meta import build_article, split_front_matter
from assistant.ingest.model import RawArticle

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def markdown_to_text(text: str) -> str:
    """Just enough Markdown removal that quotes cited from the body read as prose:
    headings lose their #, links keep their text, images and bold markers go."""
    out = []
    for line in text.split("\n"):
        line = _MD_HEADING.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


def _split_title(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1:])
    return "", ""


def parse_text(
    text: str, origin: str, *, markdown: bool = False, overrides: dict[str, str] | None = None
) -> RawArticle:
    """Text (already decoded) -> article. `overrides` (sidecar values) beat front matter,
    which beats what the text itself says."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    front, rest = split_front_matter(text)
    meta = {**front, **(overrides or {})}
    first, body = _split_title(rest)
    if not first and not front:
        raise IngestError("file has no text (only whitespace)")
    is_heading = bool(_MD_HEADING.match(first)) if markdown else first.startswith("# ")
    title_line = _MD_HEADING.sub("", first).strip() if (markdown or is_heading) else first
    if front.get("title") and not is_heading and title_line != front["title"]:
        # Front matter named the title and the text starts straight with the story:
        # the first line is body, not a title to drop.
        body = rest
    if markdown:
        body = markdown_to_text(body)
        title_line = markdown_to_text(title_line)
    return build_article(title=title_line, body=body, origin=origin, overrides=meta)
