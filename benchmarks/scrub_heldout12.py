"""``chat_heldout12``: the twelfth held-out chat part (report only, misses never printed).

Made on 2026-12-02, during session 13, by a builder who tunes nothing. Every
value list comes from a package no earlier part, no dev part and no scrubber
list uses (reserved for held-out 12: never use them in recognizers, word lists,
dev data or tests; versions as installed when the part was made; all ship
their data in the wheel, nothing is fetched; their data files are read, the
packages are not imported):

* Finnish given and family names: ``finnish-name-generator`` (0.2.1, MIT; its
  two list literals read with ``ast``).
* Norwegian given names and surnames (Statistics Norway counts):
  ``norwegian-fake-data`` (0.2.0, MIT code, CC-BY 4.0 data; ``data/names.json.gz``).
* Latvian given names (the name-day calendar): ``lv-namedays`` (0.6, MIT;
  ``data/*.json``), used for given names only.
* Slovenian given names, surnames, streets, towns and postcodes:
  ``si-person-maker`` (0.0.1, MIT; ``data.py`` list literals).
* Nepali given names, surnames (caste and clan names) and ethnic / caste groups,
  districts and provinces: ``nepalpy`` (1.3.2, MIT).
* Egyptian given and family names, romanised: ``egy-names`` (0.3.6, MIT;
  ``data/names.json.gz``, the English form of each name).
* Azerbaijani given names and surnames (male and female forms), cities,
  districts, towns, villages and streets: ``az-data-generator`` (0.1.0, Apache-2.0;
  ``data_generator/data/data.json``).
* Icelandic streets, postcodes, towns, municipalities and regions:
  ``iceaddr`` (0.6.2, BSD-3; ``iceaddr.db`` read with ``sqlite3``, ``postcodes.py``
  read with ``ast``).
* Algerian wilayas, dairas, communes and their postcodes:
  ``algeria-wilayas-communes`` (1.1.0, CC0; ``data/communes.json``).
* Rwandan provinces, districts, sectors, cells and villages: ``rwanda-geo-data``
  (1.1.0, MIT; ``data.json``).
* Tanzanian regions, districts, wards, localities and ward postcodes:
  ``tanzania-postcodes`` (0.1.0, MIT; ``data/postcodes.json``).
* Sri Lankan provinces, districts, divisional secretariats and Grama Niladhari
  divisions: ``srilanka`` (1.0.1, MIT; ``data.py``, ``data2.py`` read with ``ast``).
* Egyptian governorates, cities and districts, and landline area codes:
  ``egydata`` (1.1.0, MIT; ``cities.py``, ``governorates.py``, ``phoneAreas.py``).

National ids with check digits validated by python-stdnum's published
algorithms: Finnish HETU, Norwegian fodselsnummer, Latvian personal code,
Slovenian EMSO, Icelandic kennitala, Azerbaijani VOEN; Egyptian national id,
Sri Lankan NIC, Nepali citizenship certificate, Rwandan and Tanzanian ids and
Algerian NIN in their documented formats only. Phones, postcodes where a
package gives none, e-mails and user names are built here in each country's
shapes. Jobs, groups, religions, parties, ages and dates are worded here.
Place names with digits, slashes or brackets are left out.

Text: every text is one of the wrappers in ``WRAPPERS_H12``, written for this
part in chat, forum and messaging style (family and neighbourhood group chats,
forum threads and replies, gaming and club servers, dating and carpool apps,
genealogy and immigration forums, pet and lost-and-found boards, moving,
tutoring, volunteering, condolence and birthday threads, voice-note transcripts,
DMs to shops and support), most typed in lower case. Half the texts are
lowered by scrub_data as for every chat part.
"""

from __future__ import annotations

import ast
import gzip
import json
import random
import re
import sqlite3
from importlib.util import find_spec
from pathlib import Path

HELDOUT12_SEED = 46187

WRAPPERS_H12 = [
    # family / neighbourhood group chats
    "guys grandma {{h12_first_name}} is turning {{h12_age}} on {{h12_date}}, party at {{h12_venue}}!!",
    "who took my charger?? {{h12_first_name}} i know it was u",
    "new number everyone, its {{h12_first_name}}: {{h12_phone}}",
    "uncle {{h12_name_lower}} landed in {{h12_city}}, someone pick him up pls",
    "reminder: {{h12_first_name}}'s recital is at {{h12_school}} {{h12_date}} 6pm",
    "anyone in {{h12_district}} have a ladder i can borrow? im at {{h12_address}}",
    "lost cat near {{h12_street}}, grey with white paws. call {{h12_phone}} ({{h12_first_name}})",
    "the guy at {{h12_address}} is burning trash again, anyone know his name? i think {{h12_last_name}}",
    "Neighbourhood watch: suspicious van parked outside {{h12_address}}, {{h12_postcode}} {{h12_city}}",
    # forum threads / replies
    "Re: moving to {{h12_city}} - I did it in 2019 with 2 kids, DM me. {{h12_username}}",
    "> quote from {{h12_username}}\nno thats wrong, the office in {{h12_region}} closed last year",
    "thread: best {{h12_clinic}} experiences? my wife {{h12_first_name}} gave birth there",
    "mods pls ban {{h12_username}}, he keeps posting my address ({{h12_address}})",
    "edit: found it, the notary is {{h12_name}} in {{h12_village}}. thx all",
    "anyone know if {{h12_company}} is legit? they want my id number ({{h12_national_id}})",
    "[SOLVED] residence permit renewal in {{h12_city}}, took 3 weeks, case officer {{h12_title}} {{h12_last_name}}",
    # genealogy forum
    "looking for descendants of {{h12_name}}, born {{h12_dob}} in {{h12_village}}, {{h12_region}}",
    "my great grandfather {{h12_name_lower}} emigrated from {{h12_village}} around 1920, was he {{h12_group}}?",
    "Family tree update: {{h12_name}} (b. {{h12_dob}}) married {{h12_name}} in {{h12_city}}",
    "does anyone have church records from {{h12_district}}? surname {{h12_last_name}}",
    # immigration / expat forum
    "just got my residence card!! name on it says {{h12_name_lower}} lol they misspelled it",
    "im {{h12_nationality}}, {{h12_age}}, working as {{h12_job}}, can i bring my parents from {{h12_city}}?",
    "embassy appt on {{h12_date}}, they asked for proof of address: {{h12_address}}, {{h12_postcode}}",
    "visa refused again. my id {{h12_national_id}}, sponsor {{h12_name}} from {{h12_company}}",
    # gaming / club servers
    "gg {{h12_username}}, rematch tmrw? btw im from {{h12_city}} too",
    "clan meetup irl at {{h12_venue}}, {{h12_date}}, ask for {{h12_first_name}}",
    "[club] training moved to {{h12_school}} gym, coach {{h12_name}} {{h12_phone}}",
    "who drives to the away game in {{h12_city}}? {{h12_first_name}} has 3 seats",
    # dating / carpool apps
    "hey {{h12_first_name}}! {{h12_age}}, {{h12_job}}, live in {{h12_district}}. coffee sometime?",
    "match msg: im {{h12_religion}} btw, hope thats ok. my insta {{h12_username}}",
    "carpool {{h12_city}} -> {{h12_city}} {{h12_date}} 7:30, 2 seats, {{h12_phone}}",
    "driver {{h12_name_lower}} never showed up at {{h12_street}}, reported",
    # marketplace / DMs to shops
    "hi is the sofa still available? i can pick up from {{h12_address}} today. {{h12_first_name}}",
    "Hello, I ordered from {{h12_company}} on {{h12_date}}, invoice to {{h12_name}}, {{h12_email}}",
    "pls send to {{h12_address}}, {{h12_postcode}} {{h12_city}}, recipient {{h12_name_lower}}",
    "seller {{h12_username}} scammed me, his real name is {{h12_name}} and he lives in {{h12_village}}",
    # pets / lost and found
    "FOUND: wallet with id card of {{h12_name}} near {{h12_street}}, {{h12_city}}",
    "adopted our puppy from {{h12_name_lower}} in {{h12_village}}, vet is {{h12_clinic}}",
    "our dog ran off in {{h12_district}} this morning. if seen call {{h12_phone}} or {{h12_email}}",
    # moving / tenancy
    "moving out of {{h12_address}} on {{h12_date}}, fridge free to whoever picks it up",
    "landlord {{h12_title}} {{h12_last_name}} says deposit goes to {{h12_bank}}, is that normal?",
    "flatmate wanted in {{h12_district}}, {{h12_city}}. no smokers. msg {{h12_username}}",
    # tutoring / school parents
    "parents group: {{h12_first_name}}'s mum here, can someone share the {{h12_school}} timetable",
    "tutor needed for my son ({{h12_age}}), we live in {{h12_village}}. {{h12_phone}}",
    "Student {{h12_name}}, id {{h12_student_id}}, absent {{h12_date}}: family trip to {{h12_region}}",
    "teacher {{h12_last_name}} from {{h12_school}} said the exam is on {{h12_date}}",
    # volunteering / community
    "volunteers for the {{h12_village}} cleanup: meet {{h12_date}} at {{h12_venue}}, contact {{h12_name}}",
    "{{h12_group}} community dinner at {{h12_address}}, everyone welcome, bring a dish",
    "canvassing for {{h12_party}} in {{h12_district}} this weekend, whos in? {{h12_first_name}}",
    "i used to vote {{h12_party}} but honestly after this year idk",
    "our {{h12_religion}} congregation in {{h12_city}} collects clothes, drop off at {{h12_address}}",
    # condolences / birthdays / weddings
    "rest in peace {{h12_name}} ({{h12_dob}} - {{h12_date}}). funeral at {{h12_venue}}",
    "so sorry for ur loss {{h12_first_name}}, ur dad was the best {{h12_job}} in {{h12_village}}",
    "happy {{h12_age}}th birthday {{h12_first_name}} {{h12_last_name}}!!! 🎉",
    "wedding of {{h12_name}} & {{h12_name}}, {{h12_date}}, {{h12_venue}}, {{h12_city}}",
    # voice-note transcripts
    "[voice note] hi its {{h12_first_name}} um i'm outside {{h12_address}} but nobody answers",
    "[transcript] yeah so {{h12_name_lower}} from {{h12_company}} called about the {{h12_date}} delivery",
    "[voice] call me back on {{h12_phone}}, it's about mum, she's at {{h12_clinic}}",
    # support / work chats
    "hey can u reset my login, username {{h12_username}}, email {{h12_email}}",
    "Support ticket: customer {{h12_name}}, DOB {{h12_dob}}, account at {{h12_bank}}",
    "new hire {{h12_name_lower}} starts {{h12_date}} as {{h12_job}} in the {{h12_city}} office",
    "slack: @{{h12_first_name}} the client in {{h12_region}} wants the invoice to {{h12_email}}",
    "HR pls update my address to {{h12_address}}, {{h12_postcode}} {{h12_city}}. {{h12_name}}",
    "payslip sent to wrong person, it had my id {{h12_national_id}} on it!!",
    # health
    "my sister {{h12_first_name}} ({{h12_age}}) got discharged from {{h12_clinic}} today 🙏",
    "anyone know a {{h12_job}} who speaks {{h12_nationality}}? for my grandpa in {{h12_city}}",
    "appt for {{h12_name}}, personal code {{h12_national_id}}, on {{h12_date}}",
    # short messages
    "omw, at {{h12_street}} now",
    "{{h12_first_name}} pls call {{h12_phone}}",
    "tell {{h12_first_name}} {{h12_last_name}} i said hi",
    "ok see u in {{h12_city}} {{h12_date}}",
    "sent u the money, ref {{h12_national_id}}",
    "Name: {{h12_name}}\nAddress: {{h12_address}}, {{h12_postcode}} {{h12_city}}\nPhone: {{h12_phone}}",
    "From: {{h12_email}}\nSubject: {{h12_name}} / {{h12_company}}",
]

ENTITY_TYPES = {
    "h12_first_name": "PERSON", "h12_last_name": "PERSON", "h12_name": "PERSON", "h12_name_lower": "PERSON",
    "h12_title": "TITLE", "h12_phone": "PHONE_NUMBER", "h12_email": "EMAIL_ADDRESS",
    "h12_username": "USERNAME", "h12_address": "STREET_ADDRESS", "h12_street": "STREET_ADDRESS",
    "h12_postcode": "ZIP_CODE", "h12_city": "GPE", "h12_district": "GPE", "h12_village": "GPE",
    "h12_region": "GPE", "h12_company": "ORGANIZATION", "h12_bank": "ORGANIZATION",
    "h12_school": "ORGANIZATION", "h12_clinic": "ORGANIZATION", "h12_venue": "ORGANIZATION",
    "h12_national_id": "NATIONAL_ID", "h12_student_id": "NATIONAL_ID",
    "h12_nationality": "NRP", "h12_group": "NRP", "h12_party": "NRP", "h12_religion": "RELIGION",
    "h12_job": "JOB", "h12_age": "AGE", "h12_date": "DATE_TIME", "h12_dob": "DATE_OF_BIRTH",
}

PEOPLE = ("FI", "NO", "SI", "NP", "EG", "AZ")
PLACES = ("IS", "DZ", "RW", "TZ", "LK", "EG", "AZ", "SI", "NP")

JOBS = (
    "reindeer herder", "sauna builder", "forest machine operator", "log truck driver", "fish farm technician",
    "oil platform worker", "offshore electrician", "trawler deckhand", "fish processing worker",
    "greenhouse gardener", "sheep farmer", "dairy farmer", "tea plucker", "tea estate supervisor",
    "rubber estate worker", "cinnamon peeler", "coir worker", "gem cutter", "three-wheeler driver",
    "boda boda rider", "moto-taxi rider", "matatu conductor", "bajaji driver", "safari guide",
    "porter on Kilimanjaro", "trekking guide", "high-altitude porter", "yak trader", "carpet weaver",
    "thangka painter", "date palm farmer", "olive grower", "felucca captain", "microbus driver",
    "carpet seller", "falafel cook", "bakery owner", "tailor", "seamstress", "shoemaker", "goldsmith",
    "mechanic", "auto electrician", "tyre fitter", "bus driver", "tram driver", "ferry captain",
    "air traffic controller", "lighthouse keeper", "coast guard", "border police officer", "imam",
    "muezzin", "priest", "pastor", "deaconess", "Buddhist monk", "temple priest", "church organist",
    "kindergarten teacher", "special needs assistant", "school counsellor", "headmistress",
    "lecturer", "lab technician", "geologist", "volcanologist", "glaciologist", "hydrologist",
    "data engineer", "backend developer", "QA tester", "sysadmin", "network engineer", "SOC analyst",
    "product owner", "scrum master", "graphic designer", "video editor", "sound engineer",
    "translator", "sign language interpreter", "social worker", "home care nurse", "psychiatric nurse",
    "physiotherapist", "optician", "radiographer", "midwife", "pharmacist assistant", "veterinarian",
    "dental hygienist", "ambulance driver", "firefighter", "police constable", "prison officer",
    "tax adviser", "auditor", "bookkeeper", "loan officer", "insurance broker", "real estate agent",
    "Customer Success Manager", "Warehouse Supervisor", "Regional Sales Director", "Chief Financial Officer",
    "Senior Software Engineer", "Plant Manager", "Quality Engineer", "Site Manager", "Shift Leader",
)
GROUPS = (
    "Finnish", "Finn", "Sámi", "Sami", "Finland-Swede", "Kven", "Karelian", "Norwegian", "Norse",
    "Latvian", "Latgalian", "Livonian", "Slovene", "Slovenian", "Prekmurian", "Icelandic", "Icelander",
    "Algerian", "Kabyle", "Amazigh", "Berber", "Chaoui", "Mozabite", "Tuareg", "Rwandan", "Banyarwanda",
    "Hutu", "Tutsi", "Twa", "Tanzanian", "Zanzibari", "Swahili", "Chagga", "Sukuma", "Haya", "Nyamwezi",
    "Maasai", "Makonde", "Sri Lankan", "Sinhalese", "Sinhala", "Sri Lankan Tamil", "Indian Tamil",
    "Burgher", "Sri Lankan Moor", "Malay", "Vedda", "Egyptian", "Copt", "Coptic", "Nubian", "Bedouin",
    "Azerbaijani", "Azeri", "Talysh", "Lezgin", "Avar", "Udi", "Nepali", "Nepalese", "Madhesi", "Pahadi",
    "Janajati", "Khas", "Gurkha",
)
PARTIES = (
    "the Social Democrats", "the Greens", "the Centre Party", "the Progress Party", "Labour", "the Left Alliance",
    "the Christian Democrats", "the Pirate Party", "the Independence Party", "the National Coalition",
    "FLN", "RND", "RPF", "CCM", "Chadema", "SLPP", "NPP", "SJB", "the Wafd", "Nepali Congress", "UML",
    "the Maoists", "New Azerbaijan Party", "Musavat", "SDS", "Svoboda", "the Finns Party", "Venstre",
    "social democrat", "green", "conservative", "liberal", "communist", "nationalist", "monarchist",
    "libertarian", "socialist", "royalist",
)
RELIGIONS = (
    "lutheran", "evangelical lutheran", "laestadian", "pentecostal", "free church", "orthodox",
    "finnish orthodox", "roman catholic", "catholic", "old believer", "baptist", "adventist", "methodist",
    "jehovah's witness", "asatru", "heathen", "sunni", "shia", "sufi", "ibadi", "muslim", "salafi",
    "coptic orthodox", "coptic catholic", "evangelical", "anglican", "hindu", "shaivite", "vaishnav",
    "buddhist", "theravada", "kirati", "bon", "sikh", "jain", "bahai", "jewish", "atheist", "agnostic",
    "humanist", "spiritual but not religious",
)
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "Prof.", "Sheikh", "Hajji", "Hajja", "Ustaz", "Pastor",
          "Father", "Sister", "Maître", "Mme", "Herr", "fru", "herra", "rouva", "gospod", "gospa",
          "kungs", "kundze", "séra", "Bəy", "xanım", "müəllim", "Shri", "Smt.", "Bwana", "Mama", "Mzee",
          "Hon.", "Eng.", "Adv.", "Ven.", "Rev.")
MAIL = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "suomi24.fi",
        "luukku.com", "elisanet.fi", "online.no", "live.no", "broadpark.no", "inbox.lv", "apollo.lv",
        "siol.net", "t-2.net", "amis.net", "simnet.is", "visir.is", "internet.is", "yahoo.fr", "djaweb.dz",
        "mtnonline.rw", "yahoo.co.tz", "sltnet.lk", "slt.lk", "yahoo.com.eg", "mail.az", "box.az",
        "ntc.net.np", "wlink.com.np", "helsinki.fi", "uio.no", "lu.lv", "uni-lj.si", "hi.is", "usthb.dz",
        "ur.ac.rw", "udsm.ac.tz", "cmb.ac.lk", "cu.edu.eg", "bsu.edu.az", "tu.edu.np", "family-mail.example.net")
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
LOCAL_MONTHS = {
    "fi": ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"),
    "lv": ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
           "oktobrī", "novembrī", "decembrī"),
    "sl": ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust", "september", "oktober",
           "november", "december"),
    "is": ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september", "október",
           "nóvember", "desember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "sw": ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
           "Novemba", "Desemba"),
    "az": ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr",
           "noyabr", "dekabr"),
}
TRADES = ("Trading", "Logistics", "Building", "Foods", "Pharmacy", "Motors", "Print", "Textiles", "Electric",
          "Tours", "Hardware", "Bakery", "Dental", "Accounting", "Agro", "Fisheries", "Timber", "Solar")
_PLACE_BAD = re.compile(r"[\d()\[\]/,;]")


def templates(seed: int = HELDOUT12_SEED) -> list[str]:
    return list(WRAPPERS_H12)


def _root(module: str) -> Path:
    """The package's folder (or a single module's file), found without importing it."""
    spec = find_spec(module)
    if spec is None:
        raise RuntimeError(f"chat_heldout12 needs the {module} package (pyproject's bench extra)")
    if spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(spec.origin)


def _need(values, n, what):
    values = sorted(set(v.strip() for v in values if v and v.strip()))
    if len(values) < n:
        raise RuntimeError(f"chat_heldout12: {what} gave {len(values)} values, expected {n} or more")
    return values


def _places_ok(values):
    values = [" ".join(v.split()) for v in values if v]
    return [v for v in values if not _PLACE_BAD.search(v) and 2 < len(v) < 40]


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in mask)


def _literals(path: Path) -> dict:
    """Module-level ``NAME = <literal>`` (or annotated) assignments of a file, without running it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(target, ast.Name) and node.value:
            try:
                out[target.id] = ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError):
                continue
    return out


def _people() -> dict:
    """{country: (given names, family names)}; AZ female surnames and LV given names apart."""
    fi = _literals(_root("finnish_name_generator") / "__init__.py")
    no = json.loads(gzip.decompress((_root("norwegian_fake_data") / "data" / "names.json.gz").read_bytes()))
    no_first = [n for rows in no["first_names"].values() for n, _ in rows]
    no_last = [n for rows in no["surnames"].values() for n, _ in rows]
    lv_dir = _root("lv_namedays") / "data"
    lv = [n for f in sorted(lv_dir.glob("*.json"))
          for names in json.loads(f.read_text(encoding="utf-8")).values() for n in names]
    si = _literals(_root("si_person_maker") / "data.py")
    np_dir = _root("nepalpy") / "name"
    np_first = (_literals(np_dir / "male_names.py")["MALE_NAMES"]
                + _literals(np_dir / "female_names.py")["FEMALE_NAMES"])
    np_last = list(_literals(np_dir / "cast.py")["CASTE_CATEGORY_MAP"])
    eg = json.loads(gzip.decompress((_root("egy_names") / "data" / "names.json.gz").read_bytes()))["names"]

    def eg_ok(e):
        return e.get("e") and e["e"].isascii() and e["e"].replace(" ", "").replace("-", "").isalpha()

    eg_given = [e["e"] for e in eg if e.get("l") == "g" and eg_ok(e)]
    eg_male = [e["e"] for e in eg if e.get("l") == "g" and e.get("g") == "m" and eg_ok(e)]
    eg_family = [e["e"] for e in eg if e.get("l") == "f" and eg_ok(e)]
    az = json.loads((_root("data_generator") / "data" / "data.json").read_text(encoding="utf-8"))

    def alpha(values):
        return [v for v in values if v.replace(" ", "").replace("-", "").replace("'", "").isalpha()]

    return {
        "FI": (_need(fi["first_names"], 200, "finnish names (given)"), _need(fi["family_names"], 200,
                                                                             "finnish names (family)")),
        "NO": (_need(alpha(no_first), 500, "norwegian names (given)"), _need(alpha(no_last), 500,
                                                                             "norwegian names (surnames)")),
        "LV": _need(alpha(lv), 500, "latvian given names"),
        "SI": (_need(si["first_name"], 100, "slovenian names (given)"), _need(si["last_name"], 80,
                                                                              "slovenian names (family)")),
        "NP": (_need(alpha(np_first), 100, "nepali names (given)"), _need(alpha(np_last), 50,
                                                                          "nepali names (family)")),
        "EG": (_need(eg_given, 1000, "egyptian names (given)"), _need(eg_family, 1000, "egyptian names (family)")),
        "EG_M": _need(eg_male, 1000, "egyptian names (male)"),
        "AZ": (_need(az["male_names"] + az["female_names"], 300, "azerbaijani names (given)"),
               _need(az["male_surnames"], 100, "azerbaijani surnames")),
        "AZ_F": (_need(az["female_names"], 100, "azerbaijani names (female)"),
                 _need(az["female_surnames"], 80, "azerbaijani surnames (female)")),
        "AZ_M": _need(az["male_names"], 100, "azerbaijani names (male)"),
        "AZ_STREETS": _need(az["streets"], 100, "azerbaijani streets"),
        "SI_STREETS": _need(si["street_names"], 100, "slovenian streets"),
        "NP_GROUPS": _need([c for c in _literals(np_dir / "cast.py")["CASTES"] if "/" not in c], 50,
                           "nepali groups"),
    }


def _places() -> dict:
    """{country: {"city", "district", "village", "region": [...]}}, postcodes and streets where given."""
    out, postcodes, streets = {}, {}, {}
    # Iceland: towns and regions of the postcodes, municipalities and villages of the place names.
    ice = _root("iceaddr")
    pc = _literals(ice / "postcodes.py")["POSTCODES"]
    con = sqlite3.connect(f"file:{ice / 'iceaddr.db'}?mode=ro", uri=True)
    try:
        kinds = dict.fromkeys(("Þéttbýli", "Þéttbýli Lítið", "Sveit", "Sveitarfélag", "Hreppur"))
        for kind in kinds:
            kinds[kind] = [r[0] for r in con.execute("SELECT nafn FROM ornefni WHERE flokkur = ?", (kind,))]
        streets["IS"] = [r[0] for r in con.execute(
            "SELECT DISTINCT heiti_nf FROM stadfong WHERE heiti_nf IS NOT NULL AND husnr IS NOT NULL")]
    finally:
        con.close()
    out["IS"] = {"city": [v["stadur_nf"] for v in pc.values()] + kinds["Þéttbýli"],
                 "district": kinds["Sveitarfélag"] + kinds["Hreppur"],
                 "village": kinds["Þéttbýli Lítið"] + kinds["Sveit"] + kinds["Þéttbýli"],
                 "region": [v["svaedi_nf"] for v in pc.values()]}
    postcodes["IS"] = [f"{k:03d}" for k in pc]
    # Algeria
    dz = json.loads((_root("algeria_wilayas_communes") / "data" / "communes.json").read_text(encoding="utf-8"))
    dz = dz["communes"]
    out["DZ"] = {"city": [c["nom_fr"] for c in dz], "district": [c["daira_fr"] for c in dz],
                 "village": [c["nom_fr"] for c in dz], "region": [c["wilaya_fr"] for c in dz]}
    postcodes["DZ"] = [c["code_postal"] for c in dz if str(c.get("code_postal", "")).isdigit()]
    # Rwanda: province > district > sector > cell > villages
    rw = json.loads((_root("rwanda_geo_data") / "data.json").read_text(encoding="utf-8"))
    r = {"city": [], "district": [], "village": [], "region": []}
    for prov, districts in rw.items():
        r["region"].append("Kigali City" if prov == "Kigali" else f"{prov}ern Province")
        for district, sectors in districts.items():
            r["city"].append(district)
            for sector, cells in sectors.items():
                r["district"].append(sector)
                for cell, villages in cells.items():
                    r["village"] += [cell] + list(villages)
    out["RW"] = r
    # Tanzania
    tz = json.loads((_root("tanzania_postcodes") / "data" / "postcodes.json").read_text(encoding="utf-8"))
    out["TZ"] = {"city": [(t["district"] or "").title() for t in tz], "district": [(t["ward"] or "").title() for t in tz],
                 "village": [t["locality"] or "" for t in tz], "region": [t["region"] or "" for t in tz]}
    postcodes["TZ"] = [t["postcode"] for t in tz if str(t.get("postcode", "")).isdigit()]
    # Sri Lanka
    lk = _literals(_root("srilanka") / "data.py")
    lk2 = _literals(_root("srilanka") / "data2.py")
    out["LK"] = {"city": [c[2] for c in lk2["cities"]], "district": [d[1] for d in lk["districts"]],
                 "village": [v[1].strip().title() for v in lk2["divisional_into2"]]
                 + [v[1].strip().title() for v in lk2["divisional_into"]],
                 "region": [f"{p[2]} Province" for p in lk["provinces"]]}
    # Egypt
    eg = _root("egydata")
    eg_cities = [c["nameEn"] for c in _literals(eg / "cities.py")["cities"]]
    eg_govs = [g["nameEn"] for g in _literals(eg / "governorates.py")["governorates"]]
    out["EG"] = {"city": eg_govs + eg_cities, "district": eg_cities, "village": eg_cities, "region": eg_govs}
    # Azerbaijan
    az = json.loads((_root("data_generator") / "data" / "data.json").read_text(encoding="utf-8"))
    out["AZ"] = {"city": az["cities"], "district": az["districts"] + az["towns"], "village": az["villages"],
                 "region": az["districts"]}
    # Slovenia
    si = _literals(_root("si_person_maker") / "data.py")
    out["SI"] = {"city": si["city"], "district": si["city"], "village": si["city"], "region": si["city"]}
    postcodes["SI"] = [p.strip() for p in si["postal_code"] if p.strip().isdigit()]
    # Nepal
    mp = _literals(_root("nepalpy") / "geographical" / "mappings.py")["DISTRICT_PROVINCE_MAP"]
    out["NP"] = {"city": [d.title() for d in mp], "district": [d.title() for d in mp],
                 "village": [d.title() for d in mp], "region": [f"{p} Province" for p in mp.values()]}
    for c, kinds in out.items():
        for k in kinds:
            kinds[k] = _need(_places_ok([v.replace("İ", "I") for v in kinds[k]]), 3 if c in ("NP",) else 5,
                             f"{c} {k}")
    postcodes = {c: _need(v, 50, f"{c} postcodes") for c, v in postcodes.items()}
    streets = {c: _need(_places_ok(v), 100, f"{c} streets") for c, v in streets.items()}
    return {"places": out, "postcodes": postcodes, "streets": streets}


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _valid(rng: random.Random, make, is_valid, tries: int = 200) -> str:
    """A number from ``make(rng)`` that python-stdnum's validator accepts."""
    for _ in range(tries):
        value = make(rng)
        if value and is_valid(value):
            return value
    raise RuntimeError("chat_heldout12: no valid id generated")


def make_provider(seed: int = HELDOUT12_SEED):
    from faker.providers import BaseProvider
    from stdnum.az import voen
    from stdnum.fi import hetu
    from stdnum.is_ import kennitala
    from stdnum.lv import pvn
    from stdnum.no import fodselsnummer
    from stdnum.si import emso

    people = _people()
    data = _places()
    places, postcodes, streets = data["places"], data["postcodes"], data["streets"]
    for c in ("SI", "AZ"):
        streets[c] = people[f"{c}_STREETS"]
    eg_areas = [a["code"] for a in _literals(_root("egydata") / "phoneAreas.py")["area_codes"]
                if str(a.get("code", "")).isdigit()]
    rng = random.Random(seed + 12)

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def person(c=None):
        c = c or rng.choice(PEOPLE)
        female = rng.random() < 0.5
        if c == "AZ" and female:
            first, last = rng.choice(people["AZ_F"][0]), rng.choice(people["AZ_F"][1])
        else:
            first, last = rng.choice(people[c][0]), rng.choice(people[c][1])
        if c == "EG":  # given name, father's given name, sometimes the family name
            father = rng.choice(people["EG_M"])
            last = f"{father} {last}" if rng.random() < 0.4 else father
        if c == "AZ" and rng.random() < 0.2:  # patronymic: father's name + oglu / qizi
            last = f"{last} {rng.choice(people['AZ_M'])} {'qızı' if female else 'oğlu'}"
        if c == "NO" and rng.random() < 0.15:  # double given name
            first = f"{first} {rng.choice(people['NO'][0])}"
        return c, first, last

    def first_name():
        if rng.random() < 0.15:
            return rng.choice(people["LV"])
        return person()[1]

    def name_value():
        c, first, last = person()
        r = rng.random()
        if r < 0.55:
            return f"{first} {last}"
        if r < 0.68:
            return f"{last.upper()} {first}"
        if r < 0.78:
            return f"{last}, {first}"
        if r < 0.88:
            return f"{first[0]}. {last}"
        return f"{first} {last}".lower()

    def place(kind, c=None):
        return rng.choice(places[c or rng.choice(PLACES)][kind])

    def postcode(c=None):
        c = c or rng.choice(("IS", "DZ", "TZ", "SI", "LK", "EG", "AZ", "NP", "FI", "NO", "LV"))
        if c in postcodes:
            value = rng.choice(postcodes[c])
            return rng.choice((value, value, {"IS": f"IS-{value}", "DZ": value, "TZ": value,
                                              "SI": f"SI-{value}"}[c]))
        return _fill(rng, rng.choice({"LK": ("#####", "10###", "20###", "80###"), "EG": ("#####", "11###", "21###"),
                                      "AZ": ("AZ####", "AZ ####", "AZ1###"), "NP": ("44600", "4####", "33700"),
                                      "FI": ("00###", "FI-#####", "90###"), "NO": ("0###", "NO-####", "5###"),
                                      "LV": ("LV-####", "LV-10##", "LV####")}[c]))

    def street(c=None):
        c = c or rng.choice(("IS", "SI", "AZ", "NO", "EG", "DZ", "RW", "LK", "NP"))
        if c in streets:
            return rng.choice(streets[c])
        if c == "NO":
            g, s = rng.choice(people["NO"][0]), rng.choice(people["NO"][1])
            return rng.choice((f"{s}veien", f"{g} {s}s gate", f"{s}gata", f"{s}bakken"))
        if c == "EG":
            return rng.choice((f"{rng.choice(people['EG_M'])} St.", f"Shareh {rng.choice(people['EG_M'])}",
                               f"El {rng.choice(people['EG'][1])} Street"))
        if c == "DZ":
            return rng.choice((f"Rue {rng.choice(people['EG_M'])} {rng.choice(people['EG'][1])}",
                               f"Cité {place('village', 'DZ')}", f"Boulevard {place('city', 'DZ')}"))
        if c == "RW":
            return rng.choice((f"KG {rng.randint(1, 999)} St", f"KN {rng.randint(1, 300)} Ave",
                               f"KK {rng.randint(1, 700)} St", f"KG {rng.randint(1, 700)} Ave"))
        if c == "LK":
            return rng.choice((f"{place('village', 'LK')} Road", f"{place('city', 'LK')} Mawatha",
                               f"Temple Road, {place('village', 'LK')}"))
        return rng.choice((f"{place('village', 'NP')} Marg", f"{place('district', 'NP')} Tole"))

    def address(c=None):
        c = c or rng.choice(("IS", "SI", "AZ", "NO", "EG", "DZ", "RW", "TZ", "LK", "NP"))
        n, k, m = rng.randint(1, 199), rng.randint(1, 40), rng.randint(1, 99)
        s = street(c) if c != "TZ" else ""
        value = {
            "IS": (f"{s} {n}", f"{s} {n}{rng.choice('abc')}", f"{s} {n}, íbúð {k}0{rng.randint(1, 9)}"),
            "SI": (f"{s} {n}", f"{s} {n}a", f"{s} {n}, stan {k}"),
            "AZ": (f"{s} {n}, mənzil {m}", f"{s}, ev {n}", f"{place('city', 'AZ')} r., {s} {n}"),
            "NO": (f"{s} {n}", f"{s} {n} {rng.choice('ABC')}", f"{s} {n}, H0{rng.randint(1, 5)}0{rng.randint(1, 9)}"),
            "EG": (f"{n} {s}", f"{n} {s}, apt {m}", f"building {n}, {s}, floor {rng.randint(1, 12)}"),
            "DZ": (f"{n} {s}", f"{s}, bt {rng.choice('ABCDE')} n°{m}", f"Cité {k} logements, {place('city', 'DZ')}"),
            "RW": (f"{s}, house {n}", f"{s} {n}", f"{s}, plot {n}"),
            "TZ": (f"Plot {n}, Block {rng.choice('ABCDEFG')}, {place('district', 'TZ')}",
                   f"Mtaa wa {place('village', 'TZ')}, nyumba {n}", f"House {n}, {place('village', 'TZ')} Street"),
            "LK": (f"No. {n}, {s}", f"{n}/{rng.randint(1, 9)} {s}", f"No {n}{rng.choice('ABC')}, {s}"),
            "NP": (f"{s}, house {n}", f"{place('district', 'NP')}-{rng.randint(1, 32)}, {s}"),
        }[c]
        out = rng.choice(value)
        return out.lower() if rng.random() < 0.3 else out

    def company():
        c = rng.choice(("FI", "NO", "SI", "IS", "DZ", "RW", "TZ", "LK", "EG", "AZ", "NP", "LV"))
        fam = rng.choice(people[c][1]) if c in people and c != "LV" else place("city", c) if c in places else \
            rng.choice(people["LV"])
        city = place("city", c) if c in places else fam
        trade = rng.choice(TRADES)
        local = {
            "FI": (f"{fam} Oy", f"{fam} & Co Oy", f"{trade} {fam} Ky", f"Tmi {fam}"),
            "NO": (f"{fam} AS", f"{fam} {trade} AS", f"{fam} ENK"),
            "LV": (f"SIA {fam}", f"SIA \"{fam} {trade}\"", f"AS {fam}"),
            "SI": (f"{fam} d.o.o.", f"{trade} {fam} s.p.", f"{city} d.d."),
            "IS": (f"{city} ehf.", f"{trade} {city} hf.", f"{city}bær ehf."),
            "DZ": (f"SARL {city} {trade}", f"EURL {fam}", f"Ets {fam}"),
            "RW": (f"{city} {trade} Ltd", f"{fam} Cooperative", f"{city} Coffee Washing Station"),
            "TZ": (f"{city} {trade} Co. Ltd", f"{city} SACCOS", f"{fam} Enterprises"),
            "LK": (f"{city} {trade} (Pvt) Ltd", f"{city} Tea Factory", f"{city} Stores PLC"),
            "EG": (f"{fam} {trade} S.A.E.", f"{fam} Group", f"El {fam} for {trade}"),
            "AZ": (f"{fam} MMC", f"{city} {trade} ASC", f"{fam} Group MMC"),
            "NP": (f"{fam} {trade} Pvt. Ltd.", f"{city} Traders", f"{fam} Suppliers"),
        }[c]
        return rng.choice(local + (f"{fam} {trade}", f"{city} {trade}"))

    def bank():
        c = rng.choice(PLACES + ("NO",))
        city = place("city", c) if c in places else rng.choice(people[c][1])
        return rng.choice({
            "NO": (f"{city} Sparebank", f"Sparebanken {city}"),
            "IS": (f"Sparisjóður {city}",), "DZ": (f"CNEP {city}", f"Banque de {city}"),
            "RW": (f"{city} SACCO", f"Umurenge SACCO {city}"), "TZ": (f"{city} Community Bank", f"{city} SACCOS"),
            "LK": (f"{city} Samurdhi Bank", f"{city} Regional Development Bank"),
            "EG": (f"{city} branch", f"Bank of {city}"), "AZ": (f"{city} Bank ASC", f"{city} filialı"),
            "SI": (f"Hranilnica {city}", f"{city} Bank d.d."), "NP": (f"{city} Bikas Bank", f"{city} Finance"),
        }[c])

    def school():
        c = rng.choice(PLACES + ("NO",))
        city = place("city", c) if c in places else rng.choice(people[c][1])
        return rng.choice({
            "NO": (f"{city} videregående skole", f"{city} skole"),
            "IS": (f"Menntaskólinn {city}", f"Grunnskóli {city}"), "DZ": (f"Lycée {city}", f"CEM {city}"),
            "RW": (f"GS {city}", f"ES {city}"), "TZ": (f"{city} Secondary School", f"{city} Primary School"),
            "LK": (f"{city} Maha Vidyalaya", f"{city} Central College"),
            "EG": (f"{city} Experimental School", f"{city} Language School"),
            "AZ": (f"{city} 3 nömrəli məktəb", f"{city} Lyceum"), "SI": (f"Gimnazija {city}", f"OŠ {city}"),
            "NP": (f"{city} Secondary School", f"Shree {city} School"),
        }[c])

    def clinic():
        c = rng.choice(PLACES + ("NO",))
        city = place("city", c) if c in places else rng.choice(people[c][1])
        return rng.choice({
            "NO": (f"{city} legevakt", f"{city} sykehus"),
            "IS": (f"Heilsugæslan {city}",), "DZ": (f"EPSP {city}", f"CHU {city}", f"Polyclinique {city}"),
            "RW": (f"{city} Health Centre", f"{city} District Hospital"),
            "TZ": (f"{city} Dispensary", f"{city} District Hospital"),
            "LK": (f"{city} Base Hospital", f"{city} General Hospital"),
            "EG": (f"{city} General Hospital", f"{city} Fever Hospital"),
            "AZ": (f"{city} Mərkəzi Xəstəxanası", f"{city} Central Hospital"),
            "SI": (f"Zdravstveni dom {city}", f"Bolnišnica {city}"), "NP": (f"{city} Health Post", f"{city} Hospital"),
        }[c])

    def venue():
        c = rng.choice(PLACES + ("NO",))
        city = place("village", c) if c in places else rng.choice(people[c][1])
        return rng.choice({
            "NO": (f"{city} samfunnshus", f"{city} grendehus"),
            "IS": (f"Félagsheimilið {city}",), "DZ": (f"Salle des fêtes {city}", f"Maison de jeunes {city}"),
            "RW": (f"{city} Community Hall",), "TZ": (f"{city} Social Hall",), "LK": (f"{city} Reception Hall",),
            "EG": (f"{city} Youth Centre", f"{city} Club"), "AZ": (f"{city} Şadlıq Sarayı",),
            "SI": (f"Gasilski dom {city}", f"Kulturni dom {city}"), "NP": (f"{city} Party Palace",),
        }[c])

    def national_id():
        kind = rng.choice(("fi", "no", "lv", "si", "is", "az", "eg", "lk", "np", "rw", "tz", "dz"))
        y, mo, d = rng.randint(1948, 2007), rng.randint(1, 12), rng.randint(1, 28)
        if kind == "fi":
            def make(r):
                sep = "-" if y < 2000 else "A"
                return f"{d:02d}{mo:02d}{y % 100:02d}{sep}{r.randint(2, 899):03d}{r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
            return _valid(rng, make, hetu.is_valid, tries=2000)
        if kind == "no":
            def make(r):
                ind = r.randint(0, 499) if y < 2000 else r.randint(500, 999)
                body = f"{d:02d}{mo:02d}{y % 100:02d}{ind:03d}"
                body += fodselsnummer.calc_check_digit1(body)
                body += fodselsnummer.calc_check_digit2(body)
                return body if len(body) == 11 else ""
            v = _valid(rng, make, fodselsnummer.is_valid)
            return v if rng.random() < 0.6 else f"{v[:6]} {v[6:]}"
        if kind == "lv":
            def make(r):
                body = f"{d:02d}{mo:02d}{y % 100:02d}{1 if y < 2000 else 2}{r.randint(0, 999):03d}"
                if r.random() < 0.3:
                    body = "32" + _fill(r, "########")
                return body + pvn.calc_check_digit_pers(body)
            v = _valid(rng, make, pvn.is_valid)
            return f"{v[:6]}-{v[6:]}" if rng.random() < 0.7 else v
        if kind == "si":
            def make(r):
                body = f"{d:02d}{mo:02d}{y % 1000:03d}50{r.randint(0, 999):03d}"
                return body + emso.calc_check_digit(body)
            return _valid(rng, make, emso.is_valid)
        if kind == "is":
            def make(r):
                body = f"{d:02d}{mo:02d}{y % 100:02d}{r.randint(20, 99)}"
                return f"{body}{r.randint(0, 9)}{9 if y < 2000 else 0}"
            v = _valid(rng, make, kennitala.is_valid, tries=2000)
            return f"{v[:6]}-{v[6:]}" if rng.random() < 0.7 else v
        if kind == "az":
            def make(r):
                return _fill(r, "#########") + r.choice("12")
            return _valid(rng, make, voen.is_valid, tries=2000)
        if kind == "eg":
            gov = rng.choice(("01", "02", "03", "04", "12", "13", "14", "21", "22", "88"))
            v = f"{2 if y < 2000 else 3}{y % 100:02d}{mo:02d}{d:02d}{gov}{_fill(rng, '#####')}"
            return v if rng.random() < 0.6 else f"{v[:7]} {v[7:9]} {v[9:]}"
        if kind == "lk":
            return rng.choice((f"{y % 100:02d}{_fill(rng, '#######')}{rng.choice('VX')}",
                               f"{y}{rng.randint(1, 366) + rng.choice((0, 500)):03d}0{_fill(rng, '####')}"))
        if kind == "np":
            return _fill(rng, rng.choice(("##-##-##-#####", "###-####-##", "##-01-##-#####")))
        if kind == "rw":
            v = f"1{y}{rng.choice('78')}{_fill(rng, '#######')}{_fill(rng, '###')}"
            return v if rng.random() < 0.5 else f"{v[0]} {v[1:5]} {v[5]} {v[6:13]} {v[13]} {v[14:]}"
        if kind == "tz":
            return f"{y}{mo:02d}{d:02d}-{_fill(rng, '#####-#####-##')}"
        return _fill(rng, rng.choice(("1#################", "2#################", "10#### ###### ######")))

    def phone():
        c = rng.choice(("FI", "NO", "LV", "SI", "IS", "DZ", "RW", "TZ", "LK", "EG", "AZ", "NP"))
        if c == "EG" and rng.random() < 0.3:
            code = rng.choice(eg_areas)
            return f"{code}{_fill(rng, '########' if len(code) == 2 else '#######')}"
        masks = {
            "FI": ("+358 40 ### ####", "040 ### ####", "050-###-####", "09 #### ####", "+35845#######"),
            "NO": ("+47 ### ## ###", "9## ## ###", "4#######", "+47 2# ## ## ##"),
            "LV": ("+371 2### ####", "2#######", "67######", "+371 67 ### ###"),
            "SI": ("+386 41 ### ###", "031 ### ###", "01 ### ## ##", "+38640######"),
            "IS": ("+354 ### ####", "8## ####", "6#######", "+354 5## ####"),
            "DZ": ("+213 5## ## ## ##", "06## ## ## ##", "07########", "021 ## ## ##"),
            "RW": ("+250 78# ### ###", "078#######", "072 ### ####", "+25073#######"),
            "TZ": ("+255 7## ### ###", "07## ### ###", "0754######", "+255 22 ### ####"),
            "LK": ("+94 7# ### ####", "07#-###-####", "011 2### ###", "+9477#######"),
            "EG": ("+20 10# ### ####", "01#########", "+20 12 #### ####", "0115#######"),
            "AZ": ("+994 5# ### ## ##", "05# ###-##-##", "(012) ###-##-##", "+99470#######"),
            "NP": ("+977 98########", "98########", "01-4######", "+977-1-5######"),
        }[c]
        return _fill(rng, rng.choice(masks))

    def handle():
        _, first, last = person()
        from anyascii import anyascii

        first, last = anyascii(first.split()[0]).lower(), anyascii(last.split()[0]).lower()
        first, last = re.sub(r"[^a-z]", "", first) or "x", re.sub(r"[^a-z]", "", last) or "y"
        return rng.choice((f"{first}.{last}", f"{first}{last}{rng.randint(1, 99)}", f"{first[0]}{last}",
                           f"{last}_{first}", f"{first}{rng.randint(1970, 2009)}", f"{first}_{last[0]}",
                           f"{last}{first[:3]}"))

    def date():
        y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
        lang = rng.choice(tuple(LOCAL_MONTHS))
        mon = LOCAL_MONTHS[lang][m - 1]
        local = {"fi": f"{d}. {mon}", "no": f"{d}. {mon} {y}", "lv": f"{y}. gada {d}. {mon}", "sl": f"{d}. {mon} {y}",
                 "is": f"{d}. {mon}", "fr": f"le {d} {mon}", "sw": f"{d} {mon} {y}", "az": f"{d} {mon} {y}"}[lang]
        return rng.choice((local, local, f"{d}.{m}.{y}", f"{d}.{m}.", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{EN_MONTHS[m - 1]} {d}", f"{d} {EN_MONTHS[m - 1][:3]}", f"{EN_MONTHS[m - 1].title()} {_ordinal(d)}",
                           f"{d}/{m}", f"klo {rng.randint(8, 20)}", f"kl. {rng.randint(8, 20)}:{rng.choice(('00', '30'))}",
                           "next friday", "tmrw at 6", "this sunday", f"{rng.randint(1, 12)}pm on the {_ordinal(d)}"))

    def dob():
        y, m, d = rng.randint(1938, 2010), rng.randint(1, 12), rng.randint(1, 28)
        lang = rng.choice(tuple(LOCAL_MONTHS))
        mon = LOCAL_MONTHS[lang][m - 1]
        return rng.choice((f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d}. {mon} {y}", f"{d} {mon} {y}", f"{EN_MONTHS[m - 1].title()} {d}, {y}",
                           f"{d} {EN_MONTHS[m - 1][:3]} {y}", f"{y + 57}/{m:02d}/{d:02d} BS",
                           f"{d}-{m}-{y}", f"{m}/{d}/{y}"))

    class Heldout12Provider(BaseProvider):
        def __getattribute__(self, name):
            attr = object.__getattribute__(self, name)
            if not name.startswith("h12_"):
                return attr
            # "İ".lower() is two characters: lowering the text would shift every span after it.
            return lambda *a, **k: attr(*a, **k).replace("İ", "I")

        def h12_first_name(self):
            return lower_half(first_name())

        def h12_last_name(self):
            return lower_half(person()[2])

        def h12_name(self):
            return name_value()

        def h12_name_lower(self):
            _, first, last = person()
            return f"{first} {last}".lower()

        def h12_title(self):
            return rng.choice(TITLES)

        def h12_phone(self):
            return phone()

        def h12_email(self):
            return f"{handle()}@{rng.choice(MAIL)}"

        def h12_username(self):
            return rng.choice(("@", "", "u/", "", "ig: ", "#")) + handle()

        def h12_address(self):
            return address()

        def h12_street(self):
            return lower_half(street())

        def h12_postcode(self):
            return postcode()

        def h12_city(self):
            return lower_half(place("city"))

        def h12_district(self):
            return lower_half(place("district"))

        def h12_village(self):
            return lower_half(place("village"))

        def h12_region(self):
            return lower_half(place("region"))

        def h12_company(self):
            return lower_half(company())

        def h12_bank(self):
            return lower_half(bank())

        def h12_school(self):
            return lower_half(school())

        def h12_clinic(self):
            return lower_half(clinic())

        def h12_venue(self):
            return lower_half(venue())

        def h12_national_id(self):
            return national_id()

        def h12_student_id(self):
            return _fill(rng, rng.choice(("S2#####", "20##/####", "U#######", "STU-####-##", "#########")))

        def h12_nationality(self):
            return lower_half(rng.choice(GROUPS))

        def h12_group(self):
            return lower_half(rng.choice(GROUPS + tuple(people["NP_GROUPS"])))

        def h12_party(self):
            return rng.choice(PARTIES)

        def h12_religion(self):
            return rng.choice(RELIGIONS) if rng.random() < 0.6 else rng.choice(RELIGIONS).title()

        def h12_job(self):
            return lower_half(rng.choice(JOBS))

        def h12_age(self):
            return str(rng.randint(2, 97))

        def h12_date(self):
            return date()

        def h12_dob(self):
            return dob()

    return Heldout12Provider
