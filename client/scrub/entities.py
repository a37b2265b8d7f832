"""The entity types the scrubber removes, and their validation."""

from __future__ import annotations

from typing import Sequence

HASH_KEY_ENV = "PRIVATUNE_SCRUB_KEY"
OPERATORS = ("replace", "mask", "hash")

SUPPORTED_ENTITIES: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "NATIONAL_ID",
    "DATE_TIME",
    "AGE",
)


def _check_entities(entities: Sequence[str] | None) -> tuple[str, ...]:
    if entities is None:
        return SUPPORTED_ENTITIES
    if isinstance(entities, str):
        entities = [entities]
    unknown = sorted(set(entities) - set(SUPPORTED_ENTITIES))
    if unknown:
        raise ValueError(
            f"unknown entity type(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(SUPPORTED_ENTITIES)}"
        )
    return tuple(dict.fromkeys(entities))
