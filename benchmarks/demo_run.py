"""Wall time of the default demo: `simulate(RunConfig())` with every default (demo
corpus, 5 clients, head, DP at epsilon 8, Presidio scrubbing), fewer rounds allowed.

Per round: metrics.json `seconds` (from the end of one evaluation to the end of the
next: client training plus aggregation plus evaluation); total wall time including
Ray start and the first scrubbing/embedding pass; peak RSS of all processes.

    PYTHONPATH=. python benchmarks/demo_run.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time

from benchmarks.helpers import CACHE, table, write_results
from benchmarks.scale import TreeMemory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=None, help="rounds (default: the default config's)")
    parser.add_argument("--quick", action="store_true", help="2 rounds")
    args = parser.parse_args()
    if args.quick:
        args.rounds = 2

    from common.config import RunConfig
    from simulations.simulate import simulate

    cfg = RunConfig(**({"rounds": args.rounds} if args.rounds else {}), output_dir=str(CACHE / "runs"), run_name=f"demo-{time.strftime('%Y%m%d-%H%M%S')}")
    started = time.time()
    with TreeMemory() as memory:
        run_dir = simulate(cfg)
    wall = time.time() - started
    metrics = json.loads((run_dir / "metrics.json").read_text())
    rows, rounds = [], []
    for r in range(1, cfg.rounds + 1):
        entry = metrics["rounds"][str(r)]
        clients = entry["clients"].values()
        rounds.append({"round": r, "seconds": entry["duration-seconds"], "accuracy": entry["evaluation"]["accuracy"],
                       "macro_f1": entry["evaluation"]["macro-f1"], "max_epsilon": max((c.get("epsilon") or 0) for c in clients)})
        rows.append([r, entry["duration-seconds"], entry["evaluation"]["accuracy"], entry["evaluation"]["macro-f1"], rounds[-1]["max_epsilon"]])
    table(f"Default demo, {cfg.rounds} rounds: wall {wall:.0f} s in all (Ray start, scrubbing, embedding included); "
          f"peak RSS {memory.peak / 2**30:.2f} GiB", ["round", "seconds", "accuracy", "macro-F1", "max client epsilon"], rows)
    write_results("demo_run", {"config": cfg.model_dump(mode="json"), "wall_seconds": wall, "rounds": rounds,
                               "outside_rounds_seconds": wall - sum(r["seconds"] for r in rounds),
                               "peak_rss_tree_gib": memory.peak / 2**30, "scrub": metrics.get("scrub")})


if __name__ == "__main__":
    main()
