"""National ids and phones of every country with local or no cues, and chat handles: a dev set in two halves.

    PYTHONPATH=. python benchmarks/scrub_ids13_dev.py --half 0 [--show-misses 40] [--show-kept-wrong 40]
    PYTHONPATH=. python benchmarks/scrub_ids13_dev.py --half 1      # the untouched half: report once, at the end

Session 13. Values come only from libraries nobody here wrote:

* ids: every country module of python-stdnum whose title names a personal,
  tax, social-security, health or bank number (the filter of
  ``scrub_ids12_dev``), a valid number made as there (random digits, the last
  character tried until ``module.is_valid`` accepts), written as the module's
  ``format()`` writes it, compact, spaced in groups or dashed in groups.
  Cues come from the module's own title only: its abbreviation ("RUT",
  "NIF") and its local name ("Henkilötunnus", "Burgerservicenummer"), in the
  module's spelling or lower case; a third of the values have no cue.
* phones: ``phonenumbers.example_number_for_type`` of every region and every
  number type, the digits after the first three drawn until the number is
  valid, typed as ``scrub_ids12_dev`` types them.
* handles: Faker's ``user_name`` of every Faker locale, after chat cues.
* ordinary numbers that must stay: ``scrub_ids12_dev``'s (amounts, counts,
  times, years, quantities, order numbers).

The split is by country (a stable hash of "ids13:" and the region code) for
ids and phones, by locale and phrasing for handles: half 1 shares no country
with half 0. Wrappers: the cue before, "my X is", after a colon, alone as a
reply, inside a sentence. Scored: % of values surviving whole (no character
marked) per group; ordinary: % marked. Writes
``benchmarks/results/scrub_ids13_dev_<half>.json``.
"""

from __future__ import annotations

import random
import re
import string
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from direct_dev import Tally, parse_args, report, scrub_direct  # noqa: E402
from scrub_ids12_dev import CUE_ORDINARY, _ID_WORDS, _NOT_PERSONAL, _typed_phone  # noqa: E402
from scrub_ids_eval import ORDINARY_TEMPLATES, _date  # noqa: E402

SEED = 1313


def half_of(key: str) -> int:
    """0 or 1, by a stable hash of a country code (or a phrasing's key)."""
    return zlib.crc32(f"ids13:{key.upper()}".encode()) % 2


# Wrappers: {c} the cue, {v} the value. Each half has its own.
CUE_WRAPPERS = {
    0: ["{c} {v}", "my {c} is {v}", "{c}: {v}", "here is my {c} {v} for the form", "ok so {c} {v}, thanks",
        "they asked for the {c}. it's {v}", "{c} - {v} pls check"],
    1: ["{c}:{v}", "my {c} is {v} thank you", "{c} {v} if you need it", "sure, {c} {v}",
        "the {c} on the letter says {v}", "hi, {c}= {v}", "sending {c} {v} now"],
}
BARE_WRAPPERS = {
    0: ["{v}", "it's {v}", "here: {v}", "ok {v}", "that would be {v}", "{v} thanks"],
    1: ["{v}", "sure {v}", "use {v} pls", "yes, {v}", "{v} is the one", "number is {v}"],
}
PHONE_WRAPPERS = {
    0: ["call me on {v}", "{v}", "my number {v}", "text {v} after 5", "reach me at {v}", "ring {v}"],
    1: ["phone: {v}", "{v} anytime", "my cell is {v}", "whatsapp {v}", "try {v} tomorrow", "tel {v}"],
}
HANDLE_WRAPPERS = {
    0: ["user: {v}", "my ig is {v}", "add me on discord {v}", "steam id {v}", "username {v}", "my insta @{v}",
        "dm me on telegram @{v}", "login: {v}", "tiktok {v}", "my snap is {v}"],
    1: ["my username is {v}", "add me on snap {v}", "ig @{v}", "twitter: @{v}", "handle {v}", "psn id {v}",
        "my discord is {v}", "reddit u/{v}", "xbox gamertag {v}", "find me on twitch {v}"],
}


def _country(module) -> str:
    return module.__name__.split(".")[1].rstrip("_")


def _modules(half: int):
    """(module, cues) of the half's countries: cues from the module's title."""
    from stdnum.util import get_number_modules

    for module in get_number_modules():
        parts = module.__name__.split(".")
        if len(parts) != 3 or len(_country(module)) != 2 or _country(module) == "eu":
            continue
        if half_of(_country(module)) != half:
            continue
        title = (module.__doc__ or "").strip().split("\n", 1)[0]
        low = title.lower()
        if any(w in low for w in _NOT_IDS):
            continue
        kind = "personal" if any(w in low for w in _ID_WORDS) and not any(w in low for w in _NOT_PERSONAL) \
            else "business"
        examples = [e for e in _EXAMPLE.findall(module.__doc__ or "") if _valid(module, e)]
        if not examples:
            continue
        head, _, inside = title.partition("(")
        cues = [w.strip(" .") for w in head.split(",")] + [inside.split(",")[0].strip(" .)")]
        cues = [c for c in cues if c and re.fullmatch(r"[^\W\d_][\w\s.'\-]{1,40}", c) and len(c.split()) <= 4
                and not re.search(r"(?i)\b(?:number|code|identifier|the)\b", c) or c and len(c) <= 6]
        yield module, cues or [""], kind, examples


# Numbers of things, not of people or firms, left out.
_NOT_IDS = ("postal", "postcode", "banknote", "securities", "meter", "drug", "receipt", "routing", "classification",
            "nace", "isil", "vehicle", "product", "article", "association")
_EXAMPLE = re.compile(r">>> (?:validate|is_valid|compact|format)\('([^']+)'\)")
_ALPHABET = string.digits + string.ascii_uppercase


def _valid(module, value: str) -> bool:
    try:
        return bool(module.is_valid(value))
    except Exception:  # noqa: BLE001 - a validator's error means "not valid"
        return False


def _stdnum_value(rng, module, examples) -> str | None:
    """A number ``module.is_valid`` accepts, made from one of the module's
    own doctest examples: the digits after a kept head drawn at random, then
    the last one or two characters tried until the validator accepts."""
    for _ in range(30):
        example = rng.choice(examples)
        value = module.compact(example) if hasattr(module, "compact") else example
        keep = rng.randint(0, len(value) // 2)
        chars = [c if k < keep or not c.isdigit() else rng.choice(string.digits) for k, c in enumerate(value)]
        for tail in (1, 2):
            if len(chars) <= keep + tail:
                break
            pool = _ALPHABET if value[-1].isalpha() or tail == 1 else string.digits
            for k in range(min(len(pool) ** tail, 400)):
                a, b = pool[k % len(pool)], pool[(k // len(pool)) % len(pool)]
                guess = "".join(chars[:-tail]) + (a if tail == 1 else b + a)
                if _valid(module, guess):
                    return guess
    return None


def _variant(rng, module, value: str) -> str:
    """The value as the module formats it, compact, spaced or dashed in groups."""
    compact = module.compact(value) if hasattr(module, "compact") else value
    form = rng.randrange(4)
    if form == 0 and hasattr(module, "format"):
        try:
            return module.format(compact)
        except Exception:  # noqa: BLE001 - no format for this value
            return compact
    if form in (2, 3) and len(compact) >= 8 and compact.isalnum():
        size = rng.choice((3, 4))
        groups = [compact[k:k + size] for k in range(0, len(compact), size)]
        return (" " if form == 2 else "-").join(groups)
    return compact


def _phones(rng, half: int):
    import phonenumbers
    from phonenumbers import PhoneNumberType as T

    regions = sorted(r for r in phonenumbers.SUPPORTED_REGIONS if half_of(r) == half)
    types = [getattr(T, t) for t in ("FIXED_LINE", "MOBILE", "TOLL_FREE", "PREMIUM_RATE", "VOIP",
                                     "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL", "SHARED_COST")]
    pool = [(r, t) for r in regions for t in types if phonenumbers.example_number_for_type(r, t)]
    while True:
        region, kind = rng.choice(pool)
        example = phonenumbers.example_number_for_type(region, kind)
        number, national = example, str(example.national_number)
        for _ in range(20):
            digits = national[:3] + "".join(rng.choice(string.digits) for _ in national[3:])
            candidate = phonenumbers.parse("+" + str(example.country_code) + digits)
            if phonenumbers.is_valid_number(candidate):
                number = candidate
                break
        yield _typed_phone(rng, number, phonenumbers), region


def generate(n: int, half: int, seed: int = SEED) -> list[dict]:
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    rng = random.Random(seed + half)
    out = []

    def add(template, value, group, source, cue="", lower=None):
        text = template.replace("{c}", cue)
        start = text.index("{v}")
        text = text.replace("{v}", value)
        if lower if lower is not None else rng.random() < 0.4:
            text = text.lower()
        out.append({"text": text, "span": (start, start + len(value)), "group": group, "source": source})

    modules = list(_modules(half))
    k = 0
    while k < 3 * n:
        module, cues, kind, examples = rng.choice(modules)
        value = _stdnum_value(rng, module, examples)
        if value is None:
            continue
        value = _variant(rng, module, value)
        cue = rng.choice(cues)
        source = module.__name__.split(".", 1)[1]
        if k % 3 == 2 or not cue:
            add(rng.choice(BARE_WRAPPERS[half]), value, f"id {kind} bare", source)
        else:
            add(rng.choice(CUE_WRAPPERS[half]), value, f"id {kind} cue", source, cue)
        k += 1
    phones = _phones(rng, half)
    for _ in range(n):
        value, region = next(phones)
        add(rng.choice(PHONE_WRAPPERS[half]), value, "phone", region)
    locales = [loc for loc in AVAILABLE_LOCALES if half_of("loc:" + loc) == half]
    fakers = [Faker(loc) for loc in locales]
    for f in fakers:
        f.seed_instance(rng.randrange(10**9))
    for _ in range(n):
        faker = rng.choice(fakers)
        value = faker.user_name()
        if rng.random() < 0.3:
            value += str(rng.randint(1, 99))
        add(rng.choice(HANDLE_WRAPPERS[half]), value, "handle", "faker")
    ordinary = ORDINARY_TEMPLATES + CUE_ORDINARY
    for _ in range(n):
        template, fn, kind = rng.choice(ordinary)
        value = _date(rng) if fn is None else fn(rng)
        add(template.replace("{}", "{v}", 1).replace("{}", _date(rng)), value, "ordinary", kind)
    return out


def main() -> None:
    args = parse_args(__doc__, 500, (0, 1), n_help="texts per group (ids: three times)")
    from scrub_chat_eval import marked

    samples = generate(args.n, args.half)
    tally, misses, wrong = Tally(), [], []
    for sample, results in zip(samples, scrub_direct(samples)):
        text, ordinary = sample["text"], sample["group"] == "ordinary"
        start, end = sample["span"]
        mask = marked(text, [(r.start, r.end) for r in results])
        bad = any(mask[start:end]) if ordinary else not any(mask[start:end])
        for key in ((sample["group"], "all"), (sample["group"], sample["source"].split(".")[0])):
            tally.count(key, bad)
        if bad:
            (wrong if ordinary else misses).append((sample["source"], text[start:end], text))
    rows = tally.table_rows(lambda g, k, a, b: k == "all")
    if args.tuned:
        rows += tally.table_rows(lambda g, k, a, b: k != "all" and b >= 5 and a and g.startswith("id"))
    shown = ([f"miss {source:>16}  {value!r:28} in {text!r}" for source, value, text in misses[:args.show_misses]]
             + [f"marked ordinary {source:>20}  {value!r:24} in {text!r}"
                for source, value, text in wrong[:args.show_kept_wrong]])
    report("ids13", args, tally, f"ids13 half {args.half}: % surviving whole (ordinary: % marked)",
           ["group / source", "values", "%"], rows, shown)


if __name__ == "__main__":
    main()
