"""Dev set for direct identifiers caught only in part, session 14 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_direct14_dev.py [-n 1500] [--half a|b] [--show-misses 40] [--show-controls]

The chat parts' "identifying words" figure is about twice their "whole
survival" figure: a name, an address or a firm is marked, but some of its
words are not. The edges this set puts values on: names with particles or many
parts ("maria del carmen lópez garcía", "van der berg", "o'neill-smith",
"al-hassan"), initials ("j. r. smith"), a nickname or a generation after a
name ("jr.", "iii"); addresses with a unit, a floor, a building or a house
number outside the street ("12 oak road, flat 3", "unit 4/12 ...", "house no.
7, ..."); firms joined by "and", "&" or "of", or with a legal form or a
department after them ("smith and sons ltd", "bank of x, payments team"); ids
and phones typed with spaces or dashes. Each half has its own wrappers (``a``
is tuned on, ``b`` is reported once at the end and never tuned on) and its own
value shapes; the seeds differ too.

Values: first names, surnames, streets, towns, postcodes and company names from
Faker's providers (MIT) in 16 locales; particles and shapes written here.
Controls put ordinary words in the same places ("the bank of the river", "me
and my sons", "a flat 20 fee", "the sales team"); they must stay. Scoring is
``scrub_chat_eval.score``: the "identifying words" figure is what this set is for.
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
from scrub_quasi_dev import _carriers, dev_sample  # noqa: E402

LOCALES = ("en_US", "en_GB", "en_IE", "es_ES", "es_MX", "nl_NL", "de_DE", "fr_FR", "it_IT", "pt_BR", "pl_PL",
           "ar_AA", "tr_TR", "sv_SE", "cs_CZ", "en_AU")

# Name shapes ({f}, {f2}: first names; {l}, {l2}: surnames; {i}, {j}: initials; {k}: a nickname).
NAMES = {
    "a": ["{f} del {l} {l2}", "{f} {f2} de la {l}", "{f} van der {l}", "{f} o'{l}-{l2}", "{f} al-{l}",
          "{i}. {j}. {l}", "{f} {i}. {l}", "{f} \"{k}\" {l}", "{f} {l} jr.", "{f} {l} iii", "{f} de los {l}",
          "{f} bin {l}", "{f} {l}-{l2}", "{i}.{j}. {l}", "{f} {l} ({k})"],
    "b": ["{f} {f2} {l} {l2}", "{f} van {l}", "{f} ten {l}", "{f} mac {l}", "{f} el-{l}", "{f} ibn {l}",
          "{i} {j} {l}", "{f} {i} {l}", "{f} '{k}' {l}", "{f} {l} sr.", "{f} {l} ii", "{f} da {l}",
          "{f} von {l}", "{l}-{l2}, {f}", "{f} {l} aka {k}", "{f} di {l}", "{f} {l} y {l2}"],
}
# Address shapes ({n}: house number, {u}: unit, {s}: street, {t}: town, {p}: postcode, {c}: a letter).
ADDRESSES = {
    "a": ["{n} {s}, apt {u}", "{s} {n}, flat {u}", "unit {u}/{n} {s}", "{n} {s}, floor {u}, {t} {p}",
          "{s} {n}, {p} {t}", "{s} no. {n}", "{n}-{u} {s}", "{s} {n} {c}, {t}", "{n} {s} #{u}",
          "house {n}, {s}"],
    "b": ["{s} {n}, suite {u}", "apartment {u}, {n} {s}", "{n}/{u} {s}", "{s} {n}, {u}th floor",
          "{n} {s} block {c}", "{s} {n}/{u}, {t}", "{p} {t}, {s} {n}", "building {c}, {s} {n}",
          "{s} {n}{c}", "{n} {s} unit {u}, {t}"],
}
# Organisation shapes ({l}, {l2}: surnames; {t}: a town; {co}: a Faker company; {x}: a trade).
ORGS = {
    "a": ["{l} and sons ltd", "{l} & {l2} llp", "bank of {t}", "{co}, payments team", "{l} {x} gmbh",
          "{l} and {l2} solicitors", "{t} {x} co.", "{t} building society", "{co} ltd, billing dept"],
    "b": ["{l} & sons", "{l}, {l2} & partners", "credit union of {t}", "{co} customer care",
          "{l} {x} inc.", "{l} brothers {x}", "university of {t}", "{co} s.a.", "{t} {x} pty ltd",
          "{co} (hr department)"],
}
TRADES = ["plumbing", "roofing", "motors", "logistics", "bakery", "dental", "printing", "builders", "travel",
          "flooring", "garden", "electrics"]
NICKS = ["bobby", "mo", "jj", "bud", "sunny", "chip", "lulu", "ace", "dee", "kiki", "tito", "pepe"]
# Id and phone shapes ({d}: digits).
IDS = {
    "a": ["{d3} {d3} {d4}", "{d3}-{d2}-{d4}", "+44 {d4} {d3} {d3}", "0{d3} {d3} {d2} {d2}", "{d2} {d3} {d3} {d3}",
          "({d3}) {d3} {d4}"],
    "b": ["{d4}-{d4}-{d2}", "{d3} {d2} {d4}", "+1 {d3}-{d3}-{d4}", "0{d2}-{d4}-{d4}", "{d4} {d3} {d3}",
          "+34 {d3} {d2} {d2} {d2}"],
}
# Wrappers ({v}: the value); each half its own, one list per kind.
WRAP = {
    "a": {
        "name": ["my name is {v}", "this is {v} writing", "account holder: {v}", "{v} here, card blocked",
                 "transfer to {v} failed", "can {v} use my card", "from: {v}\nsubject: refund",
                 "hi its {v}, i need help", "please add {v} as a payee"],
        "address": ["i live at {v}", "deliver to {v} please", "address: {v}", "new address is {v} since may",
                    "card sent to {v}?", "billing address {v}"],
        "org": ["i work for {v}", "salary from {v} not in", "{v} charged me twice", "payee: {v}",
                "is {v} a scam?", "got a refund from {v}"],
        "id": ["my phone is {v}", "call me on {v}", "id number {v}", "ssn: {v}", "text {v} please",
               "account no {v}"],
    },
    "b": {
        "name": ["name - {v}", "signed, {v}", "the card says {v}", "me ({v}) and my wife", "beneficiary {v}",
                 "{v} sent me 40 quid", "cardholder {v} / gold card", "ok so {v} wants the money back",
                 "sender name = {v}"],
        "address": ["we moved to {v} last week", "ship it to {v}", "my flat: {v}", "old addr {v} new one soon",
                    "statement goes to {v} still", "pls update to {v}"],
        "org": ["employer: {v}", "direct debit to {v} bounced", "paid {v} by card", "{v} wont refund",
                "a charge from {v} i dont know", "invoice from {v}"],
        "id": ["reach me at {v}", "mobile {v}", "national id {v}", "tax no. {v}", "whatsapp: {v}",
               "ref {v} from the branch"],
    },
}
TYPES = {"name": "PERSON", "address": "STREET_ADDRESS", "org": "ORGANIZATION", "id": "NATIONAL_ID"}
CONTROLS = {
    "a": ["the bank of the river flooded", "me and my sons went", "a flat 20 fee", "the sales team called",
          "i paid 40 and 60", "apt to fail again", "number 10 of 20 payments", "the house of cards",
          "ask the payments team", "floor 2 of the mall", "in 3 or 4 days", "van is broken",
          "sons and daughters both", "the co. op card", "order 123 456 arrived"],
    "b": ["the branch of my bank", "friends and family", "room 12, then the lift", "the billing team said",
          "5 or 6 times", "my van der is fine", "block 3 of the course", "the department store",
          "3 400 points", "ask customer care", "page 2 of 9", "la la land", "a unit of work",
          "bros before anything", "the union of my fees"],
}


def _pools(seed: int):
    from faker import Faker

    firsts, lasts, streets, towns, posts, companies = [], [], [], [], [], []
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(seed)
        firsts += [f.first_name() for _ in range(20)]
        lasts += [f.last_name() for _ in range(20)]
        streets += [f.street_name() for _ in range(10)]
        towns += [f.city() for _ in range(10)]
        posts += [f.postcode() for _ in range(10)]
        companies += [f.company() for _ in range(10)]
    one = lambda xs: sorted({x for x in xs if re.fullmatch(r"[^\W\d_]+", x)})  # noqa: E731
    return one(firsts), one(lasts), sorted(set(streets)), sorted(set(towns)), sorted(set(posts)), \
        sorted(set(companies))


def _value(rng, kind: str, half: str, pools) -> str:
    firsts, lasts, streets, towns, posts, companies = pools
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))  # noqa: E731
    values = {"f": rng.choice(firsts), "f2": rng.choice(firsts), "l": rng.choice(lasts), "l2": rng.choice(lasts),
              "i": rng.choice("abcdefghjklmnprstw"), "j": rng.choice("abcdefghjklmnprstw"),
              "k": rng.choice(NICKS), "n": str(rng.randint(1, 999)), "u": str(rng.randint(1, 40)),
              "s": rng.choice(streets), "t": rng.choice(towns), "p": rng.choice(posts),
              "c": rng.choice("abcdef"), "co": rng.choice(companies), "x": rng.choice(TRADES),
              "d2": d(2), "d3": d(3), "d4": d(4)}
    shapes = {"name": NAMES, "address": ADDRESSES, "org": ORGS, "id": IDS}[kind][half]
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], rng.choice(shapes))


def build(n: int, half: str) -> list[dict]:
    rng = random.Random({"a": 1401, "b": 1402}[half])
    pools, carriers = _pools({"a": 1401, "b": 1402}[half]), _carriers()
    kinds = sorted(TYPES)
    out = []
    for i in range(n):
        if i % 5 == 4:
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
            continue
        kind = kinds[i % 4]
        v = _value(rng, kind, half, pools)
        wrap = rng.choice(WRAP[half][kind])
        a = wrap.index("{v}")
        out.append(dev_sample(rng, wrap.replace("{v}", v), [(a, a + len(v), TYPES[kind])], carriers))
    return out


def main() -> None:
    import argparse

    from client import scrub

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1500)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="values that kept a word")
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    args = parser.parse_args()
    samples = build(args.n, args.half)
    results = scrub.analyze_texts([s["text"] for s in samples], quasi_identifiers=scrub.QUASI_IDENTIFIERS,
                                  batch_size=256)
    spans = [[(r.start, r.end) for r in rs] for rs in results]
    report, _ = score(samples, spans)
    for k, v in report["whole_survival_pct"].items():
        print(f"{k:45s} n={report['counts'][k]:4d} whole survival {v:5.1f}%")
    print(f"{'identifying words':45s} {report['identifying_words_survival_pct']}%")
    print(f"{'ordinary words removed':45s} {report['ordinary_words_removed_pct']}%")
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
                print("MISS", g["type"][:6], repr(s["text"][g["start"]:g["end"]]), left,
                      [s["text"][a:b] for a, b in sp])
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))


if __name__ == "__main__":
    main()
