"""User names, handles and obfuscated e-mail addresses in chat text: a dev set in two halves.

    PYTHONPATH=. python benchmarks/scrub_handles12_dev.py --half a [--show-misses 40] [--show-kept-wrong 40]
    PYTHONPATH=. python benchmarks/scrub_handles12_dev.py --half b      # the untouched half: report once, at the end

Session 12. Values come from Faker's ``user_name`` and ``free_email_domain``
across every Faker locale, plus styles written here (leet, underscores,
digits, dots, camel case). The split: each network (with its cue phrasings),
each user-name template, each e-mail obfuscation form, each value style and
each Faker locale belongs to one half only (a stable hash of its name), so
``b`` shares no phrasing and no value style with what was tuned on.

Groups: ``network`` (a handle after a network's name or cue), ``username``
(after "username", "user id", "login", "handle"), ``email`` (obfuscated as
people type them), ``ordinary`` (sentences with "at", "dot", "@everyone",
"#1", network names and login words that must stay). Scored: values
surviving whole (no character marked), values leaking a word (some word of
the value not fully marked; the words "at" and "dot" aside), and ordinary
words marked (every word outside a value, in every group: the network's name
and the cue stay too). Direct identifiers only.
Writes ``benchmarks/results/scrub_handles12_dev_<half>.json``.
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from direct_dev import Tally, parse_args, report, scrub_direct  # noqa: E402

SEED = 1212


def half_of(key: str) -> str:
    return "ab"[zlib.crc32(key.encode()) % 2]


# Network -> cue phrasings ({v}: the value). A whole network goes to one half.
NETWORKS = {
    "instagram": ["ig: {v}", "insta @{v}", "my insta is {v}", "follow me on instagram @{v}", "IG - {v}"],
    "tiktok": ["my tiktok is {v}", "tiktok: @{v}", "tiktok @{v}", "find me on tiktok {v}"],
    "snapchat": ["add me on snap {v}", "snap: {v}", "my snapchat is {v}", "sc: {v}"],
    "telegram": ["tg @{v}", "telegram: {v}", "t.me/{v}", "msg me on telegram @{v}"],
    "line": ["line id {v}", "line id: {v}", "my line is {v}"],
    "wechat": ["wechat: {v}", "wechat id {v}", "add my wechat {v}"],
    "kakao": ["kakao {v}", "kakaotalk id: {v}", "my kakao id is {v}"],
    "viber": ["viber: {v}", "my viber is {v}", "viber id {v}"],
    "signal": ["signal: {v}.{n2}", "my signal username is {v}.{n2}", "signal {v}.{n2}"],
    "discord_tag": ["discord {v}#{n4}", "add me on discord: {v}#{n4}", "my discord is {v}#{n4}"],
    "discord_new": ["discord: {vl}", "my discord is {vl}", "add me on discord {vl}", "dc: {vl}"],
    "skype": ["skype {sk}", "skype: {sk}", "my skype is {sk}", "skype id {v}"],
    "steam": ["steam {v}", "steam id: {v}", "steamcommunity.com/id/{v}", "add me on steam: {v}"],
    "psn": ["psn {v}", "psn id: {v}", "my psn is {v}", "add me on ps4 {v}"],
    "xbox": ["xbox gamertag {v}", "xbox: {v}", "my gt is {v}", "xbl: {v}"],
    "github": ["github.com/{v}", "my github is {v}", "gh: {v}", "https://github.com/{v}"],
    "reddit": ["reddit u/{v}", "/u/{v}", "reddit: u/{v}", "dm me on reddit u/{v}"],
    "twitter": ["twitter/x @{v}", "x.com/{v}", "twitter: {v}", "my twitter is @{v}", "on x @{v}"],
    "mastodon": ["mastodon @{v}@{host}", "fedi: @{v}@{host}", "{v}@{host} on mastodon"],
    "roblox": ["roblox: {v}", "my roblox is {v}", "roblox user {v}"],
    "twitch": ["twitch.tv/{v}", "twitch: {v}", "my twitch is {v}"],
    "youtube": ["youtube.com/@{v}", "yt: @{v}", "my youtube is @{v}"],
}
USERNAME_TEMPLATES = [
    "username {v}", "username: {v}", "my username is {v}", "user id: {v}", "user id {v}", "login: {v}",
    "login {v}", "my login is {v}", "handle {v}", "my handle is @{v}", "user name = {v}", "userid: {v}",
    "the username was {v}", "my user is {v}", "acct name: {v}", "nickname {v}",
]
# Obfuscated e-mails: {l} local part, {d} domain name, {t} suffix.
EMAIL_FORMS = {
    "at_dot_words": "{l} at {d} dot {t}",
    "brackets": "{l} [at] {d} [dot] {t}",
    "parens_at": "{l}(at){d}.{t}",
    "spaced_at": "{l} @ {d}.{t}",
    "at_word_dotted": "{l} at {d}.{t}",
    "angle": "<{l}@{d}.{t}>",
    "mailto": "mailto:{l}@{d}.{t}",
    "dashes": "{l} -at- {d} -dot- {t}",
    "caps_words": "{l} AT {d} DOT {t}",
    "spaced_both": "{l} @ {d} . {t}",
    "parens_both": "{l} (at) {d} (dot) {t}",
    "name_angle": "Contact <{l}@{d}.{t}>",
}
EMAIL_FRAMES = ["email me: {e}", "my email is {e}", "reach me at {e}", "{e}", "send it to {e} thx",
                "mail: {e}", "contact {e} for details", "e-mail {e}"]
FRAMES = ["{x}", "hey! {x}", "{x} lol", "hmu later, {x}", "{x} - dm me", "thx. {x}", "new acc, {x} :)",
          "{x} if u want to chat"]
ORDINARY = [
    "see you at 5 pm", "meet at the mall dot", "@everyone the stream starts soon", "#1 fan right here",
    "i'll be on discord tonight", "the line is busy again", "signal is weak in here", "my steam deck died",
    "username or password wrong", "login failed again", "at 10 am we leave", "see u at the station at 6",
    "we are at home now", "it's at least 20 dollars", "dot the i's please", "@here quick question",
    "my insta is down today", "the tiktok trend is silly", "got a new xbox for christmas",
    "posted on reddit yesterday", "i use telegram a lot", "signal boost please", "wechat pay works here",
    "the handle of the door broke", "forgot my login details", "user id is not showing", "dm me on snap",
    "@channel meeting moved", "line up at the gate at noon", "skype call at 3", "he's my #2 favourite",
    "xbox game pass is cheap", "psn is down again", "github actions failed", "twitter is a mess",
    "i'm at work till 8", "look at this", "good at math", "at last it works", "the dot on the map",
]
_WORD = re.compile(r"\w+")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def _styles(fake, rng):
    from anyascii import anyascii

    first = re.sub(r"[^a-z]", "", anyascii(fake.first_name()).lower()) or "alex"
    last = re.sub(r"[^a-z]", "", anyascii(fake.last_name()).lower()) or "kim"
    return {
        "faker": lambda: fake.user_name(),
        "leet": lambda: (first + last[:3]).translate(_LEET),
        "underscores": lambda: rng.choice(["_", "__", "x_"]) + first + "_" + last[:4] + rng.choice(["_", "_x", ""]),
        "digits": lambda: first + str(rng.randint(1, 99999)),
        "dotted": lambda: f"{first}.{last}{rng.choice(['', str(rng.randint(1, 99))])}",
        "camel": lambda: first.capitalize() + last.capitalize() + str(rng.randint(0, 99)),
        "xx": lambda: "xX" + first + "Xx",
        "year": lambda: first + "_" + str(rng.randint(1970, 2012)),
    }


def generate(n: int, half: str, seed: int = SEED) -> list[dict]:
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    rng = random.Random(f"{seed}-{half}")
    locales = [loc for loc in sorted(AVAILABLE_LOCALES) if half_of("loc" + loc) == half]
    fakers = {}

    def faker():
        loc = rng.choice(locales)
        if loc not in fakers:
            fakers[loc] = Faker(loc)
            fakers[loc].seed_instance(zlib.crc32(loc.encode()) + seed)
        return fakers[loc]

    style_names = [s for s in _styles(Faker(), rng) if s == "faker" or half_of("style" + s) == half]
    networks = [k for k in NETWORKS if half_of("net" + k) == half]
    user_templates = [t for t in USERNAME_TEMPLATES if half_of("user" + t) == half]
    email_forms = [k for k in EMAIL_FORMS if half_of("mail" + k) == half]
    email_frames = [f for f in EMAIL_FRAMES if half_of("frame" + f) == half] or EMAIL_FRAMES
    ordinary = [o for o in ORDINARY if half_of("ord" + o) == half]
    frames = FRAMES

    def value():
        fake = faker()
        style = rng.choice(style_names)
        v = re.sub(r"[^\w.]", "", _styles(fake, rng)[style]()).strip(".") or "zed77"
        return v, style

    def place(outer: str, inner_template: str, fields: dict, group: str, source: str):
        # Fill the template, then record each value's span in the final text.
        slot = outer.index("{x}")
        pieces, spans, pos = [], [], slot
        for part in re.split(r"(\{\w+\})", inner_template):
            key = part[1:-1] if part.startswith("{") and part.endswith("}") else None
            text = str(fields[key]) if key else part
            if key in ("v", "vl", "l", "sk"):
                spans.append([pos, pos + len(text)])
            elif key in ("n4", "n2") and spans and spans[-1][1] == pos - 1:
                spans[-1][1] = pos + len(text)  # "#1234" / ".01" belong to the value
            elif key in ("d", "t", "host") and spans:
                spans[-1][1] = pos + len(text)  # the domain belongs to the address
            pieces.append(text)
            pos += len(text)
        inner = "".join(pieces)
        return {"text": outer.replace("{x}", inner), "spans": spans, "group": group, "source": source}

    def fields():
        v, style = value()
        fake = faker()
        return {"v": v, "vl": v.lower().replace("-", "_"), "n4": f"{rng.randint(1, 9999):04d}",
                "n2": f"{rng.randint(1, 99):02d}", "sk": rng.choice(["live:" + v.lower(), "live:.cid.%016x" % rng.getrandbits(64)]),
                "host": rng.choice(["mastodon.social", "fosstodon.org", "mstdn.jp", "hachyderm.io", "chaos.social"]),
                }, style

    out = []
    for i in range(n):
        net = networks[i % len(networks)]
        f, style = fields()
        t = rng.choice(NETWORKS[net])
        out.append(place(rng.choice(frames), t, f, "network", f"{net}.{style}"))
    for i in range(n):
        f, style = fields()
        out.append(place(rng.choice(frames), rng.choice(user_templates), f, "username", style))
    for i in range(n):
        fake = faker()
        form = email_forms[i % len(email_forms)]
        local = rng.choice([lambda: fake.user_name(), lambda: value()[0]])()
        domain = fake.free_email_domain()
        name, _, suffix = domain.partition(".")
        if "dot" in EMAIL_FORMS[form].lower() and "." in suffix:
            suffix = suffix.replace(".", rng.choice([" dot ", "."]))
        frame = rng.choice(email_frames).replace("{e}", "{x}")
        out.append(place(frame, EMAIL_FORMS[form], {"l": local, "d": name, "t": suffix}, "email", form))
    for i in range(n):
        sentence = ordinary[i % len(ordinary)]
        out.append({"text": rng.choice(frames).replace("{x}", sentence), "spans": [], "group": "ordinary",
                    "source": "ordinary"})
    return out


def main() -> None:
    args = parse_args(__doc__, 400, ("a", "b"), words="words")
    from scrub_chat_eval import marked

    samples = generate(args.n, args.half)
    tally, misses, wrong = Tally(), [], []
    for sample, results in zip(samples, scrub_direct(samples)):
        text, group = sample["text"], sample["group"]
        mask = marked(text, [(r.start, r.end) for r in results])
        gold = marked(text, sample["spans"])
        for start, end in sample["spans"]:
            whole = not any(mask[start:end])
            leak = any(not all(mask[w.start():w.end()]) for w in _WORD.finditer(text, start, end)
                       if w.group().lower() not in ("at", "dot"))
            tally.count((group, "whole"), whole)
            tally.count((group, "leaks a word"), leak)
            tally.count((group, sample["source"].split(".")[0]), leak)
            if leak:
                misses.append((sample["source"], text))
        for w in _WORD.finditer(text):
            if not any(gold[w.start():w.end()]):
                bad = any(mask[w.start():w.end()])
                tally.count(("ordinary words", "marked"), bad)
                if group == "ordinary":
                    tally.count(("ordinary", "sentences' words marked"), bad)
                if bad:
                    wrong.append((w.group(), text))
    summary_kinds = ("whole", "leaks a word", "marked", "sentences' words marked")
    rows = (tally.table_rows(lambda g, k, a, b: k in summary_kinds)
            + tally.table_rows(lambda g, k, a, b: k not in summary_kinds and a))
    shown = ([f"leak {source:>24}  in {text!r}" for source, text in misses[:args.show_misses]]
             + [f"marked ordinary {word!r:20} in {text!r}" for word, text in wrong[:args.show_kept_wrong]])
    report("handles12", args, tally,
           f"handles12 half {args.half}: % of values surviving / leaking (ordinary: % of words marked)",
           ["group / part", "n", "%"], rows, shown)


if __name__ == "__main__":
    main()
