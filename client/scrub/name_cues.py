"""People's names in the places support tickets, forum posts and e-mails put
them, where no capital letter or known name gives them away: a field label
("account holder:", "beneficiary name:", "cc:", "attn:", "from:"), a role and
"is" ("the account holder is ..."), "on behalf of ...", a last line that only
signs ("sent from my phone\\nkatsuhisa"), "this is ... again", a greeting
("good morning ...,", "yo ..."), "payee name ...", a question about someone
("is askolds still ...", "can gligor use ..."), two unknown words joined by
"and" ("gezinus and beppie"), someone "from your team".

The words taken must look like a name (``GazetteerRecognizer._name_like``: a
known name, or no English word) and not be one edit from a common English
word ("teh", "stil"), so "account holder: me" or "is teh app down" stay.
"""

from __future__ import annotations

from client.scrub.gazetteer import GazetteerRecognizer
from client.scrub.gazetteer_words import _LOWER_NAME_MAX_FREQUENCY, PEOPLE_ROLES
from client.scrub.honorifics import HONORIFIC_WORDS, HonorificNames
from client.scrub.name_frames import NameFrames
from client.scrub.person_slots import PersonSlots
from client.scrub.truecase import NAME_SHAPE_TYPO, _name_shaped

# Field labels whose value is a person: "account holder: ...", "cc ...".
_LABELS = frozenset("""holder holders beneficiary payee recipient cardholder attn attention cc bcc
sender signed signatory owner account""".split())
# Label words that need a colon and the start of a line: "from: ...", "to: ...", "name: ...".
_LINE_LABELS = frozenset("from to name".split())
# "the account holder is ...", "the beneficiary was ...".
_ROLE_VERBS = frozenset("is was are".split())
# "is askolds still ...", "can gligor use ...": a question about someone.
_AUXILIARIES = frozenset("is was can could did does has will would should".split())
# After "this is X" / "it's X": the clause goes on with these ("this is taavo again").
_INTRO_FOLLOWERS = frozenset(("again", "speaking", "writing", "here", ",", ".", "!", "-", ""))
_INTRODUCTIONS = frozenset({("this", "is"), ("it", "'s"), ("its", "")})
# "X from your team / the bank / support told me".
_FROM_WHOM = frozenset("your the support customer billing".split())
# "X from accounts said ...": a team or department after "from".
_DEPARTMENTS = frozenset("""accounts billing hr sales finance payroll claims legal compliance underwriting
reception fraud collections admin it""".split())
# Who someone is, before their name after "my" / "the" / "your": "my manager
# nergis", "the nurse okyay", "your colleague ferdinant", "the claim handler
# hira", "my sister vaja".
_ROLES = PEOPLE_ROLES
_ROLE_OPENERS = frozenset("my our his her their your the".split())
# Words a role word opens as a title, with no determiner: "nurse descamps took ...".
_ROLE_TITLES = frozenset("nurse doctor officer sister midwife policyholder witness".split())
# The words the cues of ``_people_cues`` turn on.
_CUE_WORDS = _ROLES | frozenset(("cc", "and", "from"))
# "... , X Y wrote:" / "X Y <x@y.z> wrote:": an e-mail's quoted-reply header.
_WROTE = "wrote"
_JOINERS = frozenset(("and", "&"))
# Who else may stand in a list of names: "me, ana and kiran", "kiran and i".
_LIST_PRONOUNS = frozenset(("i", "me", "you", "u"))
_MAX_WORDS = 3
# Greetings and thanks that a name may close without a comma: "good morning
# X,", "yo X", "thank you so much X,"; the words before the name, last first.
_GREETINGS = (("yo",), ("hiya",), ("howdy",), ("morning", "good"), ("afternoon", "good"), ("evening", "good"),
              ("much", "so", "you", "thank"), ("much", "so", "thanks"), ("you", "thank"), ("again", "thanks"),
              ("ok",), ("okay",), ("you", "see"), ("you", "love"), ("night",), ("evening",), ("morning",),
              ("u", "thank"), ("ty",))
# Greetings of two words or more, which a name may close whatever follows:
# "good morning X hope you are well", "see you X tomorrow".
_LONG_GREETINGS = frozenset(g for g in _GREETINGS if len(g) > 1)
# The last word of every cue above.
_CUE_LAST_WORDS = frozenset((":", "cc", "attn", "name", "of", "is", "'s", "")) | _ROLE_VERBS | _AUXILIARIES \
    | frozenset(g[0] for g in _GREETINGS)
# A bare "ok" greets no one before another language's word: "ok lang,", "ok na!".
_BARE_OKS = (("ok",), ("okay",))
_GREETING_ENDS = frozenset(", ! . ? \n".split()) | {"\n", ""}


class NameCueRecognizer(PersonSlots, NameFrames, HonorificNames, GazetteerRecognizer):
    """Names in chat positions no capital letter marks (module docstring).
    Shares the gazetteer's word lists and word tests; only ``analyze`` differs."""

    ENTITIES = ["PERSON"]

    def __init__(self):
        super().__init__()
        self.name = "NameCueRecognizer"
        self.supported_entities = ["PERSON"]

    def _namey(self, lowers, k) -> bool:
        low = lowers[k]
        return self._name_like(low, False) and not self._typos(lowers, k, k + 1) \
            and not self._misspelt_verb(lowers, k, k + 1)

    def _unknown(self, lowers, k, shortest=4) -> bool:
        """No English word and no typo of one (unless its letters run as a
        name's: ``truecase._name_shaped``): "askolds", not "stil" (nor a
        word of three letters, too short to tell from a typo: "teh", unless
        the cue is strong: "ahn from support")."""
        low = lowers[k]
        return low.isalpha() and len(low) >= shortest and not self._everyday(low) and low not in self.common \
            and low not in HONORIFIC_WORDS \
            and not (self._typos(lowers, k, k + 1) and not _name_shaped(low, NAME_SHAPE_TYPO)) \
            and not self._misspelt_verb(lowers, k, k + 1)

    def _run(self, lowers, k, n) -> int:
        """The end of up to three name-like words from k after a strong cue (k
        itself when none); one word alone must be no typo ("holder: teh")."""
        m = k
        while m < n and m - k < _MAX_WORDS and self._name_like(lowers[m], False) \
                and not self._misspelt_verb(lowers, m, m + 1):
            m += 1
        if m - k == 1 and not self._namey(lowers, k):
            return k
        return m

    @staticmethod
    def _line_start(artifacts, k) -> bool:
        """Token k opens the text or a line (a line break may be a token of its own)."""
        tokens = artifacts.tokens
        while k > 0 and tokens[k - 1].is_space:
            if "\n" in tokens[k - 1].text:
                return True
            k -= 1
        return k == 0 or "\n" in tokens[k - 1].text_with_ws

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        lowers, words = nlp_artifacts.lemmas, nlp_artifacts.token_texts
        starts, ends = nlp_artifacts.tokens_indices, nlp_artifacts.token_ends
        n = len(lowers)
        spans: list[tuple[int, int]] = []
        for k in range(1, n):
            before = lowers[k - 1]
            if before not in _CUE_LAST_WORDS:
                continue  # most tokens: no cue just before them
            before2 = lowers[k - 2] if k > 1 else ""
            m = k
            if before == ":" and (before2 in _LABELS or (before2 in _LINE_LABELS and (
                    self._line_start(nlp_artifacts, k - 2) or (k > 2 and lowers[k - 3] in _LABELS)))):
                m = self._run(lowers, k, n)  # "account holder: gotelinde wobke", "from: jola urve"
            elif before in ("cc", "attn") and self._line_start(nlp_artifacts, k - 1):
                m = self._run(lowers, k, n)  # "cc kalpna, who ..."
            elif before in _ROLE_VERBS and before2 in _LABELS:
                m = self._run(lowers, k, n)  # "the account holder is anamarija elve"
            elif before == "name" and before2 in _LABELS:
                m = self._run(lowers, k, n)  # "payee name fatlume alerk"
            elif (greeting := self._greeted(lowers, k)) and self._unknown(lowers, k) \
                    and not (greeting in _BARE_OKS and lowers[k] in self.foreign) and (
                    k + 1 >= n or lowers[k + 1] in _GREETING_ENDS or "\n" in lowers[k + 1] or lowers[k - 1] == "yo"
                    or greeting in _LONG_GREETINGS):
                m = k + 1  # "good morning lisardo,", "thank you so much errico,", "yo kaarle quick question"
            elif (before2, before) == ("behalf", "of"):
                m = self._run(lowers, k, n)  # "on behalf of vivette ascan"
            elif (before2, before) in _INTRODUCTIONS and self._unknown(lowers, k) \
                    and (k + 1 >= n or lowers[k + 1] in _INTRO_FOLLOWERS):
                m = k + 1  # "this is taavo again"
            elif before in _AUXILIARIES and self._sentence_opening(nlp_artifacts, k - 1) \
                    and self._unknown(lowers, k) and k + 1 < n and lowers[k + 1].isalpha() \
                    and self._everyday(lowers[k + 1]):
                m = k + 1  # "is askolds still working", "can gligor use my card"
            if m > k:
                spans.append((k, m))
        for k in range(n):
            # "gezinus and beppie", "arseniy & atilla": two words English has no use for
            if k + 2 < n and lowers[k + 1] in _JOINERS and self._unknown(lowers, k) \
                    and self._unknown(lowers, k + 2):
                spans.extend(((k, k + 1), (k + 2, k + 3)))
            elif lowers[k] in _JOINERS:
                spans.extend(self._name_list(lowers, k))
            # "gerdt from your team told me", "Park from support", opening a sentence
            if k + 2 < n and lowers[k + 1] == "from" and lowers[k + 2] in _FROM_WHOM \
                    and self._sentence_opening(nlp_artifacts, k) and (self._unknown(lowers, k, 3) or (
                        lowers[k] in self.names and words[k][:1].isupper())):
                spans.append((k, k + 1))
        spans.extend(self._people_cues(nlp_artifacts, lowers, words))
        spans.extend(self._framed_names(lowers))  # "i owe eliise 200", "hello, rhizlane here"
        spans.extend(self._signature(nlp_artifacts, lowers))
        return [self._result(starts[a], ends[b - 1], "PERSON", 0.5) for a, b in spans] + [
            self._result(a, b, "PERSON", 0.5) for a, b in self._honorific_names(text)] + [  # "dr song", "tanaka-san"
            self._result(a, b, "PERSON", 0.5) for a, b in self._person_slots(text)]  # "@ferry", "thanks,\nnavy"

    def _list_item(self, lowers, k) -> bool:
        """A word of a list that may be a name: no English word (a typo-like
        one too: "maor", "boye"), or a known name English rarely uses."""
        low = lowers[k]
        return low.isalpha() and len(low) >= 3 and low not in self.common and low not in self.stop and (
            not self._everyday(low) or (low in self.names and self.frequency.get(low, 0) < _LOWER_NAME_MAX_FREQUENCY))

    def _name_list(self, lowers, c):
        """One-word items of a list ending in "and" at token c ("me, ana and
        kiran", "wiard, zarije and i", "can you add maor and mihaica"): when one
        item is a name for sure (no English word and no typo of one, or a
        known name English rarely uses), every item that may be a name
        (``_list_item``) is one; "i", "me", "you" may stand in the list."""
        n = len(lowers)
        items = [c + 1] if c + 1 < n else []
        q = c - 1
        while q >= 0:
            items.append(q)
            if q >= 2 and lowers[q - 1] == ",":
                q -= 2
            else:
                break
        people = [q for q in items if lowers[q] not in _LIST_PRONOUNS]
        if len(people) < 1 or len(items) < 2 or not all(self._list_item(lowers, q) for q in people):
            return []
        if not any(self._unknown(lowers, q) or (lowers[q] in self.names and self.frequency.get(lowers[q], 0)
                                                < _LOWER_NAME_MAX_FREQUENCY) for q in people):
            return []
        return [(q, q + 1) for q in people]

    def _first_namey(self, lowers, k) -> bool:
        """A name's first word after a role: name-like (a known name English
        rarely uses, or no English word) and no typo."""
        return self._name_like(lowers[k], True) and self._namey(lowers, k)

    def _people_cues(self, artifacts, lowers, words):
        """Names after a role or relation ("my manager nergis", "the nurse
        okyay said", "nurse descamps took"), "cc X on", "X from accounts",
        "X and i", "me and X", and before "wrote:" in a quoted-reply header."""
        n = len(lowers)
        out = []
        for c in range(n - 1):
            cue = lowers[c]
            if cue not in _CUE_WORDS:
                continue  # most tokens: one set look-up
            k = c + 1
            if cue in _ROLES:
                before2 = lowers[c - 1] if c > 0 else ""
                opened = before2 in _ROLE_OPENERS or (before2 == "line" and cue == "manager") or (
                    before2 == "claim" and cue == "handler")
                titled = cue in _ROLE_TITLES and self._sentence_opening(artifacts, c) and self._unknown(lowers, k)
                if (opened and self._first_namey(lowers, k)) or titled:
                    out.append((k, self._surname_end(lowers, k, n)))
            elif cue == "cc":
                if self._unknown(lowers, k) and (k + 1 >= n or lowers[k + 1] in ("on", "in", "and", ",", ".", "")):
                    out.append((k, k + 1))  # "please cc jakobina on the reply"
            elif cue == "and":
                if c > 0 and lowers[c - 1] == "me" and self._first_namey(lowers, k):
                    out.append((k, self._surname_end(lowers, k, n)))  # "me and kalev both use this card"
                elif c > 0 and lowers[k] in ("i", "me", "my") and self._sentence_opening(artifacts, c - 1) \
                        and self._framed_word(lowers, c - 1):
                    out.append((c - 1, c))  # "zareef and i opened the account", "rojda and my brother share"
            elif c > 0 and lowers[k] in _DEPARTMENTS and self._sentence_opening(artifacts, c - 1) \
                    and self._first_namey(lowers, c - 1):
                out.append((c - 1, c))  # "menashe from accounts said ..."
        out.extend(self._reply_header(lowers, words))
        return [(a, b) for a, b in out if b > a]

    def _surname_end(self, lowers, k, n) -> int:
        """After a name's first word k: k + 2 when the next word is name-like
        and no word English uses much ("my neighbour orfhlaith svensson"; not
        "the nurse klaidas said", "your agent noud hung up"), else k + 1."""
        nxt = lowers[k + 1] if k + 1 < n else ""
        if self._name_like(nxt, False) and nxt not in self.stop and not self._misspelt_verb(lowers, k + 1, k + 2) \
                and (not self._everyday(nxt) or self.frequency.get(nxt, 0) < _LOWER_NAME_MAX_FREQUENCY):
            return k + 2
        return k + 1

    def _reply_header(self, lowers, words):
        """"on tue 3 mar, bingshen sanny wrote:", "... jola urve <j@u.ee> wrote:":
        up to three name-like words (or capitalised words) right before
        "wrote" and a colon, an e-mail address in angle brackets between."""
        out = []
        if _WROTE not in lowers:
            return out  # most texts: no header (one scan in C)
        for k in range(1, len(lowers) - 1):
            if lowers[k] != _WROTE or lowers[k + 1] != ":":
                continue
            m = k
            if lowers[m - 1] == ">":  # "<j@u.ee>" between the name and "wrote"
                q = m - 1
                while q > 0 and lowers[q] != "<" and m - q < 6:
                    q -= 1
                m = q if lowers[q] == "<" else m
            a = m
            while a > 0 and m - a < _MAX_WORDS and (
                    self._name_like(lowers[a - 1], False) or (words[a - 1][:1].isupper()
                                                              and lowers[a - 1].isalpha()
                                                              and lowers[a - 1] not in self.common)):
                a -= 1
            if a < m:
                out.append((a, m))
        return out

    @staticmethod
    def _greeted(lowers, k) -> tuple[str, ...] | None:
        """The greeting (its words, last first) right before token k, if any."""
        for phrase in _GREETINGS:
            if k >= len(phrase) and all(lowers[k - 1 - q] == w for q, w in enumerate(phrase)):
                return phrase
        return None

    def _sentence_opening(self, artifacts, k) -> bool:
        return k == 0 or artifacts.lemmas[k - 1] in self._SENTENCE_BREAKS or self._line_start(artifacts, k)

    def _signature(self, artifacts, lowers):
        """The last line of a text of several lines, one or two name-like
        words and nothing else: "sent from my phone\\nkatsuhisa"."""
        tokens = artifacts.tokens
        m = len(lowers)
        while m > 0 and (tokens[m - 1].is_space or lowers[m - 1] in (".", "!")):
            m -= 1
        k = m
        while k > 0 and m - k < 3 and not tokens[k - 1].is_space and "\n" not in tokens[k - 1].text_with_ws:
            k -= 1
        if k == 0 or m - k not in (1, 2) or not self._line_start(artifacts, k):
            return []
        if not all(self._name_like(lowers[q], False) for q in range(k, m)) or (
                m - k == 1 and not self._namey(lowers, k)):
            return []
        if not any(self._unknown(lowers, q) or lowers[q] in self.names for q in range(k, m)):
            return []
        return [(k, m)]
