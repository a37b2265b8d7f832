"""Truecasing for the NER: a text typed without capitals gets a copy of the
same length in which words that are likely proper nouns (and the first word
of each sentence, and "i") start with a capital, so that spaCy's NER, which
reads capitals as its strongest cue, can weigh the context of a lower-case
name, organisation or town ("talked to grace yesterday" against "by the
grace of god"). Its entities come back at the same offsets, trimmed to the
likely proper nouns they hold, and score below the lists' (where a list
types a span otherwise, the list wins). The NER reads a copy only when it
holds a word no list knows; otherwise the text is only tokenized, as before
(the lists find known names and places typed in lower case themselves)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex as re
from spacy.tokens import Span

from client.scrub.english_forms import english_form
from client.scrub.gates import _has_inner_capital
from client.scrub.gazetteer_words import _LETTERS, _TYPO_MIN_FREQUENCY
from client.scrub.name_shape import name_logit
from client.scrub.organizations import _ORG_HEADS
from client.scrub.quasi_groups import _LANGUAGE_AFTER
from client.scrub.words import _common_words

# Everyday words younger than pyspellchecker's list (it has no "covid").
_NEWER_WORDS = frozenset("""covid coronavirus lockdown lockdowns crypto cryptocurrency cryptocurrencies
bitcoin bitcoins ethereum blockchain emoji emojis selfie selfies podcast podcasts vape vaping gamertag gamertags""".split())
# A word: letters, with inner apostrophes ("o'connor", "john's").
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A run of non-space characters holding something that is no prose (an
# e-mail, a URL, a handle, a code with digits): left as it is.
_NOT_PROSE = re.compile(r"[@/\\_\d#=<>{}|~]")
_RUN = re.compile(r"\S+")
_HYPHENATED = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
# A run ending a sentence, and a gap between runs that holds a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*$")
_SENTENCE_GAP = re.compile(r"\n")
# Runs whose full stop ends no sentence: "mednax inc. charged me".
_ABBREVIATIONS = frozenset("""inc corp co ltd llc plc st dr mr mrs ms mx jr sr no nr vs etc e.g i.e approx
dept ave rd apt""".split())
_POSSESSIVE = re.compile(r"['’]s$")

# A known name or place at most this frequent in English is capitalised too
# ("grace", "jordan", "paris"); the NER's context then decides.
_KNOWN_MAX_FREQUENCY = 60_000
_MIN_LENGTH = 3
# A word that is no known name or place must be missing from the frequency
# list altogether: its rarest entries are English words ("piquant",
# "guffaw", "torpid") as often as names.
_LISTED_MIN_FREQUENCY = 1
# A word no list knows must be this long ("lke" is a typo, "ekre" a name).
_UNKNOWN_MIN_LENGTH = 4
# A known name or place below this frequency is a name on its own (the
# gazetteer's bound for lower-case names); above it, only beside one.
_STRONG_MAX_FREQUENCY = 5000
# The NER reads a copy only when it holds a word no list knows (strength 3):
# the lists find known names and places in lower case themselves, and the
# NER costs about a millisecond a text.
_NER_MIN_STRENGTH = 3
# Entities read from a truecased copy count for less than any list's (0.45
# and up): where a list names a span otherwise, the list wins.
TRUECASE_SCORE = 0.42
# A word no list knows whose letters score at or above this (``name_shape``'s
# log-odds) is a person's name where the NER marks nothing there ("can i add
# chahira as ..."); one edit from an English word, it is a name, not a typo,
# at NAME_SHAPE_TYPO or above ("stanis", "shlok"); two English words run
# together stay a compound whatever their letters ("gamertag").
NAME_SHAPE_ALONE = 2.0
NAME_SHAPE_TYPO = 2.0

# The NER labels that truecased text may add; not NORP: in lower case it is
# mostly a language or a people's word the group lists decide on ("she
# speaks newari").
TRUECASE_LABELS = frozenset(("PERSON", "GPE", "LOC", "FAC", "ORG"))


@lru_cache(maxsize=1)
def _lists():
    from spacy.lang.en.stop_words import STOP_WORDS

    from client.scrub.admin_units import all_unit_words
    from client.scrub.foreign_words import ordinary_foreign
    from client.scrub.handles import _CUE_GATE
    from client.scrub.honorifics import HONORIFIC_WORDS
    from client.scrub.ids import _stdnum_abbreviations
    from client.scrub.quasi_words import group_words, ons_titles
    from client.scrub.words import (
        _PRODUCT_WORDS, _english_frequencies, _english_words, _name_words, _place_phrases)

    frequency = dict(_english_frequencies())
    # words the list spells with accents, as typed without them: "cliche", "chateau"
    for word, f in list(frequency.items()):
        if not word.isascii():
            folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
            if len(folded) == len(word) and folded not in frequency:
                frequency[folded] = f
    known = frozenset(w for w in _name_words() | _place_phrases() if " " not in w)
    # and words other recognizers read as what they are: id-number abbreviations
    # ("my cnic is ..."), other languages' everyday words ("terima kasih"),
    # administrative units ("barangay"), apps and networks ("venmo"), honorifics ("khun"),
    # peoples and faiths ("cape verdean"), jobs
    groups = {w for phrase in group_words() for w in phrase.split()}
    never = (frozenset(STOP_WORDS) | _common_words() | {w.lower() for w in _stdnum_abbreviations()} | _NEWER_WORDS
             | ordinary_foreign(known) | all_unit_words() | _PRODUCT_WORDS | HONORIFIC_WORDS | groups
             | ons_titles()[0] | frozenset(_CUE_GATE))
    name_logit("")  # the name-shape weights, loaded once here (at warm-up)
    return frequency, known, never, _english_words()


# A word this long is a typo one edit from a less frequent word ("beneficiery",
# "recepient"); shorter ones only from a frequent one (the gazetteer's bound).
_LONG_TYPO_MIN_LENGTH = 7
_LONG_TYPO_MIN_FREQUENCY = 1000


def _typo(word: str, frequency, known, minimum: int | None = None) -> bool:
    """One edit from an English word (at least ``minimum`` frequent) or an
    everyday chat word ("mastecard"), that is no name itself ("anothony" is a
    spelling of one)."""
    if len(word) < 4 or not word.isascii():
        return False
    if minimum is None:
        minimum = _LONG_TYPO_MIN_FREQUENCY if len(word) >= _LONG_TYPO_MIN_LENGTH else _TYPO_MIN_FREQUENCY
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    edits = (
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    )
    common = _common_words()  # the everyday chat words only ("mastercard"), not every word of ``never``
    return any(e != word and e not in known and (frequency.get(e, 0) >= minimum or (e in common and len(e) >= 5))
               for e in edits)


# A word with no vowel letter is chat shorthand or an acronym typed in lower
# case ("rsvp", "mtcn", "txt"), no name in the Latin script.
_VOWEL = re.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]")


def _proper_candidate(lower: str, frequency, known, never, english) -> int:
    """How likely a lower-case word is a proper noun: 3 (a word no list
    holds, English or a name list: "zoltrana", "kroxley"), 2 (a known name or
    place rare in English: "paris"), 1 (a known name or place that is a
    middling English word: "grace", "lent"; capitalised for the NER's sake,
    never a name on its own), 0 (no proper noun: a stop word, an everyday
    chat word, a word with no vowel, an English word or a form, typo or
    compound of one)."""
    if len(lower) < _MIN_LENGTH or lower in never:
        return 0
    stem = _POSSESSIVE.sub("", lower)
    if stem != lower and (len(stem) < _MIN_LENGTH or stem in never):
        return 0
    f = frequency.get(stem, 0)
    if stem in known:
        return 2 if f < _STRONG_MAX_FREQUENCY else 1 if f <= _KNOWN_MAX_FREQUENCY else 0
    if f >= _LISTED_MIN_FREQUENCY or len(stem) < _UNKNOWN_MIN_LENGTH or not stem.isalpha():
        return 0
    if not _VOWEL.search(stem) or english_form(stem, english, frequency):
        return 0
    # one edit from an English word: a typo, unless its letters run as a name's do ("stanis", "shlok")
    if _typo(stem, frequency, known) and not _name_shaped(stem, NAME_SHAPE_TYPO):
        return 0
    return 3


# An English verb form, misspelt or not, whatever its letters score ("tranferring").
_VERB_FORM = re.compile(r"..ings?$")


# One edit from an English word this frequent (about its 1,500 most frequent), a word is a typo
# whatever its letters ("crad", "pleese").
_FREQUENT_TYPO_MIN_FREQUENCY = 50_000


def _name_shaped(word: str, threshold: float) -> bool:
    """The word's letters run as a name's (``name_shape``'s log-odds at or
    above ``threshold``), and it is no misspelt frequent English or everyday
    chat word ("crad", "pleese")."""
    if name_logit(word) < threshold or _VERB_FORM.search(word):
        return False
    frequency, known = _lists()[:2]
    return not _typo(word, frequency, known, _FREQUENT_TYPO_MIN_FREQUENCY)


# ``_proper_candidate`` of each word seen, for the lists it was read with: chat
# repeats its words, and the typo test of an unknown word tries every one-edit
# form of it (about a tenth of the scrubbing CPU on the dev chat, measured).
# Cleared when full, so a long stream of new words keeps it bounded.
_STRENGTHS: dict[str, int] = {}
_STRENGTHS_LISTS: list = [None]
_STRENGTHS_MAX = 100_000


def _strength(lower: str, lists) -> int:
    if _STRENGTHS_LISTS[0] is not lists:
        _STRENGTHS.clear()
        _STRENGTHS_LISTS[0] = lists
    strength = _STRENGTHS.get(lower)
    if strength is None:
        if len(_STRENGTHS) >= _STRENGTHS_MAX:
            _STRENGTHS.clear()
        strength = _STRENGTHS[lower] = _proper_candidate(lower, *lists)
    return strength


def truecase(text: str, opens_sentence: bool = True) -> tuple[str, list[tuple[int, int, int]]] | None:
    """The truecased copy of ``text`` (same length, only first letters
    upper-cased) and the words capitalised as likely proper nouns: (start,
    end, strength) (``_proper_candidate``); None when no word no list knows
    is there (the NER is not worth its time then). ``opens_sentence``: the
    text's first word opens a sentence (not so for a clause after a comma)."""
    lists = _lists()
    frequency, known, never, english = lists
    chars = list(text)
    candidates = []
    prev_end, sentence_start, after_name = 0, opens_sentence, False
    for run in _RUN.finditer(text):
        gap = text[prev_end:run.start()]
        prev_end = run.end()
        if _SENTENCE_GAP.search(gap):
            sentence_start = True
        if _NOT_PROSE.search(run.group()):
            sentence_start = after_name = False
            continue
        for group in _HYPHENATED.finditer(run.group()):
            parts = list(_WORD.finditer(group.group()))
            # "cliche-riddled", "docu-makers": an English word ends it, no name ("day-lewis")
            last = parts[-1].group().lower()
            english_end = len(parts) > 1 and (last in never or frequency.get(last, 0)) and last not in known
            for m in parts:
                start = run.start() + group.start() + m.start()
                end = start + len(m.group())
                lower = m.group().lower()
                strength = 0 if english_end else _strength(lower, lists)
                if strength:
                    candidates.append((start, end, strength))
                elif not (sentence_start or lower == "i" or lower.startswith(("i'", "i’"))
                          # an organisation's head word after a likely name: "kroxley analytics"
                          or (lower in _ORG_HEADS and after_name)):
                    sentence_start = after_name = False
                    continue
                chars[start] = chars[start].upper()
                after_name = strength >= 2
                sentence_start = False
        sentence_start = sentence_start or bool(
            _SENTENCE_END.search(run.group()) and run.group().rstrip(".").lower() not in _ABBREVIATIONS)
    if not any(strength >= _NER_MIN_STRENGTH for _, _, strength in candidates):
        return None
    return "".join(chars), candidates


# A sentence of a text typed with capitals: up to ".", "!" or "?" before a
# space, or a line.
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# Shorter sentences hold no name worth the NER's time ("ok.", "thx!").
_STRETCH_MIN_LENGTH = 4
# A clause of a sentence: up to a comma, a semicolon, a colon or a dash between spaces.
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[-–—]\s+")


def truecase_stretches(text: str) -> tuple[str, list[tuple[int, int, int]], list[tuple[int, int]]] | None:
    """For a text typed with capitals somewhere: the copy in which each
    sentence with no capital past its first letter (bar "I") is truecased as
    ``truecase`` does a whole text ("Thanks! ask kofi mensah about it",
    "Hi, talked to maria yesterday. She said ..."); the other sentences stay
    as typed. Returns (copy, candidates, the stretches truecased), or None
    when no such sentence holds a word no list knows."""
    chars, candidates, stretches = None, [], []
    parts = []  # (start, end, opens a sentence)
    for a, b in _pieces(text, _SENTENCE_SPLIT, 0, len(text)):
        if b - a < _STRETCH_MIN_LENGTH:
            continue
        if not _has_inner_capital(text[a:b]):
            parts.append((a, b, True))
            continue
        # a sentence with capitals: its clauses typed with none at all ("Thanks John, ask kofi about it")
        parts.extend((c, d, False) for c, d in _pieces(text, _CLAUSE_SPLIT, a, b)
                     if c > a and d - c >= _STRETCH_MIN_LENGTH and not _has_capital(text[c:d]))
    for a, b, opens in parts:
        cased = truecase(text[a:b], opens)
        if cased is None:
            continue
        if chars is None:
            chars = list(text)
        chars[a:b] = cased[0]
        candidates.extend((a + s, a + e, strength) for s, e, strength in cased[1])
        stretches.append((a, b))
    return None if chars is None else ("".join(chars), candidates, stretches)


def _pieces(text: str, split, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the pieces of text[start:end] between ``split``'s matches."""
    out = []
    for m in split.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


def _has_capital(text: str) -> bool:
    return _has_inner_capital(" " + text)


def _is_candidate(token, candidates) -> bool:
    """The token is (in) a likely proper noun of strength 2 or 3."""
    a, b = token.idx, token.idx + len(token)
    return any(s < b and e > a and strength >= 2 for s, e, strength in candidates)


def truecase_entities(doc, candidates, ents=None):
    """The entities of a truecased copy's doc that stand: those with one of
    the labels above, split at function words, trimmed of words at either
    end that are no likely proper noun of strength 2 or 3
    (``_proper_candidate``: "belongs to daniel day-lewis", "john carpenter
    's", "kolbi henlee lent me"; an organisation keeps its head word:
    "kroxley analytics"), if any is left. ``ents``: only these of the doc's
    entities (default all)."""
    out = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in TRUECASE_LABELS:
            continue
        # split at a function word the copy left in lower case ("kozienice with
        # zidaan") and at a line break (a signature's name, then its job)
        pieces, i = [], ent.start
        for k in range(ent.start, ent.end):
            if (doc[k].text in _stop_words() and doc[k].text not in _NAME_PARTICLES) or "\n" in doc[k].text:
                pieces.append((i, k))
                i = k + 1
        pieces.append((i, ent.end))
        for i, j in pieces:
            while i < j and not _is_candidate(doc[i], candidates):
                i += 1
            while j > i and not _is_candidate(doc[j - 1], candidates) and not (
                    ent.label_ == "ORG" and doc[j - 1].text.lower() in _ORG_HEADS and j - 1 > i):
                j -= 1
            if i < j and not _language_named(doc, i, j):
                out.append(ent if (i, j) == (ent.start, ent.end) else Span(doc, i, j, label=ent.label_))
    return out + _shaped_names(doc, candidates)


def _shaped_names(doc, candidates) -> list:
    """PERSON spans of the words no list knows (strength 3) whose letters
    run as a name's (``NAME_SHAPE_ALONE``) and that no entity of the NER
    covers: the NER reads capitals and context, and misses a name it never
    saw in a frame it rarely sees one ("can i add chahira as a second card
    holder?")."""
    out = []
    for s, e, strength in candidates:
        if strength < _NER_MIN_STRENGTH or any(x.start_char < e and x.end_char > s for x in doc.ents
                                               if x.label_ in TRUECASE_LABELS):
            continue
        word = doc.text[s:e].lower()
        stem = _POSSESSIVE.sub("", word)
        if not _name_shaped(stem, NAME_SHAPE_ALONE) or _language_named(doc, *_token_range(doc, s, e)):
            continue
        span = doc.char_span(s, s + len(stem), label="PERSON", alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out


def _token_range(doc, s: int, e: int) -> tuple[int, int]:
    span = doc.char_span(s, e, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


# A language named as such is no identifier ("she speaks newari", "the
# newari version"), as in ``quasi_groups``; not after "in" here ("in kozienice").
_LANGUAGE_VERBS = frozenset("""speak speaks spoke speaking understand understands learn learning learnt
learned study studying fluent translate translated""".split())


def _language_named(doc, i: int, j: int) -> bool:
    return (i > 0 and doc[i - 1].text.lower() in _LANGUAGE_VERBS) or (
        j < len(doc) and doc[j].text.lower() in _LANGUAGE_AFTER)


# Lower-case words inside names ("jean de la fontaine", "bin laden", "van gogh").
_NAME_PARTICLES = frozenset("de del della der di da das dos du la le van von bin ibn al el y e".split())


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
