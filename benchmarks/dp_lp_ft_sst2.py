"""DP head against DP LP-FT-LoRA at the same epsilon, one site of SST-2, through the run
settings (`probe-rounds`, `probe-optimizer`, `probe-learning-rate`, `head-learning-rate`;
client/train.py's `train_local`, Opacus). Scored on a validation carve of the training
file (the same carve as benchmarks/dp_lora_sst2.py), never on dev.tsv.

Paired per noise draw: both arms share the first `probe-steps` steps (the DP linear probe
on frozen embeddings); then the head arm probes on for `tune-steps` more steps, and the
LP-FT arm trains the LoRA adapters (adam, learning-rate) and the head (head-learning-rate)
for `tune-steps` steps. Both arms are one history (sigma, q, probe + tune steps), with sigma
calibrated to the target epsilon for all of it: they spend exactly the same epsilon.

    PYTHONPATH=. python benchmarks/dp_lp_ft_sst2.py --data ../shared/datasets/sst2/train.tsv
"""

from __future__ import annotations

import argparse
import copy
import time

import torch

from benchmarks.helpers import one_site_sst2, one_site_sst2_args, require_dataset, table, write_results
from client.train import RoundPlan, train_local, training_inputs
from common.config import RunConfig
from common.model import build_model
from common.privacy import calibrate_noise, epsilon_of, independent_epsilon
from server.evaluate import TestSet, evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    one_site_sst2_args(parser, "dp_lp_ft_sst2")
    parser.add_argument("--probe-steps", type=int, default=50)
    parser.add_argument("--tune-steps", type=int, default=15)
    parser.add_argument("--probe-lr", type=float, default=3.0, help="probe-learning-rate (sgd)")
    parser.add_argument("--lora-lr", type=float, default=1e-3, help="learning-rate of the adapters (adam)")
    parser.add_argument("--head-lr", type=float, default=1e-4, help="head-learning-rate in the LoRA steps (adam)")
    parser.add_argument("--draws", type=int, default=1, help="independent noise draws (paired arms each)")
    args = parser.parse_args()
    if not require_dataset(args.data, "the DP LP-FT SST-2 run"):
        return
    torch.set_num_threads(1)
    cpu = torch.device("cpu")
    data, labels, y, val, fit = one_site_sst2(args)  # the carve of benchmarks/dp_lora_sst2.py
    texts = [data.texts[i] for i in fit]
    rate = args.batch / len(fit)
    steps = args.probe_steps + args.tune_steps
    sigma = calibrate_noise(args.epsilon, 1e-5, [], rate, steps, "prv")
    spent, check = epsilon_of([(sigma, rate, steps)], 1e-5, "prv"), independent_epsilon([(sigma, rate, steps)], 1e-5)
    cfg = RunConfig(train_mode="lora", lora_rank=8, rounds=2, probe_rounds=1, probe_optimizer="sgd", probe_learning_rate=args.probe_lr,
                    optimizer="adam", learning_rate=args.lora_lr, head_learning_rate=args.head_lr, batch_size=args.batch,
                    physical_batch_size=args.physical, max_grad_norm=args.clip, max_length=args.max_length, scrub=False)
    base, tokenizer = build_model(cfg.model, len(labels), "lora", cfg.lora_rank, seed=0)
    started = time.time()
    features = training_inputs(base, tokenizer, texts, cfg, cpu, probe=True)  # the encoder as sent: LoRA B is zero
    ids = training_inputs(base, tokenizer, texts, cfg, cpu)
    held_out = TestSet([data.texts[i] for i in val], y[val].tolist(), args.max_length, frozen_encoder=False)
    results = {"data": args.data, "fit": len(fit), "validation": len(val), "sample_rate": rate, "noise_multiplier": sigma,
               "epsilon": spent, "epsilon_pld": check, "steps": steps, "args": vars(args), "settings": cfg.to_flower(),
               "embedding_seconds": time.time() - started, "draws": []}
    rows = []
    for draw in range(args.draws):
        model = copy.deepcopy(base)
        t = time.time()
        train_local(model, features, y[fit], cfg, RoundPlan(rate, args.probe_steps), sigma, cpu, probe=True)
        probe = {**evaluate(model, tokenizer, held_out, len(labels), cpu), "seconds": time.time() - t}
        head = copy.deepcopy(model)
        t = time.time()
        train_local(head, features, y[fit], cfg, RoundPlan(rate, args.tune_steps), sigma, cpu, probe=True)
        head_arm = {**evaluate(head, tokenizer, held_out, len(labels), cpu), "seconds": time.time() - t}
        t = time.time()
        tuned = train_local(model, ids, y[fit], cfg, RoundPlan(rate, args.tune_steps), sigma, cpu)
        lp_ft = {**evaluate(model, tokenizer, held_out, len(labels), cpu), "seconds": time.time() - t, "train_loss": tuned.loss}
        results["draws"].append({"probe_only": probe, "head": head_arm, "lp_ft": lp_ft})
        rows += [[draw, "DP head (probe, all steps)", steps, head_arm["accuracy"] * 100, head_arm["macro-f1"], head_arm["seconds"]],
                 [draw, "DP LP-FT-LoRA", steps, lp_ft["accuracy"] * 100, lp_ft["macro-f1"], lp_ft["seconds"]]]
        print({"draw": draw, "probe": probe["accuracy"], "head": head_arm["accuracy"], "lp_ft": lp_ft["accuracy"]}, flush=True)
        write_results(args.name, results)  # after every draw: a stopped run keeps what it measured
    table(f"SST-2, one site of {len(fit)}, validation {len(val)}, epsilon {spent:.2f} (PLD {check:.2f}), sigma {sigma:.2f}, q {rate:.3f}",
          ["draw", "arm", "steps", "val acc", "val macro-F1", "s"], rows)


if __name__ == "__main__":
    main()
