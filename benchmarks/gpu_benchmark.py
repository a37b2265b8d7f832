"""Cost of privacy on one GPU (written for an NVIDIA H200): a DP-SGD step (Opacus) against
a non-private step that trains the same parameters, sequence 128, bf16 weights, batch
256 and 1,024 (logical; physical micro-batches of --physical examples when memory
needs it, as BatchMemoryManager does), for all-MiniLM-L6-v2 (offline, from the
installed package) and a BERT-base-sized encoder with random weights (BertConfig,
no download).

Variants: lora (rank 8, per-sample gradients by hooks, as client/train.py does),
lora-ghost and full-ghost (ghost clipping: per-example norms without per-sample
gradients), full (hooks; MiniLM only, it is the expensive one).

Per case: warmup, then alternating private/non-private measurements until the
case's time budget is spent (at least two pairs); samples/s, the DP/non-private
ratio and peak memory (torch.cuda.max_memory_allocated, per variant, during its
warmup; both models' weights included). The whole run stops starting new cases
when --total-budget is spent. Results: benchmarks/results/gpu.json.

    PYTHONPATH=. python benchmarks/gpu_benchmark.py                 # on the GPU machine, ~7 minutes
    PYTHONPATH=. python benchmarks/gpu_benchmark.py --quick         # CPU smoke test: tiny batches, a minute or two

Targets: DP <= 1.2x non-private; >= 5,000 samples/s with DP for MiniLM.
"""

from __future__ import annotations

import argparse
import copy
import time

import torch
from torch import nn

from benchmarks.helpers import console, table, write_results

TARGET_RATIO = 1.2
TARGET_MINILM_DP_SAMPLES_S = 5000


def build(model_name: str, mode: str, num_labels: int = 77):
    """(model, vocab size) with exactly the parameters of `mode` trainable (as common.model.build_model)."""
    from common.model import TextClassifier, build_model

    if model_name == "minilm":
        model, tokenizer = build_model("all-MiniLM-L6-v2", num_labels, mode, lora_rank=8, seed=0)
        return model, tokenizer.vocab_size
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    config = BertConfig(hidden_size=768, num_hidden_layers=12, num_attention_heads=12, intermediate_size=3072,
                        vocab_size=30522, max_position_embeddings=512)
    model = TextClassifier(BertModel(config, add_pooling_layer=False), num_labels)
    model.encoder.requires_grad_(mode == "full")
    if mode == "full":
        model.encoder.get_input_embeddings().weight.requires_grad_(False)
    elif mode == "lora":
        from peft import LoraConfig, get_peft_model

        model.encoder = get_peft_model(model.encoder, LoraConfig(r=8, lora_alpha=16, lora_dropout=0.0, target_modules=["query", "value"]))
    model.head.requires_grad_(True)
    return model, config.vocab_size


def run_case(model_name: str, variant: str, batch: int, seq: int, physical: int, dtype, device, budget_s: float) -> dict:
    from opacus import PrivacyEngine
    from torch.utils.data import DataLoader, TensorDataset

    mode = variant.split("-")[0]
    ghost = variant.endswith("-ghost")
    model, vocab = build(model_name, mode)
    plain = model.to(device=device, dtype=dtype).train()
    private = copy.deepcopy(plain)
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1000, vocab, (batch, seq), generator=g).to(device)
    mask = torch.ones_like(ids)
    labels = torch.randint(0, 77, (batch,), generator=g).to(device)
    micro = min(physical, batch)

    def adam(module):
        return torch.optim.Adam([p for p in module.parameters() if p.requires_grad], lr=1e-4)

    plain_opt = adam(plain)
    loss_fn = nn.CrossEntropyLoss()
    loader = DataLoader(TensorDataset(torch.zeros(batch * 4, 1)), batch_size=batch)  # sets Opacus's expected batch size
    made = PrivacyEngine(accountant="rdp").make_private(
        module=private, optimizer=adam(private), data_loader=loader, criterion=nn.CrossEntropyLoss(),
        noise_multiplier=1.0, max_grad_norm=1.0, poisson_sampling=False, grad_sample_mode="ghost" if ghost else "hooks")
    if ghost:
        private, private_opt, private_loss, _ = made
    else:
        private, private_opt, _ = made
        private_loss = loss_fn

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    def step(which: str) -> None:
        parts = range(0, batch, micro)
        if which == "plain":
            plain_opt.zero_grad(set_to_none=True)
            for start in parts:
                end = start + micro
                loss = loss_fn(plain(ids[start:end], mask[start:end]), labels[start:end]) * ((end - start) / batch)
                loss.backward()
            plain_opt.step()
        else:
            for i, start in enumerate(parts):
                end = start + micro
                private_opt.zero_grad(set_to_none=True)  # keeps the summed clipped gradients of skipped micro-steps
                loss = private_loss(private(ids[start:end], mask[start:end]), labels[start:end])
                loss.backward()
                private_opt.signal_skip_step(do_skip=i < len(parts) - 1)
                private_opt.step()
        sync()

    def timed(which: str) -> float:
        t = time.perf_counter()
        step(which)
        return time.perf_counter() - t

    peaks = {}
    case_start = time.perf_counter()
    for which in ("plain", "private"):
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats()
        timed(which)
        timed(which)
        peaks[which] = torch.cuda.max_memory_allocated() / 2**30 if device.type == "cuda" else None
    times = {"plain": [], "private": []}
    pair = 0
    while pair < 2 or (time.perf_counter() - case_start < budget_s and pair < 50):
        for which in (("private", "plain") if pair % 2 == 0 else ("plain", "private")):
            times[which].append(timed(which))
        pair += 1
    med = {w: sorted(v)[len(v) // 2] for w, v in times.items()}
    ratios = sorted(p / q for p, q in zip(times["private"], times["plain"]))
    result = {
        "model": model_name, "variant": variant, "batch": batch, "physical_batch": micro, "seq": seq, "dtype": str(dtype),
        "trainable_params": sum(p.numel() for p in plain.parameters() if p.requires_grad),
        "pairs": pair, "plain_step_s": med["plain"], "private_step_s": med["private"], "ratio": ratios[len(ratios) // 2],
        "plain_samples_per_s": batch / med["plain"], "private_samples_per_s": batch / med["private"],
        "peak_gib_plain": peaks["plain"], "peak_gib_private": peaks["private"], "case_seconds": time.perf_counter() - case_start,
    }
    del plain, private, plain_opt, private_opt
    if device.type == "cuda":
        torch.cuda.empty_cache()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="minilm,bert-base")
    parser.add_argument("--variants", default="lora,lora-ghost,full-ghost,full", help="full (hooks) runs for MiniLM only")
    parser.add_argument("--batch", default="256,1024")
    parser.add_argument("--seq", type=int, default=128)
    parser.add_argument("--physical", type=int, default=256, help="largest micro-batch held at once")
    parser.add_argument("--dtype", default=None, help="bfloat16 (GPU default) or float32 (CPU default)")
    parser.add_argument("--case-budget", type=float, default=20.0, help="seconds of timed pairs per case")
    parser.add_argument("--total-budget", type=float, default=420.0, help="no new case starts after this many seconds")
    parser.add_argument("--quick", action="store_true", help="CPU smoke test: MiniLM, batch 8, sequence 32")
    args = parser.parse_args()

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if args.quick:
        args.models, args.batch, args.seq, args.physical, args.case_budget = "minilm", "8", 32, 4, 2.0
        args.variants = "lora,full-ghost"
    dtype = getattr(torch, args.dtype) if args.dtype else (torch.bfloat16 if device.type == "cuda" else torch.float32)
    if device.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    console.print(f"device {device}" + (f" ({torch.cuda.get_device_name(0)})" if device.type == "cuda" else " (no GPU: smoke test only)")
                  + f", dtype {dtype}")

    started = time.perf_counter()
    cases, skipped = [], []
    plan = [(m, v, int(b)) for m in args.models.split(",") for b in args.batch.split(",") for v in args.variants.split(",")
            if not (v == "full" and m != "minilm")]
    for model_name, variant, batch in plan:
        if time.perf_counter() - started > args.total_budget:
            skipped.append({"model": model_name, "variant": variant, "batch": batch, "reason": "total time budget spent"})
            continue
        console.print(f"[dim]{model_name} {variant} batch {batch} ...[/dim]")
        try:
            cases.append(run_case(model_name, variant, batch, args.seq, args.physical, dtype, device, args.case_budget))
        except torch.OutOfMemoryError as err:
            skipped.append({"model": model_name, "variant": variant, "batch": batch, "reason": f"out of memory: {str(err)[:200]}"})
            torch.cuda.empty_cache()
        except Exception as err:  # one failing case must not lose the others
            skipped.append({"model": model_name, "variant": variant, "batch": batch, "reason": f"{type(err).__name__}: {str(err)[:300]}"})

    rows = []
    for c in cases:
        notes = [f"ratio <= {TARGET_RATIO}: " + ("met" if c["ratio"] <= TARGET_RATIO else f"missed by {c['ratio'] / TARGET_RATIO - 1:.0%}")]
        if c["model"] == "minilm":
            s = c["private_samples_per_s"]
            notes.append(f">= {TARGET_MINILM_DP_SAMPLES_S} DP samples/s: " + ("met" if s >= TARGET_MINILM_DP_SAMPLES_S else f"missed by {1 - s / TARGET_MINILM_DP_SAMPLES_S:.0%}"))
        rows.append([c["model"], c["variant"], c["batch"], c["physical_batch"], f"{c['trainable_params']:,}", c["plain_samples_per_s"],
                     c["private_samples_per_s"], f"{c['ratio']:.2f}x", c["peak_gib_plain"], c["peak_gib_private"], c["pairs"], "; ".join(notes)])
    table(f"GPU cost of privacy (seq {args.seq}, {dtype}, {device})", ["model", "variant", "batch", "physical", "trainable", "plain samples/s",
          "DP samples/s", "DP/plain", "peak GiB plain", "peak GiB DP", "pairs", "targets"], rows)
    for s in skipped:
        console.print(f"[yellow]skipped {s['model']} {s['variant']} batch {s['batch']}: {s['reason']}[/yellow]")
    write_results("gpu" if not args.quick else "gpu_smoke_cpu", {
        "device": str(device), "dtype": str(dtype), "seq": args.seq, "seconds": time.perf_counter() - started,
        "cases": cases, "skipped": skipped, "targets": {"ratio": TARGET_RATIO, "minilm_dp_samples_per_s": TARGET_MINILM_DP_SAMPLES_S},
    })


if __name__ == "__main__":
    main()
