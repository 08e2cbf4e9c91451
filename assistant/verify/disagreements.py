"""Cross-outlet disagreements: align sentences from different outlets that talk about the same
thing and report the values (characterisations, numbers, dates, places) on which they differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from assistant.retrieval.embeddings import Embedder
from assistant.schema import Disagreement, DisagreementSource
from assistant.text.lexical import STOPWORDS, content_terms, stem, words
from assistant.text.values import MONTHS, NUM, NUMBER_WORDS, WEEKDAYS, names
from assistant.verify.slots import is_conflict
from assistant.verify.support import Passage, Verifier, cosine

# Two sentences from different outlets are "about the same thing" at or above this alignment score.
ALIGN_THRESHOLD = 0.42
MIN_OVERLAP = 0.2  # share of content words two sentences without a shared name need to be compared at all
# Short quoted phrases are characterisations ('special attack'); long ones are reported speech.
_QUOTE = re.compile(r"[‘“\"'«]([^‘’“”\"«»\n]{2,80}?)[’”\"'»](?![a-z])")
_PLACE = re.compile(r"\b(?:in|at|near|from)\s+((?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)")
_MAX_CHARACTERISATION_WORDS = 8
# Alignment needed per kind of value: a differing date or place needs surer evidence that the two
# sentences describe the same event than a differing characterisation of the same thing.
_KIND_THRESHOLD = {"characterisation": ALIGN_THRESHOLD, "number": 0.45, "date": 0.55, "place": 0.55}
_ARTICLES = {"a", "an", "the"}
# Two quotes are rival labels for one thing only in the same frame: the same word introducing them
# ('designed for ‘…’' / 'tailored for “…”') and a close enough pair of sentences. Mined detections on
# the dev events showed that different quotes about one story, compared at any lower bar, are nearly
# always different remarks, not rival characterisations.
_CHARACTERISATION_FRAME = 0.55
# Words that introduce a label for something ('designed for', 'described as', 'called', 'was'); a quote
# after 'would' or 'to' is something someone said they would do, not a name for a thing.
_LABEL_WORDS = {"for", "as", "called", "calling", "call", "calls", "dubbed", "branded", "labeled", "labelled",
                "termed", "described", "describing", "was", "is", "were", "are", "be", "being", "of"}


@dataclass
class _Sent:
    passage: Passage
    start: int  # offsets within passage.text
    end: int
    text: str
    values: dict[str, set[str]] = field(default_factory=dict)
    shown: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> norm value -> surface
    terms: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.terms = set(content_terms(self.text))
        self.names = names(self.text)


@dataclass
class DisagreementDetail:
    """A disagreement plus the sentence spans behind each side (for citing them)."""

    claim: str
    kind: str
    sides: list[tuple[Passage, int, int, str]]  # passage, start, end (in passage.text), says
    score: float

    def to_schema(self) -> Disagreement:
        return Disagreement(claim=self.claim, sources=[
            DisagreementSource(n=p.n, says=says, source=p.source) for p, _a, _b, says in self.sides
        ])


def _norm_phrase(s: str) -> str:
    return " ".join(w for w in words(s) if w not in ("a", "an", "the"))


def extract_values(text: str) -> tuple[dict[str, set[str]], dict[str, dict[str, str]]]:
    """Comparable values in a sentence by kind: characterisations, numbers, dates, places."""
    vals: dict[str, set[str]] = {}
    shown: dict[str, dict[str, str]] = {}
    frames: dict[str, str] = {}

    def add(kind: str, norm: str, surface: str) -> None:
        if norm:
            vals.setdefault(kind, set()).add(norm)
            shown.setdefault(kind, {}).setdefault(norm, surface)

    for m in _QUOTE.finditer(text):
        inner = m.group(1).strip()
        n_words = len(inner.split())
        if 1 <= n_words <= _MAX_CHARACTERISATION_WORDS and not inner[-1:] in ",." and _is_label(inner):
            norm = _norm_phrase(inner)
            add("characterisation", norm, m.group().strip())
            before = [w for w in words(text[:m.start()]) if w not in _ARTICLES]
            frames[norm] = " ".join(before[-2:])
            frames["_long:" + norm] = " ".join(before[-4:])
    for m in NUM.finditer(text):
        if _after_month(text, m.start()) or _inside_token(text, m.start(), m.end()):
            continue  # the day of a date ("April 27, 2018"), a clock time, part of a name ("Covid-19")
        tail = text[m.end():m.end() + 24]
        unit = (words(tail)[:1] or [""])[0]
        num = m.group().split()[0].replace(",", "")
        if len(num) == 4 and num.startswith(("19", "20")):
            add("date", num, m.group())
        else:
            add("number", num, (m.group() + " " + unit).strip())
    for w in words(text):
        if w in NUMBER_WORDS:
            add("number", NUMBER_WORDS[w], w)
        if w in WEEKDAYS or w in MONTHS:
            add("date", w, w.capitalize())
    for m in _PLACE.finditer(text):
        place = m.group(1)
        if place.split()[0].lower() not in STOPWORDS and place.lower().split()[-1] not in WEEKDAYS + MONTHS:
            add("place", place.lower(), place)
    if frames:
        shown["_frame"] = frames
    return vals, shown


def _rival_kinds(x: _Sent, y: _Sent) -> bool:
    """Some kind of value both state with no value in common: the only pairs that can disagree
    (copies of one wire story share every value and are never embedded)."""
    return any(not x.values[k] & y.values[k] for k in x.values.keys() & y.values.keys())


def _is_label(inner: str) -> bool:
    """A quoted phrase that can label something: not a title or name ("Fox News Sunday", "Amad"),
    not a quote fragment left by an apostrophe ("'s ")."""
    ws = inner.split()
    if not any(len(w.strip("’'\"-")) >= 3 for w in ws):
        return False
    return any(w[:1].islower() for w in ws)


def _inside_token(text: str, start: int, end: int) -> bool:
    """Digits glued to letters by a hyphen ('Covid-19', 'F-35') or to a clock ('11:30')."""
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    return (len(before) == 2 and before[1] == "-" and before[0].isalpha()) or before.endswith(":") \
        or (after[:1] == ":" and after[1:2].isdigit())


def _after_month(text: str, start: int) -> bool:
    before = words(text[max(0, start - 12):start])
    return bool(before) and before[-1] in MONTHS


def _topic(a: str, b: str) -> str:
    """The content words two aligned sentences share, in the first one's order: what they are both about."""
    shared = set(content_terms(b))
    seen: list[str] = []
    for w in words(a):
        if w not in STOPWORDS and stem(w) in shared and w not in seen:
            seen.append(w)
    return " ".join(seen[:8])


def _same_phrase(x: str, y: str) -> bool:
    """One phrase contains the other, or both are the same words up to inflection: the same quote
    transcribed twice ('global transport system collapse' / 'global transport systems collapse')."""
    if x in y or y in x:
        return True
    sx, sy = {stem(w) for w in words(x)}, {stem(w) for w in words(y)}
    return bool(sx) and sx == sy


def _different_years(x: _Sent, y: _Sent) -> bool:
    yx = {v for v in x.values.get("date", ()) if v.isdigit()}
    yy = {v for v in y.values.get("date", ()) if v.isdigit()}
    return bool(yx and yy) and not yx & yy


def find_disagreements(passages: Iterable[Passage | Any], embedder: Embedder | None = None,
                       verifier: Verifier | None = None, limit: int = 5) -> list[Disagreement]:
    """Where passages from different outlets give different values for the same thing."""
    return [d.to_schema() for d in find_disagreement_details(passages, embedder, verifier, limit)]


def find_disagreement_details(passages: Iterable[Passage | Any], embedder: Embedder | None = None,
                              verifier: Verifier | None = None, limit: int = 5,
                              max_pairs: int | None = None) -> list[DisagreementDetail]:
    """Align sentences from different outlets (embedding similarity + shared words/names), then compare values.

    Values of one kind that both sentences state and that do not contain one another count as a
    disagreement: 'special attack' vs 'strategic mission', 50 vs 40, Wednesday vs Thursday.
    """
    verifier = verifier or Verifier(embedder)
    ps = [p if isinstance(p, Passage) else Passage.of(i + 1, p) for i, p in enumerate(passages)]
    sents: list[_Sent] = []
    seen_text: set[tuple[str, str]] = set()
    for p in ps:
        for a, b in verifier.sentence_spans(p.chunk_id or p.text, p.text):
            t = p.text[a:b]
            if (p.article_id, t) in seen_text:  # overlapping chunks of one article repeat sentences
                continue
            seen_text.add((p.article_id, t))
            vals, shown = extract_values(t)
            if vals:
                sents.append(_Sent(p, a, b, t, vals, shown))
    if len({(s.passage.source or "").lower() for s in sents}) < 2:
        return []
    # Candidate pairs first, cheaply: other outlet, a kind of value in common, and some shared words or
    # names (sentences sharing neither are about different things). Only their sentences are embedded,
    # which keeps a 500-article day's briefing from embedding every sentence of every story.
    pairs = []
    for i, x in enumerate(sents):
        for j in range(i + 1, len(sents)):
            y = sents[j]
            if (x.passage.source or "").lower() == (y.passage.source or "").lower():
                continue
            if x.passage.article_id == y.passage.article_id or not _rival_kinds(x, y):
                continue
            if _overlap(x, y) < MIN_OVERLAP and not x.names & y.names:
                continue
            pairs.append((i, j))
    if max_pairs is not None and len(pairs) > max_pairs:
        # A big story has thousands of such pairs; the ones most alike in words are the ones most
        # likely to be about the same thing, and only they are embedded (a briefing's cost stays bounded).
        lexical = lambda ij: _lexical_alignment(sents[ij[0]], sents[ij[1]])  # noqa: E731
        pairs = sorted(pairs, key=lexical, reverse=True)[:max_pairs]
    need = sorted({k for pair in pairs for k in pair})
    vecs = dict(zip(need, verifier.vectors([sents[k].text for k in need]))) if need else {}
    found: list[DisagreementDetail] = []
    for i, j in pairs:
        x, y = sents[i], sents[j]
        kinds = x.values.keys() & y.values.keys()
        align = _alignment(verifier, x, y, vecs[i], vecs[j])
        for kind in sorted(kinds):
            score, claim = align, None
            xv, yv = x.values[kind], y.values[kind]
            if kind == "characterisation":
                # Compare the slots the quotes fill, never any two quotes of two similar sentences.
                score, qx, qy = _frame_alignment(verifier, x, y, align)
                xv, yv = {qx} if qx else set(), {qy} if qy else set()
                claim = y.shown["_frame"].get("_long:" + qy, "") + " …" if qy else None
                if not qx or score < _CHARACTERISATION_FRAME:
                    continue
            if score < _KIND_THRESHOLD[kind]:
                continue
            if xv & yv:  # they state a common value; extra values are detail, not conflict
                continue
            # Phrases contain one another ('attack' / 'special attack'); numbers only match exactly
            # ('1' is not part of '1.2').
            sub = (lambda a, b: a == b) if kind == "number" else _same_phrase
            only_x = [v for v in xv if not any(sub(v, w) for w in yv)]
            only_y = [v for v in yv if not any(sub(v, w) for w in xv)]
            if not only_x or not only_y:
                continue
            if kind == "number" and _different_years(x, y):
                continue  # figures for 2013 and for 2014-15 are two periods, not two answers
            if kind == "number":
                # Pair the figures one by one: a sentence often gives several, and only a pair that
                # counts the same thing in the same frame is a conflict (never the two sets as a whole).
                rivals = [(a, b) for a in only_x for b in only_y if _same_unit(x, y, [a], [b])
                          and is_conflict(kind, score, x.text, [x.shown[kind][a]], y.text, [y.shown[kind][b]])]
                if not rivals:
                    continue
                only_x, only_y = sorted({a for a, _ in rivals}), sorted({b for _, b in rivals})
            elif not is_conflict(kind, score, x.text, [x.shown[kind][v] for v in only_x],
                                 y.text, [y.shown[kind][v] for v in only_y]):
                continue  # different values, but not rival answers to one question
            found.append(DisagreementDetail(
                claim=claim or _topic(x.text, y.text) or kind, kind=kind, score=score,
                sides=[(x.passage, x.start, x.end, ", ".join(x.shown[kind][v] for v in sorted(only_x))),
                       (y.passage, y.start, y.end, ", ".join(y.shown[kind][v] for v in sorted(only_y)))],
            ))
    found.sort(key=lambda d: -d.score)
    out: list[DisagreementDetail] = []
    used: set[tuple] = set()
    for d in found:  # one report per pair of sentences
        key = tuple(sorted((p.article_id, a) for p, a, _b, _s in d.sides))
        if key in used:
            continue
        used.add(key)
        out.append(d)
        if len(out) == limit:
            break
    return out


def _same_unit(x: _Sent, y: _Sent, xs: list[str], ys: list[str]) -> bool:
    """Numbers only conflict when they count the same unit (the word after them)."""
    ux = {x.shown["number"][v].split(" ", 1)[-1] for v in xs}
    uy = {y.shown["number"][v].split(" ", 1)[-1] for v in ys}
    # "$550 billion" and "$1 trillion" count the same thing at two scales.
    family = lambda u: "scale" if u.lower() in _SCALES else stem(u)  # noqa: E731
    return bool({family(u) for u in ux} & {family(u) for u in uy})


_SCALES = {"thousand", "million", "billion", "trillion"}


def _overlap(x: _Sent, y: _Sent) -> float:
    """Share of the shorter sentence's content words the other one has."""
    return len(x.terms & y.terms) / max(1, min(len(x.terms), len(y.terms)))


def _lexical_alignment(x: _Sent, y: _Sent) -> float:
    return 0.7 * _overlap(x, y) + 0.1 * min(len(x.names & y.names), 3)


def _alignment(verifier: Verifier, x: _Sent, y: _Sent, vx, vy) -> float:
    """How surely two sentences talk about the same thing: embedding similarity plus shared names and words."""
    if verifier.embedder is None:
        return _lexical_alignment(x, y)
    cos = max(0.0, cosine(vx, vy)) if vx is not None and vy is not None else 0.0
    return 0.6 * cos + 0.3 * _overlap(x, y) + 0.05 * min(len(x.names & y.names), 2)


def _frame_alignment(verifier: Verifier, x: _Sent, y: _Sent, align: float) -> tuple[float, str, str]:
    """Characterisations in the same slot ('tailored for ‘…’' / 'designed for “…”') describe the same thing.

    Averages the sentence alignment with the similarity of the words that introduce each quote.
    """
    fx = [(q, f) for q, f in x.shown.get("_frame", {}).items() if f and not q.startswith("_long:")]
    fy = [(q, f) for q, f in y.shown.get("_frame", {}).items() if f and not q.startswith("_long:")]
    best, bx, by = 0.0, "", ""
    for qa, a in fx:
        for qb, b in fy:
            if a.split()[-1] != b.split()[-1] or a.split()[-1] not in _LABEL_WORDS:
                continue  # a different connecting word is a different slot
            sim = 1.0 if verifier.embedder is None else verifier.similarity(a, b)
            if sim > best:
                best, bx, by = sim, qa, qb
    return 0.5 * align + 0.5 * best, bx, by
