"""Quasi-identifiers (issue 13): occupations and nationality, religious or
political groups where their place in the text says what they are, with
ordinary sentences of the same shape that must stay."""

from __future__ import annotations

import pytest

from client.scrub import QUASI_IDENTIFIERS, scrub_texts


def scrub_one(text: str, **kwargs) -> str:
    return scrub_texts([text], **kwargs)[0][0]


def jobs(text: str) -> str:
    return scrub_one(text, quasi_identifiers={"OCCUPATION"})


def groups(text: str) -> str:
    return scrub_one(text, quasi_identifiers={"NRP"})


# -- job titles in apposition, alone on a signature line, after "as a" ----------------


@pytest.mark.parametrize("text, expected", [
    ("Thomas Svendsen, the assistant property manager, said it was fine",
     "<PERSON>, the <OCCUPATION>, said it was fine"),
    ("oliver goodenough, the housing relocator, said no", "<PERSON>, the <OCCUPATION>, said no"),
    ("I spoke to Ann Lee, our senior payroll coordinator, yesterday",
     "I spoke to <PERSON>, our senior <OCCUPATION>, yesterday"),
])
def test_job_title_in_apposition(text, expected):
    assert jobs(text) == expected


@pytest.mark.parametrize("text", [
    "Yes, the transfer, which I made, failed",
    "Hi, the card reader, it keeps beeping",
    "Sadly, the payment provider, not you, charged me",
    "ok, the order number, where do i find it",
])
def test_things_in_apposition_stay(text):
    assert "<OCCUPATION>" not in jobs(text)


@pytest.mark.parametrize("text, expected", [
    ("maria lopez\npayroll coordinator\nmon-fri 9-5", "\n<OCCUPATION>\nmon-fri 9-5"),
    # ("roof bolter" was here: "bolter" is a US census surname since session 13, so it goes as a name)
    ("regards,\nAnn Lee\nroof tiler", "\n<OCCUPATION>"),
    ("Ivan Petrik\\n\\nLongshoremen\\n\\nPersonal Info:", "<OCCUPATION>\\n\\nPersonal Info:"),
])
def test_job_title_alone_on_a_line(text, expected):
    assert jobs(text).endswith(expected)  # the name before it goes as <PERSON>


@pytest.mark.parametrize("text", [
    "hello\nPayment transfer\nthanks",
    "my order\nOrder number\n12",
    "hi\nthe printer is broken\nplease help",
    "hi\nCard holder\nJane",
])
def test_ordinary_lines_stay(text):
    out = jobs(text)
    assert "<OCCUPATION>" not in out


@pytest.mark.parametrize("text, expected", [
    ("as a night shift supervisor i work late", "as a <OCCUPATION> i work late"),
    ("been here 6 yrs as a forklift operator, need a loan", "been here 6 yrs as a <OCCUPATION>, need a loan"),
    ("my job as a claims investigator pays monthly", "my job as a <OCCUPATION> pays monthly"),
    ("she was hired as an avionics technician", "she was hired as an <OCCUPATION>"),
])
def test_job_title_after_as_a(text, expected):
    assert jobs(text) == expected


@pytest.mark.parametrize("text", [
    "as a result i was charged twice", "as a reminder, your card expires soon",
    "as a joint account holder can i see it", "as a new user i cant log in", "as a first time buyer",
    "i sent it as a bank transfer", "as a matter of fact it worked", "use it as a cover letter",
    "as a german citizen can i open one", "considered as a possible successor to the best",
    "it proves compelling as an intense, brooding character study", "as a rumor of angels",
])
def test_things_after_as_a_are_no_jobs(text):
    assert "<OCCUPATION>" not in jobs(text)


# -- the title itself: several words joined by "and" or commas, hyphens, lower case --


@pytest.mark.parametrize("text, expected", [
    ("im a real-time captioner so i get paid weekly", "im a <OCCUPATION> so i get paid weekly"),
    ("im a risk and insurance manager so i get paid weekly", "im a <OCCUPATION> so i get paid weekly"),
    ("i am a cutting, punching, and press machine setter at the plant",
     "i am a <OCCUPATION> at the plant"),
    ("my partner is a front desk clerk", "my partner is a <OCCUPATION>"),
    ("im a teacher, and my husband is too", "im a <OCCUPATION>, and my husband is too"),
])
def test_job_titles_of_several_words(text, expected):
    assert jobs(text) == expected


# -- Faker's job list: fragments that are everyday words, and job words in compounds --


@pytest.mark.parametrize("text", [
    "how do i make a transfer", "can i get a copy of my statement", "when will it land in my account",
    "cancel my sub please", "the buyer never paid", "my driver's license number is on file",
    "is there a student discount", "i need a student loan", "log in to the student portal",
    "the manager app keeps crashing", "ok, the manager app, where is it", "the teacher login fails",
])
def test_everyday_words_from_fakers_job_list_stay(text):
    assert "<OCCUPATION>" not in jobs(text)


def test_jobs_still_found_by_the_word_list():
    assert jobs("my neighbour is a nurse") == "my neighbour is a <OCCUPATION>"
    assert jobs("I'm a 69 yr old student looking for a loan.") == "I'm a 69 yr old <OCCUPATION> looking for a loan."


# -- groups: plural demonyms, ambiguous words where they are meant, "us citizens" -----


@pytest.mark.parametrize("text, expected", [
    ("the icelanders at my office all bank here", "the <NRP> at my office all bank here"),
    ("the thais and finns at my office", "the <NRP> and <NRP> at my office"),
    ("do spaniards get charged extra", "do <NRP> get charged extra"),
    ("my czechs colleagues", "my <NRP> colleagues"),
    ("the us citizens at my office", "the <NRP> at my office"),
    ("the chineses at my office", "the <NRP> at my office"),
])
def test_plural_group_nouns(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("my husband is Polish and cant open an account", "my husband is <NRP> and cant open an account"),
    ("there's a nice new Polish place", "there's a nice new <NRP> place"),
    ("i am pole but live here", "i am <NRP> but live here"),
    ("my dad is a conservative", "my dad is a <NRP>"),
    ("we are orthodox, no interest please", "we are <NRP>, no interest please"),
])
def test_ambiguous_group_words_where_meant(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize("text", [
    "i bought nail polish with my card", "Polish the screen with a cloth", "is my green card valid",
    "the estimate is conservative", "tell us about it", "the poles are down after the storm",
])
def test_ambiguous_group_words_in_their_ordinary_sense_stay(text):
    assert groups(text) == text


def test_default_policy_keeps_job_titles():
    text = "Thomas Svendsen, the assistant property manager, said:\nroof tiler"
    assert "manager" in scrub_one(text) and "tiler" in scrub_one(text)
    assert "<OCCUPATION>" in scrub_one(text, quasi_identifiers=QUASI_IDENTIFIERS)


# -- more cues: "the", an adverb, "been / became", no article, a label --------------


@pytest.mark.parametrize("text, expected", [
    ("I'm the finance director at a small firm", "I'm the <OCCUPATION> at a small firm"),
    ("i am currently a night nurse", "i am currently a <OCCUPATION>"),
    ("I've been a bus driver for 10 years", "I've been a <OCCUPATION> for 10 years"),
    ("she became a paralegal last year", "she became a <OCCUPATION> last year"),
    ("i am teacher and need loan", "i am <OCCUPATION> and need loan"),
    ("occupation: software developer", "occupation: <OCCUPATION>"),
    ("my job title is warehouse operative", "my job title is <OCCUPATION>"),
    ("i work as nurse at the hospital", "i work as <OCCUPATION> at the hospital"),
])
def test_more_job_cues(text, expected):
    assert jobs(text) == expected


@pytest.mark.parametrize("text", [
    "i am clever and eager", "i am tender about this", "i'm the account owner", "i am the one who called",
    "he is the best", "it has been a nightmare", "my job is a nightmare", "i am professional about it",
])
def test_same_cues_without_a_job_stay(text):
    assert "<OCCUPATION>" not in jobs(text)


@pytest.mark.parametrize("text, expected", [
    ("he is far-right and i'm left-wing", "he is <NRP> and i'm <NRP>"),
    ("we are jehovah's witnesses", "we are <NRP>"),
])
def test_hyphenated_and_possessive_group_words(text, expected):
    assert groups(text) == expected


@pytest.mark.parametrize("text", ["the left wing of the building", "on the far right of the screen"])
def test_hyphenated_group_words_written_apart_stay(text):
    assert groups(text) == text


@pytest.mark.parametrize("text, expected", [
    ("night shift supervisor here, quick question", "<OCCUPATION> here, quick question"),
    ("Ann Lee | Payroll coordinator | call me", "<PERSON> | <OCCUPATION> | call me"),
    ("ann lee (payroll coordinator) called", "<PERSON> (<OCCUPATION>) called"),
    ("occupation - hvac installer", "occupation - <OCCUPATION>"),
])
def test_job_title_opening_a_text_between_bars_or_in_brackets(text, expected):
    assert jobs(text) == expected


@pytest.mark.parametrize("text", [
    "Transfer", "money transfer here please", "please see (the printer) for details", "top up | card holder",
])
def test_things_in_those_places_stay(text):
    assert "<OCCUPATION>" not in jobs(text)
