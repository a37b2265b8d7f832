"""Dev set for street addresses in lower-case chat text, whole, session 15 (addr15).

    PYTHONPATH=. python benchmarks/scrub_addr15_dev.py [-n 300] [--half a|b] [--show-misses 40] [--show-controls]

Addresses are many words: a partly removed one leaves several. This set puts
values on the address parts chat types beside a street: unit, flat, floor,
block and box words in many languages, bare house numbers and number-letter
tokens ("12b", "4/2", "17-3"), a town, a region and a postcode after commas,
a street word first or last ("vul. ...", "... gatan"), addresses on form lines
("address: ...", "ship to ..."). Every text is lower case and ends with a
BANKING77 query; one in five is a control (numbers banking text uses: "card
ending 1234", "2 payments", "top up 20") that must stay.

Values: street names, towns and postcodes from Faker's providers (MIT),
transliterated with anyascii; street, unit and box words per country written
here from general knowledge of each country's address style. Half ``a`` is
tuned on; half ``b`` has other countries, other address shapes and other
sentence shapes, and is reported once at the end, never tuned on.
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

# Per country: Faker locale (names, towns, postcodes), street words before (pre) or after (post)
# the name, unit words (flat, floor, building) and how a street and its number go together.
COUNTRIES = {
    "a": {
        "us": ("en_US", [], ["street", "st", "ave", "road", "blvd", "drive"], ["apt", "suite", "unit", "#"], "nsu"),
        "gb": ("en_GB", [], ["road", "lane", "close", "crescent", "street"], ["flat", "unit"], "nsu"),
        "de": ("de_DE", [], ["straße", "str.", "weg"], ["whg", "etage"], "snu"),
        "fr": ("fr_FR", ["rue", "avenue", "bd", "allée"], [], ["apt", "bât", "étage"], "nsu"),
        "es": ("es_ES", ["calle", "c/", "avda"], [], ["piso", "puerta", "esc"], "snu"),
        "it": ("it_IT", ["via", "viale", "piazza"], [], ["int.", "scala", "piano"], "snu"),
        "pl": ("pl_PL", ["ul.", "ulica", "al."], [], ["m.", "lok.", "m"], "snu"),
        "br": ("pt_BR", ["rua", "av.", "travessa"], [], ["apto", "bloco", "casa"], "snu"),
        "nl": ("nl_NL", [], ["straat", "laan", "weg"], ["bus", "app"], "snu"),
        "se": ("sv_SE", [], ["gatan", "vägen"], ["lgh", "vån"], "snu"),
        "tr": ("tr_TR", [], ["sokak", "caddesi", "sk."], ["daire", "kat", "no"], "snu"),
        "in": ("en_IN", [], ["road", "marg", "nagar"], ["flat no", "house no", "plot"], "usn"),
        "id": ("id_ID", ["jl.", "jalan", "gg."], [], ["no.", "rt", "blok"], "snu"),
        "ro": ("ro_RO", ["str.", "strada", "bd."], [], ["bl.", "sc.", "ap.", "et."], "snu"),
        "ua": ("uk_UA", ["vul.", "vulytsia", "prov."], [], ["kv.", "bud.", "kv"], "snu"),
        "co": ("es_CO", ["calle", "cra.", "carrera", "cl."], [], ["apto", "torre", "casa"], "co"),
        "ph": ("en_PH", [], ["st.", "street", "ave."], ["unit", "blk", "lot"], "unu"),
        "hu": ("hu_HU", [], ["utca", "u.", "út"], ["em.", "ajtó"], "snu"),
    },
    "b": {
        "au": ("en_AU", [], ["parade", "terrace", "court", "avenue"], ["unit", "level", "shop"], "unu"),
        "ca": ("en_CA", [], ["boulevard", "crescent", "way"], ["suite", "unit", "apt"], "nsu"),
        "at": ("de_AT", [], ["gasse", "straße", "platz"], ["top", "stiege", "tür"], "snu"),
        "pt": ("pt_PT", ["rua", "avenida", "largo"], [], ["esq.", "dto", "andar"], "snu"),
        "cz": ("cs_CZ", [], ["ulice", "náměstí"], ["byt", "patro"], "snu"),
        "dk": ("da_DK", [], ["vej", "gade", "allé"], ["st. tv.", "sal", "th"], "snu"),
        "fi": ("fi_FI", [], ["tie", "katu", "kuja"], ["as.", "a", "b"], "snu"),
        "no": ("no_NO", [], ["veien", "gata", "vei"], ["leil.", "h0"], "snu"),
        "mx": ("es_MX", ["calle", "av.", "calz.", "privada"], [], ["int.", "depto", "col."], "snu"),
        "ar": ("es_AR", ["calle", "av.", "pasaje"], [], ["piso", "dpto", "depto"], "snu"),
        "cl": ("es_CL", ["pasaje", "avenida", "calle"], [], ["depto", "block", "casa"], "snu"),
        "hr": ("hr_HR", ["ulica"], ["ulica", "cesta"], ["kat", "stan"], "snu"),
        "gr": ("el_GR", ["odos", "leoforos"], [], ["orofos", "diam."], "snu"),
        "al": ("sq_AL", ["rruga", "rr.", "bulevardi"], [], ["pallati", "shkalla", "ap."], "snu"),
        "za": ("en_US", [], ["street", "drive", "road"], ["stand", "erf", "flat"], "nsu"),
        "vn": ("vi_VN", ["duong", "pho", "ngo"], [], ["so", "phong", "tang"], "nsu"),
        "ie": ("en_IE", [], ["park", "avenue", "grove", "road"], ["apt", "no."], "nsu"),
        "lt": ("lt_LT", [], ["g.", "gatve", "pr."], ["butas", "b."], "snu"),
    },
}
LANDMARKS = {"a": ["near the {l} church", "opposite {l} market", "behind the petrol station"],
             "b": ["next to {l} school", "off {l} junction", "across from the post office"]}

# Address shapes: {S} street with its word, {n} house number, {u} unit word + number, {t} town,
# {p} postcode, {r} region word, {lm} a landmark; each half its own.
SHAPES = {
    "a": ["{S} {n}, {u}, {t}", "{n} {S} {u}, {t} {p}", "{u}, {S} {n}, {p} {t}", "{S} {n}-{m}, {t}",
          "{S} {n}{c}, {u}, {t}", "{n}/{m} {S}, {t}", "{S} nr {n}, {u}, {t}, {p}", "{S} {n} {u} {t}",
          "{S} {n}, {t} {p}, {lm}", "{u} {S} {n} {t}"],
    "b": ["{u} {n} {S} {t} {p}", "{S}, {n}, {u}, {t}", "{t}, {S} {n}/{m}, {u}", "{n}{c} {S}, {t}, {p}",
          "{S} {n} ({u}), {t}", "{S} no {n} {u}, {lm}, {t}", "{S} {n} {m}{c}, {p} {t}",
          "{p} {t}, {S} {n}, {u}", "{n} {S}\n{u}\n{t} {p}", "{S} {n} - {u} - {t}"],
}
WRAP = {
    "a": ["i live at {v}", "address: {v}", "please send the new card to {v}", "my address is {v} now",
          "ship to {v}", "addr - {v}", "moved to {v} last month, how do i update it", "deliver to {v}",
          "statement went to {v} but i moved", "home address {v}"],
    "b": ["we stay in {v}", "current address = {v}", "it was posted to {v} and never came",
          "pls change my address to {v}", "mailing addr {v} thanks", "residence: {v}",
          "the courier went to {v} and left", "lives at {v}", "old one was {v}", "billing addr: {v}"],
}
CONTROLS = {
    "a": ["my card ending 1234 was declined", "i made 2 payments of 40 today", "top up 20 failed again",
          "transfer 250 to savings on the 3rd", "card 4 of 5 arrived, pin 3 times wrong",
          "i was charged 3.50 fee twice", "order 12 of 20 shipped", "refund 15 took 7 days",
          "i have 2 cards and 3 accounts", "exchange rate on 1000 gbp"],
    "b": ["my pin was blocked after 3 tries", "last 4 digits 5521 not mine", "paid 60 for 2 tickets",
          "withdrew 100 at atm 2 then 50", "top-up of 30 still pending 2 days", "i need 5 more days",
          "cashback of 1.5 percent on 200", "limit is 500 per day", "the 2 pending charges of 9.99",
          "apple pay top up 10 then 15"],
}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _pool(loc: str, seed: int):
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(seed)
    names = sorted({w for _ in range(60) for w in [f.last_name()] if re.fullmatch(r"[^\W\d_]{3,}", w)})
    towns = sorted({f.city() for _ in range(20)})
    posts = sorted({f.postcode() for _ in range(20)})
    return names, towns, posts


def _address(rng, half: str, country: str, pools) -> str:
    loc, pre, post, units, order = COUNTRIES[half][country]
    names, towns, posts = pools[country]
    name = rng.choice(names)
    if pre and (not post or rng.random() < 0.6):
        street = f"{rng.choice(pre)} {name}"
    else:
        word = rng.choice(post)
        street = f"{name}{word}" if word in ("straße", "gasse", "gatan", "vägen", "straat", "laan", "vej", "gade",
                                             "tie", "katu", "kuja", "veien", "gata") and rng.random() < 0.7 \
            else f"{name} {word}"
    if country == "co" and rng.random() < 0.6:
        street = f"{rng.choice(pre)} {rng.randint(1, 120)}{rng.choice(['', 'a', 'b', ' bis'])} # {rng.randint(1, 99)}"
    u = rng.choice(units)
    unit = f"{u} {rng.randint(1, 60)}{rng.choice(['', '', 'a', 'b'])}" if not u.endswith(("#",)) else f"#{rng.randint(1, 900)}"
    if u in ("a", "b", "h0", "th", "sal", "st. tv."):
        unit = f"{u} {rng.randint(1, 40)}" if u not in ("th", "sal", "st. tv.") else f"{rng.randint(1, 5)}. {u}"
    lm = rng.choice(LANDMARKS[half]).format(l=rng.choice(names))
    values = {"S": street, "n": str(rng.randint(1, 400)), "m": str(rng.randint(1, 60)), "c": rng.choice("abcdk"),
              "u": unit, "t": rng.choice(towns), "p": rng.choice(posts), "lm": lm}
    shape = rng.choice(SHAPES[half])
    return _ascii(re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], shape)).lower()


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1501, "b": 1502}[half]
    rng = random.Random(seed)
    pools = {c: _pool(COUNTRIES[half][c][0], seed) for c in COUNTRIES[half]}
    carriers = _carriers()
    countries = sorted(COUNTRIES[half])
    out = []
    for i in range(n):
        if i % 5 == 4:
            text = rng.choice(CONTROLS[half])
            spans = []
        else:
            v = _address(rng, half, countries[i % len(countries)], pools)
            wrap = rng.choice(WRAP[half])
            a = wrap.index("{v}")
            text = wrap.replace("{v}", v)
            spans = [(a, a + len(v), "STREET_ADDRESS")]
        text = (text + ". " + rng.choice(carriers)).lower()
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
    parser.add_argument("-n", type=int, default=300)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="addresses that kept a word")
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()
    samples = build(args.n, args.half)
    spans = run(samples)
    report, _ = score(samples, spans)
    for k, v in report["whole_survival_pct"].items():
        print(f"{k:45s} n={report['counts'][k]:4d} whole survival {v:5.1f}%")
    print(f"{'identifying words':45s} {report['identifying_words_survival_pct']}%")
    print(f"{'ordinary words removed':45s} {report['ordinary_words_removed_pct']}%")
    controls = sum(1 for s, sp in zip(samples, spans) if not s["spans"] and sp)
    print(f"{'controls with a span':45s} {controls}")
    if args.out:
        Path(args.out).write_text(json.dumps({"half": args.half, "n": args.n, **report,
                                              "controls_with_span": controls}, indent=1))
    shown = 0
    for s, sp in zip(samples, spans):
        mask = bytearray(len(s["text"]))
        for a, b in sp:
            mask[a:b] = b"\x01" * (b - a)
        for g in s["spans"]:
            words = re.finditer(r"\w+", s["text"][g["start"]:g["end"]])
            left = [w.group() for w in words if not all(mask[g["start"] + w.start():g["start"] + w.end()])]
            if left and shown < args.show_misses:
                shown += 1
                print("MISS", repr(s["text"][g["start"]:g["end"]]), left, [s["text"][a:b] for a, b in sp])
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))


if __name__ == "__main__":
    main()
