"""Dev set for dates, session 17 (dates17): specific dates the policy removes,
date parts the switch ``DATE_PART`` removes, and what stays.

    PYTHONPATH=. python benchmarks/scrub_dates17_dev.py [-n 600] [--half a|b] [--show-misses 40]
        [--show-controls] [--compare] [--out FILE]

Three kinds of labelled value, each inside chat, e-mail, form and note frames
and followed by a real BANKING77 test query (CC-BY-4.0); half lower-cased:

* ``DATE_TIME`` (specific dates): a day with its month in CLDR's formats for
  English and other locales (babel's ``format_date`` / ``format_skeleton``),
  with a clock time, spelled and numeric ordinals, a day of the month alone
  after a cue ("on the 14th"), a weekday with its day ("tues 4th"), a month
  with its year after "mid / early / late" ("mid-march 2021"), a month name
  with one slip ("febuary 3"), year-first orders;
* ``DATE_PART``: a year, a month or a weekday alone, and relative points in
  time ("yesterday", "last friday", "next week", "this morning", "3 days ago");
* controls (no label): durations, frequencies, amounts, versions, model
  numbers, times alone; they must keep every word, whatever the switches.

Reported: whole survival of each kind with the default policy, with every quasi
switch on, and with every one but ``DATE_PART``; the quasi figure every switch
on both ways (date parts counted in, and apart as before session 17); ordinary
words removed (words outside every label) with the default policy and with every
switch on. ``--compare`` adds vanilla Presidio's and spaCy's raw ``DATE`` /
``TIME`` spans on the specific dates, and with ``--show-misses`` the dates
spaCy marks that privatune leaves.

The two halves have their own locales, formats, frames, slips and seeds: ``a``
is tuned on, ``b`` is scored at the start and once at the end, never tuned on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _spelled_ordinal, dev_sample  # noqa: E402

_LOCALES = {"a": ("en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "en_AU"),
            "b": ("en_CA", "en_IE", "es_ES", "it_IT", "nl_NL", "pt_BR", "en_SG", "en_PH")}
_FORMATS = {"a": ("short", "medium", "long", "full"), "b": ("medium", "long", "full")}
_SKELETONS = {"a": ("MMMd", "yMMMd", "MMMMd", "MEd", "yMMMEd", "MMMMEEEEd"),
              "b": ("yMMMMd", "MMMEd", "yMMMMEEEEd", "yMMdd", "Md", "MMMMd")}
_TIMES = {"a": ("{d} at {h}:{m:02d}", "{d}, {h}pm", "{d} {h}:{m:02d}"),
          "b": ("{d} @ {h}.{m:02d}", "{d} - {h}am", "{h}:{m:02d} on {d}")}
_MONTHS = ("january february march april may june july august september october november december").split()
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_SHORT_WEEKDAYS = {"a": ("mon", "tues", "wed", "thurs", "fri", "sat", "sun"),
                   "b": ("tue", "weds", "thu", "fri", "sat", "sun", "mon")}
_SLIPS = {"a": lambda m: m[:2] + m[3:] if len(m) > 5 else m + m[-1],  # a letter dropped: "febuary", "juen"?
          "b": lambda m: m[0] + m[2] + m[1] + m[3:] if len(m) > 4 else m + m[-1]}  # two swapped: "fbeurary"


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def specific_date(rng: random.Random, half: str) -> str:
    from babel.dates import format_date, format_skeleton

    d = dt.date(rng.randint(1945, 2027), rng.randint(1, 12), rng.randint(1, 28))
    month, day = _MONTHS[d.month - 1], d.day
    nth = f"{day}{_suffix(day)}"
    kind = rng.randrange(9)
    if kind == 0:
        v = format_date(d, format=rng.choice(_FORMATS[half]), locale=rng.choice(_LOCALES[half]))
    elif kind == 1:
        v = format_skeleton(rng.choice(_SKELETONS[half]), d, locale=rng.choice(_LOCALES[half]))
    elif kind == 2:
        base = format_skeleton(rng.choice(_SKELETONS[half]), d, locale=rng.choice(_LOCALES[half]))
        v = rng.choice(_TIMES[half]).format(d=base, h=rng.randint(1, 12), m=rng.choice((0, 15, 30, 45)))
    elif kind == 3:  # a day of the month alone, after a cue: the frame gives the cue
        v = rng.choice((f"the {nth}", nth, f"the {_spelled_ordinal(day)}") if half == "a"
                       else (f"the {nth}", f"{nth}", f"the {_spelled_ordinal(day)}"))
    elif kind == 4:  # a weekday with its day
        wd = rng.choice(_SHORT_WEEKDAYS[half] + tuple(_WEEKDAYS))
        v = rng.choice((f"{wd} {nth}", f"{wd} the {nth}", f"{wd} {day}") if half == "a"
                       else (f"{wd}, {nth}", f"{wd} {nth}", f"{wd} the {_spelled_ordinal(day)}"))
    elif kind == 5:  # a month with its year, coarse position
        pos = rng.choice(("mid", "early", "late", "end of", "mid-") if half == "a"
                         else ("the end of", "beginning of", "mid ", "late-", "start of"))
        sep = "" if pos.endswith(("-", " ")) else " "
        v = f"{pos}{sep}{rng.choice((month, month[:3]))} {d.year}"
    elif kind == 6:  # a misspelt month with its day
        slip = _SLIPS[half](month)
        v = rng.choice((f"{slip} {nth}", f"{day} {slip}", f"{slip} {day}, {d.year}") if half == "a"
                       else (f"{nth} of {slip}", f"{slip} {day}", f"{day} {slip} {d.year}"))
    elif kind == 7:  # year first, or other orders
        v = rng.choice((f"{d.year} {month} {day}", f"{d.year}/{d.month:02d}/{day:02d}", f"{day}.{d.month}.{d.year}")
                       if half == "a" else
                       (f"{d.year}, {month} {nth}", f"{d.year}.{d.month:02d}.{day:02d}", f"{day}-{month[:3]}-{d.year}"))
    else:  # spelled ordinals
        v = rng.choice((f"the {_spelled_ordinal(day)} of {month}", f"{month} {_spelled_ordinal(day)}")
                       if half == "a" else
                       (f"{_spelled_ordinal(day)} {month}", f"{month} the {_spelled_ordinal(day)}, {d.year}"))
    v = v.replace("\u202f", " ").replace("\u00a0", " ")
    return v.lower() if rng.random() < 0.5 else v


def date_part(rng: random.Random, half: str) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return str(rng.randint(1950, 2026))
    if kind == 1:
        return rng.choice(_MONTHS).capitalize() if rng.random() < 0.3 else rng.choice(_MONTHS)
    if kind == 2:
        wd = rng.choice(_WEEKDAYS)
        return wd.capitalize() if rng.random() < 0.4 else wd
    rel = {"a": ("yesterday", "last friday", "next week", "this morning", "tonight", "3 days ago",
                 "last month", "tomorrow", "this weekend", "a few weeks ago", "last night", "next monday"),
           "b": ("today", "last tuesday", "next month", "this afternoon", "two weeks ago", "last year",
                 "tomorrow morning", "this evening", "last weekend", "next saturday", "a couple of days ago",
                 "yesterday afternoon")}[half]
    return rng.choice(rel)


# {v}: a specific date; each frame has the cue a day alone needs.
DATE_FRAMES = {
    "a": ["my card was swallowed on {v}", "the charge from {v} is wrong", "appointment booked for {v}",
          "i opened the account on {v} i think", "the letter dated {v} says i owe", "can we move it to {v}?",
          "my flight is on {v} and the card failed", "Re: your message of {v}", "due by {v}, please confirm",
          "the cheque i paid in on {v} has not cleared", "delivery expected {v}"],
    "b": ["transaction on {v} - unknown merchant", "my salary came in on {v} but shows pending",
          "sent: {v}", "we moved house on {v} so new address", "the limit changed after {v}",
          "call bank re {v}", "delivery slot {v}?", "my daughter was born {v}",
          "it was declined at the shop on {v} around lunch", "statement period ending {v}",
          "starting {v} i am abroad"],
}
# {v}: a date part; the frame's own words are ordinary.
PART_FRAMES = {
    "a": {"year": ["i have banked here since {v}", "opened this account in {v}", "the card from {v} still works"],
          "month": ["in {v} i was charged twice", "since {v} the app crashes", "my rent went up in {v}"],
          "weekday": ["on {v} it failed again", "see you {v} at the branch", "{v} the transfer bounced"],
          "rel": ["i tried {v} and it failed", "{v} my card was declined", "the refund promised {v} never came"]},
    "b": {"year": ["back in {v} i had a loan", "customer since {v}", "the {v} statement is missing"],
          "month": ["during {v} the fees doubled", "by {v} i need the card", "until {v} it was fine"],
          "weekday": ["last {v} the atm ate my card", "it worked on {v}", "i called {v} and waited"],
          "rel": ["{v} the app logged me out", "i sent it {v}", "they said {v} it would arrive"]},
}
CONTROLS = {
    "a": ["the transfer took 3 days", "a few months of waiting", "every monday they charge me",
          "i paid 2000 for the car", "version 2019.3 of the app", "model x2000 phone", "call me at 10:30",
          "for the last week nothing works", "2 payments of 1999 each", "the fee is 2024 rupees",
          "on mondays the branch is shut", "it takes 5-7 working days", "i have 3 cards",
          "weekly top ups of 50", "the pin 1987 was refused"],
    "b": ["it has been 10 days", "over the next month i travel", "each friday i top up",
          "sent 1500 euros", "ios 17 update broke it", "galaxy s21 app", "ring me at 9:45",
          "in the past year fees rose", "3 of 1200 points left", "limit 2030 per day",
          "every weekend the app fails", "a 24 month loan", "i own 2 accounts", "daily limit of 500",
          "order 2019 never came"],
}


def build(n: int, half: str) -> list[dict]:
    rng = random.Random({"a": 1701, "b": 1702}[half])
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 5
        if kind == 4:
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
            continue
        if kind <= 1:
            v, frame, label = specific_date(rng, half), rng.choice(DATE_FRAMES[half]), "DATE_TIME"
        else:
            v = date_part(rng, half)
            what = ("year" if v.isdigit() else "month" if v.lower() in _MONTHS
                    else "weekday" if v.lower() in _WEEKDAYS else "rel")
            frame, label = rng.choice(PART_FRAMES[half][what]), "DATE_PART"
            if what == "weekday" and frame.startswith("last"):
                v = v.lower()
        a = frame.index("{v}")
        text = frame.replace("{v}", v)
        if a == 0:
            text = text[0].upper() + text[1:] if rng.random() < 0.5 else text
        out.append(dev_sample(rng, text, [(a, a + len(v), label)], carriers))
    return out


_WORD = re.compile(r"\w+")


def measure(samples, predictions) -> dict:
    """Whole survival per label type, and ordinary words removed."""
    whole = {"DATE_TIME": [0, 0], "DATE_PART": [0, 0]}
    ordinary, controls = [0, 0], 0
    for sample, spans in zip(samples, predictions):
        text = sample["text"]
        mask = bytearray(len(text))
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)
        gold = bytearray(len(text))
        for s in sample["spans"]:
            gold[s["start"]:s["end"]] = b"\x01" * (s["end"] - s["start"])
            whole[s["type"]][0] += not any(mask[s["start"]:s["end"]])
            whole[s["type"]][1] += 1
        for w in _WORD.finditer(text):
            if not any(gold[w.start():w.end()]):
                ordinary[0] += any(mask[w.start():w.end()])
                ordinary[1] += 1
        controls += not sample["spans"] and any(mask)
    pct = lambda a: round(100 * a[0] / max(a[1], 1), 1)  # noqa: E731
    both = [whole["DATE_TIME"][i] + whole["DATE_PART"][i] for i in (0, 1)]
    return {"specific_dates_whole_survival_pct": pct(whole["DATE_TIME"]),
            "date_parts_whole_survival_pct": pct(whole["DATE_PART"]),
            "quasi_whole_survival_pct": pct(both),
            "quasi_whole_survival_specific_dates_pct": pct(whole["DATE_TIME"]),
            "ordinary_words_removed_pct": pct(ordinary), "controls_with_a_span": controls,
            "counts": {k: v[1] for k, v in whole.items()}}


def _ours(texts, quasi):
    from client import scrub

    return [[(r.start, r.end) for r in rs] for rs in scrub.analyze_texts(texts, quasi_identifiers=quasi,
                                                                         batch_size=256)]


def compare(samples, ours_every):
    """Vanilla Presidio's and spaCy's raw DATE / TIME spans on the same texts."""
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from client import scrub

    texts = [s["text"] for s in samples]
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": scrub.SPACY_MODEL}],
    }).create_engine()
    vanilla = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    van = [[(r.start, r.end) for r in vanilla.analyze(t, language="en", entities=["DATE_TIME"])] for t in texts]
    raw_nlp = spacy.load(scrub.SPACY_MODEL)
    raw = [[(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
           for doc in raw_nlp.pipe(texts, batch_size=256)]
    return {"vanilla_presidio": measure(samples, van), "spacy_raw_date_time": measure(samples, raw)}, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported once, never tuned on")
    parser.add_argument("--show-misses", type=int, default=0, help="specific dates every switch on leaves")
    parser.add_argument("--show-controls", action="store_true", help="controls that lost a word, every switch on")
    parser.add_argument("--compare", action="store_true", help="vanilla Presidio and spaCy's raw DATE/TIME spans")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()

    from client import scrub

    samples = build(args.n, args.half)
    texts = [s["text"] for s in samples]
    every = _ours(texts, scrub.QUASI_IDENTIFIERS)
    report = {"half": args.half, "n": args.n,
              "default": measure(samples, _ours(texts, None)),
              "every_switch": measure(samples, every),
              "every_switch_but_date_part": measure(samples, _ours(texts, [q for q in scrub.QUASI_IDENTIFIERS
                                                                           if q != "DATE_PART"]))}
    raw = None
    if args.compare:
        extra, raw = compare(samples, every)
        report.update(extra)
    keys = ("specific_dates_whole_survival_pct", "date_parts_whole_survival_pct", "quasi_whole_survival_pct",
            "quasi_whole_survival_specific_dates_pct", "ordinary_words_removed_pct", "controls_with_a_span")
    runs = [k for k in report if isinstance(report[k], dict)]
    print(f"half {args.half}, {args.n} texts, counts {report['default']['counts']}")
    print(f"{'':42s}" + "".join(f"{r[:26]:>28s}" for r in runs))
    for k in keys:
        print(f"{k:42s}" + "".join(f"{report[r][k]:>28}" for r in runs))
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=1) + "\n")
    shown = 0
    for i, (s, sp) in enumerate(zip(samples, every)):
        for g in s["spans"]:
            if g["type"] != "DATE_TIME" or shown >= args.show_misses:
                continue
            if not any(a < g["end"] and b > g["start"] for a, b in sp):
                shown += 1
                spacy_saw = raw is not None and any(a < g["end"] and b > g["start"] for a, b in raw[i])
                print(f"MISS{' (spaCy has it)' if spacy_saw else ''}", repr(s["text"][g["start"]:g["end"]]),
                      repr(s["text"][:80]))
        if args.show_controls and not s["spans"] and sp:
            print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:80]))


if __name__ == "__main__":
    main()
