"""Names and places typed in lower case, and names after a strong cue: the
gazetteer's rules for words that carry no capital letter."""

from __future__ import annotations

from client.scrub.admin_units import all_unit_words
from client.scrub.english_forms import english_form
from client.scrub.gazetteer_words import (
    PEOPLE_ROLES,
    _ABBREVIATIONS,
    _CLAUSE_ENDS,
    _CUED_NAME_MAX_FREQUENCY,
    _CUE_ENDS,
    _DETERMINERS,
    _FIELD_LABELS,
    _INTRODUCTIONS,
    _IRISH_OR_ITALIAN,
    _JOINERS,
    _LOWER_NAME_MAX_FREQUENCY,
    _LOWER_TITLES,
    _NAME_CUES,
    _NAME_FOLLOWERS,
    _NAMING_VERBS,
    _PERSON_PREPOSITIONS,
    _PLACE_PREFIX_WORDS,
    _PLACE_PREPOSITIONS,
    _PLACE_TYPO_MIN_FREQUENCY,
    _POSSESSIVES,
    _RARE_MAX_FREQUENCY,
    _RELATION_WORDS,
    _ROLE_WORDS,
    _SIGNATURE_DASHES,
    _SIGN_OFFS,
    _SUBJECT_FOLLOWERS,
    _TITLE_NOUNS,
    _TOWN_SUFFIX,
    _TYPO_MIN_FREQUENCY,
    _one_edit_from_common,
    one_edit_from_english,
)
from client.scrub.honorifics import HONORIFIC_WORDS
from client.scrub.words import _english_frequencies, _first_name_words

# Words that open a clause whose subject comes next: "i think X blocked", "but X said".
_CLAUSE_OPENERS = frozenset("think thought guess that because cos coz but maybe when if since".split())


# Labels before a phone number, no place nor name: "claas ullmann, tel 0591...".
_CONTACT_LABELS = frozenset("tel tél mob fax ph cell ext".split())
# "its" is a name cue as "it is" typed without its apostrophe, never as the possessive.
_ITS = frozenset(("its", "it's", "it’s"))
# ... opening its clause: the text's start, a break or a greeting before it ("hi its grace", not "on its bones").
_ITS_OPENERS = frozenset(". ! ? , : ; - hi hello hey hiya yes yeah yep ok okay oh and but sorry no".split())


# An article or a demonstrative before a run of known names that are all
# English words makes them a thing, no person: "the ruby earrings", "an amber
# light", "the earl grey order" (English grammar: a name takes no article).
# Not a possessive ("my lola", "our nana" name kin), "that" ("said that dale
# called") nor "its" ("its grace again": it is).
_THING_DETERMINERS = frozenset("the a an this these those some any every each".split())


# Words people are greeted or thanked with in place of a name ("hey buddy",
# "thanks hon", "hi bestie"): English terms of address, some also in the name
# lists ("buddy", "pal", "babe"). Alone after a greeting or thanks they are no
# name; beside another name word they still count ("buddy holly").
_TERMS_OF_ADDRESS = frozenset("""mate mates man dude bro bros bruh sis sir madam maam love luv dear friend
buddy bud pal pals boss chief mom mum dad bestie fam hon hun babe baby honey sweetie sweety sweetheart
darling homie homey amigo amiga dawg champ chap lad lads lass guys gal gals folks kiddo cuz fella fellas
mister missus ma pa""".split())
_VOCATIVE_CUES = frozenset("hi hey hello hiya heya yo thanks thank thx ty cheers dear morning evening bye".split())


# Irregular past verbs a subject opens a clause with: "kwame sent the form".
_PAST_VERBS = frozenset("sent paid gave took made lost left came rang wrote spent bought".split())


class LowerCaseNames:
    """Mixed into ``GazetteerRecognizer``: uses its word sets (``names``,
    ``places``, ``frequency`` ...) and ``_everyday`` / ``_result``."""

    def _name_like(self, low: str, first: bool) -> bool:
        """A word that may be (part of) a name after a strong cue: no English
        word, or a known name that is no stop word ("park" in "jiyeon park")."""
        if not low.replace("'", "").isalpha() or len(low) < 2 or (low in self.common and low not in self.names):
            return False
        if low in self.names:
            return not first or low not in self.very_common or low in self.first_names
        return not self._everyday(low)

    def _cued_names(self, artifacts):
        """One or two name-like words (``_name_like``) after a strong cue: a
        relation ("my wife ..."), "name of", "i'm" / "this is" (then a clause
        end), a sign-off or a signature dash (then the text's end); or opening
        the text or a line before a dash or a colon ("yoon jaehyeon - card
        blocked")."""
        lowers, starts, ends = artifacts.lemmas, artifacts.tokens_indices, artifacts.token_ends
        n = len(lowers)
        out = []
        for k in range(n):
            before = lowers[k - 1] if k else "\n"
            if before not in _CUE_ENDS and "\n" not in before:
                continue  # most tokens: no cue just before them
            before2 = lowers[k - 2] if k > 1 else ""
            relation = before in _RELATION_WORDS and before2 in _POSSESSIVES
            named = (before2, before) == ("name", "of")
            intro = (before2, before) in _INTRODUCTIONS or (before2, before) == ("i", "am")
            closing = (before in _SIGNATURE_DASHES and before2 not in _FIELD_LABELS) or before in _SIGN_OFFS or (
                before == "," and before2 in _SIGN_OFFS)
            label = "\n" in before
            if not (relation or named or intro or closing or label):
                continue
            # a surname that is also an English word, before a word that is none: "park jiyeon"
            unknown_next = k + 1 < n and lowers[k + 1].isalpha() and not self._everyday(lowers[k + 1])
            if not self._name_like(lowers[k], True) and not (lowers[k] in self.names and unknown_next):
                continue
            m = k + 1
            if m < n and self._name_like(lowers[m], False):
                m += 1
            elif m < n and lowers[m].isalpha() and lowers[m] not in self.stop and not self._everyday(lowers[k]) \
                    and (intro or closing or named or label):
                m += 1  # a surname that is an English word, checked by what follows: "minsu son and"
            unknown = [q for q in range(k, m) if not self._everyday(lowers[q]) and lowers[q] not in self.names]
            if self._misspelt_verb(lowers, k, m) or (
                    not relation and len(unknown) == 1 and self._typos(lowers, unknown[0], unknown[0] + 1)):
                continue  # "im confussed", "i'm stil waiting"
            rest = [w for w in lowers[m:] if w.strip()]
            if closing and any(w not in ".!?)" for w in rest):
                continue  # a sign-off or dash names the writer only at the end
            if (intro or named) and rest and rest[0] not in _NAME_FOLLOWERS:
                continue  # "i'm moving to ...": no name
            if label and not (relation or named or intro or closing) and (
                    not rest or rest[0] not in ("-", "–", "—", ":")
                    or (self._everyday(lowers[k]) and not unknown_next) or len("".join(lowers[k:m])) <= 2):
                continue  # a label needs its dash or colon, and a word English has no use for (not "ig:")
            out.append(self._result(starts[k], ends[m - 1], "PERSON", 0.5))
        return out

    def _lower_kind_seen(self, word: str, lower: str) -> str | None:
        """``_lower_kind``, kept per word: it reads only the word lists, which
        do not change, and chat repeats its words (bounded: cleared when full)."""
        seen = self.__dict__.setdefault("_kinds_seen", {})
        key = (word, lower)
        if key in seen:
            return seen[key]
        if len(seen) >= 100_000:
            seen.clear()
        kind = seen[key] = self._lower_kind(word, lower)
        return kind

    def _lower_kind(self, word: str, lower: str) -> str | None:
        """How a lower-case word may be part of a name typed without capitals:
        "name" or "place" (a known one that is rare as an English word),
        "weak" (a known name that is a middling English word), "unknown" (no
        English word at all), else None."""
        if _IRISH_OR_ITALIAN.match(word):  # "o'connor", "d'angelo"
            return "name" if lower[2:] in self.names else "unknown"
        if len(word) < 2 or not word.islower() or not word.isalpha() or lower in self.common \
                or lower in _CONTACT_LABELS:
            return None
        frequency = self.frequency.get(lower, 0)
        if frequency < _LOWER_NAME_MAX_FREQUENCY and (lower in self.places or lower in self.big_cities):
            return "place"
        if frequency < _LOWER_NAME_MAX_FREQUENCY and lower in self.names:
            return "name"
        if not self._everyday(lower):
            if lower in _ABBREVIATIONS or lower in _LOWER_TITLES or lower in PEOPLE_ROLES or lower in all_unit_words():
                # an abbreviation, a title or an administrative unit, no name: "atm", "otp",
                # "dr" (before "dr abba"), "kelurahan" (before a place)
                return None
            return "unknown"
        if frequency < _CUED_NAME_MAX_FREQUENCY and lower in self.names:
            return "weak"
        if frequency < _RARE_MAX_FREQUENCY:
            return "rare"
        return None

    @staticmethod
    def _after_title(lowers, i, titles=_LOWER_TITLES) -> bool:
        if i < 1:
            return False
        before = lowers[i - 1]
        return before.rstrip(".") in titles or (before == "." and i > 1 and lowers[i - 2] in titles)

    def _cued(self, lowers, i) -> bool:
        """A name cue before token i: "ask", "thanks", "ms.", "calls me". "its"
        cues only as "it is" opening a clause ("hi its grace again", "its kwame
        from hr"); as the possessive after a word it names nothing ("its quirky
        charm", "when it hits its mark", "on its bones.")."""
        before = lowers[i - 1] if i > 0 else ""
        if before in _ITS:
            opener = lowers[i - 2] if i > 1 else ""
            return opener in _ITS_OPENERS or not opener.strip()
        return before in _NAME_CUES or self._after_title(lowers, i) or (
            i > 1 and before in ("me", "him", "her") and lowers[i - 2] in _NAMING_VERBS)

    def _typos(self, lowers, i, j, minimum=_TYPO_MIN_FREQUENCY) -> bool:
        """One of the words is one edit (a letter dropped, added, changed or
        two swapped) from a common English word: "confussed", "stil"."""
        return any(self._one_edit(w, minimum) for w in lowers[i:j])

    def _one_edit(self, word: str, minimum: int) -> bool:
        if self.frequency is _english_frequencies():
            return one_edit_from_english(word, minimum)
        return _one_edit_from_common(word, self.frequency, minimum)

    def _misspelt_verb(self, lowers, i, j) -> bool:
        """A word ending in "ing" or "ed" whose stem (five letters or more;
        a doubled last letter once, or an "e" added) is one edit from an
        English word of some use: "tranfering", "tranferring", "recieved"."""
        for w in lowers[i:j]:
            for suffix in ("ing", "ed"):
                stem = w[: -len(suffix)]
                if not w.endswith(suffix) or len(stem) < 5:
                    continue
                stems = {stem, stem + "e"} | ({stem[:-1]} if stem[-1] == stem[-2] else set())
                if any(self._one_edit(t, _PLACE_TYPO_MIN_FREQUENCY) for t in stems):
                    return True
        return False

    def _invented_place(self, lowers, i, j) -> bool:
        """Words English has no use for after a place prefix ("new philipborough";
        not "the new dashbaord"), or ending like a town ("averyleigh"), and
        not one edit from any English word of some use."""
        prefixed = i > 0 and lowers[i - 1] in _PLACE_PREFIX_WORDS and (i < 2 or lowers[i - 2] not in _DETERMINERS)
        return (prefixed or any(_TOWN_SUFFIX.search(w) for w in lowers[i:j])) \
            and not self._typos(lowers, i, j, _PLACE_TYPO_MIN_FREQUENCY)

    def _lower_case_names(self, artifacts, entities):
        """Names and places typed in lower case ("talked to laura and david",
        "moved from sweden", "ask kempers in billing"): a run of known name or
        place words that English rarely uses, with unknown words next to them;
        an unknown word or a middling-English name alone only after a cue."""
        words, lowers = artifacts.token_texts, artifacts.lemmas
        starts, ends = artifacts.tokens_indices, artifacts.token_ends
        kinds = [self._lower_kind_seen(w, l) for w, l in zip(words, lowers)]
        out = []
        if "LOCATION" in entities:
            for a, b in self._lower_countries(lowers, words):
                out.append(self._result(starts[a], ends[b - 1], "LOCATION", 0.5))
                for k in range(a, b):
                    kinds[k] = None
        n = len(words)
        for i in range(n - 1):
            # A first name English also uses, right before a word English has
            # no use for (unknown, or a rare known name), is a name and surname:
            # "guy migneault", "mark oyelaran".
            if kinds[i] in (None, "weak") and words[i].islower() and lowers[i] in self.first_names \
                    and (kinds[i + 1] == "name" or kinds[i + 1] == "unknown" and not self._typos(lowers, i + 1, i + 2)):
                kinds[i] = "name"
        for i in range(1, n):
            # After a title any word is a name ("dr smith"); an initial between
            # two name words joins them ("namihiko k. iijima").
            if kinds[i] is None and words[i].isalpha() and words[i].islower() and lowers[i] not in self.common \
                    and lowers[i] not in _TITLE_NOUNS \
                    and self._after_title(lowers, i, _LOWER_TITLES - {"miss"}):  # "i miss home"
                kinds[i] = "weak"
            elif kinds[i] is None and len(lowers[i].rstrip(".")) == 1 and lowers[i][0].isalpha() \
                    and i + 1 < n and kinds[i - 1] in ("name", "unknown") and kinds[i + 1] in ("name", "unknown"):
                kinds[i] = "initial"
        i = 0
        while i < n:
            if kinds[i] is None:
                i += 1
                continue
            j = i
            while j < n and kinds[j] is not None:
                j += 1
            if j - i == 1 and lowers[i] in HONORIFIC_WORDS:
                i = j  # a title or honorific alone is no name: "help me pak my bags", "mang o juice"
                continue
            if j - i == 1 and lowers[i] in _TERMS_OF_ADDRESS and i > 0 and lowers[i - 1] in _VOCATIVE_CUES:
                i = j  # "hey buddy", "thanks hon": who is greeted, not a name
                continue
            first = kinds.index("name", i, j) if "name" in kinds[i:j] else i
            roles = [q for q in range(i, first) if kinds[q] == "rare" and lowers[q] not in _first_name_words()]
            if roles:
                # an English word before the name is who they are, not their name: "my flatmate| anna",
                # "songwriter| ashley fernandes", "rr commenter| patrick fry" (not "rune lopez": a first name)
                i = roles[-1] + 1
            stop = j
            # an English word made from another one (inflected, derived) ends no name or place:
            # "this hollywood| contrivance", "bogdanovich| tantalizes" (not a surname a list knows)
            while j - 1 > i and kinds[j - 1] == "rare" and lowers[j - 1] not in self.names \
                    and english_form(lowers[j - 1], self.english):
                j -= 1
            run = kinds[i:j]
            before = lowers[i - 1] if i > 0 else ""
            after = lowers[j] if j < n else ""
            unknown_only = all(k in ("unknown", "initial") for k in run)
            # other languages' ordinary words alone ("nagyon igy", "salamat"): no name on shape alone
            foreign = unknown_only and self._foreign_only([lowers[q] for q in range(i, j) if kinds[q] == "unknown"])
            if "place" in run and "LOCATION" in entities and all(k == "place" for k in run):
                out.append(self._result(starts[i], ends[j - 1], "LOCATION", 0.5))
            elif "PERSON" in entities and (
                ("name" in run and not self._english_thing(lowers, before, i, j))
                or self._cued(lowers, i)
                # (not a misspelt word: "a fee for tranferring money", "for tranfering it")
                or (unknown_only and before in _PERSON_PREPOSITIONS
                    and not self._misspelt_verb(lowers, i, j))
                # two unknown words, one that opens a sentence as its subject, or
                # one after "i'm": "tejka jonak", "beksultan had given", "i'm
                # nkechi," (not typos of common words: "im confussed,")
                # (typos together stay: "recieved teh tranfer"; one word like a typo
                # beside one of four letters or more that is none makes a name: "takae syrjala")
                or (unknown_only and run.count("unknown") > 1 and not foreign and (
                    not self._typos(lowers, i, j)
                    or any(len(lowers[q]) >= 4 and not self._typos(lowers, q, q + 1)
                           for q in range(i, j) if kinds[q] == "unknown")))
                or (run == ["unknown"] and (after in _SUBJECT_FOLLOWERS or self._subject_verb(after)) and not foreign
                    and not self._typos(lowers, i, j) and (i == 0 or lowers[i - 1] in self._SENTENCE_BREAKS))
                # ... or a clause's subject after "i think", "but", "because": "i think
                # hifza blocked my account", "but ysatis said no" (a verb of some use after it)
                or (run == ["unknown"] and before in _CLAUSE_OPENERS and not self._typos(lowers, i, j)
                    and not self._misspelt_verb(lowers, i, j)
                    and (after in _SUBJECT_FOLLOWERS - {","} or self._subject_verb(after)))
                or (run == ["unknown"] and after in _CLAUSE_ENDS and i > 1 and not self._typos(lowers, i, j)
                    and (lowers[i - 2], before) in _INTRODUCTIONS)
                or (i > 1 and before in ("is", "'s") and lowers[i - 2] == "name")
                # a name English also uses, joined to another name: "lily and phillip",
                # "talked to mark and ben"
                or (run == ["weak"] and self._joined_to_name(kinds, lowers, i, j))
                # a speaker's label opening a line of a chat log: "jildert: what a ..."
                # (not a network's short name: "ig: ...", "fb: ...")
                or (unknown_only and j - i <= 2 and after == ":" and self._line_start(artifacts, i)
                    and not self._typos(lowers, i, j) and len("".join(lowers[i:j])) > 2)
                # a name English also uses, called by it: "remember me, holly?"
                or (run == ["weak"] and before == "," and after in ("?", "!"))
                # ... or opening a sentence as its subject: "sean is a very ..."
                or (run == ["weak"] and after in _SUBJECT_FOLLOWERS - {","} and lowers[i] not in _ROLE_WORDS
                    and (i == 0 or lowers[i - 1] in self._SENTENCE_BREAKS))
                # unknown words in letters English does not use: "kosara reišl"
                or any(k == "unknown" and not lowers[m].isascii() for m, k in zip(range(i, j), run))
            ):
                out.append(self._result(starts[i], ends[j - 1], "PERSON", 0.5))
            elif "LOCATION" in entities and (
                "place" in run or (unknown_only and before in _PLACE_PREPOSITIONS)
                or (unknown_only and self._invented_place(lowers, i, j))
            ):
                out.append(self._result(starts[i], ends[j - 1], "LOCATION", 0.45))
            i = stop
        return out

    def _english_thing(self, lowers, before: str, i: int, j: int) -> bool:
        """An article or demonstrative before a run of words that are all English words
        (``_THING_DETERMINERS``): "the ruby earrings", not "the oyelaran"."""
        return before in _THING_DETERMINERS and all(lowers[q] in self.english for q in range(i, j))

    def _subject_verb(self, word: str) -> bool:
        """An English verb a subject opens, as chat types it: past ("blocked",
        "sent") or third person ("uses", "pays")."""
        return word in _PAST_VERBS or (len(word) > 3 and word.endswith(("ed", "s")) and self._everyday(word))

    @staticmethod
    def _line_start(artifacts, i) -> bool:
        """Token i opens the text or a line."""
        tokens = artifacts.tokens
        while i > 0 and tokens[i - 1].is_space:
            i -= 1
        return i == 0 or "\n" in tokens[i - 1].text_with_ws

    @staticmethod
    def _joined_to_name(kinds, lowers, i, j) -> bool:
        """Token run i..j stands next to a name word across "and" / "&" / "or"."""
        n = len(lowers)
        return (j + 1 < n and lowers[j] in _JOINERS and kinds[j + 1] in ("name", "unknown")) or (
            i > 1 and lowers[i - 1] in _JOINERS and kinds[i - 2] in ("name", "unknown"))

    def _lower_countries(self, lowers, words):
        """Countries of several words in lower case ("new zealand")."""
        found = []
        k = 0
        firsts = self.country_firsts
        while k < len(lowers):
            if lowers[k] not in firsts:
                k += 1
                continue
            for m in range(min(len(lowers), k + 4), k + 1, -1):
                if all(w.islower() for w in words[k:m]) and " ".join(lowers[k:m]) in self.countries:
                    found.append((k, m))
                    k = m - 1
                    break
            k += 1
        return found
