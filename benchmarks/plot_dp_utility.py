"""Accuracy against epsilon for the head, LoRA and the small-epsilon mode, drawn only from
measured result files in benchmarks/results/ (no point is typed in here). Each series
says what it is: dataset, federated or one site, test or validation, which engine.

    PYTHONPATH=. python benchmarks/plot_dp_utility.py
"""

from __future__ import annotations

import json
from pathlib import Path

RESULTS = Path(__file__).parent / "results"


def load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def confirmed(name: str, prefix: str = "dp-eps") -> list[tuple[float, float]]:
    """(epsilon, test accuracy) of quality.py's confirmation runs."""
    data = load(name) or {}
    return [(float(c["setting"][len(prefix):]), 100 * c["test_accuracy"]) for c in data.get("confirmed", [])
            if c["setting"].startswith(prefix)]


def main() -> None:
    import matplotlib
    import matplotlib.ticker

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))

    # BANKING77: 10 clients, alpha 0.5, test set.
    small = load("small_eps_banking77") or {"tested": []}
    for family, style in (("DP-SGD baseline", "o-"), ("prototypes", "s-"), ("prototypes + DP-SGD/GD", "^-")):
        points = sorted((t["epsilon"], 100 * t["test_accuracy"]) for t in small["tested"] if t["family"] == family)
        label = {"DP-SGD baseline": "head, DP-SGD (fast engine)", "prototypes": "small-ε mode: DP prototypes",
                 "prototypes + DP-SGD/GD": "small-ε mode: prototypes + DP-SGD"}[family]
        if points:
            left.plot(*zip(*points), style, label=label)
    simulated = sorted(confirmed("quality_banking77_confirm") + confirmed("quality_banking77_confirm_fed_eps1"))
    if simulated:
        left.plot(*zip(*simulated), "x--", color="grey", label="head, DP-SGD (simulate(), Opacus)")
    left.set_title("BANKING77, 10 clients, α 0.5, test set")

    # SST-2: federated head on the test set; one site of 5,000 on a validation carve.
    sst2 = sorted(confirmed("quality_sst2"))
    if sst2:
        right.plot(*zip(*sst2), "o-", label="head, 10 clients, test (dev.tsv), fast engine")
    old = load("dp_lora_sst2")
    if old:
        right.plot([old["probe"]["epsilon"]], [100 * old["probe"]["accuracy"]], "D", color="tab:green",
                   label=f"one site of {old['fit']}, val: DP head (probe, {old['probe_steps']} steps)")
        right.plot([old["lp_ft"]["epsilon"]], [100 * old["lp_ft"]["accuracy"]], "v", color="tab:red",
                   label=f"one site of {old['fit']}, val: LP-FT-LoRA, lora-lr = head lr 1e-3")
    # benchmarks/dp_lp_ft_sst2.py runs (one site of 2,000, paired draws): each draw's head and LP-FT arm.
    head_labelled, styles = False, {}
    for path in sorted(RESULTS.glob("dp_lp_ft_sst2*.json")):
        new = json.loads(path.read_text())
        args = new["args"]
        setting = (args["lora_lr"], args["head_lr"], new["fit"])
        labelled = setting in styles
        marker, colour = styles.setdefault(setting, ("^<>"[len(styles) % 3], ("tab:purple", "tab:brown", "tab:pink")[len(styles) % 3]))
        for draw in new["draws"]:
            right.plot([new["epsilon"]], [100 * draw["head"]["accuracy"]], "d", color="tab:olive",
                       label=f"one site of {new['fit']}, val: DP head ({new['steps']} steps)" if not head_labelled else None)
            head_labelled = True
            right.plot([new["epsilon"]], [100 * draw["lp_ft"]["accuracy"]], marker, color=colour,
                       label=f"one site of {new['fit']}, val: LP-FT-LoRA, lora-lr {args['lora_lr']:g}, head-lr {args['head_lr']:g}"
                       if not labelled else None)
            labelled = True
    right.set_title("SST-2")

    for axis in (left, right):
        axis.set_xscale("log")
        axis.set_xticks([1, 3, 8])
        axis.set_xticklabels(["1", "3", "8"])
        axis.xaxis.set_minor_formatter(matplotlib.ticker.NullFormatter())
        axis.set_xlabel("ε (each client, whole run; δ 1e-5)")
        axis.set_ylabel("accuracy (%)")
        axis.grid(alpha=0.3)
        axis.legend(fontsize=7, loc="lower right" if axis is left else "upper left")
    fig.suptitle("Accuracy against ε: measured points only (benchmarks/results/*.json)", fontsize=10)
    fig.tight_layout()
    out = RESULTS / "dp_utility.png"
    fig.savefig(out, dpi=110)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
