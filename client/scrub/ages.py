"""Ages: a number that a cue makes a person's age."""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, PatternRecognizer

from client.scrub.gates import GatedPattern, _digits, _gated


def _age_recognizer() -> PatternRecognizer:
    """Ages: a number (or a written-out one) that a cue makes a person's age.

    A bare number is never an age; each pattern names its cue: a unit ("42
    years old", "42yo"), an age word ("aged 42", "turned 42"), a person as
    subject ("my mum is 42", "we are both 42"), a time clause ("when I was
    42"), a future ("I'll be 42 next month"), an apposition ("Ann Lee, 42,")
    or a decade ("in her forties"). Only the number is removed: "<AGE> years
    old" keeps the sentence readable.

    The cues are grammatical positions rather than one template each, so
    phrasings nobody here wrote still meet one: a relative of any kind as
    subject ("my stepson is 9", "my eldest just turned 16"), the number ending
    the clause or followed by a verb ("who is 7 wants a card"); a unit as
    typed in a hurry ("42 yeras old", "11 mo old"); a range after an age word,
    or before "age group" ("aged between 30 and 40", "18-24 age group"); a
    form's label with brackets or question marks ("Age (in years): 42", "how
    old are you? 42"); a future or present of "turn" ("gonna be 40", "i turn
    30 in june"). Measures after the number ("32 degrees", "55 inch") stay.
    """
    tens = "twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety"
    n = (  # 37, 104, 1.5, forty-two, sixteen; not a digit of a longer number
        rf"(?:(?<![\d.,])\d{{1,3}}(?:\.\d{{1,2}})?(?![.,]?\d)"
        rf"|(?:{tens})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
        r"|(?:thir|four|fif|six|seven|eigh|nine)teen\b"
        r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"  # "she's seven"; "one" is too common
    )
    # "my kids are 7 and 9"; bounded, as an unbounded repeat inside a look-behind
    # made a long run of "1, 2, 3, ..." quadratic.
    several = rf"(?:{n}\s*(?:,|and|or|&)\s*){{0,3}}"
    # Counts and amounts look the same after a cue: "I'm 2 payments behind".
    not_unit = (
        r"(?!\s*(?:%|per\s?cent|[ap]\.?m\b|o'?clock|:\d|hours?|hrs?\b|minutes?|mins?\b|seconds?|"
        r"days?|weeks?|months?|times?|payments?|cards?|accounts?|items?|pages?|euros?|dollars?|"
        r"pounds?|quid|bucks|cents?|pence|[€$£]|eur\b|usd\b|gbp\b|km\b|miles?|kg\b|lbs?\b|degrees?|°|"
        r"inch(?:es)?|feet|ft\b|cm\b|mm\b|mph\b|gb\b|mb\b|people|persons|players|games|tickets|copies|points|"
        r"likes|followers|stars))"
    )
    follow = (  # what may come after "<subject> is N": the clause ends there
        # "im 34 & my wife is 36", "i'm 18+."
        r"(?=\s*(?:$|[,;:!?)\]]|\.(?!\d)|\s&\s|\+(?=\s*(?:$|[,;:.!?]))|\s(?:and|or|but|now|today|this|next|last|so|when|while|"
        r"in|on|with|who|which|years?|yrs?|soon|already|too|yet|since|then|at|if|because|as|"
        r"though|although|going|turning|myself|himself|herself|can|cant|can't|cannot|doesnt|doesn't|lives|needs|"
        # a verb goes on: "my son who is 7 wants a card"
        r"wants|has|had|got|gets|goes|went|lost|uses|used|will|won't|wont|would|does|did|didnt|didn't|also|still|"
        r"loves|likes|plays|started|keeps|"
        # chat fillers after the age: "im 34 btw", "im 34 lol", "i'm 34 tbh"
        r"btw|lol|tbh|haha|lmao|fyi|ok|okay|lmk|pls|please)\b))"
    )
    people = (  # "my stepson", "my eldest", "the little one", "my mother-in-law", "the twins"
        r"(?:(?:step|grand|great[\s-]?grand|half[\s-]?)?(?:daughter|son|child|kid|mother|father|mom|mum|dad|brother|"
        r"sister|parent|sibling)s?(?:[\s-]in[\s-]law)?|eldest|oldest|youngest|middle\s+one|little\s+one|"
        r"(?:baby|toddler|infant|newborn|teen|teenager|lad|lass|kiddo|hubby|spouse|bf|gf|twin|triplet|"
        r"stepkid|bestie|flatmate|roommate|housemate|tenant|pupil|student|carer|dependant|dependent)s?|"
        r"daughter|son|child|children|kid|wife|husband|mother|father|mom|mum|dad|brother|"
        r"sister|baby|twin|grandson|granddaughter|grandchild|grandchildren|grandmother|"
        r"grandfather|grandma|grandpa|granny|nan|aunt|uncle|niece|nephew|cousin|friend|partner|"
        r"boyfriend|girlfriend|fiancée?|boss|colleague|neighbou?r|patient|parent|applicant|"
        r"customer|client|member|holder|policyholder|boy|girl|man|woman|lady|guy)s?"
    )
    subject = (
        r"(?:I\s+am|I'm|I’m|im|i\s+m|iam|I\s+was|you\s+are|you're|you’re|youre|ur|u\s+r|(?:he|she)(?:\s+is|'s|’s|s|\s+was)|theyre|"
        r"(?:we|they|and\s+i|and\s+me)(?:\s+are|'re|’re|\s+were)|who(?:\s+is|'s|’s|\s+was|\s+are|\s+were)|"
        rf"{people}(?:'s|’s|\s+is|\s+was|\s+are|\s+were))"
    )
    adverbs = (
        r"(?:\s+(?:both|all|now|only|just|nearly|almost|about|around|roughly|barely|already|"
        r"still|over|under|currently|actually|finally|turning|aged|like|pushing)){0,3}"
    )
    pronoun = rf"(?:I|you|he|she|we|they|(?:my|his|her|our|their)\s+{people})"
    return _gated(PatternRecognizer, _maybe_age)(
        supported_entity="AGE",
        name="AgeRecognizer",
        patterns=[
            Pattern(
                "years old",
                rf"\b{n}(?=[\s-]*(?:{_YEARS}|y)[\s-]*(?:{_OLD}|of\s+age|young)\b"
                r"|[\s-]*(?:y/o|y\.o\.?|yo|y\s+o)(?!\w)"
                r"|[\s-]*(?:months?|mos?|mths?|weeks?|wks?|days?)[\s-]*olds?\b)",
                0.6,
            ),
            # A range after an age word: "aged between 30 and 40", "age group 30-39", "ages 18 to 24",
            # "between the ages of 18 and 25"; and "18-24 age group", "5 to 7 year olds". Each end is
            # its own span, so "and" / "to" stay.
            # (gate: each branch needs _RANGE_CUE, which opens with \b and "age" or "between ... ages",
            # or _RANGE_AFTER: "age" after a space or dash, or _YEARS and "old(s)")
            GatedPattern("age range", rf"(?<={_RANGE_CUE}){n}(?=\s*{_TO}\s*{n}{not_unit})"
                         rf"|(?<={_RANGE_CUE}{n}\s*{_TO}\s*){n}{not_unit}"
                         rf"|{n}(?=\s*{_TO}\s*{n}{_RANGE_AFTER})|(?<={n}\s*{_TO}\s*){n}{_RANGE_AFTER}", 0.6,
                         gate=rf"\bage|{_YEARS}[\s-]*olds?\b"),
            # A form's label: "Age (in years): 42", "your age: 42", "age?? 42", "DOB/Age: 42", "how old are you? 42"
            # (gate: the look-behind's two openings)
            GatedPattern("age label", rf"(?<=\b(?:age|how\s+old\s+(?:are|is)\s+(?:you|he|she|they|(?:your|the)\s+\w+))"
                         rf"\s*(?:\([^()\n]{{1,20}}\)\s*)?(?:[:=|?–-]\s*){{1,3}}){n}{not_unit}", 0.6,
                         gate=r"\b(?:age|how\s+old)"),
            # one word: all of it goes ("42yo", "67yom", "67y/of": clinical age and sex)
            Pattern("42yo", rf"\b{n}(?:y/?o[mf]?|y\.o\.|y(?=[\s-]+old))(?!\w)", 0.6),
            # "pt 34y male", "34y, female", "age 34y" (a "5y fixed" rate stays: no sex or cue)
            Pattern("34y", rf"(?=\d)\b(?<![\d.,]){_TWO}\s?y(?=\s*,?\s*(?:m|f|male|female|man|woman|boy|girl|old)\b)"
                    rf"|(?=\d)(?<=(?<![\w'’])(?:pt|patient|age|aged|male|female|m|f)\s*[:,=-]?\s*){_TWO}\s?y\b(?![/.]\w)", 0.5),

            # "34 f with headache", "52m presenting with": a clinical note goes on
            Pattern("34 f with", rf"(?=\d)(?<![$£€]\s?|\b(?:raised|sent|paid|owe|worth|of|about|over|under|than|the)\s)"
                    rf"\b(?<![\d.,]){_TWO}\s?[mf]\b(?=\s+(?:with|w/|c/o|presents?|presenting|presented|complain\w*|"
                    r"reports?|hx|pmh|admitted|smoker|non-smoker|seen|referred)\b)", 0.5),
            # "my 40th birthday", "his twenty-first bday"
            GatedPattern("40th birthday", rf"(?=[\dtfsen])\b(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})"
                         rf"(?=\s+(?:birthday|bday|b-day|b'day)\b)", 0.5,
                         gate=r"\s(?:birth|b-|b'|b)day"),  # (gate: the look-ahead's words)
            # A bare "34 yrs" is an age ("patient 34 yrs, female") unless a
            # word makes it a duration ("for 10 yrs", "over 5yrs").
            GatedPattern(
                "34 yrs",
                rf"\b(?<!\b(?:for|over|past|last|next|within|after|than|in|of|the|some|few|about|around|nearly|almost)\s+)"
                rf"{n}(?:yrs?(?!\w)|(?=\s+yrs?\.?(?!\w)))",
                0.6,
                gate="yr",  # (gate: both branches end in "yr")
            ),
            GatedPattern(
                "aged N",
                rf"{_N_AT}(?<=\b(?:aged?|ages|age\s+is|age\s+of|ages\s+of|turned|turning|turns|"
                rf"reached|(?:to|will|'ll|’ll)\s+turn|at\s+the\s+age\s+of|(?:at|since|from|by)\s+age)"
                rf"\s*[:=–-]?\s*{several}){n}{not_unit}",
                0.6,
                # (gate: every cue holds "age", "turn" or "reached" at a word's start)
                gate=r"\b(?:age|turn|reached)",
            ),
            Pattern("subject is N", rf"{_N_AT}(?<=\b{subject}{adverbs}\s+{several}){n}{not_unit}{follow}", 0.45),
            Pattern(
                "when I was N",
                rf"{_N_AT}(?<=\b(?:when|since|until|till|before|after|once|by\s+the\s+time|because|as|if)\s+"
                rf"{pronoun}\s+(?:was|were|am|is|are|turned|turn|turns|reached|hit|became|got\s+to)"
                rf"\s+{several}){n}{not_unit}",
                0.5,
            ),
            GatedPattern(
                "will be N",
                rf"{_N_AT}(?<=\b{pronoun}(?:'ll|’ll|\s+will|\s+would|'d|’d|(?:\s+(?:am|is|are)|'m|’m|'s|’s|'re|’re)?\s+"
                rf"(?:gonna|going\s+to|about\s+to|set\s+to|due\s+to))\s+(?:be|turn)"
                rf"(?:\s+(?:only|just|nearly|almost|about))?\s+{several}){n}{not_unit}{follow}",
                0.5,
                gate=r"\s(?:be|turn)\s",  # (gate: "be" or "turn" between spaces, which every branch holds)
            ),
            # "i just hit 30.", "she hit 40 this year": two digits ("i hit 3 and it froze", "hit 30 likes" stay)
            # "i turn 30 in june", "he turns 8 on friday": the present of "turn" after a person, the clause ends
            GatedPattern("gonna be N", rf"(?<=\b(?:gonna|gunna|gona)\s+(?:be|turn)\s+(?:only\s+|just\s+)?){n}{not_unit}{follow}",
                         0.45, gate=r"\b(?:gonna|gunna|gona)\s"),
            GatedPattern("I turn N", rf"(?<=\b{pronoun}\s+turns?\s+){n}{not_unit}{follow}", 0.45, gate=r"\sturns?\s"),
            # "my baby is 4 months", "he is only 9 weeks": a third person (not "i'm 3 months behind")
            Pattern("is N months", rf"(?<=\b(?:(?:he|she)(?:\s+is|'s|’s|s|\s+was|\s+turned|\s+turns)|{people}(?:'s|’s|\s+is|\s+was|"
                    rf"\s+are|\s+were|\s+turned|\s+turns))(?:\s+(?:only|just|nearly|almost|about|now))?\s+)"
                    r"\d{1,2}(?=\s*(?:months?|mos?|mths?|weeks?|wks?)\b(?:\s+old\b)?"
                    r"\s*(?:$|[,;:!?)\]]|\.(?!\d)|\s(?:and|or|but|now|today|so|when|with|who|since|if|because)\b))", 0.45),
            # "40s woman", "a forties guy": a decade before a person
            GatedPattern("40s woman", rf"\b(?:(?:early|mid|late)[\s-]*)?(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ties|[2-9]0'?s)"
                         r"(?=\s+(?:man|woman|men|women|male|female|guy|gal|lady|bloke|dude|mum|mom|dad|couple|m|f)\b)", 0.45,
                         # (gate: the decade's end and the look-ahead)
                         gate=r"(?:ties|0'?s)\s+(?:man|woman|men|women|male|female|guy|gal|lady|bloke|dude|mum|mom|dad|"
                              r"couple|m|f)\b"),
            GatedPattern("hit N", rf"(?<=\b(?:i|he|she|we|they|just|finally|both|mum|mom|dad)\s+(?:hit|hitting|hits)\s+"
                    rf"|(?:^|\n|[.!?]\s+)hitting\s+)"
                    rf"(?=[1-9]\d\b|(?:twen|thir|for|fif|six|seven|eigh|nine)t){n}{not_unit}{follow}", 0.45,
                         gate="hit"),  # (gate: both branches say "hit")
            # "a lady of 80", "a son of 7" ("a customer of 10 years" stays)
            Pattern("a man of N", rf"(?<=\b(?:person|gentleman|{people})\s+of\s+){n}\b"
                    rf"(?![\s-]*(?:years?|yrs?|months?|weeks?|days?)\b){not_unit}", 0.5),
            # "over 65s discount", "the over-60s", "under 18s" (an age group; "over 30s to load" stays)
            GatedPattern("over 60s", r"(?=\d)(?<=\b(?:over|under)[\s-]?)(?:1[6-9]|[2-9]\d)(?=s\b(?!\s+(?:to|ago|later|before|after|"
                    r"of|delay|wait|timeout|left|remaining|long)\b))", 0.45,
                         gate=r"\b(?:over|under)"),  # (gate: the look-behind's words)
            GatedPattern(
                "died at N",
                rf"(?<=\b(?:died|retired|married|left\s+home|left\s+school|graduated|passed\s+away|"
                rf"emigrated|moved\s+out|became\s+(?:a|an)\s+\w+)\s+at\s+(?:the\s+age\s+of\s+|age\s+)?)"
                rf"{n}{not_unit}",
                0.5,
                # (gate: the look-behind's verbs, "left", "passed", "moved" and "became" with the space after)
                gate=r"\b(?:died|retired|married|left\s|graduated|passed\s|emigrated|moved\s|became\s)",
            ),
            Pattern("At N, I", rf"(?<=(?:^|[.!?]\s+)At\s+){n}(?=(?:\s+(?:years|yrs)(?:\s+old)?)?,?\s+(?:I|he|she|we|they|my)\b)",
                    0.5),
            # "im 40ish", "a 20-something mum": a decade's number and "ish" / "something"
            # (gate: the number's last digit and what follows it)
            GatedPattern("40ish", r"(?<=\b(?:i'?m|i’m|i\s+am|(?:he|she)(?:'s|’s|s|\s+is)|a|an)\s+)[1-9]0"
                         r"(?=[\s-]?(?:ish|something)\b)", 0.45, gate=r"0[\s-]?(?:ish|something)"),
            # "being 34, i need a pension", "34 and single": a clause about the writer's age and status
            # (gate: "being" before a space, or "and" before the status word)
            GatedPattern("being N,", rf"(?<=(?:^|[.!?,;]\s*|\n)being\s+){n}(?=\s*(?:,|years|yrs|and\s+(?:single|married)))"
                         rf"|(?<=(?:^|[.!?;]\s+|\n)(?:now\s+|only\s+|just\s+)?){_TWO}(?=,?\s+and\s+(?:{_STATUS})\b)", 0.5,
                         gate=rf"being\s|\sand\s+(?:{_STATUS})\b"),
            # Names are capitalised, so these two are case-sensitive.
            Pattern("Name (N)", rf"(?<=(?-i:[[:upper:]])[[:alpha:]'’-]+\s\(){n}(?=\))", 0.5),
            GatedPattern("(42M)", rf"(?<=\(){n}(?=\s?(?-i:[MF])\))|(?<=\((?-i:[MF])\s?){n}(?=\))", 0.5,
                         gate=r"[MF]\)|\([MF]"),  # (gate: the sex beside its bracket, in either branch)
            Pattern("Name, N,", rf"(?<=(?:(?-i:\b[[:upper:]])[[:alpha:]'’-]+|\b{people}),\s){n}(?=,\s)", 0.5),
            # "my kids, 5 and 8, need ...": a list of ages between commas after a relative
            Pattern("kids, N and N,", rf"(?<=\b{people},\s(?:{n}\s*(?:,|and|&)\s*){{0,3}}){n}"
                    rf"(?=(?:\s*(?:,|and|&)\s*{n}){{0,3}},\s)", 0.5),
            # "pt 45M c/o", "39F, smoker", "m/72", "male, 36,", "ann, 45, lives", "my son (2)"
            Pattern("45M", rf"{_CLINICAL_BEFORE}\d{{1,2}}\s?(?-i:[MF])(?![\w/]){_CLINICAL_AFTER}", 0.5),
            Pattern("pt 45m", rf"(?<=\b(?:pt|patient|client|case|resident|applicant|male|female)(?:\s+is)?\s*[:,-]?\s*)"
                    r"\d{1,2}\s?[mf](?![\w/])|(?<=^|\n)\d{1,2}\s?[mf](?=\s*[,;])", 0.5),
            Pattern("m/45", rf"(?<![\w/$£€.,])[mf]\s?/\s?\d{{1,2}}(?![\w/])"
                    rf"|{_CLINICAL_BEFORE}\d{{1,2}}\s?/\s?[mf](?![\w/])", 0.5),
            Pattern("36, male", rf"(?=\d)(?<=(?:^|\n|[(:;]\s?|\b(?:pt|patient|age|aged|client|applicant)\s))\d{{1,2}}"
                    r"(?=\s*,\s*(?:male|female|m|f)\b)", 0.5),
            Pattern("male, 36,", rf"(?<=\b(?:male|female|man|woman|boy|girl|m|f)\s*,\s*)\d{{1,2}}(?![\d.,]?\d)"

                    r"(?=\s*(?:[,;.)]|$))", 0.5),
            Pattern("ann, 45, lives", rf"(?<=\b[[:alpha:]][[:alpha:]'’-]+,\s)\d{{1,2}}(?=,\s{_PERSON_AFTER})", 0.5),
            Pattern("son (2)", rf"(?<=\b{people}\s?\(){n}(?=\))", 0.5),
            # "me (34f) and my bf", "my husband (29m)", "me (34)", "[34f]": a person, then age and sex in brackets
            Pattern("me (34f)", rf"(?<=\b(?:me|i|my|he|she|him|her|bf|gf|hubby|wifey|so|sis|bro|{people})\s?\()"
                    rf"{_TWO}\s?[mf](?=\))|(?<=\b(?:me|i|myself)\s?\(){_TWO}(?=\))|(?<=\[){_TWO}\s?[mf](?=\])", 0.5),
            # "34f here", "im 34m and ...", "F31.": a writer's age and sex at the start of a post
            Pattern("34f here", rf"(?<=(?:^|\n|[.!?]\s+|\b(?:i'?m|i’m|i\s+am|me)\s+))(?:{_TWO}\s?[mf]|[mf]\s?\d\d)"
                    rf"(?![\w/'’-]|[.,]\d){_SELF_AFTER}", 0.5),
            Pattern(
                "in her forties",
                r"(?<=\b(?:in|into)\s+(?:my|his|her|their|our|your)\s+)(?:(?:early|mid|late)[\s-]*)?"
                r"(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ties|[1-9]0'?s)\b",
                0.5,
            ),
        ],
        context=["age", "aged", "old", "years", "turned", "birthday"],
    )


# Before "45M" / "45/m": a note's start, a bracket or comma, or a clinical word ("raised 5M," stays).
_CLINICAL_BEFORE = (r"(?<=(?:^|\n|[(,:;]\s?|\b(?:pt|patient|male|female|age|aged|client|applicant|is|a|"
                    r"am|im|i'm|i’m)\s))")
# After "45M": a clinical note goes on ("pt 45M c/o headache", "39F, smoker").
_CLINICAL_AFTER = (r"(?=\s*(?:[,;.)]|$|\s(?:with|w/|c/o|presents?|presenting|presented|smoker|non|complain\w*|"
                   r"reports?|hx|history|pmh|admitted|seen|who|and|patient|pt)\b))")
# After "ann, 45,": what is said of a person.
_PERSON_AFTER = (r"(?:lives|living|works|working|from|who|has|had|is|was|said|says|retired|married|single|"
                 r"divorced|widowed|unemployed|student|mother|father|mum|mom|dad|male|female|non|no|smoker|"
                 r"diabetic|and\s+(?:her|his|their))\b")


_TWO = r"\d{1,2}"
# "34 and single", "now 52 and broke": what a writer says of themself after their age
_STATUS = (r"single|married|divorced|widowed|retired|unemployed|pregnant|still|never|newly|broke|jobless|homeless|"
           r"disabled|struggling|skint")
# Where an ``n`` can start: a digit or the first letters of its words ("twenty", "two", "thirteen",
# "three", "four", "forty", "fifty", "five", ...). Opening a pattern that looks behind before ``n``,
# it lets the look-behind be tried at few positions of a long text (the same matches).
_N_AT = r"(?=\d|t(?:w[eo]|hi|hr|en)|f(?:ou|or|if|iv)|s(?:ix|ev)|eig|ele|nin)"
_TO = r"(?:-|–|to|and|or)"
_RANGE_CUE = (r"\b(?:aged?|ages|age\s*(?:group|range|bracket|band|category|cohort)s?|between\s+(?:the\s+)?ages(?:\s+of)?)"
              r"\s*[:=–-]?\s*(?:between\s+|from\s+)?")
# "years" and "old" as typed in a hurry: "yeras", "yeards", "yers", "yrs."; "od", "ol", "olds"
_YEARS = r"y[aeiou]{0,2}r[ae]?[ds]?s?\.?"
_OLD = r"(?:olds?|od|ol|oold|okd|odl)"
_RANGE_AFTER = rf"(?=[\s-]+(?:age\s*(?:group|range|bracket|band|category|cohort)|(?:{_YEARS})[\s-]*olds?\b))"
# After "34f" / "F31" opening a post: the post goes on ("5m away", "5m in savings" are amounts and spans).
_SELF_AFTER = (r"(?=\s*(?:$|[,;:.!?)\]]|\s(?:here|and|with|from|looking|seeking|living|who|but|so|i|my|hi|hello|"
               r"hey|single|married|new|first|long|throwaway)\b))")
_ORDINAL_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]?(?:first|second|third|fourth|fifth|"
                 r"sixth|seventh|eighth|ninth)|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|(?:thir|four|fif|six|"
                 r"seven|eigh|nine)teenth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                 r"twelfth)")
_AGE_WORDS = re.compile(r"(?i)(?:twen|thir|for|four|fif|six|seven|eigh|nine)t(?:y|ies|een)"
                        r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|birthday|bday|b-day")


# What every pattern above needs where the text has digits (the gate below):
# a run of one to three digits that no other digit touches (every number in
# them is ``n``, ``_TWO`` or a two-digit decade, each bounded by a non-digit
# on both sides), or an age word as the patterns spell it, without
# ``_AGE_WORDS``'s word boundary before "two" ... "twelve" (``n`` has none).
# Most texts whose digits are all in long runs (a phone, an account, a card)
# hold neither, and skip the thirty-odd patterns: a third of their time on the
# chat dev texts.
_SHORT_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_AGE_WORDS_INSIDE = re.compile(r"(?i)(?:twen|thir|for|four|fif|six|seven|eigh|nine)t(?:y|ies|een)"
                               r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
                               r"|birthday|bday|b-day|b'day")


def _maybe_age(text: str) -> bool:
    if _digits(text) > 0:
        return bool(_SHORT_NUMBER.search(text) or _AGE_WORDS_INSIDE.search(text))
    return bool(_AGE_WORDS.search(text))
