"""Quality under privacy: accuracy and macro-F1 of the head on frozen MiniLM embeddings
(train-mode head), non-private centralised vs non-private federated vs DP federated at
several epsilons, on BANKING77 by default.

1. Tuning sweep (in-process, fast): a validation split is carved from the training data
   (never the test set); the rest is split over the clients with the project's own
   `common.data.partition` (flwr-datasets Dirichlet); each round every client runs the
   project's `client.train.train_local` (Opacus DP-SGD, noise calibrated exactly as the
   ClientApp does) from the global head, and the server averages the heads weighted by
   examples (FedAvg). Sentence embeddings are computed once and cached under
   benchmarks/results/cache/ (git-ignored).
2. Confirmation (real federation): for each setting, the configuration that was best
   on validation runs through `simulations.simulate.simulate()` (Flower + Ray) on the
   full training data, and the test-set figures reported are those of that run.

    PYTHONPATH=. python benchmarks/quality.py                  # BANKING77, full sweep + confirmation
    PYTHONPATH=. python benchmarks/quality.py --quick          # tiny grid, 3 rounds
    PYTHONPATH=. python benchmarks/quality.py --data PATH_OR_HUB --test-data ... --text-column ... --label-column ...
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
import types
from pathlib import Path

import torch
from torch import nn

from benchmarks.helpers import BANKING77, CACHE, RESULTS, ROOT, console, require_dataset, table, write_results
from common.config import RunConfig
from common.data import Split, encode_labels, load_splits, partition

TARGET_POINTS = 5.0  # DP federated at epsilon 8 within 5 accuracy points of non-private centralised


# -- data and embeddings -----------------------------------------------------------------

def prepare(cfg: RunConfig, val_fraction: float, name: str) -> dict:
    """Embeddings of train and test (cached), the label set, and the validation carve."""
    train, test = load_splits(cfg)
    labels = sorted(set(train.labels) | set(test.labels))
    key = hashlib.sha256(json.dumps([cfg.data, cfg.test_data, cfg.model, cfg.max_length, len(train), len(test),
                                     train.texts[:50], cfg.seed]).encode()).hexdigest()[:16]
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"embeddings-{key}.pt"
    if path.is_file():
        cached = torch.load(path)
    else:
        from common.model import build_model, embed_texts

        console.print(f"[dim]embedding {len(train)} train and {len(test)} test texts (once; cached in {path.relative_to(ROOT)})[/dim]")
        model, tokenizer = build_model(cfg.model, len(labels), "head", seed=cfg.seed)
        t = time.time()
        cached = {
            "train": embed_texts(model, tokenizer, train.texts, cfg.max_length, torch.device("cpu")),
            "test": embed_texts(model, tokenizer, test.texts, cfg.max_length, torch.device("cpu")),
            "head": {k: v.clone() for k, v in model.head.state_dict().items()},  # the server's initial head
            "seconds": time.time() - t,
        }
        torch.save(cached, path)
    order = list(range(len(train)))
    random.Random(cfg.seed + 1).shuffle(order)
    cut = int(len(order) * val_fraction)
    y_train = torch.tensor(encode_labels(train.labels, labels, "train"))
    return {
        "labels": labels, "cache": path, "x_train": cached["train"], "y_train": y_train,
        "x_test": cached["test"], "y_test": torch.tensor(encode_labels(test.labels, labels, "test")),
        "head": cached["head"], "val_idx": order[:cut], "fit_idx": order[cut:], "embed_seconds": cached["seconds"],
        "n_train": len(train), "n_test": len(test),
    }


def client_indices(indices: list[int], labels: torch.Tensor, cfg: RunConfig) -> list[list[int]]:
    """The project's partition, applied to example indices (passed as the text column)."""
    split = Split([str(i) for i in indices], [str(int(labels[i])) for i in indices])
    return [[int(t) for t in partition(split, cfg, pid).texts] for pid in range(cfg.num_clients)]


_NOISES: dict = {}


def calibrate_noise(target_epsilon, delta, sample_rate, steps, accountant):
    """The ClientApp's calibration (common.privacy), memoised (it costs ~1 s a call)."""
    from common.privacy import calibrate_noise as calibrate

    key = (target_epsilon, delta, sample_rate, steps, accountant)
    if key not in _NOISES:
        _NOISES[key] = calibrate(target_epsilon, delta, [], sample_rate, steps, accountant)
    return _NOISES[key]


# -- the head's DP-SGD, vectorised (the sweep's fast engine) -------------------------------

def fast_local(head: nn.Linear, x: torch.Tensor, y: torch.Tensor, cfg: RunConfig, plan, noise: float | None, gen: torch.Generator) -> float:
    """What `client.train.train_local` computes for train-mode head, without Opacus's
    per-step machinery: Poisson sampling at rate q, per-example gradients of the linear
    head in closed form (dL/dW_i = (p_i - e_y) x_i^T, dL/db_i = p_i - e_y), flat clipping
    to C with Opacus's factor min(1, C / (norm + 1e-6)), Gaussian noise N(0, (sigma C)^2),
    division by the expected batch size; the same torch optimizer. Non-private: shuffled
    fixed-size batches, mean cross-entropy. Checked against train_local with `--engine opacus` (docs/benchmarks.md, section 3)."""
    params = [head.weight, head.bias]
    opt = (torch.optim.Adam if cfg.optimizer == "adam" else torch.optim.SGD)(params, lr=cfg.learning_rate)
    n = len(y)
    expected = int(n * plan.sample_rate)
    losses, steps, order, cursor = [], 0, None, n
    while steps < plan.steps:
        if noise is not None:
            idx = (torch.rand(n, generator=gen) < plan.sample_rate).nonzero().squeeze(1)
        else:
            if cursor >= n:
                order, cursor = torch.randperm(n, generator=gen), 0
            idx, cursor = order[cursor:cursor + cfg.batch_size], cursor + cfg.batch_size
        xb, yb = x[idx], y[idx]
        with torch.no_grad():
            logits = head(xb)
            prob = logits.softmax(-1)
            if len(yb):
                losses.append(nn.functional.cross_entropy(logits, yb).item())
            delta = prob.clone()
            delta[torch.arange(len(yb)), yb] -= 1
            if noise is None:
                delta /= max(1, len(yb))
            else:
                norms = delta.norm(dim=1) * (xb.pow(2).sum(1) + 1).sqrt()
                delta *= (cfg.max_grad_norm / (norms + 1e-6)).clamp(max=1.0).unsqueeze(1)
            grad_w, grad_b = delta.T @ xb, delta.sum(0)
            if noise is not None:
                std = noise * cfg.max_grad_norm
                grad_w = (grad_w + torch.normal(0, std, grad_w.shape, generator=gen)) / expected
                grad_b = (grad_b + torch.normal(0, std, grad_b.shape, generator=gen)) / expected
        head.weight.grad, head.bias.grad = grad_w, grad_b
        opt.step()
        steps += 1
    return sum(losses) / max(1, len(losses))


# -- one federated run in-process ---------------------------------------------------------

def run_federated(data: dict, cfg: RunConfig, clients: list[list[int]], eval_on: str, engine: str = "fast") -> dict:
    from client.train import plan_round, train_local
    from server.evaluate import TestSet, evaluate

    num_labels = len(data["labels"])
    head = nn.Linear(data["x_train"].shape[1], num_labels)
    head.load_state_dict(data["head"])
    stub = types.SimpleNamespace(head=head)  # train_local reads only .head in train-mode head
    if eval_on == "val":
        x_eval, y_eval = data["x_train"][data["val_idx"]], data["y_train"][data["val_idx"]]
    else:
        x_eval, y_eval = data["x_test"], data["y_test"]
    test_set = TestSet([], y_eval.tolist(), cfg.max_length, True)
    test_set._embeddings = x_eval
    history, noises = [], []
    gen = torch.Generator().manual_seed(cfg.seed)
    velocity = None
    started = time.time()
    for server_round in range(1, cfg.rounds + 1):
        global_state = {k: v.clone() for k, v in head.state_dict().items()}
        total, summed, losses = 0, None, []
        for idx in clients:
            head.load_state_dict(global_state)
            plan = plan_round(len(idx), cfg)
            noise = None
            if cfg.private:
                noise = calibrate_noise(cfg.target_epsilon, cfg.delta, plan.sample_rate, plan.steps * cfg.rounds, cfg.accountant)
                noises.append(noise)
            if engine == "fast":
                losses.append(fast_local(head, data["x_train"][idx], data["y_train"][idx], cfg, plan, noise, gen))
            else:  # the project's own train_local (Opacus): slow, exact
                result = train_local(stub, (data["x_train"][idx],), data["y_train"][idx], cfg.model_copy(update={"seed": cfg.seed + server_round}),
                                     plan, noise, torch.device("cpu"))
                losses.append(result.loss)
            state = {k: v.detach().clone() for k, v in head.state_dict().items()}
            weight = len(idx)
            summed = {k: v * weight for k, v in state.items()} if summed is None else {k: summed[k] + v * weight for k, v in state.items()}
            total += weight
        # FedAvgM, as the ServerApp's strategy (Flower's FedAvgM) does it.
        step = {k: global_state[k] - v / total for k, v in summed.items()}
        velocity = step if velocity is None or cfg.server_momentum == 0 else {k: cfg.server_momentum * velocity[k] + step[k] for k in step}
        head.load_state_dict({k: global_state[k] - cfg.server_learning_rate * velocity[k] for k in step})
        metrics = evaluate(stub, None, test_set, num_labels, torch.device("cpu"))
        history.append({"round": server_round, "train_loss": sum(losses) / len(losses), **metrics})
    return {"final": history[-1], "history": history, "seconds": time.time() - started,
            "noise_multiplier": (min(noises), max(noises)) if noises else None}


# -- the sweep ---------------------------------------------------------------------------

def setting_cfg(base: RunConfig, setting: str) -> RunConfig:
    if setting == "central":
        return base.model_copy(update={"num_clients": 1, "clients_per_round": 1, "private": False})
    if setting == "federated":
        return base.model_copy(update={"private": False})
    return base.model_copy(update={"private": True, "target_epsilon": float(setting.removeprefix("dp-eps"))})


TUNED = ("optimizer", "learning_rate", "batch_size", "local_epochs", "max_grad_norm", "rounds", "server_momentum")


def grids(quick: bool, small: bool = False) -> dict[str, list[dict]]:
    """Hyperparameters tried per setting. Every federated schedule spends the same 50
    local epochs (rounds x local-epochs), so settings differ in how they spend it."""
    schedules = [(5, 10), (20, 2.5), (50, 1)]

    def grid(lrs, batches, clips, momenta, optimizers=("sgd",), schedules=schedules):
        return [dict(optimizer=o, learning_rate=lr, batch_size=b, local_epochs=e, max_grad_norm=c, rounds=r, server_momentum=m)
                for o in optimizers for lr in lrs[o] for b in batches for c in clips for r, e in schedules for m in momenta]
    if quick:
        return {s: grid({"sgd": [1.0]}, [64], [1.0], [0.0, 0.9], schedules=[(3, 2)])
                for s in ("central", "federated", "dp-eps8", "dp-eps3", "dp-eps1")}
    if small:
        # Around what won on BANKING77 (short rounds, server momentum 0.9, batch 64),
        # for datasets where the full grid costs hours (SST-2: 67,349 sentences).
        short = [(20, 2.5), (50, 1)]
        central = grid({"sgd": [1.0, 3.0], "adam": [0.003]}, [64], [1.0], [0.0], optimizers=("sgd", "adam"), schedules=[(5, 10)])
        federated = grid({"sgd": [1.0, 3.0], "adam": [0.003]}, [64], [1.0], [0.9], optimizers=("sgd", "adam"), schedules=short)
        private = grid({"sgd": [1.0, 3.0]}, [64], [1.0], [0.9], schedules=short)
        return {"central": central, "federated": federated, "dp-eps8": private, "dp-eps3": private, "dp-eps1": private}
    # One client: rounds and server momentum change little, so tune the optimiser instead.
    central = grid({"sgd": [0.3, 1.0, 3.0], "adam": [0.001, 0.003, 0.01]}, [64, 256], [1.0], [0.0],
                   optimizers=("sgd", "adam"), schedules=[(5, 10)])
    federated = grid({"sgd": [0.3, 1.0, 3.0], "adam": [0.001, 0.003, 0.01]}, [64], [1.0], [0.0, 0.9], optimizers=("sgd", "adam"))
    # SGD won every DP setting of the first sweep (adam: 10+ points lower at epsilon 8).
    private = grid({"sgd": [1.0, 3.0]}, [64, 256], [1.0], [0.0, 0.9])
    # Smaller epsilons: also the whole-client batch (640, about the smallest client).
    small_eps = grid({"sgd": [1.0, 3.0, 10.0]}, [64, 256, 640], [1.0], [0.0, 0.9])
    return {"central": central, "federated": federated, "dp-eps8": private, "dp-eps3": small_eps, "dp-eps1": small_eps}


def _calibrate(args):
    return args, calibrate_noise(*args)


def noise_table(base: RunConfig, clients: list[list[int]], jobs: list, workers: int) -> dict:
    """Every noise multiplier the sweep needs, computed once (in parallel) up front."""
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    from client.train import plan_round

    needed = set()
    for setting, params, _ in jobs:
        cfg = setting_cfg(base, setting).model_copy(update=params)
        if not cfg.private or min(len(c) for c in clients) < cfg.batch_size:
            continue
        for idx in clients:
            plan = plan_round(len(idx), cfg)
            needed.add((cfg.target_epsilon, cfg.delta, plan.sample_rate, plan.steps * cfg.rounds, cfg.accountant))
    console.print(f"[dim]calibrating {len(needed)} noise multipliers[/dim]")
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(pool.map(_calibrate, sorted(needed)))


def _worker_init(cache_args):
    global _DATA, _CLIENTS, _ENGINE
    torch.set_num_threads(1)
    cfg_json, val_fraction, name, _ENGINE, noises = cache_args
    for key, value in noises:
        _NOISES[key] = value
    base = RunConfig.model_validate_json(cfg_json)
    _DATA = prepare(base, val_fraction, name)
    _CLIENTS = {}


def _worker_run(job):
    setting, params, cfg_json = job
    base = RunConfig.model_validate_json(cfg_json)
    cfg = setting_cfg(base, setting).model_copy(update=params)
    key = cfg.num_clients
    if key not in _CLIENTS:
        _CLIENTS[key] = client_indices(_DATA["fit_idx"], _DATA["y_train"], cfg)
    clients = _CLIENTS[key]
    if min(len(c) for c in clients) < cfg.batch_size:
        return {"setting": setting, **params, "error": f"a client holds {min(len(c) for c in clients)} < batch {cfg.batch_size}"}
    out = run_federated(_DATA, cfg, clients, "val", _ENGINE)
    return {"setting": setting, **params, "engine": _ENGINE, "val_accuracy": out["final"]["accuracy"], "val_macro_f1": out["final"]["macro-f1"],
            "seconds": out["seconds"], "noise_multiplier": out["noise_multiplier"],
            "val_accuracy_by_round": [h["accuracy"] for h in out["history"]]}


def sweep(base: RunConfig, val_fraction: float, name: str, settings: list[str], quick: bool, workers: int, engine: str,
          small: bool = False) -> list[dict]:
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    jobs = [(s, p, base.model_dump_json()) for s in settings for p in grids(quick, small)[s]]
    data = prepare(base, val_fraction, name)
    noises = noise_table(base, client_indices(data["fit_idx"], data["y_train"], base), jobs, workers)
    console.print(f"[dim]sweep: {len(jobs)} runs on {workers} worker processes[/dim]")
    results = []
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init,
                             initargs=((base.model_dump_json(), val_fraction, name, engine, list(noises.items())),)) as pool:
        for i, res in enumerate(pool.map(_worker_run, jobs, chunksize=4), 1):
            results.append(res)
            if "error" not in res:
                console.print(f"[dim]{i}/{len(jobs)} {res['setting']} {res['optimizer']} lr {res['learning_rate']} batch {res['batch_size']} "
                              f"rounds {res['rounds']} x epochs {res['local_epochs']} momentum {res['server_momentum']} clip {res['max_grad_norm']}: val acc {res['val_accuracy']:.3f} ({res['seconds']:.0f}s)[/dim]")
    return results


def best(results: list[dict], setting: str) -> dict | None:
    ok = [r for r in results if r["setting"] == setting and "error" not in r]
    return max(ok, key=lambda r: (r["val_accuracy"], r["val_macro_f1"])) if ok else None


# -- confirmation with real simulations ----------------------------------------------------

def confirm_fast(data: dict, base: RunConfig, setting: str, params: dict) -> dict:
    """The chosen configuration trained with the sweep's engine on all the training data
    (fit + validation, split over the clients as simulate() splits it) and scored on the
    test set. For datasets too large to embed again in every simulate() client here."""
    cfg = setting_cfg(base, setting).model_copy(update=params)
    clients = client_indices(list(range(data["n_train"])), data["y_train"], cfg)
    if min(len(c) for c in clients) < cfg.batch_size:
        return {"setting": setting, **params, "error": f"a client holds {min(len(c) for c in clients)} < batch {cfg.batch_size}"}
    out = run_federated(data, cfg, clients, "test", "fast")
    return {
        "setting": setting, **params, "engine": "fast", "wall_seconds": out["seconds"],
        "test_accuracy": out["final"]["accuracy"], "test_macro_f1": out["final"]["macro-f1"],
        "seconds_per_round": [out["seconds"] / cfg.rounds] * cfg.rounds,
        "max_client_epsilon": None,  # noise calibrated to target_epsilon per client, as the ClientApp does
        "noise_multiplier": out["noise_multiplier"],
        "accuracy_by_round": [h["accuracy"] for h in out["history"]],
    }


def confirm(base: RunConfig, setting: str, params: dict, name: str) -> dict:
    from simulations.simulate import simulate

    cfg = setting_cfg(base, setting).model_copy(update={
        **params, "output_dir": str(CACHE / "runs"), "run_name": f"{name}-{setting}-{time.strftime('%Y%m%d-%H%M%S')}"})
    started = time.time()
    run_dir = simulate(cfg)
    metrics = json.loads((Path(run_dir) / "metrics.json").read_text())
    rounds = metrics["rounds"]
    eps = [m.get("epsilon") for m in rounds[str(cfg.rounds)]["clients"].values()]
    eps = [e for e in eps if e is not None]
    return {
        "setting": setting, **params, "run_dir": str(run_dir), "wall_seconds": time.time() - started,
        "test_accuracy": metrics["final"]["accuracy"], "test_macro_f1": metrics["final"]["macro-f1"],
        "seconds_per_round": [rounds[str(r)]["duration-seconds"] for r in range(1, cfg.rounds + 1)],
        "max_client_epsilon": max(eps) if eps else None,
        "accuracy_by_round": [rounds[str(r)]["evaluation"]["accuracy"] for r in range(1, cfg.rounds + 1)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(BANKING77 / "train.csv"), help="training data: CSV/TSV/JSONL path or hub name")
    parser.add_argument("--test-data", default=str(BANKING77 / "test.csv"), help="test data (path or hub split)")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="category")
    parser.add_argument("--test-text-column", default=None, help="the test data's text column when its header differs (SST-2's dev.tsv: content)")
    parser.add_argument("--name", default="quality_banking77", help="results file name")
    parser.add_argument("--num-clients", type=int, default=10)
    parser.add_argument("--alpha", type=float, default=0.5, help="Dirichlet alpha of the label split")
    parser.add_argument("--epsilons", default="8,3,1")
    parser.add_argument("--val-fraction", type=float, default=0.15)
    parser.add_argument("--workers", type=int, default=2, help="sweep processes")
    parser.add_argument("--no-sweep", action="store_true", help="reuse the sweep in the existing results file")
    parser.add_argument("--sweep-from", help="results JSON whose sweep to reuse (default: this --name's)")
    parser.add_argument("--no-confirm", action="store_true", help="skip the real simulate() runs")
    parser.add_argument("--confirm", default="", help="settings to confirm with simulate(), comma-separated (default: all)")
    parser.add_argument("--quick", action="store_true", help="tiny grid, 3 rounds")
    parser.add_argument("--confirm-engine", choices=["simulate", "fast"], default="simulate",
                        help="test-set confirmation by simulate() (default) or by the sweep's engine on all training data")
    parser.add_argument("--small-grid", action="store_true", help="a 3-6 run grid per setting around BANKING77's winners (for large datasets)")
    parser.add_argument("--engine", choices=["fast", "opacus"], default="fast",
                        help="sweep engine: vectorised DP-SGD of the head (default) or the project's train_local (Opacus, ~100x slower)")
    args = parser.parse_args()

    if not (require_dataset(args.data, "the quality benchmark") and require_dataset(args.test_data, "the quality benchmark")):
        return
    base = RunConfig(
        data=args.data, test_data=args.test_data, text_column=args.text_column, label_column=args.label_column, test_text_column=args.test_text_column,
        train_mode="head", num_clients=args.num_clients, clients_per_round=args.num_clients, dirichlet_alpha=args.alpha,
        delta=1e-5, scrub=False, device="cpu",
    )
    settings = ["central", "federated"] + [f"dp-eps{e}" for e in args.epsilons.split(",")]
    started = time.time()
    data = prepare(base, args.val_fraction, args.name)
    console.print(f"{data['n_train']} train ({len(data['fit_idx'])} fit + {len(data['val_idx'])} validation), {data['n_test']} test, "
                  f"{len(data['labels'])} labels; embeddings {data['cache'].name}")
    sizes = [len(c) for c in client_indices(data["fit_idx"], data["y_train"], base)]

    previous = Path(args.sweep_from) if args.sweep_from else RESULTS / f"{args.name}.json"
    if args.no_sweep and previous.is_file():
        results = json.loads(previous.read_text())["sweep"]
    else:
        results = sweep(base, args.val_fraction, args.name, settings, args.quick, args.workers, args.engine, args.small_grid)

    rows = []
    for r in sorted(results, key=lambda r: (settings.index(r["setting"]) if r["setting"] in settings else 99, -r.get("val_accuracy", -1))):
        rows.append([r["setting"], r["optimizer"], r["learning_rate"], r["batch_size"], r.get("rounds", 5), r["local_epochs"],
                     r.get("server_momentum", 0.0), r["max_grad_norm"], r.get("val_accuracy"), r.get("val_macro_f1"),
                     f"{r['noise_multiplier'][0]:.2f}-{r['noise_multiplier'][1]:.2f}" if r.get("noise_multiplier") else "-",
                     r.get("seconds"), r.get("error", "")])
    table(f"Sweep on the validation split ({args.num_clients} clients, alpha {args.alpha}, head)",
          ["setting", "optimizer", "lr", "batch", "rounds", "epochs", "momentum", "clip", "val acc", "val macro-F1", "noise", "s", "note"], rows)

    chosen = {s: best(results, s) for s in settings}
    confirmed = []
    if not args.no_confirm:
        order = args.confirm.split(",") if args.confirm else settings  # in the order asked for
        for setting in order:
            if chosen.get(setting) is None:
                continue
            params = {k: chosen[setting][k] for k in TUNED if k in chosen[setting]}
            console.print(f"[dim]{'simulate()' if args.confirm_engine == 'simulate' else 'fast engine, all training data'}: {setting} {params}[/dim]")
            try:
                if args.confirm_engine == "fast":
                    confirmed.append(confirm_fast(data, base, setting, params))
                else:
                    confirmed.append(confirm(base, setting, params, args.name))
            except Exception as err:  # report and go on: one failed run must not hide the others
                console.print(f"[red]{setting} simulation failed: {type(err).__name__}: {err}[/red]")
                confirmed.append({"setting": setting, **params, "error": f"{type(err).__name__}: {err}"})

    central = next((c for c in confirmed if c["setting"] == "central" and "error" not in c), None)
    rows = []
    for c in confirmed:
        gap = None if central is None or "error" in c else (central["test_accuracy"] - c["test_accuracy"]) * 100
        note = ""
        if c["setting"] == "dp-eps8" and gap is not None:
            note = f"target <= {TARGET_POINTS:g} points: " + ("met" if gap <= TARGET_POINTS else f"missed by {gap - TARGET_POINTS:.1f} points")
        rows.append([c["setting"], c["optimizer"], c["learning_rate"], c["batch_size"], c.get("rounds", 5), c["local_epochs"],
                     c.get("server_momentum", 0.0), c["max_grad_norm"], c.get("test_accuracy"), c.get("test_macro_f1"), gap, c.get("max_client_epsilon"),
                     sum(c["seconds_per_round"]) / len(c["seconds_per_round"]) if "seconds_per_round" in c else None, note or c.get("error", "")])
    if rows:
        table(f"Test set, {'real simulate() runs' if args.confirm_engine == 'simulate' else 'the sweep engine on all training data'} with the chosen settings", ["setting", "optimizer", "lr", "batch", "rounds", "epochs", "momentum", "clip",
              "test acc", "test macro-F1", "points below central", "max client eps", "s/round", "note"], rows)

    write_results(args.name, {
        "data": args.data,
        "sweep_from": str(previous) if args.no_sweep and previous.is_file() else None,
        "confirm_engine": args.confirm_engine,
        "test_data": args.test_data, "num_clients": args.num_clients, "dirichlet_alpha": args.alpha,
        "delta": base.delta, "val_fraction": args.val_fraction, "n_train": data["n_train"],
        "n_test": data["n_test"], "client_sizes_fit": sizes, "embed_seconds": data["embed_seconds"],
        "seconds": time.time() - started, "sweep": results, "chosen": chosen, "confirmed": confirmed,
    })
    _plot(confirmed, results, args.name, settings)


def _plot(confirmed: list[dict], results: list[dict], name: str, settings: list[str]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ok = [c for c in confirmed if "error" not in c]
    if not ok:
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    for c in ok:
        ax.plot(range(1, len(c["accuracy_by_round"]) + 1), c["accuracy_by_round"], marker="o", label=c["setting"])
    ax.set_xlabel("round")
    ax.set_ylabel("test accuracy")
    ax.set_title(f"{name}: simulate() runs, chosen settings")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(RESULTS / f"{name}.png", dpi=120)
    console.print(f"plot: {RESULTS / f'{name}.png'}")


if __name__ == "__main__":
    main()
