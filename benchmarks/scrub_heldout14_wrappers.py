"""The wrappers of ``chat_heldout14`` (kept apart from the value code: one file one role).

Written fresh for this part (session 15) in support-chat, forum, form, e-mail,
social-post, voice-transcript and list style, most typed in lower case, some
with typos, run-ons and no punctuation. None is a variant of an earlier part's
wrapper.
"""

WRAPPERS_H14 = [
    # support chats: telecom, couriers, banks, utilities, apps
    "hey so my number {{h14_phone}} got ported without asking me, account is on {{h14_name_lc}}",
    "bot: please type your full name as on your id\nme: {{h14_name}}\nbot: and your id number?\nme: {{h14_id}}",
    "parcel says delivered but nobody came to {{h14_address}} {{h14_postcode}} !! i was home all {{h14_when}}",
    "the driver keeps going to the wrong block, its {{h14_unit}} not the one by the gate. ring {{h14_first}}",
    "cant log in to the app since {{h14_date}}, username {{h14_user}}, registered with {{h14_email}}",
    "i was debited twice by {{h14_bank}} for the same bill, pls reverse. regards {{h14_first}} {{h14_last}}",
    "gas meter reading for {{h14_street}} {{h14_unit}} was wrong again this month smh",
    "support pls: invoice must show our tax no {{h14_taxid}} and name {{h14_company}} not my personal name",
    "moving from {{h14_town}} to {{h14_village}} on {{h14_date}}, can the internet be transfered or not",
    "my mom {{h14_first}} is {{h14_age}} and cant use the app, can she call {{h14_phone}} instead",
    "agent ({{h14_first}}): thank you for waiting. customer: no problem i am calling from {{h14_country}} about my card",
    "ticket 4471 - caller says she is {{h14_name}}, dob {{h14_dob}}, lives {{h14_area}}, wants pin reset",
    # forum threads and comments
    "anyone know if {{h14_office}} is open on {{h14_when}}? need to renew my id before {{h14_date}}",
    "re: rent prices in {{h14_area}} - we pay way too much for a 1 bed near {{h14_street}}, landlord is {{h14_title}} {{h14_last}}",
    "{{h14_user}} wrote: i'm a {{h14_job}} from {{h14_province}}, {{h14_age}}, ask me anything",
    "lol {{h14_last}} from the {{h14_club}} group chat posted my adress ({{h14_address}}) can a mod delete",
    "as {{h14_people}} living in {{h14_country}} we never get any help with paperwork tbh",
    "my grandad was {{h14_nationality}}, born in {{h14_village}} in {{h14_when}}, anyone researching the same family",
    "psa: {{h14_company}} in {{h14_town}} took my deposit and vanished. owner goes by {{h14_first}}",
    "update 2: {{h14_clinic}} finally called back, the doctor is {{h14_title}} {{h14_name}}",
    "does {{h14_school}} accept transfer students mid year? my son is {{h14_age}}",
    "thread for {{h14_believers}} in {{h14_town}}: services now on {{h14_when}} at the hall on {{h14_street}}",
    "not political but every {{h14_party}} guy on my street voted twice lmao",
    "selling sofa, collection only from {{h14_unit}}, {{h14_street}}, {{h14_area}}. whatsapp {{h14_phone}}",
    # forms and records
    "Name: {{h14_name}}\nD.O.B.: {{h14_dob}}\nPersonal no.: {{h14_id}}\nMobile: {{h14_phone}}",
    "surname {{h14_last}} first name {{h14_first}} age {{h14_age}} occupation {{h14_job}} religion {{h14_religion}}",
    "Applicant address: {{h14_address}}, {{h14_town}}, {{h14_province}} {{h14_postcode}}",
    "Employer: {{h14_company}} | Position: {{h14_job}} | Start: {{h14_date}}",
    "next of kin - {{h14_name}} ({{h14_phone}}), same address",
    "Nationality: {{h14_nationality}}\nCountry of residence: {{h14_country}}\nPlace of birth: {{h14_village}}",
    "patient: {{h14_name_lc}}, {{h14_age}}, referred from {{h14_clinic}} on {{h14_date}}",
    "Beneficiary {{h14_name}}, account held at {{h14_bank}}, tax id {{h14_taxid}}",
    "student: {{h14_first}} {{h14_last}} / school: {{h14_school}} / guardian: {{h14_title}} {{h14_last}}",
    "delivery to: {{h14_name}}, {{h14_street}}, {{h14_unit}}, {{h14_town}}",
    # e-mails
    "Dear {{h14_title}} {{h14_last}},\nplease find attached the lease for {{h14_address}}. The keys can be collected on {{h14_date}}.\nBest, {{h14_first}}",
    "hi {{h14_first}}, its {{h14_first}} from {{h14_company}}, we met at {{h14_club}}. my email is {{h14_email}}",
    "Subject: complaint\n\nI, {{h14_name}}, holder of id {{h14_id}}, complain about {{h14_office}} staff on {{h14_date}}.",
    "good afternoon, i'm writing on behalf of my father {{h14_name}} ({{h14_age}}), a retired {{h14_job}} from {{h14_town}}",
    "Re: Re: invoice\nok sent to {{h14_email}}. pls confirm. {{h14_first}}\nsent from my phone",
    # social posts
    "just landed in {{h14_country}}!!! {{h14_town}} here we come #{{h14_province}}",
    "happy birthday to my bestie {{h14_first}} who turns {{h14_age}} today, love u from {{h14_area}}",
    "rip uncle {{h14_first}} {{h14_last}}, funeral at {{h14_club}} on {{h14_date}}, family home {{h14_address}}",
    "proud {{h14_nationality}} and proud {{h14_religion}}, dont @ me",
    "new job!! starting as {{h14_job}} at {{h14_company}} on {{h14_when}}",
    "spotted {{h14_name_lc}} at {{h14_bank}} on {{h14_street}} yesterday lol small world",
    "{{h14_user}} follow me for daily pics of {{h14_village}}",
    # voice transcripts
    "voice note transcript: hi it's {{h14_first}} um I'm outside {{h14_unit}} the gate is locked call me on {{h14_phone}}",
    "[transcript] yes my name is {{h14_first}} {{h14_last}} and um i was born on {{h14_dob}} in {{h14_town}} okay",
    "voicemail: hello this is {{h14_title}} {{h14_last}} from {{h14_clinic}} calling about your results please call back",
    "transcribed: so we are {{h14_people}} and my wife's side are {{h14_believers}} yeah from {{h14_province}}",
    # lists and notes
    "todo\n- call {{h14_first}} re: roof\n- pay {{h14_company}}\n- pick up docs at {{h14_office}} {{h14_when}}",
    "guest list: {{h14_name}}, {{h14_name}}, {{h14_first}} (+1), {{h14_last}} family",
    "shift rota {{h14_date}}: {{h14_first}} mornings, {{h14_first}} nights, {{h14_last}} on call",
    "contacts\n{{h14_first}} - {{h14_phone}}\n{{h14_first}} - {{h14_email}}",
    "addresses for the xmas cards: {{h14_address}}; {{h14_unit}}, {{h14_street}}; {{h14_address}}",
    # names alone and short replies
    "{{h14_first}}",
    "{{h14_last}}?",
    "its {{h14_first}} not {{h14_first}} lol",
    "ask {{h14_last}}",
    "{{h14_name_lc}}",
    "ok thx {{h14_first}}",
    "cc {{h14_first}} and {{h14_last}}",
    # no punctuation run-ons and typos
    "so basically me and {{h14_first}} went to {{h14_town}} then {{h14_village}} then back coz her passport expired {{h14_date}}",
    "i work as a {{h14_job}} in {{h14_area}} for {{h14_company}} and my boss {{h14_last}} never pays on time",
    "wer r u?? im at {{h14_street}} near {{h14_school}}",
    "my cousn from {{h14_country}} is {{h14_age}} and a {{h14_job}}, she wants to move to {{h14_town}}",
    "the {{h14_party}} office on {{h14_street}} is giving out free bags of rice lmao",
    "postcode is {{h14_postcode}} not the old one, flat is {{h14_unit}}",
    "married {{h14_when}}, she's {{h14_nationality}} i'm {{h14_nationality}}, kids go to {{h14_school}}",
    "we are {{h14_believers}} so no pork at the party pls, address is {{h14_address}}",
    "his cnp/id was {{h14_id}} and phone {{h14_phone}} if u need it for the form",
]
