"""User names and handles (``USERNAME``): an online identifier names a person
as surely as an e-mail address does, and neither Presidio nor spaCy finds one.

``HandleRecognizer`` takes three shapes:

* an ``@handle`` that is not part of an e-mail address (``@petra_k``,
  ``follow @jan.novak``); a time (``@5pm``), Slack's ``@here`` /
  ``@channel`` / ``@everyone`` and a role account named by one everyday word
  (``thanks @support``) stay;
* a word right after a user-name cue (``user``, ``username``, ``login``,
  ``handle``, ``nickname``, ``screen name``, ``gamertag``, ``posted by``, with
  ``is``, ``:``, ``=``, ``-`` or a space between; a network's name, ``ig:``,
  ``my insta is``, ``skype:``, only with ``is``, ``:`` or ``=``), unless
  it is an everyday English word (``my login is not working``,
  ``username: forgot``);
* a word of letters and digits joined by underscores anywhere
  (``tom_b7``, ``the_real_dan``, ``striking_1994``): chat and reviews hardly
  use underscores otherwise.

Session 12 adds: a Discord or Battle.net tag anywhere (``zara.k#0421``, its
name no everyday word), a Skype id in its ``live:.cid.`` form, a Reddit user
(``u/zara_k``), a fediverse handle (``@zara@mastodon.social``) whole; after a
cue, a network's id word with a plain space (``line id zara``), the short
forms people type (``sc:``, ``dc:``, ``gt:``), ``add me on snap zara``, a
network whose name is no everyday word then a word opening with a letter
(``kakao minji``), any ``@word`` (``insta @chloe``), a numeric id of five
digits or more after ``user id``, and a first name no very common word after
an explicit cue (``my username is mike``).

A file name or a domain (``report_2024.pdf``, ``my_site.com``) is left to the
other recognizers; the e-mail recognizer outranks this one where both match.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import LocalRecognizer, RecognizerResult

_AT_HANDLE = re.compile(r"(?<![\w.@+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?)(?![\w@-]|\.[A-Za-z])")
_UNDERSCORED = re.compile(r"(?<![\w.@/-])@?[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+(?![\w@/]|\.[A-Za-z]|-\w)")
_NETWORKS = (
    r"(?:insta(?:gram)?|ig|twitter(?:\s*/\s*x)?|tiktok|snap(?:chat)?|telegram|discord|skype|github|gitlab|reddit|facebook|fb"
    r"|linkedin|youtube|twitch|steam|psn|xbox|wechat|weixin|viber|kik|line|signal|threads|roblox|pinterest"
    r"|venmo|cash\s*app|paypal\.me|mastodon|bluesky|zalo|kakao(?:talk)?|imo|battle\.?net|epic(?:\s*games)?"
    r"|nintendo|playstation|minecraft|riot|osu|whatsapp)"
)
# Networks whose names are no everyday words ("line", "signal", "steam" are).
_DISTINCT = (r"(?:insta(?:gram)?|twitter(?:\s*/\s*x)?|tiktok|snap(?:chat)?|telegram|discord|skype|github|gitlab|reddit|facebook"
             r"|linkedin|youtube|twitch|psn|xbox|wechat|weixin|viber|roblox|mastodon|bluesky|zalo|kakao(?:talk)?)")
_CUE = re.compile(
    r"(?i)\b(?:"
    # a user-name word: the value may follow after a plain space ("user tom_b7")
    r"(?:user\s*(?:name|id)?|login(?:\s*(?:name|id))?|log-in|handle|nick(?:name)?|screen\s*name|"
    r"gamer\s*tag|account\s*name|alias|(?:posted|submitted)\s+by)"
    r"(?:\s+(?:on|for|in)\s+(?:the\s+|my\s+)?\w+)?"  # "my handle on the app is ..."
    r"\s*(?:is\s+|was\s+|:\s*|=\s*|-\s+|\s)"
    # a network's id word: a plain space will do ("line id petra_k", "skype name petrak")
    rf"|{_NETWORKS}\s*(?:id|user\s*name|user|handle|gamer\s*tag|tag|name)\s*(?:is\s+|:\s*|=\s*|-\s+|\s)"
    # "add me on snap petrak", "find me on tiktok petra.k"
    rf"|(?:add|find|follow|dm|msg|message|ping|hmu)\s+(?:me\s+)?on\s+{_NETWORKS}\s*(?::\s*|-\s+|\s)"
    # short forms people type for a network, only with ":", "=" or "-" ("sc: petrak", "dc: petra.k")
    r"|(?<![\w.])(?:sc|dc|tg|yt|gh|gt|xbl|tt|bnet)\s*(?::\s*|=\s*|-\s+)"
    # a network's name: only with "is", ":", "=" or "-" ("ig: petra.k", "my insta is petra.k")
    rf"|{_NETWORKS}\s*(?:is\s+|:\s*|=\s*|-\s+"
    # ... or a plain space before a value shaped like a handle: a letter first, then
    # a digit, "." or "_" inside ("tiktok zara.k92"; not "tiktok videos", "youtube 4k"),
    # a Discord tag ("discord zara#0421") or a Skype id ("skype live:zara.k")
    r"|\s(?=[A-Za-z][A-Za-z]*[\d._][\w.]*[A-Za-z\d](?![\w@])|[A-Za-z][\w.]{0,31}#\d{4}(?!\w)|live:))"
    # a network whose name is no everyday word, then any word that is none either
    # opening with a letter ("kakao minji", "psn darkwolf"; "tiktok videos", "youtube 4k" stay)
    rf"|{_DISTINCT}\s+(?=[A-Za-z@])"
    r")(?:still\s+|now\s+)?"
)
# A cheap gate before the cue pattern: most texts hold none of these.
_CUE_GATE = ("user", "login", "log-in", "handle", "nick", "screen", "gamer", "account", "alias", "posted",
             "submitted", "insta", "ig", "twitter", "tiktok", "snap", "telegram", "discord", "skype",
             "github", "gitlab", "reddit", "facebook", "fb", "linkedin", "youtube", "twitch", "steam", "psn", "xbox",
             "wechat", "weixin", "viber", "kik", "line", "signal", "threads", "roblox", "pinterest", "venmo",
             "cash", "paypal", "mastodon", "bluesky", "zalo", "kakao", "imo", "battle", "epic", "nintendo",
             "playstation", "minecraft", "riot", "osu", "whatsapp", "sc", "dc", "tg", "yt", "gh", "gt", "xbl", "tt",
             "bnet")
# ``any(word in low for word in _CUE_GATE)`` as one search (the same answer).
_CUE_GATE_RE = re.compile("|".join(map(re.escape, _CUE_GATE)))
# A Discord (or Battle.net) tag anywhere: a name, "#" and four or five digits
# ("zara.k#0421"); the name must not be an everyday word ("order#1234").
_TAG = re.compile(r"(?<![\w#@/.-])([A-Za-z][\w.]{1,31})#\d{4,5}(?![\w#])")
# A Reddit user ("u/zara_k", "/u/zara_k") and a fediverse handle ("@zara@mastodon.social"), anywhere.
_REDDIT = re.compile(r"(?<![\w/.])/?u/[A-Za-z0-9_-]{3,20}(?![\w/-])")
_FEDI = re.compile(r"(?<![\w.@+-])@[A-Za-z0-9_][\w.-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){1,4}(?![\w@-])")
# A Skype id in its "live:.cid." form, anywhere.
_SKYPE_CID = re.compile(r"(?i)(?<![\w.])live:\.cid\.[0-9a-f]{6,32}(?!\w)")
# Skype's ids may open with "live:" ("live:zara.k").
_VALUE = re.compile(r"(?:live:(?:\.cid\.)?)?@?[A-Za-z0-9][\w.-]{1,38}[A-Za-z0-9_](?:#\d{4,5}(?![\w#]))?"
                    r"|@?[A-Za-z0-9]{2}")
_EXPLICIT = re.compile(r"(?i)(?:[:=]|\b(?:is|was))\s*(?:still\s+|now\s+)?$")  # "username: ", "my login is "
_ID_CUE = re.compile(r"(?i)\b(?:user\s*id|login\s*id)\b")
_TIME = re.compile(r"(?i)\d{1,2}(?::\d\d)?(?:am|pm|h)?")
_SLACK = frozenset({"here", "channel", "everyone", "all", "home", "work"})
_FILE_ENDINGS = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|csv|txt|png|jpe?g|gif|zip|json|py|html?|exe|apk)$")


class HandleRecognizer(LocalRecognizer):
    """User names and handles (see the module's docstring)."""

    SCORE = 0.6

    def __init__(self):
        super().__init__(supported_entities=["USERNAME"], name="HandleRecognizer")

    def load(self) -> None:
        from client.scrub.words import _common_words, _english_words, _first_name_words, _very_common_words

        self.ordinary = _english_words() | _common_words()
        self.first_names = _first_name_words()
        self.very_common = _very_common_words()

    def analyze(self, text, entities, nlp_artifacts=None):
        found: list[tuple[int, int]] = []
        if "@" in text:
            for m in _AT_HANDLE.finditer(text):
                value = m.group(1)
                if any(c.isalpha() for c in value) and not _TIME.fullmatch(value) \
                        and value.lower() not in _SLACK and value.lower() not in self.ordinary:
                    found.append((m.start(), m.end()))
        if "_" in text:
            for m in _UNDERSCORED.finditer(text):
                if any(c.isalpha() for c in m.group()) and not _FILE_ENDINGS.search(text, m.start(), m.end() + 6):
                    found.append((m.start(), m.end()))
        if "#" in text:
            for m in _TAG.finditer(text):
                name = m.group(1).rstrip(".")
                if len(name) > 2 and name.lower() not in self.ordinary and not name.isupper():
                    found.append((m.start(), m.end()))
        if "u/" in text:
            found.extend((m.start(), m.end()) for m in _REDDIT.finditer(text))
        if "@" in text:
            found.extend((m.start(), m.end()) for m in _FEDI.finditer(text))
        if "live:" in text:
            found.extend((m.start(), m.end()) for m in _SKYPE_CID.finditer(text))
        low = text.lower()
        for m in (_CUE.finditer(text) if _CUE_GATE_RE.search(low) else ()):
            value = _VALUE.match(text, m.end())
            if value is None:
                continue
            word = value.group().rstrip(".-")
            bare = word.lstrip("@").lower()
            if "@" in text[value.end():value.end() + 1]:
                continue  # an e-mail is the e-mail recognizer's
            if word.startswith("@") and bare not in _SLACK and any(c.isalpha() for c in bare):
                pass  # "insta @chloe", "handle @pat": an "@" after a cue makes any word a handle
            elif bare.isdigit():
                if len(bare) < 5 or not _ID_CUE.search(m.group()):
                    continue  # "user id 48213" counts; "login 2", "my venmo id is 1234" do not
            elif not any(c.isalpha() for c in bare) or (
                    bare in self.ordinary and (bare not in self.first_names or bare in self.very_common
                                               or not _EXPLICIT.search(m.group()))):
                continue  # "my login is not working"; a first name no everyday word goes ("username is mike")
            found.append((value.start(), value.start() + len(word)))
        return [
            RecognizerResult(
                entity_type="USERNAME", start=start, end=end, score=self.SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end in sorted(set(found))
        ]
