"""A dev set for people's names that survive whole (session 18): names no
list holds, names that are English words ("hunter", "coulter", "grady") or
another language's everyday words, alone (a first name or a surname) and as
full names, in many frames: subject, object, after a preposition, greeted,
in a list ("x, y and z"), possessive, signing off, "this is x", "x here",
"ask x", "cc x", "@x", "x's order", a name again after one of these ("repeat"). Mostly lower case ("lower": no capital
in the text; "mixed": capitals elsewhere), some capitalised ("cased"). As
over-scrub controls: typos, slang, brand and product words, other languages'
everyday words, and words that are names too used as ordinary words ("will",
"may", "rose", "hunter", "bill", "mark"), lower case and capitalised.

    PYTHONPATH=. python benchmarks/scrub_people18_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_people18_dev.py --half b   # look at the start and once at the end

The recognizers load world-name half ``a`` only (``world_names.LOADED_HALF =
"a"``) for both halves. Where each value comes from (no reserved source):

* "new" names: as ``scrub_people17_dev`` (half a: ``nomquamgender`` given
  names no list holds; half b: gender-guesser world names of hash half ``b``
  that no list holds);
* "word" names: names that are English words of some use (pyspellchecker
  frequency 100-60,000) and no Faker en_US first name; half a:
  ``nomquamgender`` names of ``world_names.half_of`` half a, half b:
  gender-guesser world names of hash half ``b`` (not loaded here);
* controls: as ``scrub_people17_dev`` plus sentences written here that use
  name words as ordinary words (half a and b share no sentence).

Each text gets a BANKING77 query before or after it one time in two. Writes
``people18_dev_<half>[_<tag>].json`` under ``--out-dir`` (default
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

SEEDS = {"a": 1818, "b": 8181}

# {p}: a person (possibly a full name); frame: where the name sits. Natural case.
TEMPLATES = {
    "a": {
        "subject": """{p} topped up my card last night and it still shows pending.
{p} told me the refund takes five days.
Then {p} cancelled the transfer by mistake.""",
        "object": """I lent {p} 50 and the transfer bounced.
Can you help {p} reset the password?
I've blocked {p} from my joint account.""",
        "preposition": """The payment to {p} was declined twice.
I'm sharing the card with {p} while I travel.
There's a direct debit for {p} I never set up.""",
        "vocative": """Hey {p}, my card is stuck in the ATM.
Thanks a lot {p}, that fixed it.
Hi {p}! Is the exchange rate fixed today?""",
        "list": """I split the bill with {p}, {q} and {r} through the app.
{p}, {q} and {r} are on the family plan.""",
        "possessive": """I sent it to {p}'s old account.
Can I see {p}'s transactions from here?""",
        "signature": """Please close my account as soon as possible.
Thanks,
{p}
Is there a fee for cash withdrawals abroad?
Regards
{p}""",
        "this_is": """Hi, this is {p}, I called yesterday about the PIN.
this is {p} from the flat upstairs, my card was swallowed""",
        "here": """{p} here, my transfer is still not showing.
Hi all, {p} here: the top up failed.""",
        "ask": """Ask {p} about the missing payment please.
Could you ask {p} to confirm the amount?""",
        "cc": """cc {p}
Please cc {p} on your reply.""",
        "at": """@{p} did the refund come through?
thanks @{p} for the tip about the fees""",
        "order": """{p}'s order never arrived but I was charged.
Where is {p}'s refund for the cancelled order?""",
        "repeat": """@{p} can you check this? The card I gave {s} is blocked.
Hi {p}, the transfer from {s} to me never came.""",
    },
    "b": {
        "subject": """Last month {p} sent me 30 euros and I can't find it.
{p} is trying to log in from abroad.
I think {p} used my card at the supermarket.""",
        "object": """Please refund {p} the double charge.
We asked {p} to send the IBAN again.
Should I pay {p} by card or by transfer?""",
        "preposition": """I got a payment request from {p} yesterday.
The car was bought by {p} on my credit card.
I need to send cash to {p} in another country.""",
        "vocative": """Good evening {p}, my account is locked.
Cheers {p}, much appreciated.
Thx {p}! It worked.""",
        "list": """Me, {p} and {q} have a shared savings pot.
The fee was charged to {p}, {q} and {r} separately.""",
        "possessive": """This is about {p}'s standing order.
I paid {p}'s rent by accident.""",
        "signature": """My card expired and the new one hasn't arrived.
Best,
{p}
Why was my transfer reversed?
Kind regards,
{p}""",
        "this_is": """Hello, this is {p}. My virtual card is not working.
this is {p} again, still waiting for the refund""",
        "here": """Hey, {p} here, the app keeps logging me out.
{p} here again about the disputed charge.""",
        "ask": """Can you ask {p} for the reference number?
ask {p}, she knows the card PIN""",
        "cc": """cc: {p}
I will cc {p} so she knows too.""",
        "at": """@{p} you still owe me for dinner lol
@{p} have you got the new card yet?""",
        "order": """{p}'s order was charged twice.
Can I cancel {p}'s order and get the money back?""",
        "repeat": """Thanks {p}! I think {s} has my old card now.
cc {p}. The refund should go to {s} directly.""",
    },
}

# Names that are words, used as words (no person in the text).
WORD_CONTROLS = {
    "a": """Prices rose again so my card limit feels low.
I will mark the payment as disputed.
The bill came to more than I expected.
May I change my PIN in the app?
The hunter season fees were charged twice.
I hope the transfer arrives soon.
Grace period for the loan ends today?
We had a frank talk about the fees.
the rose gold card looks nice but costs more
i will pay the bill tomorrow if that works""".split("\n"),
    "b": """Will the money arrive before Friday?
Please mark my card as lost.
The price of the grand plan went up.
I may need a new card soon.
My faith in this bank is gone after the fees.
The baker charged me twice for one cake.
we went for a walker holiday and the card failed
i may have sent it to the wrong account
Hunter boots were charged twice on my card.
the bill shows a fee i don't understand""".split("\n"),
}

FREQ_BAND = (100, 60_000)


def word_names(half: str) -> list[str]:
    """Names that are English words of some use."""
    from faker.providers.person.en_US import Provider as UsPerson

    from client.scrub.words import _english_frequencies
    from client.scrub.world_names import dev_half_names, half_of

    freq = _english_frequencies()
    us_first = {n.lower() for n in (*UsPerson.first_names_male, *UsPerson.first_names_female)}
    if half == "a":
        import importlib.util

        folder = importlib.util.find_spec("nomquamgender").submodule_search_locations[0]
        data = json.loads(Path(folder, "name_data.json").read_text(encoding="utf-8"))
        pool = {n for n, row in data.items() if row[0] >= 3 and row[1] >= 100 and half_of(n) == "a"}
    else:
        pool = dev_half_names("b")
    return sorted(n for n in pool if n.isascii() and n.isalpha() and len(n) >= 4 and n not in us_first
                  and FREQ_BAND[0] <= freq.get(n, 0) <= FREQ_BAND[1])


def build(n: int, half: str) -> list[dict]:
    from scrub_people17_dev import BRANDS, CONTROLS, SLANG, foreign, names, typos
    from scrub_quasi_dev import _carriers

    rng = random.Random(SEEDS[half])
    pools = {"new": names(half), "word": word_names(half)}
    carriers = _carriers()
    fills = {"typo": typos(half, rng), "slang": SLANG[half], "brand": BRANDS[half], "foreign": foreign(half)}
    frames = [(f, block) for f, block in TEMPLATES[half].items()]
    controls = CONTROLS[half] + WORD_CONTROLS[half]
    slot = re.compile(r"\{(p|q|r|s|typo|Typo|slang|brand|foreign)\}")
    samples = []
    for i in range(n):
        control = i % 5 == 4
        mode = ("lower", "mixed", "lower", "cased")[i % 4] if not control else ("mixed", "lower")[i % 2]
        if control:
            frame, template = "control", rng.choice(controls)
        else:
            frame, block = rng.choice(frames)
            lines = block.split("\n")
            if frame == "signature":
                k = rng.randrange(len(lines) // 3)
                template = "\n".join(lines[3 * k:3 * k + 3])
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
            if key == "s":  # the same person again
                spans.append({**spans[-1], "start": len(text), "end": len(text) + len(value)})
                text += value
                continue
            kind = "word" if rng.random() < 0.4 else "new"
            value = rng.choice(pools[kind])
            form = "one"
            if key == "p" and frame not in ("at", "list", "repeat") and rng.random() < 0.35:
                other = rng.choice(pools["new" if kind == "word" else rng.choice(("new", "word"))])
                value = f"{value} {other}" if rng.random() < 0.5 else f"{other} {value}"
                form = "full"
            if mode == "cased":
                value = " ".join(w.capitalize() for w in value.split())
            spans.append({"start": len(text), "end": len(text) + len(value), "frame": frame, "form": form,
                          "kind": kind})
            text += value
        text += template[pos:]
        if mode == "lower":
            text = text.lower()
        if rng.random() < 0.5:
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
        ("all", sample["mode"], s["frame"], f"form {s['form']}", f"kind {s['kind']}"),
        f"{s['frame']}/{sample['mode']}/{s['kind']}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--tag", default="", help="added to the result file's name (e.g. before)")
    parser.add_argument("--out-dir", default=None, help="where the JSON goes (default benchmarks/results)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--filter", default="", help="only show misses of this group (e.g. object/lower/word)")
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
    name = f"people18_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
