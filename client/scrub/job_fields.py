"""The field a person works in, and job titles chat abbreviates: "i work in
sales", "im in the army", "my wife works in the nhs", "my job is in
retail"; "im a swe", "as a rn", "my job: pa" (session 18).

Both tell a job as much as a title does ("i work in recruitment" next to a
town narrows a population like "recruiter" would), and ``quasi.py`` reads
only titles. Each needs a strong cue, so ordinary words stay:

* a field is a closed list of sectors after a person and "work(s|ed|ing)
  in", "my job is in", "career in", or a person and "am / is / 'm in";
  "it" counts only after a verb of work and before the clause's end ("i
  work in it."; "i'm in it for the money" stays), and the field must end its
  phrase (a clause end, "and", "so", "for", "at", ...: "i work in sales
  tax software" stays);
* an abbreviated title ("swe", "rn", "pa", "ta", "hca") counts only where a
  title must stand: after a person and "am / is / was a", "as a", "works as
  (a)", "retired / former / ex", or a job label ("my job: rn"), and before
  the clause's end; alone these are chat words ("rn" is "right now", "ta"
  is "thanks").
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.quasi import _AS_VERBS, _PERSON_SUBJECTS, _line_break

# One- and two-word fields ("the" is kept out of the span's cue but inside the span).
_FIELDS = frozenset("""sales retail hospitality construction marketing hr finance logistics insurance recruitment
banking healthcare education accounts accounting payroll catering manufacturing engineering nursing teaching
admin administration advertising journalism media publishing pharma pharmaceuticals telecoms telecommunications
procurement compliance audit tax consulting consultancy aviation farming agriculture fashion beauty hairdressing
childcare it tech software academia research law legal property recruiting security transport haulage
warehousing mining energy utilities government politics fundraising""".split())
_TWO_WORD_FIELDS = frozenset({
    ("customer", "service"), ("customer", "services"), ("social", "care"), ("real", "estate"),
    ("human", "resources"), ("health", "care"), ("financial", "services"), ("local", "government"),
    ("civil", "service"), ("public", "sector"), ("private", "sector"), ("social", "work"), ("call", "centres"),
    ("elderly", "care"), ("aged", "care"), ("food", "service"), ("info", "sec"),
})
# Institutions one works "in": after "the" only ("im in the army").
_THE_FIELDS = frozenset("""army navy police military raf nhs marines forces council""".split())
_WORK_VERBS = frozenset("work works worked working".split())
_BE = frozenset("am is was 'm m 's are were 're".split())
_BE_SUBJECTS = _PERSON_SUBJECTS | frozenset("we they".split())
# What may end a field's phrase: the clause ends, or a word that is no noun of it.
_FIELD_AFTER = frozenset(""", . ; : ! ? ) and but so for at in as now since because full part too well
with - or i""".split())
# Abbreviated job titles as chat writes them, plural too.
_ABBREVIATIONS = frozenset("""swe swes sde sdes rn rns pa pas ta tas hca hcas qs pm pms dev devs sre sres
dba dbas np nps cnm sahm sahd ceo cfo cto coo cmo hrbp bdm bdms""".split())
_ABBREVIATED_HEADS = frozenset("mgr eng engr asst sup supv coord".split())  # "hr mgr", "sw eng"
_ABBREVIATION_CUES = frozenset("retired former ex ex-".split())
_LABELS = frozenset("job occupation profession role".split())
_TITLE_AFTER = _FIELD_AFTER | frozenset("here by who".split())
_FIELD_WORDS = _FIELDS | _THE_FIELDS | {w for pair in _TWO_WORD_FIELDS for w in pair}
_TITLE_WORDS = _ABBREVIATIONS | _ABBREVIATED_HEADS


def _ends(lowers, m) -> bool:
    return m >= len(lowers) or lowers[m] in _TITLE_AFTER or _line_break(lowers[m])


class JobFieldRecognizer(LocalRecognizer):
    """A work field after "work in" / "am in", or an abbreviated title after a
    strong job cue (see the module docstring); ``OCCUPATION``."""

    def __init__(self):
        super().__init__(supported_entities=["OCCUPATION"], name="JobFieldRecognizer")

    def load(self) -> None:
        pass

    def _field(self, lowers, m, work: bool):
        """The last token of a field starting at token ``m``, or None."""
        n = len(lowers)
        if m >= n:
            return None
        w = lowers[m]
        if w == "the":
            return m + 1 if m + 1 < n and lowers[m + 1] in _THE_FIELDS and _ends(lowers, m + 2) else None
        if m + 1 < n and (w, lowers[m + 1]) in _TWO_WORD_FIELDS and _ends(lowers, m + 2):
            return m + 1
        if w in _FIELDS and (w != "it" or work) and (
                (m + 1 < n and lowers[m + 1] in _FIELD_AFTER) or m + 1 >= n or _line_break(lowers[m + 1])):
            if w == "it" and m + 1 < n and lowers[m + 1] not in ". , ; ! ? and so".split() and \
                    not _line_break(lowers[m + 1]):
                return None
            return m
        return None

    def _field_spans(self, lowers):
        for k in range(1, len(lowers) - 1):
            if lowers[k] != "in":
                continue
            before = lowers[k - 1]
            work = before in _WORK_VERBS or before == "career" or (
                before in ("is", "was") and k > 1 and lowers[k - 2] in ("job", "career", "work"))
            be = before in _BE and k > 1 and (lowers[k - 2] in _BE_SUBJECTS or lowers[k - 2] in ("i", "im"))
            if before in ("m", "'m") and k > 1 and lowers[k - 2] in ("i", "i'"):
                be = True
            if lowers[k - 1] == "im":
                be = True
            if work or be:
                last = self._field(lowers, k + 1, work)
                if last is not None:
                    yield k + 1, last

    def _title_cued(self, lowers, k) -> bool:
        """Token ``k`` (an abbreviation) stands where only a title can."""
        j = k - 1
        if j < 0:
            return False
        w = lowers[j]
        if w in _ABBREVIATION_CUES or (w == "-" and j > 0 and lowers[j - 1] == "ex"):
            return True
        if w in (":", "-", "is") and j > 0 and lowers[j - 1] in _LABELS:
            return True  # "my job: rn", "my job is swe"
        if w == "as" and j > 0 and lowers[j - 1] in _AS_VERBS:
            return True  # "i work as swe"
        if w not in ("a", "an", "the"):
            return False
        j -= 1
        if j < 0:
            return False
        if lowers[j] in ("currently", "now", "also", "still", "just") and j > 0:
            j -= 1
        w = lowers[j]
        if w == "as":
            return True
        if w in ("i'm", "im", "he's", "hes", "she's", "shes", "been", "become", "became"):
            return True
        return w in _BE and j > 0 and lowers[j - 1] in _BE_SUBJECTS

    def _title_spans(self, lowers):
        for k, w in enumerate(lowers):
            if w in _ABBREVIATIONS and _ends(lowers, k + 1) and self._title_cued(lowers, k):
                yield k, k
            elif w in _ABBREVIATED_HEADS and k > 0 and _ends(lowers, k + 1) and lowers[k - 1].isalpha() \
                    and self._title_cued(lowers, k - 1):
                yield k - 1, k  # "as a hr mgr", "im a sw eng"

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        words = set(lowers)
        fields = "in" in words and not _FIELD_WORDS.isdisjoint(words)
        titles = not _TITLE_WORDS.isdisjoint(words)
        if not (fields or titles):
            return []
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        spans = set(self._field_spans(lowers) if fields else ()) | set(self._title_spans(lowers) if titles else ())
        return [RecognizerResult(
            entity_type="OCCUPATION", start=starts[a], end=ends[last], score=0.45,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        ) for a, last in sorted(spans)]
