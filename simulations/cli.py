"""The `privatune` command: simulate, predict, scrub, and a deployment: server, agent, certs, keys.

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
    commands = parser.add_subparsers(dest="command", required=True, metavar="{simulate,predict,audit,scrub,server,agent,certs,keys}")

    sim = commands.add_parser("simulate", help="run a federation on this machine (Flower simulation engine)",
                              description="Run a federation on this machine (Flower simulation engine).", allow_abbrev=False)
    sim.add_argument("--config", metavar="FILE", help="TOML file with run settings (flat keys, or a pyproject's [tool.flwr.app.config])")
    sim.add_argument("--verbose", action="store_true", help="show Flower's and Ray's own logs")
    sim.add_argument("--resume", metavar="RUN_DIR", help="continue an interrupted or failed run from its last checkpoint, with its own config")
    sim.add_argument("--audit", action="store_true", help="empirical privacy audit: add canaries to the training data (each with probability 1/2) and test them in the report")
    sim.add_argument("--audit-canaries", type=int, default=1000, metavar="M", help="membership canaries for --audit (default 1000)")
    add_config_flags(sim)

    pred = commands.add_parser("predict", help="classify texts with a run's final model",
                               description="Classify texts with a run's final model (loaded once): from the arguments, "
                                           "--input FILE, or stdin. Writes one result per text, in order.", allow_abbrev=False)
    pred.add_argument("run_dir", metavar="RUN_DIR", help="a run directory (or its model/ folder)")
    pred.add_argument("texts", nargs="*", metavar="TEXT", help="texts to classify (default: read --input or stdin)")
    pred.add_argument("--input", metavar="FILE|-", help="one text per line, or JSONL with a text field; - reads stdin")
    pred.add_argument("--text-field", default="text", metavar="NAME", help="JSONL key holding the text (default: text)")
    pred.add_argument("--format", choices=("jsonl", "csv"), default="jsonl", help="output: JSONL or CSV with label and probability (default: jsonl)")

    audit = commands.add_parser("audit", allow_abbrev=False, help="write a finished run's privacy report (privacy_report.json and .html)")
    audit.add_argument("run_dir", metavar="RUN_DIR", help="a run directory")

    scrub = commands.add_parser("scrub", help="remove personal data from a local dataset",
                                description="Remove personal data from a local dataset.", allow_abbrev=False)
    scrub_cli.add_arguments(scrub)
    server = commands.add_parser("server", allow_abbrev=False, help="coordinate a deployed federation: a SuperLink with TLS and node authentication, then the run")
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

    agent = commands.add_parser("agent", allow_abbrev=False, help="run a site: a SuperNode that trains on a local file under the site's privacy policy")
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

    certs = commands.add_parser("certs", allow_abbrev=False, help="make a test CA and a server certificate for localhost/127.0.0.1")
    certs.add_argument("dir")
    certs.add_argument("--host", action="append", default=[], help="another host name or IP the server certificate covers (repeat)")
    keys = commands.add_parser("keys", allow_abbrev=False, help="make a site's ECDSA key pair (OpenSSH format) for node authentication")
    keys.add_argument("dir")
    keys.add_argument("--name", default="node", help="file names NAME.key / NAME.pub (default node)")
    return parser, {"simulate": sim, "predict": pred, "audit": audit, "scrub": scrub, "server": server, "agent": agent, "certs": certs, "keys": keys}


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        command = commands[args.command]
        command.error(_unrecognized(unknown, command))
    try:
        if args.command == "simulate":
            return _simulate(args)
        if args.command in ("server", "agent", "certs", "keys"):
            return _deploy(args)
        if args.command == "audit":
            return _audit(args)
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


def _deploy(args) -> int:
    from simulations import credentials, deploy

    if args.command == "certs":
        paths = credentials.make_certs(args.dir, ("localhost", "127.0.0.1", "::1", *args.host))
        print(f"CA {paths['ca']} (give it to the sites), server certificate {paths['cert']} and key {paths['key']}")
        return 0
    if args.command == "keys":
        paths = credentials.make_keys(args.dir, args.name)
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


def _audit(args) -> int:
    from simulations.engine import quiet_libraries

    quiet_libraries()
    from server.audit import write_report

    report, json_path, html_path = write_report(args.run_dir)
    summary = report["summary"]
    fired = ", ".join(rule["rule"] for rule in summary["rules-fired"]) or "none"
    print(f"verdict: {summary['verdict']} (rules fired: {fired})")
    print(json_path)
    print(html_path)
    return 0


def _simulate(args) -> int:
    from pathlib import Path

    from simulations.simulate import Interrupted, simulate

    try:
        if args.resume:
            if args.config or config_overrides(args):
                raise ConfigError("--resume continues a run with its own config.json; drop --config and the other settings")
            run_dir = simulate(verbose=args.verbose, resume=Path(args.resume))
        else:
            cfg, audit_data = load_config(args.config, config_overrides(args)), None
            if args.audit:
                import time

                from simulations.audit_canaries import prepare_audit

                if cfg.run_name is None:
                    cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
                audit_data = prepare_audit(cfg, args.audit_canaries)
            run_dir = simulate(cfg, verbose=args.verbose, audit_data=audit_data)
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
