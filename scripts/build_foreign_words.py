"""Builds ``client/scrub/data/foreign_words.txt``: frequent ordinary words of
other languages as people type them in English chat (ASCII-folded: "merci",
"terima", "kasih", "gracias", "arigatou", "xiexie", "hai", "nahi"), for the
rules that take a lower-case word English has no use for as a possible name
(``client/scrub/foreign_words.py``).

    /work/main/.venv/bin/python scripts/build_foreign_words.py [--top 3000]

Sources (build time only; the list is committed, nothing here is imported at
run time):

* wordfreq (``top_n_list``; code Apache-2.0, data CC-BY-SA 4.0): the ``--top``
  most frequent words of each language in Latin script, and of the languages
  whose ASCII transliteration (``anyascii``) is how people type them: Japanese
  words in kana only (kanji fold to Chinese readings), Chinese (toneless
  pinyin), Hindi, Russian, Ukrainian, Bulgarian, Macedonian, Greek, Serbo-
  Croatian. Arabic, Persian, Urdu, Hebrew, Korean, Bengali and Tamil are left
  out: their folded forms (consonant skeletons, morphemes) are not how chat
  spells them.
* spaCy's stop words (MIT) of every language in Latin script, which adds
  languages wordfreq lacks (Tagalog, Yoruba, Setswana, Luganda, Albanian,
  Afrikaans, Haitian Creole, Basque, Estonian ...).

Kept: letters only, three letters or more (two-letter words are too often
abbreviations in addresses and firm names: "ft", "cl"), folded to lower-case ASCII. Words
that are names or places are NOT removed here: the runtime subtracts the
scrubber's own name and place lists, so a known name stays a name.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "foreign_words.txt"
LATIN = ("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv", "ms", "nb", "nl",
         "pl", "pt", "ro", "sk", "sl", "sv", "tr", "vi")
TRANSLIT = ("bg", "el", "hi", "ja", "mk", "ru", "sh", "uk", "zh")


def _latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def _kana(word: str) -> bool:
    return all(unicodedata.name(c, "").startswith(("HIRAGANA", "KATAKANA")) for c in word)


def words(top: int) -> set[str]:
    import spacy.lang
    import wordfreq
    from anyascii import anyascii

    out: set[str] = set()

    def add(w: str) -> None:
        f = anyascii(w).lower()
        if f.isalpha() and f.isascii() and len(f) >= 3:
            out.add(f)

    for lang in LATIN + TRANSLIT:
        for w in wordfreq.top_n_list(lang, top):
            if lang == "ja" and not _kana(w):
                continue
            add(w)
    for m in pkgutil.iter_modules(spacy.lang.__path__):
        if m.name == "en":
            continue
        try:
            stop = importlib.import_module(f"spacy.lang.{m.name}.stop_words").STOP_WORDS
        except (ImportError, AttributeError):
            continue
        for w in stop:
            if _latin(w):
                add(w)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=3000, help="most frequent words per wordfreq language")
    args = ap.parse_args()
    found = sorted(words(args.top))
    header = (f"# Frequent ordinary words of other languages, ASCII-folded ({len(found)} words).\n"
              f"# Built by scripts/build_foreign_words.py --top {args.top} from wordfreq 3.1 "
              f"(data CC-BY-SA 4.0) and spaCy's stop words (MIT).\n")
    OUT.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(found)} words")


if __name__ == "__main__":
    main()
