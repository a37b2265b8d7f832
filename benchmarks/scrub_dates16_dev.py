"""Dev set for dates, times and ages in shapes no rule round wrote, session 16 (round dates16), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_dates16_dev.py [-n 400] [--half a|b] [--show-misses 40] [--show-controls]

Written for this round, to test spaCy's learned DATE / TIME spans as date
candidates (``client/scrub/ner_dates.py``) rather than more listed shapes:

* dates in the formats CLDR prints for English and other locales (babel's
  ``format_date`` / ``format_datetime`` with short / medium / long / full
  patterns and skeletons), dates with a clock time, spelled ordinals ("the
  third of may", "the 5th day of june", "june of 1990"), inside chat, e-mail, form and note frames;
* ages as English prose writes them around a person ("my 42-year-old son",
  "she was 42 years old", "at the age of 42", "aged 42");
* controls: durations, amounts, relative and vague dates ("yesterday", "last
  week", "the weekend", "3 days", "a few months"), a year or a weekday alone,
  a thing's age ("the laptop is 3 years old"), times alone; each must stay.

The two halves use different locales, patterns, frames and seeds, written
separately: ``a`` is tuned on, ``b`` is scored at the start and once at the
end, never tuned on. Each text is followed by a real BANKING77 test query
(CC-BY-4.0); half are lower-cased.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _spelled, _spelled_ordinal, dev_main, dev_sample  # noqa: E402

_LOCALES = {"a": ("en_US", "en_GB", "en_AU", "en_IN", "fr_FR", "de_DE", "es_ES", "it_IT"),
            "b": ("en_CA", "en_IE", "en_ZA", "en_NZ", "en_150", "nl_NL", "pt_PT", "sv_SE", "en_MT")}
_SKELETONS = {"a": ("MMMd", "yMMMd", "MMMMd", "yMd", "MEd", "yMMMEd", "yMMMM"),
              "b": ("MMMMEEEEd", "yMMMMd", "Md", "yMMM", "MMMEd", "yMMMMEEEEd", "yMMdd")}
_TIME_SKELETONS = {"a": ("Hm", "hm"), "b": ("hm", "Hms")}
_JOINS = {"a": (" ", ", ", " at "), "b": (" ", " @ ", " - ")}


def _spelled_date(rng: random.Random, half: str, d: dt.date) -> str:
    month = d.strftime("%B")
    day = _spelled_ordinal(d.day) if rng.random() < 0.4 else f"{d.day}{_suffix(d.day)}"
    if half == "a":
        forms = (f"the {day} of {month}", f"{month} the {day}", f"{day} {month} {d.year}", f"{month} {day}",
                 f"the {day} day of {month}", f"{month} of {d.year}", f"{month} {d.day} of {d.year}")
    else:
        forms = (f"{day} of {month} {d.year}", f"the {day} {month}", f"{month} {day}, {d.year}",
                 f"{month[:3]} {day}", f"the {day} day of {month}, {d.year}", f"{month} {day} in the year {d.year}",
                 f"{d.day} {month} of {d.year}")
    return rng.choice(forms)


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def date_value(rng: random.Random, half: str) -> str:
    from babel.dates import format_date, format_datetime, format_skeleton

    d = dt.date(rng.randint(1940, 2027), rng.randint(1, 12), rng.randint(1, 28))
    loc = rng.choice(_LOCALES[half])
    r = rng.random()
    if r < 0.3:
        v = format_date(d, format=rng.choice(("short", "medium", "long", "full")), locale=loc)
    elif r < 0.6:
        v = format_skeleton(rng.choice(_SKELETONS[half]), d, locale=loc)
    elif r < 0.8:
        t = dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.choice((0, 5, 15, 30, 45, 50)))
        if rng.random() < 0.5:
            v = format_datetime(t, format=rng.choice(("short", "medium")), locale=loc)
        else:
            v = (format_skeleton(rng.choice(_SKELETONS[half]), t, locale=loc) + rng.choice(_JOINS[half])
                 + format_skeleton(rng.choice(_TIME_SKELETONS[half]), t, locale=loc))
    else:
        v = _spelled_date(rng, half, d)
    v = v.replace("\u202f", " ").replace("\u00a0", " ")
    return v.lower() if rng.random() < 0.6 else v


DATE_FRAMES = {
    "a": ["my card was swallowed on {v}", "hi, the charge from {v} is wrong", "appointment: {v}",
          "i opened the account {v} i think", "the letter dated {v} says i owe", "on {v} i tried to pay",
          "can you reverse the debit of {v}", "my flight was {v} and the card failed abroad",
          "Re: your message of {v}", "booked for {v}, please confirm", "last login {v}",
          "the cheque i paid in on {v} has not cleared"],
    "b": ["transaction {v} - unknown merchant", "my salary came in {v} but shows pending",
          "from: support, sent: {v}", "we moved house {v} so new address", "the limit changed after {v}",
          "note to self - call bank re {v}", "delivery slot {v}?", "my daughter was born {v}",
          "pls check what happened {v}", "it was declined at the shop on {v} around lunch",
          "(call logged {v})", "statement period ending {v}"],
}

# {n}: an adult's age, {k}: a child's, {w}: spelled; the number (or spelled age) is the span.
AGE_FRAMES = {
    "a": ["my {n}-year-old mother can't log in", "she is {n} years old and wants a card",
          "at the age of {n} i finally opened an account", "my son, aged {k}, lost his card",
          "i'm a {n} year old nurse", "dad turned {n} last month", "my grandmother is {w} years old",
          "our {k} year old wants pocket money on a card", "i am {n} years of age", "he's {n} and retired",
          "as a {n}-year-old i need help", "my wife ({n}) has a joint account"],
    "b": ["i was {n} when i opened it", "my nephew, who is {k}, got a card", "the account holder is {n} yrs old",
          "my {w}-year-old dad is confused by the app", "a {n} yr old customer here", "when my girl turned {k}",
          "mum is now {n} and housebound", "applicant age {n}", "i've been retired since i was {n}",
          "both of us are over {n}", "my boy is {k} years old", "granny, {n}, can't use apps"],
}
# Ages a frame names whose number is no specific age ("over 60"): not scored.
_NOT_AGES = ("over {n}",)

CONTROLS = {
    "a": ["i tried yesterday and last week", "the transfer took 3 days", "a few months ago my card expired",
          "over the weekend nothing worked", "i have banked here since 2015", "on monday it failed again",
          "my laptop is 3 years old", "paid 42 pounds for it", "it will take 5-7 working days",
          "for the last two years", "call me at 10:30", "the 2nd payment bounced", "in the 90s",
          "i have 3 cards", "every month they charge me", "next week i travel", "two hours on hold",
          "earlier today the app crashed", "the contract is 12 months", "over 18s only?"],
    "b": ["i called this morning and last night", "it has been 10 days", "a couple of weeks back",
          "during the holidays", "since 2011 i have been a customer", "friday it worked",
          "my phone is 2 years old", "sent 60 euros", "wait 3 to 5 business days",
          "for the past six months", "ring me at 9:45", "my 3rd attempt", "back in the 80s",
          "i own 2 accounts", "every year the fee rises", "last month i moved", "four hours waiting",
          "later tonight i will retry", "a 24 month loan", "tomorrow morning works"],
}


def build(n: int, half: str) -> list[dict]:
    rng = random.Random({"a": 1601, "b": 1602}[half])
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 10
        if kind >= 7:  # controls: 30 %
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
        elif kind >= 3:  # dates: 40 %
            v = date_value(rng, half)
            frame = rng.choice(DATE_FRAMES[half])
            a = frame.index("{v}")
            out.append(dev_sample(rng, frame.replace("{v}", v), [(a, a + len(v), "DATE_TIME")], carriers))
        else:  # ages: 30 %
            frame = rng.choice(AGE_FRAMES[half])
            age, kid = rng.randint(18, 95), rng.randint(2, 17)
            key = next(k for k in ("{n}", "{k}", "{w}") if k in frame)
            v = {"{n}": str(age), "{k}": str(kid), "{w}": _spelled(age, rng.choice("- "))}[key]
            a = frame.index(key)
            text = frame.replace(key, v, 1)
            spans = [] if any(x in frame for x in _NOT_AGES) else [(a, a + len(v), "AGE")]
            out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 400, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
