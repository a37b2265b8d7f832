"""DP-SGD on the head with its inputs centred on the public mean embedding, against raw
inputs. BANKING77, 10 clients, Dirichlet alpha 0.5, delta 1e-5, validation carve of
`small_eps.py`, the sweep's fast engine, the best DP-SGD configurations of section 3
(sgd, batch 256, 50 rounds x 1 epoch, server momentum 0.9) at lr 1x and 2x theirs,
3 noise draws each. Centring: x -> normalize(x - c), c the mean MiniLM embedding of the
public demo corpus (`common.model.public_centre`): no private data, so no release.

    PYTHONPATH=. python benchmarks/centre_public.py
"""

from __future__ import annotations

import torch

from benchmarks.helpers import BANKING77, table, write_results
from benchmarks.quality import client_indices, prepare
from benchmarks.small_eps import public_mean, run, unit
from common.config import RunConfig


def main() -> None:
    torch.set_num_threads(1)
    base = RunConfig(data=str(BANKING77 / "train.csv"), test_data=str(BANKING77 / "test.csv"), text_column="text", label_column="category",
                     train_mode="head", num_clients=10, clients_per_round=10, dirichlet_alpha=0.5, delta=1e-5, scrub=False, device="cpu")
    raw = prepare(base, 0.15, "small_eps_banking77")
    centred = {**raw, "x_train": unit(raw["x_train"], public_mean(base))}
    clients = client_indices(raw["fit_idx"], raw["y_train"], base)
    y_val = raw["y_train"][raw["val_idx"]]
    results, rows = [], []
    for epsilon, lr in ((8.0, 3.0), (3.0, 1.0)):
        for inputs, data in (("raw", raw), ("centred on the public mean", centred)):
            for rate in (lr, 2 * lr):
                params = dict(optimizer="sgd", learning_rate=rate, batch=256, rounds=50, local_epochs=1, server_momentum=0.9)
                accs = [run(data, clients, data["x_train"][raw["val_idx"]], y_val, epsilon, params, None, seed)["accuracy"] for seed in range(3)]
                results.append({"epsilon": epsilon, "inputs": inputs, "learning_rate": rate, "val_runs": accs})
                rows.append([f"{epsilon:g}", inputs, rate, sum(accs) / 3 * 100, " ".join(f"{a * 100:.1f}" for a in accs)])
    table("DP-SGD head, raw vs publicly centred inputs (validation)", ["eps", "inputs", "lr", "val acc (mean)", "draws"], rows)
    write_results("centre_public_banking77", {"runs": results})


if __name__ == "__main__":
    main()
