"""Names and places the small NER model misses, from word lists and shape."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.words import (
    _OBJECT_WORDS,
    _PARTICLES,
    _common_words,
    _english_words,
    _name_words,
    _place_phrases,
    _very_common_words,
)


class GazetteerRecognizer(LocalRecognizer):
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

        self.names = _name_words()
        self.places = _place_phrases()
        self.common = _common_words()
        self.english = _english_words()
        self.very_common = _very_common_words()
        # First names common enough in English text to trust at a sentence start.
        self.first_names = {n.lower() for n in (*UsPerson.first_names_male, *UsPerson.first_names_female)}

    def _everyday(self, word: str) -> bool:
        """An English word, allowing for simple inflections ("logins", "called")."""
        english = self.english
        if word in english or len(word) < 2:
            return True
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ly", ""), ("er", ""), ("ers", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in english:
                return True
        return False

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
        return results

    @staticmethod
    def _is_cap(t: str, shouting: bool) -> bool:
        if not t[:1].isupper() or not any(c.isalpha() for c in t):
            return False
        if len(t) > 1 and t.isupper():
            return len(t) > 3 and not shouting  # acronyms (ATM, SSN) are not names
        return True

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
                    if phrase in self.places:
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
        # Drop leading/trailing common words ("Dear", "Thanks", "Street").
        a, b = k, m
        while a < b and common[a - k] and not known[a - k]:
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
