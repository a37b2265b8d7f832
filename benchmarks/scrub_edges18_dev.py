"""Dev set for the words left at a removed span's edge, session 18 (edges18).

    PYTHONPATH=. python benchmarks/scrub_edges18_dev.py [-n 400] [--half a|b] [--show-misses 40] [--show-controls]

A partly removed identifier leaves words that still identify: the
descriptor or the partner of a firm ("... hospital", "... trading",
"university of ...", "x and y"), the number, unit, district, town, region or
postcode beside a removed street, the first or last word of a place of many
words ("san ...", "... city", "new ..."). This set puts such identifiers in
chat text (four in five lower case), one label each, labelled as the dev parts
label them (benchmarks/scrub_data.py): a firm ORGANIZATION with its descriptor
and legal form (a "the" before it outside), a whole address line STREET_ADDRESS, a place GPE. One text in
five is a control that must stay ("the bank on the corner", "the hospital
was great", "city centre", "and thanks").

Values: surnames, towns, streets, regions, postcodes and firm names from
Faker's locale providers (MIT), transliterated with anyascii; descriptors,
unit and area words and the orders of address parts written here from
general knowledge. Half ``a`` is tuned on; half ``b`` has other countries,
other descriptors, other address orders and other sentence frames, and is
reported once at the start and once at the end, never tuned on.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_chat_eval import score  # noqa: E402
from scrub_quasi_dev import _carriers  # noqa: E402

LOCALES = {"a": ["en_US", "en_GB", "de_DE", "es_ES", "it_IT", "en_IN", "en_PH", "pt_BR", "es_MX", "fr_FR",
                 "id_ID", "pl_PL"],
           "b": ["en_AU", "en_CA", "nl_NL", "es_AR", "es_CO", "en_IE", "ro_RO", "pt_PT", "tr_TR", "en_NZ",
                 "cs_CZ", "sv_SE"]}
DESCRIPTORS = {
    "a": ["hospital", "clinic", "school", "bank", "bakery", "trading", "logistics", "pharmacy", "motors",
          "construction", "academy", "hotel", "dental clinic", "group", "foods", "primary school", "eye hospital",
          "auto parts", "beauty salon", "general store", "travel agency", "law firm", "day care", "savings bank",
          "cooperative", "cafe", "farms", "textile mills", "steel works"],
    "b": ["medical centre", "high school", "credit union", "supermarket", "transport", "engineering", "college",
          "restaurant", "hardware", "travels", "textiles", "enterprises", "garage", "insurance", "polyclinic"],
}
# Everyday words firms are named with ("golden star bakery", "blue river trading").
WORDS = {"a": "golden star sunrise green valley royal metro united global prime blue ocean eagle silver".split(),
         "b": "summit pearl lotus crown harbor maple liberty phoenix zenith coral unity horizon".split()}
# Descriptors written before the name ("hotel ...", "clinica ...").
DESC_FIRST = {"a": ["hotel", "clinica", "farmacia", "banco", "colegio", "hospital", "panaderia", "escola"],
              "b": ["restaurante", "apotheke", "klinik", "hostel", "laboratorio", "ospedale", "cafe", "supermercado"]}
LEGAL = {"a": ["ltd", "llc", "inc", "gmbh", "s.a.", "pvt ltd"], "b": ["limited", "bv", "s.r.l.", "co. ltd", "plc", "pty ltd"]}
ORG_SHAPES = {
    "a": ["{N} {d}", "{T} {d}", "university of {T}", "the {N} group", "{N} and {N}", "{N} & {N} {d}",
          "{C}", "{N} {d} {l}", "{T} {N} {d}", "st {N} {d}", "{W} {W} {d}", "{W} {d} {l}", "{W} and {N}",
          "{N} {W} {d}", "{D} {N}", "{D} {W} {N}"],
    "b": ["{d} {N}", "{T} {d}", "{T} university", "{N} & {N}", "{N} and {N} {d}", "the {N} {d}",
          "{C}", "{N} {N} {d} {l}", "college of {T}", "{N} brothers {d}", "{W} {W} {d}", "{W} {d} {l}",
          "{N} and {W}", "{W} {N} {d}", "{D} {N}", "{D} {N} {N}"],
}
ORG_WRAP = {
    "a": ["i work at {v} since may", "my salary comes from {v}", "got a letter from {v} about my account",
          "{v} charged me twice", "i bank with {v} and the app is down", "transfer to {v} failed",
          "the refund from {v} never came", "i'm a nurse at {v}"],
    "b": ["employer - {v}", "payment to {v} is pending", "they said {v} would call me", "i used to work for {v}",
          "card was declined at {v} yesterday", "invoice from {v} looks wrong", "my wife works at {v}",
          "why did {v} take 40 from me"],
}
# Address parts in each half's orders: {n} number, {S} street, {u} unit, {k} district, {t} town, {r} region,
# {p} postcode, {c} country.
ADDR_SHAPES = {
    "a": ["{n} {S}, {u}, {k}, {t}, {r} {p}", "{S} {n}, {p} {t}, {c}", "{u}, {n} {S}, {t}, {r}", "{S} {n}, {k}, {t}",
          "{n} {S} {u} {t} {r} {p}", "{u} {n} {S}, {k}, {t} {p}", "{S} {n} {u}, {t}, {r}, {c}",
          "{n} {S}, {t} {p}", "{u} {n} {S} {k} {t} {r} {p}", "{n} {S} {t}", "{S} {k} {t} {r}",
          "{S} {n} {t} {p} {c}"],
    "b": ["{p} {t}, {S} {n}, {u}", "{c}, {r}, {t}, {S} {n}", "{u} {n} {S} {k} {t} {p}", "{S}, {n}, {k}, {r}",
          "{n}-{m} {S}, {t} - {r}", "{S} {n} {u}, {k} {t} {p} {c}", "{n} {S} ({u}), {t}", "{t} {p}, {n} {S}", "{u} {S} {n} {t} {r}", "{S} {n} {k}",
          "{n} {S} {r} {p}", "{k} {t} {S} {n} {u}"],
}
UNITS = {"a": ["flat {m}", "apt {m}", "unit {m}b", "floor {m}", "block {L}", "suite {m}", "house no {m}"],
         "b": ["bldg {m}", "apartment {m}", "lvl {m}", "room {m}", "tower {L}", "#{m}", "piso {m}"]}
DISTRICTS = {"a": ["{N} nagar", "sector {m}", "barangay {N}", "{N} estate", "colonia {N}", "east {N}"],
             "b": ["{N} heights", "phase {m}", "barrio {N}", "{N} district", "kelurahan {N}", "north {N}"]}
ADDR_WRAP = {
    "a": ["i live at {v}", "address: {v}", "please send the new card to {v}", "ship to {v} thanks",
          "moved to {v} last month, how do i update it"],
    "b": ["new addr {v}", "statement went to {v} but i moved", "deliver it to {v} pls", "residence - {v}",
          "can u post it to {v}?"],
}
PLACE_SHAPES = {"a": ["san {N}", "{N} city", "new {N}", "{N} district", "{T}", "{R}", "port {N}", "lake {N}"],
                "b": ["santa {N}", "{N} town", "north {N}", "{N} province", "{T}", "{R}", "mount {N}", "el {N}"]}
PLACE_WRAP = {
    "a": ["i'm in {v} right now", "card stopped working when i got to {v}", "atm in {v} ate my card",
          "i moved to {v} last year", "can i use it in {v}"],
    "b": ["travelling to {v} next week", "withdrawal from {v} not recognised", "im from {v} originally",
          "my branch in {v} closed", "we landed in {v} today"],
}
CONTROLS = {
    "a": ["the bank on the corner was closed", "the hospital was great about it", "and thanks for the help",
          "i was in the city centre", "we went to the school run then the bank", "a new card and a new pin",
          "my group chat said the bakery takes cards", "the trading app is slow", "flat fee of 5 on block payments",
          "the lake house rent went out twice"],
    "b": ["the clinic sent a bill and thanks", "a college friend paid me back", "the supermarket took 40 twice",
          "north of the river the atm works", "town hall fees were wrong", "i was at the garage all day",
          "the insurance app keeps crashing", "mount the card in the reader", "my high school id expired",
          "a credit union transfer and a refund"],
}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _pools(half: str, seed: int):
    from faker import Faker

    pools = []
    for loc in LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        word = re.compile(r"[^\W\d_]{3,}")
        get = lambda fn, k: sorted({_ascii(fn()) for _ in range(k)})  # noqa: E731
        region = (lambda: f.administrative_unit()) if hasattr(f, "administrative_unit") else f.city
        try:
            region()
        except AttributeError:
            region = f.city
        pools.append({
            "N": [w for w in get(f.last_name, 40) if word.fullmatch(w)],
            "T": get(f.city, 20), "S": get(f.street_name, 20), "R": get(region, 10),
            "p": get(f.postcode, 20), "C": get(f.company, 20), "c": [_ascii(f.current_country())],
        })
    return pools


def _fill(rng, shape: str, pool: dict, half: str) -> str:
    def one(key: str) -> str:
        if key == "W":
            return rng.choice(WORDS[half])
        if key == "D":
            return rng.choice(DESC_FIRST[half])
        if key == "d":
            return rng.choice(DESCRIPTORS[half])
        if key == "l":
            return rng.choice(LEGAL[half])
        if key == "n":
            return str(rng.randint(1, 999)) + rng.choice(["", "", "", "a", "b"])
        if key == "m":
            return str(rng.randint(1, 60))
        if key == "L":
            return rng.choice("bcdefgh")
        if key == "u":
            return _fill(rng, rng.choice(UNITS[half]), pool, half)
        if key == "k":
            return _fill(rng, rng.choice(DISTRICTS[half]), pool, half)
        if key == "t":
            return rng.choice(pool["T"])
        if key == "r":
            return rng.choice(pool["R"])
        return rng.choice(pool[key])
    return re.sub(r"\{(\w)\}", lambda m: one(m.group(1)), shape)


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1801, "b": 1802}[half]
    rng = random.Random(seed)
    pools, carriers = _pools(half, seed), _carriers()
    kinds = [("ORGANIZATION", ORG_SHAPES, ORG_WRAP), ("STREET_ADDRESS", ADDR_SHAPES, ADDR_WRAP),
             ("GPE", PLACE_SHAPES, PLACE_WRAP)]
    out = []
    for i in range(n):
        if i % 5 == 4:
            text, spans = rng.choice(CONTROLS[half]), []
        else:
            label, shapes, wraps = kinds[i % 5 % 3]
            v = _fill(rng, rng.choice(shapes[half]), pools[i % len(pools)], half).strip()
            wrap = rng.choice(wraps[half])
            a = wrap.index("{v}")
            text = wrap.replace("{v}", v)
            if v.startswith("the "):  # "the" stays outside the label, as in the dev parts
                a, v = a + 4, v[4:]
            spans = [(a, a + len(v), label)]
        text = text + ". " + rng.choice(carriers)
        if rng.random() < 0.8:
            text = text.lower()
        out.append({"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]})
    return out


def run(samples):
    from client import scrub

    results = scrub.analyze_texts([s["text"] for s in samples], batch_size=256)
    return [[(r.start, r.end) for r in rs] for rs in results]


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="identifiers that kept a word")
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()
    samples = build(args.n, args.half)
    spans = run(samples)
    report, _ = score(samples, spans)
    for k, v in report["whole_survival_pct"].items():
        print(f"{k:20s} n={report['counts'][k]:4d} whole {v:5.1f}%  words "
              f"{report['identifying_words_survival_pct_by_type'].get(k)}%")
    print(f"{'identifying words':20s} {report['identifying_words_survival_pct']}%")
    print(f"{'ordinary words removed':20s} {report['ordinary_words_removed_pct']}%")
    controls = sum(1 for s, sp in zip(samples, spans) if not s["spans"] and sp)
    print(f"{'controls with a span':20s} {controls}")
    if args.out:
        Path(args.out).write_text(json.dumps({"half": args.half, "n": args.n, **report,
                                              "controls_with_span": controls}, indent=1))
    shown = 0
    for s, sp in zip(samples, spans):
        mask = bytearray(len(s["text"]))
        for a, b in sp:
            mask[a:b] = b"\x01" * (b - a)
        for g in s["spans"]:
            words = list(re.finditer(r"\w+", s["text"][g["start"]:g["end"]]))
            left = [w for w in words if not all(mask[g["start"] + w.start():g["start"] + w.end()])]
            if left and shown < args.show_misses:
                shown += 1
                shown_v = " ".join(f"[{w.group()}]" if w in left else w.group() for w in words)
                print("MISS", g["type"][:5], shown_v, "|", [s["text"][a:b] for a, b in sp])
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))


if __name__ == "__main__":
    main()
