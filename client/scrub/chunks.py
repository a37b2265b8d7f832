"""Long texts are analysed in overlapping chunks, so the time grows linearly
with the length and no input can hold a site for long.

spaCy refuses texts over a million characters, and several steps cost more
than linearly in one text's length (spaCy's attention-free but batch-wide
arrays, variable-length look-behinds in the age patterns). A text longer than
``CHUNK_CHARS`` is cut at whitespace into chunks that overlap by
``OVERLAP_CHARS``: an identifier that a cut splits lies whole in the next
chunk, and the spans of all chunks merge back into one list for the text.
"""

from __future__ import annotations

import re

CHUNK_CHARS = 4000
OVERLAP_CHARS = 400


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
