"""Job titles that the words after them, or a plural subject before them,
mark: "import export manager by trade", "hi all, cabin supervisor here.",
"hand lacer (retired)",
"we are both screw machine operators", "my parents were fruit workers", and
whatever follows a job label ("occupation - relief die maintenance").

``quasi.py`` finds a title by reading rightwards from a cue before it ("i'm
a", "as a", a line break); these cues stand after the title or need a plural
head, so the title is read leftwards from the cue to the last stop word,
punctuation mark or greeting. How strong the cue is decides what the title
must end in: after "by trade" or a job label anything not a stop word (no
writer puts an everyday noun there); before "here" a job-shaped or known head
and a clause start before it ("newbie here", "the printer here is" stay);
after "we are both" a plural job head ("we are both customers" stays).
"""

from __future__ import annotations

from client.scrub.quasi import _CONNECTORS, _PERSON_SUBJECTS, CuedOccupationRecognizer, _line_break
from client.scrub.quasi_words import _NOT_JOBS

# "nurse by trade", "engineer by training", "accountant by day".
_BY_WORDS = frozenset("trade profession occupation training qualification".split())
_BY_HEADED = frozenset("day night".split())  # "by day": a known or job-shaped head only
# What may stand before a title ending "here": a clause start or a greeting.
_CLAUSE_STARTS = frozenset(". , ; : ! ? - ( | hi hey hello all everyone guys folks".split())
# After "X here": the end of the clause (any punctuation or line break), "and", "with".
_AFTER_HERE = frozenset("and with".split())
# Never part of a title read leftwards: greetings and the contracted subject.
_LEFT_STOPS = frozenset("""hi hey hello dear thanks cheers ok okay so yeah yes lol btw im m 's s 'm""".split())
_TITLE_WORDS = 6
# Plural subjects and verbs: "we are both", "my parents were", "me and my wife are".
_PLURAL_SUBJECTS = _PERSON_SUBJECTS | frozenset("""we they us parents kids sons daughters brothers sisters
friends colleagues cousins grandparents both""".split())
_PLURAL_VERBS = frozenset("are were 're re".split())
_PLURAL_ADVERBS = frozenset("both all also now still".split())
# A plural job-shaped word no list holds counts when rarer than this (pyspellchecker count).
_RARE_PLURAL = 3_000
# Object nouns that are jobs as the last word of a longer title after "is a",
# "works as a" ("a fast food server", "a hand folder", "a respite provider");
# "the printer", "a new printer" stay (one word, or an adjective before it).
_THING_JOBS = frozenset("""server servers printer printers folder folders carrier carriers provider providers
receiver receivers monitor monitors""".split())
_ADJECTIVES = frozenset("new old good bad big small slow fast cheap broken wireless local main".split())
# Values of a job label that say there is none: "job title: n/a".
_NO_VALUES = frozenset("n na n/a nil null unknown unemployed tbc tba other various same pending".split())
# Labels whose value is a job whatever its last word ("title" needs "job" before it).
_STRONG_LABELS = frozenset("occupation profession designation employment".split())
# "hand lacer (retired)": a job head before these in brackets.
_RETIRED = frozenset("retired ret ret. semi-retired former".split())


class FramedOccupationRecognizer(CuedOccupationRecognizer):
    """A job title before "by trade" or "here", after a job label, or a
    plural title after "we are (both)" (see the module docstring)."""

    def __init__(self):
        super().__init__()
        self.name = "FramedOccupationRecognizer"

    def _head(self, word: str) -> bool:
        """Also a plural of a job-shaped word ("educators", "weighers"): in
        these frames only, as "cheers" or "papers" alone on a line is none."""
        if word.endswith("s") and not word.endswith("ss") and word[:-1] not in _NOT_JOBS:
            return super()._head(word) or super()._head(word[:-1])
        return super()._head(word)

    def _word(self, w: str) -> bool:
        return w not in self.stop and w not in _LEFT_STOPS and w.replace("-", "").replace("'", "").isalpha()

    def _leftwards(self, lowers, last):
        """The first token of a title ending at token ``last``, or None."""
        if last < 0 or not self._word(lowers[last]):
            return None
        a, words = last, 1
        while a > 0 and words < _TITLE_WORDS:
            w = lowers[a - 1]
            if w in _CONNECTORS and a > 1 and self._word(lowers[a - 2]) and w != ",":
                a -= 2
            elif self._word(w):
                a -= 1
            else:
                break
            words += 1
        return a

    def _clause_start(self, lowers, a) -> bool:
        return a == 0 or lowers[a - 1] in _CLAUSE_STARTS or _line_break(lowers[a - 1])

    def _job_head(self, word: str) -> bool:
        return self._head(word) and word not in self.groups

    def _rightwards(self, lowers, a):
        """The last token of the words from ``a`` up to a stop word or the clause end."""
        last, n = None, len(lowers)
        for m in range(a, min(n, a + 2 * _TITLE_WORDS)):
            w = lowers[m]
            if w in _CONNECTORS and w != "," and last == m - 1:
                continue
            if not self._word(w):
                break
            last = m
        return last

    def _thing_title(self, lowers, a):
        """A title from ``a`` whose last word is an object noun of
        ``_THING_JOBS`` after another noun ("fast food server"), or None."""
        last = self._rightwards(lowers, a)
        if last is None or last == a or lowers[last] not in _THING_JOBS:
            return None
        if lowers[last - 1] in _ADJECTIVES:
            return None
        return a, last

    def _plural_title(self, lowers, k):
        """The title after plural verb ``k`` ("we are both ..."), or None."""
        j = k - 1
        if j < 0 or lowers[j] not in _PLURAL_SUBJECTS:
            return None
        a = k + 1
        while a < len(lowers) and lowers[a] in _PLURAL_ADVERBS:
            a += 1
        if a >= len(lowers) or not self._word(lowers[a]):
            return None
        title = self._title(lowers, a)
        if title is None:
            return None
        head = lowers[title[0]]
        if not head.endswith("s") or head.endswith("ss") or not self._job_head(head):
            return None
        if not self._known(head) and self.frequency.get(head, 0) >= _RARE_PLURAL:
            return None  # "we are both teenagers", "they were strangers"
        return a, title[1]

    def _spans(self, lowers):
        n = len(lowers)
        for k in range(n):
            word = lowers[k]
            before = lowers[k - 1] if k else ""
            if word == "by" and k + 1 < n and (lowers[k + 1] in _BY_WORDS or lowers[k + 1] in _BY_HEADED):
                a = self._leftwards(lowers, k - 1)
                if a is not None and (lowers[k + 1] in _BY_WORDS or self._job_head(before)):
                    yield a, k - 1
            elif word == "here" and (k + 1 == n or lowers[k + 1] in _AFTER_HERE or not lowers[k + 1][0].isalnum()):
                a = self._leftwards(lowers, k - 1)
                if a is not None and self._job_head(before) and self._clause_start(lowers, a):
                    yield a, k - 1
            elif word == "(" and k + 2 < n and lowers[k + 1] in _RETIRED and lowers[k + 2] == ")":
                a = self._leftwards(lowers, k - 1)
                if a is not None and self._job_head(before) and self._clause_start(lowers, a):
                    yield a, k - 1
            elif word in (":", "-") and k and (before in _STRONG_LABELS or (
                    before == "title" and k > 1 and lowers[k - 2] == "job")):
                last = self._rightwards(lowers, k + 1)
                if last is not None and lowers[k + 1] not in _NO_VALUES and (
                        last + 1 >= n or lowers[last + 1] != "/"):
                    yield k + 1, last
            elif word in ("a", "an") and (self._person_cued(lowers, k) or before == "as"):
                span = self._thing_title(lowers, k + 1)
                if span is not None:
                    yield span
            elif word in _PLURAL_VERBS:
                span = self._plural_title(lowers, k)
                if span is not None:
                    yield span
