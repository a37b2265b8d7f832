"""Dev set for dates and ages no shape list foresaw, session 15 (round quasi15), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_quasi15_dev.py [-n 300] [--half a|b] [--show-misses 40] [--show-controls]

Written for this round, to test rules keyed on what a number describes
rather than on more listed shapes:

* dates in the formats English locales of CLDR print (babel's
  ``format_date`` with each locale's short / medium / long / full pattern,
  and skeletons such as ``d MMM``), lower-cased as chat types them, after a
  few chat wrappers;
* ages in any order around a person word, a sex letter or a unit, with typos,
  spelled numbers and form labels in other languages;
* controls: ordinary sentences whose numbers are no date and no age
  (amounts, counts, durations, versions, scores, times, ranks); each must stay.

The two halves use different locales, value forms and wrappers, written
separately: ``a`` is tuned on, ``b`` is reported once at the end and never
tuned on; their seeds differ. Each text is followed by a real BANKING77 test
query (CC-BY-4.0); half are lower-cased (most templates already are).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _spelled, dev_main, dev_sample  # noqa: E402

_LOCALES = {"a": ("en_US", "en_GB", "en_IN", "en_AU", "en_PH"),
            "b": ("en_CA", "en_ZA", "en_IE", "en_NZ", "en_SG", "en_NG")}
_SKELETONS = {"a": ("d MMM", "MMM d", "d MMMM y", "EEE d MMM", "MMM d, y", "dd-MMM-yy", "y-MM-dd"),
              "b": ("MMMM d", "d MMMM", "EEEE, MMM d", "dd/MM", "MMM y", "d.M.y", "MMM dd yyyy")}


def date_value(rng: random.Random, half: str, d: dt.date) -> str:
    from babel.dates import format_date

    loc = rng.choice(_LOCALES[half])
    if rng.random() < 0.5:
        v = format_date(d, format=rng.choice(("short", "medium", "long", "full")), locale=loc)
    else:
        v = format_date(d, format=rng.choice(_SKELETONS[half]), locale=loc)
    return v.lower() if rng.random() < 0.8 else v


DATE_WRAPPERS = {
    "a": ["payment on {v} bounced", "hey, since {v} my app wont open", "my dob is {v}",
          "appointment {v} - can i move it", "i was charged on {v} twice", "card arrived {v} but its blocked",
          "statement dated {v} shows a fee", "{v} i tried paying rent and it failed", "last time it worked was {v}",
          "the refund promised for {v} never came"],
    "b": ["deposit made {v}, still pending", "born {v} if that helps verify me", "we close on the house {v}",
          "hi team - {v} transfer missing", "your letter of {v} says otherwise", "is the branch open {v}?",
          "tried again {v}, same error", "my visa expires {v}", "the direct debit on {v} was wrong",
          "(sent {v}) any news?"],
}

# {n}: an adult's age, {k}: a child's, {w}: spelled; the age is the only span.
AGE_SHAPES = {
    "a": ["age {n} and need a new card", "im {n}yrs and never had debt", "aged{n}, first account",
          "{n} y/o here", "my mum is {w} years old", "turning {n} next week", "me: {n} y.o. male",
          "she {n}, me {n2}", "my son ({k}) wants a card", "kid is {k}, can he have an account", "{n}yo f",
          "edad: {n}", "alter: {n}", "my wife {n}f and me", "{n} year old here lol", "grandad is {w} now",
          "i am {n} yr old", "daughter {k} yrs", "{n}, male, london", "my boy {k} lost his card"],
    "b": ["ages: me {n}, wife {n2}", "{n}yrs old sole trader", "i'm aged {n}", "age:{n}", "{n}/m/uk",
          "hes {w} and cant use apps", "my nan (aged {n})", "vârsta: {n}", "âge : {n} ans", "son, {k}, needs one",
          "our kid {k} yrs old", "{n} yo woman", "im a {n}yr old student", "me {n}m, her {n2}f",
          "{w} years young and still learning", "the twins turn {k} in june", "leeftijd {n}",
          "my dad's {w} and confused", "{n} years of age, retired", "age - {n}"],
}

CONTROLS = {
    "a": ["paid 34 dollars for it", "i have 3 cards", "waited 40 minutes on the phone", "for 12 years now",
          "version 2.3.4 broke it", "we won 3-1", "rated it 8/10", "call me at 10:30", "the 2nd payment",
          "room 34 on floor 2", "ordered 5 items", "over 90 days ago", "top 20 list", "i am 5 minutes away",
          "about 2.5k in savings", "the fee was 3.99", "pin has 4 digits", "3 out of 5 stars",
          "my son has 2 accounts", "she sent 40 quid", "i owe 120", "at 3pm", "for 2 weeks", "in 2019",
          "every 3 months", "50% off", "aged debt of 300", "bus 34 was late", "season 2 ep 7", "age limit is 18+?"],
    "b": ["lost 20 euros", "two transfers of 15 each", "took 3 hours", "been a customer 6 years",
          "app v5.1 crashes", "score was 2-2", "gave it 9/10", "meet at 9:15", "my 3rd attempt",
          "flat 12, 4th floor", "bought 7 tickets", "within 30 days", "top 5 reasons", "im 10 mins out",
          "saved 1.2k", "charged 4.50", "6 digit code", "4 stars", "my daughter got 3 cards", "he paid 60 bucks",
          "limit 500", "by 6pm", "for 10 days", "since 2020", "once every 2 weeks", "30% fee",
          "track 12 on the album", "page 45", "step 3 of 4", "18 or over only?"],
}


def build(n: int, half: str) -> list[dict]:
    rng = random.Random({"a": 1501, "b": 1502}[half])
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 10
        if kind >= 7:  # controls: 30 %
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
        elif kind >= 4:  # dates: 40 %
            d = dt.date(rng.randint(1950, 2026), rng.randint(1, 12), rng.randint(1, 28))
            v = date_value(rng, half, d)
            shape = rng.choice(DATE_WRAPPERS[half])
            a = shape.index("{v}")
            out.append(dev_sample(rng, shape.replace("{v}", v), [(a, a + len(v), "DATE_TIME")], carriers))
        else:  # ages: 30 %
            shape = rng.choice(AGE_SHAPES[half])
            age, kid = rng.randint(18, 95), rng.randint(2, 17)
            key = next(k for k in ("{n}", "{k}", "{w}") if k in shape)
            v = {"{n}": str(age), "{k}": str(kid), "{w}": _spelled(age, rng.choice("- "))}[key]
            a = shape.index(key)
            text = shape.replace(key, v, 1)
            spans = [(a, a + len(v), "AGE")]
            if "{n2}" in text:
                v2 = str(rng.randint(18, 95))
                b = text.index("{n2}")
                text = text.replace("{n2}", v2)
                spans.append((b, b + len(v2), "AGE"))
            out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 300, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
