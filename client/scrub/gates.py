"""Cheap checks on a whole text that let recognizers skip texts which cannot
hold their entity (most customer sentences have no digits, no '@', no '.')."""

from __future__ import annotations

from functools import lru_cache

import regex as re

_NON_DIGITS = re.compile(r"\D+")
_DOMAIN_HINT = re.compile(r"\w\.[A-Za-z]")
_DATE_HINT = re.compile(r"\d[-/.]\w|\w[-/.]\d")


@lru_cache(maxsize=16)  # the gates below ask about the same text in turn
def _digits(text: str) -> int:
    return len(_NON_DIGITS.sub("", text))


def _gated(cls, gate):
    """``cls`` that skips texts which cannot hold its entity (cheap check
    first: most customer sentences have no digits, no '@', no '.')."""

    class Gated(cls):
        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            if not gate(text):
                return []
            return super().analyze(text, entities, nlp_artifacts, regex_flags)

    Gated.__name__ = Gated.__qualname__ = cls.__name__
    return Gated


_PRONOUN_I = re.compile(r"\bI\b")


def _has_inner_capital(text: str) -> bool:
    return any(c.isupper() for c in _PRONOUN_I.sub("i", text[1:]))
