"""A real deployment on Flower's deployment engine: a coordinator (SuperLink with TLS and
node authentication, then `flwr run`) and site agents (SuperNodes), the same ServerApp
and ClientApp as the simulation.

- `privatune certs DIR`: a CA and a server certificate for trying things out;
- `privatune keys DIR`: a node's ECDSA key pair (OpenSSH format) for node authentication;
- `privatune server --config run.toml --certs DIR --register KEY.pub ...`: starts a
  SuperLink, registers the sites' public keys, submits the run and waits for it to end;
- `privatune agent --superlink HOST:PORT --data FILE --policy site.toml --key KEY --ca CA`:
  checks the site's inputs, then becomes a SuperNode (exec) whose ClientApp reads only
  the site's file and enforces the site's policy.

Nothing downloads at run time: Flower's runtime dependency installation, update check
and telemetry are turned off in every process started here.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import shutil
import signal
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


# -- certificates and keys ------------------------------------------------------------

def make_certs(directory: str | Path, hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1"), days: int = 365) -> dict[str, Path]:
    """A self-signed CA and a server certificate it signs, valid for `hosts`.
    For trying things out: a real deployment uses its organisation's CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    start, end = now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=days)

    ca_key = ec.generate_private_key(ec.SECP384R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "privatune test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP384R1())
    names = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])).issuer_name(ca_name)
        .public_key(server_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    private = dict(encoding=pem, format=serialization.PrivateFormat.PKCS8, encryption_algorithm=serialization.NoEncryption())
    paths = {"ca": directory / "ca.crt", "ca-key": directory / "ca.key",
             "cert": directory / "server.pem", "key": directory / "server.key"}
    _write_secret(paths["ca-key"], ca_key.private_bytes(**private))
    paths["ca"].write_bytes(ca.public_bytes(pem))
    _write_secret(paths["key"], server_key.private_bytes(**private))
    paths["cert"].write_bytes(server.public_bytes(pem))
    return paths


def make_keys(directory: str | Path, name: str = "node") -> dict[str, Path]:
    """A node's ECDSA (P-384) key pair in OpenSSH format: NAME.key stays on the site,
    NAME.pub goes to the coordinator, who registers it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP384R1())
    paths = {"key": directory / f"{name}.key", "pub": directory / f"{name}.pub"}
    _write_secret(paths["key"], key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                                  serialization.NoEncryption()))
    paths["pub"].write_bytes(key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH) + b"\n")
    return paths


def _write_secret(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


# -- shared checks ----------------------------------------------------------------------

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
