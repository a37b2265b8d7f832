"""Digest of the scrubber's output on the 1 MB benchmark text and the three dev
chat parts (default policy and every quasi-identifier on), to check that a
speed change leaves the output byte-identical:

    PYTHONHASHSEED=0 PYTHONPATH=. python benchmarks/scrub_speed13_check.py OUT.json

Two runs' files must be equal (``cmp``); ``--processes 2`` checks the worker path.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

CACHE = Path.home() / ".cache/privatune/scrub-bench"
PARTS = ("chat_dev", "chat_dev_wide", "chat_dev_formats")


def digest(texts) -> str:
    return hashlib.sha256("\x00".join(texts).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--long", type=int, default=1_000_000)
    args = parser.parse_args()
    from client.scrub import QUASI_IDENTIFIERS, scrub_texts
    from scrub_long_text import chat_line

    result = {}
    line = chat_line(args.long)
    out, _ = scrub_texts([line], n_process=args.processes)
    result["long"] = digest(out)
    for part in PARTS:
        texts = [json.loads(row)["text"] for row in (CACHE / f"scrub_{part}_1500.jsonl").read_text().splitlines()]
        for policy, quasi in (("default", None), ("quasi", QUASI_IDENTIFIERS)):
            out, _ = scrub_texts(texts, quasi_identifiers=quasi, n_process=args.processes)
            result[f"{part}/{policy}"] = digest(out)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
