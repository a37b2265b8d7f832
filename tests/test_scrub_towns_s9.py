"""Towns and regions in chat text (session 9): GeoNames' towns of 5,000 to
15,000 people, ISO 3166-2 subdivisions (regions, provinces, districts),
US counties, "X county" / "province of X" shapes and "moved to X"; ordinary
sentences of the same shape stay."""

from __future__ import annotations

import pytest

from client.scrub import scrub_texts
from client.scrub.world_places import world_places


def scrub_one(text: str) -> str:
    return scrub_texts([text])[0][0]


def test_world_places_hold_small_towns_subdivisions_and_counties():
    places = world_places()
    # towns of 5,000 to 15,000 people, ISO 3166-2 subdivisions, US counties
    assert {"nonantola", "raubling", "villerupt", "ukmerge", "fianarantsoa", "sostanj", "kanawha"} <= places
    assert not places & {"county", "district", "province", "region", "central", "eastern", "orange", "king"}


@pytest.mark.parametrize("text, expected", [
    # a small town GeoNames lists from 5,000 people, no cue
    ("the billerbeck atm kept my card", "the <LOCATION> atm kept my card"),
    ("billerbeck or the other one, which is open", "<LOCATION> or the other one, which is open"),
    # ISO 3166-2 regions and districts, US counties
    ("the comoe atm kept my card", "the <LOCATION> atm kept my card"),
    ("sostanj is where i live now", "<LOCATION> is where i live now"),
    ("the kanawha people never answered", "the <LOCATION> people never answered"),
])
def test_small_towns_and_regions_in_lower_case(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of region after a word English has no use for, even one a typo away from a word
    ("we moved to weakley county last year", "we moved to <LOCATION> last year"),
    ("living in the ector county now", "living in the <LOCATION> now"),
    ("im from tarxien council and my transfer is stuck", "im from <LOCATION> and my transfer is stuck"),
    # "county of X", "province of X"
    ("county of cowlitz, is that a supported area", "county of <LOCATION>, is that a supported area"),
    ("province of louangphabang, is that ok", "province of <LOCATION>, is that ok"),
    # "moved to X", "relocated to X": a place, not a person's name
    ("relocated to tarxien, how do i change my address", "relocated to <LOCATION>, how do i change my address"),
    ("moving to birstonas next month", "moving to <LOCATION> next month"),
])
def test_region_shapes_and_cues(text, expected):
    assert scrub_one(text) == expected


@pytest.mark.parametrize("text", [
    "the complaints department never called me back",
    "the finanse department never called me back",
    "i moved to the new flat in may",
    "we moved to savings last week",
    "my county council tax went up",
    "the school district sent a letter",
    "the province of the rich, as they say",
    "which region is my account in?",
    "the hr department says the form is wrong",
    "moved to monthly payments, is that ok",
])
def test_ordinary_sentences_of_the_same_shape_stay(text):
    assert scrub_one(text) == text
