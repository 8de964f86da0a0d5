"""Figure rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions.py."""

from tests.extraction_helpers import extract_text, rows


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
