"""Organisations as chat types them: without a legal form, in lower case,
joined with "and" ("i work at blue river analytics", "employer: harper and
sons", "watersmart software charged me twice")."""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub.legal_forms import legal_forms
from client.scrub.quasi_words import occupation_phrases
from client.scrub.words import _english_frequencies, _english_words, _name_words, _place_phrases

# Who serves the writer: "a quote from ...", "our vet was ...", "supplier: ...".
# A lower-case name after these needs a word English has no use for ("donated
# to charity" stays: "charity" is a first name, and an everyday word).
_SERVICE_CUES = frozenset({
    ("quote", "from"), ("quotes", "from"), ("invoice", "from"), ("invoices", "from"), ("estimate", "from"),
    ("vet", "was"), ("vet", "is"), ("vets", "is"), ("vets", "was"), ("gp", "is"), ("gp", "was"),
    ("insurer", "is"), ("insurer", "was"), ("insurer", ":"), ("provider", "is"), ("provider", ":"),
    ("supplier", "is"), ("supplier", ":"), ("supplier", ","), ("donated", "to"), ("donate", "to"),
    ("'m", "with"), ("am", "with"), ("bank", "is"), ("bank", ":"),
    # where the writer or a relative studies, is treated, volunteers, shops
    ("studied", "at"), ("study", "at"), ("studies", "at"), ("studying", "at"), ("graduated", "from"),
    ("enrolled", "at"), ("enrolled", "in"), ("admitted", "to"), ("admitted", "at"), ("treated", "at"),
    ("discharged", "from"), ("volunteer", "at"), ("volunteers", "at"), ("volunteered", "at"),
    ("teach", "at"), ("teaches", "at"), ("taught", "at"), ("bought", "from"), ("ordered", "from"),
    ("calling", "from"), ("goes", "to"), ("go", "to"), ("fees", "at"), ("fees", "for"),
    ("transfer", "to"), ("transfers", "to"), ("transferred", "to"), ("sent", "to"),
})
# "spent a year at ...": strict as the cues of service.
_YEAR_CUES = frozenset({("year", "at"), ("years", "at")})
# Words after which an organisation's name follows ("i work at ...").
_EMPLOYER_CUES = {
    ("work", "at"), ("work", "for"), ("works", "at"), ("works", "for"), ("worked", "at"),
    ("worked", "for"), ("working", "at"), ("working", "for"), ("employed", "by"), ("employed", "at"),
    ("job", "at"), ("job", "with"), ("intern", "at"), ("employer", ":"), ("employer", "is"),
    ("company", ":"), ("bank", "with"), ("banks", "with"), ("banked", "with"), ("banking", "with"),
    ("insured", "with"), ("switched", "to"), ("switching", "to"), ("my", "employer"), ("our", "employer"),
    ("employer", "was"), ("employer", ","), ("started", "at"), ("start", "at"), ("starting", "at"),
    ("letter", "from"), ("contract", "with"), ("loan", "with"), ("mortgage", "with"), ("account", "with"),
    ("shift", "at"), ("shifts", "at"), ("placement", "at"), ("internship", "at"),
} | _SERVICE_CUES | _YEAR_CUES
# After these a name made of everyday words counts too, in lower case when of
# two or three words ("i work at blue river", "a quote from fresh start"),
# capitalised after any cue ("my insurer is Golden Gate").
_PLACE_CUES = frozenset({
    ("work", "at"), ("works", "at"), ("worked", "at"), ("working", "at"), ("job", "at"), ("job", "with"),
    ("quote", "from"), ("quotes", "from"), ("invoice", "from"), ("invoices", "from"), ("estimate", "from"),
    ("donated", "to"), ("'m", "with"), ("am", "with"), ("bank", "with"), ("banks", "with"),
    ("insured", "with"), ("started", "at"), ("shift", "at"), ("placement", "at"), ("internship", "at"),
})
# Words that open a description, not a name: "donated to local charities", "work at full capacity".
_NOT_NAME_STARTS = frozenset("""local national various several different other another big small
large new old full part half two three four five night nights weekend weekends home times weird odd
same wrong right good bad great nice lovely best worst multiple many most some few all""".split())
# Times that end a clause, not a name: "it has not worked at multiple places today".
_TIME_WORDS = frozenset("today tonight yesterday tomorrow morning evening afternoon week month year".split())
# Who pays the writer or whom the writer pays: "my salary comes from ...", "payment to ...".
# Two names joined after these are left to the span step, which makes a firm of
# surnames and keeps two first names people ("payment to anna and peter").
_PAYMENT_CUES = frozenset({
    ("salary", "from"), ("comes", "from"), ("paid", "by"), ("payment", "to"), ("payments", "to"),
    ("payment", "from"), ("debit", "to"), ("refund", "from"), ("merchant", "was"), ("merchant", "is"),
    ("merchant", ":"), ("payee", ":"),
})
_WORK_VERBS = frozenset("work works worked working employed job".split())
# Heads that make a name an organisation ("... analytics", "... software").
_ORG_HEADS = frozenset("""holdings group bank partners associates industries technologies
technology tech systems solutions services therapeutics pharmaceuticals pharma labs
laboratories media capital enterprises foundation trust agency insurance airlines motors
energy resources brands acquisitions networks healthcare finance financial logistics consulting
international worldwide analytics software traders trading ventures studios studio electrical
engineering construction foods brewing brewery bakery interiors designs digital robotics
biotech biosciences semiconductor semiconductors investments properties realty fund funds
etf corp corporation inc ltd limited llc llp plc gmbh hospital clinic school academy college
university institute office offices orchestra choir club store stores shop branch hotel restaurant
brothers bros holding pharmacy chemist chemists surgery union practice centre center nursery
kindergarten dentists cafe bistro takeaway pub gym cleaning
transport supermarket supermarkets minerals mining metals dental vets physio accountants
solicitors builders opticians plumbing haulage
charity mosque masjid church temple cooperative co-op coop montessori polytechnic madrasa
madrassa hospice society association welfare ngo mission mart diagnostics""".split())
# Legal forms too short to count alone in lower case ("sa", "ag"): they end a
# name only after a word English has no use for ("aures technologies sa").
_SHORT_LEGAL_FORMS = frozenset("sa ag nv n.v. se co co. bv b.v. oy ab kk spa s.a. pte".split())
# Inside a name: "harper and sons", "smith & wesson", "bank of leeds".
_JOINERS = frozenset("and & of".split())
_LONGEST = 5
# What a merchant or bank does to a customer: the words before, opening the
# sentence, name it ("demystdata charged me twice", "why did acme bank take my money").
_BILLING_VERBS = frozenset("""charged billed overcharged debited took take refunded refund blocked
declined cancelled canceled sent owes owe keeps hired fired sacked employs""".split())
# ... or a sum ("took 40 pounds", "charged $12"), or "keeps" and what it keeps doing ("keeps emailing me").
_CURRENCY_SIGNS = frozenset("£ $ € ¥ ₹".split())
_KEEPS = frozenset("keeps keep".split())
# A firm's department after its name: "roger support told me", "annalene's hr department".
_DEPARTMENTS = frozenset("hr payroll support helpdesk helpline".split())
# Kinds of support, not firms: "tech support", "live chat support".
_NOT_FIRMS = frozenset("tech it app online live phone chat email web technical customer".split())
_DEPARTMENT_PAIRS = frozenset({("customer", "service"), ("customer", "services"), ("customer", "support"),
                               ("customer", "care"), ("head", "office")})
_BE_ARTICLE = frozenset({("'m", "a"), ("'m", "an"), ("m", "a"), ("am", "a"), ("am", "an"), ("is", "a"),
                         ("is", "an"), ("'s", "a"), ("'s", "an"), ("was", "a"), ("was", "an")})
_BILLING_OBJECTS = frozenset("me us my our".split())
# Subjects that are no person: "there is a charge for ...", "it is a fee for ...".
_THING_SUBJECTS = frozenset("there it this that which what here".split())
_SENTENCE_OPENERS = frozenset(". ! ? \n".split()) | {"\n"}
_KIN_TAILS = frozenset("sons daughters brothers bros partners associates".split())
# ... after a word rarer than this in English ("olivier" and "holder", not "wife" or "kids")
_KIN_NAME_MAX_FREQUENCY = 20_000
# Words after an ambiguous legal form that end the name: "nordlys as charged me".
_FORM_FOLLOWERS = _BILLING_VERBS | frozenset("and is was has have for".split())
# The last word of a job title on a signature's line ("Accounts Manager", "Head of Operations"):
# the line after it names the firm.
_TITLE_HEADS = frozenset("""manager director engineer officer advisor adviser supervisor assistant consultant
coordinator administrator executive analyst accountant partner founder owner secretary specialist operations
president ceo cfo cto coo lead""".split())
_TITLE_ENDINGS = ("ologist", "ician", "ist")
_LINE = re.compile(r"[^\n]+")
_SIGNATURE_LINE = re.compile(r"[^\W\d_][\w&'’.,-]*(?:[ \t]+[\w&'’.,-]+){0,4}")
_WHY_DID = frozenset({("why", "did"), ("why", "has"), ("why", "have"), ("how", "come"), ("why", "does")})


class ChatOrganizationRecognizer(LocalRecognizer):
    """An organisation after an employer cue ("work at", "employer:"), or a
    lower-case run ending in an organisation head or a short legal form whose
    words are not all English ("watersmart software", "memscap sa").

    After a cue, up to five words that are not stop words (joined by "and",
    "&" or "of") count when one of them is no English word, a known name or
    place, or the last is an organisation head; "i work at night" stays.
    """

    def __init__(self):
        super().__init__(supported_entities=["ORGANIZATION"], name="ChatOrganizationRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) - _JOINERS
        self.english = _english_words()
        self.names = _name_words()
        self.places = _place_phrases()
        self.frequency = _english_frequencies()
        self.forms = legal_forms()
        self.form_firsts = frozenset(self.forms)
        self.jobs = occupation_phrases()

    def _word(self, low: str) -> bool:
        return low not in self.stop and any(c.isalnum() for c in low) and low not in ",.;:!?()\"'"

    def _brand(self, low: str) -> bool:
        return low not in self.english or low in self.names or low in self.places

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers, words = nlp_artifacts.lemmas, nlp_artifacts.token_texts
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        out = []
        n = len(lowers)
        for k in range(1, n):
            payment = (lowers[k - 1], lowers[k]) in _PAYMENT_CUES
            if (lowers[k - 1], lowers[k]) in _EMPLOYER_CUES or payment or self._works_as(lowers, k):
                m = k + 1
                while m < n and m - k <= _LONGEST and (
                        self._word(lowers[m]) or (lowers[m] in _JOINERS and m > k + 1)):
                    m += 1
                # Everyday words after the name are the sentence going on:
                # "my employer deloitte pays ...".
                while m > k + 1 and (lowers[m - 1] in _JOINERS or not (
                        self._brand(lowers[m - 1]) or lowers[m - 1] in _ORG_HEADS)) \
                        and any(self._brand(w) or w in _ORG_HEADS for w in lowers[k + 1:m - 1]):
                    m -= 1
                while m > k + 1 and lowers[m - 1] in _JOINERS:
                    m -= 1
                run = lowers[k + 1:m]
                if payment and (not run or not run[0].isalpha() or (
                        any(w in _JOINERS for w in run) and run[-1] not in _ORG_HEADS)):
                    continue  # "a payment from 2 days ago"
                end = self._everyday_name(lowers, words, k)
                # after a strict cue, no lone head ("a year at university") nor English word ("donated to charity")
                strict = (lowers[k - 1], lowers[k]) in _SERVICE_CUES or (lowers[k - 1], lowers[k]) in _YEAR_CUES
                if run and (any(self._brand(w) and not (strict and w in self.english)
                                for w in run if w not in _JOINERS)
                            or (run[-1] in _ORG_HEADS and len(run) > 1 and not (
                                strict and run[0] in _NOT_NAME_STARTS))):  # a lone head: "working at stores"
                    out.append(self._result(starts[k + 1], ends[max(m, end) - 1]))
                elif end > k + 1:
                    out.append(self._result(starts[k + 1], ends[end - 1]))
        for k in range(1, n):
            low = lowers[k]
            if low not in _ORG_HEADS and low not in _SHORT_LEGAL_FORMS:
                continue
            a = k - (k > 1 and lowers[k - 1] in ("'s", "’s") and low in _ORG_HEADS)  # "valkama's plumbing"
            if a == k and k > 1 and lowers[k - 1] in _ORG_HEADS:
                a -= 1  # two heads: "samoei dental practice"
            while a > 0 and k - a < 4 and self._word(lowers[a - 1]) and lowers[a - 1] not in _ORG_HEADS:
                a -= 1
            # "award-winning coen brothers": everyday words before the name are the sentence's
            while a < k - 1 and self._brand(lowers[a + 1]) and not self._brand(lowers[a]):
                a += 1
            if a < k and any(lowers[q] not in self.english and not lowers[q].isdigit()
                             and lowers[q] not in ("'s", "’s") for q in range(a, k)):
                out.append(self._result(starts[a], ends[k]))
        for k in range(1, n - 1):
            if lowers[k] in _BILLING_VERBS and self._billed(lowers, k + 1):
                a = k
                while a > 0 and k - a < 4 and (self._word(lowers[a - 1]) or lowers[a - 1] in _JOINERS):
                    a -= 1
                opens = a == 0 or lowers[a - 1] in _SENTENCE_OPENERS or (
                    a > 1 and (lowers[a - 2], lowers[a - 1]) in _WHY_DID)
                run = lowers[a:k]
                if opens and run and run[0] not in _JOINERS and (
                        any(self._brand(w) for w in run if w not in _JOINERS and w.isalpha())
                        or run[-1] in _ORG_HEADS):  # "windows 10 keeps crashing" stays
                    out.append(self._result(starts[a], ends[k - 1]))
        if not self.form_firsts.isdisjoint(lowers):
            out.extend(self._legal_forms(nlp_artifacts))
        for k in range(1, n - 1):
            # "olivier and sons", "brown & daughters": a name before a family firm's tail
            # (the name alone: the span step joins the tail to it, as to any name it found)
            if lowers[k] in ("and", "&") and k + 1 < n and lowers[k + 1] in _KIN_TAILS \
                    and lowers[k - 1].isalpha() and lowers[k - 1] not in self.stop \
                    and not (lowers[k - 1].endswith("s") and lowers[k - 1][:-1] in self.english) and (
                        self._brand(lowers[k - 1]) or self.frequency.get(lowers[k - 1], 0) < _KIN_NAME_MAX_FREQUENCY
                        or words[k - 1][:1].isupper()):
                out.append(self._result(starts[k - 1], ends[k - 1]))
        out.extend(self._before_department(lowers, starts, ends))
        if "\n" in text:
            out.extend(self._signature_firm(text))
        for k in range(1, n - 1):
            # "smith & wesson", "procter & gamble": one side no English word
            if lowers[k] == "&" and all(lowers[q].isalpha() and len(lowers[q]) > 1 and lowers[q] not in self.stop
                                        for q in (k - 1, k + 1)) \
                    and (lowers[k - 1] not in self.english or lowers[k + 1] not in self.english):
                out.append(self._result(starts[k - 1], ends[k + 1]))
        return out

    def _legal_forms(self, artifacts):
        """A legal form of any country (``legal_forms``) after up to four name
        words, in any case: "kovacs es tarsa kft", "novak s.r.o.", "Nordlys AS".
        A form that is an English word or of two letters ("as", "ab", "da")
        counts only after a word English has no use for and before the end of
        the clause, or typed in capitals: "nordlys as." but not "paid farrukh
        as agreed"."""
        lowers, words = artifacts.lemmas, artifacts.token_texts
        starts, ends = artifacts.tokens_indices, artifacts.token_ends
        # the tokens that are no lone full stop, with trailing dots dropped: "s.r.o" "." -> "s.r.o"
        keep = [q for q, w in enumerate(lowers) if w != "."]
        bare = [lowers[q].rstrip(".") for q in keep]
        out = []
        for i, first in enumerate(bare):
            if i == 0 or first not in self.form_firsts:
                continue
            for form in self.forms.get(first, ()):
                if tuple(bare[i:i + len(form)]) != form:
                    continue
                k, last = keep[i], keep[i + len(form) - 1]
                typed = "".join(words[k:last + 1])
                a = k
                while a > 0 and k - a < 4 and self._word(lowers[a - 1]) and lowers[a - 1] not in _ORG_HEADS:
                    a -= 1
                # "we use erdet keun sp.j.": everyday words before the name are the sentence's
                while a < k - 1 and self._brand(lowers[a + 1]) and not self._brand(lowers[a]):
                    a += 1
                if a == k:
                    break
                name = lowers[a:k]
                low = typed.lower()
                ambiguous = len(typed.rstrip(".")) <= 2 or low in self.english or low in self.stop
                if ambiguous and not (typed.isupper() and len(typed) > 1) and not (
                        any(w not in self.english and w.isalpha() for w in name)
                        and self._clause_end(lowers, last + 1)):
                    break
                dot = last + 1 < len(lowers) and lowers[last + 1] == "." and starts[last + 1] == ends[last]
                out.append(self._result(starts[a], ends[last] + dot))
                break
        return out

    def _signature_firm(self, text):
        """The line after a job title's in a signature: "Thanks,\\nAnna
        Novak\\nAccounts Manager\\nBlue River" (up to five words, no digits,
        not opening with a stop word, or with "the" before a head: "the new
        home company inc."). A job title ends in a
        title's head ("manager") or is one of Faker's jobs (``occupation_phrases``)."""
        out = []
        lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
        for (_, _, name), (_, _, title), (a, b, line) in zip(lines, lines[1:], lines[2:]):
            words = title.lower().split()
            if not name or not 0 < len(words) <= 5 or not (
                    words[-1] in _TITLE_HEADS or words[0] == "head" or title.lower() in self.jobs
                    or words[-1].endswith(_TITLE_ENDINGS)):
                continue
            first = line.split()[0].lower() if line else ""
            if _SIGNATURE_LINE.fullmatch(line) and not any(c.isdigit() for c in line) \
                    and line.lower() not in self.english and (
                    first not in self.stop or (first == "the" and line.lower().rstrip(".").rsplit(None, 1)[-1]
                                               in _ORG_HEADS | _SHORT_LEGAL_FORMS)):
                start = a + text[a:b].index(line)
                out.append(self._result(start, start + len(line.rstrip(".,"))))
        return out

    def _everyday_name(self, lowers, words, k) -> int:
        """The end of a name of everyday words after cue ``lowers[k]``, or 0:
        capitalised words after a lower-case cue ("my insurer is Golden
        Gate"), or, after a cue of place (``_PLACE_CUES``), two or three
        lower-case words ending the clause ("i work at blue river now")."""
        n = len(lowers)
        m = k + 1
        if not words[k][:1].isupper() and m < n and words[m][:1].isupper() and lowers[m] not in self.stop:
            while m < n and m - k <= 3 and words[m][:1].isupper() and words[m].isalpha() \
                    and lowers[m] not in self.stop:
                m += 1
            return m if lowers[k + 1] not in _NOT_NAME_STARTS else 0
        if (lowers[k - 1], lowers[k]) not in _PLACE_CUES:
            return 0
        while m < n and m - k <= 3 and words[m].isalpha() and words[m].islower() \
                and lowers[m] not in self.stop and lowers[m] not in _JOINERS \
                and not lowers[m].endswith(("ing", "ly", "ed")):
            m += 1
        if m - k < 3 or lowers[k + 1] in _NOT_NAME_STARTS or not _TIME_WORDS.isdisjoint(lowers[k + 1:m]) \
                or (m < n and lowers[m].isalpha() and lowers[m] not in self.stop):
            return 0
        return m

    @staticmethod
    def _billed(lowers, q) -> bool:
        """Token q is what a merchant's verb does to the writer: "me", "my",
        a sum ("40", "£12"), or, after "keeps", an "-ing" verb."""
        word = lowers[q]
        return word in _BILLING_OBJECTS or word in _CURRENCY_SIGNS or word[:1] in _CURRENCY_SIGNS \
            or word.isdigit() or (lowers[q - 1] in _KEEPS and word.endswith("ing") and len(word) > 5)

    def _firm_word(self, low: str) -> bool:
        return self._brand(low) and low.isalpha() and self.frequency.get(low, 0) < _KIN_NAME_MAX_FREQUENCY

    def _before_department(self, lowers, starts, ends):
        """Up to three words before a firm's department, with or without "'s",
        the first a name or no English word: "roger support told me",
        "annalene's hr department", "boryana tiling hr said". "tech support",
        "the bank's hr" stay."""
        out = []
        for k in range(1, len(lowers)):
            if lowers[k] not in _DEPARTMENTS and (
                    k + 1 >= len(lowers) or (lowers[k], lowers[k + 1]) not in _DEPARTMENT_PAIRS):
                continue
            last = k - 1 - (lowers[k - 1] in ("'s", "’s"))
            a = last + 1
            while a > 0 and last - a < 2 and self._word(lowers[a - 1]) and lowers[a - 1] not in _ORG_HEADS:
                a -= 1
            while a <= last and not self._firm_word(lowers[a]):
                a += 1  # "i called roger support": the sentence's words go
            if a <= last and lowers[a] not in _NOT_FIRMS:
                out.append(self._result(starts[a], ends[last]))
        return out

    @staticmethod
    def _clause_end(lowers, q) -> bool:
        return q >= len(lowers) or not lowers[q].isalnum() or lowers[q] in _FORM_FOLLOWERS

    @staticmethod
    def _works_as(lowers, k) -> bool:
        """ "at" or "for" after "works as a nurse" or "i'm a cleaner": the
        employer follows."""
        if lowers[k] not in ("at", "for"):
            return False
        for q in range(k - 1, max(k - 6, 0), -1):
            if lowers[q] == "as" and lowers[q - 1] in _WORK_VERBS:
                return True
            if q < k - 1 and (lowers[q - 1], lowers[q]) in _BE_ARTICLE:
                # a person is one ("i'm a cleaner at"); a thing is none ("there is a charge for 1£")
                return q < 2 or lowers[q - 2] not in _THING_SUBJECTS
            if not lowers[q].isalpha():
                return False
        return False

    def _result(self, start, end):
        return RecognizerResult(
            entity_type="ORGANIZATION", start=start, end=end, score=0.5,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
