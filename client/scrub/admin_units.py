"""Administrative units: the words that make the name beside them a place.

Villages, wards, communes and districts are mostly too small for GeoNames'
list of towns (1,000 people or more), but people name them with their unit:
"machinga ward", "kelurahan sukamaju", "commune de X", "X sub-county",
"ward 7". ``towns.LowerTownRecognizer`` reads a name English has no use for
beside these words as a place; this module holds the words, and
``numbered_units`` reads a unit with a number ("ward 7", "phuong 12").

Where the words come from:

* after the name: every kind of subdivision in ISO 3166-2 (``pycountry``'s
  ``type`` values, bundled: "District", "Municipality", "Rayon", "Ward",
  "Governorate"...; the last word of the longer ones), less the English
  words that follow any noun in everyday text ("area", "city", "state",
  "council", "island"...), plus the local units below;
* before the name, and after it, in the languages that put them there: the
  units of the third and fourth levels that no ISO list names, written here
  with the country whose administration uses them (see ``_BEFORE`` and
  ``_AFTER``).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache

import regex as re

# ISO 3166-2 type words that English puts after any noun ("the X area", "X
# city council", "X state"), that name no unit ("africa", "rights",
# "status"), or that a country's own word list below puts better.
_ISO_NOT_UNITS = frozenset("""administration africa area atoll authority capital chain city collectivity community
consortium corporation council country dependency entity inhabited island islands land part precinct
quarter republic rights sector state status territory town unit""".split())

# Local units typed before the name ("kelurahan X"), per country:
_BEFORE = frozenset("""
kelurahan kecamatan kabupaten desa kampung kampong dusun nagari
barangay brgy sitio purok poblacion
phuong phường xa xã huyen huyện thon thôn quan quận
tehsil taluka taluk mandal mouza
mukim
gmina powiat
obec okres
selo derevnya poselok posyolok stanitsa
gemeinde ortsteil landkreis bezirk
vereda corregimiento colonia aldea caserio caserío bairro frazione
woreda kebele upazila
satul judetul județul
dimos koinotita
opcina općina
gemeente
""".split())
# (ID: kelurahan, kecamatan, kabupaten, desa, kampung, dusun, nagari; MY/BN:
# kampung, kampong, mukim; PH: barangay, brgy, sitio, purok, poblacion; VN:
# phuong, xa, huyen, thon, quan; IN/PK: tehsil, taluka, taluk, mandal, mouza;
# PL: gmina, powiat; CZ/SK: obec, okres; RU/UA: selo, derevnya, poselok,
# stanitsa; DE/AT/CH: gemeinde, ortsteil, landkreis, bezirk; CO/MX/ES/PE/BR/
# IT: vereda, corregimiento, colonia, aldea, caserio, bairro, frazione; ET:
# woreda, kebele; BD: upazila; RO: satul, judetul; GR: dimos, koinotita; HR:
# opcina; NL/BE: gemeente.)

# Units typed before the name with a linking word: "commune de X", "comune di
# X", "municipio de X", "distrito de X", "village of X", "kijiji cha X"
# (Swahili "village of"), "mtaa wa X" (Swahili "street/ward of").
_BEFORE_LINKED = frozenset("""commune comune comuna municipio municipalidad distrito freguesia concelho partido
provincia departamento canton cantón pueblo aldeia lugar village villages township ward district county
parish municipality kijiji mtaa""".split())
_LINKS = frozenset("de di da do du del des of cha wa".split())

# Local units typed after the name ("X sub-county"), that English has no other
# use for: a name English has no use for before them is a place even when it
# is one edit from an English word.
_AFTER = frozenset("""
subcounty sub-county subdistrict sub-district sublocation sub-location lga constituency
tehsil taluk taluka mandal upazila thana woreda kebele
raion rayon hromada okrug krai kray
mahallesi mahalle koyu köyü ilcesi ilçesi
kommune kommun sogn socken kunta megye falu
arrondissement comarca township
""".split())
# (KE/UG/TZ: sub-county, sub-location, ward, constituency; NG: lga; IN/PK/BD:
# tehsil, taluk, mandal, upazila, thana; ET: woreda, kebele; RU/UA: raion,
# hromada, okrug, krai; TR: mahallesi, koyu, ilcesi; DK/NO/SE/FI/HU: kommune,
# kommun, sogn, socken, kunta, megye, falu; FR/ES: arrondissement, comarca;
# ZA/US/CN/MM: township.)
# Units after the name that English uses otherwise too ("the maternity ward",
# "a new location"): the name before them must be no typo of an English word.
_AFTER_ORDINARY = frozenset("ward wards village division location".split())

# "ward 7", "phuong 12", "kebele 03", "ward no. 5": a unit with a number.
_NUMBERED = re.compile(
    r"(?i)(?<![\w-])(?:ward|phuong|phường|quan|quận|kebele|woreda|barangay|brgy\.?|purok|zone)"
    r"(?:\s+no\.?|\s*#)?\s*\d{1,3}(?![\w.,]\d|\w)")
# ... not a hospital's ward ("moved to ward 3 after the surgery").
_HOSPITAL = re.compile(r"(?i)\b(?:hospital|surgery|surgeon|nurses?|beds?|admitted|discharged|icu|maternity|"
                       r"theatre|operation|visiting\s+hours|a&e|er\b|doctors?|ward\s+rounds?)")


@lru_cache(maxsize=1)
def iso_unit_words() -> frozenset[str]:
    """The kinds of subdivision in ISO 3166-2 (``pycountry``'s bundled JSON,
    read as a file), lower case, last word, less ``_ISO_NOT_UNITS``."""
    try:
        import pycountry
    except ModuleNotFoundError:  # pragma: no cover - a main dependency
        return frozenset()
    path = os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso3166-2.json")
    with open(path, encoding="utf-8") as fh:
        types = {s["type"].lower() for s in json.load(fh)["3166-2"]}
    words = {t.replace("(", " ").split()[-1].strip(")") for t in types}
    return frozenset(w for w in words if w.isalpha() and w not in _ISO_NOT_UNITS)


def units_after() -> tuple[frozenset[str], frozenset[str]]:
    """(units after a name that English has no other use for, units English uses otherwise too)."""
    iso = iso_unit_words()
    ordinary = (iso & (_AFTER_ORDINARY | {"department", "borough"})) | _AFTER_ORDINARY
    return frozenset(iso | _AFTER) - ordinary, frozenset(ordinary)


def units_before() -> frozenset[str]:
    return _BEFORE


def units_before_linked() -> tuple[frozenset[str], frozenset[str]]:
    return _BEFORE_LINKED, _LINKS


@lru_cache(maxsize=1)
def all_unit_words() -> frozenset[str]:
    """Every unit word: never itself a place's name ("the lga office")."""
    strong, ordinary = units_after()
    return strong | ordinary | _BEFORE | _BEFORE_LINKED | {w.split("-")[-1] for w in _AFTER if "-" in w} \
        | {w.replace("-", "") for w in _AFTER} | {"sub"}


def numbered_units(text: str) -> list[tuple[int, int]]:
    """Spans of a unit and its number ("ward 7", "phuong 12", "kebele 03"),
    none where the text is about a hospital."""
    found = [m.span() for m in _NUMBERED.finditer(text)]
    if not found or _HOSPITAL.search(text):
        return []
    return found
