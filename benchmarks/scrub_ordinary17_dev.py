"""Dev set for ordinary words removed around identifiers, session 17 (ordinary17).

    PYTHONPATH=. python benchmarks/scrub_ordinary17_dev.py [-n 600] [--half a|b] [--show 40] [--out FILE]

Chat and ticket texts full of a domain's own words, a few identifiers in
them: capitalised headings ("Delivery Notes:", "Order Summary"), Title Case
product and service names ("Ultra Soft Bath Towel", "Bible Study"), all-caps
notices ("FRAGILE", "PLEASE READ"), units ("500 ml", "3.5 kWh"), product and
form codes ("A4", "USB-C", "Form B2") and role words beside names ("Pastor",
"Dr", "my fiancé"). Names, phones, e-mails and street addresses are labelled
(a role or title before a name is not); everything else is ordinary and must
stay. Half ``a`` has the themes of delivery, clinic, returns, remittance,
university, church, classifieds, utility tickets, weddings, shipping,
reviews and SMS; half ``b`` other domains (gym, vet, school, insurance, hotel,
car repair, library, pharmacy, travel, moving, restaurant, IT support) with
their own words and other Faker locales, reported once at the start and once
at the end, never tuned on.

Values: names, phones and street addresses from Faker's providers (MIT);
domain words, headings and sentence frames written here. A text of three in
four ends with a BANKING77 query (``scrub_quasi_dev._carriers``).

Reports ordinary words removed (default policy and every quasi-identifier on)
and the direct identifiers' whole and word survival.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scrub_chat_eval import score  # noqa: E402
from scrub_quasi_dev import _carriers  # noqa: E402

LOCALES = {"a": ["en_GB", "en_US", "fr_FR", "de_DE", "es_ES", "it_IT", "nl_NL", "en_IE"],
           "b": ["pt_BR", "pl_PL", "sv_SE", "en_AU", "da_DK", "cs_CZ", "en_CA", "fi_FI"]}

# Per domain: headings, Title Case names of products or services, all-caps notices, domain
# sentences ({p}: a product name, {u}: a unit or code), role words before a name, frames with
# {name} (and {phone} / {email} / {addr}) for the identifiers.
DOMAINS = {
    "a": {
        "delivery": (["Delivery Notes:", "Order Summary", "Courier Update", "Parcel Status:"],
                     ["Ultra Soft Bath Towel", "Organic Green Tea", "Wireless Charging Pad", "Kids Rain Boots"],
                     ["FRAGILE", "THIS SIDE UP", "SIGNATURE REQUIRED", "URGENT"],
                     ["the {p} arrived but the box was crushed", "driver left the {p} at the side gate",
                      "parcel weighs {u} and came in two boxes", "the {p} was marked Out For Delivery all day"],
                     ["driver", "courier", "neighbour"],
                     ["the {role} {name} said call {phone}", "please leave it with {name} at {addr}",
                      "delivered to {name}, {addr}", "contact {name} on {phone} if nobody answers"]),
        "clinic": (["Patient Instructions", "Appointment Reminder:", "Discharge Summary", "Lab Results"],
                   ["Amoxicillin Oral Suspension", "Blood Pressure Monitor", "Vitamin D3 Drops", "MRI Scan"],
                   ["FASTING REQUIRED", "NO FOOD AFTER MIDNIGHT", "BRING YOUR INHALER"],
                   ["take {u} of the {p} twice a day with food", "the {p} showed a mild sprain, no fracture",
                    "follow-up at the ENT Clinic, Ward 7B, with the {p} results", "HbA1c came back normal"],
                   ["Dr", "nurse", "physio"],
                   ["seen by {role} {name} in Outpatients", "{role} {name} asked me to call {phone}",
                    "results were sent to {email}", "the referral letter names {name} as next of kin"]),
        "returns": (["Return Request", "Refund Status:", "RMA Form", "Exchange Policy"],
                    ["Slim Fit Chino Trousers", "Stainless Steel Kettle", "Memory Foam Pillow", "Noise Cancelling Headphones"],
                    ["FINAL SALE", "NON RETURNABLE", "PLEASE READ"],
                    ["the {p} in size XL was too small, want a Large", "returned the {p} within 30 days, still no refund",
                     "the {p} came with a scratched lid, item code {u}", "Store Credit was offered instead of Cash Back"],
                    ["agent", "manager"],
                    ["the {role} {name} approved it, ring me on {phone}", "label was emailed to {email}",
                     "collect from {name} at {addr}"]),
        "remittance": (["Transfer Details", "Remittance Advice:", "Payout Status", "Beneficiary Info"],
                       ["Cash Pickup", "Mobile Wallet Top Up", "Express Transfer", "Bank Deposit"],
                       ["PENDING", "ON HOLD", "ACTION REQUIRED"],
                       ["sent 200 via {p}, the fee was 4.99", "the {p} is still on hold after 3 days",
                        "Exchange Rate was worse than quoted for the {p}", "Reference Code {u} not accepted"],
                       ["cousin", "brother", "sister"],
                       ["money is for my {role} {name}, phone {phone}", "receiver {name} lives at {addr}",
                        "send the receipt to {email}"]),
        "university": (["Enrolment Query", "Course Registration:", "Financial Aid Office", "Exam Timetable"],
                       ["Introduction To Microeconomics", "Organic Chemistry Lab", "Academic Writing Workshop",
                        "Data Structures And Algorithms"],
                       ["DEADLINE EXTENDED", "LATE SUBMISSION", "IMPORTANT"],
                       ["I failed the {p} module and need a resit", "the {p} clashes with my Tuesday seminar",
                        "Semester 2 fees for the {p} were charged twice", "the Dean's List email never came"],
                       ["Professor", "tutor", "supervisor"],
                       ["{role} {name} signed the Extenuating Circumstances form", "email {name} at {email}",
                        "my {role} {name} said to call {phone}"]),
        "church": (["Sunday Service Schedule", "Parish Newsletter:", "Choir Practice", "Prayer Requests"],
                   ["Holy Communion", "Youth Choir", "Bible Study", "Sunday School", "Harvest Festival"],
                   ["ALL WELCOME", "CANCELLED", "NOTICE"],
                   ["the {p} moves to the Church Hall this week", "donations for the {p} go to the Food Bank",
                    "bring {u} of rice for the {p} hampers", "the {p} needs two more volunteers"],
                   ["Pastor", "Father", "Reverend"],
                   ["{role} {name} will lead the {p}", "contact {name} on {phone} to help with the {p}",
                    "flowers were donated by {name}"]),
        "classifieds": (["For Sale:", "Wanted", "Item Listing", "Free To Collect"],
                        ["Solid Oak Dining Table", "Mountain Bike 21 Speed", "Vintage Record Player", "Double Bed Frame"],
                        ["NO TIME WASTERS", "CASH ONLY", "MUST GO"],
                        ["{p}, good condition, collection only", "{p}, {u}, minor wear on the legs",
                         "selling my {p}, offers over 50", "{p} still boxed, never used"],
                        ["seller", "buyer"],
                        ["text {name} on {phone}", "pick up from {addr}", "message {name} at {email}"]),
        "utility": (["Meter Reading", "Outage Report:", "Billing Query", "Smart Meter Install"],
                    ["Smart Meter", "Direct Debit", "Economy 7 Tariff", "Fixed Price Plan", "Boiler Cover"],
                    ["POWER CUT", "ESTIMATED BILL", "FINAL NOTICE"],
                    ["used {u} this month on the {p}", "the {p} was switched without asking",
                     "the {p} reading was estimated again", "gas and electric on one {p}"],
                    ["engineer", "technician"],
                    ["the {role} {name} never came to {addr}", "account holder {name}, phone {phone}",
                     "bill goes to {email}"]),
        "wedding": (["Wedding Checklist", "RSVP:", "Seating Plan", "Venue Booking"],
                    ["Rehearsal Dinner", "Bridal Shower", "Three Tier Cake", "Photo Booth", "First Dance"],
                    ["SAVE THE DATE", "RSVP BY FRIDAY", "DRESS CODE"],
                    ["the {p} deposit is non refundable", "the florist wants {u} of peonies for the {p}",
                     "can we move the {p} to the Garden Room", "the {p} quote was twice the estimate"],
                    ["fiancé", "maid of honour", "best man"],
                    ["my {role} {name} will sort the {p}", "RSVP to {name} at {email}", "call {name} on {phone}"]),
        "shipping": (["Shipment Notice", "Customs Declaration:", "Freight Quote", "Tracking Update"],
                     ["Standard Pallet", "Express Air Freight", "Sea Container", "Door To Door Service"],
                     ["HAZARDOUS", "KEEP DRY", "HEAVY LIFT"],
                     ["the {p} weighs {u} and is stuck at Customs", "HS Code for the {p} was wrong",
                      "the {p} left the Port of Felixstowe late", "Incoterms on the {p} say DAP"],
                     ["consignee", "forwarder"],
                     ["{role} {name}, tel {phone}", "deliver to {name}, {addr}", "docs to {email}"]),
        "reviews": (["Product Review", "Rating: 2 Stars", "Verified Purchase", "Customer Feedback"],
                    ["Air Fryer Pro", "Ergonomic Office Chair", "LED Desk Lamp", "Cordless Vacuum Cleaner"],
                    ["DO NOT BUY", "HIGHLY RECOMMEND", "WORST EVER"],
                    ["the {p} broke after a week", "the {p} is quiet and the Turbo Mode works",
                     "five stars for the {p}, battery lasts {u}", "the {p} smells of plastic"],
                    ["reviewer", "customer"],
                    ["{name} from support replaced it", "ask {name} at {email}", "my {role} friend {name} loves it"]),
        "sms": (["Reminder:", "Alert", "Msg", "Info"],
                ["Top Up", "Data Bundle", "Roaming Pass", "Voicemail"],
                ["STOP TO OPT OUT", "REPLY YES", "FREE MSG"],
                ["your {p} of {u} is active", "{p} expires tonight, reply YES to renew", "{p} used 80%",
                 "the {p} was charged twice"],
                ["son", "daughter", "mum"],
                ["its {name}, call me back on {phone}", "my {role} {name} has the phone", "pls email {email}"]),
    },
    "b": {
        "gym": (["Membership Update", "Class Timetable:", "Personal Training", "Locker Notice"],
                ["Spin Class", "Hot Yoga", "Strength And Conditioning", "Annual Pass", "Protein Shake"],
                ["CLASS FULL", "MEMBERS ONLY", "OUT OF ORDER"],
                ["the {p} was cancelled again", "I did {u} on the rowing machine before the {p}",
                 "the {p} fee went up this month", "is the {p} still on at 6"],
                ["trainer", "coach"],
                ["my {role} {name} booked the {p}", "ring {name} on {phone}", "freeze notice to {email}"]),
        "vet": (["Vet Visit", "Vaccination Record:", "Pet Insurance Claim", "Surgery Aftercare"],
                ["Flea And Tick Treatment", "Annual Booster", "Dental Scale", "Grain Free Kibble"],
                ["NIL BY MOUTH", "KEEP CONE ON", "FOLLOW UP"],
                ["the dog needs {u} of the {p}", "the {p} made the cat sleepy", "is the {p} covered",
                 "the {p} bill was 240"],
                ["vet", "nurse"],
                ["{role} {name} saw Bella", "the owner is {name}, {phone}", "invoice to {email}"]),
        "school": (["Parents Evening", "Homework Policy:", "School Trip Consent", "Term Dates"],
                   ["Year 6 Maths", "Science Fair", "After School Club", "Swimming Lessons", "PE Kit"],
                   ["NO NUTS", "TRIP FULL", "UNIFORM REQUIRED"],
                   ["the {p} costs {u} per term", "my son forgot his {p} again", "the {p} moved to Thursday",
                    "can he join the {p} late"],
                   ["teacher", "head teacher", "TA"],
                   ["{role} {name} sent a note about the {p}", "pickup by {name}, {phone}", "write to {email}"]),
        "insurance": (["Claim Form", "Policy Renewal:", "No Claims Bonus", "Windscreen Repair"],
                      ["Comprehensive Cover", "Contents Insurance", "Breakdown Assistance", "Legal Expenses"],
                      ["CLAIM DECLINED", "RENEWAL DUE", "EXCESS APPLIES"],
                      ["the {p} excess is {u}", "why did the {p} premium go up", "the {p} was added without asking",
                       "the {p} claim is stuck in Review"],
                      ["assessor", "adjuster", "broker"],
                      ["the {role} {name} visited {addr}", "policyholder {name}, phone {phone}",
                       "send documents to {email}"]),
        "hotel": (["Booking Confirmation", "Room Service Menu:", "Late Checkout", "Guest Feedback"],
                  ["Deluxe Double Room", "Sea View Suite", "Continental Breakfast", "Spa Package", "Airport Shuttle"],
                  ["DO NOT DISTURB", "NO SMOKING", "ROOM READY"],
                  ["the {p} was not ready at 3", "charged for the {p} we never used", "the {p} had a broken kettle",
                   "upgrade to the {p} for {u}"],
                  ["concierge", "receptionist"],
                  ["booked under {name}, tel {phone}", "the {role} {name} was very kind", "invoice to {email}"]),
        "car repair": (["Service Report", "MOT Result:", "Repair Estimate", "Parts Order"],
                       ["Brake Pads And Discs", "Timing Belt", "Full Service", "Air Con Regas", "Alloy Wheel"],
                       ["ADVISORY", "FAIL", "PARTS ON ORDER"],
                       ["the {p} cost {u}", "the {p} squeaks after the repair", "quote for the {p} was 380",
                        "the {p} warning light is on"],
                       ["mechanic", "garage manager"],
                       ["the {role} {name} said {phone}", "car is at {addr}", "estimate went to {email}"]),
        "library": (["Overdue Notice", "Reservation Ready:", "Reading Group", "Inter Library Loan"],
                    ["Large Print Edition", "Audiobook Download", "Study Room", "Summer Reading Challenge"],
                    ["OVERDUE", "SILENT ZONE", "RETURN BY"],
                    ["the {p} fine is {u}", "can I renew the {p} online", "the {p} is booked till 5",
                     "the {p} was damaged when I got it"],
                    ["librarian"],
                    ["the {role} {name} held it for me", "card belongs to {name}, {phone}", "notices go to {email}"]),
        "pharmacy": (["Prescription Ready", "Repeat Order:", "Medicine Review", "Collection Notice"],
                     ["Ibuprofen Gel", "Antihistamine Tablets", "Nicotine Patches", "Blood Glucose Strips"],
                     ["CONTROLLED DRUG", "KEEP REFRIGERATED", "ID NEEDED"],
                     ["the {p} pack was {u} not 28", "is the {p} out of stock", "the {p} repeat was rejected",
                      "label on the {p} is wrong"],
                     ["pharmacist", "GP"],
                     ["{role} {name} changed the dose", "collect for {name}, {phone}", "reminders to {email}"]),
        "travel": (["Itinerary Change", "Boarding Pass:", "Baggage Claim", "Visa Checklist"],
                   ["Economy Plus", "Window Seat", "Extra Legroom", "Travel Adapter", "Hand Luggage"],
                   ["GATE CLOSED", "DELAYED", "CHECK IN NOW"],
                   ["the {p} was {u} over", "paid for {p} and got a middle seat", "the {p} fee was refunded",
                    "lost the {p} at Terminal 2"],
                   ["agent", "steward"],
                   ["booking under {name}, {phone}", "e-ticket to {email}", "the {role} {name} rebooked us"]),
        "moving": (["Removal Quote", "Moving Day Plan:", "Inventory List", "Storage Unit"],
                   ["Two Man Van", "Packing Service", "Wardrobe Boxes", "Piano Move"],
                   ["HANDLE WITH CARE", "KITCHEN", "BEDROOM 2"],
                   ["the {p} quote was {u}", "the {p} arrived 2 hours late", "the {p} broke a lamp",
                    "do you do the {p} on Sundays"],
                   ["driver", "foreman"],
                   ["moving from {addr}", "the {role} {name} said ring {phone}", "quote to {email}"]),
        "restaurant": (["Table Booking", "Allergy Notice:", "Private Dining", "Order Complaint"],
                       ["Tasting Menu", "Sunday Roast", "Gluten Free Pizza", "Bottomless Brunch"],
                       ["SOLD OUT", "CONTAINS NUTS", "KITCHEN CLOSED"],
                       ["the {p} took {u} to arrive", "we booked the {p} for 8", "the {p} was cold",
                        "is the {p} vegan"],
                       ["waiter", "chef"],
                       ["table for {name}, {phone}", "the {role} {name} was rude", "confirmation to {email}"]),
        "it support": (["Ticket Update", "Password Reset:", "Laptop Request", "VPN Issue"],
                       ["Docking Station", "USB-C Hub", "Office 365 Licence", "Dual Monitor Setup"],
                       ["P1 INCIDENT", "RESOLVED", "AWAITING USER"],
                       ["the {p} stopped working after the update", "need a {p} with {u}",
                        "the {p} keeps dropping", "is the {p} on the approved list"],
                       ["engineer", "admin"],
                       ["the {role} {name} remoted in", "user {name}, ext {phone}", "reply to {email}"]),
    },
}
UNITS = {"a": ["500 ml", "2 kg", "3.5 kWh", "12 hours", "A4", "Form B2", "10 mg", "45 min", "240 kWh", "1.2 m"],
         "b": ["20 kg", "250 ml", "USB 3.0", "4K", "5 km", "30 mins", "16 GB", "1 litre", "£45", "3 hours"]}


def _ascii(s: str) -> str:
    from anyascii import anyascii

    return anyascii(s)


def _people(half: str, seed: int):
    from faker import Faker

    out = []
    for loc in LOCALES[half]:
        f = Faker(loc)
        f.seed_instance(seed)
        for _ in range(30):
            first, last = f.first_name(), f.last_name()
            user = re.sub(r"[^a-z]", "", _ascii(first).lower())[:8] + "." + re.sub(r"[^a-z]", "", _ascii(last).lower())[:10]
            addr = " ".join(f.street_address().split()) if hasattr(f, "street_address") else None
            out.append({"name": f"{first} {last}", "phone": f.phone_number(), "email": f"{user}@{f.free_email_domain()}",
                        "addr": addr})
    return out


_TYPES = {"name": "PERSON", "phone": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "addr": "STREET_ADDRESS"}


def _fill(frame: str, values: dict, types: dict = _TYPES) -> tuple[str, list]:
    """The frame with its slots filled, and the labelled spans of the identifier slots (``types``)."""
    out, spans, pos = [], [], 0
    for m in re.finditer(r"\{(\w+)\}", frame):
        out.append(frame[pos:m.start()])
        start = sum(map(len, out))
        value = values[m.group(1)]
        out.append(value)
        if m.group(1) in types:
            spans.append((start, start + len(value), types[m.group(1)]))
        pos = m.end()
    out.append(frame[pos:])
    return "".join(out), spans


def build(n: int, half: str) -> list[dict]:
    seed = {"a": 1701, "b": 1702}[half]
    rng = random.Random(seed)
    people = [p for p in _people(half, seed) if p["addr"]]
    carriers = _carriers()
    domains = sorted(DOMAINS[half])
    samples = []
    for i in range(n):
        heads, products, notices, sentences, roles, frames = DOMAINS[half][domains[i % len(domains)]]
        person = rng.choice(people)
        values = {**person, "p": rng.choice(products), "u": rng.choice(UNITS[half]), "role": rng.choice(roles)}
        parts = [rng.choice(heads)]
        if rng.random() < 0.5:
            parts.append(rng.choice(notices))
        parts.append(rng.choice(sentences))
        parts.append(rng.choice(frames))
        if rng.random() < 0.4:
            parts.append(rng.choice(sentences))
        sep = rng.choice(["\n", " ", ". "])
        text, spans = "", []
        for k, part in enumerate(parts):
            filled, found = _fill(part, values)
            if k and rng.random() < 0.3 and not found:
                filled = filled.lower()  # chat types some lines in lower case
            if k:
                text += sep if k > 1 or parts[0].endswith(":") else "\n"
            spans += [(a + len(text), b + len(text), t) for a, b, t in found]
            text += filled
        if rng.random() < 0.75:
            text += ". " + rng.choice(carriers)
        samples.append({"text": text, "spans": [{"start": a, "end": b, "type": t} for a, b, t in spans]})
    return samples


def run(samples, quasi=None):
    from client import scrub

    results = scrub.analyze_texts([s["text"] for s in samples], quasi_identifiers=quasi, batch_size=256)
    return [[(r.start, r.end) for r in rs] for rs in results]


def main(build=build, doc=__doc__) -> None:
    """Score ``build``'s texts (ordinary18's dev set reuses this)."""
    import argparse
    import json

    from client import scrub

    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--half", default="a", choices="ab", help="a: tuned on; b: reported at the start and end only")
    parser.add_argument("--show", type=int, default=0, help="print this many removed ordinary words in context")
    parser.add_argument("--out", help="write the report as JSON here")
    args = parser.parse_args()
    samples = build(args.n, args.half)
    spans = run(samples)
    every = run(samples, scrub.QUASI_IDENTIFIERS)
    report, _ = score(samples, spans)
    report["ordinary_words_removed_every_quasi_pct"] = score(samples, every)[0]["ordinary_words_removed_pct"]
    for k, v in report["whole_survival_pct"].items():
        print(f"{k:45s} n={report['counts'][k]:4d} whole survival {v:5.1f}%")
    for k in ("direct_whole_survival_pct", "identifying_words_survival_pct", "ordinary_words_removed_pct",
              "ordinary_words_removed_every_quasi_pct"):
        print(f"{k:45s} {report[k]}%")
    if args.out:
        Path(args.out).write_text(json.dumps({"half": args.half, "n": args.n, **report}, indent=1))
    shown = 0
    for s, sp in zip(samples, every):
        gold = bytearray(len(s["text"]))
        for g in s["spans"]:
            gold[g["start"]:g["end"]] = b"\x01" * (g["end"] - g["start"])
        for a, b in sp:
            bad = [w.group() for w in re.finditer(r"\w+", s["text"][a:b]) if not any(gold[a + w.start():a + w.end()])]
            if bad and shown < args.show:
                shown += 1
                print("REMOVED", bad, repr(s["text"][max(0, a - 40):b + 40]))


if __name__ == "__main__":
    main()
