"""Word lists of street addresses in many languages: street, building, unit and
box words, connectors and the words that mark a text as talking of an address.

Read by ``addresses.py`` (the recognizer), ``numbers.py`` and ``states.py``.
"""

from __future__ import annotations

from client.scrub.street_words import _outside

_STREET_WORDS = frozenset("""
street st avenue ave av road rd drive dr lane ln boulevard blvd bd court ct place pl square sq
terrace ter parkway pkwy highway hwy way crescent cres close cl gardens gdns grove gr mews row
wharf parade broadway alley circle cir trail trl walk path plaza pike loop run crossing
rue chemin route allée allee impasse quai cours passage voie montée ruelle
calle c/ avenida avda paseo plaza camino carrer carretera ronda rambla travesía glorieta
rua r travessa praça estrada largo alameda
via viale corso piazza vicolo strada piazzale contrada
ul ul. ulica al aleja pl plac os osiedle
utca u út tér rakpart körút köz sor
straße strasse str gasse platz allee weg ring damm ufer
straat laan weg plein gracht kade singel dreef
vej gade plads allé gata gatan vägen väg gränd veien vei gate
jalan jln lorong lrg
tie katu kuja polku
sokak sokağı cadde caddesi bulvar
náměstí třída nábřeží
πλατεία οδός λεωφόρος λ. οδ.
улица ул проспект пр переулок пер шоссе бульвар
вулиця вул просп пров провулок бульв пл площа набережна наб шосе узвіз майдан алея проїзд
ulitsa pereulok prospekt prosp pr-t pr-kt shosse bulvar naberezhnaya ploshchad proezd tupik
mkr mikrorayon vul vulytsya vulitsa provulok
iela gatve prospektas kelias cad cadde sk sok sokagi mahallesi mah marg marga nagar soi thanon
jl gang gg duong pho ngo hem kalye calea soseaua sos splaiul intrarea bulevardul bdul strada piata
ulice trida trg cesta tanav maantee puiestee tee ut utja krt korut fasor vag vagen gaten steeg markt
ufer chaussee rehov rechov sderot shari sharia khiaban carrera cra pasaje cami passeig
""".split())
# Romanised post-Soviet abbreviations that are English words without their dot
# ("per." pereulok, "nab." naberezhnaya): street words only with it.
_DOTTED_STREET_WORDS = frozenset("per. nab. bul. prov. pl. cl. cra. kr.".split())
# Street words that name nothing else ("spring", "park" and "view" do).
# Buildings named in an address ("flat 2, silva lodge, ..."), plural and rare enough in chat.
_BUILDING_WORDS = frozenset("apartments residency mansions towers heights lodge".split())
_PLAIN_STREET_WORDS = frozenset("""street st road rd avenue ave lane ln drive dr boulevard blvd
crescent cres terrace close court ct grove parade plaza highway hwy parkway pkwy mews gardens
weg straat laan vej gata gatan gatve iela utca caddesi cad sokak sk katu tie gasse strasse ulice""".split())
# Street words written before the street's name ("55 rue victor hugo", "12 via roma").
_PREFIX_STREET_WORDS = frozenset("""rue chemin allée allee avenue av boulevard bd via viale corso piazza
calle avenida avda paseo camino carrer rua travessa estrada largo alameda ulica ul
rambla ronda carretera glorieta travesía travesia vicolo piazzale strada contrada aleja jalan lorong
ulitsa pereulok prospekt prosp pr-t shosse bulvar vul vulytsya provulok
c/ str strada bulevardul bdul bd-ul calea sos soseaua splaiul intrarea piata jl jln gang gg duong pho
ngo soi thanon ulice trida rehov rechov sderot shari sharia khiaban kalye carrera cra cami passeig
улица ул проспект пр переулок пер бульвар вулиця вул просп пров провулок бульв пл площа набережна наб узвіз
майдан алея""".split()) | _outside("before", True)
# Units named by a letter ("block D", "tower b"); "a" and "i" never ("block a card").
_LETTER_UNIT_WORDS = frozenset("""block blk bldg building tower wing entrance stiege esc escalera bloc blok bl
sc scara scala korp korpus""".split())
# ... where "a" is a unit's letter too ("sc. a", "bl. a"), not an article.
_ROMANIAN_UNITS = frozenset("sc. bl. scara bloc".split())
# Floors and flats written after their number ("13. kat", "3rd floor", "2. OG", "4. stock").
_UNIT_AFTER_NUMBER = frozenset("kat floor fl flr etage étage og stock piso andar emelet etaj sprat".split())
# US states, Canadian provinces and Australian states, written before a postcode
# in lower case too ("boise id 83702", "carlton vic 3053").
_STATES = frozenset("""al ak az ar ca co ct de dc fl ga hi id il in ia ks ky la me md ma mi mn ms
mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy on qc bc ab mb sk
ns nb nl pe nsw vic qld tas act nt sa""".split())
# How far back (tokens) a street, unit or box word makes a postcode's town part of the address.
_TOWN_LOOK_BACK = 12
_STREET_SUFFIXES = (
    "straße", "strasse", "str.", "gasse", "platz", "allee", "weg", "ring", "damm",
    "straat", "laan", "gracht", "plein", "kade", "vej", "gade", "plads", "gatan", "gata",
    "vägen", "veien", "vegen", "tie", "katu", "utca", "ulica", "sokak",
    "vagen", "gaten", "gade", "dreef", "steeg", "markt", "ufer", "chaussee", "caddesi", "sokagi", "kuja", "polku",
)
# Units, floors and doors in several languages ("3º B", "piso 2", "Stiege 4"):
# a unit only when a number follows, otherwise just a word of the run.
_UNIT_WORDS = frozenset("""apt apartment suite ste unit flat floor fl room rm bldg building no nr
nº n° level lvl block blk lot plot piso planta puerta pta esc escalera dpto depto étage etage
bât bat escalier stock og stiege stg tür lgh house h.no hno door number
kv kvartira korp korpus etazh etaj bloc blok scara sc apto andar daire whg wohnung lok lokal
mieszkanie byt kat bus casa stan sector phase ajto ajtó vån
кв буд корп під'їзд поверх д""".split())
# Romanised post-Soviet house, flat and floor marks ("d. 6, kv. 12", "et. 3,
# ap. 7"): units only with their dot, when a number follows.
_DOTTED_UNIT_WORDS = frozenset("d. ap. et. kv. str. pod. m. sc. bl. lok. em. int. esq. dto. bud.".split())
_BOX_WORDS = frozenset("p.o. po box psc uss usns fpo apo dpo pmb".split())
_CONNECTORS = frozenset("""de del della delle degli dei di da do dos das du des la le les el lo
van von der den het y e i nad pri na am an im bei sur sous en al ibn bin ben och og und st st.
saint san santa são""".split())
_NOT_ADDRESS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday mon tue wed thu fri sat sun""".split())
_ADDRESS_CONTEXT = frozenset("""address addresses live lives lived living moved move moving ship
shipped shipping send sent deliver delivered delivery mail post located location corner meet
drop drops reside resides residence office visit street house home based write return returned
forward parcel package letter courier door doorstep collect flat apartment""".split())
_BULLETS = frozenset("? ?? ??? • * - – · > |".split())
