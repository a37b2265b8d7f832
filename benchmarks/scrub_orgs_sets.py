"""The template sets of ``scrub_orgs_dev.py``: one per session that wrote
one, each with a half ``a`` (tuned on) and a half ``b`` (never tuned on).

* ``s9`` (session 9): organisations and occupations after employer cues;
* ``s10`` (session 10): firms without a legal form after cues of service, in
  signatures, chat logs and e-mails;
* ``s11`` (session 11): institutions (schools, clinics, charities, places of
  worship, cooperatives, local shops) named with a head word, after "studied
  at", "admitted to", "donated to", "from", "with".

Slots: ``{o}`` an organisation, ``{i}`` a name before an institution word
(the word is part of the value), ``{j}`` an occupation (labelled JOB),
``{p}`` a person's full name (labelled PERSON), ``{t}`` a job title (text,
no value). Everything here is written here; the values' sources are in
``scrub_orgs_dev.py``.
"""

from __future__ import annotations

from types import SimpleNamespace

# --- S9 ---
S9_SEED = 20261209
# {o}: an organisation's name, {i}: a name before an institution word (the
# word is part of the value), {j}: an occupation.
S9_TEMPLATES = {
    "a": """i work at {o} and my salary is late
{o} hired me last month, when is my first pay
my employer {o} pays on the 28th
{o}'s hr department says they sent the money
{o} support told me to contact you
i went to the {o} branch and they could not help
my appointment at {i} was cancelled
the bill from {i} is wrong
{o} charged me twice for one order
i have worked for {o} since 2019
i got a letter from {o} about my account
i used to work at {o} before i moved
{o} sent me a refund but it is not showing
my wife works at {i} and gets paid weekly
we bought the sofa from {o}
my employer, {o}, changed banks
{i} says the payment never arrived
i do the cleaning at {o} on weekends""",
    "b": """just started at {o}, do i need a new account
{o} took 40 pounds from my card
my boss at {o} needs a bank letter
the {o} office closed my account
i get paid by {o} every friday
{i} wants proof of address
my son's fees at {i} went up
i have a loan with {o}
{o} hr said the transfer went out monday
i quit {o} last week, what happens to my payroll card
called {o} customer service twice
{o} keeps emailing me about a debt
my contract with {o} ends in june
a charge from {i} i don't recognise
i drive for {o}""",
}
S9_JOBS = {
    "a": """i'm a {j}, can i get the discount
i am a {j} and my hours changed
he works as a {j} and gets paid monthly
my job as a {j} pays weekly
{j} here, quick question about my card
my wife is a {j}, can she join my account
i've been a {j} for 10 years
occupation: {j}
as a {j} i travel a lot, will my card work abroad
my dad was a {j} before he retired""",
    "b": """i work as a {j} in the evenings
she's a {j} at the local school
im a {j} and need a loan for a van
worked 20 years as a {j}, now unemployed
{j}, 3 kids, looking for a savings account
my husband is a {j} and his wages bounce
single mum and {j}, need help budgeting
i am currently a {j} on a zero-hours contract""",
}
# Ordinary sentences with the cue words and no organisation or job.
S9_PLAIN = """i work at night and can only call after 9
i went to the bank and they could not help
the local branch closed last year
my employer pays on the 28th
hr department says they sent the money
customer support told me to contact you
the hospital bill is wrong
my son goes to school by bus
i'm a bit confused about the fee
i'm a new customer and need a card
it works as expected now, thanks
as a result my payment failed
the pharmacy took 12 pounds twice
i study at home most days
my wife is a customer too
the surgery asked for proof of address
i used to work at home before i moved
i have a loan with another bank
i'm a bit skint and need a cheaper account
i paid 40 pounds for the video call
my covid pass shows the wrong date
the merchant was a small shop near me
my ig is private
ref: order 2231 is missing
i want to travel to paris next week""".split("\n")

# Trade words before a name ("okafor roofing"). Half A may go into a list; half B never.
S9_TRADES_A = """consulting logistics construction plumbing electrical bakery motors catering cleaning
transport""".split()
S9_TRADES_B = """paving guttering haulage upholstery landscaping drainage tiling scaffolding fencing
couriers""".split()
S9_INSTITUTIONS = ["hospital", "clinic", "school", "university", "college", "bank", "credit union", "pharmacy",
                "surgery", "medical centre", "dental practice", "academy"]
# Job nouns written here. Half A may go into a list; half B never.
S9_JOBS_A = """nurse plumber firefighter forklift-operator tax-adviser carer welder bricklayer postman
dental-nurse care-assistant warehouse-operative hgv-driver bus-driver sous-chef""".split()
S9_JOBS_B = """roofer scaffolder dog-groomer tree-surgeon crane-operator delivery-driver kitchen-porter
shelf-stacker support-worker teaching-assistant pest-controller lorry-driver""".split()
S9_QUALIFIERS = """night-shift junior senior retired self-employed part-time trainee freelance qualified
agency locum head""".split()
S9 = SimpleNamespace(
    SEED=S9_SEED, TEMPLATES=S9_TEMPLATES, JOBS=S9_JOBS, PLAIN=S9_PLAIN, TRADES_A=S9_TRADES_A,
    TRADES_B=S9_TRADES_B, INSTITUTIONS=S9_INSTITUTIONS, JOBS_A=S9_JOBS_A, JOBS_B=S9_JOBS_B,
    QUALIFIERS=S9_QUALIFIERS)

# --- S10 ---
S10_SEED = 20261202
# {o}: an organisation; {p}: a person's full name (labelled, not scored
# here as an organisation); {t}: a job title (part of the text, no value).
S10_TEMPLATES = {
    "a": r"""i work at {o} and my salary is late
i'm a nurse at {o} and get paid on the 15th
got a quote from {o} for the boiler, is a transfer safe
our vet was {o} but they closed
my employer is {o}, they pay monthly
Thanks,\n{p}\n{t}\n{o}
[09:14] sam: she works at {o} now
From: {p}\nSubject: invoice from {o}\nplease pay by friday
Agent: who is your employer?\nCustomer: {o}
my insurer is {o} and they refused the claim
the supplier, {o}, wants paying upfront
i bank with {o} but want to switch
kids go to {o}, the fees went out twice
our gp is {o}, they need a statement
donated to {o} last month and it went out twice
{o} refunded me but it's not showing
i'm with {o} for my broadband
paid {o} 300 quid for the repair""",
    "b": r"""my husband works for {o} as a driver
i'm a cleaner at {o}, can i get an advance
had a quote from {o}, seems high
the vet is {o} on the high street
Kind regards\n{p}\n{t}\n{o}
[18:40] jo: got a job at {o}!!
Customer: i was paid by {o} yesterday but nothing arrived
my provider is {o}
we use {o} for payroll
my daughter is at {o} and the trip money bounced
we switched to {o} for the gym, the old one still charges
a standing order to {o} i never set up
the landlord's agent is {o}
called {o} and they said to ask you
supplier: {o}""",
}
S10_PLAIN = r"""i work at the bank and get paid monthly
i'm a nurse at the hospital
got a quote from the plumber for the boiler
our vet was lovely but expensive
my employer is happy to write a letter
Thanks,\nsee you soon
i'm with the app on my phone
the supplier wants paying upfront
i bank with you and want a loan
kids go to school by bus
our gp needs a statement
donated to charity last month
we use the card for groceries
my provider is changing the rules
called the shop and they said to ask you
from the store near me
at the bank yesterday
the landlord's agent is slow""".split("\n")

# Everyday-word brand parts written here; half B never goes into a list.
S10_BRAND_A = """blue river; green leaf; silver birch; red kite; bright horizons; north star; oak tree;
little acorns; golden gate; clear view; fresh start; true north""".replace("\n", " ").split("; ")
S10_BRAND_B = """black swan; white rabbit; happy days; sunny side; iron bridge; stone wall;
evergreen; bluebell; rainbow; harvest moon; sea breeze; copper kettle""".replace("\n", " ").split("; ")
# Trade and sector words after a surname or a town; half B never goes into a list.
S10_TRADES_A = """dental clinic pharmacy plumbing haulage vets surgery builders opticians physio
accountants solicitors""".split()
S10_TRADES_B = """orthodontics chiropractic podiatry roofing scaffolding groundworks glaziers locksmiths
electricians upholstery kennels nursery""".split()
# Institutions: GP practices, schools, charities.
S10_INSTITUTIONS_A = ["medical practice", "health centre", "primary school", "academy", "trust", "foundation"]
S10_INSTITUTIONS_B = ["family practice", "medical group", "high school", "grammar school", "hospice", "charity"]
S10_JOB_TITLES = ["Accounts Manager", "Office Manager", "Senior Engineer", "Practice Manager", "Sales Director",
              "HR Advisor", "Head of Operations", "Site Supervisor"]
S10 = SimpleNamespace(
    SEED=S10_SEED, TEMPLATES=S10_TEMPLATES, PLAIN=S10_PLAIN, BRAND_A=S10_BRAND_A, BRAND_B=S10_BRAND_B,
    TRADES_A=S10_TRADES_A, TRADES_B=S10_TRADES_B, INSTITUTIONS_A=S10_INSTITUTIONS_A,
    INSTITUTIONS_B=S10_INSTITUTIONS_B, JOB_TITLES=S10_JOB_TITLES)

# --- S11 ---
S11_SEED = 20261211
# {o}: an institution, a local shop or a firm without a legal form.
S11_TEMPLATES = {
    "a": r"""i studied at {o} before i moved here
my son was admitted to {o} last night and i need to pay the deposit
donated to {o} and the payment went out twice
got a refund from {o} but it never arrived
i have an account with {o} too
i work for {o} as a cashier
the fees for {o} bounced
[10:02] agent: she teaches at {o}
we buy everything from {o}, they take cards only
my mum volunteers at {o} on sundays
i graduated from {o} in 2015, do you need the certificate
paid {o} for the uniform twice
transfer to {o} failed
{o} says they never got my money
Customer: i am calling from {o}
my daughter goes to {o}""",
    "b": r"""my brother got treated at {o} and the bill is wrong
she enrolled at {o} in september
i sent 200 to {o} for the zakat
bought medicine from {o} with my card
i'm a teacher at {o}, can i get a salary advance
the payment to {o} is pending
our family doctor at {o} wants proof of income
my uncle runs {o} and pays me cash
the receipt from {o} shows the wrong amount
joined {o} last year as an accountant
i was discharged from {o} yesterday
{o} sent a letter about my fees
Agent: where do you work?\nCustomer: at {o}""",
}
# Ordinary sentences with the same cue words and no name.
S11_PLAIN = r"""i studied at home during covid
my son was admitted to hospital last night
donated to charity and it went out twice
got a refund from the shop but it never arrived
i work for a small company as a cashier
the school fees bounced
she teaches at the local school
we buy everything from the market, they take cards only
my mum volunteers at church on sundays
i graduated from university in 2015
paid the pharmacy for the medicine twice
the clinic says they never got my money
i was discharged from hospital yesterday
the foundation course fees went up
our community centre needs a new account
i go to the mosque every friday
the new city branch was closed
bought it from a local store with my card""".split("\n")
# Institution and shop words after a name. Half A may go into a list; half B never.
S11_HEADS_A = ["school", "college", "hospital", "clinic", "foundation", "charity", "mosque", "church", "temple",
           "cooperative", "traders", "pharmacy", "montessori", "academy", "polytechnic", "madrasa", "hospice",
           "welfare society", "enterprises", "medical centre", "diagnostics", "girls high school"]
S11_HEADS_B = ["seminary", "orphanage", "gurdwara", "dispensary", "nursing home", "jewellers", "tyres", "tailors",
           "caterers", "opticals", "hardware", "boutique"]
# Everyday words that name an institution. Half B never goes into a list.
S11_BRAND_A = ["green valley", "new city", "sunrise", "hope", "crescent", "little stars", "bright future",
           "city care"]
S11_BRAND_B = ["silver oak", "morning star", "unity", "golden heart", "new hope", "blue sky", "royal",
           "evergreen"]
S11 = SimpleNamespace(
    SEED=S11_SEED, TEMPLATES=S11_TEMPLATES, PLAIN=S11_PLAIN, HEADS_A=S11_HEADS_A, HEADS_B=S11_HEADS_B,
    BRAND_A=S11_BRAND_A, BRAND_B=S11_BRAND_B)
