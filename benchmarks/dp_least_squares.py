"""DP least squares for the head on frozen MiniLM embeddings (sufficient-statistics
perturbation), against the DP prototypes of `small_eps.py`. BANKING77, 10 clients, Dirichlet
alpha 0.5, delta 1e-5, validation only (it lost there, so it never ran on the test set).

Each client releases once A_k = sum x x^T (upper triangle, mirrored) and B_k = sum x y^T
(y one-hot), of unit-norm embeddings centred on the public mean (as the prototypes), with
N(0, sigma_A^2) and N(0, sigma_B^2) on every released entry. One example moves the upper
triangle of A by at most 1 in L2 (sum_i x_i^4 / 2 + 1 / 2 <= 1) and B by exactly 1, so the
pair is one Gaussian mechanism with noise multiplier 1 / sqrt(1 / sigma_A^2 + 1 / sigma_B^2),
calibrated to epsilon as the entry (sigma, sample rate 1, 1 step), RDP as in small_eps.py. The
server sums the releases and solves W = (A + lambda I)^-1 B; the class is argmax x W.
Mehta et al. 2023 ("Differentially private image classification from features") found this
strong with very many examples; here each client adds its own noise to a 384 x 384 matrix.

    PYTHONPATH=. python benchmarks/dp_least_squares.py
"""

from __future__ import annotations

import argparse
import math

import torch

from benchmarks.helpers import BANKING77, require_dataset, table, write_results
from benchmarks.quality import calibrate_noise, client_indices, prepare
from benchmarks.small_eps import public_mean, unit
from common.config import RunConfig


def release(x: torch.Tensor, y: torch.Tensor, num_labels: int, sigma_a: float, sigma_b: float, gen) -> tuple[torch.Tensor, torch.Tensor]:
    """One client's noisy sufficient statistics (float64)."""
    x, d = x.double(), x.shape[1]
    a = x.T @ x
    b = x.T @ torch.nn.functional.one_hot(y, num_labels).double()
    if sigma_a:
        z = torch.triu(torch.randn(d, d, generator=gen, dtype=torch.float64) * sigma_a)
        a = a + z + torch.triu(z, 1).T
    if sigma_b:
        b = b + torch.randn(b.shape, generator=gen, dtype=torch.float64) * sigma_b
    return a, b


def run(data, clients, x_val, y_val, centre, epsilon: float | None, ratio: float, lam: float, seed: int) -> float:
    """ratio = sigma_A / sigma_B; epsilon None: no noise."""
    sigma = calibrate_noise(epsilon, 1e-5, 1.0, 1, "rdp") if epsilon else 0.0
    sigma_b = sigma * math.sqrt(1 + 1 / ratio**2)
    gen = torch.Generator().manual_seed(seed)
    num_labels, d = len(data["labels"]), data["x_train"].shape[1]
    a, b = torch.zeros(d, d, dtype=torch.float64), torch.zeros(d, num_labels, dtype=torch.float64)
    for idx in clients:
        a_k, b_k = release(unit(data["x_train"][idx], centre), data["y_train"][idx], num_labels, ratio * sigma_b, sigma_b, gen)
        a, b = a + a_k, b + b_k
    w = torch.linalg.solve(a + lam * torch.eye(d, dtype=torch.float64), b)
    return float(((unit(x_val, centre).double() @ w).argmax(-1) == y_val).float().mean())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(BANKING77 / "train.csv"))
    parser.add_argument("--test-data", default=str(BANKING77 / "test.csv"))
    parser.add_argument("--seeds", type=int, default=2, help="noise draws per configuration (mean reported)")
    parser.add_argument("--name", default="dp_least_squares_banking77")
    args = parser.parse_args()
    if not (require_dataset(args.data, "the DP least-squares benchmark") and require_dataset(args.test_data, "the DP least-squares benchmark")):
        return
    torch.set_num_threads(1)
    base = RunConfig(data=args.data, test_data=args.test_data, text_column="text", label_column="category", train_mode="head",
                     num_clients=10, clients_per_round=10, dirichlet_alpha=0.5, delta=1e-5, scrub=False, device="cpu")
    data = prepare(base, 0.15, "small_eps_banking77")  # the same embeddings and validation carve as small_eps.py
    centre = public_mean(base)
    clients = client_indices(data["fit_idx"], data["y_train"], base)
    x_val, y_val = data["x_train"][data["val_idx"]], data["y_train"][data["val_idx"]]
    results, rows = [], []
    for epsilon in (None, 8.0, 3.0, 1.0):
        best = None
        for ratio in ((1.0,) if epsilon is None else (0.5, 1.0, 2.0, 4.0)):
            for lam in (1, 10, 30, 100, 300, 1000, 3000):
                accs = [run(data, clients, x_val, y_val, centre, epsilon, ratio, lam, seed) for seed in range(args.seeds if epsilon else 1)]
                results.append({"epsilon": epsilon, "ratio": ratio, "lambda": lam, "val_runs": accs, "val_accuracy": sum(accs) / len(accs)})
                best = results[-1] if best is None or results[-1]["val_accuracy"] > best["val_accuracy"] else best
        rows.append(["none" if epsilon is None else f"{epsilon:g}", best["ratio"], best["lambda"], best["val_accuracy"] * 100])
    table("DP least squares, BANKING77, 10 clients, alpha 0.5: best on validation per epsilon",
          ["eps", "sigma_A / sigma_B", "lambda", "val acc"], rows)
    write_results(args.name, {"data": args.data, "num_clients": 10, "dirichlet_alpha": 0.5, "delta": 1e-5, "accountant": "rdp",
                              "val_fraction": 0.15, "seeds": args.seeds, "runs": results})


if __name__ == "__main__":
    main()
