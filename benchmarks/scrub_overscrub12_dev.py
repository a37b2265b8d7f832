"""Dev set for over-scrubbing of other languages' ordinary words in English
chat, session 12 (issue 13).

    PYTHONPATH=. python benchmarks/scrub_overscrub12_dev.py [--half a|b] [-n 1200] [--show 20]

English chat sentences mix in a phrase of one to three frequent words of
another language, ASCII-folded as people type them (``anyascii``): the
words are wordfreq's 400 most frequent of each language (wordfreq, Apache-2.0
code, CC-BY-SA data; a build-time package, not needed at run time), less
English words, words of one letter and words in the scrubber's own name or
place lists (the "conflict", counted and printed).

* "plain" side: no name, no place; score = share of foreign words removed
  (any character of the word inside a marked span).
* "names" side: the same templates with a real name (Faker's person names of
  the language's locales, capitalised or lower case) or a place (Faker's
  cities) next to the phrase; score = share of name / place words removed.

Languages are split in two halves: ``a`` (tuned on) and ``b`` (reported once
at the end, never tuned on); both halves mix Asia, Latin America, Central
Europe and elsewhere (wordfreq has no African language in Latin script).
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# language -> Faker locales for names and cities
HALVES = {
    "a": {"ms": ("id_ID",), "fil": ("es_ES", "en_US"), "ja": ("ja_JP",), "hi": ("en_IN",), "es": ("es_MX", "es_CO"),
          "pl": ("pl_PL",), "hu": ("hu_HU",), "de": ("de_DE", "de_AT"), "tr": ("tr_TR",), "ru": ("ru_RU",),
          "sv": ("sv_SE",)},
    "b": {"id": ("id_ID",), "vi": ("vi_VN",), "zh": ("zh_CN",), "pt": ("pt_BR",), "cs": ("cs_CZ",), "sk": ("sk_SK",),
          "ro": ("ro_RO",), "it": ("it_IT",), "fr": ("fr_FR",), "nl": ("nl_NL",), "uk": ("uk_UA",)},
}
TOP = 400

# {F}: the foreign phrase; {N}: a name or a place (names side only; removed on the plain side)
TEMPLATES = {
    "a": [
        "{F} {N}, my card got blocked yesterday and i cant pay",
        "thanks so much {N} {F}! the transfer finally went through",
        "hi {N} {F}, is the app down again?",
        "ok {F} {N} i will check my statement tonight",
        "{F} {N} lol the atm ate my card again",
        "i told {N} {F} but the refund still has not arrived",
        "{N} {F} why is there a fee on my top up",
        "my pin is not working {F} {N}",
    ],
    "b": [
        "{F} {N}! how long does a transfer take",
        "{N} said {F} when the card arrived haha",
        "hello {N} {F}, can i change my address in the app",
        "{F} {N}, thanks for helping me with the payment",
        "sorry {N} {F} i forgot my password again",
        "we went with {N} {F} and my card was declined twice",
        "{N} {F}, the exchange rate looks wrong",
        "good morning {F} {N}, is my account verified yet",
    ],
}


def _fold(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word).lower()


def scrubber_lists():
    from client.scrub.gazetteer import GazetteerRecognizer
    from client.scrub.words import _english_words

    g = GazetteerRecognizer()
    g.load()
    return _english_words(), g.names, g.places | g.big_cities


def foreign_words(lang: str, english, names, places, stats: dict) -> list[str]:
    import wordfreq

    out, seen = [], set()
    for w in wordfreq.top_n_list(lang, TOP):
        if lang == "ja" and not all(unicodedata.name(c, "").startswith(("HIRAGANA", "KATAKANA")) for c in w):
            continue  # kanji fold to Chinese readings: chat types Japanese words from their kana
        f = _fold(w)
        if not f.isalpha() or len(f) < 2 or f in english or f in seen:
            continue
        seen.add(f)
        stats["candidates"] += 1
        if f in names or f in places:
            stats["conflict"] += 1
            continue
        out.append(f)
    return out


def _latin(text: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in text)


def _people(locales, rng) -> tuple[list[str], list[str]]:
    names, cities = [], []
    for loc in locales:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        firsts = [n for n in getattr(p, "first_romanized_names", None) or getattr(p, "first_names", ())
                  if _fold(n).isalpha() and _latin(n)]
        lasts = [n for n in getattr(p, "last_romanized_names", None) or getattr(p, "last_names", ())
                 if _fold(n).replace(" ", "").isalpha() and _latin(n)]
        names += [_fold(f).title() + (" " + _fold(rng.choice(lasts)).title() if lasts and rng.random() < .5 else "")
                  for f in list(firsts)[:300]]
        try:
            a = importlib.import_module(f"faker.providers.address.{loc}").Provider
            cities += [_fold(c).title() for c in (*getattr(a, "cities", ()), *getattr(a, "city_names", ()))
                       if _fold(c).replace(" ", "").isalpha() and _latin(c)]  # kanji / hanzi fold to Chinese readings
        except ModuleNotFoundError:
            pass
    return names, cities


def build(half: str, n: int):
    rng = random.Random(1200 + ord(half))
    english, names, places = scrubber_lists()
    stats = {"candidates": 0, "conflict": 0}
    langs = {lang: foreign_words(lang, english, names, places, stats) for lang in HALVES[half]}
    people = {lang: _people(locs, rng) for lang, locs in HALVES[half].items()}
    plain, named = [], []
    for i in range(n):
        lang = sorted(langs)[i % len(langs)]
        words = langs[lang]
        start = rng.randrange(len(words))
        phrase = words[start:start + rng.choice((1, 2, 2, 3))]
        tpl = rng.choice(TEMPLATES[half])
        f = " ".join(phrase)
        text = " ".join(tpl.replace("{N}", "").replace("{F}", f).split()).replace(" ,", ",").replace(" !", "!")
        plain.append((text, f, lang))
        pnames, cities = people[lang]
        if rng.random() < .3 and cities:
            value = rng.choice(cities)
        else:
            value = rng.choice(pnames)
        if rng.random() < .4:
            value = value.lower()
        named.append((tpl.replace("{F}", f).replace("{N}", value), value, lang))
    return plain, named, stats


def _removed_share(texts_values, spans) -> tuple[int, int, list[int]]:
    """Words of each item's value, how many of them fall in a marked span."""
    total = hit = 0
    per = []
    for (text, value, _), sp in zip(texts_values, spans):
        start = text.index(value)
        k = 0
        for word in value.split():
            ws = text.index(word, start)
            start = ws + len(word)
            total += 1
            if any(a < ws + len(word) and b > ws for a, b in sp):
                hit += 1
                k += 1
        per.append(k)
    return total, hit, per


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("a", "b"), default="a")
    ap.add_argument("-n", type=int, default=1200)
    ap.add_argument("--show", type=int, default=0, help="print this many removed foreign words (word only)")
    args = ap.parse_args()
    from scrub_chat_eval import predict

    plain, named, stats = build(args.half, args.n)
    sp_plain, _ = predict([t for t, _, _ in plain])
    sp_named, _ = predict([t for t, _, _ in named])
    tot, hit, per = _removed_share(plain, sp_plain)
    ntot, nhit, _ = _removed_share(named, sp_named)
    print(f"half {args.half}: {len(HALVES[args.half])} languages, frequent foreign words {stats['candidates']}, "
          f"in the scrubber's name/place lists (conflict) {stats['conflict']} "
          f"({100 * stats['conflict'] / max(1, stats['candidates']):.1f} %)")
    print(f"plain: foreign words removed {hit}/{tot} = {100 * hit / max(1, tot):.2f} %")
    print(f"names side: name/place words removed {nhit}/{ntot} = {100 * nhit / max(1, ntot):.2f} %")
    by_lang: dict[str, list[int]] = {}
    for (text, value, lang), k in zip(plain, per):
        by_lang.setdefault(lang, [0, 0])
        by_lang[lang][0] += len(value.split())
        by_lang[lang][1] += k
    print("  by language: " + ", ".join(f"{lg} {100 * h / max(1, t):.1f}" for lg, (t, h) in sorted(by_lang.items())))
    if args.show:
        shown = 0
        for (text, value, lang), sp in zip(plain, sp_plain):
            removed = [text[a:b] for a, b in sp]
            if removed and shown < args.show:
                print(f"  [{lang}] removed: {removed}")
                shown += 1


if __name__ == "__main__":
    main()
