"""The `privatune` command: simulate, predict, scrub, and a deployment: server, agent, certs, keys."""

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

    server = commands.add_parser("server", help="coordinate a deployed federation: a SuperLink with TLS and node authentication, then the run")
    server.add_argument("--config", help="TOML file with run settings; a deployed run needs labels (or labels-file) and test-data")
    server.add_argument("--certs", help="folder with ca.crt, server.pem and server.key (`privatune certs DIR`)")
    server.add_argument("--register", action="append", default=[], metavar="NAME.pub", help="a site's public key to admit (repeat per site)")
    server.add_argument("--host", default="0.0.0.0", help="interface the SuperLink listens on (default: all)")
    server.add_argument("--port", type=int, default=8000, help="the SuperLink's port (default 8000)")
    server.add_argument("--workdir", default="coordinator", help="the SuperLink's database, log and Flower home (default ./coordinator)")
    server.add_argument("--connect-timeout", type=float, default=300, help="seconds to wait for num-clients sites before the run starts with at least min-clients")
    server.add_argument("--run-timeout", type=float, default=None, help="seconds the whole run may take (default: no limit)")
    server.add_argument("--insecure", action="store_true", help="NO TLS and NO node authentication (test networks only)")
    add_config_flags(server)

    agent = commands.add_parser("agent", help="run a site: a SuperNode that trains on a local file under the site's privacy policy")
    agent.add_argument("--superlink", required=True, metavar="HOST:PORT", help="the coordinator's SuperLink")
    agent.add_argument("--data", required=True, help="the site's CSV/TSV/JSONL file (it never leaves the site)")
    agent.add_argument("--policy", required=True, help="the site's privacy policy (TOML; README, 'Run a site')")
    agent.add_argument("--key", help="the site's private key (`privatune keys DIR`); the coordinator registers NAME.pub")
    agent.add_argument("--ca", help="the coordinator's CA certificate (ca.crt)")
    agent.add_argument("--state-dir", help="the site's ledger and local log (default: the policy's state-dir, $PRIVATUNE_STATE_DIR or ~/.privatune/site)")
    agent.add_argument("--text-column", default="text")
    agent.add_argument("--label-column", default="label")
    agent.add_argument("--connect-timeout", type=float, default=60, help="seconds to wait for the SuperLink at start")
    agent.add_argument("--insecure", action="store_true", help="NO TLS and NO node authentication (test networks only)")

    certs = commands.add_parser("certs", help="make a test CA and a server certificate for localhost/127.0.0.1")
    certs.add_argument("dir")
    certs.add_argument("--host", action="append", default=[], help="another host name or IP the server certificate covers (repeat)")
    keys = commands.add_parser("keys", help="make a site's ECDSA key pair (OpenSSH format) for node authentication")
    keys.add_argument("dir")
    keys.add_argument("--name", default="node", help="file names NAME.key / NAME.pub (default node)")

    args = parser.parse_args(argv)
    try:
        if args.command == "simulate":
            return _simulate(args)
        if args.command == "predict":
            return _predict(args)
        if args.command in ("server", "agent", "certs", "keys"):
            return _deploy(args)
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


def _deploy(args) -> int:
    from simulations import deploy

    if args.command == "certs":
        paths = deploy.make_certs(args.dir, ("localhost", "127.0.0.1", "::1", *args.host))
        print(f"CA {paths['ca']} (give it to the sites), server certificate {paths['cert']} and key {paths['key']}")
        return 0
    if args.command == "keys":
        paths = deploy.make_keys(args.dir, args.name)
        print(f"private key {paths['key']} (stays on the site), public key {paths['pub']} (give it to the coordinator)")
        return 0
    if args.command == "agent":
        deploy.agent(args.superlink, args.data, args.policy, args.key, args.ca, args.state_dir, args.insecure,
                     args.text_column, args.label_column, connect_timeout=args.connect_timeout)
        return 0  # not reached: the agent becomes the SuperNode
    cfg = load_config(args.config, config_overrides(args))
    run_dir = deploy.serve(cfg, args.workdir, args.port, args.host, args.certs, tuple(args.register), args.insecure,
                           args.connect_timeout, args.run_timeout)
    print(run_dir)
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
