"""Date phrases of live blogs, wire copy, key-event lists and briefings, resolved against publication."""

from __future__ import annotations

import itertools
import time
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontline.dates import find_dates

WED = date(2024, 10, 30)  # a Wednesday
FRI = date(2024, 11, 1)  # a Friday, first of the month
NEW_YEAR = date(2025, 1, 2)  # a Thursday, days into a new year
NEW_YEARS_EVE = date(2024, 12, 30)  # a Monday, days before a new year
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def resolved(text: str, published: date) -> list[tuple[str, str, str]]:
    """(phrase, ISO date, precision) for every date phrase found."""
    return [(m.phrase, m.date.isoformat(), m.precision) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("published", "text", "phrase", "expected", "precision"),
    [
        # relative days: live-blog and wire styles
        (WED, "Sirens sounded across Kyiv today, the city said.", "today", "2024-10-30", "day"),
        (WED, "Today the governor said power had been restored.", "Today", "2024-10-30", "day"),
        (WED, "Officials said this morning seven were hurt.", "this morning", "2024-10-30", "day"),
        (WED, "A second wave of drones arrived this afternoon.", "this afternoon", "2024-10-30", "day"),
        (FRI, "Zelenskyy is due to address parliament this evening.", "this evening", "2024-11-01", "day"),
        (WED, "Explosions were heard in Kharkiv early today.", "early today", "2024-10-30", "day"),
        (WED, "As we reported earlier today, the bridge was hit.", "earlier today", "2024-10-30", "day"),
        (WED, "The mayor will speak tonight about the damage.", "tonight", "2024-10-30", "day"),
        (WED, "Russia launched 62 drones at Ukraine overnight.", "overnight", "2024-10-30", "day"),
        (FRI, "Overnight, air defences downed most of the missiles.", "Overnight", "2024-11-01", "day"),
        (WED, "A fuel depot was struck last night, he said.", "last night", "2024-10-30", "day"),
        (FRI, "The Pentagon confirmed yesterday that troops had arrived.", "yesterday", "2024-10-31", "day"),
        (WED, "The strike came yesterday evening.", "yesterday evening", "2024-10-29", "day"),
        (WED, "Yesterday morning the shelling resumed.", "Yesterday morning", "2024-10-29", "day"),
        (WED, "The talks ended the day before yesterday.", "the day before yesterday", "2024-10-28", "day"),
        (WED, "The village fell two days ago, a soldier told us.", "two days ago", "2024-10-28", "day"),
        (WED, "The order was signed 10 days ago.", "10 days ago", "2024-10-20", "day"),
        (WED, "The incursion began more than a week ago.", "a week ago", "2024-10-23", "week"),
        (WED, "Troops were moved three weeks ago.", "three weeks ago", "2024-10-09", "week"),
        (WED, "The plant was shut a month ago.", "a month ago", "2024-09-01", "month"),
        # weekdays: the latest such day on or before publication, never after it
        (WED, "Russia held a nuclear drill on Tuesday, the Kremlin said.", "on Tuesday", "2024-10-29", "day"),
        (WED, "Tuesday’s attack was the deadliest on the city.", "Tuesday’s", "2024-10-29", "day"),
        (WED, "Tuesday's strike on Sumy killed four.", "Tuesday's", "2024-10-29", "day"),
        (WED, "Five died in the Wednesday evening strike.", "Wednesday evening", "2024-10-30", "day"),
        (FRI, "Five died in the Wednesday evening strike.", "Wednesday evening", "2024-10-30", "day"),
        (WED, "The dam was hit late on Monday.", "late on Monday", "2024-10-28", "day"),
        (WED, "Shelling resumed early on Sunday near Toretsk.", "early on Sunday", "2024-10-27", "day"),
        (WED, "The minister resigned last Friday.", "last Friday", "2024-10-25", "day"),
        (FRI, "The minister resigned last Friday.", "last Friday", "2024-10-25", "day"),
        (FRI, "The plant was struck on Friday night.", "on Friday night", "2024-11-01", "day"),
        (FRI, "A tanker caught fire on Thursday night.", "on Thursday night", "2024-10-31", "day"),
        (FRI, "Drones hit Kyiv on the night of October 29 to 30.", "October 29", "2024-10-30", "day"),
        (FRI, "Drones hit Kyiv on the night of 29-30 October.", "29-30 October", "2024-10-30", "day"),
        (FRI, "Talks ran on 29-30 October.", "on 29-30 October", "2024-10-29", "day"),
        (FRI, "Ukraine’s air force said Thursday it had downed 30 drones.", "Thursday", "2024-10-31", "day"),
        (WED, "The governor said on Saturday it would go on.", "on Saturday", "2024-10-26", "day"),
        (WED, "Evacuations have continued since Monday.", "since Monday", "2024-10-28", "day"),
        # weeks and months
        (WED, "The Pentagon had estimated 3,000 troops last week.", "last week", "2024-10-23", "week"),
        (FRI, "Blinken met him earlier this week.", "earlier this week", "2024-10-28", "week"),
        (FRI, "Blinken met him earlier in the week.", "earlier in the week", "2024-10-28", "week"),
        (FRI, "Aid deliveries resumed this week.", "this week", "2024-11-01", "week"),
        (FRI, "Losses over the past week were the highest yet.", "over the past week", "2024-11-01", "week"),
        (WED, "Kyiv was hit repeatedly at the weekend.", "at the weekend", "2024-10-26", "week"),
        (WED, "Shelling intensified earlier this month.", "earlier this month", "2024-10-01", "month"),
        (FRI, "Shelling intensified earlier this month.", "earlier this month", "2024-11-01", "month"),
        (WED, "The deal was agreed this month.", "this month", "2024-10-01", "month"),
        (FRI, "The deal was agreed last month.", "last month", "2024-10-01", "month"),
        (WED, "The treaty was signed in June.", "in June", "2024-06-01", "month"),
        (WED, "The treaty was signed in June 2023.", "in June 2023", "2023-06-01", "month"),
        (WED, "Prices have doubled since June.", "since June", "2024-06-01", "month"),
        (WED, "Forces have advanced since mid-June.", "since mid-June", "2024-06-01", "month"),
        (WED, "The offensive stalled in early September.", "in early September", "2024-09-01", "month"),
        (WED, "The bridge was repaired by the end of July.", "by the end of July", "2024-07-01", "month"),
        (WED, "Kursk was entered in August.", "in August", "2024-08-01", "month"),
        (WED, "A ceasefire was discussed in December.", "in December", "2023-12-01", "month"),
        (FRI, "A ceasefire was discussed in November.", "in November", "2024-11-01", "month"),
        (WED, "The city was retaken last October.", "last October", "2023-10-01", "month"),
        (WED, "Talks resumed in May.", "in May", "2024-05-01", "month"),
        (WED, "The dam burst in June last year.", "in June last year", "2023-06-01", "month"),
        (WED, "Moscow broke off talks in March 2022.", "in March 2022", "2022-03-01", "month"),
        (WED, "Bucha fell early in the February 2022 invasion.", "February 2022", "2022-02-01", "month"),
        # absolute dates: wire, key-events and briefing styles
        (WED, "The summit ends on Nov. 2, the ministry said.", "on Nov. 2", "2024-11-02", "day"),
        (WED, "Polls open on Nov. 28, officials said.", "on Nov. 28", "2023-11-28", "day"),
        (WED, "KYIV, Oct 29 (Reuters) - Russian forces pushed on.", "Oct 29", "2024-10-29", "day"),
        (WED, "A vote is set for November 28, 2024.", "November 28, 2024", "2024-11-28", "day"),
        (WED, "On 28 October, Russian forces likely advanced west.", "On 28 October", "2024-10-28", "day"),
        (WED, "The raid launched on 6 August was a surprise.", "on 6 August", "2024-08-06", "day"),
        (WED, "On 6 August 2024 Ukrainian units crossed.", "On 6 August 2024", "2024-08-06", "day"),
        (WED, "Units crossed the border on August 6th.", "on August 6th", "2024-08-06", "day"),
        (WED, "It was signed on the 19th of June.", "on the 19th of June", "2024-06-19", "day"),
        (WED, "The vote on the 28th of November is off.", "on the 28th of November", "2023-11-28", "day"),
        (WED, "Russia struck Kharkiv on 6-7 October.", "on 6-7 October", "2024-10-06", "day"),
        (WED, "The report is dated 2024-10-30.", "2024-10-30", "2024-10-30", "day"),
        (WED, "The decree of 29.10.2024 took effect at once.", "29.10.2024", "2024-10-29", "day"),
        (WED, "Victory Day parades are held on May 9.", "on May 9", "2024-05-09", "day"),
        (FRI, "On Thursday, Oct. 31, 40 drones were seen.", "On Thursday, Oct. 31", "2024-10-31", "day"),
        (WED, "Russia said it took Selydove on Oct. 25.", "on Oct. 25", "2024-10-25", "day"),
        # publication days into a new year, or days before one
        (NEW_YEAR, "The port was shelled on Dec. 30.", "on Dec. 30", "2024-12-30", "day"),
        (NEW_YEAR, "Losses rose sharply in December.", "in December", "2024-12-01", "month"),
        (NEW_YEAR, "Losses rose sharply last month.", "last month", "2024-12-01", "month"),
        (NEW_YEAR, "Talks collapsed last week.", "last week", "2024-12-26", "week"),
        (NEW_YEAR, "A drone hit the refinery on Monday.", "on Monday", "2024-12-30", "day"),
        (NEW_YEAR, "Kyiv expects the envoy on Jan. 6.", "on Jan. 6", "2025-01-06", "day"),
        (NEW_YEAR, "The attack on 29 February was never explained.", "on 29 February", "2024-02-29", "day"),
        (NEW_YEARS_EVE, "The envoy arrives on Jan. 2.", "on Jan. 2", "2025-01-02", "day"),
        (NEW_YEARS_EVE, "Kyiv was hit on 31 December 2023.", "on 31 December 2023", "2023-12-31", "day"),
    ],
)
def test_resolves_phrase(published, text, phrase, expected, precision):
    assert resolved(text, published) == [(phrase, expected, precision)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck the city a day after a missile hit the port.",
        "Kyiv signed a two-year security pact.",
        "The war passed 1,000 days this autumn.",
        "It was the 988th day of the war.",
        "Officials said more troops may be sent.",
        "Theresa May visited Kyiv as prime minister.",
        "Theresa May last year called for more aid.",
        "The March on Kyiv failed within weeks.",
        "Veterans of the Second World War laid wreaths.",
        "Sirens sounded from around 1.30am GMT.",
        "The alert ended at 10:45 local time.",
        "A 69-year-old man and a girl aged 11 were hurt.",
        "The frontline has barely moved in 2020 terms or since 2022.",
        "Drones are launched 24/7, a commander said.",
        "Crowds marked Good Friday in Lviv.",
        "The Sunday Times reported the claim first.",
        "The envoy will visit next Monday.",
        "Further talks are planned next week.",
        "The summit is planned for next month.",
        "A decision is expected tomorrow.",
        "Residents of Mariupol described the siege.",
        "The week-long offensive stalled.",
        "She called it a holiday for the occupiers.",
    ],
)
def test_not_a_date(text):
    assert resolved(text, WED) == []


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (
            WED,
            "Drones hit Kyiv overnight, officials said on Tuesday, days after a strike on 6 August.",
            [
                ("overnight", "2024-10-29", "day"),
                ("on Tuesday", "2024-10-29", "day"),
                ("on 6 August", "2024-08-06", "day"),
            ],
        ),
        (
            FRI,
            "Last night's barrage, the air force said on Thursday, was the largest since June.",
            [
                ("Last night", "2024-10-31", "day"),
                ("on Thursday", "2024-10-31", "day"),
                ("since June", "2024-06-01", "month"),
            ],
        ),
        (
            WED,
            "Fighting raged between March and May, and again from 2 to 4 October.",
            [
                ("March", "2024-03-01", "month"),
                ("May", "2024-05-01", "month"),
                ("4 October", "2024-10-04", "day"),
            ],
        ),
        (
            FRI,
            "Figures released yesterday covered last week and earlier this month.",
            [
                ("yesterday", "2024-10-31", "day"),
                ("last week", "2024-10-25", "week"),
                ("earlier this month", "2024-11-01", "month"),
            ],
        ),
    ],
)
def test_resolves_every_phrase_in_sentence(published, text, expected):
    assert resolved(text, published) == expected


def test_overnight_is_publication_day_without_a_weekday():
    assert resolved("Russia fired 40 drones overnight and three missiles this morning.", FRI) == [
        ("overnight", "2024-11-01", "day"),
        ("this morning", "2024-11-01", "day"),
    ]


@pytest.mark.parametrize("published", [date(2024, 10, 28) + timedelta(days=n) for n in range(7)])
@pytest.mark.parametrize("weekday", WEEKDAY_NAMES)
def test_weekday_is_within_the_week_up_to_publication(published, weekday):
    (mention,) = find_dates(f"The strike on {weekday} killed two.", published)
    assert published - timedelta(days=6) <= mention.date <= published
    assert mention.date.strftime("%A") == weekday


@pytest.mark.parametrize("published", [WED, FRI, NEW_YEAR, NEW_YEARS_EVE])
def test_last_weekday_is_strictly_before_publication(published):
    (mention,) = find_dates(f"It happened last {published.strftime('%A')}.", published)
    assert mention.date == published - timedelta(days=7)


def test_weekday_at_sentence_start_is_not_january():
    """dateparser resolves "On Tuesday, a missile ..." to a date in January."""
    assert resolved("On Tuesday, a missile hit a school in Kharkiv.", WED) == [
        ("On Tuesday", "2024-10-29", "day")
    ]


def test_evening_on_publication_weekday_is_not_a_week_early():
    """dateparser with PREFER_DATES_FROM=past puts "Wednesday evening" a week before a Wednesday."""
    assert resolved("Wednesday evening saw the heaviest shelling.", WED) == [
        ("Wednesday evening", "2024-10-30", "day")
    ]


def test_month_word_inside_longer_word_is_not_a_date():
    """A keyword inside "Lebanon Monday" must not pull "on" from the end of the previous word."""
    assert resolved("Israel struck Lebanon Monday.", WED) == [("Monday", "2024-10-28", "day")]


def test_offsets_survive_characters_that_grow_when_lowercased():
    """ "İ".lower() is two characters: offsets must still index the original text."""
    text = "İzmir and Kyiv talks ended on Tuesday."
    (mention,) = find_dates(text, WED)
    assert text[mention.start : mention.end] == mention.phrase == "on Tuesday"


FRAGMENTS = [
    "Russia struck Kyiv",
    "on Tuesday",
    "overnight",
    "yesterday",
    "in June",
    "since mid-March",
    "on Nov. 28",
    "the 6th of August",
    "a week ago",
    "last month",
    "earlier this week",
    "Theresa May",
    "officials said",
    "1,000 days",
    "at 10:45",
    "last Friday",
    "2 days ago",
    "Wednesday evening",
    "İzmir",
]


@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=8),
    published=st.dates(min_value=date(2022, 1, 1), max_value=date(2026, 12, 31)),
)
def test_mentions_are_sorted_disjoint_slices_not_far_after_publication(parts, published):
    text = ", ".join(parts) + "."
    mentions = find_dates(text, published)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.phrase
        assert mention.date <= published + timedelta(days=7)
        assert mention.precision in {"day", "week", "month"}
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


def test_fast_enough_for_the_extractor_budget():
    """The extractor runs >= 10,000 sentences/s in all; dates must take a small share (generous bound)."""
    sentences = [
        "Kyiv, its surrounding region and the east were under air raid alerts for hours.",
        "At least nine people were injured after a drone attack, officials said on Tuesday.",
        "The Pentagon estimated 10,000 troops had been deployed, up from 3,000 last week.",
        "Several explosions shook the capital and a fire broke out in a multi-storey building.",
    ] * 500
    began = time.perf_counter()
    for sentence in sentences:
        find_dates(sentence, WED)
    per_sentence = (time.perf_counter() - began) / len(sentences)
    assert per_sentence < 100e-6


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (WED, "Strikes eased this past weekend.", [("this past weekend", "2024-10-26", "week")]),
        (WED, "Talks are due this weekend.", []),
        (date(2024, 10, 27), "Kyiv was quiet this weekend.", [("this weekend", "2024-10-26", "week")]),
        (date(2024, 10, 27), "Kyiv was shelled last weekend.", [("last weekend", "2024-10-19", "week")]),
        (WED, "The fighting eased over the weekend.", [("over the weekend", "2024-10-26", "week")]),
    ],
)
def test_weekend_is_a_past_one(published, text, expected):
    assert resolved(text, published) == expected


def test_phrase_cut_by_search_window_is_read_whole():
    """A long phrase after its keyword ("Wednesday, the 28th-29th of September, 2024") must keep its year."""
    text = "Strikes hit Odesa on Wednesday, the 28th - 29th of September,   2024, and again later."
    assert resolved(text, WED) == [
        ("on Wednesday, the 28th - 29th of September,   2024", "2024-09-28", "day")
    ]
