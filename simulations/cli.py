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
    sim.add_argument("--resume", metavar="RUN_DIR", help="continue an interrupted or failed run from its last checkpoint, with its own config")
    add_config_flags(sim)

    pred = commands.add_parser("predict", help="classify texts with a run's final model",
                               description="Classify texts with a run's final model (loaded once): from the arguments, "
                                           "--input FILE, or stdin. Writes one result per text, in order.", allow_abbrev=False)
    pred.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (or its model/ folder)")
    pred.add_argument("texts", nargs="*", metavar="TEXT", help="texts to classify (default: read --input or stdin)")
    pred.add_argument("--input", metavar="FILE|-", help="one text per line, or JSONL with a text field; - reads stdin")
    pred.add_argument("--text-field", default="text", metavar="NAME", help="JSONL key holding the text (default: text)")
    pred.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output: JSONL or CSV with label and probability (default: jsonl)")

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
    from simulations.predict import Predictor, read_texts, write_results

    if args.texts and args.input:
        raise ValueError("give texts as arguments or with --input, not both")
    if args.texts:
        texts = list(args.texts)
    elif args.input in (None, "-"):
        if args.input is None and sys.stdin.isatty():
            raise ValueError("no texts: give them as arguments, with --input FILE, or on stdin")
        texts = read_texts(sys.stdin.read(), "stdin", args.text_field)
    else:
        texts = read_texts(_read_file(args.input), args.input, args.text_field)
    predictor = Predictor.load(args.run_dir)
    write_results(predictor.predict(texts), args.format, sys.stdout)
    return 0


def _read_file(name: str) -> str:
    try:
        with open(name, encoding="utf-8-sig") as handle:
            return handle.read()
    except OSError as err:
        raise ValueError(f"cannot read --input {name} ({err.strerror}); check the path") from None
    except UnicodeDecodeError:
        raise ValueError(f"--input {name} is not UTF-8 text; re-encode it as UTF-8") from None


if __name__ == "__main__":
    sys.exit(main())
