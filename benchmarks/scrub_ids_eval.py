"""Phones and national ids of many countries: a dev set (looked at, tuned on).

    PYTHONPATH=. python benchmarks/scrub_ids_eval.py                 # survival table
    PYTHONPATH=. python benchmarks/scrub_ids_eval.py --show-misses 40

Made for the phone and id recognizers that use libraries (libphonenumber,
python-stdnum) instead of per-country patterns. Values come only from the dev
side: regions of ``scrub_data.DEV_LOCALES`` / ``DEV_WIDE_LOCALES`` that no
held-out locale's country shares (``DEV_REGIONS``), through
``phonenumbers``' example numbers (fixed line and mobile, national and
international forms, with the digits after the first three replaced at
random) and Faker's ``phone_number()`` and national ids (``ssn()``, ``nif()``,
``rut()``, ``cpf()``, ...) of dev locales. The chat templates below are written
here. Half the texts are lower-cased, as in the chat parts.
Writes ``benchmarks/results/scrub_ids_dev.json`` (``--out`` another name).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_data  # noqa: E402
from helpers import RESULTS, table  # noqa: E402

SEED = 8123


def _country(locale: str) -> str:
    return locale.rsplit("_", 1)[-1].upper() if "_" in locale else ""


_HELDOUT_COUNTRIES = {_country(loc) for loc in scrub_data.HELDOUT_LOCALES + scrub_data.HELDOUT2_LOCALES
                      + scrub_data.HELDOUT3_LOCALES + scrub_data.HELDOUT4_LOCALES}
DEV_LOCALES = tuple(dict.fromkeys(loc for loc in scrub_data.DEV_WIDE_LOCALES
                                  if _country(loc) not in _HELDOUT_COUNTRIES))
DEV_REGIONS = tuple(sorted({_country(loc) for loc in DEV_LOCALES}))
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


def _phones(rng: random.Random):
    import phonenumbers
    from faker import Faker
    from phonenumbers import PhoneNumberFormat as F
    from phonenumbers import PhoneNumberType as T

    fakers = [Faker(loc) for loc in DEV_LOCALES]
    for f in fakers:
        f.seed_instance(SEED)
    while True:
        if rng.random() < 0.3:
            yield rng.choice(fakers).phone_number()
            continue
        region = rng.choice(DEV_REGIONS)
        example = phonenumbers.example_number_for_type(region, rng.choice((T.FIXED_LINE, T.MOBILE)))
        if example is None:
            continue
        national = str(example.national_number)
        digits = national[:3] + "".join(rng.choice("0123456789") for _ in national[3:])
        number = phonenumbers.parse("+" + str(example.country_code) + digits)
        yield phonenumbers.format_number(number, rng.choice((F.NATIONAL, F.NATIONAL, F.INTERNATIONAL, F.E164)))


def _ids(rng: random.Random):
    from faker import Faker

    fakers = {loc: Faker(loc) for loc in DEV_LOCALES}
    for f in fakers.values():
        f.seed_instance(SEED)
    us_ssn = Faker("en_US")
    us_ssn.seed_instance(SEED)
    while True:
        if rng.random() < 0.5:
            loc, method = rng.choice(_ID_METHODS)
            yield str(getattr(fakers[loc], method)())
            continue
        value = rng.choice(list(fakers.values())).ssn()
        if len(value) == 11 and value[3] == "-" and value[6] == "-":
            continue  # Faker's en_US fallback: the US SSN shape, covered elsewhere
        yield value


def generate(n: int) -> list[dict]:
    rng = random.Random(SEED)
    phones, ids = _phones(rng), _ids(rng)
    out = []
    for k in range(n):
        templates, values, kind = ((PHONE_TEMPLATES, phones, "PHONE_NUMBER") if k % 2 == 0
                                   else (ID_TEMPLATES, ids, "NATIONAL_ID"))
        template, value = rng.choice(templates), next(values)
        start = template.index("{}")
        text = template.format(value)
        if rng.random() < 0.5:
            text = text.lower()
        out.append({"text": text, "spans": [{"start": start, "end": start + len(value), "type": kind}]})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--out", default="scrub_ids_dev.json", help="file name under benchmarks/results")
    args = parser.parse_args()
    from scrub_chat_eval import marked

    from client import scrub

    samples = generate(args.n)
    found = scrub.analyze_texts([s["text"] for s in samples], batch_size=256)
    survived = {"PHONE_NUMBER": [0, 0], "NATIONAL_ID": [0, 0]}
    misses = []
    for sample, results in zip(samples, found):
        mask = marked(sample["text"], [(r.start, r.end) for r in results])
        for s in sample["spans"]:
            whole = not any(mask[s["start"]:s["end"]])
            survived[s["type"]][0] += whole
            survived[s["type"]][1] += 1
            if whole:
                misses.append((s["type"], sample["text"]))
    pct = {k: round(100 * a / max(b, 1), 1) for k, (a, b) in survived.items()}
    table(f"dev phones and ids ({len(DEV_REGIONS)} regions), % surviving whole", ["type", "labelled", "privatune"],
          [[k, survived[k][1], pct[k]] for k in survived])
    for kind, text in misses[:args.show_misses]:
        print(f"{kind:>14}  {text!r}")
    out = RESULTS / args.out
    out.write_text(json.dumps({"n": args.n, "regions": DEV_REGIONS, "whole_survival_pct": pct}, indent=2) + "\n")
    print(f"results: {out}")


if __name__ == "__main__":
    main()
