"""Names and places the small NER model misses, from word lists and shape."""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

from client.scrub import world_places
from client.scrub.world_names import ascii_faker_name_words
from client.scrub.words import (
    _OBJECT_WORDS,
    _PARTICLES,
    _common_words,
    _english_frequencies,
    _english_words,
    _name_words,
    _place_phrases,
    _very_common_words,
)


# A known name or place typed in lower case counts when English uses the word
# less often than this (laura 1.4k, london 1.1k; faith 66k, cook 59k, mark 50k).
_LOWER_NAME_MAX_FREQUENCY = 5000
# ... and a name that is an English word of middle frequency ("holly", "sean",
# under 20,000) counts only after a cue.
_WEAK_NAME_MAX_FREQUENCY = 20_000
# A known name English uses more ("grace" 24k, "mark" 50k) counts in lower case
# only after a cue or joined to another name ("hi its grace", "said mark to").
_CUED_NAME_MAX_FREQUENCY = 60_000
# Words after which a lower-case unknown word or weak name is a name ("ask kempers",
# "bye umida", "ping necmiye about it").
_NAME_CUES = frozenset("""ask asked call called calling thanks thank thx cheers hi hello hey dear
named tell told email emailed text texted message messaged ring rang said its it's bye byee cya ping""".split())
# Words that open a run of capitalised words before a name, and no part of it.
_LEAD_WORDS = frozenset("bye byee cya ping tell ok okay love see cheers thx ty morning evening night yo hiya".split())
# Transliterated names shorter than this ("ivan", "olga" pass; "lena", "roma"... too) are left out.
_ASCII_NAME_MIN_LENGTH = 4
# After these only an unknown word counts: a person after the first set, a
# place after the second ("talked to glafira", "lived in pietersburg").
_PERSON_PREPOSITIONS = frozenset("to with and for by".split())
_IRISH_OR_ITALIAN = re.compile(r"^[od]['’](?!clock)[a-z]{3,}$")
# A word this rare in English ("igor" 250, "philippe" 279) is a name after a cue.
_RARE_MAX_FREQUENCY = 1000
# Titles typed in lower case: the next word is a name ("ms. philippe", "dr smith").
_LOWER_TITLES = frozenset("mr mrs ms mx dr miss prof".split())
# Who someone is, before their name after "my" / "the" / "your": "my manager
# nergis", "the nurse okyay", "our carer lianying" (name_cues); no name word
# themselves ("flatmate", "carer" and "physio" are no English words to the list).
PEOPLE_ROLES = frozenset("""wife husband son daughter mum mom mother dad father sister brother friend colleague
landlord landlady boss partner girlfriend boyfriend fiance fiancé fiancee neighbour neighbor flatmate roommate
cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather tenant carer caregiver
manager supervisor nurse doctor midwife dentist therapist physio surgeon consultant gp receptionist handler
adviser advisor agent assessor adjuster caseworker solicitor lawyer attorney witness teacher tutor coach
officer representative rep policyholder employee coworker co-worker teammate mentor director""".split())
# Nouns "dr" opens as no title: "dr appointment moved to friday"; "ms" is also
# Microsoft: "use ms teams", "an ms word file".
_TITLE_NOUNS = frozenset("""appointment appointments visit visits note notes letter letters office surgery
teams word excel outlook access edge paint store""".split())
# "calls me khazani", "named him polycarp".
_NAMING_VERBS = frozenset("call calls called name named naming".split())
# An unknown word that opens a sentence and is followed by one of these is a
# name ("beksultan had given", "natsuhiko, can i").
_SUBJECT_FOLLOWERS = frozenset(""", is was has had said says lives lived will would can could did does
went called told asked wants wanted needs works worked here pls plz please""".split())
# "i'm nkechi, ...", "this is kwabena.": an unknown word after these, closing
# the clause, is a name.
_INTRODUCTIONS = frozenset({("i", "'m"), ("i", "m"), ("i", "am"), ("this", "is"), ("it", "'s"), ("its", "")})
_CLAUSE_ENDS = frozenset(", . ! ? ; : here from and".split()) | {""}
_PLACE_PREPOSITIONS = frozenset("in from near at".split())
# Who someone is to the writer, after "my" / "our" ...: the next words may be
# a name ("my wife yeonggil park cant log in", "our landlord kowalczyk").
_RELATION_WORDS = frozenset("""wife husband son daughter mum mom mother dad father sister brother friend
colleague landlord landlady boss partner girlfriend boyfriend fiance fiancé fiancee neighbour neighbor
flatmate roommate cousin uncle aunt nephew niece grandson granddaughter tenant""".split())
_POSSESSIVES = frozenset("my our his her their".split())
# A sign-off or a signature dash before a name that ends the text:
# "regards, yoon boram", "why is it pending? -- yunseo".
_SIGN_OFFS = frozenset("regards thanks cheers sincerely yours best love".split())
_SIGNATURE_DASHES = frozenset(("--", "-", "—", "–", "~"))
# A dash after one of these is a field's, not a signature's: "occupation - hvac installer".
_FIELD_LABELS = frozenset("occupation profession job title position role subject re".split())
_NAME_FOLLOWERS = frozenset(", . ! ? ; : and here from calling speaking again".split())
# The last word of every cue above (a line break too).
_CUE_ENDS = _RELATION_WORDS | _SIGN_OFFS | _SIGNATURE_DASHES | frozenset(("of", ",", "'m", "m", "is", "am", "'s", ""))
# Before a word English has no use for, these make it a place: "new philipborough",
# "lake akwesifurt", "port moresby".
_PLACE_PREFIX_WORDS = frozenset("new north south east west upper lower port fort mount lake".split())
# A word English has no use for, ending like an English or Germanic town
# name, is a place: "averyleigh", "paulettetown", "akwesifurt".
_TOWN_SUFFIX = re.compile(r"(?:town|ville|borough|burgh|burg|bury|mouth|port|haven|chester|ford|stad|furt|"
                          r"fort|leigh|shire|field|berg)$")
_JOINERS = frozenset(("and", "&", "or"))
_DETERMINERS = frozenset("the a an my your our his her their this that its".split())
# An invented place name is no typo of an English word used this often ("dashbaord").
_PLACE_TYPO_MIN_FREQUENCY = 300


_TYPO_MIN_FREQUENCY = 10_000
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


# Words for who a merchant or a firm is, also surnames somewhere ("merchant
# was tesco", "seller is ..."): never a person opening a sentence.
_ROLE_WORDS = frozenset("""merchant merchants seller vendor payee payer retailer lender landlord
tenant courier agent dealer broker""".split())


def _one_edit_from_common(word: str, frequency: dict, minimum: int = _TYPO_MIN_FREQUENCY) -> bool:
    if len(word) < 4 or not word.isascii():
        return False
    splits = [(word[:k], word[k:]) for k in range(len(word) + 1)]
    candidates = (
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    )
    return any(frequency.get(c, 0) >= minimum for c in candidates if c != word)


# Short forms people type for countries whose Faker name is longer.
_SHORT_COUNTRIES = frozenset(("united states", "south korea", "north korea", "great britain",
                              "czech republic", "ivory coast", "the gambia", "east timor",
                              "vatican city", "the bahamas", "united emirates"))

# Between two parts of one name: an initial or a particle ("j", "a.", "van der", "mac an").
_NAME_JOINT = re.compile(
    r"\s+(?:[A-Za-z]\.?|(?i:van|von|de|der|den|da|di|du|la|le|mac|mc|bin|ibn|al|el|ter|dos|das|ben)"
    r"(?:\s+(?i:an|der|den|de|la|van|los|las))?)\s+")
# Before a place or name typed as one ("north wendy", "east london", "new philipborough").
_PREFIX_LOOK_BACK = 40
_COMPASS = re.compile(r"(?<![\w-])(?i:north|south|east|west)\s+$")
_PLACE_PREFIX = re.compile(r"(?<![\w-])(?i:north|south|east|west|new|upper|lower|port|fort|mount|lake)\s+$")

# Banking and chat abbreviations typed in lower case: no names ("at atm center").
_ABBREVIATIONS = frozenset("atm apr otp kyc iban bic faq vpn imo idk asap aka sms pdf hr pt wi fi wifi".split())

class GazetteerRecognizer(LocalRecognizer):
    """Names and places the small NER model misses, from word lists and the
    shape of proper nouns.

    Works on spaCy tokens. A run of capitalised words is a LOCATION when it
    is a known city, region or country, and a PERSON when one of its words is
    a known first or last name, when it is spelled with letters English does
    not use ("Hamanová", "Jóhannesdóttir"), or when it stands mid-sentence and
    is not an everyday English word. Lower-case words, sentence-initial common
    words and acronyms are left alone, which keeps over-scrubbing down.
    """

    ENTITIES = ["PERSON", "LOCATION"]
    _SENTENCE_BREAKS = frozenset('. ! ? : ; " “ ” ( ) [ ] - – — * # > | • ?? ??? ...'.split())

    def __init__(self):
        super().__init__(supported_entities=self.ENTITIES, name="GazetteerRecognizer")

    def load(self) -> None:
        from faker.providers.person.en_US import Provider as UsPerson
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = frozenset(STOP_WORDS)

        self.common = _common_words()
        self.english = _english_words()
        # Faker's names as typed in ASCII ("kuznetsov", "papadopoulos", "sukurov"),
        # the gazetteer's alone: places and firms keep Faker's own list.
        self.names = _name_words() | frozenset(
            w for w in ascii_faker_name_words() if len(w) >= _ASCII_NAME_MIN_LENGTH and w not in self.english)
        self.places = _place_phrases()
        self.very_common = _very_common_words()
        self.frequency = _english_frequencies()
        from faker.providers.address.en_US import Provider as UsAddress

        self.countries = frozenset(c.lower() for c in UsAddress.countries if " " in c) | _SHORT_COUNTRIES
        self.country_firsts = frozenset(c.split()[0] for c in self.countries)
        # First names common enough in English text to trust at a sentence start.
        self.first_names = {n.lower() for n in (*UsPerson.first_names_male, *UsPerson.first_names_female)}
        # One-word towns of a million people or more: a lone lower-case "paris" is the town.
        self.big_cities = world_places.big_cities(world_places.DEV_LEAVE_OUT_HALF)

    def _everyday(self, word: str) -> bool:
        """An English word, allowing for simple inflections ("logins", "called")."""
        english = self.english
        if word in english or len(word) < 2:
            return True
        for suffix, repl in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                             ("ing", "e"), ("ly", ""), ("er", ""), ("ers", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + repl in english:
                return True
        return False

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        # Token texts as plain lists, made once per text and shared with the
        # context step (each spaCy Doc access builds a new Token object).
        words, lowers = nlp_artifacts.token_texts, nlp_artifacts.lemmas
        # In shouted text every word is upper case; only Title case counts there.
        letters = sum(map(str.isalpha, text))
        shouting = letters > 8 and sum(map(str.isupper, text)) > 0.6 * letters
        caps = [
            self._is_cap(word, shouting)
            or (shouting and word.isupper() and (lower in self.names or lower in self.places))
            for word, lower in zip(words, lowers)
        ]
        results = []
        n = len(words)
        i = 0
        while i < n:
            if not caps[i]:
                i += 1
                continue
            j = i + 1
            while j < n and (
                caps[j]
                or (lowers[j] in _PARTICLES and j + 1 < n and caps[j + 1])
                or (words[j] == "." and len(words[j - 1]) == 1)  # initials
            ):
                j += 1
            results.extend(self._classify_run(text, nlp_artifacts, i, j, entities))
            i = j
        results.extend(self._lower_case_names(nlp_artifacts, entities))
        if "PERSON" in entities:
            results.extend(self._cued_names(nlp_artifacts))
        return self._joined(text, results)

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

    def _joined(self, text, results):
        """Parts of one name found apart: a middle initial or a particle
        between two parts of a name ("tilly j nicholson", "roman van der
        berg"), a compass word before a place or name ("north wendy", "west
        london"), "new" before a place ("new philipborough")."""
        results = sorted(results, key=lambda r: r.start)
        out = []
        for r in results:
            prev = out[-1] if out else None
            if prev is not None and {prev.entity_type, r.entity_type} <= {"PERSON", "LOCATION"} \
                    and _NAME_JOINT.fullmatch(text, prev.end, r.start):
                out[-1] = self._result(prev.start, r.end, "PERSON", max(prev.score, r.score))
                continue
            if r.entity_type in ("PERSON", "LOCATION"):
                # (looked for just before the span: from the text's start, each
                # search cost the whole prefix, quadratic in a chunk)
                m = (_PLACE_PREFIX if r.entity_type == "LOCATION" else _COMPASS).search(
                    text, max(0, r.start - _PREFIX_LOOK_BACK), r.start)
                if m and (prev is None or prev.end <= m.start()):
                    r = self._result(m.start(), r.end, r.entity_type, r.score)
            out.append(r)
        return out

    def _lower_kind(self, word: str, lower: str) -> str | None:
        """How a lower-case word may be part of a name typed without capitals:
        "name" or "place" (a known one that is rare as an English word),
        "weak" (a known name that is a middling English word), "unknown" (no
        English word at all), else None."""
        if _IRISH_OR_ITALIAN.match(word):  # "o'connor", "d'angelo"
            return "name" if lower[2:] in self.names else "unknown"
        if len(word) < 2 or not word.islower() or not word.isalpha() or lower in self.common:
            return None
        frequency = self.frequency.get(lower, 0)
        if frequency < _LOWER_NAME_MAX_FREQUENCY and (lower in self.places or lower in self.big_cities):
            return "place"
        if frequency < _LOWER_NAME_MAX_FREQUENCY and lower in self.names:
            return "name"
        if not self._everyday(lower):
            if lower in _ABBREVIATIONS or lower in _LOWER_TITLES or lower in PEOPLE_ROLES:
                return None  # an abbreviation or a title, no name: "atm", "otp", "dr" (before "dr abba")
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
        """A name cue before token i: "ask", "thanks", "ms.", "calls me"."""
        before = lowers[i - 1] if i > 0 else ""
        return before in _NAME_CUES or self._after_title(lowers, i) or (
            i > 1 and before in ("me", "him", "her") and lowers[i - 2] in _NAMING_VERBS)

    def _typos(self, lowers, i, j, minimum=_TYPO_MIN_FREQUENCY) -> bool:
        """One of the words is one edit (a letter dropped, added, changed or
        two swapped) from a common English word: "confussed", "stil"."""
        return any(_one_edit_from_common(w, self.frequency, minimum) for w in lowers[i:j])

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
                if any(_one_edit_from_common(t, self.frequency, _PLACE_TYPO_MIN_FREQUENCY) for t in stems):
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
        kinds = [self._lower_kind(w, l) for w, l in zip(words, lowers)]
        out = []
        if "LOCATION" in entities:
            for a, b in self._lower_countries(lowers, words):
                out.append(self._result(starts[a], ends[b - 1], "LOCATION", 0.5))
                for k in range(a, b):
                    kinds[k] = None
        n = len(words)
        for i in range(n - 1):
            # A first name English also uses, right before a word English has
            # no use for, is a name and surname: "guy migneault", "mark oyelaran".
            if kinds[i] in (None, "weak") and words[i].islower() and lowers[i] in self.first_names \
                    and kinds[i + 1] == "unknown" and not self._typos(lowers, i + 1, i + 2):
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
            run = kinds[i:j]
            before = lowers[i - 1] if i > 0 else ""
            after = lowers[j] if j < n else ""
            unknown_only = all(k in ("unknown", "initial") for k in run)
            if "place" in run and "LOCATION" in entities and all(k == "place" for k in run):
                out.append(self._result(starts[i], ends[j - 1], "LOCATION", 0.5))
            elif "PERSON" in entities and (
                "name" in run
                or self._cued(lowers, i)
                # (not a misspelt word: "a fee for tranferring money", "for tranfering it")
                or (unknown_only and before in _PERSON_PREPOSITIONS
                    and not self._misspelt_verb(lowers, i, j))
                # two unknown words, one that opens a sentence as its subject, or
                # one after "i'm": "tejka jonak", "beksultan had given", "i'm
                # nkechi," (not typos of common words: "im confussed,")
                # (typos together stay: "recieved teh tranfer"; one word like a typo
                # beside one of four letters or more that is none makes a name: "takae syrjala")
                or (unknown_only and run.count("unknown") > 1 and (
                    not self._typos(lowers, i, j)
                    or any(len(lowers[q]) >= 4 and not self._typos(lowers, q, q + 1)
                           for q in range(i, j) if kinds[q] == "unknown")))
                or (run == ["unknown"] and after in _SUBJECT_FOLLOWERS and not self._typos(lowers, i, j)
                    and (i == 0 or lowers[i - 1] in self._SENTENCE_BREAKS))
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
            i = j
        return out

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

    @staticmethod
    def _is_cap(t: str, shouting: bool) -> bool:
        if not t[:1].isupper() or not any(c.isalpha() for c in t):
            return False
        if len(t) > 1 and t.isupper():
            return len(t) > 3 and not shouting  # acronyms (ATM, SSN) are not names
        # plural acronyms ("ATMs", "PINs", "IBANs") are not names either
        return not (len(t) > 2 and t[-1] == "s" and t[:-1].isupper())

    def _sentence_start(self, doc, k) -> bool:
        while k > 0 and doc[k - 1].is_space:
            k -= 1
        return k == 0 or doc[k - 1].text in self._SENTENCE_BREAKS or "\n" in doc[k - 1].whitespace_

    def _classify_run(self, text, artifacts, start, end, entities):
        doc, starts, ends = artifacts.tokens, artifacts.tokens_indices, artifacts.token_ends
        out = []
        # Places first: longest known phrase wins.
        taken = [False] * (end - start)
        if "LOCATION" in entities:
            k = start
            while k < end:
                for m in range(min(end, k + 4), k, -1):
                    phrase = text[starts[k]:ends[m - 1]].lower()
                    if phrase in self.places and not (
                            # "Split the bill", "Nice to meet you": an everyday word opening a sentence
                            m - k == 1 and self.frequency.get(phrase, 0) >= _WEAK_NAME_MAX_FREQUENCY
                            and self._sentence_start(doc, k)):
                        out.append(self._result(starts[k], ends[m - 1], "LOCATION", 0.6))
                        for q in range(k, m):
                            taken[q - start] = True
                        k = m - 1
                        break
                k += 1
        if "PERSON" not in entities:
            return out
        # Person: the remaining capitalised words, split at places.
        k = start
        while k < end:
            if taken[k - start]:
                k += 1
                continue
            m = k
            while m < end and not taken[m - start]:
                m += 1
            span = self._person_in(doc, artifacts.lemmas, k, m)
            if span:
                a, b, entity, score = span
                out.append(self._result(starts[a], ends[b - 1], entity, score))
            k = m
        return out

    def _person_in(self, doc, lowers, k, m):
        words = lowers[k:m]
        common = [w in self.common or len(w) < 2 for w in words]
        known = [w in self.names for w in words]
        everyday = [c or self._everyday(w) for w, c in zip(words, common)]
        foreign = [not e and not w.isascii() for w, e in zip(words, everyday)]
        # Drop leading/trailing common words ("Dear", "Thanks", "Street"), and
        # greetings, farewells and chat verbs before a name ("Bye Umida", "Ping Demis").
        a, b = k, m
        while a < b and (common[a - k] or words[a - k] in _LEAD_WORDS) and not known[a - k]:
            a += 1
        while b > a and (common[b - 1 - k] or doc[b - 1].is_punct) and not known[b - 1 - k]:
            b -= 1
        if a >= b:
            return None
        if b - a == 1 and words[a - k] in self.very_common and self._sentence_start(doc, a) and (
            words[a - k] not in self.first_names
            or (b < len(lowers) and lowers[b] in _OBJECT_WORDS)
        ):
            return None  # "Ring me", "Grant me access": a name only when the NER says so
        if any(known[a - k:b - k]):
            return a, b, "PERSON", 0.6
        if any(foreign[a - k:b - k]):
            return a, b, "PERSON", 0.5
        if not any(everyday[a - k:b - k]) or (
            not self._sentence_start(doc, a) and not all(everyday[a - k:b - k])
        ):
            # Not an English word (even at a sentence start), or a capitalised
            # word English has no use for mid-sentence: a name.
            return a, b, "PERSON", 0.45
        return None

    def _result(self, start, end, entity, score):
        return RecognizerResult(
            entity_type=entity,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
