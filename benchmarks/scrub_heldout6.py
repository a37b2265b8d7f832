"""``chat_heldout6``: the sixth held-out chat part (report only, misses never printed).

Made on 2026-12-01, when all five earlier held-out parts had been scored, and
scored before the round it judges. What is new against every other part:

* Values come from ``mimesis`` (its own bundled name, street, town, postcode,
  phone-mask, company, bank, occupation and nationality lists), not from Faker
  or presidio-evaluator, so neither the scrubber's gazetteers (built from
  Faker's lists) nor any dev part holds them by construction. Locales:
  ``HELDOUT6_LOCALES``; the Cyrillic, Greek, Hangul and Han ones romanised with
  ``anyascii`` as people type them in English; Latin-script values keep their
  accents half of the time and are folded to ASCII otherwise.
* Occupations and nationalities come from mimesis' English lists (the other
  parts use presidio-evaluator's and Faker's); religious groups, units, house
  numbers, organisation shapes and national-id shapes are written here.
* Phones are mimesis' per-locale masks, half of them turned into the national
  form (trunk prefix instead of ``+CC``). National ids are the shapes of
  Nordic, Baltic, Czech, Belgian, Dutch, Turkish, Italian, Mexican, Kazakh,
  Korean, Chinese, Russian and Ukrainian personal numbers (digits at random;
  no checksum, as the scrubber checks none).
* Real text: BANKING77 *train* queries that ``scrub_real_overscrub.py``'s
  sample does not hold, and SST-2 *train* sentences that neither held-out 3, 4
  nor 5 drew, each in a wrapper from ``BANKING77_WRAPPERS_H6`` /
  ``SST2_WRAPPERS_H6`` (support tickets and forum posts from continental
  Europe, Turkey, Central and East Asia and Latin America, worded unlike every
  other part).

Caveat: BANKING77 train is the pool the dev parts' over-scrub figure was
measured on (another sample of it), so its ordinary words are not fully
unseen; the identifiers are.
"""

from __future__ import annotations

import random

HELDOUT6_SEED = 90127
# mimesis locale codes (not Faker's).
NAME_LOCALES = ("cs", "sk", "hr", "hu", "pl", "da", "no", "sv", "fi", "is", "et", "tr", "az", "de", "de-at",
                "de-ch", "nl", "nl-be", "fr", "it", "es", "es-mx", "pt", "pt-br", "en", "en-gb", "en-au",
                "en-ca", "ru", "uk", "el", "kk", "ko", "zh")
PLACE_LOCALES = tuple(loc for loc in NAME_LOCALES if loc not in ("ko", "zh"))
HELDOUT6_LOCALES = NAME_LOCALES
_NOT_LATIN = {"ru", "uk", "el", "kk", "ko", "zh"}
# Countries whose national numbers start with a trunk prefix (what replaces +CC).
_TRUNK = {"de": "0", "de-at": "0", "de-ch": "0", "nl": "0", "nl-be": "0", "fr": "0", "en-gb": "0",
          "en-au": "0", "tr": "0", "uk": "0", "hr": "0", "fi": "0", "sv": "0", "az": "0", "sk": "0",
          "hu": "06", "ko": "0", "zh": "0", "ru": "8", "kk": "8", "pt-br": "0"}

BANKING77_WRAPPERS_H6 = [
    "Hello team, {{h6_first_name}} writing again. {q}",
    "{q} Best regards, {{h6_name}}",
    "{q} Kind regards {{h6_first_name}} {{h6_last_name}} (sent from my phone)",
    "{q} -- {{h6_name_lower}}",
    "Dear Sir or Madam, {q} Sincerely, Mr. {{h6_last_name}}",
    "{q} my colleague {{h6_last_name}} has the same problem",
    "{q} you can ring me, {{h6_phone}}",
    "{q} tel {{h6_phone}} / mail {{h6_email}}",
    "{q} reply to {{h6_email}} not to this address",
    "{q} (account holder: {{h6_name_lower}}, user {{h6_username}})",
    "{q} registered address is {{h6_address}}, {{h6_postcode}} {{h6_city}}",
    "{q} new address: {{h6_street}} {{h6_house}}, {{h6_unit}}, {{h6_city}}",
    "{q} we moved to {{h6_city}} in {{h6_region}} last month",
    "{q} the card was sent to {{h6_unit}}, {{h6_address}}",
    "{q} I'm living in {{h6_city}} now",
    "{q} payment was for {{h6_company}}",
    "{q} I work at {{h6_company}} and my salary comes from there",
    "{q} our firm {{h6_company_lower}} uses your business account",
    "{q} my bank before was {{h6_bank}}",
    "{q} personal number {{h6_national_id}}",
    "{q} {{h6_national_id}} is my id number if you need it",
    "{q} I am {{h6_nationality}} and work as a {{h6_job}} here",
    "{q} as {{h6_religion}} people we can't use interest accounts",
    "{q} greetings from {{h6_city}}!",
    "{q} ask for {{h6_first_name}} at the branch, she knows",
    "{q}",
    "{q}",
]
SST2_WRAPPERS_H6 = [
    "{q} -- posted by {{h6_username}}",
    "{{h6_first_name}} from {{h6_city}} says: {q}",
    "{q} saw it with {{h6_first_name}} and {{h6_name_lower}}",
    "{q} ({{h6_name}}, film club {{h6_company}})",
    "{q} review by {{h6_name_lower}}, {{h6_city}}",
    "{q} contact the author: {{h6_email}}",
    "{q} call our club {{h6_phone}} for the next screening",
    "{q} screening at {{h6_address}}, {{h6_unit}}",
    "{q} our cinema is at {{h6_street}} {{h6_house}} in {{h6_city}}",
    "{q} tickets sponsored by {{h6_company}}",
    "{q} as a {{h6_job}} I expected more",
    "{q} my {{h6_nationality}} friends loved it",
    "{q} the {{h6_religion}} family next to me walked out",
    "{q} {{h6_last_name}} slept through it",
    "{q}",
    "{q}",
]
ENTITY_TYPES = {
    "h6_first_name": "PERSON", "h6_last_name": "PERSON", "h6_name": "PERSON", "h6_name_lower": "PERSON",
    "h6_phone": "PHONE_NUMBER", "h6_email": "EMAIL_ADDRESS", "h6_username": "USERNAME",
    "h6_address": "STREET_ADDRESS", "h6_street": "STREET_ADDRESS", "h6_house": "STREET_ADDRESS",
    "h6_unit": "STREET_ADDRESS", "h6_city": "GPE", "h6_region": "GPE", "h6_postcode": "ZIP_CODE",
    "h6_company": "ORGANIZATION", "h6_company_lower": "ORGANIZATION", "h6_bank": "ORGANIZATION",
    "h6_national_id": "NATIONAL_ID", "h6_nationality": "NRP", "h6_religion": "RELIGION", "h6_job": "JOB",
}


def templates(seed: int = HELDOUT6_SEED, n_banking: int = 800, n_sst2: int = 700) -> list[str]:
    """Real text no other part draws, each in a ``*_WRAPPERS_H6`` wrapper."""
    import csv

    import scrub_data as sd

    with (sd.banking77_dir() / "train.csv").open(encoding="utf-8", newline="") as f:
        train = [row["text"].strip() for row in csv.DictReader(f) if row["text"].strip()]
    overscrub_sample = set(random.Random(0).sample(train, 3000))  # scrub_real_overscrub.py's draw
    banking = sorted({q for q in train if q not in overscrub_sample and not any(c in q for c in "{}<>")})
    _, h3 = sd._heldout3_draws()
    _, h4 = sd._heldout4_draws()
    _, h5 = sd._heldout5_sources()
    sentences = sorted(set(sd._sst2_train_sentences()) - set(h3) - set(h4) - set(h5))
    rng = random.Random(seed + 1)
    return ([rng.choice(BANKING77_WRAPPERS_H6).replace("{q}", q) for q in rng.sample(banking, n_banking)]
            + [rng.choice(SST2_WRAPPERS_H6).replace("{q}", q) for q in rng.sample(sentences, n_sst2)])


def make_provider(seed: int = HELDOUT6_SEED):
    """A Faker provider class whose methods give ``chat_heldout6``'s values from mimesis."""
    import regex as re
    from anyascii import anyascii
    from faker.providers import BaseProvider
    from mimesis import Address, Finance, Person
    from mimesis.locales import Locale

    person = {loc: Person(Locale(loc), seed=seed + i) for i, loc in enumerate(NAME_LOCALES)}
    address = {loc: Address(Locale(loc), seed=seed + 100 + i) for i, loc in enumerate(PLACE_LOCALES)}
    finance = {loc: Finance(Locale(loc), seed=seed + 200 + i) for i, loc in enumerate(PLACE_LOCALES)}
    en = Person(Locale.EN, seed=seed + 300)
    rng = random.Random(seed + 2)
    for loc in ("ru", "el", "ko", "zh"):  # each must give its own script, not an English fallback
        if person[loc].full_name().isascii():
            raise RuntimeError(f"chat_heldout6 needs mimesis' own {loc} names")

    def roman(loc, value):
        value = " ".join(str(value).split())
        if loc in _NOT_LATIN or rng.random() < 0.5:
            value = anyascii(value)
        return value.strip(" ,")

    def name_loc():
        return rng.choice(NAME_LOCALES)

    def first():
        loc = name_loc()
        return roman(loc, person[loc].first_name())

    def last():
        loc = name_loc()
        return roman(loc, person[loc].last_name())

    def phone():
        loc = rng.choice(tuple(_TRUNK) + ("da", "no", "is", "es", "pt", "it", "cs", "pl", "el", "et", "es-mx"))
        number = str(person[loc].phone_number())
        if rng.random() < 0.5:
            national = re.sub(r"^\+\d{1,3}[\s-]*", "", number)
            national = re.sub(r"^\(0?(\d+)\)", r"\1", national)
            number = _TRUNK.get(loc, "") + national.lstrip("0") if loc in _TRUNK else national
        return number

    def handle():
        a = anyascii(first()).lower().split(" ")[0]
        b = anyascii(last()).lower().split(" ")[-1]
        return rng.choice((f"{a}.{b}", f"{a}{b[:1]}{rng.randint(1, 99)}", f"{b}_{a}", f"{a[:1]}.{b}",
                           f"{a}-{b}{rng.randint(1960, 2005)}", str(en.username())))

    def digits(k):
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    def dob():
        return f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"

    def letters(k):
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(k))

    ids = (lambda: f"{dob()}-{digits(4)}",  # Danish CPR, Swedish personnummer
           lambda: f"{dob()}{digits(5)}",  # Norwegian fodselsnummer
           lambda: f"{dob()}-{digits(3)}{letters(1)}",  # Finnish henkilotunnus
           lambda: f"{dob()}-{digits(4)}" if rng.random() < 0.5 else f"{dob()}{digits(4)}",  # Icelandic kennitala
           lambda: f"{rng.choice('3456')}{dob()[4:]}{dob()[2:4]}{dob()[:2]}{digits(4)}",  # Estonian isikukood
           lambda: f"{dob()[4:]}{dob()[2:4]}{dob()[:2]}/{digits(4)}",  # Czech / Slovak rodne cislo
           lambda: f"{dob()[4:]}.{dob()[2:4]}.{dob()[:2]}-{digits(3)}.{digits(2)}",  # Belgian rijksregisternummer
           lambda: digits(9),  # Dutch BSN
           lambda: f"{rng.randint(1, 9)}{digits(10)}",  # Turkish TC kimlik
           lambda: f"{letters(6)}{digits(2)}{letters(1)}{digits(2)}{letters(1)}{digits(3)}{letters(1)}",  # codice fiscale
           lambda: f"{letters(4)}{dob()}{rng.choice('HM')}{letters(5)}{digits(2)}",  # Mexican CURP
           lambda: f"{dob()[4:]}{dob()[2:4]}{dob()[:2]}{digits(6)}",  # Kazakh IIN
           lambda: f"{dob()[4:]}{dob()[2:4]}{dob()[:2]}-{digits(7)}",  # Korean RRN
           lambda: f"{digits(6)}19{dob()[4:]}{dob()[2:4]}{dob()[:2]}{digits(3)}{rng.choice('0123456789X')}",  # PRC id
           lambda: f"{digits(3)}-{digits(3)}-{digits(3)} {digits(2)}",  # Russian SNILS
           lambda: digits(10))  # Ukrainian RNOKPP
    units = ("apt {n}", "apt. {n}{b}", "flat {n}", "lgh {k}{m:02d}", "{k}. th.", "{k}. tv.", "{k}. sal",
             "m. {n}", "kv. {n}", "piso {k} dpto {B}", "{k}º {izq}", "Top {n}", "bus {n}", "int. {n}",
             "app. {n}", "daire {n}", "ap. {n}", "Stiege {k}/Tür {n}", "unit {n}", "3rd floor", "room {n}")
    houses = ("{n}", "{n}{b}", "nr. {n}", "no. {n}", "{n}/{m}", "{n}-{m}", "No {n}", "{n} {B}")
    religions = ("orthodox", "catholic", "lutheran", "muslim", "jewish", "protestant", "evangelical",
                 "calvinist", "alevi", "sunni", "buddhist", "hindu", "baptist", "adventist", "mennonite",
                 "pentecostal", "anglican", "methodist", "quaker", "jehovah's witness")
    trades = ("transport", "bau", "consulting", "logistik", "servis", "trading", "studio", "bakery",
              "autoservice", "holding", "group", "partners", "import-export", "tekstil", "elektro")

    def fill(pattern):
        return pattern.format(n=rng.randint(1, 240), m=rng.randint(1, 40), k=rng.randint(1, 9),
                              b=rng.choice(("", "a", "b", "c")), B=rng.choice("ABCDEF"),
                              izq=rng.choice(("izq", "dcha", "A", "B")))

    def place_loc():
        return rng.choice(PLACE_LOCALES)

    def company():
        loc = place_loc()
        name = roman(loc, finance[loc].company())
        return rng.choice((
            lambda: name,
            lambda: f"{name} {roman(loc, finance[loc].company_type(abbr=True))}",
            lambda: f"{last()} {rng.choice(trades)}",
            lambda: f"{last()} and {last()}",
            lambda: f"{last()} & {last()} {roman(loc, finance[loc].company_type(abbr=True))}",
            lambda: f"{first()} {last()} {rng.choice(trades)}",
        ))()

    class Heldout6Provider(BaseProvider):
        def h6_first_name(self):
            return first()

        def h6_last_name(self):
            return last()

        def h6_name(self):
            loc = name_loc()
            return roman(loc, person[loc].full_name())

        def h6_name_lower(self):
            return f"{first()} {last()}".lower()

        def h6_phone(self):
            return phone()

        def h6_email(self):
            loc = name_loc()
            domain = rng.choice(("gmail.com", "seznam.cz", "web.de", "gmx.at", "mail.ru", "yandex.kz",
                                 "libero.it", "wp.pl", "o2.pl", "freemail.hu", "telia.com", "online.no",
                                 "hotmail.es", "uol.com.br", "naver.com", "qq.com", "firma.local",
                                 f"{anyascii(last()).lower().replace(' ', '')}.{rng.choice(('de', 'nl', 'dk', 'tr'))}"))
            return rng.choice((f"{handle()}@{domain}", str(person[loc].email())))

        def h6_username(self):
            return rng.choice(("@", "")) + handle()

        def h6_address(self):
            loc = place_loc()
            return roman(loc, address[loc].address())

        def h6_street(self):
            loc = place_loc()
            return roman(loc, address[loc].street_name())

        def h6_house(self):
            return fill(rng.choice(houses))

        def h6_unit(self):
            return fill(rng.choice(units))

        def h6_city(self):
            loc = place_loc()
            return roman(loc, address[loc].city())

        def h6_region(self):
            loc = place_loc()
            return roman(loc, address[loc].state())

        def h6_postcode(self):
            loc = place_loc()
            return roman(loc, address[loc].postal_code())

        def h6_company(self):
            return company()

        def h6_company_lower(self):
            return company().lower()

        def h6_bank(self):
            loc = place_loc()
            return roman(loc, finance[loc].bank())

        def h6_national_id(self):
            return rng.choice(ids)()

        def h6_nationality(self):
            return str(en.nationality())

        def h6_religion(self):
            return rng.choice(religions)

        def h6_job(self):
            job = str(en.occupation())
            return job.lower() if rng.random() < 0.5 else job

    return Heldout6Provider
