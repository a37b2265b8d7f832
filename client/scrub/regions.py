"""The span step in the worker processes: each finishes the texts, and the
parts of long texts, that its batch holds; the parent only stitches.

With worker processes a batch is a run of consecutive pieces: short texts
whole and chunks of long ones (client/scrub/chunks.py). A *region* is the
part of one text that a batch holds: the whole text, or a run of its chunks
(their union). The worker analyses its pieces and runs the span step
(``spans.finish_raw_spans``) on each region, in the region's offsets. A text
held whole by one batch comes back finished, as one process finishes it.

A long text whose chunks two batches share comes back in regions that
overlap by a chunk overlap (``OVERLAP_CHARS``). The parent keeps of each
region the spans that start in its zone: from the middle of the overlap with
the region before to the middle of the overlap with the region after (at
least ``OVERLAP_CHARS // 2`` of context on each side of a border, more than
any step of the span step reads), and merges a span that crosses a border
with the next region's spans it overlaps, as the span step's merge would.

One step reads the whole text: a name found anywhere is that name wherever it
is repeated (``spans._repeated_names``). Each region's worker returns the
names it found; a name found only in another region is then looked for in
this one by the parent (``spans.repeated_elsewhere``), as one process would
have found it.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from client.scrub.spans import _NAME_WORD, _SURE_NAME_SCORE, _THING_BEFORE, _merge_overlaps, finish_raw_spans


def batch_regions(batches, owners, plain):
    """Each batch's regions: ``(region_start, region_text, piece_bounds,
    whole)``, the pieces' bounds in the region's offsets, ``whole`` when the
    region is its text; and each region's text index, in the same order."""
    out, texts, i = [], [], 0
    for batch in batches:
        regions = []
        for piece in batch:
            k, start = owners[i]
            i += 1
            if regions and regions[-1][0] == k:
                regions[-1][2].append((start, start + len(piece)))
            else:
                regions.append((k, start, [(start, start + len(piece))]))
        jobs = []
        for k, lo, bounds in regions:
            hi = bounds[-1][1]
            whole = lo == 0 and hi == len(plain[k])
            jobs.append((lo, plain[k] if whole else plain[k][lo:hi], [(a - lo, b - lo) for a, b in bounds], whole))
            texts.append(k)
        out.append(jobs)
    return out, texts


def finish_batch(regions, job, wanted):
    """In a worker: each region's finished spans ``(start, end, type,
    score)`` in the region's offsets, and the names that spread in it
    (``None`` for a whole text: no other region has names for it)."""
    from client.scrub.analyzer import _engines, _freeze_loaded_objects, _span_fields

    pieces = [text[a:b] for _, text, bounds, _ in regions for a, b in bounds]
    raw = iter(_span_fields(_engines()._analyze_pieces(pieces, *job)))
    out = []
    for _, text, bounds, whole in regions:
        found = [[a + s, b + s, t, sc] for s, _ in bounds for a, b, t, sc in next(raw)]
        names: list = []
        spans = finish_raw_spans(text, found, wanted, names_out=None if whole else names)
        out.append(([(r.start, r.end, r.entity_type, r.score) for r in spans],
                    None if whole else (names[0] if names else (set(), set()))))
    _freeze_loaded_objects("spans")
    return out


def stitch(text, parts, wanted):
    """One text's spans (``[start, end, type, score]`` in the text's
    offsets) from its regions ``(region_start, region_end, spans, names)``
    in order."""
    if len(parts) == 1:
        return [list(s) for s in parts[0][2]]
    zones = [((parts[i - 1][1] + lo) // 2 if i else 0, (hi + parts[i + 1][0]) // 2 if i + 1 < len(parts) else len(text))
             for i, (lo, hi, _, _) in enumerate(parts)]
    kept = []
    for (lo, _, spans, _), (start, end) in zip(parts, zones):
        kept.extend([a + lo, b + lo, t, sc] for a, b, t, sc in spans if start <= a + lo < end)
    extra = []
    if "PERSON" in wanted:
        names = set().union(*(p[3][0] for p in parts))
        words = set().union(*(p[3][1] for p in parts))
        for (_, _, _, (here, here_words)), (start, end) in zip(parts, zones):
            if names - here or words - here_words:
                extra += repeated_elsewhere(text, kept, names - here, words - here_words, start, end)
    return _merge_overlaps(kept + extra)


def repeated_elsewhere(text, spans, names, words, start, end):
    """``spans._repeated_names`` in ``text[start:end]`` for names (lower
    case) and English words (as typed) that another region found: where no
    sure span covers the word's start, a person's span. One pass over the
    words, as there (a regex of the names was slower: thousands of them)."""
    sure = sorted((s[0], s[1]) for s in spans
                  if s[3] >= _SURE_NAME_SCORE or s[2] not in ("PERSON", "LOCATION", "ORGANIZATION"))
    starts, reach = [a for a, _ in sure], list(accumulate((b for _, b in sure), max))
    out = []
    for m in _NAME_WORD.finditer(text, start):
        if m.start() >= end:
            break
        if m.start() == start and start and text[start - 1].isalpha():
            continue  # the end of a word the zone before has
        word = m.group()
        if word.lower() in names or (word in words and not _THING_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or reach[k] <= m.start():
                out.append([m.start(), m.end(), "PERSON", 0.5])
    return out
