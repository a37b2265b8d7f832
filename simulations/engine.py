"""One federation through Flower's simulation engine (Ray backend), in this process.

`privatune simulate` runs this module as a child process in its own process group (see
simulations/simulate.py), so that one Ctrl-C stops Ray and every worker at once:

    python -m simulations.engine CONFIG_JSON [--resume-round K] [--verbose] [--audit-data DIR]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from common.config import RunConfig


def quiet_libraries(verbose: bool = False) -> None:
    """Our progress lines, not Flower's, Ray's and transformers' chatter (unless --verbose)."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("RAY_ACCEL_ENV_VAR_OVERRIDE_ON_ZERO", "0")
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    if not verbose:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
        import flwr.common.logger  # noqa: F401  sets its own level on import; override after
        from transformers.utils import logging as hf_logging

        logging.getLogger("flwr").setLevel(logging.ERROR)
        hf_logging.disable_progress_bar()  # "Loading weights" bars


def site_state_root(cfg: RunConfig) -> Path:
    """Where the simulated sites keep what never leaves a site (ledger, local log): beside
    the run directory, not in it."""
    return Path(cfg.output_dir) / f"{cfg.run_name}.sites"


def run_engine(cfg: RunConfig, resume_round: int | None = None, verbose: bool = False, audit_data: Path | None = None) -> None:
    quiet_libraries(verbose)
    from flwr.simulation import run_simulation
    import torch

    from client.client_app import build_client_app
    from server.server_app import build_server_app

    gpus = 1.0 / max(1, min(cfg.num_clients, 4)) if torch.cuda.is_available() and cfg.device != "cpu" else 0.0
    run_simulation(
        server_app=build_server_app(cfg, resume_round=resume_round),
        client_app=build_client_app(cfg, state_root=site_state_root(cfg), audit_data=audit_data),
        num_supernodes=cfg.num_clients,
        backend_config={
            "client_resources": {"num_cpus": cfg.client_cpus, "num_gpus": gpus},
            "init_args": {"include_dashboard": False, "logging_level": "error", "log_to_driver": verbose},
        },
        verbose_logging=verbose,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simulations.engine")
    parser.add_argument("config_json")
    parser.add_argument("--resume-round", type=int, default=None, help="continue the run after this round (0: before any checkpoint)")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--audit-data", type=Path, default=None)
    args = parser.parse_args(argv)
    run_engine(RunConfig.model_validate(json.loads(args.config_json)), args.resume_round, args.verbose, args.audit_data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
