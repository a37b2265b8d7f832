"""Quasi-identifiers that word lists find: occupations, and nationality,
religious or political groups (Presidio's ``NRP``).

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

_LONGEST = 4  # words in the longest phrase looked up

# Nationalities and ethnic groups (adjectives and nouns; plurals are added below).
_NATIONALITIES = """
afghan albanian algerian american andorran angolan argentine argentinian armenian australian
austrian azerbaijani bahraini bangladeshi barbadian belarusian belgian belizean beninese
bhutanese bolivian bosnian brazilian british bruneian bulgarian burmese burundian cambodian
cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech
danish dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian fijian
filipino finnish french gabonese gambian georgian german ghanaian greek grenadian guatemalan
guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti
kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian
malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan
mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian
nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish
portuguese qatari romanian russian rwandan salvadoran samoan saudi scottish senegalese serbian
sierra-leonean singaporean slovak slovenian somali south-african spanish sri-lankan sudanese
surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan
trinidadian tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese
welsh yemeni zambian zimbabwean
arab asian african european latino latina latinx hispanic caucasian kurdish kurd roma romani
pashtun punjabi bengali tamil gujarati sikh berber tuareg yoruba igbo hausa zulu xhosa maori
aboriginal inuit cherokee navajo creole
slav yugoslav chechen tatar uyghur uighur bedouin kazakhstani uzbekistani ashkenazi sephardi sephardic
middle-eastern east-asian south-asian southeast-asian native-american african-american pacific-islander
"""
# Nationals as "-man" / "-woman" nouns ("a dutchwoman", "the irishmen").
_NATIONAL_NOUNS = " ".join(
    f"{stem}{end}" for stem in "english french irish dutch scots welsh cornish manx".split()
    for end in ("man", "men", "woman", "women"))
# Religions, their followers, and political groups.
_GROUPS = """
christian catholic protestant evangelical baptist methodist lutheran anglican presbyterian
pentecostal mormon adventist orthodox quaker amish jehovah's muslim moslem islamic sunni shia
shiite jewish jew judaism hindu buddhist sikh jain bahai baha'i zoroastrian taoist shinto
pagan wiccan atheist agnostic rastafarian scientologist confucian unitarian druze yazidi coptic
copt sufi salafi hasidic shintoist
democrat democratic republican labour tory tories liberal libertarian conservative socialist
communist marxist anarchist green greens nationalist fascist
"""
# Ordinary senses that outnumber the group sense in customer text.
_AMBIGUOUS = frozenset("green greens liberal liberals conservative democratic orthodox polish".split())


def _plurals(words):
    out = set()
    for w in words:
        out.add(w)
        if w.endswith(("ese", "ss", "sh", "ch", "ish")) or w in ("swiss", "thai", "lao"):
            continue
        out.add(w + "s")
    return out


_RELIGIONS = """christianity catholicism protestantism islam judaism hinduism buddhism sikhism
jainism taoism shintoism atheism agnosticism mormonism confucianism zoroastrianism"""
_DEMONYM_SUFFIXES = ("n", "ns", "an", "ans", "ian", "ians", "ean", "eans", "er", "ers", "ese", "i", "is")


@lru_cache(maxsize=1)
def group_words() -> frozenset[str]:
    """The lists above, and demonym-shaped forms of country names that are no
    English word ("ecuadoreans", "icelanders", "kenyans")."""
    from faker.providers.address.en_US import Provider

    from client.scrub.words import _english_words

    words = _plurals(w.replace("-", " ") for w in (_NATIONALITIES + _GROUPS).split())
    words.update([w.replace(" ", "-") for w in words if " " in w])  # "middle-eastern", "sri-lankan"
    words.update(_RELIGIONS.split())
    words.update(_NATIONAL_NOUNS.split())
    english = _english_words()
    for country in Provider.countries:
        country = country.lower()
        if len(country) < 4 or "," in country or "(" in country:
            continue
        # "new zealand" -> "new zealanders", "cape verde" -> "cape verdean"
        head, _, last = country.rpartition(" ")
        prefix = f"{head} " if head else ""
        for stem in (last, last[:-1]) if last[-1] in "aeioy" else (last,):
            words.update(prefix + d for d in (stem + s for s in _DEMONYM_SUFFIXES)
                         if d not in english or prefix)
    return frozenset(words)


_PAREN = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def occupation_phrases() -> frozenset[str]:
    """Job titles from Faker's English list ("Accountant, chartered certified"
    -> "chartered certified accountant" and "accountant"), with plurals."""
    from faker.providers.job.en_US import Provider

    phrases = set()
    for job in Provider.jobs:
        job = _PAREN.sub("", job).lower().replace("/", " ")
        head, _, qualifier = job.partition(",")
        head, qualifier = head.strip(), qualifier.strip()
        for phrase in (head, f"{qualifier} {head}".strip()):
            if 0 < len(phrase.split()) <= _LONGEST:
                phrases.add(phrase)
                phrases.add(phrase + ("es" if phrase.endswith(("s", "sh", "ch")) else "s"))
    phrases.update(_EXTRA_OCCUPATIONS.split())
    return frozenset(phrases - _NOT_OCCUPATIONS)


# Common jobs Faker's list leaves out or names more formally.
_EXTRA_OCCUPATIONS = """
nurse nurses doctor doctors teacher teachers lawyer lawyers attorney attorneys plumber plumbers
electrician electricians carpenter carpenters mechanic mechanics cashier cashiers waiter
waiters waitress waitresses chef chefs cook cooks baker bakers butcher butchers farmer farmers
driver drivers trucker truckers cleaner cleaners janitor janitors nanny nannies babysitter
firefighter firefighters policeman policewoman cop cops soldier soldiers pilot pilots
programmer programmers developer developers accountant accountants dentist dentists surgeon
surgeons pharmacist pharmacists paramedic paramedics midwife midwives vet vets veterinarian
professor professors lecturer lecturers student students nurse-practitioner barista baristas
hairdresser hairdressers barber barbers builder builders contractor contractors freelancer
freelancers consultant consultants realtor realtors banker bankers clerk clerks receptionist
receptionists secretary secretaries priest priests pastor pastors imam rabbi nun nuns
"""
# Faker titles that are everyday words in support text.
_NOT_OCCUPATIONS = frozenset("""administrator administrators manager managers officer officers
assistant assistants director directors designer designers technician technicians engineer
engineers scientist scientists adviser advisers advisor advisors worker workers editor editors
producer producers operator operators""".split())


class WordListRecognizer(LocalRecognizer):
    """Phrases of up to ``_LONGEST`` lower-cased tokens found in a set."""

    def __init__(self, entity: str, name: str, phrases, score: float, skip=frozenset()):
        self._phrases_fn, self._skip = phrases, skip
        self._score = score
        super().__init__(supported_entities=[entity], name=name)

    def load(self) -> None:
        self.phrases = self._phrases_fn()
        self.first_words = frozenset(p.split()[0] for p in self.phrases)

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
                if phrase in self.phrases and phrase not in self._skip:
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
_PERSON_SUBJECTS = frozenset("i he she wife husband mum mom dad father mother son daughter sister brother".split())
_AS_VERBS = frozenset("work works worked working job employed retired trained".split())
_ARTICLES = frozenset("a an".split())
# Job-shaped endings ("lineman", "lithographer", "conservationist") and heads
# that are jobs whatever their ending.
_JOB_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "grapher", "logist", "smith", "wright")
_JOB_HEADS = frozenset("""aide attendant agent vendor clergy clergyman tender assistant consultant
student intern apprentice trainee chef cook nanny nurse medic paramedic surgeon clerk cashier
guard porter courier maid cleaner""".split())
# Person nouns with a job-shaped ending that are no job.
_NOT_JOBS = frozenset("""customer member user owner holder fan beginner newcomer foreigner believer
lover follower supporter subscriber listener reader viewer buyer seller partner mother father
brother sister daughter grandmother grandfather winner loser smoker drinker traveller traveler
vegetarian pensioner homeowner borrower lender saver taxpayer voter veteran other number order
letter matter better neighbour neighbor stranger sinner gamer gambler dreamer worrier nightmare
minor major senior junior fighter survivor victim prisoner passenger tenant landlord resident
patient citizen person human man woman gentleman guy lady""".split())
_JOB_MODIFIERS = frozenset("retired former trainee senior junior part-time freelance self-employed qualified".split())


class CuedOccupationRecognizer(LocalRecognizer):
    """A job after a person and "am / is / was a" or "works as a" ("im a
    kennel attendant", "she is a retired lithographer", "works as a power
    lineman"): up to four words that are not stop words, the last a known job
    head (Faker's English job titles, the list above) or job-shaped
    ("-er", "-ist", "-man", ...) and not a person noun ("customer", "fan").
    Faker's list alone misses most job titles people write."""

    def __init__(self):
        super().__init__(supported_entities=["OCCUPATION"], name="CuedOccupationRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS)
        self.heads = frozenset(p.split()[-1] for p in occupation_phrases()) | _JOB_HEADS | _NOT_OCCUPATIONS

    def _head(self, word: str) -> bool:
        if word in _NOT_JOBS or not word.replace("-", "").isalpha():
            return False
        return word in self.heads or (len(word) > 4 and word.endswith(_JOB_SUFFIXES))

    def _cued(self, lowers, k) -> bool:
        """Token k is "a"/"an" after "i'm", "she is", "works as"."""
        if k < 1 or lowers[k] not in _ARTICLES:
            return False
        before = lowers[k - 1]
        if before in _OCCUPATION_SUBJECTS:
            return True
        if before in _OCCUPATION_VERBS or before in ("'m", "'s", "m"):  # "im" is "i" + "m"
            return k > 1 and lowers[k - 2] in _PERSON_SUBJECTS
        return before == "as" and k > 1 and lowers[k - 2] in _AS_VERBS

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        lowers = nlp_artifacts.lemmas
        if _ARTICLES.isdisjoint(lowers):
            return []
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        out = []
        for k in range(1, len(lowers) - 1):
            if not self._cued(lowers, k):
                continue
            a = k + 1
            while a < len(lowers) and lowers[a] in _JOB_MODIFIERS:
                a += 1
            last = None
            for m in range(a, min(len(lowers), a + 4)):
                word = lowers[m]
                if word in self.stop or not word.replace("-", "").isalpha():
                    break
                if self._head(word):
                    last = m
            if last is not None:
                out.append(RecognizerResult(
                    entity_type="OCCUPATION", start=starts[a], end=ends[last], score=0.45,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                ))
        return out


def quasi_recognizers() -> list[LocalRecognizer]:
    return [
        WordListRecognizer("OCCUPATION", "OccupationRecognizer", occupation_phrases, 0.45),
        CuedOccupationRecognizer(),
        WordListRecognizer("NRP", "GroupRecognizer", group_words, 0.5, skip=_AMBIGUOUS),
    ]
