"""Scrubbing throughput of an earlier revision of client/scrub.py against the working
tree's, interleaved in one process on the same texts (so machine noise hits both alike).

    PYTHONPATH=. python benchmarks/scrub_speed_ab.py --before ba7a981 [--texts FILE.jsonl]
    PYTHONPATH=. python benchmarks/scrub_speed_ab.py --before 31b9ef2 --long 1000000

The texts default to the cached held-out set of benchmarks/scrub_benchmark.py (run it once).
``--before`` is any revision: one where the scrubber was still one file (before 0526d9d split
it into the package client/scrub/), or a later one, whose package is copied and renamed; the
working tree's package is the "after" side. ``--quasi`` switches every quasi-identifier on (the default policy
otherwise). ``--long N`` times one text of N characters
(benchmarks/scrub_long_text.py's chat text) instead. The table also gives each side's CPU
seconds in this process (the workers' are not counted) and the load average.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.helpers import RESULTS, table


def _module_at(revision: str):
    folder = Path(tempfile.mkdtemp())
    sys.path.insert(0, str(folder))  # forked workers unpickle functions by module name
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", f"{revision}:client/scrub"],
                           capture_output=True, text=True).stdout.split()
    if not names:  # the scrubber was one file
        source = subprocess.run(["git", "show", f"{revision}:client/scrub.py"], capture_output=True, text=True,
                                check=True).stdout
        (folder / "scrub_before.py").write_text(source)
        return importlib.import_module("scrub_before")
    (folder / "scrub_before").mkdir()
    for name in names:
        source = subprocess.run(["git", "show", f"{revision}:client/scrub/{name}"], capture_output=True, text=True,
                                check=True).stdout
        path = folder / "scrub_before" / name  # word lists under data/ too
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source.replace("client.scrub", "scrub_before") if name.endswith(".py") else source)
    return importlib.import_module("scrub_before")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="ba7a981", help="git revision of the earlier scrubber")
    parser.add_argument("--texts", default=str(Path.home() / ".cache/privatune/scrub-bench/scrub_heldout_2000.jsonl"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--name", default="scrub_speed_idle_ab")
    parser.add_argument("--long", type=int, default=0, help="time one text of this many characters instead")
    parser.add_argument("--quasi", action="store_true",
                        help="every quasi-identifier switched on (the default policy if not)")
    args = parser.parse_args()

    from client import scrub as after

    if args.long:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from scrub_long_text import chat_line

        texts, unit = [chat_line(args.long)], "kchar/s"
        warm = [chat_line(9000, seed=1)]
    else:
        texts, unit = [json.loads(line)["text"] for line in open(args.texts)], "docs/s"
        warm = texts[:300]
    size = sum(map(len, texts)) / 1000 if args.long else len(texts)
    systems = {"before": _module_at(args.before), "after": after}
    for module in systems.values():  # load the engines and start the worker pools
        module.warm_up()
        module.scrub_texts(warm, batch_size=256, n_process=2)
    runs: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    loads = [os.getloadavg()[0]]
    for n_process in (2, 1):
        for repeat in range(args.repeat):
            # Alternate which goes first, so a slow spell of the (shared) host hits both alike.
            for name, module in sorted(systems.items(), reverse=bool(repeat % 2)):
                started, cpu_started = time.perf_counter(), time.process_time()
                module.scrub_texts(texts, batch_size=256 if not args.long else 64, n_process=n_process,
                                   quasi_identifiers=module.QUASI_IDENTIFIERS if args.quasi else None)
                runs.setdefault(f"{name} n_process={n_process}", []).append(size / (time.perf_counter() - started))
                cpu.setdefault(f"{name} n_process={n_process}", []).append(time.process_time() - cpu_started)
                loads.append(os.getloadavg()[0])
    best = {key: max(values) for key, values in runs.items()}
    median = {key: statistics.median(values) for key, values in runs.items()}
    rows = []
    for n in (2, 1):
        b, a = f"before n_process={n}", f"after n_process={n}"
        rows.append([n, best[b], best[a], best[a] / best[b], median[b], median[a], median[a] / median[b],
                     min(cpu[b]), min(cpu[a])])
    what = f"one text of {args.long:,} characters" if args.long else f"{len(texts)} texts"
    policy = "every quasi-identifier on" if args.quasi else "default policy"
    table(f"Scrubbing {unit}, {what}, {policy}, before = {args.before}, {args.repeat} runs each, interleaved, "
          f"load average {min(loads):.1f}-{max(loads):.1f}",
          ["n_process", "before best", "after best", "ratio", "before median", "after median", "ratio",
           "before CPU s (this process)", "after CPU s"], rows)
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "before": args.before, "unit": unit,
              "policy": policy,
              "texts": len(texts), "chars": sum(map(len, texts)),
              "runs": {k: [round(v, 1) for v in vs] for k, vs in runs.items()},
              "best": {k: round(v, 1) for k, v in best.items()},
              "median": {k: round(v, 1) for k, v in median.items()},
              "cpu_s_this_process": {k: [round(v, 2) for v in vs] for k, vs in cpu.items()},
              "load_average_1min": [round(v, 1) for v in loads], "load_average_1min_end": os.getloadavg()[0]}
    (RESULTS / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"results: {RESULTS / f'{args.name}.json'}")


if __name__ == "__main__":
    main()
