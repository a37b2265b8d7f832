"""Session 12, user names and handles: Discord tags, Skype "live:" ids, Reddit
and fediverse handles, a network's id word or short form, "add me on
<network>", an "@" word after a cue, numeric user ids; e-mails spelt out with
dots in the local part, a spaced "@" or dot, "x at y.tld"; and the ordinary
chat around them that must stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


@pytest.mark.parametrize("text, values, kept", [
    ("my discord is velkor.ant#4821", ["velkor", "4821"], ["discord"]),
    ("discord brannoxwel#0931 lol", ["brannoxwel", "0931"], ["discord", "lol"]),
    ("add me, zarquell#1204", ["zarquell", "1204"], ["add"]),
])
def test_discord_tag(text, values, kept):
    out = scrub_one(text)
    assert all(v not in out for v in values), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, values", [
    ("skype live:.cid.4a78181847616bf6 thx", ["live:", "cid", "4a78181847616bf6"]),  # the whole id goes
    ("skype: live:.cid.80c932485e66ed54", ["live:", "cid", "80c932485e66ed54"]),
    ("skype live:muhsinaodina lol", ["live:", "muhsinaodina"]),
    ("skype id nnolqan", ["nnolqan"]),
])
def test_skype_live_id(text, values):
    out = scrub_one(text)
    assert all(v not in out for v in values), out
    assert "skype" in out


@pytest.mark.parametrize("text, value, kept", [
    ("line id wtherqault", "wtherqault", "line id"),
    ("sc: gvittel55 if u want", "gvittel55", "if u want"),
    ("add me on snap obrivenko", "obrivenko", "add me on snap"),
    ("IG - maryq57 lol", "maryq57", "lol"),
    ("dc: saadrubix8", "saadrubix8", "dc:"),
    ("kakao minjyeo", "minjyeo", "kakao"),
    ("reddit u/throwaway_kq", "throwaway_kq", "reddit"),
    ("ask /u/spezzorin about it", "spezzorin", "ask"),
    ("insta @chloe", "chloe", "insta"),
    ("twitter/x @bob", "bob", "twitter"),
    ("user id 48213 please", "48213", "please"),
])
def test_handle_after_a_network_or_cue(text, value, kept):
    out = scrub_one(text)
    assert value not in out and kept in out, out


def test_fediverse_handle_goes_whole():
    out = scrub_one("mastodon @korvel@fosstodon.org")
    assert "korvel" not in out and "fosstodon" not in out and "@" not in out and "mastodon" in out


@pytest.mark.parametrize("text, values, kept", [
    ("mail john dot doe at gmail dot com", ["john", "doe", "gmail"], "mail"),
    ("reach me: jan.novak @ gmail.com", ["jan", "novak", "gmail"], "reach me"),
    ("my email is cetinbenk @ yahoo . com", ["cetinbenk", "yahoo"], "my email is"),
    ("send it to ddionq at yahoo.com thx", ["ddionq", "yahoo"], "thx"),
    ("e-mail albina99 [at] zg [dot] t-com dot hr", ["albina99", "t-com"], "e-mail"),
])
def test_obfuscated_email_goes_whole(text, values, kept):
    out = scrub_one(text)
    assert all(v not in out for v in values) and kept in out, out
    assert "<EMAIL_ADDRESS>" in out


@pytest.mark.parametrize("text", [
    "see you at 5 pm", "meet at the mall dot", "@everyone the stream starts soon", "#1 fan right here",
    "i'll be on discord tonight", "the line is busy again", "signal is weak in here", "my steam deck died",
    "username or password wrong", "login failed again", "look at amazon.com", "it costs 5.99 at store.com",
    "order#1234 shipped", "tiktok videos are fun", "xbox controller broke", "line id card",
])
def test_ordinary_chat_stays(text):
    out = scrub_one(text)
    for word in ("at", "pm", "mall", "dot", "everyone", "fan", "discord", "tonight", "line", "busy", "signal",
                 "steam", "deck", "username", "password", "login", "failed", "look", "costs", "order",
                 "1234", "tiktok", "videos", "xbox", "controller", "card"):
        if word in text:
            assert word in out, (text, out)


def test_network_name_alone_is_no_person():
    assert scrub_one("psn is down again lol") == "psn is down again lol"


@pytest.mark.parametrize("text, value", [
    ("my username is mike", "mike"),
    ("username = dan, pw in the mail", "dan"),
])
def test_first_name_after_an_explicit_user_name_cue(text, value):
    out = scrub_one(text)
    assert value not in out.split() and value + "," not in out and "username" in out, out


@pytest.mark.parametrize("text", ["user max 5 files", "my login is will not work", "username is wrong"])
def test_everyday_word_after_a_user_name_cue_stays(text):
    assert scrub_one(text) == text
