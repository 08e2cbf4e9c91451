"""The shape of one briefing story, shared by the extractive and LLM summarisers: a neutral headline,
a lead of 2–3 agreed sentences, at most one sentence per outlet on what it adds, the disagreements,
a coverage line, and a body of at most about BODY_WORDS words (citation markers aside).
"""

from __future__ import annotations

import re

from assistant.briefing.clustering import effective_date
from assistant.schema import Article, Citation, Coverage, OutletNote, Story
from assistant.text.lexical import content_terms

BODY_WORDS = 120  # lead + additions + disagreements, markers aside: a story read in half a minute
LEAD_SENTENCES = 3
LEAD_WORDS = 75  # the lead leaves room for at least one outlet's addition
ATTRIBUTION = "{source} adds: "

_MARK = re.compile(r"\[(\d+)\]")
# Headline furniture and loaded wording that make a title one outlet's take rather than the event.
_LOADED = re.compile(
    r"\b(rips|slams|blasts|destroys|debacle|disaster|shocking|outrage\w*|furious|brutal|epic|insane|"
    r"stunning|bombshell|meltdown|humiliat\w*|disgrace\w*|lies|liar|radical|crazy|idiot\w*|finally|"
    r"must|should|why|how|opinion|op-ed|editorial|analysis|video|photos?|watch|live|exclusive)\b",
    re.IGNORECASE)
_PERSONAL = re.compile(r"\b(I|we|we're|you|your|our|us|let's)\b", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+[|–—-]\s+[A-Z][\w .&']{1,30}$")  # " | Fox News", " - The New York Times"


def words_of(text: str) -> int:
    """Words a reader reads: markers and attribution prefixes excluded."""
    return len(_MARK.sub(" ", text).split())


def _headline_penalty(title: str) -> float:
    p = 0.0
    p += 0.4 if re.search(r"[?!]", title) else 0.0
    p += 0.15 if re.search(r"[“”\"‘]", title) else 0.0
    p += 0.1 if ":" in title else 0.0
    p += 0.25 * len(_LOADED.findall(title))
    p += 0.2 if _PERSONAL.search(title) else 0.0
    p += 0.1 * sum(1 for w in title.split() if len(w) > 3 and w.isupper())
    n = len(title.split())
    p += 0.15 if n > 16 or n < 4 else 0.0
    return p


def neutral_headline(articles: list[Article]) -> str:
    """The member title most like the others (the event, not an angle) with the least loaded wording."""
    titles = [_SUFFIX.sub("", a.title.strip()) for a in articles if a.title and a.title.strip()]
    if not titles:
        return ""
    if len(titles) == 1:
        return titles[0]
    # What the story is about: terms of every title and lead paragraph.
    terms = [set(content_terms(a.title + " " + a.body[:400])) for a in articles]

    def shared(i: int) -> float:
        mine = set(content_terms(titles[i]))
        if not mine:
            return 0.0
        others = [t for j, t in enumerate(terms) if j != i]
        return sum(len(mine & t) / len(mine) for t in others) / max(1, len(others))

    best = max(range(len(titles)), key=lambda i: (round(shared(i) - _headline_penalty(titles[i]), 6), -i))
    return titles[best].rstrip(".")


def coverage(articles: list[Article]) -> Coverage:
    """Which outlets (most articles first), how many articles, first and latest report."""
    counts: dict[str, int] = {}
    for a in articles:
        name = a.source or "unknown outlet"
        counts[name] = counts.get(name, 0) + 1
    days = sorted(d for d in (effective_date(a) for a in articles) if d)
    return Coverage(outlets=sorted(counts, key=lambda o: (-counts[o], o)), articles=len(articles),
                    first=days[0] if days else None, latest=days[-1] if days else None)


def differ_words(story: Story) -> int:
    return sum(words_of(d.claim) + sum(words_of(f"{s.source} says {s.says}") for s in d.sources)
               for d in story.disagreements)


def fit_body(story: Story, lead: list[str], adds: list[tuple[str | None, str]],
             budget: int = BODY_WORDS) -> None:
    """Fill story.lead, story.adds and story.summary within the word budget (the first lead sentence always)."""
    while story.disagreements and words_of(lead[0] if lead else "") + differ_words(story) > budget // 2:
        story.disagreements.pop()  # disagreements come best first; keep the body readable
    used = differ_words(story)
    story.lead = []
    for i, s in enumerate(lead[:LEAD_SENTENCES]):
        n = words_of(s)
        if i and (used + n > budget or sum(words_of(x) for x in story.lead) + n > LEAD_WORDS):
            break
        story.lead.append(s)
        used += n
    story.adds = []
    for source, text in adds:
        n = words_of(text) + 1
        if used + n > budget:
            continue  # a shorter addition from another outlet may still fit
        story.adds.append(OutletNote(source=source, text=text))
        used += n
    story.summary = " ".join(story.lead + [ATTRIBUTION.format(source=a.source or "One outlet") + a.text
                                           for a in story.adds])


def body_words(story: Story) -> int:
    """Words of the story body as read: lead, additions and disagreements, markers aside."""
    return sum(words_of(s) for s in story.lead) + sum(words_of(a.text) + 1 for a in story.adds) + differ_words(story)


def cited_numbers(story: Story) -> set[int]:
    text = " ".join([story.summary] + [a.text for a in story.adds])
    ns = {int(n) for n in _MARK.findall(text)}
    ns |= {s.n for d in story.disagreements for s in d.sources}
    return ns


def renumber(story: Story, citations: list[Citation]) -> list[Citation]:
    """Number the kept citations 1..k in reading order and rewrite every marker to match."""
    order: list[int] = []
    for text in story.lead + [a.text for a in story.adds]:
        order += [int(n) for n in _MARK.findall(text) if int(n) not in order]
    for d in story.disagreements:
        order += [s.n for s in d.sources if s.n not in order]
    order += [c.n for c in citations if c.n not in order]
    new = {old: k for k, old in enumerate(order, 1)}

    def sub(text: str) -> str:
        return _MARK.sub(lambda m: f"[{new.get(int(m.group(1)), int(m.group(1)))}]", text)

    story.lead = [sub(s) for s in story.lead]
    for a in story.adds:
        a.text = sub(a.text)
    story.summary = sub(story.summary)
    for d in story.disagreements:
        for s in d.sources:
            s.n = new.get(s.n, s.n)
    out = []
    for c in sorted(citations, key=lambda c: new.get(c.n, c.n)):
        out.append(c.model_copy(update={"n": new[c.n]}))
    return out
