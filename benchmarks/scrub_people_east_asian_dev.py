"""A dev set for Korean and Chinese names typed in Latin letters (session 12):
a surname and a two-syllable given name, joined ("kim minjun"), hyphenated
("park ji-hoon"), spaced ("lee seo yeon"), or given name first ("minjun kim"),
mostly in lower case, in the chat templates of ``scrub_people_dev``; and
ordinary sentences with the English words these names share ("park", "song",
"moon", "min", "long", "fan") that must stay.

    PYTHONPATH=. python benchmarks/scrub_people_east_asian_dev.py --half a      # tune on this
    PYTHONPATH=. python benchmarks/scrub_people_east_asian_dev.py --half b      # report once at the end
    PYTHONPATH=. python benchmarks/scrub_people_east_asian_dev.py --half a --show-misses 30 --show-overscrub 20

Where each value comes from (no Faker list the build script read):

* given names: the two-part Korean and Chinese first names of gender-guesser's
  name dictionary (``world_names``: "Eun+Jeong", "Ai+Bing"), romanised by the
  dictionary's author; half ``a`` / ``b`` by ``world_names.half_of`` of the
  joined name, and the recognizers load half ``a`` of the dictionary only
  (``world_names.LOADED_HALF = "a"``), so half ``b``'s given names are unseen;
* surnames: the common Korean spellings (``_KOREAN``, from the 2015 census's
  most frequent surnames as people write them) and the 30 most frequent
  Chinese surnames in pinyin (``_CHINESE``), written here;
* templates: half ``a`` uses ``scrub_people_dev``'s first and third sets,
  half ``b`` its second and fourth (wordings never tuned on), each with its
  own seed; controls: ``PLAIN`` / ``PLAIN_3`` there and ``_CONTROLS`` here.

It is no held-out set: half ``a`` was looked at and tuned on. Writes
``benchmarks/results/scrub_people_east_asian_dev_<half>.json``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_people_dev import PLAIN, PLAIN_3, TEMPLATES, TEMPLATES_2, TEMPLATES_3, TEMPLATES_4, report  # noqa: E402

SEEDS = {"a": 1202, "b": 2021}
_KOREAN = """kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong
jeon ko moon yang son bae baek heo nam noh ha kwak sung cha joo woo min""".split()
_CHINESE = """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng""".split()

# Ordinary sentences with words these names share: none may be removed.
_CONTROLS = """i left my card at the park near the bank
that song was playing in the branch all day
the moon app keeps logging me out
min balance is 10 pounds right
it has been a long time since my last statement
the fan in the branch was so loud
son and i share the account
we had a long wait at the counter
can you sign in for me
he ran out of money so fast
the sun was out so i went to the atm
she is in the queue now
do you know how long it takes
young people pay less for the card
i love this song so much
park and ride ticket was charged twice
my son got a new card
is the han river branch open today
jun payment not showing yet
so long and thanks for the help""".split("\n")


def given_names(half: str) -> list[tuple[str, str]]:
    """(first part, second part) of two-part Korean and Chinese given names of one half."""
    from client.scrub.world_names import COUNTRIES, _entries, half_of

    cols = [COUNTRIES.index("korea"), COUNTRIES.index("china")]
    out = set()
    for name, columns in _entries():
        if "+" in name and any(not columns[c].isspace() for c in cols):
            parts = name.strip().lower().split("+")
            if len(parts) == 2 and all(p.isalpha() and p.isascii() for p in parts):
                if half_of("".join(parts)) == half:
                    out.add(tuple(parts))
    return sorted(out)


def _format(rng, surname, given, shape):
    a, b = given
    g = {"joined": a + b, "hyphen": f"{a}-{b}", "spaced": f"{a} {b}"}[shape]
    if rng.random() < 0.25 and shape != "spaced":
        return f"{g} {surname}"
    return f"{surname} {g}"


def build(n: int, half: str) -> list[dict]:
    import regex as re

    rng = random.Random(SEEDS[half])
    names = given_names(half)
    people = TEMPLATES + TEMPLATES_3 if half == "a" else TEMPLATES_2 + TEMPLATES_4
    controls = (PLAIN + PLAIN_3 + _CONTROLS)[0::2] if half == "a" else (PLAIN + PLAIN_3 + _CONTROLS)[1::2]
    slot = re.compile(r"\{(ff|f|l)\}")
    samples = []
    for i in range(n):
        plain = i % 5 == 4
        template = rng.choice(controls if plain else people).replace("\\n", "\n")
        group = "korean" if rng.random() < 0.6 else "chinese"
        lower = rng.random() < 0.7
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            surname = rng.choice(_KOREAN if group == "korean" else _CHINESE)
            given = rng.choice(names)
            shape = rng.choice(("joined", "hyphen", "spaced"))
            value = {"ff": _format(rng, surname, given, shape),
                     "f": {"joined": "".join(given), "hyphen": "-".join(given), "spaced": " ".join(given)}[shape],
                     "l": surname}[m.group(1)]
            if not lower:
                value = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in value.split(" "))
            spans.append({"start": len(text), "end": len(text) + len(value), "group": f"{group}/{shape}",
                          "slot": m.group(1)})
            text += value
            pos = m.end()
        text += template[pos:]
        if not lower:
            text = text[:1].upper() + text[1:]
        samples.append({"text": text, "spans": spans, "template": template, "lower": lower})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    args = parser.parse_args()

    from client.scrub import world_names

    world_names.LOADED_HALF = "a"
    samples = build(args.n, args.half)
    report(samples, {"half": args.half}, args.show_misses, args.show_overscrub,
           f"scrub_people_east_asian_dev_{args.half}.json")


if __name__ == "__main__":
    main()
