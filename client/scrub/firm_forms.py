"""The legal form written beside a firm's span: after it, with or without
brackets or a comma ("... (pty) ltd", "... sdn bhd", "... (persero) tbk",
"... s.a.", "... s/a", "..., ltda"), or before it ("pt| ...", "ooo| ...").

A recognizer finds the name and often stops before its legal form: a form of
two words, one in brackets, one written with dots or a slash. A legal form
names the firm's kind only, but left beside a removed name it still points to
the firm, and it is part of the firm's name. The forms are cleanco's of ~70
countries (``legal_forms``), read only right after a span already taken for a
firm: a form that is an English word ("as", "limited" aside) or of one
letter never counts alone ("acme as a nurse" stays).
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from client.scrub.legal_forms import legal_forms
from client.scrub.words import _english_words

# One word after a span: a comma or a space before it, an opening bracket, the word (dots or a slash
# inside, "s.a", "s/a", "sp.k"), its dot, a closing bracket.
_NEXT = re.compile(r"(?P<gap>[ \t]*,[ \t]*|[ \t]+|[ \t]*(?=\())(?P<open>\(?)"
                   r"(?P<word>[^\W\d_](?:[^\W\d_]|[./](?=[^\W\d_]))*)\.?(?P<close>\)?)(?![\w'’/-])")
# Forms cleanco lacks: Indonesia's "tbk" and "(persero)", Brazil's "s/a", post-Soviet joint-stock companies.
_EXTRA = frozenset("tbk persero s/a jsc pjsc ojsc cjsc".split())
# English words that are legal forms after a firm ("acme limited"); others ("as", "de") never count alone.
_ENGLISH_FORMS = frozenset("ltd inc llc corp corporation incorporated limited co coop".split())
# ... those that do not make a firm of a person's or a place's name ("anna limited edition").
_WEAK_FORMS = frozenset("limited corporation incorporated coop".split())
# Forms written before a name: "pt| sinar jaya", "zao| romashka", "cv| maju" (not "ooo": "ooo london").
FORMS_FIRST = frozenset("pt cv ud perum oao zao pao tov".split())
# Forms of two letters that count (others are chat's too: "acme pt" part-time, "acme ev", "acme gp"),
# and longer ones chat writes for something else (a month, a doctor, Spanish "por").
_SHORT = frozenset("co ag sa nv bv oy ab kg kk lp kb hf ky".split())
_NOT_FORMS = frozenset("sep sem ent por ses suc sal dat teo cic cio ans fie fop gie psu cpt stg".split())
_MOST = 4
# A place or a letter in brackets between a name and its form: "vinyl chemicals (india) ltd", "acme (m) sdn bhd".
_BRACKETED = re.compile(r"[ \t]*\([^\W\d_]+(?:[ \t]+[^\W\d_]+)?\)")


@lru_cache(maxsize=1)
def _form_words() -> frozenset[str]:
    english = _english_words()
    parts = {p.strip("()").rstrip(".") for fs in legal_forms().values() for f in fs for p in f}
    return frozenset(p for p in parts if (len(p) > 2 or p in _SHORT) and p not in _NOT_FORMS
                     and (p not in english or p in _ENGLISH_FORMS)) | _EXTRA


def is_form(word: str) -> bool:
    """A legal form's word, or forms joined by dots: "gmbh", "s.a", "co.ltd"."""
    low, words = word.lower().rstrip("."), _form_words()
    return low in words or ("." in low and all(p in words for p in low.split(".")))


def legal_form_end(text: str, end: int, firm: bool = True) -> int:
    """Where the legal form written right after ``end`` ends (``end`` when
    none): up to four form words, a bracket opened among them closed. After
    a span not yet taken for a firm (``firm`` false: a person's or a place's)
    the form opens with a word of three letters or more that is no English
    word but "ltd", "inc" ...: "denver co", "calgary ab", "anna limited" stay."""
    words = _form_words()
    best, pos, depth = end, end, 0
    m = _BRACKETED.match(text, end)
    if firm and m:  # "vinyl chemicals| (india) ltd", "acme| (m) sdn bhd"
        after = legal_form_end(text, m.end())
        if after > m.end():
            return after
    for _ in range(_MOST):
        m = _NEXT.match(text, pos)
        if not m or (m.group("open") and depth) or not is_form(m.group("word")):
            break
        if pos == end and not firm and (len(m.group("word")) < 3 or m.group("word").lower() in _WEAK_FORMS):
            break
        depth += len(m.group("open")) - len(m.group("close"))
        if depth < 0:
            break
        pos = m.end()
        if depth == 0:
            best = pos
    return best
