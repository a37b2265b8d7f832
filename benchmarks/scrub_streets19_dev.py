"""Dev set for the street-address words left after scrubbing, session 19 (streets19).

    PYTHONPATH=. python benchmarks/scrub_streets19_dev.py [-n 400] [--half a|b] [--show-misses 40]
        [--show-controls] [--parts]

A street address is found in pieces more often than whole: the house number, the
unit ("apt 4", "piso 2", "blok c"), a street-type word of another language ("calle",
"jalan", "utca", "sokak", "duong"), a street named with English words or several
words, the district, the town and region after it, or a street with no number at
all. This set writes whole address lines in many countries' orders, with and
without house numbers, units, districts, towns, regions, postcodes and countries,
commas or none, four in five lower case, one label per line (STREET_ADDRESS, as the
dev parts label them), in chat frames ending with a BANKING77 query. One text in
five is a control that must stay ("main reason", "on the way", "the road to
recovery", "my flat is cold", "2nd floor meeting", "block my card", "unit price").

``--parts`` prints, per part of the address (number, street word, street name,
unit, district, town, region, postcode, country), the share of its words left.

Values: street names, surnames, towns, regions and postcodes from Faker's locale
providers (MIT), transliterated with anyascii; street, unit and district words and
the orders of parts per country written here from general knowledge. Half ``a``
is tuned on; half ``b`` has other countries (other locales), other orders and other
frames, and is reported once at the start and once at the end, never tuned on.
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
        "us": ("en_US", [], ["street", "st", "ave", "avenue", "road", "blvd", "drive", "lane", "court"],
               ["apt", "suite", "unit", "#", "apartment"], ["{} heights", "east {}"], "usa"),
        "gb": ("en_GB", [], ["road", "lane", "close", "crescent", "street", "gardens", "way"],
               ["flat", "unit", "flat no"], ["{} green", "{} park"], "uk"),
        "es": ("es_ES", ["calle", "c/", "avda", "avenida", "paseo", "plaza"], [],
               ["piso", "puerta", "esc", "bajo"], ["barrio {}", "urb. {}"], "spain"),
        "br": ("pt_BR", ["rua", "av.", "avenida", "travessa", "estrada"], [],
               ["apto", "bloco", "casa", "ap"], ["bairro {}", "jardim {}", "vila {}"], "brasil"),
        "it": ("it_IT", ["via", "viale", "piazza", "corso", "vicolo"], [],
               ["int.", "scala", "piano", "interno"], ["frazione {}", "localita {}"], "italia"),
        "pl": ("pl_PL", ["ul.", "ulica", "al.", "aleja", "os."], [],
               ["m.", "lok.", "m", "mieszkanie"], ["osiedle {}", "dzielnica {}"], "polska"),
        "hu": ("hu_HU", [], ["utca", "u.", "ut", "ter", "korut"],
               ["em.", "ajto", "emelet"], ["{} lakotelep", "{}negyed"], "magyarorszag"),
        "id": ("id_ID", ["jl.", "jalan", "gg.", "gang", "jln"], [],
               ["no.", "blok", "rt", "rw"], ["kelurahan {}", "kec. {}", "desa {}"], "indonesia"),
        "tr": ("tr_TR", [], ["sokak", "sok.", "caddesi", "cad.", "sk.", "bulvari"],
               ["daire", "kat", "no", "no:"], ["{} mahallesi", "{} mah."], "turkiye"),
        "vn": ("vi_VN", ["duong", "pho", "ngo", "hem"], [],
               ["so", "phong", "tang", "can ho"], ["phuong {}", "quan {}", "xa {}"], "viet nam"),
        "in": ("en_IN", [], ["road", "marg", "street", "cross road", "main road"],
               ["flat no", "house no", "plot no", "door no"], ["{} nagar", "{} colony", "sector {m}"], "india"),
        "se": ("sv_SE", [], ["gatan+", "vagen+", "gata", "grand"],
               ["lgh", "van", "lagenhet"], ["{}", "{} centrum"], "sverige"),
        "de": ("de_DE", [], ["strasse+", "str.", "weg+", "platz+", "allee"],
               ["whg", "etage", "wohnung", "og"], ["{}-nord", "ortsteil {}"], "deutschland"),
        "my": ("id_ID", ["jalan", "jln", "lorong", "persiaran"], [],
               ["no.", "blok", "unit", "tingkat"], ["taman {}", "kampung {}", "bandar {}"], "malaysia"),
    },
    "b": {
        "au": ("en_AU", [], ["parade", "terrace", "court", "avenue", "place", "highway"],
               ["unit", "level", "shop", "lot"], ["{} heights", "north {}"], "australia"),
        "mx": ("es_MX", ["calle", "av.", "calz.", "privada", "andador", "cerrada"], [],
               ["int.", "depto", "lote", "mz."], ["col. {}", "colonia {}", "fracc. {}"], "mexico"),
        "pt": ("pt_PT", ["rua", "avenida", "largo", "travessa", "praceta"], [],
               ["esq.", "dto", "andar", "r/c"], ["freguesia de {}", "bairro {}"], "portugal"),
        "ro": ("ro_RO", ["str.", "strada", "bd.", "bulevardul", "calea", "aleea", "sos."], [],
               ["bl.", "sc.", "ap.", "et."], ["sector {m}", "cartier {}"], "romania"),
        "cz": ("cs_CZ", [], ["ulice", "namesti", "trida"],
               ["byt", "patro", "c.p."], ["{}-stred", "cast obce {}"], "cesko"),
        "hr": ("hr_HR", ["ulica"], ["ulica", "cesta", "put", "trg"],
               ["kat", "stan"], ["kvart {}", "naselje {}"], "hrvatska"),
        "si": ("sl_SI", [], ["ulica", "cesta", "pot", "trg", "nabrezje"],
               ["nadstropje", "stanovanje"], ["{}", "cetrtna skupnost {}"], "slovenija"),
        "no": ("no_NO", [], ["veien+", "gata+", "vei", "gate", "svingen+"],
               ["leil.", "h0", "oppgang"], ["{}", "{} sentrum"], "norge"),
        "fi": ("fi_FI", [], ["tie+", "katu+", "kuja+", "polku+", "raitti+"],
               ["as.", "a", "b", "rappu"], ["{}", "{}n kaupunginosa"], "suomi"),
        "ph": ("fil_PH", [], ["st.", "street", "ave.", "road", "extension"],
               ["unit", "blk", "lot", "phase"], ["barangay {}", "brgy. {}", "purok {m}"], "philippines"),
        "at": ("de_AT", [], ["gasse+", "strasse+", "platz+", "gasse"],
               ["top", "stiege", "tur", "stock"], ["{}", "bezirk {}"], "osterreich"),
        "dk": ("da_DK", [], ["vej+", "gade+", "alle", "plads"],
               ["st. tv.", "sal", "th", "lejl."], ["{}", "{} by"], "danmark"),
        "ua": ("uk_UA", ["vul.", "vulytsia", "prov.", "prosp.", "bulvar"], [],
               ["kv.", "bud.", "kv", "pid'izd"], ["mikroraion {}", "raion {}"], "ukraina"),
        "cl": ("es_CL", ["pasaje", "avenida", "calle", "camino"], [],
               ["depto", "block", "casa", "oficina"], ["villa {}", "poblacion {}"], "chile"),
    },
}
# English words streets are named with ("church road", "mill lane", "oak tree close").
ENGLISH_NAMES = {"a": "church mill station park high king queen oak elm green bridge hill school market old new".split(),
                 "b": "victoria albert chapel orchard meadow river forest spring north lake cedar maple long golden".split()}
# Orders of parts: {n} house number, {S} street (word and name), {u} unit, {k} district, {t} town,
# {r} region, {p} postcode, {c} country. Shapes with no {n} are streets with no house number.
SHAPES = {
    "a": ["{n} {S}, {u}, {t}, {r} {p}", "{S} {n}, {p} {t}", "{S} {n}, {k}, {t}", "{u}, {n} {S}, {k}, {t}",
          "{S} {n} {u} {k} {t}", "{S}, {k}, {t}", "{S} {t}", "{n} {S} {t} {r}", "{S} no {n}, {k}, {t}, {r}",
          "{S} {n}, {t}, {c}", "{S} {k} {t} {r} {p}", "{u} {S} {n}, {t}", "{S}", "{S} {k}", "{n} {S}",
          "{S} km {m}, {t}", "lot {m} block {m}, {S}, {k}", "{n} {S} {u}"],
    "b": ["{p} {t}, {S} {n}, {u}", "{c}, {r}, {t}, {S} {n}", "{n}/{m} {S} {k} {t}", "{t}, {k}, {S}",
          "{S} {n}-{m}, {t} - {r}", "{S} {n} ({u}), {k}, {t} {p}", "{k}, {S} {n}, {t}", "{S} {n} {t} {c}",
          "{u} {n} {S} {r} {p}", "{S} {t} {r}", "{S} nr. {n} {u} {t}", "{t} {S}", "{S}", "{k} {S}",
          "{S} {n}", "km {m} {S} {t}", "mz {m} lt {m} {S} {k}", "{S} {n}/{m}"],
}
WRAP = {
    "a": ["i live at {v}", "address: {v}", "please send the new card to {v}", "ship to {v} thanks",
          "moved to {v} last month, how do i update it", "my address is {v}", "deliver to {v}",
          "i'm staying on {v} now", "{v} is where the card went", "card was sent to {v} and never came",
          "so its {v}, can you change it", "is it still {v}?", "we rent at {v} and the direct debit failed",
          "my old place was {v}"],
    "b": ["new addr {v}", "statement went to {v} but i moved", "deliver it to {v} pls", "residence - {v}",
          "can u post it to {v}?", "we are at {v} since june", "home = {v}", "the courier left it at {v}",
          "{v} - thats me", "still showing {v} on the app", "they have {v} on file not my new one",
          "parcel for {v} got lost", "why is {v} on my statement"],
}
CONTROLS = {
    "a": ["the main reason is the fee", "i'm on the way to the bank", "the road to recovery is long",
          "my flat is cold and the card is frozen", "2nd floor meeting ran late", "block my card please",
          "the unit price went up", "i paid 12 for 3 items", "send 40 to my sister", "i live on the east side",
          "the street market takes cards", "i moved house last week"],
    "b": ["block the card now", "the unit of 10 costs 4.50", "my apartment rent went out twice",
          "we were on the road all day", "the main street atm ate my card", "i'm at home, 2 payments pending",
          "floor 3 of the app is confusing lol", "lane change on the transfer page", "my street has no atm",
          "i paid 25 at the station", "the park run fee was 5", "way too many fees"],
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
        out[c] = {"N": [w for w in get(f.last_name, 60) if word.fullmatch(w)], "F": get(f.street_name, 30),
                  "T": get(f.city, 25), "R": get(region, 12), "P": get(f.postcode, 25)}
    return out


def _street(rng, half, country, pool) -> str:
    loc, pre, post, *_ = COUNTRIES[half][country]
    r = rng.random()
    if r < 0.25:
        return rng.choice(pool["F"])  # Faker's own street name, its type word as the locale writes it
    if r < 0.4:
        name = " ".join(rng.sample(ENGLISH_NAMES[half], rng.choice([1, 1, 2])))
    elif r < 0.55:
        name = f"{rng.choice(pool['N'])} {rng.choice(pool['N'])}"  # a street of two names
    else:
        name = rng.choice(pool["N"])
    if pre and (not post or rng.random() < 0.6):
        return f"{rng.choice(pre)} {name}"
    word = rng.choice(post)
    if word.endswith("+"):
        return f"{name.replace(' ', '')}{word[:-1]}" if rng.random() < 0.7 else f"{name} {word[:-1]}"
    return f"{name} {word}"


def _unit(rng, half, country) -> str:
    u = rng.choice(COUNTRIES[half][country][3])
    if u in ("a", "b"):
        return f"{u} {rng.randint(1, 40)}"
    if u in ("th", "sal", "st. tv."):
        return f"{rng.randint(1, 5)}. {u}"
    if u == "#":
        return f"#{rng.randint(1, 900)}"
    return f"{u} {rng.randint(1, 60)}{rng.choice(['', '', 'a', 'b'])}"


def _address(rng, half: str, country: str, pool) -> tuple[str, list[tuple[int, int, str]]]:
    """The address line and its parts as (start, end, part)."""
    districts, cname = COUNTRIES[half][country][4], COUNTRIES[half][country][5]
    values = {
        "n": (str(rng.randint(1, 400)) + rng.choice(["", "", "", "a", "b"]), "number"),
        "m": (str(rng.randint(1, 60)), "number"),
        "S": (_street(rng, half, country, pool), "street"),
        "u": (_unit(rng, half, country), "unit"),
        "k": (rng.choice(districts).replace("{m}", str(rng.randint(1, 30))).replace("{}", rng.choice(pool["N"])),
              "district"),
        "t": (rng.choice(pool["T"]), "town"), "r": (rng.choice(pool["R"]), "region"),
        "p": (rng.choice(pool["P"]), "postcode"), "c": (cname, "country"),
    }
    shape = rng.choice(SHAPES[half])
    if rng.random() < 0.3:
        shape = shape.replace(",", "")
    text, parts = "", []
    for piece in re.split(r"(\{\w\})", shape):
        if re.fullmatch(r"\{\w\}", piece):
            value, part = values[piece[1]]
            parts.append((len(text), len(text) + len(value), part))
            text += value
        else:
            text += piece
    return text, parts


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1901, "b": 1902}[half]
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
