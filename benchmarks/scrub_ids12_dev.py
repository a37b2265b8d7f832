"""Phones and ids of every country, typed as people type them: a dev set in two halves.

    PYTHONPATH=. python benchmarks/scrub_ids12_dev.py --half a [--show-misses 40] [--show-kept-wrong 40]
    PYTHONPATH=. python benchmarks/scrub_ids12_dev.py --half b      # the untouched half: report once, at the end

Session 12. Values come only from well-kept libraries, for every country they
know; the split is by country (a stable hash of the region code: half ``a``
holds one set of countries, half ``b`` the others) and by template and cue
list (each half has its own), so ``b`` shares neither countries nor
phrasings with what was tuned on.

* phones: ``phonenumbers``' example numbers of every region (about 240),
  fixed line and mobile, with the digits after the first three drawn at
  random until libphonenumber calls the number valid; typed in the national
  form, the international form, E.164, with dots or dashes for spaces, with
  no separators, "00" for "+", the country code without "+", the trunk 0
  dropped, "(0)" kept. Faker's ``phone_number()`` of every Faker locale, too.
* ids: python-stdnum's country modules for personal, tax and bank numbers:
  random digits (a birth date first for the modules that start with one) with
  the last character tried over 0-9 and A-Z until ``module.is_valid`` accepts
  it, written compact or as ``module.format`` writes it. Cue words come from
  the module's title (its abbreviations and local names: "cpf", "t.c.
  kimlik no.", "personnummer") or from a generic list in many languages.
  Faker's id providers of every locale (``ssn``, ``nif``, ``cpf``, ``iban``, ...).
* ordinary numbers that must stay: ``scrub_ids_eval``'s templates (amounts,
  dates, times, counts, years, quantities, versions) and numbers next to the
  cue words this round reads (a phone bill, a count of calls, an id's expiry
  year, a tax amount, order quantities).

Groups: ``phone cue`` (a phone word near), ``phone intl`` (+ or 00 prefix and
no cue), ``phone bare`` (national forms, no cue), ``id cue`` (stdnum values
after a cue), ``id bare`` (a quarter of them, no cue), ``faker id cue``,
``ordinary``. Half the texts are lower-cased. Scores direct identifiers only
(a date is a quasi-identifier the default policy removes on purpose).
Writes ``benchmarks/results/scrub_ids12_dev_<half>.json``.
"""

from __future__ import annotations

import contextlib
import io
import random
import string
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from direct_dev import Tally, parse_args, report, scrub_direct  # noqa: E402
from scrub_ids_eval import ORDINARY_TEMPLATES, _date, _money, _time  # noqa: E402

SEED = 1212


def half_of(country: str) -> str:
    """'a' or 'b', by a stable hash of the country code."""
    return "ab"[zlib.crc32(country.upper().encode()) % 2]


PHONE_CUES = {
    "a": ["call me on", "my number is", "whatsapp", "phone:", "mobile no", "tel", "text me at", "my cell is",
          "contact no", "hp", "ring me on", "numero", "telefono", "my mobile", "call", "phone number"],
    "b": ["reach me at", "ph no", "mob:", "my phone number is", "wa me", "sms", "cel", "telefone", "no hp",
          "sdt", "handphone", "whats app", "my contact", "cell:", "tel no.", "number"],
}
# Generic id cues in English and in the languages of the countries that use them.
ID_CUES = {
    "a": ["id no", "my id is", "national id", "id number", "tax id", "identity number", "nin:", "my nik is",
          "cédula", "kimlik", "rrn", "pin", "personal number", "documento", "nid", "ssn", "id card no"],
    "b": ["id", "my id number is", "national id no", "tin", "identity card", "bvn", "cccd", "dni", "cedula",
          "kimlik no", "tax number", "ic no", "nic", "personal code", "no ktp", "my ssn is", "id no."],
}
PHONE_TEMPLATES = {
    "a": ["{c} {v}", "{c}: {v}", "hi, {c} {v} thanks", "pls {c} {v} asap", "ok so {c} {v} after 6pm",
          "{c} {v} if the line drops", "new one, {c} {v}"],
    "b": ["{c} - {v}", "hello {c} {v}", "{c} {v} pls update it", "you can {c} {v} any time",
          "{c}= {v} call back", "it's {c} {v} now", "sorry {c} {v}"],
}
PHONE_NO_CUE = {
    "a": ["ping {v} anytime", "{v}", "try {v} tomorrow", "ok {v}", "here you go: {v}", "i am on {v} all day"],
    "b": ["hmu {v}", "{v} thx", "use {v} from now on", "so {v} is the right one", "still stuck. {v}",
          "best way to get me is {v}"],
}
ID_TEMPLATES = {
    "a": ["{c} {v}", "{c}: {v}", "my {c} {v}", "here is my {c} {v} for kyc", "{c} {v} pls verify",
          "hi my {c} is {v} thank you", "{c}# {v}"],
    "b": ["{c} - {v}", "the {c} on my card reads {v}", "{c} = {v}", "pls check {c} {v} asap",
          "sent {c} {v} yesterday", "{c}:{v}", "{c} {v}, name as on the card"],
}
# Faker's id providers: (method, its cue).
FAKER_IDS = (("ssn", "ssn"), ("nif", "nif"), ("nie", "nie"), ("cpf", "cpf"), ("rg", "rg"), ("rut", "rut"),
             ("nuip", "nuip"), ("pesel", "pesel"), ("nip", "nip"), ("dni", "dni"), ("cuit", "cuit"),
             ("curp", "curp"), ("rfc", "rfc"), ("iban", "iban"), ("bban", "account no"),
             ("passport_number", "passport no"))
# Ordinary numbers beside the cue words read here: they must stay.
CUE_ORDINARY = [
    ("my phone bill was {} this month", _money, "amount near a cue"),
    ("i called {} times and nobody answered", lambda r: str(r.randint(2, 40)), "count near a cue"),
    ("on hold for {} minutes, call me back", lambda r: str(r.randint(5, 180)), "count near a cue"),
    ("id verification has taken {} days", lambda r: str(r.randint(2, 60)), "count near a cue"),
    ("my id card expires in {}", lambda r: str(r.randint(2024, 2040)), "year near a cue"),
    ("the tax on it was {}", _money, "amount near a cue"),
    ("passport renewal costs {} now", _money, "amount near a cue"),
    ("my pin got blocked after {} tries", lambda r: str(r.randint(3, 5)), "count near a cue"),
    ("whatsapp me after {}", _time, "time near a cue"),
    ("call me at {} tomorrow", _time, "time near a cue"),
    ("i ordered {} units for the shop", lambda r: str(r.choice([r.randint(2, 999), r.randint(1000, 250000)])),
     "order quantity"),
    ("please send {} pcs of item 4", lambda r: f"{r.randint(2, 99999):,}", "order quantity"),
    ("bought {} shares at 12.50 each", lambda r: str(r.randint(10, 500000)), "order quantity"),
    ("the transfer number {} in my list failed", lambda r: str(r.randint(2, 60)), "count near a cue"),
    ("tax year {} is missing", lambda r: f"{r.randint(2000, 2025)}-{r.randint(1, 26):02d}", "year near a cue"),
    ("my mobile data used {} this month", lambda r: f"{r.randint(2, 999)} mb", "quantity near a cue"),
    ("sent {} to my tin account", _money, "amount near a cue"),
    ("my id photo is from {}", lambda r: str(r.randint(1990, 2025)), "year near a cue"),
    ("the account has {} in it", _money, "amount near a cue"),
    ("phone died at {}", _time, "time near a cue"),
]


def _typed_phone(rng, number, phonenumbers) -> str:
    """A valid number typed as people type it."""
    from phonenumbers import PhoneNumberFormat as F

    cc, nsn = str(number.country_code), phonenumbers.national_significant_number(number)
    national = phonenumbers.format_number(number, F.NATIONAL)
    intl = phonenumbers.format_number(number, F.INTERNATIONAL)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_number(number))
    trunk = (meta.national_prefix or "") if meta else ""

    def grouped(digits):
        out, k = [], 0
        while k < len(digits):
            step = rng.choice((2, 3, 3, 4, 4))
            out.append(digits[k:k + step])
            k += step
        return rng.choice((" ", " ", "-", ".")).join(out)

    form = rng.randrange(11)
    if form == 0:
        return national
    if form == 1:
        return intl
    if form == 2:
        return "+" + cc + nsn
    if form == 3:
        return national.replace(" ", rng.choice(".-"))
    if form == 4:
        return "".join(c for c in national if c.isdigit())
    if form == 5:
        return "+" + cc + " " + grouped(nsn)
    if form == 6:
        return "00" + cc + " " + grouped(nsn)
    if form == 7:
        return intl.replace(" ", rng.choice(".-"), intl.count(" ")).replace("+" + cc + rng.choice(".-"),
                                                                             "+" + cc + " ")
    if form == 8 and trunk:
        return f"+{cc} ({trunk}) " + grouped(nsn)
    if form == 9:
        return trunk + " " + grouped(nsn) if trunk else grouped(nsn)
    return cc + " " + grouped(nsn)


def _phones(rng, half: str):
    """(value, source) phones of the half's countries."""
    import phonenumbers
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES
    from phonenumbers import PhoneNumberType as T

    regions = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if half_of(r) == half)
    locales = [loc for loc in AVAILABLE_LOCALES if "_" in loc and half_of(loc.rsplit("_", 1)[1]) == half]
    fakers = [f for f in (Faker(loc) for loc in locales) if hasattr(f, "phone_number")]
    for f in fakers:
        f.seed_instance(rng.randrange(10**9))
    while True:
        if rng.random() < 0.25:
            yield rng.choice(fakers).phone_number(), "faker phone"
            continue
        region = rng.choice(regions)
        example = phonenumbers.example_number_for_type(region, rng.choice((T.FIXED_LINE, T.MOBILE)))
        if example is None:
            continue
        number = example
        national = str(example.national_number)
        for _ in range(20):
            digits = national[:3] + "".join(rng.choice(string.digits) for _ in national[3:])
            candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
            if phonenumbers.is_valid_number(candidate):
                number = candidate
                break
        yield _typed_phone(rng, number, phonenumbers), "phonenumbers"


_ID_WORDS = ("person", "identi", "citizen", "social", "tax", "birth", "resident", "health", "insurance",
             "bank account", "national")
_NOT_PERSONAL = ("company", "business", "organi", "enterprise", "register", "postal", "postcode", "school",
                 "securities", "drug", "meter", "receipt", "banknote", "routing", "payment", "vat", "unique entity",
                 "corporate", "association", "excise", "establishment", "economic", "trade", "student", "pupil",
                 "energy")


def _stdnum_modules(half: str):
    """(module, cues) of python-stdnum's personal, tax and bank-account modules of the half's countries."""
    import regex as re
    from stdnum.util import get_number_modules

    for module in get_number_modules():
        parts = module.__name__.split(".")
        country = parts[1].rstrip("_") if len(parts) == 3 else ""
        if len(country) != 2 or country == "eu" or half_of(country) != half:
            continue
        title = (module.__doc__ or "").strip().split("\n", 1)[0]
        low = title.lower()
        if not any(w in low for w in _ID_WORDS) or any(w in low for w in _NOT_PERSONAL):
            continue
        head, _, inside = title.partition("(")
        cues = [w.strip(" .") for w in head.split(",")] + [inside.split(",")[0].strip(" .)")]
        cues = [c.lower() for c in cues if c and re.fullmatch(r"[\p{Latin}\s.\-]{2,30}", c) and len(c.split()) <= 4]
        if cues:
            yield module, cues


_DATE_FIRST = ("yymmdd", "ddmmyy", "yyyymmdd")


def _stdnum_value(rng, module, cache: dict) -> str | None:
    """A number ``module.is_valid`` accepts: random digits (or a birth date
    and digits), the last character tried over 0-9 and A-Z."""
    plans = cache.get(module.__name__)
    if plans is None:
        plans = [(n, d) for n in range(5, 19) for d in (None, *_DATE_FIRST)]
    for _ in range(60):
        length, date_first = rng.choice(plans)
        head = ""
        if date_first:
            y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
            head = {"yymmdd": f"{y % 100:02d}{m:02d}{d:02d}", "ddmmyy": f"{d:02d}{m:02d}{y % 100:02d}",
                    "yyyymmdd": f"{y}{m:02d}{d:02d}"}[date_first]
        if len(head) >= length:
            continue
        base = head + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(head)))
        for last in string.digits + string.ascii_uppercase:
            try:
                ok = module.is_valid(base + last)
            except Exception:  # noqa: BLE001 - a validator's error means "not valid"
                ok = False
            if ok:
                cache[module.__name__] = [(length, date_first)]
                value = base + last
                if hasattr(module, "format") and rng.random() < 0.5:
                    try:
                        value = module.format(value)
                    except Exception:  # noqa: BLE001
                        pass
                return value
    if module.__name__ not in cache:
        cache[module.__name__] = plans
    return None


_CONTACT_TYPES = frozenset({"PHONE_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT", "IBAN_CODE", "CREDIT_CARD", "US_SSN",
                            "US_BANK_NUMBER", "US_PASSPORT", "US_ITIN", "US_DRIVER_LICENSE", "UK_NHS"})


def generate(n: int, half: str, seed: int = SEED) -> list[dict]:
    """``n`` texts of each group, from the half's countries, templates and cues."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    rng = random.Random(seed + (half == "b"))
    out = []

    def add(template, value, group, kind, source, cue=""):
        text = template.replace("{c}", cue).replace("{C}", cue.upper())
        start = text.index("{v}")
        text = text.replace("{v}", value)
        if rng.random() < 0.5:
            text = text.lower()
        out.append({"text": text, "spans": [(start, start + len(value))], "group": group, "type": kind,
                    "source": source})

    phones = _phones(rng, half)
    for _ in range(n):
        value, source = next(phones)
        add(rng.choice(PHONE_TEMPLATES[half]), value, "phone cue", "PHONE_NUMBER", source,
            rng.choice(PHONE_CUES[half]))
    k = bare = 0
    while k < n or bare < n:
        value, source = next(phones)
        if value.startswith(("+", "00")) and k < n:
            add(rng.choice(PHONE_NO_CUE[half]), value, "phone intl", "PHONE_NUMBER", source)
            k += 1
        elif not value.startswith(("+", "00")) and bare < n:
            add(rng.choice(PHONE_NO_CUE[half]), value, "phone bare", "PHONE_NUMBER", source)
            bare += 1
    modules, cache = list(_stdnum_modules(half)), {}
    k = 0
    while k < n:
        module, cues = rng.choice(modules)
        value = _stdnum_value(rng, module, cache)
        if value is None:
            continue
        cue = rng.choice(cues) if rng.random() < 0.6 else rng.choice(ID_CUES[half])
        if k % 4 == 3:  # the format alone, no cue
            add(rng.choice(PHONE_NO_CUE[half]), value, "id bare", "NATIONAL_ID", module.__name__.split(".", 1)[1])
        else:
            add(rng.choice(ID_TEMPLATES[half]), value, "id cue", "NATIONAL_ID", module.__name__.split(".", 1)[1], cue)
        k += 1
    locales = [loc for loc in AVAILABLE_LOCALES if "_" in loc and half_of(loc.rsplit("_", 1)[1]) == half]
    fakers = [Faker(loc) for loc in locales]
    for f in fakers:
        f.seed_instance(rng.randrange(10**9))
    k = 0
    while k < n:
        faker = rng.choice(fakers)
        method, cue = rng.choice(FAKER_IDS)
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # a provider prints a note
                value = str(getattr(faker, method)())
        except AttributeError:
            continue
        if sum(c.isdigit() for c in value) < 5:
            continue
        add(rng.choice(ID_TEMPLATES[half]), value, "faker id cue", "NATIONAL_ID", f"faker {method}", cue)
        k += 1
    ordinary = ORDINARY_TEMPLATES + CUE_ORDINARY
    for _ in range(n):
        template, fn, kind = rng.choice(ordinary)
        value = _date(rng) if fn is None else fn(rng)
        add(template.replace("{}", "{v}", 1).replace("{}", _date(rng)), value, "ordinary", "ORDINARY", kind)
    return out


def main() -> None:
    args = parse_args(__doc__, 500, ("a", "b"))
    from scrub_chat_eval import marked

    samples = generate(args.n, args.half)
    tally, misses, wrong = Tally(), [], []
    for sample, results in zip(samples, scrub_direct(samples)):
        text, ordinary = sample["text"], sample["group"] == "ordinary"
        mask = marked(text, [(r.start, r.end) for r in results])
        as_contact = marked(text, [(r.start, r.end) for r in results if r.entity_type in _CONTACT_TYPES])
        for start, end in sample["spans"]:
            bad = any(mask[start:end]) if ordinary else not any(mask[start:end])
            if ordinary:
                tally.count(("ordinary", "as a phone, id or account"), any(as_contact[start:end]))
            for key in ((sample["group"], "all"), (sample["group"], sample["source"].split(".")[0])):
                tally.count(key, bad)
            if bad:
                (wrong if ordinary else misses).append((sample["source"], text[start:end], text))
    summary_kinds = ("all", "as a phone, id or account")
    rows = (tally.table_rows(lambda g, k, a, b: k in summary_kinds)
            + tally.table_rows(lambda g, k, a, b: k not in summary_kinds and b >= 5 and a))
    shown = ([f"miss {source:>24}  {value!r:30} in {text!r}" for source, value, text in misses[:args.show_misses]]
             + [f"marked ordinary {source:>20}  {value!r:30} in {text!r}"
                for source, value, text in wrong[:args.show_kept_wrong]])
    report("ids12", args, tally, f"ids12 half {args.half}: % surviving whole (ordinary: % marked)",
           ["group / source", "values", "%"], rows, shown)


if __name__ == "__main__":
    main()
