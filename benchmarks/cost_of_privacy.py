"""Cost of privacy: one DP-SGD step (Opacus) against one ordinary step that trains
the same parameters, on all-MiniLM-L6-v2, CPU.

Each (variant, batch, sequence) case runs in its own subprocess, so its peak
resident memory (getrusage maxrss) belongs to it alone. Inside a case the private
and the non-private model step on the same fixed batch: warmup, then alternating
measurements (private first on odd pairs, second on even ones), so that load from
other processes on the machine hits both alike; the ratio is what to read.

Variants (what trains; how Opacus gets per-example gradient norms):
  head         linear head on precomputed sentence embeddings (what train-mode head runs)
  lora         LoRA rank 8 on query/value + head; per-sample gradients by hooks (client/train.py)
  lora-ghost   the same parameters, ghost clipping (norms without per-sample gradients)
  full         all but word embeddings; per-sample gradients by hooks
  full-ghost   the same parameters, ghost clipping (what client/train.py runs)

A variant may carry options after "+", to measure an idea against the plain variant:
  +freeze=A|B   also freeze parameters whose name contains A or B, in both models
                (e.g. full-ghost+freeze=LayerNorm, +freeze=position_embeddings|token_type_embeddings)
  +physical=N   the DP step runs in physical batches of N, as BatchMemoryManager does
                (the non-private step always takes the whole batch)

    PYTHONPATH=. python benchmarks/cost_of_privacy.py            # batch 32, 64; sequence 64
    PYTHONPATH=. python benchmarks/cost_of_privacy.py --seq 64,128 --quick
    PYTHONPATH=. python benchmarks/cost_of_privacy.py --variants full,full-ghost,full-ghost+physical=8 --batch 32
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import time

VARIANTS = ["head", "lora", "lora-ghost", "full", "full-ghost"]


def parse_variant(spec: str) -> tuple[str, list[str], int | None]:
    """'full-ghost+freeze=LayerNorm+physical=8' -> ('full-ghost', ['LayerNorm'], 8)."""
    base, *options = spec.split("+")
    freeze, physical = [], None
    for option in options:
        key, _, value = option.partition("=")
        if key == "freeze" and value:
            freeze += value.split("|")
        elif key == "physical" and value.isdigit() and int(value) > 0:
            physical = int(value)
        else:
            raise ValueError(f"unknown option '{option}' in variant '{spec}' (freeze=A|B, physical=N)")
    if base not in VARIANTS:
        raise ValueError(f"unknown variant '{base}'; choose from {VARIANTS}")
    return base, freeze, physical


# -- one case, in a subprocess ---------------------------------------------------------

def run_case(variant: str, batch: int, seq: int, pairs: int, min_seconds: float, profile: bool, threads: int) -> dict:
    import psutil
    import torch

    if threads:
        torch.set_num_threads(threads)
    from opacus import PrivacyEngine
    from torch import nn
    from torch.utils.data import DataLoader, TensorDataset

    from benchmarks.helpers import peak_rss_mib
    from common.data import demo_corpus
    from common.model import build_model, tokenize

    torch.manual_seed(0)
    base, freeze, physical = parse_variant(variant)
    mode = base.split("-")[0]
    ghost = base.endswith("-ghost")
    model, tokenizer = build_model("all-MiniLM-L6-v2", 77, mode, lora_rank=8, seed=0)
    frozen = [name for name, p in model.named_parameters() if p.requires_grad and any(f in name for f in freeze)]
    for name, p in model.named_parameters():
        if name in frozen:
            p.requires_grad_(False)
    texts = demo_corpus(batch, seed=0, n_test=1)[0].texts
    labels = torch.randint(0, 77, (batch,))
    if mode == "head":
        # What train-mode head trains on: frozen, L2-normalised sentence embeddings.
        inputs = (nn.functional.normalize(torch.randn(batch, model.head.in_features), dim=-1),)
        plain, private = model.head, copy.deepcopy(model.head)
    else:
        inputs = tokenize(tokenizer, texts, seq)  # padded to exactly `seq` tokens
        plain, private = model, copy.deepcopy(model)
    del model
    plain.train(), private.train()

    def optimizer_for(module):
        return torch.optim.Adam([p for p in module.parameters() if p.requires_grad], lr=1e-3)

    trainable = sum(p.numel() for p in plain.parameters() if p.requires_grad)
    plain_opt = optimizer_for(plain)
    loss_fn = nn.CrossEntropyLoss()
    # Opacus derives the expected batch size from the loader; the steps below use the fixed batch.
    loader = DataLoader(TensorDataset(*inputs, labels), batch_size=batch)
    engine = PrivacyEngine(accountant="rdp")
    made = engine.make_private(
        module=private, optimizer=optimizer_for(private), data_loader=loader, criterion=nn.CrossEntropyLoss(),
        noise_multiplier=1.0, max_grad_norm=1.0, poisson_sampling=False,
        grad_sample_mode="ghost" if ghost else "hooks",
    )
    if ghost:
        private, private_opt, private_loss, _ = made
    else:
        private, private_opt, _ = made
        private_loss = loss_fn

    phases = {"plain": {"forward": 0.0, "backward": 0.0, "step": 0.0}, "private": {"forward": 0.0, "backward": 0.0, "step": 0.0}}

    def step(which: str) -> None:
        module, opt, crit = (plain, plain_opt, loss_fn) if which == "plain" else (private, private_opt, private_loss)
        size = physical if which == "private" and physical else batch
        acc = phases[which]
        for start in range(0, batch, size):
            part = slice(start, start + size)
            t0 = time.perf_counter()
            opt.zero_grad(set_to_none=True)
            loss = crit(module(*(t[part] for t in inputs)), labels[part])
            t1 = time.perf_counter()
            loss.backward()
            t2 = time.perf_counter()
            if which == "private":  # what BatchMemoryManager signals: only the last part takes the step
                opt.signal_skip_step(do_skip=start + size < batch)
            opt.step()
            t3 = time.perf_counter()
            acc["forward"] += t1 - t0
            acc["backward"] += t2 - t1
            acc["step"] += t3 - t2

    base_rss = psutil.Process().memory_info().rss / 2**20
    # Warmup: the non-private step first, so the process peak after it is its own.
    t = time.perf_counter()
    step("plain")
    one_step = time.perf_counter() - t
    warmup = 1 if one_step > 1.0 else 2  # slow steps: one warmup step is enough
    for _ in range(warmup - 1):
        step("plain")
    plain_peak = peak_rss_mib()
    for _ in range(warmup):
        step("private")
    private_peak = peak_rss_mib()
    for acc in phases.values():
        acc.update(forward=0.0, backward=0.0, step=0.0)

    reps = max(1, int(min_seconds / max(one_step, 1e-6)))  # steps per timed measurement
    times = {"plain": [], "private": []}
    cpu = {"plain": [], "private": []}  # process CPU time: robust to other processes' load (with one thread)
    for pair in range(pairs):
        order = ("private", "plain") if pair % 2 == 0 else ("plain", "private")
        for which in order:
            t, c = time.perf_counter(), time.process_time()
            for _ in range(reps):
                step(which)
            times[which].append((time.perf_counter() - t) / reps)
            cpu[which].append((time.process_time() - c) / reps)
    steps_each = pairs * reps

    result = {
        "variant": variant, "mode": mode, "grad_sample_mode": "ghost" if ghost else "hooks",
        "frozen_extra": frozen, "physical_batch": physical or batch,
        "batch": batch, "seq": seq if mode != "head" else None, "trainable_params": trainable,
        "pairs": pairs, "steps_per_measurement": reps, "threads": torch.get_num_threads(),
        "plain_step_s": _median(times["plain"]), "private_step_s": _median(times["private"]),
        "plain_step_s_all": times["plain"], "private_step_s_all": times["private"],
        "ratios_per_pair": [p / q for p, q in zip(times["private"], times["plain"])],
        "plain_cpu_s": _median(cpu["plain"]), "private_cpu_s": _median(cpu["private"]),
        "cpu_ratios_per_pair": [p / q for p, q in zip(cpu["private"], cpu["plain"])],
        "phases_s": {w: {k: v / steps_each for k, v in acc.items()} for w, acc in phases.items()},
        "rss_before_steps_mib": base_rss, "peak_rss_plain_mib": plain_peak, "peak_rss_private_mib": private_peak,
    }
    result["ratio"] = _median(result["ratios_per_pair"])
    result["cpu_ratio"] = _median(result["cpu_ratios_per_pair"])
    result["plain_samples_per_s"] = batch / result["plain_step_s"]
    result["private_samples_per_s"] = batch / result["private_step_s"]
    if profile:
        result["profile"] = {w: _profile(lambda w=w: step(w)) for w in ("plain", "private")}
    return result


def _ratio(case: dict) -> float:
    """The CPU-time ratio when measured (robust on a shared machine), else wall time."""
    return case.get("cpu_ratio", case["ratio"])


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _profile(fn, top: int = 12) -> list[dict]:
    """Self CPU time per operator over one step (torch.profiler)."""
    from torch.profiler import ProfilerActivity, profile

    with profile(activities=[ProfilerActivity.CPU]) as prof:
        fn()
    events = sorted(prof.key_averages(), key=lambda e: e.self_cpu_time_total, reverse=True)
    total = sum(e.self_cpu_time_total for e in events) or 1
    return [{"op": e.key, "self_ms": e.self_cpu_time_total / 1000, "share": e.self_cpu_time_total / total, "calls": e.count}
            for e in events[:top]]


# -- the driver ------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated, from {VARIANTS}")
    parser.add_argument("--batch", default="32,64", help="batch sizes, comma-separated")
    parser.add_argument("--seq", default="64", help="sequence lengths, comma-separated (e.g. 64,128)")
    parser.add_argument("--pairs", type=int, default=3, help="alternating private/non-private measurement pairs per case")
    parser.add_argument("--min-seconds", type=float, default=0.3, help="shortest timed measurement; fast steps repeat until it")
    parser.add_argument("--profile", default="lora:64", help="variant:batch cases to profile by operator ('' for none)")
    parser.add_argument("--threads", type=int, default=1,
                        help="torch threads per case (default 1: on a shared, oversubscribed machine OpenMP barriers make "
                             "multi-threaded timings erratic; 0 = torch's default)")
    parser.add_argument("--quick", action="store_true", help="2 pairs, batch 32 only")
    parser.add_argument("--name", default="cost_of_privacy", help="results file name")
    parser.add_argument("--case", help=argparse.SUPPRESS)  # internal: run one case, print JSON
    args = parser.parse_args()

    if args.case:
        variant, batch, seq, pairs, min_seconds, profile, threads = json.loads(args.case)
        print("RESULT " + json.dumps(run_case(variant, batch, seq, pairs, min_seconds, profile, threads)))
        return

    from benchmarks.helpers import ROOT, console, table, write_results

    if args.quick:
        args.pairs, args.batch = 2, "32"
    variants = [v for v in args.variants.split(",") if v]
    for variant in variants:
        try:
            parse_variant(variant)
        except ValueError as err:
            parser.error(str(err))
    batches = [int(b) for b in args.batch.split(",")]
    seqs = [int(s) for s in args.seq.split(",")]
    profiled = {tuple(p.split(":")) for p in args.profile.split(",") if p}

    cases, started = [], time.time()
    for seq in seqs:
        for variant in variants:
            if variant == "head" and seq != seqs[0]:
                continue  # the head never sees tokens
            for batch in batches:
                spec = [variant, batch, seq, args.pairs, args.min_seconds, (variant, str(batch)) in profiled, args.threads]
                console.print(f"[dim]{variant} batch {batch} seq {seq} ...[/dim]")
                env = {**os.environ, "PYTHONPATH": str(ROOT), "TOKENIZERS_PARALLELISM": "false", "TRANSFORMERS_VERBOSITY": "error"}
                proc = subprocess.run([sys.executable, __file__, "--case", json.dumps(spec)], check=False, cwd=ROOT, env=env,
                                      capture_output=True, text=True)
                line = next((l for l in proc.stdout.splitlines() if l.startswith("RESULT ")), None)
                if proc.returncode or line is None:
                    console.print(f"[red]{variant} batch {batch} seq {seq} failed:[/red] {proc.stderr[-2000:]}")
                    cases.append({"variant": variant, "batch": batch, "seq": seq, "error": proc.stderr[-2000:]})
                    continue
                cases.append(json.loads(line[7:]))

    rows = []
    for c in cases:
        if "error" in c:
            rows.append([c["variant"], c["batch"], c["seq"], None, None, None, None, None, None, None, None, "failed"])
            continue
        target = {"lora": 1.10, "full": 1.5}.get(c["mode"])
        rows.append([
            c["variant"], c["batch"], c["seq"] or "-", f"{c['trainable_params']:,}",
            c["plain_step_s"] * 1000, c["private_step_s"] * 1000, c["plain_samples_per_s"], c["private_samples_per_s"],
            f"{c['ratio']:.2f}x", f"{c['cpu_ratio']:.2f}x" if "cpu_ratio" in c else "-", f"{c['peak_rss_plain_mib']:.0f} / {c['peak_rss_private_mib']:.0f}",
            (f"<= {target}x: " + ("met" if _ratio(c) <= target else f"missed by {_ratio(c) / target - 1:.0%}")) if target else "-",
        ])
    table("Cost of privacy: DP-SGD step vs non-private step (same trainable parameters)",
          ["variant", "batch", "seq", "trainable", "plain ms", "DP ms", "plain samples/s", "DP samples/s", "DP/plain wall",
           "DP/plain CPU", "peak RSS MiB plain/DP", "target (on CPU-time ratio)"], rows)

    phase_rows = []
    for c in cases:
        if "error" in c:
            continue
        for which in ("plain", "private"):
            p = c["phases_s"][which]
            phase_rows.append([f"{c['variant']} b{c['batch']} s{c['seq'] or '-'} {which}", p["forward"] * 1000, p["backward"] * 1000, p["step"] * 1000])
    table("Where the step time goes (ms per step)", ["case", "forward", "backward", "optimizer.step (clip+noise)"], phase_rows)
    for c in cases:
        for which, ops in c.get("profile", {}).items():
            table(f"Top operators, {c['variant']} batch {c['batch']} seq {c['seq']}, {which} step",
                  ["op", "self ms", "share", "calls"], [[o["op"], o["self_ms"], f"{o['share']:.0%}", o["calls"]] for o in ops])

    write_results(args.name, {"seconds": time.time() - started, "cases": cases})
    _plot(cases, args.name)


def _plot(cases: list[dict], name: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from benchmarks.helpers import RESULTS, console

    ok = [c for c in cases if "error" not in c]
    if not ok:
        return
    labels = [f"{c['variant']}\nb{c['batch']}" + (f" s{c['seq']}" if c["seq"] else "") for c in ok]
    fig, ax = plt.subplots(figsize=(max(6, 0.9 * len(ok)), 4))
    ax.bar(range(len(ok)), [_ratio(c) for c in ok], color=["tab:orange" if "ghost" in c["variant"] else "tab:blue" for c in ok])
    ax.axhline(1.10, ls="--", c="tab:green", lw=1, label="LoRA target 1.10x")
    ax.axhline(1.5, ls=":", c="tab:red", lw=1, label="full target 1.5x")
    ax.set_xticks(range(len(ok)), labels, fontsize=7)
    ax.set_ylabel("DP step / non-private step (CPU time)")
    ax.set_title("Cost of privacy on CPU (MiniLM-L6)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    path = RESULTS / f"{name}.png"
    fig.savefig(path, dpi=120)
    console.print(f"plot: {path}")


if __name__ == "__main__":
    main()
