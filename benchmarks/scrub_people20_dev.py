"""A dev set for people's names that survive whole or in part (session 20):
first names and surnames of many countries, alone or full, mostly in
lower-case chat, in chat's positions (greeted or thanked, signing off, "@x",
"ask x", "cc x", lists) and with no cue at all (subject, object, after a
preposition), a name again later in the text. Every name is scored whole and
by word: a full name with one part kept is counted by which part ("first",
"last") and whether the scrubber's lists know that part ("known"/"new").
Controls: chat greetings and thanks that hold no name ("thanks so much",
"hi there", "ask support", "see you monday", "cc the team") and the people17
controls (typos, slang, brands, other languages' words).

    PYTHONPATH=. python benchmarks/scrub_people20_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_people20_dev.py --half b   # the start and once at the end

Where each value comes from (no reserved source; see helper_common.md): the
person lists of ``mimesis`` 22 (MIT; a held-out source of sessions 6-7, no
longer reserved; no scrubber list is built from it), typed in ASCII with
anyascii, one set of locales per half:

* half a: da pl ru pt-br kk hu it (Danish, Polish, Russian, Brazilian,
  Kazakh, Hungarian, Italian);
* half b: no de-ch nl is cs tr uk et sv fi el (Norwegian, Swiss, Dutch,
  Icelandic, Czech, Turkish, Ukrainian, Estonian, Swedish, Finnish, Greek).

Names the lists already hold stay in (field ``known``); names no list holds
("new") are the point and are drawn two times in three. All lists loaded
(no ``LOADED_HALF``), as the held-out parts run. Templates were written for
this round; half a and b share none. A BANKING77 query goes before or after a
text one time in three. Writes ``people20_dev_<half>[_<tag>].json`` under
``--out-dir`` (default benchmarks/results).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = {"a": 2020, "b": 2002}
LOCALES = {"a": ("da", "pl", "ru", "pt-br", "kk", "hu", "it"),
           "b": ("no", "de-ch", "nl", "is", "cs", "tr", "uk", "et", "sv", "fi", "el")}
CUED = {"greet", "greet_bare", "signoff", "at", "ask", "cc", "list", "repeat"}

TEMPLATES = {
    "a": {
        "greet": """hi {p}, quick one about my card
hey {p}, the transfer still says pending
thanks {p}, that fixed it
Hello {p}, any news on the refund?""",
        "greet_bare": """hi {p} my pin is locked
thanks {p} all sorted
morning {p} did the payment clear""",
        "signoff": """ok that works, cheers {p}
Can you cancel the order?
Thanks,
{p}""",
        "at": """@{p} did the rent go through?
@{p} you forgot the reference""",
        "ask": """can you ask {p} about the fee
ask {p} if the card came""",
        "cc": """please cc {p} on the reply
cc {p}""",
        "list": """{p} and {q} both use this card
i paid {p} & {q} for dinner
{p}, {q} and me split the bill""",
        "subject": """{p} sent me the money yesterday
{p} still has my card
{p} wants to open an account too""",
        "object": """i sent {p} 50 euros last night
we owe {p} for the flights
i transferred the deposit to {p} on friday""",
        "preposition": """the payment from {p} never showed up
i set up a direct debit for {p}
is the card in the name of {p}""",
        "repeat": """{p} paid. did {s} use the iban i gave?
hi {p}, can {s} still log in?""",
    },
    "b": {
        "greet": """Hey {p}, my top up is stuck
good morning {p}, the atm ate my card
cheers {p}, really helpful
dear {p}, please close my account""",
        "greet_bare": """hello {p} cant see my balance
ty {p} works now
evening {p} any update""",
        "signoff": """thanks for sorting it {p}
Why is there a fee on my statement?
Best regards
{p}""",
        "at": """@{p} send me the account number
@{p} is the card frozen""",
        "ask": """maybe ask {p} to check the limit
ask {p} whether the refund landed""",
        "cc": """cc {p} please
can you cc {p} and me""",
        "list": """me and {p} went halves with {q}
the fee hit {p}, {q} and {r}
{p} & {q} share a savings account""",
        "subject": """{p} used my card without asking
yesterday {p} moved the money back
{p} owes me 20 quid""",
        "object": """i paid {p} twice by accident
can i send {p} money abroad""",
        "preposition": """got a request from {p} this morning
the parcel went to {p} instead of me
the account belongs to {p}""",
        "repeat": """{p} got a new card. can {s} use it abroad?
thanks {p}. i sent {s} the code""",
    },
}

CHAT_CONTROLS = {
    "a": """thanks so much, the card works now
hi there, my transfer failed
ask support about it please
see you monday then
cc the team on this
thanks again for the quick reply
hi all, is the app down?
cheers mate, sorted
hey quick question about fees
thanks anyway, i'll call them""".split("\n"),
    "b": """thank you so much for the help
hello everyone, my card is blocked
please ask the bank for me
see you tomorrow and thanks
cc billing please
thanks heaps, all good
hey guys the top up failed
cheers for that
hi again, still waiting
thanks though, found it""".split("\n"),
}


def mimesis_names(half: str) -> dict[str, tuple[list[str], list[str]]]:
    """{locale: (first names, surnames)} in ASCII, lower case, letters only."""
    import importlib.util

    from anyascii import anyascii

    folder = Path(importlib.util.find_spec("mimesis").submodule_search_locations[0], "datasets")

    def flat(x):
        if isinstance(x, dict):
            return [w for v in x.values() for w in flat(v)]
        return list(x)

    def clean(values):
        return sorted({w for w in (anyascii(v).lower() for v in values) if w.isalpha() and len(w) >= 3})

    out = {}
    for loc in LOCALES[half]:
        data = json.loads((folder / loc / "person.json").read_text(encoding="utf-8"))
        out[loc] = (clean(flat(data.get("names", {}))), clean(flat(data.get("surnames", {}))))
    return out


def known_words() -> frozenset[str]:
    from client.scrub.words import _name_words
    from client.scrub.world_names import _all_ascii_faker_names, _all_census_names, _all_world_names

    return frozenset(_name_words() | _all_world_names() | _all_ascii_faker_names() | set(_all_census_names()))


def build(n: int, half: str) -> list[dict]:
    from scrub_people17_dev import BRANDS, CONTROLS, SLANG, foreign, typos
    from scrub_people18_dev import WORD_CONTROLS
    from scrub_quasi_dev import _carriers

    from client.scrub.words import _english_words

    english, known = _english_words(), known_words()
    rng = random.Random(SEEDS[half])
    by_locale = mimesis_names(half)
    pools = {}
    for loc, (first, last) in by_locale.items():
        pools[loc] = {k: ([w for w in first if (w in known) == (k == "known")],
                          [w for w in last if (w in known) == (k == "known")]) for k in ("known", "new")}
    carriers = _carriers()
    fills = {"typo": typos(half, rng), "slang": SLANG[half], "brand": BRANDS[half], "foreign": foreign(half)}
    frames = list(TEMPLATES[half].items())
    controls = CONTROLS[half] + WORD_CONTROLS[half] + CHAT_CONTROLS[half] * 3
    slot = re.compile(r"\{(p|q|r|s|typo|Typo|slang|brand|foreign)\}")

    def pick(loc, part):
        kind = "new" if rng.random() < 0.67 else "known"
        pool = pools[loc][kind][part] or pools[loc]["known" if kind == "new" else "new"][part]
        w = rng.choice(pool)
        return w, ("known" if w in known else "new")

    def person(full: bool):
        loc = rng.choice(sorted(by_locale))
        if not by_locale[loc][1]:
            full = False
        if full:
            (f, fk), (s, sk) = pick(loc, 0), pick(loc, 1)
            return f"{f} {s}", loc, [fk, sk]
        part = 0 if rng.random() < 0.5 or not by_locale[loc][1] else 1
        w, k = pick(loc, part)
        return w, loc, [k], ("first" if part == 0 else "last")

    samples = []
    for i in range(n):
        control = i % 5 == 4
        mode = ("lower", "mixed", "lower", "cased", "lower")[i % 5] if not control else ("mixed", "lower")[i % 2]
        if control:
            frame, template = "control", rng.choice(controls)
        else:
            frame, block = rng.choice(frames)
            lines = block.split("\n")
            if frame == "signoff" and rng.random() < 0.5:
                template = "\n".join(lines[1:])
            elif frame == "signoff":
                template = lines[0]
            else:
                template = rng.choice(lines)
        text, spans, pos = "", [], 0
        for m in slot.finditer(template):
            text += template[pos:m.start()]
            key = m.group(1)
            pos = m.end()
            if key.lower() in fills:
                value = rng.choice(fills[key.lower()])
                text += value.capitalize() if key[0].isupper() else value
                continue
            if key == "s":  # the same person again (the name's first word)
                first = value.split()[0]
                spans.append({**spans[-1], "start": len(text), "end": len(text) + len(first), "form": "alone",
                              "kinds": spans[-1]["kinds"][:1], "part": "again"})
                text += first
                continue
            full = frame != "at" and rng.random() < 0.45
            got = person(full)
            value, loc, kinds = got[0], got[1], got[2]
            full = " " in value
            if mode == "cased":
                value = " ".join(w.capitalize() for w in value.split())
            is_word = any(w.lower() in english for w in value.split())
            spans.append({"start": len(text), "end": len(text) + len(value), "frame": frame,
                          "form": "full" if full else "alone", "source": loc, "kinds": kinds,
                          "part": "full" if full else got[3],
                          "cue": "cue" if frame in CUED else "nocue", "english": "word" if is_word else "noword"})
            text += value
        text += template[pos:]
        if mode == "lower":
            text = text.lower()
        if rng.random() < 0.33:
            carrier = rng.choice(carriers)
            if mode == "lower":
                carrier = carrier.lower()
            if rng.random() < 0.5:
                text = f"{text} {carrier}"
            else:
                shift = len(carrier) + 1
                text = f"{carrier} {text}"
                for s in spans:
                    s["start"] += shift
                    s["end"] += shift
        samples.append({"text": text, "spans": spans, "mode": mode, "control": control, "frame": frame})
    return samples


def score(samples, predictions):
    from scrub_people_score import score as shared_score

    return shared_score(samples, predictions, lambda sample, s: (
        ("all", sample["mode"], s["frame"], f"form {s['form']}", s["cue"], f"english {s['english']}",
         f"src {s['source']}", f"kinds {'/'.join(s['kinds'])}", f"{s['form']}/{s['cue']}/{sample['mode']}"),
        f"{s['frame']}/{s['form']}/{sample['mode']}/{s['english']}/{'/'.join(s['kinds'])}/{s['source']}"))


def part_kept(samples, predictions) -> dict:
    """Full names with one word kept and one removed: which word, and whether the lists know it."""
    from scrub_chat_eval import marked

    out = defaultdict(int)
    for sample, spans in zip(samples, predictions):
        mask = marked(sample["text"], spans)
        for s in sample["spans"]:
            if s["form"] != "full":
                continue
            words = list(re.finditer(r"\w+", sample["text"][s["start"]:s["end"]]))
            kept = [not any(mask[s["start"] + w.start():s["start"] + w.end()]) for w in words]
            out["full names"] += 1
            if all(kept):
                out["both kept"] += 1
            elif any(kept):
                k = kept.index(True)
                out[f"kept {('first', 'last')[k]} ({s['kinds'][k]}; other {s['kinds'][1 - k]})"] += 1
    return dict(sorted(out.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--tag", default="", help="added to the result file's name (e.g. before)")
    parser.add_argument("--out-dir", default=None, help="where the JSON goes (default benchmarks/results)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--filter", default="", help="only show misses of this group (e.g. greet/alone)")
    args = parser.parse_args()

    from helpers import RESULTS
    from scrub_chat_eval import predict

    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    figures = {"half": args.half, "texts": len(samples), **figures, "part_kept": part_kept(samples, predictions),
               "texts_per_s": round(len(samples) / seconds)}
    print(json.dumps(figures, indent=1))
    misses = [m for m in misses if args.filter in m[0]]
    rng = random.Random(1)
    for group, value, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {group}: {value!r} in {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    out_dir = Path(args.out_dir) if args.out_dir else RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"people20_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
