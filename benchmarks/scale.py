"""Scale: a federation of 1,000 clients, 100 per round, through the project's own
`simulations.engine.run_engine()` (Flower + Ray, in this process) on this machine.

Measured per round: wall time (metrics.json `seconds`), server-side time (the
strategy's configure_train + aggregate_train, and the evaluate function: test-set
evaluation, checkpoint and metrics.json writes), timed by wrapping the strategy in
this process (the ServerApp runs in the driver process); peak resident memory of
the whole process tree (driver, Ray, client workers), sampled every 0.2 s.

Workaround (see docs/benchmarks.md): a client's data is cut by `common.data.partition`,
which builds a new Dirichlet partitioner, i.e. re-partitions the whole dataset, on
every call, and the ClientApp re-reads the dataset (`load_splits`) for every client
not among the last 4 it served. With 1,000 clients both are paid once per client and
round (and 1,000 times by `check_inputs` before the run starts). `--patch` (default)
memoises both, in the driver and, through a Ray worker setup hook, in every worker;
`--no-patch` measures the unpatched cost of one call instead and runs nothing.

    PYTHONPATH=. python benchmarks/scale.py                      # BANKING77, 1,000 clients, 100 per round, 3 rounds
    PYTHONPATH=. python benchmarks/scale.py --clients 200 --per-round 20 --rounds 2
"""

from __future__ import annotations

import argparse
import functools
import json
import threading
import time

from benchmarks.helpers import CACHE, ROOT, SST2, console, require_dataset, table, write_results

TARGET_SERVER_S = 1.0


# -- the workaround: memoised dataset and partitioner ---------------------------------------

@functools.lru_cache(maxsize=2)
def _cached_splits(cfg):
    from common.data import load_splits

    return load_splits(cfg)


_PARTITIONERS: dict = {}


def cached_partition(train, cfg, partition_id):
    """`common.data.partition` with the partitioner built once per dataset and config."""
    from datasets import Dataset
    from flwr_datasets.partitioner import DirichletPartitioner, IidPartitioner

    from common.data import Split

    if cfg.num_clients == 1:
        return train
    key = (len(train), hash(tuple(train.labels)), hash(tuple(train.texts[:100])), cfg.num_clients, cfg.dirichlet_alpha, cfg.seed)
    if key not in _PARTITIONERS:
        table_ = Dataset.from_dict({"text": train.texts, "label": train.labels})
        partitioner = DirichletPartitioner(num_partitions=cfg.num_clients, partition_by="label", alpha=cfg.dirichlet_alpha,
                                           min_partition_size=0, self_balancing=True, shuffle=True, seed=cfg.seed)
        partitioner.dataset = table_
        try:
            partitioner.load_partition(0)
        except ValueError:  # as common.data.partition: fall back to IID
            partitioner = IidPartitioner(cfg.num_clients)
            partitioner.dataset = table_
        _PARTITIONERS[key] = partitioner
    part = _PARTITIONERS[key].load_partition(partition_id)
    return Split(list(part["text"]), list(part["label"]))


def patch_partition() -> None:
    """Installed in the driver and (Ray worker_process_setup_hook) in every worker."""
    import client.client_app
    import simulations.simulate

    simulations.simulate.partition = cached_partition
    simulations.simulate.load_splits = _cached_splits
    client.client_app.partition = cached_partition
    client.client_app.load_splits = _cached_splits


def renamed_copy(path: str, old: str, new: str) -> str:
    """The project reads the test file with the training file's column names; SST-2's
    dev.tsv calls its text column `content`, so a copy with the header renamed goes to the cache."""
    from pathlib import Path

    source = Path(path)
    lines = source.read_text(encoding="utf-8").split("\n")
    sep = "\t" if source.suffix == ".tsv" else ","
    lines[0] = sep.join(new if column == old else column for column in lines[0].split(sep))
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"{source.stem}-renamed{source.suffix}"
    target.write_text("\n".join(lines), encoding="utf-8")
    return str(target)


# -- server-side timing ---------------------------------------------------------------------

TIMES: dict[int, dict[str, float]] = {}


def install_server_timers() -> None:
    import server.server_app
    from server.strategy import PrivateFedAvg

    def add(server_round, what, seconds):
        TIMES.setdefault(server_round, {}).setdefault(what, 0.0)
        TIMES[server_round][what] += seconds

    class TimedFedAvg(PrivateFedAvg):
        def configure_train(self, server_round, *args, **kwargs):
            t = time.perf_counter()
            out = super().configure_train(server_round, *args, **kwargs)
            add(server_round, "configure_train", time.perf_counter() - t)
            return out

        def aggregate_train(self, server_round, replies):
            t = time.perf_counter()
            out = super().aggregate_train(server_round, replies)
            add(server_round, "aggregate_train", time.perf_counter() - t)
            return out

        def start(self, *args, evaluate_fn=None, **kwargs):
            def timed(server_round, arrays):
                t = time.perf_counter()
                out = evaluate_fn(server_round, arrays)
                add(server_round, "evaluate_fn", time.perf_counter() - t)
                return out

            return super().start(*args, evaluate_fn=timed if evaluate_fn else None, **kwargs)

    server.server_app.PrivateFedAvg = TimedFedAvg


def add_worker_hook() -> None:
    """Starts Ray before simulate() (Flower then reuses it) with a worker setup hook that
    runs `patch_partition` in every worker process."""
    import os
    import sys

    import ray

    pythonpath = os.pathsep.join([str(ROOT), *sys.path])
    # address="local": a new cluster of our own, never another run's (ray.init() may attach to one).
    ray.init(address="local", include_dashboard=False, logging_level="error", log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": pythonpath}, "worker_process_setup_hook": "benchmarks.scale.patch_partition"})


class TreeMemory:
    """Peak summed RSS of this process and all its descendants (Ray included)."""

    def __init__(self, interval: float = 0.2):
        import psutil

        self.proc, self.interval, self.peak, self.peak_procs = psutil.Process(), interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil

        while not self._stop.is_set():
            total, count = 0, 0
            for p in [self.proc, *self.proc.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                    count += 1
                except psutil.Error:
                    pass
            if total > self.peak:
                self.peak, self.peak_procs = total, count
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    # SST-2: 67k examples, so 1,000 clients hold ~67 each (BANKING77's 10k leave some clients empty).
    parser.add_argument("--data", default=str(SST2 / "train.tsv"), help="training data (path or hub name); 'demo' for the built-in corpus")
    parser.add_argument("--test-data", default=str(SST2 / "dev.tsv"))
    parser.add_argument("--text-column", default="sentence")
    parser.add_argument("--label-column", default="label")
    parser.add_argument("--test-text-column", default="content", help="the test file's text column when it differs (SST-2 dev: content)")
    parser.add_argument("--demo-examples", type=int, default=20000, help="with --data demo")
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--per-round", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=0, help="0: the smallest client's size, at most 8")
    parser.add_argument("--alpha", type=float, default=10.0, help="Dirichlet alpha; large keeps client sizes even")
    parser.add_argument("--local-epochs", type=float, default=2)
    parser.add_argument("--scrub", action="store_true", help="run Presidio on every client (slow on CPU)")
    parser.add_argument("--no-patch", action="store_true", help="measure the unpatched partition cost instead of running")
    parser.add_argument("--skip-unpatched-timing", action="store_true", help="do not time one unpatched partition() call first")
    parser.add_argument("--quick", action="store_true", help="200 clients, 20 per round, 2 rounds")
    args = parser.parse_args()
    if args.quick:
        args.clients, args.per_round, args.rounds = 200, 20, 2
    if args.data != "demo" and not (require_dataset(args.data, "the scale benchmark") and require_dataset(args.test_data, "the scale benchmark")):
        return

    from common.config import RunConfig
    from common.data import load_splits, partition
    from simulations.engine import run_engine
    from simulations.simulate import check_inputs

    if args.data != "demo" and args.test_text_column and args.test_text_column != args.text_column:
        args.test_data = renamed_copy(args.test_data, args.test_text_column, args.text_column)

    base = dict(num_clients=args.clients, clients_per_round=args.per_round, rounds=args.rounds, dirichlet_alpha=args.alpha,
                local_epochs=args.local_epochs, scrub=args.scrub, device="cpu", train_mode="head", target_epsilon=8.0)
    if args.data == "demo":
        base.update(data="demo", demo_examples=args.demo_examples)
    else:
        base.update(data=args.data, test_data=args.test_data, text_column=args.text_column, label_column=args.label_column)
    cfg = RunConfig(**base, batch_size=1)

    # The unpatched cost: one call of the project's partition (re-partitions everything).
    t = time.perf_counter()
    train, _ = load_splits(cfg)
    load_seconds = time.perf_counter() - t
    t = time.perf_counter()
    if not args.skip_unpatched_timing:
        partition(train, cfg, 0)
    partition_seconds = time.perf_counter() - t if not args.skip_unpatched_timing else float("nan")
    console.print(f"load_splits {load_seconds:.2f} s; one unpatched partition() call with {args.clients} clients {partition_seconds:.2f} s "
                  f"(check_inputs makes {args.clients}; the ClientApp one per client per round)")
    unpatched = {"load_splits_seconds": load_seconds, "partition_call_seconds": partition_seconds,
                 "check_inputs_estimate_seconds": partition_seconds * args.clients,
                 "client_side_estimate_seconds_per_round": (partition_seconds + load_seconds) * args.per_round}
    if args.no_patch:
        write_results("scale", {"unpatched": unpatched, "ran": False})
        return

    patch_partition()
    t = time.perf_counter()
    sizes = [len(cached_partition(train, cfg, pid)) for pid in range(args.clients)]
    sizes_seconds = time.perf_counter() - t
    batch = args.batch_size or max(1, min(8, min(sizes)))
    cfg = RunConfig(**base, batch_size=batch, output_dir=str(CACHE / "runs"), run_name=f"scale-{args.clients}-{time.strftime('%Y%m%d-%H%M%S')}")
    console.print(f"client sizes {min(sizes)}..{max(sizes)} (all {args.clients} in {sizes_seconds:.1f} s with the cached partitioner); batch {batch}")

    install_server_timers()
    add_worker_hook()
    started = time.time()
    error = None
    with TreeMemory() as memory:
        try:
            check_inputs(cfg)
            run_engine(cfg)  # in this process: the timers and the Ray hook above must apply
            run_dir = cfg.run_dir
        except Exception as err:  # the point is to find out why, so keep the numbers
            error, run_dir = f"{type(err).__name__}: {err}", cfg.run_dir
    wall = time.time() - started

    metrics_file = run_dir / "metrics.json"
    metrics = json.loads(metrics_file.read_text()) if metrics_file.is_file() else {"rounds": {}}
    rows, rounds = [], []
    for r in range(1, args.rounds + 1):
        entry = metrics["rounds"].get(str(r), {})
        timed = TIMES.get(r, {})
        server_s = sum(timed.values())
        clients = entry.get("clients", {})
        rounds.append({"round": r, "seconds": entry.get("duration-seconds"), "server_seconds": server_s, **timed,
                       "clients_replied": len(clients), "failures": len(entry.get("failures", [])),
                       "accuracy": entry.get("evaluation", {}).get("accuracy")})
        rows.append([r, entry.get("duration-seconds"), timed.get("configure_train"), timed.get("aggregate_train"), timed.get("evaluate_fn"),
                     server_s, len(clients), len(entry.get("failures", [])), entry.get("evaluation", {}).get("accuracy"),
                     ("met" if server_s < TARGET_SERVER_S else f"missed by {server_s - TARGET_SERVER_S:.2f} s") if timed else "-"])
    table(f"{args.clients} clients, {args.per_round} per round (head, DP eps 8, batch {batch}); peak RSS of all processes "
          f"{memory.peak / 2**30:.2f} GiB ({memory.peak_procs} processes)",
          ["round", "round s", "configure_train s", "aggregate_train s", "evaluate_fn s", "server s", "replies", "failures", "accuracy",
           f"server < {TARGET_SERVER_S:g} s"], rows)
    if error:
        console.print(f"[red]the run failed: {error}[/red]")
    write_results("scale", {
        "config": cfg.model_dump(mode="json"), "wall_seconds": wall, "error": error, "status": metrics.get("status"),
        "client_sizes": {"min": min(sizes), "max": max(sizes), "mean": sum(sizes) / len(sizes)},
        "round0_evaluate_fn_seconds": TIMES.get(0, {}).get("evaluate_fn"),
        "peak_rss_tree_gib": memory.peak / 2**30, "peak_processes": memory.peak_procs,
        "rounds": rounds, "unpatched": unpatched, "patched": True,
    })


if __name__ == "__main__":
    main()
