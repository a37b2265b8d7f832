"""The words that a big alternation of cue words can open with, for a cheap
gate in front of it.

A regex such as ``\\b(?:passport|c[eé]dula|(?:personal)?ausweis|...)(?![^\\W\\d])``
with some four hundred alternatives tries each of them at every word of a
text (``regex`` builds no trie): about 0.6 s of CPU per MB of text, and most
texts hold no cue at all. Every match of it opens with a whole run of
letters ("passport", "cédula", "personalausweis", or "national" for
"national id"); a regex of those words merged into a trie finds them at a
tenth of the cost. ``opening_words`` lists those runs for an alternation, and
``cue_gate`` compiles the lookup: a text where the gate finds no word has no
match of the alternation, and a match can only start where the gate finds one.

The runs are read from the pattern's parse tree (``re``'s parser, the same
syntax for the plain literals, classes, optional parts and groups that cue
lists use); anything it cannot list exactly (``.``, ``\\w``, an unbounded run
of letters, a match that could open with a non-letter) raises ``ValueError``.
"""

from __future__ import annotations

try:
    import re._parser as _parser
    from re._constants import (AT, ASSERT, ASSERT_NOT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, IN,
                               LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT, RANGE, SUBPATTERN)
except ImportError:  # Python < 3.11
    import sre_parse as _parser
    from sre_constants import (AT, ASSERT, ASSERT_NOT, BRANCH, CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, IN,
                               LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT, RANGE, SUBPATTERN)

import regex as re

# A letter for the gate: what ``(?![^\W\d])`` (the cue patterns' end) calls one.
_LETTER = re.compile(r"[^\W\d]")
_MAX_UNROLL = 4
_MAX_RANGE = 64


def opening_words(alternation: str) -> frozenset[str]:
    """The runs of letters that open a match of ``(?:alternation)``, each
    with the non-letter after it where the pattern names that character
    ("i." of "i\\.d\\."), bare where a class of them or the match's end
    follows ("passport", "national" of "national\\s+id")."""
    open_, closed = _walk(_parser.parse(alternation), {""})
    closed |= open_  # the match's end: the cue patterns demand a non-letter after it
    if any(not _LETTER.match(w[:1]) for w in closed):
        raise ValueError("a match could open with something other than a letter")
    return frozenset(closed)


def cue_gate(alternation: str, flags: int = re.IGNORECASE):
    """``\\b`` + one of ``opening_words(alternation)``, a bare run of
    letters with no letter after it, or one with the non-letter that
    closes it ("i."), as one trie-shaped regex (shared prefixes merged; a
    named list ``\\L<...>`` tries every length at every word, four times
    slower): a match of ``\\b(?:alternation)(?![^\\W\\d])`` opens where
    this matches (and with ``flags``, the alternation's own case rule)."""
    trie: dict = {}
    for word in opening_words(alternation):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = "(?![^\\W\\d])" if _LETTER.match(word[-1]) else ""
    return re.compile(rf"\b{_trie_regex(trie)}", flags)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(c) + _trie_regex(child) for c, child in sorted(node.items()) if c]
    if "" in node:
        branches.append(node[""])  # after the longer words through this node
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _walk(items, open_: set[str]) -> tuple[set[str], set[str]]:
    """(runs still open after ``items``, runs a non-letter closed)."""
    closed: set[str] = set()
    for op, av in items:
        if not open_:
            break
        if op is LITERAL:
            open_, done = _extend(open_, [chr(av)])
            closed |= done
        elif op is IN:
            open_, done = _extend(open_, _class_chars(av))
            closed |= done
        elif op is SUBPATTERN:
            open_, done = _walk(av[-1], open_)
            closed |= done
        elif op is BRANCH:
            after: set[str] = set()
            for branch in av[1]:
                o, done = _walk(branch, open_)
                after |= o
                closed |= done
            open_ = after
        elif op in (MAX_REPEAT, MIN_REPEAT):
            open_, done = _repeat(av, open_)
            closed |= done
        elif op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width: it only narrows the matches
        else:
            raise ValueError(f"cannot list the opening words through {op}")
    return open_, closed


def _extend(open_: set[str], chars) -> tuple[set[str], set[str]]:
    """Each open run followed by one of ``chars``: longer by a letter, or
    closed by a non-letter, which the closed word keeps ("i." of "i\\.d\\.":
    "i" alone is every other word); ``None`` stands for a class of them
    ("\\s"): the word is then closed bare."""
    letters = [c for c in chars if c is not None and _LETTER.match(c)]
    closed = {p + (c or "") for p in open_ for c in chars if c is None or not _LETTER.match(c)}
    return {p + c for p in open_ for c in letters}, closed


def _class_chars(items) -> list[str]:
    chars = []
    for op, av in items:
        if op is LITERAL:
            chars.append(chr(av))
        elif op is RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is CATEGORY and av in (CATEGORY_SPACE, CATEGORY_DIGIT):
            chars.append(None)  # a class of non-letters
        else:
            raise ValueError(f"cannot list the characters of {op} {av}")
    return chars


def _repeat(av, open_: set[str]) -> tuple[set[str], set[str]]:
    low, high, sub = av
    if high == MAXREPEAT:
        # only a part that cannot go on with a run of letters ("\s+", "\s*")
        o, closed = _walk(sub, {""})
        if o:
            raise ValueError("an unbounded repeat that may hold letters")
        return (set(open_) if low == 0 else set()), (set(open_) if closed else set())
    if high > _MAX_UNROLL:
        raise ValueError("a repeat too long to unroll")
    closed: set[str] = set()
    after = set(open_) if low == 0 else set()
    current = open_
    for k in range(1, high + 1):
        current, done = _walk(sub, current)
        closed |= done
        if k >= low:
            after |= current
    return after, closed
