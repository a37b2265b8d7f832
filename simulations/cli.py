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
    sim.add_argument("--resume", metavar="RUN_DIR", help="continue an interrupted or failed run from its last checkpoint, with its own config")
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
    from pathlib import Path

    from simulations.simulate import Interrupted, simulate

    try:
        if args.resume:
            if args.config or config_overrides(args):
                raise ConfigError("--resume continues a run with its own config.json; drop --config and the other settings")
            run_dir = simulate(verbose=args.verbose, resume=Path(args.resume))
        else:
            run_dir = simulate(load_config(args.config, config_overrides(args)), verbose=args.verbose)
    except Interrupted as err:
        print(f"stopped: {err}", file=sys.stderr)
        return 130
    print(f"run directory: {run_dir}")
    return 0


def _predict(args) -> int:
    import json
    from pathlib import Path

    import torch

    from common.model import load_pretrained, tokenize

    directory = Path(args.run_dir)
    model_dir = directory / "model" if (directory / "model").is_dir() else directory
    model, tokenizer, labels = load_pretrained(model_dir)
    text = args.text
    config_file = model_dir.parent / "config.json"
    settings = json.loads(config_file.read_text()) if config_file.is_file() else {}
    if settings.get("scrub", True):
        # The model learned from scrubbed text; show it the same kind.
        from client.scrub import scrub_texts

        text = scrub_texts([text], entities=settings.get("scrub-entities") or None,
                           operator="replace" if settings.get("scrub-operator") == "hash" else settings.get("scrub-operator", "replace"))[0][0]
    input_ids, mask = tokenize(tokenizer, [text], settings.get("max-length", 128))
    with torch.no_grad():
        probabilities = model(input_ids, mask).softmax(-1)[0]
    best = int(probabilities.argmax())
    print(f"{labels[best]}\t{probabilities[best]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
