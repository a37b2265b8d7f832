"""How the default settings were chosen: DP federated head training on the demo corpus.

Emulates the federation in one process (same data split, scrubbing, DP-SGD and FedAvg
as `privatune simulate`, without Flower's transport) so that many settings fit in a few
minutes; the chosen setting is then confirmed with a real `privatune simulate` run.
Tuning is scored on a validation split carved from the clients' training data, never
on the test split. Prints a table, writes benchmarks/results/demo_defaults.json.

    PYTHONPATH=. python benchmarks/demo_defaults.py [--epsilon 8]
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import random
import time
from pathlib import Path

import torch
from rich.console import Console
from rich.table import Table

from client.scrub import scrub_texts
from client.train import plan_round, train_local
from common.config import RunConfig
from common.data import Split, encode_labels, label_names, load_splits, partition
from common.model import build_model, embed_texts
from common.privacy import calibrate_noise

RESULTS = Path(__file__).parent / "results" / "demo_defaults.json"


def federated_head(cfg: RunConfig, clients: list[tuple[torch.Tensor, torch.Tensor]], val: tuple[torch.Tensor, torch.Tensor], num_labels: int) -> float:
    torch.manual_seed(cfg.seed)
    head = torch.nn.Linear(clients[0][0].shape[1], num_labels)
    global_state = {k: v.clone() for k, v in head.state_dict().items()}
    for _ in range(cfg.rounds):
        states, weights = [], []
        for features, labels in clients:
            model = _HeadOnly(head)
            model.head.load_state_dict(global_state)
            plan = plan_round(len(labels), cfg)
            noise = calibrate_noise(cfg.target_epsilon, cfg.delta, plan.sample_rate, plan.steps * cfg.rounds) if cfg.private else None
            train_local(model, (features,), labels, cfg, plan, noise, torch.device("cpu"))
            states.append({k: v.clone() for k, v in model.head.state_dict().items()})
            weights.append(len(labels))
        total = sum(weights)
        global_state = {k: sum(w * s[k] for w, s in zip(weights, states)) / total for k in global_state}
    head.load_state_dict(global_state)
    with torch.no_grad():
        return (head(val[0]).argmax(-1) == val[1]).float().mean().item()


class _HeadOnly(torch.nn.Module):
    def __init__(self, head):
        super().__init__()
        self.head = torch.nn.Linear(head.in_features, head.out_features)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--epsilon", type=float, default=8.0)
    args = parser.parse_args()
    base = RunConfig(target_epsilon=args.epsilon)
    train, _ = load_splits(base)
    names = label_names(train)
    model, tokenizer = build_model(base.model, len(names), "head")
    clients, val_x, val_y = [], [], []
    started = time.time()
    for pid in range(base.num_clients):
        part = partition(train, base, pid)
        texts, _ = scrub_texts(part.texts)
        features = embed_texts(model, tokenizer, texts, base.max_length, torch.device("cpu"))
        labels = torch.tensor(encode_labels(part.labels, names, "demo"))
        order = list(range(len(labels)))
        random.Random(pid).shuffle(order)
        cut = len(order) // 5  # a fifth of each client's data validates, the rest trains
        val_x.append(features[order[:cut]]), val_y.append(labels[order[:cut]])
        clients.append((features[order[cut:]], labels[order[cut:]]))
    prepare_seconds = time.time() - started
    val = (torch.cat(val_x), torch.cat(val_y))

    grid = {
        "batch_size": [64, 256],
        "local_epochs": [1, 10],
        "optimizer_lr": [("adam", 0.01), ("adam", 0.05), ("sgd", 1.0)],
        "max_grad_norm": [1.0],
    }
    rows = []
    for batch, epochs, (optimizer, lr), clip in itertools.product(*grid.values()):
        cfg = base.model_copy(update=dict(batch_size=batch, local_epochs=epochs, optimizer=optimizer, learning_rate=lr, max_grad_norm=clip))
        t = time.time()
        accuracy = federated_head(cfg, clients, val, len(names))
        rows.append(dict(batch_size=batch, local_epochs=epochs, optimizer=optimizer, learning_rate=lr, max_grad_norm=clip,
                         epsilon=args.epsilon, val_accuracy=accuracy, seconds=time.time() - t))
        print(rows[-1], flush=True)
    non_private = base.model_copy(update=dict(private=False))
    rows.append(dict(batch_size=base.batch_size, local_epochs=base.local_epochs, optimizer=base.optimizer, learning_rate=base.learning_rate,
                     max_grad_norm=None, epsilon=None, val_accuracy=federated_head(non_private, clients, val, len(names)), seconds=None))

    table = Table(title=f"Demo corpus, {base.num_clients} clients, {base.rounds} rounds, head mode, validation accuracy")
    for column in ("batch", "epochs", "optimizer", "lr", "C", "epsilon", "val acc"):
        table.add_column(column)
    for r in rows:
        table.add_row(str(r["batch_size"]), str(r["local_epochs"]), r["optimizer"], str(r["learning_rate"]), str(r["max_grad_norm"]),
                      str(r["epsilon"] or "none"), f"{r['val_accuracy']:.1%}")
    Console().print(table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} threads, torch {torch.__version__}",
        "command": "PYTHONPATH=. python benchmarks/demo_defaults.py", "prepare_seconds": prepare_seconds, "rows": rows,
    }, indent=2))


if __name__ == "__main__":
    main()
