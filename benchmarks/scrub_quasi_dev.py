"""Dev set for quasi-identifiers (issue 13): dates, dates of birth, ages,
occupations, nationality / religious groups, with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_quasi_dev.py [-n 1200] [--show-misses 40] [--half b] [--shapes 2|3|4]

Shapes (templates) are written here for support chats, clinic, HR, insurance,
bank messages, e-mail signatures and unpunctuated transcripts; half the texts
are lower-cased. Values: dates from Faker's date provider (MIT) written in
numeric, written, abbreviated, ordinal and range forms; ages drawn at random;
occupations from presidio-evaluator's FakeNameGenerator sample (MIT), only the
hash half ``--half`` (default b) so a list built from the other half would not
be scored on its own entries; nationalities and religions from
presidio-evaluator's ``nationalities.csv`` / ``religions.csv`` (MIT). Each text
is followed by a real BANKING77 test query (CC-BY-4.0) as carrier, and a third
of the texts are controls: amounts, times, counts, versions, "may" / "march"
as verbs, "english" the language, which must stay.

Scoring is ``scrub_chat_eval.score``: whole survival per category, and
ordinary words removed (words outside every labelled value that get a mark).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_chat_eval import score  # noqa: E402

_RAW = "presidio_evaluator/data_generator/raw_data"


def _raw_dir() -> Path:
    import presidio_evaluator

    return Path(presidio_evaluator.__file__).parent / "data_generator" / "raw_data"


def _half(value: str) -> str:
    return "ab"[hashlib.sha1(value.lower().encode()).digest()[0] & 1]


def occupations(half: str) -> list[str]:
    with open(_raw_dir() / "FakeNameGenerator.com_3000.csv", encoding="utf-8-sig") as f:
        jobs = sorted({r["Occupation"].strip() for r in csv.DictReader(f) if r.get("Occupation")})
    return [j for j in jobs if _half(j) == half]


def groups() -> list[str]:
    out = set()
    with open(_raw_dir() / "nationalities.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            for k in ("nationality", "plural"):
                v = (r.get(k) or "").strip()
                if v and v.isascii():
                    out.add(v)
    with open(_raw_dir() / "religions.csv", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            v = r["Religions"].strip()
            if v and not v.endswith(("ism", "ity")) and v != "Islam":
                out.add(v)
    return sorted(out)


_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ordinal(d: int) -> str:
    return f"{d}{_ORD.get(d, 'th')}"


def date_value(rng: random.Random, d) -> str:
    """A date in one of the forms people write."""
    day, mon, year = d.day, d.strftime("%B"), d.year
    ab = d.strftime("%b")
    forms = [
        f"{day:02d}/{d.month:02d}/{year}", f"{d.month}/{day}/{year}", f"{year}-{d.month:02d}-{day:02d}",
        f"{day}.{d.month}.{year}", f"{day:02d}-{d.month:02d}-{year}", f"{day}/{d.month}/{year % 100:02d}",
        f"{mon} {day}, {year}", f"{day} {mon} {year}", f"{ab} {day}", f"{day} {ab}", f"{mon} {day}",
        f"{day} {mon}", f"{mon} {_ordinal(day)}", f"{_ordinal(day)} of {mon}", f"the {_ordinal(day)} of {mon}",
        f"{day} {ab} {year}", f"{ab}. {day}, {year}", f"{year}/{d.month:02d}/{day:02d}", f"{day}/{d.month}",
        f"{ab} {_ordinal(day)}", f"{_ordinal(day)} {mon}", f"{day}-{ab}-{year}", f"{day}{ab.lower()}{year}",
        f"{mon} {_ordinal(day)} {year}",
    ]
    if day < 25:
        forms += [f"{day}-{day + 3} {mon}", f"{mon} {day}-{day + 2}", f"{day} to {day + 4} {ab}",
                  f"{_ordinal(day)} to {_ordinal(day + 2)} {mon}"]
    return rng.choice(forms)


DATE_SHAPES = [
    "my appointment is on {v}, can i move it", "payment due {v} but it never went out",
    "we will be travelling from {v} please dont block my card", "the charge dated {v} is not mine",
    "hi i called on {v} and nobody got back to me", "leave requested {v} approved by hr",
    "claim for the accident on {v}", "ok so on {v} i tried to pay and it failed",
    "meeting moved to {v} at the branch", "my last shift was {v}", "the letter dated {v} says otherwise",
    "Subject: visit {v}\nHi, confirming the visit.", "until {v} i am abroad",
    "i ordered it {v} and still nothing",
]
DOB_SHAPES = [
    "dob {v}", "DOB: {v}", "d.o.b. {v}", "date of birth {v}", "born {v}", "i was born on {v}",
    "patient dob {v} presenting with cough", "my daughter was born {v} can i add her",
    "date of birth: {v}\nname on card matches", "birthday {v}", "born on the {v}",
]
AGE_SHAPES = [
    ("{n} years old", "n"), ("i am {n} years old and need a loan", "n"), ("{n} yrs", "n"), ("{n}yo", "n"),
    ("{n} y.o. male with chest pain", "n"), ("aged {n}", "n"), ("age: {n}", "n"), ("pt {n}M c/o headache", "nM"),
    ("{n}F, smoker", "nF"), ("patient is a {n} year old female", "n"), ("my son ({n}) needs a card", "n"),
    ("Ann, {n}, lives with her mum", "n"), ("she's in her {d}0s", "d0s"), ("he is in his early {d}0s", "d0s"),
    ("a {n}-year-old teacher", "n"), ("{n} yr old driver", "n"), ("turned {n} last week", "n"),
    ("i'm {n} and never had a card", "n"), ("age {n}, non smoker", "n"), ("my mum is {n}", "n"),
    ("male, {n}, no history", "n"), ("{n} y/o", "n"), ("{n} years of age", "n"), ("i'll be {n} next month", "n"),
    ("applicant age - {n}", "n"), ("kids are {n} and {m}", "n"), ("m/{n} with fever", "n"), ("{n}yrs old", "n"),
    ("ages {n}", "n"), ("in my late {d}0s", "d0s"), ("at {n} i moved out", "n"), ("hes {n} yo", "n"),
]
JOB_SHAPES = [
    "i work as a {v}", "im a {v} and my salary is late", "i'm a {v}, can i get a loan", "job: {v}",
    "occupation - {v}", "Occupation: {v}", "my husband is a {v}", "she works as {v} at the hospital",
    "Kind regards\nAnn Lee\n{v}\nphone ext 4", "employed as a {v} since 2019", "{v} here, quick question",
    "i'm a senior {v}", "my wife is a trainee {v}", "i am a part time {v}", "he's a night-shift {v}",
    "worked as a {v} for years", "current role: {v}", "applicant is a {v}", "i used to be a {v}",
    "im currently a {v}", "position {v}",
]
GROUP_SHAPES = [
    "i'm {v}", "we are {v}", "my wife is {v}", "my husband is {v} and needs a visa", "a {v} customer",
    "the {v} at my office", "as a {v} i cannot pay interest", "both my parents are {v}",
    "he is {v} so the name is different", "i am {v} by birth", "our {v} community", "{v} here, hello",
    "patient is {v}", "religion: {v}", "nationality: {v}",
]
# A second set of shapes, written after the first round of fixes and never
# tuned on (``--shapes 2``): how the rules carry over to wording they were not
# shaped by.
DATE_SHAPES_2 = [
    "can we do {v} instead", "the direct debit on {v} bounced", "i'm off {v}, back after",
    "your email of {v} said the fee was waived", "booked for {v} at 9", "renewal date {v} pls confirm",
    "so yeah {v} the card just stopped working", "Re: your message from {v}", "starting {v} my address changes",
]
DOB_SHAPES_2 = [
    "name jo bloggs born {v} policy renewal", "D.O.B {v}", "DoB - {v}", "date of birth is {v}",
    "my birthday is {v} so the card expires", "child born {v}", "dob is {v} and postcode unchanged",
]
AGE_SHAPES_2 = [
    ("my dad who is {n} cant use the app", "n"), ("{n} yo female, asthma", "n"), ("she turns {n} in june", "n"),
    ("age {n} yrs", "n"), ("a woman of {n}", "n"), ("F/{n} with rash", "n"), ("policyholder aged {n}", "n"),
    ("at the age of {n} i retired", "n"), ("my grandson is {n} now", "n"), ("{n}yr old son", "n"),
    ("kid ({n}) lost his card", "n"), ("john smith, {n}, from leeds", "n"), ("both of us are in our {d}0s", "d0s"),
    ("hes like {n} or so", "n"), ("pt is {n}M", "nM"), ("{n} years young", "n"),
]
JOB_SHAPES_2 = [
    "my partner is a {v} so income varies", "i am working as a {v}", "Title: {v}", "profession: {v}",
    "Best,\nSam\n{v} | Acme", "self-employed {v}, need a loan", "became a {v} last year",
    "im training to be a {v}", "retired {v} here", "currently employed as {v}",
]
GROUP_SHAPES_2 = [
    "my mum is {v} and doesnt drink", "were {v} so no pork please", "a {v} family moved in",
    "being {v} i cant pay interest", "the {v} guy at the branch", "im half {v}", "ethnicity: {v}",
]
CONTROLS_2 = [
    "i bought 3 shirts for 45", "my balance is 1,200", "it will take 5-7 business days", "call back at 3.30",
    "i got 2 of 3 texts", "we may need 2 accounts", "page 4/5 of the form", "i am 3 days late",
    "the 45 pound fee", "top 10 tips", "the english version of the letter", "i speak polish",
    "i was 5 minutes late", "a 24 month loan", "for 3 months now", "aged receivables report",
]
CONTROLS = [
    "i have 45 apples in the basket", "transfer of 45 pounds failed", "the bus leaves at 10:45",
    "you may 3 times ask", "we march 2 miles each day", "about 3/4 of the payment went", "open 24/7",
    "see page 12 of the terms", "version 3.2 of the app crashes", "room 12 on the 3rd floor",
    "i ordered 12 items", "i speak english and french", "my pin has 4 digits", "it took 30 minutes",
    "we paid 1200 for 3 nights", "i need 2 cards", "the top up of 20 eur at 5pm", "i was charged 3 times",
    "call me after 6", "the 2 of us share an account", "i waited 45 days", "i am 2 payments behind",
    "my score was 45 out of 50", "the 10 may be wrong", "in the 90s music was better",
    "a 12 month contract", "the 3rd payment bounced", "level 3 support please", "aged debt collection",
    "the first 5 transfers are free", "for 10 years i have banked here", "i have 3 kids",
]


# Round 3 (``--shapes 3``, tuned on) and round 4 (``--shapes 4``, never tuned
# on): dates and ages only, in the shapes chat, clinic, HR, bank, travel and
# support text uses and rounds 1-2 lacked: a day alone after a cue ("on the
# 5th"), a weekday with its day, dotted and ISO date-times, month and year in
# digits, spelled days and ages, clinical shorthand ("67yom"), birthdays by
# ordinal. Each round has its own value forms, templates and controls.
_WD = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth")


def _spelled(n: int, sep: str = "-") -> str:
    if n < 20:
        return _ONES[n]
    return _TENS[n // 10] + (sep + _ONES[n % 10] if n % 10 else "")


def _spelled_ordinal(d: int) -> str:
    if d <= 20:
        return _ORD_WORDS[d]
    if d == 30:
        return "thirtieth"
    return _TENS[d // 10] + ("-" if d % 2 else " ") + _ORD_WORDS[d % 10]


def date_value_round(rng: random.Random, d, shapes: int) -> str:
    """A date in one of the forms of round 3 or round 4 (each its own list)."""
    day, m, y, mon, ab = d.day, d.month, d.year, d.strftime("%B"), d.strftime("%b")
    wd, o, yy, h, mi = _WD[d.weekday()], _ordinal(day), y % 100, rng.randint(1, 12), rng.choice((0, 15, 30, 45))
    o2 = _ordinal(min(day + 2, 28))
    hol = rng.choice(("christmas", "christmas eve", "christmas day", "boxing day", "new year's eve", "easter",
                      "thanksgiving", "valentine's day", "halloween"))
    if shapes == 3:
        forms = [
            f"the {o}", f"{wd} the {o}", f"{wd[:3]} {o}", o, f"mid-{mon} {y}", f"early {mon.lower()} {y}",
            f"{day:02d}.{m:02d}.", f"{day}.{m}.{y}", f"{y}-{m:02d}-{day:02d} {h + 8:02d}:{mi:02d}",
            f"{y}-{m:02d}-{day:02d}T{h + 8:02d}:{mi:02d}", f"{ab} '{yy:02d}", f"{m:02d}/{y}", f"{y}-{m:02d}",
            f"{h}pm on {day} {mon}", f"{_spelled_ordinal(day)} of {mon}", f"{mon} the {_spelled_ordinal(day)}",
            f"from the {o} to the {o2}", f"{m}-{day}-{yy:02d}", f"{y}.{m:02d}.{day:02d}", f"{mon}, {o}",
            f"{ab}-{day}", f"{mon} {day}, {y} at {h}:{mi:02d} PM", f"{day:02d}/{m:02d}", f"{hol} {y}",
            f"{wd}, {day} {ab}", f"{o} {mon} '{yy:02d}",
        ]
    else:
        forms = [
            f"the {_spelled_ordinal(day)}", f"{wd} {o}", f"the {o} of this month", f"{o}", f"late {mon} {y}",
            f"end of {mon.lower()} {y}", f"{day}.{m}.", f"{day:02d}.{m:02d}.{yy:02d}",
            f"{y}/{m:02d}/{day:02d} {h + 8:02d}:{mi:02d}:00", f"{mon.lower()} '{yy:02d}", f"{m}/{y}", f"{y}/{m:02d}",
            f"{h}:{mi:02d}am on the {o}", f"{_spelled_ordinal(day)} {mon}", f"{mon} the {o}",
            f"between the {o} and the {o2}", f"{m}-{day}-{y}", f"{day:02d}{ab.lower()}{yy:02d}", f"{ab}. {o}",
            f"{day}{ab.lower()}", f"{m:02d}/{day:02d}", f"{hol} {y}", f"{wd[:3]} {day} {ab} {y}",
            f"{ab} {day} {h + 8:02d}:{mi:02d}",
        ]
    return rng.choice(forms)


DATE_SHAPES_3 = [
    "hi, i was charged twice on {v}, can you check", "appointment booked for {v}", "can you call me back {v}",
    "flight out {v} returning a week later", "the transfer i made {v} still shows pending", "Shift swap: {v} (night)",
    "i was off sick from {v}", "last statement {v} shows a fee", "my card arrived on {v} but the pin didnt",
    "refund promised by {v}", "Ticket opened {v} - still no reply", "we moved in {v}",
]
DOB_SHAPES_3 = ["dob {v}", "Date of Birth - {v}", "born on {v}", "birthdate {v}", "my dob is {v}",
                "DOB {v}, NHS no to follow", "bday {v}"]
AGE_SHAPES_3 = [
    ("pt {n}y male with cough", "n"), ("{n}y, female", "n"), ("{n}yom with chest pain", "n"),
    ("im {n} and need a loan", "n"), ("hes {n} now", "n"), ("my daughter is {w}", "w"),
    ("she is {w} years old", "w"), ("celebrating my {o} birthday", "o"), ("{n} f with headache", "n"),
    ("Age:{n}", "n"), ("a {n} yo pt", "n"), ("mum ({n}) cant log in", "n"), ("{n} yo M", "n"),
    ("the client, aged {n}, called", "n"), ("{n}yrs old", "n"), ("my boy is {w} and wants a card", "w"),
]
CONTROLS_3 = [
    "on the 3rd floor", "the 2nd payment failed", "my 1st time using it", "open 24/7", "version 5.6. is out",
    "got 10/10 service", "rated 8/10", "on the 1st try", "may i ask why", "q3 2023 results", "in 2019 i moved",
    "on tuesday i paid", "in march i paid", "at 3pm it failed", "it took 2-3 days", "the 5y fixed rate",
    "im 5 minutes away", "hes 2 payments behind", "she's one of the best", "top 5 tips", "over christmas",
    "merry christmas", "size 12 shoes", "finished 2nd", "for the 5th time", "the 2019-20 tax year",
]
DATE_SHAPES_4 = [
    "sorry about {v}, the app crashed", "the order placed {v} never came", "Deadline: {v}", "lets meet {v}",
    "I'll be away until {v}", "pls cancel the payment scheduled for {v}", "as discussed on {v} on the phone",
    "interview is on {v}", "{v} - arrived at hotel, card declined", "the fee taken {v} must be reversed",
]
DOB_SHAPES_4 = ["date of birth {v}", "DOB:{v}", "birth date: {v}", "d.o.b {v}", "her birthday is {v}"]
AGE_SHAPES_4 = [
    ("{n}yof", "n"), ("shes {n}", "n"), ("my son is {w}", "w"), ("his {o} bday", "o"),
    ("{n} m presenting with fever", "n"), ("age={n}", "n"), ("{n}-yr-old", "n"), ("were both {n}", "n"),
    ("{n}y/o", "n"), ("turns {w} tomorrow", "w"), ("a {w}-year-old", "w"), ("gran is {w}", "w"),
]
CONTROLS_4 = [
    "the 2nd floor", "1st of all", "my 2nd attempt", "10/10 would recommend", "version 2.1.", "a 5y loan",
    "he's one in a million", "meet at 10:30", "in june we paid", "since 2019", "the 3rd one", "12 months",
    "happy new year", "the 12th card", "the 2020/21 season", "page 5.6.", "im 2 days late", "4th place",
]


def _carriers() -> list[str]:
    folder = Path(os.environ.get("SCRUB_BANKING77_DIR", ROOT.parent / "shared" / "datasets" / "banking77"))
    with open(folder / "test.csv", encoding="utf-8") as f:
        return [r["text"] for r in csv.DictReader(f)]


def build(n: int, half: str = "b", seed: int = 10, shapes: int = 1) -> list[dict]:
    from faker import Faker

    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    jobs, nrp, carriers = occupations(half), groups(), _carriers()
    g = globals()
    sfx = "" if shapes == 1 else f"_{shapes}"
    date_shapes, dob_shapes, age_shapes, job_shapes, group_shapes, controls = (
        g.get(k + sfx) for k in ("DATE_SHAPES", "DOB_SHAPES", "AGE_SHAPES", "JOB_SHAPES", "GROUP_SHAPES",
                                 "CONTROLS"))
    out = []
    for i in range(n):
        kind = i % 6 if shapes < 3 else (0, 1, 2, 5)[i % 4]
        spans = []
        if kind == 5:
            text = rng.choice(controls)
        elif kind in (0, 1):
            shape = rng.choice(date_shapes if kind == 0 else dob_shapes)
            d = fake.date_between("-80y", "+1y")
            v = date_value(rng, d) if shapes < 3 else date_value_round(rng, d, shapes)
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "DATE_TIME" if kind == 0 else "DATE_OF_BIRTH")]
        elif kind == 2:
            shape, what = rng.choice(age_shapes)
            n_, d = rng.randint(2, 95), rng.randint(2, 9)
            if what == "w":  # rounds 3-4 only: rounds 1-2 draw the same numbers as before
                v = _spelled(n_, rng.choice("- "))
            else:
                v = {"d0s": f"{d}0s", "o": _ordinal(n_)}.get(what, str(n_))

            a = shape.index({"d0s": "{d}0s", "w": "{w}", "o": "{o}"}.get(what, "{n}"))
            text = shape.replace("{d}0s", v).replace("{n}", v).replace("{w}", v).replace("{o}", v)
            text = text.replace("{m}", str(rng.randint(2, 17)))
            end = a + len(v) + (1 if what in ("nM", "nF") else 0)
            spans = [(a, end, "AGE")]
        else:
            shape = rng.choice(job_shapes if kind == 3 else group_shapes)
            v = rng.choice(jobs if kind == 3 else nrp)
            if kind == 3 and rng.random() < 0.5:
                v = v.lower()
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "JOB" if kind == 3 else "NRP")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def dev_sample(rng: random.Random, text: str, spans, carriers) -> dict:
    """One dev sample: ``text`` with its ``(start, end, type)`` spans, a
    BANKING77 query after it, lower-cased half the time (same length)."""
    text = text + ". " + rng.choice(carriers)
    if rng.random() < 0.5:
        text = text.lower()
    return {"text": text, "spans": [{"start": s, "end": e, "type": t} for s, e, t in spans]}


def run_and_print(samples, show_misses: int = 0, show_controls: bool = False) -> dict:
    """Scrub ``samples`` with every quasi switch on but ``DATE_PART`` (the
    switches these dev sets were written for; session 17 added it: see
    ``scrub_dates17_dev.py``), print survival per category (and misses or
    controls that lost a word when asked); the report."""
    from client import scrub

    switches = [q for q in scrub.QUASI_IDENTIFIERS if q != "DATE_PART"]
    results = scrub.analyze_texts([s["text"] for s in samples], quasi_identifiers=switches, batch_size=256)
    spans = [[(r.start, r.end) for r in rs] for rs in results]
    report, misses = score(samples, spans)
    for k, v in report["whole_survival_pct"].items():
        print(f"{k:45s} n={report['counts'][k]:4d} whole survival {v:5.1f}%")
    print(f"{'quasi (whole)':45s} {report['quasi_whole_survival_pct']}%")
    print(f"{'ordinary words removed':45s} {report['ordinary_words_removed_pct']}%")
    for category, value, text in misses[:show_misses]:
        print(f"MISS {category:12.12s} {value!r:30s} {text[:90]!r}")
    if show_controls:
        for s, sp in zip(samples, spans):
            if not s["spans"] and sp:
                print("CONTROL", [s["text"][a:b] for a, b in sp], repr(s["text"][:90]))
    return report


def dev_main(doc: str, build, n: int, option: str, help_b: str) -> None:
    """The command line of a dev script whose ``build(n, half)`` has halves
    ``a`` (tuned on) and ``b`` (never tuned on), chosen by ``option``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=n)
    parser.add_argument(option, dest="half", default="a", choices="ab", help=help_b)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    args = parser.parse_args()
    run_and_print(build(args.n, args.half), args.show_misses, args.show_controls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1200)
    parser.add_argument("--half", default="b", choices="ab")
    parser.add_argument("--shapes", type=int, default=1, choices=(1, 2, 3, 4),
                        help="2: round 1's shapes never tuned on; 3: dates and ages (round 3); 4: never tuned on")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-controls", action="store_true", help="print controls that lost a word")
    args = parser.parse_args()
    run_and_print(build(args.n, args.half, shapes=args.shapes), args.show_misses, args.show_controls)


if __name__ == "__main__":
    main()
