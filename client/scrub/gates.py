"""Cheap checks on a whole text that let recognizers skip texts which cannot
hold their entity (most customer sentences have no digits, no '@', no '.')."""

from __future__ import annotations

from functools import lru_cache

import regex as re
from presidio_analyzer import Pattern

_NON_DIGITS = re.compile(r"\D+")
_DOMAIN_HINT = re.compile(r"\w\.[A-Za-z]")
_DATE_HINT = re.compile(r"\d[-/.]\w|\w[-/.]\d")


# The gates below ask about the same text in turn, for every text of a group
# (recognizer_major.GROUP) before the next recognizer asks again.
@lru_cache(maxsize=512)
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
    return any(map(str.isupper, _PRONOUN_I.sub("i", text[1:])))  # (no generator frame per character)


class _GatedRegex:
    """A compiled pattern whose ``finditer`` first asks a cheap regex that
    every match implies; where that finds nothing, neither could the pattern."""

    __slots__ = ("compiled", "gate")

    def __init__(self, compiled, gate):
        self.compiled, self.gate = compiled, gate

    def finditer(self, text, *args, **kwargs):
        if self.gate.search(text) is None:
            return iter(())
        return self.compiled.finditer(text, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.compiled, name)


class GatedPattern(Pattern):
    """A Presidio ``Pattern`` tried only on texts where ``gate`` (a regex)
    finds something. Pattern recognizers run every pattern over every text;
    an expensive one that almost never matches (a look-behind tried at each
    position) costs the same on every text. The gate must be implied by the
    pattern: any text the pattern matches in, the gate matches in too (say
    why next to each gate), so no result can change. It is compiled with the
    pattern's own flags (whatever compiles it: Presidio on first use, or
    ``warm_up``) and always case-insensitive, which only lets more through."""

    def __init__(self, name: str, regex: str, score: float, gate: str):
        self.gate = gate
        super().__init__(name, regex, score)

    @property
    def compiled_regex(self):
        return self.__dict__.get("_gated_regex")

    @compiled_regex.setter
    def compiled_regex(self, compiled):
        self.__dict__["_gated_regex"] = None if compiled is None else _GatedRegex(
            compiled, re.compile("(?i)" + self.gate, flags=compiled.flags))
