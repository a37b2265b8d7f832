"""Words in scripts without capital letters (Han, Arabic, ...) inside English text."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import _gated

# Scripts without capital letters: neither the English NER nor the gazetteer's
# capitalisation rule sees a name written in them.
_CASELESS_SCRIPTS = (
    r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Thai}"
    r"\p{Devanagari}\p{Bengali}\p{Tamil}\p{Georgian}\p{Ethiopic}"
)
_CASELESS_CHAR = re.compile(rf"[{_CASELESS_SCRIPTS}]")
_LATIN_CHAR = re.compile(r"\p{Latin}")


def _some_caseless_script(text: str) -> bool:
    """A few words in a caseless script inside mostly Latin text; a text written
    mostly in such a script is not English, and would otherwise be removed whole."""
    if text.isascii():
        return False
    caseless = len(_CASELESS_CHAR.findall(text))
    return 0 < caseless < len(_LATIN_CHAR.findall(text))


def _caseless_script_recognizer() -> PatternRecognizer:
    """Words in a caseless script inside English text ("the holder is 王小明",
    "call محمد علي"): in customer text these are names or places far more
    often than anything else, so they go as PERSON."""
    # A word: a letter of such a script, then letters and combining marks (Arabic
    # vowel marks belong to no script of their own).
    run = rf"[{_CASELESS_SCRIPTS}][{_CASELESS_SCRIPTS}\p{{Mn}}\p{{Mc}}]*"
    return _gated(PatternRecognizer, _some_caseless_script)(
        supported_entity="PERSON",
        name="CaselessScriptRecognizer",
        patterns=[Pattern("caseless script words", rf"{run}(?:[ ·・]{run})*", 0.5)],
    )
