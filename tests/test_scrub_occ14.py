"""Job titles, session 14: titles marked by what follows them ("by trade",
"here" after a clause start), by a strong job label whatever their last word,
plural titles after "we are both" / "my parents were", object nouns that end
a longer title after "is a" ("fast food server"), one-letter typos of known
heads, abbreviations ("mgr"); and ordinary words in the same places that must
stay ("newbie here", "the printer here is broken", "we are both customers",
"job title: n/a", "cheers" alone on a line)."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS as _EVERY_SWITCH, scrub_texts

# Every quasi switch but DATE_PART (session 17), whose years, months, weekdays and relative
# days these controls keep: tests/test_scrub_date_part.py has them with it on.
QUASI_IDENTIFIERS = tuple(q for q in _EVERY_SWITCH if q != "DATE_PART")

# (text, words that must be gone)
GONE = [
    ("tile setter by trade, any advice on loans", ["setter"]),
    ("been a quantity surveyor by profession for years", ["surveyor"]),
    ("hey folks, kennel attendant here. quick one", ["attendant"]),
    ("hello everyone, hvac installer here - card blocked", ["installer"]),
    ("we're both dental hygienists", ["hygienists"]),
    ("my parents were dairy herders", ["herders"]),
    ("me and my husband are bus drivers", ["drivers"]),
    ("occupation: warehouse pick and pack", ["warehouse", "pick", "pack"]),
    ("Profession - stage rigging", ["stage", "rigging"]),
    ("my aunt is a school lunch server", ["server"]),
    ("i work as a mail carrier in town", ["carrier"]),
    ("i'm a claims adjsuter", ["adjsuter"]),
    ("i'm a payroll supervsor at a warehouse", ["supervsor"]),
    ("warehouse mgr here, quick question", ["mgr"]),
    ("bookkeeper by day, drummer by night", ["bookkeeper", "drummer"]),
]

KEPT = [
    "hi all, newbie here.",
    "the printer here is broken",
    "we are both customers",
    "we are both tired today",
    "job title: n/a",
    "occupation: none",
    "cheers\nsupport team | acme",  # (session 18: "sam" on the line after "cheers" is a name, person_slots.py)
    "i have a new printer",
    "i need a fast server for my shop",
    "i'm a premium member",
    "i pay by card each day",
    "i work as a team with my wife",
    "the manager app keeps crashing",
    "i need a driver update for my laptop",
]


@pytest.fixture(scope="module")
def scrubbed():
    texts = [t for t, _ in GONE] + KEPT
    return dict(zip(texts, scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]))


@pytest.mark.parametrize("text, words", GONE)
def test_title_gone(scrubbed, text, words):
    out = scrubbed[text].lower()
    for w in words:
        assert w not in out.replace("<", " ").replace(">", " ").split(), out


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_kept(scrubbed, text):
    assert scrubbed[text] == text


def test_plural_everyday_people_stay():
    texts = ["we are both teenagers", "we are both early risers", "they were strangers to me"]
    assert scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0] == texts
