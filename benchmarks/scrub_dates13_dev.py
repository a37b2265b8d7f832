"""Dev set for dates in the shapes of other locales, session 13 (issue 13), with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_dates13_dev.py [-n 1600] [--half a|b] [--show-misses 40] [--show-controls]

Earlier rounds wrote their date forms themselves; here the forms come from
data nobody here wrote: the CLDR date and time formats of every babel locale
(``babel.dates``, BSD-3-Clause; CLDR data under the Unicode licence):
``short`` / ``medium`` / ``long`` / ``full`` dates, ``short`` / ``medium``
date-times and the skeletons chat-length dates use (``MMMd``, ``MMMEd``,
``yMMMd``, ``yMd``, ``Md``, ``MEd``, ``yMMMEd``, ``MMMMd``, ``yMMMM``). A
locale whose month names are in Latin script writes them in its own language
half the time; every locale's patterns are also written with English names
(``5 Mar 2024``, ``2024. Mar 5.``, ``Tue, 5 Mar``), as English chat from
that country does; a date with letters of another script is drawn again
(CJK ``2024年3月5日`` stays in). Times alone are not in the set: the policy keeps them.

Locales are split in two by a hash of their name: half ``a`` is tuned on,
half ``b`` is reported once at the end, never tuned on; the chat wrappers and
the seed differ by half too. A third of the texts are controls with ordinary
numbers that must stay (amounts, versions, scores, ratios, counts, "24/7",
"1/2 price"), and date texts carry such a number as well. Each text is
followed by a real BANKING77 test query (CC-BY-4.0); half are lower-cased.
Scoring is ``scrub_chat_eval.score`` through ``scrub_quasi_dev.run_and_print``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, dev_main, dev_sample  # noqa: E402

_DATE_FORMATS = ("short", "medium", "long", "full")
_DATETIME_FORMATS = ("short", "medium")
_SKELETONS = ("MMMd", "MMMEd", "yMMMd", "yMd", "Md", "MEd", "yMMMEd", "MMMMd", "yMMMM")


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def locales(half: str) -> list[str]:
    """Base locales (no region) plus a few English ones, in ``half`` by hash."""
    from babel.localedata import locale_identifiers

    ids = sorted(i for i in locale_identifiers() if "_" not in i or i in ("en_GB", "en_IN", "en_AU", "en_CA",
                                                                          "en_ZA", "en_NG", "en_PH", "pt_PT",
                                                                          "es_MX", "fr_CA", "de_CH"))
    return [i for i in ids if "ab"[hashlib.sha1(i.encode()).digest()[0] & 1] == half]


def date_text(rng: random.Random, loc: str) -> str:
    """One date of ``loc``'s CLDR shapes, in its own Latin-script names or in English."""
    from babel import Locale, dates

    d = dt.datetime(rng.randint(1940, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                    rng.choice((0, 5, 15, 30, 45, 50)), rng.randint(0, 59))
    locale = Locale.parse(loc)
    own = _latin(locale.months["format"]["wide"][d.month]) and rng.random() < 0.5
    kind = rng.random()
    if kind < 0.45:
        pattern = locale.date_formats[rng.choice(_DATE_FORMATS)].pattern
    elif kind < 0.6:
        f = rng.choice(_DATETIME_FORMATS)
        pattern = locale.datetime_formats[f].replace("{1}", locale.date_formats[f].pattern).replace(
            "{0}", locale.time_formats[f].pattern)
    else:
        skeletons = locale.datetime_skeletons
        pattern = skeletons[rng.choice([s for s in _SKELETONS if s in skeletons])].pattern
    text = dates.format_datetime(d, pattern, locale=loc if own else "en")
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


# Chat wrappers; "{v}" the date. Each has an ordinary number or none; all of it must stay.
DATE_SHAPES = {
    "a": ["can we move it to {v}? i paid 45.20 already", "the 3 payments on {v} failed", "{v} - order of 12 items",
          "app v5.3.1 crashed on {v}", "booked for {v}, 2 people", "score was 3-1 and then {v} i got charged",
          "statement from {v} shows 4 fees", "i topped up 100 on {v}", "delivery {v}, box 2 of 3",
          "we met {v} to talk about the 1/2 price offer", "transfer dated {v}", "{v}: card declined twice"],
    "b": ["is {v} ok? it's 30% off", "my 2 transfers from {v} are pending", "refund of 19.99 issued {v}",
          "version 2.4.1, since {v} it logs me out", "appointment {v} for 3 of us", "{v} the fee was 7.50",
          "open 24/7 but on {v} nobody answered", "i sent 250 on {v}", "parcel 1 of 2 arrived {v}",
          "ratio 16:9 screenshot from {v}", "on {v} i tried 5 times", "invoice {v} total 88"],
}
CONTROLS = {
    "a": ["i paid 45.20 for 3 items", "version 5.3.1 keeps crashing", "the score was 3-1", "open 24/7 they said",
          "1/2 price on all fees?", "ratio of 4:3 on the card photo", "i have 2 cards and 1 account",
          "it cost 12.05 in total", "rated 4.5/5", "took 10-15 minutes", "page 3 of 12", "update 14.2 failed",
          "limit is 2,500 a day", "set pin 1-2-3 no", "i tried 3 or 4 times", "we are 2.5 hours late",
          "app 10.3 and ios 17.4.1", "fee 1.5% per transfer", "2 x 50 withdrawals"],
    "b": ["it was 19.99 for 2 months", "on build 3.12.4 still broken", "they won 2-0", "support is 24/7?",
          "half price: 1/2 off", "16:9 screen", "i sent 3 payments of 20", "balance 31.12 left",
          "score 8/10", "wait 5-10 days", "step 2 of 4", "release 11.3 broke it", "up to 1,000 per week",
          "i tried 6 times", "it took 1.5 hours", "android 13.1.2", "rate 2.9% fx", "3 x 40 top ups",
          "chapter 4.2 of the terms"],
}


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1301, "b": 1302}[half]
    rng = random.Random(seed)
    locs = locales(half)
    carriers = _carriers()
    out = []
    for i in range(n):
        if i % 3 == 2:
            out.append(dev_sample(rng, rng.choice(CONTROLS[half]), [], carriers))
            continue
        shape = rng.choice(DATE_SHAPES[half])
        v = date_text(rng, rng.choice(locs))
        while not _latin(v.replace("年", "").replace("月", "").replace("日", "")):  # English chat: Latin letters
            v = date_text(rng, rng.choice(locs))
        a = shape.index("{v}")
        out.append(dev_sample(rng, shape.replace("{v}", v), [(a, a + len(v), "DATE_TIME")], carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1600, "--half", "a: tuned on; b: reported once, never tuned on")


if __name__ == "__main__":
    main()
