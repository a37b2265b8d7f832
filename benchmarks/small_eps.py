"""Small epsilon for the head on frozen MiniLM embeddings: DP class prototypes, full-batch
DP gradient descent, and prototypes as the head's initialisation followed by DP-SGD, against
the DP-SGD baseline of `quality.py`. BANKING77, 10 clients, Dirichlet alpha 0.5, delta 1e-5.

DP prototypes (Wahdany et al. 2024): each client releases once, per class, the sum of its
unit-norm embeddings (optionally centred on a public mean, then re-normalised) plus
N(0, sigma^2) on every coordinate of every class (also classes it does not hold). Adding or
removing one example moves one row by a unit vector: L2 sensitivity 1, so the release is one
Gaussian mechanism, which Opacus's accountants hold as (noise_multiplier=sigma,
sample_rate=1.0, steps=1). The server sums the clients' releases; the classifier is the
cosine to each class's sum, which is exactly a linear head W = s * normalize(P), b = -W c
(c the centre). With DP-SGD after it, the two releases compose in one accountant history
[(sigma_p, 1, 1), (sigma, q, steps)], and sigma is calibrated so that the composition spends
exactly the target epsilon.

Tuning uses a validation split carved from the training data (as quality.py); the chosen
configuration per epsilon is then run once on all training data and scored on the test set.
Embeddings come from quality.py's cache (benchmarks/results/cache/).

    PYTHONPATH=. python benchmarks/small_eps.py                       # sweep on validation, then test
    PYTHONPATH=. python benchmarks/small_eps.py --quick               # a few configurations
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import time

import torch
from torch import nn

from benchmarks.helpers import BANKING77, CACHE, RESULTS, console, require_dataset, table, write_results
from benchmarks.quality import calibrate_noise, client_indices, fast_local, prepare
from client.train import RoundPlan, plan_round
from common.config import RunConfig
from common.privacy import epsilon_of


# -- accounting --------------------------------------------------------------------------

_SIGMA: dict = {}


def sigma_after_prototypes(target: float, delta: float, sigma_p: float | None, rate: float, steps: int, accountant: str) -> float:
    """The DP-SGD noise multiplier that, composed after a prototype release at sigma_p
    (None: no release), spends exactly `target` (bisection on the accountant's epsilon)."""
    if sigma_p is None:
        return calibrate_noise(target, delta, rate, steps, accountant)
    key = (target, delta, sigma_p, rate, steps, accountant)
    if key not in _SIGMA:
        prior = [(sigma_p, 1.0, 1)]
        if epsilon_of(prior, delta, accountant) >= target:
            raise ValueError("the prototype release alone spends the budget")
        low, high = 0.1, 1.0
        while epsilon_of(prior + [(high, rate, steps)], delta, accountant) > target:
            low, high = high, high * 2
        for _ in range(40):
            mid = (low + high) / 2
            if epsilon_of(prior + [(mid, rate, steps)], delta, accountant) > target:
                low = mid
            else:
                high = mid
            if high - low < 1e-3 * high:
                break
        _SIGMA[key] = high
    return _SIGMA[key]


# -- prototypes ----------------------------------------------------------------------------

def unit(x: torch.Tensor, centre: torch.Tensor | None) -> torch.Tensor:
    return nn.functional.normalize(x if centre is None else x - centre, dim=-1)


def release(x: torch.Tensor, y: torch.Tensor, num_labels: int, sigma: float, centre, gen) -> torch.Tensor:
    """One client's Gaussian release: per-class sums of unit-norm rows, plus noise everywhere."""
    sums = torch.zeros(num_labels, x.shape[1]).index_add_(0, y, unit(x, centre))
    return sums + sigma * torch.randn(sums.shape, generator=gen)


def prototype_head(total: torch.Tensor, centre, scale: float, norm: str, count: int) -> tuple[torch.Tensor, torch.Tensor]:
    """The prototype classifier as a linear head on the raw embedding x. "cosine":
    argmax_c <P_c/|P_c|, (x - c)/|x - c|> = argmax_c (s P_c/|P_c|) x - (s P_c/|P_c|) c.
    "sum": W = s * labels * P / N, linear in the releases, so FedAvg (weighted by examples)
    of each client's s * labels * S_k / n_k computes it with no change to the server."""
    if norm == "cosine":
        weight = scale * nn.functional.normalize(total, dim=-1)
    else:
        weight = scale * len(total) * total / count
    bias = -(weight @ centre) if centre is not None else torch.zeros(len(weight))
    return weight, bias


def accuracy(weight, bias, x, y) -> float:
    return float(((x @ weight.T + bias).argmax(-1) == y).float().mean())


# -- one federated run ---------------------------------------------------------------------

def run(data: dict, clients: list[list[int]], eval_x, eval_y, epsilon: float, params: dict, public_centre, seed: int) -> dict:
    """params: proto_fraction (share of epsilon's prototype release: None = no release,
    1.0 = prototypes only), centre ("none" | "public"), scale, then DP-SGD settings
    (optimizer, learning_rate, batch ("full" or int), rounds, local_epochs, server_momentum)."""
    gen = torch.Generator().manual_seed(seed)
    num_labels, dim = len(data["labels"]), data["x_train"].shape[1]
    centre = public_centre if params.get("centre") == "public" else None
    delta, accountant = 1e-5, "rdp"
    head = nn.Linear(dim, num_labels)
    head.load_state_dict(data["head"])
    sigma_p = None
    fraction = params.get("proto_fraction")
    if fraction is not None:
        sigma_p = calibrate_noise(epsilon * fraction, delta, 1.0, 1, accountant) if fraction < 1 else calibrate_noise(epsilon, delta, 1.0, 1, accountant)
        total = sum(release(data["x_train"][idx], data["y_train"][idx], num_labels, sigma_p, centre, gen) for idx in clients)
        w, b = prototype_head(total, centre, params.get("scale", 10.0), params.get("norm", "cosine"), sum(len(idx) for idx in clients))
        with torch.no_grad():
            head.weight.copy_(w)
            head.bias.copy_(b)
    plans = []
    history, sigmas = [accuracy(head.weight.detach(), head.bias.detach(), eval_x, eval_y)], []
    if fraction is None or fraction < 1:
        rounds = params["rounds"]
        cfg = RunConfig(optimizer=params["optimizer"], learning_rate=params["learning_rate"], max_grad_norm=1.0,
                        batch_size=64 if params["batch"] == "full" else params["batch"], local_epochs=params["local_epochs"],
                        rounds=rounds, server_momentum=params["server_momentum"], delta=delta, accountant=accountant)
        for idx in clients:
            if params["batch"] == "full":  # full-batch DP gradient descent: q = 1
                plan = RoundPlan(sample_rate=1.0, steps=max(1, round(params["local_epochs"])))
            else:
                plan = plan_round(len(idx), cfg)
            sigma = sigma_after_prototypes(epsilon, delta, sigma_p, plan.sample_rate, plan.steps * rounds, accountant)
            plans.append((plan, sigma))
            sigmas.append(sigma)
        velocity = None
        for _ in range(rounds):
            start = {k: v.clone() for k, v in head.state_dict().items()}
            summed, count = None, 0
            for idx, (plan, sigma) in zip(clients, plans):
                head.load_state_dict(start)
                fast_local(head, data["x_train"][idx], data["y_train"][idx], cfg, plan, sigma, gen)
                state = head.state_dict()
                summed = {k: v * len(idx) for k, v in state.items()} if summed is None else {k: summed[k] + v * len(idx) for k, v in state.items()}
                count += len(idx)
            step = {k: start[k] - v / count for k, v in summed.items()}  # FedAvgM, as the ServerApp
            velocity = step if velocity is None or cfg.server_momentum == 0 else {k: cfg.server_momentum * velocity[k] + step[k] for k in step}
            head.load_state_dict({k: start[k] - velocity[k] for k in step})
            history.append(accuracy(head.weight.detach(), head.bias.detach(), eval_x, eval_y))
    # Each client's whole history, recomputed with the accountant independently of the calibration.
    histories = []
    for k in range(len(clients)):
        h = [(sigma_p, 1.0, 1)] if sigma_p is not None else []
        if plans:
            plan, sigma = plans[k]
            h.append((sigma, plan.sample_rate, plan.steps * params["rounds"]))
        histories.append(h)
    spent = [epsilon_of(h, delta, accountant) for h in histories]
    return {"accuracy": history[-1], "by_round": history, "sigma_prototypes": sigma_p,
            "sigma_sgd": (min(sigmas), max(sigmas)) if sigmas else None, "max_epsilon": max(spent)}


def grid(quick: bool, second: bool = False) -> list[dict]:
    if second:
        # Second round, around the first round's winners (docs/benchmarks.md): full-batch
        # DP-GD wanted larger steps and more rounds; prototypes (cosine, public centre) as
        # the start of full-batch DP-GD.
        out = [dict(proto_fraction=1.0, centre="public", norm="cosine")]
        for lr, rounds in itertools.product((10.0, 30.0, 100.0), (50, 100)):
            out.append(dict(proto_fraction=None, centre="none", optimizer="sgd", learning_rate=lr, batch="full", rounds=rounds,
                            local_epochs=1, server_momentum=0.9))
        for fraction, norm, lr in itertools.product((0.6, 0.8), ("cosine", "sum"), (10.0, 30.0)):
            out.append(dict(proto_fraction=fraction, centre="public", norm=norm, scale=30.0, optimizer="sgd", learning_rate=lr, batch="full",
                            rounds=50, local_epochs=1, server_momentum=0.9))
        return out
    protos = [dict(proto_fraction=1.0, centre=c, norm=n) for c in ("none", "public") for n in ("cosine", "sum")]
    sgd = dict(optimizer="sgd", batch=256, rounds=50, local_epochs=1, server_momentum=0.9)
    if quick:
        return protos + [dict(proto_fraction=None, learning_rate=1.0, **sgd)]
    out = list(protos)
    # full-batch DP gradient descent from the default initialisation
    for lr, rounds, momentum in itertools.product((1.0, 3.0, 10.0), (20, 50), (0.0, 0.9)):
        out.append(dict(proto_fraction=None, centre="none", optimizer="sgd", learning_rate=lr, batch="full", rounds=rounds,
                        local_epochs=1, server_momentum=momentum))
    # the baseline: the quality sweep's DP-SGD (batch 256, 50 x 1, momentum 0.9)
    for lr in (1.0, 3.0):
        out.append(dict(proto_fraction=None, centre="none", learning_rate=lr, **sgd))
    # prototypes (a share of epsilon) as the initialisation, then DP-SGD / DP-GD with the rest
    for fraction, norm, scale, lr in itertools.product((0.3, 0.6), ("cosine", "sum"), (10.0, 30.0), (0.3, 1.0)):
        out.append(dict(proto_fraction=fraction, centre="public", norm=norm, scale=scale, optimizer="sgd", learning_rate=lr, batch=256,
                        rounds=20, local_epochs=1, server_momentum=0.9))
    return out


def public_mean(cfg: RunConfig) -> torch.Tensor:
    """`common.model.public_centre`: the mean embedding of public text (the built-in
    synthetic support corpus, demo_corpus(2000, seed=12345); no private data), cached."""
    path = CACHE / "public-centre-demo2000.pt"
    if path.is_file():
        return torch.load(path)
    from common.model import build_model, public_centre

    model, tokenizer = build_model(cfg.model, 2, "head")
    centre = public_centre(model, tokenizer, cfg.max_length, torch.device("cpu"))
    torch.save(centre, path)
    return centre


RESULT_KEYS = ("val_accuracy", "val_runs", "max_epsilon", "sigma_prototypes", "sigma_sgd", "seconds")


def _key(entry: dict) -> str:
    return json.dumps({k: v for k, v in entry.items() if k not in RESULT_KEYS}, sort_keys=True)


def describe(params: dict) -> str:
    if params.get("proto_fraction") == 1.0:
        return f"prototypes ({params['norm']}), centre {params['centre']}"
    head = (f"prototypes ({params['proto_fraction']:.0%} of eps, {params['norm']}, centre {params['centre']}, scale {params['scale']:g}) + "
            if params.get("proto_fraction") else "")
    batch = "full-batch DP-GD" if params["batch"] == "full" else f"DP-SGD batch {params['batch']}"
    return f"{head}{batch}, lr {params['learning_rate']:g}, {params['rounds']} x {params['local_epochs']:g}, momentum {params['server_momentum']:g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(BANKING77 / "train.csv"))
    parser.add_argument("--test-data", default=str(BANKING77 / "test.csv"))
    parser.add_argument("--epsilons", default="1,3,8")
    parser.add_argument("--seeds", type=int, default=2, help="noise draws per configuration on validation (mean reported)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--second", action="store_true", help="also the second, narrower grid around the first round's winners")
    parser.add_argument("--plot-from", help="only draw the plot of an existing results JSON")
    parser.add_argument("--what-if-secagg", action="store_true",
                        help="only the what-if on validation: prototypes with the noise added once to the sum over clients (secure aggregation) vs once per client")
    parser.add_argument("--include", action="append", default=[], help="sweep results (JSON list) already measured: kept, not rerun")
    parser.add_argument("--name", default="small_eps_banking77")
    args = parser.parse_args()
    if args.plot_from:
        return plot(json.loads(open(args.plot_from).read())["tested"], args.name)
    if not (require_dataset(args.data, "the small-epsilon benchmark") and require_dataset(args.test_data, "the small-epsilon benchmark")):
        return
    torch.set_num_threads(1)
    base = RunConfig(data=args.data, test_data=args.test_data, text_column="text", label_column="category", train_mode="head",
                     num_clients=10, clients_per_round=10, dirichlet_alpha=0.5, delta=1e-5, scrub=False, device="cpu")
    data = prepare(base, 0.15, args.name)
    centre = public_mean(base)
    fit_clients = client_indices(data["fit_idx"], data["y_train"], base)
    x_val, y_val = data["x_train"][data["val_idx"]], data["y_train"][data["val_idx"]]
    if args.what_if_secagg:
        return what_if_secagg(data, fit_clients, x_val, y_val, centre, args)
    started = time.time()
    sweep = [r for path in args.include for r in json.loads(open(path).read())]
    done = {_key(r) for r in sweep}
    for epsilon in (float(e) for e in args.epsilons.split(",")):
        configurations = grid(args.quick) + (grid(args.quick, second=True) if args.second else [])
        for params in configurations:
            if _key({"epsilon": epsilon, **params}) in done:
                continue
            done.add(_key({"epsilon": epsilon, **params}))
            t = time.time()
            runs = [run(data, fit_clients, x_val, y_val, epsilon, params, centre, seed) for seed in range(args.seeds)]
            accs = [r["accuracy"] for r in runs]
            sweep.append({"epsilon": epsilon, **params, "val_accuracy": sum(accs) / len(accs), "val_runs": accs,
                          "max_epsilon": max(r["max_epsilon"] for r in runs), "sigma_prototypes": runs[0]["sigma_prototypes"],
                          "sigma_sgd": runs[0]["sigma_sgd"], "seconds": time.time() - t})
            console.print(f"[dim]eps {epsilon:g} {describe(params)}: val {sweep[-1]['val_accuracy']:.3f} {accs} "
                          f"(eps spent {sweep[-1]['max_epsilon']:.3f}, {time.time() - t:.0f}s)[/dim]")
            (CACHE / f"{args.name}_partial.json").write_text(json.dumps(sweep, default=str))

    all_clients = client_indices(list(range(data["n_train"])), data["y_train"], base)
    tested, rows = [], []
    for epsilon in sorted({r["epsilon"] for r in sweep}):
        candidates = [r for r in sweep if r["epsilon"] == epsilon]
        for family, match in (("prototypes", lambda r: r.get("proto_fraction") == 1.0),
                              ("DP-SGD baseline", lambda r: r.get("proto_fraction") is None and r["batch"] != "full"),
                              ("full-batch DP-GD", lambda r: r.get("proto_fraction") is None and r["batch"] == "full"),
                              ("prototypes + DP-SGD/GD", lambda r: r.get("proto_fraction") not in (None, 1.0))):
            pool = [r for r in candidates if match(r)]
            if not pool:
                continue
            chosen = max(pool, key=lambda r: r["val_accuracy"])
            params = {k: v for k, v in chosen.items() if k not in ("epsilon", *RESULT_KEYS)}
            result = run(data, all_clients, data["x_test"], data["y_test"], epsilon, params, centre, seed=1000)
            tested.append({"epsilon": epsilon, "family": family, **params, "val_accuracy": chosen["val_accuracy"], "test_accuracy": result["accuracy"],
                           "test_by_round": result["by_round"], "max_epsilon": result["max_epsilon"],
                           "sigma_prototypes": result["sigma_prototypes"], "sigma_sgd": result["sigma_sgd"]})
            rows.append([f"{epsilon:g}", family, describe(params), chosen["val_accuracy"] * 100, result["accuracy"] * 100, result["max_epsilon"],
                         f"{result['sigma_prototypes']:.2f}" if result["sigma_prototypes"] else "-",
                         f"{result['sigma_sgd'][0]:.2f}-{result['sigma_sgd'][1]:.2f}" if result["sigma_sgd"] else "-"])
    table("Small epsilon, BANKING77, 10 clients, alpha 0.5: best per family on validation, then test once",
          ["eps", "family", "configuration", "val acc", "test acc", "eps spent (max client)", "sigma prototypes", "sigma SGD"], rows)
    write_results(args.name, {"data": args.data, "test_data": args.test_data, "num_clients": 10, "dirichlet_alpha": 0.5, "delta": 1e-5,
                              "val_fraction": 0.15, "seeds": args.seeds, "public_centre": "mean MiniLM embedding of demo_corpus(2000, seed=12345)",
                              "seconds": time.time() - started, "sweep": sweep, "tested": tested})

    plot(tested, args.name)


def what_if_secagg(data, clients, x_val, y_val, centre, args) -> None:
    """Not a product mode: each client adds sigma / sqrt(clients) and only the sum is seen
    (secure aggregation, distributed DP), so the sum carries noise sigma once instead of
    sqrt(clients) times. Prototypes (cosine, public centre) on validation, 3 noise draws."""
    rows, out = [], []
    num_labels = len(data["labels"])
    for epsilon in (float(e) for e in args.epsilons.split(",")):
        sigma = calibrate_noise(epsilon, 1e-5, 1.0, 1, "rdp")
        for label, per_client in (("per client (the project)", sigma), ("once, secure aggregation", sigma / math.sqrt(len(clients)))):
            accs = []
            for seed in range(3):
                gen = torch.Generator().manual_seed(seed)
                total = sum(release(data["x_train"][idx], data["y_train"][idx], num_labels, per_client, centre, gen) for idx in clients)
                accs.append(accuracy(*prototype_head(total, centre, 10.0, "cosine", 0), x_val, y_val))
            out.append({"epsilon": epsilon, "noise": label, "sigma_per_client": per_client, "val_runs": accs})
            rows.append([f"{epsilon:g}", label, per_client, sum(accs) / 3 * 100])
    total = sum(release(data["x_train"][idx], data["y_train"][idx], num_labels, 0.0, centre, None) for idx in clients)
    out.append({"epsilon": None, "noise": "none", "val_runs": [accuracy(*prototype_head(total, centre, 10.0, "cosine", 0), x_val, y_val)]})
    rows.append(["-", "no noise", 0.0, out[-1]["val_runs"][0] * 100])
    table("DP prototypes on validation: noise per client vs once on the sum", ["eps", "noise", "sigma per client", "val acc"], rows)
    write_results(f"{args.name}_secagg_what_if", {"runs": out})


def plot(tested: list[dict], name: str) -> None:
    """Test accuracy against epsilon, one line per family."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for family in dict.fromkeys(t["family"] for t in tested):
        points = sorted((t["epsilon"], t["test_accuracy"] * 100) for t in tested if t["family"] == family)
        ax.plot(*zip(*points), marker="o", label=family)
    ax.set_xscale("log")
    ax.set_xticks([1, 3, 8], labels=["1", "3", "8"])
    ax.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
    ax.set_xlabel("epsilon per client (delta 1e-5)")
    ax.set_ylabel("test accuracy %")
    ax.set_title("BANKING77, 10 clients, alpha 0.5, head on frozen MiniLM")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(RESULTS / f"{name}.png", dpi=120)
    console.print(f"plot: {RESULTS / f'{name}.png'}")


if __name__ == "__main__":
    main()
