"""Federated SST-2 on a seeded training subset: the DP head, DP LoRA with LP-FT, and the
non-private centralised anchor, each a real federation through `simulations.simulate.simulate()`
(Flower + Ray, the project's ClientApp and ServerApp), each scored on GLUE's dev.tsv (the test set).

    PYTHONPATH=. python benchmarks/sst2_federated.py                    # all three arms
    PYTHONPATH=. python benchmarks/sst2_federated.py --arms lora        # one arm
    PYTHONPATH=. python benchmarks/sst2_federated.py --train-size 2000 --arms head --head-rounds 5   # small

1. Writes a seeded subset of train.tsv (`--train-size`, default 20,000) and a separate seeded
   validation carve from the rest of train.tsv (`--validation`; never dev.tsv) into the work
   folder (`--workdir`).
2. Runs the arms (`--arms head,lora,central`): `head` and `lora` are 10-client federations
   (Dirichlet `--alpha`, every client every round) at ε `--epsilon` each, δ `--delta`;
   `central` is one client holding all the subset, without DP.
3. Per arm: dev accuracy and macro-F1 (the server's final evaluation), validation-carve
   accuracy (the final model), each client's ε from metrics.json (and dp-accounting's
   cross-check), wall time for the arm and per round, the load average while it ran.
   Each arm's record goes to `<workdir>/arm-<arm>.json` as soon as it finishes; the results
   file `benchmarks/results/<name>.json` and the table are rebuilt from every arm record
   there (so arms run in separate invocations end up in one table; `--report` only rebuilds).

The settings were decided once, before any arm ran, from the one-site evidence and the
literature (docs/benchmarks.md, "Federated SST-2, 20,000 examples"); dev.tsv is never
used to choose anything.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import threading
import time
from pathlib import Path

from helpers import CACHE, SST2, console, require_dataset, table, write_results

ARMS = ("head", "lora", "central")


# -- data ------------------------------------------------------------------------------

def write_subset(args, workdir: Path) -> tuple[Path, Path]:
    """The seeded training subset and validation carve, as TSV files with the source's columns."""
    from common.data import read_table

    data = read_table(args.data, args.text_column, args.label_column)
    if args.train_size + args.validation > len(data):
        raise SystemExit(f"--train-size plus --validation exceed the training file's rows; lower them")
    order = list(range(len(data)))
    random.Random(args.subset_seed).shuffle(order)
    val, fit = order[:args.validation], order[args.validation:args.validation + args.train_size]
    workdir.mkdir(parents=True, exist_ok=True)
    paths = workdir / "train_subset.tsv", workdir / "validation.tsv"
    for path, rows in zip(paths, (fit, val)):
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter="\t")
            writer.writerow([args.label_column, args.text_column])
            writer.writerows([data.labels[i], data.texts[i]] for i in rows)
        os.replace(tmp, path)
    return paths


# -- the arms' settings (decided once; see the module docstring) -----------------------------

def arm_config(arm: str, args, train_path: Path, workdir: Path):
    from common.config import RunConfig

    common = {
        "data": str(train_path), "test-data": args.test_data, "text-column": args.text_column,
        "label-column": args.label_column, "test-text-column": args.test_text_column,
        "max-length": args.max_length, "scrub": False,  # SST-2 holds no personal data (shared/datasets/README)
        "seed": args.seed, "delta": args.delta, "output-dir": str(workdir / "runs"),
        "run-name": f"{arm}-{time.strftime('%Y%m%d-%H%M%S')}",
    }
    federated = {"num-clients": args.num_clients, "clients-per-round": args.num_clients,
                 "dirichlet-alpha": args.alpha, "target-epsilon": args.epsilon, "private": True}
    if arm == "head":
        # The SST-2 head recipe chosen on validation in quality.py's sweep (docs/benchmarks.md, "SST-2").
        values = {**common, **federated, "train-mode": "head", "rounds": args.head_rounds, "local-epochs": 1.0,
                  "batch-size": args.head_batch, "optimizer": "sgd", "learning-rate": args.head_lr,
                  "server-momentum": 0.9}
    elif arm == "lora":
        # LP-FT: probe rounds (head only, sgd), then adapters at Adam with a small head rate;
        # one sampling rate for every client (expected batch = rate x its examples).
        values = {**common, **federated, "train-mode": "lora", "rounds": args.lora_rounds,
                  "probe-rounds": args.probe_rounds, "local-epochs": args.lora_epochs,
                  "sample-rate": args.sample_rate, "physical-batch-size": args.physical,
                  "probe-optimizer": "sgd", "probe-learning-rate": args.probe_lr,
                  "optimizer": "adam", "learning-rate": args.lora_lr, "head-learning-rate": args.lora_head_lr,
                  "max-grad-norm": args.lora_clip, "server-momentum": 0.9}
    elif arm == "central":
        # Non-private fine-tuning of the same encoder on the same examples, one client; the
        # server takes its weights as they are (FedAvg of one, no momentum).
        values = {**common, "num-clients": 1, "clients-per-round": 1, "private": False,
                  "train-mode": args.central_mode, "rounds": args.central_epochs, "local-epochs": 1.0,
                  "batch-size": args.central_batch, "physical-batch-size": args.central_batch,
                  "optimizer": "adam", "learning-rate": args.central_lr, "head-learning-rate": args.central_head_lr,
                  "server-momentum": 0.0, "client-cpus": args.central_cpus}
    else:
        raise SystemExit(f"unknown arm '{arm}'; choose from {', '.join(ARMS)}")
    return RunConfig.from_mapping(values)


# -- running and reading one arm ---------------------------------------------------------

class LoadSampler:
    """The 1-minute load average every `every` seconds while an arm runs."""

    def __init__(self, every: float = 30.0):
        self.samples: list[float] = [os.getloadavg()[0]]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(every,), daemon=True)

    def _run(self, every: float) -> None:
        while not self._stop.wait(every):
            self.samples.append(os.getloadavg()[0])

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.samples.append(os.getloadavg()[0])


def score(run_dir: Path, split) -> dict:
    """Accuracy and macro-F1 of the run's final model on a labelled split."""
    from simulations.predict import Predictor

    predictor = Predictor.load(run_dir)
    predicted = [r["label"] for r in predictor.predict(split.texts)]
    gold = split.labels
    f1s = []
    for label in sorted(set(gold)):
        tp = sum(p == label and g == label for p, g in zip(predicted, gold))
        fp = sum(p == label and g != label for p, g in zip(predicted, gold))
        fn = sum(p != label and g == label for p, g in zip(predicted, gold))
        f1s.append(2 * tp / max(1, 2 * tp + fp + fn))
    return {"accuracy": sum(p == g for p, g in zip(predicted, gold)) / len(gold), "macro-f1": sum(f1s) / len(f1s)}


def run_arm(arm: str, args, train_path: Path, val_path: Path, workdir: Path) -> dict:
    from common.data import read_table
    from simulations.simulate import simulate

    cfg = arm_config(arm, args, train_path, workdir)
    console.print(f"[bold]{arm}[/bold]: {cfg.run_dir} (load average {os.getloadavg()[0]:.1f})")
    started = time.time()
    with LoadSampler() as load:
        run_dir = simulate(cfg)
    wall = time.time() - started
    metrics = json.loads((run_dir / "metrics.json").read_text())
    rounds = metrics["rounds"]
    per_round = [rounds[str(r)]["duration-seconds"] for r in range(1, cfg.rounds + 1)]
    privacy = metrics["privacy"]["clients"]
    eps = [c["epsilon"] for c in privacy.values() if c.get("epsilon") is not None]
    independent = [c["independent-epsilon"] for c in privacy.values() if c.get("independent-epsilon") is not None]
    noise = sorted({m.get("noise-multiplier") for m in rounds[str(cfg.rounds)]["clients"].values()} - {None})
    val_started = time.time()
    validation = score(run_dir, read_table(val_path, args.text_column, args.label_column))
    record = {
        "arm": arm, "config": json.loads((run_dir / "config.json").read_text()), "run_dir": str(run_dir),
        "test_accuracy": metrics["final"]["accuracy"], "test_macro_f1": metrics["final"]["macro-f1"],
        "validation_accuracy": validation["accuracy"], "validation_macro_f1": validation["macro-f1"],
        "validation_seconds": time.time() - val_started,
        "wall_seconds": wall, "seconds_per_round": per_round,
        "max_client_epsilon": max(eps) if eps else None, "min_client_epsilon": min(eps) if eps else None,
        "max_client_epsilon_dp_accounting": max(independent) if independent else None,
        "privacy_cross_check": metrics["privacy"].get("cross-check"),
        "noise_multipliers": noise,
        "accuracy_by_round": [rounds[str(r)]["evaluation"]["accuracy"] for r in range(1, cfg.rounds + 1)],
        "macro_f1_by_round": [rounds[str(r)]["evaluation"]["macro-f1"] for r in range(1, cfg.rounds + 1)],
        "load_average": {"mean": sum(load.samples) / len(load.samples), "max": max(load.samples),
                         "min": min(load.samples), "samples": load.samples},
        "nice": os.nice(0), "finished": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
    }
    path = workdir / f"arm-{arm}.json"
    path.write_text(json.dumps(record, indent=2))
    console.print(f"{arm}: dev accuracy {record['test_accuracy']:.3f}, validation {record['validation_accuracy']:.3f}, "
                  f"{wall / 60:.1f} min; {path}")
    return record


def report(args, workdir: Path) -> None:
    records = {}
    for arm in ARMS:
        path = workdir / f"arm-{arm}.json"
        if path.is_file():
            records[arm] = json.loads(path.read_text())
    if not records:
        console.print(f"[yellow]no arm has finished yet in {workdir}[/yellow]")
        return
    rows = []
    for arm, r in records.items():
        per_round = r["seconds_per_round"]
        rows.append([arm, 100 * r["test_accuracy"], r["test_macro_f1"], 100 * r["validation_accuracy"],
                     r["max_client_epsilon"], r["wall_seconds"] / 60, sum(per_round) / len(per_round),
                     r["load_average"]["mean"]])
    table(f"SST-2, {args.train_size} training examples: dev.tsv (test) and the validation carve",
          ["arm", "dev acc %", "dev macro-F1", "val acc %", "max client ε", "wall min", "s/round", "load avg"], rows)
    summary = {}
    if "lora" in records and "head" in records:
        summary["lora_minus_head_points"] = 100 * (records["lora"]["test_accuracy"] - records["head"]["test_accuracy"])
    if "lora" in records and "central" in records:
        summary["central_minus_lora_points"] = 100 * (records["central"]["test_accuracy"] - records["lora"]["test_accuracy"])
    if "lora" in records:
        summary["lora_wall_minutes"] = records["lora"]["wall_seconds"] / 60
    if summary:
        console.print(summary)
    write_results(args.name, {
        "train_size": args.train_size, "validation_size": args.validation, "subset_seed": args.subset_seed,
        "num_clients": args.num_clients, "alpha": args.alpha, "epsilon": args.epsilon, "delta": args.delta,
        "test_data": args.test_data, "summary": summary, "arms": records,
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arms", default=",".join(ARMS), help="comma-separated: head, lora, central")
    parser.add_argument("--report", action="store_true", help="only rebuild the table and results file from the arm records")
    parser.add_argument("--data", default=str(SST2 / "train.tsv"))
    parser.add_argument("--test-data", default=str(SST2 / "dev.tsv"))
    parser.add_argument("--text-column", default="sentence")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--test-text-column", default="content")
    parser.add_argument("--train-size", type=int, default=20_000)
    parser.add_argument("--validation", type=int, default=2_000, help="validation carve from the rest of train (never dev)")
    parser.add_argument("--subset-seed", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0, help="run seed: client split and head initialisation")
    parser.add_argument("--num-clients", type=int, default=10)
    parser.add_argument("--alpha", type=float, default=0.5)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--delta", type=float, default=1e-5)
    parser.add_argument("--max-length", type=int, default=64)
    # head
    parser.add_argument("--head-rounds", type=int, default=50)
    parser.add_argument("--head-batch", type=int, default=64)
    parser.add_argument("--head-lr", type=float, default=1.0)
    # lora (LP-FT)
    parser.add_argument("--lora-rounds", type=int, default=12)
    parser.add_argument("--probe-rounds", type=int, default=10)
    parser.add_argument("--lora-epochs", type=float, default=1.0, help="local epochs per round (probe and LoRA rounds)")
    parser.add_argument("--sample-rate", type=float, default=0.25, help="every client's Poisson rate (expected batch = rate x examples)")
    parser.add_argument("--physical", type=int, default=100)
    parser.add_argument("--probe-lr", type=float, default=3.0)
    parser.add_argument("--lora-lr", type=float, default=5e-3)
    parser.add_argument("--lora-head-lr", type=float, default=1e-4)
    parser.add_argument("--lora-clip", type=float, default=1.0)
    # central anchor (non-private)
    parser.add_argument("--central-mode", choices=["full", "lora"], default="full")
    parser.add_argument("--central-epochs", type=int, default=2, help="rounds of one epoch each")
    parser.add_argument("--central-batch", type=int, default=32)
    parser.add_argument("--central-lr", type=float, default=5e-5)
    parser.add_argument("--central-head-lr", type=float, default=3e-3)
    parser.add_argument("--central-cpus", type=float, default=1.0, help="Ray CPUs (torch threads) for the one client")
    parser.add_argument("--workdir", default=None, help="default benchmarks/results/cache/sst2_federated-<train-size>")
    parser.add_argument("--name", default="sst2_federated")
    args = parser.parse_args()

    workdir = Path(args.workdir or CACHE / f"sst2_federated-{args.train_size}")
    if not args.report:
        if not (require_dataset(args.data, "sst2_federated") and require_dataset(args.test_data, "sst2_federated")):
            return
        arms = [a.strip() for a in args.arms.split(",") if a.strip()]
        for arm in arms:
            if arm not in ARMS:
                raise SystemExit(f"unknown arm '{arm}'; choose from {', '.join(ARMS)}")
        train_path, val_path = write_subset(args, workdir)
        for arm in arms:
            run_arm(arm, args, train_path, val_path, workdir)
    report(args, workdir)


if __name__ == "__main__":
    main()
