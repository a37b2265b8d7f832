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
    sim.add_argument("--audit", action="store_true", help="empirical privacy audit: add canaries to the training data (each with probability 1/2) and test them in the report")
    sim.add_argument("--audit-canaries", type=int, default=1000, metavar="M", help="membership canaries for --audit (default 1000)")
    add_config_flags(sim)

    pred = commands.add_parser("predict", help="classify a text with a run's final model")
    pred.add_argument("run_dir", help="a run directory (or its model/ folder)")
    pred.add_argument("text", help="the text to classify")

    audit = commands.add_parser("audit", help="write a finished run's privacy report (privacy_report.json and .html)")
    audit.add_argument("run_dir", help="a run directory")

    from client import scrub_cli

    scrub = commands.add_parser("scrub", help="remove personal data from a local dataset")
    scrub_cli.add_arguments(scrub)

    args = parser.parse_args(argv)
    try:
        if args.command == "simulate":
            return _simulate(args)
        if args.command == "predict":
            return _predict(args)
        if args.command == "audit":
            return _audit(args)
        return scrub_cli.run(args)
    except (ConfigError, DataError, ValueError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


def _simulate(args) -> int:
    from simulations.simulate import simulate

    cfg = load_config(args.config, config_overrides(args))
    audit_data = None
    if args.audit:
        import time

        from simulations.audit_canaries import prepare_audit

        if cfg.run_name is None:
            cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
        audit_data = prepare_audit(cfg, args.audit_canaries)
    run_dir = simulate(cfg, verbose=args.verbose, audit_data=audit_data)
    print(run_dir)
    return 0


def _audit(args) -> int:
    from simulations.simulate import quiet_libraries

    quiet_libraries()
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    from server.audit import write_report

    report, json_path, html_path = write_report(args.run_dir)
    summary = report["summary"]
    fired = ", ".join(rule["rule"] for rule in summary["rules-fired"]) or "none"
    print(f"verdict: {summary['verdict']} (rules fired: {fired})")
    print(json_path)
    print(html_path)
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
