"""Dev set for dates and ages, session 12 (issue 13), with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_dates12_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Each half (``a``: tuned on; ``b``: reported once at the end, never tuned on)
has its own date forms, date and date-of-birth templates, age phrasings and
controls; the seed differs too. Values:

* dates from Faker's date provider (MIT), written in the shapes chat uses and
  earlier rounds lacked ("3rd of march", "march the 3rd", "mon 3/4",
  "3-mar-24", "4 mar '24", "2024/03/04", "3pm on the 4th", a weekday with its
  day), in CLDR-style patterns (``d MMMM y``, ``d. MMMM y``, ``d 'de' MMMM 'de'
  y``, ``EEEE d MMMM``, ``y. MM. dd.``; babel is not installed, so the patterns
  are written here) with the month and day names of every Faker locale that
  has them (``faker.providers.date_time.<locale>``, 40 locales), lower-cased
  half the time as chat is; and Hijri, Hebrew and Persian months, Buddhist-era
  years;
* ages in bare-number phrasings ("she's 34", "turning 40 next week", "my 7
  year old", "34f", "34/m", "(34)", "a 34-year-old", "at 34 i ...");
* controls: counts, pages, versions, amounts, order numbers, times alone ("at
  3pm": the policy keeps a time without its day), "may i", "march on",
  "second time", "sunday school", a month, weekday or year alone.

Each text is followed by a real BANKING77 test query (CC-BY-4.0) as carrier;
half the texts are lower-cased. Scoring is ``scrub_chat_eval.score`` through
``scrub_quasi_dev.run_and_print``.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _ordinal, _spelled, _spelled_ordinal, dev_main, dev_sample  # noqa: E402

_WD = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Islamic, Hebrew and Persian (solar Hijri) month names as romanised in English text.
_HIJRI = ("muharram", "safar", "rabi al-awwal", "rabi al-thani", "jumada al-awwal", "jumada al-akhirah", "rajab",
          "shaban", "ramadan", "shawwal", "dhul qadah", "dhul hijjah")
_HEBREW = ("tishrei", "cheshvan", "kislev", "tevet", "shevat", "adar", "nisan", "iyar", "sivan", "tammuz", "elul")
_PERSIAN = ("farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey",
            "bahman", "esfand")


def locale_names() -> dict[str, tuple[list[str], list[str]]]:
    """Month and day names (Monday first) of every Faker locale that has both."""
    import faker.providers.date_time as dt

    out = {}
    for m in pkgutil.iter_modules(dt.__path__):
        p = importlib.import_module(f"faker.providers.date_time.{m.name}").Provider
        months, days = getattr(p, "MONTH_NAMES", None), getattr(p, "DAY_NAMES", None)
        if months and days:
            out[m.name] = ([months[f"{i:02d}"] for i in range(1, 13)], [days[str(i % 7)] for i in range(1, 8)])
    return out


def _v(d, rng, names):
    """The pieces a form is written from."""
    months, days = names
    lower = rng.random() < 0.5  # chat lower-cases a locale's names half the time
    h = rng.randint(1, 12)
    return dict(
        d=d.day, m=d.month, y=d.year, yy=d.year % 100, mon=d.strftime("%B").lower(), ab=d.strftime("%b").lower(),
        o=_ordinal(d.day), so=_spelled_ordinal(d.day), wd=_WD[d.weekday()], w3=_WD[d.weekday()][:3],
        lm=months[d.month - 1].lower() if lower else months[d.month - 1],
        lwd=days[d.weekday()].lower() if lower else days[d.weekday()], h=h, mi=rng.choice((0, 15, 30, 45)),
        hij=rng.choice(_HIJRI), heb=rng.choice(_HEBREW), per=rng.choice(_PERSIAN),
        hy=rng.randint(1380, 1450), be=d.year + 543,
    )


# Date forms (str.format over ``_v``), one list per half.
FORMS = {
    "a": [
        "{o} of {mon}", "{mon} the {o}", "{w3} {m}/{d}", "{d}-{ab}-{yy:02d}", "{d:02d}.{m:02d}.",
        "{y}/{m:02d}/{d:02d}", "{d} {ab} '{yy:02d}", "last {wd} the {o}", "{h}pm on the {o}", "{wd} {d}",
        "{so} of {mon}", "{ab} the {o}", "{wd} {o} {mon}", "{d}/{m}/{yy:02d}", "{d:02d}-{ab}-{y}",
        # CLDR-style, with a locale's names
        "{d} {lm} {y}", "{d}. {lm} {y}", "{d} de {lm} de {y}", "{lwd} {d} {lm}", "{d} {lm}", "{lm} {d}, {y}",
        "{y}. {m:02d}. {d:02d}.", "{d:02d}/{m:02d}/{y}", "{d}.{m}.{y}",
        "{d} {hij} {hy}", "{d} {heb}", "{d} {mon} {be} be", "{d} {per} {hy}",
    ],
    "b": [
        "{so} of {ab}", "{mon} the {so}", "{wd} {d}/{m}", "{d}-{ab}-{y}", "{d}.{m}.", "{y}/{m}/{d}",
        "{d} {mon} '{yy:02d}", "next {wd} the {o}", "{h}:{mi:02d} on the {o}", "{w3} {o}", "the {o} of {ab}",
        "{mon} the {d}", "{wd}, {mon} {o}", "{m}/{d}/{yy:02d}", "{d} {ab}. {y}",
        "{d} {lm}, {y}", "{d}. {lm}", "{d} de {lm}", "{lwd}, {d} {lm} {y}", "{lm} {d}", "{d} {lm} {y}r.",
        "{y}-{m}-{d}", "{d:02d}.{m:02d}.{yy:02d}", "{d}/{m:02d}/{y}",
        "{hij} {d}, {hy}", "{d} {hij}", "{d} {heb} {y}", "{be}-{m:02d}-{d:02d}",
    ],
}
DATE_SHAPES = {
    "a": ["can we do {v} instead", "the payment on {v} failed twice", "i'm away {v}, back after",
          "see you {v}!", "my card was charged {v} and again later", "so {v} i tried to log in and it locked",
          "appointment: {v}", "we fly out {v}", "delivery was meant to be {v}"],
    "b": ["is {v} ok for you", "the transfer from {v} is still pending", "off work {v} pls note",
          "it happened {v} around lunch", "statement dated {v} shows a fee", "{v} the app just crashed",
          "interview {v}", "checking in {v}", "the parcel came {v}"],
}
DOB_SHAPES = {
    "a": ["dob {v}", "d.o.b. {v}", "date of birth: {v}", "born {v}", "my birthday is {v}", "DOB - {v}"],
    "b": ["d.o.b {v}", "DOB:{v}", "birthdate {v}", "i was born on {v}", "bday {v}", "date of birth {v}"],
}
# Age phrasings: "{n}" a number, "{w}" spelled.
AGES = {
    "a": ["she's {n}", "turning {n} next week", "my {n} year old keeps asking", "{n}f here, need help", "{n}/m",
          "my husband ({n}) cant log in", "aged {n}", "{n} yrs", "a {n}-year-old", "at {n} i moved out",
          "im {n}m and", "me ({n}f) and my bf", "he's almost {n}", "my {n}yo son", "i'm a {n} year old student",
          "he just turned {n}", "she will be {n} in may", "my son who is {n}", "{n} y/o", "F{n}",
          "i'm {w}", "our {n} month old", "the kid is {n}", "i am {n}, male"],
    "b": ["he's {n}", "turns {n} next month", "my {n} yr old", "{n}m here", "{n}/f", "my wife ({n}) has a card",
          "age {n}", "{n} yrs old", "a {n} year old", "at {n} she left school", "im {n}f and",
          "my gf ({n}f) and i", "she's nearly {n}", "my {n}yo daughter", "i'm a {n} yo nurse",
          "she just turned {n}", "he'll be {n} in june", "my daughter who's {n}", "{n}yo", "M{n}",
          "he's {w}", "my {n} week old", "the boy is {n}", "i'm {n}, female"],
}
CONTROLS = {
    "a": ["i bought 3 items", "see page 4", "version 2.3 crashes", "may i ask something", "we march on",
          "second time this happened", "sunday school fees", "i paid $34 for it", "order #58213 never came",
          "the call is at 3pm", "in march we moved", "since 2019 i bank here", "on monday it failed",
          "the 3rd floor branch", "it took 3 days", "top 10 questions", "2 of my 3 cards", "chapter 12",
          "room 304", "mon-fri 9-5", "i'm 5 minutes away", "100% sure", "4 stars", "3/4 of the fee",
          "rated it 4.5/5", "we are 2 people", "i was 10 minutes late", "step 2 failed"],
    "b": ["i ordered 5 items", "on page 7", "app version 4.1", "may we change it", "time to march on",
          "the second time", "bible school fee", "it cost 45 euros", "order no 77120 is late", "meet at 4pm",
          "in june it stopped", "in 2021 i opened it", "on friday i paid", "the 2nd attempt failed",
          "it took 5 days", "top 5 tips", "1 of my 2 accounts", "section 9", "gate 12", "open 24/7",
          "im 2 payments behind", "i am 50% done", "5 stars", "1/2 of the amount", "score 8/10",
          "there are 4 of us", "i waited 20 minutes", "the 4th option"],
}


def build(n: int, half: str) -> list[dict]:
    from faker import Faker

    seed = {"a": 1201, "b": 1202}[half]
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    names = locale_names()
    locales = sorted(names)
    carriers = _carriers()
    out = []
    for i in range(n):
        kind = i % 4  # 0 date, 1 date of birth, 2 age, 3 control
        spans = []
        if kind == 3:
            text = rng.choice(CONTROLS[half])
        elif kind in (0, 1):
            shape = rng.choice((DATE_SHAPES if kind == 0 else DOB_SHAPES)[half])
            d = fake.date_between("-80y", "+1y") if kind == 0 else fake.date_of_birth(minimum_age=1, maximum_age=90)
            form = rng.choice(FORMS[half])
            pieces = _v(d, rng, names[rng.choice(locales)])
            v = form.format(**pieces)
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "DATE_TIME" if kind == 0 else "DATE_OF_BIRTH")]
        else:
            shape = rng.choice(AGES[half])
            age = rng.randint(2, 20) if ("week old" in shape or "month old" in shape) else rng.randint(2, 95)
            v = _spelled(age, rng.choice("- ")) if "{w}" in shape else str(age)
            key = "{w}" if "{w}" in shape else "{n}"
            a = shape.index(key)
            text = shape.replace(key, v)
            spans = [(a, a + len(v), "AGE")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1600, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
