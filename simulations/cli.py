"""The `privatune` command: simulate, predict, scrub."""

from __future__ import annotations

import argparse
import sys

from common.config import ConfigError, add_config_flags, config_overrides, load_config
from common.data import DataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="privatune", description="Privacy-preserving federated fine-tuning.")
    commands = parser.add_subparsers(dest="command", required=True)

    sim = commands.add_parser("simulate", help="run a federation on this machine (Flower simulation engine)")
    sim.add_argument("--config", help="TOML file with run settings (flat keys, or a pyproject's [tool.flwr.app.config])")
    sim.add_argument("--verbose", action="store_true", help="show Flower's and Ray's own logs")
    add_config_flags(sim)

    pred = commands.add_parser("predict", help="classify a text with a run's final model")
    pred.add_argument("run_dir", help="a run directory (or its model/ folder)")
    pred.add_argument("text", help="the text to classify")

    from client import scrub_cli

    scrub = commands.add_parser("scrub", help="remove personal data from a local dataset")
    scrub_cli.add_arguments(scrub)

    args = parser.parse_args(argv)
    try:
        if args.command == "simulate":
            return _simulate(args)
        if args.command == "predict":
            return _predict(args)
        return scrub_cli.run(args)
    except (ConfigError, DataError, ValueError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _simulate(args) -> int:
    from simulations.simulate import simulate

    cfg = load_config(args.config, config_overrides(args))
    run_dir = simulate(cfg, verbose=args.verbose)
    print(run_dir)
    return 0


def _predict(args) -> int:
    import json

    from simulations.predict import Predictor

    predictor = Predictor.load(args.run_dir)
    for result in predictor.predict([args.text]):
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
