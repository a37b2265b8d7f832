"""DP-LoRA against the DP head on one site: does LoRA train under DP-SGD here, and at what budget?

One client of 1,000 BANKING77 training examples (about a federated client's size), DP at
epsilon 8 (delta 1e-5, noise calibrated as the ClientApp does) over the run, the project's
own `client.train.train_local` (Opacus), scored on 1,000 other training examples
(validation, never the test set). Each case is `mode:optimizer:learning-rate`.

    PYTHONPATH=. python benchmarks/dp_lora_single_site.py --epochs 5 head:sgd:1.0 lora:sgd:1.0 lora:adam:0.001 lora:sgd:0.1
    PYTHONPATH=. python benchmarks/dp_lora_single_site.py --epochs 50 head:sgd:1.0 head:sgd:3.0 lora:sgd:1.0
"""

from __future__ import annotations

import argparse
import random
import time

import torch

from benchmarks.helpers import BANKING77, require_dataset, table, write_results
from client.train import plan_round, train_local
from common.config import RunConfig
from common.data import encode_labels, label_names, read_table
from common.model import build_model, embed_texts, tokenize
from common.privacy import calibrate_noise
from server.evaluate import TestSet, evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="+", help="mode:optimizer:learning-rate, e.g. lora:sgd:1.0")
    parser.add_argument("--epochs", type=float, default=5)
    parser.add_argument("--data", default=str(BANKING77 / "train.csv"))
    parser.add_argument("--name", default=None)
    args = parser.parse_args()
    if not require_dataset(args.data, "the DP-LoRA comparison"):
        return
    data = read_table(args.data, "text", "category")
    labels = label_names(data)
    order = list(range(len(data)))
    random.Random(0).shuffle(order)
    val, fit = order[:1000], order[1000:2000]
    y = torch.tensor(encode_labels(data.labels, labels, "train"))
    rows = []
    for case in args.cases:
        mode, optimizer, lr = case.split(":")
        cfg = RunConfig(train_mode=mode, lora_rank=8, batch_size=64, physical_batch_size=64, max_length=32,
                        optimizer=optimizer, learning_rate=float(lr), local_epochs=args.epochs, rounds=1,
                        target_epsilon=8.0, delta=1e-5)
        model, tokenizer = build_model(cfg.model, len(labels), mode, cfg.lora_rank, seed=0)
        plan = plan_round(len(fit), cfg)
        noise = calibrate_noise(cfg.target_epsilon, cfg.delta, [], plan.sample_rate, plan.steps, cfg.accountant)
        texts = [data.texts[i] for i in fit]
        if mode == "head":
            inputs = (embed_texts(model, tokenizer, texts, cfg.max_length, torch.device("cpu")),)
        else:
            inputs = tokenize(tokenizer, texts, cfg.max_length)
        started = time.time()
        result = train_local(model, inputs, y[fit], cfg, plan, noise, torch.device("cpu"))
        seconds = time.time() - started
        held_out = TestSet([data.texts[i] for i in val], y[val].tolist(), cfg.max_length, frozen_encoder=False)
        metrics = evaluate(model, tokenizer, held_out, len(labels), torch.device("cpu"))
        rows.append({"mode": mode, "optimizer": optimizer, "learning_rate": float(lr), "epochs": args.epochs,
                     "steps": plan.steps, "noise_multiplier": noise, "train_seconds": seconds,
                     "train_loss": result.loss, "val_accuracy": metrics["accuracy"], "val_macro_f1": metrics["macro-f1"]})
        print(rows[-1], flush=True)
    table(f"One site, 1,000 examples, DP epsilon 8, {args.epochs:g} epochs: validation accuracy",
          ["mode", "optimizer", "lr", "steps", "noise", "train s", "train loss", "val acc"],
          [[r["mode"], r["optimizer"], r["learning_rate"], r["steps"], r["noise_multiplier"], r["train_seconds"], r["train_loss"], r["val_accuracy"]] for r in rows])
    write_results(args.name or f"dp_lora_single_site_{args.epochs:g}ep", {"data": args.data, "fit": len(fit), "validation": len(val), "cases": rows})


if __name__ == "__main__":
    main()
