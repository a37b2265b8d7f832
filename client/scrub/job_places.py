"""Job titles that only their place in a chat sentence marks: a person's
title in lower case between a determiner and what a person does ("the night
auditor said", "our phlebotomist quit", "my loan officer told me") or after a verb whose
object is a person ("i asked the night auditor", "spoke to your payroll clerk"), after
"as" opening a clause before "i" / "we" ("as cost analyst i travel"), and
after a greeting before "from" ("hi, payroll clerk from the north office").

These places are weaker cues than "i'm a" or "works as a" (``quasi.py``):
"the app said", "my card says", "the printer said" stand in them too. So the
title must end in a word that names a person's job, not only one shaped like
it: a known job head (Faker's, the ONS index's, ESCO's), or a rare word with
a job ending ("-ist", "-ian", "-er", "-or": "lacer", "curer"); a single
generic word ("the manager said", "my officer") is no title here, and object
and person nouns ("customer", "charger", "server") never are.
"""

from __future__ import annotations

from client.scrub.quasi import _CONNECTORS, _JOB_MODIFIERS, CuedOccupationRecognizer, _line_break
from client.scrub.quasi_words import _NOT_OCCUPATIONS

_DETERMINERS = frozenset("the our my your his her their".split())
# What a person does right after their title: "the clerk said", "our driver
# quit", "the agent at the branch", "the nurse never called".
_PERSON_VERBS = frozenset("""said says say told tells tell asked asks ask wants wanted want called calls
quit left helped helps refused refuses charged charges sent sends gave gives came comes showed shows
promised promises explained explains insisted insists agreed agrees suggested suggests recommended
recommends emailed emails texted texts rang rings phoned phones replied replies mentioned mentions
confirmed confirms denied denies keeps kept never just already also was is has had will would could
should can ca wo did does""".split())  # spaCy splits "can't" into "ca" + "n't"
# Heads that are everyday words first in these places: "my head is", "their
# ugly heads", "the lead was", "the coach was late", "my planner says".
_EVERYDAY_HEADS = frozenset("""head heads lead leads chief guide guides coach tech techs rep reps expert
experts professional tender guard planner planners""".split())
# People named by what they do that is no job: "the caller said", "my stepfather told me".
_NOT_JOB_PEOPLE = frozenset("""caller callers commenter commenters reviewer reviewers shopper shoppers renter
renters lodger lodgers scammer scammers fraudster fraudsters hacker hackers robber robbers stalker
attacker abuser spammer""".split())
_FAMILY_ENDINGS = ("father", "mother", "brother", "sister", "daughter", "fathers", "mothers", "brothers",
                   "sisters", "daughters")
# "the X at the branch", "our X from head office": a place after a person.
_PLACE_WORDS = frozenset("at from in".split())
# Verbs whose object is a person: "i asked the night auditor", "spoke to your payroll clerk".
_TO_PERSON = frozenset("asked ask spoke speak talked talk emailed email called call rang phoned met told".split())
_TO_PERSON_PREPOSITIONS = frozenset("to with".split())
_VERBS = _PERSON_VERBS | _TO_PERSON
_TITLE_WORDS = 4  # words a title in these places may have
_AS_SUBJECTS = frozenset("i we i'm im".split())
_GREETINGS = frozenset("hi hello hey morning evening afternoon".split())
_CLAUSE_ENDS = frozenset(". , ; : ! ? ( - and but so".split())
# A job-shaped word rarer than this (pyspellchecker count) names a job in these places.
_RARE_SHAPED = 1_000
_PERSON_ENDINGS = ("ist", "ian", "man", "men", "person", "grapher", "logist", "smith", "wright")


class PlacedOccupationRecognizer(CuedOccupationRecognizer):
    """A job title after "the / our / my" and before a verb of speech or
    action, after "as" opening a clause before "i", or after a greeting
    before "from" (see the module docstring)."""

    def __init__(self):
        super().__init__()
        self.name = "PlacedOccupationRecognizer"

    def _person_head(self, lowers, a, head) -> bool:
        """Token ``head`` ends a title starting at ``a`` that names a job. A
        single word after "the" is a service role more often than someone's
        job ("the courier could not find it", "the cashier was rude"): only
        after "our", "my", "your" ... ("our phlebotomist quit")."""
        word = lowers[head]
        single = head == a or all(t in _CONNECTORS for t in lowers[a:head])
        if single and a and lowers[a - 1] == "the":
            return False
        if single and (word in _NOT_OCCUPATIONS or word.rstrip("s") in _NOT_OCCUPATIONS):
            return False  # "the manager said", "my officer"
        if word in _EVERYDAY_HEADS or word in _NOT_JOB_PEOPLE or word.endswith(_FAMILY_ENDINGS):
            return False
        if self._known(word):
            return True
        if not self._head(word):
            return False
        return word.endswith(_PERSON_ENDINGS) or self.frequency.get(word, 0) < _RARE_SHAPED

    def _title_at(self, lowers, a):
        while a < len(lowers) and lowers[a] in _JOB_MODIFIERS:
            a += 1
        if a >= len(lowers) or lowers[a] in self.stop:
            return None
        title = self._title(lowers, a)
        if title is None or not self._person_head(lowers, a, title[0]):
            return None
        words = [t for t in lowers[a:title[1] + 1] if t not in _CONNECTORS]
        if len(words) > _TITLE_WORDS or not _VERBS.isdisjoint(words):
            return None  # "the app says moore opticians has ...": a sentence, no title
        return a, title[1]

    def _to_person(self, lowers, k) -> bool:
        """Determiner ``k`` follows a verb whose object is a person ("asked the", "spoke to your")."""
        j = k - 1
        if j > 0 and lowers[j] in _TO_PERSON_PREPOSITIONS:
            j -= 1
        return j >= 0 and lowers[j] in _TO_PERSON

    def _clause_start(self, lowers, k) -> bool:
        return k == 0 or lowers[k - 1] in _CLAUSE_ENDS or _line_break(lowers[k - 1])

    def _spans(self, lowers):
        n = len(lowers)
        for k in range(n - 1):
            word = lowers[k]
            if word in _DETERMINERS and self._to_person(lowers, k):
                follow = None
            elif word in _DETERMINERS:
                follow = _PERSON_VERBS | _PLACE_WORDS
            elif word == "as" and self._clause_start(lowers, k):
                follow = _AS_SUBJECTS | {","}
            elif word == "," and k and lowers[k - 1] in _GREETINGS:
                follow = _PLACE_WORDS | {"here"}
            else:
                continue
            span = self._title_at(lowers, k + 1)
            if span is None:
                continue
            last = span[1]
            if follow is None or (last + 1 < n and lowers[last + 1] in follow):
                yield span
