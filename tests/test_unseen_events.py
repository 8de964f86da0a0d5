"""Event rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions_events.py."""

import pytest

from tests.extraction_helpers import extract_text, rows


def test_clashes_counted_per_day_are_a_rate_not_an_event(settings, resources):
    text = (
        "date 2025-01-17 Front line\nA weekly review.\n"
        "The General Staff recorded about 170 combat clashes a day, most of them on the Kurakhove axis.\n"
    )
    assert extract_text(text, settings, resources).events.empty


def test_a_countrywide_toll_in_the_attack_is_not_the_last_citys(settings, resources):
    text = (
        "date 2025-02-12 Overnight attack\nWhat we know.\n"
        "Russia fired 30 missiles and 150 drones at Ukraine overnight, the air force said.\n"
        "In Poltava, a drone hit a dormitory, killing one student, the governor said.\n"
        "Nationwide, five people were killed and 19 injured in the attack, the interior minister said.\n"
    )
    events = extract_text(text, settings, resources).events
    got = set(rows(events, "location", "fatalities", "injuries"))
    assert got == {("Ukraine", 5, 19), ("Poltava", 1, None)}


def test_a_swap_of_prisoners_each_is_diplomacy(settings, resources):
    text = (
        "date 2025-06-13 Exchange\nLatest.\n"
        "Ukraine and Russia swapped 84 prisoners of war each on Thursday, President Volodymyr Zelensky said.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "sub_event_type", "event_date") == [("Diplomacy", "2025-06-12")]
    assert rows(tables.figures, "metric", "subject", "value") == [
        ("prisoners_exchanged", "prisoners of war", 84)
    ]


def test_sides_that_exchanged_fire_clashed(settings, resources):
    text = "date 2025-06-13 Front\nLatest.\nThe two sides exchanged fire near Siversk on Thursday, the army said.\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Armed clash", "Siversk")]


def test_a_refinery_town_spelt_with_the_short_ending_is_found(settings, resources):
    text = (
        "date 2025-06-13 Refinery\nLatest.\n"
        "Ukrainian drones struck the Ilsky refinery in Russia's Krasnodar region overnight, the General Staff said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "admin1") == [("Il’skiy", "Krasnodar")]


def test_an_in_brief_lead_joins_the_bodys_report_and_yields_its_weapon(settings, resources):
    text = (
        "date 2025-01-17 The week in Ukraine\nOur digest of the seven days just gone.\n"
        "IN BRIEF — Russia's heaviest attack of the winter cut power across much of Odesa.\n"
        "STRIKES — Overnight into Tuesday, missiles hit two substations in Odesa, injuring five people, the "
        "governor said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "event_date", "injuries") == [
        ("Shelling/artillery/missile attack", "Odesa", "2025-01-14", 5)
    ]


GENERAL_STAFF = (
    "date 2025-06-13 General Staff of the Armed Forces of Ukraine: operational information as of 08:00\n"
    "Translation of the morning update. Yesterday, the enemy launched three missile strikes.\n"
    "In the Lyman direction, the enemy attacked 12 times near Zarichne, Torske and towards Serebrianka.\n"
    "In the Siversk direction, our defenders repelled seven enemy attacks near Verkhnokamianske, Ivano-Darivka "
    "and Vyimka.\n"
    "In the Northern Slobozhanskyi and Kursk directions, four combat clashes took place.\n"
    "Last night, drones of the Unmanned Systems Forces struck an oil depot in the town of Liski, Voronezh region.\n"
)


def test_a_direction_line_is_a_clash_at_its_axis_town_by_the_enemy(settings, resources):
    events = extract_text(GENERAL_STAFF, settings, resources).events
    clashes = events[events.sub_event_type == "Armed clash"]
    assert set(rows(clashes, "location", "actor1", "claimant")) == {
        ("Lyman", "Russia", "Ukrainian General Staff"),
        ("Siversk", "Russia", "Ukrainian General Staff"),
    }


def test_a_direction_lines_undated_fights_are_of_the_report_day(settings, resources):
    events = extract_text(GENERAL_STAFF, settings, resources).events
    assert set(events[events.sub_event_type == "Armed clash"].event_date) == {"2025-06-13"}


def test_a_strike_on_russia_reported_by_ukraine_is_ukraines(settings, resources):
    events = extract_text(GENERAL_STAFF, settings, resources).events
    assert rows(events[events.location == "Liski"], "actor1") == [("Ukraine",)]


def test_a_strike_an_occupation_official_reports_at_home_is_still_the_other_sides(settings, resources):
    text = (
        "date 2025-06-13 DPR\nPosts by Russian-installed officials.\n"
        "Denis Pushilin said a Ukrainian drone hit a bus station in Horlivka overnight, injuring two people.\n"
        "In Yasynuvata, drone debris damaged a school roof overnight, Pushilin said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert set(events.actor1) == {"Ukraine"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The engineers were sent in addition to the 11,000 troops Pyongyang sent to Russia last year.",
        "North Korean units were used in assaults across the border into the Sumy region in the spring.",
        "Seoul confirmed it only in late March, after Russia declared it had recaptured the Kursk region.",
        "About 6,000 soldiers had been killed or wounded since they were first deployed to the Kursk region.",
    ],
)
def test_history_retold_in_a_briefing_is_no_event(settings, resources, sentence):
    text = f"date 2025-11-04 Briefing\nLatest.\n{sentence}\n"
    assert extract_text(text, settings, resources).events.empty


MOSCOW = (
    "date 2025-07-15 Drones target Moscow again\nAirports closed overnight.\n"
    "Russian air defences shot down at least 20 drones flying towards Moscow overnight, Mayor Sergei Sobyanin "
    "said, in one of the largest attacks on the capital this year.\n"
    '"Air defence forces repelled an attack by three UAVs flying towards Moscow," he wrote.\n'
    "In Odintsovo, debris from a downed drone hit the roof of a residential building, injuring one resident, "
    "Governor Andrei Vorobyov said.\n"
    "Russia's Defence Ministry said its air defences had destroyed 90 Ukrainian drones over 12 regions between "
    "23:00 on Tuesday and 07:00 on Wednesday.\n"
    "Ukraine has increasingly targeted the Moscow region, in what Kyiv calls a response to Russia's nightly drone "
    "attacks on Ukrainian cities.\n"
)


def test_drones_repelled_on_the_way_to_a_city_are_an_interception_only(settings, resources):
    events = extract_text(MOSCOW, settings, resources).events
    assert set(rows(events, "sub_event_type", "location")) == {
        ("Disrupted weapons use", "Moscow"),
        ("Air/drone strike", "Odintsovo"),
        ("Disrupted weapons use", "Russia"),
    }


def test_an_overnight_window_is_dated_by_its_morning(settings, resources):
    text = (
        "date 2025-07-16 Drones over Russia\nLatest.\n"
        "The ministry said air defences had shot down 30 drones over the Bryansk region between 23:00 on Monday "
        "and 07:00 on Tuesday.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "event_date") == [("2025-07-15",)]


def test_wreckage_of_a_downed_drone_that_only_fell_is_still_an_interception(settings, resources):
    text = (
        "date 2025-12-09 Updates from the city administration\nPosted through the night.\n"
        "In Kyiv, wreckage of a downed drone fell on a warehouse in the Sviatoshynskyi district and caused a fire.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Disrupted weapons use", "Kyiv")]


CRIMEA = (
    "date 2025-03-04 Sevastopol says it repelled a night attack by drones\nThe governor's posts and Kyiv's claims.\n"
    "Russian forces repelled an attack by aerial drones and unmanned boats on Sevastopol overnight, governor "
    "Mikhail Razvozhayev said.\n"
    "In a later post, he said 12 drones had been shot down over the city and that the Black Sea Fleet had "
    "destroyed three boats.\n"
    "Navy spokesman Dmytro Pletenchuk said Ukrainian forces had struck the landing ship Yamal at its berth in "
    "Sevastopol overnight.\n"
    "The Russian-installed head of Crimea, Sergei Aksyonov, said a drone had hit a fuel depot near Dzhankoi "
    "overnight.\n"
    "The ministry said 20 drones were shot down over Crimea.\n"
    "The fleet has since moved most of its larger warships to Novorossiysk.\n"
)


def test_the_city_of_a_text_about_one_city_and_a_fleet_is_no_place(settings, resources):
    events = extract_text(CRIMEA, settings, resources).events
    assert "Black Sea" not in set(events.location)
    assert "Novorossiysk" not in set(events.location)
    assert ("Disrupted weapons use", "Sevastopol") in set(rows(events, "sub_event_type", "location"))


def test_a_ship_named_after_a_place_is_no_place_and_the_navy_strike_is_the_posts_weapon(settings, resources):
    events = extract_text(CRIMEA, settings, resources).events
    strikes = events[events.event_type == "Explosions/Remote violence"]
    assert ("Air/drone strike", "Sevastopol", "Ukraine") in set(
        rows(strikes, "sub_event_type", "location", "actor1")
    )
    assert "Yamalo-Nenets" not in set(events.location)


def test_occupation_officials_and_their_air_defence_are_russias_the_attacker_ukraine(settings, resources):
    events = extract_text(CRIMEA, settings, resources).events
    assert rows(events[events.location == "Dzhankoi"], "actor1") == [("Ukraine",)]
    assert rows(events[events.location == "Crimea"], "actor1") == [("Russia",)]


RAILWAY = (
    "date 2025-05-27 Russian drone hits passenger train at Shostka station, killing three\n"
    "The toll rose through the day. In a separate attack, a drone struck a freight locomotive in Kharkiv Oblast.\n"
    "A Russian drone struck a passenger train at the railway station in Shostka, Sumy Oblast, on Tuesday morning, "
    "killing three people and injuring 12, Governor Oleh Hryhorov said.\n"
    "Ukrzaliznytsia rejected Russia's claim that the train carried soldiers.\n"
    "In a separate attack on Monday evening, a Russian FPV drone hit a freight locomotive near Kupiansk-Vuzlovyi "
    "in Kharkiv Oblast, injuring the driver, the railway said.\n"
    "Across Sumy Oblast, Russian attacks killed five people and injured 20 over the past day, Hryhorov said.\n"
    "Over the past day, the enemy fired 300 shells and carried out 40 drone attacks on the region's border "
    "communities.\n"
)


def test_a_title_town_does_not_join_a_report_from_another_region(settings, resources):
    events = extract_text(RAILWAY, settings, resources).events
    strikes = events[events.event_type == "Explosions/Remote violence"]
    assert set(rows(strikes, "location", "fatalities", "injuries")) == {
        ("Shostka", 3, 12),
        ("Kupiansk-Vuzlovyi", None, 1),
    }


def test_a_state_railway_speaks_for_its_country(settings, resources):
    events = extract_text(RAILWAY, settings, resources).events
    assert rows(events[events.sub_event_type == "Statement"], "actor1", "claimant") == [
        ("Ukraine", "Ukrzaliznytsia")
    ]


RELEASE = (
    "date 2025-04-09 UK sanctions Russian commanders behind deadly strikes on Sumy, Odesa and Dnipro\n"
    "Press release from the Foreign Office. Published 9 April 2025.\n"
    "The UK has today sanctioned nine Russian commanders responsible for missile and drone strikes that have "
    "killed civilians across Ukraine.\n"
    "On 13 January 2025, two Iskander-M ballistic missiles struck a shopping street in Sumy.\n"
    "The UN Human Rights Monitoring Mission in Ukraine verified that the strike killed 14 civilians and injured "
    "80.\n"
    "On Tuesday, Ukraine's Prosecutor General's Office charged the brigade's commander in absentia over the Sumy "
    "strike.\n"
)


def test_an_incident_a_release_dates_in_full_is_coded_however_old(settings, resources):
    events = extract_text(RELEASE, settings, resources).events
    strikes = events[events.event_type == "Explosions/Remote violence"]
    assert rows(strikes, "event_date", "location", "fatalities", "injuries") == [
        ("2025-01-13", "Sumy", 14, 80)
    ]


def test_sanctions_imposed_today_are_diplomacy_and_a_charge_over_a_strike_is_no_strike(settings, resources):
    events = extract_text(RELEASE, settings, resources).events
    assert set(rows(events, "sub_event_type")) == {
        ("Diplomacy",),
        ("Shelling/artillery/missile attack",),
        ("Legal action",),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "DeepState marked the village of Shakhove as occupied by Russian forces on Monday.",
            ("Territory taken or claimed", "Shakhove"),
        ),
        (
            "The 47th Brigade said on Monday that its troops had cleared Russian soldiers out of Udachne.",
            ("Territory taken or claimed", "Udachne"),
        ),
        (
            "Russian assault groups have pushed into the northern outskirts of Toretsk near the mine waste heaps, "
            "a spokesman said on Monday.",
            ("Armed clash", "Toretsk"),
        ),
    ],
)
def test_map_marks_clearances_and_pushes_are_ground_events(settings, resources, sentence, expected):
    text = f"date 2025-08-26 Front line\nLatest.\n{sentence}\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [expected]


def test_a_fact_checked_claim_is_no_events_toll(settings, resources):
    text = (
        "date 2025-09-18 Fact check: no, a strike did not kill 500 soldiers\nWe traced the numbers.\n"
        "CLAIM: A Russian missile strike on a training ground near Pavlohrad on 7 September killed 500 Ukrainian "
        "servicemen.\n"
        "VERDICT: FALSE.\n"
        "On 7 September, a Russian missile hit a unit during training near Pavlohrad, injuring 30 servicemen, the "
        "Ground Forces command said.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "location", "fatalities", "injuries") == [("Pavlohrad", None, 30)]
    assert ("killed", 500) in set(rows(tables.figures, "metric", "value"))
