"""A dev set for people's names that survive whole (session 19): names from
many countries (Arabic, Spanish and Latin American, West and East African,
South and South-East Asian), alone (a first name or a surname only) or full,
mostly in lower-case chat, in the positions chat puts them: greeted or thanked
(with and without a comma), signing off, "@x", "ask x", "tell x", names joined
by "and", "&" or ",", and with no cue at all (subject, object, after a
preposition), a name again later in the text ("repeat"). Controls: chat with
typos, slang, brands, other languages' words, names-as-words, and the greetings
and thanks that hold no name ("thanks so much", "hi there", "ask support").

    PYTHONPATH=. python benchmarks/scrub_people19_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_people19_dev.py --half b   # look at the start and once at the end

The recognizers load world-name half ``a`` only (``world_names.LOADED_HALF =
"a"``) for both halves. Where each value comes from (no reserved source):

* "faker" names: Faker person providers (MIT) of one set of locales per half,
  typed in ASCII with anyascii (half a: fr_DZ es_MX es_CO yo_NG sw id_ID en_PK;
  half b: es_AR es_CL ha_NG ig_NG tw_GH zu_ZA en_KE en_IN en_TH).
  The scrubber's lists hold these names: they measure the lower-case, alone and
  no-cue shapes, not the lists' reach;
* "new" names: as ``scrub_people17_dev.names`` (no list holds them);
* "word" names: as ``scrub_people18_dev.word_names`` (names that are English words).

Templates were written for this round; half a and b share none. Each text
gets a BANKING77 query before or after it one time in three. Writes
``people19_dev_<half>[_<tag>].json`` under ``--out-dir`` (default
benchmarks/results).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEEDS = {"a": 1919, "b": 9191}
# Locales whose names Faker writes in Latin letters (anyascii of Arabic or Devanagari script gives
# consonant skeletons nobody types).
LOCALES = {"a": ("fr_DZ", "es_MX", "es_CO", "yo_NG", "sw", "id_ID", "en_PK"),
           "b": ("es_AR", "es_CL", "ha_NG", "ig_NG", "tw_GH", "zu_ZA", "en_KE", "en_IN", "en_TH")}
# Frames where a cue word tells a person sits there; the others have none.
CUED = {"greet", "greet_bare", "signoff", "at", "ask", "tell", "list", "repeat"}

TEMPLATES = {
    "a": {
        "greet": """Hi {p}, my card is still blocked.
hey {p}, did the refund go through?
Thanks {p}, that sorted it.""",
        "greet_bare": """hi {p} my transfer is stuck
thanks {p} that worked
morning {p} the app crashed again""",
        "signoff": """ok all sorted now, cheers {p}
Please close the account.
Thanks
{p}""",
        "at": """@{p} did you get the money?
@{p} the fee was charged twice""",
        "ask": """ask {p} about the card fee
can you ask {p} if the payment cleared""",
        "tell": """tell {p} the transfer is done
let {p} know the card arrived""",
        "list": """{p} and {q} both got charged twice
I paid {p} & {q} for the tickets.
{p}, {q} and me share the account""",
        "subject": """{p} paid me back yesterday but it is not showing
{p} has my old card now""",
        "object": """i sent {p} some money last week
We owe {p} for the rent.""",
        "preposition": """the transfer from {p} never arrived
I set up a standing order for {p}.""",
        "repeat": """{p} sent the money. did {s} use the right account?
hi {p}, did {s} get my message?""",
    },
    "b": {
        "greet": """Hello {p}, the ATM kept my card.
yo {p}, the top up failed again
Cheers {p}, much appreciated!""",
        "greet_bare": """hello {p} i cant log in
ty {p} all good now
evening {p} is the branch open""",
        "signoff": """thx for the help, {p}
Why was I charged a fee?
Regards,
{p}""",
        "at": """@{p} you still owe me for lunch
@{p} can you send the iban""",
        "ask": """maybe ask {p} for the account number
ask {p} whether the card is frozen""",
        "tell": """please tell {p} i paid the bill
just let {p} know about the refund""",
        "list": """me and {p} split the bill with {q}
the fee hit {p}, {q} and {r} separately
{p} & {q} have a joint account""",
        "subject": """{p} used my card at the shop
last night {p} moved money to savings""",
        "object": """i paid {p} twice by mistake
can i refund {p} the deposit""",
        "preposition": """got a payment request from {p} today
the card was sent to {p} not me""",
        "repeat": """{p} has a card too. is {s} allowed to use mine?
thanks {p}. i gave {s} the pin""",
    },
}

# Greetings, thanks and asks that hold no name (no person in the text).
CHAT_CONTROLS = {
    "a": """thanks so much, the card works now
hi there, my transfer failed
ask support about it please
see you monday then
cc the team on this
thanks again for sorting the fee
hi guys my card is blocked
cheers mate that worked
hey quick question about the exchange rate
thanks anyway, i'll call the branch""".split("\n"),
    "b": """thank you very much for the refund
hello everyone, is the app down?
i will ask the bank tomorrow
see you soon and thanks
please cc billing as well
thanks heaps, all good
hey folks the top up failed
cheers for that, much appreciated
hi again, still waiting on the card
thanks though, i found it""".split("\n"),
}


def faker_names(half: str) -> dict[str, tuple[list[str], list[str]]]:
    """{locale: (first names, surnames)} in ASCII, lower case, letters only."""
    from anyascii import anyascii
    from faker import Faker

    out = {}
    for loc in LOCALES[half]:
        fk = Faker(loc)
        fk.seed_instance(SEEDS[half])

        def clean(values):
            words = {anyascii(v).lower() for v in values}
            return sorted(w for w in words if w.isalpha() and len(w) >= 3)

        out[loc] = (clean(fk.first_name() for _ in range(400)), clean(fk.last_name() for _ in range(400)))
    return out


def build(n: int, half: str) -> list[dict]:
    from scrub_people17_dev import BRANDS, CONTROLS, SLANG, foreign, names, typos
    from scrub_people18_dev import WORD_CONTROLS, word_names
    from scrub_quasi_dev import _carriers

    from client.scrub.words import _english_words

    english = _english_words()
    rng = random.Random(SEEDS[half])
    by_locale = faker_names(half)
    new, word = names(half), word_names(half)
    carriers = _carriers()
    fills = {"typo": typos(half, rng), "slang": SLANG[half], "brand": BRANDS[half], "foreign": foreign(half)}
    frames = list(TEMPLATES[half].items())
    controls = CONTROLS[half] + WORD_CONTROLS[half] + CHAT_CONTROLS[half] * 2
    slot = re.compile(r"\{(p|q|r|s|typo|Typo|slang|brand|foreign)\}")

    def person(full: bool):
        r = rng.random()
        if r < 0.6:
            loc = rng.choice(sorted(by_locale))
            first, last = by_locale[loc]
            if full:
                return f"{rng.choice(first)} {rng.choice(last)}", loc
            return rng.choice(first if rng.random() < 0.6 else last), loc
        pool, kind = (new, "new") if r < 0.85 else (word, "word")
        value = rng.choice(pool)
        return (f"{value} {rng.choice(new)}" if full else value), kind

    samples = []
    for i in range(n):
        control = i % 5 == 4
        mode = ("lower", "mixed", "lower", "cased")[i % 4] if not control else ("mixed", "lower")[i % 2]
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
            if key == "s":  # the same person again (the first word of the name)
                first = value.split()[0]
                spans.append({**spans[-1], "start": len(text), "end": len(text) + len(first), "form": "alone"})
                text += first
                continue
            full = frame not in ("at",) and rng.random() < 0.4
            value, source = person(full)
            if mode == "cased":
                value = " ".join(w.capitalize() for w in value.split())
            is_word = any(w.lower() in english for w in value.split())
            spans.append({"start": len(text), "end": len(text) + len(value), "frame": frame,
                          "form": "full" if full else "alone", "source": source,
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
        ("all", sample["mode"], s["frame"], f"form {s['form']}", f"{s['cue']}", f"english {s['english']}",
         f"src {s['source']}", f"{s['form']}/{s['cue']}/{sample['mode']}"),
        f"{s['frame']}/{s['form']}/{sample['mode']}/{s['english']}/{s['source']}"))


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

    from client.scrub import world_names
    from helpers import RESULTS
    from scrub_chat_eval import predict

    world_names.LOADED_HALF = "a"
    samples = build(args.n, args.half)
    predictions, seconds = predict([s["text"] for s in samples])
    figures, misses, over = score(samples, predictions)
    figures = {"half": args.half, "texts": len(samples), **figures, "texts_per_s": round(len(samples) / seconds)}
    print(json.dumps(figures, indent=1))
    misses = [m for m in misses if args.filter in m[0]]
    rng = random.Random(1)
    for group, value, text in rng.sample(misses, min(len(misses), args.show_misses)):
        print(f"MISS {group}: {value!r} in {text!r}")
    for removed, text in over[: args.show_overscrub]:
        print("OVER", removed, repr(text))
    out_dir = Path(args.out_dir) if args.out_dir else RESULTS
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"people19_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
