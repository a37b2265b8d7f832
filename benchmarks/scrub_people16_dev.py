"""A dev set for people's names in chat (session 16): names typed in lower
case inside text that has capitals elsewhere ("Hi, talked to maria
yesterday. She said ..."), in text with no capital at all, and capitalised;
after a cue word and with none (a sentence's subject or object: "kwame sent
the form", "i paid ochieng"); as over-scrub controls, chat whose ordinary
words are names too ("will", "mark", "grace", "bill", "rose"), capitalised
and not.

    PYTHONPATH=. python benchmarks/scrub_people16_dev.py --half a   # tune on this
    PYTHONPATH=. python benchmarks/scrub_people16_dev.py --half b   # look at the start and once at the end

Where each value comes from (no reserved source; see helper_common.md):

* listed names: first names and surnames of Faker's person providers (MIT),
  transliterated with anyascii; half a and half b take other locales
  (countries). The scrubber loads Faker's names, so these measure its rules
  for known names typed in lower case;
* unlisted names: ``scrub_names13_dev.dev_names`` (``nomquamgender``'s given
  names that no list of the scrubber holds), hash half 0 for a, 1 for b.

Templates were written for this round; half a and b share none. Each text
gets a BANKING77 query (as typed, mostly capitalised) before or after it one
time in two, so "mixed" texts have capitals elsewhere. Writes
``benchmarks/results/people16_dev_<half>[_<tag>].json``.
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

SEEDS = {"a": 1616, "b": 6161}
LOCALES = {
    "a": "en_US de_DE es_ES fr_FR it_IT pl_PL pt_BR nl_NL tr_TR ru_RU yo_NG sw hi_IN ar_SA".split(),
    "b": "cs_CZ ro_RO hu_HU fi_FI ig_NG ha_NG zu_ZA tw_GH en_KE uk_UA ka_GE az_AZ el_GR id_ID vi_VN ne_NP "
         "ta_IN fa_IR".split(),
}

# {p}: a person (first name, surname or both). Written in natural case; the
# name goes in lower case ("mixed"), or the whole text is lower-cased
# ("lower"), or the name is capitalised ("cased").
TEMPLATES = {
    "a": """Hi, talked to {p} yesterday. She said the card would come this week.
Thanks! ask {p} about it, he set up the transfer.
I sent the money to {p} on Monday but it bounced.
{p} sent the form this morning. Can you check it arrived?
I paid {p} 50 for the tickets and the payment is still pending.
My card was used by {p} without asking, can I block it?
Spoke with {p} at the branch, nothing has changed.
Can {p} be added to my account as a second holder?
{p} says the refund never reached her account.
The transfer to {p} failed twice, why?
Please tell {p} the PIN has changed.
We met {p} last week and he said the fee would be waived.
I owe {p} 200. How do I send it abroad?
Is it ok if {p} uses my card while I'm away?
{p} and I share this account. Can she see my statements?
Got a message from {p} asking for my code, is that you?
The money went to {p} instead of me.
I gave {p} my old card by mistake.
Hello, {p} here. My top up did not work.
Why was {p} charged for my order?""".split("\n"),
    "b": """Yesterday {p} told me the card was on its way.
Quick one: {p} wants to pay into my account, is that fine?
My sister {p} lost her phone, please freeze the card.
Could you ask {p} to call me back?
I transferred 300 to {p} and it is not showing.
{p} never got the money I sent on Friday.
A guy called {p} rang me asking for my PIN.
The rent goes to {p} every month by standing order.
I think {p} used my card online.
Has {p} received the refund yet?
{p} is my carer and needs access to the app.
Send the statement to {p} please, not to me.
I split the bill with {p}, can I request half?
{p} wrote to you last week about the fee.
Spent the weekend with {p} and my card got declined everywhere.
Who is {p}? There is a payment to them I don't know.
Can I give {p} my virtual card number?
{p} paid me back but the money is on hold.
Hey it's {p}, my transfer is stuck.
Cheers, {p} will sort the paperwork.""".split("\n"),
}

# Nothing to remove: ordinary words, some of them names too.
CONTROLS = {
    "a": """I will send the money tomorrow, will it arrive by Monday?
please mark this payment as fraud
By the grace of God the refund came.
i need to pay my phone bill with this card
The rose gold card looks nice but I wanted the black one.
can you grant me a higher limit
Will the fee be refunded if I cancel?
i hope the transfer goes through today, fingers crossed
Mark the transfer as urgent please.
The bill was higher than it should be.""".split("\n"),
    "b": """you can bank on it, the top up failed again
i'd like to chase the missing refund
The price rose by 10 percent overnight.
Grace period for the loan, how long is it?
my will to use this app is gone lol
please bill me in euros not dollars
I got a penny back as cashback, what a joke.
Frank answer please: why was my card declined?
is there a max on contactless payments
The summer offer page is broken again.""".split("\n"),
}


def _words(value: str) -> list[str]:
    from anyascii import anyascii

    return [w for w in re.split(r"[\s-]+", anyascii(value).lower()) if w]


def listed_names(locales) -> tuple[list[str], list[str]]:
    """(first names, surnames) of these Faker locales, ASCII, three letters or more."""
    import importlib

    from client.scrub.words import _english_words

    english = _english_words()
    firsts, lasts = set(), set()
    for loc in locales:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr, out in (("first_names", firsts), ("first_names_male", firsts), ("first_names_female", firsts),
                          ("last_names", lasts)):
            values = getattr(provider, attr, ())
            for v in (values.keys() if isinstance(values, dict) else values):
                for w in _words(v):
                    if w.isalpha() and len(w) >= 3 and w not in english:
                        out.add(w)
    return sorted(firsts), sorted(lasts)


def build(n: int, half: str) -> list[dict]:
    from scrub_names13_dev import dev_names
    from scrub_quasi_dev import _carriers

    rng = random.Random(SEEDS[half])
    firsts, lasts = listed_names(LOCALES[half])
    unlisted = dev_names(0 if half == "a" else 1)
    carriers = _carriers()
    samples = []
    for i in range(n):
        control = i % 5 == 4
        mode = ("mixed", "lower", "mixed", "cased")[i % 4] if not control else ("mixed", "lower")[i % 2]
        if control:
            template, spans, text = rng.choice(CONTROLS[half]), [], None
            text = template
        else:
            source = "unlisted" if rng.random() < 0.4 else "listed"
            if source == "listed":
                form = rng.choice(("first", "last", "full"))
                value = {"first": rng.choice(firsts), "last": rng.choice(lasts),
                         "full": f"{rng.choice(firsts)} {rng.choice(lasts)}"}[form]
            else:
                form = rng.choice(("first", "first", "full"))
                value = rng.choice(unlisted) if form == "first" else f"{rng.choice(unlisted)} {rng.choice(unlisted)}"
            if mode == "cased":
                value = " ".join(w.capitalize() for w in value.split())
            template = rng.choice(TEMPLATES[half])
            a = template.index("{p}")
            if a == 0 and mode == "mixed":
                # a name opening the text: lower case, the rest as typed
                pass
            text = template[:a] + value + template[a + 3:]
            spans = [{"start": a, "end": a + len(value), "source": source, "form": form}]
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
        samples.append({"text": text, "spans": spans, "mode": mode, "control": control})
    return samples


def score(samples, predictions):
    from scrub_people_score import score as shared_score

    return shared_score(samples, predictions, lambda sample, s: (("all", sample["mode"], s["source"], f"{s['source']}/{sample['mode']}", f"form {s['form']}"), f"{s['source']}/{sample['mode']}"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=["a", "b"], default="a")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--tag", default="", help="added to the result file's name (e.g. before)")
    parser.add_argument("--out-dir", default=None, help="where the JSON goes (default benchmarks/results)")
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--show-overscrub", type=int, default=0)
    parser.add_argument("--filter", default="", help="only show misses of this group (e.g. listed/mixed)")
    args = parser.parse_args()

    from helpers import RESULTS
    from scrub_chat_eval import predict

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
    name = f"people16_dev_{args.half}{'_' + args.tag if args.tag else ''}.json"
    (out_dir / name).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
