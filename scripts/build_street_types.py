"""Builds ``client/scrub/data/street_types_mapbox.txt``: the street-type words of
25 languages from Mapbox's geocoder-abbreviations (npm package
``@mapbox/geocoder-abbreviations``, MIT licence, (c) 2017 Mapbox; the token
lists its OpenAddresses conflation uses), each with where the language writes it:
``before`` the street's name ("avinguda x", "praza x", "odhos x") or ``after`` it
("x skersgatvis", "x mawatha", "x tpke").

    npm pack @mapbox/geocoder-abbreviations@4.6.9
    tar xzf mapbox-geocoder-abbreviations-4.6.9.tgz
    PYTHONPATH=. python scripts/build_street_types.py package/tokens

Kept: every token of an entry typed "way", in ASCII (anyascii), lower case, no final
dot, of three letters or more, that is no everyday English word (``words._english_words``:
"access", "chase", "branch" name streets too, but chat writes them daily) and no
regular expression (Swedish's). The scrubber reads the text file; npm is needed
only to rebuild it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "client" / "scrub" / "data" / "street_types_mapbox.txt"
# Languages that write the street word before the name (the others write it after).
BEFORE = frozenset("es fr it pt ro bg el hr sr id pl ru he".split())


def words(folder: Path) -> dict[str, set[str]]:
    from anyascii import anyascii

    from client.scrub.words import _english_words

    english = _english_words()
    out = {"before": set(), "after": set()}
    for path in sorted(folder.glob("*.json")):
        side = "before" if path.stem in BEFORE else "after"
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if entry.get("type") != "way":
                continue
            for token in entry["tokens"]:
                w = anyascii(token).lower().rstrip(".").strip()
                if len(w) >= 3 and all(c.isalpha() or c in "'-" for c in w) and w not in english:
                    out[side].add(w)
    return out


def main() -> None:
    found = words(Path(sys.argv[1]))
    lines = ["# Street-type words of 25 languages: Mapbox geocoder-abbreviations 4.6.9 (npm), MIT licence,",
             "# (c) 2017 Mapbox. Built by scripts/build_street_types.py; 'before' or 'after' the name, then the word."]
    for side in ("before", "after"):
        lines += [f"{side} {w}" for w in sorted(found[side])]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(map(len, found.values()))} words")


if __name__ == "__main__":
    main()
