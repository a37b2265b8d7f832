"""Dev set for the street-address words left after scrubbing, session 20 (streets20).

    PYTHONPATH=. python benchmarks/scrub_streets20_dev.py [-n 400] [--half a|b] [--show-misses 40]
        [--show-controls] [--parts]

Like scrub_streets19_dev.py, with other countries and other frames: whole address
lines and addresses in part (a street with no number, a house number and unit with
no street), house numbers and units in national shapes ("no. 12-b", "lot 3-6",
"#45-12", "manzana 3 solar 7", "km 4.5 via a ...", "moo 4", "holding no 766"),
the town and postcode after the street, four in five lower case, one label per
line (STREET_ADDRESS, as the dev parts label them), in chat frames ending with a
BANKING77 query. One text in five is a control that must stay.

``--parts`` prints, per part of the address, the share of its words left.

Values: street names, surnames, towns, regions and postcodes from Faker locales no
earlier street round used (a: en_MS, fr_CA, de_CH, fr_DZ, en_NZ; b: fr_CH, en_BD,
tl_PH, ko_KR; MIT), transliterated with anyascii; street, unit and district words
and the orders of parts written here from general knowledge (libpostal's style:
the street word as each country types it). Half ``a`` is tuned on; half ``b`` has
other countries, other orders and other frames, reported once at the start and
once at the end, never tuned on.
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

# Per country: Faker locale, street words before the name, after it (or joined when it
# ends in "+"), unit words, district words ("{}" the name), and the country's name.
COUNTRIES = {
    "a": {
        "my": ("en_MS", ["jalan", "jln", "jln.", "lorong", "lrg", "persiaran", "lebuh"], [],
               ["no.", "lot", "blok", "tingkat", "unit"], ["taman {}", "kampung {}", "bandar {}"], "malaysia"),
        "qc": ("fr_CA", ["rue", "boul.", "boulevard", "chemin", "ch.", "montee", "rang", "cote"], [],
               ["app.", "apt", "bureau", "#", "local"], ["quartier {}", "secteur {}"], "canada"),
        "ch": ("de_CH", [], ["strasse+", "gasse+", "weg+", "rain+", "matte+", "halde+", "str.", "platz"],
               ["whg", "stock", "app", "postfach"], ["{}", "ortsteil {}"], "schweiz"),
        "dz": ("fr_DZ", ["rue", "chemin", "cite", "boulevard", "bd", "lotissement", "hai"], [],
               ["lot", "bt", "bloc", "n°", "logement"], ["cite {}", "quartier {}", "hai {}"], "algerie"),
        "nz": ("en_NZ", [], ["street", "road", "terrace", "crescent", "place", "grove", "rise", "drive"],
               ["flat", "unit", "level", "rd"], ["{} heights", "{} bay"], "new zealand"),
        "co": ("en_MS", ["calle", "carrera", "cra", "cl.", "avenida", "av.", "transversal", "diagonal"], [],
               ["apto", "torre", "casa", "interior"], ["barrio {}", "conjunto {}"], "colombia"),
    },
    "b": {
        "ge": ("fr_CH", ["rue", "chemin", "ch.", "route", "rte", "avenue", "av.", "ruelle", "sentier"], [],
               ["app.", "etage", "case postale", "cp"], ["{}", "quartier {}"], "suisse"),
        "bd": ("en_BD", [], ["road", "rd", "lane", "sorok", "sarak", "goli", "bypass", "avenue"],
               ["house no", "holding no", "flat", "level", "plot"], ["{} para", "sector {m}", "block {L}"],
               "bangladesh"),
        "ph": ("tl_PH", ["kalye", "daang"], ["street", "st.", "road", "avenue", "ave.", "extension"],
               ["blk", "lot", "purok", "sitio", "unit"], ["barangay {}", "brgy. {}", "{} village"], "pilipinas"),
        "kr": ("ko_KR", [], ["-ro+", "-gil+", "-daero+", "ro", "gil", "daero"],
               ["dong", "ho", "cheung"], ["{}-dong", "{}-gu", "{}-si"], "korea"),
        "ec": ("tl_PH", ["calle", "avenida", "av.", "pasaje", "psje.", "via", "callejon"], [],
               ["manzana", "mz.", "solar", "villa", "dpto."], ["ciudadela {}", "cdla. {}", "sector {}"], "ecuador"),
    },
}
# English words streets are named with ("church road", "mill lane", "oak tree close").
ENGLISH_NAMES = {"a": "station harbour kings mount queens hill beach point ridge valley".split(),
                 "b": "river palm mango sunset airport garden central college market lake".split()}
# National house-number shapes: {n} is one of these per text.
NUMBERS = {"a": ["{d}", "{d}", "{d}{l}", "no. {d}", "no {d}-{l}", "{d}/{s}", "lot {s}-{s}", "#{s}-{s}", "{d}-{s}"],
           "b": ["{d}", "{d}", "{d}-{l}", "nr {d}", "n° {d}", "{d}/{s}{l}", "{s}-{s}", "# {s}-{s}", "{d} bis"]}
# Orders of parts: {n} house number, {S} street (word and name), {u} unit, {k} district, {t} town,
# {r} region, {p} postcode, {c} country. Shapes with no {n} are streets with no house number;
# shapes with no {S} a number and unit alone.
SHAPES = {
    "a": ["{n} {S}, {u}, {t} {p}", "{S} {n}, {p} {t}", "{n} {S} {k} {t}", "{u}, {S} {n}, {k}, {p} {t}, {r}",
          "{S}, {t}", "{S} {k}", "{S}", "{n} {S}", "{S} {n}", "{u} {n}, {S}", "{n} {S} {t} {r} {p}",
          "{S} {n} {u}", "km {s}.{s} {S}", "{u}", "{n}, {S}, {k}, {p} {t}", "{S}, {k} {t}"],
    "b": ["{t}, {S} {n}", "{p} {t}, {S} {n}, {u}", "{k}, {S}", "{S} {t} {r}", "{S} {n}/{s} {t}",
          "{u} {n} {S} {k}", "{S}", "{k} {S} {n}", "{n} {S} {u}, {t}", "{S} {n} - {t} - {c}",
          "manzana {s} solar {s}, {k}", "{u}, {k}, {t}", "{S} {n} {p}", "{n} {S}"],
}
WRAP = {
    "a": ["hi my addr is {v}", "card should go to {v}", "i stay at {v}", "billing address {v}",
          "the new one is {v}, pls update", "we relocated to {v} in march", "its {v}", "send the pin to {v}",
          "my postal address: {v}", "i'm at {v} now", "old address was {v} and the new card went there",
          "change it to {v} please", "registered address {v}", "im living in {v}"],
    "b": ["delivery address - {v}", "the letter came to {v} but i dont live there", "hey, {v} is my place",
          "can you courier it to {v}", "i've been at {v} for two years", "update addr to {v}",
          "my mum lives at {v} and she got my card", "{v}, thats the correct one", "please use {v}",
          "home address {v} thx", "wrong address on file, should be {v}", "they sent it to {v} again"],
}
CONTROLS = {
    "a": ["the street food stall took my card", "i'm on the road until friday", "lot of fees this month",
          "unit trust payment failed", "my building manager wants a transfer", "i live near the station lol",
          "the main branch closed at 5", "paid 12 for parking on level 3", "send 50 to mum at home",
          "rue the day i opened this account", "the avenue for complaints is slow", "block 2 payments please"],
    "b": ["my flat mate paid me back", "road trip spending was high", "the plot of the app is confusing",
          "house rules say no cards", "i'm at the mall, card declined", "level 2 verification is stuck",
          "purok of my troubles lol", "sector update broke my transfer", "sent 30 via the app",
          "the lane of the atm was closed", "floor 4 atm ate my card", "i paid 20 at the market"],
}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _pools(half: str, seed: int) -> dict:
    from faker import Faker

    word = re.compile(r"[^\W\d_]{3,}")
    out = {}
    for c, (loc, *_rest) in COUNTRIES[half].items():
        f = Faker(loc)
        f.seed_instance(seed)
        get = lambda fn, k: sorted({_ascii(fn()).strip() for _ in range(k)})  # noqa: E731
        region = f.administrative_unit if hasattr(f, "administrative_unit") else (
            f.state if hasattr(f, "state") else f.city)
        try:
            region()
        except AttributeError:
            region = f.city
        out[c] = {"N": [w.lower() if c == "kr" else w for w in get(f.last_name, 60) if word.fullmatch(w)],
                  "F": [_korean(s) for s in get(f.street_name, 30)] if c == "kr" else get(f.street_name, 30),
                  "T": get(f.city, 25), "R": get(region, 12), "P": get(f.postcode, 25)}
    return out


def _korean(name: str) -> str:
    """A Korean street name as chat types it: "BaegJeGoBun91Lo" -> "baegjegobun 91-ro"."""
    name = name.lower()
    for suffix, typed in (("daelo", "-daero"), ("lo", "-ro"), ("gil", "-gil")):
        if name.endswith(suffix):
            return re.sub(r"(\d+)$", r" \1", name[: -len(suffix)]) + typed
    return name + ("-ro" if len(name) % 2 else "-gil")


def _street(rng, half, country, pool) -> str:
    loc, pre, post, *_ = COUNTRIES[half][country]
    r = rng.random()
    if r < 0.25 and country not in ("co", "ec"):
        return rng.choice(pool["F"])  # Faker's own street name, its type word as the locale writes it
    if r < 0.4:
        name = " ".join(rng.sample(ENGLISH_NAMES[half], rng.choice([1, 1, 2])))
    elif r < 0.55:
        name = f"{rng.choice(pool['N'])} {rng.choice(pool['N'])}"  # a street of two names
    elif country in ("co", "ec") and r < 0.75:
        name = f"{rng.randint(1, 180)}{rng.choice(['', '', 'a', 'b', ' bis', ' sur'])}"  # "calle 45b"
    else:
        name = rng.choice(pool["N"])
    if pre and (not post or rng.random() < 0.6):
        return f"{rng.choice(pre)} {name}"
    word = rng.choice(post)
    if word.endswith("+"):
        return f"{name.replace(' ', '')}{word[:-1]}" if rng.random() < 0.7 else f"{name} {word[:-1].lstrip('-')}"
    return f"{name} {word}"


def _unit(rng, half, country) -> str:
    u = rng.choice(COUNTRIES[half][country][3])
    if u == "#":
        return f"#{rng.randint(1, 900)}"
    if u in ("ho", "dong", "cheung"):
        return f"{rng.randint(1, 30)}{u}" if u != "ho" else f"{rng.randint(101, 1520)}-ho"
    return f"{u} {rng.randint(1, 60)}{rng.choice(['', '', 'a', 'b'])}"


def _number(rng, half) -> str:
    shape = rng.choice(NUMBERS[half])
    return shape.format(d=rng.randint(1, 400), s=rng.randint(1, 60), l=rng.choice("abcd"))


def _address(rng, half: str, country: str, pool) -> tuple[str, list[tuple[int, int, str]]]:
    """The address line and its parts as (start, end, part)."""
    districts, cname = COUNTRIES[half][country][4], COUNTRIES[half][country][5]
    values = {
        "n": (_number(rng, half), "number"),
        "s": (str(rng.randint(1, 60)), "number"),
        "S": (_street(rng, half, country, pool), "street"),
        "u": (_unit(rng, half, country), "unit"),
        "k": (rng.choice(districts).replace("{m}", str(rng.randint(1, 30))).replace("{L}", rng.choice("abcdefg"))
              .replace("{}", rng.choice(pool["N"])), "district"),
        "t": (rng.choice(pool["T"]), "town"), "r": (rng.choice(pool["R"]), "region"),
        "p": (rng.choice(pool["P"]), "postcode"), "c": (cname, "country"),
    }
    shape = rng.choice(SHAPES[half])
    if rng.random() < 0.3:
        shape = shape.replace(",", "")
    text, parts = "", []
    for piece in re.split(r"(\{\w\})", shape):
        if re.fullmatch(r"\{\w\}", piece):
            value, part = values[piece[1]] if piece != "{s}" else (str(rng.randint(1, 60)), "number")
            parts.append((len(text), len(text) + len(value), part))
            text += value
        else:
            text += piece
    return text, parts


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 2001, "b": 2002}[half]
    rng = random.Random(seed)
    pools, carriers = _pools(half, seed), _carriers()
    countries = sorted(COUNTRIES[half])
    out = []
    for i in range(n):
        parts = []
        if i % 5 == 4:
            text, spans = rng.choice(CONTROLS[half]), []
        else:
            country = countries[i % len(countries)]
            v, parts = _address(rng, half, country, pools[country])
            wrap = rng.choice(WRAP[half])
            a = wrap.index("{v}")
            text = wrap.replace("{v}", v)
            spans = [(a, a + len(v), "STREET_ADDRESS")]
            parts = [(a + s, a + e, p) for s, e, p in parts]
        text = text + ". " + rng.choice(carriers)
        if rng.random() < 0.8:
            text = text.lower()
        out.append({"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans],
                    "parts": parts})
    return out


def run(samples):
    from client import scrub

    results = scrub.analyze_texts([s["text"] for s in samples], batch_size=256)
    return [[(r.start, r.end) for r in rs] for rs in results]


def part_survival(samples, spans) -> dict:
    """Per part of the address, the share of its words left (%) and its word count."""
    left, total = {}, {}
    for s, sp in zip(samples, spans):
        mask = bytearray(len(s["text"]))
        for a, b in sp:
            mask[a:b] = b"\x01" * (b - a)
        for a, b, part in s["parts"]:
            for w in re.finditer(r"\w+", s["text"][a:b]):
                total[part] = total.get(part, 0) + 1
                if not all(mask[a + w.start():a + w.end()]):
                    left[part] = left.get(part, 0) + 1
    return {p: (round(100 * left.get(p, 0) / total[p], 1), total[p]) for p in sorted(total)}


def main() -> None:
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="addresses that kept a word")
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    parser.add_argument("--parts", action="store_true", help="words left per part of the address")
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
    parts = part_survival(samples, spans)
    if args.parts:
        for p, (pct, n) in parts.items():
            print(f"  {p:10s} words {n:5d} left {pct:5.1f}%")
    if args.out:
        Path(args.out).write_text(json.dumps({"half": args.half, "n": args.n, **report, "parts": parts,
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
                print("MISS", shown_v, "|", [s["text"][a:b] for a, b in sp])
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))


if __name__ == "__main__":
    main()
