"""A real deployment on Flower's deployment engine: a coordinator (SuperLink with TLS and
node authentication, then `flwr run`) and site agents (SuperNodes), the same ServerApp
and ClientApp as the simulation.

- `privatune certs DIR` and `privatune keys DIR` (simulations/credentials.py): a CA, a
  server certificate and a node's key pair for trying things out;
- `privatune server --config run.toml --certs DIR --register KEY.pub ...`: starts a
  SuperLink, registers the sites' public keys, submits the run and waits for it to end;
- `privatune agent --superlink HOST:PORT --data FILE --policy site.toml --key KEY --ca CA`:
  checks the site's inputs, then becomes a SuperNode (exec) whose ClientApp reads only
  the site's file and enforces the site's policy.

Nothing downloads at run time: Flower's runtime dependency installation, update check
and telemetry are turned off in every process started here.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

# Every Flower process started here: no uv installs, no update check, no telemetry.
OFFLINE_ENV = {
    "FLWR_DISABLE_RUNTIME_DEPENDENCY_INSTALLATION": "1",
    "FLWR_DISABLE_UPDATE_CHECK": "1",
    "FLWR_TELEMETRY_ENABLED": "0",
}
INSECURE_WARNING = (
    "WARNING: --insecure: no TLS and no node authentication. Everything between the sites and "
    "the coordinator travels in clear text and any machine can join the federation. Use it "
    "only on a private test network, never with real data."
)
APP_DIR = Path(__file__).resolve().parent.parent  # the Flower app: this project's pyproject.toml
CONNECTION = "privatune"


class DeployError(RuntimeError):
    """A deployment input is wrong or a process failed; the message names the fix."""


# -- shared checks ----------------------------------------------------------------------

def flower_env(**extra: str) -> dict[str, str]:
    """The environment of every Flower process started here: offline, and this Python's
    scripts first on PATH (the SuperLink and SuperNode start flower-superexec by name)."""
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return {**os.environ, **OFFLINE_ENV, "PATH": path, **extra}


def _flower_tool(name: str) -> str:
    """Flower's executables from this Python's environment, not whatever is on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.is_file():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise DeployError(f"'{name}' not found; install privatune (it installs flwr) in this environment")
    return found


def _existing(path: str | Path | None, what: str, flag: str) -> Path:
    if path is None:
        raise DeployError(f"{what} is required; pass {flag} (or --insecure for a test network)")
    path = Path(path).expanduser()
    if not path.is_file():
        raise DeployError(f"{what} not found: {path}; check {flag}")
    return path.resolve()


def _check_ca(path: Path) -> None:
    from cryptography import x509

    try:
        x509.load_pem_x509_certificates(path.read_bytes())
    except ValueError:
        raise DeployError(f"{path} is not a PEM certificate; pass the CA certificate (ca.crt) to --ca") from None


def _check_node_key(path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_ssh_private_key

    try:
        key = load_ssh_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError):
        raise DeployError(f"{path} is not an OpenSSH private key without passphrase; make one with `privatune keys DIR`") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise DeployError(f"{path} is not an ECDSA key; Flower's node authentication needs ECDSA (`privatune keys DIR`)")


def parse_address(address: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise DeployError(f"--superlink '{address}' is not HOST:PORT; e.g. --superlink coordinator.example.org:8000")
    return host.strip("[]"), int(port)


def wait_for_port(host: str, port: int, seconds: float, process: subprocess.Popen | None = None) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            time.sleep(0.2)
    return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _stop(process: subprocess.Popen | None, seconds: float = 10) -> None:
    """SIGTERM, then SIGKILL: a process this module started, never anything else."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(seconds)


def _tail(path: Path, lines: int = 5) -> str:
    if not path.is_file():
        return ""
    text = [line for line in path.read_text(errors="replace").splitlines() if line.strip()]
    return " | ".join(text[-lines:])


# -- the coordinator ---------------------------------------------------------------------

class Coordinator:
    """A SuperLink with TLS and node authentication (or --insecure), driven with Flower's
    own CLI (`flwr supernode register`, `flwr run`, `flwr ls`) through a Flower home of
    its own in `workdir` (the user's ~/.flwr is never touched)."""

    def __init__(self, workdir: str | Path, port: int, host: str = "127.0.0.1", certs: dict[str, Path] | None = None,
                 insecure: bool = False):
        self.workdir = Path(workdir).resolve()
        self.host, self.port, self.insecure = host, port, insecure
        self.certs = certs
        self.home = self.workdir / "flower"
        self.env = flower_env(FLWR_HOME=str(self.home))
        self.process: subprocess.Popen | None = None
        self.log = self.workdir / "superlink.log"

    @property
    def address(self) -> str:
        local = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"{local}:{self.port}"

    def start(self, seconds: float = 60) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.home.mkdir(parents=True, exist_ok=True)
        connection = [f'address = "{self.address}"']
        command = [_flower_tool("flower-superlink"), "--host", self.host, "--port", str(self.port),
                   "--database", str(self.workdir / "superlink.db"), "--disable-runtime-dependency-installation"]
        if self.insecure:
            command.append("--insecure")
            connection.append("insecure = true")
        else:
            command += ["--ssl-certfile", str(self.certs["cert"]), "--ssl-keyfile", str(self.certs["key"]),
                        "--ssl-ca-certfile", str(self.certs["ca"]), "--enable-supernode-auth"]
            connection.append(f"root-certificates = {json.dumps(str(self.certs['ca']))}")
        (self.home / "config.toml").write_text(
            f'[superlink]\ndefault = "{CONNECTION}"\n\n[superlink.{CONNECTION}]\n' + "\n".join(connection) + "\n")
        with self.log.open("ab") as log:
            # Same process group as this command: stopping the coordinator stops its SuperLink.
            self.process = subprocess.Popen(command, env=self.env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        host, port = parse_address(self.address)
        if not wait_for_port(host, port, seconds, self.process):
            self.stop()
            raise DeployError(f"the SuperLink did not start on port {self.port}: {_tail(self.log)}; see {self.log}")

    def stop(self) -> None:
        _stop(self.process)

    def flwr(self, *args: str, seconds: float = 120) -> dict:
        """One `flwr` command against this SuperLink; its JSON answer."""
        result = subprocess.run([_flower_tool("flwr"), *args, "--format", "json"], env=self.env, capture_output=True,
                                text=True, timeout=seconds, cwd=self.workdir)
        try:
            answer = json.loads(result.stdout[result.stdout.index("{"):])
        except ValueError:
            text = " ".join((result.stderr or result.stdout).split())
            raise DeployError(f"flwr {' '.join(args[:2])} failed: {text[:400]}") from None
        if not answer.get("success", False):
            raise DeployError(f"flwr {' '.join(args[:2])} failed: {' '.join(str(answer.get('error-message', answer)).split())}")
        return answer

    def register(self, public_key: str | Path) -> int:
        """Registers a site's public key; returns its node id. The SuperLink's database keeps
        registrations, and `workdir/registered.json` the node id of each key registered here."""
        path = Path(public_key).expanduser()
        if not path.is_file():
            raise DeployError(f"public key not found: {path}; pass each site's NAME.pub to --register")
        known_file = self.workdir / "registered.json"
        known = json.loads(known_file.read_text()) if known_file.is_file() else {}
        key = " ".join(path.read_text().split()[:2])
        try:
            node_id = int(self.flwr("supernode", "register", str(path), CONNECTION)["node-id"])
        except DeployError as err:
            if "already" not in str(err).lower() or key not in known:
                raise
            return int(known[key])
        known[key] = node_id
        known_file.write_text(json.dumps(known, indent=2))
        return node_id

    def nodes(self) -> list[dict]:
        return self.flwr("supernode", "ls", CONNECTION)["nodes"]

    def wait_for_sites(self, wanted: int, least: int, seconds: float) -> int:
        """Waits until `wanted` sites are online (or `seconds` pass); at least `least` must be."""
        deadline = time.monotonic() + seconds
        while True:
            online = sum(1 for node in self.nodes() if node.get("status") == "online")
            if online >= wanted:
                return online
            if time.monotonic() > deadline:
                if online >= least:
                    return online
                raise DeployError(f"only {online} of {wanted} sites connected within {seconds:.0f} s (min-clients {least}); "
                                  "check that the agents run and that their keys are registered")
            time.sleep(2)

    def submit(self, run_config: dict) -> int:
        path = self.workdir / "run-config.toml"
        path.write_text("".join(f"{key} = {json.dumps(value)}\n" for key, value in run_config.items()))
        return int(self.flwr("run", str(APP_DIR), CONNECTION, "--run-config", str(path))["run-id"])

    def wait_for_run(self, run_id: int, metrics: Path, seconds: float | None = None) -> str:
        """Flower's status of the run once it has finished. Asks Flower every 15 s, and
        sooner once the run record says the ServerApp is done."""
        deadline = None if seconds is None else time.monotonic() + seconds
        asked = 0.0
        while True:
            if time.monotonic() - asked > 15 or _record_status(metrics) in ("complete", "failed"):
                asked = time.monotonic()
                runs = self.flwr("ls", CONNECTION, "--run-id", str(run_id))["runs"]
                status = runs[0]["status"] if runs else "unknown"
                if status.startswith("finished"):
                    return status
            if self.process is not None and self.process.poll() is not None:
                raise DeployError(f"the SuperLink stopped during the run: {_tail(self.log)}")
            if deadline is not None and time.monotonic() > deadline:
                raise DeployError(f"run {run_id} did not finish within {seconds:.0f} s; see {metrics}")
            time.sleep(1)


def _record_status(metrics: Path) -> str:
    try:
        return json.loads(metrics.read_text()).get("status", "running")
    except (OSError, ValueError):
        return "not started"


def serve(cfg, workdir: str | Path, port: int = 8000, host: str = "127.0.0.1", certs_dir: str | Path | None = None,
          register: tuple[str, ...] = (), insecure: bool = False, connect_timeout: float = 300,
          run_timeout: float | None = None) -> Path:
    """`privatune server`: checks the coordinator's inputs, starts the SuperLink, registers
    the sites, waits for them, submits the run and waits for it; returns the run directory."""
    from common.data import encode_labels, load_test, run_labels

    if not (APP_DIR / "pyproject.toml").is_file():
        raise DeployError(f"no pyproject.toml in {APP_DIR}: Flower ships the app from it; run the coordinator from a "
                          "source checkout installed with `make` or `pip install -e .`")
    labels = run_labels(cfg)
    if labels is None:
        raise DeployError("a deployed run needs the coordinator's label set: set labels (or labels-file) in the run config")
    encode_labels(load_test(cfg).labels, labels, "test-data")  # the coordinator's own test set fits the labels
    if cfg.run_name is None:
        cfg = cfg.model_copy(update={"run_name": time.strftime("run-%Y%m%d-%H%M%S")})
    cfg = cfg.model_copy(update={"output_dir": str(Path(cfg.output_dir).resolve()),
                                 **{key: str(Path(getattr(cfg, key)).resolve()) for key in ("test_data", "labels_file") if getattr(cfg, key)}})
    if cfg.run_dir.exists():
        raise DeployError(f"run directory {cfg.run_dir} already exists; choose another run-name or output-dir")
    if any("," in label for label in cfg.labels):  # Flower's run config holds no lists: one label per line
        Path(workdir).mkdir(parents=True, exist_ok=True)
        labels_file = Path(workdir).resolve() / "labels.txt"
        labels_file.write_text("".join(f"{label}\n" for label in cfg.labels), encoding="utf-8")
        cfg = cfg.model_copy(update={"labels": (), "labels_file": str(labels_file)})
    certs = None
    if insecure:
        print(INSECURE_WARNING, file=sys.stderr)
        if register:
            raise DeployError("--register needs node authentication, which needs TLS; drop --insecure")
    else:
        folder = Path(certs_dir or "").expanduser()
        certs = {"ca": folder / "ca.crt", "cert": folder / "server.pem", "key": folder / "server.key"}
        for name, path in certs.items():
            _existing(path, f"the coordinator's {name} file", "--certs DIR (ca.crt, server.pem, server.key; `privatune certs DIR`)")
        certs = {name: path.resolve() for name, path in certs.items()}
        if not register:
            raise DeployError("no site is registered: pass each site's public key with --register NAME.pub (node authentication is on)")

    coordinator = Coordinator(workdir, port, host, certs, insecure)
    coordinator.start()
    try:
        sites = {}
        for key in register:
            sites[str(coordinator.register(key))] = Path(key).name
            print(f"registered {Path(key).name} as node {list(sites)[-1]}", file=sys.stderr)
        least = cfg.min_clients or cfg.clients_per_round
        online = coordinator.wait_for_sites(cfg.num_clients, least, connect_timeout)
        print(f"{online} site(s) online; submitting the run", file=sys.stderr)
        run_id = coordinator.submit(cfg.to_flower())
        status = coordinator.wait_for_run(run_id, cfg.run_dir / "metrics.json", run_timeout)
    finally:
        coordinator.stop()
    metrics = cfg.run_dir / "metrics.json"
    record = _record_status(metrics)
    if sites and metrics.is_file():  # which registered key each node id is: who trained, declined or refused
        data = json.loads(metrics.read_text())
        data["sites"] = {node: {"public-key": name} for node, name in sites.items()}
        metrics.write_text(json.dumps(data, indent=2))
    if status != "finished:completed" or record != "complete":
        raise DeployError(f"the run did not complete (Flower: {status}, run record: {record}); see {coordinator.log} and {metrics}")
    return cfg.run_dir


# -- the site ---------------------------------------------------------------------------

def check_site(superlink: str, data: str | Path, policy: str | Path, key: str | Path | None, ca: str | Path | None,
               insecure: bool = False, text_column: str = "text", label_column: str = "label",
               connect_timeout: float = 60) -> dict:
    """Everything the agent can check before it starts: one clear error each."""
    from client.site_policy import SitePolicy
    from common.data import read_table

    SitePolicy.load(policy)
    read_table(data, text_column, label_column)  # the file exists and holds the columns
    host, port = parse_address(superlink)
    paths = {}
    if not insecure:
        paths["ca"] = _existing(ca, "the coordinator's CA certificate", "--ca")
        _check_ca(paths["ca"])
        paths["key"] = _existing(key, "the site's private key", "--key")
        _check_node_key(paths["key"])
    if not wait_for_port(host, port, connect_timeout):
        raise DeployError(f"cannot reach the SuperLink at {host}:{port} within {connect_timeout:.0f} s; "
                          "check --superlink and that the coordinator is running")
    if not insecure:
        _check_server_certificate(host, port, paths["ca"])
    return paths


def _check_server_certificate(host: str, port: int, ca: Path) -> None:
    import ssl

    context = ssl.create_default_context(cafile=str(ca))
    try:
        with socket.create_connection((host, port), timeout=10) as sock, context.wrap_socket(sock, server_hostname=host):
            pass
    except ssl.SSLCertVerificationError as err:
        raise DeployError(f"the SuperLink's certificate does not verify against {ca} ({err.verify_message}); "
                          "ask the coordinator for the CA certificate that signed it") from None
    except ssl.SSLError as err:
        raise DeployError(f"TLS with the SuperLink at {host}:{port} failed ({err.reason}); is it started with TLS?") from None


def agent(superlink: str, data: str | Path, policy: str | Path, key: str | Path | None, ca: str | Path | None,
          state_dir: str | Path | None = None, insecure: bool = False, text_column: str = "text",
          label_column: str = "label", runtime_port: int | None = None, connect_timeout: float = 60) -> None:
    """`privatune agent`: checks the site's inputs, then becomes a SuperNode (exec: its PID
    is this command's) whose ClientApp reads only `data` and enforces `policy`."""
    if insecure:
        print(INSECURE_WARNING, file=sys.stderr)
    paths = check_site(superlink, data, policy, key, ca, insecure, text_column, label_column, connect_timeout)
    from client.site_policy import SitePolicy

    in_policy = SitePolicy.load(policy).state_dir
    if state_dir and in_policy and Path(state_dir).expanduser().resolve() != Path(in_policy).expanduser().resolve():
        raise DeployError("--state-dir differs from the policy's state-dir; set one of them")
    state = Path(state_dir or in_policy or os.environ.get("PRIVATUNE_STATE_DIR")
                 or Path.home() / ".privatune" / "site").expanduser().resolve()
    state.mkdir(parents=True, exist_ok=True)
    node_config = state / "node-config.toml"
    node_config.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in {
        "data-path": str(Path(data).resolve()), "policy-path": str(Path(policy).expanduser().resolve()),
        "text-column": text_column, "label-column": label_column}.items()))
    command = [_flower_tool("flower-supernode"), "--superlink", superlink, "--node-config", str(node_config),
               "--port", str(runtime_port or free_port())]
    if insecure:
        command.append("--insecure")
    else:
        command += ["--root-certificates", str(paths["ca"]), "--auth-supernode-private-key", str(paths["key"])]
    env = flower_env(FLWR_HOME=str(state / "flower"), PRIVATUNE_STATE_DIR=str(state))
    print(f"site state (ledger, local log): {state}", file=sys.stderr, flush=True)
    os.execve(command[0], command, env)
