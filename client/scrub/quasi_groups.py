"""Cues of nationality, religious or political groups for ``quasi.py``'s
recognizers: a group word that is a language ("i speak french") or an
ambiguous one ("polish", "conservative") counts only where cued, and a group
after a form label ("religion: shia", "ethnicity - baloch", "political
affiliation: maga") goes whatever the word: the label says what it is. Up to
three words, cut at punctuation, a line break or a stop word ("faith: none",
"nationality: british and i need help" keeps "and i need help")."""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.quasi_words import ambiguous_words, group_words

# A group word naming a brand or thing: "american express", "english breakfast",
# "swiss cheese", "french fries".
# A cuisine is not among them: the labelled corpora count "great nigerian food"
# as a group, and what a person cooks at home can tell their origin.
_GROUP_COMPOUNDS = frozenset("""express airlines airways breakfast muffin muffins dollar dollars
cheese fries toast pastry pastries delight""".split())
_ARTICLES = frozenset("a an".split())
_BE = frozenset("am 'm m is 's are 're was were".split())
_GROUP_SUBJECTS = frozenset("""i we he she they you wife husband partner mum mom dad father mother
son daughter sister brother parents family""".split())


# A party is meant: "a labour voter", "the greens mp", "we vote reform".
_PARTY_AFTER = frozenset("""voter voters supporter supporters member members mp mps councillor councillors
councilor candidate candidates activist activists government party""".split())
_PARTY_BEFORE = frozenset("vote votes voted voting".split())


def _ambiguous_group_cued(tokens, lowers, i: int) -> bool:
    """An ambiguous group word ("polish", "pole", "conservative") at token
    ``i`` is meant as one: written capitalised after a lower-case word ("is
    Polish", "a new Polish place"), after another group word ("greek
    orthodox"), or after a person and a form of "be",
    with an article or not ("i am pole", "my dad is a conservative"), or
    where a party stands: after "vote", before "voter", "mp", "member"."""
    word, before = tokens[i], tokens[i - 1] if i else ""
    if (i and lowers[i - 1] in _PARTY_BEFORE) or (i + 1 < len(lowers) and lowers[i + 1] in _PARTY_AFTER):
        return True
    if word[:1].isupper() and word[1:].islower() and before.isalpha() and before.islower():
        return True
    if i and lowers[i - 1] in group_words() and lowers[i - 1] not in ambiguous_words():
        return True  # "greek orthodox", "russian orthodox"
    k = i - 1
    if k >= 0 and lowers[k] in _ARTICLES:
        k -= 1
    return k >= 1 and lowers[k] in _BE and lowers[k - 1] in _GROUP_SUBJECTS


# Group words that are languages too: "i speak english and french", "reply in
# german", "the spanish version" name a language, not a person's group.
_LANGUAGES = frozenset("""english french spanish german italian portuguese russian chinese japanese
arabic dutch greek turkish hindi korean polish swedish danish norwegian finnish hungarian czech
thai vietnamese romanian bulgarian ukrainian hebrew persian urdu bengali punjabi tamil welsh irish
croatian serbian slovak slovenian lithuanian latvian estonian albanian icelandic maltese""".split())
_LANGUAGE_BEFORE = frozenset("""speak speaks spoke speaking understand understands read write writes
written learn learning learnt learned study studying fluent in into translate translated translation
reply respond answer""".split())
_LANGUAGE_AFTER = frozenset("""language languages speaker speakers speaking version versions subtitles
translation translations keyboard text menu interface teacher lessons lesson class classes course
dictionary""".split())
_LIST_WORDS = frozenset(", and or & / both".split())


def _language_meant(lowers, i: int) -> bool:
    """The group word at token ``i`` names a language: a speech verb or "in"
    before it, or "language", "speaker", "version" after it, across a list
    of languages ("speak english and french")."""
    k = i - 1
    while k >= 0 and (lowers[k] in _LIST_WORDS or lowers[k] in _LANGUAGES):
        k -= 1
    if k >= 0 and lowers[k] in _LANGUAGE_BEFORE:
        return True
    m = i + 1
    while m < len(lowers) and (lowers[m] in _LIST_WORDS or lowers[m] in _LANGUAGES):
        m += 1
    return m < len(lowers) and lowers[m] in _LANGUAGE_AFTER


def _group_allowed(tokens, lowers, i: int) -> bool:
    """A skipped group word counts: not meant as a language, and an
    ambiguous one ("polish") only where cued."""
    if lowers[i] in _LANGUAGES and _language_meant(lowers, i):
        return False
    return lowers[i] not in ambiguous_words() or _ambiguous_group_cued(tokens, lowers, i)



# A label, then ":" / "-" / "is", then the value.
_LABEL = re.compile(
    r"(?i)\b(?:religion|religious (?:affiliation|denomination)|faith|denomination|sect|caste|ethnicity"
    r"|ethnic (?:origin|group|background)|race|nationality|citizenship"
    r"|political (?:party|affiliation|views|opinion))"
    r"[ \t]*(?:[:\-\u2013][ \t]*|\s+is\s+)"
    r"(?P<value>[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,2})")


class GroupLabelRecognizer(LocalRecognizer):
    """Up to three words after a group label ("religion: ...")."""

    def __init__(self):
        super().__init__(supported_entities=["NRP"], name="GroupLabelRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) | {"n/a", "na", "nil", "unknown", "prefer", "not", "other"}

    def analyze(self, text, entities, nlp_artifacts=None):
        out = []
        for m in _LABEL.finditer(text):
            start = end = m.start("value")
            for w in re.finditer(r"\S+", m.group("value")):
                if w.group().lower() in self.stop:
                    break
                end = m.start("value") + w.end()
            if end > start:
                out.append(RecognizerResult(
                    entity_type="NRP", start=start, end=end, score=0.5,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
        return out
