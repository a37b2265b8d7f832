"""How much a lower-case word looks like a person's name by its letters
alone: a logistic regression over its character n-grams, learned from the
name lists the scrubber ships against everyday words of English and six
other languages (``scripts/build_name_ngrams.py`` builds the weights into
``data/name_ngrams.txt``).

Word lists reach the names they hold; a name no list holds ("chahira",
"costica") is told from a typo, slang, a brand or another language's word
("reveawed", "finna", "zalando", "schouder") by how its letters run. The
rules that treat a word no list knows as a likely name read this score
(``truecase``), so that it weighs the letters, not only the lists' silence.
"""

from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

NGRAM_SIZES = (1, 2, 3, 4, 5)
_FILE = "data/name_ngrams.txt"


@lru_cache(maxsize=1)
def _weights() -> tuple[float, dict[str, float]]:
    from importlib import resources

    try:
        raw = resources.files("client.scrub").joinpath(_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("%s is missing: words no list knows are weighed by the lists alone", _FILE)
        return 0.0, {}
    weights = {}
    for line in raw.splitlines():
        if line and line[0] != "#":
            gram, w = line.rsplit(" ", 1)
            weights[gram] = float(w)
    return weights.pop("__bias__", 0.0), weights


def name_logit(word: str) -> float:
    """The log-odds that a lower-case word is a name (0.0 with no weights loaded)."""
    bias, weights = _weights()
    if not weights:
        return 0.0
    s = f"^{word}$"
    return bias + sum(weights.get(s[i:i + n], 0.0) for n in NGRAM_SIZES for i in range(len(s) - n + 1))

