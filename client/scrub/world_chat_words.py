"""Everyday words of other languages and places that chat in English types
in lower case and that are no person's name: greetings, thanks and
blessings ("gracias", "shukran", "inshallah", "sawubona"), wallets and
mobile money ("ecocash", "gcash", "mpesa"), shared transport ("matatu",
"jeepney", "marshrutka"), currencies ("kwacha", "tenge", "ringgit"),
savings groups ("chama", "stokvel"), family words ("abuela", "nanay"),
clothes and food ("kurta", "ugali") and clerics ("ustaz").

The scrubber's lists knew none of them, so a lower-case one alone was read
as a name or a town by its letters, by the NER on a truecased copy, or by a
word before it ("paid with ecocash", "habibi pls check", "the jeepney
driver"). They join the everyday words (``words._common_words``): never a
name or place on their own in lower case; a title or a cue before a
capitalised one still makes a name. Words that are first names or surnames
in the name lists ("lola", "salam", "naira", "tita"), administrative units
("barangay", "colonia": the address rules read them), honorifics ("kuya",
"mzee") and id abbreviations ("dni", "curp") are left out.
"""

from __future__ import annotations

# Greetings, thanks and blessings.
_GREETINGS = """
gracias merci danke obrigado obrigada grazie shukran shukriya dhanyavad dhanyawad dhanyabad salamat terima
kasih arigato arigatou xiexie spasibo tashakkur tesekkur tesekkurler sawubona namaste namaskar namaskaram
vanakkam assalamu alaikum walaikum assalam inshallah insha inshaallah mashallah alhamdulillah wallahi
habibti yalla yallah khalas bismillah subhanallah astaghfirullah jazakallah jazakallahu hola bonjour
bonsoir konnichiwa annyeong annyeonghaseyo kamsahamnida ahlan marhaba sannu mbote jambo habari sawasdee
sawadee kamusta kumusta opo abeg wahala jare ngiyabonga dankie toda sasriakal nomoshkar khuda acha accha
achha nahi theek thik bhaiya yaar arre shukriyaa meherbani mehrbani
"""
# Wallets, mobile money and payment apps.
_WALLETS = """
ecocash mpesa gcash paymaya paytm phonepe gpay bkash nagad jazzcash easypaisa opay palmpay moov tigo
vodacash ovo gopay shopeepay linkaja truemoney promptpay grabpay touchngo kaspi qiwi yoomoney payme uzcard
humo uzum zaad edahab telebirr
"""
# Shared transport.
_TRANSPORT = """
matatu boda jeepney trike tuktuk dala marshrutka ojek angkot bemo kombi trotro tro danfo okada molue
colectivo camioneta chiva mototaxi autorickshaw jitney habal songthaew sawngthaew samlor becak bajaji piki
"""
# Currencies.
_CURRENCIES = """
kwacha cedi cedis kobo tenge manat lari somoni afghani rupiah ringgit kyat riel taka birr nakfa dirham
dirhams riyal riyals rial lempira quetzal colones bolivar bolivares guarani centavos hryvnia rouble kopek
forint denar tugrik pula loti lilangeni kwanza metical ariary dalasi ouguiya
"""
# Savings groups.
_SAVINGS_GROUPS = """
chama sacco stokvel susu tontine arisan paluwagan ajo esusu
"""
# Papers.
_PAPERS = """
cedula
"""
# Family words.
_FAMILY = """
abuela abuelo abuelita tio nanay tatay inay ammi abbu ammu appa chachi mausi masi bhabhi baji apa opa oupa
gogo mkulu mamá papá hermano hermana amiga hijo hija
"""
# Clothes and food.
_CLOTHES_AND_FOOD = """
salwar kameez kurta dupatta hijab abaya thobe kanzu kitenge kente dashiki barong roti chapati ugali nshima
sadza injera jollof fufu suya biryani dosa idli pupusa arepa empanada pho banh adobo sinigang lumpia
goreng rendang sambal bulgogi tteok plov lagman manti beshbarmak baursak
"""
# Clerics.
_CLERICS = """
ustaz ustad ustadh shaykh hajja pujari
"""

WORLD_CHAT_WORDS = frozenset(
    w for words in (_GREETINGS, _WALLETS, _TRANSPORT, _CURRENCIES, _SAVINGS_GROUPS, _PAPERS, _FAMILY, _CLOTHES_AND_FOOD, _CLERICS)
    for w in words.split())
