"""Recall on chat-style text (issue 13): shapes that survived scrubbing, each
with synthetic examples, and ordinary sentences of the same shape that stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str, **kwargs) -> str:
    return scrub_texts([text], **kwargs)[0][0]


# -- addresses typed in lower case: everyday words naming the street, the town and state before a ZIP


@pytest.mark.parametrize("text, expected", [
    ("new address 14 maple grove, unit 7, springfield 62704", "new address <ADDRESS>"),
    ("suite 5, 9 kings parade - thats our office", "<ADDRESS> - thats our office"),
    ("ship it to 3 silver birch grove please", "ship it to <ADDRESS> please"),
    ("ste 400, 1200 main st, boise id 83702", "<ADDRESS>"),
    ("send it to 45 elm st #3, portland or 97205", "send it to <ADDRESS>"),
])
def test_lower_case_address_with_everyday_words_and_town(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i have 2 kids and 3 dogs at home",
    "the 4 big square boxes arrived broken",
    "order 12345 was refunded twice",
])
def test_numbers_near_everyday_words_are_not_addresses(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("i moved to 12 oak street, thats why", "i moved to <ADDRESS>, thats why"),
    ("send it to 4 high st - dont forget", "send it to <ADDRESS> - dont forget"),
])
def test_chat_contractions_without_apostrophe_do_not_join_an_address(text, expected):
    assert scrub_one(text) == expected


# -- organisations without a legal form, in lower case, joined with "and" -----------


@pytest.mark.parametrize("text, expected", [
    ("employer: blue river analytics, been there since 2015", "employer: <ORGANIZATION>, been there since 2015"),
    ("why did northwind traders take 40 quid from me", "why did <ORGANIZATION> take 40 quid from me"),
    ("i work at kroxley and partners", "i work at <ORGANIZATION>"),
    ("why did smith & wesson take my money", "why did <ORGANIZATION> take my money"),
    ("works as a nurse for bright spark electrical", "works as a nurse for <ORGANIZATION>"),
    ("quendrix sa charged me twice", "<ORGANIZATION> charged me twice"),
])
def test_organisations_without_legal_form(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i work at night and sleep in the day",
    "i work at home most days",
    "i work for the council",
    "my wifi software keeps crashing",
    "our support group is great",
    "i have 3 funds with you",
    "salt & pepper on the side",
    "i work long hours for little pay",
])
def test_employer_cues_and_org_words_alone_keep_ordinary_text(text):
    assert scrub_one(text) == text


# -- occupations written after "i'm a", "she is a", "works as a" (switch on) ---------


@pytest.mark.parametrize("text, expected", [
    ("im a kennel attendant so i get paid weekly", "im a <OCCUPATION> so i get paid weekly"),
    ("she is a power lineman at the depot", "she is a <OCCUPATION> at the depot"),
    ("i'm a retired lithographer, pension goes in", "i'm a retired <OCCUPATION>, pension goes in"),
    ("he works as a reservation agent", "he works as a <OCCUPATION>"),
    ("i am a geropsychologist", "i am a <OCCUPATION>"),
])
def test_cued_occupations(text, expected):
    assert scrub_one(text, quasi_identifiers={"OCCUPATION"}) == expected


@pytest.mark.parametrize("text", [
    "i'm a big fan of your app", "i'm a new customer", "she is a good listener", "it's a better offer",
    "i'm a single mother of two", "i am a member since 2010",
])
def test_person_nouns_after_a_cue_are_not_occupations(text):
    assert scrub_one(text, quasi_identifiers={"OCCUPATION"}) == text


# -- names typed in lower case: after titles and naming verbs, rare words after a cue,
#    two unknown words, an unknown word opening a sentence as its subject


@pytest.mark.parametrize("text, expected", [
    ("have you heard tejka jonak speak yet?", "have you heard <PERSON> speak yet?"),
    ("please join my account with ms. vondrelle", "please join my account with <PERSON>"),
    ("dr smith said the card is fine", "<PERSON> said the card is fine"),
    ("we need to add haruvo k. iizumi as guardian", "we need to add <PERSON> as guardian"),
    ("everyone calls me zhalgas", "everyone calls me <PERSON>"),
    ("please call igor tomorrow", "please call <PERSON> tomorrow"),
    ("brevkultan had given me his address", "<PERSON> had given me his address"),
])
def test_lower_case_names_after_cues_and_in_pairs(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i miss home so much",
    "the wifi is down agian, cant login",
    "i love the new dashbaord design",
    "please call back tomorrow",
    "i have a pain au chocolat every morning",
])
def test_typos_and_cues_alone_keep_ordinary_words(text):
    assert scrub_one(text) == text


# -- nationalities of several words, "-man" nationals, more religions ----------------


@pytest.mark.parametrize("text, expected", [
    ("my landlord is a dutchwoman", "my landlord is a <NRP>"),
    ("the new zealanders at my office bank elsewhere", "the <NRP> at my office bank elsewhere"),
    ("i am cape verdean but live here", "i am <NRP> but live here"),
    ("we are confucian, is that a problem", "we are <NRP>, is that a problem"),
    ("most middle-eastern customers pay cash", "most <NRP> customers pay cash"),
])
def test_group_words_of_several_kinds(text, expected):
    assert scrub_one(text, quasi_identifiers={"NRP"}) == expected


@pytest.mark.parametrize("text", [
    "the middle of the month", "the eastern branch is closed", "a new card please",
])
def test_parts_of_group_phrases_alone_stay(text):
    assert scrub_one(text, quasi_identifiers={"NRP"}) == text


# -- places of the world (libphonenumber's area names) and streets named after their word


@pytest.mark.parametrize("text, expected", [
    ("i live in dublin now", "i live in <LOCATION> now"),
    ("flew from toronto to vancouver", "flew from <LOCATION> to <LOCATION>"),
    ("we met in Strongsville last year", "we met in <LOCATION> last year"),
])
def test_places_from_phone_area_names(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "Nice to meet you", "Reading the statement now", "i hope you can help", "Split the bill please",
])
def test_place_names_that_are_everyday_words_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("we moved to 55 rue victor hugo, 75016 paris", "we moved to <ADDRESS>"),
    ("send to 8 calle mayor, madrid", "send to <ADDRESS>"),
])
def test_lower_case_street_named_after_its_street_word(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", ["i sent it via email 12 times", "i tried 3 different way to pay"])
def test_a_street_word_alone_is_no_address(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("my employer zentrovia pays on the 25th", "my employer <ORGANIZATION> pays on the 25th"),
    ("i bank with quorvest and hallibank", "i bank with <ORGANIZATION>"),
    ("works as a nurse for st brennan hospital", "works as a nurse for <ORGANIZATION>"),
    ("sarah o'brannagh here, locked out", "<PERSON> here, locked out"),
])
def test_employer_and_bank_cues_and_apostrophe_surnames(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", ["i switched to paperless", "see you at 5 o'clock", "i bank with you"])
def test_bank_cues_and_apostrophes_keep_ordinary_words(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("i'm nkechi, i opened an account last week", "i'm <PERSON>, i opened an account last week"),
    ("nkechi here, my card is blocked", "<PERSON> here, my card is blocked"),
    ("this is kwabena.", "this is <PERSON>."),
])
def test_unknown_word_introducing_oneself_is_a_name(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "im confussed, what happened", "i'm stil waiting", "recieved nothing yet, plz help", "acount blockd here",
])
def test_typos_of_common_words_are_not_names(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("my flat is number 12, 45 baker street", "my flat is <ADDRESS>"),
    ("apt 5 at 12 baker st please", "<ADDRESS> please"),
    ("i'm in apt 4c of 220 west end ave", "i'm in <ADDRESS>"),
])
def test_unit_and_house_numbers_join_the_street(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the cashiers were rude to me", "i need a helper for the form", "put it in the blender",
    "i'm in 3 of 5 groups",
])
def test_everyday_words_that_name_a_town_somewhere_stay(text):
    assert scrub_one(text) == text


# -- address parts typed apart: postcodes named as such, units beside the street, town and postcode


@pytest.mark.parametrize("text, expected", [
    ("postcode 94-234 - do you deliver there?", "postcode <ADDRESS> - do you deliver there?"),
    ("the zip on my card is 30458112", "the zip on my card is <ADDRESS>"),
    ("my postcode is d29 v6a6", "my postcode is <ADDRESS>"),
    ("pin code 560034 is mine", "pin code <ADDRESS> is mine"),
])
def test_postcode_after_its_name(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the postcode field is empty",
    "my zip code has 5 digits",
    "i changed my postcode 3 times",
    "what is the pin code for my card",
])
def test_postcode_words_without_a_code_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("im at 12424 jupiter avenue (floor 5) in march", "im at <ADDRESS> in march"),
    ("its 65 oak road, door 8, thanks", "its <ADDRESS>, thanks"),
    ("number 3320 on Fulton Road is mine", "<ADDRESS> is mine"),
    ("kowalski, unit 52 4 Olmo Drive", "<PERSON>, <ADDRESS>"),
    ("srebrnjak 45, 96-809 lydiaville", "<ADDRESS>"),
    ("Na Hrebienku 3, H-1163 Budapest", "<ADDRESS>"),
    ("kranjska gora 66172, thats where i am now", "<ADDRESS>, thats where i am now"),
    ("house 60, jones rise, cornetu - 95362", "<ADDRESS>"),
    ("flat 1, the jennings building, route jacques, paris 75011", "<ADDRESS>"),
    ("send it to u4/12 smith st, carlton vic 3053", "send it to <ADDRESS>"),
])
def test_units_beside_and_national_postcodes(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the lift on floor 5 is broken again",
    "door 8 was locked when i came",
    "number 3 on the list is wrong",
    "i was on hold 45 minutes, then 12 more",
    "Windows 10 keeps crashing since 2023",
    "i paid 12500 in march and 3000 in may",
    "room 5 12 people came to the meeting",
    "we act fast, 2000 times a day",
])
def test_unit_words_and_numbers_alone_stay(text):
    assert scrub_one(text) == text


def test_a_unit_apart_from_an_address_by_a_sentence_stays():
    assert scrub_one("room 5, then i went to 12 oak street") == "room 5, then i went to <ADDRESS>"


@pytest.mark.parametrize("text, expected", [
    ("moved from united states in 2001, do i need a new id", "moved from <LOCATION> in 2001, do i need a new id"),
    ("my brother lives in south korea", "my brother lives in <LOCATION>"),
])
def test_short_country_names_in_lower_case(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the states united to pass the law",
    "we are united in this, the states agree",
])
def test_words_of_country_names_alone_stay(text):
    assert scrub_one(text) == text


# -- parts of one name or place found apart


@pytest.mark.parametrize("text, expected", [
    ("please change it to caresse a. bonneville", "please change it to <PERSON>"),
    ("i moved to north wendy, postal code 80003042", "i moved to <PERSON>, postal code <ADDRESS>"),
    ("ilona van tuijl from west şadıman, card blocked", "<PERSON> from <PERSON>, card blocked"),
])
def test_initials_particles_and_compass_words_join_the_name(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "go north then turn left at the bank",
    "we went west last summer",
    "my new phone broke, what is the postal code field for",
])
def test_compass_and_label_words_alone_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("follow up with guy migneault in a couple of months.", "follow up with <PERSON> in a couple of months."),
    ("mark oyelaran said it was fine", "<PERSON> said it was fine"),
])
def test_first_name_english_uses_before_an_unknown_surname(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the guy said no",
    "mark the date please",
    "grace confussed me",
])
def test_first_names_english_uses_stay_alone_or_before_a_typo(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("demystdata charged me twice!!", "<ORGANIZATION> charged me twice!!"),
    ("ok. zentrovia billed me again", "ok. <ORGANIZATION> billed me again"),
])
def test_merchant_opening_a_billing_complaint(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the shop charged me twice",
    "my husband charged me for the tickets",
    "it charged me twice and they took my card",
    "we can withdraw cash at atm center",
])
def test_everyday_subjects_of_billing_verbs_stay(text):
    assert scrub_one(text) == text


def test_the_world_place_list_from_phonenumbers_loads():
    # Read as text from phonenumbers' geodata: a change in that package's layout would
    # silently empty the list and lower recall, so the size and a few entries are checked.
    from client.scrub.words import _phone_area_places

    places = _phone_area_places()
    assert len(places) > 20_000
    assert {"jersey city", "serranópolis do iguaçu"} <= places
    assert "cashiers" not in places and "reading" not in places  # everyday words stay out


# -- third round (fresh held-out part chat_heldout2; chosen from dev misses only) -----------


@pytest.mark.parametrize("text, expected", [
    ("nando ospina from new philipborough, card blocked", "<PERSON> from <LOCATION>, card blocked"),
    ("i live in lake akwesifurt now", "i live in <LOCATION> now"),
    ("its 31 new keshavdiya, lot 95, averyleigh", "its 31 <LOCATION>, lot 95, <LOCATION>"),
])
def test_lower_case_invented_town_names(text, expected):
    # a word English has no use for after a place prefix ("new", "lake", "north"),
    # or ending like a town ("-leigh", "-borough", "-furt")
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i moved to a new flat",
    "we went to the lake and swam",
    "i live near the port now",
    "i bought one from the new store",
    "welcome to the new platform",
])
def test_place_prefix_words_alone_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("hi its grace again, the app logged me out", "hi its <PERSON> again, the app logged me out"),
    ("talked to lily and phillip on the phone", "talked to <PERSON> and <PERSON> on the phone"),
    ("i'm so jealous! said mark to carrie", "i'm so jealous! said <PERSON> to <PERSON>"),
    ("sean is a very sympathetic person.", "<PERSON> is a very sympathetic person."),
])
def test_lower_case_names_english_also_uses_after_a_cue_or_beside_a_name(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i will mark it as paid",
    "please mark the payment as disputed",
    "i have grace period on my loan?",
    "the grace period ended and i paid late",
    "rose and fell sharply",
    "bread and butter",
])
def test_name_shaped_english_words_stay_without_a_cue(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("im at 6782 Ó Hearáin Isle (block D) in Polemouth", "im at <ADDRESS> in <LOCATION>"),
    ("im at 2737 davor (unit 7/93) in mizil", "im at <ADDRESS> in <LOCATION>"),
    ("its 80183 rambla de eric cabeza, level 2, cody ville", "its <ADDRESS>"),
    ("the card went to rodriguez plaza on lorong 43k, not my flat",
     "the card went to <ADDRESS> on <ADDRESS>, not my flat"),  # "plaza" joins since round 4
])
def test_units_named_by_a_letter_or_beside_a_short_address(text, expected):
    # "block D" is a unit; a unit in brackets or after a comma makes a house
    # number and a name an address; "rambla", "lorong" come before the street's name
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "i need to block a payment from 2 days ago",
    "please block a card, i have 3 of them",
    "i was charged 40 (unit price 20) twice",
    "my order 12 (item 3) never came",
])
def test_block_and_unit_words_in_ordinary_sentences_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("beksultan had given beksultan his address", "<PERSON> had given <PERSON> his address"),
    ("directed by tadzio l chmielewski and starring chmielewski",
     "directed by <PERSON> and starring <PERSON>"),
])
def test_a_name_found_once_is_removed_everywhere_in_the_text(text, expected):
    assert scrub_one(text) == expected


def test_a_name_that_english_uses_is_not_repeated_as_a_name():
    from presidio_analyzer import RecognizerResult

    from client.scrub.spans import finish_spans

    text = "Mark Okonkwo said to mark it as paid, okonkwo"
    spans = finish_spans(text, [RecognizerResult("PERSON", 0, 12, 0.85)], {"PERSON"})
    assert [(s.start, s.end) for s in spans] == [(0, 12), (38, 45)]  # "okonkwo" again; "mark" the verb stays


@pytest.mark.parametrize("text, expected", [
    ("the recargo orchestra was founded in 1987.", "the <ORGANIZATION> was founded in 1987."),
    ("the zentrovia store refused my card", "the <ORGANIZATION> refused my card"),
])
def test_unknown_word_before_a_venue_word_is_an_organisation(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the post office lost my parcel",
    "i went to the corner shop and paid by card",
    "my local branch is closed on sunday",
    "our book club pays by card",
])
def test_venue_words_after_english_words_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("jildert: what a wife.\\nrobert: remember me", "<PERSON>: what a wife.\\n<PERSON>: remember me"),
    ("remember me, holly? when i killed your brother", "remember me, <PERSON>? when i killed your brother"),
])
def test_speaker_labels_and_names_called_by(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "agent: hello, how can i help?\\ncustomer: my card is blocked",
    "note: the card is blocked",
    "ok, thanks? i guess",
    "i tried again, sorry!",
])
def test_labels_and_interjections_that_are_english_stay(text):
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("number 4067 on adrian fork, ústí nad labem", "<ADDRESS>"),
    ("james simmons, apt. 2c 38313 david fork", "<PERSON>, <ADDRESS>"),
    ("its 85-58 william corners, ste 33, thành phố đà nẵng", "its <ADDRESS>"),
])
def test_lower_case_street_named_after_a_person(text, expected):
    assert scrub_one(text) == expected


# -- fourth round (third held-out part chat_heldout3; chosen from dev misses and real BANKING77 train text) --


@pytest.mark.parametrize("text", [
    "How do I top up by cheque?",
    "Where are the ATMs that accept this card?",
    "which atms take this card",
    "the PINs do not work anymore",
    "for sepa transfers, what kind of charge will be applied?",
    "my plans may change so i may need to change from gbp to aud.",
    "is it possible to exchange usd and gbp on the app?",
    "I need to get visa and mastercard",
    "what are the charges for sepa transfers?",
])
def test_banking_words_plurals_and_currency_codes_are_not_names_or_places(text):
    # words pyspellchecker's American list lacks ("cheque", "atms", "sepa"),
    # currency codes people exchange, plural acronyms
    assert scrub_one(text) == text


@pytest.mark.parametrize("text, expected", [
    ("talked to glafira yesterday", "talked to <PERSON> yesterday"),
    ("i sent money to ron", "i sent money to <PERSON>"),
    ("Ask Ron about it", "Ask <PERSON> about it"),
])
def test_names_after_a_preposition_and_currency_shaped_names_stay_names(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "The exchange rate you are using is bad.This can't be right.",
    "it can take 10 minutes to get results.You will hear from us",
    "delayed for half an hour.Please fix it!",
])
def test_a_missing_space_after_a_full_stop_is_not_a_url(text):
    assert scrub_one(text) == text


def test_host_names_are_still_urls():
    assert scrub_one("see www.example.com or Example.com or bank.co.uk for details") == \
        "see <URL> or <URL> or <URL> for details"


@pytest.mark.parametrize("text, expected", [
    ("the card went to Harris tower on the corner, not my flat", "the card went to <ADDRESS> on the corner, not my flat"),
    ("the card went to kupa residency yesterday", "the card went to <ADDRESS> yesterday"),
    ("i work for varengold bank ag", "i work for <ORGANIZATION>"),
    ("i work for amkor technology, inc.", "i work for <ORGANIZATION>"),
])
def test_a_building_word_or_legal_form_after_a_name_joins_it(text, expected):
    # the name is the building's; a legal form ends the organisation's name
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("let anna drive the car", "let <PERSON> drive the car"),
    ("i met Anna at the tower", "i met <PERSON> at the tower"),
    ("i told mark to look at the building", "i told <PERSON> to look at the building"),
    ("ask sarah co. workers", "ask <PERSON> co. workers"),
])
def test_words_after_a_name_that_are_no_building_or_legal_form_stay(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("flat 686, 52, chemin de bonnet, 57052 is the new one", "<ADDRESS> is the new one"),
    ("Ide Thomas, 6c 59012 Kickbaan", "<PERSON>, <ADDRESS>"),
])
def test_the_rest_of_a_street_before_a_postcode_and_a_number_and_postcode_before_a_town(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("send it to 4 high st, thanks so much, 12345 times", "send it to <ADDRESS>, thanks so much, 12345 times"),
    ("we had 3 2000 mile trips to Paris", "we had 3 2000 mile trips to <LOCATION>"),
])
def test_everyday_words_and_counts_beside_an_address_or_place_stay(text, expected):
    assert scrub_one(text) == expected
