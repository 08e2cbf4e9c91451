"""Which outlets a question names: by their full names or the short forms readers use ("AP", "NYT")."""

from __future__ import annotations

import re

# The short forms readers use for the big outlets (matched in capitals only: "AP", not "ap").
OUTLET_SHORT_FORMS = {"associated press": ("AP",), "new york times": ("NYT",), "wall street journal": ("WSJ",),
                      "washington post": ("WaPo",), "financial times": ("FT",), "los angeles times": ("LA Times",),
                      "agence france-presse": ("AFP",), "new york post": ("NY Post",)}


def short_forms(name: str, known: list[str] | None = None) -> tuple[str, ...]:
    """The short forms an outlet answers to besides its name."""
    forms = OUTLET_SHORT_FORMS.get(re.sub(r"^the\s+", "", name.lower().strip()), ())
    # A desk named after its outlet's initials ("AP Politics & Fact Check") answers to them too,
    # unless another known outlet is called just that ("CNN" beside "CNN Business").
    first = name.split()[0] if name.split() else ""
    if len(name.split()) > 1 and re.fullmatch(r"[A-Z]{2,5}", first) and first.lower() not in {k.lower() for k in known or []}:
        forms = (*forms, first)
    return forms


def _short_form(form: str) -> re.Pattern[str]:
    """A short form as a whole token, in its own capitals ("AP", not "ap" or the "AP" of "A.P.")."""
    return re.compile(rf"(?<![\w.]){re.escape(form)}(?![\w.])")


def mask_outlets(question: str, outlets: list[str], known: list[str] | None = None) -> str:
    """The question with each named outlet blanked out, under its name or its short forms: who is
    asked about is not what the articles must contain."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    for o in outlets:
        question = re.sub(re.escape(o), blank, question, flags=re.I)
        for form in short_forms(o, known):
            question = _short_form(form).sub(blank, question)
    return question


def filed_as(outlet: str, known: list[str]) -> list[str]:
    """Every known name an outlet files under ("Breitbart" is also "Breitbart News")."""
    low = outlet.lower()
    return [o for o in known if o.lower() == low or o.lower().startswith(low + " ")] or [outlet]


def find_outlets(question: str, known: list[str]) -> list[str]:
    """Known outlet names the question mentions (or their usual short forms), in the order it mentions them."""
    q = question.lower()
    hits = []
    for name in sorted(set(known), key=len, reverse=True):
        low = name.lower().strip()
        if len(low) < 2:
            continue
        alias = re.escape(low).replace(r"\ ", r"\s+")
        m = re.search(rf"(?<!\w)(?:the\s+)?{alias}(?!\w)", q) or next(
            (x for x in (_short_form(f).search(question) for f in short_forms(name, known)) if x), None)
        if m and not any(low in h.lower() and m.start() == at for h, at in hits):
            hits.append((name, m.start()))
    return [n for n, _ in sorted(hits, key=lambda x: x[1])]
