"""Bugs found on texts the coder had not seen: who says a figure (speakers, bylines), each pinned by name."""

import pytest

from tests.extraction_helpers import extract_text, one_sentence, rows
from tests.regression_texts import (
    ANNIVERSARY,
    BRIEFING,
    BRIEFS,
    BULLETIN,
    CARDS,
    ENERGY,
    GLANCE,
    HOSPITAL,
    INTERVIEW,
    ISW,
    LIVE,
    MAYORS_DAY,
    MOSCOW_WIRE,
    OCCUPIED,
    ROUNDUP,
    RUSSIAN_SIDE,
    SIGNED_STATEMENT,
    STAFF,
    TASS,
    WIRE,
    _figure_rows,
    _fixture,
)


def test_of_those_continues_the_previous_claim(settings, resources):
    figures = extract_text(WIRE, settings, resources, name="wire.txt").figures
    tally = {r.metric: r.claimant for r in figures.itertuples() if r.metric.startswith("drones_")}
    assert tally == dict.fromkeys(
        ("drones_launched", "drones_destroyed", "drones_lost"), "Ukrainian Air Force"
    )


def test_the_ministry_said_resolves_to_the_last_ministry(settings, resources):
    events = extract_text(RUSSIAN_SIDE, settings, resources, name="ru.txt").events
    captured = events[events.sub_event_type == "Territory taken or claimed"]
    assert rows(captured, "actor1", "claimant") == [("Russia", "Russian Defence Ministry")]


def test_his_office_after_a_titled_name_is_that_person(settings, resources):
    events = extract_text(LIVE, settings, resources, name="live.txt").events
    assert rows(events[events.sub_event_type == "Diplomacy"], "location", "claimant") == [
        ("Rome", "Volodymyr Zelensky")
    ]


def test_while_clause_does_not_cut_the_claim_when_the_speaker_closes_the_sentence(settings, resources):
    figures = extract_text(LIVE, settings, resources, name="live.txt").figures
    assert set(figures[figures.metric.str.startswith(("drones", "missiles"))].claimant) == {
        "Ukrainian Air Force"
    }


def test_gloss_between_speaker_and_verb_keeps_the_speaker(settings, resources):
    """'The Russian Ministry of Defense (MoD) claimed that Russian forces shot down …': the ministry claims."""
    figures = extract_text(ISW, settings, resources, name="isw.txt").figures
    assert rows(figures[figures.value == 64], "metric", "claimant") == [
        ("drones_destroyed", "Russian Defence Ministry")
    ]


def test_that_clause_after_the_verb_is_what_is_said_not_who_says_it(settings, resources):
    text = (
        "date 2024-10-02 Briefing\nThe Institute for the Study of War, a Washington think tank, estimated that "
        "Russian forces captured about 480 square kilometers of Ukrainian territory in September.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "claimant") == [("area_km2", "Institute for the Study of War")]


def test_each_semicolon_clause_credits_its_own_speaker(settings, resources):
    figures = extract_text(STAFF, settings, resources, name="staff.txt").figures
    drones = figures[figures.metric == "drones_destroyed"]
    assert sorted(rows(drones, "value", "claimant")) == [(21.0, "Ukraine"), (35.0, "Russia")]


def test_semicolon_clause_does_not_take_the_sentence_claim(settings, resources):
    """The governor speaks for the first clause, Moscow for the second; the strike is not credited to Ukraine."""
    text = (
        "date 2025-06-12 Overnight\nGlide bombs killed four people in Kharkiv, the governor said; Moscow "
        "reported downing 162 Ukrainian drones.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.events, "actor1", "location", "fatalities", "claimant") == [
        ("Russia", "Kharkiv", 4, "Ukrainian governor")
    ]
    assert sorted(rows(tables.figures, "value", "claimant")) == [
        (4.0, "Ukrainian governor"),
        (162.0, "Russia"),
    ]


def test_first_mention_of_a_definite_body_is_that_body(settings, resources):
    """'the governor said' with no governor named before: a governor of the side the report is about."""
    text = (
        "date 2025-06-12 Overnight\nRussian glide bombs killed four people in Kharkiv, the governor said.\n"
    )
    assert rows(extract_text(text, settings, resources).figures, "claimant", "claimant_country") == [
        ("Ukrainian governor", "Ukraine")
    ]


def test_a_known_body_named_for_the_first_time_is_not_the_last_speaker(settings, resources):
    """'…, the Air Force said' right after Russia's Defense Ministry spoke: Ukraine's Air Force."""
    figures = extract_text(BULLETIN, settings, resources, name="bulletin.txt").figures
    assert set(figures[figures.metric.str.endswith("_launched")].claimant) == {"Ukrainian Air Force"}


def test_the_agency_still_refers_back_to_the_last_named_agency(settings, resources):
    text = (
        "date 2025-02-04 Briefing\nSouth Korea's National Intelligence Service said North Korea had sent 3,000 "
        "more troops to Russia.\nThe agency believes some 4,700 North Korean soldiers have been killed or "
        "wounded in the Kursk region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures[figures.metric == "casualties"], "claimant") == [
        ("South Korean National Intelligence Service",)
    ]


def test_a_regional_governor_speaks_for_the_region_his_paragraph_names(settings, resources):
    """'… in Russia's Leningrad region. Regional governor Alexander Drozdenko said three drones were downed':
    a Russian governor, though the document mostly reports places in Ukraine."""
    figures = extract_text(MOSCOW_WIRE, settings, resources, name="wire.txt").figures
    assert rows(figures[figures.value == 3], "claimant", "claimant_country") == [
        ("Alexander Drozdenko", "Russia")
    ]


def test_a_country_after_in_places_the_speaker_and_is_not_the_speaker(settings, resources):
    """'The UN human rights monitoring mission in Ukraine said …': the UN mission, not Ukraine."""
    figures = extract_text(GLANCE, settings, resources, name="glance.txt").figures
    assert set(figures[figures.value.isin([10.0, 38.0])].claimant) == {
        "UN Human Rights Monitoring Mission in Ukraine"
    }


def test_a_headline_source_after_a_dash_and_the_ministry_named_before(settings, resources):
    """'… overnight - MoD' in the title; 'according to the ministry' after the Defence Ministry spoke."""
    figures = extract_text(TASS, settings, resources, name="tass.txt").figures
    assert "" not in set(figures.claimant)
    assert rows(figures[figures.metric == "casualties"], "claimant") == [("Russian Defence Ministry",)]


def test_a_title_after_according_to_introduces_the_named_person(settings, resources):
    """'according to the regional governor Andrei Vorobyov': Vorobyov, not 'Russian regional governor'."""
    events = extract_text(BRIEFING, settings, resources, name="briefing.txt").events
    assert rows(events[events.location == "Moscow"], "actor1", "fatalities", "injuries", "claimant") == [
        ("Ukraine", 3, 18, "Andrei Vorobyov")
    ]


def test_a_moscow_installed_official_speaks_for_russia_and_after_his_name_comes_his_claim(
    settings, resources
):
    """'the Moscow-installed governor …, Yevgeny Balitsky, said Ukrainian shelling … had killed two civilians'."""
    figures = extract_text(OCCUPIED, settings, resources, name="occupied.txt").figures
    killed = figures[figures.metric == "killed"]
    assert rows(killed, "value", "claimant", "claimant_country") == [(2.0, "Yevgeny Balitsky", "Russia")]


def test_the_committee_said_is_the_committee_named_before(settings, resources):
    text = (
        "date 2024-08-20 Kursk\nThe Investigative Committee has opened a criminal case against servicemen of "
        "Ukraine's 80th air assault brigade over the incursion, the committee said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "actor1", "claimant") == [
        ("Legal action", "Russia", "Russian Investigative Committee")
    ]


def test_an_official_channel_post_opens_with_its_author(settings, resources):
    """Telegram style: 'Vyacheslav Gladkov: …'; a label such as 'Key Takeaways:' is no author."""
    text = (
        "date 2025-06-12 Belgorod\nVyacheslav Gladkov: As a result of a drone attack on a car in Shebekino, a man "
        "was injured.\nKey Takeaways: Russian forces struck Kharkiv.\n"
    )
    events = extract_text(text, settings, resources).events
    assert sorted(rows(events, "location", "injuries", "claimant")) == [
        ("Kharkiv", None, ""),
        ("Shebekino", 1, "Vyacheslav Gladkov"),
    ]


def test_the_next_sentence_of_a_paragraph_goes_on_with_its_speaker(settings, resources):
    """'… the Ukrainian Air Force reported. Ukrainian air defense units shot down 79 missiles and 35 drones …'"""
    figures = extract_text(ENERGY, settings, resources, name="energy.txt").figures
    downed = figures[figures.metric.isin(["missiles_destroyed", "drones_destroyed", "drones_lost"])]
    assert set(downed.claimant) == {"Ukrainian Air Force"}


def test_a_while_clause_has_its_own_speaker_and_interceptor(settings, resources):
    tables = extract_text(ROUNDUP, settings, resources, name="roundup.txt")
    figures = {r.value: r.claimant for r in tables.figures.itertuples() if r.metric == "drones_destroyed"}
    assert figures == {21: "Ukrainian Air Force", 35: "Russian Defence Ministry"}
    intercepts = tables.events[tables.events.sub_event_type == "Disrupted weapons use"]
    assert rows(intercepts, "location", "actor1", "actor2") == [
        ("Crimea", "Russia", "Ukraine"),
        ("Kyiv", "Ukraine", "Russia"),
    ]


def test_a_passive_reporting_verb_names_no_speaker(settings, resources):
    text = "date 2025-02-12 Refugees\nBecause of the war, some 6.7 million Ukrainian refugees are recorded around the world.\n"
    assert _figure_rows(text, settings, resources, "metric", "claimant") == [("displaced", "")]


TRANSCRIPT = _fixture("briefing_transcript.txt")


def test_a_transcript_speaker_label_makes_her_turn_hers(settings, resources):
    """'MS. OKAFOR: … we assess that …': the labelled speaker, named in full once, claims her turn's figures; a
    question's quoted source stays its own."""
    figures = extract_text(TRANSCRIPT, settings, resources, name="transcript.txt").figures
    got = sorted(
        (r.metric, r.value, r.qualifier, r.claimant, r.claimant_country) for r in figures.itertuples()
    )
    assert got == [
        ("aid_value", 500_000_000, "at_most", "Maria Okafor", "United States"),
        ("casualties", 700_000, "at_least", "Maria Okafor", "United States"),
        ("drones_launched", 90, "at_least", "Ukrainian Air Force", "Ukraine"),
        ("troops", 10_000, "at_least", "Maria Okafor", "United States"),
        ("troops", 11_000, "at_most", "Maria Okafor", "United States"),
    ]


AID = _fixture("aid_roundup.txt")


def test_a_person_named_after_a_country_speaks_for_it_by_surname_later(settings, resources):
    figures = extract_text(AID, settings, resources, name="aid.txt").figures
    got = {(r.metric, r.value): (r.claimant, r.claimant_country) for r in figures.itertuples()}
    assert got[("aid_value", 1_700_000_000)] == ("Alexander De Croo", "Belgium")


def test_a_countrys_ministry_named_by_its_demonym_is_that_countrys(settings, resources):
    figures = extract_text(AID, settings, resources, name="aid.txt").figures
    got = {(r.metric, r.value): r.claimant_country for r in figures.itertuples()}
    assert got[("aid_value", 230_000_000)] == "Denmark"


def test_he_is_the_person_who_opened_the_sentence_before(settings, resources):
    figures = extract_text(AID, settings, resources, name="aid.txt").figures
    got = {(r.metric, r.value): r.claimant for r in figures.itertuples()}
    assert got[("casualties", 400_000)] == "Volodymyr Zelensky"


def test_a_dateline_label_is_no_transcript_speaker(settings, resources):
    """'KYIV: …' and 'CORRECTION: …' open paragraphs of ordinary news; only a transcript's labels open turns."""
    text = (
        "date 2025-03-12 Overnight attacks\n"
        "KYIV: Russian drones hit Odesa overnight, injuring four people.\n"
        "CORRECTION: An earlier version misstated the number of drones, which was 40.\n"
        "MOSCOW: Some 30 Ukrainian drones were destroyed over the Belgorod region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.claimant) == {""}


def test_a_participle_aside_between_speaker_and_verb_is_skipped(settings, resources):
    text = 'date 2025-02-12 Losses\nA US official, speaking on condition of anonymity, put the number of North Koreans killed in the war at "about 1,000".\n'
    assert _figure_rows(text, settings, resources, "metric", "claimant") == [("killed", "US official")]


def test_a_pledge_is_claimed_by_who_pledged_not_by_the_next_clauses_speaker(settings, resources):
    text = "date 2025-03-20 Aid\nOn Friday, the Dutch government pledged €750m for Ukrainian drone production in the war, and Finland announced a €300m package of artillery ammunition.\n"
    figures = extract_text(text, settings, resources).figures
    got = {r.value: r.claimant_country for r in figures.itertuples()}
    assert got == {750_000_000: "Netherlands", 300_000_000: "Finland"}


def test_a_title_before_a_name_is_not_part_of_it(settings, resources):
    text = "date 2025-03-20 Aid\nThe package for the war includes €5bn earmarked for air defence, European Council President António Costa told reporters.\n"
    assert _figure_rows(text, settings, resources, "claimant") == [("António Costa",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2025-02-11 Losses\nBy Mediazona's count, at least 6,300 soldiers from the Bashkortostan republic "
            "have been killed in the war.\n",
            [("killed", 6300, "Mediazona")],
            id="by an outlet's count",
        ),
        pytest.param(
            "date 2025-02-11 Losses\nAccording to the UN monitoring mission's tally, 41 civilians were killed by "
            "shelling in February.\n",
            [("killed", 41, "UN Human Rights Monitoring Mission in Ukraine")],
            id="according to a body's tally",
        ),
        pytest.param(
            "date 2025-06-02 Night\nThe governor reported that the town of Nikopol had been shelled with heavy "
            "artillery overnight; a school and four houses were damaged.\n",
            [("buildings_damaged", 4, "Ukrainian governor")],
            id="what was reported goes on after a semicolon",
        ),
        pytest.param(
            "date 2025-06-02 Night\nArtillery hit the village of Bilozerka in the Kherson region overnight, killing "
            "two farmers. Three more people were wounded, the regional governor, Oleksandr Prokudin, wrote on "
            "Telegram.\n",
            [("injured", 3, "Oleksandr Prokudin"), ("killed", 2, "Oleksandr Prokudin")],
            id="a speaker closing the next sentence speaks for the lead too",
        ),
        pytest.param(
            "date 2025-06-02 Night\nArtillery hit Kherson overnight, killing two farmers. In Kharkiv, three people "
            "were wounded, the governor said.\n",
            [("injured", 3, "Ukrainian governor"), ("killed", 2, "")],
            id="but not when the next sentence is about another place",
        ),
    ],
)
def test_whose_figure_it_is(settings, resources, text, expected):
    assert sorted(_figure_rows(text, settings, resources, "metric", "value", "claimant")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "date 2025-03-02 Sumy\nA guided bomb hit a school in Sumy.\nThe head of the regional military "
            "administration, Volodymyr Artiukh, now says two people were killed.\n",
            [("killed", 2, "Volodymyr Artiukh")],
            id="an adverb between speaker and verb",
        ),
        pytest.param(
            "date 2025-03-02 Aid\nSweden's defence minister Pal Jonson visited Kyiv on Monday.\nJonson pledged "
            "500 million Swedish kronor for air defence, and said Sweden would train Ukrainian pilots.\n",
            [("aid_value", 500_000_000, "Pal Jonson")],
            id="'and said Sweden would': the subject of what was said is not the speaker",
        ),
        pytest.param(
            "date 2025-03-02 Front\nUkraine's General Staff did not comment on the report, but said its troops "
            "had captured 12 Russian soldiers near Pokrovsk.\n",
            [("captured", 12, "Ukrainian General Staff")],
            id="'but said': the sentence's subject",
        ),
        pytest.param(
            "date 2025-03-02 Odesa\nRussian missiles struck the port of Odesa on Sunday, the governor said.\n"
            "Later he spoke of three dead.\n",
            [("killed", 3, "Ukrainian governor")],
            id="'spoke of' reports",
        ),
        pytest.param(
            "date 2024-04-09 Plant\nThe IAEA team at the Rivne plant was informed by Ukraine's nuclear operator "
            "Energoatom that two drones were shot down near Varash on Saturday.\n",
            [("drones_destroyed", 2, "Energoatom")],
            id="informed by",
        ),
        pytest.param(
            "date 2024-04-09 Plant\nA drone struck a truck near Enerhodar on Sunday, injuring four people, the "
            "Russian-installed plant management said.\n",
            [("injured", 4, "Russian plant management")],
            id="a plant's management",
        ),
    ],
)
def test_who_speaks(settings, resources, text, expected):
    assert sorted(_figure_rows(text, settings, resources, "metric", "value", "claimant")) == expected


def test_a_summarys_figure_is_credited_to_whom_the_body_names(settings, resources):
    text = (
        "date 2025-01-21 Live: Sumy strike toll rises\n"
        "Regional governor says two killed and nine injured in overnight attack\n"
        "09.10 GMT Sumy strike\n"
        "A Russian drone hit an apartment block in Sumy overnight, killing two people and injuring nine, the "
        "regional governor, Volodymyr Artiukh, said.\n"
    )
    got = sorted(rows(extract_text(text, settings, resources).figures, "metric", "value", "claimant"))
    assert got == [("injured", 9, "Volodymyr Artiukh"), ("killed", 2, "Volodymyr Artiukh")]


def test_an_apposition_after_a_name_gives_the_persons_side(settings, resources):
    text = (
        "date 2024-02-09 Losses\nOn Monday, Andrei Morozov, a Russian military blogger who fought in eastern "
        "Ukraine, wrote that the Russian army had lost 16,000 men around Avdiivka.\n"
    )
    assert _figure_rows(text, settings, resources, "claimant", "claimant_country") == [
        ("Andrei Morozov", "Russia")
    ]


def test_according_to_a_person_the_codebook_lacks_credits_that_person(settings, resources):
    text = (
        "date 2024-03-02 Strike on Huliaipole\n"
        "A Russian glide bomb hit a school in Huliaipole on Friday, killing one teacher, according to Petro "
        "Danylenko, the head of the town's military administration.\n"
    )
    tables = extract_text(text, settings, resources)
    assert list(tables.figures.claimant) == ["Petro Danylenko"]
    assert list(tables.figures.claimant_country) == ["Ukraine"]


def test_according_to_an_unknown_body_is_not_read_as_a_person(settings, resources):
    text = (
        "date 2024-03-02 Displacement\n"
        "According to the Norwegian Refugee Council for the region, some 40,000 people fled the shelling.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert "Norwegian Refugee" not in " ".join(figures.claimant)


def test_a_standfirst_summarising_a_bodys_briefing_credits_that_body(settings, resources):
    text = (
        "date 2024-03-02 Donetsk front: daily results\n"
        "Summary of the Ukrainian General Staff's morning briefing, translated.\n"
        "Over the past day, 87 combat clashes took place and 1,120 Russian soldiers were killed.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.claimant) == {"Ukrainian General Staff"}


def test_according_to_an_institution_the_codebook_lacks_credits_it(settings, resources):
    text = (
        "date 2025-06-26 Aid\n"
        "Allies delivered 1.2mn artillery rounds last year, according to the Centre for Eastern Defence "
        "Studies, which tracks deliveries.\n"
        "Some 5,000 people fled the shelling of Kupiansk, according to the Norwegian Refugee Council.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert "Norwegian Refugee Council" in set(figures.claimant)


def test_a_decree_signed_credits_its_signer(settings, resources):
    figures = extract_text(BRIEFS, settings, resources).figures
    drafted = figures[figures.metric == "people_drafted"]
    assert list(zip(drafted.value, drafted.claimant, strict=True)) == [(133000, "Vladimir Putin")]


def test_a_double_barrelled_name_the_codebook_lacks_is_one_speaker(settings, resources):
    text = (
        "date 2025-09-03 Border\n"
        "Defence Minister Jan Nowak-Zielinski said on Wednesday that about 30,000 soldiers had been sent to the "
        "eastern border of Poland.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert list(figures.claimant) == ["Jan Nowak-Zielinski"]


OCCUPATION_POSTS = """date 2025-08-09 Claims from the occupied south
What Kremlin-installed officials in the occupied part of the Kherson region wrote on their channels.
Vladimir Saldo, Russian-installed governor of the Kherson region (Saturday, 07:30): Ukrainian artillery shelled Oleshky overnight. Three civilians were wounded.
Ivan Petrenko (11:05): A Ukrainian drone hit a car near Hola Prystan. A man was killed.
Press service of the administration: Over the past day, Ukrainian shelling wounded 4 civilians in the region.
Regional health department: 4 civilians were wounded in the region by Ukrainian shelling.
"""


def test_an_author_stamp_with_title_and_time_names_the_posts_author(settings, resources):
    """'Name, Russian-installed governor of X (day, time): …' credits him, on the side that installed him, and
    the rest of his post too; a bare 'Name (time):' is an author even when the codebook lacks him."""
    figures = extract_text(OCCUPATION_POSTS, settings, resources).figures
    got = set(rows(figures, "metric", "value", "claimant", "claimant_country"))
    assert ("injured", 3, "Vladimir Saldo", "Russia") in got
    events = extract_text(OCCUPATION_POSTS, settings, resources).events
    assert list(events[events.location == "Hola Prystan"].claimant) == ["Ivan Petrenko"]


def test_a_standfirst_naming_installed_officials_credits_their_side(settings, resources):
    """'What Kremlin-installed officials … wrote': their side speaks wherever a post names no author of its own."""
    figures = extract_text(OCCUPATION_POSTS, settings, resources).figures
    four = figures[figures.value == 4]
    assert set(rows(four, "claimant", "claimant_country")) == {("Russian occupation authorities", "Russia")}


def test_a_count_that_data_show_credits_whose_data(settings, resources):
    text = (
        "date 2025-11-03 Monthly tally\n"
        "Russia fired 5,100 drones at Ukraine in October, Reuters calculations showed.\n"
        "Ukraine's air defences shot down 4,300 of the drones, according to the same analysis.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "metric", "value", "claimant", "claimant_country"))
    assert ("drones_launched", 5100, "Reuters", "United Kingdom") in got
    assert ("drones_destroyed", 4300, "Reuters", "United Kingdom") in got


def test_occupation_authorities_speak_for_russia(settings, resources):
    text = (
        "date 2025-08-10 Nova Kakhovka\n"
        "The occupation authorities said Ukrainian shelling had wounded five people in Nova Kakhovka.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant_country") == [(5, "Russia")]


def test_a_speaker_who_initially_reported_is_named(settings, resources):
    figures = one_sentence(
        "Governor Ivan Fedorov initially reported four dead in the Russian attack on Zaporizhzhia.",
        settings,
        resources,
    ).figures
    assert list(figures.claimant) == ["Ivan Fedorov"]


def test_according_to_him_credits_the_man_just_named(settings, resources):
    text = (
        "date 2025-07-02 Morning summary\n"
        "Russian troops shelled 11 settlements of the Kherson region overnight, the head of the regional "
        "military administration, Oleksandr Prokudin, said on Wednesday.\n"
        "According to him, Russian drones attacked Bilozerka, and 37 drones were shot down over the region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures[figures.value == 37].claimant) == {"Oleksandr Prokudin"}


def test_an_interviews_answers_are_the_interviewees(settings, resources):
    figures = extract_text(INTERVIEW, settings, resources).figures
    assert set(figures.claimant) == {"Oleh Marchenko"}
    assert set(figures.claimant_country) == {"Ukraine"}


def test_posts_by_a_titled_official_are_his(settings, resources):
    text = (
        "date 2025-08-02 Kursk governor's Telegram, 2 August\n"
        "Posts by Kursk regional governor Alexander Khinshtein on his Telegram channel, translated from Russian.\n"
        "09:10 — A Ukrainian drone attacked a car in the village of Tetkino. Two men were injured.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant", "claimant_country") == [
        ("injured", 2, "Alexander Khinshtein", "Russia")
    ]


def test_a_name_with_an_inner_capital_is_an_organisation_that_speaks(settings, resources):
    figures = one_sentence(
        "MapWatch said Russian forces had occupied 21 square kilometres near Pokrovsk over the past day.",
        settings,
        resources,
    ).figures
    assert set(figures.claimant) == {"MapWatch"}


def test_a_group_named_with_a_linking_word_is_an_organisation_not_a_person(settings, resources):
    figures = one_sentence(
        "Paramedics Without Frontiers says at least 37 people were killed in attacks on hospitals in Ukraine "
        "between January and September.",
        settings,
        resources,
    ).figures
    assert rows(figures, "claimant", "claimant_country") == [("Paramedics Without Frontiers", "")]


def test_the_citys_own_body_is_credited(settings, resources):
    figures = one_sentence(
        "Six people were killed in Dnipro when a missile hit a clinic, according to the city's military "
        "administration.",
        settings,
        resources,
    ).figures
    assert rows(figures, "value", "claimant_country") == [(6, "Ukraine")]
    assert set(figures.claimant) != {""}


def test_a_long_office_then_its_holder_after_a_comma_names_the_holder(settings, resources):
    figures = one_sentence(
        "Russian shelling killed two civilians in Nikopol on Monday, according to the Head of the Nikopol "
        "District Military Administration, Yevhen Yevtushenko.",
        settings,
        resources,
    ).figures
    assert rows(figures, "value", "claimant", "claimant_country") == [(2, "Yevhen Yevtushenko", "Ukraine")]


@pytest.mark.parametrize(
    ("sentence", "claimant", "country"),
    [
        (
            "About 34,000 soldiers will take part in the drills next month, the Polish General Staff said.",
            "Polish General Staff",
            "Poland",
        ),
        (
            "Lithuanian Defence Minister Dovile Sakaliene said on Monday that about 3,500 troops had joined the "
            "exercise.",
            "Dovile Sakaliene",
            "Lithuania",
        ),
        (
            "Polish Defence Minister Wladyslaw Kosiniak-Kamysz said on Monday that about 40,000 troops guarded the "
            "border with Belarus.",
            "Wladyslaw Kosiniak-Kamysz",
            "Poland",
        ),
    ],
)
def test_a_demonym_before_a_body_or_a_title_gives_its_country(
    settings, resources, sentence, claimant, country
):
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "claimant", "claimant_country") == [(claimant, country)]


@pytest.mark.parametrize(
    ("head", "claimant", "country"),
    [
        (
            "Vinnytsia City Council: consequences of the night attack\nOfficial announcement, translated from "
            "Ukrainian.\n",
            "Vinnytsia City Council",
            "Ukraine",
        ),
        (
            "UK sanctions Russian commanders behind strikes on Kharkiv\nPress release from the Foreign, "
            "Commonwealth and Development Office.\n",
            "Foreign, Commonwealth and Development Office",
            "United Kingdom",
        ),
    ],
)
def test_a_body_the_codebook_lacks_that_publishes_the_text_claims_its_numbers(
    settings, resources, head, claimant, country
):
    text = (
        f"date 2025-12-03 {head}"
        "On 23 November, a Russian missile struck a shopping centre in Kharkiv, killing 11 civilians.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant", "claimant_country") == [(11, claimant, country)]


def test_the_channel_and_the_project_are_the_source_just_named(settings, resources):
    text = (
        "date 2025-08-25 Milbloggers claim a village\n"
        "Rybar, a Telegram channel close to the Russian Defence Ministry, wrote on Saturday that Russian troops "
        "had taken Stepnohirsk.\n"
        "The channel claimed that 11 Ukrainian soldiers had surrendered.\n"
        "According to DeepState, Russian troops gained 96 square kilometres of Ukrainian territory last week.\n"
        "The project estimates that Russia has taken about 3,400 square kilometres since the start of the year.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "value", "claimant")) >= {(11, "Rybar"), (3400, "DeepState")}


def test_an_office_before_a_name_is_no_part_of_it(settings, resources):
    figures = one_sentence(
        "Head of the Vasylivka Municipal District Sergei Ivanov said that 12 houses had been damaged by the "
        "shelling.",
        settings,
        resources,
    ).figures
    assert set(figures.claimant) == {"Sergei Ivanov"}


# Rules found on blind rounds j and k (2026-11-23).


def test_the_air_force_is_not_a_body_whose_name_holds_forces(settings, resources):
    text = (
        "date 2025-01-17 Weekly digest\nOur weekly digest.\n"
        "The Eastern Defence Forces said on Monday that fighting near Siversk went on.\n"
        "Russia fired 20 missiles at Ukraine overnight into Tuesday, the air force said.\n"
        "It said 17 of the missiles had been shot down.\n"
    )
    figures = extract_text(text, settings, resources).figures
    got = set(rows(figures, "metric", "value", "claimant"))
    assert ("missiles_destroyed", 17, "Ukrainian Air Force") in got
    assert ("missiles_launched", 20, "Ukrainian Air Force") in got


def test_the_spy_agency_is_the_intelligence_service_named_before(settings, resources):
    text = (
        "date 2025-11-04 NIS briefing\nSeoul (Yonhap).\n"
        "North Korea has sent 3,000 more troops to Russia, the National Intelligence Service (NIS) told lawmakers.\n"
        "About 4,000 North Korean soldiers have been killed or wounded, the spy agency said in a briefing to the "
        "parliamentary intelligence committee, according to committee members.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "claimant_country")) == {("South Korea",)}


def test_a_named_officials_report_said_is_his_claim(settings, resources):
    text = (
        "date 2025-05-27 Toll rises\nLatest.\n"
        "Governor Oleh Syniehubov said a drone hit a bus in Kupiansk.\n"
        "Syniehubov's first report, at 09:30, said one person had been killed and six injured.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "metric", "value", "claimant")) == {
        ("killed", 1, "Oleh Syniehubov"),
        ("injured", 6, "Oleh Syniehubov"),
    }


def test_the_command_is_the_ground_forces_command_named_before(settings, resources):
    text = (
        "date 2025-09-18 Strike on a training ground\nLatest.\n"
        "On 7 September, a Russian missile hit a unit during training, the Ground Forces command said.\n"
        "In that first statement, the command said 12 servicemen had been killed.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant") == [(12, "Ukrainian Ground Forces")]


def test_a_titles_count_of_a_named_outlet_is_the_texts_source(settings, resources):
    text = (
        "date 2025-06-19 Russian losses in the war: Mediazona's count of the dead by name\n"
        "Updated every week from obituaries and local reports.\n"
        "In Buryatia alone, 3,050 deaths have been confirmed.\n"
    )
    figures = extract_text(text, settings, resources, published=None).figures
    assert rows(figures, "metric", "value", "claimant") == [("killed", 3050, "Mediazona")]


def test_the_pow_headquarters_and_the_elysee_are_known_bodies(settings, resources):
    text = (
        "date 2025-04-08 Exchange\nLatest.\n"
        "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 205 Ukrainians had "
        "returned home on Saturday.\n"
        "According to the Élysée, Moscow has proposed to release 300 Ukrainian prisoners in exchange for 300 "
        "Russians.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert {r[0] for r in rows(figures, "claimant_country")} == {"Ukraine", "France"}


def test_a_bank_that_approved_a_loan_claims_it_in_a_companys_statement(settings, resources):
    text = (
        "date 2025-12-05 Naftogaz statement on the night attack\nNaftogaz reports.\n"
        "On Thursday, the European Bank for Reconstruction and Development approved a €150 million loan to "
        "Naftogaz to finance gas imports.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "claimant") == [
        ("aid_value", "European Bank for Reconstruction and Development")
    ]


def test_an_outlets_we_is_the_outlet_and_a_capitals_label_names_no_speaker(settings, resources):
    text = (
        "date 2025-12-05 Russian losses: Mediazona's count of the dead by name\nLatest.\n"
        "OFFICIAL FIGURES AND ESTIMATES\n"
        "The Russian Defence Ministry has not published a toll since 2022; in January 2023 it said 89 servicemen "
        "had been killed in Makiivka.\n"
        "Based on probate records, we estimate that the real number of dead is at least 200,000.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant")) == [
        (89, "Russian Defence Ministry"),
        (200000, "Mediazona"),
    ]


def test_a_title_naming_a_body_before_the_name_gives_the_persons_side(settings, resources):
    text = (
        "date 2025-12-05 Border\nLatest.\n"
        "On Thursday, the chairman of the State Border Committee, Konstantin Molostov, claimed that Ukraine had "
        "massed up to 9,000 troops in the Rivne region.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant", "claimant_country") == [
        (9000, "Konstantin Molostov", "Belarus")
    ]


def test_a_bodys_channel_named_in_the_standfirst_and_its_titled_head_are_claimants(settings, resources):
    text = (
        "date 2025-12-06 Kharkiv region: Russians shelled 23 settlements over the past day\n"
        "Kharkiv Regional Military Administration, official Telegram channel. Posts of Saturday.\n"
        "08:10\n"
        "Over the past day, a drone attack on Kupiansk injured four people.\n"
        "11:30\n"
        "Head of the Kharkiv RMA Oleh Syniehubov: This morning, Russian drones attacked Chuhuiv. Two people were "
        "injured.\n"
        "13:00\n"
        "Syniehubov: The number of injured in Chuhuiv has risen to five.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant_country")) == [
        (2, "Ukraine"),
        (4, "Ukraine"),
        (5, "Ukraine"),
    ]
    assert set(figures[figures.value != 4].claimant) == {"Oleh Syniehubov"}


def test_a_credit_line_names_the_outlet_and_its_our_is_the_outlets(settings, resources):
    text = (
        "date 2025-12-06 Counting the dead\n"
        "Nobody agrees on the losses\n"
        "Analysis | The Economist | Dec 6th 2025\n"
        "Russia's own admission is long out of date. Its defence ministry last gave a figure in September 2022, "
        "when it said 5,937 soldiers had been killed.\n"
        "On November 3rd the ministry claimed that Ukraine had lost nearly 400,000 servicemen in the war.\n"
        "Our own model suggests that between 180,000 and 230,000 Russian soldiers have been killed in the war.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant")) == [
        (5937, "Russian Defence Ministry"),
        (180000, "The Economist"),
        (230000, "The Economist"),
        (400000, "Russian Defence Ministry"),
    ]


def test_a_count_that_comes_from_an_outlet_is_its_own_and_it_reckons_again(settings, resources):
    text = (
        "date 2025-12-06 Counting the dead\nLatest.\n"
        "The most careful count of the Russian dead in the war comes from Mediazona, an independent outlet.\n"
        "As of December 1st they had confirmed the deaths of 150,210 Russian soldiers.\n"
        "It reckons that about 230,000 Russian soldiers have died in the war.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.claimant) == {"Mediazona"}


def test_a_statement_the_standfirst_says_a_body_published_is_that_bodys(settings, resources):
    text = (
        "date 2025-12-06 118 Ukrainians return home from captivity\n"
        "The Coordination Headquarters for the Treatment of Prisoners of War published the following statement "
        "on Saturday.\n"
        "Today, another exchange of prisoners took place: 118 Ukrainian defenders are returning home from Russian "
        "captivity.\n"
        "Among them are 30 defenders of Mariupol and nine seriously wounded soldiers.\n"
        "Four civilians who had been illegally detained in the occupied territories also returned home.\n"
        "The bodies of 25 Russian soldiers were handed over to the Russian side.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value")) == [("prisoners_exchanged", v) for v in (4, 9, 30, 118)]
    assert set(figures.claimant) == {
        "Ukrainian Coordination Headquarters for the Treatment of Prisoners of War"
    }


def test_a_person_speaking_for_an_international_body_is_claimed_with_no_country(settings, resources):
    text = (
        "date 2025-12-09 NATO\nLatest.\n"
        "NATO Secretary General Mark Rutte said Russia had suffered more than 1 million casualties in the war.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "claimant", "claimant_country") == [("Mark Rutte", "")]


def test_a_ministry_speaking_after_a_minister_is_the_ministry(settings, resources):
    text = (
        "date 2025-12-09 Energy\nLatest.\n"
        "Foreign Minister Andrii Sybiha said Kyiv was ready for a 30-day ceasefire.\n"
        "The Ministry of Energy said that 12 energy workers had been injured in Russian strikes on Monday.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant_country") == [(12, "Ukraine")]
    assert figures.claimant.iloc[0] != "Andrii Sybiha"


def test_a_movements_channel_line_makes_it_the_source(settings, resources):
    text = (
        "date 2025-12-09 Partisans claim railway blast\n"
        "ATESH military partisan movement, Telegram post of Monday, 8 December 2025:\n"
        "Since the beginning of December, more than 200 Russian servicemen have contacted our bot.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.claimant) == {"Atesh"}


def test_an_operational_headquarters_is_a_claimant_and_people_taken_to_shelters_are_evacuated(
    settings, resources
):
    text = (
        "date 2025-12-09 Kursk region\nLatest.\n"
        "Over the past day, air defence forces destroyed 15 Ukrainian UAVs over the Kursk region, the regional "
        "operational headquarters reported.\n"
        "Since 1 December, 240 residents of Tyotkino have been taken to temporary accommodation centres in Kursk, "
        "the regional ministry of social protection said.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant_country")) == [
        ("drones_destroyed", 15, "Russia"),
        ("evacuated", 240, "Russia"),
    ]


def test_a_prosecutors_digest_charges_the_enemy_and_its_bare_prosecutors_are_its_own(settings, resources):
    text = (
        "date 2025-12-12 Weekly digest of war crimes cases\n"
        "Office of the Prosecutor General | Digest | 8–12 December 2025\n"
        "On Monday, prosecutors of the War Crimes Department served a notice of suspicion in absentia on the "
        "commander of a regiment of the Russian Armed Forces over the shelling of Kharkiv.\n"
        "According to juvenile prosecutors, at least 690 children have been killed as a result of Russia's armed "
        "aggression.\n"
    )
    t = extract_text(text, settings, resources)
    legal = t.events[t.events.sub_event_type == "Legal action"]
    assert rows(legal, "actor1", "country") == [("Ukraine", "Ukraine")]
    assert rows(t.figures, "value", "claimant_country") == [(690, "Ukraine")]


def test_a_headline_in_capitals_keeps_its_speaker(settings, resources):
    text = (
        "date 2025-12-01 Drones over Belgorod\nLatest.\n"
        "RUSSIA'S DEFENCE MINISTRY SAYS AIR DEFENCES DOWNED 14 DRONES OVER BELGOROD\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant_country") == [(14, "Russia")]


def test_a_timed_log_entry_is_its_labels_and_so_are_the_entrys_next_sentences(settings, resources):
    """An alert log: each entry opens with its clock time, then the channel or official it relays."""
    text = (
        "date 2025-10-21 Night alert log: drones over Zaporizhzhia\n"
        "Zaporizhzhia Today | Live log | Kyiv time\n"
        "MONDAY, 20 OCTOBER\n"
        "22:05 — Air Force: attack drones are heading for Zaporizhzhia from the south-east.\n"
        "23:50 — Head of the RMA Ivan Fedorov: a drone hit a warehouse in the city. Two people were injured.\n"
        "TUESDAY, 21 OCTOBER\n"
        "06:40 — Air Force: overnight, Russia launched 84 drones at Ukraine; 60 of them were shot down.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant")) == [
        ("drones_destroyed", 60, "Ukrainian Air Force"),
        ("drones_launched", 84, "Ukrainian Air Force"),
        ("injured", 2, "Ivan Fedorov"),
    ]


def test_a_post_stamped_with_its_time_after_a_comma_names_its_author(settings, resources):
    """Translated channel posts: 'Name, 07:12: …', the author before the time."""
    text = (
        "date 2025-08-02 What Russian channels and officials said about the night's drones\n"
        "Monitoring desk | Saturday, 2 August 2025 | Times are Moscow time.\n"
        "Baza, 02:10: A drone hit an apartment block in Voronezh; three residents were injured.\n"
        "Voronezh Governor Alexander Gusev, 06:55: Five people were injured overnight in Voronezh.\n"
        "Russian Defence Ministry, 07:00: Air defences destroyed 41 Ukrainian drones overnight.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("drones_destroyed", 41, "Russian Defence Ministry", "Russia"),
        ("injured", 3, "Baza", "Russia"),
        ("injured", 5, "Alexander Gusev", "Russia"),
    ]


def test_a_credit_line_naming_a_body_the_codebook_lacks_makes_it_the_source(settings, resources):
    text = (
        "date 2025-08-29 Weekly demining bulletin: tractor driver killed near Izium\n"
        "State Special Transport Service of Ukraine | Weekly bulletin No. 34 | 23–29 August 2025\n"
        "TOTALS\n"
        "Since the start of the invasion, mines have killed 287 civilians and injured 655.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("injured", 655, "State Special Transport Service", "Ukraine"),
        ("killed", 287, "State Special Transport Service", "Ukraine"),
    ]


def test_a_charitys_report_speaks_for_the_charity_and_its_purchases_are_no_launches(settings, resources):
    """'we raised' is money given to the army; drones it bought or handed over were launched by nobody."""
    text = (
        "date 2025-11-03 What your donations did in October\n"
        'Charitable Fund "Night Watch" | Monthly report No. 12 | 3 November 2025\n'
        "MONEY\n"
        "In October, we raised 42.5 million hryvnias from 18,000 donors.\n"
        "DELIVERIES\n"
        "We handed over 230 FPV drones and six EW systems to brigades near Pokrovsk.\n"
        "We also bought 120 interceptor drones for air-defence crews in the Kharkiv region.\n"
        "PLANS\n"
        "In November, we plan to raise 60 million hryvnias for 1,500 interceptor drones.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("aid_value", 42_500_000, "Night Watch", "Ukraine"),
        ("aid_value", 60_000_000, "Night Watch", "Ukraine"),
    ]


def test_a_standfirst_signed_with_a_firms_name_and_city_makes_it_the_source(settings, resources):
    """A security advisory signed 'Name, City.' speaks for that firm, of the city's country; the crew members'
    nationalities in brackets are who they were, not more counts."""
    text = (
        "date 2025-11-05 SHIPPING ADVISORY 31/2025: drone attacks on Danube ports\n"
        "Keelson Marine Intelligence, Oslo. Black Sea advisory for members and charterers.\n"
        "INCIDENTS\n"
        "A drone struck a grain carrier at a berth in Reni overnight; four crew members (two Egyptian, two Turkish "
        "nationals) were injured.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant", "claimant_country") == [
        ("injured", 4, "Keelson Marine Intelligence", "Norway")
    ]


def test_an_outlets_own_tally_is_the_outlets_claim_and_a_price_per_item_is_no_sum(settings, resources):
    text = (
        "date 2025-10-12 Morning briefing\n"
        "Russia has fired more than 2,300 drones at Ukraine so far in October, according to a Reuters tally of the "
        "air force's daily reports.\n"
        "The SBU said it had detained a man in Lviv who had been promised $300 per photo of military trains.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("drones_launched", 2300, "Reuters")]


def test_the_agency_after_a_named_body_in_its_sentence_is_that_body(settings, resources):
    """'On Thursday, the Central Bureau of Investigation arrested two agents …, the agency said': the body named
    at the sentence's start after its time phrase, not whoever spoke before."""
    text = (
        "date 2025-12-12 Recruitment network broken up\n"
        "Russian officials said on Wednesday that 300 foreigners had signed contracts with the army this year.\n"
        "On Thursday, the Central Bureau of Investigation arrested three suspects in Chennai who allegedly sent men "
        "to fight for Russia in the war, the agency said in a statement.\n"
    )
    figures = extract_text(text, settings, resources).figures
    detained = figures[figures.metric == "detained"]
    assert rows(detained, "value", "claimant", "claimant_country") == [
        (3, "Central Bureau of Investigation", "India")
    ]


@pytest.mark.parametrize(
    "sentence, claimant, country",
    [
        (
            "MEA spokesperson Arvind Mehra said three Indian nationals were killed in a drone strike near "
            "Kupiansk last week.",
            "Arvind Mehra",
            "India",
        ),
        (
            "The Russian Embassy in Kathmandu said on Friday that 12 Nepali citizens serving under contract had "
            "been killed in the war in Ukraine.",
            "Russian Embassy",
            "Russia",
        ),
        (
            "Nepal, which has barred its citizens from working in Russia, says at least 30 Nepalis have been "
            "killed fighting in the war.",
            "Nepal",
            "Nepal",
        ),
    ],
)
def test_a_speakers_side_from_the_body_before_his_title_or_the_country_his_mission_names(
    sentence, claimant, country, settings, resources
):
    """'MEA spokesperson X': the ministry's side, not the war's; 'The Russian Embassy in Kathmandu': Russia, not
    the host; a country subject keeps its claim across a relative clause."""
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "claimant", "claimant_country") == [(claimant, country)]


def test_a_transcript_label_with_a_surname_is_the_witness_the_introduction_names(settings, resources):
    """'ADM. HALVORSEN:' after 'Witness: Adm. Erik J. Halvorsen, Commander, U.S. Naval Forces Europe': his full
    name and the country named after it, not a bare surname with no side."""
    text = (
        "date 2025-06-11 Transcript: House Armed Services Committee hearing on the Black Sea\n"
        "HOUSE ARMED SERVICES COMMITTEE | Hearing on naval posture | Wednesday, June 11, 2025\n"
        "Witness: Adm. Erik J. Halvorsen, Commander, U.S. Naval Forces Europe\n"
        "REP. DALTON: Admiral, what has the war cost Russia's Black Sea Fleet?\n"
        "ADM. HALVORSEN: We assess that Ukrainian sea drones and missiles have destroyed or damaged about 28 "
        "Russian warships since 2022, and that Russian strikes killed more than 40 Ukrainian sailors this year.\n"
        "REP. DALTON: Thank you.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(rows(figures, "claimant", "claimant_country")) == {("Erik J. Halvorsen", "United States")}


@pytest.mark.parametrize(
    "sentence, claimant",
    [
        (
            "The newspaper prints the Russian Defence Ministry's summary for the night: air defences destroyed 47 "
            "Ukrainian drones over Russian regions.",
            "Russian Defence Ministry",
        ),
        (
            "The paper leads with the Russian Defence Ministry's announcement on Wednesday that Russian troops had "
            "killed up to 140 Ukrainian servicemen near Pokrovsk.",
            "Russian Defence Ministry",
        ),
        (
            "Over the past week, four Ukrainian servicemen surrendered to a Russian assault group near Kupiansk, "
            "war correspondent Pavel Gridin writes.",
            "Pavel Gridin",
        ),
        (
            "On Friday, the European Investment Bank signed a €50 million loan to Ukraine for repairing damaged "
            "schools.",
            "European Investment Bank",
        ),
    ],
)
def test_whose_summary_a_colon_or_that_opens_and_who_writes(sentence, claimant, settings, resources):
    """A press review's 'X's summary for the night: …' and 'X's announcement on Wednesday that …' credit X with
    what follows; a correspondent who 'writes' is the speaker; a lender who signs a loan is its amount's source."""
    figures = one_sentence(sentence, settings, resources).figures
    assert set(figures.claimant) == {claimant}


@pytest.mark.parametrize(
    "dateline, country",
    [
        ("SEOUL, Dec. 23 (Yonhap) --", "South Korea"),
        ("BERLIN, Dec 23 (dpa) -", "Germany"),
        ("KYIV, Dec 23 (Reuters) -", "Ukraine"),
    ],
)
def test_a_bare_national_office_is_the_one_of_the_country_a_wire_is_filed_from(
    dateline, country, settings, resources
):
    """'the Defence Ministry said' in a wire filed from Seoul, Berlin or Kyiv is that country's ministry, though
    the sentence's place is Russia's Kursk region: a wire names another country's ministry with its country."""
    text = (
        "date 2025-12-23 North Korea sends more troops\n"
        f"{dateline} North Korea has sent about 3,000 more soldiers to Russia's Kursk region since January, "
        "the Defence Ministry said on Tuesday.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "value", "claimant_country") == [(3000.0, country)]


def test_an_institute_heading_the_title_owns_the_reports_unattributed_figures(settings, resources):
    """'Razumkov Institute: …' heads an institute's own report: its figures are the institute's, of the country
    whose war it reports, though the codebook does not know it."""
    text = (
        "date 2025-11-04 Razumkov Institute: war has damaged more than 3,000 schools in Kharkiv and Donetsk regions\n"
        "Since February 2022, at least 3,100 schools have been damaged in the Kharkiv and Donetsk regions.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant", "claimant_country")) == [
        (3000.0, "Razumkov Institute", "Ukraine"),
        (3100.0, "Razumkov Institute", "Ukraine"),
    ]


def test_a_report_and_its_service_speak_for_the_body_that_issued_it(settings, resources):
    """An intelligence service's annual report: 'the report says' after its director spoke is the service's,
    not the director's; 'according to the service' is the service named before; and the director introduced as
    'the department's director, <name>' is of the department's country, whatever country the figures are about."""
    text = (
        "date 2025-03-06 Lithuanian intelligence: Russia can rebuild its forces within years\n"
        "LRT | Thursday\n"
        "Lithuania's State Security Department said in its annual threat assessment, presented in Vilnius on "
        "Wednesday, that Moscow was expanding its army.\n"
        '"Russia is learning from the war," the department\'s director, Remigijus Bridikis, told reporters.\n'
        "Russia recruited about 400,000 contract soldiers last year, the report says.\n"
        "Iran has delivered more than 200 ballistic missiles to Russia, according to the department.\n"
        "Bridikis said Russia had about 600,000 troops in Ukraine.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant", "claimant_country")) == [
        (200.0, "State Security Department", "Lithuania"),
        (400000.0, "State Security Department", "Lithuania"),
        (600000.0, "Remigijus Bridikis", "Lithuania"),
    ]


def test_a_briefing_by_a_spokeswoman_is_hers_and_title_case_labels_make_it_a_transcript(settings, resources):
    """'Briefing by Foreign Ministry Spokeswoman Maria Zakharova': her opening remarks are hers; 'Question:' and
    'Maria Zakharova:' in title case are a transcript's labels, so the question's own source keeps the strike it
    raises, and the topic heading over it speaks for no one."""
    text = (
        "date 2025-05-21 Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May 21, 2025\n"
        "Excerpts\n"
        "On attacks on Russian regions\n"
        "Over the past week, Ukrainian formations attacked the Kursk Region with more than 300 drones; five "
        "civilians were injured.\n"
        "On the strike in Kharkiv\n"
        "Question: Ukrainian officials say a missile strike on Kharkiv on Sunday killed four people. Will you "
        "comment?\n"
        "Maria Zakharova: Our armed forces strike only military targets.\n"
    )
    tables = extract_text(text, settings, resources)
    assert sorted(rows(tables.figures, "value", "claimant")) == [
        (4.0, "Ukrainian officials"),
        (5.0, "Maria Zakharova"),
        (300.0, "Maria Zakharova"),
    ]
    kharkiv = tables.events[tables.events.location == "Kharkiv"]
    assert rows(kharkiv, "actor1", "fatalities") == [("Russia", 4)]


def test_an_outlet_whose_name_ends_in_s_owns_its_count(settings, resources):
    """'By Sky News' count of the air force's daily reports': the possessive without its s still names whose
    count the figure is."""
    sentence = (
        "By Sky News' count of the air force's daily reports, Russia launched more than 5,000 drones in May."
    )
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "value", "claimant") == [(5000.0, "Sky News")]


def test_a_monitors_records_that_indicate_a_toll_are_its_claim(settings, resources):
    """'ACLED records indicate that at least 85 civilians were killed': the monitor's count (a research body,
    no country), not the last speaker's before it."""
    text = (
        "date 2025-10-09 Weekly overview of the war in Ukraine\nRegional overview\n"
        "According to the Ukrainian Air Force, Russia launched more than 1,300 drones at Ukraine during the week. "
        "ACLED records indicate that at least 85 civilians were killed across Ukraine during the week.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures[figures.metric == "killed"], "value", "claimant", "claimant_country") == [
        (85.0, "ACLED", "")
    ]


def test_a_speaker_printed_in_capitals_is_named_in_title_case(settings, resources):
    """Meeting records print speakers in capitals ('MAIA SANDU, President of the Republic of Moldova, said');
    the capitals are a name, not an acronym, and the apposition gives the side. A body's acronyms stay bodies."""
    text = (
        "date 2025-09-23 General Assembly, eightieth session\n"
        "PETTERI ORPO, Prime Minister of Finland, said his Government had provided more than €500 million in "
        "military aid to Ukraine this year.\n"
        "UN OCHA said 3.6 million people remained displaced inside Ukraine.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant", "claimant_country")) == [
        (3600000.0, "OCHA", ""),
        (500000000.0, "Petteri Orpo", "Finland"),
    ]


def test_a_guest_labelled_by_surname_after_a_host_label_holds_the_floor(settings, resources):
    """A radio transcript labels the host 'HOST:' and the guest by surname only ('FEDOROV:'): the guest, named
    in full by the host, claims the numbers in his turns, with the country of the place he speaks from; the
    host's question is nobody's claim."""
    text = (
        "date 2025-02-04 Morning interview with the Zaporizhzhia governor\n"
        "Radio Svoboda | live, 4 February 2025 | transcript\n"
        "HOST: Joining us from Zaporizhzhia is the head of the regional military administration, Ivan Fedorov. "
        "How was the night?\n"
        "FEDOROV: Difficult. Russian drones hit a warehouse in Zaporizhzhia and three people were injured.\n"
        "HOST: And the evacuation from the front-line villages?\n"
        "FEDOROV: Since January we have evacuated about 1,200 people, mostly to Zaporizhzhia itself.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("evacuated", 1200.0, "Ivan Fedorov", "Ukraine"),
        ("injured", 3.0, "Ivan Fedorov", "Ukraine"),
    ]


def test_a_spokesman_for_a_sides_body_is_of_that_side(settings, resources):
    """'Taras Hnatenko, a deputy head of Ukraine's military intelligence, said …': the apposition's title leads
    to the body, whose side is the claimant's, not the side the number is about."""
    sentence = (
        "Taras Hnatenko, a deputy head of Ukraine's military intelligence, said Russian losses near Pokrovsk "
        "amounted to about 9,000 killed and wounded."
    )
    figures = one_sentence(sentence, settings, resources).figures
    assert rows(figures, "claimant", "claimant_country") == [("Taras Hnatenko", "Ukraine")]


def test_an_ngo_named_with_its_acronym_on_the_credit_line_owns_its_update(settings, resources):
    """'Médecins Sans Frontières (MSF) | Field update | …': the body and its bracketed acronym fill the credit
    line's segment, so the update's unattributed numbers are MSF's; 'staff members' are people counted."""
    text = (
        "date 2025-05-03 Drone hits MSF car near Kupiansk\n"
        "Médecins Sans Frontières (MSF) | Field update | Kharkiv, 3 May 2025\n"
        "A drone hit an MSF car near Kupiansk on Friday. Two staff members sustained minor injuries.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("injured", 2.0, "MSF")]


def test_a_body_named_after_words_describing_it_is_the_source(settings, resources):
    """'according to the human rights project Civic Watch Line': the lower-case words describe the body,
    the capitalised name after them is the source."""
    text = (
        "date 2025-05-12 Belarus\n"
        "Border guards in Gomel detained three residents who had filmed a Russian military column, according to "
        "the human rights project Civic Watch Line.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("detained", 3.0, "Civic Watch Line")]


def test_a_north_korean_party_statement_speaks_for_north_korea(settings, resources):
    """'The Central Military Commission of the Workers' Party of Korea released a statement … "…," the statement
    warned': the party's body is North Korea's, and its threat is North Korea's Statement."""
    text = (
        "date 2025-04-29 KCNA\n"
        "The Central Military Commission of the Workers' Party of Korea released a written statement on Monday.\n"
        '"Should the enemy dare to encroach upon our sovereignty, they will face merciless retaliation," the '
        "statement warned.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "actor1", "claimant") == [
        ("Statement", "North Korea", "Workers' Party of Korea")
    ]


def test_a_signers_decree_is_the_signers_figure(settings, resources):
    """'Putin's decree … set the call-up at 150,000': what a decree sets is claimed by the one who signed it."""
    figures = one_sentence(
        "Putin's decree of 30 September set the autumn call-up at 150,000 conscripts across the country.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value", "claimant") == [("people_drafted", 150000.0, "Vladimir Putin")]


def test_a_bodys_regional_branch_speaks_for_the_body(settings, resources):
    """'The FSB's directorate for Crimea said …': the branch is the FSB."""
    figures = one_sentence(
        "The FSB's directorate for the Republic of Crimea said it had arrested five members of a sabotage cell.",
        settings,
        resources,
    ).figures
    assert rows(figures, "metric", "value", "claimant") == [("detained", 5.0, "FSB")]


def test_a_timed_entrys_author_speaks_for_its_later_paragraphs(settings, resources):
    """A monitoring channel's log, then officials' morning entries stamped with their time and no dash: the
    author named before the colon (after a long title, or a body 'of' another body) claims the entry's figures,
    in its later paragraphs too, until the next stamped entry."""
    text = (
        "date 2025-08-14 Night of 13 to 14 August\n"
        "23:05 🛵 Shaheds over Myrhorod, course west\n"
        "01:40 💥 Explosions in Zhytomyr\n"
        "07:20 Head of the Zhytomyr Regional Military Administration Vitalii Bunechko: the enemy hit a warehouse "
        "in Zhytomyr with a drone. Three people were injured.\n"
        "Over the region, air defence shot down nine drones.\n"
        "08:10 Air Force of the Armed Forces of Ukraine: overnight the enemy launched 64 Shahed drones. Air defence "
        "shot down 51 of them.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("drones_destroyed", 9.0, "Vitalii Bunechko", "Ukraine"),
        ("drones_destroyed", 51.0, "Ukrainian Air Force", "Ukraine"),
        ("drones_launched", 64.0, "Ukrainian Air Force", "Ukraine"),
        ("injured", 3.0, "Vitalii Bunechko", "Ukraine"),
    ]


def test_a_parliamentary_records_members_and_ministers_take_turns(settings, resources):
    """Hansard layout: 'The Minister for the Armed Forces (Luke Pollard):' is Pollard's turn, 'Mark Francois
    (Rayleigh and Wickford) (Con):' is Francois's, 'Hon. Members:' is no one's; his own paragraphs stay his; UK
    Defence Intelligence is the UK's; a minister's 'I met …' in Kyiv names the UK as the second side; the Contact
    Group meets at Ramstein; his threat is dated to the day he speaks, not to the meeting he told of."""
    text = (
        "date 2025-02-11 House of Commons, Hansard: Ukraine update\n"
        "Ukraine | debated on Tuesday 11 February 2025\n"
        "The Minister for the Armed Forces (Luke Pollard): With permission, I will update the House on Ukraine.\n"
        "On Thursday I was in Kyiv, where I met Defence Minister Rustem Umerov. On Friday I joined allies at "
        "Ramstein for the meeting of the Ukraine Defence Contact Group.\n"
        "Defence Intelligence assesses that Russia lost more than 45,000 soldiers killed or wounded in January.\n"
        "Any attempt to sabotage our energy links will be met with a robust response.\n"
        "Hon. Members: Hear, hear.\n"
        "Mark Francois (Rayleigh and Wickford) (Con): I welcome the statement.\n"
        "Russian drones killed four people in Odesa on Sunday, and the Opposition will back every penny of aid.\n"
    )
    result = extract_text(text, settings, resources)
    assert sorted(rows(result.figures, "metric", "value", "claimant", "claimant_country")) == [
        ("casualties", 45000.0, "UK Defence Intelligence", "United Kingdom"),
        ("killed", 4.0, "Mark Francois", "United Kingdom"),
    ]
    events = result.events
    talks = events[events.sub_event_type == "Diplomacy"]
    assert sorted(rows(talks, "location", "actor1")) == [
        ("Kyiv", "United Kingdom"),
        ("Ramstein", "United Kingdom"),
    ]
    threat = events[events.sub_event_type == "Statement"]
    assert rows(threat, "event_date", "claimant") == [("2025-02-11", "Luke Pollard")]


def test_a_think_tanks_own_count_and_a_scholar_of_a_foreign_institute(settings, resources):
    """A think tank's commentary: 'By our count, …' is the institute's own figure, not the air force's of the
    sentence before; 'X, a senior research fellow at the Finnish Institute of International Affairs' speaks for
    Finland (a scholar's title before his institute's demonym)."""
    text = (
        "date 2025-07-02 Commentary: Russia's drone war in numbers\n"
        "Center for Strategic and International Studies (CSIS) | Commentary | 2 July 2025\n"
        "According to Ukraine's air force, Russia launched 6,100 drones at Ukraine in June.\n"
        "By our count, more than 30,000 such drones have been launched since the autumn of 2022.\n"
        "Anna Virtanen, a senior research fellow at the Finnish Institute of International Affairs, estimates that "
        "Russia now has about 600,000 troops in Ukraine.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant", "claimant_country")) == [
        (6100.0, "Ukrainian Air Force", "Ukraine"),
        (30000.0, "CSIS", "United States"),
        (600000.0, "Anna Virtanen", "Finland"),
    ]


def test_a_speaker_with_an_aside_before_the_verb(settings, resources):
    """'Moskalkova, for her part, wrote that 90 Russian servicemen had returned home': hers, not the post's
    author's."""
    text = (
        "date 2025-02-10 Exchange\n"
        "Dmytro Lubinets said 90 Ukrainian defenders had returned from captivity. Tatyana Moskalkova, for her part, "
        "wrote that 90 Russian servicemen had returned home.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant")) == [
        (90.0, "Dmytro Lubinets"),
        (90.0, "Tatyana Moskalkova"),
    ]


def test_a_count_a_spokesman_rejects_is_neither_his_source_nor_a_figure(settings, resources):
    """'Peskov on Friday rejected the General Staff's count … and denied that Russia had lost anywhere near
    700,000 men': a statement of Russia's, and no figure; 'by the General Staff's count' is still the source."""
    text = (
        "date 2025-03-14 Losses\n"
        "Russia has lost 880,000 soldiers killed and wounded, by the General Staff's count.\n"
        "Kremlin spokesman Dmitry Peskov on Friday rejected the General Staff's count as propaganda and denied "
        "that Russia had lost anywhere near 700,000 men.\n"
    )
    tables = extract_text(text, settings, resources)
    assert rows(tables.figures, "value", "claimant_country") == [(880000.0, "Ukraine")]
    assert rows(tables.events, "sub_event_type", "actor1") == [("Statement", "Russia")]


def test_a_relative_clause_with_commas_of_its_own_does_not_hide_the_speaker(settings, resources):
    """'Mediazona, which counts soldiers whose deaths were reported in obituaries, on social media or by local
    authorities, said … 98,000 Russian military deaths': Mediazona's count of the dead, not the authorities'."""
    text = (
        "date 2025-04-11 Counting the dead\n"
        "Mediazona, which counts soldiers whose deaths were reported in obituaries, on social media or by local "
        "authorities, said on Friday that it had confirmed 98,000 Russian military deaths by name.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("killed", 98000.0, "Mediazona")]


def test_a_numbers_blocks_lines_count_what_follows_the_dash_and_money_is_its_donors(settings, resources):
    """'• 310 — Ukrainian prisoners of war returned home since May, according to the Coordination Headquarters':
    prisoners exchanged, the headquarters'; '• €400 million — new Norwegian contribution to the fund for Ukraine,
    announced on Monday': Norway's money (Ukraine is its recipient, not the speaker of 'announced')."""
    text = (
        "date 2025-07-03 Evening briefing\n"
        "In numbers\n"
        "• 310 — Ukrainian prisoners of war returned home since May, according to the Coordination Headquarters\n"
        "• €400 million — new Norwegian contribution to the fund for Ukraine, announced on Monday\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant_country")) == [
        ("aid_value", 400000000.0, "Norway"),
        ("prisoners_exchanged", 310.0, "Ukraine"),
    ]


def test_a_fighter_known_only_by_a_call_sign_claims_by_it(settings, resources):
    """'said a soldier with the call sign Hornet', and later 'Medic, … said': the only name the text gives."""
    text = (
        "date 2025-04-09 At a field hospital near Kostiantynivka\n"
        "The head of the point, a paramedic who goes by the call sign Medic, met us at the door.\n"
        '"They attacked us near Kostiantynivka six times in one night and five of us were wounded," said a '
        "30-year-old soldier with the call sign Hornet.\n"
        "By the morning, Medic said, the point had treated 19 wounded soldiers from the Kostiantynivka front.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "value", "claimant")) == [(5.0, "Hornet"), (19.0, "Medic")]


def test_a_report_by_a_group_no_state_runs_is_the_groups_alone(settings, resources):
    """An NGO named by capitalised words ending in 'Monitor', 'Watch', 'Observatory' is a body, not a person, and
    no state's unless its name says whose (a Ukrainian centre is Ukraine's); a rights-style title 'Ukraine: …' names the topic, not a source; its
    '9 civilians' and the list's 'all nine people killed' are one claim."""
    text = (
        "date 2025-07-02 Ukraine: Glide Bomb Strike on Market Killed 9 Civilians\n"
        "(Vienna, July 2, 2025) – A Russian glide bomb killed 9 civilians when it hit the covered market of "
        "Kostiantynivka, in Ukraine's Donetsk region, on the morning of April 11, 2025, the Conflict Casualty "
        "Monitor said in a report released today.\n"
        "The Monitor recorded the names of all nine people killed, four of them women:\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant", "claimant_country")) == [
        ("killed", 4.0, "Conflict Casualty Monitor", ""),
        ("killed", 9.0, "Conflict Casualty Monitor", ""),
    ]
    union = one_sentence(
        "The Ukrainian Civil Liberties Centre said 12 civilians were killed by the strike on Kramatorsk.",
        settings,
        resources,
    ).figures
    assert union.claimant_country.tolist() == ["Ukraine"]
    assert union.claimant.str.endswith("Civil Liberties Centre").all()


def test_an_official_who_was_saying_and_a_bodys_figures_or_count_are_claims(settings, resources):
    """'X, the head of the city administration, was saying …', 'the ministry's figures show', 'Mediazona's count
    shows': the speaker, the body, the outlet; 'Russia's claims that …' is a noun, no speaker."""
    figures = one_sentence(
        "Ihor Terekhov, the mayor of Kharkiv, was saying three people killed and 17 injured after the glide bomb "
        "attack.",
        settings,
        resources,
    ).figures
    assert set(figures.claimant) == {"Ihor Terekhov"}
    figures = one_sentence(
        "The health ministry's figures show 14 people killed in the missile strike on Dnipro.",
        settings,
        resources,
    ).figures
    assert rows(figures, "value", "claimant_country") == [(14.0, "Ukraine")]
    statement = one_sentence(
        "Kyiv said Russia's claims that 40 Ukrainian soldiers surrendered near Vovchansk were false.",
        settings,
        resources,
    ).figures
    assert "Russia" not in statement.claimant.tolist()


def test_a_header_line_naming_a_regional_body_makes_it_the_source(settings, resources):
    """'Kharkiv Regional Military Administration | News | 03.02.2025': the body's own site; its unattributed
    counts are its own."""
    text = (
        "date 2025-02-03 Evacuation from Kupiansk district continues\n"
        "Kharkiv Regional Military Administration | News | 03.02.2025\n"
        "Since the start of January, 640 residents of the Kupiansk district have been evacuated, among them 95 "
        "children.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.value) == {640.0, 95.0}
    assert set(figures.claimant_country) == {"Ukraine"}
    assert (figures.claimant != "").all()


def test_a_companys_header_line_makes_the_company_the_source(settings, resources):
    """'Black Sea Grain Terminal Company | Press office | 9 May 2025': a company's own release; its unattributed
    counts are its own, of the country its events are in; a line naming its press office is a publication."""
    text = (
        "date 2025-05-09 Statement on the night attack\n"
        "Black Sea Grain Terminal Company | Press office | 9 May 2025\n"
        "Overnight, the company's grain terminal at Pivdennyi near Odesa was attacked by Russian drones.\n"
        "Security staff counted nine drones, six of which were shot down over the sea.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.value) >= {9.0, 6.0}
    assert set(figures.claimant) == {"Black Sea Grain Terminal Company"}
    assert set(figures.claimant_country) == {"Ukraine"}


def test_labels_of_initials_and_surname_are_speakers_named_in_the_introduction(settings, resources):
    """A Kremlin-style record: 'S.Shoigu:' and 'R.Starovoit:' take turns; a label gives the full name the opening
    paragraph introduces ('Governor of Tula Region Dmitry Milyaev' is Dmitry Milyaev, not 'Tula Region Dmitry')."""
    text = (
        "date 2025-05-20 Meeting with Governor of Tula Region Dmitry Milyaev\n"
        "President of Russia | Events | 20 May 2025\n"
        "Vladimir Putin held a meeting with Governor of Tula Region Dmitry Milyaev.\n"
        "V.Putin: Dmitry Vyacheslavovich, how is the region coping with the drone attacks?\n"
        "D.Milyaev: Mr President, over the past month 96 drones were shot down over the region. Four civilians "
        "were injured.\n"
        "V.Putin: Good.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert set(figures.value) == {96.0, 4.0}
    assert set(rows(figures, "claimant", "claimant_country")) == {("Dmitry Milyaev", "Russia")}


def test_he_after_a_spokesman_the_codebook_codes_as_his_body_is_that_spokesman(settings, resources):
    """'Kremlin spokesperson Dmitry Peskov said … He denied …': Peskov, not the president named paragraphs before."""
    text = (
        "date 2025-07-22 Talks\n"
        "Talks in Istanbul\n"
        "President Volodymyr Zelensky said he hoped for progress.\n"
        "Kremlin spokesperson Dmitry Peskov said Moscow expected little from the meeting. He denied reports that "
        "Russia wanted to delay it.\n"
    )
    events = extract_text(text, settings, resources).events
    statements = events[events.sub_event_type == "Statement"]
    assert rows(statements, "actor1", "claimant") == [("Russia", "Kremlin")]


def test_a_commander_who_called_the_claim_a_lie_is_its_claimant(settings, resources):
    text = (
        "date 2025-06-14 Village claim\nThe battalion's commander, Oleksandr Melnyk, said his men held the line.\n"
        "Russia's Defence Ministry claimed on Friday that its forces had taken Andriivka. Asked about the claim on "
        'Saturday, Melnyk called it "a lie".\n'
    )
    events = extract_text(text, settings, resources).events
    lie = events[events.source_quote.str.contains("a lie")].iloc[0]
    assert (lie.sub_event_type, lie.claimant) == ("Statement", "Oleksandr Melnyk")


def test_a_transcript_speaker_introduced_after_his_countrys_office_speaks_for_that_country(
    settings, resources
):
    """'the Prime Minister of the Republic of Estonia, Kaarel Lind': his later turns ('PRIME MINISTER LIND: …
    I met …') are Estonia's, not the host's."""
    text = (
        "date 2025-05-16 Joint press statements of the President of Ukraine and the Prime Minister of Estonia\n"
        "Office of the President of Ukraine | Transcript | Kyiv, 16 May 2025\n"
        "MODERATOR: Good afternoon. We welcome the President of Ukraine, Volodymyr Zelensky, and the Prime "
        "Minister of the Republic of Estonia, Kaarel Lind.\n"
        "PRESIDENT ZELENSKY: Thank you for coming to Kyiv.\n"
        "PRIME MINISTER LIND: Thank you. On Monday in Brussels I met the NATO Secretary General, and we spoke about "
        "air defence for Ukraine.\n"
    )
    events = extract_text(text, settings, resources).events
    met = events[events.sub_event_type == "Diplomacy"]
    assert rows(met, "location", "actor1", "claimant") == [("Brussels", "Estonia", "Kaarel Lind")]


def test_captives_returned_from_a_sides_captivity_are_the_other_sides(settings, resources):
    """'And today 52 of our soldiers came home from Russian captivity': Ukraine's act, however the sentence
    opens; the side before 'captivity' is the captor."""
    text = (
        "date 2025-05-16 Evening address\n"
        "And one more thing: today 52 of our soldiers came home from Russian captivity, the president said.\n"
    )
    events = extract_text(text, settings, resources).events
    assert rows(events, "sub_event_type", "actor1") == [("Diplomacy", "Ukraine")]


def test_money_a_speaker_thanks_a_country_for_is_that_countrys(settings, resources):
    """'We are grateful to Norway for its 12th energy package, worth 40 million euros': Norway's aid, not the
    thanking president's."""
    text = (
        "date 2025-05-16 Evening address\n"
        'President Zelensky said: "We are grateful to Norway for its 12th energy package, worth 40 million '
        'euros."\n'
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("aid_value", 40_000_000.0, "Norway")]


AGGREGATOR = (
    "date 2025-05-21 Zhytomyr strike: what outlets are reporting\n"
    "Top headlines\n"
    "Russian drones hit an industrial site in Zhytomyr overnight, injuring three workers\n"
    "Hromadske · 4h ago\n"
    "Air force: Russia launched 140 drones and four missiles overnight, 118 drones downed\n"
    "Ukrinform · 3h ago\n"
    "Pentagon: 12,000 North Korean troops remain in Russia's Kursk region\n"
    "Reuters · 2h ago\n"
)


def test_a_headline_opening_with_its_speaker_and_a_colon_is_that_speakers_claim(settings, resources):
    """'Air force: Russia launched …' is the air force's (of the side where the page's events happen),
    'Pentagon: 12,000 …' the Pentagon's."""
    figures = extract_text(AGGREGATOR, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant")) == [
        ("drones_destroyed", 118.0, "Ukrainian Air Force"),
        ("drones_launched", 140.0, "Ukrainian Air Force"),
        ("injured", 3.0, ""),
        ("missiles_launched", 4.0, "Ukrainian Air Force"),
        ("troops", 12000.0, "Pentagon"),
    ]


def test_a_country_before_a_colon_is_a_heading_not_a_headline_speaker(settings, resources):
    figures = one_sentence(
        "Sweden: new €40 million package for Ukraine's air defence", settings, resources
    ).figures
    assert "Sweden" not in set(rows(figures, "claimant"))


@pytest.mark.parametrize("rank", ["Rear Admiral", "Vice Admiral", "Admiral"])
def test_a_naval_rank_is_no_part_of_the_speakers_name(settings, resources, rank):
    text = f"{rank} Pavel Sorokin told reporters that 2,400 sailors had been called up since 1 October."
    assert set(rows(one_sentence(text, settings, resources).figures, "claimant")) == {("Pavel Sorokin",)}


def test_a_channels_owner_and_a_line_naming_another_official_credit_the_posts_below(settings, resources):
    """'Posts from the Telegram channel of Dnipro Mayor Borys Filatov' makes the mayor the posts' source though the
    codebook lacks him; 'Serhii Lysak, head of the … Administration:' on a line of its own speaks for every stamped
    post below it ('09:05 — …', '21:00 — …')."""
    tables = extract_text(MAYORS_DAY, settings, resources)
    figures = tables.figures
    assert set(figures[figures.metric == "drones_launched"].claimant) == {"Borys Filatov"}
    assert set(figures[figures.metric == "drones_destroyed"].claimant) == {"Serhiy Lysak"}
    events = tables.events
    assert set(events[events.location == "Nikopol"].claimant) == {"Serhiy Lysak"}


def test_a_city_council_is_a_speaker(settings, resources):
    """'The city council counted 12 private houses damaged': the council's count."""
    figures = extract_text(ANNIVERSARY, settings, resources).figures
    damaged = figures[figures.metric == "buildings_damaged"]
    assert rows(damaged, "value") == [(12.0,)]
    assert "city council" in damaged.iloc[0].claimant


def test_a_hospital_heads_quoted_numbers_are_his_through_the_quoted_paragraph_after(settings, resources):
    """'The head of the Kharkiv city emergency hospital, Mykola Ostapenko, …' names him; '"…," Ostapenko said'
    and the quotation that follows in its own paragraph are his; the treated and those in intensive care are
    injured."""
    figures = extract_text(HOSPITAL, settings, resources).figures
    assert sorted(rows(figures, "metric", "value", "claimant")) == [
        ("injured", 2.0, "Mykola Ostapenko"),
        ("injured", 7.0, "Mykola Ostapenko"),
        ("injured", 16.0, "Mykola Ostapenko"),
    ]


def test_a_source_named_after_its_numbers_claims_them(settings, resources):
    """'1,120 drones launched …, source: Ukrainian Air Force', '9 killed, 30 injured (Donetsk Regional Military
    Administration)': the source a card names after its numbers, after a colon or alone in brackets."""
    figures = extract_text(CARDS, settings, resources).figures
    claimed = dict(rows(figures, "value", "claimant"))
    assert claimed[1120.0] == "Ukrainian Air Force"
    assert "military administration" in claimed[9.0].lower()
    assert claimed[30.0] == claimed[9.0]


def test_a_statements_signer_in_capitals_speaks_in_it(settings, resources):
    """'PRESS STATEMENT' over 'MARCO RUBIO, SECRETARY OF STATE': the statement's numbers are his."""
    figures = extract_text(SIGNED_STATEMENT, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("killed", 9.0, "Marco Rubio")]


def test_a_reporters_question_in_a_briefing_is_not_the_signers_claim(settings, resources):
    """A statement signed 'MARCO RUBIO, SECRETARY OF STATE', then a briefing where 'QUESTION: … a prisoner exchange
    yesterday – 95 for 95 …': the reporter's number is nobody's claim, not the signer's."""
    text = SIGNED_STATEMENT + (
        "Department Press Briefing – June 12, 2025\n"
        "MS. BRUCE: Good afternoon, everyone.\n"
        "QUESTION: There was also a prisoner exchange yesterday – 95 for 95. Did the United States help?\n"
        "MS. BRUCE: I have nothing to add on that.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures[figures.metric == "prisoners_exchanged"], "value", "claimant") == [(95.0, "")]


def test_our_count_in_a_data_piece_is_the_outlets_on_its_credit_line(settings, resources):
    """'Odesa Journal | Data | 3 August 2025' over 'By our count of the Air Force's daily reports, Russia launched
    6,100 drones …': the count is the outlet's own."""
    text = (
        "date 2025-08-03 July in numbers\n"
        "Odesa Journal | Data | 3 August 2025\n"
        "By our count of the Air Force's daily reports, Russia launched 6,100 drones at Ukraine in July.\n"
    )
    figures = extract_text(text, settings, resources).figures
    assert rows(figures, "metric", "value", "claimant") == [("drones_launched", 6100.0, "Odesa Journal")]
