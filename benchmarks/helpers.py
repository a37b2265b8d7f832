"""Small helpers shared by the benchmark scripts (not `common.py`: the script folder
comes first on sys.path and would shadow the project's `common` package): machine description, results
files, tables, dataset paths. Run scripts from the repository root:

    PYTHONPATH=. python benchmarks/<name>.py [--quick]
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shlex
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CACHE = RESULTS / "cache"  # embeddings and scratch runs; git-ignored
SHARED = ROOT.parent / "shared" / "datasets"
BANKING77 = SHARED / "banking77"
SST2 = SHARED / "sst2"

console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def machine() -> dict:
    import torch

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info = {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "platform": platform.platform(),
    }
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["cuda"] = torch.version.cuda
    try:
        import opacus, flwr, transformers, peft  # noqa: E401

        info.update(opacus=opacus.__version__, flwr=flwr.__version__, transformers=transformers.__version__, peft=peft.__version__)
    except Exception:  # a missing optional package does not stop a benchmark
        pass
    return info


def command() -> str:
    return "PYTHONPATH=. python " + " ".join(shlex.quote(a) for a in sys.argv)


def write_results(name: str, payload: dict) -> Path:
    """benchmarks/results/<name>.json with machine, date and the exact command."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {
        "benchmark": name,
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "command": command(),
        "machine": machine(),
        **payload,
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(record, indent=2, default=_jsonable))
    console.print(f"results: {path.relative_to(ROOT)}")
    return path


def _jsonable(value):
    if hasattr(value, "item"):
        return value.item()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def table(title: str, columns: list[str], rows: list[list]) -> Table:
    out = Table(title=title)
    for column in columns:
        out.add_column(column, justify="left" if column == columns[0] else "right")
    for row in rows:
        out.add_row(*[fmt(v) for v in row])
    console.print(out)
    return out


def fmt(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value != value:
            return "nan"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"
    return str(value)


def peak_rss_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def require_dataset(path: Path | str, what: str) -> bool:
    """False, with a clear message, when a local dataset path is absent (hub names pass)."""
    text = str(path)
    looks_local = text.startswith((".", "/")) or text.endswith((".csv", ".tsv", ".jsonl", ".json"))
    if looks_local and not Path(text).exists():
        console.print(f"[yellow]skipped {what}: {text} not found. The shared datasets live in ../shared/datasets; "
                      "pass another path or a Hugging Face dataset name with the flags (see --help).[/yellow]")
        return False
    return True


def one_site_sst2_args(parser, name: str) -> None:
    """The arguments of the one-site SST-2 DP scripts (dp_lora_sst2.py, dp_lp_ft_sst2.py)."""
    parser.add_argument("--data", default=str(SST2 / "train.tsv"))
    parser.add_argument("--fit", type=int, default=5000)
    parser.add_argument("--validation", type=int, default=1000)
    parser.add_argument("--epsilon", type=float, default=8.0)
    parser.add_argument("--batch", type=int, default=1000, help="expected logical batch (Poisson)")
    parser.add_argument("--physical", type=int, default=100, help="physical batch for LoRA (BatchMemoryManager)")
    parser.add_argument("--clip", type=float, default=1.0)
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--name", default=name)


def one_site_sst2(args):
    """One site's SST-2 data: a seeded carve of the training file into `fit` examples and a
    validation set (never dev.tsv). Returns (data, labels, encoded labels, validation
    indices, fit indices)."""
    import random

    import torch

    from common.data import encode_labels, label_names, read_table

    data = read_table(args.data, "sentence", "label")
    labels = label_names(data)
    order = list(range(len(data)))
    random.Random(0).shuffle(order)
    val, fit = order[:args.validation], order[args.validation:args.validation + args.fit]
    return data, labels, torch.tensor(encode_labels(data.labels, labels, "train")), val, fit
