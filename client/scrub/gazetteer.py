"""Names and places the small NER model misses, from word lists and shape."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub import world_places
from client.scrub.gazetteer_words import (
    _ASCII_NAME_MIN_LENGTH,
    _COMPASS,
    _LEAD_WORDS,
    _NAME_JOINT,
    _PLACE_PREFIX,
    _PREFIX_LOOK_BACK,
    _SHORT_COUNTRIES,
    _WEAK_NAME_MAX_FREQUENCY,
)
from client.scrub.english_forms import english_form
from client.scrub.east_asian_names import EastAsianNames, east_asian_name_parts
from client.scrub.foreign_words import ordinary_foreign
from client.scrub.lower_names import LowerCaseNames
from client.scrub.world_names import ascii_faker_name_words
from client.scrub.words import (
    _OBJECT_WORDS,
    _PARTICLES,
    _common_words,
    _english_frequencies,
    _english_words,
    _name_words,
    _place_phrases,
    _very_common_words,
)


class GazetteerRecognizer(LowerCaseNames, EastAsianNames, LocalRecognizer):
    """Names and places the small NER model misses, from word lists and the
    shape of proper nouns.

    Works on spaCy tokens. A run of capitalised words is a LOCATION when it
    is a known city, region or country, and a PERSON when one of its words is
    a known first or last name, when it is spelled with letters English does
    not use ("Hamanová", "Jóhannesdóttir"), or when it stands mid-sentence and
    is not an everyday English word. Lower-case words, sentence-initial common
    words and acronyms are left alone, which keeps over-scrubbing down.
    """

    ENTITIES = ["PERSON", "LOCATION"]
    _SENTENCE_BREAKS = frozenset('. ! ? : ; " “ ” ( ) [ ] - – — * # > | • ?? ??? ...'.split())

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="GazetteerRecognizer")

    def load(self) -> None:
        from faker.providers.person.en_US import Provider as UsPerson
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS)

        self.common = _common_words()
        self.english = _english_words()
        # Faker's names as typed in ASCII ("kuznetsov", "papadopoulos", "sukurov"),
        # the gazetteer's alone: places and firms keep Faker's own list.
        self.names = _name_words() | frozenset(
            w for w in ascii_faker_name_words() if len(w) >= _ASCII_NAME_MIN_LENGTH and w not in self.english)
        self.places = _place_phrases()
        self.very_common = _very_common_words()
        self.frequency = _english_frequencies()
        from faker.providers.address.en_US import Provider as UsAddress

        self.countries = frozenset(c.lower() for c in UsAddress.countries if " " in c) | _SHORT_COUNTRIES
        self.country_firsts = frozenset(c.split()[0] for c in self.countries)
        # First names common enough in English text to trust at a sentence start.
        self.first_names = {n.lower() for n in (*UsPerson.first_names_male, *UsPerson.first_names_female)}
        # One-word towns of a million people or more: a lone lower-case "paris" is the town.
        self.big_cities = world_places.big_cities(world_places.DEV_LEAVE_OUT_HALF)
        self.load_east_asian()
        # Other languages' frequent ordinary words ("kudasai", "nagyon", "terima"), less every name,
        # place and East Asian name part: only the rules on weak evidence (no cue, no title, no
        # known name) pass them over; a cue or a known name still makes a name (``_foreign_only``).
        self.foreign = ordinary_foreign(self.names, self.places, self.big_cities, *east_asian_name_parts())
        # the lists the span step ``place_phrases`` grows places by, made now, not on the first text
        from client.scrub.place_phrases import load_lists

        load_lists()

    def _everyday(self, word: str) -> bool:
        """An English word or a form of one (``english_forms``: "logins",
        "believability", "interbank")."""
        return word in self.english or len(word) < 2 or english_form(word, self.english)

    def _foreign_only(self, words) -> bool:
        """Every word of three letters or more is another language's frequent
        ordinary word, and one is: "nagyon igy", "terima kasih", "rashii su"
        (not "tejka jonak"). The list holds no word shorter: two letters tell
        nothing either way."""
        longer = [w for w in words if len(w) > 2]
        return bool(longer) and all(w in self.foreign for w in longer)

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        # Token texts as plain lists, made once per text and shared with the
        # context step (each spaCy Doc access builds a new Token object).
        words, lowers = nlp_artifacts.token_texts, nlp_artifacts.lemmas
        # In shouted text every word is upper case; only Title case counts there.
        letters = sum(map(str.isalpha, text))
        shouting = letters > 8 and sum(map(str.isupper, text)) > 0.6 * letters
        caps = [
            self._is_cap(word, shouting)
            or (shouting and word.isupper() and (lower in self.names or lower in self.places))
            for word, lower in zip(words, lowers)
        ]
        results = []
        n = len(words)
        i = 0
        while i < n:
            if not caps[i]:
                i += 1
                continue
            j = i + 1
            while j < n and (
                caps[j]
                or (lowers[j] in _PARTICLES and j + 1 < n and caps[j + 1])
                or (words[j] == "." and len(words[j - 1]) == 1)  # initials
            ):
                j += 1
            results.extend(self._classify_run(text, nlp_artifacts, i, j, entities))
            i = j
        results.extend(self._lower_case_names(nlp_artifacts, entities))
        if "PERSON" in entities:
            results.extend(self._cued_names(nlp_artifacts))
            results.extend(self._east_asian_names(nlp_artifacts))
        return self._joined(text, results)

    def _joined(self, text, results):
        """Parts of one name found apart: a middle initial or a particle
        between two parts of a name ("tilly j nicholson", "roman van der
        berg"), a compass word before a place or name ("north wendy", "west
        london"), "new" before a place ("new philipborough")."""
        results = sorted(results, key=lambda r: r.start)
        out = []
        for r in results:
            prev = out[-1] if out else None
            if prev is not None and {prev.entity_type, r.entity_type} <= {"PERSON", "LOCATION"} \
                    and _NAME_JOINT.fullmatch(text, prev.end, r.start):
                out[-1] = self._result(prev.start, r.end, "PERSON", max(prev.score, r.score))
                continue
            if r.entity_type in ("PERSON", "LOCATION"):
                # (looked for just before the span: from the text's start, each
                # search cost the whole prefix, quadratic in a chunk)
                m = (_PLACE_PREFIX if r.entity_type == "LOCATION" else _COMPASS).search(
                    text, max(0, r.start - _PREFIX_LOOK_BACK), r.start)
                if m and (prev is None or prev.end <= m.start()):
                    r = self._result(m.start(), r.end, r.entity_type, r.score)
            out.append(r)
        return out

    @staticmethod
    def _is_cap(t: str, shouting: bool) -> bool:
        if not t[:1].isupper() or not any(c.isalpha() for c in t):
            return False
        if len(t) > 1 and t.isupper():
            return len(t) > 3 and not shouting  # acronyms (ATM, SSN) are not names
        # plural acronyms ("ATMs", "PINs", "IBANs") are not names either
        return not (len(t) > 2 and t[-1] == "s" and t[:-1].isupper())

    def _sentence_start(self, doc, k) -> bool:
        while k > 0 and doc[k - 1].is_space:
            k -= 1
        return k == 0 or doc[k - 1].text in self._SENTENCE_BREAKS or "\n" in doc[k - 1].whitespace_

    def _classify_run(self, text, artifacts, start, end, entities):
        doc, starts, ends = artifacts.tokens, artifacts.tokens_indices, artifacts.token_ends
        out = []
        # Places first: longest known phrase wins.
        taken = [False] * (end - start)
        if "LOCATION" in entities:
            k = start
            while k < end:
                for m in range(min(end, k + 4), k, -1):
                    phrase = text[starts[k]:ends[m - 1]].lower()
                    if phrase in self.places and not (
                            # "Split the bill", "Nice to meet you": an everyday word opening a sentence
                            m - k == 1 and self.frequency.get(phrase, 0) >= _WEAK_NAME_MAX_FREQUENCY
                            and self._sentence_start(doc, k)):
                        out.append(self._result(starts[k], ends[m - 1], "LOCATION", 0.6))
                        for q in range(k, m):
                            taken[q - start] = True
                        k = m - 1
                        break
                k += 1
        if "PERSON" not in entities:
            return out
        # Person: the remaining capitalised words, split at places.
        k = start
        while k < end:
            if taken[k - start]:
                k += 1
                continue
            m = k
            while m < end and not taken[m - start]:
                m += 1
            span = self._person_in(doc, artifacts.lemmas, k, m)
            if span:
                a, b, entity, score = span
                out.append(self._result(starts[a], ends[b - 1], entity, score))
            k = m
        return out

    def _person_in(self, doc, lowers, k, m):
        words = lowers[k:m]
        common = [w in self.common or len(w) < 2 for w in words]
        known = [w in self.names for w in words]
        everyday = [c or self._everyday(w) for w, c in zip(words, common)]
        foreign = [not e and not w.isascii() for w, e in zip(words, everyday)]
        # Drop leading/trailing common words ("Dear", "Thanks", "Street"), and
        # greetings, farewells and chat verbs before a name ("Bye Umida", "Ping Demis").
        a, b = k, m
        while a < b and (common[a - k] or words[a - k] in _LEAD_WORDS) and not known[a - k]:
            a += 1
        while b > a and (common[b - 1 - k] or doc[b - 1].is_punct) and not known[b - 1 - k]:
            b -= 1
        if a >= b:
            return None
        if b - a == 1 and words[a - k] in self.very_common and self._sentence_start(doc, a) and (
            words[a - k] not in self.first_names
            or (b < len(lowers) and lowers[b] in _OBJECT_WORDS)
        ):
            return None  # "Ring me", "Grant me access": a name only when the NER says so
        if any(known[a - k:b - k]):
            return a, b, "PERSON", 0.6
        if any(foreign[a - k:b - k]):
            return a, b, "PERSON", 0.5
        if not any(everyday[a - k:b - k]) or (
            not self._sentence_start(doc, a) and not all(everyday[a - k:b - k])
        ):
            # Not an English word (even at a sentence start), or a capitalised
            # word English has no use for mid-sentence: a name.
            return a, b, "PERSON", 0.45
        return None

    def _result(self, start, end, entity, score):
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
