"""Ages as bare numbers whose cue is a name, a status, another language's
word for "years" or a decade: the cues ``ages.py``'s patterns lack.

``AgeCueRecognizer`` (``AGE``) takes, each cue explicit and bounded (no
repeat inside a look-behind, so a long text stays linear):

* a first name as subject or with the age in brackets, in any case ("anna is
  42", "marcus's 42 now", "me and sergej (42)"); the word must be a first name
  (Faker's, or gender-guesser's list of the world's names) that is no very
  common English word, with no determiner before it ("the max is 5" stays),
  and the clause must end after the number ("anna is 42 minutes late" stays);
* a number opening a line or sentence, then a civil status ("42, married",
  "42, single, no kids");
* a number before another language's word for years of age ("42 ans", "42
  años", "42 J.", "42 lat", "42 tahun", "42 taon"), not after a word that
  makes it a span of time ("for 5 años", "depuis 10 ans");
* "by 42 i had ...", "at 42 she moved": 13 to 99 (a clock time is 1-12),
  then a person doing something (not "at 15 i'll call");
* a person's role or status, a comma and the number ending the clause
  ("pensioner, 71", "single dad, 30", "grandmother of 3, 64", "71, retired"):
  the word must be a relative, a status or a job title (``quasi_words``),
  so "order, 5" or "step 2, 5" stay;
* another language's "I am" / "he is" before a number that ends the clause
  ("ich bin 42", "ik ben 42", "tengo 42");
* "early 40s", "mid-forties", "late 30s" alone (no "the", "since", "in"
  before it: "the late 90s" is an era); only the decade goes.

Only the number (or the decade word) is removed, as in ``ages.py``.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.gates import _digits

# 0-119, not part of a longer number or a decimal ("42.5", "1,042").
_N = r"(?<![\d.,])(?:1[01]\d|[1-9]?\d)(?![.,]?\d)"
_SPELLED = (r"(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|(?:thir|four|fif|six|seven|eigh|nine)teen)\b")
# The clause ends after the age ("anna is 42.", "anna is 42 and ..."); "anna is 42 minutes late" goes on.
_FOLLOW = (r"(?=\s*(?:$|[,;:!?)\]]|\.(?!\d)|\s(?:and|or|but|now|today|this|next|last|so|when|while|in|on|with|who|"
           r"years?|yrs?|yo|soon|already|too|yet|since|then|if|because|though)\b))")
# The cue after a name; the name itself is the word that ends where the match starts (``_NAME_BEFORE``).
_NAME_AGE = re.compile(
    r"(?i)(?<=[^\W\d_])(?:(?:\s+(?:is|was)|'s|’s)(?:\s+(?:only|just|now|almost|nearly|about|already|still|barely|"
    rf"turning))?|\s+(?:just\s+)?(?:turned|turns))\s+(?P<age>{_N}){_FOLLOW}"
    rf"|(?<=[^\W\d_])\s?\((?P<age>{_N})\)"
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{1,30}$")
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|my|your|our|their|his|her|its|this|that|which|what|each|every|no)\s+$")
# Civil status right after a number that opens a line or sentence.
_STATUS = re.compile(
    rf"(?i)(?=\d)(?:^|(?<=\n|[.!?:]\s{{1,2}}))(?P<age>{_N})(?=\s*,\s*(?:married|single|divorced|widowed|separated|engaged|"
    r"retired|unemployed|pregnant|student)\b)"
)
# "Years (of age)" in languages chat mixes with English: French, Spanish,
# Portuguese, Italian, Romanian, German ("J." is its form abbreviation),
# Dutch, the Nordic languages, Polish, Czech / Slovak / Slovene, Croatian /
# Serbian, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Turkish,
# Indonesian / Malay and Tagalog. Written here: no installed package carries
# the unit names (babel is not installed).
_YEARS_WORD = (r"(?:ans|años|anos|anni|ani|jahre|jahren|j\.|jaar|år|lat|lata|letni|letnia|roky|rokov|roků|anys|let|godina|godine|éves|eves|vuotta|vuotias|"
               r"aastat|aastane|gadi|metų|metai|yaşında|yasinda|yaş|tahun|taon|anyos)")
# Words that make the number a span of time, in those languages and English.
_SPAN = (r"(?:for|since|during|over|after|in|within|durante|hace|desde|depuis|pendant|dans|per|seit|vor|f[üu]r|"
         r"sejak|selama|przez|od|po|za|sa|loob|ng)")
_FOREIGN = re.compile(
    rf"(?i)(?=\d)(?<!\b{_SPAN}\s)(?<!\b{_SPAN}\s\s)\b(?P<age>{_N})(?=\s?{_YEARS_WORD}(?![\w'’])"
    r"(?!(?<=let)\s+(?:me|us|him|her|them|you|it|go)\b))"
)
# Above: "42 let" (Czech) is an age, "the 2 let me in" is not.
_BY_AT = re.compile(
    rf"(?i)(?=(?:by|at)\s)(?:^|(?<=\n|[.!?;,]\s{{0,2}}|\b(?:and|but|so|then)\s))(?:by|at)\s+(?P<age>(?:1[3-9]|[2-9]\d)(?![.,:]?\d)"
    rf"|{_SPELLED}),?\s+(?=(?:i|he|she|we|they)\s+(?!(?:will|can|could|should|shall|need|must|would|may|might)\b)"
    r"[a-z])"
)
_DECADE = re.compile(
    r"(?i)(?=early|mid|late)(?<![\w'’-])(?<!\b(?:the|since|from|of|in|into|to|by|until|till|through|during)\s)"
    r"(?:early|mid|late)(?:\s|-|\s-\s)?(?P<age>[2-9]0'?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b"
)
# "pensioner, 71", "mum of two, 38", "pensioner (70)": a word (checked against ``_roles``), then the age ending the clause.
_END = r"(?=\s*(?:$|[,;!?)\]\n]|\.(?!\d)|\s(?:and|but|from|with|who|living|lives|here)\b))"
_ROLE_AGE = re.compile(
    rf"(?i)(?<![\w'’-])(?P<role>[^\W\d_][\w'’-]{{1,30}})(?:\s+of\s+(?:\d|one|two|three|four|five|six)\w*)?"
    rf"(?:\s*,\s*(?P<age>(?:1[01]\d|[1-9]\d)(?![.,]?\d)){_END}|\s?\(\s*(?P<age>(?:1[01]\d|[1-9]\d))\s*\))"
)
_AGE_ROLE = re.compile(
    rf"(?i)(?=\d)(?:^|(?<=\n|[.!?:;]\s{{1,2}}|\(|-\s))(?P<age>(?:1[01]\d|[1-9]\d)(?![.,]?\d))\s*,\s*"
    r"(?P<role>[^\W\d_][\w'’-]{1,30})\b"
)
# Statuses and roles that stand for a person; relatives and job titles are added when loaded.
_ROLES = frozenset("""pensioner pensioners retiree retired oap widow widower widowed divorced divorcee married single
separated engaged unemployed jobless student undergrad grad graduate freshman sophomore mother father mum mom dad
mama papa grandmother grandfather grandma grandpa granny gran grandad nan wife husband son daughter boy girl man
woman male female guy lady gentleman parent carer caregiver homemaker housewife househusband veteran vet expat
immigrant refugee newlywed fiance fiancee bachelor spinster orphan tenant landlord homeowner mother-of-two
self-employed freelancer""".split())
# Another language's "I am" / "he is" / "I have": German, Dutch, Swedish, Norwegian / Danish, Spanish, Portuguese.
_FOREIGN_SUBJECT = re.compile(
    rf"(?i)(?=\d)(?<=\b(?:ich\s+bin|er\s+ist|sie\s+ist|ik\s+ben|hij\s+is|zij\s+is|jag\s+är|han\s+är|hon\s+är|jeg\s+er|"
    rf"tengo|tiene|tienes|tenho|tens)\s+)(?P<age>{_N}){_FOLLOW}"
)
# (Each look-ahead opening a regex above is what its match starts with: the look-behinds
# are then tried only there, the same matches; tests/test_scrub_long18.py.)
_SPELLED_GATE = re.compile(r"(?i)t(?:y|ies|een)\b")  # "forty", "forties", "nineteen"


class AgeCueRecognizer(LocalRecognizer):
    """Ages as bare numbers after a name, before a status or another
    language's "years", and decades alone (see the module's docstring)."""

    SCORE = 0.5

    def __init__(self):
        super().__init__(supported_entities=["AGE"], name="AgeCueRecognizer")

    def load(self) -> None:
        from client.scrub.words import _english_words, _first_name_words, _very_common_words
        from client.scrub.world_names import world_name_words

        very_common, english = _very_common_words(), _english_words()
        self.names = frozenset(w for w in _first_name_words() if w not in very_common) | frozenset(
            w for w in world_name_words() if len(w) >= 3 and w not in english)
        from client.scrub.quasi_words import occupation_phrases

        self.roles = _ROLES | frozenset(w for w in occupation_phrases() if " " not in w)

    def analyze(self, text, entities, nlp_artifacts=None):
        digits = _digits(text) > 0
        if not digits and not _SPELLED_GATE.search(text):
            return []
        found = []
        if digits:
            for m in _NAME_AGE.finditer(text):
                name = _NAME_BEFORE.search(text, max(0, m.start() - 32), m.start())
                if name and name.group().lower() in self.names \
                        and not _DETERMINER.search(text, max(0, name.start() - 8), name.start()):
                    found.append(m.span("age"))
            found += [m.span("age") for rx in (_STATUS, _FOREIGN, _FOREIGN_SUBJECT) for m in rx.finditer(text)]
            found += [m.span("age") for rx in (_ROLE_AGE, _AGE_ROLE) for m in rx.finditer(text)
                      if m.group("role").lower() in self.roles]
        found += [m.span("age") for rx in (_BY_AT, _DECADE) for m in rx.finditer(text)]
        return [
            RecognizerResult(
                entity_type="AGE", start=start, end=end, score=self.SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(set(found))
        ]
