"""Bugs found on texts the coder had not seen: figures' metrics, values and subjects, each pinned by name."""

from datetime import date

import pytest

from tests.extraction_helpers import extract_text, one_sentence, rows
from tests.regression_texts import (
    BULLETIN,
    ENERGY,
    LIVE,
    MOSCOW_WIRE,
    RUSSIAN_SIDE,
    TASS,
    _address,
    _figure_rows,
    _navy,
)


def test_including_sub_count_keeps_the_verb_and_headline_claim_folds(settings, resources):
    figures = extract_text(RUSSIAN_SIDE, settings, resources, name="ru.txt").figures
    drones = sorted(rows(figures[figures.metric.str.startswith("drones")], "metric", "value", "claimant"))
    assert drones == [
        ("drones_destroyed", 46.0, "Russian Defence Ministry"),
        ("drones_destroyed", 162.0, "Russian Defence Ministry"),
    ]


def test_headline_headcount_folds_into_the_bodys_claim(settings, resources):
    figures = extract_text(LIVE, settings, resources, name="live.txt").figures
    assert rows(figures[figures.metric == "killed"], "value", "claimant") == [
        (2.0, "Ukrainian prosecutor's office")
    ]


def test_releasing_prisoners_is_an_exchange_not_a_capture(settings, resources):
    figures = extract_text(BULLETIN, settings, resources, name="bulletin.txt").figures
    assert "captured" not in set(figures.metric)


def test_a_participle_after_the_noun_does_not_override_the_verb_before_the_number(settings, resources):
    """'air defences had destroyed 23 drones heading for the capital': destroyed, not launched."""
    figures = extract_text(MOSCOW_WIRE, settings, resources, name="wire.txt").figures
    assert rows(figures[figures.value == 23], "metric") == [("drones_destroyed",)]


def test_a_breakdown_after_a_colon_shares_the_count_s_noun_and_verb(settings, resources):
    """'destroyed 120 Ukrainian UAVs: 48 over the Kursk region, 30 over the Bryansk region, …'"""
    figures = extract_text(TASS, settings, resources, name="tass.txt").figures
    destroyed = figures[figures.metric == "drones_destroyed"]
    assert sorted(destroyed.value) == [20.0, 22.0, 30.0, 48.0, 120.0]
    assert set(destroyed.claimant) == {"Russian Defence Ministry"}
    assert rows(destroyed[destroyed.value == 48], "location") == [("Kursk",)]


def test_missiles_one_state_supplies_to_another_are_not_launched(settings, resources):
    figures = extract_text(ENERGY, settings, resources, name="energy.txt").figures
    assert rows(figures[figures.value == 100], "metric", "claimant") == [
        ("missiles_supplied", "Ukrainian military intelligence")
    ]


def test_a_number_in_quotes_counts_the_noun_after_the_quote(settings, resources):
    text = 'date 2025-02-12 NATO\nNATO Secretary General Mark Rutte said only that "more than 10,000" North Korean troops were in Russia.\n'
    assert _figure_rows(text, settings, resources, "metric", "value") == [("troops", 10000)]


def test_more_of_a_thing_counted_in_another_paragraph_is_no_figure(settings, resources):
    text = (
        "date 2024-03-17 Belgorod\n"
        'The ministry said it had killed more than 200 "militants" near Kozinka over the past day.\n'
        "Some 1,300 children have left the city, and around 9,000 more will leave in the coming days, he said.\n"
    )
    assert _figure_rows(text, settings, resources, "metric", "value") == [("killed", 200)]


def test_part_of_a_whole_named_by_model_numbers_shares_its_noun(settings, resources):
    """'destroying 15 of the 17 Shahed … UAVs', 'shot down 21 of the 23 Kh-101 and Kh-555 cruise missiles'."""
    text = (
        "date 2024-03-17 Night\n"
        "The air force reported destroying 15 of the 17 Shahed one-way attack UAVs launched against the Odesa region.\n"
        "The military said it had shot down 21 of the 23 Kh-101 and Kh-555 cruise missiles fired at Ukraine.\n"
    )
    assert sorted(_figure_rows(text, settings, resources, "metric", "value")) == [
        ("drones_destroyed", 15),
        ("drones_launched", 17),
        ("missiles_destroyed", 21),
        ("missiles_launched", 23),
    ]


def test_prisoners_killed_are_killed_not_captured(settings, resources):
    text = "date 2025-07-03 Executions\nAt least 268 Ukrainian prisoners of war have been killed after being captured since the invasion, prosecutors said.\n"
    assert _figure_rows(text, settings, resources, "metric", "value", "qualifier") == [
        ("killed", 268, "at_least")
    ]


def test_units_and_group_sizes_are_no_troop_counts(settings, resources):
    text = (
        "date 2025-10-16 Huliaipole\n"
        "Russia has moved two naval infantry brigades and about 15,000 troops to the Zaporizhzhia region in the war, officials said. "
        "Russian units were attacking in groups of three to five soldiers on motorcycles.\n"
    )
    assert _figure_rows(text, settings, resources, "metric", "value") == [("troops", 15_000)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Ukraine's air force said Russia had fired five Iskander-M ballistic missiles at the Odesa region on "
            "Wednesday, two of which were intercepted.",
            [("missiles_destroyed", 2), ("missiles_launched", 5)],
            id="'two of which were intercepted' counts what the verb after 'of which' says",
        ),
        pytest.param(
            "The Russian Defence Ministry said air defence systems had destroyed 27 Ukrainian drones over the "
            "Bryansk region and 14 over the Kursk region overnight.",
            [("drones_destroyed", 14), ("drones_destroyed", 27)],
            id="'27 drones over X and 14 over Y' shares the verb",
        ),
    ],
)
def test_a_number_without_a_verb_of_its_own_shares_the_one_it_continues(
    settings, resources, sentence, expected
):
    text = f"date 2025-03-13 Night\n{sentence}\n"
    assert sorted(_figure_rows(text, settings, resources, "metric", "value")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2025-01-20 Troops\nThe Pentagon estimated the number of North Korean troops in the Kursk region "
            "at 11,000 on Monday.\n",
            [("troops", "North Korean troops", 11000, "exact")],
            id="the number of troops estimated at",
        ),
        pytest.param(
            "date 2025-01-20 Swap\nThe ombudsman put the number of Ukrainian soldiers released in the prisoner "
            "swap at about 150.\n",
            [("prisoners_exchanged", "Ukrainian troops", 150, "approx")],
            id="the number of soldiers released put at about",
        ),
        pytest.param(
            "date 2025-01-20 Front\nThe brigade reached the village at 10 in the morning, and the shelling stopped "
            "at 11.\n",
            [],
            id="a time after 'at' is no amount",
        ),
    ],
)
def test_an_amount_set_with_at_counts_the_noun_before_it(settings, resources, text, expected):
    assert _figure_rows(text, settings, resources, "metric", "subject", "value", "qualifier") == expected


def test_a_losses_table_counts_what_each_line_names_for_the_body_whose_update_it_is(settings, resources):
    text = (
        "date 2025-10-02 Enemy losses: Air Force update for 2 October\n"
        "The enemy's total losses are as follows:\n"
        "tanks – 11,204 (+2)\n"
        "Shahed-type UAVs – 70,115 (+180)\n"
        "cruise missiles – 3,702 (+3)\n"
        "Russian forces also carried out 6 missile strikes on towns near Pokrovsk.\n"
    )
    got = sorted(rows(extract_text(text, settings, resources).figures, "metric", "value", "claimant"))
    assert got == [
        ("drones_destroyed", 180, "Ukrainian Air Force"),
        ("drones_destroyed", 70115, "Ukrainian Air Force"),
        ("missiles_destroyed", 3, "Ukrainian Air Force"),
        ("missiles_destroyed", 3702, "Ukrainian Air Force"),
    ]


def test_one_claimant_restating_a_number_is_one_claim(settings, resources):
    text = (
        "date 2025-10-02 Losses\nRussia lost another 980 soldiers over the past day, Ukraine's General Staff said.\n"
        "The General Staff said Russian forces had lost 980 troops in the past 24 hours.\n"
    )
    assert rows(extract_text(text, settings, resources).figures, "metric", "value") == [("casualties", 980)]


def test_a_list_of_things_destroyed_shares_its_verb(settings, resources):
    text = (
        "date 2024-12-02 Briefing\nSince the start of the operation, Russian forces have destroyed 650 aircraft, "
        "283 helicopters, 37,524 unmanned aerial vehicles and 19,860 tanks, the ministry said.\n"
    )
    assert _figure_rows(text, settings, resources, "metric", "value") == [("drones_destroyed", 37524)]


def test_a_verb_after_a_number_ends_its_phrase_and_a_street_is_no_place(settings, resources):
    text = (
        "date 2025-07-14 Shebekino\nTwo people were killed and nine injured when a Ukrainian drone struck a minibus "
        "on Lenin Street in Shebekino on Sunday, the governor said.\n"
    )
    tables = extract_text(text, settings, resources)
    assert sorted(rows(tables.figures, "metric", "value")) == [("injured", 9), ("killed", 2)]
    assert rows(tables.events, "location", "fatalities", "injuries") == [("Shebekino", 2, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2025-01-16 Forces\nKyrylo Budanov said Russia's grouping of forces in Ukraine numbers about "
            "620,000.\n",
            [("troops", 620000, "Kyrylo Budanov")],
            id="a grouping of forces numbers",
        ),
        pytest.param(
            "date 2025-01-16 Recruits\nDmitry Medvedev said 38,000 men had joined volunteer units in December.\n",
            [("volunteers", 38000, "Dmitry Medvedev")],
            id="men who joined volunteer units",
        ),
        pytest.param(
            "date 2025-01-16 Kursk\nThe US expects 3,000 more North Korean troops to reach the Kursk region in "
            "the coming weeks, US secretary of state Antony Blinken said.\n",
            [("troops", 3000, "Antony Blinken")],
            id="who says what a country expects",
        ),
    ],
)
def test_stock_and_recruitment_figures(settings, resources, text, expected):
    assert _figure_rows(text, settings, resources, "metric", "value", "claimant") == expected


def test_the_items_of_a_list_share_what_its_opening_line_says_happened(settings, resources):
    text = (
        "date 2025-03-07 Air Force: massive overnight attack\n"
        "In total, 120 means of air attack were detected, including:\n"
        "– 20 Kh-101 cruise missiles;\n"
        "– 100 Shahed-type attack UAVs.\n"
        "As of 09:00, 95 air targets are confirmed to have been shot down:\n"
        "– 15 Kh-101 cruise missiles;\n"
        "– 80 Shahed-type attack UAVs.\n"
        "Hits were recorded in the Kharkiv and Lviv regions.\n"
    )
    got = sorted(_figure_rows(text, settings, resources, "metric", "value"))
    assert got == [
        ("drones_destroyed", 80),
        ("drones_launched", 100),
        ("missiles_destroyed", 15),
        ("missiles_launched", 20),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2025-07-04 Losses\nIn the war, Dagestan has 4,120 confirmed dead, Mediazona said.\n",
            [("killed", 4120)],
            id="confirmed dead",
        ),
        pytest.param(
            "date 2025-07-04 Losses\nAt least 14 contract soldiers were killed when a missile hit a training ground "
            "near Korenevo, Mediazona said.\n",
            [("killed", 14)],
            id="contract soldiers killed are killed, not volunteers",
        ),
    ],
)
def test_counts_of_the_dead(settings, resources, text, expected):
    assert _figure_rows(text, settings, resources, "metric", "value") == expected


def test_a_toll_with_no_other_word_counts_the_dead(settings, resources):
    text = (
        "date 2024-03-02 Strike on Sumy\n"
        "A Russian missile struck a clinic in Sumy on Friday, killing two people.\n"
        "By Saturday morning the toll had climbed to five, the governor said.\n"
    )
    tables = extract_text(text, settings, resources)
    killed = tables.figures[tables.figures.metric == "killed"]
    assert sorted(killed.value) == [2, 5] and set(killed.subject) == {"people"}
    assert list(tables.events.fatalities) == [5]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        (
            "A surgeon in Kherson said she had operated on seven wounded soldiers after the shelling.",
            "injured",
        ),
        ("Medics recovered four dead civilians from the rubble after the missile strike.", "killed"),
    ],
)
def test_a_casualty_word_inside_the_counted_phrase_gives_the_metric(settings, resources, sentence, metric):
    figures = extract_text(f"date 2024-03-02 Report\n{sentence}\n", settings, resources).figures
    assert list(figures.metric) == [metric]


def test_soldiers_laying_down_their_arms_are_captured(settings, resources):
    text = (
        "date 2024-03-02 Report\n"
        "Near Robotyne, five Russian soldiers laid down their arms and surrendered to a Ukrainian assault "
        "brigade, the brigade said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert list(zip(figures.metric, figures.value, strict=True)) == [("captured", 5)]


def test_prisoners_brought_home_and_losses_amounting_to_a_number_are_counted(settings, resources):
    figures = _address(settings, resources).figures
    got = {(r.metric, r.value) for r in figures.itertuples()}
    assert {("prisoners_exchanged", 120), ("casualties", 9000)} <= got


def test_a_number_included_in_another_shares_its_verb(settings, resources):
    text = (
        "date 2025-03-09 Exchange\n"
        "Among those freed in the exchange were 52 marines, including 14 fighters of the 36th brigade, Yermak said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(zip(figures.metric, figures.value, strict=True)) == [
        ("prisoners_exchanged", 14),
        ("prisoners_exchanged", 52),
    ]


def test_a_handful_of_soldiers_in_a_story_is_no_troop_figure(settings, resources):
    text = (
        "date 2025-03-09 Investigation\n"
        "Investigators say the commander and three other Russian servicemen looted the village shop before "
        "the shelling of Kherson.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert "troops" not in set(figures.metric)


def test_a_model_name_inside_the_counted_phrase_keeps_a_list_together(settings, resources):
    """'destroyed 14 Shahed-131/136 attack drones and 2 Kh-59 guided missiles': both destroyed."""
    figures = _navy(settings, resources).figures
    got = {(r.metric, r.value) for r in figures.itertuples()}
    assert {("drones_destroyed", 14), ("missiles_destroyed", 2)} <= got


def test_a_salvo_size_is_no_figure(settings, resources):
    figures = _navy(settings, resources).figures
    assert 8 not in set(figures.value)


def test_a_number_compared_with_the_one_before_is_the_same_measure(settings, resources):
    text = (
        "date 2025-06-26 Aid\n"
        "Norway will provide €8bn in military aid this year, its defence minister said on Tuesday, up from "
        "€3bn last year.\n"
        "Officials said 41 civilians were killed in the region in May, up from 23 in April.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = sorted(zip(figures.metric, figures.value, strict=True))
    assert ("aid_value", 3e9) in got and ("aid_value", 8e9) in got
    assert ("killed", 23) in got and ("killed", 41) in got


def test_a_verb_that_fits_the_counted_thing_wins_over_one_that_does_not(settings, resources):
    """'supply 200 air defence missiles worth £50mn': supplied, not a price that says nothing of missiles."""
    text = (
        "date 2025-06-26 Aid\nCanada said it would supply 200 air defence missiles worth C$50mn to Ukraine.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert ("missiles_supplied", 200) in set(zip(figures.metric, figures.value, strict=True))


EVACUATIONS = """date 2025-03-10 Regional digest
Russian shelling of Nikopol injured two people, the governor said.
Evacuation
31 people, including 5 children, were evacuated from communities of the Nikopol district.
Since the mandatory evacuation was announced in January, 2,300 people, including 410 children, have left the Pokrovsk district, the governor said.
"""


def test_a_war_documents_evacuations_count_in_a_post_without_a_war_word(settings, resources):
    figures = extract_text(EVACUATIONS, settings, resources).figures
    evacuated = figures[figures.metric == "evacuated"]
    assert {31, 5} <= set(evacuated.value)


def test_people_who_left_in_an_evacuation_were_evacuated(settings, resources):
    """'have left the district' in a sentence about the mandatory evacuation: evacuated, and so is the total
    the count of children is part of."""
    figures = extract_text(EVACUATIONS, settings, resources).figures
    evacuated = figures[figures.metric == "evacuated"]
    assert {2300, 410} <= set(evacuated.value)


def test_a_flood_evacuation_in_a_document_without_war_is_no_war_figure(settings, resources):
    text = (
        "date 2025-03-10 Floods\nHeavy rain flooded the village; 40 residents were evacuated by rescuers.\n"
    )
    assert extract_text(text, settings, resources).figures.empty


def test_a_number_compared_with_the_last_is_the_same_measure(settings, resources):
    text = (
        "date 2025-11-04 Monthly tally\n"
        "Russia's defence ministry reported shooting down 2,870 Ukrainian drones in October, up from 2,400 in "
        "September.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("drones_destroyed", 2870), ("drones_destroyed", 2400)}


def test_a_first_names_age_after_who_she_was_is_no_figure(settings, resources):
    figures = one_sentence(
        "Crowds attended the funeral of Iryna Koval, 36, and her son Maksym, 7, two of the five people killed "
        "when a missile hit a shop in Chernihiv on Friday, officials said.",
        settings,
        resources,
    ).figures
    assert set(figures.value) == {5}


def test_people_who_remain_in_hospital_are_injured(settings, resources):
    figures = one_sentence(
        "Twelve people remained in hospital after the drone strike on Kherson, three of them in a serious "
        "condition, the governor said.",
        settings,
        resources,
    ).figures
    assert ("injured", 12) in rows(figures, "metric", "value")
    assert "killed" not in set(figures.metric)


def test_fighter_bombers_are_aircraft_not_fighters(settings, resources):
    figures = one_sentence(
        "Analysts said the raid had destroyed at least two Su-34 fighter-bombers at the Morozovsk airbase.",
        settings,
        resources,
    ).figures
    assert "troops" not in set(figures.metric)


# Rules found on blind rounds j and k (2026-11-23).


def test_money_a_government_will_give_is_aid_in_kroner(settings, resources):
    text = (
        "date 2025-06-13 Aid\nLatest.\n"
        "Norway said on Thursday it would give 1.5 billion kroner for repairs to Ukraine's power grid.\n"
        "Denmark's government said it would give 900 million kroner for drone production.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "metric", "unit", "value"))
    assert got == {("aid_value", "NOK", 1_500_000_000), ("aid_value", "DKK", 900_000_000)}


def test_prisoners_who_came_home_were_exchanged_not_captured(settings, resources):
    text = "date 2025-06-13 Exchange\nLatest.\nOn Thursday, 84 Ukrainian prisoners of war came home.\n"
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("prisoners_exchanged", 84)]


def test_occupiers_neutralised_are_casualties_and_irretrievably_is_killed(settings, resources):
    text = (
        "date 2025-06-13 General Staff update\nMorning update.\n"
        "In the Pokrovsk direction, the enemy attacked 40 times near Udachne, Kotlyne and Zvirove.\n"
        "Over the past day, in this direction, our troops neutralised 120 occupiers, 70 of them irretrievably.\n"
    )
    tables = extract_text(text, settings, resources)
    assert set(rows(tables.figures, "metric", "value")) == {("casualties", 120), ("killed", 70)}
    assert "Disrupted weapons use" not in set(tables.events.sub_event_type)


def test_a_part_of_them_is_no_item_of_a_list(settings, resources):
    text = (
        "date 2025-06-13 Address\nEvening address.\n"
        "Russian losses near Toretsk over the month amount to more than 9,000 occupiers, 4,100 of them killed, "
        "the president said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("casualties", 9000), ("killed", 4100)}


def test_a_number_put_at_between_two_values_is_a_range(settings, resources):
    text = (
        "date 2025-11-04 Estimates\nLatest.\n"
        "Ukraine's military intelligence has put the number of North Korean troops in Russia at between 9,000 "
        "and 10,000.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "value", "qualifier")) == {(9000, "at_least"), (10000, "at_most")}


def test_missiles_shipped_along_with_shells_are_supplied(settings, resources):
    text = (
        "date 2025-11-04 Supplies\nLatest.\n"
        "The agency said the North had shipped more than nine million shells to Russia since 2023, along with "
        "about 180 ballistic missiles.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("missiles_supplied", 180)]


def test_servicemen_a_ministry_says_it_eliminated_were_killed(settings, resources):
    text = (
        "date 2025-05-27 Claims\nLatest.\n"
        "Russia's Defence Ministry said its forces had struck a train at Lozova, eliminating up to 30 servicemen.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "qualifier") == [("killed", 30, "at_most")]


def test_drones_shot_down_or_suppressed_were_destroyed(settings, resources):
    text = (
        "date 2025-07-22 Overnight\nLatest.\n"
        "Air defence units shot down or suppressed 210 drones and 12 missiles, the air force said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("drones_destroyed", 210), ("missiles_destroyed", 12)}


def test_a_second_number_after_and_up_to_shares_the_verb(settings, resources):
    text = (
        "date 2025-09-08 Claims\nLatest.\n"
        'The ministry said it had struck a training centre, killing "up to 120 servicemen and up to 15 foreign '
        'mercenaries".\n'
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value", "qualifier")) == {
        ("killed", 120, "at_most"),
        ("killed", 15, "at_most"),
    }


def test_missiles_that_hit_targets_are_no_count_and_a_partitive_shares_the_downing(settings, resources):
    text = (
        "date 2025-10-20 Overnight\nLatest.\n"
        "Russia's Defence Ministry claimed 90 Ukrainian drones were downed over 10 regions, 25 of them over the "
        "Bryansk region.\n"
        "The air force said 12 drones and three missiles hit targets in six locations.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value")) == {("drones_destroyed", 90), ("drones_destroyed", 25)}


def test_a_comma_list_of_counts_by_region_shares_the_noun_and_verb(settings, resources):
    text = (
        "date 2025-09-18 Overnight\nLatest.\n"
        "According to the ministry, 21 drones were destroyed over the Bryansk Region, 11 over the Kursk Region, "
        "seven over the Oryol Region and three over the Tula Region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("drones_destroyed", v) for v in (3, 7, 11, 21)]


def test_a_count_up_from_last_weeks_keeps_both_numbers_dated_apart(settings, resources):
    text = (
        "date 2025-12-05 The count\nLatest.\n"
        "The ministry said 48,210 soldiers had been killed since the start of the war, up from 47,950 a week "
        "earlier.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "refers_to_date")) == [
        ("killed", 47950, "2025-11-28"),
        ("killed", 48210, "2025-12-05"),
    ]


def test_ratios_and_ages_are_no_counts_of_people(settings, resources):
    text = (
        "date 2025-12-05 Count of the dead\nLatest.\n"
        "In the Kursk region, 2,140 deaths have been confirmed, and in Tuva one in every 40 men aged 20 to 55 has "
        "been killed.\n"
        "The average age of the soldiers killed in the list is 36; the youngest was 19.\n"
        "Two men aged 70 and 66 were killed, and three residents were injured.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("injured", 3), ("killed", 2), ("killed", 2140)]


def test_bracketed_counts_after_names_share_the_first_ones_measure(settings, resources):
    text = (
        "date 2025-12-05 Russian soldiers killed in the war in Ukraine: the count of the dead\nLatest.\n"
        "Most confirmed deaths are in Dagestan (3,210), followed by Bashkortostan (2,980) and the Perm region "
        "(1,705), the outlet said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("killed", v) for v in (1705, 2980, 3210)]


def test_a_range_with_no_noun_gives_both_ends_the_same_measure(settings, resources):
    text = (
        "date 2025-12-05 Estimate\nLatest.\n"
        "The researchers said the real number of dead among Russian troops is between 140,000 and 175,000.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "qualifier")) == [
        ("killed", 140000, "at_least"),
        ("killed", 175000, "at_most"),
    ]


def test_drones_counted_crossing_a_neighbours_airspace_are_no_launch_figure(settings, resources):
    text = (
        "date 2025-12-05 Weekly report\nLatest.\n"
        "Over the week, monitors recorded at least 11 Shahed drones that entered Moldovan airspace from Ukraine; "
        "the week before there were six.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert figures.empty


def test_a_toll_link_stands_right_before_its_number(settings, resources):
    text = (
        "date 2025-12-06 Russian shelling of the Sumy region: day summary\nLatest.\n"
        "In total, one civilian was killed and three were injured in the region over the past day.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("injured", 3), ("killed", 1)]


def test_one_side_of_a_for_every_ratio_is_no_count(settings, resources):
    text = (
        "date 2025-12-06 Attrition\nLatest.\n"
        "That works out at about four Russian casualties for every Ukrainian one in the war.\n"
    )
    assert extract_text(text, settings, resources).figures.empty


def test_a_death_toll_counts_the_dead_whatever_was_said_before(settings, resources):
    text = (
        "date 2025-12-09 Russian drone strike on Sumy\nLatest.\n"
        "One of the injured women died in hospital; the death toll is now three.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("killed", 3)]


def test_a_raised_number_of_damaged_houses_counts_houses(settings, resources):
    text = (
        "date 2025-12-09 Drone attack on Sevastopol\nLatest.\n"
        "Falling debris damaged two private houses, governor Mikhail Razvozhayev said.\n"
        "By midday, Razvozhayev had raised the number of damaged houses to six.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant")) == [
        ("buildings_damaged", 2, "Mikhail Razvozhayev"),
        ("buildings_damaged", 6, "Mikhail Razvozhayev"),
    ]


def test_a_number_does_not_borrow_the_noun_of_the_next_number(settings, resources):
    text = (
        "date 2025-12-09 Regional roundup\nLatest.\n"
        "Kherson Oblast: Russian attacks on 14 towns and villages killed three people and injured nine, the "
        "governor reported.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("injured", 9), ("killed", 3)]


def test_a_part_of_an_uncounted_thing_is_uncounted_but_a_part_of_drones_over_regions_is_drones(
    settings, resources
):
    text = (
        "date 2025-12-09 General Staff update\nLatest.\n"
        "Yesterday, the enemy used 4,310 kamikaze drones and carried out 2,950 shellings of our positions, 97 of "
        "them from multiple rocket launchers.\n"
        "Russia's Defence Ministry claimed 86 Ukrainian drones were downed over nine regions, 31 of them over the "
        "Bryansk region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("drones_destroyed", 31),
        ("drones_destroyed", 86),
        ("drones_launched", 4310),
    ]


def test_a_count_that_fell_to_a_number_from_another_gives_both_and_quoted_schemes_count_nothing(
    settings, resources
):
    text = (
        "date 2025-12-09 Russian recruitment for the war slows\nLatest.\n"
        "According to calculations by the investigative outlet iStories, about 140,000 contracts were signed in "
        "the first half of the year.\n"
        "The Re: Russia project estimates that the number of new contracts fell to about 21,000 in November from "
        "about 30,000 in August.\n"
        'More than 400 men aged 18 to 24 had signed up for one-year "18-24" contracts.\n'
        "Putin's decree set a target of 135,000 conscripts for the autumn call-up.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant")) == [
        ("people_drafted", 135000, "Vladimir Putin"),  # the signer claims what his decree sets
        ("volunteers", 400, ""),
        ("volunteers", 21000, "Re: Russia"),
        ("volunteers", 30000, "Re: Russia"),
        ("volunteers", 140000, "iStories"),
    ]


def test_a_like_for_like_swap_counts_once_and_those_among_them_share_the_return(settings, resources):
    text = (
        "date 2025-12-09 Prisoner exchange\nLatest.\n"
        "Vladimir Putin noted that on 6 December Russia and Ukraine had exchanged 157 prisoners of war for 157.\n"
        "Ukraine's Coordination Headquarters said 160 Ukrainians had returned home on Saturday, including 20 "
        "seriously wounded soldiers, and that three civilians from Mariupol were among them.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("prisoners_exchanged", v) for v in (3, 20, 157, 160)]


def test_a_releases_national_contributions_are_aid_claimed_by_each_country_in_its_currency(
    settings, resources
):
    text = (
        "date 2025-12-09 Nordic countries finance shells and drones for Ukraine\n"
        "Ministry of Defence of the Republic of Latvia | Press release | 09.12.2025\n"
        "The package for Ukraine is worth about €410 million. National contributions:\n"
        "Norway – NOK 1.9 billion\n"
        "Denmark – DKK 500 million\n"
        "Latvia – EUR 15 million\n"
        "Canada, which joined the package as a partner, contributes CAD 45 million (about €30 million).\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "unit", "claimant_country")) == [
        (15_000_000, "EUR", "Latvia"),
        (45_000_000, "CAD", "Canada"),
        (410_000_000, "EUR", "Latvia"),
        (500_000_000, "DKK", "Denmark"),
        (1_900_000_000, "NOK", "Norway"),
    ]
    assert set(figures.metric) == {"aid_value"}


def test_a_count_listed_as_missing_is_missing_and_men_back_on_duty_are_no_figure(settings, resources):
    text = (
        "date 2025-12-09 Losses in the war\nLatest.\n"
        "The open-source project UALosses has identified by name 95,100 Ukrainian servicemen killed since "
        "February 2022 and lists a further 79,000 as missing.\n"
        "The ministry said more than 26,000 servicemen had returned to their units after going absent without "
        "leave.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("killed", 95100), ("missing", 79000)]


def test_a_table_written_as_text_gives_a_figure_per_counted_cell_at_its_rows_month(settings, resources):
    text = (
        "date 2025-12-09 Three months of drones over Ukraine\n"
        "Texty.org.ua | Data | 9 December 2025\n"
        "Russia launched more drones at Ukraine in November than in any month before, by our count.\n"
        "Month | Drones launched | Shot down or suppressed | Hits recorded\n"
        "September 2025 | 3,210 | 2,840 | 301\n"
        "October 2025 | 3,505 | 3,102 | 322\n"
        "Total | 6,715 | 5,942 | 623\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "refers_to_date", "metric", "value", "claimant")) == [
        ("2025-09-01", "drones_destroyed", 2840, "Texty"),
        ("2025-09-01", "drones_launched", 3210, "Texty"),
        ("2025-10-01", "drones_destroyed", 3102, "Texty"),
        ("2025-10-01", "drones_launched", 3505, "Texty"),
        ("2025-12-09", "drones_destroyed", 5942, "Texty"),
        ("2025-12-09", "drones_launched", 6715, "Texty"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Three civilians were injured, one in Kherson and two in Beryslav.", [1, 2, 3]),
        ("Ukraine lowered the mobilisation age last year, and 30,000 men were drafted in May.", [30000]),
        ("Ukraine signed 12 contracts with European arms makers for the army.", []),
    ],
)
def test_review_counterexamples_keep_their_figures(settings, resources, sentence, expected):
    text = f"date 2025-12-01 Russian attacks on Ukraine\nLatest.\n{sentence}\n"
    figures = extract_text(text, settings, resources).figures
    assert sorted(figures.value) == expected


def test_a_markdown_table_reads_like_a_plain_one(settings, resources):
    text = (
        "date 2025-12-09 Drones over Ukraine by month\n"
        "Texty.org.ua | Data | 9 December 2025\n"
        "| Month | Drones launched | Shot down or suppressed |\n"
        "| September 2025 | 3,210 | 2,840 |\n"
        "| October 2025 | 3,505 | 3,102 |\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "refers_to_date", "metric", "value")) == [
        ("2025-09-01", "drones_destroyed", 2840),
        ("2025-09-01", "drones_launched", 3210),
        ("2025-10-01", "drones_destroyed", 3102),
        ("2025-10-01", "drones_launched", 3505),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine passengers were injured, three of them seriously.", [9, 3]),
        ("The number of wounded in Shebekino has risen to seven, two of them children.", [7, 2]),
        ("Five workers were injured, one of them critically.", [5, 1]),
    ],
)
def test_a_part_of_the_injured_named_after_of_them_is_a_figure_too(settings, resources, sentence, expected):
    text = f"date 2025-10-14 Shelling\nRussian shelling hit a bus station in Nikopol on Tuesday. {sentence}\n"
    figures = extract_text(text, settings, resources).figures
    assert sorted(figures[figures.metric == "injured"].value, reverse=True) == expected


def test_hits_by_weapons_are_no_count_of_weapons_launched(settings, resources):
    text = (
        "date 2025-10-30 Air Force\n"
        "Russia launched 6 missiles and 120 drones overnight; air defence shot down 4 missiles and 97 drones, and "
        "hits by two missiles and 18 drones were recorded at eleven locations, the Air Force said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("drones_destroyed", 97),
        ("drones_launched", 120),
        ("missiles_destroyed", 4),
        ("missiles_launched", 6),
    ]


def test_what_is_said_of_some_of_the_counted_after_of_whom_does_not_recount_them(settings, resources):
    text = (
        "date 2025-10-20 Counting the dead\n"
        "The project lists another 12,400 soldiers as missing, most of whom are presumed dead, its editors said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("missing", 12_400)]


def test_land_cleared_or_flooded_is_no_area_taken_and_a_workers_age_is_no_count(settings, resources):
    text = (
        "date 2025-08-08 Demining bulletin\n"
        "Sappers have cleared 2,100 square kilometres of farmland this year; about 120,000 square kilometres remain "
        "potentially contaminated.\n"
        "Two deminers were injured near Izium; the older sapper, 31, is in a stable condition.\n"
        "Russian forces captured about 410 square kilometres of Ukrainian territory in July, DeepState said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("area_km2", 410), ("injured", 2)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Russia fired 512 drones at Ukraine in June, so the rise this year is smaller than the monthly one.",
            [("drones_launched", 512)],
        ),
        ("Two drones were shot down and the remaining one hit a grain warehouse.", [("drones_destroyed", 2)]),
        ("The strike on the market killed two people and injured one.", [("killed", 2), ("injured", 1)]),
        ("This morning one person was killed in a Russian drone strike on Kherson.", [("killed", 1)]),
    ],
)
def test_one_standing_for_a_noun_left_out_is_no_count(sentence, expected, settings, resources):
    """'smaller than the monthly one', 'the remaining one': the pronoun 'one' after an article and an adjective
    counts nothing; 'injured one' and 'this morning one person' still count a person."""
    figures = one_sentence(sentence, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == sorted(expected)


def test_a_count_after_an_amount_of_money_is_not_money(settings, resources):
    """'€30m for demining. Japan … bringing the number it has supplied to 45': a count of machines, no aid_value;
    a bare '4 billion' continuing an amount, or 'including 900,000' breaking one down, is still money."""
    text = (
        "date 2025-07-18 Demining funding\n"
        "On Monday, the Dutch government approved a further 25 million euros for mine clearance in the Mykolaiv "
        "region after the war. Norway handed over eight more demining machines in Kyiv on Tuesday, bringing the "
        "number it has supplied to 31.\n"
        "Germany pledged a further 500 million euros for the war effort on Wednesday, bringing its total this "
        "year to 4 billion.\n"
        "Sweden pledged 5 million euros for mine clearance in the Kharkiv region, including 900,000 for training "
        "deminers.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("aid_value", 900_000),
        ("aid_value", 5_000_000),
        ("aid_value", 25_000_000),
        ("aid_value", 500_000_000),
        ("aid_value", 4_000_000_000),
    ]


def test_helping_to_evacuate_people_is_an_evacuation(settings, resources):
    """'police helped evacuate 46 residents, including nine children': evacuated, the children a part."""
    figures = one_sentence(
        "After the shelling on Monday, police helped evacuate 46 residents, including nine children, from the "
        "suburbs of Kherson.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value") == [("evacuated", 46), ("evacuated", 9)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Kravets, 31, a corporal in the 24th Mechanised Brigade, was killed by Russian shelling on 3 May near "
            "Chasiv Yar.",
            [],
        ),
        (
            "After the Russian missile strike, 40 private houses, three apartment buildings and 22 cars were "
            "damaged, the mayor said.",
            [("buildings_damaged", 40), ("buildings_damaged", 3)],
        ),
        ("Olena, 41, was injured when a Russian drone hit her car in Kherson.", []),
        ("Taras, 29, joined the army in 2022 and died near Bakhmut in May.", []),
        (
            "Two of his comrades were wounded in the same drone strike, the brigade said.",
            [("injured", 2)],
        ),
        (
            "Since the invasion began, 412 athletes and coaches have been killed and 1,100 educational institutions "
            "have been damaged by shelling.",
            [("killed", 412), ("buildings_damaged", 1100)],
        ),
        (
            "The Russian strike on Zaporizhzhia damaged 14 houses, two schools and 30 cars, and 11 people were "
            "injured.",
            [("buildings_damaged", 14), ("buildings_damaged", 2), ("injured", 11)],
        ),
    ],
)
def test_ages_after_a_surname_lists_sharing_a_verb_and_war_nouns(sentence, expected, settings, resources):
    """'Kravets, 31, a corporal …': an age; a verb after a list reaches its first item; athletes, comrades and
    educational institutions are counted; a list its own verb opened takes no verb from a new clause after it."""
    figures = one_sentence(sentence, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == sorted(expected)


@pytest.mark.parametrize(
    "sentence, places",
    [
        (
            "Air defence units destroyed 16 drones, including three Shaheds, over the Poltava region overnight.",
            [(16.0, "Poltava"), (3.0, "Poltava")],
        ),
        (
            "Air defence units destroyed 16 drones, including three over the Poltava region, on Tuesday night.",
            [(16.0, ""), (3.0, "Poltava")],
        ),
    ],
)
def test_a_part_by_type_leaves_the_place_after_it_the_whole_tallys(sentence, places, settings, resources):
    """'16 drones, including three Shaheds, over the Poltava region': all 16 were over Poltava; 'including three
    over the Poltava region' breaks the tally down by place, so only the three were."""
    figures = one_sentence(sentence, settings, resources).figures
    assert sorted(rows(figures, "value", "location"), reverse=True) == places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a strike delivered is no supply
        (
            "Russian forces delivered a massive strike on Kharkiv with 40 drones on Monday.",
            [("drones_launched", 40.0)],
        ),
        # a hyphenated name in a list of things handed over shares the verb
        (
            "Germany delivered two IRIS-T systems and 30 missiles to Ukraine on Monday.",
            [("missiles_supplied", 30.0)],
        ),
    ],
)
def test_what_delivered_delivers(sentence, expected, settings, resources):
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "metric", "value") == expected


def test_others_after_a_weapon_count_are_more_of_the_weapons(settings, resources):
    """'downed 41 of the drones, while seven others were "locationally lost"': seven drones lost, not seven people."""
    sentence = 'Air defences downed 41 of the drones, while seven others were "locationally lost", the air force said.'
    figures = one_sentence(sentence, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("drones_destroyed", 41.0), ("drones_lost", 7.0)]


def test_losses_that_exceeded_a_number_of_soldiers_are_casualties_of_at_least_it(settings, resources):
    """'Russian losses … exceeded 20,000 soldiers': the subject's word says what is counted (casualties, not a
    troop strength), and 'exceeded' is 'more than'."""
    sentence = "Syrskyi said Russian losses near Kupiansk since October had exceeded 20,000 soldiers."
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "metric", "value", "qualifier") == [("casualties", 20000.0, "at_least")]


def test_detained_fire_spotters_since_a_date_are_a_running_total_figure(settings, resources):
    """'Since the start of 2025, the SBU has detained 63 enemy fire spotters in the Sumy region': a detained
    figure (spotters are people), and a running total, no one legal action."""
    text = (
        "date 2025-06-02 SBU\n"
        "Since the start of 2025, the SBU has detained 63 enemy fire spotters in the Sumy region.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.figures, "metric", "value") == [("detained", 63.0)]
    assert tables.events.empty


def test_warehouses_and_clinics_damaged_are_buildings(settings, resources):
    sentence = "A Russian drone hit a farm near Trostianets, injuring a worker and damaging three warehouses."
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "metric", "value") == [("buildings_damaged", 3.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police in Simferopol detained 12 Crimean Tatars after the searches.", ("detained", 12.0)),
        ("Border guards arrested 40 Belarusians and 9 activists near the crossing.", ("detained", 40.0)),
    ],
)
def test_nationals_and_groups_are_people_counted(settings, resources, sentence, expected):
    """Crimean Tatars, Belarusians, activists, members of a cell: people a detention counts."""
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "metric", "value")[0] == expected


def test_a_headlines_participle_of_origin_leaves_the_predicate_to_the_last_verb(settings, resources):
    """'Three more Nepalis recruited into Russian army killed near Pokrovsk': they were killed, not recruited."""
    figures = one_sentence(
        "Three more Nepalis recruited into Russian army killed near Pokrovsk", settings, resources
    ).figures
    assert rows(figures, "metric", "value") == [("killed", 3.0)]


def test_a_rate_after_the_verb_is_no_count(settings, resources):
    """'1,200 Russian soldiers were killed or wounded every day in March': a rate, not a toll."""
    figures = one_sentence(
        "Western officials say about 1,200 Russian soldiers were killed or wounded every day in March.",
        settings,
        resources,
    ).figures
    assert figures.empty


def test_drones_the_reports_were_of_and_a_subgroup_flying_somewhere(settings, resources):
    """'posted 11 reports of drones being shot down; in all, he wrote, air defence had destroyed 27 of them': the
    drones; '…: 20 over the Kaluga region, including 12 flying towards Moscow': a part of the ministry's count;
    'in at least seven regions reported drones' counts regions, no drones."""
    text = (
        "date 2025-09-20 Night of drones\n"
        "Officials in at least seven regions reported drones overnight.\n"
        "Mayor Sergei Sobyanin posted 11 reports of drones being shot down; in all, he wrote, air defence had "
        "destroyed 27 of them.\n"
        "The Defence Ministry said air defence had destroyed 90 drones: 20 over the Kaluga region, including 12 "
        "flying towards Moscow, and 15 over the Bryansk region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("drones_destroyed", 12.0),
        ("drones_destroyed", 15.0),
        ("drones_destroyed", 20.0),
        ("drones_destroyed", 27.0),
        ("drones_destroyed", 90.0),
    ]


def test_deported_children_and_those_brought_back(settings, resources):
    """'Russia has deported more than 20,000 children; 1,900 of them have been brought back': the deported are
    displaced; children brought home are no prisoners swapped."""
    text = (
        "date 2025-02-10 Children\n"
        "Russia has deported more than 20,000 Ukrainian children, the commissioner said.\n"
        "Another nine children have returned home from the occupied territories thanks to Qatar's mediation.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value") == [("displaced", 20000.0)]


def test_a_clause_after_an_uncounted_noun_lends_it_no_noun(settings, resources):
    """'sanctions against four companies and two individuals it says supplied drone engines': no drones."""
    figures = one_sentence(
        "The UK announced sanctions against four companies and two individuals it says supplied drone engines to "
        "Russia.",
        settings,
        resources,
    ).figures
    assert figures.empty


def test_a_governments_list_of_deliveries_under_headings(settings, resources):
    """A government page: 'The Federal Government | …' is its source; items listed as 'label: number' under the
    heading 'Delivered' (and its sections) were supplied, whatever words the label holds ('infantry fighting
    vehicles' are no troops), and a dash's losses-table reading does not apply."""
    text = (
        "date 2025-03-10 Military support for Ukraine: what has been delivered\n"
        "The Federal Government | Military support for Ukraine | Last updated: 10 March 2025\n"
        "Germany has so far delivered military support to Ukraine worth around 30 billion euros.\n"
        "Delivered (selection)\n"
        "Air defence\n"
        "• Guided missiles for IRIS-T SLM: 240\n"
        "• Infantry fighting vehicles Marder: 120\n"
        "Unmanned systems\n"
        "• Reconnaissance drones: 800\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("aid_value", 30e9),
        ("drones_supplied", 800.0),
        ("missiles_supplied", 240.0),
    ]
    assert all("government" in c.lower() for c in figures.claimant)


def test_a_growth_is_no_count_and_a_distance_does_not_cut_a_clause(settings, resources):
    """'about 600,000 troops, some 140,000 more than two years ago': 140,000 is how much the force grew;
    'at least 12 buildings within 300 metres of the impact were damaged': twelve damaged, 300 is a distance."""
    grown = one_sentence(
        "The analyst estimates that Russia has about 600,000 troops in Ukraine, some 140,000 more than two years ago.",
        settings,
        resources,
    ).figures
    assert rows(grown, "metric", "value") == [("troops", 600000.0)]
    damaged = one_sentence(
        "After the missile strike on Sumy, at least 12 buildings within 300 metres of the impact were damaged.",
        settings,
        resources,
    ).figures
    assert rows(damaged, "metric", "value") == [("buildings_damaged", 12.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At the close of the conference in Berlin, partners had announced commitments of more than €8 billion, "
            "the German government said.",
            ("aid_value", 8e9),
        ),
        (
            "The compensation programme has so far paid out 12.5 billion hryvnias to families whose homes were "
            "destroyed, the ministry said.",
            ("aid_value", 12.5e9),
        ),
        (
            "Since the invasion, at least 120 dormitories have been damaged by Russian strikes, the ministry said.",
            ("buildings_damaged", 120.0),
        ),
    ],
)
def test_commitments_payouts_and_dormitories(settings, resources, sentence, expected):
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "metric", "value") == [expected]


def test_a_paragraph_opening_on_the_last_count_counts_the_same_thing_for_the_same_source(settings, resources):
    """'… had passed 900,000 soldiers killed and wounded, the General Staff said.' then, in a paragraph of its own,
    'The tally, updated daily, stood at 900,120 on Friday.': the General Staff's casualties again."""
    text = (
        "date 2025-03-14 Losses\n"
        "Russian losses since the start of the invasion have passed 900,000 soldiers killed and wounded, Ukraine's "
        "General Staff said on Friday.\n"
        "The tally, updated daily, stood at 900,120 in Friday's report.\n"
        "The number of civilians evacuated from Kupiansk is not known.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant_country")) == [
        ("casualties", 900000.0, "Ukraine"),
        ("casualties", 900120.0, "Ukraine"),
    ]


def test_missile_systems_are_equipment_not_missiles(settings, resources):
    text = (
        "date 2025-05-02 Losses\n"
        "Since the start of the operation, Russian forces have destroyed 598 anti-aircraft missile systems and 48 "
        "missiles over the Kursk region, the ministry said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert 598.0 not in set(figures.value)


def test_a_list_with_an_unnumbered_item_and_a_subgroup_aside_keep_their_verbs(settings, resources):
    """'12 houses, three shops, a clinic and 20 cars were damaged': the verb reaches every numbered item;
    '230 people, among them 41 children, had been taken to temporary accommodation': all 230 evacuated."""
    text = (
        "date 2025-06-03 Border district\n"
        "Governor Vyacheslav Gladkov said 12 houses, three shops, a clinic and 20 cars were damaged in Shebekino "
        "by Ukrainian shelling.\n"
        "By Tuesday morning, 230 people, among them 41 children, had been taken to temporary accommodation centres "
        "in Belgorod, the regional government said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "metric", "value"))
    assert {("buildings_damaged", 12.0), ("buildings_damaged", 3.0), ("evacuated", 230.0)} <= got


def test_residents_contact_has_been_lost_with_are_missing_not_casualties(settings, resources):
    text = (
        "date 2025-06-12 Rescue\n"
        "A Russian missile hit an apartment block in Sumy overnight. Contact has been lost with at least four "
        "residents who may be under the rubble, rescuers said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "qualifier") == [("missing", 4.0, "at_least")]


def test_a_share_told_as_four_in_five_is_no_count(settings, resources):
    """'about four in five of the wounded' is a proportion of a group, neither number a count of people."""
    figures = one_sentence(
        "About four in five of the wounded soldiers brought to the Kramatorsk hospital now have drone wounds, the "
        "head surgeon said.",
        settings,
        resources,
    ).figures
    assert figures.empty


def test_of_the_whole_who_joined_the_deaths_are_the_next_numbers(settings, resources):
    """'of the 300 Nepali citizens who joined Russian forces, 41 have died': the 300 did not die."""
    figures = one_sentence(
        "Of the 300 Nepali citizens who joined Russian forces, 120 have returned home, 41 have died and 12 are "
        "listed as missing, the ministry said.",
        settings,
        resources,
    ).figures
    assert 300.0 not in figures.value.tolist()
    assert rows(figures, "metric", "value") == [("killed", 41.0), ("missing", 12.0)]


def test_a_desks_correction_note_gives_no_figure_and_no_event(settings, resources):
    """Wire and newspaper correction notes restate the withdrawn number: neither it nor the note is coded."""
    text = (
        "date 2025-05-20 Drone hits bus in Nikopol\n"
        "NIKOPOL, May 20 — A Russian drone hit a city bus in Nikopol on Tuesday morning, injuring four passengers, "
        "the regional governor said.\n"
        "(This story has been corrected to say four passengers, not six, were injured, in paragraph 1)\n"
        "Correction: An earlier version of this article said two people were killed in the attack. No one was "
        "killed.\n"
        "(Adds mayor's comment in paragraph 5)\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.figures, "metric", "value") == [("injured", 4.0)]
    assert rows(tables.events, "location", "fatalities", "injuries") == [("Nikopol", None, 4)]


def test_a_sum_promised_or_paid_to_a_person_is_no_aid(settings, resources):
    """A saboteur's or agent's pay ('he had been recruited … and promised $15,000', 'they were offered 3,000
    euros') is no aid; a government's promise still is."""
    for sentence in (
        "In a video published by the FSB, the suspect said he had been recruited online and promised $15,000.",
        "Both men told investigators they were offered 3,000 euros each to photograph the rail yard.",
    ):
        assert one_sentence(sentence, settings, resources).figures.empty, sentence
    aid = one_sentence(
        "Norway promised $250 million in new military aid to Ukraine.", settings, resources
    ).figures
    assert rows(aid, "metric", "value") == [("aid_value", 250_000_000.0)]


def test_soldiers_who_went_absent_and_returned_to_service_are_no_exchange(settings, resources):
    """'… who had left their units without permission have returned to service': back on duty, not swapped."""
    figures = one_sentence(
        "More than 17,000 soldiers who had left their units without leave have returned to service since the "
        "amnesty began, the ministry said.",
        settings,
        resources,
    ).figures
    assert "prisoners_exchanged" not in figures.metric.tolist()


def test_a_running_total_a_count_takes_to_is_the_same_kind_of_count(settings, resources):
    """'lost 960 soldiers over the past day, which takes its running total to 1,050,200': both losses."""
    figures = one_sentence(
        "The General Staff says Russia lost 960 soldiers over the past day, which takes its running total to "
        "1,050,200.",
        settings,
        resources,
    ).figures
    assert sorted(rows(figures, "metric", "value")) == [("casualties", 960.0), ("casualties", 1_050_200.0)]


def test_people_who_did_the_killing_are_not_counted_as_killed(settings, resources):
    """'two Russian soldiers shot dead four prisoners': the four died, the two did it; a weapon count that killed
    ('three glide bombs killed 11 people') is no launch tally; a toll's aside ('including two children,') does not
    hand the next verb ('wounded more than 40') to the number before it."""
    figures = one_sentence(
        "Prosecutors said two Russian soldiers shot dead four Ukrainian prisoners near Robotyne in March.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value") == [("killed", 4.0)]
    figures = one_sentence(
        "In May, three glide bombs killed 11 people at a hardware store in Kharkiv, the governor said.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value") == [("killed", 11.0)]
    figures = one_sentence(
        "The strike on Dnipro killed 17 people, including two children, wounded more than 40 and damaged a school.",
        settings,
        resources,
    ).figures
    assert sorted(rows(figures, "metric", "value")) == [("injured", 40.0), ("killed", 2.0), ("killed", 17.0)]


def test_a_part_destroyed_completely_and_residents_handed_back_are_read_as_such(settings, resources):
    """'1,200 houses were damaged, 310 of them destroyed completely': an adverb after the participle ends the
    part's phrase; 'handed over 30 residents who had fled the fighting' returns displaced people, no prisoners,
    but residents 'who had been held' were captives."""
    figures = one_sentence(
        "Across the district, 1,200 houses were damaged, 310 of them destroyed completely.",
        settings,
        resources,
    ).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("buildings_damaged", 310.0),
        ("buildings_damaged", 1200.0),
    ]
    figures = one_sentence(
        "With Turkish mediation, Russia handed over 30 residents of the Sumy region who had fled the fighting.",
        settings,
        resources,
    ).figures
    assert "prisoners_exchanged" not in set(figures.metric)
    figures = one_sentence(
        "In the same exchange, 15 residents of the Sumy region who had been held in Russia were returned.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value") == [("prisoners_exchanged", 15.0)]


def test_a_breakdown_told_with_were_and_weapons_that_got_through(settings, resources):
    """'Of those, six were Kh-47 Kinzhal missiles': the part counts what the copula names, launched like the whole;
    'nine missiles got through' are hits, no launch tally; '18 are listed as missing' stays missing."""
    figures = one_sentence(
        "Russia launched 40 missiles overnight. Of those, six were Kinzhal missiles and 11 were Kalibr cruise "
        "missiles. Nine missiles got through.",
        settings,
        resources,
    ).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("missiles_launched", 6.0),
        ("missiles_launched", 11.0),
        ("missiles_launched", 40.0),
    ]
    figures = one_sentence(
        "Of the 90 men who went to the front, 20 have died and 18 are listed as missing.", settings, resources
    ).figures
    assert ("missing", 18.0) in rows(figures, "metric", "value")


def test_an_equipment_loss_list_counts_no_captured_people(settings, resources):
    text = (
        "date 2025-08-02 Equipment losses: the July update\nLoss Tracker | 2 August 2025\n"
        "Russia – 9,120, of which: destroyed: 7,001, damaged: 512, abandoned: 640, captured: 967\n"
        "Tanks (2,310, of which destroyed: 1,702, damaged: 96, abandoned: 201, captured: 311)\n"
        "On 3 July, Ukrainian troops captured 14 Russian soldiers near Vovchansk, the brigade said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures[figures.metric == "captured"], "value") == [(14.0,)]


DEFENCE_SUMMARY = (
    "date 2025-08-02 Overnight drone attack on Russian regions\n"
    "Russian Defence Ministry, morning briefing, 08:10:\n"
    "During the night, air defence units intercepted and destroyed 118 Ukrainian fixed-wing drones over Russian "
    "regions.\n"
    "Of these, 40 were shot down over the Belgorod region, 30 over the Voronezh region, including 12 approaching "
    "Voronezh itself, 25 over the Rostov region and six over the Black Sea.\n"
)


def test_a_labelled_summarys_breakdown_paragraph_counts_every_item(settings, resources):
    """'Russian Defence Ministry, morning briefing, 08:10:' labels what follows; 'Of these, 40 …, 30 over …,
    including 12 …, 25 over …': each item counts the drones the paragraph before destroyed."""
    figures = extract_text(DEFENCE_SUMMARY, settings, resources).figures
    assert sorted(rows(figures, "value", "metric", "claimant")) == [
        (v, "drones_destroyed", "Russian Defence Ministry") for v in (6.0, 12.0, 25.0, 30.0, 40.0, 118.0)
    ]


READERS_QUESTIONS = (
    "date 2025-10-03 Your questions answered\n"
    "Our Kyiv correspondent answers readers' questions.\n"
    '"I read that Russia launched 900 drones at Ukraine last weekend. Is that true?" - Tom, Exeter\n'
    "No. The Air Force recorded 41 missiles launched at the Lviv region in September, most of them shot down.\n"
)


def test_a_readers_signed_question_is_no_claim(settings, resources):
    """'"I read that Russia launched 900 drones … Is that true?" - Tom, Exeter': what a reader heard is no
    figure; the correspondent's answer gives its figures."""
    figures = extract_text(READERS_QUESTIONS, settings, resources).figures
    assert rows(figures, "metric", "value") == [("missiles_launched", 41.0)]


def test_the_displaced_who_returned_home_are_no_prisoners_freed(settings, resources):
    """'1.6 million people have returned to their places of origin' counts the displaced back home (no metric);
    '95 prisoners returned home' is an exchange."""
    text = (
        "date 2025-10-20 Displacement update\n"
        "Migration Monitor | Update | 20 October 2025\n"
        "Russian shelling displaced 12,000 people from the Kharkiv region in September.\n"
        "Some 1.6 million people have returned to their places of origin since 2022, the agency estimates.\n"
        "In the same week, 95 Ukrainian prisoners returned home in an exchange.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("displaced", 12000), ("prisoners_exchanged", 95)]


def test_a_part_named_by_its_kind_after_of_them_counts_the_thing_before(settings, resources):
    """'61 missiles, 18 of them ballistic': eighteen missiles launched, a part of the 61 (g16)."""
    figures = one_sentence(
        "Russia launched 240 drones and 61 missiles at Ukraine overnight, 18 of them ballistic, the Air Force said.",
        settings,
        resources,
        published=date(2025, 10, 20),
    ).figures
    assert sorted(rows(figures, "metric", "value")) == [
        ("drones_launched", 240),
        ("missiles_launched", 18),
        ("missiles_launched", 61),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Thursday the two sides carried out a prisoner exchange – 103 for 103, mediated by Qatar.",
        "Moscow and Kyiv completed a 103-for-103 prisoner swap on Thursday.",
    ],
)
def test_a_swap_of_n_for_n_is_one_count_of_prisoners_exchanged(settings, resources, sentence):
    """'103 for 103': each side handed over 103; one figure of prisoners exchanged, not captured, not two."""
    figures = one_sentence(sentence, settings, resources, published=date(2025, 9, 13)).figures
    assert rows(figures, "metric", "value") == [("prisoners_exchanged", 103)]
