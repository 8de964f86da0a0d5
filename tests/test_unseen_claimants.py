"""Claimant rules found on blind texts (round j onwards), each pinned by name. Earlier ones are in
test_regressions_claimants.py."""

from tests.extraction_helpers import extract_text, rows


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
