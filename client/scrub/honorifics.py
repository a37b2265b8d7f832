"""A surname or given name standing alone next to a title or an honorific,
in English or another language, typed in lower case as often as not:

* before the name: English titles ("dr song", "ask mr park", "mrs long") and
  those of other languages ("herr weber", "mme roux", "khun somchai", "bwana
  otieno", "sheikh hamdan", "shri verma", "kuya jun", "pak budi", "don
  ramon");
* after it, spaced ("suzuki san", "ahmet bey", "kovacs ur", "sharma ji");
* joined by a hyphen ("tanaka-san", "minji-ssi", "gupta-ji").

Strong cues (words English has no other use for, or titles) take any word
that is no stop word and no verb form that goes on with the sentence ("dr
song"; not "mr and", "dr appointment", "prof said"). Weak cues, which are
also ordinary words ("pak my bags", "mama said", "ate dinner", "the don of",
"pan the camera", "mas o menos"), take only a word that looks like a name:
no English word and no typo of one, a known name English rarely uses, or a
capitalised word after a capitalised cue ("Bu Moon"); and not after a
pronoun ("i ate pho", "she pan the ...").

One compiled regex per position finds the cues (most texts have none).
"""

from __future__ import annotations

import regex as re

from client.scrub.gazetteer_words import _LOWER_NAME_MAX_FREQUENCY, _TITLE_NOUNS

# Before the name. Abbreviations may take a dot ("mr.", "sra."); "m." and
# "sr." need theirs ("m. hall", not "m" for metres; "sr." not "sr engineer").
_STRONG_BEFORE = """mr mrs ms mx dr prof mister herr frau mme mlle monsieur señor senor señora senora sra srta
doña khun bwana mzee ato weyzero w/ro sheikh shaikh sayed sayyid hajji haji shri shree smt kyrios kyria
encik puan bapak ibu mbak kuya tita tito aling paní""".split()
_DOTTED_BEFORE = ("m.", "sr.")
_WEAK_BEFORE = "pak bu mas mama don dona seu ate mang pan pani".split()
# After the name, spaced or hyphenated.
_STRONG_AFTER = "ssi nim sama bey hanım hanim efendi úr sahib saheb".split()
_WEAK_AFTER = "san kun chan ji abla abi bhai didi sensei senpai".split()
# A word after which a weak cue is a verb or a noun of its own: "i ate pho".
_SUBJECTS = frozenset("i you he she we they it who u".split())
# Verbs that go on with the sentence after a title used as a noun: "the prof said".
_CONTINUERS = frozenset("""said says say told tells asked asks is was are were will would can could did does do
has had have wants wanted thinks thought called calls replied wrote sent gave got made""".split())
_NAME = r"[^\W\d_]+(?:['’][^\W\d_]+)?"


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BEFORE_RE = re.compile(
    rf"(?<![\w./-])(?i:(?P<cue>{_alternatives(_STRONG_BEFORE + _WEAK_BEFORE)})\.?"
    rf"|(?P<cue>{_alternatives(_DOTTED_BEFORE)}))[ \t]+(?P<name>{_NAME})(?![\w-])")
_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})(?P<sep>[ \t]+|-)"
    rf"(?i:(?P<cue>{_alternatives(_STRONG_AFTER + _WEAK_AFTER)}))(?![\w-])")
# A cue after a name, as _AFTER_RE reads it: where none is, no match of it is either.
_AFTER_CUE = re.compile(rf"(?<=[ \t-])(?i:{_alternatives(_STRONG_AFTER + _WEAK_AFTER)})(?![\w-])")
_NAME_LETTER = re.compile(r"[^\W\d_]")
_STRONG_BEFORE_SET = frozenset(_STRONG_BEFORE) | frozenset(_DOTTED_BEFORE)
_STRONG_AFTER_SET = frozenset(_STRONG_AFTER)
# The cue words themselves: never a name alone ("khun", "bu is not a word").
HONORIFIC_WORDS = _CUE_WORDS = frozenset(
    w.rstrip(".") for w in _STRONG_BEFORE + _WEAK_BEFORE + _STRONG_AFTER + _WEAK_AFTER + list(_DOTTED_BEFORE))


class HonorificNames:
    """Mixed into ``NameCueRecognizer``; uses the gazetteer's word lists and tests."""

    def _titled_word(self, low: str) -> bool:
        """A word a strong cue makes a name: no stop word, no title noun ("dr
        appointment"), no verb form that goes on with the sentence."""
        if len(low) < 2 or low in self.stop or low in _TITLE_NOUNS or low in _CONTINUERS or low in _CUE_WORDS:
            return False
        return not (self._everyday(low) and low.endswith(("ing", "ed", "ly")))

    def _looks_named(self, low: str) -> bool:
        """A word a weak cue makes a name: no English word (nor a typo of one),
        or a known name English rarely uses."""
        if len(low) < 3 or low in self.stop or low in _CUE_WORDS or not low.isalpha():
            return False
        if low in self.names and low not in self.common and self.frequency.get(low, 0) < _LOWER_NAME_MAX_FREQUENCY:
            return True
        return not self._everyday(low) and low not in self.common and not self._typos([low], 0, 1)

    @staticmethod
    def _after_subject(text: str, start: int) -> bool:
        """The word before ``start`` is a pronoun: "i ate pho"."""
        before = text[max(0, start - 12):start].split()
        return bool(before) and before[-1].lower() in _SUBJECTS

    @staticmethod
    def _capitalised_inside(text: str, start: int, name: str) -> bool:
        """A capitalised name ("Long"), its phrase not opening a sentence at ``start``."""
        return name[:1].isupper() and name[1:].islower() and start > 1 and text[start - 2:start].strip() not in ".!?"

    def _honorific_names(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _BEFORE_RE.finditer(text, overlapped=True):
            cue, name = m.group("cue"), m.group("name")
            low = name.lower()
            if cue.lower() in _STRONG_BEFORE_SET:
                ok = self._titled_word(low)
            else:
                ok = not self._after_subject(text, m.start()) and (self._looks_named(low) or (
                    cue[:1].isupper() and self._capitalised_inside(text, m.start(), name) and self._titled_word(low)))
            if ok:
                out.append(m.span("name"))
        for m in _after_matches(text):
            cue, name, sep = m.group("cue").lower(), m.group("name"), m.group("sep")
            low = name.lower()
            if sep == "-":
                ok = len(low) >= 2 and low not in self.stop and low not in _CUE_WORDS  # "tanaka-san"
            elif cue in _STRONG_AFTER_SET:
                ok = self._titled_word(low)  # "song nim", "ward bey"
            else:  # "sharma ji"; "Long san" mid-sentence, capitalised
                ok = self._looks_named(low) or (self._capitalised_inside(text, m.start(), name)
                                                and self._titled_word(low))
            if ok:
                out.append(m.span("name"))
        return out


def _after_matches(text: str):
    """``_AFTER_RE.finditer(text, overlapped=True)``, with the regex tried
    only where a name can end before a cue word (``_AFTER_CUE``; a name at
    every word was a third of this module's time on long text): a match at
    ``s`` has its cue after the run of spaces or the hyphen that ends its
    name, and its name is the run of letters before those (or two runs with
    an apostrophe between: "o'brien"), so ``s`` is that run's start."""
    starts = set()
    for cue in _AFTER_CUE.finditer(text):
        end = cue.start() - 1  # the separator's first character: the hyphen, or the first of the spaces
        if text[end] != "-":
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        start = _letters_before(text, end)
        if start < end:
            starts.add(start)
            if start >= 2 and text[start - 1] in "'’" and _letters_before(text, start - 1) < start - 1:
                starts.add(_letters_before(text, start - 1))
    for start in sorted(starts):
        m = _AFTER_RE.match(text, start)
        if m is not None:
            yield m


def _letters_before(text: str, end: int) -> int:
    """The start of the run of letters that ends at ``end``."""
    while end > 0 and _NAME_LETTER.match(text, end - 1):
        end -= 1
    return end
