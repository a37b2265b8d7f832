"""Names in slots of chat that only a person fills, taken even when the word
is an English word too ("hunter", "navy", "exodus", "tank"): the lists and
the letters' shape cannot tell such a name from the word, only where it sits.

* an ``@word`` (``@ferry did the refund come through?``, ``thanks @magenta``):
  the handle recognizer leaves a bare everyday word; here it goes unless it is
  a very common word, a role account or a time (``@support``, ``@home``,
  ``@noon``);
* ``cc x`` opening a line or after "please", "will", "and" (``please cc tank
  on your reply``; not ``my cc was declined``);
* ``x here`` opening a line or a sentence or after a greeting, with the
  clause ending there (``hi all, gezinus here:``), a known name or no English
  word only ("newbie here", "nurse here" say who someone is);
* the line after a sign-off (``thanks,\\nnavy``, ``regards\\nhalo``);
* after a greeting, closed by a comma or "!" (``thanks a lot exodus,``,
  ``hi pixie!``, ``cheers rune, much appreciated``);
* ``let x know`` and ``tell x`` before what is told ("that", "the", "i", "about" ...);
* a sentence's first word paying, owing, sending, having "me", "my", "back"
  (``keavy paid me back``): any word opens a sentence, so this one takes only a
  sure name (``_sure_name``);
* ``this is x`` after a greeting, with "from", "again", "here" after it
  (``hi, this is hadrian from the flat upstairs``).

A word taken must be no stop word, no word people greet or thank in place of
a name ("all", "everyone", "guys", "again", "team"), and, unless a name list
holds it, no very common English word ("same here", "thanks, please ...").
A second word after it goes too when it could be a surname (a known name or
no English word) and the slot closes after it.
"""

from __future__ import annotations

import re as std_re

import regex as re

from client.scrub.gazetteer_words import _LOWER_NAME_MAX_FREQUENCY
from client.scrub.name_shape import name_logit

# A word no list holds is a list's sure name above this log-odds of its letters.
_SURE_LOGIT = 1.0
# A word one edit from an English word ("keavy", "rolfe") is a sure name in a sentence's
# first place only when its letters run as a name's this strongly.
_TYPO_LIKE_LOGIT = 3.0
# In the strongest slots (an "@", a sign-off's next line, "cc", a list beside a sure
# name) a very common word is taken too, short of the commonest ("please", "again").
_STRONG_MAX_FREQUENCY = 100_000

# Words greeted, thanked or signed in place of a name, and thanks signed as a word ("cheers\nta").
_NOT_NAMES = frozenset("""all everyone everybody anyone anybody someone somebody nobody guys gals folks team
again there mate mates man dude bro bros sis sir madam maam ma'am love dear so much very lot lots loads tons heaps
kindly anyway anyways though friend friends buddy pal pals people y'all yall ya you u ur both again
support admin admins help helpdesk service customer customers bank staff agent agents moderator mods mod
home work here channel noon midnight tonight today tomorrow morning evening afternoon night week weekend
advance already tho btw mom mum dad folks boss chief
ps pps nb sent get outlook gmail yahoo iphone android samsung mobile
accounts account billing sales finance payroll claims legal compliance reception fraud collections
operations management department office desk
ta thx thanks thank ty tia cheers xx xo xoxo""".split())

_WORD = r"[^\W\d_][^\W\d_'’-]*"
# "@ferry": not part of an e-mail address or a fediverse handle.
_AT = re.compile(rf"(?<![\w.@+-])@({_WORD})(?![\w@-]|\.[A-Za-z])")
# "cc tank", "please cc drue catty on ...": cc opening a line or after a word that makes it a verb.
_CC = re.compile(rf"(?im)(?:^[ \t]*|\b(?:please|pls|plz|will|i'll|ill|and|also|to|can you|could you)[ \t]+)cc:?[ \t]+"
                 rf"({_WORD})(?:[ \t]+({_WORD}))?")
_GREETING = r"(?:good (?:morning|afternoon|evening)|hiya|heya|hello|hey|hi|yo|morning|evening)"
# "prune here:", "hi all, glory yonna here", "navy here again".
_HERE = re.compile(rf"(?im)(?:^|[.!?;:][ \t]+|\b{_GREETING}(?:[ \t]+all|[ \t]+everyone|[ \t]+there)?[ \t]*,?[ \t]+)"
                   rf"({_WORD})(?:[ \t]+({_WORD}))?[ \t]+here\b(?=[ \t]*(?:[,.:;!\-–]|$|again\b))")
# The line after a sign-off.
_SIGN_OFF = re.compile(r"(?im)^[ \t]*(?:many thanks|thanks again|thank you|thanks|thx|ty|cheers|kind regards|"
                       r"best regards|warm regards|best wishes|regards|yours sincerely|yours truly|sincerely|yours|"
                       rf"best|love|br)[ \t]*[,!.]?[ \t]*\r?\n[ \t]*({_WORD})(?:[ \t]+({_WORD}))?")
# "thanks a lot exodus,", "hi pixie!", "cheers rune, ...".
_VOCATIVE = re.compile(rf"(?i)(?<![\w'’-])(?:thank you so much|thanks so much|thanks a lot|thank you|"
                       rf"{_GREETING}|thanks|thx|ty|cheers|dear)[ \t]+({_WORD})(?:[ \t]+({_WORD}))?[ \t]*[,!]")
# "hi, this is hadrian from the flat", "this is navy again".
_THIS_IS = re.compile(rf"(?im)(?:^|[.!?][ \t]+|\b{_GREETING}[ \t]*,?[ \t]+)this is[ \t]+({_WORD})"
                      rf"(?:[ \t]+({_WORD}))?(?=[ \t]+(from|again|here|speaking|calling|writing)\b|[ \t]*[,.]|[ \t]*$)")
# "couper told me", "then bishop ihan said": a verb of speech after a sentence's first word.
# (not the past participles a passive uses too: "refund promised by", "receipt emailed to me")
_SPEECH = r"(?:told|tells|says|said|asks|reckons|replied|insisted)"
_SPEAKER = re.compile(rf"(?im)(?:^|[.!?;][ \t]+|\b(?:then|and|but|apparently|yesterday|so|also|i think|maybe)[ \t]+)"
                      rf"({_WORD})(?:[ \t]+({_WORD}))?[ \t]+{_SPEECH}\b")
# Things that "say" or "tell" that are no person.
_SAYERS = frozenset("""app website site screen message email mail text error notification receipt statement letter
sign label policy page system law rule note form card chat bot faq terms contract invoice tracking
balance account status total amount price banner popup warning order display map ticket update review article
report news survey alert reminder prompt""".split())
# "where is shade's refund", "i paid vanity's rent": a possessive before what a person has.
_OWNED = r"(?:order|orders|refund|account|card|cards|transactions|transaction|payment|payments|rent|bill|birthday|" \
    r"phone|details|money|name|number|address|loan|wallet|transfer|standing|balance|pin|passport|wedding|party|" \
    r"salary|debit|invoice|mortgage|savings|deposit|tickets|ticket|present|gift|guardian|behalf)"
_POSSESSIVE = re.compile(rf"(?i)(?<![\w'’-])({_WORD})['’]s[ \t]+(?:(?:old|new|own|first|last|joint|debit|credit|"
                         rf"bank|virtual|cancelled|missing)[ \t]+)?{_OWNED}\b")
_WORD_BEFORE = re.compile(rf"({_WORD})[ \t]+$")
# Words before a possessive that make it a thing's, not a person's.
_DETERMINERS = frozenset("""the a an my your his her our their its this that these those every each some any no one
last next other another whose which what""".split())
# "canyon, hibo and fortune", "me, slim and dora": a list of three one-word items.
_LIST = re.compile(rf"(?i)(?<![\w'’-])({_WORD}),[ \t]+({_WORD}),?[ \t]+(?:and|&)[ \t]+({_WORD})(?![\w'’-])")
_LIST_PRONOUNS = frozenset(("i", "me", "you", "u"))
# "could you ask remedy to confirm": asking someone to, about, for, if.
_ASK = re.compile(rf"(?i)(?<![\w'’-])ask[ \t]+({_WORD})(?:[ \t]+({_WORD}))?[ \t]+(?:to|about|for|if|whether)\b")
# "let hjordis know the card came", "tell celestial the transfer is done": whom news goes to.
_LET_KNOW = re.compile(rf"(?i)(?<![\w'’-])let[ \t]+({_WORD})(?:[ \t]+({_WORD}))?[ \t]+know\b")
_TELL = re.compile(rf"(?i)(?<![\w'’-])tell[ \t]+({_WORD})(?:[ \t]+({_WORD}))?[ \t]+"
                   rf"(?:that|the|i|i'm|im|we|about|my|our|it|she|he|they|how|what|when|where|why|if|not)\b")
# "keavy paid me back", "then sher has my card": a sentence's first word doing
# what a person does to me or mine. Any word may open a sentence, so only a sure name is taken here.
_DOER = re.compile(rf"(?im)(?:^|[.!?;][ \t]+|\b(?:then|and|but|so|also|yesterday|apparently)[ \t]+)"
                   rf"({_WORD})(?:[ \t]+({_WORD}))?[ \t]+(?:paid|pays|owes|owed|lent|lends|borrowed|sent|gave|gives|"
                   rf"has|had|used|took|moved|wants|needs|asked)[ \t]+(?:me|my|us|our|him|her|them|back|some)\b")
_ASKED_FOR = frozenset("questions question permission advice help money details anything something".split())
# Cheap gates, one per slot: most texts hold none of their words.
_VOCATIVE_GATE = std_re.compile(r"\b(?:hi|hey|hello|hiya|heya|yo|morning|evening|thanks|thank|thx|ty|cheers|dear)\b")
_SPEECH_GATE = std_re.compile(_SPEECH)
_SLOTS = (_CC, _HERE, _SIGN_OFF, _VOCATIVE, _THIS_IS, _SPEAKER, _ASK, _LET_KNOW, _TELL, _DOER)
_DOER_GATE = std_re.compile(r"(?:paid|pays|owe[sd]|lent|lends|borrowed|sent|gave|gives|ha[sd]|used|took|moved|"
                            r"wants|needs|asked) (?:me|my|us|our|him|her|them|back|some)\b")
_SLOT_GATES = {
    _CC: lambda text, low: "cc" in low,
    _HERE: lambda text, low: "here" in low,
    _SIGN_OFF: lambda text, low: "\n" in text,
    _VOCATIVE: lambda text, low: ("," in text or "!" in text) and _VOCATIVE_GATE.search(low) is not None,
    _THIS_IS: lambda text, low: "this is" in low,
    _SPEAKER: lambda text, low: _SPEECH_GATE.search(low) is not None,
    _ASK: lambda text, low: "ask" in low,
    _LET_KNOW: lambda text, low: "know" in low and "let" in low,
    _TELL: lambda text, low: "tell" in low,
    _DOER: lambda text, low: _DOER_GATE.search(low) is not None,
}


class PersonSlots:
    """Mixed into ``NameCueRecognizer``: uses the gazetteer's word sets."""

    def _slot_word(self, word: str, strong: bool = False) -> bool:
        """A word that may be the name in a slot: no stop word, no word said in place
        of a name; a very common word only when a name list holds it (or the slot is strong)."""
        low = word.lower()
        return len(low) >= 2 and low not in self.stop and low not in _NOT_NAMES \
            and (not low.endswith("ly") or low in self.names) and (
            low not in self.very_common or low in self.names
            or (strong and self.frequency.get(low, 0) < _STRONG_MAX_FREQUENCY))

    def _surname(self, word: str | None) -> bool:
        """A second word that may close a name: a known name, or no English word."""
        if not word:
            return False
        low = word.lower()
        return low not in self.stop and low not in _NOT_NAMES and low not in self.very_common and (
            low in self.names or not self._everyday(low))

    def _person_slots(self, text: str) -> list[tuple[int, int]]:
        low = text.lower()
        out: list[tuple[int, int]] = []
        if "@" in text:
            for m in _AT.finditer(text):
                if self._slot_word(m.group(1), strong=True):
                    out.append((m.start(1), m.end(1)))
        if "'s" in low or "’s" in low:
            out.extend(self._possessives(text))
        if "," in text and ("and" in low or "&" in text):
            out.extend(self._list_names(text))
        for rx in _SLOTS:
            if not _SLOT_GATES[rx](text, low):
                continue  # most texts: a substring test or one scan
            for m in rx.finditer(text):
                if not self._slot_word(m.group(1), strong=rx in (_CC, _SIGN_OFF)):
                    continue
                if rx is _DOER and not (self._sure_name(m.group(1).lower()) and (
                        self._name_shaped(m.group(1)) or name_logit(m.group(1).lower()) > _TYPO_LIKE_LOGIT)
                        and (not m.group(2) or self._surname(m.group(2)))):
                    continue  # "refund has my", "acount has my": a sure name only
                if rx is _ASK and (m.group(2) or m.group(1)).lower() in _ASKED_FOR:
                    continue
                if rx is _SPEAKER and (m.group(2) or m.group(1)).lower() in _SAYERS:
                    continue
                if rx is _HERE and not (self._name_shaped(m.group(1)) and (
                        not m.group(2) or self._name_shaped(m.group(2)))):
                    continue  # "newbie here", "nurse here", "acount blockd here": no name
                if rx is _SPEAKER and m.group(2) and not self._surname(m.group(2)):
                    continue  # "tech support told me", "hr department says": no name
                if rx is _THIS_IS and not m.group(3) and not self._surname(m.group(1)):
                    continue  # "this is urgent." : only a name, not any word, before a bare comma or stop
                end = m.end(1)
                second = m.group(2)
                if second and self._surname(second) and self._closes(rx, text, m):
                    end = m.end(2)
                out.append((m.start(1), end))
        return out

    def _possessives(self, text: str) -> list[tuple[int, int]]:
        out = []
        for m in _POSSESSIVE.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            low = before.group(1).lower() if before else ""
            if low in _DETERMINERS or not self._slot_word(m.group(1)):
                continue
            start = before.start(1) if before and self._surname(low) and low not in self.foreign else m.start(1)
            out.append((start, m.end(1)))
        return out

    def _name_shaped(self, word: str) -> bool:
        """A known name, or no English word and no typo of one (``NameCueRecognizer._unknown``: not "acount")."""
        low = word.lower()
        return low not in self.stop and low not in _NOT_NAMES and low not in self.very_common and (
            low in self.names or self._unknown([low], 0))

    def _sure_name(self, low: str) -> bool:
        """A list item that is a name for sure: a known name English rarely uses,
        or no English word whose letters run as a name's."""
        if low in self.names:
            return self.frequency.get(low, 0) < _LOWER_NAME_MAX_FREQUENCY
        return not self._everyday(low) and low not in self.foreign and name_logit(low) > _SURE_LOGIT

    def _list_names(self, text: str) -> list[tuple[int, int]]:
        """Every item of a list of three that may be a name, when one is a name for sure."""
        out = []
        if "," not in text:
            return out
        for m in _LIST.finditer(text):
            items = [g for g in (1, 2, 3) if m.group(g).lower() not in _LIST_PRONOUNS]
            if len(items) < 2 or not all(self._slot_word(m.group(g), strong=True) for g in items):
                continue
            if any(self._sure_name(m.group(g).lower()) for g in items):
                out.extend((m.start(g), m.end(g)) for g in items)
        return out

    @staticmethod
    def _closes(rx, text: str, m) -> bool:
        """The slot ends after the second word: a clause break, the line's end, or
        (for the slots that end with a word after) the regex's own end."""
        if rx in (_HERE, _VOCATIVE, _SPEAKER, _ASK, _LET_KNOW, _TELL, _DOER):
            return True
        rest = text[m.end(2):m.end(2) + 6].lstrip(" \t")
        return not rest or rest[0] in ",.!?;:\n\r" or rest.split(" ", 1)[0].lower() in ("on", "in", "and", "from",
                                                                                         "again", "here", "too")
