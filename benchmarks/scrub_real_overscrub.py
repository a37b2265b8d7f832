"""Ordinary words removed on real text nobody here wrote (issue 13's over-scrub check).

    PYTHONPATH=. python benchmarks/scrub_real_overscrub.py --show 40

Texts: 3,000 BANKING77 *train* queries (plus the same 3,000 lower-cased) and
SST-2's *dev* sentences (872 movie-review sentences, already lower case). No
held-out part uses either (``chat_heldout2`` and ``chat_heldout3`` draw from
BANKING77 *test* and SST-2 *train*), so both may be looked at and tuned on.
They carry no labels: a removed word counts as over-scrubbing. BANKING77
queries hold almost no identifiers; SST-2 sentences name actors and directors
(real identifiers, rightly removed), so its figure is an upper bound.
``--show N`` prints the N words removed most often (dev text, not held out).
``--quasi`` switches every quasi-identifier on (occupations too), as
``scrub_chat_eval.py`` does for its quasi figures.
Writes ``benchmarks/results/scrub_real_overscrub.json`` (``--quasi``:
``scrub_real_overscrub_quasi.json``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
import regex as re  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_data  # noqa: E402
from helpers import RESULTS, table  # noqa: E402

_WORD = re.compile(r"\w+")


def texts() -> dict[str, list[str]]:
    with (scrub_data.banking77_dir() / "train.csv").open(encoding="utf-8", newline="") as f:
        queries = [row["text"].strip() for row in csv.DictReader(f) if row["text"].strip()]
    queries = random.Random(0).sample(queries, 3000)
    lines = (scrub_data.sst2_dir() / "dev.tsv").read_text(encoding="utf-8").splitlines()[1:]
    sst2 = [line.split("\t", 1)[1].strip() for line in lines if "\t" in line]
    return {"banking77 train": queries + [q.lower() for q in queries], "sst2 dev": sst2}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", type=int, default=0, help="print the most often removed words")
    parser.add_argument("--quasi", action="store_true", help="every quasi-identifier switched on")
    args = parser.parse_args()
    from client import scrub

    scrub.warm_up()
    quasi = scrub.QUASI_IDENTIFIERS if args.quasi else None
    policy = "every quasi-identifier on" if args.quasi else "default policy"
    report, rows = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "policy": policy}, []
    for name, items in texts().items():
        removed, total = Counter(), 0
        for text, results in zip(items, scrub.analyze_texts(items, quasi_identifiers=quasi, batch_size=256)):
            mask = bytearray(len(text))
            for r in results:
                mask[r.start:r.end] = b"\x01" * (r.end - r.start)
            for w in _WORD.finditer(text):
                total += 1
                if any(mask[w.start():w.end()]):
                    removed[w.group().lower()] += 1
        n = sum(removed.values())
        report[name] = {"texts": len(items), "words": total, "removed": n,
                        "removed_pct": round(100 * n / max(total, 1), 2)}
        rows.append([name, len(items), total, n, report[name]["removed_pct"]])
        if args.show:
            print(name, removed.most_common(args.show))
    table(f"ordinary words removed on real text ({policy})", ["text", "texts", "words", "removed", "%"], rows)
    report["load_average_1min_end"] = os.getloadavg()[0]
    name = "scrub_real_overscrub_quasi.json" if args.quasi else "scrub_real_overscrub.json"
    (RESULTS / name).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
