"""Whether a sentence can answer when no span of the expected type shows it: a "which <noun>"
question's noun, or a name the question lacks, in cased text; a place phrase in lower-cased text
(where capitals cannot show names)."""

from __future__ import annotations

from assistant.answer.evidence import Sentence
from assistant.answer.spans import WIDE_HEADS, same_entity
from assistant.answer.question import QuestionAnalysis
from assistant.text.entities import caseless, typed_spans
from assistant.text.gazetteer import WIDE_PLACES
from assistant.text.lexical import STOPWORDS, content_terms, stem, words

# A town or country is named without its noun ("in exeter"); a facility keeps it ("the amanjena resort").
GEO_HEADS = {stem(w) for w in "city town country state region county village province capital island nation "
              "area part district neighbourhood neighborhood suburb place location continent".split()}
PLACE_PREPS = {"in", "at", "near", "from", "into", "outside", "inside", "across", "off"}


def names_head(s: Sentence, analysis: QuestionAnalysis) -> bool:
    """Whether a sentence can answer "which <head>": it says the head noun, or (in cased text) names
    something the question does not ("the drink" may be given only as "Jagermeister")."""
    if analysis.head is None or analysis.head in content_terms(s.text):
        return True
    if caseless(s.text):
        return False
    asked = {c.norm for c in analysis.constraints}
    return any(sp.type in ("person", "org", "place", "name") and sp.start > 0 and sp.norm not in asked
               and not any(same_entity(sp.text, c.text) for c in analysis.names)
               for sp in typed_spans(s.text))


def caseless_candidate(text: str, analysis: QuestionAnalysis) -> bool:
    """Whether a lower-case sentence can hold the answer, lacking capitals to show names: for a place
    question, a phrase after "in/at/near/from ..." with a word the question lacks ("at the five -
    star luxury amanjena resort"); for a person or organisation, any two words the question lacks."""
    have = {stem(w) for w in words(analysis.question)}

    def new(w: str) -> bool:
        return w not in STOPWORDS and stem(w) not in have and not w[0].isdigit()

    ws = words(text)
    if analysis.answer_type != "place":
        return sum(new(w) for w in ws) >= 2
    for i, w in enumerate(ws):
        if w not in PLACE_PREPS:
            continue
        j = i + 1
        while j < len(ws) and ws[j] in ("the", "a", "an", "his", "her", "their", "its"):
            j += 1
        phrase = []
        for x in ws[j:j + 5]:
            if x in STOPWORDS:
                break
            phrase.append(x)
        # "which city" is not answered by "in spain": a country or a state is wider than a town.
        if any(new(x) and not (analysis.head and analysis.head not in WIDE_HEADS and x in WIDE_PLACES) for x in phrase):
            return True
    return False
