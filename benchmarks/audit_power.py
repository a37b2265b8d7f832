"""The empirical audit's power and cost: real `privatune simulate` runs, each with and
without `--audit`, on the demo corpus; prints a table and writes
benchmarks/results/audit_power.json (the one-run lower bound, its ceiling, the
membership-inference AUC, the verdict, and wall times).

Settings:
- dp:        head mode, epsilon 8, 2 clients, 2 rounds (the test suite's audited run);
- memorise:  DP off, 1 client, 1 round of 300 local epochs at learning rate 3 on 80
             real examples: a run that memorises its canaries (the power test).

    PYTHONPATH=. python benchmarks/audit_power.py [--canaries 400] [--settings dp,memorise]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from benchmarks.helpers import CACHE, ROOT, table, write_results

COMMON = ["--max-length", "32", "--batch-size", "32"]
SETTINGS = {
    "dp": ["--demo-examples", "600", "--num-clients", "2", "--clients-per-round", "2", "--rounds", "2",
           "--local-epochs", "1", "--target-epsilon", "8"],
    "memorise": ["--private", "false", "--demo-examples", "100", "--num-clients", "1", "--clients-per-round", "1",
                 "--rounds", "1", "--local-epochs", "300", "--learning-rate", "3", "--scrub", "false"],
}


def run(name: str, args: list[str], audit: bool, canaries: int) -> dict:
    run_name = f"audit-{name}-{'audit' if audit else 'plain'}-{time.strftime('%Y%m%d-%H%M%S')}"
    command = [sys.executable, "-m", "simulations.cli", "simulate", *COMMON, *args, "--output-dir", str(CACHE / "runs"),
               "--run-name", run_name] + (["--audit", "--audit-canaries", str(canaries)] if audit else [])
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    wall = time.time() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr[-3000:])
    report = json.loads((CACHE / "runs" / run_name / "privacy_report.json").read_text())
    empirical = report.get("empirical") or {}
    one = empirical.get("one-run", {})
    return {"setting": name, "audit": audit, "wall-s": wall, "verdict": report["summary"]["verdict"],
            "worst-epsilon": report["summary"]["worst-epsilon"], "canaries": one.get("canaries"),
            "guesses": one.get("guesses"), "correct": one.get("correct"), "lower-bound": one.get("lower-bound"),
            "ceiling": one.get("ceiling"), "auc": empirical.get("membership-inference", {}).get("auc"),
            "identifiers-survived": empirical.get("identifiers", {}).get("survived"), "command": command}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--canaries", type=int, default=400)
    parser.add_argument("--settings", default="dp,memorise")
    args = parser.parse_args()
    results = []
    for name in args.settings.split(","):
        for audit in (False, True):
            results.append(run(name, SETTINGS[name], audit, args.canaries))
    table("Empirical audit: power and cost", ["setting", "audit", "wall s", "verdict", "epsilon", "correct/guesses",
                                               "lower bound", "ceiling", "AUC"],
          [[r["setting"], r["audit"], r["wall-s"], r["verdict"], r["worst-epsilon"],
            f"{r['correct']}/{r['guesses']}" if r["audit"] else "", r["lower-bound"], r["ceiling"], r["auc"]] for r in results])
    write_results("audit_power", {"canaries": args.canaries, "runs": results})


if __name__ == "__main__":
    main()
