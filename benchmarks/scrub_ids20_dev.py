"""Ids, tax and business numbers and national phones with local names for the number: a dev set in two halves.

    PYTHONPATH=. python benchmarks/scrub_ids20_dev.py --half a [--show-misses 40] [--show-kept-wrong 40]
    PYTHONPATH=. python benchmarks/scrub_ids20_dev.py --half b      # the untouched half: report once, at the end

Session 20 (issue #13: ids and numbers of countries no rule knows, written
with the local name for the number, in groups). Values come only from
libraries nobody here wrote:

* ids: every country module of python-stdnum (personal, tax and business
  numbers; numbers of things left out), a valid number made from the
  module's own doctest examples (as ``scrub_ids13_dev``), written compact,
  as ``format()`` writes it, or in groups of 2-4 joined by spaces, dashes
  or dots. The cue is the module title's name for the number in the
  country's own language ("Rodné číslo", "Registro Único de
  Contribuyentes"), its abbreviation ("RČ", "RUC"), an English name
  ("tax number"), or none; lower case in most frames, as chat is typed.
* phones: a valid fixed or mobile number of a libphonenumber region (an
  example number's digits redrawn until valid) in the region's national
  shape (``format_number(NATIONAL)``, its digits bare, or regrouped with
  dashes, dots or spaces), with a phone cue before it or none.
* ids of Faker's locales: ``ssn()`` of each Faker locale of a country that
  python-stdnum has no module for, with an English cue or none.
* ordinary numbers that must stay: ``scrub_ids12_dev``'s (amounts, counts,
  times, dates, order numbers, with and without id-like words).

The halves are fixed by one rule, written before looking at any figure:
a country is in half ``a`` when its ISO 3166 code sorts before "l"
(python-stdnum's ``ad`` ... ``ke``; libphonenumber's and Faker's regions by
the same rule), else in half ``b``; each half has its own sentence frames.

Scored: % of values surviving whole (no character marked) per group and
shape, and % with a group of digits left whole beside a marked part
("part"); ordinary: % marked. Writes
``benchmarks/results/scrub_ids20_dev_<half>.json``.
"""

from __future__ import annotations

import random
import re
import string
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from direct_dev import Tally, parse_args, report, scrub_direct  # noqa: E402
from scrub_ids12_dev import CUE_ORDINARY  # noqa: E402
from scrub_ids13_dev import _EXAMPLE, _NOT_IDS, _stdnum_value, _valid  # noqa: E402
from scrub_ids_eval import ORDINARY_TEMPLATES, _date  # noqa: E402

SEED = 2020


def half_of(code: str) -> str:
    """'a' for an ISO 3166 code sorting before "l", else 'b'."""
    return "a" if code.lower() < "l" else "b"


# Frames: {c} the cue, {v} the value; each half has its own.
CUE_FRAMES = {
    "a": ["{c} {v}", "my {c} is {v}", "{c}: {v}", "here is my {c} {v} for the form", "ok so {c} {v}, thanks",
          "they asked for the {c}. it's {v}", "{c} - {v} pls check", "{c} no. {v}", "the {c} is {v} i think"],
    "b": ["{c}:{v}", "my {c} is {v} thank you", "{c} {v} if you need it", "sure, {c} {v}", "{c} nr {v}",
          "the {c} on the letter says {v}", "hi, {c}= {v}", "sending {c} {v} now", "{c} #{v}"],
}
BARE_FRAMES = {
    "a": ["{v}", "it's {v}", "here: {v}", "ok {v}", "that would be {v}", "{v} thanks"],
    "b": ["{v}", "sure {v}", "use {v} pls", "yes, {v}", "{v} is the one", "i put {v} on the form"],
}
PHONE_CUES = {
    "a": ["call me on", "my number is", "phone:", "mob", "text me at", "tel", "whatsapp", "my cell"],
    "b": ["ring me on", "contact no.", "phone no", "cel", "reach me at", "mobile:", "telephone", "my phone is"],
}
PHONE_BARE = {
    "a": ["{v}", "it's {v}", "try {v} after 5", "{v} anytime", "ok {v}"],
    "b": ["{v}", "sure {v}", "{v} tomorrow pls", "use {v}", "yes {v}"],
}
ENGLISH_CUES = {
    "personal": ["id number", "national id", "personal number", "id no"],
    "tax": ["tax number", "tax id", "tax no", "vat number"],
    "business": ["company number", "registration number", "business id", "reg no"],
}
_PERSONAL = ("person", "identi", "citizen", "social", "birth", "resident", "health", "insurance", "passport",
             "individual")
_BUSINESS = ("company", "business", "organi", "enterprise", "register", "registr", "legal", "entit", "trade",
             "commercial", "firm")
_ABBREVIATION = re.compile(r"[^\W\d_a-z]{2,6}")
_NAME = re.compile(r"[^\W\d_][\w'. -]{3,60}")


def _country(module) -> str:
    return module.__name__.split(".")[1].rstrip("_")


def _kind(title: str) -> str:
    low = title.lower()
    if any(w in low for w in _PERSONAL):
        return "personal"
    if any(w in low for w in _BUSINESS):
        return "business"
    return "tax"


def _cues(title: str) -> dict[str, list[str]]:
    """The title's abbreviations ("RČ", "NRT") and local names ("Rodné
    číslo", "Número de Registre Tributari"): Latin letters, not English."""
    from client.scrub.words import _english_words

    english = _english_words()
    head, _, inside = title.partition("(")
    names = [w.strip(" .") for w in head.split(",")] + [inside.split(",")[0].strip(" .)")]
    out: dict[str, list[str]] = {"abbr": [], "local": []}
    for name in names:
        name = re.sub(r"\s+(?:No\.?|number)$", "", name)
        if _ABBREVIATION.fullmatch(name):
            out["abbr"].append(name)
        elif _NAME.fullmatch(name) and all(c.isascii() or c.isalpha() for c in name) and \
                any(w.strip(".'").lower() not in english for w in name.split()) and \
                not re.search(r"[^\x00-\u024f]", name):
            out["local"].append(name)
    return out


def _modules(half: str):
    """(module, kind, cues, examples) of the half's stdnum country modules."""
    from stdnum.util import get_number_modules

    for module in get_number_modules():
        parts = module.__name__.split(".")
        if len(parts) != 3 or len(_country(module)) != 2 or _country(module) == "eu":
            continue
        if half_of(_country(module)) != half:
            continue
        title = " ".join((module.__doc__ or "").strip().split("\n\n", 1)[0].split())
        if any(w in title.lower() for w in _NOT_IDS):
            continue
        examples = [e for e in _EXAMPLE.findall(module.__doc__ or "") if _valid(module, e)]
        if examples:
            yield module, _kind(title), _cues(title), examples


def _shape(rng, module, value: str) -> tuple[str, str]:
    """(typed value, shape): compact, formatted, or grouped by a separator."""
    compact = module.compact(value) if hasattr(module, "compact") else value
    form = rng.randrange(4)
    if form == 0 and hasattr(module, "format"):
        try:
            formatted = module.format(compact)
            return formatted, "compact" if formatted.isalnum() else "formatted"
        except Exception:  # noqa: BLE001 - no format for this value
            pass
    if form >= 2 and len(compact) >= 6 and compact.isalnum():
        return _grouped(rng, compact), "grouped"
    return compact, "compact"


def _grouped(rng, digits: str) -> str:
    sep = rng.choice((" ", "-", ".", " ", "-"))
    out, k = [], 0
    while k < len(digits):
        step = rng.choice((2, 3, 3, 4))
        out.append(digits[k:k + step])
        k += step
    if len(out[-1]) == 1 and len(out) > 1:
        out[-2:] = [out[-2] + out[-1]]
    return sep.join(out)


def _phones(rng, half: str):
    """(typed national number, shape, region) of valid fixed and mobile numbers."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat as F
    from phonenumbers import PhoneNumberType as T

    regions = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if half_of(r) == half)
    pool = [(r, t) for r in regions for t in (T.FIXED_LINE, T.MOBILE) if phonenumbers.example_number_for_type(r, t)]
    while True:
        region, kind = rng.choice(pool)
        example = phonenumbers.example_number_for_type(region, kind)
        national, number = str(example.national_number), example
        for _ in range(20):
            digits = national[:3] + "".join(rng.choice(string.digits) for _ in national[3:])
            candidate = phonenumbers.parse(digits, region)
            if phonenumbers.is_valid_number_for_region(candidate, region):
                number = candidate
                break
        typed = phonenumbers.format_number(number, F.NATIONAL)
        form = rng.randrange(4)
        if form == 1:
            typed = "".join(c for c in typed if c.isdigit())
        elif form == 2:
            typed = _grouped(rng, "".join(c for c in typed if c.isdigit()))
        elif form == 3:
            typed = re.sub(r"[ ]", rng.choice(".-"), typed)
        shape = "compact" if typed.isdigit() else "grouped"
        yield typed, shape, region


def _faker_ids(rng, half: str):
    """(ssn, locale) of Faker locales of countries python-stdnum lacks."""
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES
    from stdnum.util import get_number_modules

    known = {_country(m) for m in get_number_modules() if m.__name__.count(".") == 2}
    fakers = []
    for locale in sorted(AVAILABLE_LOCALES):
        country = locale.split("_")[-1].lower()
        if "_" not in locale or country in known or half_of(country) != half:
            continue
        faker = Faker(locale)
        faker.seed_instance(rng.randrange(10**9))
        try:
            value = faker.ssn()
        except Exception:  # noqa: BLE001 - no ssn for this locale
            continue
        if sum(c.isdigit() for c in value) >= 6:
            fakers.append((faker, locale))
    while True:
        faker, locale = rng.choice(fakers)
        yield faker.ssn(), locale


def generate(n: int, half: str, seed: int = SEED) -> list[dict]:
    rng = random.Random(f"{seed}{half}")
    out = []

    def add(template, value, group, shape, source, cue="", lower=True):
        text = template.replace("{c}", cue)
        start = text.index("{v}")
        text = text.replace("{v}", value)
        if lower:
            text = text.lower()
        out.append({"text": text, "span": (start, start + len(value)), "group": group, "shape": shape,
                    "source": source})

    modules = list(_modules(half))
    k = 0
    while k < 3 * n:
        module, kind, cues, examples = rng.choice(modules)
        value = _stdnum_value(rng, module, examples)
        if value is None:
            continue
        value, shape = _shape(rng, module, value)
        shape = ("lettered " if any(c.isalpha() for c in value) else "") + shape
        how = ("local", "abbr", "english", "none")[k % 4]
        source = module.__name__.split(".", 1)[1]
        if how in ("local", "abbr") and not cues[how]:
            how = "english"
        if how == "none":
            add(rng.choice(BARE_FRAMES[half]), value, f"id {kind} none", shape, source)
        else:
            cue = rng.choice(cues[how]) if how != "english" else rng.choice(ENGLISH_CUES[kind])
            add(rng.choice(CUE_FRAMES[half]), value, f"id {kind} {how}", shape, source, cue,
                lower=rng.random() < 0.8)
        k += 1
    phones = _phones(rng, half)
    for k in range(n):
        value, shape, region = next(phones)
        if k % 2:
            add(rng.choice(PHONE_BARE[half]), value, "phone none", shape, region)
        else:
            add(rng.choice(PHONE_CUES[half]) + " {v}", value, "phone cue", shape, region)
    faker_ids = _faker_ids(rng, half)
    for k in range(n // 2):
        value, locale = next(faker_ids)
        shape = "grouped" if re.search(r"\d\W\d", value) else "compact"
        if k % 2:
            add(rng.choice(BARE_FRAMES[half]), value, "faker-ssn none", shape, locale)
        else:
            cue = rng.choice(ENGLISH_CUES["personal"])
            add(rng.choice(CUE_FRAMES[half]), value, "faker-ssn english", shape, locale, cue)
    ordinary = ORDINARY_TEMPLATES + CUE_ORDINARY
    for _ in range(n):
        template, fn, kind = rng.choice(ordinary)
        value = _date(rng) if fn is None else fn(rng)
        add(template.replace("{}", "{v}", 1).replace("{}", _date(rng)), value, "ordinary", "", kind,
            lower=rng.random() < 0.5)
    return out


def _part_kept(text: str, start: int, end: int, mask) -> bool:
    """Something of the value marked and a run of two digits or more left whole."""
    if not any(mask[start:end]):
        return False
    return any(all(not mask[k] for k in range(m.start() + start, m.end() + start))
               for m in re.finditer(r"\d{2,}", text[start:end]))


def main() -> None:
    args = parse_args(__doc__, 400, ("a", "b"), n_help="texts per group (ids: three times)")
    from scrub_chat_eval import marked

    samples = generate(args.n, args.half)
    tally, misses, wrong = Tally(), [], []
    for sample, results in zip(samples, scrub_direct(samples)):
        text, ordinary = sample["text"], sample["group"] == "ordinary"
        start, end = sample["span"]
        mask = marked(text, [(r.start, r.end) for r in results])
        bad = any(mask[start:end]) if ordinary else not any(mask[start:end])
        group = sample["group"]
        keys = [(group.split()[0], "all")] + ([(group, "all")] if " " in group else [])
        if not ordinary:
            keys += [(group.split()[0], "shape " + sample["shape"]), (group.split()[0], "cue " + group.split()[-1])]
            tally.count((group.split()[0], "part kept"), _part_kept(text, start, end, mask))
        for key in keys:
            tally.count(key, bad)
        if bad:
            (wrong if ordinary else misses).append((group, sample["source"], text[start:end], text))
    rows = tally.table_rows(lambda g, k, a, b: True)
    shown = ([f"miss {group:>20} {source:>16}  {value!r:28} in {text!r}"
              for group, source, value, text in misses[:args.show_misses]]
             + [f"marked ordinary {source:>20}  {value!r:24} in {text!r}"
                for group, source, value, text in wrong[:args.show_kept_wrong]])
    report("ids20", args, tally, f"ids20 half {args.half}: % surviving whole (ordinary: % marked)",
           ["group / shape", "values", "%"], rows, shown)


if __name__ == "__main__":
    main()
