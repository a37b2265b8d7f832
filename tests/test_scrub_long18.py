"""Issue #13, long18: date and age patterns opened by a look-ahead of what
every match starts with (cheaper on a long text, the same matches).

Each rewritten pattern: it opens with its look-ahead; it finds the same spans
as without it on a set of dates, ages and ordinary lines; and a few positive
and negative examples pin what it finds."""

from __future__ import annotations

import itertools

import pytest
import regex

from client.scrub import ages, dates


def _patterns(recognizer):
    return {p.name: p for p in recognizer.patterns}


_DATES = _patterns(dates.date_recognizer())
_AGES = _patterns(ages._age_recognizer())
_DATE_FLAGS = regex.IGNORECASE | regex.MULTILINE
_AGE_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE


def _spans(source: str, flags: int, text: str) -> list[str]:
    return [m.group() for m in regex.finditer(source, text, flags=flags)]


# Each rewritten pattern: (its regex now, the same regex without the opening look-ahead).
def _unopened():
    out = {}
    for name, opening in dates._OPENINGS.items():
        source = _DATES[name].regex
        assert source.startswith(f"{opening}(?:") and source.endswith(")")
        out[("date", name)] = (source, source[len(opening) + 3:-1])
    out[("date", "day may")] = (_DATES["day may"].regex,
                                _DATES["day may"].regex.replace(dates._DAY_START, r"(?=[\dfsten])", 1))
    out[("date", "day alone")] = (_DATES["day alone"].regex,
                                  _DATES["day alone"].regex.replace(dates._DAY_ALONE_START, r"(?=[\dfsten])", 1))
    dotted = _DATES["dotted"].regex
    out[("date", "dotted")] = (dotted, dotted[len(dates._DOTTED_START) + 3:-1])
    for name in ("aged N", "subject is N", "when I was N", "will be N"):
        out[("age", name)] = (_AGES[name].regex, _AGES[name].regex[len(ages._N_AT):])
    out[("age", "over 60s")] = (_AGES["over 60s"].regex, _AGES["over 60s"].regex[len(r"(?=\d)"):])
    return out


_REWRITTEN = _unopened()

_FORMS = ["3 may", "the 3rd of may", "3rd may 2024", "twenty-first may", "3 to 7 may", "on the 5th", "by 12th",
          "from the 3rd to the 9th", "the 14th", "the twenty-first", "5.6.2023", "05.06.23", "13. 8. 1998", "19.04.",
          "05.06.", "3/3-3/7", "16/3 - 18/3", "03/2019", "2019-03", "mon 1/11", "sat 3/25/24", "tue, 28.10",
          "Mon, 08-20", "02-14, mon", "june, 5th", "oct-8", "jun-05-2023", "3rd-may", "05jun23", "12mar2024",
          "march3rd", "21november", "may6th", "10/dec/2002", "20th/april", "3.mar.2019", "may 26th", "May 16",
          "05/06", "01-16", "fri 9-5", "1st-3rd place", "24th-26th", "$19.04.", "v 5.6.2023", "aged 42",
          "aged between 30 and 40", "my mum is 42", "we are both forty-two", "when I was 7", "when she was seven",
          "i'll be 40 next month", "she will be thirty-two", "over 65s", "the over-60s", "under 18s", "turning 30",
          "i'm 2 payments behind", "my kids are 7 and 9.", "over 30s to load", "i may 3 times ask"]
_FRAMES = ["{}", "i was born {}", "on {} please", "call me {}.", "see you {} at 5pm", "the {} is fine", "dob {}",
           "Ann Lee, {},", "{} 12th floor", "pay me on {} every month", "MY DOB: {}", "ok {}?"]
_TEXTS = [f.format(x) for f, x in itertools.product(_FRAMES, _FORMS)] + [
    "the app keeps crashing when I try to transfer money to my savings.",
    "Please call Anna Berg at 0176 1234567 about my card, version 2.1.3 of the app.",
]


@pytest.mark.parametrize("key", sorted(_REWRITTEN), ids=lambda k: "/".join(k))
def test_opening_changes_no_match(key):
    now, before = _REWRITTEN[key]
    assert now != before
    flags = _DATE_FLAGS if key[0] == "date" else _AGE_FLAGS
    for text in _TEXTS:
        assert _spans(now, flags, text) == _spans(before, flags, text), text


def test_patterns_open_with_their_look_ahead():
    assert _DATES["day may"].regex.startswith(dates._DAY_START)
    assert _DATES["day alone"].regex.startswith(dates._DAY_ALONE_START)
    assert _DATES["dotted"].regex.startswith(dates._DOTTED_START)
    for name in ("aged N", "subject is N", "when I was N", "will be N"):
        assert _AGES[name].regex.startswith(ages._N_AT)
    assert _AGES["over 60s"].regex.startswith(r"(?=\d)(?<=")


@pytest.mark.parametrize("name, text, found", [
    ("day may", "i was born on the 3rd of may", ["3rd of may"]),
    ("day may", "see you 3 May 2024", ["3 May 2024"]),
    ("day may", "the twenty-first may suits", ["twenty-first may"]),
    ("day may", "the 1st may be fine", []),
    ("day may", "i may 3 times ask", []),
    ("day alone", "see you on the 5th at noon", ["5th"]),
    ("day alone", "from the 3rd to the 9th, please", ["3rd to the 9th"]),
    ("day alone", "the letter dated 17th says", ["17th"]),
    ("day alone", "see you on the fourth at noon", ["fourth"]),
    ("day alone", "the 3rd floor is closed", []),
    ("day alone", "they pay me on the 25th", []),
    ("dotted", "born 5.6.2023 in", ["5.6.2023"]),
    ("dotted", "on 13. 8. 1998.", ["13. 8. 1998."]),
    ("dotted", "version 5.6.2023", []),
    ("dotted", "cost 19.04.", []),
    ("may day", "dob may 26th", ["may 26th"]),
    ("may day", "i may 3 times ask", []),
    ("weekday digits", "see you mon 1/11", ["mon 1/11"]),
    ("weekday digits", "open fri 9-5", []),
    ("month, day", "june, 5th is fine", ["june, 5th"]),
    ("month, day", "jun-05-2023", ["jun-05-2023"]),
    ("glued", "flight 05jun23", ["05jun23"]),
    ("glued name", "march3rd", ["march3rd"]),
    ("slashed name", "10/dec/2002", ["10/dec/2002"]),
    ("zero day/month", "due 05/06", ["05/06"]),
    ("zero day/month", "rated 3/4", []),
    ("digit range", "off 3/3-3/7", ["3/3-3/7"]),
    ("digit range", "1/4-1/2 cup", []),
    ("month/year digits", "expires 03/2019", ["03/2019"]),
    ("month/year digits", "ref 2019-03-22-7", []),
    ("day month", "the 3rd of june", ["3rd of june"]),
])
def test_date_examples(name, text, found):
    assert _spans(_DATES[name].regex, _DATE_FLAGS, text) == found


@pytest.mark.parametrize("name, text, found", [
    ("aged N", "my father, aged 82, lives alone", ["82"]),
    ("aged N", "he turned sixteen", ["sixteen"]),
    ("aged N", "aged 3 payments", []),
    ("subject is N", "my mum is 42 and", ["42"]),
    ("subject is N", "she's seven.", ["seven"]),
    ("subject is N", "i'm 2 payments behind", []),
    ("when I was N", "when I was 7 we moved", ["7"]),
    ("when I was N", "when I was 7 days late", []),
    ("will be N", "i'll be forty next month", ["forty"]),
    ("will be N", "i'll be 5 minutes", []),
    ("over 60s", "the over 65s discount", ["65"]),
    ("over 60s", "over 30s to load", []),
])
def test_age_examples(name, text, found):
    assert _spans(_AGES[name].regex, _AGE_FLAGS, text) == found


# age_cues.py: regexes opened by a look-ahead (what each match starts with).
_CUE_OPENINGS = {"_BY_AT": r"(?=(?:by|at)\s)", "_DECADE": "(?=early|mid|late)", "_FOREIGN_SUBJECT": r"(?=\d)"}
_CUE_TEXTS = _TEXTS + ["by 42 i had a house", "at 15 i'll call", "and at thirty she moved", "she is in her early 40s",
                       "mid-forties guy", "the late 90s were fun", "ich bin 42.", "tengo 42 y", "ik ben 42 minuten"]


@pytest.mark.parametrize("name", sorted(_CUE_OPENINGS))
def test_age_cue_opening_changes_no_match(name):
    from client.scrub import age_cues

    compiled = getattr(age_cues, name)
    assert compiled.pattern.startswith("(?i)" + _CUE_OPENINGS[name])
    before = regex.compile("(?i)" + compiled.pattern[len("(?i)" + _CUE_OPENINGS[name]):], flags=compiled.flags)
    for text in _CUE_TEXTS:
        assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in before.finditer(text)], text


@pytest.mark.parametrize("name, text, found", [
    ("_BY_AT", "by 42 i had a house", ["42"]),
    ("_BY_AT", "at 15 i'll call", []),
    ("_DECADE", "she is early 40s", ["40s"]),
    ("_DECADE", "the late 90s were fun", []),
    ("_FOREIGN_SUBJECT", "ich bin 42.", ["42"]),
    ("_FOREIGN_SUBJECT", "ik ben 42 minuten", []),
])
def test_age_cue_examples(name, text, found):
    from client.scrub import age_cues

    assert [m.group("age") for m in getattr(age_cues, name).finditer(text)] == found
