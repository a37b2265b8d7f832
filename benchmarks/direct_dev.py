"""What the direct-identifier dev scripts share (``scrub_ids12_dev``,
``scrub_ids13_dev``, ``scrub_handles12_dev``): their command line, the
scrubbing with the direct identifiers only, a tally of values by group and
source, the table, the misses of the half tuned on (never of the untouched
half) and the JSON they write under ``benchmarks/results``."""

from __future__ import annotations

import argparse
import json

from helpers import RESULTS, table


def parse_args(doc: str, n: int, halves: tuple, n_help: str = "texts per group", words: str = "numbers"):
    """``--half`` (the first of ``halves`` is tuned on, the second never is),
    ``-n``, ``--show-misses``, ``--show-kept-wrong`` and ``--out``."""
    tuned, untouched = halves
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", type=type(tuned), choices=halves, default=tuned,
                        help=f"{untouched}: the untouched half")
    parser.add_argument("-n", type=int, default=n, help=n_help)
    parser.add_argument("--show-misses", type=int, default=0, help=f"print surviving values (half {tuned} only)")
    parser.add_argument("--show-kept-wrong", type=int, default=0,
                        help=f"print marked ordinary {words} (half {tuned} only)")
    parser.add_argument("--out", default="", help="file name under benchmarks/results")
    args = parser.parse_args()
    args.tuned = args.half == tuned
    return args


def scrub_direct(samples) -> list:
    """The spans privatune finds in each sample's text, direct identifiers only."""
    from client import scrub

    return scrub.analyze_texts([s["text"] for s in samples], entities=scrub.DIRECT_IDENTIFIERS, batch_size=256)


class Tally:
    """Counts of ``(group, kind)``: how many values, how many of them bad."""

    def __init__(self):
        self.rows: dict[tuple, list[int]] = {}

    def count(self, key: tuple, bad: bool) -> None:
        row = self.rows.setdefault(key, [0, 0])
        row[0] += bad
        row[1] += 1

    def pct(self) -> dict[str, float]:
        return {f"{g} / {k}": round(100 * a / max(b, 1), 1) for (g, k), (a, b) in self.rows.items()}

    def table_rows(self, keep) -> list[list]:
        """``[key, values, %]`` of the rows for which ``keep(group, kind, bad, values)`` holds."""
        pct = self.pct()
        return [[f"{g} / {k}", b, pct[f"{g} / {k}"]] for (g, k), (a, b) in sorted(self.rows.items())
                if keep(g, k, a, b)]


def report(name: str, args, tally: Tally, title: str, columns: list[str], rows: list[list],
           shown: list[str]) -> None:
    """Print the table and, for the half tuned on only, the ``shown`` lines
    (misses and marked ordinary words: generated values, but never printed for
    the untouched half); write ``scrub_{name}_dev_{half}.json`` or ``--out``."""
    table(title, columns, rows)
    if args.tuned:
        for line in shown:
            print(line)
    out = RESULTS / (args.out or f"scrub_{name}_dev_{args.half}.json")
    out.write_text(json.dumps({"half": args.half, "n_per_group": args.n, "pct": tally.pct()}, indent=2) + "\n")
    print(f"results: {out}")
