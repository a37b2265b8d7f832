"""Word lists for the quasi-identifier recognizers (``quasi.py``):
nationality, religious and political group words, job titles from Faker's
English list with the entries that are everyday words taken out, and the job
heads and the person or object nouns that are none. All offline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex as re

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
bahamian bahamians madagascan madagascans burkinabe burkinabes motswana batswana tswana tswanas
seychellois zairean zaireans north-korean north-koreans south-korean south-koreans
new-zealander new-zealanders solomon-islander solomon-islanders papua-new-guinean papua-new-guineans
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
# Sects and schools, peoples and castes, and political movements and parties
# (GDPR Art. 9: religious beliefs, racial or ethnic origin, political
# opinions), written from general reference (the major world religions'
# branches, the larger ethnic groups of South Asia, Africa, the Middle East and
# East Asia, the caste varnas, national parties known by their short names);
# words whose everyday sense dominates ("reform", "congress", "traveller",
# "coloured", "metis") are left out. Plurals are added as above.
_SECTS_AND_PEOPLES = """
ahmadi ahmadiyya ismaili alevi alawite zaydi deobandi barelvi wahhabi salafist shi'a shiite
maronite melkite syriac assyrian chaldean calvinist mennonite hutterite episcopalian nazarene
adventist seventh-day-adventist latter-day-saint born-again haredi hasid hasidim sephardim
ashkenazim parsi zoroastrian ravidassia lingayat vaishnav vaishnavite shaivite jain rastafari
baloch balochi sindhi mohajir muhajir hazara tajik punjabi gujarati marathi telugu kannada
malayali bihari kashmiri rohingya hmong khmer tibetan uyghur han-chinese kurd amazigh tuareg
fulani fula akan ashanti kikuyu luo kalenjin maasai amhara oromo tigrayan tigrinya sotho
tswana shona ndebele afrikaner boer pashtun igbo yoruba hausa zulu xhosa sami romani gypsy
torres-strait-islander first-nations dalit brahmin kshatriya vaishya shudra adivasi
flemish walloon tenrikyo vodou santeria candomble swaminarayan vaishnava latter-day-saint druid nonconformist
"""
_PARTIES = """
tory tories democrat democrats republican republicans lib-dem lib-dems labourite snp ukip bjp
maga antifa zionist anti-zionist trotskyist maoist leninist stalinist social-democrat
christian-democrat populist brexiteer brexiteers remainer remainers nazi neo-nazi monarchist
royalist separatist unionist loyalist islamist jihadist chavista eurosceptic alt-right paleocon
plaid-cymru working-families-party proud-boy reform
"""
# More peoples, castes and parties, from general reference (the larger ethnic
# groups of East, West and Southern Africa, South and Southeast Asia and the
# Andes; the larger caste communities of India and Pakistan; parties of
# Africa and South Asia known by their initials; First Nations). A word that is
# also an everyday English word ("ewe", "karen", "mohawk", "eff") counts only
# where cued, as ``_AMBIGUOUS`` ones do (``ambiguous_words``).
_MORE_PEOPLES = """
luhya kamba kisii meru embu kalenjin turkana samburu somali tutsi hutu baganda banyankole acholi langi
lugbara iteso basoga wolof serer mandinka soninke bambara dogon songhai fon ewe ga fante fanti dagomba
ibibio ijaw tiv kanuri nupe efik urhobo itsekiri chewa tumbuka yao bemba tonga lozi herero ovambo
damara nama kongo luba mongo sukuma chagga haya nyamwezi afar sidama gurage wolaita tigrayan
jat jats rajput rajputs maratha marathas yadav yadavs gujjar gujjars ahir kurmi kayastha bania baniya
nair nairs ezhava nadar vanniyar kamma kapu vokkaliga chamar jatav mahar valmiki arain awan
karen kachin shan rakhine bamar cham dayak javanese sundanese bugis minangkabau batak acehnese
balinese visayan bisaya ilocano cebuano igorot quechua aymara mapuche garifuna mestizo mestiza
mohawk cree ojibwe ojibwa lakota dakota apache sioux iroquois haudenosaunee anishinaabe mikmaq
"""
_MORE_PARTIES = "cdu csu spd afd fdp psoe podemos fidesz syriza vvd pvv kmt ldp swapo inkatha sdlp odm anc pti apc pdp ndc npp aap bsp tmc dmk aiadmk zanu-pf kanu pml-n ppp mdc eff ifp"

# Only as written with the hyphen: "the left wing of the building" stays.
_HYPHENATED_GROUPS = "left-wing right-wing far-left far-right"
# Ordinary senses that outnumber the group sense in customer text: these count
# only capitalised after a lower-case word ("my husband is Polish", "a new
# Polish place") or after a person and "is / am / are" ("i am pole", "my dad
# is conservative"); "nail polish", "the green card", "poles apart", "labour
# costs" stay.
_AMBIGUOUS = frozenset("""green greens liberal liberals conservative conservatives democratic
orthodox polish pole poles labour reform druid druids nonconformist nonconformists""".split())
# "us citizens", "an eu national": short country names that are everyday words.
_CITIZENS = [f"{c} {n}" for c in "us u.s. uk eu usa uae".split()
             for n in ("citizen", "citizens", "national", "nationals")]


@lru_cache(maxsize=1)
def ambiguous_words() -> frozenset[str]:
    """``_AMBIGUOUS``, and the peoples and parties of ``_MORE_PEOPLES`` and
    ``_MORE_PARTIES`` that are English words too ("ewe", "mohawk", "eff"):
    group words only where cued ("i'm ewe", "a Mohawk guy", "my dad is eff")."""
    from client.scrub.words import _english_words

    english = _english_words()
    return _AMBIGUOUS | frozenset(w for w in _plurals((_MORE_PEOPLES + _MORE_PARTIES).split()) if w in english)


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

    words = _plurals(w.replace("-", " ") for w in (_NATIONALITIES + _GROUPS + _SECTS_AND_PEOPLES + _PARTIES).split())
    words.update([w.replace(" ", "-") for w in words if " " in w])  # "middle-eastern", "sri-lankan"
    words.update(_RELIGIONS.split())
    words.update(_plurals(_NATIONAL_NOUNS.split()))
    words.update(w.replace("-", " ") for w in _DEMONYM_NOUNS.split())
    words.update(_CITIZENS)
    words.update(("latter-day saint", "latter-day saints"))  # spaCy: "latter", "-", "day", "saint"
    words.update(_plurals(_HYPHENATED_GROUPS.split()))
    words.update(_plurals((_MORE_PEOPLES + _MORE_PARTIES).split()))  # English ones: ambiguous_words()
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
    phrases.update(_ons_phrases())
    return frozenset(phrases - _NOT_OCCUPATIONS - _FAKER_NOT_JOBS)


_DATA = Path(__file__).with_name("data") / "occupation_titles_ons.txt"
# A one-word ONS title this rare in English is a job wherever it stands
# ("housemaid", "seamstress", "stevedore"); commoner ones ("writer", "actor",
# "fisherman") need a cue (``quasi.py``).
_RARE_TITLE_FREQUENCY = 2_000


@lru_cache(maxsize=1)
def ons_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The ONS coding index's titles of one word and of two words
    (``scripts/build_occupation_titles.py``)."""
    singles, doubles = set(), set()
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        kind, _, title = line.partition("\t")
        (singles if kind == "1" else doubles if kind == "2" else set()).add(title)
    return frozenset(singles), frozenset(doubles)


_ESCO_HEADS = Path(__file__).with_name("data") / "occupation_heads_esco.txt"


@lru_cache(maxsize=1)
def esco_heads() -> frozenset[str]:
    """Head words of ESCO's occupation titles that the ONS list lacks
    ("pizzaiolo", "phlebotomist", "merchant"; ``scripts/build_occupation_heads.py``):
    job heads after a cue only."""
    lines = _ESCO_HEADS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


_BLS = Path(__file__).with_name("data") / "occupation_titles_bls.txt"


@lru_cache(maxsize=1)
def bls_titles() -> tuple[frozenset[str], frozenset[str]]:
    """The BLS Occupational Outlook Handbook index's titles of one word and
    of two to four words (``scripts/build_occupation_titles_bls.py``): the
    one-word ones are job heads after a cue ("my dad was a roustabout"), the
    longer ones jobs alone as the ONS two-word titles are."""
    singles, longer = set(), set()
    for line in _BLS.read_text(encoding="utf-8").splitlines():
        kind, _, title = line.partition("\t")
        (singles if kind == "1" else longer).add(title)
    return frozenset(singles), frozenset(longer)


def _bls_longer(ons_singles) -> set[str]:
    """BLS titles of two to four words that end in a job head of the lists
    or a job-shaped word and hold no stop word: "hay stacker operator", not
    "professor of law", "vice president marketing", "ramp boss"."""
    from spacy.lang.en.stop_words import STOP_WORDS

    heads = (ons_singles | bls_titles()[0] | esco_heads() | _JOB_HEADS) - _NOT_JOB_HEADS - _EVERYDAY_HEADS
    out = set()
    for title in bls_titles()[1]:
        words = title.split()
        head = words[-1]
        if any(w in STOP_WORDS for w in words) or head in _NOT_JOBS or head in _EVERYDAY_HEADS:
            continue
        if head in heads or (len(head) > 4 and head.endswith(_JOB_SUFFIXES)):
            out.add(title)
    return out


# Last words of BLS titles that are everyday words first ("ramp boss", "pit boss", "first mate").
_EVERYDAY_HEADS = frozenset("""boss mate model player principal general companion escort sitter hunter host
hand pair tier patrol critic advocate justice chair blender dispenser cooker tracker buster switcher giver
tracer sander duster coupler smoother imager pitter career""".split())
# Rare one-word BLS titles that name something else first ("a maestro card",
# "the loan's tenor"): job heads after a cue only.
_BLS_NOT_ALONE = frozenset("tenor baritone maestro shill narrator gaffer pruner provost".split())


def _plural(phrase: str) -> str:
    return phrase + ("es" if phrase.endswith(("s", "sh", "ch")) else "s")


def _ons_phrases() -> set[str]:
    """ONS titles looked up alone: the rare one-word ones, and the two-word
    ones whose head is no everyday or office noun ("news vendor", "security
    guard", "bee farmer"; not "account manager", "card holder")."""
    from client.scrub.words import _english_frequencies

    frequency = _english_frequencies()
    singles, doubles = ons_titles()
    out = {w for w in singles | (bls_titles()[0] - _BLS_NOT_ALONE)
           if frequency.get(w, 0) < _RARE_TITLE_FREQUENCY and w not in _NOT_JOBS}
    for title in doubles | _bls_longer(singles):
        head = title.rsplit(" ", 1)[1]
        if head in _NOT_JOBS or head.endswith(_NOT_JOB_ENDINGS) or head in _NOT_JOB_HEADS:
            continue
        if head in _NOT_OCCUPATIONS and title.count(" ") < 2:  # "account manager"; not "crane maintenance engineer"
            continue
        out.add(title)
    out.update([_plural(p) for p in out if not p.endswith("s")])
    return out


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

# Job heads that are adjectives too: "i am tender", "i am professional".
_ADJECTIVE_HEADS = frozenset("tender professional associate executive representative".split())

# Job-shaped endings ("lineman", "lithographer", "conservationist") and heads
# that are jobs whatever their ending.
_JOB_SUFFIXES = ("er", "or", "ist", "ian", "man", "men", "woman", "women", "person", "grapher", "logist",
                 "smith", "wright", "hand", "hands")  # "farmhand", "deckhands" (ONS: "counterhand")
_JOB_HEADS = frozenset("""aide aides attendant agent vendor clergy clergyman tender assistant consultant
student intern apprentice trainee chef cook nanny nurse medic paramedic surgeon clerk cashier
guard porter courier maid cleaner superintendent steward stewardess chauffeur concierge valet
bailiff sheriff ceo cfo cto coo dj deejay machinist mechanic labourer laborer paralegal coach
tutor housekeeper caretaker dispatcher operative operatives rep reps tech techs guide guides analyst
analysts correspondent correspondents expert experts marshal marshals mason masons
lead leads chief chiefs head heads intern interns constable constables sergeant sergeants detective detectives
vp vps gp gps physio physios mgr mgrs admin admins lpn lpns cna cnas emt emts deputy deputies""".split())
# Heads a department may follow: "head of procurement", "director of creative
# services", "supervisor of engines" (the title takes up to three words after "of").
_OF_HEADS = frozenset("""head heads chief chiefs director directors manager managers supervisor
supervisors officer officers lead leads coordinator coordinators superintendent professor
lecturer teacher vice-president president secretary minister controller""".split())
# Faker job heads that are everyday nouns alone ("best boy", "health visitor").
_NOT_JOB_HEADS = frozenset("""boy boys visitor visitors person persons emeritus emerituses crew crews staff
staffs""".split())
# Person and object nouns with a job-shaped ending that are no job.
_NOT_JOBS = frozenset("""customer member user owner holder fan beginner newcomer foreigner believer
lover follower supporter subscriber listener reader viewer buyer partner mother father
brother sister daughter grandmother grandfather winner loser smoker drinker traveller traveler
vegetarian pensioner homeowner borrower lender saver taxpayer voter veteran other number order
letter matter better neighbour neighbor stranger sinner gamer gambler dreamer worrier nightmare
minor major senior junior fighter survivor victim prisoner passenger tenant landlord resident
patient citizen person human man woman men women gentleman guy lady specimen abdomen
christian civilian guardian median donor lurker lurkers teenager riser spender
reminder transfer printer charger adapter adaptor folder filter server computer router sender
receiver voucher sticker counter container trailer poster flyer browser scanner timer tower
flower shower summer winter weather leather silver ginger burger dinner banner barrier carrier
provider issuer supplier retailer manufacturer insurer payer cover paper water answer power
corner border finger center centre layer wrapper offer proper danger monster register monitor
error floor door color colour mirror factor motor sensor elevator escalator calculator
indicator interior exterior behavior behaviour favor favour humor humour horror terror sector
vector anchor wrist twist assist exist insist resist persist consist character characters chapter
cancer rumor rumour successor predecessor ancestor sponsor smith employer employers disaster super
clever bother wonder hands beforehand secondhand firsthand offhand shorthand backhand forehand underhand""".split())
_NOT_JOB_ENDINGS = ("holder", "owner", "user", "member", "list")


# A job word naming a thing, not a person's job: "driver's licence", "student loan",
# "the farmer's market", "a butcher's shop", "tailor made", "the cook time".
_COMPOUND_HEADS = frozenset("""license licence licenses licences permit permits loan loans discount
discounts rate rates card cards account accounts visa visas app apps portal login mode
update updates software pet market markets shop shops made time times fee fees book books""".split())
# A job word after these names a thing: "printer driver", "graphics driver".
_COMPOUND_MODIFIERS = frozenset("""printer printers graphics device usb audio video sound network wifi
bluetooth scanner webcam keyboard mouse touchpad gpu display disk""".split())
