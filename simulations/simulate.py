"""A federation on one machine through Flower's simulation engine (Ray backend)."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from common.config import RunConfig
from common.data import DataError, load_splits, partition


def quiet_libraries(verbose: bool = False) -> None:
    """Our progress lines, not Flower's, Ray's and transformers' chatter (unless --verbose)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("RAY_ACCEL_ENV_VAR_OVERRIDE_ON_ZERO", "0")
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    if not verbose:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        import flwr.common.logger  # noqa: F401  sets its own level on import; override after

        logging.getLogger("flwr").setLevel(logging.ERROR)


def check_inputs(cfg: RunConfig) -> None:
    """Fail before anything starts: every client must hold at least one batch."""
    train, test = load_splits(cfg)
    for pid in range(cfg.num_clients):
        size = len(partition(train, cfg, pid))  # never printed: a client's count is private
        if size == 0:
            raise DataError(f"client {pid} received no examples; lower num-clients or raise dirichlet-alpha")
        if size < cfg.batch_size:
            raise DataError(
                f"client {pid} holds fewer examples than one batch (batch-size {cfg.batch_size}); "
                "lower batch-size or num-clients, or raise dirichlet-alpha"
            )
    if cfg.run_name and cfg.run_dir.exists():
        raise DataError(f"run directory {cfg.run_dir} already exists; choose another run-name or output-dir")


def site_state_root(cfg: RunConfig) -> Path:
    """Where the simulated sites keep what never leaves a site (ledger, local log): beside
    the run directory, not in it."""
    return Path(cfg.output_dir) / f"{cfg.run_name}.sites"


def simulate(cfg: RunConfig, verbose: bool = False, audit_data: Path | None = None) -> Path:
    """Runs the federation; returns the run directory of a complete run or raises.
    `audit_data`: a folder of canaries for each client (simulations/audit_canaries.py)."""
    if cfg.run_name is None:
        cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
    quiet_libraries(verbose)
    check_inputs(cfg)

    from flwr.simulation import run_simulation
    import torch

    from client.client_app import build_client_app
    from server.server_app import build_server_app

    gpus = 1.0 / max(1, min(cfg.num_clients, 4)) if torch.cuda.is_available() and cfg.device != "cpu" else 0.0
    run_simulation(
        server_app=build_server_app(cfg),
        client_app=build_client_app(cfg, state_root=site_state_root(cfg), audit_data=audit_data),
        num_supernodes=cfg.num_clients,
        backend_config={
            "client_resources": {"num_cpus": cfg.client_cpus, "num_gpus": gpus},
            "init_args": {"include_dashboard": False, "logging_level": "error", "log_to_driver": verbose},
        },
        verbose_logging=verbose,
    )
    metrics_file = cfg.run_dir / "metrics.json"
    status = json.loads(metrics_file.read_text()).get("status") if metrics_file.is_file() else "not started"
    if status != "complete":
        raise RuntimeError(f"the federation did not complete (status: {status}); see {metrics_file}")
    return cfg.run_dir
