"""Typed spans in news text: money, percentages, counts with their unit, dates, years and names
(people, organisations, places), each with exact offsets and a normalised value for comparing.

Rule-based on purpose: it runs offline in microseconds per sentence, and news prose is regular
enough (capitalised names, digits, month names) that rules find what question answering needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.casing import available, capital_share, rarely_capitalised  # the table loads on first use only
from assistant.text.gazetteer import DEMONYMS, MULTIWORD_PLACES, PLACES, STATE_CODES
from assistant.text.lexical import STOPWORDS, stem
from assistant.text.values import MONTHS, NUMBER_WORDS, WEEKDAYS

_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" + _MONTH_ABBR + ")"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SCALE = r"(?:thousand|million|billion|trillion|bn|m)\b"
_NUMWORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
           r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" \
           r"hundred|hundreds|thousands|dozen|dozens|millions|billions)"
# Thousands may be written "13, 000" where an archive spaced its punctuation (CNN/Daily Mail): one number.
_DIGITS = r"(?:\d{1,3}(?:,\s\d{3}(?![\d.,]\d))+(?!\d)|\d+(?:[.,]\d+)*)"

MONEY = re.compile(
    rf"(?:(?:US|A|C|HK)?[$£€¥]\s?{_DIGITS}(?:\s?{_SCALE})?|{_DIGITS}(?:\s?{_SCALE})?\s(?:dollars|euros|pounds|yuan|yen|rupees))",
    re.IGNORECASE)
# A range counts whole: "40 to 50 per cent"; a spelled number too: "six percent".
PERCENT = re.compile(rf"(?:{_DIGITS}(?:\s?(?:-|–|to|and)\s?{_DIGITS})?\s?|\b{_NUMWORD}(?:[- ]{_NUMWORD})?\s)"
                     rf"(?:%|percent\b|per cent\b|percentage points?\b)", re.IGNORECASE)
DATE = re.compile(
    rf"\b(?:{_WEEKDAY}(?:,?\s{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?)?|{_MONTH}\s\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s\d{{4}})?|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}(?:,?\s\d{{4}})?|{_MONTH}(?:\s(?:of\s)?\d{{4}})|"
    rf"(?:early|mid|late)[- ](?:{_MONTH}|\d{{4}})|yesterday|today|tonight|last\s(?:week|month|year|night)|"
    rf"next\s(?:week|month|year))\b",
    re.IGNORECASE)  # archives that store news in lower case still write "may 2" and "thursday"
# A month on its own is a date after a preposition of time ("since taking office in June"); a bare
# "May" elsewhere is the verb.
BARE_MONTH = re.compile(r"\b(?:in|since|until|till|by|from|through|before|after|during|last|next|this|early|late)\s+"
                        r"(January|February|March|April|May|June|July|August|September|October|November|December)\b"
                        r"(?!\s*\d)", re.IGNORECASE)
# A range counts as one duration: "46 to 57 months" (the bare "46 to 57" would read as a score).
DURATION = re.compile(rf"\b(?:(?:about|nearly|almost|more than|less than|over|under)\s)?(?:\d{{1,3}}\s?(?:-|–|to)\s?)?(?:{_DIGITS}|{_NUMWORD}|an?|"
                      rf"half an?)(?:[- ](?:and[- ]a[- ]half))?[- ](?:seconds|minutes?|hours?|days?|weeks?|months?|"
                      rf"years?|decades?)\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
SCORE = re.compile(r"\b\d{1,3}\s?(?:-|–|to)\s?\d{1,3}\b")
COUNT = re.compile(rf"\b(?:{_DIGITS}(?:\s?{_SCALE})?|{_NUMWORD}(?:[- ]{_NUMWORD})?)\b", re.IGNORECASE)
# Capitalised runs (with initials and a few lower-case joiners): candidate names.
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'\-]*\.?)"
NAME = re.compile(rf"\b{_CAP}(?:\s+(?:(?:of|de|da|van|von|al|bin|the)\s+)?{_CAP})*")

_ORG_WORDS = {
    "committee", "court", "department", "ministry", "party", "agency", "council", "house", "senate",
    "congress", "inc", "corp", "company", "university", "college", "school", "news", "times", "post",
    "journal", "association", "union", "bank", "fund", "board", "commission", "office", "bureau",
    "service", "services", "police", "army", "navy", "force", "forces", "guard", "administration",
    "organization", "organisation", "institute", "foundation", "group", "network", "press", "reuters",
    "cnn", "fbi", "cia", "nasa", "nato", "un", "eu", "who", "gop", "republicans", "democrats", "club",
    "league", "team", "airlines", "airways", "government", "parliament", "assembly", "federation",
    "command", "corps", "cabinet", "pentagon", "panel", "caucus", "campaign", "fda", "cdc", "ftc", "epa",
    "pac", "llc", "ltd", "plc",
}
_PLACE_WORDS = {
    "street", "city", "county", "state", "province", "island", "islands", "river", "mountain", "valley",
    "airport", "airfield", "square", "beach", "coast", "bay", "lake", "park", "border", "region", "base", "hospital",
    "prison", "center", "centre", "stadium", "bridge", "road", "avenue", "capitol", "tower", "building",
    "hall", "station", "plaza", "palace",
}
# Capitalised names of things that are neither who, where nor an organisation ("the Religious Freedom
# Restoration Act", "the Paris Agreement").
_THING_WORDS = {"act", "bill", "law", "amendment", "treaty", "accord", "agreement", "doctrine", "program",
                "programme", "plan", "order", "resolution", "report", "deal", "initiative", "award", "prize"}
_PLACE_HEADS = {"fort", "camp", "mount", "lake", "port", "st", "saint", "san", "santa", "los", "las", "new"}
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "prime", "minister",
           "secretary", "judge", "justice", "chancellor", "king", "queen", "prince", "pope", "lt", "col",
           "capt", "sgt", "adm", "officer", "chief", "director", "leader", "senator", "governor", "mayor",
           "representative", "congressman", "congresswoman", "speaker", "whip", "chairman", "chairwoman",
           "ambassador", "commissioner", "sheriff", "detective", "inspector", "coach"}


# A courtesy title at the end of the text before a name: "Mr. Gowdy" is a person.
COURTESY = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Sgt|Prof|Rev)\.?\s+$")

# Words that open a sentence with a capital before a name ("Besides Joe Lieberman, ...").
_OPENERS = {"besides", "unlike", "despite", "although", "including", "except", "aside", "like", "beyond", "amid"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    type: str  # money | percent | count | score | date | year | person | org | place | name
    norm: str


def _norm_number(raw: str) -> str:
    s = re.sub(r"(?<=\d),\s(?=\d{3}\b)", "", raw.lower()).replace(",", "").strip()
    s = re.sub(r"\s+", " ", s)
    for word, digit in NUMBER_WORDS.items():
        s = re.sub(rf"\b{word}\b", digit, s)
    s = s.replace(" per cent", "%").replace(" percent", "%").replace("percent", "%").replace(" %", "%")
    s = re.sub(r"\b(\d+)\.0+\b", r"\1", s)
    return s


def _name_type(text: str, before: str) -> str:
    if re.fullmatch(r"(?:[A-Z]\.){2}|(?:[A-Z]\.)[A-Z]", text) and text.replace(".", "").lower() in STATE_CODES:
        return "place"
    toks = [t.strip(".’'").lower() for t in unpossessed(text).split()]
    joined = " ".join(toks)
    if len(toks) >= 2 and toks[-1] in _THING_WORDS:
        return "thing"
    if len(toks) >= 2 and toks[-1] in _MASTHEADS:
        return "org"  # "the Los Angeles Times", "the Washington Post": a paper named after its city
    if joined in PLACES or joined in MULTIWORD_PLACES or toks[-1] in PLACES or toks[-1] in _PLACE_WORDS \
            or (len(toks) >= 2 and toks[0] in _PLACE_HEADS):
        return "place"
    # Short words like "un" or "who" name organisations only on their own ("the UN"), not inside
    # a person's name ("Kim Jong Un").
    # ... or in capitals at the end of one ("Make America Awesome PAC", "Acme Holdings LLC").
    if any(t in _ORG_WORDS and (len(t) > 3 or len(toks) == 1) for t in toks) or (text.isupper() and len(text) <= 6) \
            or "&" in toks or (toks[-1] in _ORG_WORDS and unpossessed(text).split()[-1].strip(".’'").isupper()):
        return "org"
    if COURTESY.search(before) or _INITIALLED.fullmatch(unpossessed(text)):
        return "person"  # "Mr. Gowdy", "Madeleine K. Albright": a courtesy title or a middle initial is a person's
    if re.search(r"\b(?:in|at|near|from|to|across|outside|inside)\s+(?:the\s+)?$", before) \
            and not re.search(r"\baccording to\s+$", before, re.I):  # "according to Hong Min" quotes a person
        return "place"
    # Two to four words make a person's name, unless all are ordinary words ("Disease Control") or a
    # small word joins them ("Face the Nation", "Health and Human Services": a title or a body).
    if 2 <= len(toks) <= 4 and all(t[:1].isalpha() for t in toks) and not all(rarely_capitalised(t) for t in toks) \
            and not any(t in _JOINING for t in text.split()[1:-1]):
        return "person"
    return "name"


_MASTHEADS = {"times", "post", "journal", "tribune", "herald", "gazette", "chronicle", "examiner", "globe", "inquirer",
              "telegraph", "guardian", "courier", "mirror", "observer"}
_INITIALLED = re.compile(r"[A-Z][a-z]+(?:\s[A-Z]\.)+\s[A-Z][\w’'\-]+")
_JOINING = {"the", "of", "and", "for", "on", "in", "to", "at", "with", "a", "an"}  # lower case inside a name
_ORDINARY = 0.5  # "Health", "Bill" (0.18, 0.20) may open an organisation's name; "Clinton" (1.0) may not


def _org_after_and(left: str, right: str) -> bool:
    """ "Health" + "Human Services Department": the right run ends in an organisation word and the left
    is ordinary words, so both are one organisation's name."""
    last = right.split()[-1].strip(".’',").lower()
    return last in _ORG_WORDS and len(last) > 3 and all(
        t in _ORG_WORDS or t in STOPWORDS or (capital_share(t) or 1.0) < _ORDINARY
        for t in re.findall(r"[a-z]+", left.lower()))


def _runs(text: str) -> list[tuple[int, int]]:
    """Capitalised runs, with "X and Y <organisation word>" and "X & Y" made one: "the Health and Human
    Services Department", "the Bill and Melinda Gates Foundation", "Procter & Gamble". The part before
    "and" must be ordinary words ("Health", "Bill"), so "Clinton and the Democratic Party" stays two."""
    out: list[tuple[int, int]] = []
    for m in NAME.finditer(text):
        a, b = m.span()
        if out:
            pa, pb = out[-1]
            joiner = text[pb:a]
            if joiner == " & " or (joiner == " and " and _org_after_and(text[pa:pb], text[a:b])):
                out[-1] = (pa, b)
                # A firm of partners: "Kasowitz, Benson, Torres & Friedman" (not "in Paris, Smith & Wesson").
                while joiner == " & " and len(out) >= 2 and text[out[-2][1]:out[-1][0]] == ", " \
                        and re.fullmatch(r"\S+", partner := text[out[-2][0]:out[-2][1]]) \
                        and partner.lower() not in PLACES | STOPWORDS:
                    out[-2:] = [(out[-2][0], out[-1][1])]
                continue
        out.append((a, b))
    return out


_LEAD_TRIM = STOPWORDS | _OPENERS | set(WEEKDAYS)
_TAIL_TRIM = STOPWORDS | {"of", "de", "and", "for", "on"} | set(WEEKDAYS)


def _name_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for a, b in _runs(text):
        raw = text[a:b]
        # Trim joiners, stopwords and weekdays at either end ("The", "And" at sentence starts, "On
        # Monday Procter & Gamble said").
        toks = list(re.finditer(r"\S+", raw))
        while toks and (toks[0].group().strip(".’',").lower() in _LEAD_TRIM or
                        toks[0].group().strip(".").lower() in _TITLES):
            toks.pop(0)
        # ... and a day at the end: "on CNN Sunday" names CNN (the day is a date of its own).
        while toks and toks[-1].group().strip(".’',").lower() in _TAIL_TRIM:
            toks.pop()
        if not toks:
            continue
        # An owner inside the run is a name of its own: "Afghanistan's Bagram Airfield" is Afghanistan
        # and Bagram Airfield.
        owner = next((i for i in range(len(toks) - 1) if re.search(r"['’]s$", toks[i].group())), None)
        parts = [toks] if owner is None else [toks[:owner + 1], toks[owner + 1:]]
        out.extend(sp for part in parts if (sp := _name_span(text, a, part)) is not None)
    return out


def _name_span(text: str, a: int, toks: list[re.Match[str]]) -> Span | None:
    """The span of name tokens `toks` (matches inside text[a:]), typed; None when it is no name."""
    # A title inside the run ends its description: "New York City Mayor Rudy Giuliani" -> "Rudy Giuliani".
    inner = [i for i, t in enumerate(toks[:-1]) if i and t.group().strip(".").lower() in _TITLES]
    if inner and not any(t.group().strip(".").lower() in _TITLES for t in toks[inner[-1] + 1:]):
        toks = toks[inner[-1] + 1:]
    a2, b2 = a + toks[0].start(), a + toks[-1].end()
    while b2 > a2 and text[b2 - 1] in ".’',":
        if text[b2 - 1] == "." and re.fullmatch(r"(?:[A-Z]\.)+", text[a2:b2].split()[-1]):
            break  # keep the dot of an initial or abbreviation ("U.S.", "Thomas R.")
        b2 -= 1
    name = text[a2:b2]
    low = name.lower()
    if len(name) < 2 or low in STOPWORDS or low in WEEKDAYS or low in MONTHS or re.fullmatch(r"i['’](?:m|ve|ll|d)", low):
        return None
    if set(re.split(r"[\s\-–]+", low)) <= set(MONTHS) | set(WEEKDAYS) | {"to", "through", "and"}:
        return None  # "January-to-March", "Monday-Friday": a stretch of time, not a name
    words_ = [w.strip(".,:;’'").lower() for w in name.split()]
    if name.isupper() and len(words_) >= 2 and any(w.isalpha() and rarely_capitalised(w) for w in words_):
        return None  # "ORIGINALLY PUBLISHED JANUARY": a heading in capitals, not a name
    # Possessives name their owner: "Kim's sister" -> Kim.
    return Span(a2, b2, name, _name_type(name, text[max(0, a2 - 20):a2]), unpossessed(low))


def unpossessed(text: str) -> str:
    """ "Kim's" -> "Kim": a possessive names its owner."""
    return re.sub(r"['’]s$", "", text)


def after_noun(text: str, sp: Span, noun_stem: str) -> Span:
    """The name after a common noun that a capitalised run swallowed ("U.S. Navy Sailor Kristian
    Saucier" after "sailor" is "Kristian Saucier"); the span itself when the noun is not inside it."""
    toks = list(re.finditer(r"\S+", sp.text))
    inner = [i for i, t in enumerate(toks[:-1]) if stem(t.group().strip(".,’'").lower()) == noun_stem]
    if not inner:
        return sp
    a = sp.start + toks[inner[-1] + 1].start()
    name = text[a:sp.end]
    return Span(a, sp.end, name, _name_type(name, text[max(0, a - 12):a]), unpossessed(name.lower()))


# In lower-cased text a word is a name's when the language nearly always capitalises it ("tampa",
# "kenneth"; common nouns reach 0.5-0.7 from headlines and sentence starts) or a large cased corpus
# never saw it ("zibilich"). Next to such a word, one that is capitalised now and then joins it: after
# it, a surname that is also a common word ("alan stern"); before it, a short first name or a place
# prefix ("bill clinton", "new orleans"). Chosen on the dev halves.
ANCHOR_SHARE = 0.8
JOIN_SHARE = 0.1
LEFT_JOIN_SHARE = 0.2  # "bill", "mark", "new"; not "old" or "big"
_NAME_PREPS = {"in", "at", "from", "to", "of", "near", "into", "outside", "by"}
_LOWER_WORD = re.compile(r"[A-Za-z][a-z’'\-]*[a-z]")
_SUFFIXES = ("ments", "ment", "ings", "ing", "ed", "ers", "er", "es", "s", "ly", "ness", "tion", "tions")


def _word_kind(w: str) -> str:
    if w in STOPWORDS or w in DEMONYMS or w in MONTHS or w in WEEKDAYS or w in _TITLES or len(w) < 3 \
            or not w.isalpha():
        return ""
    share = capital_share(w)
    if share is None:
        # An unseen inflection of a common word ("mentored") is not a name.
        bases = (capital_share(w[:-len(x)]) for x in _SUFFIXES if w.endswith(x))
        base = next((b for b in bases if b is not None), None)
        return "maybe" if (base is None or base >= ANCHOR_SHARE) and not w.endswith("ed") else ""
    if share >= ANCHOR_SHARE:
        return "anchor"
    return "join" if share >= JOIN_SHARE and not w.endswith(("ed", "ing")) else ""


def caseless_names(text: str) -> list[Span]:
    """Names in a lower-cased sentence, found by how often English capitalises each word."""
    if not available():
        return []
    toks = list(_LOWER_WORD.finditer(text))
    words_ = [unpossessed(m.group()).lower() for m in toks]
    kinds = [_word_kind(w) for w in words_]

    def joined(j: int, k: int) -> bool:  # tokens j and k (adjacent) are one space apart, no possessive between
        left = min(j, k)
        return text[toks[left].end():toks[max(j, k)].start()] == " " and words_[left] == toks[left].group().lower()

    def grows(k: int, kind: tuple[str, ...]) -> bool:  # the name may take in token k + 1
        return k + 1 < len(toks) and kinds[k + 1] in kind and joined(k, k + 1)

    # A word the corpus never saw may be a rare name or a rare word ("zibilich", "confetti"): it counts
    # beside another name ("franz zibilich", "odion ighalo") or straight after a place preposition
    # ("in exeter"; a common noun would take an article there).
    for k, kind in enumerate(kinds):
        if kind == "maybe":
            beside = any(0 <= j < len(toks) and kinds[j] in ("anchor", "maybe") and joined(j, k) for j in (k - 1, k + 1))
            placed = k > 0 and words_[k - 1] in _NAME_PREPS and joined(k - 1, k)
            kinds[k] = "anchor" if beside or placed else ""
    out: list[Span] = []
    i = 0
    while i < len(toks):
        if kinds[i] != "anchor":
            i += 1
            continue
        a = b = i
        while grows(b, ("anchor",)):
            b += 1
        if grows(b, ("join",)):
            b += 1
        if a > 0 and joined(a - 1, a) and (words_[a - 1] in _PLACE_HEADS or
                                           kinds[a - 1] == "join" and len(words_[a - 1]) <= 4
                                           and (capital_share(words_[a - 1]) or 0) >= LEFT_JOIN_SHARE):
            a -= 1
        start = toks[a].start()
        name = unpossessed(text[start:toks[b].end()])
        out.append(Span(start, start + len(name), name, _name_type(name, text[max(0, start - 12):start]),
                        name.lower()))
        i = b + 1
    return out


def caseless(text: str) -> bool:
    """A sentence written all in lower case after its first letter (as some archives store news):
    capitals there say nothing about names."""
    ws = text.split()[1:]
    return len(ws) >= 5 and not any(w[:1].isupper() for w in ws)


def typed_spans(text: str) -> list[Span]:
    """Every typed span of `text`, longest first where they overlap (money beats the bare count in it)."""
    found: list[Span] = []
    for rx, typ in ((MONEY, "money"), (PERCENT, "percent"), (DATE, "date"), (SCORE, "score")):
        for m in rx.finditer(text):
            found.append(Span(m.start(), m.end(), m.group(), typ, _norm_number(m.group()) if typ != "date"
                              else m.group().lower().rstrip(".")))
    for m in YEAR.finditer(text):
        found.append(Span(m.start(), m.end(), m.group(), "year", m.group()))
    for m in BARE_MONTH.finditer(text):
        found.append(Span(m.start(1), m.end(1), m.group(1), "date", m.group(1).lower()))
    for m in DURATION.finditer(text):
        found.append(Span(m.start(), m.end(), m.group(), "duration", _norm_number(m.group())))
    for m in COUNT.finditer(text):
        # A count takes the noun after it as its unit ("50 launchers", "three people").
        unit = re.match(r"(?:\s+|\s?[-–]\s?)(?:new\s+|more\s+|other\s+)?([a-z][a-z\-]+(?:\s-\s[a-z]+)*)", text[m.end():m.end() + 30])
        if YEAR.fullmatch(m.group()) and not (unit and re.search(r"[^su]s$", unit.group(1)) and
                                              not unit.group(1).endswith(("ous", "ss", "is", "us"))):
            continue  # "in 2015 religious ..." is a year, "2015 votes" a count
        end = m.end() + (unit.end() if unit and unit.group(1) not in STOPWORDS else 0)
        found.append(Span(m.start(), end, text[m.start():end], "count", _norm_number(m.group())))
    found.extend(_name_spans(text))
    # Keep the longest span where two overlap; typed numbers win over names that swallowed them.
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Span] = []
    for s in found:
        if kept and s.start < kept[-1].end:
            continue
        kept.append(s)
    return kept


TYPE_GROUPS = {
    "number": {"count", "money", "percent", "score", "duration"},
    "duration": {"duration"},
    "score": {"score", "count"},
    "money": {"money"},
    "percent": {"percent", "count"},
    "date": {"date", "year"},
    "year": {"year", "date"},
    "person": {"person", "name"},
    "org": {"org", "name", "person"},
    "place": {"place", "name", "org"},  # an organisation only where it is a venue ("at Florida International University")
    "name": {"person", "org", "place", "name"},
}


def spans_of_type(text: str, answer_type: str) -> list[Span]:
    """Typed spans that can answer a question expecting `answer_type` (see TYPE_GROUPS)."""
    want = TYPE_GROUPS.get(answer_type)
    if want is None:
        return []
    return [s for s in typed_spans(text) if s.type in want]
