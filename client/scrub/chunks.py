"""Long texts are analysed in overlapping chunks, so the time grows linearly
with the length and no input can hold a site for long.

spaCy refuses texts over a million characters, and several steps cost more
than linearly in one text's length (spaCy's attention-free but batch-wide
arrays, variable-length look-behinds in the age patterns). A text longer than
``CHUNK_CHARS`` is cut at whitespace into chunks that overlap by
``OVERLAP_CHARS``: an identifier that a cut splits lies whole in the next
chunk, and the spans of all chunks merge back into one list for the text.

The overlap must hold the longest identifier a cut may split plus the few
words before it that its recognizer reads as context (a full postal address
is about 100 characters; a name cue such as "my wife's name is" 20). At 200
characters every chunk repeats 5 % of the text instead of 10 %; on the 1 MB
benchmark text 400 and 200 remove the same characters but one (the end of
one URL).
"""

from __future__ import annotations

import re

CHUNK_CHARS = 4000
OVERLAP_CHARS = 200


_SPACE = re.compile(r"\s+")


def _space_before(text: str, lo: int, hi: int) -> int:
    """The last whitespace in ``text[lo:hi]``, or -1."""
    return max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi), text.rfind("\t", lo, hi))


def chunk_bounds(text: str, size: int = CHUNK_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of each chunk; one chunk for a text up to ``size``."""
    if not 0 <= overlap < size // 2:
        raise ValueError("overlap must be at least 0 and under half the chunk size")
    n = len(text)
    bounds = []
    start = 0
    while n - start > size:
        end = start + size
        cut = _space_before(text, start + size // 2, end)
        end = cut if cut > 0 else end  # no whitespace at all: cut anywhere
        bounds.append((start, end))
        # The next chunk starts ``overlap`` back, at a word's beginning.
        space = _SPACE.search(text, end - overlap, end)
        start = space.end() if space else end - overlap
    bounds.append((start, n))
    return bounds


def anonymize_in_pieces(anonymizer, text: str, results, operators, size: int = CHUNK_CHARS) -> str:
    """``anonymizer.anonymize(text, results, operators).text``, a long text
    in pieces of about ``size`` characters cut between spans.

    Presidio's anonymizer rebuilds the whole text once per span, which is
    quadratic in a long text with many spans (1 MB: 17,000 spans, 1.4 s).
    A cut is never made where Presidio would merge two spans (same type,
    only spaces between), so the output is the same.
    """
    from presidio_analyzer import RecognizerResult

    if len(text) <= size:
        return anonymizer.anonymize(text=text, analyzer_results=results, operators=operators).text
    results = sorted(results, key=lambda r: (r.start, r.end))
    out, cut, reach, group = [], 0, 0, []
    for r in results:
        if group and r.start >= reach and reach - cut >= size:
            prev = group[-1]
            if not (prev.entity_type == r.entity_type and _ONLY_SPACES.fullmatch(text, prev.end, r.start)):
                out.append(_anonymize_piece(anonymizer, text, cut, reach, group, operators, RecognizerResult))
                cut, group = reach, []
        group.append(r)
        reach = max(reach, r.end)
    out.append(_anonymize_piece(anonymizer, text, cut, len(text), group, operators, RecognizerResult))
    return "".join(out)


_ONLY_SPACES = re.compile(r" +")


def _anonymize_piece(anonymizer, text, start, end, results, operators, result_type) -> str:
    shifted = [result_type(entity_type=r.entity_type, start=r.start - start, end=r.end - start, score=r.score)
               for r in results]
    return anonymizer.anonymize(text=text[start:end], analyzer_results=shifted, operators=operators).text


def anonymize_parts(text: str, results, parts: int) -> list[tuple[int, int, list]]:
    """``text`` cut into about ``parts`` pieces of equal length, each with
    its spans ``(start, end, type, score)`` in the piece's offsets, for
    worker processes to anonymize (``anonymize_part``); the pieces'
    outputs, joined, are ``anonymize_in_pieces``'s output: a cut falls
    between spans, never where Presidio would merge two."""
    results = sorted(results, key=lambda r: (r.start, r.end))
    out, cut, reach, group = [], 0, 0, []
    for r in results:
        if group and r.start >= reach and reach * parts >= len(text) * (len(out) + 1) and len(out) < parts - 1:
            prev = group[-1]
            if not (prev.entity_type == r.entity_type and _ONLY_SPACES.fullmatch(text, prev.end, r.start)):
                out.append((cut, reach, [(x.start - cut, x.end - cut, x.entity_type, x.score) for x in group]))
                cut, group = reach, []
        group.append(r)
        reach = max(reach, r.end)
    out.append((cut, len(text), [(x.start - cut, x.end - cut, x.entity_type, x.score) for x in group]))
    return out


def anonymize_part(text: str, spans, operators_args) -> str:
    """In a worker: ``anonymize_in_pieces`` on one piece; the operators are
    built here from ``_operator_configs``'s arguments (a keyed hash is a
    closure, which does not pickle)."""
    from presidio_analyzer import RecognizerResult

    from client.scrub.analyzer import _engines
    from client.scrub.operators import _operator_configs

    results = [RecognizerResult(entity_type=t, start=a, end=b, score=sc) for a, b, t, sc in spans]
    return anonymize_in_pieces(_engines().anonymizer, text, results, _operator_configs(*operators_args)) \
        if results else text
