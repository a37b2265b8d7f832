"""Dev set for streets typed with no house number, and the parts left beside them, session 16 (streets16).

    PYTHONPATH=. python benchmarks/scrub_streets16_dev.py [-n 400] [--half a|b] [--show-misses 40] [--show-controls]

Chat names a street without its number ("i live on rue cordier", "the shop on
kalinina street", "off mgongo road"), mostly in lower case, in the street word
of its own language, before or after the name, and types the rest of an
address as parts around it: a plot, house, block or flat number, a sector,
zone or phase, an estate, a landmark ("opposite the mosque, behind x
market"). Each text holds one such street (one in four with such parts, one
in five capitalised as typed on a phone) and ends with a BANKING77 query; one
in five is a control: ordinary text with words that look like street or
address-part words ("the main road to success", "on the way", "high street
banks", "plot of the movie", "sector funds") that must stay.

Values: names from Faker's locales (last names, first names, and the street
titles some locales list: MIT), typed in ASCII with anyascii. Street words:
half ``a`` has the street words of its countries written here from general
knowledge; half ``b`` has other countries, and takes their street words from
Faker's own per-locale street affix lists where Faker has them (``zu_ZA``
"indlela", ``az_AZ`` "kucesi", ...), other sentence frames, other part
shapes and other controls. Half ``a`` is tuned on; half ``b`` is reported at
the start and once at the end, never tuned on.
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

# Per country: Faker locale (names), street words written before the name, and after it.
COUNTRIES = {
    "a": {
        "gb": ("en_GB", [], ["road", "street", "lane", "close", "avenue"]),
        "ng": ("yo_NG", [], ["street", "road", "close", "crescent"]),
        "ke": ("en_KE", [], ["road", "street", "avenue", "lane"]),
        "tz": ("sw", ["barabara ya", "mtaa wa"], ["road", "street"]),
        "in": ("hi_IN", [], ["marg", "road", "nagar", "gali", "chowk"]),
        "fr": ("fr_FR", ["rue", "avenue", "boulevard", "impasse", "chemin", "allee"], []),
        "es": ("es_ES", ["calle", "avenida", "paseo", "camino", "plaza"], []),
        "br": ("pt_BR", ["rua", "avenida", "travessa", "estrada"], []),
        "it": ("it_IT", ["via", "viale", "piazza", "vicolo", "corso"], []),
        "de": ("de_DE", [], ["strasse", "str.", "weg", "gasse", "platz"]),
        "pl": ("pl_PL", ["ulica", "ul.", "aleja", "al."], []),
        "hu": ("hu_HU", [], ["utca", "ut", "ter", "u."]),
        "tr": ("tr_TR", [], ["sokak", "caddesi", "cad.", "sk.", "bulvari"]),
        "ro": ("ro_RO", ["strada", "str.", "bulevardul", "aleea", "calea"], []),
        "ru": ("ru_RU", ["ulitsa", "ul.", "prospekt", "pereulok"], ["street", "ulitsa"]),
        "id": ("id_ID", ["jalan", "jl.", "gang"], []),
        "nl": ("nl_NL", [], ["straat", "laan", "weg", "gracht"]),
        "eg": ("ar_EG", ["shari", "sharia", "tariq"], ["street", "st"]),
    },
    "b": {
        "za": ("zu_ZA", [], ["indlela", "umgwaqo", "isitaladi", "street", "drive"]),
        "az": ("az_AZ", [], ["kucesi", "prospekti", "kuc."]),
        "mk": ("mk_MK", ["ulitsa", "bulevar", "ul."], []),
        "hr": ("hr_HR", [], ["ulica", "cesta", "put"]),
        "sk": ("sk_SK", [], ["ulica", "namestie", "trieda"]),
        "cz": ("cs_CZ", [], ["ulice", "namesti", "trida"]),
        "am": ("hy_AM", ["poghots"], ["poghots"]),
        "ge": ("ka_GE", [], ["kucha", "k."]),
        "vn": ("vi_VN", ["duong", "pho", "ngo", "hem"], []),
        "bd": ("bn_BD", [], ["road", "sorok", "lane", "avenue"]),
        "mx": ("es_MX", ["calzada", "privada", "cerrada", "andador", "prolongacion", "avenida"], []),
        "be": ("nl_BE", [], ["lei", "baan", "dreef", "steenweg"]),
        "fi": ("fi_FI", [], ["katu", "tie", "kuja", "polku"]),
        "gr": ("el_GR", ["leoforos", "odos", "plateia"], []),
        "ua": ("uk_UA", ["vulitsya", "provulok", "prospekt", "vul."], []),
        "gh": ("tw_GH", [], ["street", "road", "close", "avenue"]),
        "ph": ("fil_PH", [], ["street", "st.", "avenue"]),
        "np": ("ne_NP", [], ["marg", "bato", "road"]),
    },
}
# Frames with one street in them ({S}), each half its own; {P} the parts typed beside it (may be empty).
FRAMES = {
    "a": ["i live on {S}{P}", "we are near {S}{P}, whats the nearest branch", "the shop on {S}{P} has a card machine",
          "my branch is on {S}{P}", "the atm on {S}{P} ate my card", "address: {S}{P}", "i just moved to {S}{P}",
          "ship it to {S}{P} please", "the bank near {S}{P} said no", "i work off {S}{P}",
          "its on {S}{P}, cant miss it", "we were robbed on {S}{P} yesterday"],
    "b": ["staying at {S}{P} for now", "the office is along {S}{P}", "my card got delivered to {S}{P} instead",
          "our flat is down {S}{P}", "we're on {S}{P} now", "the branch at {S}{P} is closed",
          "we used to live in {S}{P}", "pick it up from {S}{P}", "send the letter to {S}{P} thanks",
          "my mum lives just off {S}{P}", "residence - {S}{P}", "the cafe opposite {S}{P} takes cards"],
}
# The parts typed beside a street: a plot, house, block or unit number; a sector, zone or phase; a landmark.
PARTS = {
    "a": [", plot {n}", ", house {n}", ", block {c}", ", sector {n}", ", zone {n}", ", phase {n}",
          ", plot {n}, opposite the mosque", ", behind {x} market", ", near {x} junction", ", flat {n}, {x} estate",
          " house no {n}", ", sector {n}, {x}"],
    "b": [", h.no {n}", ", blk {c}{n}", ", phase {n}, {x} estate", ", zone {n}, {x}", ", opposite {x} church",
          ", next to the {x} petrol station", ", stand {n}", ", plot no {n}, block {c}", ", unit {n}",
          ", sector {n}", ", behind the mosque", ", {x} village"],
}
CONTROLS = {
    "a": ["the main road to success is hard work", "my card is on the way", "high street banks charge more",
          "the plot of the movie was weak", "sector funds went down", "i'm on my way to the branch",
          "down the road i will switch banks", "is there a street food fee", "phase 2 of the app is slow",
          "my payment is stuck in the pipeline", "i live on the edge of town", "the block on my card is still there",
          "we took the long road home", "i crossed the street to the atm", "court fees were taken twice",
          "this is a dead end", "in the long run it costs more", "zone out while the app loads"],
    "b": ["the road ahead looks fine", "it is in the post", "i need to drive to work", "a new avenue for savings",
          "area code is wrong on my profile", "my card got stuck halfway", "i went down the wrong path",
          "that was a walk in the park", "the lane was closed so i was late", "block all foreign payments",
          "i paid a plot deposit", "on the other side of the coin", "my plan is on track",
          "sector rotation made me lose money", "the house always wins", "we met at the crossroads",
          "any way to get a refund", "the square root of my balance"],
}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _pool(loc: str, seed: int) -> list[str]:
    """Name words of a street: last names, first names, the street titles a locale lists."""
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(seed)
    names = [f.last_name() for _ in range(40)] + [f.first_name() for _ in range(15)]
    titles = getattr(f, "street_titles", None) or ()
    names += list(titles)[: 40] if isinstance(titles, (list, tuple)) else []
    out = sorted({_ascii(w).lower().strip() for w in names})
    return [w for w in out if re.fullmatch(r"[a-z][a-z'-]{2,}(?: [a-z][a-z'-]{2,})?", w)]


def _street(rng, half: str, country: str, pools) -> str:
    loc, pre, post = COUNTRIES[half][country]
    names = pools[country]
    name = rng.choice(names)
    if rng.random() < 0.25:
        name = f"{name} {rng.choice(names)}"
    if pre and (not post or rng.random() < 0.6):
        return f"{rng.choice(pre)} {name}"
    return f"{name} {rng.choice(post)}"


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1601, "b": 1602}[half]
    rng = random.Random(seed)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pools = {c: _pool(COUNTRIES[half][c][0], seed) for c in COUNTRIES[half]}
    carriers = _carriers()
    countries = sorted(COUNTRIES[half])
    out = []
    for i in range(n):
        if i % 5 == 4:
            text, spans = rng.choice(CONTROLS[half]), []
        else:
            country = countries[i % len(countries)]
            street = _street(rng, half, country, pools)
            parts = ""
            if rng.random() < 0.25:
                parts = rng.choice(PARTS[half]).format(n=rng.randint(1, 90), c=rng.choice("abcdefgh"),
                                                       x=rng.choice(pools[country]))
            frame = rng.choice(FRAMES[half])
            a = frame.index("{S}")
            v = street + parts
            text = frame.replace("{S}{P}", v)
            if rng.random() < 0.2:  # typed on a phone: sentence case, the street's words capitalised
                cap = " ".join(w[:1].upper() + w[1:] if w.isalpha() and len(w) > 2 else w for w in v.split(" "))
                text = text.replace(v, cap)
                text = text[:1].upper() + text[1:]
            spans = [(a, a + len(v), "STREET_ADDRESS")]
        text = text + ". " + rng.choice(carriers).lower()
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
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported at the start and end")
    parser.add_argument("--show-misses", type=int, default=0, help="streets that kept a word")
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
                print("MISS", repr(s["text"][g["start"]:g["end"]]), left,
                      [s["text"][a:b] for a, b in sp if a < g["end"] + 30 and b > g["start"] - 30])
        if args.show_controls and not s["spans"]:
            lost = [s["text"][a:b] for a, b in sp if a < s["text"].find(". ")]
            if lost:
                print("CONTROL", lost, repr(s["text"][:90]))


if __name__ == "__main__":
    main()
