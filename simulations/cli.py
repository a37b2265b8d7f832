"""The `privatune` command: simulate, predict, scrub.

Parsing the command line imports no heavy library (torch, transformers, Flower,
Presidio): `--help` and usage errors answer at once; each command imports what it
needs when it runs.
"""

from __future__ import annotations

import argparse
import difflib
import sys

from common.config import ConfigError, add_config_flags, config_overrides, load_config
from common.data import DataError


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    from client import scrub_cli  # argument definitions only; Presidio loads in scrub_cli.run

    parser = argparse.ArgumentParser(prog="privatune", description="Privacy-preserving federated fine-tuning.", allow_abbrev=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="{simulate,predict,scrub}")

    sim = commands.add_parser("simulate", help="run a federation on this machine (Flower simulation engine)",
                              description="Run a federation on this machine (Flower simulation engine).", allow_abbrev=False)
    sim.add_argument("--config", metavar="FILE", help="TOML file with run settings (flat keys, or a pyproject's [tool.flwr.app.config])")
    sim.add_argument("--verbose", action="store_true", help="show Flower's and Ray's own logs")
    add_config_flags(sim)

    pred = commands.add_parser("predict", help="classify a text with a run's final model",
                               description="Classify a text with a run's final model.", allow_abbrev=False)
    pred.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (or its model/ folder)")
    pred.add_argument("text", metavar="TEXT", help="the text to classify")

    scrub = commands.add_parser("scrub", help="remove personal data from a local dataset",
                                description="Remove personal data from a local dataset.", allow_abbrev=False)
    scrub_cli.add_arguments(scrub)
    return parser, {"simulate": sim, "predict": pred, "scrub": scrub}


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = commands[args.command]
        command.error(_unrecognized(unknown, command))
    try:
        if args.command == "simulate":
            return _simulate(args)
        if args.command == "predict":
            return _predict(args)
        from client import scrub_cli

        return scrub_cli.run(args)
    except (ConfigError, DataError, ValueError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _unrecognized(unknown: list[str], parser: argparse.ArgumentParser) -> str:
    """'unrecognized argument --round; did you mean --rounds?'"""
    known = [flag for action in parser._actions for flag in action.option_strings]
    for arg in unknown:
        flag = arg.split("=", 1)[0]
        if flag.startswith("--"):
            close = difflib.get_close_matches(flag, known, n=1, cutoff=0.6)
            if close:
                return f"unrecognized argument {flag}; did you mean {close[0]}?"
    return f"unrecognized arguments: {' '.join(unknown)} (see {parser.prog} --help)"


def _simulate(args) -> int:
    cfg = load_config(args.config, config_overrides(args))
    from simulations.simulate import simulate

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
