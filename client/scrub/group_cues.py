"""Groups no list knows, found by where they stand: a word English has no
use for right after a person and "is / are" ("my family is newar", "she's a
tahltan", "they are zeelandics"), after "being" or "half" ("being baluchi",
"i am half kabyle"), or right before a word that says a people or faith
follows ("the pohnpeian community", "a zapotec guy", "the tamang temple",
"kalaallisut people"), a person ("my tlingit landlord", "the basotho next
door") or a party's person ("a swapo member", "my psoe mp"); after "as a"
("as a tenrikyo i ...") or a vote ("we vote psoe"). The word lists (``quasi_words.py``) name the larger
peoples, faiths and parties; the world has thousands more (ISO 639-3 alone
names some 7,000 languages, most of them a people's name too), written in as
many spellings, so a list never ends. An everyday English word in the same
place ("i'm tired", "a nice guy", "the online community") is left alone, and
so is a word after a speech verb or "in" ("speaks newari", "the app in
kabyle"): a language named as a language is no group (as with
``quasi_groups._language_meant``)."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

# Who a group is said of: "my family is ...", "both my parents are ...".
_SUBJECTS = frozenset("""i we he she they you wife husband partner mum mom dad father mother son daughter
sister brother parents family grandparents grandparent grandmother grandfather grandma grandpa ancestors
relatives folks side boyfriend girlfriend fiance fiancee neighbours neighbors friend friends""".split())
_BE = frozenset("am 'm m is 's are 're was were".split())
_BETWEEN = frozenset("a an half ethnically originally".split())
# "being baluchi", "im half kabyle", "a family of ... origin"; a party
# after a vote ("we vote psoe", "voted fidesz").
_BEFORE = frozenset("being half vote votes voted voting".split())
# "as a tenrikyo i ...", "as an ahmadi": a person's standing, said of oneself.
_AS = "as"
# A people, faith or family follows: "the ... community", "a ... guy".
_AFTER = frozenset("""community communities church churches temple temples mosque mosques synagogue
gurdwara shrine people peoples guy guys man men woman women girl girls boy boys lady family families
tribe tribes clan clans caste castes descent origin origins heritage ancestry roots wedding weddings
neighbours neighbors friends friend association society diaspora elders background
landlord landlords landlady neighbour neighbor colleague colleagues coworker coworkers boss mate mates
lady ladies wife husband partner girlfriend boyfriend lot
voter voters supporter supporters member members mp mps councillor councillors councilor candidate
activist activists politician politicians government""".split())
# "the basotho next door".
_NEXT_DOOR = ("next", "door")
# A demonym English knows but the lists lack ("sicilian", "cantonese",
# "tahitian") counts in the same places; these English words of that shape
# are no group ("i'm vegetarian", "a pedestrian guy"), nor is a job
# ("a technician guy", left to the occupation recognizers).
_DEMONYM_ENDINGS = ("ian", "ean", "ese")
_NOT_DEMONYMS = frozenset("""vegetarian pedestrian guardian civilian median obese these cheese lesbian
comedian christian veterinarian""".split())
# "laz like us", "qeqchis like me".
_LIKE = frozenset("us me them".split())
_SPEECH = frozenset("""speak speaks spoke speaking in into learn learning fluent translate translated
understand write read""".split())


class GroupCueRecognizer(LocalRecognizer):
    """A word English has no use for where a group stands."""

    def __init__(self):
        super().__init__(supported_entities=["NRP"], name="GroupCueRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        from client.scrub.words import _english_words

        from client.scrub.quasi_words import bls_titles, esco_heads, occupation_phrases, ons_titles

        self.english = _english_words() | frozenset(STOP_WORDS)
        self.not_demonyms = _NOT_DEMONYMS | occupation_phrases()
        # a job title no English list holds ("my dad was a roustabout", "as a barista") is no group
        self.jobs = occupation_phrases() | ons_titles()[0] | bls_titles()[0] | esco_heads()

    def _typo(self, word: str) -> bool:
        """An English word with a letter doubled or undoubled, or two
        letters swapped: "i'm stil waiting", "im confussed", "we're recieving"."""
        for k in range(len(word)):
            if k + 1 < len(word) and word[k] == word[k + 1] and word[:k] + word[k + 1:] in self.english:
                return True
            if word[:k + 1] + word[k] + word[k + 1:] in self.english:
                return True
            if k + 1 < len(word) and word[:k] + word[k + 1] + word[k] + word[k + 2:] in self.english:
                return True
        return False

    def _foreign(self, word: str) -> bool:
        return len(word) >= 3 and word.isalpha() and word not in self.english

    def _cued(self, lowers, i: int) -> bool:
        """Token ``i`` stands where a group does."""
        n = len(lowers)
        if i + 1 < n and lowers[i + 1] in _AFTER:
            # not after a speech verb ("speaks newari people"?) nor after a
            # word English lacks: "dembawoha woreda people" is a place
            return i == 0 or (lowers[i - 1] not in _SPEECH and not self._foreign(lowers[i - 1]))
        if i + 2 < n and (lowers[i + 1], lowers[i + 2]) == _NEXT_DOOR:
            return True
        if i + 2 < n and lowers[i + 1] == "like" and lowers[i + 2] in _LIKE:
            return True
        k = i - 1
        if k >= 0 and lowers[k] in _BEFORE:
            return True
        while k >= 0 and lowers[k] in _BETWEEN:
            k -= 1
        if k >= 0 and k < i - 1 and lowers[k] == _AS:
            return True  # "as a tenrikyo", not "as tenrikyo" (a comparison)
        return k >= 1 and lowers[k] in _BE and lowers[k - 1] in _SUBJECTS

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        out = []
        for i, word in enumerate(lowers):
            if word in self.english and (not word.endswith(_DEMONYM_ENDINGS) or word in self.not_demonyms):
                continue
            if word in self.jobs:
                continue
            if len(word) < 3 or not word.isalpha() or not self._cued(lowers, i):
                continue
            if i + 1 < len(lowers) and lowers[i + 1] == "-":
                continue  # "being wishy-washy": part of a compound
            if word not in self.english and self._typo(word):
                continue  # a demonym-shaped English word ("prussian") is no typo
            out.append(RecognizerResult(
                entity_type="NRP", start=starts[i], end=ends[i], score=0.45,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            ))
        return out
