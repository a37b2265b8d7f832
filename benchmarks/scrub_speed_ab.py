"""Scrubbing throughput of an earlier revision of client/scrub.py against the working
tree's, interleaved in one process on the same texts (so machine noise hits both alike).

    PYTHONPATH=. python benchmarks/scrub_speed_ab.py --before ba7a981 [--texts FILE.jsonl]

The texts default to the cached held-out set of benchmarks/scrub_benchmark.py (run it once).
``--before`` must be a revision where the scrubber was still one file (before 0526d9d split it
into the package client/scrub/); the working tree's package is the "after" side.
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
    source = subprocess.run(["git", "show", f"{revision}:client/scrub.py"], capture_output=True, text=True, check=True).stdout
    folder = Path(tempfile.mkdtemp())
    (folder / "scrub_before.py").write_text(source)
    sys.path.insert(0, str(folder))  # forked workers unpickle functions by module name
    spec = importlib.util.spec_from_file_location("scrub_before", folder / "scrub_before.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["scrub_before"] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", default="ba7a981", help="git revision of the earlier scrubber")
    parser.add_argument("--texts", default=str(Path.home() / ".cache/privatune/scrub-bench/scrub_heldout_2000.jsonl"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--name", default="scrub_speed_idle_ab")
    args = parser.parse_args()

    from client import scrub as after

    texts = [json.loads(line)["text"] for line in open(args.texts)]
    systems = {"before": _module_at(args.before), "after": after}
    for module in systems.values():  # load the engines and start the worker pools
        module.warm_up()
        module.scrub_texts(texts[:300], batch_size=256, n_process=2)
    runs: dict[str, list[float]] = {}
    for n_process in (2, 1):
        for repeat in range(args.repeat):
            # Alternate which goes first, so a slow spell of the (shared) host hits both alike.
            for name, module in sorted(systems.items(), reverse=bool(repeat % 2)):
                started = time.perf_counter()
                module.scrub_texts(texts, batch_size=256, n_process=n_process)
                runs.setdefault(f"{name} n_process={n_process}", []).append(len(texts) / (time.perf_counter() - started))
    best = {key: max(values) for key, values in runs.items()}
    median = {key: statistics.median(values) for key, values in runs.items()}
    rows = []
    for n in (2, 1):
        b, a = f"before n_process={n}", f"after n_process={n}"
        rows.append([n, best[b], best[a], best[a] / best[b], median[b], median[a], median[a] / median[b]])
    table(f"Scrubbing docs/s, {len(texts)} texts, before = {args.before}, {args.repeat} runs each, interleaved",
          ["n_process", "before best", "after best", "ratio", "before median", "after median", "ratio"], rows)
    result = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "before": args.before, "texts": len(texts),
              "runs": {k: [round(v) for v in vs] for k, vs in runs.items()}, "best": {k: round(v) for k, v in best.items()},
              "median": {k: round(v) for k, v in median.items()}, "load_average_1min_end": os.getloadavg()[0]}
    (RESULTS / f"{args.name}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"results: {RESULTS / f'{args.name}.json'}")


if __name__ == "__main__":
    main()
