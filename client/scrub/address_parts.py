"""The parts typed after a found address, comma by comma, in any country's style.

An address is many words: once part of one is found (a street and its number,
a unit, a postcode), the parts chat types after it, each after a comma or a
dash, belong to it too: a unit or a block and its number ("..., kat 3",
"..., sector 2", "..., bl. a2"), a district or a neighbourhood ("..., barrio
la floresta", "..., east legon", "..., gulberg iii"), a town, a region, a
postcode, and a landmark that ends the address line ("..., near the mendoza
church", "..., opposite the post office"). A part is taken only whole and
only when nothing in it is everyday English beyond the words addresses use
("east", "new", "block", "near the", ...), so "12 oak st, thanks so much"
and "12 oak st, i moved there in may" keep their words. Word lists are
written here from general knowledge of how addresses are written.
"""

from __future__ import annotations

import regex as re

from client.scrub.address_words import _PREFIX_STREET_WORDS
from client.scrub.streets import _BEFORE
from client.scrub.words import _english_words, _name_words, _place_phrases, _very_common_words

# Words that part an address into its parts: a district, a sector, a block, a
# neighbourhood, a village (many languages), written before or after a name or number.
_AREA_WORDS = frozenset("""sector sec sect area phase block blk bl bl. blok bloc bloco bloque community colony
col col. colonia barrio bairro b° bº urb urb. urbanizacion urbanización fraccionamiento fracc fracc. mahalle
mahallesi mah mah. district dist dist. distt village vill vill. estate quarter qtr kvartal mikrorayon mkr mkr.
microraion zone ward wd township town city hills heights extension ext ext. layout nagar colony mohalla
sc sc. scara et et. etaj ap ap. apt apt. unit flat suite ste floor fl level lvl room rm no no. nr nr. nº n°
house h.no hno plot lot stand erf tower torre wing building bldg casa depto dpto apto int int. interior of
of. oficina local lok lok. kat daire em em. emelet ajtó ajto bus app appt stan sprat kv kv. kvartira bud
bud. korpus korp korp. pod pod. top stiege tür tur whg lgh vån van piso planta puerta pta esc escalera andar
esq esq. dto dto. sala box p.o. po pmb po. bp cp zip postcode pin pincode province prov prov. region
county state dept dept. departamento municipio municipality commune comuna oblast raion rayon judet judetul
voivodeship parish gemeente kommune cedex subdivision subd subd.""".split())
# Everyday words an address part may hold: compass points, "new", "old", "saint", connectors.
_PART_WORDS = frozenset("""east west north south northeast northwest southeast southwest central centre
center upper lower new old saint st st. san santa sao são el la las los le les de del da das do dos di du des
bis ter van von der den y e ii iii iv v vi vii viii ix x xi xii main cross stage""".split())
# A building's name ends a part whatever its words: "..., sunshine apartments", "..., green park towers".
_BUILDING_ENDS = frozenset("apartments apts residency residence mansions towers heights complex plaza court lodge".split())
# A landmark that ends an address line: "near the x church", "opposite x market".
_LANDMARK = re.compile(
    r"(?i)(?:near|opp\.?|opposite|behind|beside|next\s+to|across\s+from|across|off|adjacent\s+to|close\s+to|"
    r"in\s+front\s+of|facing)\s+(?:the\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*")
# What a landmark names, everyday words that may end one ("behind the x market", "opposite the post office").
_LANDMARK_NOUNS = frozenset("""the of church mosque temple market school station office hospital bank mall shop
store hotel park bridge junction roundabout stadium police post petrol gas filling bus stop stage garage
pharmacy clinic university college hall club centre center square tower gate house building plaza court
cinema bar restaurant cafe bakery library museum factory airport field ground camp road street stand depot
terminal bazaar bazar chowk crossing corner circle signal tree tank pump well junction roundabout""".split())
# A landmark typed right after an address, with no comma (read only with a name in it).
_BARE_LANDMARK = re.compile(r"(?i)[ \t]+((?:opposite|opp\.|behind|beside|next[ \t]+to|across[ \t]+from|"
                            r"in[ \t]+front[ \t]+of|adjacent[ \t]+to)[ \t][^,;:!?()\n\"]*)")
# Chat words no address holds (not English in the word list's sense, but no place either).
_CHAT = frozenset("""pls plz thx thanks ty asap lol ok okay btw idk imo tho thru cuz coz ur u r ya yeah yep
hi hey hello sorry please""".split())
_STOP = frozenset("""i me my you your we our they them he she it is are was were be been am do does did have
has had will would can could should and but or so if then because when while please thanks""".split())
# One part: after a comma or a dash, to the next comma, dash, line end or sentence end.
_PART = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+[-–][ \t]+)([^,;:!?()\n\"]+?)(?=[ \t]*(?:[,;:!?()\n\"]|[ \t][-–][ \t]"
                   r"|\.(?:\s|$)|$))")
_TOKEN = re.compile(r"[^\s]+")
_NUMBERISH = re.compile(r"(?i)^(?:#|№)?\d{1,8}[a-z]?(?:[-/]\d{1,5}[a-z]?){0,3}\.?$|^[a-z]{1,2}-?\d{1,5}(?:/\d{1,3})?$"
                        r"|^[a-z]\d[a-z]\d{0,1}$|^\d[a-z]{1,2}$")


def _part_ok(words: list[str], english, names, places) -> bool:
    """Every word of a part is an address's: a number, an area or unit word, a
    part word, a place, a name, or a word English has no use for; and one is
    not everyday (a number, an area word, a place or a name; a name that is a very common
    English word, "said", "will", is everyday here)."""
    if not 1 <= len(words) <= 4:
        return False
    if len(words) > 1 and words[-1].lower() in _BUILDING_ENDS and all(
            w.isalpha() and w.lower() not in _STOP and w.lower() not in _CHAT for w in words[:-1]):
        return True
    strong = False
    for w in words:
        low = w.lower()
        bare = low.rstrip(".")
        if _NUMBERISH.match(low):
            strong = True
        elif low in _AREA_WORDS or bare in _AREA_WORDS:
            strong = True
        elif low in _PART_WORDS or bare in _PART_WORDS:
            continue
        elif bare in _CHAT or not re.fullmatch(r"[^\W\d_][\w'’.-]*", w):
            return False
        elif bare in places or bare not in english or (bare in names and bare not in _very_common_words()):
            strong = True
        else:
            return False
    return strong


# A unit word right before an address that starts with its number: "area| 25, plot 112",
# "house no.| c 12/4", "h.| no. 14".
_LEAD = re.compile(
    r"(?i)(?<![\w.])(?:(?:house|h\.?|flat|plot|door|shop|office|apt\.?|apartment|unit|room|villa|stand|erf|lot)"
    r"[ \t]+(?:no\.?|nr\.?|num\.?|number|#)|area|sector|phase|block|zone|ward|plot|lot|house|flat|villa|h\.)"
    r"[ \t]*$")
# A unit word before an address that starts with "no" and its number: "h| no 12", "shop| no 4".
_UNIT_BEFORE_NO = re.compile(r"(?i)(?<![\w.])(?:house|h\.?|flat|plot|door|shop|office|apt\.?|apartment|unit|room|"
                             r"villa|stand|erf|lot|gate|stall|kiosk)[ \t]*$")
_STARTS_WITH_NUMBER = re.compile(r"(?i)(?:no\.?|nr\.?|#)?[ \t]*(?:[a-z][ \t])?\d")
# Words for a district that come before its name: "..., bairro popular, ...".
_AREA_BEFORE_NAME = frozenset("""bairro barrio colonia col col. urb urb. urbanizacion urbanización fraccionamiento
fracc fracc. mahalle mahallesi mah mah. mohalla sector village vill. quartier kvartal mikrorayon mkr""".split())
# Words for a district or an estate written after its name: "..., reuben estate", "..., kibera village".
_AREA_AFTER_NAME = re.compile(r"(?i)[ \t]+(?:estate|village|colony|layout|extension|township|mohalla|settlement|"
                              r"compound|quarters)(?![\w'’-])")
_NAME_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)(?=[ \t]*(?:[,;\n]|\.(?:\s|$)|$))")
_COMPASS = re.compile(r"(?i)[ \t]+(?:east|west|north|south|sur|norte|este|oeste|nord|sud|est|ouest)(?=[ \t]*[,;\n])")


# Where a part before an address starts: after a comma, a label or a place word.
_CUE = re.compile(r"(?i)[,:;\n(]|(?<![\w'’])(?:at|to|is|in|on|from|addr|address)(?![\w'’])|[ \t]-(?=[ \t])")
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_COMMA_END = re.compile(r"[ \t]*,[ \t]*$")


def address_start(text: str, start: int) -> int:
    """The start of an address grown over a unit word before its number ("area 25, ...") and
    over the parts typed before it that hold a number ("h-12, sector 15, ...")."""
    if _STARTS_WITH_NUMBER.match(text, start):
        m = _LEAD.search(text, max(0, start - 20), start)
        if m:
            start = m.start()
        elif text[start:start + 3].lower().rstrip(". ") in ("no", "nr"):
            m = _UNIT_BEFORE_NO.search(text, max(0, start - 12), start)  # "h| no 12, ...", "shop| no 4"
            if m:
                start = m.start()
    english, names, places = _english_words(), _name_words(), _place_phrases()
    for _ in range(3):
        comma = _COMMA_END.search(text, max(0, start - 4), start)
        if not comma:
            break
        left = max(0, comma.start() - 30)
        cues = list(_CUE.finditer(text, left, comma.start()))
        if not cues and left > 0:
            break
        a = cues[-1].end() if cues else 0
        part = text[a:comma.start()]
        words = _TOKEN.findall(part)
        if not any(_NUMBERISH.match(w.lower()) for w in words) or not _part_ok(words, english, names, places) \
                or any(_ORDINAL.fullmatch(w.lower()) for w in words):
            break  # not a date: "on the 3rd, 12 oak st"
        start = a + len(part) - len(part.lstrip())
    return start


def starts_with_street(text: str, start: int, end: int) -> bool:
    """The span's first word is a street word written before its name ("calle 19b # 55 48")."""
    first = text[start:end].split(None, 1)[0].lower() if text[start:end].strip() else ""
    return first in _PREFIX_STREET_WORDS or first.rstrip(".") in _PREFIX_STREET_WORDS or first in _BEFORE


def address_parts_after(text: str, end: int) -> int:
    """The end of an address whose span ends at ``end``, grown over the parts typed after it."""
    english, names, places = _english_words(), _name_words(), _place_phrases()
    common = _very_common_words()
    last = text[max(0, end - 20):end].split()
    if last and last[-1].lower() in _AREA_BEFORE_NAME:
        m = _NAME_AFTER.match(text, end)  # "..., bairro| popular, cazenga"
        if m and not any(w.lower() in _STOP or w.lower() in _CHAT for w in m.group(1).split()):
            end = m.end()
    m = _COMPASS.match(text, end)  # "42 ring road| east, kokomlemle"
    if m:
        end = m.end()
    m = _AREA_AFTER_NAME.match(text, end)  # "..., flat 22, reuben| estate"
    if m and last and (last[-1].lower() not in english or last[-1].lower() in names):
        end = m.end()
    for _ in range(6):
        m = _PART.match(text, end)
        if not m:
            # a landmark with a name in it, typed with no comma: "off mgongo road| behind kariakoo market"
            m = _BARE_LANDMARK.match(text, end)
            words = _TOKEN.findall(m.group(1)) if m else []
            n = _landmark_length(words, common)
            if n and any(w.lower() not in english or w.lower() in names or w.lower() in places
                         for w in words[1:n] if w.lower() not in ("the", "of")):
                end = _word_end(text, m, words, n)
                continue
            break
        words = _TOKEN.findall(m.group(1))
        if _part_ok(words, english, names, places):
            end = m.end()
            continue
        n = _landmark_length(words, common) if text[end:m.start(1)].strip() == "," else 0
        if n:  # "..., behind the station but i moved", "..., opposite the mosque, behind x market"
            end = _word_end(text, m, words, n)
            if n == len(words):
                continue
            break
        # a part the clause goes on after, at its first word no address holds: "..., block h please",
        # "..., phase 73 yesterday" (with a word beside its number: not "..., 2 kids and a dog")
        n = next((k for k in range(1, len(words)) if not _part_ok(words[k:k + 1], english, names, places)
                  and words[k].lower().rstrip(".") not in _PART_WORDS), 0)
        if n and _part_ok(words[:n], english, names, places) \
                and not all(_NUMBERISH.match(w.lower()) for w in words[:n]):
            end = list(_TOKEN.finditer(text, m.start(1), m.end(1)))[n - 1].end()
        break
    return end


def _landmark_length(words: list[str], common) -> int:
    """How many of ``words`` (a part of an address) are a landmark: "near the x church", to
    the first word that starts a clause ("behind the station| but i moved") or an everyday
    word past its second that names no landmark and has none after it ("near x junction| ate
    my card"; not "near the big| mosque"); 0 if none."""
    if len(words) < 2 or not _LANDMARK.match(" ".join(words[:4])):
        return 0
    n = next((k for k, w in enumerate(words) if k and (w.lower() in _STOP or w.lower() in _CHAT)), len(words))
    for k in range(2, n):
        low = words[k].lower().rstrip(".")
        if low in common and low not in _LANDMARK_NOUNS and not any(
                w.lower().rstrip(".") in _LANDMARK_NOUNS - {"the", "of"} for w in words[k + 1:n]):
            n = k
            break
    while n > 1 and words[n - 1].lower() in ("the", "of", "a"):
        n -= 1
    return n if 2 <= n <= 6 and _LANDMARK.fullmatch(" ".join(words[:n])) else 0


def _word_end(text: str, m, words: list[str], n: int) -> int:
    """The end of the n-th word of match m's first group, less a sentence's full stop."""
    tok = list(_TOKEN.finditer(text, m.start(1), m.end(1)))[n - 1]
    return tok.end() - (1 if tok.group().endswith(".") and n == len(words) else 0)
