"""Dev set for ages, occupations and specific dates in mostly lower-case chat,
session 18 (quasi18, issue 13).

    PYTHONPATH=. python benchmarks/scrub_quasi18_dev.py [-n 900] [--half a|b] [--show-misses 40]
        [--show-controls] [--out FILE]

Labelled values, each in a chat frame and followed by a real BANKING77 test
query (CC-BY-4.0); 80 % lower-cased (chat rarely capitalises):

* ``AGE``: the number (or spelled number, or decade word) of an age in many
  shapes: "i'm 34", "34 y/o", "34yo", "aged thirty-four", "a 34-year-old",
  "my son (7)", "she turns 60", "in my forties", "age: 34", "m34", "34m",
  months for babies, other languages' age words inside English text;
* ``JOB``: job titles, many in no list ("head of growth", "night porter",
  "dog groomer"), after "i work as", "my job is", "i'm a", "as a", "works at x
  as y", "retired x", plural and abbreviated titles, a title with its place;
* ``DATE_TIME``: specific dates in shapes rules may not know (ordinal words,
  "the 3rd of may", "may 3rd", "03.05.", "3/5", "3 mei" in English text, "on
  the 14th", ranges "3-5 may", ISO with a time); a year of birth ("born in
  1990") is labelled too: a year alone, which the scorer counts apart (kept by
  policy, removed by ``DATE_PART``);
* ``DATE_PART``: a quarter or a season with its year ("q3 2024", "summer
  2019"): coarser than a month, kept by the policy, removed by ``DATE_PART``;
* controls (no label, must keep every word): quantities, prices, sizes,
  durations, versions, order counts, "i'm a bit", "as a result", "work as
  expected", job words used as things ("driver update", "the cook book"),
  "may" the verb.

Reported, every quasi switch on and with the default policy: whole survival
per type, and ordinary words removed (words outside every label).

The two halves have their own frames, titles, shapes and seeds, written
separately: ``a`` is tuned on; ``b`` is scored at the start and once at the
end, never tuned on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _spelled, _spelled_ordinal  # noqa: E402

_MONTHS = "january february march april may june july august september october november december".split()
_SHORT = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_DECADES = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties")

# {n}: an adult's age, {k}: a child's, {w}: spelled adult age, {mo}: months, {dec}: a decade word,
# {x}: sex letter + age ("m34"), {y}: age + sex letter ("34m"). The one marked value is the label.
AGES = {
    "a": ["i'm {n} and new to banking", "im {n} btw", "{n} y/o here", "{n}yo, first card", "aged {w}, never had debt",
          "a {n}-year-old like me", "my son ({k}) needs a card", "she turns {n} next week", "i'm in my {dec}",
          "age: {n}", "{x} here, quick question", "{y} looking for advice", "he is {mo} months old",
          "my mum is {n} now", "i am {w} years old", "my abuela is {n} años and wants an account",
          "as a {n} yr old i cant get credit", "our daughter is {k} and has pocket money", "ok so im {n}",
          "my dad just turned {w}", "i'll be {n} in june", "a guy in his {dec} at work", "me ({n}) and my wife",
          "my oma is {n} jahre alt", "age {n}, uk", "my kid is {k}", "i'm {n}yrs"],
    "b": ["just turned {n} lol", "{n}y/o mum of two", "{n} yrs young", "im {n}, is that too young", "i'm aged {n}",
          "an {w} year old man", "my daughter, {k}, lost her card", "he'll turn {n} soon", "both in our {dec}",
          "age - {n}", "{y}, self employed", "{x} uk", "a {mo}-month-old baby", "gran is {w}", "my brother's {n}",
          "my nonna is {n} anni", "at {n} i should know this", "our youngest turns {k} in may",
          "im only {n} so be nice", "my pa is {n} ans", "sister ({k}) wants one too", "{n} years of age",
          "my nephew is {k} yrs", "she is {w} this year", "mid {dec} and confused", "ages {n} and {n2}"],
}

JOB_TITLES = {
    "a": ["head of growth", "night porter", "dog groomer", "barista", "line cook", "care worker",
          "school bus driver", "hvac tech", "warehouse operative", "bin man", "scaffolder", "dental nurse",
          "sous chef", "social worker", "forklift driver", "data analyst", "hairdresser", "paralegal",
          "nanny", "delivery driver", "software engineer", "teaching assistant", "shop assistant", "welder",
          "security guard", "estate agent", "head of people", "call centre agent", "lifeguard", "tattoo artist",
          "machine operator", "pharmacist", "cleaner", "receptionist", "bartender", "uber driver"],
    "b": ["night manager", "pet sitter", "kitchen porter", "head of sales", "cabin crew", "bricklayer",
          "support worker", "lorry driver", "ux designer", "retail manager", "postie", "dispatcher",
          "midwife", "cashier", "carpenter", "personal trainer", "grill cook", "youth worker", "groundskeeper",
          "van driver", "travel agent", "bookkeeper", "shelf stacker", "sales rep", "plasterer", "dog walker",
          "hospital porter", "dinner lady", "crane operator", "school cleaner", "tiler", "picker packer",
          "cook", "courier", "nurse", "tutor"],
}
# the field a person works in ("i work in sales"): labelled as a job too
SECTORS = {"a": ["sales", "retail", "hospitality", "construction", "marketing", "hr", "finance", "logistics",
                 "the nhs", "the army", "insurance", "recruitment"],
           "b": ["banking", "healthcare", "education", "accounts", "customer service", "the navy", "social care",
                 "manufacturing", "real estate", "it", "catering", "the police"]}
SECTOR_FRAMES = {"a": ["i work in {v}", "im in {v}, pay is monthly", "my wife works in {v}", "worked in {v} for years",
                       "i'm in {v} so i travel a lot", "my job is in {v}"],
                 "b": ["both of us work in {v}", "she's in {v}", "been working in {v} since uni", "my career in {v}",
                       "i used to work in {v}", "my dad worked in {v}"]}
# abbreviated titles as chat writes them
JOB_ABBR = {"a": ["sw eng", "hr mgr", "asst manager", "rn", "swe", "pa", "cna", "ta"],
            "b": ["ops mgr", "dev", "lpn", "hca", "qs", "pm", "sr engineer", "admin asst"]}
JOBS = {
    "a": ["i work as a {v}", "my job is {v}", "i'm a {v} and my pay is late", "im a {v}", "as a {v} i get paid weekly",
          "my husband works at tesco as a {v}", "retired {v} here", "we're both {vs}", "i'm a {v} at the local hospital",
          "my wife is a {v}", "i work as {v} part time", "im {v} by trade", "my job: {v}", "worked as a {v} for years",
          "my dad was a {v}", "i'm the {v} at a small firm", "my sister's a {v} in town"],
    "b": ["been a {v} for 10 years", "my role is {v}", "employed as a {v}", "she's a {v} at asda", "former {v}",
          "ex {v}, now unemployed", "working as {v}s on shifts", "both my parents were {vs}",
          "got a new job as {v}", "im a {v} in manchester", "i am {v}", "my fiance is a {v}",
          "currently a {v}", "job - {v}", "i do {v} work", "the {v} at my gym said to ask"],
}

DATES = {
    "a": ["the {od} of {m}", "{m} {nd}", "{dd}.{mm}.", "{d}/{mo}", "{d} {foreign}", "the {nd}", "{d}-{d2} {m}",
          "{iso}", "the {wd} of {m}", "{m} {wd}", "{d} {sm} {y}"],
    "b": ["{m} the {nd}", "{nd} of {m}", "{mo}/{d}", "{d}.{mo}.", "{d}. {foreign2}", "{m} {d}-{d2}",
          "{iso2}", "{wd} of {m}", "{sm} {nd}", "{d}{ords} {m} {y}"],
}
DATE_FRAMES = {
    "a": ["payment on {v} bounced", "can i book for {v}", "my card expired on {v}", "i was charged twice on {v}",
          "it arrived on {v} but its broken", "birthday is {v}", "hi, since {v} the app wont load",
          "moving house {v}", "refund promised by {v}", "dob {v}"],
    "b": ["transfer made {v} still pending", "we fly out {v}", "letter dated {v} says otherwise",
          "my payday is {v} this month", "salary came {v}", "flight home {v}, need cash", "appointment {v}?",
          "tried again {v}, same error", "born {v}", "holiday from {v}"],
}
FOREIGN_MONTHS = {"a": ["mei", "mai", "giugno", "janvier", "oktober", "maart"],
                  "b": ["juni", "août", "dezember", "marzo", "julho", "februari"]}
YEAR_FRAMES = {"a": ["born in {y}", "i was born in {y}"], "b": ["birth year {y}", "born {y}, is that ok"]}
PART_FRAMES = {"a": ["since {v}", "back in {v}", "in {v} i opened it"],
               "b": ["during {v}", "{v} statement", "sometime {v}"]}
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")

CONTROLS = {
    "a": ["i'm a bit confused", "as a result my payment failed", "the app doesnt work as expected",
          "there's a driver update for my card reader", "got the cook book as a gift", "may i ask why",
          "you may need to wait", "paid 34 quid for it", "i have 3 cards", "waited 40 minutes", "version 2.3.4",
          "ordered 12 items", "size 10 shoes", "a 500ml bottle", "for 7 years now", "i sent 2 payments of 50",
          "the fee was 3.99", "rated it 4/5", "i'm a customer since 2010", "my 2nd order", "im a little lost",
          "as a matter of fact its fine", "a 30 year mortgage", "page 3 of 5", "the 3 of us"],
    "b": ["i'm a bit annoyed tbh", "as a rule i pay on time", "it didnt work as planned",
          "the printer driver update broke it", "the cleaner app crashed", "may be a bug", "it may take days",
          "spent 60 dollars", "two transfers of 15", "took 3 hours", "app v5.1 crashes", "bought 7 tickets",
          "a 2tb drive", "for 10 days", "orders 4 and 5 are missing", "charged 4.50 twice", "scored 3/4",
          "the nurse shark video", "i'm a new user", "my 3rd attempt", "im a few days late",
          "as a whole its fine", "a 5 year fixed rate", "step 2 of 6", "2 of my friends"],
}


def _age_value(rng: random.Random, key: str) -> str:
    n = rng.randint(18, 89)
    return {"{n}": str(n), "{k}": str(rng.randint(2, 17)), "{w}": _spelled(n, rng.choice("- ")),
            "{mo}": str(rng.randint(2, 18)), "{dec}": rng.choice(_DECADES), "{x}": rng.choice("mf") + str(n),
            "{y}": str(n) + rng.choice("mf"), "{n2}": str(rng.randint(18, 89))}[key]


def _date_value(rng: random.Random, half: str, shape: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    d2 = min(28, d + rng.randint(1, 4))
    y = rng.randint(1950, 2026)
    h, mi = rng.randint(0, 23), rng.choice((0, 15, 30, 45))
    vals = {"od": _spelled_ordinal(d), "wd": _spelled_ordinal(d), "m": _MONTHS[m - 1], "sm": _SHORT[m - 1],
            "nd": f"{d}{_ORD.get(d, 'th')}", "ords": _ORD.get(d, "th"), "dd": f"{d:02d}", "mm": f"{m:02d}",
            "d": str(d), "d2": str(d2), "mo": str(m), "y": str(y),
            "foreign": rng.choice(FOREIGN_MONTHS["a"]), "foreign2": rng.choice(FOREIGN_MONTHS["b"]),
            "iso": f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}", "iso2": f"{y}-{m:02d}-{d:02d}t{h:02d}:{mi:02d}:00z"}
    return re.sub(r"\{(\w+)\}", lambda x: vals[x.group(1)], shape)


def _place(text: str, key: str, v: str) -> tuple[str, int]:
    a = text.index(key)
    return text.replace(key, v, 1), a


def build(n: int, half: str) -> list[dict]:
    rng = random.Random({"a": 1801, "b": 1802}[half])
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 10
        spans = []
        if kind >= 8:  # controls: 20 %
            text = rng.choice(CONTROLS[half])
        elif kind >= 5:  # ages: 30 %
            text = rng.choice(AGES[half])
            for key in ("{n}", "{k}", "{w}", "{mo}", "{dec}", "{x}", "{y}", "{n2}"):
                if key in text:
                    v = _age_value(rng, key)
                    text, a = _place(text, key, v)
                    spans.append((a, a + len(v), "AGE"))
        elif kind >= 2:  # jobs: 30 %
            frame = rng.choice(JOBS[half])
            if rng.random() < 0.15:
                frame = rng.choice(SECTOR_FRAMES[half])
                v = rng.choice(SECTORS[half])
                text, a = _place(frame, "{v}", v)
                spans.append((a, a + len(v), "JOB"))
                text = text + ". " + rng.choice(carriers)
                if rng.random() < 0.8:
                    text = text.lower()
                out.append({"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]})
                continue
            abbr = rng.random() < 0.15 and "{vs}" not in frame
            v = rng.choice(JOB_ABBR[half] if abbr else JOB_TITLES[half])
            key = "{vs}" if "{vs}" in frame else "{v}"
            if key == "{vs}" and " of " in v:
                v = v.replace(" of ", "s of ", 1)
            elif key == "{vs}":
                v = v + ("es" if v.endswith(("s", "sh", "ch")) else "s")
            if frame.endswith("{v}s on shifts"):
                v = v + "s"
                frame = frame.replace("{v}s", "{v}")
            text, a = _place(frame, key, v)
            spans.append((a, a + len(v), "JOB"))
        else:  # dates: 20 %
            r = rng.random()
            if r < 0.12:
                text = rng.choice(YEAR_FRAMES[half])
                v = str(rng.randint(1940, 2008))
                text, a = _place(text, "{y}", v)
                spans.append((a, a + len(v), "DATE_TIME"))
            elif r < 0.24:
                y = rng.randint(2000, 2026)
                v = f"q{rng.randint(1, 4)} {y}" if rng.random() < 0.5 else f"{rng.choice(_SEASONS)} {y}"
                frame = rng.choice(PART_FRAMES[half])
                text, a = _place(frame, "{v}", v)
                spans.append((a, a + len(v), "DATE_PART"))
            else:
                v = _date_value(rng, half, rng.choice(DATES[half]))
                text, a = _place(rng.choice(DATE_FRAMES[half]), "{v}", v)
                spans.append((a, a + len(v), "DATE_TIME"))
        text = text + ". " + rng.choice(carriers)
        if rng.random() < 0.8:
            text = text.lower()
        out.append({"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]})
    return out


_WORD = re.compile(r"\w+")
_TYPES = ("AGE", "JOB", "DATE_TIME", "YEAR_OF_BIRTH", "DATE_PART")


def measure(samples, predictions) -> dict:
    """Whole survival per label type (a year alone apart), and ordinary words removed."""
    whole = {t: [0, 0] for t in _TYPES}
    ordinary, controls = [0, 0], 0
    misses = []
    for sample, spans in zip(samples, predictions):
        text = sample["text"]
        mask = bytearray(len(text))
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)
        gold = bytearray(len(text))
        for s in sample["spans"]:
            gold[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])
            t = s["type"]
            if t == "DATE_TIME" and text[s["start"]:s["end"]].isdigit():
                t = "YEAR_OF_BIRTH"
            left = not any(mask[s["start"]:s["end"]])
            whole[t][0] += left
            whole[t][1] += 1
            if left:
                misses.append((t, text[s["start"]:s["end"]], text))
        for w in _WORD.finditer(text):
            if not any(gold[w.start():w.end()]):
                ordinary[0] += any(mask[w.start():w.end()])
                ordinary[1] += 1
        controls += not sample["spans"] and any(mask)
    pct = lambda a: round(100 * a[0] / max(a[1], 1), 1)  # noqa: E731
    three = [sum(whole[t][i] for t in ("AGE", "JOB", "DATE_TIME")) for i in (0, 1)]
    return {"whole_survival_pct": {t: pct(v) for t, v in whole.items()},
            "counts": {t: v[1] for t, v in whole.items()},
            "quasi_whole_survival_pct": pct(three),
            "ordinary_words_removed_pct": pct(ordinary), "controls_with_a_span": controls}, misses


def _ours(texts, quasi):
    from client import scrub

    return [[(r.start, r.end) for r in rs] for rs in scrub.analyze_texts(texts, quasi_identifiers=quasi,
                                                                         batch_size=256)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=900)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="labels every switch on leaves whole")
    parser.add_argument("--show-controls", action="store_true", help="texts that lost an ordinary word")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()

    from client import scrub

    samples = build(args.n, args.half)
    texts = [s["text"] for s in samples]
    every = _ours(texts, list(scrub.QUASI_IDENTIFIERS))
    report = {}
    for name, spans in (("every_switch", every), ("default", _ours(texts, None))):
        report[name], misses = measure(samples, spans)
        r = report[name]
        print(f"== {name}")
        for t in _TYPES:
            print(f"  {t:14s} n={r['counts'][t]:4d} whole survival {r['whole_survival_pct'][t]:5.1f}%")
        print(f"  quasi (age, job, specific date) {r['quasi_whole_survival_pct']}%  ordinary words removed "
              f"{r['ordinary_words_removed_pct']}%  controls with a span {r['controls_with_a_span']}")
        if name == "every_switch":
            for t, v, text in misses[:args.show_misses]:
                print(f"  MISS {t:10s} {v!r:24s} {text[:90]!r}")
            if args.show_controls:
                gold = [[(s["start"], s["end"]) for s in x["spans"]] for x in samples]
                for x, sp, g in zip(samples, spans, gold):
                    extra = [x["text"][a:b] for a, b in sp if not any(a < e and s < b for s, e in g)]
                    if extra:
                        print("  EXTRA", extra, repr(x["text"][:90]))
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
