"""Gated patterns (client/scrub/gates.py ``GatedPattern``): a costly pattern
runs only on texts where a cheap regex that every match implies finds
something, so its matches are the same on any text; and the span step reads
the same fields whether it gets results or the workers' plain tuples."""

from __future__ import annotations

import re

import pytest
import regex
from presidio_analyzer import RecognizerResult

from client.scrub.analyzer import _engines, _span_fields
from client.scrub.gates import GatedPattern
from client.scrub.spans import finish_raw_spans, finish_spans

# Phrases each gated pattern is written for (from the patterns' comments),
# one line of several and each phrase alone.
EXAMPLES = """
aged between 30 and 40, age group 30-39, ages 18 to 24; between the ages of 18 and 25
the 18-24 age group; 5 to 7 year olds; 18 - 24 yrs old
Age (in years): 42; your age: 42; age?? 42; DOB/Age: 42; how old are you? 42
my 40th birthday; his twenty-first bday; her 30th b-day; the 50th b'day
patient 34 yrs, female; he is 34yrs
aged 42; turned 42; turning 18; at the age of 50; since age 7; I'll turn 30; she will turn 9; reached 65
I'll be 42 next month; she's going to be 7 soon; we would be 30 then
gonna be 40 this year; gunna turn 18 soon
i turn 30 in june; he turns 8 on friday
i just hit 30. she hit 40 this year; hitting 50 soon
over 65s discount; the over-60s; under 18s get in free
he died at 80; retired at the age of 60; left home at 17; became a nurse at 22; moved out at 18; passed away at 90
40s woman here; a forties guy; mid-30s man; late 20's couple
me (34M) and (F 29) here; my son (42m)
the 2490 area; 00-940 district; is 110 00 covered?; the 34092 post code
do you deliver to 95014; deliveries to 12-345 please; delivery in 98765
mon 1/11; sat 3/25/24; tue, 28.10; Mon, 08-20; 02-14, mon; 6/12, tue
5.6.2023; 05.06.23; 13. 8. 1998; 27. 4. 2014.; born 5.6.; see you 19.04.
ali.khan [at] mailbox [dot] pk; ali dot khan at mailbox dot com; ali(at)mailbox.co.ke; ali.khan @ mailbox.pk
zorba at zorbamail.de; ali @ mailbox . com
my postcode is 94-234; zip is 5381yn; eircode d29 v6a6; pin code 560001; cp 28013; cep 01310-100; psc 110 00
code postal 75001; postleitzahl 10115; plz 80331; c.p. 28013
3 oktober 2001; 28 marzo de 1983; 1er janvier; 15 de agosto; le 3 mars
my ip is 2001:0db8:85a3:0000:0000:8a2e:0370:7334; ::ffff:192.168.1.1; fe80::1%eth0; :: and 1::; 64:ff9b::10.0.0.1
ni number QQ 12 34 56 C; AB123456C; nino: jg103759a
SW1A 1AA; GIR 0AA; M1 1AE; B33 8TH; CR2 6XH; DN55 1PT; ec1a1bb
manager of the store; return it; i moved to berlin; be there; the message; money on monday; 4.5 stars
"""


def _texts() -> list[str]:
    out = []
    for line in EXAMPLES.strip().splitlines():
        out.append(line)
        out += [part for part in re.split(r"; ", line) if part]
    return out


def _gated_patterns():
    engines = _engines()
    out = []
    for rec in engines.analyzer.registry.recognizers:
        patterns = list(getattr(rec, "patterns", None) or ())
        for _, group in getattr(rec, "_groups", ()):
            patterns += group.patterns
        for p in patterns:
            if isinstance(p, GatedPattern) and all(p is not q for _, q in out):
                if p.compiled_regex is None:
                    p.compiled_regex = regex.compile(p.regex, flags=rec.global_regex_flags)
                out.append((rec, p))
    return out


def test_the_costly_patterns_are_gated():
    names = {p.name for _, p in _gated_patterns()}
    assert {"age range", "aged N", "named postcode", "spelt out", "dotted", "weekday digits", "IPv6",
            "NINO (medium)", "UK Postcode"} <= names


def test_every_match_opens_its_gate():
    """Where a gated pattern matches, its gate matches too: the gate can only
    skip texts with no match."""
    texts = _texts()
    checked = 0
    for rec, p in _gated_patterns():
        compiled, gate = p.compiled_regex.compiled, p.compiled_regex.gate
        for text in texts:
            if compiled.search(text):
                checked += 1
                assert gate.search(text), (rec.name, p.name, text)
    assert checked >= 60  # the examples do reach the patterns


@pytest.mark.parametrize("text", _texts())
def test_gated_matches_equal_the_patterns_own(text):
    for _, p in _gated_patterns():
        gated = [m.span() for m in p.compiled_regex.finditer(text, timeout=5)]
        plain = [m.span() for m in regex.compile(p.regex, flags=p.compiled_regex.compiled.flags).finditer(text)]
        assert gated == plain, (p.name, text)


def test_a_closed_gate_skips_the_pattern():
    class Exploding:
        flags = regex.IGNORECASE

        def finditer(self, text, **kwargs):
            raise AssertionError("the pattern ran behind a closed gate")

    p = GatedPattern("x", r"(?<=\baged\s)\d+", 0.5, gate=r"\bage")
    p.compiled_regex = Exploding()
    assert list(p.compiled_regex.finditer("the manager's message", timeout=1)) == []
    p.compiled_regex = regex.compile(p.regex, flags=regex.IGNORECASE)
    assert [m.group() for m in p.compiled_regex.finditer("AGED 42, manager 7")] == ["42"]


def test_day_world_month_opens_at_its_digit():
    """The look-ahead added in front of "day world month" keeps its matches."""
    rec = next(r for r in _engines().analyzer.registry.recognizers if r.name == "WorldMonthDateRecognizer")
    p = next(p for p in rec.patterns if p.name == "day world month")
    assert p.regex.startswith(r"(?=\d)")
    plain = regex.compile(p.regex[len(r"(?=\d)"):], flags=rec.global_regex_flags)
    opened = regex.compile(p.regex, flags=rec.global_regex_flags)
    texts = _texts() + ["am 3. oktober 2001", "il 1º gennaio", "x3 marzo", "13 de agosto de 1999", "12 high street"]
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        found += len(spans)
        assert [m.span() for m in opened.finditer(text)] == spans, text
    assert found >= 4


def test_span_step_on_plain_fields_equals_results():
    text = ("Dear Ms Anna Berg, i moved to 12 high street, flat 3, London SW1A 1AA. "
            "directed by tadzio chmielewski and starring chmielewski")
    raw = [
        RecognizerResult("PERSON", 8, 17, 0.85), RecognizerResult("ADDRESS", 30, 44, 0.6),
        RecognizerResult("ADDRESS", 46, 52, 0.5), RecognizerResult("LOCATION", 54, 60, 0.85),
        RecognizerResult("ADDRESS", 61, 69, 0.5), RecognizerResult("PERSON", 83, 101, 0.85),
    ]
    wanted = {"PERSON", "ADDRESS", "LOCATION"}
    expected = [(r.entity_type, r.start, r.end, r.score) for r in finish_spans(text, raw, wanted)]
    fields = _span_fields([raw])[0]
    assert fields == [(r.start, r.end, r.entity_type, r.score) for r in raw]
    got = finish_raw_spans(text, [list(f) for f in fields], wanted)
    assert [(r.entity_type, r.start, r.end, r.score) for r in got] == expected
    assert [text[a:b] for _, a, b, _ in expected] == [
        "Ms Anna Berg", "12 high street, flat 3, London SW1A 1AA", "tadzio chmielewski", "chmielewski"]
