"""Event rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions.py."""

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
