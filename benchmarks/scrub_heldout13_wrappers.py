"""The wrappers of ``chat_heldout13`` (kept apart from the value code: one file one role).

Written fresh for this part (session 14) in support-chat, forum, form, e-mail
and messaging style, most typed in lower case, some with typos, lists and no
punctuation. None is a variant of an earlier part's wrapper.
"""

WRAPPERS_H13 = [
    # support chats (telecom, bank, delivery, utilities)
    "hola, my sim stopped working, the line is {{h13_phone}} and its under {{h13_name_lc}}",
    "agent: can you confirm the account holder?\ncustomer: {{h13_name}}, born {{h13_dob}}",
    "i need to change the delivery adress to {{h13_address}}, {{h13_area}} {{h13_postcode}}",
    "the courier left my parcel at {{h13_street}} insted of my flat, pls check",
    "Hi team, refund still not in my {{h13_bank}} account. Order was placed {{h13_date}}. Thanks, {{h13_first}}",
    "why was i charged twice?? my id is {{h13_id}} and i live in {{h13_town}}",
    "chat transcript > user: {{h13_user}} > issue: cannot log in since {{h13_date}}",
    "electricity cut again in {{h13_village}} ({{h13_province}}), third time this week",
    "ok my tax number is {{h13_taxid}}, the invoice should say {{h13_company}}",
    "pls call me back on {{h13_phone}} after 5, ask for {{h13_first}}",
    # forum posts
    "anyone else from {{h13_town}} waiting on their passport? applied {{h13_date}} at {{h13_office}}",
    "[{{h13_province}}] recommendations for a dentist near {{h13_area}}? not {{h13_clinic}}, had a bad time there",
    "posted by {{h13_user}}: moved here from {{h13_town}} last year, {{h13_age}}, working as {{h13_job}}",
    "i think {{h13_last}} from {{h13_company}} is the one who sold me the fake phone",
    "thread closed. {{h13_user}} pls stop posting peoples numbers ({{h13_phone}} was removed)",
    "update: {{h13_uni}} finally replied, my advisor is {{h13_title}} {{h13_last}}",
    "as a {{h13_nationality}} in {{h13_town}} i can tell u the rent is insane lol",
    "is {{h13_club}} open to non members? my cousin {{h13_first}} wants to join",
    "throwback to when {{h13_name_lc}} and i got lost in {{h13_village}} lmao",
    "selling my bike, pick up in {{h13_area}}, {{h13_town}}. dm {{h13_user}}",
    # forms
    "Full name: {{h13_name}}\nDate of birth: {{h13_dob}}\nID no.: {{h13_id}}\nOccupation: {{h13_job}}",
    "Nombre: {{h13_name}} | Domicilio: {{h13_address}} | C.P. {{h13_postcode}} | Tel: {{h13_phone}}",
    "name {{h13_name_lc}} age {{h13_age}} town {{h13_town}} job {{h13_job}}",
    "Applicant: {{h13_name}}; Employer: {{h13_company}}; Profession: {{h13_pcs}}",
    "emergency contact - {{h13_first}} {{h13_last}} ({{h13_phone}})",
    "Religion (optional): {{h13_religion}}\nNationality: {{h13_nationality}}",
    "surname: {{h13_last}}\ngiven names: {{h13_first}}\nplace of birth: {{h13_village}}, {{h13_province}}",
    "Billing address\n{{h13_address}}\n{{h13_area}}\n{{h13_town}} {{h13_postcode}}",
    "patient {{h13_name}} / dob {{h13_dob}} / referred by {{h13_clinic}}",
    "Guarantor: {{h13_name}}, CUIT/tax no {{h13_taxid}}, {{h13_email}}",
    # e-mails
    "Dear {{h13_title}} {{h13_last}},\nplease find attached the contract for {{h13_company}}. Kind regards, {{h13_name}}",
    "Subject: visit on {{h13_date}}\nHi {{h13_first}}, we will meet at {{h13_office}} in {{h13_town}}.",
    "From: {{h13_email}}\nTo: admissions office\nI am {{h13_age}} and finished school in {{h13_area}}",
    "hi, this is {{h13_first}} from {{h13_club}}, our next meeting is {{h13_date}} at {{h13_address}}",
    "Re: your application\nThank you {{h13_name}}. {{h13_uni}} will contact you by {{h13_date}}.",
    "fwd: receipt from {{h13_bank}} for {{h13_name_lc}}, acc linked to {{h13_email}}",
    # messaging / family chats
    "mama says {{h13_first}} is coming from {{h13_town}} on {{h13_date}}",
    "whos picking up {{h13_first}} from {{h13_uni}}??",
    "bro {{h13_last}} got the job at {{h13_company}} as {{h13_job}} 🎉",
    "we r at {{h13_address}}, ring twice, {{h13_first}}s place",
    "{{h13_first}}: running late, stuck near {{h13_street}}",
    "happy bday {{h13_first}}!! {{h13_age}} already omg",
    "grandpa {{h13_name_lc}} was {{h13_group}}, he came from {{h13_village}} in the 60s",
    "new no. {{h13_phone}} save it - {{h13_first}}",
    "pls send me {{h13_first}}s email, i have {{h13_email}} but it bounces",
    # community, religion, politics
    "{{h13_religion}} families of {{h13_area}}: iftar / potluck at {{h13_club}} {{h13_date}}",
    "volunteer list: {{h13_name}}, {{h13_name}}, {{h13_name}}",
    "i vote {{h13_party}} and im not ashamed, my whole family in {{h13_province}} does",
    "canvassers for {{h13_party}} knocked on {{h13_address}} twice today",
    "our {{h13_group}} association meets every 2nd sunday in {{h13_town}}, contact {{h13_email}}",
    # work / hr
    "welcome {{h13_name}} who joins {{h13_company}} as {{h13_job}} from {{h13_date}}",
    "HR note: {{h13_first}} {{h13_last}} ({{h13_age}}) on sick leave, cert from {{h13_clinic}}",
    "shift swap? im {{h13_first}}, {{h13_job}} at the {{h13_town}} branch",
    "payroll: wrong id on file for {{h13_name}}, correct one is {{h13_id}}",
    "{{h13_company}} is hiring in {{h13_area}}, send cv to {{h13_email}}",
    # tenancy, neighbours, lost and found
    "flat for rent {{h13_address}}, 2 rooms, contact {{h13_title}} {{h13_last}} {{h13_phone}}",
    "found a wallet on {{h13_street}}, id says {{h13_name}}. who knows them?",
    "neighbour at {{h13_address}} keeps parking on my spot, his name is {{h13_first}} i think",
    "lost keys between {{h13_area}} and {{h13_uni}}, blue keyring",
    # short / names alone / lists
    "{{h13_name}}",
    "{{h13_first}}??",
    "ty {{h13_first}}",
    "{{h13_last}}, {{h13_first}} - {{h13_town}}",
    "see you at {{h13_club}}",
    "1. {{h13_name}}\n2. {{h13_name}}\n3. {{h13_first}} (late)",
    "- {{h13_town}}\n- {{h13_village}}\n- {{h13_province}}",
    "{{h13_email}}",
    "call {{h13_phone}}",
    "at {{h13_office}} now, queue is huge",
    # school, health, travel
    "my son {{h13_first}} ({{h13_age}}) starts at {{h13_uni}} in march, any tips?",
    "appointment at {{h13_clinic}} {{h13_date}}, dr {{h13_last}}",
    "bus from {{h13_town}} to {{h13_village}} leaves {{h13_date}}, seat booked under {{h13_name_lc}}",
    "Registration: {{h13_name}}, {{h13_nationality}}, passport holder, arriving {{h13_date}}",
]
