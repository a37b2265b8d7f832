"""Word lists, all offline: Faker's names and places in ~80 locales,
pyspellchecker's English frequencies, spaCy's stop words, titles."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import lru_cache
from typing import Iterable

import regex as re

log = logging.getLogger(__name__)

# Faker ships real first/last names, cities and countries for ~80 locales;
# they are our offline gazetteers.


def _faker_attr_values(package: str, attrs: Iterable[str], locale_prefix: str = "") -> set[str]:
    values: set[str] = set()
    pkg = importlib.import_module(package)
    for mod in pkgutil.iter_modules(pkg.__path__):
        if not mod.name.startswith(locale_prefix):
            continue
        provider = importlib.import_module(f"{package}.{mod.name}").Provider
        for attr in attrs:
            items = getattr(provider, attr, None)
            if isinstance(items, (list, tuple, set, frozenset, dict)):
                values.update(str(v) for v in items)
    return values


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-cased ordinary English words that are also names somewhere."""
    from faker.providers.lorem.en_US import Provider as Lorem
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday today
    tomorrow yesterday please thanks thank hello hi hey dear regards kind best
    sir madam bot card credit debit bank account number phone email mail address
    street road avenue city country state yes no ok okay sorry help need want
    could would should can will shall may might must also just still new old
    good great nice fine big small long short high low north south east west
    central united republic kingdom north american english french german spanish
    italian chinese japanese indian christian jewish muslim catholic buddhist
    i im ive id ill my me mine customer client manager team support service
    order invoice payment transfer statement balance loan branch office
    hospital school university company corporation inc ltd llc group
    app apps wifi login logins logout online website websites email emails username
    password passcode chargeback chargebacks overdraft overdrafts cashback paycheck
    iphone android bluetooth internet app's e-mail webpage checkout wishlist c'mon
    pls plz thx thnx tmrw tmr asap btw fyi idk imo lol omg ur
    thats dont cant wont didnt doesnt isnt wasnt arent havent hasnt couldnt wouldnt shouldnt
    youre theyre whats hes shes ive tbh
    holder holders cardholder cc bcc attn beneficiary payee
    """.split()
    return frozenset(w.lower() for w in (*Lorem.word_list, *STOP_WORDS, *extra, *_BANKING_WORDS,
                                         *_currency_codes()))


# Banking words that pyspellchecker's (American) list lacks, with plurals:
# customers type them in lower case or as plural acronyms ("by cheque",
# "which atms", "sepa transfers"); none is a name.
_BANKING_WORDS = """cheque cheques chequebook chequing atm atms pin pins otp otps iban ibans bic
sepa swift bacs chaps topup topups contactless mastercard visa maestro amex paypal fintech
""".split()


def _currency_codes() -> set[str]:
    """The ISO 4217 codes of currencies people exchange most ("gbp", "aud"),
    checked against Faker's currency list; not all of it: "nad" is also Czech
    for "upon" in place names, "ron" and "bob" are first names."""
    from faker.providers.currency import Provider as Currency

    codes = {code.lower() for code, _ in Currency.currencies}
    return codes & set("""usd eur gbp aud cad nzd chf jpy cny hkd sgd sek nok dkk pln czk huf rub uah
    inr pkr zar mxn brl ars aed sar try thb php idr myr krw ils egp ngn""".split())


_ENGLISH_MIN_FREQUENCY = 100
# Words this frequent ("ring", "bill", "grant") open sentences as verbs or
# nouns far more often than as names; names sit well below (oliver: 3.9k).
_VERY_COMMON_MIN_FREQUENCY = 20_000


@lru_cache(maxsize=1)
def _english_frequencies() -> dict[str, int]:
    """pyspellchecker's bundled English word frequencies (lower case)."""
    import gzip
    import json
    from importlib import resources

    try:
        raw = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("pyspellchecker is not installed: unknown-name detection is weaker")
        return {}
    return json.loads(gzip.decompress(raw))


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Everyday English words (lower case); a capitalised word outside this
    set is probably a name."""
    freq = _english_frequencies()
    return frozenset(w for w, f in freq.items() if f >= _ENGLISH_MIN_FREQUENCY) | _common_words()


@lru_cache(maxsize=1)
def _very_common_words() -> frozenset[str]:
    freq = _english_frequencies()
    return frozenset(w for w, f in freq.items() if f >= _VERY_COMMON_MIN_FREQUENCY) | _common_words()


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Faker's name words (``_faker_name_words``), the world's first names
    and the US census's surnames and first names (``world_names``) of four
    letters or more that English has no use for ("gulbanu", "radmilo",
    "katsuhisa", "oyelaran"); the shorter ones ("uk", "lil", "doo") are too
    often chat words."""
    from client.scrub.world_names import census_name_words, world_name_words

    english = _english_words()
    return _faker_name_words() | frozenset(
        w for w in world_name_words() | census_name_words()
        if len(w) >= _WORLD_NAME_MIN_LENGTH and w not in english)


_WORLD_NAME_MIN_LENGTH = 4


@lru_cache(maxsize=1)
def _faker_name_words() -> frozenset[str]:
    """Name words from every Faker locale, except those that are everyday
    English words and not names in English-speaking locales ("Ring", "Can")."""
    english_names = _name_words_from("en")
    return frozenset(w for w in _name_words_from("") if w in english_names or w not in _english_words())


@lru_cache(maxsize=2)
def _name_words_from(locale_prefix: str) -> frozenset[str]:
    names = _faker_attr_values(
        "faker.providers.person",
        ("first_names", "first_names_male", "first_names_female",
         "first_names_nonbinary", "last_names"),
        locale_prefix,
    )
    words = set()
    for name in names:
        for part in name.replace("-", " ").split():
            if len(part) > 1:
                words.add(part.lower())
    return frozenset(words - _common_words())


@lru_cache(maxsize=1)
def _first_name_words() -> frozenset[str]:
    """Lower-cased first names from every Faker locale (no surnames)."""
    names = _faker_attr_values(
        "faker.providers.person",
        ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
    )
    return frozenset(part.lower() for name in names for part in name.replace("-", " ").split() if len(part) > 1)


@lru_cache(maxsize=1)
def _place_phrases() -> frozenset[str]:
    """Places from Faker's lists, libphonenumber's areas and GeoNames' towns
    of the whole world (``world_places``), lower case."""
    from client.scrub import world_places

    places = _faker_attr_values(
        "faker.providers.address",
        ("countries", "cities", "city_names", "states", "provinces", "regions"),
    )
    common = _common_words()
    return frozenset(
        p.lower() for p in places if len(p) > 2 and p.lower() not in common and p.lower() not in _ADDRESS_LABELS
    ) | _phone_area_places() | world_places.world_places(world_places.DEV_LEAVE_OUT_HALF)


# Words that label an address part or a cash machine, places somewhere too ("Postal", Argentina).
_ADDRESS_LABELS = frozenset(("postal", "postcode", "zip", "atm"))


# libphonenumber's area descriptions ("Jersey City, NJ", "Rabat/Kénitra",
# "Serranópolis do Iguaçu - PR") split into places.
_GEO_ENTRY = re.compile(r"""'en': (?:u\()?'((?:[^'\\]|\\.)*)'""")
_GEO_SPLIT = re.compile(r",\s*|\s+-\s+|/|\s*\([^)]*\)")
# A single word this frequent in English ("Nice", "Reading", "cashiers",
# "helper", all places somewhere) is no sign of a place; below it most are
# places (dublin 145, vancouver 178).
_PLACE_MAX_FREQUENCY = 200


@lru_cache(maxsize=1)
def _phone_area_places() -> frozenset[str]:
    """Cities and regions of the world from the area descriptions that the
    ``phonenumbers`` package (installed with Presidio) ships: about 36,000
    places, read as text (importing its geodata would hold ~100 MB). Names of
    people ("Lincoln", "Sydney") and everyday words are left out: the name
    list finds the first, the second would be removed from ordinary text."""
    import codecs
    import importlib.util
    import os

    spec = importlib.util.find_spec("phonenumbers")
    if spec is None or spec.origin is None:
        return frozenset()
    root = os.path.join(os.path.dirname(spec.origin), "geodata")
    entries: set[str] = set()
    for name in sorted(os.listdir(root)) if os.path.isdir(root) else ():
        if name.startswith("data") and name.endswith(".py"):
            with open(os.path.join(root, name), encoding="utf-8") as fh:
                entries.update(_GEO_ENTRY.findall(fh.read()))
    frequency, common, names = _english_frequencies(), _common_words(), _faker_name_words()
    places = set()
    for entry in entries:
        if "\\" in entry:
            entry = codecs.decode(entry, "unicode_escape")
        for part in _GEO_SPLIT.split(entry):
            place = part.strip().lower()
            if len(place) < 3 or place.isupper() or any(c.isdigit() for c in place) or place in common \
                    or place in names or (" " not in place and frequency.get(place, 0) >= _PLACE_MAX_FREQUENCY):
                continue
            places.add(place)
    return frozenset(places)


_TITLES = (
    "Mr|Mrs|Ms|Miss|Mx|Mister|Dr|Doctor|Prof|Professor|Sir|Dame|Lady|Lord|Madam|"
    "Madame|Mme|Mlle|Rev|Reverend|Fr|Father|Sister|Brother|Herr|Frau|Sr|Sra|Srta|"
    "Capt|Captain|Col|Sgt|Lt|Hon|Judge|Rabbi|Imam|Pastor"
)
_TITLE_RE = re.compile(rf"(?:\b(?i:{_TITLES})\.?\s+)+$")
_OBJECT_WORDS = frozenset("me you us him her them it the a an my your our this that".split())
_PARTICLES = frozenset(
    "van von de da del della di du la le bin binti ibn al el ben dos das ter den der "
    "y e st st. mac".split()
)
# Banking products and app words the NER model tags as organisations or names
# when capitalised ("The App keeps crashing", "my Direct Debit failed"):
# spans of exactly these words are dropped.
_PRODUCT_WORDS = frozenset((
    "app", "apps", "direct debit", "direct debits", "standing order", "standing orders",
    "open banking", "faster payments", "face id", "touch id", "top up", "top-up", "top ups",
))
# Chat networks and game services, which the NER model takes for people ("psn
# is down") or joins to the handle after them ("kakao minji"): no name alone,
# and cut from the front of a name's span.
_NETWORK_WORDS = frozenset((
    "instagram", "insta", "ig", "tiktok", "snapchat", "snap", "telegram", "discord", "skype", "github", "reddit",
    "youtube", "twitch", "psn", "xbox", "xbox live", "wechat", "weixin", "viber", "kik", "roblox", "mastodon",
    "bluesky", "zalo", "kakao", "kakaotalk", "whatsapp", "steam", "playstation", "twitter", "linkedin",
))
_PRODUCT_WORDS = _PRODUCT_WORDS | _NETWORK_WORDS
