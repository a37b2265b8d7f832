"""Phones and national ids of many countries: a dev set (looked at, tuned on).

    PYTHONPATH=. SCRUB_BANKING77_DIR=... python benchmarks/scrub_ids_eval.py [--seed 2027]   # survival table
    PYTHONPATH=. python benchmarks/scrub_ids_eval.py --show-misses 40 [--show-kept-wrong 40]

Made for the phone and id recognizers that use libraries (libphonenumber,
python-stdnum) instead of per-country patterns, and for the recognizer of
identifier-shaped numbers with no cue (``client/scrub/numbers.py``). Values
come only from the dev side:

* regions (``DEV_REGIONS``): every region libphonenumber knows whose country
  is no held-out part's (the countries of ``scrub_data``'s held-out locales
  1 to 5 are left out: IN NP BD LK TH IL IR JO PS DZ ET and the others);
* phones: ``phonenumbers``' example numbers of those regions (fixed line and
  mobile, national and international forms, with the digits after the first
  three replaced at random), and Faker's ``phone_number()`` of dev locales
  (``DEV_LOCALES``: ``scrub_data.DEV_WIDE_LOCALES`` less the held-out
  countries), a different source, reported apart (``faker phones``);
* ids: Faker's national ids of dev locales (``ssn()``, ``nif()``, ``rut()``,
  ``cpf()``, ...), passport numbers and tax (VAT) numbers.

Four groups of texts, with templates written here:

* ``cue``: a phone or id after a word saying what it is ("call me on",
  "my id number is");
* ``no cue``: the same values with no word naming a phone or an id anywhere
  in the text ("ping 0176 2345 6789 anytime", "here you go: 92138303G"); the
  templates are checked at import against every context word of the
  scrubber's phone, id and account recognizers (as substrings, as Presidio
  matches them);
* ``banking77``: the phones and ids beside a real BANKING77 *train* query
  (``$SCRUB_BANKING77_DIR``; after it or before it, joined by a space, a
  full stop, a dash or a comma), so the words around a value are nobody's
  here; the group is left out when the data is missing;
* ``world cue a`` / ``b``: personal and tax numbers of other countries
  after the cue word their owners type ("cnic", "tckn", "sss", "curp",
  "pan"), values by shape (``WORLD_SHAPES``), templates ``a`` tuned on and
  ``b`` never (session 11);
* ``ordinary``: numbers a chat holds that must stay: amounts in many styles,
  dates, times, last four digits of a card, counts, years and year ranges,
  percentages, quantities with a unit, versions and product words, order and
  ticket references, big counts. Each is counted as over-scrubbed if any
  character of it is marked (direct identifiers only: a date is a
  quasi-identifier the default policy removes on purpose).

Half the texts are lower-cased, as in the chat parts. Writes
``benchmarks/results/scrub_ids_dev.json`` (``--out`` another name).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_data  # noqa: E402
from helpers import RESULTS, table  # noqa: E402

SEED = 8123


def _country(locale: str) -> str:
    return locale.rsplit("_", 1)[-1].upper() if "_" in locale else ""


_HELDOUT_COUNTRIES = {_country(loc) for loc in scrub_data.HELDOUT_LOCALES + scrub_data.HELDOUT2_LOCALES
                      + scrub_data.HELDOUT3_LOCALES + scrub_data.HELDOUT4_LOCALES
                      + scrub_data.HELDOUT5_LOCALES} - {""}
DEV_LOCALES = tuple(dict.fromkeys(loc for loc in scrub_data.DEV_WIDE_LOCALES
                                  if _country(loc) not in _HELDOUT_COUNTRIES))


def _dev_regions() -> tuple[str, ...]:
    import phonenumbers

    return tuple(sorted(r for r in phonenumbers.SUPPORTED_REGIONS if r not in _HELDOUT_COUNTRIES))


# Faker's national-id methods of dev locales (locale, method).
_ID_METHODS = (("es_ES", "nif"), ("es_ES", "nie"), ("es_CL", "rut"), ("es_CO", "nuip"),
               ("pl_PL", "pesel"), ("pl_PL", "nip"), ("pt_BR", "cpf"), ("pt_BR", "rg"),
               ("es_AR", "dni"), ("es_AR", "cuit"))

PHONE_TEMPLATES = [
    "call me on {}",
    "my phone is {} if the chat drops",
    "you can reach me at {} after 6",
    "whatsapp {} please",
    "my new mobile number: {}",
    "tel. {}",
    "{} is my number, text me the code",
    "i changed my number to {} last week, please update it",
    "the sms went to {} which is my old phone",
    "please ring my wife on {} she has the card",
    "contact: {}",
    "hi, {} here, my card got blocked",
    "can you call back {} before noon",
    "Please update my contact number to {} thanks",
    "number on the account should be {}",
    "the verification code was sent to {} but never arrived",
]
ID_TEMPLATES = [
    "my id number is {}",
    "national id {}",
    "id: {}",
    "here is my personal number {} for the verification",
    "passport no {}",
    "my tax number is {} if you need it",
    "dni {}",
    "the document number on my id card is {}",
    "my identity card number: {}",
    "for kyc, my citizen id is {}",
    "social security number {}, please check",
    "i typed my id {} and the app said invalid",
    "verification failed with my national identity number {}",
    "personal code {}",
]
# No word here names a phone or an id (checked below).
PHONE_TEMPLATES_NO_CUE = [
    "ping {} anytime",
    "hmu {} after work",
    "{}",
    "{} thx",
    "it's {} now, the old one is gone",
    "try {} tomorrow after lunch",
    "use {} from now on please",
    "you can get me on {} until friday",
    "Hi there, {} here. My card got stuck in the machine",
    "so {} is the right one, not the other",
    "ok {}",
    "Still stuck. {}",
    "if you lose me try {} or my wife",
    "Here you go: {}",
    "i am on {} all day",
    "best way to get hold of me is {}",
]
ID_TEMPLATES_NO_CUE = [
    "{}",
    "here you go: {}",
    "it's {} on the card",
    "{} - that's what is printed on it",
    "the one from the letter: {}",
    "Please check {} and let me know what went wrong",
    "mine is {}",
    "I typed {} and it failed",
    "copied it right: {}",
    "ok so {} then",
    "Is {} right?",
    "for the form, {}",
]


def _no_cue_check() -> None:
    """Fail if a no-cue template holds a context word of the scrubber's
    phone, id, account or postcode recognizers (Presidio matches them as
    substrings of the words around a value)."""
    from client.scrub.ids import _ID_CUES, _PHONE_WORDS
    from client.scrub.patterns import _pattern_recognizers

    kinds = {"PHONE_NUMBER", "NATIONAL_ID", "BANK_ACCOUNT"}
    words = {w.lower() for r in _pattern_recognizers() if kinds & set(r.supported_entities)
             for w in (r.context or ())}
    words |= set(_PHONE_WORDS) | {"call", "id", "number", "no", "passport", "phone", "account"}
    cues = re.compile(rf"(?i)\b(?:{'|'.join(_ID_CUES)})\b")
    for template in PHONE_TEMPLATES_NO_CUE + ID_TEMPLATES_NO_CUE:
        for word in re.findall(r"\w+", template.lower()):
            bad = [w for w in words if len(w) > 2 and w in word] + [w for w in words if w == word]
            if bad or cues.search(template):
                raise RuntimeError(f"a no-cue template holds a cue word ({', '.join(sorted(set(bad)))}): {template}")


def _money(rng):
    n = rng.randint(100, 9_999_999)
    cents = rng.randint(0, 99)
    return rng.choice([
        f"£{n:,}.{cents:02d}", f"${n:,}", f"€{n:,}.{cents:02d}", f"USD {n:,}.{cents:02d}",
        f"{n:,} euros", f"{n:,}.{cents:02d} eur", f"{n:,} dollars",
        f"{n:,}".replace(",", ".") + f",{cents:02d} €", f"{n:,}".replace(",", " ") + " EUR",
        f"{n:,}".replace(",", ".") + " kr", f"rs. {n}", f"{n} rupees", f"{n} pounds", f"${n}",
        f"£{n // 100}", f"{rng.randint(5, 5000)} euros", f"CHF {n:,}".replace(",", "'"),
        f"{n:,}.{cents:02d}", f"{n // 100}.{cents:02d}",
    ])


def _date(rng):
    y, m, d = rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{m:02d}/{d:02d}/{y}",
                       f"{d:02d}-{m:02d}-{y}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                       f"{d}/{m}/{y % 100:02d}"])


def _time(rng):
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice([f"{h:02d}:{m:02d}", f"{h % 12 + 1}.{m:02d}pm", f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}",
                       f"{h % 12 + 1}:{m:02d} am"])


def _quantity(rng):
    unit = rng.choice(["km", "kg", "mb", "GB", "steps", "points", "miles", "followers", "views", "litres",
                       "people", "users", "pcs", "mAh", "words", "calories", "tokens", "shares", "m2", "sq ft"])
    n = rng.choice([rng.randint(2, 999), rng.randint(1000, 99_999), rng.randint(100_000, 9_999_999)])
    return rng.choice([f"{n} {unit}", f"{n}{unit}", f"{n:,} {unit}", f"{n:,}".replace(",", " ") + f" {unit}"])


ORDINARY_TEMPLATES = [
    ("i paid {} for it and it never arrived", _money, "amount"),
    ("the transfer of {} is still pending", _money, "amount"),
    ("why was i charged {} twice?", _money, "amount"),
    ("Balance shows {} but it should be more", _money, "amount"),
    ("top up {} please", lambda r: str(r.choice([20, 50, 100, 250, 500, 1000, 2500])), "count"),
    ("the payment on {} has not gone through", _date, "date"),
    ("I opened the account on {}", _date, "date"),
    ("statement from {} to {}", None, "date"),
    ("it happened at {} yesterday", _time, "time"),
    ("the branch opens at {}", _time, "time"),
    ("card ending {} was declined", lambda r: f"{r.randint(0, 9999):04d}", "card last four"),
    ("the last 4 digits are {}", lambda r: f"{r.randint(0, 9999):04d}", "card last four"),
    ("i ordered {} cards for my team", lambda r: str(r.randint(2, 40)), "count"),
    ("there are {} transactions i don't recognise", lambda r: str(r.randint(2, 300)), "count"),
    ("i have been a customer since {}", lambda r: str(r.randint(1970, 2025)), "year"),
    ("my statements for {} are missing", lambda r: r.choice(
        [f"{y}-{y + 1}" for y in range(1990, 2025)] + [f"{y}/{y % 100 + 1:02d}" for y in range(1990, 2025)]
        + [f"{y}-{y + r.randint(2, 9)}" for y in range(1990, 2020)]), "year range"),
    ("the rate went up {}", lambda r: r.choice(
        [f"{r.randint(1, 99)}%", f"{r.randint(1, 20)}.{r.randint(0, 99)}%", f"{r.randint(1, 99)} percent",
         f"{r.randint(1, 99)} per cent"]), "percentage"),
    ("my phone tracked {} today", _quantity, "quantity with a unit"),
    ("the file is {} and won't upload", _quantity, "quantity with a unit"),
    ("we have {} on the plan", _quantity, "quantity with a unit"),
    ("the app version is {}", lambda r: r.choice(
        [f"{r.randint(1, 20)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"v{r.randint(1, 9)}.{r.randint(0, 99)}",
         f"{r.randint(10, 30)}.{r.randint(0, 9)}.{r.randint(1000, 99999)}"]), "version"),
    ("my {} won't connect to the app", lambda r: r.choice(
        ["iphone 11", "iphone11", "iPhone 15 Pro", "ps5", "galaxy s23", "pixel 8a", "windows 10", "3ds", "rtx 4090",
         "macbook m2", "tab a8", "moto g54", "redmi note 13", "xbox 360"]), "product word"),
    ("i can't pay because of {}", lambda r: r.choice(
        ["covid19", "covid-19", "the 4g outage", "the a1 network", "an mp3 file", "windows 11", "error 404",
         "error code 0x80070005", "the y2k bug", "the 2008 crash"]), "product word"),
    ("the refund takes {}", lambda r: r.choice(["3-5 business days", "24 hours", "7 to 10 days", "48h", "2 weeks",
                                               "24/7 support", "up to 120 days"]), "duration"),
    ("the score was {} last night", lambda r: f"{r.randint(0, 9)}-{r.randint(0, 9)}", "score or rating"),
    ("rated it {}", lambda r: r.choice([f"{r.randint(1, 5)}/5", f"{r.randint(1, 9)}.{r.randint(0, 9)}/10",
                                        f"{r.randint(1, 5)} stars"]), "score or rating"),
    ("we need {} signatures on the form", lambda r: str(r.randint(2, 12)), "count"),
    ("We are {} in the queue", lambda r: r.choice(["number 12", "no. 4", "#37", "3rd", "21st"]), "count"),
    ("it costs {} a month", _money, "amount"),
    ("the limit is {} per day", _money, "amount"),
    ("my order {} never arrived", lambda r: str(r.randint(10**6, 10**9)), "order or ticket reference"),
    ("ticket {} is still open", lambda r: f"{r.randint(10**6, 10**8)}", "order or ticket reference"),
    ("the city has {} people now", lambda r: str(r.randint(10**6, 10**8)), "big count"),
    ("that video got {} views", lambda r: str(r.randint(10**6, 10**8)), "big count"),
    ("the jackpot this week was {}", lambda r: str(r.randint(10**6, 10**8)), "big count"),
]


# Session 11: personal and tax numbers of other countries after the cue word
# their owners type, values by shape ("#" a digit, "A" a letter; written
# here, no checksum). Templates "a" were tuned on, "b" never.
WORLD_SHAPES = (
    ("cnic", "#####-#######-#"), ("nic", "#########V"), ("nic", "############"), ("nid", "##########"),
    ("nid", "#############"), ("tckn", "###########"), ("cpf", "###.###.###-##"), ("rrn", "######-#######"),
    ("nik", "################"), ("curp", "AAAA######AAAAAA##"), ("inn", "############"),
    ("snils", "###-###-### ##"), ("pan", "AAAAA####A"), ("tin", "###-###-###-###"), ("sss", "##-#######-#"),
    ("philhealth", "##-#########-#"), ("umid", "CRN-####-#######-#"), ("aadhaar", "#### #### ####"),
    ("bvn", "###########"), ("nin", "###########"), ("iqama", "##########"), ("emirates id", "###-####-#######-#"),
    ("kra pin", "A#########A"), ("npwp", "##.###.###.#-###.###"), ("ktp", "################"),
    ("mykad", "######-##-####"), ("nric", "A#######A"), ("rfc", "AAAA######AAA"), ("ruc", "###########"),
)
WORLD_TEMPLATES = {
    "a": ["my {c} is {v}", "{c}: {v}", "{c} no. {v}", "here is my {c} number {v} for kyc", "{C} {v}"],
    "b": ["the {c} on my card reads {v}", "pls verify {c} {v} asap", "{c}#{v}", "my {c} number: {v} thanks",
          "{C} - {v}, name as on the card"],
}


def _world(rng: random.Random, half: str):
    cue, shape = rng.choice(WORLD_SHAPES)
    value = "".join(rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A"
                    else c for c in shape)
    template = rng.choice(WORLD_TEMPLATES[half]).replace("{c}", cue).replace("{C}", cue.upper()).replace("{v}", "{}")
    return template, value, cue


def _phones(rng: random.Random, regions):
    import phonenumbers
    from faker import Faker
    from phonenumbers import PhoneNumberFormat as F
    from phonenumbers import PhoneNumberType as T

    fakers = [Faker(loc) for loc in DEV_LOCALES]
    for f in fakers:
        f.seed_instance(SEED)
    while True:
        if rng.random() < 0.3:
            yield rng.choice(fakers).phone_number(), "faker phone"
            continue
        region = rng.choice(regions)
        example = phonenumbers.example_number_for_type(region, rng.choice((T.FIXED_LINE, T.MOBILE)))
        if example is None:
            continue
        national = str(example.national_number)
        digits = national[:3] + "".join(rng.choice("0123456789") for _ in national[3:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        form = rng.choice((F.NATIONAL, F.NATIONAL, F.INTERNATIONAL, F.E164))
        yield phonenumbers.format_number(number, form), "phonenumbers " + (
            "national" if form == F.NATIONAL else "international")


def _ids(rng: random.Random):
    from faker import Faker

    fakers = {loc: Faker(loc) for loc in DEV_LOCALES}
    for f in fakers.values():
        f.seed_instance(SEED)
    while True:
        draw = rng.random()
        if draw < 0.4:
            loc, method = rng.choice(_ID_METHODS)
            yield str(getattr(fakers[loc], method)()), "faker national id"
            continue
        if draw < 0.6:
            faker = rng.choice(list(fakers.values()))
            value = faker.passport_number() if rng.random() < 0.5 or not hasattr(faker, "vat_id") else faker.vat_id()
            yield value, "faker passport / vat"
            continue
        value = rng.choice(list(fakers.values())).ssn()
        if len(value) == 11 and value[3] == "-" and value[6] == "-":
            continue  # Faker's en_US fallback: the US SSN shape, covered elsewhere
        yield value, "faker national id"


def _fill(template: str, values: list[str], rng: random.Random) -> dict:
    text, spans, rest = "", [], template
    for value in values:
        head, rest = rest.split("{}", 1)
        text += head
        spans.append((len(text), len(text) + len(value)))
        text += value
    text += rest
    if rng.random() < 0.5:
        text = text.lower()
    return {"text": text, "spans": spans}


def _banking77_train() -> list[str]:
    """BANKING77 *train* queries (real text nobody here wrote, which no
    held-out part uses), or none when the folder is missing."""
    import csv

    path = scrub_data.banking77_dir() / "train.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [row["text"].strip() for row in csv.DictReader(f) if row["text"].strip()]


# How a value sits beside a real query: after it, before it.
_JOINS = ("{q} {v}", "{q}. {v}", "{q} - {v}", "{q}, {v}", "{v} {q}", "{v}. {q}", "{v} - {q}")


def generate(n: int, seed: int = SEED) -> list[dict]:
    """``n`` texts of each group: cue, no cue, ordinary, and BANKING77
    queries with a value beside them (``banking77``) when the data is there."""
    rng = random.Random(seed)
    regions = _dev_regions()
    phones, ids = _phones(rng, regions), _ids(rng)
    out = []
    for k in range(2 * n):
        cue = k < n
        if k % 2 == 0:
            templates, (value, source), kind = (PHONE_TEMPLATES if cue else PHONE_TEMPLATES_NO_CUE), next(phones), \
                "PHONE_NUMBER"
        else:
            templates, (value, source), kind = (ID_TEMPLATES if cue else ID_TEMPLATES_NO_CUE), next(ids), "NATIONAL_ID"
        sample = _fill(rng.choice(templates), [value], rng)
        sample.update(group="cue" if cue else "no cue", type=kind, source=source)
        out.append(sample)
    for _ in range(n):
        template, fn, kind = rng.choice(ORDINARY_TEMPLATES)
        values = [_date(rng), _date(rng)] if fn is None else [fn(rng)]
        sample = _fill(template, values, rng)
        sample.update(group="ordinary", type="ORDINARY", source=kind)
        out.append(sample)
    queries = _banking77_train()
    for k in range(n if queries else 0):
        (value, source), kind = (next(phones), "PHONE_NUMBER") if k % 2 == 0 else (next(ids), "NATIONAL_ID")
        query = rng.choice(queries)
        template = rng.choice(_JOINS).replace("{q}", query.replace("{", "(").replace("}", ")")).replace("{v}", "{}")
        sample = _fill(template, [value], rng)
        sample.update(group="banking77", type=kind, source=source)
        out.append(sample)
    for k in range(n):
        half = "ab"[k % 2]
        template, value, _ = _world(rng, half)
        sample = _fill(template, [value], rng)
        sample.update(group=f"world cue {half}", type="NATIONAL_ID", source="shape after its cue")
        out.append(sample)
    return out


_WORD = re.compile(r"\w+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000, help="texts per group (cue, no cue, ordinary)")
    parser.add_argument("--show-misses", type=int, default=0, help="print surviving phones and ids")
    parser.add_argument("--show-kept-wrong", type=int, default=0, help="print ordinary numbers that were marked")
    parser.add_argument("--out", default="scrub_ids_dev.json", help="file name under benchmarks/results")
    parser.add_argument("--seed", type=int, default=SEED, help="other values and draws, same templates")
    args = parser.parse_args()
    from scrub_chat_eval import marked

    from client import scrub

    _no_cue_check()
    samples = generate(args.n, args.seed)
    # Direct identifiers only: dates are a quasi-identifier the default policy removes on purpose.
    found = scrub.analyze_texts([s["text"] for s in samples], entities=scrub.DIRECT_IDENTIFIERS, batch_size=256)
    rows: dict[tuple, list[int]] = {}
    words = [0, 0]
    misses, wrong = [], []
    for sample, results in zip(samples, found):
        text = sample["text"]
        mask = marked(text, [(r.start, r.end) for r in results])
        gold = marked(text, sample["spans"]) if sample["group"] != "ordinary" else bytearray(len(text))
        for start, end in sample["spans"]:
            hit = any(mask[start:end])
            bad = hit if sample["group"] == "ordinary" else not hit
            for key in ((sample["group"], sample["type"]), (sample["group"], sample["source"])):
                rows.setdefault(key, [0, 0])
                rows[key][0] += bad
                rows[key][1] += 1
            if bad:
                (wrong if sample["group"] == "ordinary" else misses).append((sample["source"], text[start:end], text))
        for w in _WORD.finditer(text):
            if not any(gold[w.start():w.end()]):
                words[0] += any(mask[w.start():w.end()])
                words[1] += 1
    pct = {f"{g} / {k}": round(100 * a / max(b, 1), 1) for (g, k), (a, b) in rows.items()}
    table(f"dev phones and ids ({len(_dev_regions())} regions): % surviving whole (cue, no cue); "
          f"ordinary numbers: % marked (any character)",
          ["group / what", "values", "privatune"],
          [[f"{g} / {k}", b, pct[f"{g} / {k}"]] for (g, k), (a, b) in sorted(rows.items())]
          + [["words outside phones and ids removed", words[1], round(100 * words[0] / max(words[1], 1), 1)]])
    for source, value, text in misses[:args.show_misses]:
        print(f"miss {source:>24}  {value!r:30} in {text!r}")
    for source, value, text in wrong[:args.show_kept_wrong]:
        print(f"marked ordinary  {value!r:30} in {text!r}")
    out = RESULTS / args.out
    out.write_text(json.dumps({"n_per_group": args.n, "seed": args.seed, "regions": _dev_regions(), "pct": pct,
                               "words_removed_pct": round(100 * words[0] / max(words[1], 1), 1)},
                              indent=2) + "\n")
    print(f"results: {out}")


if __name__ == "__main__":
    main()
