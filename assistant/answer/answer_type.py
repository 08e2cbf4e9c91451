"""The type of answer a question expects (a person, a place, an organisation, a date, a number of
something, ...) and, for a person, the role the question gives them ("which judge").

Rules over the wh-phrase, chosen on the dev halves of the question sets: the noun after "which" or
"what" names the type ("which goalkeeper" asks for a person, "which canal" for a place), and "how
many/much/long/far" or "when" ask for numbers, durations and dates.
"""

from __future__ import annotations

import re

from assistant.text.lexical import IRREGULAR_PAST, stem

# The type noun must be the head of the wh-phrase ("what prison term" asks for a term, not a prison).
HEAD = r"(?=\s+(?:[a-z]+ly\s+)?(?:co-|re-)?(?:was|is|were|are|did|does|do|has|have|had|will|would|could|can|of|in|at|on|that|which|where|" \
       r"who|whose|from|to|for|by|with|said|says|\w+ed|" + "|".join(sorted(IRREGULAR_PAST, key=lambda w: (-len(w), w))) + \
       r"|gets|makes|takes)\b|\s*[?,.]|$)"
# Nouns that name a person by what they are or do: "which goalkeeper" asks for a person's name.
PERSON_NOUNS = (
    "person|official|justice|judge|leader|senator|lawmaker|congressman|congresswoman|president|minister|"
    "spokesman|spokeswoman|spokesperson|lawyer|attorney|general|candidate|player|coach|actor|actress|singer|"
    "author|officer|governor|mayor|ceo|director|chairman|chairwoman|chair|secretary|member|suspect|victim|man|"
    "woman|men|women|people|sailor|soldier|aide|adviser|advisor|journalist|reporter|student|staffer|nominee|"
    "commander|activist|doctor|executive|founder|relative|son|daughter|wife|wives|husband|brother|sister|"
    "mother|father|representative|rep\\.|sen\\.|guest|celebrity|celebrities|star|priest|pastor|imam|rabbi|"
    "bishop|archbishop|cleric|defender|goalkeeper|keeper|striker|midfielder|forward|winger|captain|manager|"
    "boxer|fighter|champion|athlete|cyclist|runner|driver|pilot|chef|artist|photographer|writer|novelist|"
    "producer|musician|rapper|comedian|presenter|anchor|host|correspondent|columnist|editor|scientist|"
    "researcher|professor|teacher|nurse|surgeon|physician|midwife|coroner|magistrate|prosecutor|sheriff|auditor|"
    "treasurer|comptroller|"
    "detective|inspector|investigator|agent|diplomat|ambassador|envoy|king|queen|prince|princess|monarch|"
    "pope|cardinal|chancellor|premier|democrat|republican|conservative|billionaire|millionaire|tycoon|"
    "businessman|businesswoman|entrepreneur|investor|banker|economist|analyst|donor|fugitive|gunman|"
    "attacker|shooter|killer|murderer|bomber|hacker|whistleblower|protester|inmate|prisoner|detainee|"
    "hostage|survivor|witness|juror|plaintiff|defendant|teenager|girl|boy|grandmother|grandfather|"
    "granddaughter|grandson|uncle|aunt|nephew|niece|boyfriend|girlfriend|widow|employee|owner|resident|"
    "volunteer|rival|opponent|challenger|incumbent|successor|predecessor|heir|trainer|referee|umpire")

# A word that is no auxiliary: "what monthly payroll increase had economists" ends the wh-phrase at "had".
_NOT_AUX = r"(?!(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could)\b)"
# "which federal judge", "what U.S. city", "which Log Cabin Republicans executive director": up to four
# modifiers between the wh-word and its noun.
WH = rf"(?:what|which)(?: {_NOT_AUX}[\w.’'\-]+){{0,4}}?"
_TYPE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:by )?what (?:was the |is the )?(?:[\w’']+ )?(?:vote|margin|tally|score|scoreline)\b|"
                r"\bvote (?:count|tally|margin)\b|\bby how many votes\b", re.I), "score"),
    (re.compile(rf"\bhow long\b|\bfor how long\b|\bwhat (?:length|duration)\b|"
                rf"\b{WH} (?:prison |jail )?(?:term|sentence)\b{HEAD}|\b(?:prison|jail) time\b", re.I), "duration"),
    (re.compile(r"\bhow much\b.*\b(?:cost|pay|paid|spend|spent|worth|price|raise|raised|fine|fined|earn|"
                r"charge|owe|budget|money|funding|sell|sold|bill|sales|revenue|bring in|profit|loss|damages|gross|grossed)\b|"
                r"\bhow (?:large|big|high|steep|hefty) (?:was|is|were|are|will be|would be)? ?(?:the |a |an |his |her |its |their )?"
                r"(?:[\w’'\-]+ )?(?:fine|price|cost|bill|salary|budget|payment|payout|fee|settlement|penalty|bonus|ransom|"
                r"bail|donation|grant|loan|bailout|award|damages)\b|\bwhat (?:was |is )?(?:the )?(?:" + _NOT_AUX + r"[\w’'\-]+ ){0,2}?(?:price|cost|"
                r"amount|sum|fine|salary|budget|price tag|value|valuation|bill)\b", re.I), "money"),
    (re.compile(rf"\b{WH} (?:percentage|percent|share|proportion|rate)\b|\bhow much (?:of|percent)\b|"
                rf"\b{WH} (?:[\w\-]+ )?(?:rate|approval rating)\b|"  # "what jobless rate", "what approval rating"
                r"\bwhat (?:was|is|were|are) the (?:[\w.’'\-]+ ){0,3}?(?:percentage|share|proportion|rate)\b|"
                r"\bwhat (?:level|share) of (?:support|the vote)\b", re.I),
     "percent"),
    (re.compile(r"\bhow (?:many|much|far|old|big|large|tall|high|deep|often|heavy|wide|fast)\b|\bwhat (?:number|size|age|"
                r"calibre|caliber|margin|tally|total|count)\b|\bby how much\b|\bvote (?:count|tally)\b|"
                r"\b(?:what|which)(?: \w+){0,2} death toll\b|"
                # "what is the least a person can be awarded", "what did the jobless gauge come to"
                r"\bwhat (?:is|was|are|were|would be|will be) the (?:least|most|minimum|maximum)"
                r"(?= (?:a|an|the|he|she|it|they|we|you|one|any|anyone|someone|that)\b|\s*\?)|"
                r"^\s*what (?:did|does|do|will|would) (?:(?!\b(?:which|who|whom|whose|where|when|why|how)\b)[^?,])+ "
                r"(?:come to|amount to|total|stand at|add up to)\s*\?", re.I),
     "number"),
    (re.compile(rf"\bwhen\b|\b{WH} (?:days?|dates?|years?|months?|time|deadline)\b|\bhow soon\b", re.I),
     "date"),
    (re.compile(rf"\bwhere\b|\b{WH} (?:city|country|state|town|place|location|region|province|county|"
                rf"venue|island|village|capital|neighbou?rhood|airport|hospital|prison|base|camp|bar|restaurant|hotel|"
                rf"church|mosque|street|river|mountain|station|stadium|building|port|beach|park|cities|countries|"
                rf"canal|castle|resort|zoo|forest|arena|theatre|theater|museum|palace|lake|bridge|square|"
                rf"counties)s?\b{HEAD}", re.I), "place"),
    (re.compile(rf"\b{WH} (?:agency|company|organi[sz]ation|outlet|newspaper|network|party|group|"
                r"committee|court|department|ministry|firm|team|club|university|school|bank|union|airline|pac|"
                rf"body|panel|government|country's|website|publication|channel|companies|agencies|parties|"
                rf"bodies)s?\b{HEAD}", re.I), "org"),
    (re.compile(rf"^\s*(?:who|whom|whose)\b|\b(?:who|whom)\b|\b{WH} (?:{PERSON_NOUNS})s?\b{HEAD}|"
                rf"\b{WH} \d+-year-old\b", re.I), "person"),
]


# Roles an answer's sentence (or its article) must give the person: everything but kinship and the
# generic "man", "woman", "people" (a sentence about the topic names the right man without the word),
# nor "official", which every office is ("which state official" is answered by "the state auditor").
_ROLES = "|".join(n for n in PERSON_NOUNS.split("|") if n not in {
    "person", "man", "woman", "men", "women", "people", "member", "relative", "son", "daughter", "wife", "wives",
    "husband", "brother", "sister", "mother", "father", "guest", "star", "celebrity", "celebrities", "girl", "boy",
    "grandmother", "grandfather", "granddaughter", "grandson", "uncle", "aunt", "nephew", "niece", "boyfriend",
    "girlfriend", "widow", "rep\\.", "sen\\.", "general", "host", "chair", "forward", "keeper", "official"})


def role_of(question: str) -> str | None:
    """The role a person question names ("Which federal judge ..." -> judge): the answer's sentence
    must say it, or any name in a sentence about the topic would do."""
    m = re.search(rf"\b(?:which|what)(?: [\w.’'\-]+){{0,3}}? ({_ROLES})\b{HEAD}|"
                  rf"^\s*who (?:is|was|are|were) the (?:[\w.’'\-]+ ){{0,2}}?({_ROLES})\b{HEAD}", question, re.I)
    return stem((m.group(1) or m.group(2)).lower()) if m else None


def as_which(question: str) -> str:
    """ "What was the name of the bar ..." asks "which bar ..."."""
    return re.sub(r"\bwhat (?:is|was|were|are) the names? of (?:the |a |an )?", "which ", question, flags=re.I)


def answer_type_of(question: str, kind: str) -> str | None:
    """The answer type a question of `kind` expects, or None for an open question."""
    if kind in ("broad", "why", "yesno"):
        return None
    if kind == "comparison" and re.search(r"\b(?:death toll|how many|number of|count|tally|price tag|cost|"
                                          r"how much|figure)\b", question, re.I):
        return "number"
    if kind == "comparison":
        return None
    question = as_which(question)
    # A wh-phrase that names its type at the start ("Which jailed Navy sailor …") decides, whatever a
    # later clause says ("… was Trump alluding to when he …" is not a date question).
    if re.match(r"\s*(?:who|whom)\b", question, re.I):
        return "person"  # "Who ... when he became prime minister" asks for a person, not a date
    # ... also after a preposition: "At which law firm was X working when ..." asks for a firm.
    opening = re.match(rf"\s*(?:(?:at|in|on|for|from|to|with|by|into|under|through|inside|near|beneath|below|above|"
                       rf"behind|before|after|during|against|over|across|outside|within|among|between|beside|off|"
                       rf"onto|toward|towards|via|of|about|around|past|like|unlike) )?({WH} [\w.’'\-]+)",
                       question, re.I)
    head = question[opening.start(1):opening.end() + 40] if opening else ""
    for rx, typ in _TYPE_RULES:
        if head and typ in ("place", "org", "person") and rx.match(head.lstrip()):
            return typ
    for rx, typ in _TYPE_RULES:
        if rx.search(question):
            return typ
    return None
