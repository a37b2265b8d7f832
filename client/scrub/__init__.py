"""Remove personal data from client text before anything else sees it.

Presidio does the work in two plain steps:

1. analysis: an ``AnalyzerEngine`` (spaCy NER for names/places/organisations,
   Presidio's pattern recognizers, and a few recognizers of ours where those
   miss) returns ``RecognizerResult`` spans; a small post-processing step makes
   them whole (a title joins its name, street/unit/city/postcode/country join
   into one ``ADDRESS``) and non-overlapping;
2. anonymization: an ``AnonymizerEngine`` rewrites the spans with one operator
   per entity type: a ``<TYPE>`` tag, a mask, or a keyed hash.

Both engines are built once per process (lazily) and reused by every call.
Nothing here logs text or identifier values: only entity types and counts.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from presidio_analyzer import RecognizerResult

from client.scrub.analyzer import _SCORE_THRESHOLD, Engines, _engines, warm_up  # noqa: F401 (tests read them)
from client.scrub.chunks import CHUNK_CHARS, anonymize_in_pieces
from client.scrub.entities import (
    DEFAULT_ENTITIES,
    DEFAULT_QUASI_IDENTIFIERS,
    DIRECT_IDENTIFIERS,
    HASH_KEY_ENV,
    OPERATORS,
    QUASI_IDENTIFIERS,
    SUPPORTED_ENTITIES,
    _check_entities,
    policy_entities,
)
from client.scrub.nlp_engine import SPACY_MODEL
from client.scrub.operators import _operator_configs, parse_operator_spec, site_hash_key
from client.scrub.spans import finish_spans

log = logging.getLogger(__name__)
# Presidio logs the text around each finding at DEBUG ("Context list is: ...");
# raw text must never reach a log, whatever level the application sets.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.WARNING)

__all__ = [
    "DEFAULT_ENTITIES", "DEFAULT_QUASI_IDENTIFIERS", "DIRECT_IDENTIFIERS", "QUASI_IDENTIFIERS",
    "policy_entities", "HASH_KEY_ENV", "OPERATORS", "SPACY_MODEL", "SUPPORTED_ENTITIES", "Engines", "ScrubSummary",
    "analyze_texts", "finish_spans", "parse_operator_spec", "scrub_texts", "site_hash_key", "warm_up",
]


@dataclass(frozen=True)
class ScrubSummary:
    """What a scrub run removed: document count and spans per entity type.

    Counts only, never values, so it can go into the audit report.
    """

    documents: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def merged(self, other: "ScrubSummary") -> "ScrubSummary":
        counts = Counter(self.counts)
        counts.update(other.counts)
        return ScrubSummary(self.documents + other.documents, dict(sorted(counts.items())))

    def to_dict(self) -> dict:
        return {"documents": self.documents, "counts": dict(self.counts)}


# With worker processes, a text longer than this is anonymized by them, in parts.
_PARTED_CHARS = 16 * CHUNK_CHARS


def _wanted(entities, quasi_identifiers) -> tuple[str, ...]:
    if entities is not None:
        return _check_entities(entities)
    return policy_entities(quasi_identifiers)


def analyze_texts(
    texts: Sequence[str],
    *,
    entities: Sequence[str] | None = None,
    quasi_identifiers: Sequence[str] | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    language: str = "en",
) -> list[list[RecognizerResult]]:
    """Step one alone: the whole, disjoint spans that scrubbing would remove."""
    wanted = _wanted(entities, quasi_identifiers)
    texts = [t if isinstance(t, str) else str(t) for t in texts]
    return _engines().analyze(texts, wanted, batch_size=batch_size,
                              n_process=n_process, language=language)


def scrub_texts(
    texts: Sequence[str],
    *,
    entities: Sequence[str] | None = None,
    quasi_identifiers: Sequence[str] | None = None,
    operator: str | Mapping[str, str] = "replace",
    hash_key: bytes | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    language: str = "en",
) -> tuple[list[str], ScrubSummary]:
    """Remove personal data from ``texts``; returns new texts and a summary.

    ``operator`` is one of :data:`OPERATORS` for every type, or per type as a
    mapping or spec string such as ``"replace,PERSON=hash"``. ``hash`` needs
    ``hash_key`` (a per-site secret; it never leaves this function).

    What is removed: ``entities`` when given (any of :data:`SUPPORTED_ENTITIES`);
    otherwise every direct identifier plus ``quasi_identifiers`` (any of
    :data:`QUASI_IDENTIFIERS`; ``None``: :data:`DEFAULT_QUASI_IDENTIFIERS`).
    """
    if isinstance(texts, str):
        raise TypeError("scrub_texts expects a sequence of strings, not one string")
    wanted = _wanted(entities, quasi_identifiers)
    if isinstance(hash_key, str):
        hash_key = hash_key.encode("utf-8")
    # A bad operator setup fails before any time goes into analysis.
    operators = (parse_operator_spec(operator), wanted, hash_key)
    configs = _operator_configs(*operators)
    if batch_size < 1 or n_process < 1:
        raise ValueError("batch_size and n_process must be at least 1")
    if language != "en":
        raise ValueError(f"unsupported language {language!r}; allowed: en")

    texts = [t if isinstance(t, str) else str(t) for t in texts]
    engines = _engines()
    all_results = engines.analyze(texts, wanted, batch_size=batch_size,
                                  n_process=n_process, language=language)
    counts: Counter[str] = Counter()
    out = []
    for text, results in zip(texts, all_results):
        if results and n_process > 1 and len(text) > _PARTED_CHARS:
            text = engines.anonymize_in_workers(text, results, operators, n_process)
            counts.update(r.entity_type for r in results)
        elif results:
            text = anonymize_in_pieces(engines.anonymizer, text, results, configs)
            counts.update(r.entity_type for r in results)
        out.append(text)
    summary = ScrubSummary(len(texts), dict(sorted(counts.items())))
    log.debug("scrubbed %d documents, %d spans", summary.documents, summary.total)
    return out, summary
