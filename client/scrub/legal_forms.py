"""Legal forms of companies of ~70 countries, from ``cleanco``'s term lists
(MIT): "kft", "s.r.o.", "sp. z o.o.", "d.o.o.", "oyj", "a/s", "ltda"."""

from __future__ import annotations

from functools import lru_cache

import regex as re

# cleanco terms that are everyday words or abbreviations far more often than
# legal forms in chat text ("e.g.", "ok", "uk", "at", "vat", "ps", "private").
_NOT_FORMS = frozenset(("e.g.", "ok", "uk", "at", "vat", "ps", "private", "company", "and company",
                        "& company", "sp", "ep", "ei"))
_PARTS = re.compile(r"[^\s/&]+|[/&]")


@lru_cache(maxsize=1)
def legal_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each form as a tuple of lower-case parts without trailing dots, as the
    tokenizer splits them ("sp. z o.o." -> ("sp", "z", "o.o")), under its
    first part, longest first."""
    from cleanco.termdata import terms_by_country, terms_by_type

    terms = {t.strip().lower() for table in (terms_by_country, terms_by_type) for ts in table.values() for t in ts}
    forms: dict[str, set[tuple[str, ...]]] = {}
    for term in terms - _NOT_FORMS:
        if not term.isascii() and not term.replace(".", "").isalpha():
            continue  # a mis-encoded entry
        parts = tuple(p.rstrip(".") for p in _PARTS.findall(term) if p.rstrip("."))
        if parts and parts[0] != "&":
            forms.setdefault(parts[0], set()).add(parts)
    return {first: tuple(sorted(fs, key=len, reverse=True)) for first, fs in forms.items()}
