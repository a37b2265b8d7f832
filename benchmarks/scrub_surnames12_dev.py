"""A dev set for a surname or given name standing alone next to a title or an
honorific (session 12): English titles ("dr song", "ask mr park"), titles and
honorifics of other languages before the name ("pak budi", "khun somchai",
"herr weber", "bwana otieno", "sheikh hamdan"), after it ("suzuki san",
"ahmet bey") or joined by a hyphen ("tanaka-san", "minji-ssi", "sharma-ji"),
lower and mixed case; and ordinary chat with the same honorific-like words
("pak my bags", "mama said", "ate dinner", "pan the camera", "is khun a
polite word") that must stay (no town names there: "san francisco" is
removed as a place, rightly).

    PYTHONPATH=. python benchmarks/scrub_surnames12_dev.py --half a      # tune on this
    PYTHONPATH=. python benchmarks/scrub_surnames12_dev.py --half b      # report once at the end
    PYTHONPATH=. python benchmarks/scrub_surnames12_dev.py --half a --show-misses 30 --show-overscrub 20

Names: the first and last names of every Faker person locale, folded to
ASCII with anyascii; the locales are split in two (alternately, in sorted
order), half ``a`` / ``b``; plus surnames that are English words
(``_ENGLISH_SURNAMES``, split the same way). Templates are split in two as
well, so half ``b`` has names of unseen locales in unseen wordings. It is no
held-out set: half ``a`` was looked at and tuned on. Writes
``benchmarks/results/scrub_surnames12_dev_<half>.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = {"a": 1212, "b": 2121}
_ENGLISH_SURNAMES = """song park long king bell baker moon young brown white green black rose hill wood
stone fox cook hunter carter fisher miller taylor walker ward lane ford gray hall""".split()

# (cue, position): "pre" before the name, "post" after it, "hyphen" joined after it.
_CUES = {
    "english": [("dr", "pre"), ("dr.", "pre"), ("mr", "pre"), ("mr.", "pre"), ("mrs", "pre"), ("ms", "pre"),
                ("ms.", "pre"), ("prof", "pre"), ("mrs.", "pre")],
    "japanese": [("san", "post"), ("san", "hyphen"), ("sama", "hyphen"), ("sensei", "post"),
                 ("sensei", "hyphen"), ("kun", "hyphen"), ("chan", "hyphen"), ("sama", "post")],
    "korean": [("ssi", "hyphen"), ("nim", "hyphen"), ("ssi", "post"), ("nim", "post")],
    "malay": [("pak", "pre"), ("bu", "pre"), ("bapak", "pre"), ("ibu", "pre"), ("mas", "pre"), ("mbak", "pre"),
              ("encik", "pre"), ("puan", "pre")],
    "filipino": [("kuya", "pre"), ("ate", "pre"), ("tita", "pre"), ("tito", "pre"), ("aling", "pre"),
                 ("mang", "pre")],
    "thai": [("khun", "pre")],
    "south asian": [("ji", "hyphen"), ("ji", "post"), ("shri", "pre"), ("smt", "pre"), ("sahib", "post"),
                    ("bhai", "post"), ("didi", "post"), ("shri", "pre")],
    "swahili": [("bwana", "pre"), ("mama", "pre"), ("mzee", "pre")],
    "amharic": [("ato", "pre"), ("w/ro", "pre"), ("weyzero", "pre")],
    "arabic": [("sheikh", "pre"), ("sayed", "pre"), ("hajji", "pre")],
    "iberian": [("don", "pre"), ("doña", "pre"), ("sr.", "pre"), ("sra.", "pre"), ("dona", "pre"), ("seu", "pre")],
    "french": [("m.", "pre"), ("mme", "pre"), ("mlle", "pre")],
    "german": [("herr", "pre"), ("frau", "pre")],
    "hungarian": [("úr", "post")],
    "slavic": [("pan", "pre"), ("paní", "pre"), ("pani", "pre")],
    "greek": [("kyrios", "pre"), ("kyria", "pre")],
    "turkish": [("bey", "post"), ("hanım", "post"), ("abla", "post"), ("abi", "post"), ("hanim", "post")],
}

_TEMPLATES = [
    "can you ask {p} about my card",
    "{p} is the name on the card",
    "i spoke with {p} yesterday and the transfer is still pending",
    "{p} said my refund would come in 3 days",
    "please pass this to {p}, thanks",
    "the money was sent to {p} last week",
    "hi, {p} from the branch told me to reset my pin",
    "is {p} still handling my complaint?",
    "my landlord {p} never got the rent",
    "ok i will call {p} tomorrow",
    "we paid {p} for the repairs but it bounced",
    "thanks {p} for your help earlier",
    "{p} wants to add me to the joint account",
    "can i send money to {p} abroad",
    "got a message from {p} about a fee i dont recognise",
    "the card belongs to {p}, can i use it",
    "the form still says {p} at the top",
    "apparently {p} signed the letter",
    "the cheque was signed by {p} last month",
    "{p} approved the loan but nothing happened",
    "our account manager is {p} now",
    "the parcel was left with {p} next door",
]

# Ordinary chat with the honorific-like words: nothing may be removed.
_CONTROLS = """can you help me pak my bags before the flight, i mean pack
mama said the card was blocked again
he is the don of this whole neighbourhood lol
i ate dinner at the airport and got charged twice
mang o juice was 4 quid at the station
pan the camera left when you scan the card
herr is a word i never use
mas o menos, the rate was ok
bu is not a word i know
the pan was hot so i dropped my card
my mama and papa share one account
i ate too much cake at the party
don the mask before entering the branch please
mr and mrs on the form, which should i pick
dr appointment moved to friday so i need a refund
my sensei says i should save more
is khun a polite word
bwana means mister i think
san is what we call the savings pot
pan fried noodles were 12 dollars
she ate the whole pizza
my abi account number changed
hey mama how are you doing
the song was playing at the park all day
i waited a long time at the bank
the king of savings account is not real
the bell rang and the shop closed
the mas rapido option cost extra""".split("\n")


def _locale_names():
    """{locale: sorted ASCII-folded lower-case name words} of every Faker person locale."""
    import importlib
    import pkgutil

    import faker.providers.person as person
    from anyascii import anyascii

    out = {}
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        except (ImportError, AttributeError):
            continue
        words = set()
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            values = getattr(provider, attr, ())
            if not isinstance(values, (dict, list, tuple)):
                continue
            for v in (values.keys() if isinstance(values, dict) else values):
                for part in anyascii(str(v)).lower().replace("-", " ").split():
                    if part.isalpha() and len(part) >= 2:
                        words.add(part)
        if words:
            out[info.name] = sorted(words)
    return out


def names_of(half: str) -> list[tuple[str, str]]:
    locales = _locale_names()
    keys = sorted(locales)[0 if half == "a" else 1::2]
    out = [(k, w) for k in keys for w in locales[k]]
    out += [("english-word", w) for w in _ENGLISH_SURNAMES[0 if half == "a" else 1::2]]
    return out


def build(n: int, half: str) -> list[dict]:
    rng = random.Random(SEEDS[half])
    names = names_of(half)
    english = [x for x in names if x[0] == "english-word"]
    templates = _TEMPLATES[0::2] if half == "a" else _TEMPLATES[1::2]
    controls = _CONTROLS[0::2] if half == "a" else _CONTROLS[1::2]
    samples = []
    for i in range(n):
        if i % 5 == 4:
            text = rng.choice(controls)
            samples.append({"text": text, "spans": [], "lower": True, "cue": ""})
            continue
        group = rng.choice(sorted(_CUES))
        cue, pos = rng.choice(_CUES[group])
        _, name = rng.choice(english if rng.random() < 0.3 else names)
        lower = rng.random() < 0.7
        if not lower:
            name = name.capitalize()
            cue = cue.capitalize() if pos == "pre" else cue
        phrase = {"pre": f"{cue} {{n}}", "post": f"{{n}} {cue}", "hyphen": f"{{n}}-{cue}"}[pos]
        template = rng.choice(templates)
        text = template.replace("{p}", phrase)
        start = text.index("{n}")
        text = text.replace("{n}", name)
        if not lower:
            text = text[:1].upper() + text[1:]
        samples.append({"text": text, "spans": [{"start": start, "end": start + len(name)}], "lower": lower,
                        "cue": f"{group}/{pos}", "cue_word": cue.lower()})
    return samples


def score(samples, predictions):
    import regex as re

    from scrub_chat_eval import marked

    word = re.compile(r"[\w/]+")
    whole = defaultdict(lambda: [0, 0])
    ordinary, plain_hit = [0, 0], [0, 0]
    misses, over = [], []
    for sample, spans in zip(samples, predictions):
        text = sample["text"]
        mask = marked(text, spans)
        gold = marked(text, [(s["start"], s["end"]) for s in sample["spans"]])
        for s in sample["spans"]:
            survived = not any(mask[s["start"]:s["end"]])
            case = "lower" if sample["lower"] else "cased"
            for key in ("all", sample["cue"].split("/")[0], sample["cue"].split("/")[1], case):
                whole[key][0] += survived
                whole[key][1] += 1
            if survived:
                misses.append((sample["cue"], text))
        removed = []
        for w in word.finditer(text):
            cue_word = sample["spans"] and w.group().lower() == sample["cue_word"].rstrip(".")
            if any(gold[w.start():w.end()]) or cue_word:
                continue
            hit = any(mask[w.start():w.end()])
            ordinary[0] += hit
            ordinary[1] += 1
            if hit:
                removed.append(w.group())
        if not sample["spans"]:
            plain_hit[0] += bool(removed)
            plain_hit[1] += 1
        if removed:
            over.append((removed, text))
    pct = lambda a: round(100 * a[0] / max(a[1], 1), 1)  # noqa: E731
    return {
        "name_whole_survival_pct": {k: pct(v) for k, v in sorted(whole.items())},
        "counts": {k: v[1] for k, v in sorted(whole.items())},
        "ordinary_words_removed_pct": pct(ordinary),
        "control_texts_touched_pct": pct(plain_hit),
    }, misses, over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    args = parser.parse_args()

    from helpers import RESULTS
    from scrub_chat_eval import predict

    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    figures["texts_per_s"] = round(len(samples) / seconds)
    figures["half"] = args.half
    print(json.dumps(figures, indent=1))
    rng = random.Random(1)
    for cue, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {cue}: {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"scrub_surnames12_dev_{args.half}.json").write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
