"""The entity types the scrubber removes, and their validation."""

from __future__ import annotations

from typing import Sequence

HASH_KEY_ENV = "PRIVATUNE_SCRUB_KEY"
OPERATORS = ("replace", "mask", "hash")

# Direct identifiers name or reach a person: always in scope.
DIRECT_IDENTIFIERS: tuple[str, ...] = (
    "PERSON",
    "ADDRESS",
    "LOCATION",
    "ORGANIZATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "USERNAME",
    "URL",
    "IP_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "BANK_ACCOUNT",
    "NATIONAL_ID",
)
# Quasi-identifiers single a person out only in combination; each is a switch.
# DATE_TIME: dates (a day with its month, with or without the year; a month with
# the year); years, weekdays and months alone are DATE_PART's.
# DATE_PART: years, months and weekdays alone, and relative points in time
# ("yesterday", "last friday", "next week"); durations and frequencies stay.
# NRP: nationality, religious or political group (Presidio's name for it).
QUASI_IDENTIFIERS: tuple[str, ...] = ("DATE_TIME", "DATE_PART", "AGE", "NRP", "OCCUPATION")
# The default policy (docs/scrubbing.md gives the reasons): dates and ages as
# HIPAA Safe Harbor asks; groups as GDPR Art. 9 special categories; occupations
# kept, as they carry meaning for most tasks and identify little alone; date
# parts kept, as HIPAA Safe Harbor keeps years and a weekday or a month alone
# names no day.
DEFAULT_QUASI_IDENTIFIERS: tuple[str, ...] = ("DATE_TIME", "AGE", "NRP")
SUPPORTED_ENTITIES: tuple[str, ...] = DIRECT_IDENTIFIERS + QUASI_IDENTIFIERS
DEFAULT_ENTITIES: tuple[str, ...] = DIRECT_IDENTIFIERS + DEFAULT_QUASI_IDENTIFIERS


def policy_entities(quasi_identifiers=None) -> tuple[str, ...]:
    """The entity types to remove: every direct identifier, plus the given
    quasi-identifiers (``None``: the default policy's)."""
    if quasi_identifiers is None:
        return DEFAULT_ENTITIES
    if isinstance(quasi_identifiers, str):
        quasi_identifiers = [quasi_identifiers]
    unknown = sorted(set(quasi_identifiers) - set(QUASI_IDENTIFIERS))
    if unknown:
        raise ValueError(
            f"unknown quasi-identifier(s) {', '.join(unknown)}; allowed: {', '.join(QUASI_IDENTIFIERS)}"
        )
    return DIRECT_IDENTIFIERS + tuple(q for q in QUASI_IDENTIFIERS if q in quasi_identifiers)


def _check_entities(entities: Sequence[str] | None) -> tuple[str, ...]:
    if entities is None:
        return DEFAULT_ENTITIES
    if isinstance(entities, str):
        entities = [entities]
    unknown = sorted(set(entities) - set(SUPPORTED_ENTITIES))
    if unknown:
        raise ValueError(
            f"unknown entity type(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(SUPPORTED_ENTITIES)}"
        )
    return tuple(dict.fromkeys(entities))
