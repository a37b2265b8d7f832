"""The wrappers of ``chat_heldout16`` (kept apart from the value code: one file one role).

Written fresh for this part (session 18) in domains no earlier part used:
insurance claims, tenancy and building committees, school parents' chats,
travel agencies, sports clubs, pharmacies, job applications, gig work,
repair shops, customs and shipping forms, vets, car hire, weddings, removals,
driving schools and utility bills. Most are typed in lower case, some with
typos, run-ons and no punctuation. None is a variant of an earlier part's
wrapper.
"""

WRAPPERS_H16 = [
    # insurance claims
    "claim ref 88-2041: insured {{h16_name}}, vehicle hit while parked outside {{h16_address}} on {{h16_date}}",
    "hi, the assessor from {{h16_company}} never showed up, i waited at {{h16_unit}} the whole morning",
    "policyholder dob {{h16_dob}}, id {{h16_id}}. water damage in the kitchen, the pipe burst {{h16_when}}",
    "my windscreen claim was rejected bc the garage {{h16_company}} isnt on their list?? {{h16_first}} from the call centre said to appeal",
    "beneficiary: {{h16_name_lc}} (daughter, {{h16_age}})",
    # tenancy and building committees
    "building committee: the lift at {{h16_unit}} is out again, {{h16_title}} {{h16_last}} has the key to the motor room",
    "landlord wants 3 months upfront for the flat on {{h16_street}}, is that even legal in {{h16_province}}",
    "generator subscription for {{h16_area}} went up again, pay {{h16_first}} before {{h16_date}} or they cut the line",
    "tenant: {{h16_name}} | previous address: {{h16_address}}, {{h16_town}} {{h16_postcode}} | employer: {{h16_company}}",
    "the water tank on the roof of our block in {{h16_area}} is leaking, who do we call, {{h16_office}}?",
    # school parents' chat
    "parents of grade 4: the field trip money goes to {{h16_first}}'s mum, she is the class rep this term",
    "does anyone have the maths homework? mine left his book at {{h16_school}} again",
    "reminder the uniform shop near {{h16_street}} closes early {{h16_when}}",
    "{{h16_title}} {{h16_last}} says the kids who are {{h16_religion}} can skip the assembly on {{h16_date}}",
    "lost: small blue lunch box with the name {{h16_first}} {{h16_last}} written inside, grade 2",
    "carpool for {{h16_school}}? we leave from {{h16_area}} at 6:45, two seats left",
    # travel agency
    "booking conf for mr {{h16_last}} x2 adults, departing {{h16_town}} {{h16_date}}, hotel in {{h16_province}} 4 nights",
    "passenger names must match the passport exactly: {{h16_name}}, passport no {{h16_id}}",
    "can u change my return to {{h16_when}}? same route, same seat if possible. thx {{h16_first}}",
    "the tour to {{h16_village}} was cancelled and the agency {{h16_company}} still hasnt refunded us",
    "visa letter needs our host's address: {{h16_address}}, phone {{h16_phone}}",
    # sports clubs
    "u14 training moved to the field behind {{h16_school}}, coach {{h16_first}} will bring the cones",
    "membership renewals for {{h16_club}} are due {{h16_date}}, transfer to {{h16_bank}} and send the slip",
    "great match today!! {{h16_last}} scored twice and {{h16_first}} saved a penalty",
    "we need a driver for the away game in {{h16_town}}, the bus from {{h16_company}} costs too much",
    "new player registration: {{h16_name}}, born {{h16_dob}}, plays left back, from {{h16_area}}",
    # pharmacy
    "is the insulin back in stock at {{h16_clinic}}? my dad is {{h16_age}} and down to his last pen",
    "prescription ready for collection under the name {{h16_last}}, pharmacy closes at 9",
    "can someone pick up my meds from the pharmacy on {{h16_street}}, i will send money to {{h16_phone}}",
    "the pharmacist {{h16_first}} said the generic from {{h16_country}} is the same thing just cheaper",
    # job applications and gig work
    "Application for the post of {{h16_job}}\nName: {{h16_name}}\nNationality: {{h16_nationality}}\nMobile: {{h16_phone}}\nEmail: {{h16_email}}",
    "dear hiring team, i am {{h16_age}} and have worked as a {{h16_job}} at {{h16_company}} since {{h16_when}}",
    "references: {{h16_title}} {{h16_name}}, {{h16_job}} at {{h16_company}}, tel {{h16_phone}}",
    "rider app says my account {{h16_user}} is suspended, i did 40 deliveries in {{h16_area}} this week",
    "looking for gig work in {{h16_town}}, i have a motorbike and can start {{h16_when}}",
    "whos the {{h16_job}} that fixed your sink? need one in {{h16_area}} asap",
    "payout for week 32 never arrived, tax id on the account is {{h16_taxid}}, name {{h16_name_lc}}",
    # repair shops
    "phone repair: screen + battery, customer {{h16_first}}, ready {{h16_date}}, call {{h16_phone}}",
    "the mechanic at {{h16_company}} on {{h16_street}} kept my car 2 weeks for a simple clutch",
    "fridge still not cold after the repair, technician said hed come back {{h16_when}} but nothing",
    "drop the laptop at {{h16_unit}}, ring twice, ask for {{h16_last}}",
    # customs, shipping and forms
    "customs declaration\nconsignee: {{h16_name}}\naddress: {{h16_address}}\npostal code: {{h16_postcode}}\ncontents: used clothes, gift",
    "my box from {{h16_country}} is stuck at customs in {{h16_town}} since {{h16_date}}, they want a tax number {{h16_taxid}}",
    "shipper: {{h16_company}}, {{h16_province}} | receiver: {{h16_first}} {{h16_last}} | tel {{h16_phone}}",
    "i sent the barrels to {{h16_village}} through {{h16_company}}, my aunt {{h16_first}} will collect",
    "form B: surname {{h16_last}}, first name {{h16_first}}, place of birth {{h16_town}}, date of birth {{h16_dob}}",
    # vets, car hire, weddings, removals, driving school, utilities
    "vet appointment for our cat at {{h16_clinic}}, owner {{h16_name}}, {{h16_date}} at 4",
    "car hire pickup {{h16_when}} at the office in {{h16_town}}, driver licence holder {{h16_name_lc}}",
    "the wedding is at {{h16_club}} hall on {{h16_date}}!! bride {{h16_first}}, groom {{h16_first}}, rsvp {{h16_phone}}",
    "her family are {{h16_believers}} and his are {{h16_believers}}, so two ceremonies lol",
    "removals quote: from {{h16_address}} to {{h16_town}}, 3rd floor no lift, contact {{h16_last}}",
    "driving lesson moved to {{h16_when}}, meet at {{h16_street}} by the petrol station, instructor {{h16_first}}",
    "electricity bill for {{h16_unit}} is under the old owner {{h16_name}}, account can't be changed online",
    "water board reply: your complaint about {{h16_street}} was sent to {{h16_office}} on {{h16_date}}",
    # community, politics, identity
    "my grandparents were {{h16_people}} from {{h16_province}}, we still cook their food at eid",
    "the {{h16_party}} office in {{h16_area}} is handing out food boxes again before the vote",
    "as a {{h16_nationality}} {{h16_religion}} working abroad i pay twice for everything honestly",
    "{{h16_people}} families in {{h16_town}} asked the mayor for a school in their language",
    "he used to support {{h16_party}} but now he says all of them are the same",
    # short replies, names alone, voice notes
    "{{h16_first}} did u get the keys",
    "ask {{h16_last}} about the deposit, not me",
    "{{h16_first}} 🙏🙏 thank u so much",
    "{{h16_name_lc}} is here",
    "call {{h16_title}} {{h16_last}} tmrw",
    "we're already at {{h16_area}}, where r u",
    "it's {{h16_first}} again, new number {{h16_phone}}",
    "[voice message] yeah hi its {{h16_name_lc}} from the repair shop your phone is ready come {{h16_when}}",
    "[transcribed] hello this is {{h16_first}} calling about the flat in {{h16_area}} is it still free",
    # run-ons, typos
    "omg the insurence guy {{h16_first}} wants photos of evrything again, 3rd time",
    "cant find parking near {{h16_clinic}} ever, had to leave the car on {{h16_street}}",
    "bro {{h16_last}} from {{h16_town}} owes me money since {{h16_when}} dont lend him anything",
    "my cousin is a {{h16_job}} in {{h16_country}} now, earns triple what he did at {{h16_company}}",
    "she turned {{h16_age}} {{h16_date}} and still drives to {{h16_village}} every weekend by herself",
]
