"""The quasi switch DATE_PART (session 17): years, months and weekdays alone,
and relative points in time; off by default, on by the policy, the CLI, the
site policy and the run config. Values are made up."""

from __future__ import annotations

import argparse
import json

import pytest

from client import scrub, scrub_cli
from client.scrub import DEFAULT_QUASI_IDENTIFIERS, QUASI_IDENTIFIERS, policy_entities, scrub_texts


def on(texts):
    return scrub_texts(texts, quasi_identifiers=QUASI_IDENTIFIERS)[0]


def test_policy_has_the_switch_off_by_default():
    assert "DATE_PART" in QUASI_IDENTIFIERS and "DATE_PART" not in DEFAULT_QUASI_IDENTIFIERS
    assert "DATE_PART" in policy_entities(["DATE_PART"]) and "DATE_PART" not in policy_entities()
    assert scrub._check_entities(["DATE_PART", "PERSON"]) == ("DATE_PART", "PERSON")


def test_site_policy_and_run_config_accept_it():
    from client.site_policy import SitePolicy
    from common.config import RunConfig

    assert SitePolicy(scrub_entities="PERSON,DATE_PART").scrub_entities == ("PERSON", "DATE_PART")
    assert RunConfig(scrub_entities="PERSON,DATE_PART").scrub_entities == ("PERSON", "DATE_PART")


def test_audit_report_lists_the_default_policy_when_no_entities_are_set():
    from common.config import RunConfig
    from server.audit.report import _scrubbing

    listed = _scrubbing(RunConfig(), {})["entities"]
    assert listed == list(scrub.DEFAULT_ENTITIES) and "DATE_PART" not in listed and "OCCUPATION" not in listed


def _parse(*argv):
    parser = argparse.ArgumentParser(prog="privatune scrub")
    scrub_cli.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_cli_flag_switches_it_on_and_off():
    assert "DATE_PART" in scrub_cli._policy(_parse("--input", "-", "--output", "-", "--date-parts"), None)
    assert "DATE_PART" not in scrub_cli._policy(_parse("--input", "-", "--output", "-"), None)
    assert "DATE_PART" not in scrub_cli._policy(
        _parse("--input", "-", "--output", "-", "--no-date-parts"), ["PERSON", "DATE_PART"])


def test_cli_removes_date_parts_only_when_asked(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "i opened it in 2019 and called yesterday"}) + "\n", encoding="utf-8")
    for flag, expected in ((None, "i opened it in 2019 and called yesterday"),
                           ("--date-parts", "i opened it in <DATE_PART> and called <DATE_PART>")):
        dst = tmp_path / "out.jsonl"
        argv = ["--input", str(src), "--output", str(dst)] + ([flag] if flag else [])
        assert scrub_cli.run(_parse(*argv)) == 0
        assert json.loads(dst.read_text(encoding="utf-8"))["text"] == expected


@pytest.mark.parametrize("text, expected", [
    ("i moved here in 2019 and opened it on wednesday", "i moved here in <DATE_PART> and opened it on <DATE_PART>"),
    ("he promised a refund last Friday, or was it yesterday", "he promised a refund <DATE_PART>, or was it <DATE_PART>"),
    ("see you next week, tonight i am busy", "see you <DATE_PART>, <DATE_PART> i am busy"),
    ("we met this morning and in june we travel", "we met <DATE_PART> and in <DATE_PART> we travel"),
    ("in may we pay, since march it fails", "in <DATE_PART> we pay, since <DATE_PART> it fails"),
    ("the transfer broke a few weeks ago", "the transfer broke <DATE_PART>"),
    ("class of '98 here", "class of <DATE_PART> here"),
    ("The act of 1989 protects you", "The act of <DATE_PART> protects you"),
    ("it arrived thu, in sept it broke", "it arrived <DATE_PART>, in <DATE_PART> it broke"),
    ("tomorrow morning works for me", "<DATE_PART> works for me"),
])
def test_date_parts_removed_when_switched_on(text, expected):
    assert on([text]) == [expected]
    assert scrub_texts([text])[0] == [text]  # the default policy keeps them


@pytest.mark.parametrize("text", [
    "the transfer took 3 days and a few months of waiting",
    "every monday i pay, on mondays the fee",
    "for the last week nothing, over the next month maybe",
    "i paid 2000 for it and 1999 people came",
    "order 2019 and room 1905 and pin 1987",
    "a total of 2000 points",
    "it may rain, we march on",
    "i sat 12 exams and the sun was out",
    "in the 90s we had 2 cards",
    "version 2.1 of the app, model x200",
    "call me at 10:30",
])
def test_durations_frequencies_and_amounts_stay_when_switched_on(text):
    assert on([text]) == [text]


def test_specific_dates_stay_date_time():
    assert on(["it was 3 june 2020, a monday"]) == ["it was <DATE_TIME>, a <DATE_PART>"]


def test_eval_counts_years_and_weekdays_in_the_quasi_figure():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from scrub_chat_eval import score

    text = "since 2019 and on 3 june 2020"
    sample = {"text": text, "spans": [{"start": 6, "end": 10, "type": "DATE_TIME"},
                                      {"start": 18, "end": 29, "type": "DATE_TIME"}]}
    report, _ = score([sample], [[(18, 29)]])
    assert report["quasi_whole_survival_pct"] == 50.0  # the year survived, counted in
    assert report["quasi_whole_survival_specific_dates_pct"] == 0.0  # the figure before session 17


@pytest.mark.parametrize("text, expected", [
    ("the letter dated 17th says i owe", "the letter dated <DATE_TIME> says i owe"),
    ("re: your message of the fifth. thanks", "re: your message of the <DATE_TIME>. thanks"),
    ("Re: your message of the 23rd regarding the fee", "Re: your message of the <DATE_TIME> regarding the fee"),
    ("dob 3rd march", "dob <DATE_TIME>"),
])
def test_day_alone_after_a_word_only_dates_follow(text, expected):
    assert scrub_texts([text])[0] == [expected]  # the default policy: a specific day


@pytest.mark.parametrize("text, expected", [
    ("see you on the twenty-first.", "see you on the <DATE_TIME>."),
    ("see you on the thirty-first.", "see you on the <DATE_TIME>."),
    ("the rent is due the twenty-second, thanks", "the rent is due the <DATE_TIME>, thanks"),
    ("see you on the third.", "see you on the <DATE_TIME>."),
    ("i knew it from the first.", "i knew it from the first."),  # a manner of speaking stays
    ("that was the second.", "that was the second."),
])
def test_day_alone_in_words_past_the_twentieth(text, expected):
    assert scrub_texts([text])[0] == [expected]


@pytest.mark.parametrize("text", ["the letter dated 3rd floor", "my call on the 5th time",
                                  "the message of the 2nd payment failed"])
def test_counted_ordinals_after_those_words_stay(text):
    assert scrub_texts([text])[0] == [text]


@pytest.mark.parametrize("text, expected", [
    ("The 21st would be great, Anna.", "The <DATE_TIME> would be great, <PERSON>."),
    ("It was the 14th, Tom said.", "It was the <DATE_TIME>, <PERSON> said."),
])
def test_ner_day_of_the_month_alone_is_a_date(text, expected):
    assert scrub_texts([text])[0] == [expected]


@pytest.mark.parametrize("text, kept", [
    ("My employer Zentrovia pays me on the 25th.", "the 25th"),
    ("The 1st is pay day, Anna.", "The 1st"),
    ("In the 21st century, Anna said.", "21st century"),
])
def test_ner_recurring_or_ranked_days_stay(text, kept):
    assert kept in scrub_texts([text])[0][0]
