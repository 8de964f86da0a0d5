"""Bugs found on texts the coder had not seen: an event's dead and injured (tolls), each pinned by name."""

import pytest

from tests.extraction_helpers import extract_text, one_sentence, rows
from tests.regression_texts import NOTEBOOK, UPDATES, _fixture

TELEGRAM = _fixture("regional_telegram.txt")


def test_an_article_counts_one_casualty_for_the_event_but_is_no_figure(settings, resources):
    """Regional reports: 'A 58-year-old man was injured.' The man counts; his age does not; no figure row."""
    tables = extract_text(TELEGRAM, settings, resources, name="telegram.txt")
    nikopol = tables.events[tables.events.location == "Nikopol"]
    assert rows(nikopol, "injuries") == [(1,)]
    assert set(tables.figures.value) == {2.0, 5.0}  # two houses damaged, five UAVs shot down


def test_one_by_one_casualties_add_up_and_quantities_are_not_one(settings, resources):
    text = (
        "date 2025-06-12 Odesa\nA Russian missile strike on Odesa injured a man and a woman.\n"
        "Russian shelling of Kherson injured a few people, the governor said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(rows(events, "location", "injuries")) == [("Kherson", None), ("Odesa", 2)]


def test_a_bare_casualty_count_in_the_next_sentence_joins_the_attack(settings, resources):
    """'… has risen to four … One more person was hospitalised with injuries.'"""
    events = extract_text(UPDATES, settings, resources, name="updates.txt").events
    assert rows(events[events.location == "Lviv"], "fatalities", "injuries") == [(4, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2024-03-17 Belgorod\n"
            "Two people were killed in Belgorod on Saturday evening when rockets hit a courtyard, the governor said. "
            "Gladkov initially reported that seven people had been injured. "
            "By Sunday morning, the number of injured had risen to 11, the head of the Belgorod regional "
            "administration said.\n",
            ("Belgorod", 2, 11),
            id="an updated toll raises the count; a body named after its region is not elsewhere",
        ),
        pytest.param(
            "date 2024-08-08 Update\n"
            "On 15 July, shelling of a market in Horlivka killed three civilians and injured 11, the local "
            "authorities said.\n"
            "Since February 2022, the mission has verified 11,520 civilians killed and 23,640 injured in Ukraine. "
            "Of those killed, 600 were children.\n",
            ("Horlivka", 3, 11),
            id="a running total and its parts are not the last attack's toll",
        ),
    ],
)
def test_the_last_attacks_toll_in_later_sentences(settings, resources, text, expected):
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities", "injuries") == [expected]


def test_a_toll_update_further_down_raises_the_attack_and_its_speaker_is_named_by_surname(
    settings, resources
):
    """'Update: the number of injured has risen to 23, Tkachenko said', paragraphs after the attack and after an
    interception: the attack's toll; 'X, head of the city administration, reported' names X."""
    text = (
        "date 2025-12-09 Night attack on Kyiv\n"
        "Russia attacked Kyiv with drones overnight, killing four people and injuring at least 19, Tymur Tkachenko, "
        "head of the city military administration, reported.\n"
        "Air defence destroyed most of the drones on the approaches to Kyiv.\n"
        "In the Obolonskyi district, debris damaged a kindergarten.\n"
        "Update at 10:05: The number of injured has risen to 23, Tkachenko said.\n"
    )
    tables = extract_text(text, settings, resources)
    strikes = tables.events[tables.events.sub_event_type == "Air/drone strike"]
    assert rows(strikes, "location", "fatalities", "injuries") == [("Kyiv", 4, 23)]
    assert set(tables.figures.claimant) == {"Tymur Tkachenko"}


def test_the_object_of_a_harm_counts_one_person(settings, resources):
    text = (
        "date 2025-05-06 Border\nA Ukrainian drone hit a lorry near Sudzha on Monday, killing the driver and "
        "wounding his two passengers, the governor said.\n"
    )
    assert rows(extract_text(text, settings, resources).events, "fatalities", "injuries") == [(1, 2)]


def test_no_reported_casualties_is_zero(settings, resources):
    text = "date 2024-04-09 Plant\nA drone hit a training centre near Enerhodar on Monday. There were no reported casualties.\n"
    assert rows(extract_text(text, settings, resources).events, "fatalities", "injuries") == [(0, 0)]


def test_a_man_and_his_wife_are_two_people_harmed(settings, resources):
    text = (
        "date 2025-01-24 Border\nGovernor Alexander Khinshtein said on Thursday that a Ukrainian drone had struck a "
        "car on the outskirts of Lgov, wounding a 33-year-old man and his wife.\n"
    )
    assert rows(extract_text(text, settings, resources).events, "location", "injuries") == [("Lgov", 2)]


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        ("A 71-year-old man who was wounded in Monday's shelling of Nikopol died in hospital.", 1, None),
        ("A woman who was injured in the shelling of Kherson was taken to hospital.", None, 1),
    ],
)
def test_a_person_wounded_in_a_relative_clause_who_then_died_was_killed(
    settings, resources, sentence, fatalities, injuries
):
    events = extract_text(f"date 2024-05-31 Report\n{sentence}\n", settings, resources).events
    row = events.iloc[0]
    got = (
        None if str(row.fatalities) == "<NA>" else row.fatalities,
        None if str(row.injuries) == "<NA>" else row.injuries,
    )
    assert got == (fatalities, injuries)


def test_the_attackers_count_of_those_it_killed_yields_to_the_toll(settings, resources):
    """Moscow's 'killing up to 60 officers' is a claim, not the strike's toll: the event keeps the city's count."""
    text = (
        "date 2025-06-12 Sumy strike\n"
        "A Russian ballistic missile struck the centre of Sumy on Wednesday, killing 11 people and injuring 48, "
        "regional governor Oleh Hryhorov said.\n"
        "Russia's defence ministry said it had struck a meeting of Ukrainian commanders in Sumy on Wednesday, "
        "killing up to 60 officers.\n"
    )
    events = extract_text(text, settings, resources).events
    strikes = events[events.location == "Sumy"]
    assert rows(strikes, "fatalities", "injuries") == [(11, 48)]


def test_a_days_tally_is_not_the_last_attacks_toll(settings, resources):
    text = (
        "date 2025-09-14 Daily summary\n"
        "A Russian drone hit a car in Nikopol in the morning, wounding two people, the governor said.\n"
        "Over the past day, four civilians were killed and 17 wounded, the regional administration said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities", "injuries") == [("Nikopol", None, 2)]


TICKER = (
    "date 2025-03-12 Zaporizhzhia strike: the toll through the day\n"
    "Running ticker; all times are Kyiv time.\n"
    "10:05 BREAKING: Russian missile hits Zaporizhzhia industrial area — governor\n"
    "A Russian missile struck an industrial site in Zaporizhzhia in the morning, killing two people, regional "
    "governor Ivan Fedorov said.\n"
    "15:40 UPDATE 2-Zaporizhzhia strike kills 5; rescuers search rubble\n"
    "Fedorov said the death toll had risen to five and that 14 people were being treated for injuries.\n"
    "It was the deadliest attack on the city since March 2024, when a missile hit a market, killing 16 people.\n"
    "In the same region, Russian artillery shelled the town of Orikhiv in the afternoon, wounding a man, Fedorov "
    "said.\n"
)


def test_a_ticker_update_under_a_wire_slug_is_the_towns_toll(settings, resources):
    events = extract_text(TICKER, settings, resources).events
    got = rows(events, "location", "fatalities", "injuries")
    assert ("Zaporizhzhia", 5, 14) in got  # not 16, the toll of March 2024's market strike
    assert ("Orikhiv", None, 1) in got  # the headline's Zaporizhzhia strike is not the shelling of Orikhiv


def test_a_civilian_woman_is_one_person(settings, resources):
    text = "date 2025-07-08 Morning\nA Ukrainian drone attacked the village of Tetkino. A civilian woman was wounded.\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "injuries") == [(1,)]


def test_a_countrywide_toll_is_the_nationwide_attacks(settings, resources):
    text = (
        "date 2025-03-08 Overnight attack\n"
        "Russia launched a massive combined missile and drone attack on Ukraine overnight, officials said.\n"
        "In Lutsk, drones hit a high-rise building, injuring two people, the governor said.\n"
        "Across the country, three people were killed and 17 injured, Interior Minister Ihor Klymenko said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert set(rows(events, "location", "fatalities", "injuries")) == {("Ukraine", 3, 17), ("Lutsk", None, 2)}


def test_a_toll_update_naming_a_town_updates_that_towns_attack(settings, resources):
    text = (
        "date 2025-09-18 Live updates\nThe latest.\n"
        "08:15 — A Ukrainian drone struck a minibus in the town of Valuyki, killing the driver and wounding four "
        "passengers, Governor Vyacheslav Gladkov wrote.\n"
        "09:05 — Units of the Battlegroup East liberated the settlement of Berezovoye over the past day, the "
        "Russian Defense Ministry said.\n"
        "10:30 — Gladkov said that the number of wounded in Valuyki had risen to six.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events[events.location == "Valuyki"], "fatalities", "injuries") == [(1, 6)]


@pytest.mark.parametrize(
    ("sentence", "fatalities", "injuries"),
    [
        (
            "The soldier, a 34-year-old father of two, died on Sunday while repelling a Russian assault near the "
            "village of Andriivka, his brigade said.",
            1,
            None,
        ),
        ("The driver was seriously wounded when a drone hit his van in Beryslav on Sunday.", None, 1),
        # a parent's children are no casualties
        ("A mother of three was killed when a drone hit her car in Kherson on Sunday.", 1, None),
        # the subject says, it is not harmed
        ("The driver said a drone had hit his van in Beryslav on Sunday.", None, None),
    ],
)
def test_a_definite_person_who_died_or_was_wounded_counts_one(
    sentence, fatalities, injuries, settings, resources
):
    """A wire names the person its story is about as 'the man', 'the soldier': as the subject of 'died' or 'was
    wounded' he is one casualty, as the subject of 'said' none."""
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "fatalities", "injuries") == [(fatalities, injuries)]


def test_a_side_s_assault_near_a_village_is_a_clash_with_its_dead(settings, resources):
    """'killed in a Russian assault near X': an assault with no weapon named is fought on the ground."""
    sentence = (
        "A Ukrainian soldier was killed in a Russian assault near Kurakhove on Monday, the ministry said."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "sub_event_type", "actor1", "location", "fatalities") == [
        ("Armed clash", "Russia", "Kurakhove", 1)
    ]


def test_a_passenger_vehicle_carries_no_casualty(settings, resources):
    """'struck a passenger minibus, killing the driver': one dead, the driver; 'passenger' says what the bus is."""
    sentence = (
        "A drone struck a passenger minibus near Hola Prystan on Monday, killing the driver and wounding six."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "fatalities", "injuries") == [(1, 6)]


def test_a_crew_member_is_one_person(settings, resources):
    sentence = (
        "A missile hit a bulk carrier in the port of Pivdennyi on Monday, killing a Filipino crew member."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "fatalities") == [(1,)]


def test_a_total_of_many_attacks_is_no_attacks_toll(settings, resources):
    """'In total, 140 civilians have been killed … as a result of attacks by Ukrainian formations' sums many
    attacks: it gives figures, and adds nothing to the strike the release told before it."""
    text = (
        "date 2025-02-10 Kursk region: the day in brief\n"
        "On 8 February, a Ukrainian drone struck a minibus in Glushkovo, injuring two passengers.\n"
        "In total, 140 civilians have been killed and more than 600 injured in the region as a result of attacks "
        "by Ukrainian formations, according to investigators.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "location", "fatalities", "injuries") == [("Glushkovo", None, 2)]
    assert sorted(tables.figures.value) == [2.0, 140.0, 600.0]


def test_a_possessed_person_opening_a_clause_after_a_semicolon_counts_one(settings, resources):
    """'The driver died at the scene; his passenger was hospitalised with shrapnel wounds': one killed and one
    injured, the second subject opening its clause after the semicolon."""
    sentence = (
        "A Russian drone struck a car near Bilozerka on Monday. The driver died at the scene; his passenger was "
        "hospitalised with shrapnel wounds."
    )
    text = f"date 2025-06-03 Kherson region\n{sentence}\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities", "injuries") == [("Bilozerka", 1, 1)]


def test_the_strike_whose_toll_a_regional_head_gives_is_the_one_told_just_before(settings, resources):
    """'As a result of the strike, two workers were killed, the head of the Sumy Regional Military
    Administration reported': the strike is the one the text told last (at Vorozhba, on its own night), not one
    at the city of the region his title names, dated by the detention the release is about."""
    text = (
        "date 2025-03-14 SBU detains agent who guided a missile strike on a grain elevator near Sumy\n"
        "The agent, a 52-year-old man from Sumy, was detained on Tuesday in Sumy.\n"
        "Investigators established that on 25 February he passed the coordinates of a grain elevator in Vorozhba. On "
        "the night of 26 to 27 February, the enemy struck the elevator in Vorozhba with two missiles. As a result of the "
        "strike, two workers were killed and four were injured, the head of the Sumy Regional Military "
        "Administration, Oleh Hryhorov, reported at the time.\n"
    )
    events = extract_text(text, settings, resources).events
    vorozhba = events[events.location == "Vorozhba"]
    assert rows(vorozhba, "event_date", "fatalities", "injuries") == [("2025-02-27", 2, 4)]


def test_a_number_after_no_one_was_killed_is_not_killed(settings, resources):
    """'No one was killed, three workers received cuts from glass': the denial's verb counts nobody; the three
    are not dead."""
    sentence = (
        "A drone hit the roof of a warehouse in Kstovo. No one was killed, three workers received cuts from "
        "broken glass, the governor said."
    )
    text = f"date 2025-10-07 Kstovo\n{sentence}\n"
    tables = extract_text(text, settings, resources)
    assert tables.figures[tables.figures.metric == "killed"].empty
    assert list(tables.events.fatalities) == [0]


def test_a_toll_and_a_number_of_wounded_risen_in_one_sentence(settings, resources):
    """'the death toll had risen to five and the number of wounded to 31': 31 wounded, not 31 dead."""
    text = (
        "date 2024-11-02 Kharkiv\n"
        "A Russian guided bomb hit an apartment block in Kharkiv on Saturday morning, the governor said.\n"
        "By evening, he said the death toll had risen to five and the number of wounded to 31.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities", "injuries") == [("Kharkiv", 5, 31)]


def test_a_rescue_logs_later_counts_and_its_total_are_the_strikes_final_toll(settings, resources):
    """A rescue service's timeline of one strike: 'as of 14:00' and 'In total' restate the strike's toll however
    many stamped lines later; a regional prosecutor's label line speaks for the paragraph under it, whose
    'armed forces of the Russian Federation struck the city' is the same strike, in the city, not in Russia."""
    text = (
        "date 2025-03-20 Sumy: rescue operation completed\n"
        "Emergency service | News | 20 March 2025, 21:00\n"
        "Overnight, a Russian Iskander-M missile hit a five-storey building in Sumy.\n"
        "Timeline:\n"
        "04:10 — the fire was put out. Three people were killed and 11 injured.\n"
        "09:40 — rescuers found two more bodies.\n"
        "14:00 — as of 14:00, six people are known to have been killed and 17 injured.\n"
        "20:30 — the search is over.\n"
        "In total, eight people were killed and 21 were injured.\n"
        "Sumy Regional Prosecutor's Office:\n"
        "Under the guidance of the Sumy Regional Prosecutor's Office, a pre-trial investigation has been opened "
        "into the violation of the laws of war. On 20 March the armed "
        "forces of the Russian Federation struck the city with a ballistic missile, killing eight civilians.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "sub_event_type", "location", "fatalities", "injuries") == [
        ("Shelling/artillery/missile attack", "Sumy", 8, 21),
        ("Legal action", "Sumy", None, None),
    ]
    prosecutor = tables.figures[tables.figures.claimant_country == "Ukraine"]
    assert "prosecutor" in " ".join(prosecutor.claimant).lower()


def test_a_border_regions_report_counts_the_raid_not_the_wars_total(settings, resources):
    """'destroying up to 70 servicemen' in the ministry's words counts the dead ('neutralised' stays killed or
    wounded); 'Since the beginning of the special military operation, … have been killed in the region' is the
    war's running total, no attack; 'Graivoron' is GeoNames' Grayvoron."""
    text = (
        "date 2025-09-10 Border district under fire\n"
        "Regional news | Incidents | 10.09.2025\n"
        "The Russian Defence Ministry said on Monday that units of the Sever battlegroup had repelled an attack near "
        "Tyotkino, destroying up to 70 Ukrainian servicemen.\n"
        "Ukraine's General Staff said its troops had neutralised 45 occupiers in the area.\n"
        "In Graivoron, debris of a drone damaged a garage overnight; there were no casualties.\n"
        "Since the beginning of the special military operation, 230 civilians have been killed in the Belgorod "
        "region as a result of Ukrainian attacks, according to the regional government.\n"
    )
    tables = extract_text(text, settings, resources)
    assert ("Grayvoron", 0, 0) in rows(tables.events, "location", "fatalities", "injuries")
    assert not (tables.events.fatalities == 230).any()
    assert sorted(rows(tables.figures, "metric", "value"))[:2] == [("casualties", 45.0), ("killed", 70.0)]


def test_a_person_with_two_describing_words_counts_one_and_a_capitalised_rank_is_a_title(settings, resources):
    """'An elderly local woman', 'a senior Ukrainian colonel': the article still counts one person; 'Director
    General' after a number is a title, no general counted."""
    tables = one_sentence(
        "An elderly local woman was killed on Sunday when a drone hit her house in Sumy, the governor said.",
        settings,
        resources,
    )
    assert rows(tables.events, "location", "fatalities") == [("Sumy", 1)]
    tables = one_sentence(
        "A senior Ukrainian colonel was killed when a bomb exploded under his car in Mykolaiv, police said.",
        settings,
        resources,
    )
    assert rows(tables.events, "location", "fatalities") == [("Mykolaiv", 1)]
    header = one_sentence(
        "Update 312 – IAEA Director General statement on the situation in Ukraine", settings, resources
    )
    assert header.figures.empty


def test_a_wire_storys_injured_told_after_paragraphs_of_detail_are_the_attacks(settings, resources):
    """Told of nothing else since, the toll two paragraphs down is the bombing's; a day's sum after an unplaced
    tally, and a count that has grown till now ('14 have died'), are not."""
    text = (
        "date 2025-06-12 Colonel killed by car bomb in Melitopol\n"
        "ZAPORIZHZHIA, June 12 — A senior Russian colonel was killed on Wednesday when a bomb planted under his "
        "car exploded outside a military headquarters in occupied Melitopol, Ukrainian military intelligence said.\n"
        "The officer, who commanded an artillery brigade, died on the spot, the agency said.\n"
        "The blast went off shortly after 8 a.m. in a car park behind the building. Three passers-by were taken to "
        "hospital with shrapnel wounds.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "sub_event_type", "location", "fatalities", "injuries") == [
        ("Remote explosive/landmine/IED", "Melitopol", 1, 3)
    ]
    assert rows(tables.figures, "metric", "subject", "value") == [("injured", "passers-by", 3.0)]
    text = (
        "date 2025-06-12 Nepali recruits\n"
        "KATHMANDU, June 12 — Two Nepali men serving in the Russian army were killed by a Ukrainian drone near "
        "Kupiansk last week, the foreign ministry said on Thursday.\n"
        "The ministry said it had asked Moscow to return their bodies.\n"
        "Of the 300 Nepali citizens known to have joined Russian forces, 41 have died and 12 are missing, it said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities") == [("Kupiansk", 2)]


def test_wounded_treated_in_a_span_of_hours_are_no_attacks_toll(settings, resources):
    """'had treated 40 wounded in 48 hours': a field hospital's tally of a span, not the shelling's injured."""
    text = (
        "date 2025-04-03 Field hospital\n"
        "Russian artillery shelled the village of Bilytske on Wednesday morning, the regional governor said.\n"
        "By Thursday, the head nurse said, the hospital had treated 40 wounded in 48 hours.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "injuries") == [("Bilytske", None)]


def test_a_toll_the_next_sentence_withdraws_is_no_figure_but_its_strike_stands(settings, resources):
    """A broadcast's correction: 'Yesterday I said the shelling of Kherson on Friday killed nine people. That was
    wrong.' The strike is coded with the corrected toll; the withdrawn nine is nobody's figure; 'So, this
    morning.' dates what follows, not Friday."""
    text = (
        "date 2025-05-12 The Morning Line, episode 88 — transcript\n"
        "ANNA: Before the news, a correction. Yesterday I said the shelling of Kherson on Friday killed nine "
        "people. That was wrong. The regional administration's figures were two people killed and nine injured.\n"
        "PAUL: So, this morning.\n"
        "ANNA: The air force says Russian missiles hit an energy facility in the Odesa region.\n"
    )
    tables = extract_text(text, settings, resources)
    assert sorted(rows(tables.events, "event_date", "location", "fatalities", "injuries")) == [
        ("2025-05-09", "Kherson", 2, 9),
        ("2025-05-12", "Odesa", None, None),
    ]
    assert sorted(rows(tables.figures, "metric", "value", "claimant")) == [
        ("injured", 9.0, "Ukrainian regional administration"),
        ("killed", 2.0, "Ukrainian regional administration"),
    ]


def test_a_failed_border_crossing_is_a_clash_and_its_dead_fighters_are_its_toll(settings, resources):
    """'a sabotage group attempted to cross the border near Tyotkino … Three of the attackers were killed': an
    Armed clash of the side that tried, with the fighters' dead told two sentences later; refugees trying to
    cross a border are no clash."""
    text = (
        "date 2025-06-10 Border incident\n"
        "Late on Sunday, a Ukrainian sabotage group attempted to cross the border near Tyotkino, the Kursk governor "
        "said. Border guards opened fire and the group fell back. Three saboteurs were killed.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "actor1", "fatalities") == [
        ("Armed clash", "Tyotkino", "Ukraine", 3)
    ]
    events = one_sentence(
        "Hundreds of families tried to cross the border near Sudzha on Monday to reach relatives.",
        settings,
        resources,
    ).events
    assert "Armed clash" not in set(events.sub_event_type)


def test_its_driver_injured_is_one_and_patients_moved_to_another_hospital_are_evacuated(settings, resources):
    tables = one_sentence(
        "A Russian drone hit a minibus in Nikopol, injuring its driver, and 22 patients were moved to another "
        "hospital.",
        settings,
        resources,
    )
    assert rows(tables.events, "location", "injuries") == [("Nikopol", 1)]
    assert rows(tables.figures, "metric", "value") == [("evacuated", 22.0)]


DAY_LIST = (
    "date 2025-08-11 Mykolaiv region: drones hit a tractor, a shop and a minibus\n"
    "Mykolaiv Regional Military Administration | Telegram | 11 August 2025, 19:40\n"
    "Ochakiv\n"
    "A Russian drone struck a tractor in a field on the edge of the town. He was hospitalised with shrapnel "
    "wounds to the arm.\n"
    "Kutsurub\n"
    "In the morning, a drone hit a grocery shop. A 63-year-old saleswoman was taken to hospital with burns; "
    "surgeons operated on her, but she died in the evening. Her 40-year-old colleague was also injured.\n"
    "Bereznehuvate\n"
    "Russian artillery shelled the village centre. Four residents, aged 35 to 70, later sought medical help "
    "with concussions.\n"
    "Snihurivka\n"
    "A drone attacked a minibus on the road out of town. The 51-year-old driver and his 17-year-old daughter "
    "were injured.\n"
    "Over the day\n"
    "Air defence destroyed 14 drones over the region.\n"
    "In total, over the day, the enemy attacked 19 settlements. Russian attacks killed 1 person and injured 8.\n"
)


def test_the_victims_of_each_item_of_a_day_list_are_counted_without_numerals(settings, resources):
    """'He was hospitalised', 'was taken to hospital …, but she died', 'was also injured', 'later sought medical
    help', 'The driver and his daughter were injured': each item's toll; the day's total is no attack's, not even
    the interception's told just before it."""
    events = extract_text(DAY_LIST, settings, resources).events
    assert sorted(rows(events, "location", "sub_event_type", "fatalities", "injuries")) == [
        ("Bereznehuvate", "Shelling/artillery/missile attack", None, 4),
        ("Kutsurub", "Air/drone strike", 1, 1),
        ("Mykolaiv", "Disrupted weapons use", None, None),
        ("Ochakiv", "Air/drone strike", None, 1),
        ("Snihurivka", "Air/drone strike", None, 2),
    ]


def test_a_person_wounded_who_later_died_is_killed(settings, resources):
    text = (
        "date 2025-06-03 Sumy\nRussian drones struck Sumy overnight. A woman was wounded and later died in "
        "hospital.\n"
    )
    assert rows(extract_text(text, settings, resources).events, "fatalities", "injuries") == [(1, None)]


LIVE_PAGE = (
    "date 2025-04-17 Live: Russian missiles hit Dnipro overnight\n"
    "Missile hits high-rise in Dnipro\n"
    "9:10 p.m. ET, April 16, 2025\n"
    "From our correspondent in Dnipro\n"
    "A Russian missile struck a nine-storey building in Dnipro shortly after 3 a.m. local time, the regional "
    "governor, Serhiy Lysak, said. Three people were killed and 14 injured, he said.\n"
    "Dnipro death toll rises to 5\n"
    "11:30 p.m. ET, April 16, 2025\n"
    "From our correspondent in Dnipro\n"
    "The number of people killed in Dnipro has risen to five and 22 were injured, Lysak said.\n"
    "Toll climbs to six as rescuers work through the morning\n"
    "1:15 a.m. ET, April 17, 2025\n"
    "From our correspondent in Dnipro\n"
    "The State Emergency Service said that six people had been killed and 25 injured, among them two children.\n"
)


def test_a_live_pages_later_post_updating_a_toll_counts_and_updates_the_attack(settings, resources):
    """A post opening with its own headline, clock time and byline lines ('Dnipro death toll rises to 5', …):
    its toll is the war's, not a peacetime count (its headline's war words or toll update tell), and updates the
    attack the earlier post told at the place its sentence or its opening lines name ('From our correspondent in
    Dnipro')."""
    tables = extract_text(LIVE_PAGE, settings, resources)
    assert rows(tables.events, "location", "fatalities", "injuries") == [("Dnipro", 6, 25)]
    told = sorted(rows(tables.figures[tables.figures.claimant != "Serhiy Lysak"], "metric", "value"))
    assert ("killed", 6.0) in told and ("injured", 25.0) in told
    assert ("killed", 5.0) in rows(
        tables.figures[tables.figures.claimant == "Serhiy Lysak"], "metric", "value"
    )


def test_a_toll_of_the_attack_named_by_its_day_updates_an_earlier_entrys_attack(settings, resources):
    """'Kim now says four people were injured in yesterday's attack' under the next day's heading: Tuesday's strike
    has four injured, and the shelling told after it keeps the entry's own day."""
    events = extract_text(NOTEBOOK, settings, resources).events
    kinetic = events[events.event_type != "Strategic developments"]
    assert sorted(rows(kinetic, "event_date", "location", "fatalities", "injuries")) == [
        ("2025-04-08", "Mykolaiv", None, 4),
        ("2025-04-09", "Ochakiv", 1, None),
    ]


HARMLESS_DRONES = (
    "date 2025-07-02 Night attack on Mykolaiv\n"
    "Mykolaiv Herald | News | Wednesday, 2 July 2025\n"
    "A Russian missile hit a grain warehouse in Mykolaiv overnight, the regional administration said.\n"
    "Drones damaged several houses in the city's Inhulskyi district; no one was hurt there.\n"
    "Governor Vitalii Kim said two people had been killed and nine injured in Mykolaiv.\n"
)


def test_a_toll_told_after_a_harmless_attack_is_the_harmful_ones(settings, resources):
    """'Drones damaged several houses …; no one was hurt there', then the governor's two killed and nine injured:
    the missile's toll; the drones keep their zero."""
    events = extract_text(HARMLESS_DRONES, settings, resources).events
    assert sorted(rows(events, "sub_event_type", "fatalities", "injuries")) == [
        ("Air/drone strike", 0, 0),
        ("Shelling/artillery/missile attack", 2, 9),
    ]
