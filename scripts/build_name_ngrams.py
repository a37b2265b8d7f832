"""Builds ``client/scrub/data/name_ngrams.txt``: a tiny learned score of how
much a lower-case word looks like a person's name by its letters alone
("chahira", "mehwish", "costica" against "finna", "zalando", "schouder",
"reveawed"), for words no list knows (``name_shape.py`` reads it).

A logistic regression (scikit-learn, build time only) over the word's
character n-grams of one to five letters, the word framed by ``^`` and ``$``:

* names (1): the name words the scrubber ships: Faker's names in ASCII
  (``faker_names_ascii.txt``), the US census names (``census_names.txt``)
  and gender-guesser's world names of hash half ``a`` only, so that a dev
  set drawn from their other half (``world_names.dev_half_names("b")``)
  measures names the score never saw either;
* words (0): pyspellchecker's English, Spanish, French, German, Italian,
  Portuguese and Dutch frequency lists (accents folded), the other
  languages' everyday words of ``foreign_words.txt``, and the everyday chat
  words of ``words.py``; less every name word above.

Each class weighs the same in total. Written: one n-gram and its weight a
line (weights under ``MIN_WEIGHT`` left out), the bias first.

    PYTHONPATH=. python scripts/build_name_ngrams.py
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = Path(os.environ.get("NAME_NGRAMS_OUT", ROOT / "client/scrub/data/name_ngrams.txt"))
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
MIN_WEIGHT = 0.05
MIN_COUNT = 3  # an n-gram seen fewer times in the training words gets no weight
C = 1.0


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def _clean(words) -> set[str]:
    out = set()
    for w in words:
        w = _fold(w.lower())
        if len(w) >= 3 and w.isalpha() and w.isascii():
            out.add(w)
    return out


def names() -> set[str]:
    from client.scrub.world_names import _all_ascii_faker_names, _all_census_names, dev_half_names

    return _clean(_all_ascii_faker_names()) | _clean(_all_census_names()) | _clean(dev_half_names("a"))


def words() -> set[str]:
    from client.scrub.words import _common_words

    out = set(_common_words())
    for lang in LANGUAGES:
        raw = resources.files("spellchecker").joinpath(f"resources/{lang}.json.gz").read_bytes()
        out |= set(json.loads(gzip.decompress(raw)))
    text = (ROOT / "client/scrub/data/foreign_words.txt").read_text(encoding="utf-8")
    out |= {line.strip() for line in text.splitlines() if line and line[0] != "#"}
    return _clean(out)


def main() -> None:
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    from client.scrub.name_shape import NGRAM_SIZES

    positive = names()
    negative = words() - positive
    data = sorted(positive) + sorted(negative)
    y = np.array([1] * len(positive) + [0] * len(negative))
    vec = CountVectorizer(analyzer="char", ngram_range=(min(NGRAM_SIZES), max(NGRAM_SIZES)), min_df=MIN_COUNT,
                          binary=True, lowercase=False)
    x = vec.fit_transform([f"^{w}$" for w in data])
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    print(f"{len(positive)} names, {len(negative)} words, {x.shape[1]} n-grams, "
          f"train accuracy {model.score(x, y):.3f}", file=sys.stderr)
    lines = [f"# Name-likeness of a word by its letters: logistic regression weights of character n-grams "
             f"({min(NGRAM_SIZES)}-{max(NGRAM_SIZES)}, word framed by ^ and $).",
             f"# Built by scripts/build_name_ngrams.py: {len(positive)} name words (Faker MIT, US census public "
             f"domain, gender-guesser's nam_dict.txt half a GFDL) against {len(negative)} ordinary words (pyspellchecker MIT {' '.join(LANGUAGES)}, "
             "foreign_words.txt).",
             f"__bias__ {model.intercept_[0]:.3f}"]
    for gram, w in sorted(zip(vec.get_feature_names_out(), model.coef_[0])):
        if abs(w) >= MIN_WEIGHT:
            lines.append(f"{gram} {w:.2f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} weights written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
