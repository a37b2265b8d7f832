"""Exploratory, one site: DP-LoRA on SST-2 with the recipe of the DP fine-tuning literature
(linear probe first, then LoRA with Adam at lr ~1e-3, a large logical batch, few steps),
against the DP linear probe alone, at the same epsilon. Scored on a validation carve of the
training file (never the test set).

Privacy: both phases sample with the same rate q and noise sigma, so the whole run is one
DP-SGD history (sigma, q, probe steps + LoRA steps), calibrated as the ClientApp does to
the target epsilon. The probe alone is scored after its steps (it spent less than epsilon).

    PYTHONPATH=. python benchmarks/dp_lora_sst2.py --data ../shared/datasets/sst2/train.tsv
"""

from __future__ import annotations

import argparse
import time

import torch

from benchmarks.helpers import one_site_sst2, one_site_sst2_args, require_dataset, table, write_results
from client.train import RoundPlan, train_local
from common.config import RunConfig
from common.model import build_model, embed_texts, tokenize
from common.privacy import calibrate_noise, epsilon_of
from server.evaluate import TestSet, evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    one_site_sst2_args(parser, "dp_lora_sst2")
    parser.add_argument("--probe-epochs", type=float, default=10)
    parser.add_argument("--lora-epochs", type=float, default=3)
    parser.add_argument("--probe-lr", type=float, default=3.0, help="sgd, on unit-norm embeddings")
    parser.add_argument("--lora-lr", type=float, default=1e-3, help="adam, adapters and head")
    args = parser.parse_args()
    if not require_dataset(args.data, "the DP-LoRA SST-2 run"):
        return
    torch.set_num_threads(1)
    data, labels, y, val, fit = one_site_sst2(args)
    texts = [data.texts[i] for i in fit]
    rate = args.batch / len(fit)
    probe_steps, lora_steps = round(args.probe_epochs / rate), round(args.lora_epochs / rate)
    sigma = calibrate_noise(args.epsilon, 1e-5, [], rate, probe_steps + lora_steps, "rdp")
    cpu = torch.device("cpu")
    started = time.time()

    # 1. DP linear probe on the frozen encoder's embeddings.
    probe_cfg = RunConfig(train_mode="head", batch_size=args.batch, optimizer="sgd", learning_rate=args.probe_lr,
                          max_grad_norm=args.clip, max_length=args.max_length, rounds=1)
    model, tokenizer = build_model(probe_cfg.model, len(labels), "lora", 8, seed=0)
    features = embed_texts(model, tokenizer, texts, args.max_length, cpu)
    probe = train_local(model, (features,), y[fit], probe_cfg, RoundPlan(rate, probe_steps), sigma, cpu)
    held_out = TestSet([data.texts[i] for i in val], y[val].tolist(), args.max_length, frozen_encoder=False)
    after_probe = evaluate(model, tokenizer, held_out, len(labels), cpu)
    probe_seconds = time.time() - started
    print({"probe": after_probe, "seconds": probe_seconds}, flush=True)

    # 2. DP-LoRA (adapters + head) from the probe's head, same q and sigma.
    lora_cfg = RunConfig(train_mode="lora", lora_rank=8, batch_size=args.batch, physical_batch_size=args.physical,
                         optimizer="adam", learning_rate=args.lora_lr, max_grad_norm=args.clip, max_length=args.max_length, rounds=1)
    inputs = tokenize(tokenizer, texts, args.max_length)
    t = time.time()
    tuned = train_local(model, inputs, y[fit], lora_cfg, RoundPlan(rate, lora_steps), sigma, cpu)
    after_lora = evaluate(model, tokenizer, held_out, len(labels), cpu)
    lora_seconds = time.time() - t
    spent_probe = epsilon_of([(sigma, rate, probe_steps)], 1e-5)
    spent = epsilon_of([(sigma, rate, probe_steps + lora_steps)], 1e-5)
    rows = [["DP linear probe", probe_steps, spent_probe, after_probe["accuracy"] * 100, probe_seconds],
            ["probe + DP-LoRA (LP-FT)", probe_steps + lora_steps, spent, after_lora["accuracy"] * 100, lora_seconds]]
    table(f"SST-2, one site of {len(fit)} examples, validation {len(val)}, sigma {sigma:.2f}, q {rate:.3f}",
          ["model", "steps", "epsilon spent", "val acc", "train s"], rows)
    write_results(args.name, {"data": args.data, "fit": len(fit), "validation": len(val), "sample_rate": rate, "noise_multiplier": sigma,
                              "probe_steps": probe_steps, "lora_steps": lora_steps, "args": vars(args),
                              "probe": {**after_probe, "epsilon": spent_probe, "train_loss": probe.loss, "seconds": probe_seconds},
                              "lp_ft": {**after_lora, "epsilon": spent, "train_loss": tuned.loss, "seconds": lora_seconds}})


if __name__ == "__main__":
    main()
