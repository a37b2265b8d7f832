"""Job titles written in title case inside a sentence, without a cue
before them: "Our new Lead Interactions Designer starts Monday", "ask the
Regional Operations Manager", "Senior Markets Producer Jane Doe" (session 18).

``quasi.py`` reads a title only where a cue puts it ("i'm a", "as a", a
signature line). Writers capitalise a title wherever it stands, so a run of
two to six capitalised words (after an optional "of": "Head of Growth")
whose last word is a known job head (Faker's, the ONS index's, ESCO's; not
only job-shaped, and no person or object noun) counts. Runs that name a
program or a device stay: a first word that names software or a thing
("Task Manager", "Password Manager", "Google Assistant", "Device Manager")
keeps the run out, and a head must be a known one ("Windows Defender"
stays: "defender" is no listed job head).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import RecognizerResult

from client.scrub.quasi import CuedOccupationRecognizer
from client.scrub.quasi_words import _NOT_JOBS

_MAX_WORDS = 6
# First words of capitalised runs that name software, devices or services.
_THING_FIRST = frozenset("""task device file files password package download downloads window windows display
boot disk memory process session resource resources print printer network wifi app apps google alexa siri
apple microsoft amazon samsung home smart voice virtual-machine font theme plugin plug-in extension
browser account accounts media screen game games sound audio video data database connection credential
credentials profile user users""".split())
_LINKS = frozenset("of and &".split())
# The cheap cue: two capitalised words in a row (or joined by "of" / "and" / "&").
_TWO_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\s+(?:(?:of|and|&)\s+)?[A-Z][a-z]")
_HEADS_NOT_HERE = frozenset("""assistant assistants agent agents guide guides lead leads head heads chief chiefs
tech techs rep reps expert experts admin admins deputy intern interns""".split())  # everyday in product names


class CapitalisedTitleRecognizer(CuedOccupationRecognizer):
    """A run of capitalised words ending in a known job head (see the module docstring)."""

    def __init__(self):
        super().__init__()
        self.name = "CapitalisedTitleRecognizer"

    @staticmethod
    def _capitalised(token: str) -> bool:
        return len(token) > 1 and token[0].isupper() and token[1:].islower() and token.isalpha()

    def _runs(self, tokens, lowers):
        n, k = len(tokens), 0
        while k < n:
            if not self._capitalised(tokens[k]):
                k += 1
                continue
            a, m = k, k
            while m + 1 < n and (self._capitalised(tokens[m + 1]) or (
                    lowers[m + 1] in _LINKS and m + 2 < n and self._capitalised(tokens[m + 2]))):
                m += 1
            yield a, m
            k = m + 1

    def _title_in(self, lowers, a, m):
        """The (first, last) tokens of the title inside run a..m, or None."""
        words = [i for i in range(a, m + 1) if lowers[i] not in _LINKS]
        if len(words) < 2 or len(words) > _MAX_WORDS or lowers[a] in self.stop:
            return None
        if not _THING_FIRST.isdisjoint(lowers[a:m]):
            return None  # "Open Task Manager", "my Google Assistant"
        if len(words) > 2 and (a == 0 or lowers[a - 1] in (".", "!", "?") or "\n" in lowers[a - 1]):
            a += 1  # a sentence's first word is capitalised whatever it is ("Call Property Manager")
        head = lowers[m]
        if "of" in lowers[a:m + 1]:  # "Head of Growth", "Director of Sales"
            i = lowers.index("of", a, m + 1)
            head = lowers[i - 1]
            if i - 1 < a or head not in ("head", "director", "vp", "chief", "manager", "lead", "officer"):
                return None
            return a, m
        if head in _NOT_JOBS or head in _HEADS_NOT_HERE or head in self.groups or not self._known(head):
            return None
        return a, m

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or not _TWO_CAPITALISED.search(text) or text.isupper():
            return []
        lowers = nlp_artifacts.lemmas
        if self.heads.isdisjoint(lowers):
            return []
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        tokens = [text[a:b] for a, b in zip(starts, ends)]  # as written (the NER may read a truecased copy)
        out = []
        for a, m in self._runs(tokens, lowers):
            span = self._title_in(lowers, a, m)
            if span is None:
                continue
            out.append(RecognizerResult(
                entity_type="OCCUPATION", start=starts[span[0]], end=ends[span[1]], score=0.4,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            ))
        return out
