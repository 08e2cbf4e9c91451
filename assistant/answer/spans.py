"""Which words of one sentence can answer a question: the spans of the expected type that are new
to the question, checked against what the question asks for (its head noun, role, unit and measure)
and ordered by their distance to the words the sentence shares with it; and when two names are the
same person ("Rep. Raúl Labrador" / "Raul Labrador")."""

from __future__ import annotations

import re
import unicodedata

from assistant.answer.answer_type import PERSON_NOUNS
from assistant.answer.fit import fits_measure, opens_with_common_word
from assistant.answer.question import DEATH_UNITS, INJURY_UNITS, QuestionAnalysis
from assistant.text.casing import rarely_capitalised
from assistant.text.entities import (COURTESY, TYPE_GROUPS, Span, after_noun, caseless, caseless_names, typed_spans,
                                     unpossessed)
from assistant.text.gazetteer import PLACES, US_STATES, WIDE_PLACES
from assistant.text.lexical import STOPWORDS, plural_noun, stem, words
from assistant.text.values import HOLIDAYS

_DEMONYM = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:an|ans|ese|ish|ic|ist|ists|i|is)|[RDI]-[A-Z][a-z]+\.?|[A-Z][a-z]+['’]s|"
                     r"Republicans?|Democrats?|Mormons?|Catholics?|Muslims?|Jews?|Christians?|Marines?|Sunday|"
                     r"Twitter|Facebook|Updated|Breaking|Photo|Video|"
                     # "Benghazi-related", "Kremlin-backed": an adjective made of a name
                     r"[A-Z][\w.]*-(?:related|based|led|backed|born|style|era|owned|funded|linked|inspired|"
                     r"affiliated|controlled|allied|aligned|made|bound|centric|friendly|like|sized))")
NAMED = ("person", "name", "org", "place")  # span types found by capitals (none in lower-cased text)
# Nouns a country or a US state can answer ("which country", "which region"); any other noun it cannot.
WIDE_HEADS = {stem(w) for w in ("country", "countries", "state", "states", "nation", "nations", "region", "regions",
                                  "province", "continent", "area", "part", "place", "location", "territory",
                                  "county", "island", "destination", "ally", "allies", "neighbour", "neighbor")}
_COUNTRY_HEADS = {stem(w) for w in ("country", "countries", "nation", "nations")}
_ONLY_STATES = US_STATES - {"georgia"}  # US states that are no country's name too
_BUSINESS_HEADS = {stem(w) for w in ("company", "companies", "firm", "business", "corporation", "brand", "manufacturer",
                                      "airline", "newspaper", "network", "publisher", "maker", "contractor")}
_PUBLIC_BODIES = {"department", "committee", "party", "court", "agency", "ministry", "council", "commission", "congress",
                  "senate", "house", "administration", "government", "university", "school", "police", "office"}
_MONEY_UNITS = {stem(w) for w in ("dollars", "pounds", "euros", "percent", "points", "yuan", "yen")}
# Between a noun and its name: "a bar called The Dubliner", "a spokesman, Lt. Col. Jonathan Conricus".
_PERSON_HEADS = {stem(w.strip("\\.")) for w in PERSON_NOUNS.split("|")}
_NAMING = re.compile(r"[\s,]*(?:(?i:called|named|known as)\s+)?(?:(?i:the)\s+)?(?:[A-Z][a-z]{0,3}\.\s+){0,3}")
# A story's dateline: its city in capitals (perhaps a state or an agency after it), then a dash.
_DATELINE = re.compile(r"[A-Z][A-Z.\-’' ]+(?:,\s?[A-Za-z. ]+)?(?:\s?\([A-Za-z ]+\))?\s?[—–-]{1,2}\s")
_ATTRIBUTIVE = re.compile(r"[\s\-]+(?:administration|campaign|government|family|camp|team|era|White House|"
                         r"presidency|transition)\b", re.I)
_CALLED_ORG = re.compile(r"\b(?:publication|newspaper|paper|magazine|tabloid|broadcaster|company|firm|network|channel|"
                         r"website|agency|band|club|party|charity|group)\s+(?:the\s+|le\s+|la\s+|el\s+|die\s+)?$", re.I)
_WHO_REPORTED = re.compile(r"\W*(?:and\s+|so\s+|but\s+)?who\s+(?:first\s+)?(?:reported|announced|confirmed|published|"
                           r"disclosed|revealed|broke)\b", re.I)
_REPORTS = re.compile(r"\s+(?:\w+\s+)?(?:reported|reports|said|says|announced|confirmed|published|disclosed|revealed|broke)\b")
_ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?(?:official\s+)?$", re.I)
_VENUE = re.compile(r"\b(?:at|inside|outside|near)\s+(?:the\s+)?$", re.I)  # "in Congress" is membership
_VAGUE = re.compile(r"(?:dozens|hundreds|thousands|millions|billions|several|many|scores)", re.I)
# A typed answer span this many tokens or fewer from a matched focus term is "about" it.
NEAR_TOKENS = 12
QUOTED_PENALTY = 6  # tokens of distance added to a name inside a quotation

# A rate given per a base rather than in percent ("20.1 per 100,000 live births").
_PER = re.compile(r"[\d.,]+\s+per\s+(?:[\d,]+|one|a|every)\b", re.I)
_NUMBER_OF = re.compile(r"\b(?:number|count|total) of\s+((?:[\w\-]+\s+){0,2}[\w\-]+)", re.I)
_BARE = re.compile(r"\s*(?:[,.;:)]|$|\s*(?:in|on|at|from|to|as|by|last|this|a|an|the|and|or)\b)", re.I)
_TOLD = re.compile(r"(?:\s+[\w\-]+){0,2}?\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(injured|wounded|hurt)\b", re.I)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


# Titles news abbreviates, read as the roles they name: "Sen. Steve Daines" is a senator.
_TITLE_ROLES = {"Sen": "senator", "Rep": "representative", "Gov": "governor", "Gen": "general", "Sec": "secretary",
                "Amb": "ambassador", "Adm": "admiral", "Atty": "attorney", "Supt": "superintendent",
                "CEO": "executive", "CFO": "financial", "COO": "operating"}
_TITLES_RX = re.compile(r"\b(Sen|Rep|Gov|Gen|Sec|Amb|Adm|Atty|Supt)\.|\b(CEO|CFO|COO)\b")


def stems_of(text: str) -> set[str]:
    out = {stem(w) for w in words(text) if w not in STOPWORDS}
    if "." not in text and "CEO" not in text and "CFO" not in text and "COO" not in text:
        return out
    # Dotted acronyms count undotted too: the Times' "F.B.I." is the question's "FBI".
    out |= {m.group().replace(".", "").lower() for m in _DOTTED.finditer(text)}
    return out | {stem(_TITLE_ROLES[m.group(1) or m.group(2)]) for m in _TITLES_RX.finditer(text)}


def name_hit(stems: frozenset[str], have: set[str]) -> bool:
    # A name counts when its most specific word is there ("Raul Labrador" -> "labrador").
    long = [s for s in stems if len(s) > 2] or list(stems)
    return any(s in have for s in long)


_NAME_PREFIXES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "prime", "minister", "secretary",
                  "judge", "justice", "chief", "vice", "former", "acting", "defense", "state", "representative",
                  "speaker", "house", "senate", "senator", "governor", "mayor", "leader", "republican",
                  "democrat", "democratic", "u.s.", "us", "then", "lt", "col", "adm"}


# Short forms a question uses for a name a sentence spells out ("Which U.S. city": "United States" is
# the question's own place, not an answer).
ALIASES = {"united states": ("u.s.", "us", "america", "u.s.a."), "united kingdom": ("u.k.", "uk", "britain"),
            "united nations": ("u.n.", "un")}


def _plain(text: str) -> str:
    """Accents dropped ("Raúl" is "Raul")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _name_tokens(text: str) -> list[str]:
    toks = [re.sub(r"['’]s$", "", t).strip(".,").lower() for t in _plain(text).split()]
    if "of" in toks[2:]:  # "Representative Rashida Tlaib of Michigan": the name ends before "of"
        toks = toks[:toks.index("of", 2)]
    toks = [t for t in toks if t and not (len(t) == 1 or re.fullmatch(r"[a-z]\.", t))]
    while len(toks) > 1 and toks[0] in _NAME_PREFIXES:
        toks.pop(0)
    return toks


def same_entity(a: str, b: str) -> bool:
    """Whether two name mentions are the same entity: same last word and same (or no) first word
    once titles are dropped ("Defense Secretary James Mattis" ~ "James Mattis", "Trump" ~ "Donald
    Trump"; but "Seth Hutchinson" is not "Asa Hutchinson", nor "Kim Yo Jong" "Kim Jong Un")."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0]:  # "Jim" ~ "James"
        return True
    # A description before the name ("Idaho Rep. Raul Labrador"): the other's first name is inside it.
    short, long_ = sorted((ta, tb), key=len)
    return short[0] in long_[:-1]


def reports_question(analysis: QuestionAnalysis) -> bool:
    """ "Who reported it?": a news agency answers it as well as a person does."""
    return analysis.answer_type == "person" and bool(_WHO_REPORTED.match(analysis.question))


def _asked(st: str, q_stems: set[str]) -> bool:
    """Whether the question has this stem, or a word made from it ("America" in "Central American",
    "Jordan" in "Jordanian"): the answer cannot be what the question already names."""
    return st in q_stems or (len(st) >= 5 and st.isalpha() and any(q.startswith(st) for q in q_stems))


def _token_positions(text: str) -> list[tuple[int, str]]:
    return [(m.start(), stem(m.group().lower())) for m in re.finditer(r"[\w’'\-.%$]+", text)]


def answer_spans(sent: str, analysis: QuestionAnalysis, q_norms: set[str], q_stems: set[str],
                  matched: set[str], body: str = "") -> list[Span]:
    """Spans of the expected type that are new to the question, nearest to the matched terms first."""
    if analysis.answer_type is None:
        return []
    toks = _token_positions(sent)
    hits = [i for i, (_, st) in enumerate(toks) if st in matched]
    out: list[tuple[float, Span]] = []
    no_names = caseless(sent)  # its one capital starts the sentence: no evidence of a name
    dateline = _DATELINE.match(sent)
    # "Who reported it?" is answered by a news agency as well as a person: an organisation that is the
    # subject of a reporting verb ("the Korean Central News Agency reported") or its source ("according to KCNA").
    who_reports = reports_question(analysis)
    spans = typed_spans(sent)
    if no_names:  # lower-cased text: names by how often English capitalises their words
        spans = sorted([sp for sp in spans if sp.type not in NAMED] + [
            n for n in caseless_names(sent) if not any(n.start < sp.end and sp.start < n.end for sp in spans
                                                       if sp.type not in NAMED)], key=lambda sp: sp.start)
    if analysis.head:  # "U.S. Navy Sailor Kristian Saucier" holds the answer to "which sailor"
        spans = [after_noun(sent, sp, analysis.head) if sp.type in NAMED else sp for sp in spans]
    for sp in spans:
        if sp.type not in TYPE_GROUPS.get(analysis.answer_type, ()) and not (
                sp.type == "org" and who_reports and (_REPORTS.match(sent[sp.end:]) or _ACCORDING.search(sent[:sp.start]))):
            continue
        if sp.type in NAMED and not no_names and opens_with_common_word(sent, sp, body):
            continue
        if sp.type in NAMED and not no_names and _common_word(sp.text):
            continue  # "a U.S. Magistrate judge": a capitalised title, not a name
        if analysis.answer_type == "person" and (_ATTRIBUTIVE.match(sent[sp.end:]) or
                                                 _CALLED_ORG.search(sent[max(0, sp.start - 30):sp.start])):
            continue  # "the Biden administration", "french publication le figaro": not a person
        if sp.type == "name" and re.search(r"\d", sp.text):
            continue  # "Covid-19", "F-35": a disease or a model, not who or where
        if sp.type in NAMED and dateline and sp.end <= dateline.end():
            continue  # "WASHINGTON —": where the story was filed, not where anything happened
        venue = _VENUE.search(sent[max(0, sp.start - 12):sp.start])
        if analysis.answer_type == "place" and sp.type == "org" and not venue:
            continue  # an organisation answers "where" only as a venue
        if analysis.answer_type == "org" and COURTESY.search(sent[max(0, sp.start - 6):sp.start]):
            continue  # "Mr. Gowdy" is a person, whatever an organisation question accepts
        if analysis.answer_type == "org" and sp.type == "person" and analysis.head and not beside_head(
                analysis.head, sent, sp) and not rarely_capitalised(sp.text.split()[-1].lower().strip(".,’'")):
            # "which law firm": "James Comey" is a firm only where the sentence calls it one. A name
            # ending in an ordinary word ("Platte River Networks") is an organisation's anyway.
            continue
        if analysis.head in _BUSINESS_HEADS and \
                unpossessed(sp.text.split()[-1].lower()).strip(".,’'") in _PUBLIC_BODIES:
            continue  # "which company": the State Department or a committee is not one
        if analysis.head and analysis.head not in WIDE_HEADS and sp.norm.lower().removeprefix("the ") in WIDE_PLACES:
            continue  # "which city", "which resort": a country or a state is not one
        if analysis.head in _COUNTRY_HEADS and sp.norm.lower() in _ONLY_STATES:
            continue  # "which Central American country": Texas is a state
        if analysis.head and sp.type in NAMED and _unnamed(analysis.head, sent, sp):
            continue  # "at a bar near the Capitol": the bar has no name here, the Capitol is not it
        if not fits_measure(sent, sp, analysis.measure):
            continue
        # Already in the question (initials aside: "Donald J. Trump" is the question's "Donald Trump").
        # (Numbers always count: "3 - 0" or "5 people" is new unless the question has the number.)
        if sp.norm in q_norms or all(_asked(x, q_stems) for x in stems_of(sp.text) if len(x) > 1 or x.isdigit()):
            continue
        # (A name that is only the asked-for noun, "PAC" in "which super PAC", is not the answer's twin.)
        if sp.type in NAMED and any(same_entity(sp.text, c.text) for c in analysis.names
                                    if not (analysis.head and c.stems <= {analysis.head})):
            continue
        idx = next((i for i, (pos, _) in enumerate(toks) if pos >= sp.start), len(toks))
        dist = min((abs(idx - h) for h in hits), default=NEAR_TOKENS * 2)
        unit = {stem(w) for w in words(sp.text)[1:]}
        if analysis.answer_type == "score" and sp.type == "count" and not re.search(r"\bvotes?\b", sp.text):
            continue  # a tally is "68-32" or "12 votes", not "1.6 million women"
        if sp.type == "count" and _VAGUE.fullmatch(sp.text.split()[0]):
            continue  # "dozens", "thousands": not an answer to how many
        if analysis.unit and sp.type in ("money", "percent") and not analysis.unit & _MONEY_UNITS:
            continue  # "how many votes" is not answered by "$3.5 trillion"
        if analysis.unit and sp.type in ("count", "duration", "score"):
            # "How many votes": the count must be of votes ("2,000 votes", or "2,000" followed by "votes").
            # The counted noun may follow a few modifiers ("50 new 600mm-calibre multiple rocket launchers").
            after = _counted(sent[sp.end:sp.end + 60]) if not re.search(r"\d-[a-z]+$", sp.text) else set()
            # A toll may come after its verb ("killed 13 troops", "the dead surpassed 125"), or be a bare
            # number in a sentence about the toll ("the death toll rose above 150 on Saturday").
            before = set()
            if analysis.unit in (DEATH_UNITS, INJURY_UNITS):
                before = {stem(w) for w in words(sent[max(0, sp.start - 40):sp.start])[-2:]}
                if analysis.unit == DEATH_UNITS and not unit and stems_of(sent) & DEATH_UNITS:
                    before.add(stem("toll"))
                # "six people were wounded": the participle after the counted noun says what was counted.
                told = _TOLD.match(sent[sp.end:]) if analysis.unit == INJURY_UNITS else None
                if told:
                    before.add(stem(told.group(1).lower()))
            # A bare figure in a sentence that says what it counts ("the number of people collecting
            # benefits dropped to 2.59 million").
            if _BARE.match(sent[sp.end:]):
                before |= {stem(w) for m in _NUMBER_OF.finditer(sent) for w in words(m.group(1))}
            if not (unit | after | before) & analysis.unit:
                continue
            dist = min(dist, NEAR_TOKENS)  # the counted noun is beside it: kept however far the question's words are
        if sp.type in ("name", "person", "org", "place") and _DEMONYM.fullmatch(sp.text):
            continue  # "Americans", "R-Calif.", "Mormon": descriptions, not who or where
        party = re.fullmatch(r"(.+?)\s+(?:Republicans?|Democrats?)", sp.text)
        if sp.type in NAMED and party and party.group(1).lower() in PLACES:
            continue  # "a Montana Republican": which party and state, not who
        if sp.type in NAMED and sp.norm in HOLIDAYS:
            continue  # "over Easter weekend": a time of year, not who or where
        # A count whose unit is what the question counts ("how many launchers" / "50 launchers") is the answer,
        # as is a name the sentence calls by the question's noun ("the law firm Patton Boggs").
        bonus = 3 if unit & analysis.focus else 0
        if analysis.head and beside_head(analysis.head, sent, sp):
            bonus += NEAR_TOKENS
        # The type the question wants exactly (a full person name for "who") beats a bare capitalised word.
        weak = 4 if sp.type == "name" and analysis.answer_type in ("person", "place", "org") else 0
        if analysis.answer_type == "percent" and sp.type != "percent" and not _PER.match(sent[sp.start:]):
            weak += NEAR_TOKENS  # "what was the unemployment rate": 6.1%, not the 266,000 jobs beside it
        if sp.type in NAMED and _quoted(sent, sp.start):
            weak += QUOTED_PENALTY  # a name inside a quotation is what was said, rarely who did it
        out.append((dist - bonus + weak, sp))
    # A full person's name answers "who" before a bare capitalised word of the same sentence ("Billionaire
    # Amazon founder Jeff Bezos ... after Richard Branson reached space": Branson, not Amazon).
    person = analysis.answer_type == "person" and any(sp.type == "person" for d, sp in out if d <= NEAR_TOKENS)
    out.sort(key=lambda x: (person and x[1].type != "person", x[0]))
    return [sp for d, sp in out if d <= NEAR_TOKENS]


_LINK = r"[\s,:“”\"'‘’]*"


def _common_word(text: str) -> bool:
    """A one-word span English rarely capitalises (see `casing.rarely_capitalised`)."""
    return " " not in text.strip() and rarely_capitalised(unpossessed(text).strip(".,").lower())


def beside_head(head: str, sent: str, sp: Span) -> bool:
    """Whether the sentence calls the span by the (stemmed) head noun: the noun just before it ("law
    firm Patton Boggs", "the judge, James E. Boasberg", "the firm of ..."), or just after it, as a compound ("Fort Lee
    military base") or an apposition ("Patton Boggs, a Washington law firm")."""
    h = rf"{re.escape(head)}\w*\b(?!['’]s\b)"  # "the group’s director" is not the group
    # "the firm of Patton Boggs" names the firm; "the daughters of Sir Paul" do not name the daughters.
    of = r"(?:\s+of)?" if head not in _PERSON_HEADS else ""
    if re.search(rf"\b{h}{of}{_LINK}$", sent[max(0, sp.start - 40):sp.start], re.I):
        return True
    lead = sent[max(0, sp.start - 6):sp.start]
    title = _TITLES_RX.search(lead)  # "Sen. Steve Daines" for "which senator"
    if title and not lead[title.end():].strip() and stem(_TITLE_ROLES[title.group(1) or title.group(2)]) == head:
        return True
    after = sent[sp.end:sp.end + 60]
    return bool(re.match(rf"\s+(?:(?!(?:the|a|an|and|or|of|to|in)\b)[\w\-]+\s+){{0,2}}?{h}", after, re.I)
                or re.match(rf"\s*,\s*(?:a|an|the)\s+(?:[\w\-.’']+\s+){{0,3}}?{h}", after, re.I))


def _counted(after: str) -> set[str]:
    """The noun a count counts, from the words after it: the first plural before a stopword ("50
    600mm-caliber multiple rocket launchers to the congress" counts launchers, not rockets), else
    every word of that run ("2,000 voters' ballots"). A hyphened count ("a 95-member caucus") is
    an attribute and counts nothing after it (the caller skips it)."""
    run: list[str] = []
    for w in words(re.split(r"[,;.:()]", after)[0])[:5]:
        if w in STOPWORDS:
            break
        run.append(w)
    plural = next((w for w in run if plural_noun(w)), None)
    return {stem(plural)} if plural else {stem(w) for w in run}


def _quoted(sent: str, at: int) -> bool:
    """Whether position `at` lies inside a quotation opened earlier in the sentence (curly quotes, or
    an odd number of straight double quotes before it)."""
    before = sent[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _unnamed(head: str, sent: str, sp: Span) -> bool:
    """The sentence brings in the asked-for thing with an indefinite article ("a bar", "an Army base")
    and the span does not follow it as its name."""
    for m in re.finditer(rf"\b(?:a|an|another)\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(head)}\w*\b", sent, re.I):
        after = sent[m.end():sp.start] if sp.start >= m.end() else None  # "a bar called The Dubliner"
        before = sent[sp.end:m.start()] if sp.end <= m.start() else None  # "Fort Lee, an Army base"
        named = (after is not None and _NAMING.fullmatch(after)) or (before is not None and re.fullmatch(r"[\s,]*", before))
        if not named and not sp.start <= m.start() <= sp.end:
            return True
    return False


def role_elsewhere(role: str, sp: Span, body: str) -> bool:
    """Whether the article puts the span's surname within a few words of the role ("official", stemmed)."""
    if sp.type not in ("person", "name"):
        return False
    surname = re.escape(re.sub(r"['’]s$", "", sp.text.split()[-1]).strip(".,’'"))
    near = rf"\b{surname}\b[^.;]{{0,60}}\b{role}\w*|\b{role}\w*\b[^.;]{{0,60}}\b{surname}\b"
    return bool(re.search(near, body, re.I))
