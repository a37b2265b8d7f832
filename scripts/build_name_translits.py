"""Builds ``client/scrub/data/faker_names_ascii.txt``: the first names and
surnames of Faker's person lists as people type them on an English keyboard,
which Faker's own lists (read at run time by ``client/scrub/words.py``) lack:

* names in Cyrillic, Greek, Armenian and Georgian letters (ru_RU, uk_UA,
  bg_BG, mk_MK, el_GR, hy_AM, ka_GE, ...) transliterated to ASCII with
  ``anyascii`` ("Кузнецов" -> "kuznetsov", "Αβραμίδης" -> "avramidis");
* names with diacritics folded ("Beneš" -> "benes", "Şükürov" -> "sukurov",
  "Nguyễn" -> "nguyen");
* the romanised Japanese and Chinese names Faker keeps apart
  (``last_romanized_names``, ``first_romanized_names``: "suzuki", "haruto").

Left out: scripts written without vowels or whose ASCII form is no spelling
people use (Arabic, Persian, Hebrew, the Indic scripts, Thai, Korean Hangul,
Chinese characters); the Latin-script lists of those regions (en_IN, en_PK,
en_KE, en_NG, ...) are read from Faker directly.

Sources and licences: Faker's person providers (MIT,
https://github.com/joke2k/faker), transliterated with anyascii (ISC,
https://github.com/anyascii/anyascii). Only words of four letters or more are
written; the scrubber drops English words from the list when it loads it.

    PYTHONPATH=. python scripts/build_name_translits.py   # needs the bench extra (anyascii)
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "faker_names_ascii.txt"
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")
_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "last_names")
_ROMANIZED = ("first_romanized_names", "first_romanized_names_male", "first_romanized_names_female",
              "last_romanized_names")
_MIN_LENGTH = 4
_GREEK_OU = re.compile("[οΟ][υύ]")


def _values(provider, attr) -> list[str]:
    v = getattr(provider, attr, ())
    return [str(x) for x in v] if isinstance(v, (list, tuple, set, frozenset, dict)) else []


def _script_ok(word: str) -> bool:
    return all(unicodedata.name(c, "").split(" ")[0] in _SCRIPTS for c in word if c.isalpha())


def build() -> dict[str, set[str]]:
    from anyascii import anyascii
    import faker.providers.person as person

    out: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in (*_ATTRS, *_ROMANIZED):
            romanized = attr in _ROMANIZED
            for name in _values(provider, attr):
                for part in name.replace("-", " ").split():
                    if part.isascii() and not romanized:
                        continue  # already in Faker's list as typed
                    if not romanized and not _script_ok(part):
                        continue
                    # Greek "ου" is typed "ou" ("Παπαδόπουλος" -> "papadopoulos"), not anyascii's "oy"
                    word = anyascii(_GREEK_OU.sub("ou", part)).lower().replace("'", "")
                    if len(word) >= _MIN_LENGTH and word.isalpha() and word.isascii():
                        out.setdefault(word, set()).add(mod.name)
    return out


def main() -> None:
    import anyascii
    import faker

    words = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# Faker {faker.VERSION} person names as typed in ASCII (anyascii {anyascii.__version__}"
              if hasattr(anyascii, "__version__") else f"# Faker {faker.VERSION} person names as typed in ASCII (anyascii")
    lines = [header + "); built by scripts/build_name_translits.py.",
             "# Sources: Faker (MIT), anyascii (ISC). One name word a line, then the Faker locales listing it."]
    lines += [f"{w} {','.join(sorted(locs))}" for w, locs in sorted(words.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
