"""Certificates and keys for trying a deployment out: a CA and a server certificate for the
coordinator's TLS (`privatune certs DIR`), and a site's ECDSA key pair for Flower's node
authentication (`privatune keys DIR`). A real deployment uses its organisation's CA."""

from __future__ import annotations

import datetime
import ipaddress
import os
from pathlib import Path


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
