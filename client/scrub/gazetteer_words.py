"""Word sets, thresholds and shapes the gazetteer's name and place rules share
(and the town and state recognizers borrow)."""

from __future__ import annotations

import regex as re

# A known name or place typed in lower case counts when English uses the word
# less often than this (laura 1.4k, london 1.1k; faith 66k, cook 59k, mark 50k).
_LOWER_NAME_MAX_FREQUENCY = 5000
# ... and a name that is an English word of middle frequency ("holly", "sean",
# under 20,000) counts only after a cue.
_WEAK_NAME_MAX_FREQUENCY = 20_000
# A known name English uses more ("grace" 24k, "mark" 50k) counts in lower case
# only after a cue or joined to another name ("hi its grace", "said mark to").
_CUED_NAME_MAX_FREQUENCY = 60_000
# Words after which a lower-case unknown word or weak name is a name ("ask kempers",
# "bye umida", "ping necmiye about it").
_NAME_CUES = frozenset("""ask asked call called calling thanks thank thx cheers hi hello hey dear
named tell told email emailed text texted message messaged ring rang said its it's bye byee cya ping""".split())
# Words that open a run of capitalised words before a name, and no part of it.
_LEAD_WORDS = frozenset("bye byee cya ping tell ok okay love see cheers thx ty morning evening night yo hiya".split())
# Transliterated names shorter than this ("ivan", "olga" pass; "lena", "roma"... too) are left out.
_ASCII_NAME_MIN_LENGTH = 4
# After these only an unknown word counts: a person after the first set, a
# place after the second ("talked to glafira", "lived in pietersburg").
_PERSON_PREPOSITIONS = frozenset("to with and for by".split())
_IRISH_OR_ITALIAN = re.compile(r"^[od]['’](?!clock)[a-z]{3,}$")
# A word this rare in English ("igor" 250, "philippe" 279) is a name after a cue.
_RARE_MAX_FREQUENCY = 1000
# Titles typed in lower case: the next word is a name ("ms. philippe", "dr smith").
_LOWER_TITLES = frozenset("mr mrs ms mx dr miss prof".split())
# Who someone is, before their name after "my" / "the" / "your": "my manager
# nergis", "the nurse okyay", "our carer lianying" (name_cues); no name word
# themselves ("flatmate", "carer" and "physio" are no English words to the list).
PEOPLE_ROLES = frozenset("""wife husband son daughter mum mom mother dad father sister brother friend colleague
landlord landlady boss partner girlfriend boyfriend fiance fiancé fiancee neighbour neighbor flatmate roommate
cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather tenant carer caregiver
manager supervisor nurse doctor midwife dentist therapist physio surgeon consultant gp receptionist handler
adviser advisor agent assessor adjuster caseworker solicitor lawyer attorney witness teacher tutor coach
officer representative rep policyholder employee coworker co-worker teammate mentor director
mate pal buddy bestie bff housemate classmate workmate sibling sis bro hubby stepson stepdaughter stepmother
stepfather stepmom stepmum stepdad grandma grandpa granny gran nan nana babysitter nanny""".split())
# Nouns "dr" opens as no title: "dr appointment moved to friday"; "ms" is also
# Microsoft: "use ms teams", "an ms word file".
_TITLE_NOUNS = frozenset("""appointment appointments visit visits note notes letter letters office surgery
teams word excel outlook access edge paint store""".split())
# "calls me khazani", "named him polycarp".
_NAMING_VERBS = frozenset("call calls called name named naming".split())
# An unknown word that opens a sentence and is followed by one of these is a
# name ("beksultan had given", "natsuhiko, can i").
_SUBJECT_FOLLOWERS = frozenset(""", is was has had said says lives lived will would can could did does
went called told asked wants wanted needs works worked here pls plz please""".split())
# "i'm nkechi, ...", "this is kwabena.": an unknown word after these, closing
# the clause, is a name.
_INTRODUCTIONS = frozenset({("i", "'m"), ("i", "m"), ("i", "am"), ("this", "is"), ("it", "'s"), ("its", "")})
_CLAUSE_ENDS = frozenset(", . ! ? ; : here from and".split()) | {""}
_PLACE_PREPOSITIONS = frozenset("in from near at".split())
# Who someone is to the writer, after "my" / "our" ...: the next words may be
# a name ("my wife yeonggil park cant log in", "our landlord kowalczyk").
_RELATION_WORDS = frozenset("""wife husband son daughter mum mom mother dad father sister brother friend
colleague landlord landlady boss partner girlfriend boyfriend fiance fiancé fiancee neighbour neighbor
flatmate roommate cousin uncle aunt nephew niece grandson granddaughter tenant""".split())
_POSSESSIVES = frozenset("my our his her their".split())
# A sign-off or a signature dash before a name that ends the text:
# "regards, yoon boram", "why is it pending? -- yunseo".
_SIGN_OFFS = frozenset("regards thanks cheers sincerely yours best love".split())
_SIGNATURE_DASHES = frozenset(("--", "-", "—", "–", "~"))
# A dash after one of these is a field's, not a signature's: "occupation - hvac installer".
_FIELD_LABELS = frozenset("occupation profession job title position role subject re".split())
_NAME_FOLLOWERS = frozenset(", . ! ? ; : and here from calling speaking again".split())
# The last word of every cue above (a line break too).
_CUE_ENDS = _RELATION_WORDS | _SIGN_OFFS | _SIGNATURE_DASHES | frozenset(("of", ",", "'m", "m", "is", "am", "'s", ""))
# Before a word English has no use for, these make it a place: "new philipborough",
# "lake akwesifurt", "port moresby".
_PLACE_PREFIX_WORDS = frozenset("new north south east west upper lower port fort mount lake".split())
# A word English has no use for, ending like an English or Germanic town
# name, is a place: "averyleigh", "paulettetown", "akwesifurt".
_TOWN_SUFFIX = re.compile(r"(?:town|ville|borough|burgh|burg|bury|mouth|port|haven|chester|ford|stad|furt|"
                          r"fort|leigh|shire|field|berg)$")
_JOINERS = frozenset(("and", "&", "or"))
_DETERMINERS = frozenset("the a an my your our his her their this that its".split())
# An invented place name is no typo of an English word used this often ("dashbaord").
_PLACE_TYPO_MIN_FREQUENCY = 300


_TYPO_MIN_FREQUENCY = 10_000
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


# Words for who a merchant or a firm is, also surnames somewhere ("merchant
# was tesco", "seller is ..."): never a person opening a sentence.
_ROLE_WORDS = frozenset("""merchant merchants seller vendor payee payer retailer lender landlord
tenant courier agent dealer broker""".split())


def _one_edit_from_common(word: str, frequency: dict, minimum: int = _TYPO_MIN_FREQUENCY) -> bool:
    if len(word) < 4 or not word.isascii():
        return False
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    candidates = (
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    )
    return any(frequency.get(c, 0) >= minimum for c in candidates if c != word)


_EDITS: dict[tuple[str, int], bool] = {}


def one_edit_from_english(word: str, minimum: int = _TYPO_MIN_FREQUENCY) -> bool:
    """``_one_edit_from_common`` against wordfreq's English frequencies, kept
    per word: it tries about 50 edits a letter, and a long text asks about
    the same words again and again (a fifth of a second per 200 kB)."""
    key = (word, minimum)
    found = _EDITS.get(key)
    if found is None:
        from client.scrub.words import _english_frequencies

        if len(_EDITS) >= 65_536:
            _EDITS.clear()
        found = _EDITS[key] = _one_edit_from_common(word, _english_frequencies(), minimum)
    return found


# Short forms people type for countries whose Faker name is longer.
_SHORT_COUNTRIES = frozenset(("united states", "south korea", "north korea", "great britain",
                              "czech republic", "ivory coast", "the gambia", "east timor",
                              "vatican city", "the bahamas", "united emirates"))

# Between two parts of one name: an initial or a particle ("j", "a.", "van der", "mac an").
_NAME_JOINT = re.compile(
    r"\s+(?:[A-Za-z]\.?|(?i:van|von|de|der|den|da|di|du|la|le|mac|mc|bin|ibn|al|el|ter|dos|das|ben)"
    r"(?:\s+(?i:an|der|den|de|la|van|los|las))?)\s+")
# Before a place or name typed as one ("north wendy", "east london", "new philipborough").
_PREFIX_LOOK_BACK = 40
_COMPASS = re.compile(r"(?<![\w-])(?i:north|south|east|west)\s+$")
_PLACE_PREFIX = re.compile(r"(?<![\w-])(?i:north|south|east|west|new|upper|lower|port|fort|mount|lake)\s+$")

# Banking and chat abbreviations typed in lower case: no names ("at atm center").
_ABBREVIATIONS = frozenset("atm apr otp kyc iban bic faq vpn imo idk asap aka sms pdf hr pt wi fi wifi".split())
