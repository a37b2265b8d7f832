"""A long text finished in worker processes (client/scrub/regions.py): each
worker runs the span step on its part, the parent stitches the parts; the
result is the one-process result, identifiers across the borders too."""

from __future__ import annotations

import pytest

from client.scrub import analyze_texts, scrub_texts
from client.scrub.chunks import anonymize_parts, chunk_bounds
from client.scrub.regions import repeated_elsewhere, stitch

SENTENCES = [
    "Please call Maria Gonzalez at +44 20 7946 {n:04d} about my card.",
    "i moved to {n} Oak Street, Apt 5B, Springfield, IL 62704 last week.",
    "my email is maria.gonzalez{n}@example.com and the app keeps crashing.",
    "the transfer to my savings failed again and again this morning.",
    "my landlord Kasimir Wnukowski lives at {n} Rue de Rivoli, 75001 Paris.",
    "ok so wnukowski says the rent is due, call him on 0176 {n:07d} please.",
    "I work for Vaxart Inc. and my manager Okonkwo needs the invoice by friday.",
]


def long_text(chars: int, shift: int = 0) -> str:
    parts, size, i = [], 0, shift
    while size < chars:
        sentence = SENTENCES[i % len(SENTENCES)].format(n=100 + i)
        parts.append(sentence)
        size += len(sentence) + 1
        i += 1
    return " ".join(parts)


def _key(spans):
    return [(r.start, r.end, r.entity_type, r.score) for r in spans]


def _borders(text):
    """Where the parts of a text of one chunk per batch meet (the middle of each overlap)."""
    bounds = chunk_bounds(text)
    return [(end + nxt) // 2 for (_, end), (nxt, _) in zip(bounds, bounds[1:])]


@pytest.mark.parametrize("shift", [0, 3, 5])
def test_a_long_text_in_parts_gives_the_one_process_spans(shift):
    # one chunk per batch: every chunk is a part, every overlap a border
    text = long_text(7 * 4000, shift)
    one = analyze_texts([text])[0]
    two = analyze_texts([text], n_process=2, batch_size=1)[0]
    assert _key(two) == _key(one)
    crossing = [b for b in _borders(text) if any(r.start < b < r.end for r in one)]
    assert len(crossing) >= 2  # identifiers across the borders
    assert {r.entity_type for r in one} >= {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "ADDRESS"}


def test_a_phone_number_split_by_a_border_stays_whole():
    text = long_text(3 * 4000)
    border = _borders(text)[0]
    # put "+44 20 7946 0123" right across the first border
    phone = "call me on +44 20 7946 0123 today"
    at = text.rfind(" ", 0, border - 18)
    text = text[:at + 1] + phone + text[at + 1 + len(phone):]
    border = _borders(text)[0]
    start = text.index("+44 20 7946 0123")
    assert start < border < start + 16
    one = analyze_texts([text])[0]
    two = analyze_texts([text], n_process=2, batch_size=1)[0]
    assert _key(two) == _key(one)
    assert any(r.start <= start and r.end >= start + 16 and r.entity_type == "PHONE_NUMBER" for r in two)


def test_a_name_found_in_one_part_is_found_again_in_another():
    # The name is found (after "my landlord") only in the first part; the last
    # part repeats it bare, and only the whole text's name list removes it there.
    filler = long_text(3 * 4000).replace("Wnukowski", "Smith").replace("wnukowski", "he")
    text = "my landlord is Zbigniew Wnukowski. " + filler + " wnukowski again."
    one = analyze_texts([text])[0]
    two = analyze_texts([text], n_process=2, batch_size=1)[0]
    assert _key(two) == _key(one)
    end = len(text) - len(" again.")
    assert any(r.start == end - len("wnukowski") and r.end == end and r.entity_type == "PERSON" for r in two)


def test_scrubbed_long_text_is_the_same_in_one_and_two_processes():
    text = long_text(5 * 4000, 2)
    assert scrub_texts([text], batch_size=1, n_process=2) == scrub_texts([text])


def test_stitching_merges_a_span_across_a_border():
    text = "x" * 100
    parts = [  # (part start, part end, spans in the part's offsets, names found)
        (0, 60, [(10, 20, "PERSON", 0.85), (45, 55, "ADDRESS", 0.5)], ({"anna"}, set())),
        (40, 100, [(5, 15, "ADDRESS", 0.5), (12, 18, "LOCATION", 0.85), (30, 40, "EMAIL_ADDRESS", 1.0)],
         (set(), set())),
    ]
    # border at 50: the first part's address (45-55) starts before it and merges
    # with the second part's pieces after it (52-55 and 52-58: one address)
    assert stitch(text, parts, {"PERSON", "ADDRESS", "EMAIL_ADDRESS"}) == [
        [10, 20, "PERSON", 0.85], [45, 58, "ADDRESS", 0.85], [70, 80, "EMAIL_ADDRESS", 1.0]]


def test_a_name_from_elsewhere_is_no_name_where_a_span_or_a_thing_has_it():
    text = "anna paid hunter. the hunter and Anna left; annabel stayed"
    spans = [[0, 4, "PERSON", 0.85]]
    found = repeated_elsewhere(text, spans, {"anna"}, {"hunter"}, 0, len(text))
    assert [text[a:b] for a, b, *_ in found] == ["hunter", "Anna"]  # not "the hunter", not "annabel"
    assert repeated_elsewhere("no names here at all", [], {"anna"}, set(), 0, 20) == []


def test_a_worker_error_is_one_clear_line():
    texts = [long_text(2 * 4000), "call Maria on 0176 1234567"]
    with pytest.raises(RuntimeError, match=r"^scrubbing failed in a worker process \(KeyError\)") as error:
        analyze_texts(texts, n_process=2, batch_size=1, language="xx")
    assert "\n" not in str(error.value) and "xx" not in str(error.value)
    # the pool still serves the next call
    assert analyze_texts(texts[1:] * 3, n_process=2, batch_size=1)[0]


@pytest.mark.parametrize("operator", ["replace", "hash", "mask,PHONE_NUMBER=replace"])
def test_a_very_long_text_anonymized_by_the_workers_is_the_one_process_output(operator):
    from client.scrub import _PARTED_CHARS

    text = long_text(_PARTED_CHARS + 3000, 1)
    key = b"made-up site key"
    two = scrub_texts([text], operator=operator, hash_key=key, n_process=2)
    one = scrub_texts([text], operator=operator, hash_key=key)
    assert two == one
    assert two[1].counts["PHONE_NUMBER"] > 50 and "<PHONE_NUMBER" in two[0][0]


def test_anonymizing_in_parts_cuts_between_spans_and_not_where_presidio_merges():
    from presidio_analyzer import RecognizerResult
    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig

    text = "Anna Berg  Bob Lee met " * 200
    results = [RecognizerResult("PERSON", m, m + 9, 0.85) for m in range(0, len(text), 23)]
    results += [RecognizerResult("PERSON", m + 11, m + 18, 0.85) for m in range(0, len(text), 23)]
    parts = anonymize_parts(text, results, 4)
    assert len(parts) == 4 and parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    operators = {"PERSON": OperatorConfig("replace", {"new_value": "<PERSON>"})}
    engine = AnonymizerEngine()
    joined = "".join(
        engine.anonymize(text=text[a:b], analyzer_results=[RecognizerResult(t, s, e, sc) for s, e, t, sc in spans],
                         operators=operators).text for a, b, spans in parts)
    assert joined == engine.anonymize(text=text, analyzer_results=results, operators=operators).text
    # "Anna Berg  Bob Lee": two names with only spaces between: one <PERSON>, never cut apart
    assert joined.startswith("<PERSON> met <PERSON> met")
