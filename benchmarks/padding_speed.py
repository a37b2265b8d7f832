"""Step time of DP lora/full training with dynamic padding (each physical batch cut to its
own longest text, what `client/train.py` does) against padding every batch to max-length.

Both run the project's `train_local` (Opacus, Poisson sampling, BatchMemoryManager) on the
same texts, side by side in one process, alternating (dynamic first on even pairs), one
torch thread; the ratio is of process CPU time per logical step (robust on a shared machine).

    PYTHONPATH=. python benchmarks/padding_speed.py                    # BANKING77 texts, lora and full
    PYTHONPATH=. python benchmarks/padding_speed.py --quick            # demo corpus, lora, 1 pair
    PYTHONPATH=. python benchmarks/padding_speed.py --data ../shared/datasets/sst2/train.tsv --text-column sentence --label-column label
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch

from benchmarks.helpers import BANKING77, table, write_results
from client.train import RoundPlan, train_local
from common.config import RunConfig
from common.data import demo_corpus, encode_labels, label_names, read_table
from common.model import build_model, tokenize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=str(BANKING77 / "train.csv"))
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--label-column", default="category")
    parser.add_argument("--modes", default="lora,full")
    parser.add_argument("--examples", type=int, default=1000, help="texts of one client")
    parser.add_argument("--batch", type=int, default=64, help="expected (logical) batch")
    parser.add_argument("--physical", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--steps", type=int, default=2, help="logical steps per measurement")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--name", default="padding_speed")
    args = parser.parse_args()
    torch.set_num_threads(1)

    from pathlib import Path

    if args.quick or not Path(args.data).is_file():
        data, _ = demo_corpus(max(args.examples, 200), seed=0)
        source = "demo corpus"
        if args.quick:
            args.modes, args.pairs, args.steps = "lora", 1, 1
    else:
        data = read_table(args.data, args.text_column, args.label_column)
        source = args.data
    labels = label_names(data)
    texts = list(data.texts[:args.examples])
    targets = torch.tensor(encode_labels(list(data.labels[:args.examples]), labels, "train"))

    rows, raw = [], []
    for mode in args.modes.split(","):
        cfg = RunConfig(train_mode=mode, lora_rank=8, batch_size=args.batch, physical_batch_size=args.physical,
                        max_length=args.max_length, optimizer="sgd", learning_rate=0.01, rounds=1)
        model, tokenizer = build_model(cfg.model, len(labels), mode, cfg.lora_rank, seed=0)
        started = time.process_time()
        inputs = tokenize(tokenizer, texts, cfg.max_length)  # once per client
        tokenize_s = time.process_time() - started
        lengths = inputs[1].sum(1).float()
        plan = RoundPlan(sample_rate=args.batch / len(texts), steps=args.steps)
        train_local(model, inputs, targets, cfg, RoundPlan(plan.sample_rate, 1), 1.0, torch.device("cpu"))  # warm-up
        times = {True: [], False: []}
        for pair in range(args.pairs):
            for dynamic in ((True, False) if pair % 2 == 0 else (False, True)):
                started = time.process_time()
                train_local(model, inputs, targets, cfg, plan, 1.0, torch.device("cpu"), dynamic_padding=dynamic)
                times[dynamic].append((time.process_time() - started) / args.steps)
        ratios = [m / d for d, m in zip(times[True], times[False])]
        raw.append({"mode": mode, "dynamic_cpu_s_per_step": times[True], "max_length_cpu_s_per_step": times[False],
                    "speedup_per_pair": ratios, "tokens_mean": float(lengths.mean()), "tokens_p95": float(lengths.quantile(0.95)),
                    "tokens_max": int(lengths.max()), "tokenize_cpu_s": tokenize_s})
        rows.append([mode, args.batch, args.physical, args.max_length, f"{lengths.mean():.1f} / {lengths.quantile(0.95):.0f} / {int(lengths.max())}",
                     statistics.median(times[False]), statistics.median(times[True]),
                     f"{statistics.median(ratios):.2f}x ({', '.join(f'{r:.2f}' for r in ratios)})", tokenize_s])
        print(raw[-1], flush=True)
    table(f"DP step (sigma 1.0), CPU s per logical step, one thread, {source}",
          ["mode", "batch", "physical", "max-length", "tokens mean/p95/max", "max-length padding s", "dynamic s", "speed-up (per pair)", "tokenize s (once)"], rows)
    write_results(args.name, {"data": source, "examples": len(texts), "batch": args.batch, "physical": args.physical,
                              "max_length": args.max_length, "steps": args.steps, "pairs": args.pairs, "cases": raw})


if __name__ == "__main__":
    main()
