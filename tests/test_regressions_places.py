"""Bugs found on texts the coder had not seen: places, gazetteer, districts, regions, each pinned by name."""

from datetime import date

import pytest

from tests.extraction_helpers import extract_text, one_sentence, rows
from tests.regression_texts import (
    INTERVIEW,
    KEY_EVENTS,
    NOTEBOOK,
    REGIONAL_SUMMARY,
    UPDATES,
    _address,
    _navy,
    _sabotage,
)


def test_countrys_capital_is_the_capital_city(settings, resources):
    tables = extract_text(KEY_EVENTS, settings, resources, name="key_events_list.txt")
    kyiv = tables.events[tables.events.location == "Kyiv"]
    assert len(kyiv) == 1
    assert (kyiv.iloc[0].fatalities, kyiv.iloc[0].injuries) == (1, 4)


def test_the_object_of_the_attack_is_its_place_not_a_place_in_another_clause(settings, resources):
    """'Poland … closed airports in Rzeszów and Lublin as Russia attacked western Ukraine': no strike on Poland."""
    events = extract_text(UPDATES, settings, resources, name="updates.txt").events
    assert "Poland" not in set(events.country)
    assert "Poland" not in set(events.actor2)


def test_a_village_the_gazetteer_lacks_is_placed_by_its_region_and_remembered(settings, resources):
    """'the village of Novodarivka in the Zaporizhzhia region': the village, at the region's coordinates and
    precision; a later 'near Novodarivka' in the document is the same village."""
    text = (
        "date 2023-06-12 Fighting in the south\n"
        "Ukraine's marine brigade said its troops had taken the village of Novodarivka in the Zaporizhzhia region on Sunday.\n"
        "Russia's defence ministry said on Monday that its forces had repelled Ukrainian attacks near Novodarivka.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "admin1", "geo_precision") == [
        ("Territory taken or claimed", "Novodarivka", "Zaporizhia", 3),
        ("Armed clash", "Novodarivka", "Zaporizhia", 3),
    ]


def test_a_village_named_with_another_region_than_its_gazetteer_namesake_is_that_regions(settings, resources):
    text = "date 2025-08-04 Map update\nIn the Sumy region, the Defence Forces liberated the village of Oleksiivka on Monday.\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "admin1", "geo_precision", "actor1") == [
        ("Oleksiivka", "Sumy", 3, "Ukraine")
    ]


def test_a_village_given_by_its_bearing_from_a_town_is_placed_near_that_town(settings, resources):
    text = (
        "date 2025-06-10 Assessment\nRussian forces attacked near Zelene Pole (southwest of Velyka Novosilka) "
        "on June 9, and Ukrainian forces repelled an assault on Shevchenko Pershe, 12 km north of Kupiansk, on "
        "June 8.\n"
    )
    events = extract_text(text, settings, resources).events
    got = {r.location: (r.sub_event_type, r.geo_precision, r.admin1) for r in events.itertuples()}
    assert got["Zelene Pole"] == ("Armed clash", 2, "Donetsk")
    assert got["Shevchenko Pershe"] == ("Armed clash", 2, "Kharkiv")


def test_an_opening_in_city_frames_the_area_and_the_named_town_is_the_place(settings, resources):
    text = (
        "date 2025-01-21 Border\nIn Kursk, the regional governor said a drone had struck a grain elevator on the "
        "outskirts of Rylsk on Monday.\n"
    )
    assert rows(extract_text(text, settings, resources).events, "location") == [("Rylsk",)]


def test_a_settlement_whose_first_word_is_a_listed_place_is_its_own_village(settings, resources):
    text = (
        "date 2024-12-02 Briefing\nIn the Kursk region, Russian units repelled two attempts by Ukrainian assault "
        "groups to advance toward the settlement of Russkoye Porechnoye, the ministry said.\n"
    )
    assert rows(extract_text(text, settings, resources).events, "location") == [("Russkoye Porechnoye",)]


def test_a_digests_items_happen_where_their_headings_say_and_its_byline_is_the_source(settings, resources):
    text = (
        "date 2024-10-21 Zaporizhzhia region: consequences of Russian attacks over the past day\n"
        "Digest of Telegram posts by the Zaporizhzhia Regional Military Administration.\n"
        "Over the past day, Russian forces carried out 412 strikes on 12 settlements.\n"
        "Stepnohirsk\n"
        "A drone hit a private house yesterday evening. A 60-year-old man was injured.\n"
        "Huliaipole\n"
        "Artillery shelled the town centre; three private houses were damaged.\n"
    )
    tables = extract_text(text, settings, resources)
    assert sorted(rows(tables.events, "location", "sub_event_type")) == [
        ("Huliaipole", "Shelling/artillery/missile attack"),
        ("Stepnohirsk", "Air/drone strike"),
    ]
    assert set(tables.figures.claimant) == {"Ukrainian regional military administration"}


@pytest.mark.parametrize(
    "sentence",
    [
        "KYIV/LONDON, Jan 24 (Reuters) - Ukrainian drones struck an oil refinery in Ryazan overnight, a source said.",
        "MOSCOW, December 2. /TASS/. Ukrainian drones struck an oil refinery in Ryazan overnight, the governor said.",
    ],
)
def test_a_datelines_city_is_where_the_reporter_sat(settings, resources, sentence):
    text = f"date 2025-01-24 Refinery\n{sentence}\n"
    assert rows(extract_text(text, settings, resources).events, "location") == [("Ryazan",)]


def test_a_summary_item_opening_with_its_place_happens_there(settings, resources):
    """'Vasylivka district, Kamianka-Dniprovska.' heads the sentences after it, as a headline heads a post."""
    events = extract_text(REGIONAL_SUMMARY, settings, resources).events
    by_place = {r.location: r.sub_event_type for r in events.itertuples()}
    assert by_place.get("Kamyanka-Dniprovska") == "Air/drone strike"  # GeoNames spelling
    assert by_place.get("Huliaipole") == "Shelling/artillery/missile attack"


def test_a_district_of_the_item_city_is_that_city_not_a_namesake(settings, resources):
    """'Zaporizhzhia. … the Shevchenkivskyi district': not the Shevchenkivskyi district of another oblast."""
    events = extract_text(REGIONAL_SUMMARY, settings, resources).events
    city = events[events.location == "Zaporizhzhia"]
    assert len(city) == 1 and (city.iloc[0].fatalities, city.iloc[0].injuries) == (2, 5)
    assert city.iloc[0].admin1 == "Zaporizhia"  # GeoNames spelling


def test_the_region_is_the_region_named_before(settings, resources):
    events = extract_text(REGIONAL_SUMMARY, settings, resources).events
    downed = events[events.sub_event_type == "Disrupted weapons use"]
    assert [(r.admin1, r.geo_precision) for r in downed.itertuples()] == [("Zaporizhia", 3)]


def test_a_country_in_a_title_is_no_venue(settings, resources):
    """'Prime Minister of Japan Shigeru Ishiba': a call with no venue is not placed in Japan."""
    events = _address(settings, resources).events
    call = events[events.source_quote.str.contains("Ishiba")]
    assert list(call.location) == [""]


def test_a_district_of_the_city_the_sentence_names_is_that_city(settings, resources):
    events = _address(settings, resources).events
    strike = events[events.sub_event_type == "Air/drone strike"]
    assert list(zip(strike.location, strike.geo_precision, strict=True)) == [("Odesa", 1)]


def test_a_village_cleared_of_occupiers_near_a_town_is_taken_there(settings, resources):
    events = _address(settings, resources).events
    taken = events[events.sub_event_type == "Territory taken or claimed"]
    assert list(zip(taken.location, taken.geo_precision, taken.actor1, strict=True)) == [
        ("Kozachyi Brid", 2, "Ukraine")
    ]


def test_a_district_named_after_a_town_of_the_paragraph_is_that_towns(settings, resources):
    """'Nikopol … the Dniprovskyi district': not the Dniprovskyi district of Kyiv."""
    events = _navy(settings, resources).events
    assert "Dniprovskyi" not in set(events.location)
    assert "Nikopol" in set(events.location)


def test_the_bank_of_a_river_is_the_river_not_the_city(settings, resources):
    events = _navy(settings, resources).events
    assert "Dnipro" not in set(events.location)


def test_ships_moved_are_deployed_where_they_go_not_where_from(settings, resources):
    events = _navy(settings, resources).events
    moved = events[events.sub_event_type == "Troop deployment"]
    assert list(moved.location) == ["Sevastopol"]


def test_a_headlines_town_inside_the_bodys_region_is_where_it_happened(settings, resources):
    """'drones attacked the Kursk region' under a standfirst naming Rylsk: the strike is at Rylsk."""
    events = _sabotage(settings, resources)
    strikes = events[events.sub_event_type == "Air/drone strike"]
    assert "Rylsk" in set(strikes.location)


def test_regions_listed_with_a_sea_are_a_national_tally(settings, resources):
    events = _sabotage(settings, resources)
    downed = events[events.sub_event_type == "Disrupted weapons use"]
    assert list(downed.location) == ["Russia"]


def test_the_village_a_force_took_control_of_is_the_place_taken(settings, resources):
    events = _sabotage(settings, resources)
    taken = events[events.sub_event_type == "Territory taken or claimed"]
    assert list(taken.location) == ["Peschanoye"]


def test_a_capital_that_speaks_is_not_where_anything_happened(settings, resources):
    events = _sabotage(settings, resources)
    assert "Kyiv" not in set(events.location)


@pytest.mark.parametrize("spelling", ["Giurgiulești", "Giurgiuleşti"])
def test_romanian_s_and_t_with_a_comma_or_a_cedilla_are_one_letter(settings, resources, spelling):
    events = one_sentence(
        f"A Russian drone crashed and exploded in a field near {spelling} on Sunday, Moldovan police said.",
        settings,
        resources,
    ).events
    assert list(events.country) == ["Moldova"]


def test_a_village_named_in_its_other_spelling_is_the_village_placed_before(settings, resources):
    text = (
        "date 2025-03-03 Front line\n"
        "Russia's defence ministry said its troops had captured the village of Alexandro-Kalinovo in the "
        "Donetsk region.\n"
        "Ukraine's military said its units repelled six assaults near Oleksandro-Kalynove on Monday.\n"
    )
    events = extract_text(text, settings, resources).events
    assert set(events.location) == {"Alexandro-Kalinovo"}
    assert set(events.sub_event_type) == {"Territory taken or claimed", "Armed clash"}


def test_the_village_is_the_village_named_last(settings, resources):
    events = extract_text(INTERVIEW, settings, resources).events
    village = events[events.location == "Zvanivka"]
    assert list(village.actor1) == ["Ukraine"]  # "our assault company": the speaker's side


@pytest.mark.parametrize(
    "sentence",
    [
        "Romania's foreign minister discussed grain exports across the Black Sea with her Ukrainian counterpart "
        "in a phone call on Monday.",
        "Ukrainian and Turkish naval officers held talks on safe passage in the Black Sea on Monday, Kyiv said.",
    ],
)
def test_talks_by_phone_or_about_a_sea_have_no_venue(settings, resources, sentence):
    events = one_sentence(sentence, settings, resources).events
    diplomacy = events[events.sub_event_type == "Diplomacy"]
    assert rows(diplomacy, "location") in ([(None,)], [("",)])


def test_talks_about_a_strike_are_not_held_where_it_struck(settings, resources):
    events = one_sentence(
        "Diplomats clashed at an emergency meeting of the UN Security Council on Monday over the Russian missile "
        "strike on Dnipro.",
        settings,
        resources,
    ).events
    diplomacy = events[events.sub_event_type == "Diplomacy"]
    assert rows(diplomacy, "location") in ([(None,)], [("",)])


def test_a_tally_over_a_count_of_regions_is_the_countrys(settings, resources):
    events = one_sentence(
        "Russia's defence ministry said air defences had destroyed 96 Ukrainian drones over nine regions "
        "overnight, including 40 over the Belgorod region.",
        settings,
        resources,
    ).events
    assert rows(events, "sub_event_type", "location") == [("Disrupted weapons use", "Russia")]


def test_a_massive_attack_on_the_whole_country_is_one_event_there(settings, resources):
    events = one_sentence(
        "Russia launched a massive combined missile and drone attack on Ukraine overnight, targeting energy "
        "facilities in the western Volyn and Lviv regions, Ukrainian officials said.",
        settings,
        resources,
    ).events
    assert rows(events, "sub_event_type", "location") == [("Shelling/artillery/missile attack", "Ukraine")]


def test_a_plant_named_after_a_city_stands_in_the_town_the_text_names(settings, resources):
    events = one_sentence(
        "In Burshtyn, a Russian missile hit the Kalush thermal power plant's fuel depot, wounding a worker, the "
        "regional governor said.",
        settings,
        resources,
    ).events
    assert rows(events, "location") == [("Burshtyn",)]


def test_a_city_district_in_a_notice_headed_by_its_city_is_that_citys(settings, resources):
    text = (
        "date 2025-12-03 Vinnytsia City Council: consequences of the night attack\n"
        "Official announcement, translated from Ukrainian.\n"
        "Last night Russian missiles hit a critical infrastructure facility in the Kyivskyi district.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location") == [("Vinnytsia",)]


def test_a_verdict_is_placed_at_the_courts_seat_not_the_defendants_home(settings, resources):
    text = (
        "date 2025-12-06 Weekly monitoring report\nLatest.\n"
        "On Thursday, the Brest regional court sentenced a 41-year-old resident of Pinsk to eight years in a penal "
        "colony for sending photos of military trains to a Ukrainian channel.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Legal action", "Brest")]


def test_a_place_of_the_list_item_before_the_trigger_is_not_its_place(settings, resources):
    text = (
        "date 2025-12-09 Weekly report: a column towards Mazyr and a snap check near Brest\n"
        "A weekly summary of military activity in Belarus.\n"
    )
    events = extract_text(text, settings, resources).events
    assert set(events.location) == {"Brest"}


def test_a_small_foreign_town_called_a_district_is_placed_and_a_seizure_of_goods_is_no_capture(
    settings, resources
):
    text = (
        "date 2025-12-09 Border guards\nLatest.\n"
        "On Monday, border guards detained two Lithuanian citizens in the Šalčininkai district who are suspected "
        "of smuggling, and seized a van and three mobile phones.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Legal action", "Šalčininkai")]


def test_a_summons_with_no_side_named_is_at_the_reporting_sides_ministry(settings, resources):
    text = (
        "date 2025-12-09 Drone from Kaliningrad shot down near Kybartai\n"
        "Press release of the Lithuanian Armed Forces.\n"
        "A drone that flew in from the Kaliningrad region was shot down near Kybartai on Sunday, the Lithuanian "
        "Armed Forces said.\n"
        "The Foreign Ministry summoned the Belarusian chargé d'affaires on Monday, the Lithuanian government "
        "said.\n"
    )
    events = extract_text(text, settings, resources).events
    summons = events[events.sub_event_type == "Diplomacy"]
    assert rows(summons, "country", "actor1") == [("Lithuania", "Lithuania")]


def test_a_car_make_is_no_place(settings, resources):
    text = (
        "date 2025-12-09 Border village under fire\nLatest.\n"
        "On Monday, a Ukrainian FPV drone attacked a Niva car on the road between Tyotkino and Popovo-Lezhachi, "
        "killing the driver, the governor said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "fatalities") == [("Tyotkino", 1)]


def test_a_car_market_is_still_in_its_city(settings, resources):
    text = "date 2025-12-01 Latest\nLatest.\nA Russian drone hit a Kherson car market, injuring two people.\n"
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "injuries") == [("Kherson", 2)]


def test_talks_venue_after_a_long_list_of_guests_from_other_countries(settings, resources):
    """The guests' countries are where they came from; the meeting is in the host's capital, on the day named."""
    text = (
        "date 2025-10-09 Baltic ministers meet on air defence\n"
        "Latvian Defence Minister Andris Spruds hosted his counterparts from Estonia, Lithuania, Poland, "
        "Finland, Denmark, Norway and Sweden, as well as Ukraine's deputy defence minister and the commander of "
        "Ukraine's air force, at a two-day meeting in Riga on Tuesday to coordinate air defence for the winter.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "event_date", "sub_event_type", "location") == [("2025-10-07", "Diplomacy", "Riga")]


def test_a_massive_attack_on_a_countrys_energy_system_is_placed_at_that_country(settings, resources):
    text = (
        "date 2025-11-29 Grid operator statement\n"
        "Overnight, Russia carried out a massive combined missile and drone attack on Ukraine's energy "
        "infrastructure, hitting power plants and substations in several regions.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Shelling/artillery/missile attack", "Ukraine")]


@pytest.mark.parametrize(
    "sentence, location",
    [
        (
            "Russia's defence ministry said air defences destroyed 61 Ukrainian drones overnight, 25 of them over "
            "the Belgorod region and nine over the Black Sea.",
            "Russia",
        ),
        (
            "Ukraine's air force said it downed 70 of 88 drones overnight, most of them over the Sumy region.",
            "Ukraine",
        ),
        (
            "Russia said it shot down 33 drones overnight, including 14 over the Kursk region.",
            "Russia",
        ),
        ("Russia said it shot down 14 drones over the Kursk region overnight.", "Kursk"),
        ("The air force said it downed 30 drones over the Kyiv region, including 12 over the city.", "Kyiv"),
        (
            "Air defences destroyed 16 drones, including three Shaheds, over the Dnipropetrovsk region overnight.",
            "Dnipropetrovsk",
        ),
    ],
)
def test_a_downing_tally_broken_down_by_region_is_the_countrys(sentence, location, settings, resources):
    """'destroyed 54 UAVs overnight, 22 of them over the Saratov region': the places only break the national
    total down; a tally placed before its breakdown, or broken down by type ('including three Shaheds'), keeps
    its own region."""
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Disrupted weapons use", location)]


def test_a_titles_shorter_match_gives_way_to_the_village_the_body_names(settings, resources):
    """A title's 'capture of Novoye Lugovoye' is the village the body places by its region, not the gazetteer's
    'Novoye' elsewhere; the title's 'drone attack on Shebekino district bus' is at the place it is on."""
    text = (
        "date 2025-10-16 Papers hail capture of Novoye Lugovoye, count cost of drone attack on Shebekino district bus\n"
        "The Defence Ministry said on Wednesday that its troops had liberated the village of Novoye Lugovoye in "
        "the Donetsk People's Republic after fierce fighting.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(rows(events, "sub_event_type", "location")) == [
        ("Air/drone strike", "Shebekino"),  # the drone attack on the bus, not the village in another clause
        ("Territory taken or claimed", "Novoye Lugovoye"),
    ]


@pytest.mark.parametrize(
    "sentence, location",
    [
        (
            "According to Belgorod Governor Vyacheslav Gladkov, a Ukrainian drone hit a minibus in the village of "
            "Zhuravlevka in the Belgorod region, killing the driver.",
            "Zhuravlevka",
        ),
        ("Belgorod Governor Vyacheslav Gladkov said a Ukrainian drone hit a car, injuring two.", "Belgorod"),
        (
            "On Tuesday, a tractor hit an anti-tank mine near the village of Hrakove in the Chuhuiv district of "
            "the Kharkiv region, killing the driver.",
            "Hrakove",
        ),
        (
            "According to Nikopol Mayor Oleksandr Saiuk, Russian shelling damaged five houses in the "
            "Dnipropetrovsk region.",
            "Nikopol",
        ),
        (
            "According to Belgorod Governor Vyacheslav Gladkov, a Ukrainian drone hit a car in the Kursk region.",
            "Kursk",
        ),
    ],
)
def test_an_officials_seat_and_a_district_give_way_to_the_village_named(
    sentence, location, settings, resources
):
    """'Belgorod Governor …': the seat names his office, the place only when the sentence names no other; a
    village the gazetteer lacks is more specific than the district that places it; the region that holds the
    seat is less specific than the seat, another region is where it happened."""
    events = one_sentence(sentence, settings, resources).events
    assert list(events.location) == [location]


@pytest.mark.parametrize(
    "sentence, location",
    [
        ("A Ukrainian drone dropped an explosive on a farm in the Valuysky district on Tuesday.", "Valuyki"),
        ("Russian artillery shelled the Nikopolskyi district overnight, damaging a school.", "Nikopol"),
        ("A Ukrainian drone hit a car in the Glushkovsky district, injuring the driver.", "Glushkovo"),
        ("A Ukrainian drone attacked a factory in the Sovetsky district of Bryansk on Tuesday.", "Bryansk"),
        ("A Russian drone hit a house in the Kyivskyi district of Kharkiv overnight.", "Kharkiv"),
        (
            "A Ukrainian drone struck the Gagarinsky district of Sevastopol overnight, injuring three.",
            "Sevastopol",
        ),
        (
            "A Ukrainian drone struck Sevastopol's Gagarinsky district overnight, injuring three.",
            "Sevastopol",
        ),
        ("Russian forces shelled the Pokrovsky district of the Donetsk region, injuring two.", "Pokrovsk"),
    ],
)
def test_a_raion_named_by_its_towns_adjective_is_at_that_town(sentence, location, settings, resources):
    """'the Valuysky district', 'the Nikopolskyi district': the raion of that town, also 'of the Donetsk region';
    'the Sovetsky district of Bryansk', 'Sevastopol's Gagarinsky district' are districts of the city named, not
    Sovetsk, Kyiv or Gagarin, whatever town the district's name comes from."""
    events = one_sentence(sentence, settings, resources).events
    assert list(events.location) == [location]


@pytest.mark.parametrize(
    "sentence, location",
    [
        ("Russian shelling hit Nikopol in the Dnipropetrovsk region, killing two people.", "Nikopol"),
        ("An overnight drone attack hit the Izium district of the Kharkiv region, killing a man.", "Izium"),
        ("Shelling struck the village of Bilozerka in the Kherson region, injuring a woman.", "Bilozerka"),
        ("Russian strikes pounded Kharkiv overnight, injuring five people, the mayor said.", "Kharkiv"),
    ],
)
def test_what_an_attack_noun_hit_is_its_place(sentence, location, settings, resources):
    """'Russian shelling hit Nikopol in the Dnipropetrovsk region': the object of 'hit', 'struck', 'pounded' after
    an attack noun is the place attacked, more specific than the region that places it."""
    events = one_sentence(sentence, settings, resources).events
    assert list(events.location) == [location]


def test_a_village_the_paragraph_s_region_holds_is_placed_there_not_at_a_namesake(settings, resources):
    """'… attacked the Belgorod Region. … near the village of Dubovoye': the sentence names no region, so the
    village is the paragraph's region's, not a Zaporizhzhia village that also bears the name. A city keeps its
    own place whatever region the paragraph named."""
    text = (
        "date 2025-04-16 Briefing\nExcerpts\n"
        "Drones attacked the Belgorod Region all week. On April 11, a drone struck a car near the village of "
        "Dubovoye, killing the driver. Missiles also hit the city of Dnipro on Friday.\n"
    )
    events = extract_text(text, settings, resources).events
    towns = events[events.location != "Belgorod"]
    assert sorted(rows(towns, "location", "admin1")) == [
        ("Dnipro", "Dnipropetrovsk"),
        ("Dubovoye", "Belgorod"),
    ]


def test_a_place_naming_an_operational_group_is_not_where_the_strike_fell(settings, resources):
    """'the command staff of the Seversk operational-tactical group … in Sumy': Seversk names the grouping."""
    sentence = (
        "The Russian army struck a meeting of the command staff of the Seversk operational-tactical group in Sumy "
        "on Sunday."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "location") == [("Sumy",)]


def test_a_village_takes_the_namesake_in_the_region_named_after_it(settings, resources):
    """'near Kamenskoye in the Zaporozhye Region': the Zaporizhzhia village, though 'Battlegroup Dnepr' names
    another region in the sentence (the namesake there is a big city)."""
    sentence = (
        "Units of the Battlegroup Dnepr inflicted losses on a Ukrainian brigade near Kamenskoye in the Zaporozhye "
        "Region, the ministry said."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "admin1") == [("Zaporizhia",)]
    # a town that big is itself, whatever region a muddled sentence puts after it
    sentence = "Russian forces shelled Kramatorsk in the Kharkiv region on Monday, the governor said."
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "location", "admin1") == [("Kramatorsk", "Donetsk")]


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        (
            "Moscow Mayor Sergei Sobyanin said air defences had shot down three drones flying toward the capital.",
            "Moscow",
        ),
        (
            "Kharkiv Mayor Ihor Terekhov said two drones had hit the city overnight, damaging a school.",
            "Kharkiv",
        ),
    ],
)
def test_the_capital_or_the_city_of_an_officials_title_is_his_seat(sentence, location, settings, resources):
    """'the capital' or 'the city' where the sentence names no other place: the city whose mayor speaks, not
    the country."""
    events = one_sentence(sentence, settings, resources).events
    assert set(events.location) == {location}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russia's defence ministry said its forces had taken control of Popiv Yar in the Donetsk region.",
            [("Popiv Yar", "Donetsk")],
        ),
        (
            "Ukrainian units repelled attacks near Zelenyi Kut in the Kharkiv region.",
            [("Zelenyi Kut", "Kharkiv")],
        ),
    ],
)
def test_a_name_the_gazetteer_lacks_before_its_region_is_a_village_there(
    sentence, expected, settings, resources
):
    """A capture or a clash near a village the gazetteer lacks: the village, placed by the region after it, not
    the region itself."""
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "location", "admin1") == expected


def test_villages_listed_before_their_direction_give_the_axis_town(settings, resources):
    """'near Antonivka and Dalne in the Kurakhove direction': the fighting along that stretch of front is placed
    at the axis town, as when the direction comes first (k13)."""
    sentence = (
        "The occupiers launched a mechanized assault on our positions near Hannivka and Sontsivka in the "
        "Kurakhove direction this morning."
    )
    events = one_sentence(sentence, settings, resources).events
    assert rows(events, "sub_event_type", "location") == [("Armed clash", "Kurakhove")]


def test_the_airspace_missiles_were_launched_over_is_no_target(settings, resources):
    """'Kh-101 missiles launched from Tu-95MS bombers over the Volgograd region': where the carriers flew."""
    events = one_sentence(
        "Overnight Russia attacked with 6 Kh-101 cruise missiles launched from Tu-95MS bombers over the Volgograd "
        "region, the Air Force said.",
        settings,
        resources,
    ).events
    assert "Volgograd" not in set(events.location)


def test_a_village_the_gazetteer_lacks_is_in_the_one_region_the_document_names(settings, resources):
    """A governor's address names the Belgorod region once, in its byline; 'in the village of Poroz in the
    Krasnogvardeysky district' (a district the gazetteer lacks) is then a village of the Belgorod region, not the
    region itself."""
    text = (
        "date 2025-08-03 Governor's weekly address\n"
        "Video address by the Governor of the Belgorod Region | Sunday, 3 August 2025\n"
        "On Friday, in the village of Poroz in the Krasnogvardeysky district, an FPV drone attacked a tractor. "
        "The driver was injured.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "admin1") == [("Poroz", "Belgorod")]


def test_a_towns_old_name_glossed_in_brackets_is_the_town_across_the_border(settings, resources):
    """'near Artemovsk (Bakhmut)' and 'near Dzerzhinsk (Toretsk)': the gloss names the town meant, even when the
    old name also belongs to a bigger town in Russia; the speaker's side inflicted the losses ('where the enemy
    lost …' is no enemy attack)."""
    text = (
        "date 2024-08-20 Defence Ministry\n"
        "The Center battlegroup inflicted losses on three Ukrainian brigades near Dzerzhinsk (Toretsk), where the "
        "enemy lost up to 300 troops, the Russian Defence Ministry said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "admin1", "actor1") == [
        ("Armed clash", "Toretsk", "Donetsk", "Russia")
    ]


def test_what_talks_were_about_is_not_their_venue(settings, resources):
    """'spoke to Secretary Rubio about the supply of interceptors to Ukraine': no venue at Ukraine."""
    events = one_sentence(
        "The defence minister spoke to Secretary Rubio on Monday about the supply of air defence "
        "interceptors to Ukraine.",
        settings,
        resources,
    ).events
    assert rows(events, "sub_event_type", "location") == [("Diplomacy", "")]


def test_a_village_described_by_its_bearing_and_claimed_in_scare_quotes_is_that_village(settings, resources):
    """'had "liberated" Myrne, a village south-west of Pokrovsk': the village, placed near Pokrovsk, not Pokrovsk;
    soldiers taken prisoner 'as they tried to infiltrate the city' fought there."""
    text = (
        "date 2025-08-07 Evening briefing\n"
        "Front line\n"
        'Russia\'s Defence Ministry said on Thursday that its troops had "liberated" Zorianka, a village south-west '
        "of Pokrovsk.\n"
        "In the Kupiansk area, a brigade said its troops had captured four Russian soldiers on Tuesday as they tried "
        "to infiltrate the city.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(rows(events, "sub_event_type", "location")) == [
        ("Armed clash", "Kupiansk"),
        ("Territory taken or claimed", "Zorianka"),
    ]


def test_an_old_name_glossed_in_words_is_the_town_it_names(settings, resources):
    """'Dzerzhinsk, the Soviet-era name it uses for Toretsk': the town in Donetsk region, not the Russian city
    that is also called Dzerzhinsk."""
    text = (
        "date 2025-02-20 Front line\n"
        "Russia's defence ministry said on Thursday that its troops had taken full control of Dzerzhinsk, the "
        "Soviet-era name it uses for Toretsk.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "location", "admin1", "country") == [("Toretsk", "Donetsk", "Ukraine")]


def test_a_village_the_gazetteer_lacks_that_a_side_claims_to_have_taken_is_kept_coarsely_placed(
    settings, resources
):
    """'had captured Zolotyi Kolodiaz' (a village the gazetteer lacks, no region named): the claim is kept, under its
    own name, at the country's centroid and precision 3, not dropped."""
    text = (
        "date 2025-08-04 Map update\n"
        "In the Pokrovsk direction, the enemy occupied Zelenyi Hai.\n"
        "The Russian Ministry of Defence claimed on Saturday that its troops had captured Zolotyi Kolodiaz; we do not "
        "confirm this.\n"
    )
    events = extract_text(text, settings, resources).events
    claim = events[events.location == "Zolotyi Kolodiaz"]
    assert rows(claim, "sub_event_type", "country", "geo_precision", "actor1") == [
        ("Territory taken or claimed", "Ukraine", 3, "Russia")
    ]


def test_a_drone_that_crashed_abroad_is_at_the_village_not_the_port_it_is_measured_from(settings, resources):
    """A village the gazetteer lacks, in a sentence whose one area is a country, is that country's; 'across the
    Danube from the Ukrainian port of Reni' is a landmark; 'crossed into Romania … and crashed' names no side."""
    text = (
        "date 2025-08-17 Drone crashes in Romanian garden\n"
        "GALATI, Aug 17 — A Russian Shahed drone crossed into Romania on Sunday night and crashed into a vegetable "
        "garden near the village of Grindelu, across the Danube from the Ukrainian port of Reni, the Romanian "
        "defence ministry said on Monday. Nobody was hurt.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "country", "actor1") == [
        ("Air/drone strike", "Grindelu", "Romania", "Russia")
    ]
    assert events.geo_precision.tolist() == [3]


def test_a_village_the_gazetteer_lacks_is_in_the_region_the_post_named_last(settings, resources):
    """'the village of Zawadka' with no other place: in the voivodeship the paragraph before named, not at the
    dateline's city; Poland's voivodeships are regions."""
    text = (
        "date 2025-09-21 Drones over Poland\n"
        "WARSAW, Sept 21 — Polish radars tracked three drones over the Subcarpathian Voivodeship overnight, "
        "the army said.\n"
        "One of the drones, which was not shot down, crashed into a hay shed in the village of Zawadka near Dukla, police "
        "said. Nobody was hurt.\n"
    )
    events = extract_text(text, settings, resources).events
    strikes = events[events.sub_event_type == "Air/drone strike"]
    assert rows(strikes, "location", "admin1", "country", "geo_precision") == [
        ("Zawadka", "Subcarpathian", "Poland", 3)
    ]


def test_a_tally_over_russian_regions_including_some_towards_the_capital_is_the_countrys(settings, resources):
    """'destroyed 61 Ukrainian drones over Russian regions, including 9 flying towards Moscow': a national tally,
    the capital only breaks it down."""
    text = (
        "date 2025-08-06 Drones over Russia\n"
        "MOSCOW, Aug 6 — Russian air defences destroyed 61 Ukrainian drones over Russian regions overnight, "
        "including 9 flying towards Moscow, the Defence Ministry said on Wednesday.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "country") == [
        ("Disrupted weapons use", "Russia", "Russia")
    ]


def test_a_site_at_an_unlisted_village_near_a_town_is_at_the_village(settings, resources):
    """'the oil depot at Verkhnie Zalissia near Kremenchuk': a name the gazetteer lacks, placed by the town it is
    near, is where it happened; the town only locates it. A later 'on the approaches to the depot' is the same
    site."""
    text = (
        "date 2025-04-12 Depot attacked\n"
        "KREMENCHUK, April 12 — Russian drones attacked the fuel depot at Verkhnie Zalissia near Kremenchuk "
        "overnight, the regional governor said.\n"
        "Air defence units destroyed five more drones on the approaches to the depot.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "location", "admin1") == [
        ("Air/drone strike", "Verkhnie Zalissia", "Poltava"),
        ("Disrupted weapons use", "Verkhnie Zalissia", "Poltava"),
    ]


def test_a_listed_town_near_another_keeps_its_own_name(settings, resources):
    """'in Huliaipole near Zaporizhzhia': the gazetteer has Huliaipole, so it is where it happened."""
    events = one_sentence(
        "Russian troops shelled a market in Huliaipole near Zaporizhzhia on Tuesday, killing two people.",
        settings,
        resources,
    ).events
    assert rows(events, "location", "fatalities") == [("Huliaipole", 2)]


def test_districts_of_a_named_city_are_that_city_whatever_namesakes_they_have(settings, resources):
    """'the Kyivskyi and Prymorskyi districts of Odesa': Odesa, though other cities have districts of those
    names."""
    events = one_sentence(
        "Russian drones hit the Kyivskyi and Prymorskyi districts of Odesa overnight, injuring five people.",
        settings,
        resources,
    ).events
    assert rows(events, "location", "injuries") == [("Odesa", 5)]


def test_a_village_glossed_in_the_other_language_and_placed_by_bearing_is_that_village(settings, resources):
    """'Bohatyr, or Bogatyr in Russian, a village west of Kurakhove': the named village, not the town it is
    measured from."""
    events = one_sentence(
        "Moscow said its forces had captured Bohatyr, or Bogatyr in Russian, a village west of Kurakhove.",
        settings,
        resources,
    ).events
    assert rows(events, "sub_event_type", "location") == [("Territory taken or claimed", "Bohatyr")]


def test_a_town_name_that_is_a_persons_given_name_is_no_place(settings, resources):
    """'Regina Kharchenko' is the council secretary, not Regina in Canada."""
    text = (
        "date 2025-04-21 Zaporizhzhia\nRussian drones struck Zaporizhzhia overnight.\n"
        "Secretary of the city council Regina Kharchenko said that nine people had sought medical help.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant_country") == [("injured", 9.0, "Ukraine")]


def test_a_one_city_texts_district_and_region_are_that_citys_not_the_outlets(settings, resources):
    """'Seven days in Mykolaiv' from 'The Kyiv Courier | Notebooks | …': the Inhulskyi district is Mykolaiv's and
    'over the region' is the Mykolaiv region, though the outlet's name holds Kyiv."""
    events = extract_text(NOTEBOOK, settings, resources).events
    assert sorted(rows(events, "event_date", "sub_event_type", "location", "geo_precision")) == [
        ("2025-04-08", "Air/drone strike", "Mykolaiv", 1),
        ("2025-04-09", "Shelling/artillery/missile attack", "Ochakiv", 1),
        ("2025-04-10", "Disrupted weapons use", "Mykolaiv", 3),
    ]


def test_a_unit_named_after_a_town_is_not_where_it_acted(settings, resources):
    """'border guards of the Izmail detachment detained two men near the village of Kyslytsia': the detachment's
    town names the unit; the detention is at the village."""
    events = one_sentence(
        "On Tuesday, border guards of the Izmail detachment detained two men near the village of Kyslytsia in the "
        "Odesa region.",
        settings,
        resources,
        published=date(2025, 6, 18),
    ).events
    assert rows(events, "sub_event_type", "location") == [("Legal action", "Kyslytsya")]


def test_a_captured_village_placed_near_a_town_is_that_village(settings, resources):
    """'claimed the capture of Ridkodub near Lyman': a village the gazetteer lacks, near the town named, not the
    town itself."""
    events = one_sentence(
        "The Russian Defence Ministry claimed the capture of Ridkodub near Lyman on Friday.",
        settings,
        resources,
        published=date(2025, 9, 20),
    ).events
    assert rows(events, "sub_event_type", "location") == [("Territory taken or claimed", "Ridkodub")]


def test_the_city_a_ministry_speaks_in_is_not_where_it_struck(settings, resources):
    """'The Russian Defence Ministry said in Moscow that its missiles had destroyed a Ukrainian ammunition depot':
    Moscow is where it spoke; the strike names no place an analyst could map."""
    events = one_sentence(
        "The Russian Defence Ministry said in Moscow that its missiles had destroyed a Ukrainian ammunition depot "
        "overnight.",
        settings,
        resources,
        published=date(2025, 6, 10),
    ).events
    assert "Moscow" not in set(events.location)


def test_a_title_case_wire_dateline_with_two_cities_is_no_place_of_the_strike(settings, resources):
    """'Odesa/Vienna (APA) - … attack on the Ukrainian port city Odesa': the wire's dateline, with its agency,
    names where it was filed; the attack is on Odesa, not on a village called Apa."""
    events = one_sentence(
        "Odesa/Vienna (APA) - At least two people have been killed and nine injured in a Russian drone and missile "
        "attack on the Ukrainian port city Odesa in the night to Tuesday.",
        settings,
        resources,
        published=date(2025, 10, 14),
    ).events
    assert set(events.location) == {"Odesa"}


def test_a_district_after_a_citys_label_is_that_citys(settings, resources):
    """'Mykolaiv: … hit a school in the Shevchenkivskyi district': Mykolaiv's district, not Kyiv's namesake."""
    events = one_sentence(
        "Mykolaiv: on Friday, artillery shells hit a school in the Shevchenkivskyi district, injuring a guard.",
        settings,
        resources,
        published=date(2025, 6, 7),
    ).events
    assert rows(events, "location") == [("Mykolaiv",)]
