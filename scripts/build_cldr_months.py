"""Builds ``client/scrub/data/cldr_months.txt``: the month names of every
CLDR locale (through babel) that writes them in Latin script, wide and
abbreviated, format and stand-alone forms, lower case and without a final
dot, one a line, with the accent-free spelling chat uses as well.

    python scripts/build_cldr_months.py

Why: ``world_dates`` took its month names from Faker's 40 date providers;
CLDR has them for some 300 languages ("febreiro", "maarts", "yebril",
"lug", "set"). The scrubber reads the text file, so babel is needed only to
rebuild it. Left out: names with digits or of fewer than three letters
("m11", "ab": CLDR's placeholders and two-letter abbreviations, too
ambiguous in English text), and English month names (``dates.py``'s).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "cldr_months.txt"
_ENGLISH = set("january february march april may june july august september october november december "
               "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def names() -> tuple[set[str], str]:
    import babel
    from babel import Locale
    from babel.localedata import locale_identifiers

    out = set()
    for ident in locale_identifiers():
        if "_" in ident:
            continue
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in months[context][width].values():
                    name = " ".join(name.lower().rstrip(".").split())
                    if (_latin(name) and not any(c.isdigit() for c in name)
                            and all(c.isalpha() or c in " -'" for c in name)
                            and sum(c.isalpha() for c in name) >= 3):
                        out.update({name, _fold(name)})
    return out - _ENGLISH, babel.__version__


def main() -> None:
    words, version = names()
    header = (f"# CLDR month names (babel {version}; CLDR data under the Unicode licence, babel BSD-3-Clause),\n"
              "# every locale in Latin script, lower case, also without accents; built by\n"
              "# scripts/build_cldr_months.py. One name a line.\n")
    OUT.write_text(header + "".join(w + "\n" for w in sorted(words)), encoding="utf-8")
    print(len(words), "names ->", OUT)


if __name__ == "__main__":
    main()
