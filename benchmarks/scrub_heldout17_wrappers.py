"""The wrappers of ``chat_heldout17`` (kept apart from the value code: one file one role).

Written fresh for this part (session 19) in domains no earlier part used:
public libraries, church, mosque and temple volunteer groups, farm and
fishing co-ops, IT helpdesk tickets, dentists, online marketplace listings,
tutoring, beekeeping, laundry and tailoring, funeral arrangements, blood
drives, choirs, photo studios, daycare, bike repair, festival stalls,
scrap and recycling, hunting and fishing licences and census surveys. Most
are typed in lower case, some with typos, run-ons and no punctuation. None is
a variant of an earlier part's wrapper.
"""

WRAPPERS_H17 = [
    # public library
    "library notice: the book you reserved is waiting at the desk, borrower {{h17_name}}, card expires {{h17_date}}",
    "overdue x3 on my card, its under {{h17_last}} not {{h17_first}}, can the fine be waived pls",
    "the reading club meets in the back room of the {{h17_town}} branch every {{h17_when}}, {{h17_first}} brings the coffee",
    "new library card form - name: {{h17_name}} / address: {{h17_address}} / phone: {{h17_phone}}",
    "someone left a scarf on the 2nd floor study tables, ask {{h17_title}} {{h17_last}} at the counter",
    # church, mosque and temple volunteers
    "volunteers for the food pantry at {{h17_club}} this {{h17_when}}: {{h17_first}}, {{h17_first}} and me",
    "the {{h17_believers}} group is collecting blankets for the families in {{h17_village}}, drop them at {{h17_unit}}",
    "sister {{h17_last}} will lead the rosary tonight since the priest is away in {{h17_town}}",
    "we need 4 more people to clean the prayer hall before {{h17_date}}, reply to {{h17_user}}",
    "as {{h17_religion}} we fast that week so no food at the meeting please, thanks {{h17_first}}",
    "monastery donation list: {{h17_name_lc}} gave rice, {{h17_name_lc}} gave oil",
    # farm and fishing co-ops
    "co-op meeting minutes: present {{h17_name}}, {{h17_name}}; the price of milk per litre stays the same until {{h17_date}}",
    "who has a tractor free next week? my field near {{h17_village}} is still too wet",
    "the shrimp buyer from {{h17_company}} only paid half again, my brother in law {{h17_first}} is furious",
    "boat licence renewal for {{h17_last}}: hull number on the form, id {{h17_id}}, port of {{h17_town}}",
    "crawfish are small this year, {{h17_first}} says its the cold, selling at the corner of {{h17_street}} anyway",
    "members owing dues: {{h17_last}}, {{h17_last}}, {{h17_last}}. pay at the warehouse in {{h17_area}}",
    # IT helpdesk
    "ticket #40217: user {{h17_user}} cannot log in to the vpn since {{h17_when}}, laptop tag on the sticker",
    "hi it, the printer on floor 3 is jammed again, pls send someone, ext 224, {{h17_first}}",
    "password reset requested for {{h17_email}} - if this wasnt you reply to this message",
    "new hire setup: {{h17_name}}, {{h17_job}}, start date {{h17_date}}, needs email + badge",
    "my outlook keeps asking for the password, account {{h17_email}}, i'm at the {{h17_town}} office",
    # dentist
    "reminder: cleaning appointment for {{h17_first}} at {{h17_clinic}} on {{h17_date}}, reply C to confirm",
    "patient {{h17_name}}, dob {{h17_dob}}, referred for a root canal, insurance id {{h17_id}}",
    "the dentist said my son needs braces at {{h17_age}}?? quote is crazy",
    "cant make it to the dentist tmrw, toothache is gone anyway lol, tell dr {{h17_last}} sorry",
    # online marketplace
    "selling a crib, barely used, pick up in {{h17_area}}, cash only, text {{h17_phone}}",
    "hey, the bookshelf in your post, would {{h17_when}} work for pickup? i work right off {{h17_street}}",
    "SOLD. thanks {{h17_first}}, it fit in the trunk after all",
    "buyer {{h17_user}} never showed, second time this week, leaving feedback",
    "listing: 2 bedroom flat for rent, {{h17_address}}, near the bus, ask for {{h17_name}}",
    "meet at the gas station in {{h17_town}}? i dont give out my home address, sorry",
    # tutoring
    "math tutoring for grade 9, {{h17_first}} is {{h17_age}} and struggling with fractions, we live in {{h17_area}}",
    "tutor wanted: french and english, student at {{h17_school}}, 2x a week, contact {{h17_email}}",
    "session moved to {{h17_when}}, same time, bring the past papers. {{h17_title}} {{h17_last}}",
    "receipt: tutoring, 8 hours, paid by {{h17_name_lc}}, tax number {{h17_taxid}}",
    # beekeeping, laundry, tailoring
    "honey from our hives in {{h17_village}} is ready, 12 jars left, {{h17_first}} is doing the deliveries",
    "the laundry lost one of my shirts again, ticket under {{h17_last}}, shop on {{h17_street}}",
    "tailor says the suit will be ready {{h17_date}}, collect at {{h17_unit}}",
    # funerals, blood drives, choirs
    "with deep sorrow we announce the passing of {{h17_name}}, {{h17_age}}, wake at {{h17_address}}",
    "the funeral home {{h17_company}} called, the service is {{h17_date}} at 10, family only",
    "blood drive at {{h17_school}} gym {{h17_when}}, donors need id and must be over 18",
    "choir practice cancelled, {{h17_first}} has the flu and {{h17_last}} is in {{h17_country}} till the 20th",
    "tenors please learn the second verse before sunday, message {{h17_name_lc}} if you need the recording",
    # photo studio, daycare, bike repair
    "photo studio booking: graduation photos for {{h17_name}}, {{h17_date}}, deposit paid by transfer to {{h17_bank}}",
    "note for the daycare staff: grandma {{h17_name}} is picking up the twins on fridays, her id is {{h17_id}}",
    "the daycare in {{h17_area}} closes at 5:30 now, i cant get there from {{h17_company}} before 6",
    "bike shop: new chain + brake pads, customer {{h17_first}}, phone {{h17_phone}}, ready {{h17_when}}",
    # festival stalls, scrap, licences, survey
    "stall 14 at the festival goes to {{h17_company}}, the food truck from {{h17_town}} is at 15",
    "scrap yard on {{h17_street}} pays more for copper than the one in {{h17_area}}, ask for {{h17_first}}",
    "hunting licence application\nsurname: {{h17_last}}\ngiven names: {{h17_first}}\ndate of birth: {{h17_dob}}\nresidence: {{h17_address}} {{h17_postcode}}",
    "census visit: household head {{h17_name}}, {{h17_age}}, {{h17_job}}, born in {{h17_province}}",
    "survey q7: nationality {{h17_nationality}}, religion {{h17_religion}}, party you feel closest to {{h17_party}}",
    # community and identity
    "my grandmother was {{h17_people}} and still spoke the old way at home in {{h17_province}}",
    "the {{h17_party}} people were knocking doors in {{h17_area}} all afternoon",
    "{{h17_people}} families from {{h17_village}} opened a small shop near the market",
    "her dad is {{h17_nationality}} and her mum {{h17_nationality}}, so they do both christmases",
    "my uncle works as a {{h17_job}} at {{h17_company}} in {{h17_town}}, maybe he can help with the papers",
    # short replies and voice notes
    "ok {{h17_first}} see u there",
    "tell {{h17_last}} the keys are under the mat",
    "{{h17_name_lc}} just called for you",
    "omw to {{h17_area}}",
    "{{h17_title}} {{h17_last}} said yes!!",
    "[voice note] hey its {{h17_first}} from the co-op, the truck comes {{h17_when}} not today",
    "[audio transcript] good morning this is {{h17_name_lc}} calling about the library card i lost",
    # run-ons and typos
    "pls dont give my nmber to {{h17_first}} again, the guy from {{h17_company}} keeps calling",
    "moved from {{h17_town}} to {{h17_area}} last year and the internet is stil terrible",
    "my postal code is {{h17_postcode}} but the site says its invalid?? lives at {{h17_address}}",
    "she is {{h17_age}} and {{h17_job}}, works nights at {{h17_clinic}}, sleeps all day",
]
