"""Strip boilerplate that is not the story, and notice which outlet it names.

Conservative by design: only whole lines are removed, and the footer patterns (contact
emails, copyright, "Comments"...) only apply to the run of lines at the very end (or
labels at the very top), so a story sentence is never lost. The stripped lines are then
mined for the outlet name, because that is where outlets sign their work.
"""

from __future__ import annotations

import re

from assistant.ingest.outlets import KNOWN_NAMES, outlet_from_domain, outlet_from_name

_I = re.IGNORECASE

# Lines that are never story text wherever they appear (whole-line matches only).
_ANYWHERE = [
    re.compile(r"^(share|tweet|email) this (article|story|page)\.?$", _I),
    re.compile(r"^share( on| via)? (facebook|twitter|x|whatsapp|linkedin|email)( ?[,/|] ?\w+)*\.?$", _I),
    re.compile(r"^sign up (to|for) (our|the)\b.{0,80}\b(newsletter|updates|alerts|emails?)\b.{0,60}$", _I),
    re.compile(r"^(subscribe|sign up) (now|today|here)\b.{0,80}$", _I),
    re.compile(r"^read more:.{0,200}$", _I),
    re.compile(r"^(advertisement|advert|sponsored|story continues below( this)? advertisement)\.?$", _I),
    re.compile(r"^scroll down for (video|more)\.?$", _I),
]

# Labels that sit above the story.
_HEADER = [
    # "Published in Political News": a section label, not the sentence "Published in 2019, ..."
    re.compile(r"^[Pp]ublished in [A-Z][\w&'’ -]{0,60}$"),
    re.compile(r"^(skip to (main )?content|listen to this article.{0,40}|\d{1,2} min(ute)? read)$", _I),
]

# Lines that close an article: contact, copyright, syndication, comment widgets.
_EMAIL = re.compile(r"[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", _I)
_FOOTER = [
    re.compile(r"^(©|\(c\)|copyright\b).{0,300}$", _I),
    re.compile(r"^.{0,120}\ball rights reserved\b.{0,120}$", _I),
    re.compile(r"^distributed by\b.{0,200}$", _I),
    re.compile(r"^for more (stories|news|articles|coverage|updates|like this)\b.{0,150}$", _I),
    re.compile(r"^(\d+ )?comments?( \(\d+\))?$", _I),
    re.compile(r"^(view|show|hide|load|read|join the|add) (all )?comments?\b.{0,40}$", _I),
    re.compile(r"^(follow|like) us on\b.{0,150}$", _I),
    re.compile(r"^this (article|story) (was )?(originally|first) (appeared|published)\b.{0,200}$", _I),
    re.compile(r"^(additional )?(reporting|writing|editing) by\b.{0,200}$", _I),
    re.compile(r"^visit [\w.-]+\.[a-z]{2,}\b.{0,200}$", _I),
    re.compile(r"^(got|have) a (story|tip|news tip)\b.{0,200}$", _I),
    re.compile(r"^(get|sign up for|subscribe to)\b.{0,80}\b(newsletter|updates|alerts)\b.{0,80}$", _I),
    re.compile(r"^[Pp]ublished in [A-Z][\w&'’ -]{0,60}$"),
]
_MAX_FOOTER_LINES = 12
_MAX_HEADER_LINES = 5

_COPYRIGHT = re.compile(r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^.,;|©]+)", _I)
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|co\.kr|eu|uk|news|tv|io))\b", _I)
_DATELINE = re.compile(r"\((Reuters|AP|AFP|Bloomberg|CNN|Yonhap|UPI)\)")


# Characters that are never story text and can hide or disguise it: C0/C1 controls (NUL, escape,
# backspace...) and the bidi embeddings, overrides and isolates that reorder how text is displayed
# (a quote shown backwards, "Trojan Source"). Lone surrogates (from JSON "\ud800") cannot be encoded
# for storage at all. The left/right-to-left *marks* (U+200E/F, U+061C) stay: RTL news uses them.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]|\r\n?")
_SURROGATE = re.compile("[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """Text without control and bidi-override characters; odd line breaks become newlines."""
    text = _LINE_BREAKS.sub("\n", text)
    return _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text))


def one_line(value: str | None, limit: int) -> str | None:
    """A metadata value (title, outlet) as one clean line of at most `limit` characters."""
    if value is None:
        return None
    line = " ".join(strip_controls(value).split())
    if len(line) > limit:
        line = line[:limit].rsplit(" ", 1)[0] + "…"
    return line or None


def _is_blank(line: str) -> bool:
    return not line.strip()


def _matches(patterns: list[re.Pattern[str]], line: str) -> bool:
    s = line.strip()
    return any(p.match(s) for p in patterns)


def _is_footer(line: str) -> bool:
    s = line.strip()
    if _matches(_ANYWHERE, s) or _matches(_FOOTER, s):
        return True
    # A short line with an email and a call to write in ("Get in touch ... webnews@metro.co.uk.")
    return bool(_EMAIL.search(s)) and len(s) < 300 and bool(
        re.search(r"\b(e-?mail|contact|get in touch|write to|send|tips?|reach)\b", s, _I)
    )


def _strip_edges(lines: list[str]) -> tuple[list[str], list[str]]:
    """Remove header labels from the top and footer lines from the bottom."""
    removed: list[str] = []
    start, taken = 0, 0
    while start < len(lines) and taken < _MAX_HEADER_LINES:
        line = lines[start]
        if _is_blank(line):
            start += 1
        elif _matches(_HEADER, line) or _matches(_ANYWHERE, line):
            removed.append(line.strip())
            start += 1
            taken += 1
        else:
            break
    end, taken = len(lines), 0
    while end > start and taken < _MAX_FOOTER_LINES:
        line = lines[end - 1]
        if _is_blank(line):
            end -= 1
        elif _is_footer(line):
            removed.append(line.strip())
            end -= 1
            taken += 1
        else:
            break
    return lines[start:end], removed


def _collapse_blank_runs(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if _is_blank(line):
            if out and out[-1] != "":
                out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def detect_outlet(stripped: list[str], body: str = "") -> str | None:
    """Outlet named by boilerplate lines (copyright holder, contact email domain, "Visit x.com"),
    else by a wire dateline like "(Reuters)" near the start of the body."""
    for line in stripped:
        if re.match(r"^(©|\(c\)|copyright\b)", line, _I):
            # "L.P." would end the name at its first period; fold it before capturing.
            m = _COPYRIGHT.search(re.sub(r"\bL\.P\.", "LP.", line))
            if m:
                name = re.sub(r"\s+\d{4}$", "", m.group(1).strip())
                outlet = outlet_from_name(name)
                if outlet:
                    return outlet
    for line in stripped:
        for m in _EMAIL.finditer(line):
            outlet = outlet_from_domain(m.group(1))
            if outlet:
                return outlet
    for line in stripped:
        without_emails = _EMAIL.sub(" ", line)
        for m in _DOMAIN.finditer(without_emails):
            outlet = outlet_from_domain(m.group(1))
            if outlet:
                return outlet
    m = _DATELINE.search(body[:400])
    if m:
        return KNOWN_NAMES.get(m.group(1).casefold(), m.group(1))
    return None


def clean_text(text: str) -> tuple[str, str | None]:
    """(cleaned body, outlet named by the stripped boilerplate or a dateline, else None).

    Normalises line endings, drops whole boilerplate lines, strips trailing whitespace and
    collapses runs of blank lines into one paragraph break. Story text is otherwise untouched.
    """
    text = strip_controls(text.lstrip("\ufeff"))
    lines = [line.rstrip() for line in text.split("\n")]
    lines, removed = _strip_edges(lines)
    kept: list[str] = []
    for line in lines:
        if _matches(_ANYWHERE, line):
            removed.append(line.strip())
        else:
            kept.append(line)
    body = "\n".join(_collapse_blank_runs(kept)).strip()
    return body, detect_outlet(removed, body)
