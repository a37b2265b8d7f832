"""Anonymization operators: a type tag, a mask, or a keyed hash (pseudonym)."""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Iterable, Mapping

from client.scrub.entities import HASH_KEY_ENV, OPERATORS, _check_entities

_HASH_HEX_CHARS = 8


def parse_operator_spec(spec: str | Mapping[str, str]) -> dict[str, str]:
    """``"hash"`` or ``"replace,PERSON=hash,EMAIL_ADDRESS=mask"`` (or a mapping)
    -> {entity: operator}, with the default under ``"DEFAULT"``."""
    if isinstance(spec, Mapping):
        items = {str(k): str(v) for k, v in spec.items()}
    else:
        items = {}
        for part in (p.strip() for p in str(spec).split(",")):
            if not part:
                continue
            entity, sep, op = part.partition("=")
            if sep:
                items[entity.strip()] = op.strip()
            else:
                items["DEFAULT"] = part
    items.setdefault("DEFAULT", "replace")
    for entity, op in items.items():
        if op not in OPERATORS:
            raise ValueError(f"unknown operator {op!r}; allowed: {', '.join(OPERATORS)}")
        if entity != "DEFAULT":
            _check_entities([entity])
    return items


def _pseudonymizer(entity_type: str, key: bytes):
    # Presidio's custom operator only sees the span text, so the closure
    # carries the type for the tag; the key lives only in this closure.
    def pseudonym(value: str) -> str:
        digest = hmac.new(key, value.strip().encode("utf-8"), hashlib.sha256).hexdigest()
        return f"<{entity_type}_{digest[:_HASH_HEX_CHARS]}>"

    return pseudonym


def _operator_configs(ops: Mapping[str, str], entities: Iterable[str], hash_key: bytes | None):
    from presidio_anonymizer.entities import OperatorConfig

    configs = {}
    for entity in entities:
        op = ops.get(entity, ops["DEFAULT"])
        if op == "replace":
            configs[entity] = OperatorConfig("replace", {"new_value": f"<{entity}>"})
        elif op == "mask":
            configs[entity] = OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": 1_000_000, "from_end": False}
            )
        else:
            if not hash_key:
                raise ValueError(
                    "operator 'hash' needs a secret key: pass hash_key=<bytes> "
                    f"(CLI: --hash-key-file FILE or the {HASH_KEY_ENV} environment variable)"
                )
            configs[entity] = OperatorConfig("custom", {"lambda": _pseudonymizer(entity, hash_key)})
    return configs


def site_hash_key(path: str | None = None) -> bytes | None:
    """The site's keyed-hash secret: the file at ``path`` if given, else the
    ``PRIVATUNE_SCRUB_KEY`` environment variable; ``None`` when there is none.

    Surrounding whitespace is not part of the key (a file written by ``echo``
    or an editor ends in a newline), so the CLI and the ClientApp read one
    secret the same way and give one value one pseudonym. A file that cannot
    be read raises ``OSError``.
    """
    if path:
        with open(path, "rb") as fh:
            key = fh.read().strip()
    else:
        key = os.environ.get(HASH_KEY_ENV, "").strip().encode("utf-8")
    return key or None
