"""Recognizers of quasi-identifiers: occupations, and nationality,
religious or political groups (Presidio's ``NRP``); their word lists are in
``quasi_words.py``, the cues of groups in ``quasi_groups.py``.

Alone they name nobody; together with a place or an age they can single a
person out, and the groups are special categories under GDPR Art. 9. Both
recognizers read the lower-cased tokens, so "my neighbour is a nurse" and
"we are catholics" are found as typed in chat. spaCy's ``NORP`` label adds
capitalised groups the list lacks.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.date_parts import DatePartsRecognizer
from client.scrub.date_words import DatePartRecognizer
from client.scrub.dates import date_recognizer
from client.scrub.day_cues import day_cue_recognizer
from client.scrub.group_cues import GroupCueRecognizer
from client.scrub.month_typos import month_typo_recognizer
from client.scrub.ner_dates import NerDateRecognizer
from client.scrub.quasi_groups import _GROUP_COMPOUNDS, _LANGUAGES, GroupLabelRecognizer, _group_allowed
from client.scrub.quasi_words import (
    _ADJECTIVE_HEADS,
    _COMPOUND_HEADS,
    _COMPOUND_MODIFIERS,
    _JOB_HEADS,
    _JOB_SUFFIXES,
    _LONGEST,
    _NOT_JOB_ENDINGS,
    _NOT_JOB_HEADS,
    _NOT_JOBS,
    _NOT_OCCUPATIONS,
    _OF_HEADS,
    ambiguous_words,
    bls_titles,
    esco_heads,
    group_words,
    occupation_phrases,
    ons_titles,
)
from client.scrub.world_dates import world_date_recognizer

_FIRST_TOKEN = re.compile(r"[\s\-']")


class WordListRecognizer(LocalRecognizer):
    """Phrases of up to ``_LONGEST`` lower-cased tokens found in a set. A phrase
    in ``skip`` counts only where ``allow(tokens, lowers, i)`` says so (``i`` its
    first token); one followed by a word of ``not_before`` ("driver's licence",
    "student loan") never does, nor one after a word of ``not_after``
    ("printer driver")."""

    def __init__(self, entity: str, name: str, phrases, score: float, skip=frozenset(), allow=None,
                 not_before=frozenset(), not_after=frozenset()):
        self._phrases_fn, self._skip, self._allow, self._not_before = phrases, skip, allow, not_before
        self._not_after = not_after
        self._score = score
        super().__init__(supported_entities=[entity], name=name)

    def load(self) -> None:
        self.phrases = self._phrases_fn()
        # spaCy splits "far-right" and "jehovah's" into several tokens.
        self.first_words = frozenset(_FIRST_TOKEN.split(p, maxsplit=1)[0] for p in self.phrases)

    def _followed_by_compound(self, lowers, m) -> bool:
        """Token ``m`` (the one after a phrase), or the one after a possessive
        "'s", is a word of ``not_before``."""
        if m < len(lowers) and lowers[m] in ("'s", "s"):
            m += 1
        return m < len(lowers) and lowers[m] in self._not_before

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        if not self.first_words.intersection(lowers):
            return []
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        out, i, n = [], 0, len(lowers)
        while i < n:
            if lowers[i] not in self.first_words:
                i += 1
                continue
            for m in range(min(n, i + _LONGEST), i, -1):
                phrase = text[starts[i]:ends[m - 1]].lower()
                if phrase not in self.phrases:
                    continue
                if phrase in self._skip and not (
                        self._allow and self._allow(nlp_artifacts.token_texts, lowers, i)):
                    continue
                if self._not_before and self._followed_by_compound(lowers, m):
                    continue
                if i and lowers[i - 1] in self._not_after:
                    continue
                out.append(RecognizerResult(
                    entity_type=self.supported_entities[0], start=starts[i], end=ends[m - 1],
                    score=self._score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
                i = m - 1
                break
            i += 1
        return out


# "i'm a ...", "she is a ...", "works as a ...": what follows may be a job.
_OCCUPATION_SUBJECTS = frozenset("i'm im i'am he's hes she's shes".split())
_OCCUPATION_VERBS = frozenset("am is was".split())
_PERSON_SUBJECTS = frozenset("""i he she who wife husband partner boyfriend girlfriend friend mum mom
dad father mother son daughter sister brother neighbour neighbor colleague cousin uncle aunt
applicant claimant employee patient client tenant spouse insured policyholder""".split())
# "used to be a ...", "training to be a ...": the verb before "to be".
_TO_BE_VERBS = frozenset("""used want wants wanted trained training train studying study studied going hope
hoping""".split())
_AS_VERBS = frozenset("""work works worked working job jobs employed retired trained hired career role
position volunteer volunteers volunteering moonlighting started began qualified""".split())
_ARTICLES = frozenset("a an".split())
_ADVERBS = frozenset("currently now also still actually just previously formerly recently originally".split())
_BECOME = frozenset("been become became becoming being".split())
_CUE_ARTICLES = _ARTICLES | {"the"}
# A label before a job: "occupation: nurse", "my job title is ...".
_JOB_LABELS = frozenset("occupation profession job title position role designation employment".split())
_WORK_LABELS = frozenset("work career".split())  # before ":" only
_LABELS_OPENING = frozenset("occupation profession position job role designation".split())
# "i am packing machine operator by profession": a bare title of any head.
_BY_TRADE = frozenset("profession trade occupation".split())
_BARE_TITLE_WORDS = 3  # words a bare title without "by profession" may have
_AFTER_LABEL = frozenset(", . ; ! ?".split())
_LABELS_ONLY = frozenset("occupation occupations profession".split())  # never inside a title
# Before a job in apposition: "Ann Lee, the senior accountant, said".
_APPOSITION_DETERMINERS = frozenset("the a an our my his her their your".split())
# What may follow a job in apposition or ending a line.
_AFTER_APPOSITION = frozenset(", . ) ; : ! ? at for with in from of and".split())
# What may end a job title alone on a line or in brackets ("nurse here, quick q").
_LINE_END = frozenset(("here", "|"))
_CLOSING = frozenset(")")
# Inside a job title: "risk and insurance manager", "cutting, punching, and
# press machine setter", "real-time captioner", "plumber/electrician".
_CONNECTORS = frozenset(", and & / -".split())
# spaCy stop words that open job titles ("front desk clerk", "full-time nurse").
# "bottom scrubber", "side door man", "top seller" too.
_STOP_IN_TITLES = frozenset("part full front back first third call bottom side top mine well".split())  # "call centre agent", "mine captain", "well tender"
_TYPO_MIN = 7  # letters a known head needs before its one-letter typos count
_PHRASE_TOKENS = 10  # tokens a job title may span, connectors included
_BARE_VERBS = _OCCUPATION_VERBS | {"'m", "m"}
_CUE_WORDS = (_CUE_ARTICLES | _APPOSITION_DETERMINERS | _OCCUPATION_VERBS | _LABELS_OPENING
              | {"as", ":", "-", "'m", "m", "(", "|", ","})
_JOB_MODIFIERS = frozenset("retired former trainee senior junior part-time freelance self-employed qualified".split())
# Modifiers that only a job follows, so they cue one alone: "retired firefighter",
# "self-employed plumber", "a night-shift nurse" ("former" and "senior" do not:
# "my former employer", "senior citizens").
_CUING_MODIFIERS = frozenset("retired trainee part-time full-time freelance self-employed night-shift locum".split())
# Ranks that cue a title only before a known job head within three words
# ("senior claims adjuster", "junior software engineer"; "senior citizens",
# "junior isa" stay; not "lead": "the lead actor" of a review).
_RANKS = frozenset("senior junior deputy apprentice".split())
# "single mum and carer, ...": a job listed after what the writer is.
_LISTED_AFTER = frozenset("""mum mom dad mother father parent wife husband grandmother grandfather
grandma grandad widow widower""".split())
_LIST_END = frozenset(", . ! ? ; and".split())
# A text or line opening with a job and a comma ("bricklayer, 3 kids, ..."):
# not after a greeting ("dear manager,"), and a job-shaped word must be rare
# in English ("later, ..." stays).
_GREETINGS = frozenset("dear hi hello hey attn attention to".split())
_OPENING_JOB_MAX_FREQUENCY = 20_000


def _line_break(token: str) -> bool:
    return "\n" in token and not token.strip()


@lru_cache(maxsize=1)
def _typo_heads(heads: frozenset[str]) -> frozenset[str]:
    """Known heads with one inner letter dropped ("suprvisor", "anayst") that
    are no English word: people type titles fast. Built once for the three
    occupation recognizers that share ``heads``."""
    from client.scrub.words import _english_frequencies

    frequency = _english_frequencies()
    return frozenset(t for h in heads if len(h) >= _TYPO_MIN and h.isalpha() and h not in _NOT_JOBS
                     for t in (h[:i] + h[i + 1:] for i in range(1, len(h) - 1)) if t not in frequency)


class CuedOccupationRecognizer(LocalRecognizer):
    """A job title where its place says it is one: after a person and "am /
    is / was a" or "works as a" ("im a kennel attendant", "she is a retired
    lithographer"), after "as a" ("as a night shift supervisor"), in
    apposition ("Thomas Svendsen, the assistant property manager, said"),
    alone on a line or between "|" (an e-mail signature: "Ann Lee\\nPayroll
    coordinator\\n..."), alone in brackets, or opening a text before "here"
    ("night shift supervisor here, quick question"), after a label
    ("occupation: ...").
    A title is up to six words that are not stop words, joined by "and", commas
    or hyphens, the last a known job head (Faker's English job titles, the
    list above, the ONS coding index's one-word titles: "monk", "seamstress",
    "corporal"; ESCO's heads: "pizzaiolo", "merchant") or job-shaped ("-er", "-ist", "-man", "-hand", ...) and neither a person
    or object noun ("customer", "reminder") nor a group ("german"). Faker's
    list alone misses most job titles people write."""

    def __init__(self):
        super().__init__(supported_entities=["OCCUPATION"], name="CuedOccupationRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) - _STOP_IN_TITLES
        heads = (frozenset(p.split()[-1] for p in occupation_phrases()) | _JOB_HEADS | _NOT_OCCUPATIONS
                 | ons_titles()[0] | esco_heads() | bls_titles()[0])
        self.heads = heads - _NOT_JOB_HEADS
        self.groups = group_words()
        from client.scrub.words import _english_frequencies

        self.frequency = _english_frequencies()
        self.typo_heads = _typo_heads(self.heads)

    def _head(self, word: str) -> bool:
        if word in _NOT_JOBS or word in self.groups or not word.replace("-", "").isalpha():
            return False
        if word in self.heads or (word.endswith("s") and word[:-1] in self.heads):
            return True
        if word in self.typo_heads or (word.endswith("s") and word[:-1] in self.typo_heads):
            return True
        return len(word) > 4 and word.endswith(_JOB_SUFFIXES) and (
            not word.endswith(_NOT_JOB_ENDINGS) or word.endswith("stylist"))  # "hairstylist", not "checklist"

    def _known(self, word: str) -> bool:
        """A known job head (a list's, not only job-shaped), no person noun."""
        return word not in _NOT_JOBS and (word in self.heads or (word.endswith("s") and word[:-1] in self.heads))

    def _known_title(self, lowers, a) -> bool:
        """Tokens from ``a`` are a title ending in a known job head, not only
        a job-shaped word: "pharmacy technician", not "payment processor"."""
        while a < len(lowers) and lowers[a] in _JOB_MODIFIERS:
            a += 1
        if a >= len(lowers) or lowers[a] in self.stop or not lowers[a].isalpha():
            return False
        title = self._title(lowers, a)
        return title is not None and self._known(lowers[title[0]])

    def _person_cued(self, lowers, k) -> bool:
        """Token k is "a" / "an" / "the" after "i'm", "she is (now)", "works
        as", "have been"."""
        if k < 1 or lowers[k] not in _CUE_ARTICLES:
            return False
        j = k - 1
        if lowers[j] in _ADVERBS and j >= 1:  # "i'm currently a ..."
            j -= 1
        before = lowers[j]
        if before in _OCCUPATION_SUBJECTS or before in _BECOME:
            return True
        if before in _OCCUPATION_VERBS or before in ("'m", "'s", "m"):  # "im" is "i" + "m"
            return j > 0 and lowers[j - 1] in _PERSON_SUBJECTS
        if before == "be":  # "i used to be a welder"
            return j > 1 and lowers[j - 1] == "to" and lowers[j - 2] in _TO_BE_VERBS
        return before == "as" and j > 0 and lowers[j - 1] in _AS_VERBS

    def _bare_job(self, lowers, k) -> bool:
        """Token k opens a job title right after "i am" / "she is" without
        an article: up to three words ending in a known job head ("i am
        teacher", "i am head of payroll"; known heads only, as adjectives end
        in "-er" too: "i am clever"), or any title before "by profession"
        ("i am packing machine operator by profession")."""
        if k < 2 or k >= len(lowers) or lowers[k - 1] not in _BARE_VERBS or lowers[k - 2] not in _PERSON_SUBJECTS:
            return False
        while k < len(lowers) and lowers[k] in _JOB_MODIFIERS:
            k += 1
        title = self._title(lowers, k)
        if title is None:
            return False
        head, last = title
        if last + 2 < len(lowers) and lowers[last + 1] == "by" and lowers[last + 2] in _BY_TRADE:
            return True
        word = lowers[head]
        return head - k < _BARE_TITLE_WORDS and word not in _NOT_JOBS and word not in _ADJECTIVE_HEADS and (
            word in self.heads or word[:-1] in self.heads)

    def _cue(self, lowers, k):
        """Where a job title cued by token ``k`` starts, and what must follow
        it (None: anything; an empty set: the end of its line), or None."""
        word, before = lowers[k], lowers[k - 1] if k else ""
        if word not in _CUE_WORDS and not _line_break(word) and not self._bare_job(lowers, k + 1):
            return None
        if self._person_cued(lowers, k) or (word in _ARTICLES and before == "as"):
            return k + 1, None
        if self._bare_job(lowers, k + 1):
            return k + 1, None
        if word == "as" and before in _AS_VERBS and lowers[k + 1] not in _CUE_ARTICLES:
            return k + 1, None  # "i work as nurse"
        if (word in (":", "-") or word in _OCCUPATION_VERBS) and before in _JOB_LABELS:
            return k + 1, None  # "occupation: ...", "my job title is ..."
        if word == ":" and before in _WORK_LABELS:
            return k + 1, None  # "work: quality analyst" (a title needs a job head)
        if word in _LABELS_OPENING and (k == 0 or _line_break(before)) and lowers[k + 1] not in (":", "-"):
            return k + 1, _AFTER_LABEL  # "position computer scientist." opening a form line
        if word in _APPOSITION_DETERMINERS and before == ",":
            return k + 1, _AFTER_APPOSITION
        if word == "," and self._known_title(lowers, k + 1):
            return k + 1, _AFTER_APPOSITION  # "jane doe, pharmacy technician at boots"
        if word == "(":
            return k + 1, _CLOSING  # "Ann Lee (payroll coordinator)"
        if _line_break(word) or word == "|":
            return k + 1, _LINE_END  # a signature: "Ann Lee | Payroll coordinator | ..."
        return None

    def _title_end(self, lowers, a) -> int | None:
        """The last token of a job title starting at token ``a``, or None."""
        title = self._title(lowers, a)
        return None if title is None else title[1]

    def _title(self, lowers, a):
        """(last head, last token) of a job title starting at token ``a``, or
        None; a head of ``_OF_HEADS`` takes up to three words after "of"
        ("head of procurement", "director of creative services")."""
        last, words, n = None, 0, len(lowers)
        for m in range(a, min(n, a + _PHRASE_TOKENS)):
            word = lowers[m]
            if word in _CONNECTORS:
                continue
            if word == "of" and last == m - 1 and lowers[last] in _OF_HEADS:
                end = m
                for j in range(m + 1, min(n, m + 4)):
                    if lowers[j] in self.stop or lowers[j] in _LABELS_ONLY or not lowers[j].isalpha():
                        break
                    end = j
                return (last, end) if end > m else (last, last)
            if (word in self.stop and not self._hyphened(lowers, m)) or word in _LABELS_ONLY or not word.replace(
                    "-", "").replace("'", "").isalpha():
                break
            words += 1
            if words > 6:
                break
            if self._head(word):
                last = m
        return None if last is None else (last, last)

    @staticmethod
    def _hyphened(lowers, m) -> bool:
        """Token m is a stop word joined by a hyphen to the word after it
        ("make-ready worker", "take-down inspector")."""
        return m + 2 < len(lowers) and lowers[m + 1] == "-" and lowers[m + 2].isalpha()

    def _opening_job(self, lowers, a, last) -> bool:
        """Tokens a..last, opening a text or line before a comma, are a job
        ("carer, 3 kids"): no greeting first, and a known job head or a rare word."""
        word = lowers[last]
        known = word in self.heads or (word.endswith("s") and word[:-1] in self.heads)
        if lowers[a] in _GREETINGS or not _LISTED_AFTER.isdisjoint(lowers[a:last]):
            return False  # "dear manager,", "single mum and carer," (the job alone: see _cue_alone)
        return known or self.frequency.get(word, 0) < _OPENING_JOB_MAX_FREQUENCY

    def _cue_alone(self, lowers, k):
        """A cue that needs no person or article: a modifier only jobs follow
        ("self-employed plumber"), or "and" after what the writer is ("single
        mum and carer,")."""
        word = lowers[k]
        if word in _CUING_MODIFIERS or (k > 1 and lowers[k - 1] == "-"
                                        and f"{lowers[k - 2]}-{word}" in _CUING_MODIFIERS):
            return k + 1, None
        if word in _RANKS:
            title = self._title(lowers, k + 1)
            if title and title[0] - k <= 3 and self._known(lowers[title[0]]):
                return k + 1, None
        if word == "and" and k > 0 and lowers[k - 1] in _LISTED_AFTER:
            return k + 1, _LIST_END
        return None

    def _spans(self, lowers):
        """(first, last) tokens of each job title found."""
        n = len(lowers)
        for k in range(-1, n - 1):
            cue = (0, _LINE_END) if k < 0 else self._cue(lowers, k) or self._cue_alone(lowers, k)
            if cue is None:
                continue
            a, needs_after = cue
            while a < n and lowers[a] in _JOB_MODIFIERS:
                a += 1
            last = self._title_end(lowers, a)
            if last is None:
                continue
            after = lowers[last + 1] if last + 1 < n else None
            if needs_after is None or after is None or _line_break(after) or after in needs_after:
                yield a, last
            elif needs_after is _LINE_END and after == "," and self._opening_job(lowers, a, last):
                yield a, last

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        return [RecognizerResult(
            entity_type="OCCUPATION", start=starts[a], end=ends[last], score=0.45,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        ) for a, last in self._spans(lowers)]


def quasi_recognizers() -> list[LocalRecognizer]:
    from client.scrub.job_caps import CapitalisedTitleRecognizer  # they import this module's cues
    from client.scrub.job_fields import JobFieldRecognizer

    return [
        WordListRecognizer("OCCUPATION", "OccupationRecognizer", occupation_phrases, 0.45,
                           not_before=_COMPOUND_HEADS, not_after=_COMPOUND_MODIFIERS),
        CuedOccupationRecognizer(),
        JobFieldRecognizer(),
        CapitalisedTitleRecognizer(),
        WordListRecognizer("NRP", "GroupRecognizer", group_words, 0.5, skip=ambiguous_words() | _LANGUAGES,
                           allow=_group_allowed, not_before=_GROUP_COMPOUNDS),
        GroupLabelRecognizer(),
        GroupCueRecognizer(),
        date_recognizer(),
        world_date_recognizer(),
        month_typo_recognizer(),
        DatePartsRecognizer(),
        NerDateRecognizer(),
        DatePartRecognizer(),
        day_cue_recognizer(),
    ]
