"""What the privacy machinery costs in noise: PRV against RDP calibration, the noisy
count's share, and PRV against dp-accounting's PLD, for a client of the given size.

    PYTHONPATH=. python benchmarks/privacy_cost.py [--examples 850] [--epsilon 8]
"""

from __future__ import annotations

import argparse
import time

from benchmarks.helpers import table, write_results
from common.privacy import calibrate_noise, epsilon_of, independent_epsilon


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=850)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--epochs-per-round", type=float, default=2.5)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--delta", type=float, default=1e-5)
    parser.add_argument("--count-noise", type=float, default=10.0)
    args = parser.parse_args()
    rate = args.batch_size / args.examples
    steps = round(args.epochs_per_round / rate) * args.rounds
    count = [(args.count_noise, 1.0, 1)]
    rows, results = [], {}
    for accountant in ("rdp", "prv"):
        started = time.time()
        bare = calibrate_noise(args.epsilon, args.delta, [], rate, steps, accountant)
        with_count = calibrate_noise(args.epsilon, args.delta, count, rate, steps, accountant)
        history = count + [(with_count, rate, steps)]
        reported, pld = epsilon_of(history, args.delta, accountant), independent_epsilon(history, args.delta)
        results[accountant] = {"sigma": bare, "sigma_with_count": with_count, "epsilon": reported, "pld_epsilon": pld,
                               "seconds": time.time() - started}
        rows.append([accountant, bare, with_count, f"{100 * (with_count / bare - 1):.2f}%", reported, pld, time.time() - started])
    table(f"{args.examples} examples, rate {rate:.4f}, {steps} steps, target epsilon {args.epsilon}, delta {args.delta:g}",
          ["accountant", "sigma", "sigma with count release", "count's cost", "epsilon", "PLD epsilon", "seconds"], rows)
    write_results("privacy_cost", {"args": vars(args), "results": results})


if __name__ == "__main__":
    main()
