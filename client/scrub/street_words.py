"""Street words of many languages, as chat types them in ASCII, for a street with no house number.

``streets.py`` reads a street word and a name-like word beside it as a street
("mtaa wa kimutai", "akcasu bulvari", "rruga e elbasanit"). Its own lists hold
the ~20 languages of the first rounds; these add the street words of the other
languages people write addresses in (Swahili, Zulu, Arabic, Persian, Hebrew,
Hindi and Urdu, Bengali, Nepali, Turkic languages, Caucasian, Balkan, Baltic,
Slavic, Celtic, Maltese, South-East Asian, Spanish and Portuguese variants).
Written here from general knowledge of how each language names its streets
(no data set's values); a word that English uses too ("put", "lei", "route",
"square") is a weak word, read only after a place preposition ("on", "off",
"near", ...) or a label.
"""

from __future__ import annotations

from pathlib import Path


def _outside(side: str, strong: bool) -> frozenset[str]:
    """Street-type words of 25 languages from Mapbox's geocoder-abbreviations (data/street_types_mapbox.txt,
    MIT; see scripts/build_street_types.py), written ``side`` ("before" or "after") the name; words of three
    letters ("cll", "kra", "rte") are weak (read only after a place preposition or a label), longer ones
    ("avinguda", "skersgatvis", "mawatha") strong."""
    path = Path(__file__).with_name("data") / "street_types_mapbox.txt"
    rows = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return frozenset(w for k, w in rows if k == side and (len(w) > 3) == strong)


# Written after the street's name ("akcasu bulvari", "ckrvrti avni gali", "mgongo road").
AFTER = frozenset("""
gali galli chowk marg marga nagar sorok sarak sadak bato
bulvari bulvarı cadde caddesi sokagi sokağı yolu kucesi küçəsi kuchesi prospekti koshesi koshe kochasi
ko'chasi kuchasi dangyly gudamj gamziri kucha kuča poghots poghota
ulica ulice ulitsa ulitsya vulytsia vulytsya vulitsya cesta namesti náměstí namestie námestie trida třída
trieda nabrezi nábřeží nabrezie bulevard bulevardi
iela gatve gatvė tanav tänav maantee puiestee prospektas
katu kuja polku raitti vayla väylä
dreef steenweg gracht singel kade
umgwaqo indlela isitaladi menged
""".split()) | _outside("after", True)
# ... and those English uses too (or too short to stand alone): only after a place preposition.
AFTER_WEAK = frozenset("""put pot lei baan path tee ut út ter tér koz köz sor fasor setany sétány rakpart korut
körút pr. kuc. g. k. tole chok rasta bazar bazaar""".split()) | _outside("after", False)
OUTSIDE_AFTER_WEAK = _outside("after", False)  # (``streets.py`` keeps its own strong words strong: "sok")
# Written before the street's name ("mtaa wa kimutai", "rruga e durresit", "sharia clayton").
BEFORE = frozenset("""
mtaa barabara njia titin opopona wadada
sharia shara sharee darb khiaban khiyaban kuche kucheh rehov rechov sderot derech
rruga rr. triq heol ffordd stryd bothar bóthar sraid sráid
leoforos odos plateia
bulevar bulevardul bulevard bul. aleea aleja ulitsa ulica vulytsia vulytsya vulitsya vul. provulok pereulok
prospekt prosp. naberezhnaya naberezhna ploshchad ploshcha shosse uzviz proezd tupik
kalye daang lebuh persiaran lorong jalan jln jln. jl. thanon duong đường ngach hem
calzada privada cerrada andador prolongacion prolongación callejon callejón pasaje transversal travesia
travesía circunvalacion periferico cra. avenida avda avda. calle paseo rambla ronda glorieta
rua travessa estrada alameda praca praça beco ladeira rodovia viela
viale piazza piazzale vicolo corso strada contrada lungomare salita
rue impasse chemin quai ruelle sentier allee allée
montee montée cite cité lotissement
""".split()) | _outside("before", True)
# ... and those English uses too: only after a place preposition, a label or before a connector.
BEFORE_WEAK = frozenset("plaza largo borgo route passage cours diagonal shari tariq carrera camino rang".split()) \
    | _outside("before", False)
OUTSIDE_BEFORE_WEAK = _outside("before", False)  # (... and "jln", "rua")
# Words between a street word and its name, in the languages above ("mtaa wa x", "barabara ya x",
# "rruga e x", "sharia el x", "calle de los x").
CONNECTORS = frozenset("wa ya e al el".split())
