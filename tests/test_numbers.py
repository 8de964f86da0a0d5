"""Tests for the number finder: values, units, qualifiers, ranges and everything that is not a figure."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.number_words import parse_number_words
from frontline.numbers import find_numbers


def found(sentence: str) -> list[tuple[str, float, str, str]]:
    """(text, value, qualifier, unit) of every number found, checking each span on the way."""
    result = []
    for m in find_numbers(sentence):
        assert sentence[m.start : m.end] == m.text
        result.append((m.text, m.value, m.qualifier, m.unit))
    return result


def values(sentence: str) -> list[float]:
    return [m.value for m in find_numbers(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # wire copy
        (
            "KYIV, March 3 (Reuters) - Russia launched 9 drones and two missiles overnight, the air force said.",
            [("9", 9, "exact", ""), ("two", 2, "exact", "")],
        ),
        (
            "Kyiv has called up 160,000 more men, the defence ministry said on Tuesday.",
            [("160,000", 160_000, "exact", "")],
        ),
        ("A glide bomb struck the 12,000-seat arena.", [("12,000", 12_000, "exact", "")]),
        ("The magnitude 2.5 tremor was felt in Lviv.", [("2.5", 2.5, "exact", "")]),
        (
            "The EU pledged 1.2m shells and 10k drones.",
            [("1.2m", 1.2e6, "exact", ""), ("10k", 10_000, "exact", "")],
        ),
        ("Volunteers have registered 1,000+ evacuees.", [("1,000+", 1000, "at_least", "")]),
        # live blog
        (
            "Nine people were hurt and thirty-six flats damaged, the mayor wrote on Telegram.",
            [("Nine", 9, "exact", ""), ("thirty-six", 36, "exact", "")],
        ),
        ("Officials counted twenty one craters.", [("twenty one", 21, "exact", "")]),
        ("A hundred firefighters were at the scene.", [("A hundred", 100, "exact", "")]),
        ("Rescuers pulled two hundred and fifty people out.", [("two hundred and fifty", 250, "exact", "")]),
        ("A dozen tanks were destroyed near the village.", [("A dozen", 12, "exact", "")]),
        ("Half a million people lost power.", [("Half a million", 500_000, "exact", "")]),
        ("Around 2.5 million residents were left without heating.", [("2.5 million", 2.5e6, "approx", "")]),
        ("Three million Ukrainians live abroad.", [("Three million", 3e6, "exact", "")]),
        ("One and a half thousand troops crossed.", [("One and a half thousand", 1500, "exact", "")]),
        ("A million and a half shells were delivered.", [("A million and a half", 1.5e6, "exact", "")]),
        ("Two dozen drones were downed.", [("Two dozen", 24, "exact", "")]),
        ("Half a dozen villages were shelled.", [("Half a dozen", 6, "exact", "")]),
        ("A quarter of a million people fled the city.", [("A quarter of a million", 250_000, "exact", "")]),
        (
            "Two million three hundred thousand homes were hit.",
            [("Two million three hundred thousand", 2.3e6, "exact", "")],
        ),
        ("A couple of thousand more were on their way.", [("A couple of thousand", 2000, "approx", "")]),
        ("A few hundred soldiers held the line.", [("A few hundred", 300, "approx", "")]),
        ("One person was killed, police said.", [("One", 1, "exact", "")]),
        ("Zero casualties were reported.", [("Zero", 0, "exact", "")]),
    ],
)
def test_numbers_in_digits_and_words(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The US approved $61 billion in aid.", [("$61 billion", 6.1e10, "exact", "USD")]),
        ("Frozen assets worth $50bn will back the loan.", [("$50bn", 5e10, "exact", "USD")]),
        ("A Moscow court fined the firm $2.5 decillion.", [("$2.5 decillion", 2.5e33, "exact", "USD")]),
        ("Brussels unlocked €2bn for air defence.", [("€2bn", 2e9, "exact", "EUR")]),
        ("London gave £1.2m to demining charities.", [("£1.2m", 1.2e6, "exact", "GBP")]),
        ("The blogger was fined 100,000 roubles.", [("100,000 roubles", 1e5, "exact", "RUB")]),
        ("The court imposed 100,000 rubles in damages.", [("100,000 rubles", 1e5, "exact", "RUB")]),
        ("Kyiv set aside 500 million hryvnias.", [("500 million hryvnias", 5e8, "exact", "UAH")]),
        (
            "Donors sent US$300m and USD 5 million.",
            [("US$300m", 3e8, "exact", "USD"), ("USD 5 million", 5e6, "exact", "USD")],
        ),
        ("The city raised 20 million euros.", [("20 million euros", 2e7, "exact", "EUR")]),
        ("Exports fell 30% in May.", [("30%", 30, "exact", "percent")]),
        ("Turnout rose to 30 per cent.", [("30 per cent", 30, "exact", "percent")]),
        ("Approval fell 5 percentage points.", [("5 percentage points", 5, "exact", "pp")]),
        ("Troops pushed 10km into the region.", [("10km", 10, "exact", "km")]),
    ],
)
def test_money_percent_and_units(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # wire copy with a dateline
            "KYIV, Oct 30 (Reuters) - Russia attacked with 62 drones and 2 missiles, 53 of which were shot down.",
            [("62", 62, "exact", ""), ("2", 2, "exact", ""), ("53", 53, "exact", "")],
        ),
        (  # UN-style briefing
            "The mission has verified 11,743 civilian deaths and 24,614 injuries since 24 February 2022.",
            [("11,743", 11_743, "exact", ""), ("24,614", 24_614, "exact", "")],
        ),
        (  # key-events list
            "Russia has between 450,000 and 500,000 troops in Ukraine, up from 360,000 a year ago.",
            [
                ("450,000", 450_000, "at_least", ""),
                ("500,000", 500_000, "at_most", ""),
                ("360,000", 360_000, "exact", ""),
            ],
        ),
        (  # ministry of defence update
            "More than half a million Russian personnel have been killed or wounded, London said.",
            [("half a million", 500_000, "at_least", "")],
        ),
        (  # live blog
            "Nearly 10 million people have fled; about 6.5m are abroad and 3.7 million are displaced at home.",
            [
                ("10 million", 1e7, "approx", ""),
                ("6.5m", 6.5e6, "approx", ""),
                ("3.7 million", 3.7e6, "exact", ""),
            ],
        ),
        (  # economics brief
            "Output grew 5.3% in 2023 and is forecast to grow 3% in 2024, the fund said.",
            [("5.3%", 5.3, "exact", "percent"), ("3%", 3, "expected", "percent")],
        ),
        (
            "Parliament lowered the draft age from 27 to 25 under law No. 3633.",
            [],
        ),
    ],
)
def test_sentences_in_several_outlets_styles(sentence: str, expected: list) -> None:
    assert found(sentence) == expected


def test_stacked_scale_words_multiply() -> None:
    assert values("Analysts put the penalty at $2.5 trillion trillion trillion.") == [2.5e36]


def test_a_huge_number_is_a_finite_float() -> None:
    assert values("The fine reached 10,000,000,000,000,000,000,000,000,000,000 roubles.") == [1e31]


@pytest.mark.parametrize(
    "sentence",
    [
        "The fine grew to 1e309 roubles.",
        "Losses were put at inf.",
        "9" * 400 + " drones",
        "1 " + "decillion " * 12,
    ],
)
def test_non_finite_values_are_never_returned(sentence: str) -> None:
    assert all(math.isfinite(v) for v in values(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between 50 and 60 shells hit the town.", [(50, "at_least"), (60, "at_most")]),
        ("Officials reported 50-60 strikes.", [(50, "at_least"), (60, "at_most")]),
        ("Some 50 to 60 drones were launched.", [(50, "at_least"), (60, "at_most")]),
        ("Casualties rose from 50 to 60 overnight.", [(50, "at_least"), (60, "at_most")]),
        ("Between 2 and 3 million people fled.", [(2e6, "at_least"), (3e6, "at_most")]),
        ("The package is worth $50-60bn.", [(5e10, "at_least"), (6e10, "at_most")]),
        ("Gunners destroyed 17 out of 43 Shaheds.", [(17, "exact"), (43, "exact")]),
        ("Only 17 of the 43 drones were downed.", [(17, "exact"), (43, "exact")]),
    ],
)
def test_ranges_and_proportions(sentence: str, expected: list) -> None:
    assert [(m.value, m.qualifier) for m in find_numbers(sentence)] == expected


def test_range_shares_its_unit() -> None:
    assert [m.unit for m in find_numbers("Prices rose by between 50 and 60 per cent.")] == [
        "percent",
        "percent",
    ]


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("at least", "at_least"),
        ("more than", "at_least"),
        ("over", "at_least"),
        ("upwards of", "at_least"),
        ("in excess of", "at_least"),
        ("no fewer than", "at_least"),
        ("up to", "at_most"),
        ("as many as", "at_most"),
        ("fewer than", "at_most"),
        ("less than", "at_most"),
        ("under", "at_most"),
        ("no more than", "at_most"),
        ("at most", "at_most"),
        ("around", "approx"),
        ("about", "approx"),
        ("approximately", "approx"),
        ("some", "approx"),
        ("roughly", "approx"),
        ("nearly", "approx"),
        ("almost", "approx"),
        ("an estimated", "approx"),
        ("estimated", "approx"),
        ("approx.", "approx"),
        ("", "exact"),
    ],
)
def test_qualifier_from_the_words_before(phrase: str, qualifier: str) -> None:
    sentence = f"Officials said {phrase} 400 soldiers were wounded.".replace("  ", " ")
    assert [(m.value, m.qualifier) for m in find_numbers(sentence)] == [(400, qualifier)]


def test_tilde_means_approx() -> None:
    assert [(m.value, m.qualifier) for m in find_numbers("Losses: ~400 vehicles.")] == [(400, "approx")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The garrison is expected to increase to approximately 12,000.",
        "The toll could reach 12,000, officials warned.",
        "Deployments are set to reach 12,000 by spring.",
        "The contingent is projected to grow to 12,000.",
        "Numbers are expected to rise to 12,000 soon.",
        "The force is expected to reach about 12,000 men.",
    ],
)
def test_projections_are_expected(sentence: str) -> None:
    assert [(m.value, m.qualifier) for m in find_numbers(sentence)] == [(12_000, "expected")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Around 8,000 troops are expected to enter the fight.", [(8000, "approx")]),
        ("Numbers could reach 12,000, up from 3,000 last week.", [(12_000, "expected"), (3000, "exact")]),
        (
            "The toll is expected to rise, one official said, after a long night in which 12 died.",
            [(1, "exact"), (12, "exact")],
        ),
    ],
)
def test_projection_only_reaches_the_next_number(sentence: str, expected: list) -> None:
    assert [(m.value, m.qualifier) for m in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages
        ("Paramedics treated at least nine residents, among them an 11-year-old boy.", [9]),
        ("Said a 69-year-old veteran who fled in 2007.", []),
        ("A child aged 12 was among the dead.", []),
        ("Two pupils aged 12 and 15 died in the strike; 36 others were hurt.", [2, 36]),
        ("Three boys, aged 12, 14 and 15, were rescued.", [3]),
        ("A man, 45, and a woman, 38, were wounded.", []),
        ("Olena Marchuk, 38, said the shelling lasted all night.", []),
        ("The girl was 12 years old.", []),
        # years
        ("The penalty was first imposed in 2020.", []),
        ("Crimea has been occupied since the 2014 annexation.", []),
        ("Veterans of the 1990s wars joined.", []),
        ("The 2022-23 winter was the hardest.", []),
        ("Some 2000 troops took part.", [2000]),
        # clock times
        ("Sirens sounded at 1.30am GMT.", []),
        ("The strike came at 10:45 local time.", []),
        ("The strike came at 0300 GMT.", []),
        ("He spoke at 3 p.m. on Friday.", []),
        ("The meeting began at 10.30.", []),
        ("Bread prices rose by 10.30 per cent.", [10.3]),
        # days of the month
        ("The incursion began on 6 August.", []),
        ("The talks opened on Nov. 28.", []),
        ("The incursion began on August 6th.", []),
        ("Strikes resumed on the 28th.", []),
        ("Fighting flared on 6-7 August.", []),
        ("Fighting flared on August 6 and 7.", []),
        ("On 24 February 2022 the invasion began.", []),
        # ordinals
        ("It is the third such winter, on day 988, the 1st of many, the first of its kind.", []),
        ("Kyiv marked the 988th day of the war.", []),
        ("The country entered the twenty-first year of sanctions.", []),
        # durations
        ("The war has gone on for two years.", []),
        ("After four years of shelling, the town is empty.", []),
        ("The siege passed 1,000 days on Monday.", []),
        ("Power was cut for 48 hours.", []),
        ("The offensive stalled for three weeks.", []),
        ("A 48-hour ceasefire was agreed.", []),
        ("Repairs will take two to three months.", []),
        ("Repairs will take between 48 and 72 hours.", []),
        # models, units and labels
        ("Tu-95MS, Su-34, S-300, S-400, F-16 and MiG-29 jets were involved.", []),
        ("Kh-101, Shahed-136, Ka-52, T-72, M142, RS-24 and Iskander-M systems were seen.", []),
        ("The G7 and the G20 discussed COVID-19.", []),
        ("Nato's Article 5 and Resolution 2231 were cited.", []),
        ("Patriot PAC-3, A-50 and Il-76 aircraft took off.", []),
        ("Ukraine needs 155mm shells.", []),
        ("The 47th Brigade and the 3rd Assault Brigade held the line.", []),
        ("Reactor No. 4 is idle.", []),
        ("Leaders of the Group of Seven met.", []),
        # phone numbers, URLs, versions, dates
        ("Call the hotline on +380 44 123 4567 for help.", []),
        ("Read more at https://example.org/news/2024/10/123 today.", []),
        ("Version 2.1.3 of the app tracks air raids.", []),
        ("The decree of 2024-10-30 took effect.", []),
        ("The decree of 30.10.2024 took effect.", []),
        # vague quantities
        ("Hundreds of thousands fled; thousands more followed.", []),
        ("Dozens were hurt and several were missing; many remain.", []),
        ("Scores of drones and tens of thousands of shells were fired.", []),
    ],
)
def test_what_is_not_a_figure(sentence: str, expected: list) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One of the children was pulled from the rubble.", []),
        ("No one was hurt in the blast.", []),
        ("The two armies blamed one another.", [2]),
        ("The drones were downed one by one.", []),
        ("At one point the bridge was hit.", []),
        ("On the one hand, talks continue.", []),
        ("It was a one-off payment.", []),
        ("One person was killed and one was injured.", [1, 1]),
        ("Only one drone got through.", [1]),
    ],
)
def test_one_as_a_pronoun_is_not_a_number(sentence: str, expected: list) -> None:
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("nine", 9),
        ("thirty-six", 36),
        ("twenty one", 21),
        ("a hundred", 100),
        ("two hundred and fifty", 250),
        ("one hundred and twenty-one", 121),
        ("a dozen", 12),
        ("half a million", 500_000),
        ("a couple of thousand", 2000),
        ("a few hundred", 300),
        ("2.5 million", 2.5e6),
        ("three million", 3e6),
        ("one and a half thousand", 1500),
        ("a million and a half", 1.5e6),
        ("2.5 decillion", 2.5e33),
        ("Ten Thousand", 10_000),
        ("two three", None),
        ("ten one", None),
        ("hundreds", None),
        ("", None),
        ("and", None),
    ],
)
def test_parse_number_words(words: str, value: float | None) -> None:
    assert parse_number_words(words) == value


def test_a_million_and_a_half_is_not_a_million_and_one_and_a_half() -> None:
    assert parse_number_words("a million and a half") == 1_500_000


def test_stacked_scales_round_once_not_per_scale_word() -> None:
    assert values("It equals $2.5 trillion trillion trillion.") == [2.5e36]


def test_digits_without_a_scale_word_do_not_crash() -> None:
    assert values("Exactly 43 drones.") == [43]


def test_unknown_illion_after_digits_is_not_read_as_the_bare_digits() -> None:
    assert values("The fine passed 2 undecillion.") == []


def test_lowercasing_that_changes_length_keeps_offsets() -> None:
    sentence = "İİ İstanbul hosted talks; 43 drones were downed."
    assert found(sentence) == [("43", 43, "exact", "")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 10\u00a0000 troops massed at the border.", [10_000]),
        ("Reserves of 2\u202f500 tanks remain.", [2500]),
        ("Unit 000 and agent 007 were named.", []),
    ],
)
def test_thin_space_thousands_and_leading_zero_codes(sentence: str, expected: list) -> None:
    assert values(sentence) == expected


def test_offsets_point_at_the_number_text() -> None:
    sentence = "Pyongyang has sent 10,000 soldiers, with as many as 8,000 near the border."
    spans = [(m.start, m.end, m.qualifier) for m in find_numbers(sentence)]
    assert spans == [(19, 25, "exact"), (52, 57, "at_most")]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_match(text: str) -> None:
    for m in find_numbers(text):
        assert math.isfinite(m.value) and m.value >= 0
        assert text[m.start : m.end] == m.text


number_like = st.lists(
    st.sampled_from(
        ["1", "12", "2.5", ",", ".", "000", "-", " ", "$", "€", "+", "~", "million", "a", "half", "and", "one",
         "hundred", "of", "bn", "m", "k", "%", "per cent", "aged", "year", "old", "to", "between", "US", "(", "/"]
    ),
    max_size=25,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(number_like)
def test_number_like_text_never_raises_and_values_are_finite(text: str) -> None:
    for m in find_numbers(text):
        assert math.isfinite(m.value) and m.value >= 0
        assert text[m.start : m.end] == m.text
