"""``chat_heldout9``: the ninth held-out chat part (report only, misses never printed).

Made on 2026-12-02, before the next tuning round. Every value comes from a
package no earlier part and no scrubber list uses (versions as installed when
the part was made; all ship their data in the wheel, nothing is fetched):

* Filipino and Mexican people, Philippine towns and phones: ``faker-ph``
  (0.1.0, Apache-2.0; its ``data/ph_names.json`` surnames and first names
  (the Spanish-origin ones also serve for Mexican people and their CURP and
  RFC), ``data/psgc_cities.csv`` and ``data/psgc_provinces.csv`` from the
  PSGC, ``data/mobile_prefixes.json``).
* Pakistani people, cities, provinces, firms, banks, universities, jobs and
  sects: ``faker-pk`` (0.2.0, MIT; its bundled ``faker_pk.db`` SQLite tables
  ``names``, ``locations``, ``companies``, ``banks``, ``institutions``,
  ``job_titles``, ``sects``, ``castes``, ``sim_prefixes``).
* Russian people: ``russian-names`` (0.1.2, MIT; ``_data.zip``'s ``base.txt``:
  first names, patronymics and surnames, Cyrillic; half are transliterated
  here with ``_TRANSLIT``).
* Indian people: ``indian-names`` (0.3, BSD-3-Clause; ``first.male.names``,
  ``first.female.names``, ``last.names``).
* Schools, colleges and universities: ``faker-edu`` (1.1.0, BSD; its
  ``INSTITUTIONTYPES``, ``SECONDARYTYPES``, ``ACADEMICDISCIPLINES`` lists),
  joined here with towns and surnames of this part.
* Charities: ``faker-nonprofit`` (1.0.0, BSD; its ``PREFIXES``, ``TOPICS``,
  ``SUFFIXES``), also joined with towns of this part.
* Provinces / states of the Philippines, Pakistan, Mexico, Egypt, Russia and
  India, and Russian regional capitals: ``countryinfo`` (1.0.1, MIT;
  ``data/*.json`` ``provinces``).

``faker-persona-mx`` (Mexican names) was tried and left out: it needs
typer>=0.24.1 and flwr pins typer<0.21, so it cannot sit in the ``bench``
extra. ``universities`` queries a web API; ``us``, ``nomquamgender``,
``faker-egy-names`` and ``faker-ru-pii`` were not needed.

National ids are built here in those countries' forms: Pakistan CNIC, Mexico
CURP and RFC (from the person's own name and birth date), Russia INN and
SNILS, India PAN, with check digits made or checked by ``python-stdnum`` (the
SNILS check sum written here); Philippine PhilSys, SSS, TIN and PhilHealth
numbers and Egyptian 14-digit national ids have no public check digit and are
formatted only. Phones use each country's formats with the packages' own
prefixes where they have them. E-mails and user names come from this part's
names, on ``MAIL_DOMAINS`` written here. Quasi-identifiers: jobs (faker-pk ``job_titles`` plus ``JOBS`` written
here), nationalities and groups (``NATIONALITIES``, with faker-pk castes),
religions (faker-pk sects plus ``RELIGIONS``), ages, dates and dates of birth
in many written forms.

Text: every text is one of the 61 wrappers in ``WRAPPERS_H9``, written for this
part: bank support chats and dispute forms, hospital, pharmacy and clinic
messages, call-centre summaries, SMS/WhatsApp messages, forum posts, CRM
notes, complaint letters, landlord/tenant messages, job applications, alumni
and charity donor notes. Half the texts are lowered by scrub_data as for every
chat part.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import unicodedata
import zipfile
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

HELDOUT9_SEED = 62417

WRAPPERS_H9 = [
    # bank support chats and dispute forms
    "hi its {{h9_first_name}} again my card got swallowed at the atm near {{h9_city}} can u block it",
    "Dispute form: cardholder {{h9_name}}, CNIC/ID {{h9_national_id}}. Disputed charge dated {{h9_date}} at {{h9_company}}",
    "agent: pls confirm dob. cust: {{h9_dob}}. agent: and the mobile on file? cust: {{h9_phone}}",
    "chargeback raised for {{h9_name_lower}}, merchant {{h9_company_lower}}, txn on {{h9_date}}",
    "I never authorised the transfer to {{h9_name}}. My account is registered at {{h9_address}}, {{h9_city}}",
    "kyc docs rcvd from {{h9_last_name}} - tax no {{h9_national_id}}, occupation {{h9_job}}, src of funds salary",
    "why is my loan frozen?? i am {{h9_age}} and a {{h9_job}} not a fraudster. {{h9_first_name}}",
    "Branch visit note: {{h9_name}} ({{h9_nationality}}) opened joint acct with spouse {{h9_first_name}}, {{h9_province}}",
    # hospital, pharmacy and clinic messages
    "Reminder from the clinic: {{h9_first_name}} your bloods are due {{h9_date}}. reply STOP to opt out",
    "pharmacy pls refill metformin for {{h9_name_lower}} dob {{h9_dob}} pick up at the {{h9_city}} branch",
    "ward 4 handover: bed 12 {{h9_last_name}} {{h9_age}} yrs, {{h9_religion}}, no pork in meals, son {{h9_phone}}",
    "referral letter to {{h9_school}} teaching hospital for {{h9_name}}, resident of {{h9_province}}",
    "Dear Dr {{h9_last_name}}, my mother {{h9_name}} was admitted on {{h9_date}}. we live at {{h9_address}}",
    "lab results ready for patient id {{h9_national_id}} pls collect before {{h9_date}}",
    "vaccination card lost. name {{h9_name_lower}}, born {{h9_dob}} in {{h9_city}}, {{h9_province}}",
    "is the dentist open on {{h9_date}}? {{h9_first_name}} has toothache. ph {{h9_phone}}",
    # support desks and call-centre summaries
    "Call summary: caller {{h9_name}} rang re broadband outage at {{h9_address}}, {{h9_city}}. Callback {{h9_phone}}",
    "cust {{h9_username}} says app crashes on login since {{h9_date}}, escalated to tier 2",
    "summary - spoke w {{h9_first_name}} ({{h9_email}}), wants refund, agreed 50%",
    "Caller identified as {{h9_last_name}}, age {{h9_age}}, verified with id {{h9_national_id}}",
    "ticket closed. customer {{h9_name_lower}} happy. moved to {{h9_city}} so new address {{h9_address}}",
    "rep note: {{h9_name}} is a {{h9_nationality}} student at {{h9_school}}, asked about student plan",
    # SMS / WhatsApp-style messages
    "bro im at {{h9_city}} bus stand call me {{h9_phone}}",
    "{{h9_first_name}} where r u",
    "tell {{h9_first_name}} the rent is late again",
    "ok ill send to {{h9_email}} tonight",
    "mum says {{h9_last_name}} aunty is coming from {{h9_province}} on {{h9_date}}",
    "happy bday {{h9_first_name}}!! {{h9_age}} already lol",
    "pls share {{h9_name_lower}} number mine is {{h9_phone}}",
    "reached {{h9_city}} safely. staying w {{h9_first_name}} near {{h9_address}}",
    # forum posts
    "Posted by {{h9_username}}: anyone know a good {{h9_job}} in {{h9_city}}? moved here from {{h9_province}}",
    "re: visa queue - my friend {{h9_name}} waited 3 months, she is {{h9_nationality}}",
    "long time lurker. {{h9_age}}yo {{h9_religion}} guy from {{h9_city}}, finally posting",
    "does {{h9_company}} hire people without a degree? asking for my cousin {{h9_first_name}}",
    "update: {{h9_school}} accepted me!! thanks everyone esp {{h9_username}}",
    # CRM notes
    "CRM: lead {{h9_name}}, {{h9_job}} at {{h9_company}}, prefers whatsapp {{h9_phone}}",
    "crm note {{h9_last_name}} asked us not to call before 10am, lives {{h9_province}}",
    "Account owner {{h9_first_name}}; billing contact {{h9_email}}; site {{h9_address}}, {{h9_city}}",
    "met {{h9_name_lower}} at expo on {{h9_date}}, interested in payroll module",
    # complaint letters
    "To whom it may concern, I, {{h9_name}}, holder of ID {{h9_national_id}}, wish to complain about {{h9_company}}",
    "Dear Sir/Madam\nMy name is {{h9_name}} and I live at {{h9_address}}, {{h9_city}}, {{h9_province}}.\nI am writing about the delay",
    "complaint vs your driver {{h9_first_name}} who was rude to my father (age {{h9_age}}) on {{h9_date}}",
    "Yours faithfully,\n{{h9_name}}\n{{h9_job}}\n{{h9_phone}}",
    # landlord / tenant
    "landlord here. {{h9_first_name}} the water bill for unit at {{h9_address}} is due {{h9_date}}",
    "tenant {{h9_name_lower}} moved out, deposit to be returned to acct holder {{h9_last_name}}",
    "hi im the new tenant at {{h9_address}}, the boiler is broken. {{h9_name}} {{h9_phone}}",
    "lease signed by {{h9_name}} (id {{h9_national_id}}) and guarantor {{h9_first_name}} {{h9_last_name}}",
    "neighbour {{h9_last_name}} keeps parking in my spot pls sort it",
    # job applications
    "Application: {{h9_name}}, {{h9_age}}, {{h9_nationality}}. Graduated from {{h9_school}}. Currently {{h9_job}} at {{h9_company}}",
    "cv attached. contact me at {{h9_email}} or {{h9_phone}}. based in {{h9_city}}",
    "Referee: Prof {{h9_last_name}}, {{h9_school}}",
    "i am applying for the {{h9_job}} post. i was born on {{h9_dob}} and hold ID {{h9_national_id}}",
    "interview slot {{h9_date}} confirmed for {{h9_first_name}}",
    # alumni / charity donor notes
    "Donor note: {{h9_name}} pledged again to {{h9_charity}}, class of {{h9_year}}, {{h9_school}}",
    "alumni update {{h9_name_lower}} now {{h9_job}} in {{h9_city}}",
    "thank you letter sent to {{h9_first_name}} {{h9_last_name}} for gift to {{h9_charity}} on {{h9_date}}",
    "volunteer {{h9_username}} from {{h9_charity}} will visit {{h9_address}} on {{h9_date}}",
    "gift aid form: {{h9_name}}, {{h9_address}}, {{h9_city}}. tel {{h9_phone}}",
    "{{h9_charity}} board minutes: {{h9_last_name}} ({{h9_religion}} community rep) joined",
    # mixed
    "whatsapp from {{h9_phone}}: this is {{h9_first_name}} from {{h9_company}} pls call back",
    "fwd: {{h9_name}} [{{h9_email}}] asked to update her surname to {{h9_last_name}}",
]
ENTITY_TYPES = {
    "h9_first_name": "PERSON", "h9_last_name": "PERSON", "h9_name": "PERSON", "h9_name_lower": "PERSON",
    "h9_phone": "PHONE_NUMBER", "h9_email": "EMAIL_ADDRESS", "h9_username": "USERNAME",
    "h9_address": "STREET_ADDRESS", "h9_city": "GPE", "h9_province": "GPE",
    "h9_company": "ORGANIZATION", "h9_company_lower": "ORGANIZATION", "h9_school": "ORGANIZATION",
    "h9_charity": "ORGANIZATION", "h9_national_id": "NATIONAL_ID", "h9_nationality": "NRP",
    "h9_religion": "RELIGION", "h9_job": "JOB", "h9_age": "AGE", "h9_date": "DATE_TIME",
    "h9_year": "DATE_TIME", "h9_dob": "DATE_OF_BIRTH",
}

COUNTRIES = ("PH", "PK", "MX", "RU", "IN", "EG")
_CI_FILE = {"PH": "philippines", "PK": "pakistan", "MX": "mexico", "RU": "russia", "IN": "india", "EG": "egypt"}
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
STREETS = {
    "PH": ("{n} Rizal St.", "Blk {k} Lot {m}, {s} St", "Unit {m} {s} Tower", "{n} {s} Ave", "Purok {k}, Brgy {s}",
           "{n}-{B} {s} Street", "Rm {m} {s} Bldg"),
    "PK": ("House {n}, Street {k}, Block {B}", "Flat {m}, {s} Plaza", "Plot {n} Sector {B}-{k}", "{n} {s} Road",
           "Mohallah {s}, Gali {k}"),
    "MX": ("Calle {s} {n}, Int {k}", "Av. {s} #{n}", "Col. {s}, Mz {k} Lt {m}", "{s} {n} depto {m}",
           "Privada {s} {n}"),
    "RU": ("ul. {s}, d. {k}, kv. {m}", "pr-t {s} {k}-{m}", "{s} street {k}, flat {m}", "per. {s} {k}"),
    "IN": ("Flat {m}, {s} Apartments", "#{n}, {k}th Cross, {s} Nagar", "{n} {s} Marg", "H.No {k}-{m} {s} Colony",
           "Plot {m} {s} Layout"),
    "EG": ("{n} {s} St, Apt {k}", "Bldg {n}, Floor {k}, {s} Sq", "{k} {s} Street, flat {m}"),
}
JOBS = ("rider for a food app", "ofw domestic helper", "call centre agent", "jeepney driver", "seaman",
        "tricycle driver", "sari-sari store owner", "rickshaw driver", "tailor", "madrassa teacher",
        "maquiladora line worker", "taxista", "albañil", "nurse aide", "staff nurse", "bpo team lead",
        "night guard", "mason", "cane cutter", "retired army major", "lady health worker", "pharmacist",
        "junior accountant", "primary school teacher", "hospital cleaner", "uber eats courier", "gig worker",
        "contract welder", "Senior Relationship Manager", "Branch Operations Officer", "Charge Nurse",
        "Data Analyst", "Medical Representative", "Chartered Accountant", "Store Supervisor")
NATIONALITIES = ("Filipino", "Filipina", "Pakistani", "Mexican", "Mexicana", "Egyptian", "Russian", "Indian",
                 "Ilocano", "Cebuano", "Tagalog", "Waray", "Moro", "Pashtun", "Sindhi", "Baloch", "Punjabi",
                 "Muhajir", "Hazara", "Zapotec", "Mixtec", "Maya", "Nahua", "Tatar", "Bashkir", "Chechen",
                 "Dagestani", "Yakut", "Malayali", "Gujarati", "Marathi", "Bengali", "Telugu", "Kannadiga",
                 "Nubian", "Bedouin", "Saidi", "Overseas Filipino", "Chinese-Filipino", "Anglo-Indian")
RELIGIONS = ("catholic", "roman catholic", "iglesia ni cristo", "born again christian", "aglipayan",
             "coptic orthodox", "coptic catholic", "ahmadi", "ismaili", "bohra", "deobandi", "barelvi",
             "sikh", "parsi", "jain", "old believer", "russian orthodox", "molokan", "evangelical",
             "seventh-day adventist", "jehovah's witness", "muslim", "hindu", "buddhist", "jewish")
SCHOOL_FORMS = ("{p} {t}", "{c} {t}", "{c} National High School", "{s} Memorial {h}", "The {s} College of {d}",
                "{c} Polytechnic", "St. {f} {h}", "{c} Institute of {d}")
MX_AREA = ("55", "33", "81")
MAIL_DOMAINS = ("yahoo.com.ph", "mail.ru", "yandex.ru", "bk.ru", "list.ru", "rambler.ru", "rediffmail.com",
                "hotmail.com.mx", "prodigy.net.mx", "outlook.com.pk", "cyber.net.pk", "pldtdsl.net", "globe.com.ph",
                "sify.com", "vsnl.net", "tedata.net.eg", "link.net", "up.edu.ph", "lums.edu.pk", "unam.mx",
                "clinica-santa-fe.mx", "barangay-hall.gov.ph", "donors.example.org", "alumni.example.edu")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre")
_MX_STATE = ("AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
             "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS")


def templates(seed: int = HELDOUT9_SEED) -> list[str]:
    return list(WRAPPERS_H9)


def _dir(module: str) -> Path:
    """The package's folder, found without importing it (some import heavy dependencies)."""
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"chat_heldout9 needs the {module} package")
    return Path(list(spec.submodule_search_locations)[0])


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in mask)


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _translit(word: str) -> str:
    out = "".join(_TRANSLIT.get(c.lower(), c) for c in word)
    return _title(out)


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


def _need(values, n, what):
    values = sorted({v.strip() for v in values if v and v.strip()})
    if len(values) < n:
        raise RuntimeError(f"chat_heldout9 needs {what}")
    return values


def _people() -> dict:
    """First names, surnames (per country) from the name packages."""
    ph = json.loads((_dir("faker_ph") / "data" / "ph_names.json").read_text(encoding="utf-8"))
    ph_first = [n for group in ("masculine", "feminine") for lst in ph["first_names"][group].values()
                if isinstance(lst, list) for n in lst]
    ph_last = [n for lst in ph["surnames"].values() if isinstance(lst, list) for n in lst]
    db = sqlite3.connect(_dir("faker_pk") / "faker_pk.db")
    pk_first = [r[0] for r in db.execute("select name from names where type in ('male', 'female')")]
    pk_last = [r[0] for r in db.execute("select name from names where type = 'last'")]
    mx_first = [n for group in ("masculine", "feminine") for key, lst in ph["first_names"][group].items()
                if "spanish" in key and isinstance(lst, list) for n in lst]
    mx_last = list(ph["surnames"]["spanish_origin"])
    lines = zipfile.ZipFile(_dir("russian_names") / "_data.zip").read("base.txt").decode("utf-8").splitlines()
    ru_first = lines[0].split() + lines[1].split() + lines[5].split() + lines[6].split()
    ru_last = lines[4].split() + lines[9].split()
    in_dir = _dir("indian_names")
    rd = lambda f: [_title(x.strip()) for x in (in_dir / f).read_text(encoding="utf-8").splitlines()  # noqa: E731
                    if x.strip().isalpha() and len(x.strip()) >= 3]
    in_first = rd("first.male.names") + rd("first.female.names")
    in_last = rd("last.names")
    return {"PH": (_need(ph_first, 100, "faker-ph names"), _need(ph_last, 100, "faker-ph surnames")),
            "PK": (_need(pk_first, 300, "faker-pk names"), _need(pk_last, 200, "faker-pk surnames")),
            "MX": (_need(mx_first, 20, "faker-ph Spanish names"), _need(mx_last, 50, "faker-ph Spanish surnames")),
            "RU": (_need(ru_first, 400, "russian-names"), _need(ru_last, 10000, "russian-names surnames")),
            "IN": (_need(in_first, 500, "indian-names"), _need(in_last, 200, "indian-names surnames"))}


def _places() -> dict:
    """Towns and provinces per country."""
    ph_dir = _dir("faker_ph") / "data"
    ph_towns = [r["adm3_en"] for r in csv.DictReader((ph_dir / "psgc_cities.csv").open(encoding="utf-8"))]
    ph_prov = [r["adm2_en"] for r in csv.DictReader((ph_dir / "psgc_provinces.csv").open(encoding="utf-8"))]
    db = sqlite3.connect(_dir("faker_pk") / "faker_pk.db")
    pk_rows = list(db.execute("select city, province, postal_code from locations"))
    ci = _dir("countryinfo") / "data"
    prov = {c: [p.split(" (")[0] for p in json.loads((ci / f"{f}.json").read_text(encoding="utf-8"))["provinces"]]
            for c, f in _CI_FILE.items()}
    ru_caps = [p.split(" (")[1].rstrip(")") for p in
               json.loads((ci / "russia.json").read_text(encoding="utf-8"))["provinces"] if " (" in p]
    return {
        "towns": {"PH": _need(ph_towns, 1000, "faker-ph towns"), "PK": _need([r[0] for r in pk_rows], 40, "faker-pk"),
                  "MX": _need(prov["MX"], 30, "countryinfo"), "RU": _need(ru_caps, 15, "countryinfo"),
                  "IN": _need(prov["IN"], 20, "countryinfo"), "EG": _need(prov["EG"], 20, "countryinfo")},
        "provinces": {"PH": _need(ph_prov + prov["PH"], 50, "provinces"),
                      "PK": _need([r[1] for r in pk_rows] + prov["PK"], 5, "provinces"),
                      "MX": _need(prov["MX"], 30, "provinces"),
                      "RU": _need(prov["RU"], 50, "provinces"), "IN": _need(prov["IN"], 20, "provinces"),
                      "EG": _need(prov["EG"], 20, "provinces")},
    }


def make_provider(seed: int = HELDOUT9_SEED):
    from faker.providers import BaseProvider
    from stdnum.in_ import pan
    from stdnum.mx import curp, rfc
    from stdnum.pk import cnic
    from stdnum.ru import inn

    people = _people()
    places = _places()
    towns, provinces = places["towns"], places["provinces"]
    db = sqlite3.connect(_dir("faker_pk") / "faker_pk.db")
    pk_firms = _need([r[0] for r in db.execute("select name from companies")]
                     + [r[0] for r in db.execute("select name from banks")], 60, "faker-pk firms")
    pk_unis = _need([r[0] for r in db.execute("select name from institutions")], 30, "faker-pk institutions")
    pk_jobs = _need([r[0] for r in db.execute("select title from job_titles")], 100, "faker-pk jobs")
    sects = [r[0] for r in db.execute("select name from sects")]
    castes = [r[0] for r in db.execute("select name from castes")]
    sims = [r[0] for r in db.execute("select prefix from sim_prefixes")]
    ph_mobile = sorted({p for c in json.loads((_dir("faker_ph") / "data" / "mobile_prefixes.json")
                                              .read_text(encoding="utf-8"))["carriers"].values()
                        for p in c.get("prefixes", []) if p.isdigit()})
    edu, nonprofit = import_module("faker_edu"), import_module("faker_nonprofit")
    rng = random.Random(seed + 9)
    all_firsts = [_translit(n) for c in people for n in people[c][0]]
    all_lasts = [_translit(n) for c in people for n in people[c][1]]

    def country():
        return rng.choice(COUNTRIES)

    def person(c=None):
        c = c or rng.choice(("PH", "PK", "MX", "RU", "IN"))
        first, last = rng.choice(people[c][0]), rng.choice(people[c][1])
        if c == "RU" and rng.random() < 0.5:
            first, last = _translit(first), _translit(last)
        if c == "MX" and rng.random() < 0.4:
            last = f"{last} {rng.choice(people['MX'][1])}"
        return c, first, last

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def town(c=None):
        return rng.choice(towns[c or country()])

    def handle():
        _, a, b = person()
        a, b = _ascii(_translit(a)).lower().replace(" ", ""), _ascii(_translit(b)).lower().split()[0]
        return rng.choice((f"{a}.{b}", f"{a}{b[:1]}{rng.randint(1, 99)}", f"{b}_{a}", f"{a}{rng.randint(1980, 2009)}",
                           f"{a[:1]}.{b}", f"its{a}", f"{a}-{b}", f"{b}{a[:3]}"))

    def dob_parts():
        return rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)

    def national_id():
        kind = rng.choice(("cnic", "curp", "rfc", "inn", "snils", "pan", "philsys", "sss", "tin", "philhealth",
                           "egy"))
        y, m, d = dob_parts()
        if kind == "cnic":
            while True:
                raw = rng.choice("1234567") + _fill(rng, "#" * 12)
                if cnic.is_valid(raw):
                    return rng.choice((f"{raw[:5]}-{raw[5:12]}-{raw[12]}", raw))
        if kind in ("curp", "rfc"):
            _, first, last = person("MX")
            parts = last.upper().split() + ["X"]
            letters = "".join(c for c in (parts[0][:1] + next((c for c in parts[0][1:] if c in "AEIOU"), "X")
                                          + parts[1][:1] + first.upper()[:1]) if c.isalpha())
            letters = (letters + "XXXX")[:4].translate(str.maketrans("ÁÉÍÓÚÑÜ", "AEIOUXU"))
            date = f"{y % 100:02d}{m:02d}{d:02d}"
            if kind == "rfc":
                body = letters + date + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + rng.choice("ABCDEFGH123456789")
                value = body + rfc.calc_check_digit(body)
                return value if rfc.is_valid(value) else national_id()
            body = (letters + date + rng.choice("HM") + rng.choice(_MX_STATE)
                    + "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3)) + ("0" if y < 2000 else "A"))
            value = body + curp.calc_check_digit(body)
            return value if curp.is_valid(value) else national_id()
        if kind == "inn":
            body = _fill(rng, "##########")
            return body + inn.calc_personal_check_digits(body)
        if kind == "snils":
            body = _fill(rng, "#########")
            total = sum(int(x) * (9 - i) for i, x in enumerate(body)) % 101
            check = 0 if total == 100 else total
            return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"
        if kind == "pan":
            _, _, last = person("IN")
            while True:
                value = ("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)) + "P" + last[0].upper()
                         + _fill(rng, "####") + rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
                if pan.is_valid(value):
                    return value
        if kind == "egy":
            return f"{2 if y < 2000 else 3}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 35):02d}" + _fill(rng, "#####")
        return _fill(rng, {"philsys": rng.choice(("####-####-####-####", "#### #### #### ####")),
                           "sss": "##-#######-#", "tin": rng.choice(("###-###-###-000", "###-###-###")),
                           "philhealth": "##-#########-#"}[kind])

    def phone():
        c = country()
        if c == "PH":
            p = rng.choice(ph_mobile)
            return rng.choice((f"{p} {_fill(rng, '### ####')}", f"+63 {p[1:]} {_fill(rng, '### ####')}",
                               f"{p}{_fill(rng, '#######')}", f"{p}-{_fill(rng, '###-####')}",
                               _fill(rng, "(02) 8###-####")))
        if c == "PK":
            p = rng.choice(sims)
            return rng.choice((f"0{p}-{_fill(rng, '#######')}", f"+92 {p} {_fill(rng, '#######')}",
                               f"0{p} {_fill(rng, '### ####')}", f"92{p}{_fill(rng, '#######')}"))
        if c == "MX":
            lada = rng.choice(MX_AREA) if rng.random() < 0.5 else str(rng.randint(222, 999))
            rest = _fill(rng, "#" * (10 - len(lada)))
            return rng.choice((f"+52 {lada} {rest[:-4]} {rest[-4:]}", f"({lada}) {rest[:-4]}-{rest[-4:]}",
                               f"{lada}{rest}", f"{lada}-{rest[:-4]}-{rest[-4:]}"))
        if c == "RU":
            return _fill(rng, rng.choice(("+7 9## ###-##-##", "8 (9##) ###-##-##", "89#########", "+7(495)###-##-##")))
        if c == "IN":
            return _fill(rng, rng.choice(("+91 9#### #####", "+91-7#########", "08#-########", "6#########")))
        return _fill(rng, rng.choice(("+20 10 #### ####", "011########", "(02) ####-####", "+2012########")))

    def address():
        c = country()
        s = rng.choice(people[c if c in people else "PK"][1]) if rng.random() < 0.5 else town(c)
        if c == "RU" and rng.random() < 0.5:
            s = _translit(s)
        value = rng.choice(STREETS[c]).format(n=rng.randint(1, 999), k=rng.randint(1, 30), m=rng.randint(1, 120),
                                               B=rng.choice("ABCDEFGH"), s=s)
        return value.lower() if rng.random() < 0.3 else value

    def school():
        c = country()
        if c == "PK" and rng.random() < 0.5:
            return rng.choice(pk_unis)
        form = rng.choice(SCHOOL_FORMS)
        return form.format(p=rng.choice(provinces[c]), c=town(c), s=rng.choice(all_lasts), f=rng.choice(all_firsts),
                           t=rng.choice(edu.INSTITUTIONTYPES), h=rng.choice(edu.SECONDARYTYPES),
                           d=rng.choice(edu.ACADEMICDISCIPLINES))

    def charity():
        value = rng.choice((
            lambda: f"{rng.choice(nonprofit.PREFIXES)} {town()} {rng.choice(nonprofit.TOPICS)} "
                    f"{rng.choice(nonprofit.SUFFIXES)}",
            lambda: f"{rng.choice(nonprofit.PREFIXES)} {rng.choice(nonprofit.TOPICS)} {rng.choice(nonprofit.SUFFIXES)}",
            lambda: f"{rng.choice(all_lasts)} Family {rng.choice(nonprofit.SUFFIXES)}",
        ))()
        return " ".join(value.split())

    def company():
        c = country()
        if rng.random() < 0.5:
            return rng.choice(pk_firms)
        _, _, last = person(c if c in people else "PK")
        trade = rng.choice(("Trading", "Pharmacy", "Traders", "Hardware", "Motors", "Lending", "Dental Clinic",
                            "Construction", "Textiles", "Travel and Tours", "Bakery", "Diagnostics", "Realty",
                            "Garments", "Electronics", "Logistics", "Rice Mill", "Agrovet"))
        return rng.choice((f"{last} {trade}", f"{town(c)} {trade}", f"{last} & Sons", f"{last} Brothers {trade}"))

    def date():
        y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice((f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]}", f"{MONTHS[m - 1][:3]} {d}",
                           f"{d} de {MONTHS_ES[m - 1]}", f"{d}.{m:02d}.{y}", f"{MONTHS[m - 1].title()} {d}, {y}",
                           f"the {d}th of {MONTHS[m - 1]}", f"{y}/{m:02d}/{d:02d}", "tomorrow morning",
                           "last saturday", "next week"))

    def dob():
        y, m, d = dob_parts()
        return rng.choice((f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1].title()} {d} {y}", f"{d}-{MONTHS[m - 1][:3]}-{y % 100:02d}",
                           f"{d} de {MONTHS_ES[m - 1]} de {y}", f"{d:02d}{m:02d}{y}"))

    class Heldout9Provider(BaseProvider):
        def h9_first_name(self):
            return lower_half(person()[1])

        def h9_last_name(self):
            return lower_half(person()[2])

        def h9_name(self):
            c, first, last = person()
            return rng.choice((f"{first} {last}", f"{first} {last}", f"{last}, {first}"))

        def h9_name_lower(self):
            _, first, last = person()
            return f"{first} {last}".lower()

        def h9_phone(self):
            return phone()

        def h9_email(self):
            return f"{handle()}@{rng.choice(MAIL_DOMAINS)}"

        def h9_username(self):
            return rng.choice(("@", "", "u/")) + handle()

        def h9_address(self):
            return address()

        def h9_city(self):
            return lower_half(town())

        def h9_province(self):
            return lower_half(rng.choice(provinces[country()]))

        def h9_company(self):
            return company()

        def h9_company_lower(self):
            return company().lower()

        def h9_school(self):
            return lower_half(school())

        def h9_charity(self):
            return lower_half(charity())

        def h9_national_id(self):
            return national_id()

        def h9_nationality(self):
            return lower_half(rng.choice(NATIONALITIES + tuple(castes)))

        def h9_religion(self):
            return lower_half(rng.choice(RELIGIONS + tuple(s.lower() for s in sects)))

        def h9_job(self):
            return lower_half(rng.choice(JOBS + tuple(pk_jobs)))

        def h9_age(self):
            return str(rng.randint(16, 97))

        def h9_date(self):
            return date()

        def h9_year(self):
            return rng.choice((str(rng.randint(1965, 2024)), f"'{rng.randint(0, 99):02d}"))

        def h9_dob(self):
            return dob()

    return Heldout9Provider
