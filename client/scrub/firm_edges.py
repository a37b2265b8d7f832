"""The words of a firm's name that the recognizers leave beside it.

A firm is often found without its descriptor ("holysz| beauty salon",
"leon puente| law firm", "acme| hospital"), its legal form written with dots
("santos da cunha s.a|.", "united foods| s.a."), a descriptor written before
it ("hotel| warren", "clinica| ruiz"), or the partner of its "x and y" ("tome
and| leconte", "from palastri and| nashiruddin"). Those words still point
to the firm, so one step, run on the finished spans, grows a firm's span over
them, and makes a firm of a name that takes a descriptor or a partner.

Every edge is read only right beside a span already found: after a firm its
head word (``_ORG_HEADS`` of organizations.py, less words chat puts after a
firm for one of its places or things: "acme office", "acme app"); after a
person or a place a head that names an institution or a trade, alone or
after one trade word ("... hospital", "... law firm"), never "bank" or
"school" alone ("sent anna bank details"); a partner only when the pair is
no two first names and no everyday word ("from home and smith" stays).
"""

from __future__ import annotations

import regex as re

from client.scrub.firm_forms import FORMS_FIRST, is_form, legal_form_end
from client.scrub.organizations import _NOT_NAME_STARTS, _ORG_HEADS, _TIME_WORDS
from client.scrub.words import _english_words, _first_name_words

# Heads chat puts after a firm for one of its places, things or people, not its name: "the acme office".
_NOT_HEADS = frozenset("office offices branch store stores shop app card account".split())
# Trades that name a firm after its name as well: "rose| electronics", "lacombe maillet| textiles".
_MORE_HEADS = frozenset("""textiles electronics garments apparel fabrics jewellers jewelers hardware furniture
catering carpets printers opticians cooperative pets coffee books glass kitchens joinery roofing""".split())
_FIRM_HEADS = (_ORG_HEADS | _MORE_HEADS) - _NOT_HEADS
# Heads of an institution or a trade, after a person's or a place's name: "holysz beauty salon".
_TRADE_HEADS = frozenset("""hospital clinic polyclinic pharmacy academy bakery farms farm salon agency mills works
firm motors surgery institute college university hotel restaurant cafe supermarket garage store parts centre
center school bank textiles electronics garments jewellers jewelers opticians dental cooperative""".split())
# ... those that may stand alone after a name, or after one trade word ("anna bank details", "took anna
# school", "madrid city centre" keep theirs).
_ALONE = _TRADE_HEADS - frozenset("store parts centre center school bank works firm".split())
# Two-word heads whose last word is no head alone: "... day care" ("take care" stays).
_COMPOUND_HEADS = frozenset({("day", "care"), ("child", "care"), ("health", "care"), ("aged", "care"),
                             ("home", "care"), ("auto", "parts"), ("law", "firm"), ("dry", "cleaners")})
_STOP = frozenset("""a an the my your our his her their this that these those it its i you we they he she
and or but of for with by as is are was were be been so if then than just also not no me us them to from
at in on all any some what which who take took get got give gave send sent near past behind opposite off next
last every each after before around outside inside via until till since""".split())
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)(?:[ \t]+([^\W\d_][\w'’-]*))?")
# A legal form written with dots after a name: "s.a.", "s.r.l.", "b.v." (and the dot the span left).
_DOTTED_FORM = re.compile(r"(?i)(?:s\.a\.s|s\.r\.l|s\.a|b\.v|n\.v|e\.v|a\.s|s\.l|s\.p\.a|l\.l\.c|p\.l\.c)\.?(?![\w])")
_LAST_WORD_START = re.compile(r"(?<![^\s])[^\s]+$")
# Descriptors written before a firm's name in many languages: "hotel| warren", "clinica| ruiz".
_HEADS_FIRST = frozenset("""hotel hostel hospital clinic clinica clínica clinique klinik klinikum farmacia pharmacie
apotheke banco banque colegio escuela escola liceo lycee lycée instituto institut universidad universidade
restaurante ristorante trattoria panaderia panadería boulangerie laboratorio ospedale supermercado mercado
taller academia pousada posada""".split()) | FORMS_FIRST
# ... English ones after "the", "a", "my" ...: everyday ("at the hospital| anna said").
_DETERMINER = re.compile(r"(?i)(?<![\w'’-])(?:a|an|the|my|your|our|his|her|their|this|that)[ \t]+$")
_HEAD_BEFORE = re.compile(r"(?i)(?<![\w'’-])([^\W\d_]+)[ \t]+$")
# A partner before a name: "tome and| leconte", "star &| lombardo", after a word that names who is paid.
_PARTNER_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:from|at|with|to|for|by)[ \t]+([^\W\d_][\w'’-]*)[ \t]+(?:and|&)[ \t]+$")
# People and places chat pairs with a name: "from home and smith", "at work and jones".
_NOT_PARTNERS = frozenset("""home work school uni college office church gym mum mom dad mother father brother
sister wife husband son daughter friend friends family parents kids boss wife's everyone people""".split())
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# An institution's field after a name or a place: "mallawi| chamber of commerce", "ghana| school of nursing".
_FIELDS = r"""(?:commerce|industry|science|sciences|technology|nursing|medicine|arts|music|business|law|engineering|
education|health|agriculture|economics|management|pharmacy|mines|theology)"""
_OF_TAIL = re.compile(r"(?ix)[ \t]+(?:chamber|university|college|school|institute|academy|polytechnic)[ \t]+of[ \t]+"
                      + _FIELDS + r"(?:[ \t]+(?:and|&)[ \t]+" + _FIELDS + r")?(?![\w'’-])")
# One word before a firm that opens the text or a sentence, or follows a word that names who is paid:
# "paid prime| solnica and szlapka dental clinic", "golden| jacob and gaillard hardware sent ...".
_LEAD = re.compile(r"(?im)(?:^|(?<![\w'’-])(?:from|at|to|with|by|for|pay|paid|via)[ \t]+|[.!?][ \t]+)"
                   r"([^\W\d_]{3,})[ \t]+$")


# Verbs and greetings that open a sentence before a firm ("call| acme bank", "thanks| acme ltd").
_NOT_LEADS = frozenset("""pay paid call called contact contacted ask asked email emailed text texted message ring
rang tell told thank thanks dear hi hey hello try tried use used visit visited avoid love hate blame join check
sue report reported via from with for""".split())


def _lead_word(word: str) -> bool:
    """A word that may open a firm's name: no stop word, no description ("local", "new"), no time, no
    adverb or participle ("yesterday", "apparently", "using"), no verb that opens a sentence."""
    low = word.lower()
    return low not in _stop_words() and low not in _NOT_NAME_STARTS and low not in _TIME_WORDS \
        and low not in _NOT_LEADS \
        and not low.endswith(("ly", "ing", "ed")) and low not in _FIRM_HEADS and low not in _TRADE_HEADS


def _firm_shaped(text: str, s: list) -> bool:
    """A firm's span of two words or more with a trade's or an institution's word or a legal form."""
    words = text[s[0]:s[1]].lower().replace("(", " ").replace(")", " ").split()
    return len(words) > 1 and (any(w.rstrip(".") in _FIRM_HEADS or w in _TRADE_HEADS for w in words)
                               or _ends_firm(text, s))


def _stop_words() -> frozenset:
    from spacy.lang.en.stop_words import STOP_WORDS

    return STOP_WORDS


def grow_firm_edges(text: str, spans: list[list]) -> list[list]:
    """Grow firm, name and place spans (sorted, disjoint ``[start, end,
    type, score]`` lists, changed in place) over a firm's descriptor, dotted
    legal form or partner; the result may overlap before the caller merges it."""
    english, first = _english_words(), _first_name_words()
    if any(s[2] == "URL" for s in spans):
        spans = _dotted_forms(text, spans, english)
    if _STRONG_FORM.search(text):
        spans = _merge_new(spans, _everyday_firms(text, spans))
    prev_end = 0
    for i, s in enumerate(spans):
        if s[2] in ("ORGANIZATION", "PERSON", "LOCATION"):
            m = _WORD_AFTER.match(text, s[1])
            if m:
                one, two = m.group(1).lower(), (m.group(2) or "").lower()
                if s[2] == "ORGANIZATION" and one in _FIRM_HEADS:
                    s[1] = m.end(1)
                elif (one, two) in _COMPOUND_HEADS or (two in _ALONE and one not in _STOP and one not in first):
                    s[1], s[2] = m.end(2), "ORGANIZATION"  # "leon puente| law firm"
                elif one in _ALONE:
                    s[1], s[2] = m.end(1), "ORGANIZATION"
            if s[2] == "ORGANIZATION":
                last = _LAST_WORD_START.search(text, s[0], s[1])  # "santos da cunha s|.a."
                m = _DOTTED_FORM.match(text, last.start() if last and last.start() > s[0] else s[1] + 1)
                if m and m.end() > s[1] and (m.start() < s[1] or text[s[1]] in " \t"):
                    s[1] = m.end()
            end = legal_form_end(text, s[1], s[2] == "ORGANIZATION")  # "eagle academy| (pty) ltd"
            if end > s[1]:
                s[1], s[2] = end, "ORGANIZATION"
                m = _WORD_AFTER.match(text, s[1])
                if m and m.group(1).lower() in _FIRM_HEADS:
                    s[1] = m.end(1)  # "howard llc| electronics"
            m = _HEAD_BEFORE.search(text, max(prev_end, s[0] - 14), s[0])
            if m and m.group(1).lower() in _HEADS_FIRST and (
                    m.group(1).lower() not in english or not _DETERMINER.search(text, max(0, m.start() - 6), m.start())):
                s[0], s[2] = m.start(1), "ORGANIZATION"  # "hotel| warren"
            if s[2] in ("PERSON", "ORGANIZATION", "LOCATION") and (m := _OF_TAIL.match(text, s[1])):
                s[1], s[2] = m.end(), "ORGANIZATION"  # "mallawi| chamber of commerce"
            m = _PARTNER_BEFORE.search(text, max(prev_end, s[0] - 40), s[0])
            if m and m.start(1) >= prev_end and _ONE_WORD.fullmatch(text, s[0], s[1]) \
                    and text[s[0]:s[1]].lower() not in first and m.group(1).lower() not in _NOT_PARTNERS \
                    and m.group(1).lower() not in _STOP and text[s[0]:s[1]].lower() not in english:
                s[0], s[2] = m.start(1), "ORGANIZATION"  # "from tome and| leconte"
        prev_end = s[1]
    return _leads(text, _pairs(text, spans, english, first))


# Legal forms no everyday text writes, read in any text: "eagle motors pty ltd", "united motors s.a.".
_STRONG_FORM = re.compile(r"(?i)(?<![\w'’.-])\(?(?:ltd|llc|inc|plc|gmbh|pty|pvt|sdn|bhd|s\.a|sarl|srl|ltda|tbk)"
                          r"(?![\w'’-])")
_NAME_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,3}$")


def _everyday_firms(text: str, spans: list[list]) -> list[list]:
    """A firm of everyday words before a legal form that no span has taken,
    its last word a trade's ("eagle motors| pty ltd", "blue star farms|
    ltd"): the recognizers take a name of everyday words only after a cue."""
    covered = bytearray(len(text))
    for s in spans:
        covered[s[0]:s[1]] = b"\x01" * (s[1] - s[0])
    out = []
    for m in _STRONG_FORM.finditer(text):
        if covered[m.start()]:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        words = before.group().split()
        while words and (words[0].lower() in _stop_words() or words[0].lower() in _NOT_LEADS
                         or words[0].lower() in _TIME_WORDS or _OPENERS.fullmatch(words[0] + " ")):
            words.pop(0)  # "i paid| blue star farms ltd"
        if len(words) > 1 and not any(w.lower() in _stop_words() for w in words) \
                and words[-1].lower() in _FIRM_HEADS | _TRADE_HEADS:
            start = text.rfind(words[0], before.start(), before.end())
            end = legal_form_end(text, before.end() - (len(before.group()) - len(before.group().rstrip())))
            if end > m.start() and not any(covered[start:end]):
                out.append([start, end, "ORGANIZATION", 0.5])
    return out


def _merge_new(spans: list[list], new: list[list]) -> list[list]:
    return sorted(spans + new, key=lambda s: (s[0], -s[1])) if new else spans


_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \t]+){1,3}$")


def _dotted_forms(text: str, spans: list[list], english) -> list[list]:
    """A legal form written with dots, taken for a web address ("co.ltd":
    ".ltd" is a domain), is a firm's with up to three words before it, and the
    name's span these follow: "kyowa leather cloth co.ltd." (no stop word
    among them: "i paid him co.ltd" stays a URL)."""
    out: list[list] = []
    for s in spans:
        prev = out[-1] if out else None
        if s[2] == "URL" and is_form(text[s[0]:s[1]]):
            m = _WORDS_BEFORE.search(text, max(prev[1] if prev else 0, s[0] - 60), s[0])
            words = m.group().lower().split() if m else []
            if words and not any(w in _stop_words() or w in _NOT_LEADS for w in words):
                if prev is not None and prev[2] in ("PERSON", "ORGANIZATION", "LOCATION") \
                        and not text[prev[1]:m.start()].strip():
                    prev[1], prev[2] = s[1], "ORGANIZATION"  # "kyowa| leather cloth co.ltd"
                    continue
                if any(w not in english for w in words):
                    s = [m.start(), s[1], "ORGANIZATION", s[3]]
        out.append(s)
    return out


# Words that open the sentence, not the firm's name the recognizers took them into: "yesterday| acme bank".
_OPENERS = re.compile(r"(?i)(?:today|tonight|yesterday|tomorrow|apparently|honestly|basically|seriously|also"
                      r"|so|now|then|well|ok|okay|ugh|lol)[ \t,]+")


def _leads(text: str, spans: list[list]) -> list[list]:
    """A firm's span grows over one word that opens its name ("paid prime|
    solnica and szlapka dental clinic"), and loses a word that opens the
    sentence ("yesterday| acme bank charged me")."""
    prev_end = 0
    for s in spans:
        if s[2] == "ORGANIZATION":
            m = _OPENERS.match(text, s[0], s[1])
            if m and m.end() < s[1]:
                s[0] = m.end()
            elif (m := _LEAD.search(text, max(prev_end, s[0] - 30), s[0])) \
                    and _lead_word(m.group(1)) and _firm_shaped(text, s):
                s[0] = m.start(1)
        prev_end = s[1]
    return spans


# Where a firm's "x and y" is named: after a word that names who is paid, or opening the text.
_PAIR_CUE = re.compile(r"(?i)(?:^|(?<![\w'’-])(?:from|at|with|to|for|by)[ \t]+)$")
_PAIR_GAP = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _pairs(text: str, spans: list[list], english, first) -> list[list]:
    """Two one-word names or places joined by "and" after a payee's cue, no
    first name among them ("talked to svjetlana and nathan" stays), not two
    English words, not two places and not two people, are one firm: "from
    palastri and nashiruddin" (the NER calls one of them a place)."""
    out: list[list] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and {prev[2], s[2]} <= {"PERSON", "ORGANIZATION", "LOCATION"} \
                and {prev[2], s[2]} not in ({"LOCATION"}, {"PERSON"}) and _PAIR_GAP.fullmatch(text, prev[1], s[0]) \
                and _ONE_WORD.fullmatch(text, prev[0], prev[1]) and _ONE_WORD.fullmatch(text, s[0], s[1]) \
                and _PAIR_CUE.search(text, max(0, prev[0] - 8), prev[0]):
            low = (text[prev[0]:prev[1]].lower(), text[s[0]:s[1]].lower())
            if not any(w in first for w in low) and not all(w in english for w in low):
                prev[1], prev[2], prev[3] = s[1], "ORGANIZATION", max(prev[3], s[3])
                continue
        if prev is not None and (_partner_of_firm(text, prev, s) or _same_name_twice(text, prev, s)):
            prev[1], prev[2], prev[3] = s[1], "ORGANIZATION", max(prev[3], s[3])
            continue
        out.append(s)
    return out


_TWO_WORDS = re.compile(r"[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?")
_LAST = re.compile(r"([^\W\d_][\w'’.-]*?)\.?\)?$")


def _partner_of_firm(text: str, prev: list, s: list) -> bool:
    """A name of one or two words (a firm's of one: "boucher removals and
    bergeron books" are two), "and" or "&", then a firm of two words or more
    that ends in its trade or its legal form: one firm ("decker and| leonard
    construction", "jacob &| gaillard hardware")."""
    if prev[2] not in ("PERSON", "ORGANIZATION", "LOCATION") or s[2] != "ORGANIZATION" \
            or not _PAIR_GAP.fullmatch(text, prev[1], s[0]) or not _TWO_WORDS.fullmatch(text, prev[0], prev[1]) \
            or not re.search(r"[ \t]", text[s[0]:s[1]]) or _ends_firm(text, prev) \
            or (prev[2] == "ORGANIZATION" and not _ONE_WORD.fullmatch(text, prev[0], prev[1])) \
            or _PAIR_GAP.search(text, s[0], s[1]):  # two firms: "jonker plumbing and lysaght gym"
        return False
    return _ends_firm(text, s)


def _same_name_twice(text: str, prev: list, s: list) -> bool:
    """One name twice, joined by "and" or "&", is a firm's: "jacobs and jacobs", "gordon & gordon"."""
    return prev[2] in ("PERSON", "ORGANIZATION", "LOCATION") and s[2] in ("PERSON", "ORGANIZATION", "LOCATION") \
        and _PAIR_GAP.fullmatch(text, prev[1], s[0]) is not None and _ONE_WORD.fullmatch(text, s[0], s[1]) is not None \
        and text[prev[0]:prev[1]].lower() == text[s[0]:s[1]].lower()


def _ends_firm(text: str, s: list) -> bool:
    """The span ends in a trade's word or a legal form: "... hardware", "... ltd"."""
    last = _LAST.search(text, s[0], s[1])
    return last is not None and (last.group(1).lower() in _FIRM_HEADS or last.group(1).lower() in _TRADE_HEADS
                                 or legal_form_end(text, max(last.start() - 1, 0)) > last.start())
