"""Dev set for dates as people type them in chat, session 14 (issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_dates14_dev.py [-n 1500] [--half a|b] [--show-misses 40] [--show-controls]

Dates in the untidy forms chat and forum text uses and earlier rounds' sets
lacked: month names misspelt (letters dropped, swapped, doubled or mistyped,
drawn at random, not listed), a month word between slashes or dots
("12/sep/2021"), a day glued to its month ("march3rd"), lists and ranges of
days ("march 3, 4 and 5", "20th-22nd", "3/3-3/5"), a date with its time,
weekdays and month names of other languages (babel's CLDR data, Latin script),
a day after "the night of" or "the weekend of", a day and month in digits
after a preposition, and a year glued after a comma ("jan 3rd,2019").

Policy (docs/scrubbing.md): a year, a month, a weekday, a season, a time or a
quarter alone stays; controls put such words, fractions, scores, versions,
counts and English words near month names ("match 3", "marsh 12") in the same
places, and must stay.

Each half has its own value forms and its own chat wrappers, written
separately: ``a`` is tuned on, ``b`` is reported once at the end and never
tuned on; the seed differs too. Each text is followed by a real BANKING77 test
query (CC-BY-4.0); half are lower-cased. Scoring is ``scrub_chat_eval.score``
through ``scrub_quasi_dev.run_and_print``.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _ordinal, _spelled, _spelled_ordinal, dev_main, dev_sample  # noqa: E402

_KEYS = "qwertyuiopasdfghjklzxcvbnm"
_LOCALES = {"a": ("fr", "es", "de", "it", "nl", "pl", "sv", "tr"),
            "b": ("pt", "ro", "da", "cs", "hu", "id", "fi", "ca")}


def typo(rng: random.Random, word: str) -> str:
    """``word`` with one slip of the keyboard (never its first letter)."""
    i = rng.randint(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_KEYS) + word[i + 1:]


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def foreign(rng: random.Random, half: str, d: dt.date) -> tuple[str, str]:
    """A weekday and a month name of one of the half's languages (CLDR, via babel)."""
    from babel import Locale

    loc = Locale.parse(rng.choice(_LOCALES[half]))
    width = rng.choice(("wide", "abbreviated"))
    return loc.days["format"]["wide"][d.weekday()], loc.months["format"][width][d.month]


def value(rng: random.Random, half: str, d: dt.date) -> str:
    day, m, y, yy = d.day, d.month, d.year, d.year % 100
    mon, ab, wd = d.strftime("%B").lower(), d.strftime("%b").lower(), d.strftime("%A").lower()
    o, o2, d2 = _ordinal(day), _ordinal(min(day + 2, 28)), min(day + 2, 28)
    h, mi = rng.randint(1, 12), rng.choice((0, 10, 15, 30, 45))
    fwd, fmon = foreign(rng, half, d)
    t = typo(rng, mon) if len(mon) > 4 else mon
    if half == "a":
        forms = [
            f"{t} {day}", f"{o} {t}", f"{t} {o} {y}", f"{day} {t}", f"{day}/{ab}/{y}", f"{o}/{mon}",
            f"{mon}{day}", f"{day}{mon}", f"{mon}{o}", f"{ab} {o},{y}", f"{mon} {day}, {d2} and {d2 + 1}",
            f"{o}-{o2}", f"{m}/{day}-{m}/{d2}", f"{day}/{m}-{d2}/{m}", f"{fwd} {day} {fmon}", f"{day} {fmon} {y}",
            f"{mon} {day} {y} {h}:{mi:02d}pm", f"{day:02d}/{m:02d}/{y} {h}:{mi:02d}", f"{mon} {_spelled(day, ' ')}",
            f"the weekend of the {o}", f"the night of the {o}", f"{wd[:3]}s the {o}" if wd == "wednesday" else
            f"{wd} the {o}", f"{day}.{ab}.{y}", f"{mon} {day} '{yy:02d}",
        ]
    else:
        forms = [
            f"{t} {o}", f"{day} {t} {y}", f"the {o} of {t}", f"{t}, {y}" if rng.random() < 0.3 else f"{t} {day}th",
            f"{o}/{ab}/{yy:02d}", f"{day}-{mon}", f"{ab}{o}", f"{o}{mon}", f"{mon.title()}{day}",
            f"{o} {mon},{y}", f"{day}, {d2} & {d2 + 1} {mon}", f"{o} thru {o2}", f"{day}/{m} - {d2}/{m}",
            f"{m}/{day} to {m}/{d2}", f"{fwd}, {day}. {fmon}", f"{fmon} {day}, {y}",
            f"{day} {ab} {y}, {h}{mi and f':{mi:02d}'}am",
            f"{y}-{m:02d}-{day:02d} at {h}:{mi:02d}", f"{_spelled_ordinal(day)} of {ab}", f"the morning of the {o}",
            f"the evening of {mon} {day}", f"weds {o}" if wd == "wednesday" else f"{wd[:3]} the {o}",
            f"{ab}.{day}.{y}", f"{mon} {_spelled(day)}",
        ]
    return rng.choice(forms)


WRAPPERS = {
    "a": ["hi so on {v} my card got declined at the shop", "charged twice {v}???",
          "the transfer from {v} is still not there",
          "can i book {v} for the branch visit", "Posted {v}: app keeps crashing after update",
          "my salary came in on {v} and then vanished", "we fly out {v}, will my card work abroad",
          "order #4411 placed {v} not delivered", "re: complaint of {v}", "last login {v} from an unknown device",
          "{v} i tried to withdraw cash and the atm ate my card", "my statement for {v} shows a fee i dont recognise",
          "Edit ({v}): still broken", "i reported it on {v} and nobody answered"],
    "b": ["anyone else having issues since {v}", "ok thx. payment went out {v} btw",
          "quick q - what happened {v} with the app",
          "bought a phone online {v} and got scammed", "update as of {v}: refund received",
          "our wedding is {v} and i need the limit raised", "I opened the account {v}",
          "did the fee on {v} get reversed", "{v} - card frozen, no reason given", "pls confirm the visit for {v}",
          "moved house {v}, how do i change address", "[{v}] pending top up", "it stopped working around {v} i think",
          "the guy i spoke to {v} said it was fixed"],
}
# Ordinary words in the same places; each must stay.
CONTROLS = {
    "a": ["match 3 on saturday was great", "a marsh 12 miles away", "i may 3 times try", "about 3/4 of it went",
          "the score was 3-1", "version 12.3 broke it", "room 3 on the 2nd floor", "in march i paid 40",
          "since 2019 i bank here", "on monday i paid", "at 5:30 it failed", "summer 2021 was fine",
          "q3 2023 report", "page 3/12", "the 3rd payment failed", "on the 1st try", "i sent 3 and then 4 more",
          "top 10 tips", "24/7 support", "junk 5 emails a day", "rated 8/10", "1st-3rd place prizes",
          "augusta 3 times a year", "i have 2 cards"],
    "b": ["i sat 12 exams", "we march 2 miles", "1/2 price promo", "won 2-0 yesterday", "build 4.1.2 crashes",
          "gate 3 at the 3rd terminal", "in june we moved", "back in 2018 it was ok", "on friday the app died",
          "around 6pm it worked", "winter 2020 they changed it", "q1 2024 fees", "chapter 3/4", "my 2nd card",
          "the 1st attempt failed", "i paid 5, then 6, then 7", "top 5", "open 24/7", "decent 5 star service",
          "score 9/10", "2nd-4th rows", "marching 3 blocks", "jules 4 ever", "i need 3 cards"],
}


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1401, "b": 1402}[half]
    rng = random.Random(seed)
    carriers = _carriers()
    out = []
    for i in range(n):
        if i % 3 == 2:
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
            continue
        d = dt.date(rng.randint(1950, 2026), rng.randint(1, 12), rng.randint(1, 28))
        v = value(rng, half, d)
        while not _latin(v):
            v = value(rng, half, d)
        shape = rng.choice(WRAPPERS[half])
        a = shape.index("{v}")
        out.append(dev_sample(rng, shape.replace("{v}", v), [(a, a + len(v), "DATE_TIME")], carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1500, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
