"""Question analysis: what kind of question, what type of answer it expects, and the constraints
(names, numbers, years, quoted phrases, key terms) any answer must satisfy.

The extractive answerer and the LLM prompt both use it: the kind picks the answer's shape, the
expected type picks candidate spans, and the constraints decide whether the evidence answers the
question or only talks about its topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.answer_type import HEAD, answer_type_of, as_which, role_of
from assistant.answer.fit import measure_of, opens_with_common_word
from assistant.answer.outlets import find_outlets, mask_outlets
from assistant.text.casing import capital_share
from assistant.text.entities import ANCHOR_SHARE, YEAR, typed_spans
from assistant.text.gazetteer import DEMONYMS
from assistant.text.lexical import IRREGULAR_PAST, PREPOSITIONS, STOPWORDS, plural_noun, stem, words
from assistant.text.values import numbers

KINDS = ("factoid", "list", "why", "yesno", "broad", "comparison")

# Words that shape a question but say nothing about what it is about.
QUESTION_WORDS = frozenset(stem(w) for w in """
what when where who whom whose which why how many much kind type sort exactly happen happened happening
tell know according anything something did does do was were is are has have had been being can could
would should will shall may might describe described frame framed characterize characterise portray
report reported cover covered say said says according name named give given article articles outlet
outlets story latest news update new mention mentioned
""".split())

_AUX = r"(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|may|might|must)"
_BROAD = re.compile(
    r"^\s*(?:so\s+)?(?:what(?:'s|’s| is| was| has)? (?:happened|happening|going on|the latest|new|the news|the story)|"
    r"what happened|tell me (?:about|more)|give me (?:an overview|a summary|the gist)|summari[sz]e|"
    r"what do (?:we|the articles) know about|what(?:'s| is) the story|any news|catch me up|brief me)\b",
    re.IGNORECASE)
_COMPARE = re.compile(
    r"\b(?:how do(?:es)?|how did|what do|in what ways? do|where do)\b.*\b(?:describe|frame|characteri[sz]e|portray|"
    r"cover|report|present|differ|disagree|compare|depict|explain|treat|call)\b|\bcompare\b|\bdiffer(?:ent|ences?)?\b.*\b"
    r"(?:outlets?|sources?|reports?|coverage)\b|\bversus\b|\bvs\.?\b",
    re.IGNORECASE)
_LIST = re.compile(r"(?:^|,)\s*(?:(?:in|on|at|from|for|during|by)\s+)?(?:which|what|who)\s+"
                   r"(?:(?:two|three|four|five|several|other)\s+(?:[a-z]+\s+)?[a-z]+s\b|"
                   r"(?!(?:was|is|has|does|news|series|species)\b)[a-z]*[a-rtv-z]s\b(?!\s+(?:is|was|has)\b))"
                   r"|\b(?:list|name the|what are (?:the|some)|who were the|which are)\b", re.IGNORECASE)

@dataclass
class Constraint:
    """Something the question is about that an answering sentence or its article must mention."""

    text: str
    kind: str  # name | qualifier | number | year | quoted | term
    stems: frozenset[str]
    norm: str = ""


@dataclass
class QuestionAnalysis:
    question: str
    kind: str
    answer_type: str | None  # money | percent | number | date | place | org | person | None (open)
    constraints: list[Constraint] = field(default_factory=list)
    focus: frozenset[str] = frozenset()  # content stems of the question (names included)
    outlets: list[str] = field(default_factory=list)  # outlets the question names (comparison)
    unit: frozenset[str] = frozenset()  # what a how-many question counts ("votes")
    role: str | None = None  # the role a "which judge/senator/..." question asks for, stemmed
    head: str | None = None  # the noun a which/what question asks for ("castle"), stemmed
    measure: str | None = None  # what a number or date measures: distance | weight | age | year | day
    predicate: frozenset[str] = frozenset()  # the question's main verb ("endorse"), stemmed
    negated: bool = False

    @property
    def names(self) -> list[Constraint]:
        return [c for c in self.constraints if c.kind == "name"]

    @property
    def wh_names(self) -> list[Constraint]:
        """Names inside the wh-phrase ("Which Texas senator"): they describe the answer itself."""
        return [c for c in self.names if in_wh_phrase(c.text, self.question)]

    @property
    def values(self) -> list[Constraint]:
        """Numbers and years in the question: a false premise usually hides in one of these."""
        return [c for c in self.constraints if c.kind in ("number", "year")]


def in_wh_phrase(name: str, question: str) -> bool:
    """Whether `name` follows "which/what" with at most one word between ("which English city")."""
    return bool(re.search(rf"\b(?:which|what)\s+(?:[\w\-]+\s+)?{re.escape(name)}\b", question, re.I))


def _focus_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text) if w not in STOPWORDS and stem(w) not in QUESTION_WORDS
                     and len(w) > 1)


# Capitalised words too common or too variously written ("U.S." / "US") to demand in an article.
_GENERIC_NAMES = {"what", "who", "how", "u.s.", "u.s", "us", "usa", "america", "american", "americans", "covid",
                  "covid-19", "coronavirus", "tv", "white house", "washington", "congress", "president", "mr",
                  "mrs", "ms", "dr", "besides", "after", "before", "during", "since", "under", "in", "on", "at",
                  "tell", "give", "show", "summarise", "summarize", "list", "name", "explain", "describe",
                  "compare", "according", "so", "and", "but", "please", "brief", "catch", "gop"}
# Only action auxiliaries: after "is/was/has" the next word is usually a noun ("How old is the photographer").
# Lower case, or capitalised only at the start: "May 2018" is a month, not the auxiliary.
_AUX_SPLIT = re.compile(r"\b(?:did|does|do|will|would|can|could|should|must|might|may)\b|"
                        r"^\s*(?:Did|Does|Do|Will|Would|Can|Could|Should|Must|Might|May)\b")
_NOT_PARTICIPLES = {"between", "often", "even", "seven", "eleven", "women", "children", "citizen", "citizens",
                    "kitchen", "garden", "screen", "open", "golden", "sudden", "dozen", "listen"}
_GENERIC_VERBS = {stem(w) for w in "happen take make get go come say tell show use become begin start end".split()}
# Irregular past tenses, which the "-ed" rule for subject questions misses ("Which judge threw out ...").
_PAST = "|".join(sorted(IRREGULAR_PAST, key=lambda w: (-len(w), w)))


# A death toll counts the dead, however a sentence words it ("killed 13", "Ninety people have died").
DEATH_UNITS = frozenset(stem(w) for w in "dead killed died deaths people lives victims fatalities bodies toll".split())
_DEATH_QUESTION = re.compile(r"\bdeath tolls?\b|\bhow many (?:people )?(?:had |have |has )?(?:died|were killed|been killed|"
                             r"are dead|were dead|dead)\b|"
                             r"\bnumber of (?:dead|deaths|people killed|fatalities)\b", re.I)


# The injured are counted apart from the dead ("189 people killed and 516 injured").
INJURY_UNITS = frozenset(stem(w) for w in "injured wounded hurt injuries".split())
_INJURY_QUESTION = re.compile(r"\bhow many (?:[\w\-’']+\s+){0,9}?(?:wounded|injured|hurt)\b|"
                              r"\bnumber of (?:people )?(?:injured|wounded|injuries)\b", re.I)


def _unit(question: str) -> frozenset[str]:
    """What a how-many question counts: the words between 'how many' and the verb."""
    if _DEATH_QUESTION.search(question):
        return DEATH_UNITS
    if _INJURY_QUESTION.search(question):
        return INJURY_UNITS
    m = re.search(r"\bhow many ([\w\-’'. ]+?)(?=\s+(?:did|do|does|were|was|are|is|have|has|had|will|would|"
                  r"could|can|should|must|remain|died|took|attended|voted)\b|[?,]|$)", question, re.I)
    if not m:
        return frozenset()
    # The head noun: the last word before "of/in/..." ("members of the caravan" counts members),
    # else the phrase's last word ("military deferments" counts deferments).
    # A participle ends the noun phrase too ("notes written by ..." counts notes).
    phrase = re.split(r"\b(?:of|in|at|on|for|from|to|by|with|that|who|which|\w+ed|written|taken|given|held|"
                      r"seen|made|sold|stolen|shot|hurt|left|kept|found|known|done|put|sent|brought|bought)\b",
                      m.group(1), maxsplit=1)[0]
    # A determiner starts the clause after the noun: "how many people the gunman hit" counts people.
    phrase = re.split(r"\b(?:the|a|an|his|her|its|their|this|that|these|those)\b", phrase, maxsplit=1)[0] or phrase
    ws = [w for w in words(phrase) if w not in STOPWORDS] or [w for w in words(m.group(1)) if w not in STOPWORDS]
    # The first plural is the counted noun when a verb follows it ("Chinese military planes flew").
    plural = next((w for w in ws if plural_noun(w)), None)
    return frozenset(stem(w) for w in ([plural] if plural else ws[-1:]))


# Generic nouns, and nouns of the answer types (a year is found as a year, not by the word "year").
_GENERIC_HEADS = {"kind", "type", "sort", "name", "part", "way", "one", "ones", "thing", "things", "else",
                  "year", "years", "date", "dates", "day", "days", "month", "months", "time", "number", "amount"}


def _head(question: str) -> str | None:
    """The noun a which/what question asks for ("At which Irish castle did ..." -> castle), stemmed;
    None when the wh-word has no noun ("What did ...") or a generic one ("what kind of ...")."""
    m = re.match(rf"^\s*(?:[\w’']+\s+){{0,2}}?(?:which|what)(?!\s+{_AUX}\b)((?:\s+[\w’'\-]+(?:\.\w+)*\.?){{1,5}}?){HEAD}",
                 question, re.I)
    if not m:
        return None
    head = re.sub(r"['’]s$", "", m.group(1).split()[-1].lower())
    if head in STOPWORDS or head in _GENERIC_HEADS or head.endswith("ly") or re.fullmatch(_AUX, head) \
            or stem(head) in QUESTION_WORDS:
        return None
    return stem(head)


def _predicate(question: str) -> frozenset[str]:
    """The main verb after 'did/was/will <subject>' ("endorse" in 'When did Sanders endorse Clinton?')."""
    m = _AUX_SPLIT.search(question)
    # A subject question's verb that comes before any auxiliary is the main one: "Which senator seized
    # on the estimate that the bill would deepen the deficit" asks who seized, not who deepened.
    first = re.match(rf"\s*(?:[Ww]hich|[Ww]hat)\s+(?:[\w.’'\-]+\s+){{1,5}}?([a-z]{{3,}}ed|{_PAST})\b", question)
    if m and first and first.end(1) <= m.start():
        m = None
    if not m:
        # A question about the subject names its verb first: "Who replaced John Dowd", "Which Alabama
        # official defended Roy Moore"; a perfect one after its subject: "When had Donald Trump signed".
        subj = re.match(r"\s*(?:and\s+|so\s+|but\s+)?who\s+([a-z]{3,})\b", question, re.I) or first or \
            re.search(r"\b(?:had|has|have)\s+(?:[A-Z][\w.’'\-]*\s+){1,4}([a-z]{3,}(?:ed|en))\b", question)
        if subj and subj.group(1).lower() not in STOPWORDS and not re.fullmatch(_AUX, subj.group(1).lower()):
            st = stem(subj.group(1).lower())
            if st not in _GENERIC_VERBS and st not in QUESTION_WORDS:
                return frozenset({st})
        # A progressive one after a named subject: "Which sailor was Trump alluding to".
        prog = re.search(r"\b(?:was|were|is|are)\s+(?:[A-Z][\w.’'\-]*\s+){1,4}([a-z]{3,}ing)\b", question)
        if prog and prog.group(1) not in STOPWORDS:
            return frozenset({stem(prog.group(1))}) - _GENERIC_VERBS
        # A passive question names its verb as a participle: "When was the bill signed", "had ... been elected".
        found = (p.group(1) for p in re.finditer(r"\b(?:was|were|is|are|been|be)\s+(?:[\w.’'\-]+\s+){0,6}?"
                                                  r"([a-z]{3,}(?:ed|en))\b", question))
        verb = next((w for w in found if w not in STOPWORDS and w not in _NOT_PARTICIPLES), "")
        st = stem(verb) if verb else ""
        return frozenset({st}) if st and st not in _GENERIC_VERBS and st not in QUESTION_WORDS else frozenset()
    # Without a part-of-speech model the verb is one of the first run of lower-case content words
    # after the auxiliary ("did the CDC's vaccine advisory committee recommend lifting ..."): any of
    # them counts. A run that comes before any name and is followed by one describes the subject
    # ("did army intelligence officer Brian Gemmell hand ..."): the verb is in the next run.
    toks = list(re.finditer(r"[\w’'\-]+", question[m.end():]))
    runs: list[list[str]] = [[]]
    seen_name = False
    for tok in toks:
        w = tok.group()
        low = w.lower()
        if w[0].isupper():
            if runs[-1] and not seen_name and len(runs) == 1:
                runs.append([])  # the description ends at the name: start the next run
            elif runs[-1]:
                break
            seen_name = True
            continue
        if low in PREPOSITIONS:
            break  # "could be among the biggest": a phrase that opens with a preposition has no verb
        if not w[0].isalpha() or low in STOPWORDS or low.endswith(("'s", "’s")) or \
                (low.endswith("ly") and len(low) > 4) or low in ("be", "been", "being", "all", "ever", "first"):
            if runs[-1]:
                break
            continue
        runs[-1].append(low)
    run = next((r for r in reversed(runs) if r), [])
    if len(run) > 1 and run[-1].endswith("ing"):
        run = run[:-1]  # "recommend lifting": the gerund is the object
    out = frozenset(stem(w) for w in run[:4]) - _GENERIC_VERBS - QUESTION_WORDS
    return out if len(out) == len({stem(w) for w in run[:4]}) else frozenset()


def _kind(question: str, outlets: list[str]) -> str:
    q = question.strip()
    if _BROAD.search(q):
        return "broad"
    if len(outlets) >= 2 or (outlets and _COMPARE.search(q)) or (_COMPARE.search(q) and re.search(
            r"\b(?:outlets?|sources?|papers?|media|networks?|reports?|coverage|sides?)\b", q, re.I)):
        return "comparison"
    if re.match(r"^\s*(?:why|how come)\b", q, re.I) or re.search(
            r"\b(?:what|which) (?:caused|prompted|led to|triggered|drove|motivated)\b|\bfor what reason\b|"
            r"\bwhat (?:was|is|were) the (?:reason|cause|purpose|motive|goal|aim)\b|\bwhat reasons?\b", q, re.I):
        return "why"
    if re.match(r"^\s*how\b(?!\s+(?:many|much|long|far|old|big|large|tall|high|deep|often|soon|heavy|wide|fast))", q, re.I):
        return "why"  # how did/does X happen: an explanation, answered like a why-question
    if re.match(rf"^\s*{_AUX}\b", q, re.I):
        return "yesno"
    if _LIST.search(q):
        return "list"
    return "factoid"


# A clause or phrase before the question proper: "When CDC advisers backed the shots, which group did
# they ...", "According to NBC News, how many ...", "Apart from two regulators, scientists from which body ...".
_LEAD_CLAUSE = re.compile(r"^\s*(?:when\b)?(?:(?!\b(?:which|what|who|whom|whose|where|when|how|why)\b)[^?])*?,\s*"
                          r"(?=(?:[\w’'\-]+\s+){0,3}?(?:which|what|who|whom|whose|where|when|how|why)\b)", re.I)


def analyse(question: str, known_outlets: list[str] | None = None) -> QuestionAnalysis:
    """Kind, expected answer type and constraints of a question."""
    q = question.strip()
    outlets = find_outlets(q, known_outlets or [])
    # The kind and the answer's type come from the question proper; names and terms from all of it.
    lead = _LEAD_CLAUSE.match(q)
    main = q[lead.end():] if lead else q
    kind = _kind(main, outlets)
    constraints: list[Constraint] = []
    outlet_low = {o.lower() for o in outlets}
    masked = mask_outlets(q, outlets, known_outlets)
    for s in typed_spans(masked):
        if s.type in ("person", "org", "place", "name"):
            if s.text.lower() in outlet_low or s.norm in _GENERIC_NAMES or opens_with_common_word(masked, s, ""):
                continue  # ("Starting on what date ...": the capital is the question's, not a name's)
            st = frozenset(stem(w) for w in words(s.text) if w not in STOPWORDS)
            if st:
                # "which English city", "which Army base": a qualifier of the answer, which an article
                # need not repeat ("Fort Lee military base").
                qualifies = (s.norm in DEMONYMS or s.type == "org" and " " not in s.text
                             and (capital_share(s.norm) or 1.0) < ANCHOR_SHARE) and in_wh_phrase(s.text, masked)
                role = "qualifier" if qualifies else "name"
                constraints.append(Constraint(s.text, role, st, s.norm))
        elif s.type == "year":
            constraints.append(Constraint(s.text, "year", frozenset({s.text[:4]}), s.text[:4]))
        elif s.type in ("count", "money", "percent", "score"):
            if s.type == "count" and not numbers(s.text):
                continue  # "millions of users", "dozens": a vague quantity states no figure to check
            constraints.append(Constraint(s.text, "number", frozenset({s.norm}), s.norm))
        elif s.type == "date":
            for y in YEAR.findall(s.text):
                constraints.append(Constraint(y, "year", frozenset({y[:4]}), y[:4]))
    # Quoted phrases: double quotes, or single quotes that open after a space (not an apostrophe).
    for m in re.finditer(r"[\"“]([^\"”]{3,60})[\"”]|(?:(?<=\s)|^)[‘']([^‘’']{3,60})[’'](?!\w)", q):
        phrase = m.group(1) or m.group(2)
        st = frozenset(stem(w) for w in words(phrase) if w not in STOPWORDS)
        if st:
            constraints.append(Constraint(phrase, "quoted", st, phrase.lower()))
    focus = _focus_stems(q)
    outlet_stems = {stem(w) for o in outlets for w in words(o)}
    if outlets:
        focus = frozenset(focus - outlet_stems)
    # "Do A and B agree on ...": the comparison's own verb says nothing about the answering sentences.
    predicate = _predicate(main) if kind != "comparison" else frozenset()
    return QuestionAnalysis(question=q, kind=kind, answer_type=answer_type_of(main, kind), constraints=constraints,
                            focus=focus, outlets=outlets, unit=_unit(main), predicate=predicate, role=role_of(main),
                            head=_head(as_which(main)), measure=measure_of(main),
                            negated=bool(re.search(r"\b(?:not|never|n't|no longer)\b", q, re.I)))


_TYPE_WORDS = {"money": "an amount of money", "percent": "a percentage", "number": "a number",
               "date": "a date or time", "place": "a place", "org": "an organisation", "person": "a person"}
_SHAPES = {
    "factoid": "Answer in one sentence that states the answer and cites it.",
    "list": "Give each item in its own short cited sentence.",
    "why": "Give the reason(s) the sources state, each cited; do not infer reasons they do not state.",
    "yesno": "Say what the sources state on this point, cited; if they do not settle it, refuse.",
    "broad": "Summarise what happened in two to four cited sentences, most important first.",
    "comparison": "Give each outlet's version side by side, one cited sentence per outlet, naming the outlet.",
}


def guidance_for(analysis: QuestionAnalysis | None) -> str:
    """What the question analysis tells an LLM about the answer it must give."""
    if analysis is None:
        return ""
    parts = [f"Question kind: {analysis.kind}. {_SHAPES.get(analysis.kind, '')}"]
    if analysis.answer_type:
        parts.append(f"The answer is {_TYPE_WORDS.get(analysis.answer_type, analysis.answer_type)}.")
    must = [c.text for c in analysis.constraints]
    if must:
        parts.append("Answer only if the sources state it for: " + "; ".join(must) + ". Otherwise refuse.")
    if analysis.outlets:
        parts.append("Outlets to compare: " + ", ".join(analysis.outlets) + ".")
    return " ".join(parts)


def condense_heuristic(question: str, history: list[tuple[str, str]] | None) -> str:
    """A follow-up with pronouns or few content words gets the previous questions' salient terms appended."""
    if not history:
        return question
    pronouns = {"it", "its", "they", "them", "their", "this", "that", "these", "those", "he", "him", "his",
                "she", "her", "there"}
    question_words = {"what", "who", "when", "where", "why", "how", "which"}
    ws = words(question)
    content = [w for w in ws if w not in STOPWORDS and w not in question_words]
    if not (set(ws) & pronouns) and len(content) >= 3:
        return question
    have = {stem(w) for w in content}
    salient: list[str] = []
    for prev_q, _prev_a in reversed(history[-2:]):
        for tok in re.findall(r"[\w’'\-]+", prev_q):
            w = tok.lower()
            if w in STOPWORDS or w in question_words or w in pronouns or stem(w) in have:
                continue
            have.add(stem(w))
            salient.append(tok)
    if not salient:
        return question
    return f"{question.rstrip()} ({' '.join(salient[:10])})"
