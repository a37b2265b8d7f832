"""Dev set for other languages' ordinary words typed in English chat
(code-switching: "gracias for the help", "salamat po", "köszi"), session 13
(issue 13), with a recall check on people's names in the same wrappers.

    PYTHONPATH=. python benchmarks/scrub_overscrub13_dev.py [--half 0|1] [-n 1600] [--show 20]

* words: wordfreq's 400 most frequent words of each language (wordfreq 3.1,
  Apache-2.0 code, CC-BY-SA data; a benchmark-only package), ASCII-folded as
  chat types them (``anyascii``; Japanese from kana only), less English words,
  one-letter words and words in the scrubber's name or place lists (counted
  as "conflict": a word that is both is the scrubber's name, by design).
* "plain": an English chat sentence with a phrase of one to three of these
  words and no name; score = share of foreign words removed (any character of
  the word inside a marked span), and which recognizer removed them.
* "names" (recall): the same wrappers and phrases with a person's name from
  Faker's lists of the language's locales (a first name, or first and last),
  capitalised or typed in lower case; score = share of name words removed.
  This side must not drop.

Languages are split in two halves: ``0`` (tuned on) and ``1`` (reported once
at the end, never tuned on). Half 1 differs from overscrub12's half ``b``.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEED = 1302
# language -> Faker locales for names
HALVES = {
    "0": {"es": ("es_MX", "es_ES"), "fil": ("es_ES", "en_US"), "hu": ("hu_HU",), "ja": ("ja_JP",), "ms": ("id_ID",),
          "de": ("de_DE",), "pl": ("pl_PL",), "tr": ("tr_TR",), "sv": ("sv_SE",), "hi": ("en_IN",),
          "ru": ("ru_RU",)},
    "1": {"id": ("id_ID",), "vi": ("vi_VN",), "pt": ("pt_BR",), "it": ("it_IT",), "fr": ("fr_FR",),
          "nl": ("nl_NL",), "cs": ("cs_CZ",), "ro": ("ro_RO",), "fi": ("fi_FI",), "da": ("da_DK",),
          "uk": ("uk_UA",), "lv": ("lv_LV",)},
}
TOP = 400

# {F}: the foreign phrase; {N}: a person's name (names side only; dropped on the plain side)
TEMPLATES = [
    "{F} {N}, my card got blocked yesterday and i cant pay",
    "thanks so much {N} {F}! the transfer finally went through",
    "hi {N} {F}, is the app down again?",
    "ok {F} {N} i will check my statement tonight",
    "{F} {N} lol the atm ate my card again",
    "i told {N} {F} but the refund still has not arrived",
    "{N} {F} why is there a fee on my top up",
    "my pin is not working {F} {N}",
    "{F} {N}! how long does a transfer take",
    "hello {N} {F}, can i change my address in the app",
    "sorry {N} {F} i forgot my password again",
    "{N} {F}, the exchange rate looks wrong",
    "good morning {F} {N}, is my account verified yet",
    "{F}. {N} is the one who set up my account",
    "haha {F} {N} see you at the branch tomorrow",
    "My sister {N} says {F} every time the app crashes",
]
# code-switching away from the name's slot: {F} mid-sentence, {N} after a cue
# elsewhere; on the plain side {N} becomes the second item (no name)
SWITCH = [
    ("{F} for the help {N}, the card works now", "guys"),
    ("ok {F}, i will ask {N} tomorrow about the fee", "the bank"),
    ("{F}! my transfer went through, thanks {N}", "again"),
    ("i paid twice {F}, please tell {N} to refund me", "them"),
    ("lol {F} the fee is so high, my friend {N} got charged too", "here"),
    ("the branch was closed again {F}. dear {N}, can you open it earlier", "team"),
    ("{N} helped me a lot {F}, the new card came today", "the agent"),
    ("so {F} the app logged me out, i called {N} twice", "support"),
]


def _fold(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word).lower()


def scrubber_lists():
    from client.scrub.gazetteer import GazetteerRecognizer
    from client.scrub.words import _english_words

    g = GazetteerRecognizer()
    g.load()
    return _english_words(), g.names, g.places | g.big_cities


def foreign_words(lang, english, names, places, stats) -> list[str]:
    import wordfreq

    out, seen = [], set()
    for w in wordfreq.top_n_list(lang, TOP):
        if lang == "ja" and not all(unicodedata.name(c, "").startswith(("HIRAGANA", "KATAKANA")) for c in w):
            continue  # kanji fold to Chinese readings: chat types Japanese from the kana
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


def _people(locales, rng) -> list[str]:
    names = []
    for loc in locales:
        p = importlib.import_module(f"faker.providers.person.{loc}").Provider
        firsts = [n for n in getattr(p, "first_romanized_names", None) or getattr(p, "first_names", ())
                  if _fold(n).isalpha() and _latin(n)]
        lasts = [n for n in getattr(p, "last_romanized_names", None) or getattr(p, "last_names", ())
                 if _fold(n).replace(" ", "").isalpha() and _latin(n)]
        names += [_fold(f).title() + (" " + _fold(rng.choice(lasts)).title() if lasts and rng.random() < .5 else "")
                  for f in sorted(set(firsts))]
    return names


def build(half: str, n: int):
    rng = random.Random(SEED + int(half))
    english, names, places = scrubber_lists()
    stats = {"candidates": 0, "conflict": 0}
    langs = {lang: foreign_words(lang, english, names, places, stats) for lang in HALVES[half]}
    people = {lang: _people(locs, rng) for lang, locs in HALVES[half].items()}
    plain, named = [], []
    order = sorted(langs)
    for i in range(n):
        lang = order[i % len(order)]
        words = langs[lang]
        start = rng.randrange(len(words))
        f = " ".join(words[start:start + rng.choice((1, 2, 2, 3))])
        switch = rng.random() < .5
        if switch:
            tpl, filler = rng.choice(SWITCH)
            text = tpl.replace("{N}", filler).replace("{F}", f)
        else:
            tpl = rng.choice(TEMPLATES)
            text = " ".join(tpl.replace("{N}", "").replace("{F}", f).split()).replace(" ,", ",").replace(" !", "!")
            text = text.replace(" .", ".")
        plain.append((text, f, "switch" if switch else "slot", lang))
        value = rng.choice(people[lang])
        if rng.random() < .4:
            value = value.lower()
        named.append((tpl.replace("{F}", f).replace("{N}", value), value, "switch" if switch else "slot", lang))
    return plain, named, stats


def _raw(texts):
    """Presidio's raw results (before spans merge), which keep each recognizer's name."""
    from client import scrub
    from client.scrub.analyzer import _engines

    return _engines()._analyze_pieces(texts, tuple(sorted(scrub._wanted(None, None))), 256, "en")


def _score(items, results, raw):
    """Words of each item's value, how many fall in a marked span, and which recognizers found them."""
    total = hit = 0
    by_rec: Counter = Counter()
    per = []
    for (text, value, *_), rs, rr in zip(items, results, raw):
        start = text.index(value)
        k = 0
        for word in value.split():
            ws = text.index(word, start)
            start = ws + len(word)
            total += 1
            over = [r for r in rs if r.start < ws + len(word) and r.end > ws]
            if over:
                hit += 1
                k += 1
                found = sorted({f"{(r.recognition_metadata or {}).get('recognizer_name', '?')}/{r.entity_type}"
                                for r in rr if r.start < ws + len(word) and r.end > ws and r.score >= 0.3})
                by_rec["+".join(found)] += 1
        per.append(k)
    return total, hit, per, by_rec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("0", "1"), default="0")
    ap.add_argument("-n", type=int, default=1600)
    ap.add_argument("--show", type=int, default=0, help="print this many plain texts with a removed word (half 0 only)")
    args = ap.parse_args()
    from client import scrub

    plain, named, stats = build(args.half, args.n)
    scrub.warm_up()
    rp = scrub.analyze_texts([t[0] for t in plain], batch_size=256)
    rn = scrub.analyze_texts([t[0] for t in named], batch_size=256)
    xp, xn = _raw([t[0] for t in plain]), _raw([t[0] for t in named])
    tot, hit, per, rec = _score(plain, rp, xp)
    ntot, nhit, _, nrec = _score(named, rn, xn)
    print(f"half {args.half}: {len(HALVES[args.half])} languages, frequent foreign words {stats['candidates']}, "
          f"in the scrubber's name/place lists (conflict) {stats['conflict']} "
          f"({100 * stats['conflict'] / max(1, stats['candidates']):.1f} %)")
    print(f"plain: foreign words removed {hit}/{tot} = {100 * hit / max(1, tot):.2f} %")
    for kind in ("slot", "switch"):
        sub = [i for i, t in enumerate(plain) if t[2] == kind]
        t_, h_, _, _ = _score([plain[i] for i in sub], [rp[i] for i in sub], [xp[i] for i in sub])
        sub = [i for i, t in enumerate(named) if t[2] == kind]
        nt_, nh_, _, _ = _score([named[i] for i in sub], [rn[i] for i in sub], [xn[i] for i in sub])
        print(f"  {kind:6}: foreign removed {100 * h_ / max(1, t_):.2f} %  names removed {100 * nh_ / max(1, nt_):.2f} %")
    print(f"names (recall): name words removed {nhit}/{ntot} = {100 * nhit / max(1, ntot):.2f} %")
    print(f"  foreign words by recognizer: {dict(rec.most_common(12))}")
    print(f"  names by recognizer: {dict(nrec.most_common(8))}")
    by_lang: dict[str, list[int]] = {}
    for (_, value, _, lang), k in zip(plain, per):
        by_lang.setdefault(lang, [0, 0])
        by_lang[lang][0] += len(value.split())
        by_lang[lang][1] += k
    print("  by language: " + ", ".join(f"{lg} {100 * h / max(1, t):.1f}" for lg, (t, h) in sorted(by_lang.items())))
    if args.show and args.half == "0":
        shown = 0
        for (text, value, kind, lang), rs, rr in zip(plain, rp, xp):
            if rs and shown < args.show:
                md = [(text[r.start:r.end], (r.recognition_metadata or {}).get("recognizer_name"), r.score)
                      for r in rr if r.score >= 0.3]
                print(f"  [{lang} {kind}] {text!r} -> {md}")
                shown += 1


if __name__ == "__main__":
    main()
