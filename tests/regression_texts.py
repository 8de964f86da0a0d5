"""Texts and helpers shared by the tests/test_regressions_*.py modules (no tests here)."""

from pathlib import Path

from tests.extraction_helpers import extract_text, rows


def _fixture(name: str) -> str:
    return (Path(__file__).parent / "fixtures" / "texts" / name).read_text(encoding="utf-8")


KEY_EVENTS = _fixture("key_events_list.txt")


WIRE = _fixture("wire_kryvyi_rih.txt")


RUSSIAN_SIDE = _fixture("russian_side_report.txt")


LIVE = _fixture("timestamped_live_blog.txt")


ISW = _fixture("isw_style_assessment.txt")
STAFF = _fixture("general_staff_update.txt")


BULLETIN = _fixture("latest_bulletin.txt")


MOSCOW_WIRE = _fixture("wire_moscow_drones.txt")


GLANCE = _fixture("ap_at_a_glance.txt")


TASS = _fixture("tass_style_mod.txt")


UPDATES = _fixture("liveblog_updates.txt")


BRIEFING = _fixture("briefing_jeddah.txt")


ENERGY = _fixture("kyiv_independent_energy.txt")


FACTBOX = _fixture("factbox_key_events.txt")


OCCUPIED = _fixture("occupied_znpp.txt")


ROUNDUP = _fixture("wire_regional_roundup.txt")


def _figure_rows(text, settings, resources, *columns):
    return rows(extract_text(text, settings, resources).figures, *columns)


REGIONAL_SUMMARY = """date 2025-02-12 Zaporizhzhia region: results of the night
Telegram summary of the regional military administration, translated.
Over the past day, the enemy attacked 41 settlements of the Zaporizhzhia region.
Zaporizhzhia. Late yesterday, Russian troops struck the Shevchenkivskyi district with two guided bombs. Two men were killed and five people were wounded.
Vasylivka district, Kamianka-Dniprovska. An enemy drone dropped a grenade on a delivery van. The driver, 52, was injured.
Polohy district, Huliaipole. Artillery hit a shop; no one was hurt.
Air defence destroyed 9 drones over the region overnight, the administration said.
"""


ADDRESS = """date 2025-03-09 Evening address of the President
Transcript of the video address by President of Ukraine Volodymyr Zelensky.
Today we brought home 120 of our defenders from Russian captivity.
In Odesa, a Russian drone hit a school in the Prymorskyi district this morning, injuring four people.
Our units have cleared the village of Kozachyi Brid near Huliaipole of the occupiers.
Russian losses on this axis over the past month amount to more than 9,000 occupiers.
Today I spoke with Prime Minister of Japan Shigeru Ishiba.
On Friday I signed decrees imposing sanctions on 40 companies supplying Russian drone makers.
"""


def _address(settings, resources):
    return extract_text(ADDRESS, settings, resources)


NAVY_SUMMARY = """date 2024-08-20 Southern forces: situation as of 08:00
Daily summary of the Defence Forces of the South, translated.
Nikopol came under fire 12 times. Late yesterday, Russian artillery hit a market in the Dniprovskyi district, wounding three people.
In the Huliaipole direction, the enemy made 3 unsuccessful attempts to advance near Staromaiorske.
On the right bank of the Dnipro, Russian drones attacked a ferry crossing; no one was hurt.
Air defence destroyed 14 Shahed-131/136 attack drones and 2 Kh-59 guided missiles over the south.
A cruiser with a total salvo of up to 8 missiles remains on duty in the Black Sea.
On Monday, Ukrainian sea drones hit a Russian landing craft near Chornomorske.
Russia has moved two frigates from Novorossiysk to Sevastopol, the Navy said.
"""


def _navy(settings, resources):
    return extract_text(NAVY_SUMMARY, settings, resources)


BRIEFS = """date 2024-10-02 War briefs
Compiled from wire reports.
KREMLIN ORDERS AUTUMN CALL-UP OF 133,000
President Vladimir Putin signed a decree on Sunday calling up 133,000 men for military service this autumn.
WARSAW SUMMONS RUSSIAN ENVOY
Poland's foreign ministry summoned Russia's ambassador on Tuesday over a drone that entered Polish airspace.
PARTISANS REPORT BLAST AT DEPOT
A partisan group said on Tuesday its members had planted explosives that blew up a fuel depot near Dzhankoi in Crimea.
"""


SABOTAGE = """date 2025-11-20 Saboteurs blow up fuel train in Russia's Kursk region, Ukrainian intelligence says
Russian governor denies attack; two injured by drone debris in Rylsk
Ukraine's military intelligence said on Thursday that partisans had planted explosives under a railway track near Lgov and blown up a fuel train late on Wednesday.
Separately, Ukrainian drones attacked the Kursk region overnight, the governor said.
Falling debris injured two people in the town of Rylsk, he said.
Russia's Defence Ministry said air defences had destroyed 48 Ukrainian drones over the Kursk, Bryansk, Oryol and Belgorod regions and over the Black Sea.
The ministry also said its forces had struck a Ukrainian drone storage site near Kupyansk with an Iskander missile and had taken control of the village of Peschanoye in the Kharkov region.
The suspect faces up to 20 years in prison in Kursk if convicted.
Kyiv says its strikes on Russian railways are aimed at cutting supplies to the front.
"""


def _sabotage(settings, resources):
    return extract_text(SABOTAGE, settings, resources).events


INTERVIEW = (
    "date 2025-06-12 'We hold the line': a battalion commander on the fighting near Siversk\n"
    "Lieutenant Colonel Oleh Marchenko commands a Ukrainian battalion east of Siversk in the Donetsk region. "
    "He spoke to us by phone on Monday.\n"
    "Q: How has the Russian shelling of Siversk changed since the spring?\n"
    "A: Yesterday they shelled Siversk for six hours and killed three civilians near the market.\n"
    "Q: Did you lose ground near Zvanivka?\n"
    "A: No. Last week the Russians entered the village, but our assault company pushed them out of it.\n"
    "Q: How many prisoners have you taken?\n"
    "A: This month we took 14 prisoners, and our drones destroyed 22 Russian armoured vehicles.\n"
)

# a volunteer's weekly notebook from one city, published by an outlet named after another, with weekday headings
NOTEBOOK = (
    "date 2025-04-13 Seven days in Mykolaiv: a volunteer's notebook\n"
    "The Kyiv Courier | Notebooks | Sunday, 13 April 2025\n"
    "Andrii, 35, drives a van for a volunteer kitchen in Mykolaiv. These are his notes from the week.\n"
    "Tuesday, 8 April\n"
    "Sirens from one until four. In the morning the governor, Vitalii Kim, said drones had hit warehouses in the "
    "Inhulskyi district overnight, injuring two people.\n"
    "Wednesday, 9 April\n"
    "Kim now says four people were injured in yesterday's attack. In the afternoon Russian artillery shelled "
    "Ochakiv, where a 70-year-old woman was killed.\n"
    "Thursday, 10 April\n"
    "Kim said air defence had shot down nine drones over the region overnight.\n"
)

# a mayor's Telegram posts through one day, stamped and edited, then the governor's under a line naming him
MAYORS_DAY = (
    "date 2025-09-20 Filatov's channel, 20 September: night drones and an afternoon drone on Dnipro\n"
    "Posts from the Telegram channel of Dnipro Mayor Borys Filatov on 20 September 2025, followed by the posts of "
    "the head of the regional military administration.\n"
    "01:15 — Dnipro is under a drone attack. Everyone to the shelters.\n"
    "02:05 — In total, the enemy attacked Dnipro with 9 Shahed drones. Hits in the Chechelivskyi district.\n"
    "Updated 02:40: three people were injured.\n"
    "15:10 — Explosion in the city. A Russian attack drone struck the Tsentralnyi district.\n"
    "Updated 15:45: three people were injured, one of them seriously.\n"
    "Serhii Lysak, head of the Dnipropetrovsk Regional Military Administration:\n"
    "09:00 — Overnight, the enemy attacked Dnipro with drones. Four people were injured.\n"
    "09:05 — Air defence forces shot down 6 drones over the region.\n"
    "21:00 — In the evening, artillery hit Nikopol. A 60-year-old man was injured.\n"
)

# a local outlet's anniversary column: the title names no city, the outlet's credit line does
ANNIVERSARY = (
    "date 2025-03-14 One year ago today: the night the printing house burned\n"
    "Kharkiv Today | Looking back | Friday, 14 March 2025\n"
    "Every month our column returns to a day the city will not forget.\n"
    "One year ago today, on the evening of 14 March 2024, a Russian missile hit a printing house in the "
    "Kholodnohirskyi district, killing seven workers. The city council counted 12 private houses damaged.\n"
    "On Wednesday, a drone hit a car in the city's Slobidskyi district, injuring two men.\n"
)

# a border service's daily post: community lines that only count attacks, and incidents at villages
BORDER_POST = (
    "date 2025-06-18 Border situation over the past day\n"
    "State Border Guard Service of Ukraine | Telegram | 18 June 2025\n"
    "Over the past day, the enemy attacked border areas 64 times. Details:\n"
    "🔹 Sumy region\n"
    "Velyka Pysarivka community – 12 attacks (mortars, KAB), 30 explosions recorded.\n"
    "Bilopillia community – 6 attacks (FPV drones); a woman was wounded by a drone.\n"
    "Near the village of Stetskivka, border guards of the Lebedyn detachment repelled a Russian assault group.\n"
)

# a local outlet's report of a hospital head's briefing: a name given once in full, then quotations
HOSPITAL = (
    'date 2025-05-09 Kharkiv surgeon: "The night was long"\n'
    "Slobidskyi Kray | Health | Friday, 9 May 2025\n"
    "The head of the Kharkiv city emergency hospital, Mykola Ostapenko, spoke to reporters about the people "
    "wounded in the overnight Russian drone attack on Kharkiv.\n"
    '"We admitted 16 wounded before dawn. Four of them needed surgery," Ostapenko said.\n'
    '"Seven people were treated in the emergency room and went home. Two patients are in the intensive care '
    'unit."\n'
)

# an outlet's weekly cards, read out as alt text, each number with its source
CARDS = (
    "date 2025-10-13 The week in numbers, 6-12 October\n"
    "Dnipro Daily | Data | Monday, 13 October 2025\n"
    "Card 1. Alt text: A black card with three figures. First: 1,120 drones launched by Russia at Ukraine, "
    "source: Ukrainian Air Force.\n"
    'Card 2. Alt text: A photo of a damaged school. Text: "Deadliest strike: on Wednesday, 8 October, a missile '
    'hit a market in Sloviansk. 9 killed, 30 injured (Donetsk Regional Military Administration)."\n'
)

# a foreign ministry's press statement under a signature block in capitals, with an appeal
SIGNED_STATEMENT = (
    "date 2025-06-11 Statement on the Sumy strike\n"
    "Russia's Missile Attack on Sumy\n"
    "PRESS STATEMENT\n"
    "MARCO RUBIO, SECRETARY OF STATE\n"
    "JUNE 11, 2025\n"
    "The United States condemns in the strongest terms Russia's ballistic missile attack on the centre of Sumy "
    "this morning, which killed at least nine people and wounded many more.\n"
    "We urge Moscow to end its strikes on cities and to return to talks.\n"
)
