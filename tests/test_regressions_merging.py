"""Bugs found on texts the coder had not seen: which reports are one event, each pinned by name."""

from datetime import date

from frontline.extract import extract_document
from frontline.ingest import parse_document
from frontline.pipeline import build
from tests.extraction_helpers import extract_text, one_sentence, rows
from tests.regression_texts import (
    BRIEFS,
    BULLETIN,
    ENERGY,
    FACTBOX,
    KEY_EVENTS,
    MAYORS_DAY,
    OCCUPIED,
    ROUNDUP,
)


def test_placeless_report_in_a_list_does_not_join_the_next_item(settings, resources):
    """A key-events list is one post of separate items: Kyiv's casualties must not land on Zaporizhzhia."""
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    strikes = tables.events[tables.events.sub_event_type == "Air/drone strike"]
    got = {r.location: (r.fatalities, r.injuries) for r in strikes.itertuples()}
    assert got["Zaporizhzhia"][1] == 11
    assert str(got["Zaporizhzhia"][0]) == "<NA>"


def test_call_and_sanctions_in_one_list_stay_two_events(settings, resources):
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    diplomacy = tables.events[tables.events.sub_event_type == "Diplomacy"]
    assert sorted(diplomacy.actor1) == ["United Kingdom", "United States"]


def test_title_place_does_not_override_the_body(settings, resources):
    text = "date 2025-03-05 Strikes on Kharkiv and Zaporizhzhia\nRussian drones hit Zaporizhzhia overnight, injuring four people, the governor said.\n"
    assert rows(extract_text(text, settings, resources).events, "location") == [("Zaporizhzhia",)]


def test_title_strike_without_a_weapon_is_the_bodys_attack_at_that_place(settings, resources):
    """'Russian strike on Dnipro kills 4' in the title is the body's missile and drone attack on Dnipro (a missile
    attack, as GUIDELINES.md codes a combined attack when the text does not blame the hit on a drone)."""
    events = extract_text(BULLETIN, settings, resources, name="bulletin.txt").events
    dnipro = events[events.location == "Dnipro"]
    assert rows(dnipro, "sub_event_type", "event_date", "fatalities", "injuries") == [
        ("Shelling/artillery/missile attack", "2025-11-21", 4, 27)
    ]


def test_separately_opens_another_event(settings, resources):
    """The nationwide attack on the energy grid is not the 'Separately, …' glide bomb on Huliaipole."""
    events = extract_text(ENERGY, settings, resources, name="energy.txt").events
    huliaipole = events[events.location == "Huliaipole"]
    assert rows(huliaipole, "fatalities", "mentions") == [(1, 1)]
    assert huliaipole.iloc[0].source_quote.startswith("Separately")


def test_a_placeless_report_never_joins_an_event_days_away(settings, resources):
    """The 17 November nationwide attack (11 killed) is not the 23 November guided bomb on Kharkiv."""
    events = extract_text(FACTBOX, settings, resources, name="factbox.txt").events
    assert rows(events[events.location == "Kharkiv"], "event_date", "fatalities", "injuries") == [
        ("2024-11-23", None, 23)
    ]


def test_the_nuclear_plant_in_a_title_is_the_plant_in_the_body(settings, resources):
    events = extract_text(OCCUPIED, settings, resources, name="occupied.txt").events
    strikes = events[events.sub_event_type == "Air/drone strike"]
    assert rows(strikes, "location", "fatalities", "injuries") == [("Zaporizhzhia nuclear power plant", 0, 0)]


def test_each_clause_that_reports_an_attack_elsewhere_is_its_own_event(settings, resources):
    """'…; in Kharkiv, a guided bomb killed …', ', and a missile strike on Odesa's port …': one event per place,
    each with the casualties of its own clause."""
    events = extract_text(ROUNDUP, settings, resources, name="roundup.txt").events
    got = {
        r.location: (r.fatalities, r.injuries)
        for r in events.itertuples()
        if r.event_type != "Strategic developments"
    }
    na = None
    assert {k: tuple(None if str(v) == "<NA>" else v for v in counts) for k, counts in got.items()} == {
        "Kherson": (2, na),
        "Zaporizhzhia": (na, 5),
        "Sumy": (na, 3),
        "Kharkiv": (1, na),
        "Nikopol": (na, 1),
        "Odesa": (na, na),
        "Beryslav": (1, na),
    }


def test_casualties_in_another_region_without_a_verb_of_their_own_are_the_attacks_reach_there(
    settings, resources
):
    text = "date 2025-03-12 Overnight\nRussian attacks killed two people in Kherson and wounded five in Zaporizhzhia overnight, officials said.\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "actor1") == [("Kherson", "Russia"), ("Zaporizhzhia", "Russia")]


def test_participles_after_and_tell_more_of_the_same_attack(settings, resources):
    text = "date 2025-03-12 Moscow\nUkraine attacked the Russian capital with drones, killing three people and injuring 18 in the Moscow region, the governor said.\n"
    events = extract_text(text, settings, resources).events
    assert len(events) == 1 and (events.iloc[0].fatalities, events.iloc[0].injuries) == (3, 18)


def test_two_towns_each_named_exactly_are_two_events_however_close(settings, resources):
    text = (
        "date 2025-04-14 Zaporizhzhia region\n"
        "Guided bombs hit Mala Tokmachka on Sunday morning, killing three residents, the governor said.\n"
        "Other attacks\n"
        "In Orikhiv, a 52-year-old man was wounded when an FPV drone hit his car on Sunday afternoon.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(events.location) == ["Mala Tokmachka", "Orikhiv"]


def test_and_before_a_second_place_keeps_one_attack(settings, resources):
    text = "date 2025-03-12 Strikes\nRussian missiles struck Kyiv and the Odesa region overnight, killing three people, officials said.\n"
    events = extract_text(text, settings, resources).events
    assert len(events) == 1 and events.iloc[0].fatalities == 3


def test_a_claim_about_a_village_the_gazetteer_lacks_does_not_join_another_villages_event(
    settings, resources
):
    text = (
        "date 2025-08-04 Map update\n"
        "The enemy has occupied the village of Mykolaivka in the Donetsk region.\n"
        "The Russian Ministry of Defence claimed on Saturday that its troops had captured Novoekonomichne.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(rows(events, "location", "event_date")) == [
        ("Mykolaivka", "2025-08-04"),
        ("Novoekonomichne", "2025-08-02"),
    ]


def test_a_definite_report_in_the_next_paragraph_is_the_attack_just_reported(settings, resources):
    text = (
        "date 2025-04-07 Evening bulletin: Mykolaiv shelled, talks in Ankara\n"
        "Five people were killed in Mykolaiv when Russian forces shelled the city centre this afternoon.\n"
        "Our correspondent says the shells hit a market and a bus stop, wounding 14 people.\n"
        "Later, artillery also hit Kherson.\n"
    )
    events = extract_text(text, settings, resources).events
    assert ("Mykolaiv", 5, 14) in rows(events, "location", "fatalities", "injuries")
    assert ("Ankara", "Diplomacy") in rows(
        events, "location", "sub_event_type"
    )  # the headline's shelling is Mykolaiv's


def test_a_post_headline_joins_its_bodys_report_whatever_day_the_body_gives(settings, resources):
    events = extract_text(BRIEFS, settings, resources).events
    draft = events[events.sub_event_type == "Mobilisation/draft"]
    assert list(draft.event_date) == ["2024-09-29"]


def test_a_title_naming_one_town_does_not_swallow_an_attack_on_another(settings, resources):
    text = (
        "date 2025-07-08 Governor's Telegram, 8 July: drones over the region, driver killed in Sevsk\n"
        "Posts by the regional governor, translated from Russian.\n"
        "08:20 — The village of Lomakovka in the Klimovo district came under attack by enemy FPV drones. Two "
        "men were wounded.\n"
        "13:15 — In the town of Sevsk, a Ukrainian kamikaze drone attacked a car. The driver was killed.\n"
    )
    events = extract_text(text, settings, resources).events
    assert len(events[events.sub_event_type == "Air/drone strike"]) == 2


def test_two_sides_statements_on_one_day_stay_two_events(settings, resources):
    """A threat and the other side's reply the same day: one pair of sides, two statements."""
    text = (
        "date 2025-11-18 Warsaw threatens to close border crossings as Kyiv hits back over grain\n"
        "Polish Prime Minister Donald Tusk warned on Monday that Poland would close two border crossings to "
        "Ukrainian trucks if the grain dispute was not settled.\n"
        "Kyiv's answer\n"
        "Ukraine's foreign ministry rejected the ultimatum on Monday evening and denied that Ukrainian grain had "
        "flooded the Polish market.\n"
        "The war has cut Ukraine's Black Sea exports by a third, officials say.\n"
    )
    events = extract_text(text, settings, resources).events
    statements = events[events.sub_event_type == "Statement"]
    assert sorted(statements.actor1) == ["Poland", "Ukraine"]


def test_a_title_over_one_towns_attacks_on_two_days_joins_neither_day_to_the_other(settings, resources):
    """A police release: Monday's car and Tuesday's bus in one city, summed up by the title, stay two events;
    its year-to-date toll is no third."""
    text = (
        "date 2025-09-10 Mykolaiv police: drones hit a car and a minibus in Mykolaiv\n"
        "On 9 September, at about 10:15, a Russian drone dropped an explosive device on a car in the Zavodskyi "
        "district of Mykolaiv. Two people were injured.\n"
        "This morning, at about 08:05, a Russian drone attacked a minibus in the Inhulskyi district of Mykolaiv. "
        "Five passengers were injured.\n"
        "Since the beginning of 2025, Russian attacks have killed 41 civilians in the Mykolaiv region.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "event_date", "location", "fatalities", "injuries") == [
        ("2025-09-09", "Mykolaiv", None, 2),
        ("2025-09-10", "Mykolaiv", None, 5),
    ]


def test_one_claimant_giving_the_same_number_of_men_and_people_on_a_day_is_one_claim(settings, resources):
    """Two outlets quote the same claim as '48,000 men' and '48,000 people' lost: one claim. The same count
    of people killed on another day is another."""
    texts = (
        "date 2024-12-19 Direct Line\nPutin said Ukrainian losses since August had exceeded 48,000 men.\n"
        "On Tuesday, a drone killed two men in Kursk, Putin said.\n",
        "date 2024-12-19 Putin's claims\nPutin said the enemy had lost more than 48,000 people since August.\n"
        "On Wednesday, a drone killed two people in Kursk, Putin said.\n",
    )
    results = [
        extract_document(
            parse_document(f"d{n}.txt", t.encode(), max_bytes=10**7, today=date(2026, 1, 1)), resources
        )
        for n, t in enumerate(texts)
    ]
    figures = build(results, settings).figures
    assert sorted(rows(figures, "metric", "value", "refers_to_date")) == [
        ("casualties", 48000.0, "2024-12-19"),
        ("killed", 2.0, "2024-12-17"),
        ("killed", 2.0, "2024-12-18"),
    ]


def test_one_speakers_statements_on_different_things_in_one_report_stay_apart(settings, resources):
    """A spokeswoman denies one thing and threatens another in one briefing: two statements. The headline and
    the post that repeat one denial stay one."""
    briefing = (
        "date 2025-03-13 Foreign ministry briefing\n"
        "Maria Zakharova said on Thursday that Russia had never supplied weapons to armed groups in Sudan.\n"
        "Any Western instructors found in the combat zone will be destroyed, she said.\n"
    )
    events = extract_text(briefing, settings, resources).events
    statements = events[events.sub_event_type == "Statement"]
    assert rows(statements, "event_date", "actor1") == [("2025-03-13", "Russia"), ("2025-03-13", "Russia")]
    live = (
        "date 2025-03-13 Live: war in Ukraine\n"
        "Our coverage of the war continues.\n"
        "Kremlin denies troop build-up report\n"
        "Kremlin spokesman Dmitry Peskov on Thursday denied a newspaper report that Russia was massing troops "
        'near the Finnish border, calling it "pure fiction".\n'
    )
    events = extract_text(live, settings, resources).events
    assert len(events[events.sub_event_type == "Statement"]) == 1


def test_daytime_attacks_on_one_city_told_with_their_own_times_stay_apart(settings, resources):
    """A regional administration's day summary: a drone hit a tractor at 08:10 and a shop at 15:30 in one town, each
    with its own victims; two attacks. A night's waves an hour apart stay one attack."""
    day = (
        "date 2025-08-12 Day summary\n"
        "Nikopol\n"
        "At 08:10, a Russian drone struck a tractor on the edge of Nikopol. Two farm workers were injured.\n"
        "At 15:30, a drone hit a grocery shop in Nikopol. A 58-year-old saleswoman was injured.\n"
    )
    strikes = extract_text(day, settings, resources).events
    assert sorted(rows(strikes, "location", "injuries")) == [("Nikopol", 1), ("Nikopol", 2)]
    night = (
        "date 2025-08-12 Night attack\n"
        "At 01:20, Russian drones struck Nikopol, injuring two people.\n"
        "At 03:40, drones hit Nikopol again; a shop burned down.\n"
    )
    assert rows(extract_text(night, settings, resources).events, "location", "injuries") == [("Nikopol", 2)]


def test_a_nights_drones_and_an_afternoons_drone_on_one_city_are_two_strikes(settings, resources):
    """'02:05 — … attacked Dnipro with 9 Shahed drones' and, stamped 15:10, 'A Russian attack drone struck the
    Tsentralnyi district': one city and day, two occasions, each with its own injured."""
    events = extract_text(MAYORS_DAY, settings, resources).events
    dnipro = events[events.location == "Dnipro"]
    assert sorted(rows(dnipro, "sub_event_type", "injuries")) == [
        ("Air/drone strike", 3),
        ("Air/drone strike", 4),
    ]


def test_one_number_claimed_for_two_events_of_a_text_is_two_claims(settings, resources):
    """The mayor's 'three people were injured' after the night's drones and again after the afternoon's drone:
    two claims, not one restated."""
    figures = extract_text(MAYORS_DAY, settings, resources).figures
    mayors = figures[(figures.claimant == "Borys Filatov") & (figures.metric == "injured")]
    assert rows(mayors[mayors.value == 3], "value") == [(3.0,), (3.0,)]


def test_the_case_opened_right_after_a_detention_is_that_detention(settings, resources):
    """'The SBU detained a … resident of Okhtyrka … A criminal case has been opened for treason': one act and its
    paperwork (o34), at his town, not a second legal action at the country."""
    events = one_sentence(
        "The SBU detained a 45-year-old resident of Okhtyrka who was passing the coordinates of air defence "
        "positions to Russian intelligence. A criminal case has been opened for treason; the suspect faces life "
        "imprisonment.",
        settings,
        resources,
        published=date(2025, 6, 10),
    ).events
    assert rows(events, "sub_event_type", "location") == [("Legal action", "Okhtyrka")]
