"""The wrappers of ``chat_heldout15`` (kept apart from the value code: one file one role).

Written fresh for this part (session 16) in marketplace, school and family
group-chat, ride and delivery app, clinic, remittance, co-op, church, club,
job and visa form, tenancy, lost-and-found, voice-note and short-reply style,
most typed in lower case, some with typos, run-ons and no punctuation. None is
a variant of an earlier part's wrapper.
"""

WRAPPERS_H15 = [
    # marketplace and classifieds
    "selling my old fridge still works fine, pick up at {{h15_address}}, text {{h15_phone}} no calls after 9",
    "is the stroller still available? i can come get it {{h15_date}}, im near {{h15_area}}",
    "price is final. cash only. ask for {{h15_first}} at the gate of {{h15_unit}}",
    "buying second hand school uniforms for {{h15_school}}, size 12, dm {{h15_user}}",
    "goats for sale in {{h15_village}}, {{h15_province}}. serious buyers only, owner {{h15_title}} {{h15_last}}",
    # school and family group chats
    "parents pls remind the kids the trip leaves from {{h15_school}} at 7 sharp, bring lunch. thanks, {{h15_title}} {{h15_last}}",
    "who took {{h15_first}} home yesterday?? she said a lady in a white car",
    "granny turns {{h15_age}} on {{h15_date}}!! party at auntie {{h15_first}}s place in {{h15_town}}, everyone bring a dish",
    "family pls pray for uncle {{h15_name}}, he was admitted at {{h15_clinic}} last night",
    "my little brother is {{h15_age}} and already wants to be a {{h15_job}} lol",
    "reminder: the {{h15_club}} contributions are due {{h15_date}}, send to {{h15_phone}} and put your name",
    "cousins in {{h15_country}} say hi, {{h15_first}} just finished her exams",
    # ride, delivery and transport apps
    "driver here, i'm outside but there's no number on the house. is it {{h15_address}}?",
    "pickup: {{h15_street}} / dropoff: {{h15_clinic}} / rider: {{h15_first}} / note: she has a wheelchair",
    "order 55813 still not delivered, the app shows the courier stuck in {{h15_area}} since {{h15_date}}",
    "the bus from {{h15_town}} to {{h15_town}} broke down again, we're waiting near {{h15_village}}",
    "please leave the parcel with the guard at {{h15_unit}}, my name is {{h15_name}}",
    # clinics and health
    "appointment confirmed for {{h15_name}} with {{h15_title}} {{h15_last}} on {{h15_date}}. bring your id {{h15_id}}",
    "my son ({{h15_age}}) has had fever since {{h15_date}}, the nurse at {{h15_clinic}} said to come back tomorrow",
    "referral letter: patient {{h15_name_lc}}, dob {{h15_dob}}, from {{h15_village}}, seen by the {{h15_job}}",
    "vaccination card lost, registered under {{h15_last}} at {{h15_clinic}} around {{h15_when}}",
    # money, remittances and co-ops
    "sent 200 to {{h15_first}} via mobile money, number {{h15_phone}}, pls confirm you got it",
    "the co-op meeting moved to {{h15_when}}. members from {{h15_village}} and {{h15_area}} must attend",
    "loan application - applicant {{h15_name}}, employer {{h15_company}}, monthly income after tax, bank {{h15_bank}}",
    "who is the treasurer now? {{h15_last}} or {{h15_first}}? the {{h15_bank}} form needs two signatures",
    "received with thanks from {{h15_company}}, tax number {{h15_taxid}}, for the cement and the roofing sheets",
    # churches, mosques, clubs and communities
    "the {{h15_believers}} of {{h15_town}} invite you to the harvest thanksgiving on {{h15_date}}",
    "im {{h15_religion}} and my fiancé is {{h15_religion}}, our parents are not happy about it honestly",
    "choir practice cancelled, {{h15_title}} {{h15_last}} is travelling to {{h15_country}}",
    "match report: {{h15_club}} 2 - 1 away side, goals by {{h15_last}} and {{h15_last}}",
    "welcome to the group {{h15_first}}! please introduce yourself and say which part of {{h15_province}} you're from",
    "our grandparents were {{h15_people}} who settled in {{h15_area}} after the war",
    "as {{h15_nationality}} living abroad we still vote, the {{h15_party}} office helped us register",
    # jobs, visas and official forms
    "Full name: {{h15_name}}\nDate of birth: {{h15_dob}}\nID no: {{h15_id}}\nPhone: {{h15_phone}}\nE-mail: {{h15_email}}",
    "position applied for: {{h15_job}}\nprevious employer: {{h15_company}}\nreferee: {{h15_title}} {{h15_name}}",
    "visa appointment for {{h15_name}} ({{h15_nationality}}) at the consulate on {{h15_date}}, passport and proof of address {{h15_address}} required",
    "Residence: {{h15_address}}, {{h15_town}} {{h15_postcode}}\nRegion: {{h15_province}}",
    "tax registration no. {{h15_taxid}} - company name {{h15_company}} - director {{h15_name}}",
    "i need a letter from {{h15_office}} saying i live at {{h15_unit}}, {{h15_street}}, how long does it take",
    "surname: {{h15_last}}\ngiven name: {{h15_first}}\nsex: F\nage: {{h15_age}}\nreligion: {{h15_religion}}\noccupation: {{h15_job}}",
    "hi, i'm {{h15_name}}, {{h15_age}}, {{h15_job}} with 6 years experience, looking for work in {{h15_town}} or {{h15_country}}",
    # tenancy and neighbours
    "room for rent in {{h15_area}}, shared bathroom, water included. viewing {{h15_when}}. call landlord {{h15_last}} {{h15_phone}}",
    "the neighbours at {{h15_address}} play music till 3am every weekend, who do i complain to at {{h15_office}}",
    "water has been off on {{h15_street}} since {{h15_date}}, anyone else??",
    "moving out of {{h15_unit}} end of month, the deposit should go to my account at {{h15_bank}}",
    "new postcode for our block is {{h15_postcode}}, tell your relatives abroad to update it",
    # lost and found, notices
    "FOUND: a wallet near {{h15_school}} with a card in the name of {{h15_name}}. call {{h15_phone}}",
    "lost my dog near {{h15_street}} yesterday evening, answers to Bingo, reward offered. {{h15_first}}",
    "missing since {{h15_date}}: {{h15_name}}, {{h15_age}}, last seen in {{h15_village}} wearing a blue jacket",
    "condolences to the {{h15_last}} family. burial will be on {{h15_date}} at {{h15_village}}",
    # e-mails and messages
    "Dear {{h15_title}} {{h15_last}},\nI am writing to ask for a copy of my certificate from {{h15_school}}. My student number was under {{h15_name}}.\nKind regards",
    "Subject: invoice overdue\n\nGood morning, {{h15_company}} has not received payment for the order delivered to {{h15_address}} on {{h15_date}}.",
    "pls forward the contract to {{h15_email}} and cc {{h15_first}}",
    "hello {{h15_first}}, your parcel from {{h15_country}} is at {{h15_office}}, bring your id and this message",
    # voice notes and transcripts
    "[voice note] ehh hello its {{h15_first}} um the fundi said he'll come {{h15_when}} to fix the roof at {{h15_unit}}",
    "transcript: okay so my name is {{h15_name_lc}} I stay in {{h15_area}} near the {{h15_clinic}} and my number is {{h15_phone}}",
    "[audio] {{h15_title}} {{h15_last}} speaking, the meeting of the {{h15_club}} is postponed until {{h15_date}}, thank you",
    # short replies and names alone
    "{{h15_first}} u awake?",
    "ok {{h15_last}}",
    "tell {{h15_first}} i said thanks",
    "{{h15_name}} (from the co-op)",
    "no it was {{h15_last}} not me",
    "love you {{h15_first}} ❤",
    "{{h15_name_lc}} pls call me",
    "at {{h15_town}} now",
    # run-ons, typos, lower case
    "bro i waited 2 hrs at {{h15_office}} and they said come back {{h15_when}} smh",
    "my mum is {{h15_nationality}} my dad is from {{h15_province}} so i speak 3 languages lol",
    "anyone knws a good {{h15_job}} in {{h15_area}}?? last one took my money and dissapeared",
    "pls who has {{h15_first}} {{h15_last}} number, the one who sells shoes at the market",
    "shes {{h15_age}} now and still lives at {{h15_address}} with her mother",
    "the {{h15_party}} people came to our street {{h15_street}} promising water again haha",
    "jst got my results from {{h15_school}} im so happy!!! thanks {{h15_title}} {{h15_last}}",
    "we r {{h15_believers}} so the wedding will be on {{h15_date}} not saturday",
    "need a ride from {{h15_village}} to {{h15_town}} tmrw early, will share fuel, whatsapp {{h15_phone}}",
]
