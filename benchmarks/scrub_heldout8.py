"""``chat_heldout8``: the eighth held-out chat part (report only, misses never printed).

Made on 2026-12-01, when all seven earlier held-out parts had been scored, and
before the next tuning round. What is new against every other part and every
list the scrubber holds:

* People come from ``names`` (0.3.0; the US 1990 census first-name and
  surname files shipped in the wheel: ``dist.male.first``,
  ``dist.female.first``, ``dist.all.last``), drawn from the whole lists (most
  are rare names). First names alone, surnames alone, full names, lower-case
  names, names in e-mail signatures and after a relation word.
* Towns, counties, states and ZIP codes come from ``zipcodes`` (3.0.0; the
  USPS ZIP list shipped in the wheel: every active standard ZIP's town,
  county and state, so most towns are small). ZIP codes alone, also ZIP+4.
  Phones use that ZIP's own area code.
* Streets are built here from census surnames and street words
  (``STREET_WORDS``, written for this part), most WITHOUT a house number
  ("lives on ... road"), some with a number, unit or rural route.
* Organisations are the listed companies of ``pytickersymbols`` (1.17.10;
  its bundled index-member list), most with the legal form cut off
  (``_LEGAL_TAIL``), also lower case; plus census surnames with local
  trades (``TRADES``, written here: clinics, schools, haulage firms...).
* National ids: 13 formats of countries no part used, with valid check digits
  made by rejection against ``python-stdnum`` (2.2) validators (``IDS``).
  Phones: US local forms plus 12 other countries' masks written here
  (``PHONES``). E-mails and user names are built from the census names on
  domains no part used (``MAIL_DOMAINS``).
* Quasi-identifiers written here: occupations with qualifiers, many lower case
  (``JOBS``), nationalities (``NATIONALITIES``), religious groups
  (``RELIGIONS``), ages, dates, dates of birth; labelled as the other parts
  label them (JOB, NRP, RELIGION, DATE_TIME ignored by the scorer; AGE and
  DATE_OF_BIRTH scored).
* Text: no BANKING77 or SST-2 carrier; every text is one of the wrappers
  below (``WRAPPERS_H8``, 64 shapes written for this part) in kinds no part
  has: clinic intake and appointment notes, insurance claims, HR leave
  requests, e-mail threads with quoted replies and signatures, voice-assistant
  and phone transcripts without punctuation or capitals, support-ticket
  updates with agent notes, delivery-driver notes, school/parent messages.
  Half the texts are lowered by scrub_data as for every chat part. Quoted
  reply lines start with "|" since presidio-evaluator's generator turns "<"
  and ">" into placeholder braces.
"""

from __future__ import annotations

import random

HELDOUT8_SEED = 73129

WRAPPERS_H8 = [
    # clinic intake and appointment notes
    "INTAKE: pt {{h8_name}}, {{h8_age}} y/o, dob {{h8_dob}}. lives alone on {{h8_street}} in {{h8_city}}. referred by dr {{h8_last_name}}",
    "appt moved to {{h8_date}} for {{h8_first_name}} (mrn {{h8_national_id}}), pls call mum on {{h8_phone}}",
    "Triage note: {{h8_age}}yo {{h8_nationality}} male, works as {{h8_job}}, c/o chest pain since {{h8_date}}",
    "nurse note - {{h8_name_lower}} declined blood products, is {{h8_religion}}. family contact {{h8_first_name}} {{h8_phone}}",
    "New patient reg: {{h8_last_name}}, {{h8_first_name}}. Addr: {{h8_address}}, {{h8_city}}, {{h8_state}} {{h8_zip}}",
    "pls cancel my physio on {{h8_date}}, its {{h8_name}}, i moved to {{h8_county}} and it's too far",
    "Discharge summary copied to GP at {{h8_company}}. Patient {{h8_name}} to follow up in 2 weeks",
    "interpreter needed for {{h8_first_name}} {{h8_last_name}}, speaks only portuguese, appointment {{h8_date}}",
    # insurance claims
    "Claim desc: on {{h8_date}} my car was hit while parked on {{h8_street}}, {{h8_city}}. other driver {{h8_name}}, ph {{h8_phone}}",
    "claim ref pending - policyholder {{h8_name_lower}}, id {{h8_national_id}}, water damage at {{h8_address}} {{h8_zip}}",
    "Loss adjuster visited {{h8_first_name}} at home ({{h8_city}}, {{h8_state}}). Roof repair quote from {{h8_company}}",
    "i want to claim for my glasses, broke them at work, im a {{h8_job}} at {{h8_company_lower}}",
    "Third party: {{h8_last_name}} (age {{h8_age}}). Witness {{h8_first_name}} gave number {{h8_phone}}",
    "travel claim: bag stolen in {{h8_city}} on {{h8_date}}. passport no and nat id {{h8_national_id}} attached",
    "Pet insurance - dog bit the neighbour {{h8_first_name}} on {{h8_street}}, vet was {{h8_company}}",
    "claimant dob {{h8_dob}}, lives {{h8_county}}, zip {{h8_zip}}. pls send forms to {{h8_email}}",
    # HR and leave
    "Hi HR, I'd like to request leave from {{h8_date}} for my sister's wedding. thanks, {{h8_first_name}}",
    "leave request: {{h8_name_lower}} ({{h8_job}}) - bereavement, funeral in {{h8_city}} {{h8_state}}",
    "Can I swap my shift with {{h8_first_name}}? I have to attend {{h8_religion}} service on {{h8_date}}",
    "New starter {{h8_name}}, {{h8_nationality}}, needs a work visa check. Employee no {{h8_national_id}}",
    "please update my address to {{h8_address}}, {{h8_city}} {{h8_zip}} for payroll. {{h8_last_name}}",
    "sick note attached. back {{h8_date}}. my manager {{h8_last_name}} knows. - {{h8_username}}",
    "Exit interview: {{h8_first_name}}, {{h8_age}}, leaving for {{h8_company}} after 6 years as {{h8_job}}",
    "grievance re: {{h8_name}} making comments about my {{h8_religion}} faith. witnesses: {{h8_first_name}}",
    # e-mail threads with quoted replies and signatures
    "Thanks, see you then.\n| On {{h8_date}}, {{h8_name}} ({{h8_email}}) wrote:\n| can we meet thurs?",
    "Re: invoice\n\nfine by me\n\n--\n{{h8_name}}\n{{h8_job}}\n{{h8_company}}\nm: {{h8_phone}}",
    "| pls confirm your postcode\n{{h8_zip}}, its the one in {{h8_city}} not the other one",
    "Fwd: from {{h8_email}}\n| hi, {{h8_first_name}} here, i live on {{h8_street}} now",
    "Kind regards,\n{{h8_first_name}} {{h8_last_name}} | {{h8_company}} | {{h8_city}}, {{h8_state}}",
    "sent from my iphone\n\n| {{h8_name_lower}} wrote: did the parcel go to {{h8_address}}?",
    "cheers {{h8_first_name}}\n\n-----Original Message-----\nFrom: {{h8_name}}\nSent: {{h8_date}}\nSubject: rota",
    "On {{h8_date}} {{h8_email}} wrote:\n|| my id is {{h8_national_id}}, please stop asking",
    # voice assistant and phone transcripts (no punctuation, no capitals)
    "hey assistant call {{h8_first_name}} mobile",
    "ok google navigate to {{h8_street}} {{h8_city}}",
    "text {{h8_name_lower}} saying running late be there at six",
    "remind me to pay {{h8_company_lower}} on {{h8_date}}",
    "caller says her name is {{h8_first_name}} um {{h8_last_name}} and she is calling from {{h8_city}} {{h8_state}}",
    "yeah my zip is {{h8_zip}} and the number is {{h8_phone}}",
    "uh its {{h8_national_id}} thats my id number",
    "agent can i take a name please caller {{h8_last_name}} thats the surname",
    "so i work as a {{h8_job}} and im {{h8_age}} does that affect the premium",
    "caller is {{h8_nationality}} asked for a callback on {{h8_phone}}",
    # support-ticket updates with agent notes
    "TICKET UPDATE: customer {{h8_name}} reports login issue. AGENT NOTE: verified via dob {{h8_dob}}",
    "status: waiting on customer. internal: {{h8_username}} is the same person as {{h8_email}}",
    "Agent note: spoke to {{h8_first_name}} at {{h8_company}}, escalating to tier 2",
    "customer asked to change delivery address to {{h8_address}}, {{h8_zip}}. done - {{h8_first_name}} (agent)",
    "Ticket merged. Reporter {{h8_username}}, account holder {{h8_name_lower}}, region {{h8_state}}",
    "cust very upset, says {{h8_last_name}} from our {{h8_city}} branch was rude. callback {{h8_phone}}",
    "Resolved: refund issued to {{h8_name}}. ID checked ({{h8_national_id}}).",
    "note for next shift: {{h8_first_name}} on {{h8_street}} will call again re outage in {{h8_county}}",
    # delivery-driver notes
    "left parcel with neighbour {{h8_first_name}} at no. 14, {{h8_street}}",
    "DRIVER: gate code doesnt work, rang {{h8_phone}} no answer. {{h8_city}} {{h8_zip}}",
    "dog on {{h8_street}} is loose again, careful. customer {{h8_last_name}}",
    "delivered to reception at {{h8_company}}, signed by {{h8_name_lower}}",
    "wrong postcode on label ({{h8_zip}}), real address {{h8_address}}",
    "customer {{h8_first_name}} asked us to leave it behind the bins, {{h8_city}} drop",
    "failed delivery {{h8_date}} - {{h8_name}} not home, card left",
    # school / parent messages
    "Hi Mrs {{h8_last_name}}, {{h8_first_name}} won't be in today, she has a fever. thanks",
    "reminder: trip to {{h8_city}} on {{h8_date}}, forms back to {{h8_email}}",
    "{{h8_first_name}} will be picked up by her grandad {{h8_name}} today, his number is {{h8_phone}}",
    "hi its {{h8_name_lower}}'s dad, we've moved to {{h8_street}}, can the bus stop there?",
    "Parents: {{h8_first_name}} is {{h8_religion}} so no pork please at lunch",
    "new pupil {{h8_name}}, {{h8_age}}, family recently arrived ({{h8_nationality}}), lives in {{h8_county}}",
    "ms {{h8_last_name}} said {{h8_first_name}} can do the {{h8_company}} work experience week",
]
ENTITY_TYPES = {
    "h8_first_name": "PERSON", "h8_last_name": "PERSON", "h8_name": "PERSON", "h8_name_lower": "PERSON",
    "h8_phone": "PHONE_NUMBER", "h8_email": "EMAIL_ADDRESS", "h8_username": "USERNAME",
    "h8_street": "STREET_ADDRESS", "h8_address": "STREET_ADDRESS", "h8_city": "GPE", "h8_county": "GPE",
    "h8_state": "GPE", "h8_zip": "ZIP_CODE", "h8_company": "ORGANIZATION", "h8_company_lower": "ORGANIZATION",
    "h8_national_id": "NATIONAL_ID", "h8_nationality": "NRP", "h8_religion": "RELIGION", "h8_job": "JOB",
    "h8_age": "AGE", "h8_date": "DATE_TIME", "h8_dob": "DATE_OF_BIRTH",
}

STREET_WORDS = ("road", "rd", "street", "st", "lane", "ln", "drive", "dr", "avenue", "ave", "court", "ct",
                "place", "pl", "way", "circle", "trail", "pike", "hollow rd", "creek road", "mill road",
                "church street", "school lane", "boulevard", "blvd", "terrace", "parkway", "ridge road",
                "crossing", "loop", "bend", "heights", "county road")
UNITS = ("apt {k}", "unit {k}{B}", "#{m}", "lot {m}", "trlr {k}", "bldg {B}", "ste {m}", "basement")
TRADES = ("family dental", "pediatrics", "funeral home", "daycare", "elementary", "trucking", "roofing",
          "body shop", "feed and seed", "pharmacy", "chiropractic", "insurance agency", "realty", "tax service",
          "landscaping", "veterinary clinic", "urgent care", "orthodontics", "plumbing and heating",
          "physical therapy", "home care", "credit union")
_LEGAL_TAIL = (" Inc.", " Inc", " Corp.", " Corporation", " Co.", " Ltd.", " Ltd", " plc", " PLC", " AG",
               " SE", " S.A.", " SA", " N.V.", " NV", " Holdings", " Group", " & Co. KGaA", " KGaA", " LLC",
               " Company", ",")
PHONES = {
    "KR": ("010-####-####", "+82 10-####-####", "02-###-####"),
    "TW": ("09##-###-###", "+886 9## ### ###", "(02) ####-####"),
    "IN": ("+91 98### #####", "098######## ", "9#########"),
    "PK": ("03##-#######", "+92 3## #######"),
    "TR": ("0 (5##) ### ## ##", "+90 5## ### ####"),
    "KE": ("07## ### ###", "+254 7## ######"),
    "BR": ("(11) 9####-####", "+55 21 9####-####"),
    "PL": ("5## ### ###", "+48 6## ### ###"),
    "RO": ("07## ### ###", "+40 7## ### ###"),
    "IL": ("05#-###-####", "+972 5#-###-####"),
    "VN": ("09## ### ###", "+84 9# ### ## ##"),
    "TH": ("08#-###-####", "+66 8# ### ####"),
}
# (stdnum module, digit count, output groups and separator): digits drawn until
# python-stdnum's validator passes; a few fixed digits give a plausible date.
IDS = (
    ("stdnum.br.cpf", 11, ((3, "."), (3, "."), (3, "-"), (2, ""))),  # Brazil CPF
    ("stdnum.pl.pesel", 11, ((11, ""),)),  # Poland PESEL
    ("stdnum.ro.cnp", 13, ((13, ""),)),  # Romania CNP
    ("stdnum.bg.egn", 10, ((10, ""),)),  # Bulgaria EGN
    ("stdnum.il.idnr", 9, ((9, ""),)),  # Israel teudat zehut
    ("stdnum.hr.oib", 11, ((11, ""),)),  # Croatia OIB
    ("stdnum.in_.aadhaar", 12, ((4, " "), (4, " "), (4, ""))),  # India Aadhaar
    ("stdnum.th.pin", 13, ((1, "-"), (4, "-"), (5, "-"), (2, "-"), (1, ""))),  # Thailand PIN
    ("stdnum.ca.sin", 9, ((3, " "), (3, " "), (3, ""))),  # Canada SIN
    ("stdnum.gr.amka", 11, ((11, ""),)),  # Greece AMKA
    ("stdnum.pk.cnic", 13, ((5, "-"), (7, "-"), (1, ""))),  # Pakistan CNIC
    ("stdnum.ar.dni", 8, ((2, "."), (3, "."), (3, ""))),  # Argentina DNI
)
MAIL_DOMAINS = ("aol.com", "comcast.net", "att.net", "verizon.net", "bellsouth.net", "sbcglobal.net",
                "cox.net", "charter.net", "frontier.com", "mail.com", "zoho.com", "fastmail.com", "hey.com",
                "naver.com", "rediffmail.com", "uol.com.br", "wp.pl", "seznam.cz", "libero.it",
                "clinic-mail.org", "schoolmail.net", "hr.example.org")
JOBS = ("night-shift icu nurse", "junior tax adviser", "school bus driver", "dental hygienist", "forklift operator",
        "hospice chaplain", "line cook", "substitute teacher", "claims adjuster", "phlebotomist",
        "senior payroll clerk", "crane operator", "midwife", "locum gp", "respiratory therapist", "welder",
        "part-time cashier", "home health aide", "sous chef", "paralegal", "hvac technician", "court interpreter",
        "veterinary nurse", "air traffic controller", "long-haul trucker", "retired postman", "barista",
        "warehouse picker", "stay-at-home dad", "youth pastor", "funeral director", "dialysis technician",
        "sheet metal worker", "lab technician", "teaching assistant", "occupational therapist", "roofer",
        "graduate software engineer", "bank teller", "pharmacy technician", "school nurse", "lifeguard",
        "rideshare driver", "electrician's apprentice", "orthodontist", "records clerk", "data entry temp",
        "assistant head teacher", "mortgage underwriter", "night porter", "care home manager", "radiographer",
        "Head of Compliance", "Senior Actuary", "Clinical Nurse Specialist", "Deputy Principal",
        "Agency Support Worker", "Trainee Solicitor", "Fleet Manager", "Ward Clerk", "Chief Sommelier",
        "Customs Officer", "Registered Dietitian", "Seasonal Farm Worker", "Prison Officer", "Locksmith",
        "Speech Therapist", "Hospital Porter", "Loan Officer", "Building Surveyor", "Court Reporter",
        "Dairy Farmer", "Pilates Instructor", "Tree Surgeon", "Optometrist", "Sign Language Interpreter",
        "Pipefitter", "Immigration Caseworker", "Sonographer", "Sheriff's Deputy", "Hotel Housekeeper")
NATIONALITIES = ("Filipino", "Nepali", "Eritrean", "Somali", "Guatemalan", "Salvadoran", "Honduran", "Haitian",
                 "Dominican", "Vietnamese", "Hmong", "Burmese", "Afghan", "Syrian", "Iraqi", "Yemeni", "Sudanese",
                 "Congolese", "Ukrainian", "Moldovan", "Romanian", "Bulgarian", "Polish", "Lithuanian",
                 "Bangladeshi", "Sri Lankan", "Pakistani", "Punjabi", "Tamil", "Kurdish", "Venezuelan",
                 "Bolivian", "Paraguayan", "Cuban", "Brazilian", "Cape Verdean", "Zimbabwean", "Zambian",
                 "Tongan", "Samoan", "Marshallese", "Mongolian", "Uzbek", "Georgian", "Armenian")
RELIGIONS = ("jehovah's witness", "latter-day saint", "amish", "mennonite", "quaker", "lutheran", "episcopalian",
             "greek orthodox", "russian orthodox", "hasidic", "orthodox jewish", "reform jewish", "ismaili",
             "jain", "zoroastrian", "bahá'í", "wiccan", "pagan", "unitarian", "christian scientist",
             "nondenominational christian", "southern baptist", "sufi", "tibetan buddhist", "hare krishna")
RELATIONS = ("my wife", "my husband", "my son", "her daughter", "his brother")


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in mask).strip()


def templates(seed: int = HELDOUT8_SEED) -> list[str]:
    """The wrappers; scrub_data's sampler picks among them."""
    return list(WRAPPERS_H8)


def _census() -> tuple[list, list]:
    """First names and surnames from ``names``' census files (name, freq, cum, rank)."""
    from pathlib import Path

    import names

    root = Path(names.__file__).parent
    read = lambda f: [line.split()[0].capitalize() for line in (root / f).read_text().splitlines()  # noqa: E731
                      if line.strip() and len(line.split()[0]) >= 3]
    firsts = sorted(set(read("dist.male.first") + read("dist.female.first")))
    lasts = sorted(set(read("dist.all.last")))
    if len(firsts) < 1000 or len(lasts) < 10000:
        raise RuntimeError("chat_heldout8 needs the names package's census files")
    return firsts, lasts


def _zips() -> list[dict]:
    import zipcodes

    rows = [z for z in zipcodes.list_all()
            if z["active"] and z["zip_code_type"] == "STANDARD" and z["city"] and z["county"] and z["area_codes"]]
    if len(rows) < 10000:
        raise RuntimeError("chat_heldout8 needs the zipcodes package's list")
    return rows


def _companies() -> list[str]:
    import re

    from pytickersymbols import PyTickerSymbols

    ok = re.compile(r"^[A-Za-z][A-Za-z0-9&.,' -]+$")
    out = sorted({s["name"].strip() for s in PyTickerSymbols().get_all_stocks()
                  if s.get("name") and ok.match(s["name"].strip()) and len(s["name"].strip()) >= 4})
    if len(out) < 500:
        raise RuntimeError("chat_heldout8 needs pytickersymbols' company list")
    return out


def _strip_legal(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for tail in _LEGAL_TAIL:
            if name.endswith(tail) and len(name) > len(tail) + 3:
                name, changed = name[: -len(tail)].rstrip(), True
    return name


def make_provider(seed: int = HELDOUT8_SEED):
    """A Faker provider class whose methods give ``chat_heldout8``'s values."""
    import importlib

    from faker.providers import BaseProvider

    firsts, lasts = _census()
    zips = _zips()
    companies = _companies()
    rng = random.Random(seed + 2)
    validators = {m: importlib.import_module(m) for m, _, _ in IDS}

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def street():
        value = f"{rng.choice(lasts)} {rng.choice(STREET_WORDS)}"
        return value if rng.random() < 0.5 else value.title()

    def handle():
        a, b = rng.choice(firsts).lower(), rng.choice(lasts).lower()
        return rng.choice((f"{a}.{b}", f"{a[0]}{b}{rng.randint(1, 99)}", f"{b}{a[0]}", f"{a}_{rng.randint(60, 99)}",
                           f"{a}{b}", f"{b}.{a}", f"x{a}x", f"{a}-{b[:4]}", f"{a}.{b}{rng.randint(1, 9)}"))

    def national_id():
        module, count, groups = rng.choice(IDS)
        for _ in range(2000):
            raw = _fill(rng, "#" * count)
            date = f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            if module in ("stdnum.pl.pesel", "stdnum.bg.egn"):
                raw = date + raw[6:]
            elif module == "stdnum.ro.cnp":
                raw = rng.choice("12") + date + rng.choice(("01", "12", "40", "22")) + raw[9:]
            elif module == "stdnum.gr.amka":
                raw = date[4:] + date[2:4] + date[:2] + raw[6:]
            elif module == "stdnum.in_.aadhaar":
                raw = rng.choice("23456789") + raw[1:]
            elif module == "stdnum.th.pin":
                raw = rng.choice("12345678") + raw[1:]
            elif module == "stdnum.ca.sin":
                raw = rng.choice("1234567") + raw[1:]
            if validators[module].is_valid(raw):
                break
        else:
            raise RuntimeError("chat_heldout8 could not make a valid id")
        out, i = [], 0
        for size, sep in groups:
            out.append(raw[i:i + size] + sep)
            i += size
        return "".join(out)

    class Heldout8Provider(BaseProvider):
        def h8_first_name(self):
            return lower_half(rng.choice(firsts))

        def h8_last_name(self):
            return lower_half(rng.choice(lasts))

        def h8_name(self):
            return f"{rng.choice(firsts)} {rng.choice(lasts)}"

        def h8_name_lower(self):
            return f"{rng.choice(firsts)} {rng.choice(lasts)}".lower()

        def h8_phone(self):
            if rng.random() < 0.6:
                z = rng.choice(zips)
                ac = rng.choice(z["area_codes"])
                return rng.choice((f"({ac}) {_fill(rng, '###-####')}", f"{ac}-{_fill(rng, '###-####')}",
                                   f"{ac}.{_fill(rng, '###.####')}", f"1{ac}{_fill(rng, '#######')}",
                                   f"+1 {ac} {_fill(rng, '### ####')}"))
            return _fill(rng, rng.choice(PHONES[rng.choice(sorted(PHONES))]))

        def h8_email(self):
            return f"{handle()}@{rng.choice(MAIL_DOMAINS)}"

        def h8_username(self):
            return rng.choice(("@", "")) + handle()

        def h8_street(self):
            return street()

        def h8_address(self):
            value = rng.choice((
                lambda: f"{rng.randint(1, 9999)} {street()}",
                lambda: f"{rng.randint(1, 999)} {street()} {rng.choice(UNITS)}",
                lambda: f"rr {rng.randint(1, 9)} box {rng.randint(1, 300)}",
                lambda: f"po box {rng.randint(1, 9999)}",
                lambda: f"{rng.randint(100, 99999)} {rng.choice(('n', 's', 'e', 'w', 'N', 'S'))} {street()}",
            ))()
            return value.format(k=rng.randint(1, 20), m=rng.randint(1, 400), B=rng.choice("ABCDEF"))

        def h8_city(self):
            return lower_half(rng.choice(zips)["city"].title())

        def h8_county(self):
            return lower_half(rng.choice(zips)["county"])

        def h8_state(self):
            return rng.choice(zips)["state"]

        def h8_zip(self):
            z = rng.choice(zips)["zip_code"]
            return z if rng.random() < 0.8 else f"{z}-{_fill(rng, '####')}"

        def h8_company(self):
            name = rng.choice(companies)
            if rng.random() < 0.3:
                return f"{rng.choice(lasts)} {rng.choice(TRADES)}".title()
            return _strip_legal(name) if rng.random() < 0.7 else name

        def h8_company_lower(self):
            if rng.random() < 0.3:
                return f"{rng.choice(lasts)} {rng.choice(TRADES)}".lower()
            return _strip_legal(rng.choice(companies)).lower()

        def h8_national_id(self):
            return national_id()

        def h8_nationality(self):
            return lower_half(rng.choice(NATIONALITIES))

        def h8_religion(self):
            return rng.choice(RELIGIONS)

        def h8_job(self):
            return rng.choice(JOBS)

        def h8_age(self):
            return str(rng.randint(3, 94))

        def h8_date(self):
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice((f"{m}/{d}", f"{m:02d}/{d:02d}/2026", f"the {d}th",
                               f"{['jan', 'feb', 'march', 'april', 'may', 'june', 'july', 'aug', 'sept', 'oct', 'nov', 'dec'][m - 1]} {d}",
                               "next tuesday", "friday", f"2026-{m:02d}-{d:02d}"))

        def h8_dob(self):
            y, m, d = rng.randint(1931, 2022), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice((f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
                               f"{d}.{m}.{y % 100:02d}", f"{m}/{d}/{y % 100:02d}"))

    return Heldout8Provider
