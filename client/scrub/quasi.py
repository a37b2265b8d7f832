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
afro-caribbean afro-american
"""
# Plural and noun demonyms that are no adjective + "s" ("the finns", "spaniards"),
# and forms the country-name rule below drops as English words ("icelanders").
# No installed library lists demonyms (Faker, pycountry and Babel have none).
_DEMONYM_NOUNS = """
finn finns thais spaniard spaniards dane danes swede swedes turk turks scot scots brit brits
briton britons croat croats serb serbs czechs slovene slovenes bosniak bosniaks icelander
icelanders salvadoran salvadorans salvadorean salvadoreans filipina filipinas luxembourger
luxembourgers liechtensteiner liechtensteiners monegasque puerto-rican puerto-ricans
costa-rican costa-ricans aussie aussies hmong pashtuns bengalis sinhalese pole poles
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
copt sufi salafi hasidic shintoist jehovah's-witness jehovah's-witnesses
democrat democratic republican labour tory tories liberal libertarian conservative socialist
communist marxist anarchist green greens nationalist fascist leftist centrist
"""
# Only as written with the hyphen: "the left wing of the building" stays.
_HYPHENATED_GROUPS = "left-wing right-wing far-left far-right"
# Ordinary senses that outnumber the group sense in customer text: these count
# only capitalised after a lower-case word ("my husband is Polish", "a new
# Polish place") or after a person and "is / am / are" ("i am pole", "my dad
# is conservative"); "nail polish", "the green card", "poles apart" stay.
_AMBIGUOUS = frozenset("""green greens liberal liberals conservative conservatives democratic
orthodox polish pole poles""".split())
# "us citizens", "an eu national": short country names that are everyday words.
_CITIZENS = [f"{c} {n}" for c in "us u.s. uk eu usa uae".split()
             for n in ("citizen", "citizens", "national", "nationals")]


def _plurals(words):
    """Each word and the word + "s", grammatical or not: "chineses",
    "englishmans" are plurals learners write, and no English word."""
    out = set()
    for w in words:
        out.add(w)
        if not w.endswith("s"):
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
    words.update(_plurals(_NATIONAL_NOUNS.split()))
    words.update(w.replace("-", " ") for w in _DEMONYM_NOUNS.split())
    words.update(_CITIZENS)
    words.update(_plurals(_HYPHENATED_GROUPS.split()))
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
_FIRST_TOKEN = re.compile(r"[\s\-']")


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
    return frozenset(phrases - _NOT_OCCUPATIONS - _FAKER_NOT_JOBS)


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
dj djs
"""
# Faker job entries that are everyday words or fragments ("Make", "Copy",
# "Land", "Sub", "Best boy"): "make" alone was 172 of BANKING77's words.
_FAKER_NOT_JOBS = frozenset("make makes copy copys land lands sub subs buyer buyers runner runners".split()) | {
    "best boy", "best boys", "press sub", "press subs", "publishing copy", "publishing copys"}
# Faker titles that are everyday words in support text.
_NOT_OCCUPATIONS = frozenset("""administrator administrators manager managers officer officers
assistant assistants director directors designer designers technician technicians engineer
engineers scientist scientists adviser advisers advisor advisors worker workers editor editors
producer producers operator operators""".split())


class WordListRecognizer(LocalRecognizer):
    """Phrases of up to ``_LONGEST`` lower-cased tokens found in a set. A phrase
    in ``skip`` counts only where ``allow(tokens, lowers, i)`` says so (``i`` its
    first token); one followed by a word of ``not_before`` ("driver's licence",
    "student loan") never does."""

    def __init__(self, entity: str, name: str, phrases, score: float, skip=frozenset(), allow=None,
                 not_before=frozenset()):
        self._phrases_fn, self._skip, self._allow, self._not_before = phrases, skip, allow, not_before
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


_BE = frozenset("am 'm m is 's are 're was were".split())
_GROUP_SUBJECTS = frozenset("""i we he she they you wife husband partner mum mom dad father mother
son daughter sister brother parents family""".split())


def _ambiguous_group_cued(tokens, lowers, i: int) -> bool:
    """An ambiguous group word ("polish", "pole", "conservative") at token
    ``i`` is meant as one: written capitalised after a lower-case word ("is
    Polish", "a new Polish place"), or after a person and a form of "be",
    with an article or not ("i am pole", "my dad is a conservative")."""
    word, before = tokens[i], tokens[i - 1] if i else ""
    if word[:1].isupper() and word[1:].islower() and before.isalpha() and before.islower():
        return True
    k = i - 1
    if k >= 0 and lowers[k] in _ARTICLES:
        k -= 1
    return k >= 1 and lowers[k] in _BE and lowers[k - 1] in _GROUP_SUBJECTS


# "i'm a ...", "she is a ...", "works as a ...": what follows may be a job.
_OCCUPATION_SUBJECTS = frozenset("i'm im i'am he's hes she's shes".split())
_OCCUPATION_VERBS = frozenset("am is was".split())
_PERSON_SUBJECTS = frozenset("""i he she who wife husband partner boyfriend girlfriend friend mum mom
dad father mother son daughter sister brother neighbour neighbor colleague cousin uncle aunt""".split())
_AS_VERBS = frozenset("""work works worked working job jobs employed retired trained hired career role
position volunteer volunteers volunteering moonlighting started began qualified""".split())
_ARTICLES = frozenset("a an".split())
# Job heads that are adjectives too: "i am tender", "i am professional".
_ADJECTIVE_HEADS = frozenset("tender professional associate executive representative".split())
_ADVERBS = frozenset("currently now also still actually just previously formerly recently originally".split())
_BECOME = frozenset("been become became becoming".split())
_CUE_ARTICLES = _ARTICLES | {"the"}
# A label before a job: "occupation: nurse", "my job title is ...".
_JOB_LABELS = frozenset("occupation profession job title position role".split())
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
_STOP_IN_TITLES = frozenset("part full front back first third".split())
_PHRASE_TOKENS = 10  # tokens a job title may span, connectors included
# Job-shaped endings ("lineman", "lithographer", "conservationist") and heads
# that are jobs whatever their ending.
_JOB_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "woman", "women", "person", "grapher", "logist",
                 "smith", "wright")
_JOB_HEADS = frozenset("""aide aides attendant agent vendor clergy clergyman tender assistant consultant
student intern apprentice trainee chef cook nanny nurse medic paramedic surgeon clerk cashier
guard porter courier maid cleaner superintendent steward stewardess chauffeur concierge valet
bailiff sheriff ceo cfo cto coo dj deejay machinist mechanic labourer laborer paralegal coach
tutor housekeeper caretaker dispatcher operative operatives rep reps tech techs""".split())
# Faker job heads that are everyday nouns alone ("best boy", "health visitor").
_NOT_JOB_HEADS = frozenset("boy boys visitor visitors person persons emeritus emerituses crew crews staff staffs".split())
# Person and object nouns with a job-shaped ending that are no job.
_NOT_JOBS = frozenset("""customer member user owner holder fan beginner newcomer foreigner believer
lover follower supporter subscriber listener reader viewer buyer seller partner mother father
brother sister daughter grandmother grandfather winner loser smoker drinker traveller traveler
vegetarian pensioner homeowner borrower lender saver taxpayer voter veteran other number order
letter matter better neighbour neighbor stranger sinner gamer gambler dreamer worrier nightmare
minor major senior junior fighter survivor victim prisoner passenger tenant landlord resident
patient citizen person human man woman men women gentleman guy lady specimen abdomen
christian civilian guardian median donor
reminder transfer printer charger adapter adaptor folder filter server computer router sender
receiver voucher sticker counter container trailer poster flyer browser scanner timer tower
flower shower summer winter weather leather silver ginger burger dinner banner barrier carrier
provider issuer supplier retailer manufacturer insurer payer cover paper water answer power
corner border finger center centre layer wrapper offer proper danger monster register monitor
error floor door color colour mirror factor motor sensor elevator escalator calculator
indicator interior exterior behavior behaviour favor favour humor humour horror terror sector
vector anchor wrist twist assist exist insist resist persist consist character characters chapter
cancer rumor rumour successor predecessor ancestor sponsor smith""".split())
_NOT_JOB_ENDINGS = ("holder", "owner", "user", "member", "list")
_BARE_VERBS = _OCCUPATION_VERBS | {"'m", "m"}
_CUE_WORDS = _CUE_ARTICLES | _APPOSITION_DETERMINERS | _OCCUPATION_VERBS | {"as", ":", "-", "'m", "m", "(", "|"}
_JOB_MODIFIERS = frozenset("retired former trainee senior junior part-time freelance self-employed qualified".split())


def _line_break(token: str) -> bool:
    return "\n" in token and not token.strip()


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
    list above) or job-shaped ("-er", "-ist", "-man", ...) and neither a person
    or object noun ("customer", "reminder") nor a group ("german"). Faker's
    list alone misses most job titles people write."""

    def __init__(self):
        super().__init__(supported_entities=["OCCUPATION"], name="CuedOccupationRecognizer")

    def load(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS) - _STOP_IN_TITLES
        heads = frozenset(p.split()[-1] for p in occupation_phrases()) | _JOB_HEADS | _NOT_OCCUPATIONS
        self.heads = heads - _NOT_JOB_HEADS
        self.groups = group_words()

    def _head(self, word: str) -> bool:
        if word in _NOT_JOBS or word in self.groups or not word.replace("-", "").isalpha():
            return False
        if word in self.heads or (word.endswith("s") and word[:-1] in self.heads):
            return True
        return len(word) > 4 and word.endswith(_JOB_SUFFIXES) and not word.endswith(_NOT_JOB_ENDINGS)

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
        return before == "as" and j > 0 and lowers[j - 1] in _AS_VERBS

    def _bare_job(self, lowers, k) -> bool:
        """Token k is a known job head right after "i am" / "she is" without
        an article ("i am teacher"): known heads only, as adjectives end in
        "-er" too ("i am clever")."""
        if k < 2 or k >= len(lowers) or lowers[k - 1] not in _BARE_VERBS:
            return False
        word = lowers[k]
        if word in _NOT_JOBS or word in _ADJECTIVE_HEADS or not (
                word in self.heads or word[:-1] in self.heads):
            return False
        return lowers[k - 2] in _PERSON_SUBJECTS

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
        if word in _APPOSITION_DETERMINERS and before == ",":
            return k + 1, _AFTER_APPOSITION
        if word == "(":
            return k + 1, _CLOSING  # "Ann Lee (payroll coordinator)"
        if _line_break(word) or word == "|":
            return k + 1, _LINE_END  # a signature: "Ann Lee | Payroll coordinator | ..."
        return None

    def _title_end(self, lowers, a) -> int | None:
        """The last head of a job title starting at token ``a``, or None."""
        last, words = None, 0
        for m in range(a, min(len(lowers), a + _PHRASE_TOKENS)):
            word = lowers[m]
            if word in _CONNECTORS:
                continue
            if word in self.stop or word in _LABELS_ONLY or not word.replace("-", "").replace("'", "").isalpha():
                break
            words += 1
            if words > 6:
                break
            if self._head(word):
                last = m
        return last

    def _spans(self, lowers):
        """(first, last) tokens of each job title found."""
        n = len(lowers)
        for k in range(-1, n - 1):
            cue = (0, _LINE_END) if k < 0 else self._cue(lowers, k)  # the text's first line
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


# A job word naming a thing, not a person's job: "driver's licence", "student loan".
_COMPOUND_HEADS = frozenset("""license licence licenses licences permit permits loan loans discount
discounts rate rates card cards account accounts visa visas app apps portal login mode""".split())


def quasi_recognizers() -> list[LocalRecognizer]:
    return [
        WordListRecognizer("OCCUPATION", "OccupationRecognizer", occupation_phrases, 0.45,
                           not_before=_COMPOUND_HEADS),
        CuedOccupationRecognizer(),
        WordListRecognizer("NRP", "GroupRecognizer", group_words, 0.5, skip=_AMBIGUOUS,
                           allow=_ambiguous_group_cued),
    ]
