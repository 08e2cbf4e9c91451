"""Word-level helpers shared by BM25, dedup and the verifier: tokens, stems, content words."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from lemminflect import Inflections, getAllLemmas, getLemma

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*[a-z%]*|[a-z]+(?:['’][a-z]+)?", re.IGNORECASE)
_STEMMER = Stemmer.Stemmer("english")

STOPWORDS = frozenset("""
a about above after again against all am an and any are aren't as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say also would one ’s 's s t will
""".split())


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens (numbers keep their units: '600mm', '5.5%')."""
    return [w.lower().replace("’", "'") for w in _TOKEN.findall(text)]


def _dictionary_form(word: str) -> str:
    """The dictionary form of an irregular verb or noun ("paid" -> "pay", "thrown" -> "throw", "men" ->
    "man"), which a suffix stemmer cannot reach: news tells events in the past ("Liverpool paid") and
    questions ask in the base form ("How much did Liverpool pay"). A word that is also a noun or
    adjective in its own right ("left", "shot", "saw") is kept, since that reading is as likely."""
    lemmas = getAllLemmas(word)
    if not lemmas or any(word in lemmas.get(pos, ()) for pos in ("NOUN", "ADJ", "ADV", "PROPN")):
        return word
    for pos in ("VERB", "NOUN"):
        forms = lemmas.get(pos)
        if forms and forms[0] != word:
            return forms[0]
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(_dictionary_form(word) if word.isalpha() else word)


def _regular_past(lemma: str, form: str) -> bool:
    return form in (lemma + "ed", lemma + "d", lemma[:-1] + "ied", lemma + lemma[-1:] + "ed")


def _irregular_pasts() -> frozenset[str]:
    """Past tenses that no "-ed" rule makes ("threw", "won", "led", "fled", "hit"), from lemminflect's
    inflection table, without the auxiliaries and modals ("was", "did", "could"), which the
    question rules treat apart."""
    table = Inflections()._getInflDict()  # lemma -> {Penn tag: forms}; its public calls take one lemma at a time
    out = {form for lemma, forms in table.items() for form in forms.get("VBD", ())
           if form.isalpha() and form.islower() and not _regular_past(lemma, form)}
    return frozenset(out - STOPWORDS - {"could", "should", "might", "would", "must"})


IRREGULAR_PAST = _irregular_pasts()


# Prepositions the stopword list lacks: a closed class, so listed ("could be among the biggest ...").
PREPOSITIONS = frozenset("""
among amid amidst onto upon via toward towards within without beyond across along alongside around behind
beside besides despite inside outside near past per throughout underneath unlike versus
""".split())


def noun_reading(word: str) -> bool:
    """Whether lemminflect's table knows the word as a noun ("will", "rose", "grant"; not "starting",
    "apart", "aboard"). An "-ing" form is read as the verb's ("following")."""
    return "NOUN" in getAllLemmas(word) and not word.endswith("ing")


# Nouns singular in form that count people ("50 police", "a crew of 12").
COLLECTIVE = frozenset({"people", "police", "staff", "crew", "personnel"})


@lru_cache(maxsize=50_000)
def plural_noun(word: str) -> bool:
    """Whether a word is a plural noun ("launchers", "men", "fatalities"; not "bus", "crisis",
    "news", "media"). lemminflect's table, and its suffix model for words the table lacks."""
    if word in COLLECTIVE:
        return True
    if not word.isalpha():
        return False
    lemmas = getLemma(word, upos="NOUN")
    if lemmas == (word,):
        return False
    if word in lemmas:  # "media" (medium, or the press), "troops" (troop, or the army): the "-s" decides
        return word.endswith("s") and not word.endswith("ss")
    return True


def content_terms(text: str) -> list[str]:
    """Stemmed words minus stopwords: what BM25 indexes and what overlap scores compare."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def jaccard(a: set, b: set) -> float:
    """|a & b| / |a | b|; 0.0 when either set is empty, so empty texts never count as duplicates."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_SPELLED = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][a-z]+)+")


def acronyms(text: str) -> set[str]:
    """The initials of the names an article spells out ("Federal Trade Commission" -> "ftc",
    "Department of Justice" -> "doj" or "dj", "Gay and Lesbian Alliance Against Defamation" -> "glaad"), so a question's acronym finds the article that never
    abbreviates."""
    out: set[str] = set()
    for m in _SPELLED.finditer(text):
        ws = [w for w in m.group().split() if w.lower() not in ("the", "a", "an")]
        out |= {"".join(w[0] for w in ws if w[0].isupper()).lower(), "".join(w[0] for w in ws).lower()}
    return {a for a in out if len(a) >= 2}
