"""Dev set for ordinary words removed around identifiers, session 18 (ordinary18).

    PYTHONPATH=. python benchmarks/scrub_ordinary18_dev.py [-n 600] [--half a|b] [--show 40] [--out FILE]

Like ``scrub_ordinary17_dev.py`` (its Faker people, slot filling and
scoring), with the words those domains are typed with in chat rather than in
headings: remittance ("sent via", "transfer ref"), church ("pastor", "mass",
"parish"), utility tickets ("meter", "reading", "account"), SMS shorthand
("u", "pls", "thx", "gr8", "ur"), classifieds ("for sale", "obo", "pm me",
"cash only"), weddings ("venue", "bride", "rsvp"), with all-caps words,
units, codes and product names, much of it in lower case. Half ``a``: those
themes; half ``b``: other domains (gaming, dentist, farming, sports club,
property letting, courier lockers) and other Faker locales, reported once at
the start and once at the end, never tuned on.

Names, phones, e-mails, street addresses and references (a transfer, a tracking number, a meter
serial: ``{r}``) are labelled; everything else is
ordinary and must stay. A text of three in four ends with a BANKING77 query
(``scrub_quasi_dev._carriers``). Reports ordinary words removed (default
policy and every quasi-identifier on) and the direct identifiers' survival.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scrub_ordinary17_dev  # noqa: E402
from scrub_ordinary17_dev import _TYPES as _DIRECT, _fill  # noqa: E402
from scrub_quasi_dev import _carriers  # noqa: E402

LOCALES = {"a": ["en_GB", "en_US", "en_NG", "zu_ZA", "es_MX", "fr_CA", "pt_PT", "en_IE"],
           "b": ["en_NZ", "de_AT", "nl_BE", "ro_RO", "tr_TR", "hu_HU", "en_IN", "sk_SK"]}

_TYPES = {**_DIRECT, "r": "BANK_ACCOUNT"}

# Per domain: openers, product or service names, all-caps words, domain sentences ({p}: a
# product, {u}: a unit, {c}: a code), frames with {name} / {phone} / {email} / {addr}.
DOMAINS = {
    "a": {
        "remittance": (["hi,", "Transfer query", "URGENT:", "hello team"],
                       ["cash pickup", "Mobile Money", "Instant Transfer", "bank deposit", "GCash", "M-Pesa"],
                       ["PENDING", "PAID OUT", "ON HOLD", "CANCELLED"],
                       ["sent via {p} yesterday, transfer ref {r}", "transfer ref {r} still shows PENDING",
                        "i sent 150 usd via {p} but the rate was bad", "the {p} payout failed twice",
                        "Sender Name and Receiver Name are correct", "the MTCN was sent by sms"],
                       ["for my mum {name}, her number is {phone}", "receiver is {name}",
                        "beneficiary {name} at {addr}", "pls send the receipt to {email}"]),
        "church": (["Parish notice", "hi all,", "Church Office:", "Reminder"],
                   ["Sunday Mass", "Evening Prayer", "Youth Group", "Bible Study", "Soup Kitchen"],
                   ["ALL WELCOME", "NO MASS TODAY", "CANCELLED"],
                   ["mass is at 9 in the parish hall", "the pastor asked for 6 volunteers for the {p}",
                    "the {p} moves to the crypt this week", "parish council meets after mass",
                    "bring a dish for the {p}, 6pm", "the collection for the {p} raised 420"],
                   ["pastor {name} will say mass", "Fr {name} is away, call {phone}", "email the parish office {email}",
                    "flowers from {name} for the {p}"]),
        "utility": (["Meter reading", "Account query:", "Fault report", "hi,"],
                    ["Smart Meter", "Prepay Meter", "Standard Tariff", "Direct Debit", "Paperless Billing"],
                    ["FINAL NOTICE", "ESTIMATED", "OVERDUE", "NO SUPPLY"],
                    ["meter reading was 4512 not 4215", "the meter reading on my account is estimated",
                     "account ref {r}, the reading is wrong", "the {p} shows E4 on the display",
                     "gas meter serial {r} was swapped", "my account balance went negative after the {p}"],
                    ["account holder {name}, {phone}", "the engineer came to {addr}", "bills to {email}",
                     "the meter is at {addr}"]),
        "sms": (["hey", "hiya", "ok so", "omg"],
                ["data bundle", "top up", "Night Plan", "hotspot"],
                ["LOL", "ASAP", "BRB", "OMG"],
                ["thx u r gr8", "pls call me asap", "can u check ur {p} pls", "ur {p} ran out lol",
                 "gr8 thx, will do 2moro", "im otw, b there in 10", "k thx, ttyl", "idk if the {p} works"],
                ["its {name} pls call {phone}", "txt {name} on {phone}", "u can email me {email} thx",
                 "{name} said ur at {addr}"]),
        "classifieds": (["For sale:", "FS:", "WTB", "Selling"],
                        ["iPhone 12 Pro", "PS5 Digital Edition", "Trek Mountain Bike", "IKEA Hemnes Dresser",
                         "Dyson V11"],
                        ["OBO", "CASH ONLY", "NO LOWBALLERS", "PM ME", "SOLD"],
                        ["{p} for sale, 250 obo", "{p}, like new, cash only", "pm me for the {p}",
                         "selling {p}, {u}, pick up only", "still available? pm me", "price is firm, no trades"],
                        ["call or text {name} {phone}", "pick up at {addr}", "pm me or email {email}",
                         "ask for {name}"]),
        "wedding": (["RSVP", "Wedding update", "hi all", "Save the date"],
                    ["Garden Venue", "Rehearsal Dinner", "Bridal Party", "Photo Booth", "Open Bar"],
                    ["RSVP", "BLACK TIE", "ADULTS ONLY"],
                    ["the venue wants the final numbers by friday", "bride and groom arrive at 4",
                     "pls rsvp by the 10th", "the {p} is at the venue", "the bride wants {u} of roses",
                     "venue deposit was paid, rsvp still open"],
                    ["rsvp to {name} at {email}", "the bride {name} will call you on {phone}",
                     "venue address is {addr}", "the best man is {name}"]),
        "delivery": (["Where is my parcel", "Order issue:", "hi,", "Tracking"],
                     ["Next Day Delivery", "Click And Collect", "parcel locker", "Express Post"],
                     ["DELIVERED", "OUT FOR DELIVERY", "FAILED ATTEMPT"],
                     ["tracking no {r} says DELIVERED but nothing came", "the {p} code didnt work",
                      "driver left it with a neighbour", "parcel was {u} and came damaged"],
                     ["deliver to {name}, {addr}", "call {name} on {phone}", "updates to {email}"]),
        "clinic": (["Appointment", "Clinic query:", "hello,", "Results"],
                   ["Blood Test", "Flu Jab", "Physio Session", "Repeat Prescription"],
                   ["FASTING", "URGENT", "DNA"],
                   ["my {p} is at 10:30, room {c}", "can i move the {p} to tuesday", "the {p} results are back",
                    "take {u} twice daily after meals"],
                   ["patient {name}, dob on file, call {phone}", "Dr {name} referred me", "send it to {email}"]),
    },
    "b": {
        "gaming": (["gg", "Support ticket:", "yo", "hey"],
                   ["Battle Pass", "Season 4 Bundle", "Ranked Mode", "Gold Coins"],
                   ["AFK", "NERF", "GG", "WTS"],
                   ["bought the {p} but no skins showed up", "lag spikes in {p} every night",
                    "refund the {p} pls, charged {u}", "the {p} expired before season end"],
                   ["my friend {name} got banned", "add {name} on {phone}", "contact me {email}"]),
        "dentist": (["Dental appointment", "Booking:", "hi,", "Reminder"],
                    ["Scale And Polish", "Root Canal", "Night Guard", "Whitening Kit"],
                    ["NO SHOW FEE", "CONFIRMED", "RESCHEDULED"],
                    ["the {p} costs {u}", "my {p} was moved again", "is the {p} covered by the plan",
                     "filling fell out after the {p}"],
                    ["patient {name}, mobile {phone}", "invoice to {email}", "lives at {addr}"]),
        "farm": (["Farm shop", "Order:", "hello", "Collection"],
                 ["Free Range Eggs", "Raw Honey", "Veg Box", "Lamb Half"],
                 ["SOLD OUT", "FRESH TODAY", "PRE ORDER"],
                 ["the {p} was {u} short", "can i get two {p} on saturday", "the {p} price went up",
                  "is the {p} organic"],
                 ["collect from {name} at {addr}", "ring {name} {phone}", "order to {email}"]),
        "sports club": (["Club notice", "Training:", "hey team", "Fixtures"],
                        ["Under 12s", "Saturday League", "Kit Bag", "Annual Subs"],
                        ["CANCELLED", "HOME GAME", "AWAY"],
                        ["training is at {u} on the astro", "the {p} fee is due", "kickoff moved for the {p}",
                         "lost my {p} at the clubhouse"],
                        ["coach {name} on {phone}", "subs to treasurer {name}, {email}", "ground at {addr}"]),
        "letting": (["Tenancy query", "Repairs:", "hi,", "Rent"],
                    ["Deposit Scheme", "Gas Safety Check", "Inventory Report", "Standing Order"],
                    ["ARREARS", "NOTICE", "URGENT REPAIR"],
                    ["the {p} is overdue by 2 months", "boiler broke, need the {p} done",
                     "the {p} says the carpet was stained", "rent is paid by {p}"],
                    ["landlord {name}, {phone}", "the flat at {addr}", "agent email {email}"]),
        "lockers": (["Locker code", "Pickup:", "hey", "Parcel"],
                    ["Parcel Locker", "Pickup Point", "Return Label", "QR Code"],
                    ["EXPIRED", "READY", "COLLECTED"],
                    ["the {p} code {r} does not open", "the {p} at the station is full",
                     "the {p} expired before i got there", "scan the {p} at the screen"],
                    ["parcel for {name}, {phone}", "send the code to {email}", "nearest to {addr}"]),
    },
}
UNITS = {"a": ["2 kg", "500 ml", "3412 kWh", "3x", "10 mg", "30 mins", "A4", "12V", "1.5 L", "6 pcs"],
         "b": ["45 EUR", "3 hrs", "250 g", "Lv 40", "XP 12000", "5 kg", "90 min", "B12", "7pm", "2x"]}
CODES = {"a": ["E4", "B2", "12B", "G-07", "A4"], "b": ["ZX9", "R2-D40", "B12", "3C"]}
# References (a transfer, a tracking number, a meter serial, an account): labelled identifiers.
REFERENCES = {"a": ["TRX-48213", "REF77812", "AC7731", "NP-0042", "ZK 55210"],
              "b": ["QX-5521", "LK7731", "BX 118-2", "PV-90210"]}


def _people(half: str, seed: int):
    import unicodedata

    from faker import Faker

    def anyascii(s):
        return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()

    out = []
    for loc in LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        for _ in range(30):
            first, last = f.first_name(), f.last_name()
            user = (re.sub(r"[^a-z]", "", anyascii(first).lower())[:8]
                    + re.sub(r"[^a-z]", "", anyascii(last).lower())[:6])
            addr = " ".join(f.street_address().split()) if hasattr(f, "street_address") else None
            out.append({"name": f"{first} {last}" if f.random.random() < 0.7 else first, "phone": f.phone_number(),
                        "email": f"{user}{f.random.randint(1, 99)}@{f.free_email_domain()}", "addr": addr})
    return out


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1801, "b": 1802}[half]
    rng = random.Random(seed)
    people = [p for p in _people(half, seed) if p["addr"]]
    carriers = _carriers()
    domains = sorted(DOMAINS[half])
    samples = []
    for i in range(n):
        openers, products, caps, sentences, frames = DOMAINS[half][domains[i % len(domains)]]
        values = {**rng.choice(people), "p": rng.choice(products), "u": rng.choice(UNITS[half]),
                  "c": rng.choice(CODES[half]), "r": rng.choice(REFERENCES[half])}
        parts = [rng.choice(openers)]
        if rng.random() < 0.4:
            parts.append(rng.choice(caps))
        parts += rng.sample(sentences, 2 if rng.random() < 0.5 else 1)
        parts.insert(rng.randint(2, len(parts)), rng.choice(frames))
        lower = rng.random() < 0.4  # a whole text typed in lower case
        sep = rng.choice(["\n", " ", ". ", ", "])
        text, spans = "", []
        for k, part in enumerate(parts):
            filled, found = _fill(part, values, _TYPES)
            if lower:
                filled = filled.lower()
            if k:
                text += sep
            spans += [(a + len(text), b + len(text), t) for a, b, t in found]
            text += filled
        if rng.random() < 0.75:
            text += ". " + (rng.choice(carriers).lower() if lower else rng.choice(carriers))
        samples.append({"text": text, "spans": [{"start": a, "end": b, "type": t} for a, b, t in spans]})
    return samples


def main() -> None:
    scrub_ordinary17_dev.main(build, __doc__)


if __name__ == "__main__":
    main()
