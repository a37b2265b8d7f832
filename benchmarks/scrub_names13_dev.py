"""A dev set for names no list of the scrubber holds (session 13): first
names and surnames of many countries, alone and in full, in lower case and
capitalised, with and without a cue; and, as over-scrub controls, chat with
ordinary words of other languages typed in it.

    PYTHONPATH=. python benchmarks/scrub_names13_dev.py --half 0      # tune on this
    PYTHONPATH=. python benchmarks/scrub_names13_dev.py --half 1      # report once at the end
    PYTHONPATH=. python benchmarks/scrub_names13_dev.py --half 0 --before   # census names not loaded

Where each value comes from:

* names: the given names of ``nomquamgender`` (MIT; name counts from
  scientific publications of every country, dev data only, never shipped),
  held by 100 people or more in 3 sources or more, ASCII letters only, four
  letters or more, in none of Faker's lists (as spelled or transliterated),
  gender-guesser's dictionary or the east-asian syllables, and no English
  word: names no list held before this round. They are split in two by a
  hash of the name: half 0 tuned on, half 1 reported once. The shipped list
  (``census_names.txt``) is another source (the US census and birth records)
  and was never filtered against this one.
* foreign words: the word lists of Faker's ``lorem`` providers of Latin
  script languages (Czech, Danish, German, Spanish, Filipino, French,
  Italian, Dutch, Polish, Azerbaijani), no English word, four letters or
  more; ``foreign/filtered`` are languages whose pyspellchecker frequencies
  the list builder filtered against (es fr de it nl), ``foreign/other`` are
  not.
* text: templates written here for this round, split in two (even / odd)
  with the halves.

It is no held-out set. Writes ``benchmarks/results/scrub_names13_dev_<half>[_before].json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = {0: 1313, 1: 3131}

# {f}: a first name alone, {l}: a name as a surname alone, {ff}: two names; no cue word
# before most of them: the position alone says "a person".
TEMPLATES = """{l} said the card is blocked again
i sent 40 to {f} yesterday and it bounced
the transfer to {ff} failed twice
can you check if {l} got my payment
{f} and my brother share this account
i asked {f} to check the statement
{ff} signed the form last week
{l} never answered my email about the fee
the refund went to {f} instead of me
had lunch with {f} and forgot my card
please tell {f} the pin changed
{f} {l} paid me back in cash
my payment to {l} is still pending
is {f} allowed to use my card
{ff} owes me 200 for the flights
we met {f} at the branch on monday
the receipt says {ff} not me
{l} approved it but nothing happened
she forwarded it to {f} by mistake
{f} keeps getting my letters
i think {l} blocked my account
spoke to {f} this morning, still nothing
got a call from {ff} about a loan
the parcel for {f} came to my address""".split("\n")

# Ordinary chat with words of another language typed in it: nothing may be removed
# but the foreign words are no names either.
CONTROLS = """my gran always says {w} {w} when the app crashes
the memo field just says {w} {w}
{w} {w}, my card is blocked again
the shop sign said {w} {w} {w} so i paid there
lol {w} {w} that fee is crazy
i typed {w} in the search and got nothing
the reference was {w} {w} {w}, is that right
he replied {w} {w} and left the chat
we call it {w} at home, the savings pot
the label on the box said {w} {w}""".split("\n")

FOREIGN_FILTERED = ("de_DE", "es_ES", "fr_FR", "it_IT", "nl_NL")
FOREIGN_OTHER = ("cs_CZ", "da_DK", "fil_PH", "pl_PL", "az_AZ")


def half_of(word: str) -> int:
    return hashlib.blake2b(word.encode(), digest_size=2).digest()[1] & 1


def dev_names(half: int) -> list[str]:
    from client.scrub.words import _english_words, _name_words_from
    from client.scrub.world_names import _all_ascii_faker_names, _all_world_names

    import importlib.util

    # read as a file: importing the package needs unidecode, which nothing else here uses
    folder = importlib.util.find_spec("nomquamgender").submodule_search_locations[0]
    data = json.loads(Path(folder, "name_data.json").read_text(encoding="utf-8"))
    known = _name_words_from("") | _all_world_names() | _all_ascii_faker_names() | _east_asian_words()
    english = _english_words()
    out = []
    for name, row in data.items():
        if not (name.isascii() and name.isalpha() and len(name) >= 4) or name in known or name in english:
            continue
        if row[0] >= 3 and row[1] >= 100 and half_of(name) == half:
            out.append(name)
    return sorted(out)


def _east_asian_words() -> set[str]:
    from importlib import resources

    raw = resources.files("client.scrub").joinpath("data/east_asian_names.txt").read_text(encoding="utf-8")
    return {w for line in raw.splitlines() if line and line[0] != "#" for w in line.split()[1:] + line.split()[:1]}


def foreign_words(locales) -> list[str]:
    import importlib

    from client.scrub.words import _english_words

    english = _english_words()
    words = set()
    for loc in locales:
        for w in importlib.import_module(f"faker.providers.lorem.{loc}").Provider.word_list:
            w = w.lower()
            if w.isalpha() and len(w) >= 4 and w not in english:
                words.add(w)
    return sorted(words)


def build(n: int, half: int) -> list[dict]:
    import regex as re

    # (read as a file, so that the "before" can run on a tree without this round's code)
    census = {line.split(" ", 1)[0] for line in (ROOT / "client/scrub/data/census_names.txt").read_text(
        encoding="utf-8").splitlines() if line and line[0] != "#"}
    rng = random.Random(SEEDS[half])
    names = dev_names(half)
    templates, controls = TEMPLATES[half::2], CONTROLS[half::2]
    filtered, other = foreign_words(FOREIGN_FILTERED), foreign_words(FOREIGN_OTHER)
    slot = re.compile(r"\{(ff|f|l|w)\}")
    samples = []
    for i in range(n):
        control = i % 4 == 3
        template = rng.choice(controls if control else templates)
        group = ("foreign/filtered" if rng.random() < 0.5 else "foreign/other") if control else "unseen"
        pool = filtered if group == "foreign/filtered" else other
        lower = control or rng.random() < 0.6
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            if key == "w":
                text += rng.choice(pool)
                pos = m.end()
                continue
            a, b = rng.choice(names), rng.choice(names)
            value = {"ff": f"{a} {b}", "f": a, "l": b}[key]
            if not lower:
                value = value.title()
            # "listed": every word of the value is in the shipped census list (nomquamgender
            # counts US birth records too, so many of its names are); "unlisted": not
            listed = all(w in census for w in value.lower().split())
            spans.append({"start": len(text), "end": len(text) + len(value),
                          "group": f"{group}/{'listed' if listed else 'unlisted'}", "slot": key})
            text += value
            pos = m.end()
        text += template[pos:]
        if not lower:
            text = text[:1].upper() + text[1:]
        samples.append({"text": text, "spans": spans, "lower": lower, "group": group})
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", type=int, choices=[0, 1], default=0)
    parser.add_argument("-n", type=int, default=1200)
    parser.add_argument("--before", action="store_true", help="leave the census names out (the 'before')")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    args = parser.parse_args()

    from client.scrub import world_names
    from helpers import RESULTS
    from scrub_chat_eval import predict
    from scrub_people_dev import score

    world_names.LOAD_CENSUS_NAMES = not args.before
    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    for group in ("foreign/filtered", "foreign/other"):
        pairs = [(s, p) for s, p in zip(samples, predictions) if s["group"] == group]
        sub, _, _ = score([s for s, _ in pairs], [p for _, p in pairs])
        figures[f"{group} ordinary_words_removed_pct"] = sub["ordinary_words_removed_pct"]
        figures[f"{group} texts_touched_pct"] = sub["plain_texts_touched_pct"]
    figures.update({"half": args.half, "census_names": not args.before, "texts_per_s": round(len(samples) / seconds)})
    print(json.dumps(figures, indent=1))
    rng = random.Random(1)
    for group, value, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {group}: {value!r} in {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = f"scrub_names13_dev_{args.half}{'_before' if args.before else ''}.json"
    (RESULTS / out).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
