"""`privatune simulate`: checks the inputs, then runs the federation (simulations/engine.py)
as a child process in its own process group, so that one SIGINT or SIGTERM stops Flower,
Ray and every worker within seconds and the run is marked `interrupted`; `--resume`
continues an interrupted or failed run from its last checkpoint."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from common.config import RunConfig
from common.data import DataError, load_splits, partition

class Interrupted(RuntimeError):
    """The run was stopped by a signal; the message says how to continue it."""


def check_inputs(cfg: RunConfig) -> None:
    """Fail before anything starts (no process, no privacy budget spent): at least two
    classes, every class in the test set (load_splits), every client at least one batch.
    Messages name the problem, the client and the fix, never counts or labels."""
    train, test = load_splits(cfg)
    for pid in range(cfg.num_clients):
        size = len(partition(train, cfg, pid))  # never printed: a client's count is private
        if size == 0:
            raise DataError(f"client {pid} received no examples; lower num-clients or raise dirichlet-alpha")
        if cfg.sample_rate is None and size < cfg.batch_size:  # a fixed sample-rate needs no batch-size's worth
            raise DataError(
                f"client {pid} holds fewer examples than one batch (batch-size {cfg.batch_size}); "
                "lower batch-size or num-clients, or raise dirichlet-alpha"
            )
    if cfg.run_name and cfg.run_dir.exists():
        raise DataError(f"run directory {cfg.run_dir} already exists; choose another run-name or output-dir, or --resume it")


def resume_point(run_dir: Path) -> tuple[RunConfig, int]:
    """The run's own config and the last round whose global weights were saved."""
    config_file, metrics_file = run_dir / "config.json", run_dir / "metrics.json"
    if not config_file.is_file() or not metrics_file.is_file():
        raise DataError(f"{run_dir} is not a run directory (no config.json / metrics.json); pass the directory simulate printed")
    try:
        status = json.loads(metrics_file.read_text()).get("status")
        values = json.loads(config_file.read_text())
    except json.JSONDecodeError:
        raise DataError(f"{run_dir}: config.json or metrics.json is not valid JSON; the run cannot be resumed") from None
    if status == "complete":
        raise DataError(f"{run_dir} is already complete; start a new run instead")
    cfg = RunConfig.from_mapping({**values, "output-dir": str(run_dir.parent), "run-name": run_dir.name})
    rounds = [int(p.name.removeprefix("round-").removesuffix(".safetensors"))
              for p in (run_dir / "checkpoints").glob("round-*.safetensors")]
    return cfg, max(rounds, default=0)


def simulate(cfg: RunConfig | None = None, verbose: bool = False, resume: Path | None = None,
             audit_data: Path | None = None) -> Path:
    """Runs the federation; returns the run directory of a complete run or raises.
    `audit_data`: a folder of canaries for each client (simulations/audit_canaries.py); a
    resumed run keeps the one it had."""
    if resume is not None:
        cfg, resume_round = resume_point(Path(resume))
        kept = Path(cfg.output_dir) / f"{cfg.run_name}.audit"
        audit_data = kept if kept.is_dir() else None
    else:
        if cfg.run_name is None:
            cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
        check_inputs(cfg)
        resume_round = None
    command = [sys.executable, "-m", "simulations.engine", cfg.model_dump_json(by_alias=True),
               *(["--resume-round", str(resume_round)] if resume_round is not None else []), *(["--verbose"] if verbose else []),
               *(["--audit-data", str(audit_data)] if audit_data is not None else [])]
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    signalled = _run_supervised(command, env)
    metrics_file = cfg.run_dir / "metrics.json"
    if signalled:
        _mark_interrupted(metrics_file, signalled)
        raise Interrupted(f"run interrupted; continue it with: privatune simulate --resume {cfg.run_dir}")
    status = json.loads(metrics_file.read_text()).get("status") if metrics_file.is_file() else "not started"
    if status != "complete":
        raise RuntimeError(f"the federation did not complete (status: {status}); see {metrics_file}")
    return cfg.run_dir


def _run_supervised(command: list[str], env: dict) -> str | None:
    """Runs the engine; on SIGINT or SIGTERM stops its whole process group. Returns the
    signal's name if one arrived."""
    child = subprocess.Popen(command, env=env, start_new_session=True)
    received: list[str] = []

    def stop(signum, _frame):
        if not received:
            received.append(signal.Signals(signum).name)
            # SIGKILL at once: Ray's own shutdown takes minutes and prints tracebacks, and
            # every file the run writes is replaced atomically, so nothing is half-written.
            _kill_group(child, signal.SIGKILL)

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while child.poll() is None:
            try:
                child.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        _kill_group(child, signal.SIGKILL)  # nothing of the engine outlives the command
    return received[0] if received else None


def _kill_group(child: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(child.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _mark_interrupted(metrics_file: Path, signal_name: str) -> None:
    if not metrics_file.is_file():
        return
    metrics = json.loads(metrics_file.read_text())
    metrics.update({"status": "interrupted", "interrupted": {"signal": signal_name, "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}})
    tmp = metrics_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(metrics, indent=2))
    os.replace(tmp, metrics_file)

