"""The wrappers of ``chat_heldout18`` (kept apart from the value code: one file one role).

Written fresh for this part (session 20) in domains parts 15, 16 and 17 did
not use: barbers and hair salons, gyms, parking permits, waste and recycling
collection, music lessons, dog walking and pet sitting, garden centres,
mountain huts and hiking clubs, ferries, print shops, locksmiths, opticians,
pawn shops, coworking desks, bakery and cake orders, hostels, polling
stations, notaries, building committees, phone repair, solar panels, chess
and astronomy clubs, karaoke and escape rooms, lost luggage, and short
replies. Most are typed in lower case, some with typos, run-ons and no
punctuation. None is a variant of an earlier part's wrapper.
"""

WRAPPERS_H18 = [
    # barber and hair salon
    "barber queue is long today, put me down as {{h18_first}}, fade and beard trim, back in 20",
    "salon booking confirmed: {{h18_name}}, colour + cut, {{h18_date}} at 3pm, stylist {{h18_first}}",
    "my hairdresser moved from {{h18_area}} to {{h18_street}}, same prices thank god",
    # gym
    "gym membership freeze request, member {{h18_name_lc}}, reason: surgery, until {{h18_date}}",
    "who left a water bottle by the squat rack? it has {{h18_last}} written on it in marker",
    "personal trainer wanted near {{h18_area}}, 2 sessions a week, im {{h18_age}} and out of shape, dm {{h18_user}}",
    # parking permits
    "resident parking permit renewal: plate on file, holder {{h18_name}}, address {{h18_address}}",
    "got a parking ticket outside {{h18_clinic}} while i was inside getting my xray, is there an appeal form",
    "the visitor permit for {{h18_when}} is under my neighbour {{h18_last}}, flat {{h18_unit}}",
    # waste and recycling
    "bulky waste pickup booked for {{h18_date}}: 1 sofa, 1 fridge, collection from {{h18_address}}",
    "recycling bins on {{h18_street}} havent been emptied in two weeks, smells awful, pls send the truck",
    "compost workshop at the community garden in {{h18_village}}, sign up with {{h18_first}} by {{h18_date}}",
    # music lessons
    "piano lessons for my daughter, she is {{h18_age}}, any teacher around {{h18_area}}? budget is tight",
    "violin teacher {{h18_title}} {{h18_last}} cancelled {{h18_when}}, makeup lesson next week",
    "recital programme: 1. {{h18_name}} (cello) 2. {{h18_name}} (flute) 3. the junior choir",
    # dog walking and pet sitting
    "dog walker needed mornings, golden retriever, we're on {{h18_street}}, ask for {{h18_first}} {{h18_phone}}",
    "pet sitter notes: cat is called biscuit, feed twice a day, key with {{h18_last}} downstairs at {{h18_unit}}",
    "found a small dog near the park in {{h18_town}}, collar tag says {{h18_phone}} but nobody answers",
    # garden centre
    "garden centre order #5521 for {{h18_name_lc}}: 3 olive trees, 2 bags of soil, deliver {{h18_when}}",
    "the nursery on {{h18_street}} has lemon trees on sale, {{h18_first}} bought two",
    # mountain huts and hiking
    "hut reservation: 4 beds, {{h18_date}}, lead climber {{h18_name}}, emergency contact {{h18_phone}}",
    "hiking club sunday: meet at the station in {{h18_town}} 7am, guide is {{h18_first}}, bring rain gear",
    "lost my phone on the trail above {{h18_village}}, if found call {{h18_email}} or my husband",
    # ferry
    "ferry ticket change: passenger {{h18_name}}, passport nationality {{h18_nationality}}, new sailing {{h18_date}}",
    "the boat to the island was cancelled because of wind, we're stuck in {{h18_town}} with {{h18_first}}'s family",
    # print shop
    "print shop order: 200 flyers, 50 posters for {{h18_company}}, proof sent to {{h18_email}}",
    "can you reprint the wedding invitations? the date is wrong, it should be {{h18_date}} not the 14th",
    # locksmith
    "locked out again lol, locksmith {{h18_first}} says 40 min, im sitting on the steps of {{h18_address}}",
    "locksmith invoice, client {{h18_name_lc}}, new cylinder, paid cash, vat no {{h18_taxid}}",
    # optician
    "optician says my glasses are ready, order under {{h18_last}}, shop next to {{h18_bank}}",
    "eye test for {{h18_name}}, dob {{h18_dob}}, insurance card {{h18_id}}, prescription -2.25 both",
    # pawn shop
    "pawn ticket 3308: gold chain, pledged by {{h18_name}}, id shown {{h18_id}}, redeem by {{h18_date}}",
    # coworking
    "coworking desk 14 is booked by {{h18_user}} all month, please use the hot desks",
    "new member at the coworking: {{h18_name}}, {{h18_job}}, company {{h18_company}}",
    # bakery and cakes
    "cake order: chocolate, 2 tiers, written on top 'happy {{h18_age}} birthday {{h18_first}}', pickup {{h18_when}}",
    "the bakery on {{h18_street}} sells out of bread by 9, {{h18_first}} gets there at 6 to queue",
    # hostel
    "hostel check in list: {{h18_name}} ({{h18_nationality}}), {{h18_name}} ({{h18_nationality}}), 2 nights",
    "any rooms left for {{h18_date}}? we are 3 backpackers coming from {{h18_country}}",
    # polling station and civic
    "voters of {{h18_area}}: the ballot boxes are in the sports hall of {{h18_school}} this time",
    "volunteering for {{h18_party}} on election day, handing out leaflets near {{h18_street}}",
    "notary appointment for the house sale, sellers {{h18_name}} and {{h18_name}}, {{h18_date}}, bring ids",
    # building committee
    "building committee: {{h18_last}} on the 3rd floor still hasnt paid for the elevator repair",
    "to all residents of {{h18_address}}: water off {{h18_when}} 9-12 for pipe work. the committee",
    "vote on painting the stairwell, apt owners reply yes/no to {{h18_name_lc}}",
    # phone repair, solar
    "screen swap done on the samsung, owner {{h18_first}}, pick up after 4, we texted {{h18_phone}}",
    "solar panel quote for the roof at {{h18_address}} {{h18_postcode}}, 12 panels, installer {{h18_company}}",
    # chess, astronomy, karaoke, escape room
    "chess club tournament results: 1st {{h18_name}}, 2nd {{h18_name}}, board prize to the {{h18_age}} kid",
    "astronomy night at {{h18_village}} cancelled, too cloudy, {{h18_first}} will reschedule",
    "karaoke room 7 booked for {{h18_first}}'s birthday, 8 people, {{h18_when}}",
    "escape room team name 'the {{h18_last}}s', 4 players, beat the record by 2 min!",
    # lost luggage, faith communities
    "lost luggage report: owner {{h18_name}}, bag tag 442, deliver to {{h18_address}}",
    "the {{h18_believers}} from {{h18_club}} are cooking for the homeless shelter {{h18_when}}",
    "as a {{h18_religion}} family we dont eat pork, can the school canteen do something for {{h18_first}}",
    "my neighbours are {{h18_people}} and invited us to the feast, {{h18_first}} brought dessert",
    "grandpa came from {{h18_province}} in {{h18_when}} and worked as a {{h18_job}} for 30 years",
    "{{h18_people}} musicians played at the festival in {{h18_town}}, amazing night",
    "interview for the {{h18_job}} position at {{h18_company}}, my cousin {{h18_first}} got it",
    "she's {{h18_nationality}}, he's {{h18_nationality}}, the kids speak three languages at home",
    # short replies and voice notes
    "cheers {{h18_first}}, got it",
    "{{h18_last}} just pulled up outside",
    "can u ring {{h18_name_lc}} back before 5",
    "stuck in traffic in {{h18_area}}",
    "{{h18_title}} {{h18_last}} is running late",
    "bring the charger {{h18_first}}!!",
    "[voice message] hi this is {{h18_name_lc}}, about the flat on {{h18_street}}, call me back",
    "[transcribed] ok so {{h18_first}} said the ferry leaves at 6, dont be late",
    # run-ons and typos
    "recieved the parcel but its adressed to {{h18_name}} not me, wrong house on {{h18_street}}",
    "since the move to {{h18_province}} the kids keep asking about {{h18_town}} every night",
    "postal code {{h18_postcode}} keeps getting rejected at checkout, adress is {{h18_address}}",
    "my dads {{h18_age}} and still works as a {{h18_job}} in {{h18_village}}, wont retire",
    "transfer the deposit to {{h18_bank}}, reference {{h18_last}}, amount as agreed",
]
