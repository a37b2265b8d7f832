"""``chat_heldout7``: the seventh held-out chat part (report only, misses never printed).

Made on 2026-12-01, when all six earlier held-out parts had been scored, and
scored once on main f6cc194 before the round it judges. What is new against
every other part and every list the scrubber holds:

* People come from ``names-dataset`` (the commonest real first names and
  surnames of 30 countries on every continent, as people type them on social
  media: ``COUNTRIES``); only Latin-script names of three letters or more are
  kept, less a few words the dataset holds that are not names (``_NOT_NAMES``).
  First names alone, surnames alone, full names (also lower case), names after
  a title.
* Towns and regions are the ``city`` and ``subd`` of ``airportsdata``'s
  airports in those countries (many are small towns), cleaned of airport words
  and island suffixes; a value must be letters, spaces, hyphens or apostrophes.
* Street addresses are built here from the names plus each country's own
  street word and house-number order (``STREETS``, written for this part), with
  units and bare house numbers; postcodes in each country's format.
* Organisations: surnames with trades or legal forms (``LEGAL``), "X and Y",
  banks (real ones written here and "<surname> Microfinance Bank"-like
  shapes), in title, upper and lower case.
* Phones in each country's national and international formats (``PHONES``,
  written here); e-mails and user names built from the names (with and without
  "@", some on intranet domains); national ids in the shapes of 24 countries
  that held-out 6 did not use (``IDS``; digits at random, no checksum).
* Quasi-identifiers: occupations and nationalities from mimesis' English lists
  (as held-out 6), religious groups written here.
* Real text: 800 BANKING77 *train* queries that neither
  ``scrub_real_overscrub.py``'s sample nor held-out 6 drew, and 700 SST-2
  *train* sentences no held-out part drew (held-out 3-6's draws replayed),
  each in a wrapper written for this part: call-centre transcripts, social
  media DMs, app-store reviews, classified ads.

Caveat: BANKING77 train is the pool the dev parts' over-scrub figure was
measured on (another sample of it), so its ordinary words are not fully
unseen; the identifiers are.
"""

from __future__ import annotations

import random

HELDOUT7_SEED = 51803
# ISO 3166 alpha-2 codes as names-dataset and airportsdata use them.
COUNTRIES = ("NG", "GH", "ZA", "MA", "CM", "AO", "ET", "NA", "ID", "PH", "MY", "JP", "HK", "LB", "PT", "IE",
             "SI", "LT", "AL", "RS", "MT", "CY", "PE", "CL", "CO", "JM", "HT", "EC", "GT", "FJ")
# names-dataset entries that are not names (country codes, words, places).
_NOT_NAMES = {"gh", "bw", "nesvarbu", "unruly", "fiji", "madrid", "est", "mca", "el", "ben", "abo", "abou",
              "abu", "ibn", "bin", "binti", "bint", "um", "oum", "ould", "ama", "nana", "love", "lovely", "ratu",
              "mr", "mrs", "miss", "dr", "the", "official", "love", "baby", "sweet", "king", "queen", "princess",
              "prince", "angel", "boy", "girl", "dela", "del", "dos", "das", "van", "von", "de", "da", "di", "la"}

BANKING77_WRAPPERS_H7 = [
    "agent: thanks for calling, who am I speaking with? customer: {{h7_name_lower}}. {q}",
    "agent: can I have your surname please? customer: it's {{h7_last_name}}. agent: ok. customer: {q}",
    "customer: hi, {{h7_first_name}} here. {q} agent: let me check that for you",
    "agent: is the number {{h7_phone}} still right? customer: yes. {q}",
    "customer: {q} agent: I'll send the details to {{h7_email}}, is that ok?",
    "customer: {q} you can reach me on {{h7_phone}} after six",
    "agent: and the address on file? customer: {{h7_address}}, {{h7_city}}. {q}",
    "customer: I moved to {{h7_street_address}}, {{h7_unit}} in {{h7_city}} {{h7_postcode}}. {q}",
    "customer: {q} the letter went to number {{h7_house}}, not mine",
    "customer: my national id is {{h7_national_id}}. {q}",
    "agent: to verify, your id number? customer: {{h7_national_id}}. {q}",
    "dm from {{h7_username}}: {q}",
    "hey @{{h7_handle}} {q} pls reply",
    "{q} tagging my sister {{h7_first_name}} coz she has the same issue",
    "{q} sent from {{h7_first_name}}'s phone",
    "{q} (my employer {{h7_company}} pays my salary in here)",
    "{q} the transfer was to {{h7_company_lower}}",
    "{q} I was with {{h7_bank}} before switching",
    "{q} {{h7_title}} {{h7_last_name}} from accounts said to ask you",
    "review by {{h7_name}} ★★☆☆☆ {q}",
    "1 star. {q} -- {{h7_name_lower}}, {{h7_region}}",
    "{q} writing from {{h7_city}}, {{h7_region}}",
    "{q} I'm a {{h7_job}}, paid from abroad",
    "{q} as a {{h7_nationality}} living here, is that allowed?",
    "{q} I'm {{h7_religion}}, is there a card without interest?",
    "{q}",
    "{q}",
]
SST2_WRAPPERS_H7 = [
    "FOR SALE: dvd, barely watched. verdict: {q} pick up at {{h7_address}}, text {{h7_phone}}",
    "classified: film club seeks members. {q} ask for {{h7_first_name}} at {{h7_street_address}}, {{h7_city}}",
    "WANTED: a copy of this one. {q} contact {{h7_email}} or {{h7_phone}}",
    "room to let ({{h7_unit}}, {{h7_street_address}}, {{h7_postcode}}). movie nights included. {q}",
    "app review ★★★★☆ {q} -- {{h7_username}}",
    "streaming app review: {q} {{h7_name}}, {{h7_city}}",
    "@{{h7_handle}} {q} lol",
    "dm to {{h7_first_name}}: {q}",
    "{q} watched it with {{h7_last_name}} and {{h7_name_lower}}",
    "{q} {{h7_title}} {{h7_last_name}} recommended it",
    "{q} screening sponsored by {{h7_company}}",
    "{q} seen at the {{h7_company_lower}} staff night",
    "{q} as a {{h7_job}} I disagree",
    "{q} my {{h7_nationality}} flatmate loved it",
    "{q} a {{h7_religion}} friend walked out",
    "{q} our hall is no. {{h7_house}}, come round",
    "{q}",
    "{q}",
]
ENTITY_TYPES = {
    "h7_first_name": "PERSON", "h7_last_name": "PERSON", "h7_name": "PERSON", "h7_name_lower": "PERSON",
    "h7_phone": "PHONE_NUMBER", "h7_email": "EMAIL_ADDRESS", "h7_username": "USERNAME", "h7_handle": "USERNAME",
    "h7_address": "STREET_ADDRESS", "h7_street_address": "STREET_ADDRESS", "h7_house": "STREET_ADDRESS",
    "h7_unit": "STREET_ADDRESS", "h7_city": "GPE", "h7_region": "GPE", "h7_postcode": "ZIP_CODE",
    "h7_company": "ORGANIZATION", "h7_company_lower": "ORGANIZATION", "h7_bank": "ORGANIZATION",
    "h7_national_id": "NATIONAL_ID", "h7_nationality": "NRP", "h7_religion": "RELIGION", "h7_job": "JOB",
}

# Street patterns: {A} a surname, {F} a first name, {n} a house number, {k} a
# small number, {m} another number, {B} a letter.
STREETS = {
    "NG": ("{n} {A} Street", "{n} {F} {A} Close", "Plot {n}, {A} Crescent", "{n}, {A} Road"),
    "GH": ("House No. {n}, {A} Street", "{n} {F} {A} Avenue", "Plot {n}, {A} Close"),
    "ZA": ("{n} {A} Street", "{n} {F} {A} Drive", "{n} {A} Crescent", "Erf {n}, {A} Road"),
    "MA": ("{n} Rue {A}", "{n}, Avenue {F} {A}", "Derb {A} n° {n}", "Boulevard {A} {n}"),
    "CM": ("Rue {A} {n}", "{n} Avenue {F} {A}", "Carrefour {A}, porte {n}"),
    "AO": ("Rua {F} {A}, n.º {n}", "Avenida {A} {n}", "Travessa {A} {n}"),
    "ET": ("House No. {n}, {A} Street", "{F} {A} Road, H.No {n}"),
    "NA": ("{n} {A} Street", "Erf {n}, {F} {A} Road"),
    "ID": ("Jl. {A} No. {n}", "Jalan {F} {A} No.{n}", "Gg. {A} No. {n}", "Jl. {A} {k} No. {n}"),
    "PH": ("{n} {A} St.", "{n} {F} {A} Street, Brgy. {A}", "Blk {k} Lot {m} {A} St."),
    "MY": ("{n}, Jalan {A} {k}/{m}", "No. {n}, Lorong {A}", "{n} Jalan {F} {A}, Taman {A}"),
    "JP": ("{k}-{m}-{n} {A}-cho", "{A}-dori {k}-{m}", "{k}-chome {m}-{n} {A}"),
    "HK": ("{n} {A} Road", "Flat {B}, {k}/F, {n} {A} Street"),
    "LB": ("{A} Street, bldg {n}", "{F} {A} St. {n}"),
    "PT": ("Rua {F} {A}, {n}", "Avenida {A} {n}", "Travessa {A}, n.º {n}", "Largo {F} {A} {n}"),
    "IE": ("{n} {A} Road", "{n} {A} Terrace", "{n} {A} Park", "{A} House, {F} Street"),
    "SI": ("{A}ova ulica {n}", "Cesta {F}a {A}a {n}", "Ulica {F} {A} {n}{b}"),
    "LT": ("{A} g. {n}", "{F} {A} g. {n}-{m}", "{A} pr. {n}"),
    "AL": ("Rruga {F} {A}, Nr. {n}", "Rr. {A} {n}", "Bulevardi {F} {A} {n}"),
    "RS": ("Ulica {F} {A} {n}", "Bulevar {A} {n}/{m}", "{A}a {n}"),
    "MT": ("{n}, Triq {A}", "{A} Street {n}", "Triq {F} {A}, No. {n}"),
    "CY": ("{A} Street {n}", "{n} {F} {A} Avenue", "Odos {A} {n}"),
    "PE": ("Av. {A} {n}", "Jr. {F} {A} {n}", "Calle {A} {n}", "Psje. {A} {n}"),
    "CL": ("Avenida {F} {A} {n}", "Pasaje {A} {n}", "Calle {A} {n}"),
    "CO": ("Calle {k} # {n}-{m}", "Carrera {k} No. {n}-{m}", "Avenida {F} {A} # {n}-{m}", "Diagonal {k}B # {n}-{m}"),
    "JM": ("{n} {A} Avenue", "{n} {F} {A} Drive", "Lot {n}, {A} Close"),
    "HT": ("{n}, Rue {A}", "Rue {F} {A} #{n}", "Impasse {A} {n}"),
    "EC": ("Av. {A} y {F} {A}", "Calle {A} N{k}-{m}", "Cdla. {A}, Mz. {k} V. {m}"),
    "GT": ("{k}a. Avenida {n}-{m}, Zona {k}", "{k}a. Calle {A} {n}-{m}"),
    "FJ": ("Lot {n} {A} Road", "{n} {A} Street", "Lot {n}, {F} {A} Place"),
}
UNITS = ("Flat {n}", "flat {k}{B}", "Apt {n}", "apt. {m}", "Unit {k}", "Suite {n}", "{k}º Esq.", "{k}º Dto",
         "Dpto. {m}", "depto {n}", "bl. {k}, ap. {m}", "Room {n}", "#{k}-{m}", "Block {B}-{k}-{m}",
         "{k}/F", "Apartment {m}", "Rm {n}", "{k}th floor", "Casa {m}", "Villa {k}", "Mz. {k} V. {m}", "ground floor")
HOUSES = ("{n}", "{n}{b}", "{n}-{m}", "{n}/{m}", "{n} {B}", "#{n}")
POSTCODES = {
    "NG": "######", "GH": "@@-###-####", "ZA": "####", "MA": "#####", "CM": "", "AO": "", "ET": "####",
    "NA": "#####", "ID": "#####", "PH": "####", "MY": "#####", "JP": "###-####", "HK": "", "LB": "#### ####",
    "PT": "####-###", "IE": "@## @#@#", "SI": "SI-####", "LT": "LT-#####", "AL": "####", "RS": "#####",
    "MT": "@@@ ####", "CY": "####", "PE": "#####", "CL": "#######", "CO": "######", "JM": "JMAKN##",
    "HT": "HT####", "EC": "EC######", "GT": "#####", "FJ": "",
}
# Phone masks, international and national; # a digit.
PHONES = {
    "NG": ("+234 80# ### ####", "080# ### ####", "+2348######### ", "0703-###-####"),
    "GH": ("+233 24 ### ####", "024 ### ####", "055#######"),
    "ZA": ("+27 82 ### ####", "082 ### ####", "(011) ### ####", "+27 (0)21 ### ####"),
    "MA": ("+212 6 ## ## ## ##", "06 ## ## ## ##", "05 22 ## ## ##"),
    "CM": ("+237 6 ## ## ## ##", "6## ## ## ##", "(+237) 677######"),
    "AO": ("+244 923 ### ###", "923 ### ###"),
    "ET": ("+251 91 ### ####", "091 ### ####", "0911######"),
    "NA": ("+264 81 ### ####", "081 ### ####"),
    "ID": ("+62 812-####-####", "0812-####-####", "08##########", "(021) ####-####"),
    "PH": ("+63 917 ### ####", "0917 ### ####", "0918-###-####", "(02) 8###-####"),
    "MY": ("+60 12-### ####", "012-### ####", "03-#### ####", "011-#### ####"),
    "JP": ("+81 90-####-####", "090-####-####", "03-####-####", "+81 3 #### ####"),
    "HK": ("+852 #### ####", "9### ####", "(852) 6#######"),
    "LB": ("+961 3 ### ###", "03 ### ###", "01 ### ###"),
    "PT": ("+351 912 ### ###", "912 ### ###", "21 ### ####", "00351 96#######"),
    "IE": ("+353 87 ### ####", "087 ### ####", "(01) ### ####", "086-#######"),
    "SI": ("+386 41 ### ###", "041 ### ###", "01 ### ## ##"),
    "LT": ("+370 612 #####", "8 612 #####", "8 (5) ### ####"),
    "AL": ("+355 69 ### ####", "069 ### ####", "04 ### ####"),
    "RS": ("+381 64 #######", "064 #######", "064/###-####", "011 ### ####"),
    "MT": ("+356 99## ####", "79## ####", "21## ####"),
    "CY": ("+357 99 ######", "99 ######", "22 ######"),
    "PE": ("+51 987 ### ###", "987 ### ###", "(01) ###-####"),
    "CL": ("+56 9 #### ####", "9 #### ####", "(2) 2### ####"),
    "CO": ("+57 310 #######", "310 ### ####", "(604) ### ####", "+57 (1) ### ####"),
    "JM": ("+1 876 ### ####", "(876) ###-####", "876-###-####"),
    "HT": ("+509 34 ## ####", "3### ####", "(509) 37##-####"),
    "EC": ("+593 99 ### ####", "099 ### ####", "(02) ### ####"),
    "GT": ("+502 5### ####", "5###-####", "2### ####"),
    "FJ": ("+679 9## ####", "9## ####", "(679) 3######"),
}
LEGAL = {
    "NG": ("Ltd", "Nigeria Limited", "Ventures", "Enterprises", "& Sons Ltd", "Global Resources"),
    "GH": ("Company Limited", "Ltd", "Enterprise", "& Co."),
    "ZA": ("(Pty) Ltd", "Pty Ltd", "CC", "Holdings"),
    "MA": ("SARL", "S.A.", "SARL AU"),
    "CM": ("SARL", "Ets", "Sarl"),
    "AO": ("Lda", "S.A.", "Comercial, Lda"),
    "ET": ("PLC", "Trading PLC", "& Sons Import Export"),
    "NA": ("(Pty) Ltd", "CC"),
    "ID": ("PT", "CV", "Tbk"),
    "PH": ("Inc.", "Corp.", "Enterprises", "Trading"),
    "MY": ("Sdn Bhd", "Sdn. Bhd.", "Enterprise", "Bhd"),
    "JP": ("K.K.", "Co., Ltd.", "Shoten", "Seisakusho"),
    "HK": ("Limited", "Company Limited", "Holdings Ltd"),
    "LB": ("SAL", "SARL", "& Partners"),
    "PT": ("Lda.", "S.A.", "& Filhos, Lda", "Unipessoal Lda"),
    "IE": ("Ltd", "Teoranta", "DAC", "& Sons"),
    "SI": ("d.o.o.", "d.d.", "s.p."),
    "LT": ("UAB", "AB", "MB"),
    "AL": ("sh.p.k.", "sha", "Shpk"),
    "RS": ("d.o.o.", "a.d.", "DOO"),
    "MT": ("Ltd", "Limited", "& Sons Ltd"),
    "CY": ("Ltd", "Limited", "Trading Ltd"),
    "PE": ("S.A.C.", "E.I.R.L.", "S.R.L."),
    "CL": ("SpA", "Ltda.", "y Cía. Ltda."),
    "CO": ("S.A.S.", "Ltda", "S.A.S"),
    "JM": ("Limited", "Ltd", "& Company"),
    "HT": ("S.A.", "& Fils"),
    "EC": ("Cía. Ltda.", "S.A."),
    "GT": ("S.A.", "y Cía."),
    "FJ": ("Pte Limited", "Ltd"),
}
_PREFIX_LEGAL = {"PT", "CV", "UAB", "AB", "MB"}  # written before the name
TRADES = ("motors", "pharmacy", "hardware", "logistics", "textiles", "catering", "auto parts", "electricals",
          "farms", "clinic", "printing press", "beauty salon", "supermarket", "furniture", "travel and tours",
          "dental care", "fisheries", "cold store", "plumbing", "bookshop", "car wash", "bakeries", "tailoring")
BANKS = ("Zenith Bank", "Guaranty Trust Bank", "Access Bank", "First Bank of Nigeria", "Ecobank", "Stanbic IBTC",
         "Fidelity Bank Ghana", "Absa", "Capitec", "Nedbank", "Attijariwafa bank", "Banque Populaire", "BICEC",
         "Banco BAI", "Commercial Bank of Ethiopia", "Dashen Bank", "Bank Windhoek", "Bank Mandiri", "BCA",
         "Bank Rakyat Indonesia", "BDO Unibank", "Metrobank", "Landbank", "Maybank", "CIMB", "RHB Bank",
         "Mizuho", "Resona Bank", "Hang Seng Bank", "BLOM Bank", "Byblos Bank", "Millennium bcp",
         "Caixa Geral de Depositos", "Novo Banco", "Bank of Ireland", "AIB", "permanent tsb", "NLB",
         "Nova KBM", "Swedbank", "Luminor", "Siauliu bankas", "Banka Kombetare Tregtare", "Banca Intesa",
         "Komercijalna banka", "Bank of Valletta", "APS Bank", "Hellenic Bank", "Banco de Credito del Peru",
         "Interbank", "BancoEstado", "Banco de Chile", "Bancolombia", "Davivienda", "National Commercial Bank",
         "Sagicor Bank", "Unibank", "Sogebank", "Banco Pichincha", "Produbanco", "Banco Industrial",
         "Banrural", "BSP Fiji", "HFC Bank")
BANK_SHAPES = ("{A} Microfinance Bank", "{A} Savings and Loans", "{A} Rural Bank", "{A} Cooperative Credit Union",
               "Banco {A}", "{A} Community Bank")
RELIGIONS = ("pentecostal", "anglican", "catholic", "sunni", "shia", "orthodox", "evangelical", "muslim",
             "seventh-day adventist", "methodist", "baptist", "shinto", "buddhist", "maronite", "druze",
             "rastafarian", "vodou", "mormon", "presbyterian", "hindu", "sikh", "jewish", "christian",
             "coptic", "ahmadiyya", "born-again")
MAIL_DOMAINS = ("gmail.com", "yahoo.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "ymail.com",
                "yahoo.co.id", "yahoo.com.ph", "yahoo.co.jp", "docomo.ne.jp", "sapo.pt", "eircom.net",
                "siol.net", "inbox.lt", "abv.bg", "gmx.net", "icloud.com", "protonmail.com", "live.com",
                "corp.internal", "intranet.local", "mail.lan", "hq.corp", "office.example")
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Dr.", "Mr.", "Chief", "Engr.", "Alhaji", "Atty.", "Sr.", "Sra.", "Dona",
          "Prof.", "Pastor", "Madam", "Uncle", "Auntie", "Hajia", "Sensei", "Don", "Fr.")
TITLE_WORDS = ("my boss", "my manager", "my colleague", "our supervisor", "my neighbour", "the landlord",
               "my friend", "our teacher", "my lecturer", "my cousin")


def _fill(rng: random.Random, mask: str) -> str:
    out = []
    for c in mask:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "@":
            out.append(rng.choice("ACDEFHKNPRTVWXY"))
        else:
            out.append(c)
    return "".join(out).strip()


def templates(seed: int = HELDOUT7_SEED, n_banking: int = 800, n_sst2: int = 700) -> list[str]:
    """Real text no other part draws, each in a ``*_WRAPPERS_H7`` wrapper."""
    import csv

    import scrub_data as sd
    import scrub_heldout6 as h6

    with (sd.banking77_dir() / "train.csv").open(encoding="utf-8", newline="") as f:
        train = [row["text"].strip() for row in csv.DictReader(f) if row["text"].strip()]
    overscrub_sample = set(random.Random(0).sample(train, 3000))  # scrub_real_overscrub.py's draw
    pool6 = sorted({q for q in train if q not in overscrub_sample and not any(c in q for c in "{}<>")})
    _, h3 = sd._heldout3_draws()
    _, h4 = sd._heldout4_draws()
    _, h5 = sd._heldout5_sources()
    sentences6 = sorted(set(sd._sst2_train_sentences()) - set(h3) - set(h4) - set(h5))
    rng6 = random.Random(h6.HELDOUT6_SEED + 1)  # held-out 6's draws, replayed in order
    banking6 = rng6.sample(pool6, 800)
    for _ in banking6:
        rng6.choice(h6.BANKING77_WRAPPERS_H6)
    sst6 = rng6.sample(sentences6, 700)
    banking = sorted(set(pool6) - set(banking6))
    sentences = sorted(set(sentences6) - set(sst6))
    rng, titles = random.Random(seed + 1), random.Random(seed + 3)
    out = ([rng.choice(BANKING77_WRAPPERS_H7).replace("{q}", q) for q in rng.sample(banking, n_banking)]
           + [rng.choice(SST2_WRAPPERS_H7).replace("{q}", q) for q in rng.sample(sentences, n_sst2)])
    # A title or relation word before a surname: plain text, not labelled.
    return [t.replace("{{h7_title}}", titles.choice(TITLES + TITLE_WORDS)) for t in out]


def _names(top: int = 120) -> tuple[dict, dict]:
    """First names and surnames per country: Latin script, three letters or more."""
    import regex as re
    from names_dataset import NameDataset

    latin = re.compile(r"^\p{Script=Latin}[\p{Script=Latin}' -]+$")
    nd = NameDataset()
    firsts, lasts = {}, {}
    for c in COUNTRIES:
        f = nd.get_top_names(top, country_alpha2=c, use_first_names=True)[c]
        s = nd.get_top_names(top, country_alpha2=c, use_first_names=False)[c]
        keep = lambda names: [n for n in names if latin.match(n) and len(n) >= 3  # noqa: E731
                              and n.lower() not in _NOT_NAMES and n.lower() != c.lower()]
        firsts[c] = keep(f["M"] + f["F"])
        lasts[c] = keep(s)
        if len(firsts[c]) < 40 or len(lasts[c]) < 30:
            raise RuntimeError(f"chat_heldout7 needs names-dataset's names of {c}")
    return firsts, lasts


_GENERIC_REGION_WORDS = {"central", "north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "region", "province", "district", "upper", "lower", "coast", "capital",
                         "islands", "island", "national", "territory", "of", "the", "and", "city"}


def _towns() -> tuple[dict, dict]:
    """Towns and regions per country from airportsdata's airports."""
    import airportsdata
    import regex as re

    word = re.compile(r"^\p{Lu}[\p{L}' -]*\p{L}$")
    not_town = re.compile(r"(?i)\b(?:airport|airfield|air ?base|aerodrome|lodge|pen|mine|camp|station|field|"
                          r"heliport|strip|estate|ranch|base|jones|omega)\b")
    towns, regions = {c: set() for c in COUNTRIES}, {c: set() for c in COUNTRIES}
    for a in airportsdata.load("IATA").values():
        if a["country"] not in towns:
            continue
        city = re.split(r"[,/(]", a["city"] or "")[0].strip()
        city = re.sub(r"-[\p{L} ]+ Island$", "", city).strip()
        if word.match(city) and not not_town.search(city) and len(city) >= 3:
            towns[a["country"]].add(city)
        subd = (a["subd"] or "").strip()
        generic = set(subd.lower().replace("-", " ").split()) <= _GENERIC_REGION_WORDS
        if word.match(subd) and not not_town.search(subd) and len(subd) >= 3 and not generic:
            regions[a["country"]].add(subd)
    for c in COUNTRIES:
        if not towns[c]:
            raise RuntimeError(f"chat_heldout7 needs airportsdata's towns of {c}")
    return {c: sorted(v) for c, v in towns.items()}, {c: sorted(v) for c, v in regions.items() if v}


def make_provider(seed: int = HELDOUT7_SEED):
    """A Faker provider class whose methods give ``chat_heldout7``'s values."""
    from anyascii import anyascii
    from faker.providers import BaseProvider
    from mimesis import Person
    from mimesis.locales import Locale

    firsts, lasts = _names()
    towns, regions = _towns()
    en = Person(Locale.EN, seed=seed + 300)
    rng = random.Random(seed + 2)

    def country():
        return rng.choice(COUNTRIES)

    def first(c=None):
        return rng.choice(firsts[c or country()])

    def last(c=None):
        return rng.choice(lasts[c or country()])

    def fill(pattern, c):
        return pattern.format(n=rng.randint(1, 299), m=rng.randint(1, 60), k=rng.randint(1, 12),
                              b=rng.choice(("", "a", "b", "c")), B=rng.choice("ABCDEFGH"),
                              A=last(c), F=first(c))

    def street(c):
        return fill(rng.choice(STREETS[c]), c)

    def plain(value):
        return anyascii(value) if rng.random() < 0.5 else value

    def mail_word():
        return anyascii(last()).lower().replace(" ", "").replace("'", "")

    def handle():
        a = anyascii(first()).lower().replace(" ", "").replace("'", "")
        b = anyascii(last()).lower().replace(" ", "").replace("'", "")
        return rng.choice((f"{a}.{b}", f"{a}{b[:1]}{rng.randint(1, 99)}", f"{b}_{a}", f"{a[:1]}{b}",
                           f"{a}_{b}{rng.randint(1975, 2008)}", f"the_real_{a}", f"{a}{b}", f"{b}.{a[:1]}",
                           f"{a}x{b[:3]}", f"{a}.{rng.randint(100, 999)}"))

    def company():
        c = country()
        legal = rng.choice(LEGAL[c])
        name = last(c)
        return rng.choice((
            lambda: f"{legal} {name}" if legal in _PREFIX_LEGAL else f"{name} {legal}",
            lambda: f"{name} {rng.choice(TRADES)}",
            lambda: f"{name} and {last(c)}",
            lambda: f"{name} & {last(c)} {legal}" if legal not in _PREFIX_LEGAL else f"{name} & {last(c)}",
            lambda: f"{first(c)} {name} {rng.choice(TRADES)}",
            lambda: f"{name} {rng.choice(TRADES)} {legal}" if legal not in _PREFIX_LEGAL else f"{legal} {name}",
        ))()

    def id_number():
        d = lambda k: _fill(rng, "#" * k)  # noqa: E731
        yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        dob = f"{yy:02d}{mm:02d}{dd:02d}"
        return rng.choice((
            lambda: d(11),  # Nigeria NIN
            lambda: f"GHA-{d(9)}-{d(1)}",  # Ghana card
            lambda: f"{dob}{d(7)}",  # South Africa ID
            lambda: f"{rng.choice('ABCDEFGHJKLM')}{rng.choice(('', 'A', 'B', 'E'))}{d(6)}",  # Morocco CIN
            lambda: f"{d(9)}{rng.choice('AB')}{rng.choice('ACEIKLMNOPRSTUVXZ')}{d(3)}",  # Angola BI
            lambda: f"{d(4)} {d(4)} {d(4)} {d(4)}",  # Indonesia NIK
            lambda: f"{d(4)}-{d(4)}-{d(4)}-{d(4)}",  # Philippines PhilSys
            lambda: f"{d(2)}-{d(7)}-{d(1)}",  # Philippines SSS
            lambda: f"{dob}-{d(2)}-{d(4)}",  # Malaysia MyKad
            lambda: f"{d(4)} {d(4)} {d(4)}",  # Japan My Number
            lambda: f"{rng.choice('ABCDEGKMPRVYZ')}{d(6)}({rng.choice('0123456789A')})",  # Hong Kong ID
            lambda: f"{d(8)} {d(1)} {rng.choice('ZXYW')}{rng.choice('ZXY')}{d(1)}",  # Portugal CC
            lambda: f"{d(7)}{rng.choice('ABCDEFGHJKLMNPTW')}{rng.choice(('', 'A', 'W'))}",  # Ireland PPSN
            lambda: f"{dd:02d}{mm:02d}9{yy:02d}{d(6)}",  # Slovenia EMSO
            lambda: f"{rng.choice('3456')}{dob}{d(4)}",  # Lithuania asmens kodas
            lambda: f"{rng.choice('HIJK')}{d(8)}{rng.choice('ABCDEFGHIJ')}",  # Albania NID
            lambda: f"{dd:02d}{mm:02d}9{yy:02d}{d(6)}",  # Serbia JMBG
            lambda: f"{d(6)}{rng.choice('MGALBPHZ')}",  # Malta ID card
            lambda: d(8),  # Peru DNI
            lambda: f"{rng.randint(5, 25)}.{d(3)}.{d(3)}-{rng.choice('0123456789K')}",  # Chile RUT
            lambda: f"1.0{d(2)}.{d(3)}.{d(3)}",  # Colombia cedula
            lambda: f"{rng.randint(1, 24):02d}{d(8)}",  # Ecuador cedula
            lambda: f"{d(4)} {d(5)} {d(4)}",  # Guatemala DPI
            lambda: f"{d(3)}-{d(3)}-{d(3)}",  # Jamaica TRN
        ))()

    class Heldout7Provider(BaseProvider):
        def h7_first_name(self):
            return plain(first())

        def h7_last_name(self):
            return plain(last())

        def h7_name(self):
            c = country()
            return plain(f"{first(c)} {last(c)}")

        def h7_name_lower(self):
            c = country()
            return plain(f"{first(c)} {last(c)}").lower()

        def h7_phone(self):
            return _fill(rng, rng.choice(PHONES[country()]))

        def h7_email(self):
            domain = rng.choice(MAIL_DOMAINS + (f"{mail_word()}.co.za", f"{mail_word()}.com.ng"))
            return f"{handle()}@{domain}"

        def h7_username(self):
            return rng.choice(("@", "", "@")) + handle()

        def h7_handle(self):
            return handle()

        def h7_address(self):
            c = country()
            value = street(c)
            if rng.random() < 0.3:
                value = f"{fill(rng.choice(UNITS), c)}, {value}"
            if rng.random() < 0.3 and POSTCODES[c]:
                value = f"{value}, {_fill(rng, POSTCODES[c])}"
            return plain(value)

        def h7_street_address(self):
            return plain(street(country()))

        def h7_house(self):
            return fill(rng.choice(HOUSES), country())

        def h7_unit(self):
            return fill(rng.choice(UNITS), country())

        def h7_city(self):
            return plain(rng.choice(towns[country()]))

        def h7_region(self):
            return plain(rng.choice(regions[rng.choice(sorted(regions))]))

        def h7_postcode(self):
            return _fill(rng, POSTCODES[rng.choice([c for c in COUNTRIES if POSTCODES[c]])])

        def h7_company(self):
            value = company()
            return rng.choice((value, value, value.upper()))

        def h7_company_lower(self):
            return company().lower()

        def h7_bank(self):
            value = rng.choice(BANKS) if rng.random() < 0.6 else fill(rng.choice(BANK_SHAPES), country())
            return rng.choice((value, value, value.lower()))

        def h7_national_id(self):
            return id_number()

        def h7_nationality(self):
            value = str(en.nationality())
            return value.lower() if rng.random() < 0.5 else value

        def h7_religion(self):
            return rng.choice(RELIGIONS)

        def h7_job(self):
            job = str(en.occupation())
            return job.lower() if rng.random() < 0.5 else job

    return Heldout7Provider
